// General knowledge of industries: the names CRMs and LinkedIn use (LinkedIn's industry taxonomy,
// Salesforce's Industry picklist, HubSpot's labels and enum values, Dynamics 365's default industry
// codes) and synonyms, grouped into broad sectors. A taxonomy's
// industries are read into the same sectors through their labels and aliases.

export const SECTORS: Record<string, string[]> = {
  healthcare: [
    'doctors offices and clinics', 'hospital health care', 'health wellness and fitness', 'individual and family services',
    'healthcare', 'health care', 'hospital', 'hospitals', 'hospitals and health care', 'hospital and health care',
    'health system', 'medical', 'medical practice', 'medical practices', 'clinic', 'clinics', 'physicians',
    'nursing', 'nursing homes', 'home health care', 'mental health care', 'mental health', 'dental', 'veterinary',
    'medical devices', 'medical equipment manufacturing', 'health and human services', 'wellness', 'patient',
    'healthcare provider', 'provider', 'payer', 'ambulatory', 'outpatient', 'long term care', 'senior living',
    'public health', 'health', 'ehr',
  ],
  lifesciences: [
    'life sciences', 'pharmaceutical', 'pharmaceuticals', 'pharmaceutical manufacturing', 'pharma', 'biotechnology',
    'biotechnology research', 'biotech', 'medical device', 'clinical research', 'laboratories', 'diagnostics',
  ],
  financial: [
    'brokers', 'credit unions',
    'financial services', 'financial', 'finance', 'banking', 'bank', 'banks', 'insurance', 'insurer', 'reinsurance',
    'investment management', 'investment banking', 'capital markets', 'venture capital and private equity principals',
    'venture capital', 'private equity', 'fintech', 'credit union', 'credit unions', 'lending', 'mortgage',
    'wealth management', 'asset management', 'payments', 'brokerage', 'securities', 'funds and trusts',
    'credit intermediation', 'investment advice', 'retail banking',
  ],
  manufacturing: [
    'durable manufacturing', 'food and tobacco processing', 'inbound capital intensive processing',
    'manufacturing', 'manufacturer', 'industrial', 'industrial machinery manufacturing', 'machinery', 'automotive',
    'motor vehicle manufacturing', 'aviation and aerospace component manufacturing', 'aerospace', 'chemicals',
    'chemical manufacturing', 'electrical equipment', 'plastics', 'factory', 'factories', 'plant', 'textile',
    'mechanical or industrial engineering', 'industrial automation', 'semiconductor manufacturing', 'packaging',
    'paper and forest products', 'glass ceramics and concrete', 'metal', 'fabrication', 'appliances', 'electronics manufacturing',
  ],
  retail: [
    'building supply retail', 'entertainment retail', 'non durable merchandise retail', 'service retail', 'vehicle retail', 'consumer services',
    'retail', 'retailer', 'retail apparel and fashion', 'apparel and fashion', 'apparel', 'fashion', 'consumer goods',
    'consumer products', 'consumer packaged goods', 'cpg', 'ecommerce', 'e commerce', 'online retail', 'stores',
    'store', 'grocery', 'groceries', 'supermarkets', 'consumer electronics', 'luxury goods and jewelry', 'cosmetics',
    'retail groceries', 'wholesale', 'food and beverages', 'sporting goods', 'furniture', 'shopping', 'merchandise',
    'direct to consumer', 'd2c', 'dtc',
  ],
  education: [
    'education', 'higher education', 'primary and secondary education', 'education management', 'university',
    'universities', 'college', 'colleges', 'school', 'schools', 'school district', 'k 12', 'k12', 'e learning',
    'e learning providers', 'academic', 'academia', 'professional training and coaching', 'education administration programs',
    'campus', 'edtech', 'students',
  ],
  government: [
    'government', 'government administration', 'public sector', 'public administration', 'municipal', 'municipality',
    'city', 'county', 'state agency', 'federal', 'federal government', 'local government', 'public policy',
    'military', 'armed forces', 'defense', 'law enforcement', 'public safety', 'international affairs',
    'legislative offices', 'executive offices', 'government relations', 'public services',
  ],
  technology: [
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
    'distributors dispatchers and processors',
    'logistics', 'transportation', 'transport', 'truck transportation', 'trucking', 'freight and package transportation', 'freight',
    'package freight delivery', 'shipping', 'supply chain', 'warehousing', 'warehousing and storage',
    'transportation logistics supply chain and storage', 'maritime transportation', 'maritime', 'rail transportation',
    'railroad', 'courier', 'delivery', 'parcel', '3pl', 'third party logistics', 'fleet', 'distribution',
  ],
  energy: [
    'utility creation and distribution', 'petrochemical extraction and distribution',
    'energy', 'utilities', 'utility', 'oil and gas', 'oil and energy', 'oil', 'gas', 'renewables', 'renewable energy',
    'renewables and environment', 'electric power generation', 'electric power', 'power generation', 'solar',
    'wind', 'mining', 'mining and metals', 'water', 'water supply', 'natural gas distribution', 'electric utility',
    'environmental services', 'nuclear', 'petroleum',
  ],
  professional: [
    'business services', 'design direction and creative management',
    'professional services', 'consulting', 'management consulting', 'business consulting and services', 'legal',
    'law practice', 'legal services', 'law firm', 'law firms', 'accounting', 'accounting services', 'accounting firm', 'staffing and recruiting',
    'human resources services', 'marketing services', 'advertising services', 'agency', 'agencies',
    'outsourcing and offshoring consulting', 'architecture and planning', 'engineering services', 'research services',
    'translation and localization', 'design services', 'public relations and communications services',
    'strategic management services', 'advisory', 'audit firm',
  ],
  media: [
    'broadcasting printing and publishing',
    'media', 'entertainment', 'entertainment providers', 'publishing', 'book and periodical publishing', 'broadcast media',
    'broadcast media production and distribution', 'media production', 'online media', 'online audio and video media',
    'newspapers', 'newspaper publishing', 'computer games', 'video games', 'gaming', 'games', 'film', 'movies',
    'motion pictures and film', 'music', 'musicians', 'sports', 'spectator sports', 'streaming', 'animation',
  ],
  hospitality: [
    'eating and drinking places', 'restaurant', 'hotel', 'lodging', 'food service', 'food services', 'bars',
    'hospitality', 'hotels', 'hotels and motels', 'travel', 'travel arrangements', 'leisure travel and tourism',
    'tourism', 'restaurants', 'food and beverage services', 'airlines', 'airlines and aviation', 'events services',
    'casinos', 'resorts', 'cruise', 'recreational facilities',
  ],
  realestate: [
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
    'social services', 'fund raising',
    'nonprofit', 'non profit', 'non profit organizations', 'non profit organization management', 'charity', 'charities',
    'foundation', 'ngo', 'philanthropic fundraising services', 'fundraising', 'religious institutions', 'civic and social organizations',
    'food bank', 'food banks', 'food pantry', 'homeless shelter', 'homelessness', 'humanitarian', 'youth services', 'church', 'churches',
    'religious', 'diocese', 'parish', 'faith based',
  ],
  agriculture: ['agriculture and non petrol natural resource extraction', 'agriculture', 'farming', 'ranching', 'dairy', 'fisheries', 'agribusiness', 'food production'],
};

/** Sectors that are commonly filed together (a "Healthcare and life sciences" entry takes both). */
export const RELATED_SECTORS: Record<string, string[]> = {
  healthcare: ['lifesciences'],
  lifesciences: ['healthcare'],
};
