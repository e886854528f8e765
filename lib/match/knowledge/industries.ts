// General knowledge of industries: the names CRMs and LinkedIn use (LinkedIn's industry taxonomy,
// Salesforce's Industry picklist, HubSpot's labels and enum values, Dynamics 365's default industry
// codes) and synonyms, grouped into broad sectors. A taxonomy's
// industries are read into the same sectors through their labels and aliases.

/** CRM values that name services sold to consumers in general (Dynamics 365's "Service Retail", LinkedIn's
 * "Consumer Services"): a car wash, a funeral home, a gym, a pest controller. They say no sector (not retail,
 * though one has its word): the company's name and the notes say the business (seventeenth round). */
export const NO_SECTOR_NAMES = ['service retail', 'consumer services'];

/** CRM values that name a whole sector, not one kind of business in it: LinkedIn's top-level industry groups,
 * Dynamics 365's broad codes and the sectors' own general names. A value of the sector that is not one of these
 * ("Human Resources", "Landscaping Services", "Cosmetics") names another kind of business in it: it is not a
 * vendor's one segment of that sector that the value's words do not say (an interior design studio, a staffing
 * agency, a bakery) (thirty-ninth round). */
export const SECTOR_WIDE_NAMES = [
  // LinkedIn's top-level groups
  'accommodation services', 'administrative and support services', 'construction', 'consumer services', 'education',
  'entertainment providers', 'farming ranching forestry', 'financial services', 'government administration',
  'holding companies', 'hospitals and health care', 'manufacturing', 'oil gas and mining', 'professional services',
  'real estate and equipment rental services', 'retail', 'technology information and media',
  'transportation logistics supply chain and storage', 'utilities', 'wholesale',
  // LinkedIn's group of food service and its first list's one name for it (bars, cafés and caterers too)
  'food and beverage services', 'food service', 'food services', 'restaurants',
  // Dynamics 365's broad codes
  'agriculture and non petrol natural resource extraction', 'broadcasting printing and publishing', 'business services',
  'consulting', 'design direction and creative management', 'distributors dispatchers and processors',
  'durable manufacturing', 'eating and drinking places', 'financial', 'food and tobacco processing',
  'inbound capital intensive processing', 'non durable merchandise retail', 'petrochemical extraction and distribution',
  'special outbound trade contractors', 'specialty realty', 'transportation', 'utility creation and distribution',
  // The sectors' general names
  'healthcare', 'health care', 'hospital health care', 'hospital and health care', 'health wellness and fitness', 'life sciences',
  'finance', 'industrial', 'consumer goods', 'consumer products', 'technology', 'information technology and services',
  'government', 'public sector', 'public administration', 'logistics', 'logistics and supply chain', 'transport', 'energy',
  'oil and energy', 'professional', 'business consulting and services', 'media', 'entertainment', 'hospitality',
  'leisure travel and tourism', 'travel', 'tourism', 'real estate', 'nonprofit', 'non profit', 'non profit organizations',
  'non profit organization management', 'automotive', 'agriculture', 'food and beverages', 'food and beverage',
  'food production', 'food and beverage manufacturing', 'recreational facilities and services', 'telecommunications',
  'higher education', 'software', 'computer software', 'information technology', 'saas', 'high tech',
  // LinkedIn's 2022 names for its first list's wide names (Computer Software, Information Technology and Services,
  // Internet, Oil & Energy, Recreational Facilities and Services); not its narrower ones ("Wellness and Fitness
  // Services", "Travel Arrangements", "Motor Vehicle Manufacturing": a gym, a travel agency, a car maker)
  'software development', 'it services and it consulting', 'technology information and internet', 'internet',
  'oil and gas', 'recreational facilities',
];

/** Salesforce's standard Industry picklist: a vendor whose segment is named by one of these ("Banks and investment
 * firms", "Insurance") files whole sectors, and any value of the sector is that segment. Not a test of a value: its
 * "Apparel" or "Chemicals" is one kind of business among others of its sector. */
export const SECTOR_PICKLIST_NAMES = [
  'agriculture', 'apparel', 'banking', 'banks', 'biotechnology', 'chemicals', 'communications', 'construction', 'consulting',
  'education', 'electronics', 'energy', 'engineering', 'entertainment', 'environmental', 'finance', 'food and beverage',
  'government', 'healthcare', 'hospitality', 'insurance', 'machinery', 'manufacturing', 'media', 'not for profit',
  'recreation', 'retail', 'shipping', 'technology', 'telecommunications', 'transportation', 'utilities',
];

