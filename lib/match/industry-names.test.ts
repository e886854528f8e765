import { describe, expect, it } from 'vitest';
import { compileTaxonomy, industryWords, sectorsOf } from './compile';
import { resolveIndustries, withoutDeniedKinds } from './resolve';

// Industry names as CRMs and LinkedIn show them in German, French, Spanish, Italian, Dutch and Portuguese,
// with the sector each belongs to.
const FOREIGN_INDUSTRY_NAMES: [string, string][] = [
  // German
  ['Chemie', 'manufacturing'], ['Chemische Industrie', 'manufacturing'], ['Herstellung von Chemikalien', 'manufacturing'],
  ['Papier- und Forstprodukte', 'manufacturing'], ['Verpackungen und Behälter', 'manufacturing'], ['Maschinenbau', 'manufacturing'],
  ['Stahlindustrie', 'manufacturing'], ['Metallindustrie', 'manufacturing'], ['Kunststoffe', 'manufacturing'], ['Textilindustrie', 'manufacturing'],
  ['Lebensmittelindustrie', 'retail'], ['Nahrungsmittel und Getränke', 'retail'], ['Lebensmittelproduktion', 'retail'],
  ['Automobilbranche', 'automotive'], ['Luftfahrt und Raumfahrt', 'manufacturing'], ['Fluggesellschaften/Luftfahrt', 'hospitality'],
  ['Elektrotechnik', 'manufacturing'], ['Bergbau und Metallverarbeitung', 'energy'], ['Öl und Energie', 'energy'], ['Erneuerbare Energien und Umwelt', 'energy'],
  ['Versorgungsunternehmen', 'energy'], ['Altenpflege', 'healthcare'], ['Pflegeheime und Wohneinrichtungen', 'healthcare'],
  ['Krankenhäuser und Gesundheitswesen', 'healthcare'], ['Arztpraxen', 'healthcare'], ['Soziale Dienste', 'nonprofit'],
  ['Ambulante Pflege', 'healthcare'], ['Behindertenhilfe', 'healthcare'], ['Pharmazeutische Produkte', 'lifesciences'],
  ['Medizinprodukte', 'healthcare'], ['Finanzdienstleistungen', 'financial'], ['Versicherungswesen', 'financial'], ['Bankwesen', 'financial'],
  ['Immobilien', 'realestate'], ['Bauwesen', 'realestate'], ['Tiefbau', 'realestate'], ['Baumaterialien', 'realestate'],
  ['Logistik und Supply Chain', 'logistics'], ['Transport/Logistik/Supply Chain/Lagerung', 'logistics'], ['Lagerhaltung', 'logistics'],
  ['Seefahrt', 'logistics'], ['Schifffahrt', 'logistics'], ['Einzelhandel', 'retail'], ['Großhandel', 'retail'], ['Konsumgüter', 'retail'],
  ['Bekleidung und Mode', 'retail'], ['Gastgewerbe', 'hospitality'], ['Freizeit, Reisen und Tourismus', 'hospitality'], ['Gastronomie', 'hospitality'],
  ['Unterhaltung', 'media'], ['Verlagswesen', 'media'], ['Rundfunk und Fernsehen', 'media'], ['Zeitungen', 'media'],
  ['Telekommunikation', 'telecom'], ['IT-Dienstleistungen und IT-Beratung', 'technology'], ['Softwareentwicklung', 'technology'],
  ['Unternehmensberatung', 'professional'], ['Rechtsberatung', 'professional'], ['Buchhaltung', 'professional'], ['Personalwesen', 'professional'],
  ['Personalbeschaffung', 'professional'], ['Verwaltung und Regierung', 'government'], ['Öffentliche Verwaltung', 'government'],
  ['Hochschulbildung', 'education'], ['Bildungswesen', 'education'], ['Landwirtschaft', 'agriculture'], ['Gemeinnützige Organisationen', 'nonprofit'],
  ['Sicherheit und Ermittlungen', 'professional'], ['Verteidigung und Raumfahrt', 'government'], ['Sportartikel', 'retail'], ['Sport', 'media'],
  // French
  ['Industrie chimique', 'manufacturing'], ['Fabrication de produits chimiques', 'manufacturing'], ['Emballages et conteneurs', 'manufacturing'],
  ['Papier et produits forestiers', 'manufacturing'], ['Sidérurgie', 'manufacturing'], ['Métallurgie', 'manufacturing'], ['Plasturgie', 'manufacturing'],
  ['Agroalimentaire', 'retail'], ['Industrie agroalimentaire', 'retail'], ['Textile', 'manufacturing'], ['Aéronautique et aérospatiale', 'manufacturing'],
  ['Compagnies aériennes et aviation', 'hospitality'], ['Automobile', 'automotive'], ['Mines et métaux', 'energy'], ['Pétrole et énergie', 'energy'],
  ['Services publics', 'energy'], ['Hôpitaux et services de santé', 'healthcare'], ['Établissements de soins', 'healthcare'],
  ['Maisons de retraite', 'healthcare'], ['Aide à domicile', 'healthcare'], ['Services sociaux', 'nonprofit'], ['Santé, forme et bien-être', 'healthcare'],
  ['Services financiers', 'financial'], ['Banques', 'financial'], ['Assurances', 'financial'], ['Immobilier', 'realestate'],
  ['Construction', 'realestate'], ['Génie civil', 'realestate'], ['Matériaux de construction', 'realestate'],
  ['Transport routier et ferroviaire', 'logistics'], ['Transports maritimes', 'logistics'], ['Logistique et chaîne d’approvisionnement', 'logistics'],
  ['Entreposage', 'logistics'], ['Commerce de détail', 'retail'], ['Grande distribution', 'retail'], ['Commerce de gros', 'retail'],
  ['Biens de consommation', 'retail'], ['Hôtellerie', 'hospitality'], ['Restauration', 'hospitality'], ['Loisirs, voyages et tourisme', 'hospitality'],
  ['Divertissements', 'media'], ['Presse écrite', 'media'], ['Télécommunications', 'telecom'],
  ['Technologies et services de l’information', 'technology'], ['Logiciels informatiques', 'technology'], ['Conseil en management', 'professional'],
  ['Services juridiques', 'professional'], ['Comptabilité', 'professional'], ['Ressources humaines', 'professional'], ['Recrutement', 'professional'],
  ['Administration publique', 'government'], ['Enseignement supérieur', 'education'], ['Agriculture', 'agriculture'], ['Organisations à but non lucratif', 'nonprofit'],
  ['Industrie pharmaceutique', 'lifesciences'], ['Équipements médicaux', 'healthcare'],
  // Spanish
  ['Industria química', 'manufacturing'], ['Química', 'manufacturing'], ['Siderurgia', 'manufacturing'], ['Metalurgia', 'manufacturing'],
  ['Papel y productos forestales', 'manufacturing'], ['Embalaje y contenedores', 'manufacturing'], ['Plásticos', 'manufacturing'],
  ['Alimentación y bebidas', 'retail'], ['Industria alimentaria', 'retail'], ['Textil', 'manufacturing'], ['Aviación y aeroespacial', 'manufacturing'],
  ['Líneas aéreas/Aviación', 'hospitality'], ['Sector automovilístico', 'automotive'], ['Minería y metalurgia', 'energy'], ['Petróleo y energía', 'energy'],
  ['Servicios públicos', 'energy'], ['Hospitales y atención sanitaria', 'healthcare'], ['Sanidad', 'healthcare'], ['Residencias de mayores', 'healthcare'],
  ['Atención domiciliaria', 'healthcare'], ['Servicios sociales', 'nonprofit'], ['Servicios financieros', 'financial'], ['Banca', 'financial'],
  ['Seguros', 'financial'], ['Bienes inmobiliarios', 'realestate'], ['Construcción', 'realestate'], ['Ingeniería civil', 'realestate'],
  ['Transporte marítimo', 'logistics'], ['Logística y cadena de suministro', 'logistics'], ['Almacenamiento', 'logistics'], ['Comercio minorista', 'retail'],
  ['Venta al por mayor', 'retail'], ['Bienes de consumo', 'retail'], ['Hostelería', 'hospitality'], ['Restaurantes', 'hospitality'],
  ['Ocio, viajes y turismo', 'hospitality'], ['Entretenimiento', 'media'], ['Periódicos', 'media'], ['Telecomunicaciones', 'telecom'],
  ['Servicios y tecnologías de la información', 'technology'], ['Software', 'technology'], ['Consultoría', 'professional'], ['Servicios jurídicos', 'professional'],
  ['Contabilidad', 'professional'], ['Recursos humanos', 'professional'], ['Administración gubernamental', 'government'], ['Educación superior', 'education'],
  ['Agricultura', 'agriculture'], ['Organizaciones sin ánimo de lucro', 'nonprofit'], ['Industria farmacéutica', 'lifesciences'],
  // Italian
  ['Chimica', 'manufacturing'], ['Industria chimica', 'manufacturing'], ['Siderurgia', 'manufacturing'], ['Carta e prodotti forestali', 'manufacturing'],
  ['Imballaggi e contenitori', 'manufacturing'], ['Materie plastiche', 'manufacturing'], ['Industria alimentare', 'retail'], ['Alimenti e bevande', 'retail'],
  ['Tessile', 'manufacturing'], ['Aviazione e aerospaziale', 'manufacturing'], ['Compagnie aeree/aviazione', 'hospitality'], ['Settore automobilistico', 'automotive'],
  ['Miniere e metalli', 'energy'], ['Petrolio ed energia', 'energy'], ['Servizi di pubblica utilità', 'energy'], ['Ospedali e assistenza sanitaria', 'healthcare'],
  ['Sanità', 'healthcare'], ['Case di riposo', 'healthcare'], ['Assistenza domiciliare', 'healthcare'], ['Servizi sociali', 'nonprofit'],
  ['Servizi finanziari', 'financial'], ['Banche', 'financial'], ['Assicurazioni', 'financial'], ['Settore immobiliare', 'realestate'], ['Edilizia', 'realestate'],
  ['Ingegneria civile', 'realestate'], ['Trasporti marittimi', 'logistics'], ['Logistica e supply chain', 'logistics'], ['Magazzinaggio', 'logistics'],
  ['Commercio al dettaglio', 'retail'], ['Commercio all’ingrosso', 'retail'], ['Beni di consumo', 'retail'], ['Ospitalità', 'hospitality'],
  ['Ristorazione', 'hospitality'], ['Tempo libero, viaggi e turismo', 'hospitality'], ['Intrattenimento', 'media'], ['Editoria', 'media'],
  ['Telecomunicazioni', 'telecom'], ['Informatica e servizi', 'technology'], ['Consulenza manageriale', 'professional'], ['Studi legali', 'professional'],
  ['Contabilità', 'professional'], ['Risorse umane', 'professional'], ['Pubblica amministrazione', 'government'], ['Istruzione superiore', 'education'],
  ['Agricoltura', 'agriculture'], ['Organizzazioni non profit', 'nonprofit'], ['Industria farmaceutica', 'lifesciences'],
  // Dutch
  ['Chemicaliën', 'manufacturing'], ['Chemische industrie', 'manufacturing'], ['Papier en bosbouwproducten', 'manufacturing'],
  ['Verpakkingen en containers', 'manufacturing'], ['Staalindustrie', 'manufacturing'], ['Kunststoffen', 'manufacturing'], ['Voedingsmiddelenindustrie', 'manufacturing'],
  ['Voedsel en dranken', 'retail'], ['Textiel', 'manufacturing'], ['Luchtvaart en ruimtevaart', 'manufacturing'], ['Luchtvaartmaatschappijen/luchtvaart', 'hospitality'],
  ['Auto-industrie', 'automotive'], ['Mijnbouw en metalen', 'energy'], ['Olie en energie', 'energy'], ['Nutsbedrijven', 'energy'],
  ['Ziekenhuizen en gezondheidszorg', 'healthcare'], ['Gezondheidszorg', 'healthcare'], ['Zorg', 'healthcare'], ['Ouderenzorg', 'healthcare'],
  ['Verpleeghuizen', 'healthcare'], ['Thuiszorg', 'healthcare'], ['Gehandicaptenzorg', 'healthcare'], ['Maatschappelijke dienstverlening', 'nonprofit'],
  ['Financiële diensten', 'financial'], ['Bankwezen', 'financial'], ['Verzekeringen', 'financial'], ['Onroerend goed', 'realestate'], ['Vastgoed', 'realestate'],
  ['Bouw', 'realestate'], ['Bouwnijverheid', 'realestate'], ['Scheepvaart', 'logistics'], ['Logistiek en supply chain', 'logistics'], ['Opslag', 'logistics'],
  ['Transport en logistiek', 'logistics'], ['Detailhandel', 'retail'], ['Groothandel', 'retail'], ['Consumentengoederen', 'retail'], ['Horeca', 'hospitality'],
  ['Vrije tijd, reizen en toerisme', 'hospitality'], ['Uitgeverij', 'media'], ['Telecommunicatie', 'telecom'],
  ['Informatietechnologie en -diensten', 'technology'], ['Managementadvies', 'professional'], ['Juridische dienstverlening', 'professional'],
  ['Boekhouding', 'professional'], ['Personeelszaken', 'professional'], ['Overheidsbestuur', 'government'], ['Hoger onderwijs', 'education'],
  ['Landbouw', 'agriculture'], ['Non-profitorganisaties', 'nonprofit'], ['Farmaceutische industrie', 'lifesciences'],
  // Portuguese
  ['Química', 'manufacturing'], ['Indústria química', 'manufacturing'], ['Siderurgia', 'manufacturing'], ['Papel e produtos florestais', 'manufacturing'],
  ['Embalagens e recipientes', 'manufacturing'], ['Plásticos', 'manufacturing'], ['Alimentos e bebidas', 'retail'], ['Indústria alimentícia', 'retail'],
  ['Têxtil', 'manufacturing'], ['Aviação e aeroespacial', 'manufacturing'], ['Companhias aéreas', 'hospitality'], ['Indústria automotiva', 'automotive'],
  ['Mineração e metais', 'energy'], ['Petróleo e energia', 'energy'], ['Serviços públicos', 'energy'], ['Hospitais e atendimento de saúde', 'healthcare'],
  ['Saúde', 'healthcare'], ['Lares de idosos', 'healthcare'], ['Apoio domiciliário', 'healthcare'], ['Serviços sociais', 'nonprofit'],
  ['Serviços financeiros', 'financial'], ['Bancos', 'financial'], ['Seguros', 'financial'], ['Imóveis', 'realestate'], ['Construção', 'realestate'],
  ['Engenharia civil', 'realestate'], ['Transporte marítimo', 'logistics'], ['Logística e cadeia de suprimentos', 'logistics'], ['Armazenagem', 'logistics'],
  ['Varejo', 'retail'], ['Comércio a retalho', 'retail'], ['Atacado', 'retail'], ['Bens de consumo', 'retail'], ['Hotelaria', 'hospitality'],
  ['Restaurantes', 'hospitality'], ['Lazer, viagens e turismo', 'hospitality'], ['Entretenimento', 'media'], ['Jornais', 'media'],
  ['Telecomunicações', 'telecom'], ['Tecnologia da informação e serviços', 'technology'], ['Consultoria', 'professional'], ['Serviços jurídicos', 'professional'],
  ['Contabilidade', 'professional'], ['Recursos humanos', 'professional'], ['Administração pública', 'government'], ['Ensino superior', 'education'],
  ['Agricultura', 'agriculture'], ['Organizações sem fins lucrativos', 'nonprofit'], ['Indústria farmacêutica', 'lifesciences'],
];

