// Kinds of business as a company's name or a rep's notes say them ("Sunrise Bakehouse", "Copper Kettle
// Brewing Co.", "Maple Court Apartments", "Eastside Water District"), each group the names people use
// for one kind of business. When a name or the notes use one of them and the taxonomy's labels and
// aliases use another, the entry is the same kind of business. General knowledge of how businesses are
// named: nothing here is taken from any library or evaluation set.

/** The languages most taught to adults in Europe, by their names in the six languages and English (Castilian as
 * Spanish's other name), lower-case and without accents: the subject a language school may be named for. */
const LANGUAGE_NAMES = [
  'english', 'ingles', 'anglais', 'englisch', 'engels', 'inglese', 'spanish', 'espanol', 'castellano', 'castellana', 'espagnol',
  'spanisch', 'spaans', 'spagnolo', 'espanhol', 'german', 'aleman', 'allemand', 'deutsch', 'duits', 'tedesco', 'alemao',
  'french', 'frances', 'francais', 'franzosisch', 'frans', 'francese', 'italian', 'italiano', 'italien', 'italienisch',
  'italiaans', 'portuguese', 'portugues', 'portugais', 'portugiesisch', 'portugees', 'portoghese', 'dutch', 'holandes',
  'neerlandais', 'niederlandisch', 'nederlands', 'olandese',
];
/** German's names of the languages, which it joins to a school's word in one compound. */
const GERMAN_LANGUAGE_NAMES = ['englisch', 'spanisch', 'deutsch', 'franzosisch', 'italienisch', 'portugiesisch', 'niederlandisch'];
/** A school's and an academy's words in the six languages. */
const SCHOOL_WORDS = ['school', 'schule', 'ecole', 'escuela', 'escola', 'scuola', 'academy', 'akademie', 'academie', 'academia', 'accademia'];
/** An institute's and a centre's words: before a language's name they are how national bodies are named (an
 * "institute" or "centre" followed by a nationality, of research, of a trade), so only after it ("Spanish Institute"). */
const INSTITUTE_WORDS = ['institute', 'institut', 'instituto', 'istituto', 'instituut', 'centre', 'center', 'zentrum', 'centro', 'centrum'];
/** The words for firms after "for" in the six languages and English, after a language's name: courses a school sells
 * to companies. */
const FOR_FIRMS = ['for business', 'for companies', 'fur firmen', 'fur unternehmen', 'pour entreprises', 'pour les entreprises',
  'para empresas', 'per aziende', 'per le aziende', 'voor bedrijven'];
/** The feminine forms of the languages' names, which agree with a feminine school word after it ("scuola",
 * "academia", "escuela", "escola", "ecole"). */
const FEMININE_LANGUAGE_NAMES = ['inglesa', 'espanola', 'francesa', 'portuguesa', 'alemana', 'italiana', 'holandesa', 'inglese', 'tedesca', 'francese', 'spagnola', 'portoghese', 'olandese', 'anglaise', 'espagnole', 'allemande', 'francaise', 'italienne', 'portugaise', 'neerlandaise'];