export const SECTORS: Record<string, string[]> = {
  healthcare: [
    'physicians', 'dentists', 'dentist', 'dentistry', 'dental practice', 'dental clinic', 'orthodontics', 'orthodontist', 'oral surgery', 'chiropractors', 'optometrists', 'physical occupational and speech therapists', 'physical therapy', 'family planning centers', 'outpatient care centers', 'ambulance services', 'alternative medicine', 'nursing homes and residential care facilities', 'services for the elderly and disabled', 'vocational rehabilitation services', 'home health care services', 'medical and diagnostic laboratories',
    'doctors offices and clinics', 'hospital health care', 'health wellness and fitness', 'individual and family services',
    'healthcare', 'health care', 'hospital', 'hospitals', 'hospitals and health care', 'hospital and health care',
    'health system', 'medical', 'medical practice', 'medical practices', 'clinic', 'clinics', 'physicians',
    'nursing', 'nursing homes', 'home health care', 'mental health care', 'mental health', 'dental', 'veterinary',
    'medical devices', 'medical equipment manufacturing', 'health and human services', 'wellness', 'patient',
    'healthcare provider', 'provider', 'payer', 'ambulatory', 'outpatient', 'long term care', 'senior living',
    'public health', 'health', 'ehr',
    'elderly care', 'senior care', 'aged care', 'home care', 'residential care', 'care home', 'care homes', 'disability services',
    'adult day care', 'medical practices', 'gym', 'gyms', 'blood bank', 'blood banks',
  ],
  lifesciences: [
    'nanotechnology',
    'life sciences', 'pharmaceutical', 'pharmaceuticals', 'pharmaceutical manufacturing', 'pharma', 'biotechnology',
    'biotechnology research', 'biotech', 'medical device', 'clinical research', 'laboratories', 'diagnostics',
    // The words a drug or biotech developer names itself by: its science or its products.
    'genomics', 'biosciences', 'bioscience', 'biologics', 'biopharma', 'biopharmaceutical', 'biopharmaceuticals',
  ],
  financial: [
    'savings institutions', 'claims adjusting actuarial services', 'pension funds', 'trusts and estates', 'holding companies', 'loan brokers', 'insurance carriers', 'collection agencies',
    'brokers', 'credit unions',
    // Insurance is sold through agencies and brokers: an insurance agency is an insurance business, not an agency of the
    // professional services (an ad agency, a staffing agency); so is one named by the lines of business it writes
    // ("P&C" only before a kind: a company name's "P.C." is a professional corporation).
    'insurance agency', 'insurance agencies', 'insurance agent', 'insurance agents', 'insurance broker', 'insurance brokers',
    'insurance brokerage', 'insurance brokerages', 'p&c agency', 'p&c agencies', 'p&c insurance', 'property and casualty',
    'personal lines', 'personal lines agency', 'personal lines agencies', 'commercial lines', 'commercial lines agency',
    'financial services', 'financial', 'finance', 'banking', 'bank', 'banks', 'insurance', 'insurer', 'reinsurance',
    'investment management', 'investment banking', 'capital markets', 'venture capital and private equity principals',
    'venture capital', 'private equity', 'fintech', 'credit union', 'credit unions', 'lending', 'mortgage',
    'wealth management', 'asset management', 'payments', 'brokerage', 'securities', 'funds and trusts',
    'credit intermediation', 'investment advice', 'retail banking',
  ],
  manufacturing: [
    'shipbuilding', 'printing', 'tobacco', 'business supplies and equipment', 'robot manufacturing', 'distilleries', 'breweries', 'wine and spirits', 'electronic and precision equipment maintenance', 'commercial and industrial machinery maintenance',
    'durable manufacturing', 'food and tobacco processing', 'inbound capital intensive processing',
    'manufacturing', 'manufacturer', 'industrial', 'industrial machinery manufacturing', 'machinery',
    'motor vehicle manufacturing', 'aviation and aerospace component manufacturing', 'aerospace', 'chemicals',
    'chemical manufacturing', 'electrical equipment', 'plastics', 'factory', 'factories', 'plant', 'textile',
    'mechanical or industrial engineering', 'industrial automation', 'semiconductor manufacturing', 'packaging',
    'paper and forest products', 'glass ceramics and concrete', 'metal', 'fabrication', 'appliances', 'electronics manufacturing',
    'steel', 'chemical', 'forest products',
  ],
  retail: [
    'import and export', 'retail pharmacies', 'retail florists', 'personal care services', 'laundry and drycleaning services', 'personal and laundry services', 'household services', 'pet services', 'footwear and leather goods repair', 'consumer goods rental',
    'building supply retail', 'entertainment retail', 'non durable merchandise retail',
    'retail', 'retailer', 'retail apparel and fashion', 'apparel and fashion', 'apparel', 'fashion', 'consumer goods',
    'consumer products', 'consumer packaged goods', 'cpg', 'ecommerce', 'e commerce', 'online retail', 'stores',
    'store', 'grocery', 'groceries', 'supermarkets', 'consumer electronics', 'luxury goods and jewelry', 'cosmetics',
    'retail groceries', 'wholesale', 'food and beverages', 'sporting goods', 'furniture', 'shopping', 'merchandise',
    'direct to consumer', 'd2c', 'dtc', 'pharmacy', 'pharmacies', 'bakery', 'bakeries',
  ],
  education: [
    'technical and vocational training', 'flight training', 'language schools', 'fine arts schools',
    'education', 'higher education', 'primary and secondary education', 'education management', 'university',
    'universities', 'college', 'colleges', 'school', 'schools', 'school district', 'k 12', 'k12', 'e learning',
    'e learning providers', 'e-learning', 'elearning', 'academic', 'academia', 'professional training and coaching', 'education administration programs',
    'campus', 'edtech', 'students', 'vocational training',
  ],
  government: [
    'judiciary', 'courts of law', 'correctional institutions', 'fire protection', 'public assistance programs', 'economic programs', 'conservation programs', 'environmental quality programs', 'community development and urban planning', 'political organization', 'political organizations', 'international trade and development', 'think tanks', 'program development',
    'government', 'government administration', 'public sector', 'public administration', 'municipal', 'municipality',
    'city', 'county', 'state agency', 'federal', 'federal government', 'local government', 'public policy',
    'military', 'armed forces', 'defense', 'law enforcement', 'public safety', 'international affairs',
    'legislative offices', 'executive offices', 'government relations', 'public services',
  ],
  technology: [
    'it system operations and maintenance', 'it system installation and disposal', 'it system training and support', 'it system data services', 'it system testing and evaluation', 'blockchain services', 'digital accessibility services', 'climate data and analytics', 'robotics engineering',
    'technology', 'software', 'software development', 'computer software', 'saas', 'internet',
    'information technology and services', 'it services and it consulting', 'information technology', 'it services',
    'technology information and internet', 'computer hardware', 'computer networking', 'computer and network security',
    'data infrastructure and analytics', 'cloud', 'platform', 'tech', 'startup', 'computers and electronics',
    'internet publishing', 'semiconductors', 'information services', 'high tech',
  ],
  telecom: [
    'telecommunications', 'telecom', 'telecoms', 'wireless', 'wireless services', 'internet service providers',
    'cable', 'satellite telecommunications', 'telephone', 'mobile network', 'broadband', 'isp',
  ],
  logistics: [
    'postal services', 'urban transit services', 'interurban and rural bus services', 'taxi and limousine services', 'ground passenger transportation',
    'distributors dispatchers and processors',
    'logistics', 'transportation', 'transport', 'truck transportation', 'trucking', 'freight and package transportation', 'freight',
    'package freight delivery', 'shipping', 'supply chain', 'warehousing', 'warehousing and storage',
    'transportation logistics supply chain and storage', 'maritime transportation', 'maritime', 'rail transportation',
    'railroad', 'courier', 'delivery', 'parcel', '3pl', 'third party logistics', 'fleet', 'distribution',
  ],
  energy: [
    'steam and air conditioning supply', 'waste collection', 'waste treatment and disposal', 'forestry and logging',
    'utility creation and distribution', 'petrochemical extraction and distribution',
    'energy', 'utilities', 'utility', 'oil and gas', 'oil and energy', 'oil', 'gas', 'renewables', 'renewable energy',
    'renewables and environment', 'electric power generation', 'electric power', 'power generation', 'solar',
    'wind', 'mining', 'mining and metals', 'water', 'water supply', 'natural gas distribution', 'electric utility',
    'environmental services', 'nuclear', 'petroleum', 'waste management',
  ],
  professional: [
    'human resources', 'market research', 'marketing and advertising', 'advertising', 'public relations and communications', 'design', 'graphic design', 'interior design', 'photography', 'writing and editing', 'alternative dispute resolution', 'outsourcing offshoring', 'executive search services', 'temporary help services', 'administrative and support services', 'office administration', 'janitorial services', 'professional organizations', 'surveying and mapping services', 'security and investigations', 'regenerative design', 'equipment rental services', 'equipment rental and leasing', 'research', 'landscaping services',
    'business services', 'design direction and creative management',
    'professional services', 'consulting', 'management consulting', 'business consulting and services', 'legal',
    'law practice', 'legal services', 'law firm', 'law firms', 'accounting', 'accounting services', 'accounting firm', 'staffing and recruiting',
    'human resources services', 'marketing services', 'advertising services', 'agency', 'agencies',
    'outsourcing and offshoring consulting', 'architecture and planning', 'engineering services', 'research services',
    'translation and localization', 'design services', 'public relations and communications services',
    'strategic management services', 'advisory', 'audit firm', 'public relations', 'notary', 'notaries',
  ],
  media: [
    'printing and publishing', 'sound recording', 'radio and television broadcasting', 'radio', 'television', 'blogs', 'business content', 'libraries', 'museums', 'museums and institutions', 'historical sites', 'fine art', 'performing arts', 'arts and crafts', 'theater companies', 'dance companies', 'circuses and magic shows',
    'broadcasting printing and publishing',
    'media', 'entertainment', 'entertainment providers', 'publishing', 'book and periodical publishing', 'broadcast media',
    'broadcast media production and distribution', 'media production', 'online media', 'online audio and video media',
    'newspapers', 'newspaper publishing', 'computer games', 'video games', 'gaming', 'games', 'film', 'movies',
    'motion pictures and film', 'cinema', 'cinemas', 'music', 'musicians', 'sports', 'spectator sports', 'streaming', 'animation',
  ],
  hospitality: [
    'accommodation services', 'bed and breakfasts hostels homestays', 'caterers', 'racetracks', 'zoos and botanical gardens', 'amusement parks and arcades', 'golf courses and country clubs', 'skiing facilities',
    'eating and drinking places', 'restaurant', 'hotel', 'lodging', 'food service', 'food services', 'bars',
    'hospitality', 'hotels', 'hotels and motels', 'travel', 'travel arrangements', 'leisure travel and tourism',
    'tourism', 'restaurants', 'food and beverage services', 'airlines', 'airlines and aviation', 'events services',
    'casinos', 'resorts', 'cruise', 'recreational facilities',
  ],
  realestate: [
    'specialty trade contractors', 'building structure and exterior contractors', 'building equipment contractors', 'building finishing contractors', 'subdivision of land',
    'specialty realty', 'special outbound trade contractors', 'realty',
    'real estate', 'commercial real estate', 'property management', 'construction', 'building construction',
    'building materials', 'civil engineering', 'residential building construction', 'architecture', 'facilities services',
    'real estate agents and brokers', 'leasing residential real estate', 'leasing non residential real estate',
    'housing and community development', 'real estate and equipment rental services', 'reit', 'landlord', 'landlords',
    'apartments', 'apartment', 'multifamily', 'multi family', 'single family', 'rental housing', 'housing', 'affordable housing',
    'public housing', 'social housing', 'student housing', 'condominium', 'condominiums', 'condo', 'homeowners association', 'hoa',
    'owners association', 'owner associations', 'condo association',
    'community association', 'office buildings', 'shopping centers', 'shopping center', 'self storage',
  ],
  nonprofit: [
    'philanthropy', 'community services', 'emergency and relief services', 'child day care services',
    'social services', 'fund raising',
    'nonprofit', 'non profit', 'non profit organizations', 'non profit organization management', 'charity', 'charities',
    'foundation', 'ngo', 'philanthropic fundraising services', 'fundraising', 'religious institutions', 'civic and social organizations',
    'food bank', 'food banks', 'food pantry', 'homeless shelter', 'homelessness', 'humanitarian', 'youth services', 'church', 'churches',
    'religious', 'diocese', 'parish', 'faith based',
  ],
  automotive: [
    'automotive', 'automobile', 'automobiles', 'auto', 'autos', 'car', 'cars', 'motor vehicles', 'motor vehicle', 'vehicles',
    'vehicle', 'vehicle retail', 'retail motor vehicles', 'wholesale motor vehicles and parts', 'vehicle repair and maintenance', 'auto repair',
    'car dealer', 'car dealers', 'car dealership', 'car dealerships', 'auto dealer', 'auto dealers', 'auto dealership',
    'dealership', 'dealerships', 'motor vehicle dealers', 'automotive dealers', 'automotive retail', 'automotive aftermarket',
    'trucks', 'commercial vehicles', 'motorcycles', 'powersports', 'recreational vehicles', 'rv', 'caravans', 'motorhomes',
  ],
  agriculture: [
    'horticulture', 'wineries', 'farming ranching forestry', 'ranching and fisheries',
    'agriculture and non petrol natural resource extraction', 'agriculture', 'farming', 'ranching', 'dairy', 'fisheries', 'agribusiness', 'food production',
    'seed bank', 'seed banks',
    // Fishing (NACE 03.1, in the farming, forestry and fishing section): the trade's own words for its boats and gear, so that
    // a vendor whose segments are kinds of fleets is read as selling into it, and a CRM's "Fisheries" as its whole market.
    'fishing', 'commercial fishing', 'fishery', 'fishing industry', 'fishing fleet', 'fishing vessel', 'fishing boat',
    'fishermen', 'fisherman', 'trawl', 'trawler', 'trawling', 'longline', 'longliner', 'longlining', 'gillnet',
    // Not the bare "seine", also the French river in every "-sur-Seine" place and "Seine-Maritime" body: its gear and boats.
    'gillnetter', 'seiner', 'seiners', 'purse seine', 'purse seiner', 'seine net', 'seine nets', 'seine fishing',
    'pot fishing', 'trap fishing', 'catcher processor', 'catcher vessel'],
};