describe('industry names in other languages', () => {
  it('reads every translated CRM industry name into its sector', () => {
    const missed = FOREIGN_INDUSTRY_NAMES.filter(([name, sector]) => !sectorsOf(industryWords(name)).includes(sector)).map(([name]) => name);
    expect(missed).toEqual([]);
  });

  it('leaves English words English: an aviation business is not aerospace manufacturing, a brasserie a restaurant', () => {
    expect(industryWords('Aviation')).toEqual(['aviat']);
    expect(industryWords('Brasserie')).toEqual(['brasseri']);
    expect(industryWords('Medical Devices')).toEqual(industryWords('medical devices'));
    expect(sectorsOf(industryWords('Maritime'))).toEqual(['logistics']);
  });

  it('reads ports, airports, fairs and congress centres named in other languages, not a place named Puerto or Porto', () => {
    expect(industryWords('Autoridad Portuaria de Valencia')).toEqual([...industryWords('port authority'), 'valencia']);
    expect(industryWords('Flughafen Köln/Bonn')).toEqual([...industryWords('airport'), 'koln', 'bonn']);
    expect(industryWords('Palais des Congrès de Lyon')).toEqual([...industryWords('convention centre'), 'lyon']);
    expect(industryWords('Puerto Rico Telephone')).toEqual(['puerto', 'rico', 'telephon']);
  });

  it('takes German and Dutch compounds apart into sector words', () => {
    expect(sectorsOf(industryWords('Stahlindustrie'))).toContain('manufacturing');
    expect(sectorsOf(industryWords('Ouderenzorg'))).toEqual(['healthcare']);
    expect(sectorsOf(industryWords('Finanzdienstleistungen'))).toEqual(['financial']);
  });
});