export const SEGMENTS: string[][] = [
  // Food and drink
  ['restaurant', 'restaurants', 'bistro', 'brasserie', 'trattoria', 'osteria', 'ristorante', 'steakhouse', 'chophouse', 'eatery', 'diner', 'dim sum', 'taverna', 'cantina', 'grill', 'fine dining', 'casual dining', 'full service restaurant', 'gastropub', 'noodle house', 'sushi', 'ramen'],
  ['fast food', 'quick service', 'qsr', 'fast casual', 'burger', 'burgers', 'pizzeria', 'pizza', 'taqueria', 'fried chicken', 'drive thru', 'sandwich shop', 'sub shop', 'franchise', 'franchisee'],
  ['bakery', 'bakeries', 'bakehouse', 'bakeshop', 'patisserie', 'boulangerie', 'panaderia', 'donut shop', 'doughnuts'],
  ['cafe', 'cafes', 'coffee shop', 'coffee house', 'coffeehouse', 'coffee', 'espresso bar', 'roastery', 'roasters', 'tea room', 'tearoom'],
  ['bar', 'bars', 'pub', 'pubs', 'brewpub', 'brewery', 'breweries', 'brewing', 'taproom', 'tavern', 'saloon', 'alehouse', 'nightclub', 'nightlife', 'cocktail bar', 'wine bar', 'distillery'],
  ['catering', 'caterer', 'caterers', 'dining services', 'food service management', 'contract catering', 'contract food service', 'cafeteria', 'canteen'],
  ['stadium', 'stadiums', 'ballpark', 'arena', 'arenas', 'amphitheater', 'amphitheatre', 'coliseum', 'speedway', 'racetrack', 'event venue', 'event venues', 'venue', 'venues', 'convention center', 'concert hall', 'concessions'],
  ['hotel', 'hotels', 'motel', 'inn', 'resort', 'resorts', 'lodge', 'lodging', 'hostel', 'bed and breakfast', 'boutique hotel', 'suites'],
  // Property
  ['apartments', 'apartment', 'apt', 'apts', 'residences', 'lofts', 'flats', 'multifamily', 'multi family', 'rental housing', 'residential'],
  ['single family', 'single family homes', 'single family rentals', 'homes', 'duplexes', 'townhomes', 'scattered site', 'build to rent'],
  ['self storage', 'storage', 'mini storage', 'storage units'],
  ['student housing', 'student living', 'student apartments'],
  ['senior living', 'assisted living', 'retirement community', 'memory care', 'independent living', 'retirement living'],
  ['office', 'offices', 'office park', 'business park', 'office tower', 'commercial office'],
  ['shopping center', 'shopping centre', 'mall', 'outlets', 'retail center', 'strip mall'],
  ['property management', 'property manager', 'properties', 'property group', 'realty', 'property services'],
  ['homeowners association', 'hoa', 'community association', 'condo association', 'owners association', 'condominium', 'condominiums', 'condo', 'condos', 'strata'],
  // Sport events
  // A trail, mountain, ultra or obstacle race, by the names runners give it in the six languages (a mountain race is a
  // "skyrace" where it climbs above the tree line); not its clipped "OCR", far more often optical character recognition.
  ['trail race', 'trail running', 'trail run', 'ultramarathon', 'ultra marathon', 'ultra trail', 'ultratrail', 'skyrace',
    'skyrunning', 'sky race', 'mountain race', 'mountain running', 'fell race', 'fell running', 'obstacle race',
    'obstacle course race', 'obstacle course racing', 'mud run', 'berglauf', 'traillauf', 'course de montagne',
    'course en montagne', 'carrera de montana', 'carrera por montana', 'corsa in montagna', 'gara di trail', 'bergloop',
    'trailloop', 'corrida de montanha', 'corrida de trilha'],
  // Clubs of team sports
  // A team sport's club, by the sport's names in the six languages and English, which clubs put in their names
  // (Italian football's, Portuguese football's club, handball's): the sport says which of a vendor's kinds of club it is. Football
  // also by its club's initials (FC, AFC). Not the words a sport shares with another thing ("basket", "volley",
  // "hockey" alone: a field's game or the ice's).
  ['football', 'soccer', 'football club', 'soccer club', 'fc', 'afc', 'fussball', 'fussballclub', 'fussballverein',
    'club de football', 'futbol', 'club de futbol', 'futbol club', 'calcio', 'futebol', 'futebol clube', 'clube de futebol',
    'voetbal', 'voetbalclub', 'voetbalvereniging'],
  ['handball', 'handball club', 'handballverein', 'balonmano', 'andebol', 'pallamano', 'handbal'],
  ['basketball', 'basketball club', 'baloncesto', 'basquetebol', 'basquete', 'pallacanestro', 'basketbal'],
  ['volleyball', 'volleyball club', 'voleibol', 'pallavolo', 'volleybal'],
  ['ice hockey', 'eishockey', 'hockey sur glace', 'hockey sobre hielo', 'hockey su ghiaccio', 'ijshockey', 'hoquei no gelo'],
  // Legal services
  // A freelance court reporting firm, by the names the US trade gives it: the agency that sends reporters to depositions.
  ['court reporting firm', 'court reporting firms', 'court reporting agency', 'court reporting company', 'court reporting services',
    'deposition agency', 'deposition services', 'deposition reporting'],
  // Money
  // A title agency, by the names the trade gives it in the US: where deeds are searched, insured and closed.
  ['title agency', 'title agencies', 'title company', 'title companies', 'abstract company', 'settlement company', 'settlement services', 'settlement agency', 'settlement agent'],
  ['credit union', 'credit unions', 'federal credit union', 'cooperative bank'],
  // Utilities
  ['water district', 'water authority', 'water utility', 'water works', 'waterworks', 'water department', 'water supply corporation', 'water supply district', 'water', 'wastewater', 'sewer', 'water and sewer', 'stadtwerke'],
  // A water company, a business owned by investors or a family and regulated as one, beside the public bodies above.
  ['water company', 'water companies', 'water co', 'private water company', 'investor owned water', 'regulated water company'],
  ['electric cooperative', 'electric coop', 'electric membership', 'rural electric', 'power cooperative', 'electric utility', 'electric', 'power and light', 'electricity'],
  ['gas utility', 'gas company', 'natural gas', 'gas distribution'],
  // Nonprofit and faith
  ['church', 'churches', 'parish', 'diocese', 'congregation', 'synagogue', 'mosque', 'temple', 'ministry', 'ministries', 'chapel', 'cathedral', 'faith', 'religious', 'kirche', 'kirchengemeinde', 'pfarrei', 'paroisse', 'eglise', 'parroquia', 'iglesia', 'parrocchia', 'chiesa', 'kerk', 'parochie', 'igreja', 'paroquia'],
  ['food bank', 'food pantry', 'soup kitchen', 'voedselbank', 'banque alimentaire', 'banco de alimentos', 'banco alimentare', 'tafel', 'homeless shelter', 'shelter', 'social services', 'human services'],
  ['museum', 'museums', 'musee', 'museo', 'gallery', 'galerie', 'theatre', 'theater', 'teatro', 'orchestra', 'orchester', 'orchestre', 'symphony', 'philharmonic', 'opera', 'ballet', 'arts center', 'arts council'],
  ['cancer', 'hospice', 'hospital foundation', 'medical research', 'health charity', 'heart foundation'],
  ['conservation', 'wildlife', 'environmental', 'rainforest', 'nature trust', 'land trust', 'reforestation', 'naturschutz', 'umwelt', 'ambiental', 'environnement'],
  ['foundation', 'fondation', 'fundacion', 'fondazione', 'stiftung', 'stichting', 'fundacao', 'charitable trust', 'charity', 'nonprofit'],
  // Care and schools
  // and a primary care practice named for its discipline ("... Family Medicine", "... Internal Medicine")
  ['clinic', 'clinics', 'medical group', 'health center', 'physicians', 'medical practice', 'urgent care', 'family medicine',
    'family practice', 'internal medicine', 'primary care practice'],
  // A dental practice, a specialty, a group of practices: three kinds, not one.
  ['dental', 'dentistry', 'dentist', 'dentists', 'dental practice', 'dental office', 'dental clinic', 'dental care', 'general dentistry', 'family dentistry', 'zahnarztpraxis', 'tandartspraktijk', 'clinica dental', 'cabinet dentaire'],
  ['orthodontics', 'orthodontic', 'orthodontist', 'orthodontists', 'kieferorthopadie', 'orthodontie', 'ortodoncia', 'ortodonzia'],
  ['dental group', 'dental groups', 'dso', 'dental support organization', 'dental service organization'],
  // Care of the elderly and of people with disabilities: a home, care at home, a day centre, support.
  ['nursing home', 'nursing homes', 'care home', 'care homes', 'residential care', 'long term care', 'skilled nursing', 'nursing facility', 'elderly care home'],
  ['home care', 'home care services', 'home health', 'home health care', 'domiciliary care', 'home nursing', 'visiting nurses', 'in home care'],
  ['adult day care', 'adult day services', 'day centre', 'day center', 'day programme', 'day program', 'day care centre for older people'],
  ['disability services', 'disability support', 'supported living', 'learning disability services', 'intellectual disability services', 'developmental disability services'],
  // The orthopaedic trades, each by the names its businesses go by in the six languages (kinds of business, not the
  // worker's title): a workshop making orthoses and prostheses for the patient (orthotics and prosthetics, German
  // "technische Orthopädie", Italian "officina ortopedica", Dutch "orthopedische instrumentmakerij"), a maker of
  // orthopaedic shoes and insoles, a shop selling bandages, stockings and aids (French "bandagisterie"), and a provider
  // of wheelchairs and aids at home (rehab technology, French "prestataire de santé à domicile"). Not the word for
  // orthoses alone, the name of a hospital's service too.
  ['orthotics and prosthetics', 'prosthetics and orthotics', 'orthotic and prosthetic', 'prosthetic and orthotic', 'o&p',
    'prosthetics', 'prosthetics workshop', 'orthotic lab', 'orthopaedic technology', 'orthopedic technology',
    'orthopädietechnik', 'orthopädie-technik', 'orthopädie technik', 'technische orthopädie', 'prothetik', 'prothesen',
    'atelier d\'orthopédie', 'orthoprothèse', 'orthèses et prothèses', 'prothèses',
    'ortoprotésica', 'ortesis y prótesis', 'órtesis y prótesis', 'prótesis', 'officina ortopedica', 'tecnica ortopedica',
    'ortesi e protesi', 'protesi', 'orthopedietechniek', 'orthopedische techniek', 'orthopedische instrumentmakerij',
    'ortoprotesia', 'ortóteses e próteses', 'próteses'],
  ['orthopaedic footwear', 'orthopedic footwear', 'orthopaedic shoes', 'orthopedic shoes', 'orthopaedic shoe workshop', 'orthopaedic shoe technology', 'custom insoles',
    'orthopädieschuhtechnik', 'orthopädie-schuhtechnik', 'orthopädie schuhtechnik',
    'schuhtechnik', 'orthopädische schuhe', 'podo-orthèse', 'chaussures orthopédiques',
    'calzado ortopédico', 'plantillas ortopédicas', 'calzature ortopediche', 'calzoleria ortopedica', 'plantari ortopedici',
    'orthopedische schoenen', 'orthopedische schoentechniek', 'orthopedische schoenmakerij',
    'calçado ortopédico', 'palmilhas ortopédicas'],
  ['medical supply store', 'medical supply stores', 'medical supply shop', 'medical supplies', 'orthopaedic retail',
    'sanitätshaus', 'sanitätshäuser', 'bandagist', 'bandagisterie', 'magasin de matériel médical',
    'ortopedia', 'ortopedias', 'ortopedie', 'articoli sanitari', 'thuiszorgwinkel', 'thuiszorgwinkels',
    'loja de ortopedia'],
  ['rehab technology', 'rehabilitation technology', 'reha-technik', 'rehatechnik', 'rehabilitationstechnik', 'homecare',
    'homecare provider', 'mobility aids', 'mobility aids provider', 'mobility equipment', 'wheelchair provider',
    'wheelchair services', 'hilfsmittelversorger', 'hilfsmittelversorgung', 'prestataire de santé à domicile',
    'maintien à domicile', 'ayudas técnicas', 'ausili', 'ausili per disabili', 'hulpmiddelenleverancier',
    'revalidatietechniek', 'produtos de apoio', 'ajudas técnicas',
    // The wheelchairs such a provider hires out, takes back and mends, in the six languages.
    'wheelchair', 'wheelchairs', 'rollstuhl', 'rollstühle', 'fauteuil roulant', 'fauteuils roulants', 'silla de ruedas',
    'sillas de ruedas', 'carrozzina', 'carrozzine', 'sedia a rotelle', 'sedie a rotelle', 'rolstoel', 'rolstoelen',
    'cadeira de rodas', 'cadeiras de rodas'],
  ['charter school', 'charter schools', 'academy', 'charter network', 'prep academy'],
  // A US public school district named for the city, county, township or area whose schools it runs ("... County Schools").
  ['school district', 'unified school district', 'public schools', 'isd', 'k 12', 'city schools', 'county schools',
    'township schools', 'area schools', 'community schools', 'parish schools', 'city school district', 'county school district'],
  ['community college', 'technical college', 'junior college'],
  // A university, the body that owns halls, campuses and student housing, by its names in the six languages (not a
  // college: in many countries a school, a university's part, or a trade's body, and beside a university a kind apart).
  ['university', 'universities', 'universitat', 'universite', 'universidad', 'universita', 'ateneo', 'universiteit', 'universidade'],
  // A private language school by the names it goes by in the six languages: a school, an institute, an academy or a
  // centre of languages, not a university's (whose names say the university).
  ['language school', 'language schools', 'school of languages', 'language institute', 'language academy', 'language centre',
    'language center', 'sprachschule', 'sprachinstitut', 'sprachakademie', 'ecole de langues', 'institut de langues',
    'centre de langues', 'escuela de idiomas', 'academia de idiomas', 'centro de idiomas', 'instituto de idiomas',
    'scuola di lingue', 'istituto linguistico', 'centro linguistico', 'accademia di lingue', 'taalschool', 'taalinstituut',
    'taalcentrum', 'escola de linguas', 'instituto de linguas', 'centro de linguas',
    // The word for languages alone in a name ("Dunmerrow Languages", "... Idiomas ..."): what such a business sells;
    // not German "Sprachen", also the past tense of "sprechen" ("wir sprachen mit ...").
    'languages', 'langues', 'idiomas', 'lenguas', 'lingue', 'talen',
    // A school or an academy named for the one language it teaches, either order ("Spanish Academy", "Escuela de
    // Inglés", "Académie d'anglais", a feminine name after a feminine school word), an institute or a centre only
    // after the language ("English Institute"), and the German compounds ("Englischschule").
    ...LANGUAGE_NAMES.flatMap((language) => SCHOOL_WORDS.flatMap((school) => [`${school} ${language}`, `${language} ${school}`])),
    ...FEMININE_LANGUAGE_NAMES.flatMap((language) => SCHOOL_WORDS.map((school) => `${school} ${language}`)),
    ...LANGUAGE_NAMES.flatMap((language) => INSTITUTE_WORDS.map((school) => `${language} ${school}`)),
    ...GERMAN_LANGUAGE_NAMES.flatMap((language) => ['schule', 'akademie', 'institut', 'zentrum'].map((school) => `${language}${school}`))],
  // A language school's other lines of business, each by the names it goes by in the six languages: a holiday course or
  // camp for the young (a language stay abroad, a summer camp of languages: only the names that say the language, as
  // any children's camp or summer course is a summer camp), courses given at firms for their staff, a centre holding a
  // language's certified exams (not a test centre, also a driving or vehicle test's), and the state's courses for newcomers.
  ['language camp', 'language camps', 'junior summer school', 'language holiday', 'language stay',
    'sprachcamp', 'sprachferien', 'feriensprachkurs', 'sprachreise', 'colonie linguistique',
    'sejour linguistique', 'campamento de idiomas', 'vacanza studio',
    'vacanze studio', 'taalkamp', 'taalvakantie', 'intercambio linguistico'],
  ['corporate language training', 'in company training', 'in company language training', 'business english',
    'language training for companies', 'firmenkurse', 'firmensprachkurse', 'firmentraining', 'sprachtraining fur unternehmen',
    'sprachkurse fur firmen', 'formation linguistique entreprise', 'formation linguistique en entreprise',
    'cours de langues en entreprise', 'formacion de idiomas para empresas', 'idiomas para empresas', 'ingles para empresas',
    'formazione linguistica aziendale', 'corsi di lingua aziendali', 'inglese aziendale', 'taaltraining voor bedrijven',
    'incompany training', 'formacao linguistica empresarial', 'ingles corporativo',
    // A language said for firms, in the six languages' ways of saying it ("French for Business", "Inglés para
    // empresas", "Duits voor bedrijven").
    ...LANGUAGE_NAMES.flatMap((language) => FOR_FIRMS.map((firms) => `${language} ${firms}`))],
  ['exam centre', 'exam center', 'examination centre',
    'prufungszentrum', 'centre d examen', 'centre d examens', 'centro examinador', 'centro de examenes', 'centro esami',
    'centro d esame', 'examencentrum', 'centro de exames'],
  ['integration course', 'integration courses', 'integrationskurs', 'integrationskurstrager', 'cours d integration',
    'curso de integracion', 'corso di integrazione', 'inburgeringscursus', 'inburgering', 'inburgeraar', 'curso de integracao'],
];