/** Foods and drinks a vendor's whole market can be (a roastery vendor's "coffee", a cellar vendor's "wine"): to such a
 * vendor a CRM value saying only "food" or "beverages" (FOOD_VALUE_WORDS, as `industryWords` reads them in every
 * language: "Nahrungsmittel", "Aliments et boissons", "Food and Beverages") names the market it sells into, not the
 * shop, maker or farm among its segments that the sector lists happen to file such a value under (fifty-eighth round).
 * English only: taxonomies are read through their English words. No word that mostly qualifies a machine, place or
 * animal rather than naming goods ("snack" of "snack dispenser" and "snack stand", "fish" of "aquarium fish"): a vending
 * or pet-trade vendor whose entries share it sells no food (review mend, fifty-eighth round). */
export const FOOD_AND_DRINK_GOODS = [
  'coffee', 'tea', 'cocoa', 'chocolate', 'wine', 'beer', 'cider', 'spirits', 'whisky', 'juice', 'milk', 'dairy',
  'cheese', 'meat', 'poultry', 'seafood', 'salmon', 'shellfish', 'oyster', 'mussel', 'bread', 'bakery',
  'pastry', 'confectionery', 'sweets', 'pasta', 'honey', 'sugar', 'fruit', 'vegetable', 'flour', 'spice',
];
/** The words (as `industryWords` reads them) by which a CRM value says food or drink in general. */
export const FOOD_VALUE_WORDS = ['food', 'beverage', 'drink', 'foodstuff'];