describe('kinds of care business in a company name', () => {
  const care = compileTaxonomy({
    personas: [],
    painPoints: [],
    industries: [
      { id: 'homes', label: 'Care homes', aliases: ['skilled nursing'] },
      { id: 'home', label: 'Domiciliary care', aliases: [] },
      { id: 'day', label: 'Day centres', aliases: [] },
      { id: 'support', label: 'Supported living', aliases: [] },
    ],
  });
  const read = (company: string, industry = 'Gesundheitswesen') => resolveIndustries({ industry, company }, care).map((r) => r.id);

  it('finds the entry a foreign kind of care names through its English synonyms', () => {
    expect(read('Altenheim St. Josef')).toEqual(['homes']);
    expect(read('Spitex Zürich-Nord')).toEqual(['home']);
    expect(read('Centre d’accueil de jour Les Lilas', 'Santé')).toEqual(['day']);
    expect(read('Behindertenhilfe Oberland')).toEqual(['support']);
  });
});

describe('a kind of business the notes deny', () => {
  const venues = compileTaxonomy({
    personas: [],
    painPoints: [],
    industries: [
      { id: 'theatres', label: 'Theatres', aliases: [] },
      { id: 'hotels', label: 'Hotels', aliases: [] },
    ],
  });

  it('is not read as the business', () => {
    expect(resolveIndustries({ company: 'Corner Bistro', notes: 'Small bistro, 40 covers. Not a theatre, they just host a quiz night.' }, venues)).toEqual([]);
    expect(resolveIndustries({ company: 'Parkside Ltd', notes: 'Runs a theatre; nothing to do with hotels.' }, venues).map((r) => r.id)).toEqual(['theatres']);
  });

  it('keeps every offset and what the notes say before the denial', () => {
    const notes = 'A hotel group. Kein Krankenhaus, pas un hôtel.';
    const blanked = withoutDeniedKinds(notes)!;
    expect(blanked).toHaveLength(notes.length);
    expect(blanked).toContain('A hotel group.');
    expect(blanked).not.toMatch(/Krankenhaus|hôtel\./);
  });
});