/** Sectors that are commonly filed together (a "Healthcare and life sciences" entry takes both). */
export const RELATED_SECTORS: Record<string, string[]> = {
  healthcare: ['lifesciences'],
  lifesciences: ['healthcare'],
};

/** Words business names use in full and clipped alike ("Reference Laboratory" and an alias "reference lab",
 * "Biotechnology Research" and "biotech"), by Porter stem: the full form is read as the clipped one, on both
 * sides (a taxonomy's labels and aliases, CRM values, company names, notes and the sector lists). */
export const CLIPPED_STEMS: Record<string, string> = {
  laboratori: 'lab',
  biotechnolog: 'biotech',
  pharmaceut: 'pharma',
  technolog: 'tech',
  veterinari: 'vet',
  telecommun: 'telecom',
  rehabilit: 'rehab',
  // The other way round for an abbreviation no full word stems to: "mgmt" ("... Houseboat Mgmt") is read as the stem of
  // "management". Industries only: a pain's "claims mgmt" is not read through this table.
  mgmt: 'manag',
  // "Ads" is how names and notes clip "advertising" ("... Tram Ads"): read as its stem, so an alias "tram advertising" is
  // said. Not "ad" alone, a preposition in Italian and Latin and a pair of initials in English.
  ads: 'advert',
};
