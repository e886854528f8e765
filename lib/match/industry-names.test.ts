import { describe, expect, it } from 'vitest';
import { relatedStems } from './related-words';
import { compileTaxonomy, industryWords, sectorsOf } from './compile';
import { naceWords, tradePeople, tradeWords, useForeignNouns, useNaceTable, useTradeTable } from './lexicon';
import { NACE_TABLE } from './nace-table.generated';
import { TRADE_TABLE } from './trade-table.generated';
import { resolveIndustries, resolveProspect, withoutDeniedKinds } from './resolve';

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
  ['Chimica', 'manufacturing'], ['Industria chimica', 'manufacturing'], ['Carta e prodotti forestali', 'manufacturing'],
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
  ['Indústria química', 'manufacturing'], ['Papel e produtos florestais', 'manufacturing'],
  ['Embalagens e recipientes', 'manufacturing'], ['Alimentos e bebidas', 'retail'], ['Indústria alimentícia', 'retail'],
  ['Têxtil', 'manufacturing'], ['Aviação e aeroespacial', 'manufacturing'], ['Companhias aéreas', 'hospitality'], ['Indústria automotiva', 'automotive'],
  ['Mineração e metais', 'energy'], ['Petróleo e energia', 'energy'], ['Serviços públicos', 'energy'], ['Hospitais e atendimento de saúde', 'healthcare'],
  ['Saúde', 'healthcare'], ['Lares de idosos', 'healthcare'], ['Apoio domiciliário', 'healthcare'], ['Serviços sociais', 'nonprofit'],
  ['Serviços financeiros', 'financial'], ['Bancos', 'financial'], ['Imóveis', 'realestate'], ['Construção', 'realestate'],
  ['Engenharia civil', 'realestate'], ['Logística e cadeia de suprimentos', 'logistics'], ['Armazenagem', 'logistics'],
  ['Varejo', 'retail'], ['Comércio a retalho', 'retail'], ['Atacado', 'retail'], ['Bens de consumo', 'retail'], ['Hotelaria', 'hospitality'],
  ['Lazer, viagens e turismo', 'hospitality'], ['Entretenimento', 'media'], ['Jornais', 'media'],
  ['Telecomunicações', 'telecom'], ['Tecnologia da informação e serviços', 'technology'], ['Consultoria', 'professional'], ['Serviços jurídicos', 'professional'],
  ['Contabilidade', 'professional'], ['Administração pública', 'government'], ['Ensino superior', 'education'],
  ['Organizações sem fins lucrativos', 'nonprofit'], ['Indústria farmacêutica', 'lifesciences'],
  // More of LinkedIn's names: services, trades, media, money, transport, farming
  // German
  ['Abfallwirtschaft', 'energy'], ['Entsorgung', 'energy'], ['Umweltdienste', 'energy'], ['Wasserwirtschaft', 'energy'], ['Reinigungsdienste', 'professional'],
  ['Gebäudereinigung', 'professional'], ['Sicherheitsdienste', 'professional'], ['Veranstaltungsdienste', 'hospitality'], ['Fitnessstudios', 'healthcare'],
  ['Zahnärzte', 'healthcare'], ['Zahnarztpraxen', 'healthcare'], ['Tierärzte', 'healthcare'], ['Tierarztpraxen', 'healthcare'], ['Druckereien', 'manufacturing'],
  ['Möbel', 'retail'], ['Kosmetik', 'retail'], ['Schmuck', 'retail'], ['Architektur und Planung', 'realestate'], ['Ingenieurdienstleistungen', 'professional'],
  ['Marketing und Werbung', 'professional'], ['Werbeagenturen', 'professional'], ['Öffentlichkeitsarbeit', 'professional'], ['Übersetzung und Lokalisierung', 'professional'],
  ['Forschung', 'professional'], ['Halbleiter', 'technology'], ['Solarenergie', 'energy'], ['Windenergie', 'energy'], ['Stromerzeugung', 'energy'],
  ['Hotels und Motels', 'hospitality'], ['Restaurants', 'hospitality'], ['Immobilienmakler', 'realestate'], ['Hausverwaltung', 'realestate'],
  ['Kindergärten', 'nonprofit'], ['Grundschulen', 'education'], ['Berufsausbildung', 'education'], ['Speditionen', 'logistics'], ['Güterverkehr', 'logistics'],
  ['Kurier- und Paketdienste', 'logistics'], ['Lkw-Transport', 'logistics'], ['Schienenverkehr', 'logistics'], ['Personenverkehr', 'logistics'],
  ['Wohltätigkeitsorganisationen', 'nonprofit'], ['Religiöse Einrichtungen', 'nonprofit'], ['Kirchen', 'nonprofit'], ['Museen', 'media'],
  ['Glücksspiel und Casinos', 'hospitality'], ['Sportvereine', 'media'], ['Musik', 'media'], ['Filmproduktion', 'media'], ['Computerspiele', 'media'],
  ['Nahrungsmittelproduktion', 'agriculture'], ['Milchwirtschaft', 'agriculture'], ['Fischerei', 'agriculture'], ['Weinbau', 'agriculture'], ['Gartenbau', 'agriculture'],
  ['Krankenversicherung', 'financial'], ['Vermögensverwaltung', 'financial'], ['Investmentbanking', 'financial'], ['Risikokapital und Private Equity', 'financial'],
  // French
  ['Gestion des déchets', 'energy'], ['Services environnementaux', 'energy'], ['Services de nettoyage', 'professional'], ['Sécurité et enquêtes', 'professional'],
  ['Services événementiels', 'hospitality'], ['Salles de sport', 'healthcare'], ['Cabinets dentaires', 'healthcare'], ['Vétérinaires', 'healthcare'],
  ['Imprimerie', 'manufacturing'], ['Meubles', 'retail'], ['Cosmétiques', 'retail'], ['Architecture et urbanisme', 'professional'], ['Marketing et publicité', 'professional'],
  ['Relations publiques et communication', 'professional'], ['Traduction et localisation', 'professional'], ['Recherche', 'professional'], ['Semi-conducteurs', 'technology'],
  ['Énergies renouvelables et environnement', 'energy'], ['Production d’électricité', 'energy'], ['Hôtels', 'hospitality'], ['Agences immobilières', 'realestate'],
  ['Écoles primaires et secondaires', 'education'], ['Formation professionnelle', 'education'], ['Transport routier', 'logistics'], ['Transport ferroviaire', 'logistics'],
  ['Messagerie et colis', 'logistics'], ['Œuvres caritatives', 'nonprofit'], ['Institutions religieuses', 'nonprofit'], ['Musées et institutions', 'media'],
  ['Jeux d’argent et casinos', 'hospitality'], ['Sports', 'media'], ['Musique', 'media'], ['Cinéma et films', 'media'], ['Jeux vidéo', 'media'],
  ['Produits laitiers', 'agriculture'], ['Pêche', 'agriculture'], ['Viticulture', 'agriculture'], ['Gestion de patrimoine', 'financial'], ['Capital-risque et fonds de capital-investissement', 'financial'],
  ['Électricité', 'energy'], ['Eau et assainissement', 'energy'], ['Pétrole et gaz', 'energy'],
  // Spanish
  ['Gestión de residuos', 'energy'], ['Servicios medioambientales', 'energy'], ['Servicios de limpieza', 'professional'], ['Seguridad e investigaciones', 'professional'],
  ['Servicios de eventos', 'hospitality'], ['Gimnasios', 'healthcare'], ['Clínicas dentales', 'healthcare'], ['Veterinaria', 'healthcare'], ['Imprenta', 'manufacturing'],
  ['Muebles', 'retail'], ['Cosméticos', 'retail'], ['Arquitectura y planificación', 'realestate'], ['Marketing y publicidad', 'professional'],
  ['Relaciones públicas y comunicaciones', 'professional'], ['Traducción y localización', 'professional'], ['Investigación', 'professional'], ['Semiconductores', 'technology'],
  ['Energías renovables y medio ambiente', 'energy'], ['Generación de electricidad', 'energy'], ['Hoteles y moteles', 'hospitality'], ['Agencias inmobiliarias', 'realestate'],
  ['Educación primaria y secundaria', 'education'], ['Formación profesional', 'education'], ['Transporte por carretera', 'logistics'], ['Transporte ferroviario', 'logistics'],
  ['Mensajería y paquetería', 'logistics'], ['Organizaciones benéficas', 'nonprofit'], ['Instituciones religiosas', 'nonprofit'], ['Museos e instituciones', 'media'],
  ['Juegos de azar y casinos', 'hospitality'], ['Deportes', 'media'], ['Música', 'media'], ['Cine', 'media'], ['Videojuegos', 'media'], ['Productos lácteos', 'agriculture'],
  ['Pesca', 'agriculture'], ['Gestión de patrimonios', 'financial'], ['Capital riesgo', 'financial'], ['Electricidad', 'energy'], ['Petróleo y gas', 'energy'],
  // Italian
  ['Gestione dei rifiuti', 'energy'], ['Servizi ambientali', 'energy'], ['Servizi di pulizia', 'professional'], ['Sicurezza e investigazioni', 'professional'],
  ['Servizi per eventi', 'hospitality'], ['Palestre', 'healthcare'], ['Studi dentistici', 'healthcare'], ['Veterinari', 'healthcare'], ['Tipografia', 'manufacturing'],
  ['Mobili', 'retail'], ['Cosmetici', 'retail'], ['Architettura e pianificazione', 'realestate'], ['Marketing e pubblicità', 'professional'],
  ['Relazioni pubbliche e comunicazioni', 'professional'], ['Traduzione e localizzazione', 'professional'], ['Ricerca', 'professional'], ['Semiconduttori', 'technology'],
  ['Energie rinnovabili e ambiente', 'energy'], ['Produzione di energia elettrica', 'energy'], ['Alberghi', 'hospitality'], ['Agenzie immobiliari', 'realestate'],
  ['Istruzione primaria e secondaria', 'education'], ['Formazione professionale', 'education'], ['Trasporto su strada', 'logistics'], ['Trasporto ferroviario', 'logistics'],
  ['Corrieri e spedizioni', 'logistics'], ['Enti di beneficenza', 'nonprofit'], ['Istituzioni religiose', 'nonprofit'], ['Musei e istituzioni', 'media'],
  ['Gioco d’azzardo e casinò', 'hospitality'], ['Musica', 'media'], ['Cinema e film', 'media'], ['Videogiochi', 'media'], ['Lattiero-caseario', 'agriculture'],
  ['Gestione patrimoniale', 'financial'], ['Petrolio e gas', 'energy'],
  // Dutch
  ['Afvalbeheer', 'energy'], ['Milieudiensten', 'energy'], ['Schoonmaakdiensten', 'professional'], ['Beveiliging en onderzoek', 'professional'],
  ['Evenementenbureaus', 'hospitality'], ['Sportscholen', 'healthcare'], ['Tandartsen', 'healthcare'], ['Dierenartsen', 'healthcare'], ['Drukkerijen', 'manufacturing'],
  ['Meubels', 'retail'], ['Cosmetica', 'retail'], ['Architectuur en planning', 'professional'], ['Marketing en reclame', 'professional'],
  ['Public relations en communicatie', 'professional'], ['Vertaling en lokalisatie', 'professional'], ['Onderzoek', 'professional'], ['Halfgeleiders', 'technology'],
  ['Duurzame energie en milieu', 'energy'], ['Elektriciteitsopwekking', 'energy'], ['Hotels en motels', 'hospitality'], ['Makelaars', 'realestate'],
  ['Basis- en voortgezet onderwijs', 'education'], ['Beroepsonderwijs', 'education'], ['Wegtransport', 'logistics'], ['Spoorvervoer', 'logistics'],
  ['Koeriers- en pakketdiensten', 'logistics'], ['Goede doelen', 'nonprofit'], ['Religieuze instellingen', 'nonprofit'], ['Musea en instellingen', 'media'],
  ['Gokken en casino’s', 'hospitality'], ['Muziek', 'media'], ['Film', 'media'], ['Videogames', 'media'], ['Zuivel', 'agriculture'], ['Visserij', 'agriculture'],
  ['Vermogensbeheer', 'financial'], ['Olie en gas', 'energy'],
  // Portuguese
  ['Gestão de resíduos', 'energy'], ['Serviços ambientais', 'energy'], ['Serviços de limpeza', 'professional'], ['Segurança e investigações', 'professional'],
  ['Serviços de eventos', 'hospitality'], ['Academias', 'healthcare'], ['Ginásios', 'healthcare'], ['Clínicas odontológicas', 'healthcare'], ['Veterinários', 'healthcare'],
  ['Gráfica', 'manufacturing'], ['Móveis', 'retail'], ['Arquitetura e planejamento', 'realestate'], ['Marketing e publicidade', 'professional'],
  ['Relações públicas e comunicações', 'professional'], ['Tradução e localização', 'professional'], ['Pesquisa', 'professional'], ['Semicondutores', 'technology'],
  ['Energia renovável e meio ambiente', 'energy'], ['Geração de energia elétrica', 'energy'], ['Hotéis e motéis', 'hospitality'], ['Imobiliárias', 'realestate'],
  ['Ensino fundamental e médio', 'education'], ['Formação profissional', 'education'], ['Transporte rodoviário', 'logistics'], ['Transporte ferroviário', 'logistics'],
  ['Correios e encomendas', 'logistics'], ['Instituições de caridade', 'nonprofit'], ['Instituições religiosas', 'nonprofit'], ['Museus e instituições', 'media'],
  ['Jogos de azar e cassinos', 'hospitality'], ['Esportes', 'media'], ['Cinema', 'media'], ['Jogos eletrônicos', 'media'], ['Laticínios', 'agriculture'],
  ['Gestão de patrimônio', 'financial'], ['Petróleo e gás', 'energy'],
];

// Company names in the six languages that say their kind of business, with its sector.
const FOREIGN_COMPANY_NAMES: [string, string][] = [
  ['Bäckerei Schmidt', 'retail'], ['Steuerberatung Huber', 'professional'], ['Steuerkanzlei Weber', 'professional'], ['Notariat Berg', 'professional'],
  ['Ingenieurbüro Keller', 'professional'], ['Architekturbüro Lang', 'realestate'], ['Bauunternehmung Frey', 'realestate'], ['Baufirma Roth', 'realestate'],
  ['Hausverwaltung Maier', 'realestate'], ['Brauerei Zum Löwen', 'manufacturing'], ['Apotheke am Markt', 'retail'], ['Zahnarztpraxis Dr. Kunz', 'healthcare'],
  ['Tierklinik Nord', 'healthcare'], ['Autohaus Becker', 'automotive'], ['Spedition Wolf', 'logistics'], ['Reederei Nord', 'logistics'],
  ['Gasthof zur Post', 'hospitality'], ['Supermarkt Lenz', 'retail'], ['Kindertagesstätte Sonnenschein', 'nonprofit'],
  ['Versicherungsmakler Roth', 'financial'], ['Sparkasse Rhein', 'financial'], ['Volksbank Mitte', 'financial'], ['Genossenschaftsbank Süd', 'financial'],
  ['Boulangerie Martin', 'retail'], ['Cabinet comptable Durand', 'professional'], ['Étude notariale Petit', 'professional'], ['Bureau d’études Leroy', 'professional'],
  ['Entreprise de bâtiment Moreau', 'realestate'], ['Agence immobilière du Centre', 'realestate'], ['Pharmacie du Port', 'retail'], ['Clinique vétérinaire des Alpes', 'healthcare'],
  ['Transports Girard', 'logistics'], ['Hôtel du Lac', 'hospitality'], ['Supermarché Bonneau', 'retail'], ['Crèche Les Petits Loups', 'nonprofit'],
  ['Mutuelle Santé Ouest', 'financial'], ['Caisse d’épargne Loire', 'financial'], ['Banque Populaire Sud', 'financial'], ['Lycée Victor Hugo', 'education'],
  ['Panadería La Espiga', 'retail'], ['Gestoría López', 'professional'], ['Asesoría fiscal Ruiz', 'professional'], ['Notaría García', 'professional'],
  ['Constructora Andaluza', 'realestate'], ['Inmobiliaria Sol', 'realestate'], ['Farmacia Central', 'retail'], ['Clínica veterinaria Luna', 'healthcare'],
  ['Taller mecánico Pérez', 'automotive'], ['Transportes Martín', 'logistics'], ['Hotel Miramar', 'hospitality'], ['Supermercados Díaz', 'retail'],
  ['Guardería Los Pinos', 'nonprofit'], ['Aseguradora del Sur', 'financial'], ['Caja Rural', 'financial'], ['Colegio San José', 'education'],
  ['Panificio Rossi', 'retail'], ['Studio commercialista Bianchi', 'professional'], ['Studio notarile Greco', 'professional'], ['Impresa edile Costa', 'realestate'],
  ['Agenzia immobiliare Roma', 'realestate'], ['Farmacia Comunale', 'retail'], ['Clinica veterinaria San Marco', 'healthcare'], ['Autofficina Ferrari', 'automotive'],
  ['Autotrasporti Russo', 'logistics'], ['Albergo Bellavista', 'hospitality'], ['Supermercato Conad', 'retail'], ['Asilo nido Girasole', 'nonprofit'],
  ['Banca di Credito Cooperativo', 'financial'], ['Istituto comprensivo Dante', 'education'],
  ['Bakkerij Jansen', 'retail'], ['Accountantskantoor De Vries', 'professional'], ['Notariskantoor Bakker', 'professional'], ['Ingenieursbureau Visser', 'professional'],
  ['Bouwbedrijf Smit', 'realestate'], ['Makelaardij Mulder', 'realestate'], ['Apotheek Centrum', 'retail'], ['Dierenkliniek Oost', 'healthcare'],
  ['Autobedrijf Peters', 'automotive'], ['Transportbedrijf Bos', 'logistics'], ['Hotel De Zon', 'hospitality'], ['Supermarkt Dekker', 'retail'],
  ['Kinderdagverblijf Het Bos', 'nonprofit'], ['Verzekeraar Noord', 'financial'], ['Basisschool De Regenboog', 'education'],
  ['Padaria Lisboa', 'retail'], ['Escritório de contabilidade Silva', 'professional'], ['Cartório Santos', 'professional'], ['Construtora Oliveira', 'realestate'],
  ['Imobiliária Costa', 'realestate'], ['Farmácia Popular', 'retail'], ['Clínica veterinária Bicho', 'healthcare'], ['Oficina mecânica Souza', 'automotive'],
  ['Transportadora Lima', 'logistics'], ['Hotel Atlântico', 'hospitality'], ['Supermercado Pão', 'retail'], ['Creche Arco-Íris', 'nonprofit'],
  ['Seguradora Fidelidade', 'financial'], ['Escola Básica de Braga', 'education'],
];

describe('industry names in other languages', () => {
  it('reads every translated CRM industry name into its sector', () => {
    const missed = FOREIGN_INDUSTRY_NAMES.filter(([name, sector]) => !sectorsOf(industryWords(name)).includes(sector)).map(([name]) => name);
    expect(missed).toEqual([]);
  });

  it('reads the kind of business a company name says in another language into its sector', () => {
    const missed = FOREIGN_COMPANY_NAMES.filter(([name, sector]) => !sectorsOf(industryWords(name)).includes(sector)).map(([name]) => name);
    expect(missed).toEqual([]);
  });

  it('leaves English words English: an aviation business is not aerospace manufacturing, a brasserie a restaurant', () => {
    expect(industryWords('Aviation')).toEqual(['aviat']);
    expect(industryWords('Brasserie')).toEqual(['brasseri']);
    expect(industryWords('Medical Devices')).toEqual(industryWords('medical devices'));
    expect(sectorsOf(industryWords('Maritime'))).toEqual(['logistics']);
    // Porter makes "securities" (finance) "security": a security business is not a bank.
    expect(sectorsOf(industryWords('Security'))).toEqual([]);
    expect(sectorsOf(industryWords('Securities'))).toEqual(['financial']);
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

  it('reads a federation or an association named in another language as one, and a sports club as a club', () => {
    const english = (name: string) => industryWords(name).join(' ');
    for (const name of ['Verband', 'Federación', 'Federazione', 'Fédération', 'Federação']) expect(english(name)).toBe(english('federation'));
    for (const name of ['Vereniging', 'Associazione', 'Asociación', 'Associação']) expect(english(name)).toBe(english('association'));
    for (const name of ['Sportverein', 'Sportvereniging', 'Sportclub']) expect(english(name)).toBe(english('sports club'));
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
    const notes = "A hotel group. Es ist kein Krankenhaus, ce n'est pas un hôtel.";
    const blanked = withoutDeniedKinds(notes)!;
    expect(blanked).toHaveLength(notes.length);
    expect(blanked).toContain('A hotel group.');
    expect(blanked).not.toMatch(/Krankenhaus|hôtel\./);
  });

  it('but a denial without its verb says there is none nearby, and the kind is read', () => {
    const read = (notes: string) => resolveIndustries({ company: 'Parkside Ltd', notes }, venues).map((r) => r.id);
    expect(read('Kein Theater in der Nähe hat sonntags offen.')).toEqual(['theatres']);
    expect(read('Pas un théâtre ouvert le dimanche dans le quartier.')).toEqual(['theatres']);
    expect(read('Geen theater in de buurt is zondag open.')).toEqual(['theatres']);
    expect(read('Das ist kein Theater.')).toEqual([]);
    expect(read('Spielt Musik. Kein Theater.')).toEqual([]);
  });

  it('nor is the kind it sells to or supplies: its customers', () => {
    expect(resolveIndustries({ company: 'Nordvik Linen', notes: 'Laundry business, supplies hotels across the region.' }, venues)).toEqual([]);
    expect(resolveIndustries({ company: 'Nordvik AG', notes: 'Grossiste, vend aux hôtels et aux théâtres.' }, venues)).toEqual([]);
    expect(resolveIndustries({ company: 'Nordvik AG', notes: 'Boutique hotel, 40 rooms.' }, venues).map((r) => r.id)).toEqual(['hotels']);
  });

  it('nor is the kind of its own supplier, or of an adviser\'s counted clients', () => {
    const read = (notes: string) => resolveIndustries({ company: 'Parkside Ltd', notes }, venues).map((r) => r.id);
    expect(read('Office park. Unhappy with their theatre company, wants reports.')).toEqual([]);
    expect(read('Office park; they pay an outside contractor for hotels.')).toEqual([]);
    expect(read('Bookkeeper for 3 small theatres, asked about sync.')).toEqual([]);
    expect(read('Accountant for a 300-seat theatre.')).toEqual(['theatres']);
    expect(read('Our theatre seats 300.')).toEqual(['theatres']);
  });
});

describe('words business names clip', () => {
  const labs = compileTaxonomy({
    personas: [],
    painPoints: [],
    industries: [
      { id: 'ref', label: 'Reference labs', aliases: ['hospital lab'] },
      { id: 'bio', label: 'Biotech startups', aliases: [] },
      { id: 'vet', label: 'Vet practices', aliases: [] },
    ],
  });
  const ids = (p: { industry?: string; company?: string }) => resolveIndustries(p, labs).map((r) => r.id);

  it('reads a full form as its clipped one, and the other way round', () => {
    expect(industryWords('Reference Laboratories')).toEqual(industryWords('reference labs'));
    expect(ids({ company: 'Castell Reference Laboratory' })).toEqual(['ref']);
    expect(ids({ industry: 'Biotechnology Research', company: 'Orbital Therapeutics' })).toEqual(['bio']);
    expect(ids({ company: 'Northside Veterinary Practice' })).toEqual(['vet']);
  });
});

describe('a CRM sector the vendor does not serve', () => {
  const labs = compileTaxonomy({
    personas: [],
    painPoints: [],
    industries: [
      { id: 'cro', label: 'Contract research & testing', aliases: ['contract lab'] },
      { id: 'clinical', label: 'Clinical diagnostics', aliases: ['hospital lab'] },
    ],
  });
  const ids = (notes: string) => resolveIndustries({ company: 'Harvest Foods Inc.', industry: 'Food Production', notes }, labs).map((r) => r.id);

  it('gives way only to an entry the notes name by a whole label or alias, not a word they share', () => {
    expect(ids('Food manufacturer QC lab; micro testing for pathogens.')).toEqual([]);
    expect(ids('Runs a contract lab for other food makers.')).toEqual(['cro']);
  });
});

describe("a CRM industry that names the vendor's whole market", () => {
  // Every entry is a kind of recruitment, and sector knowledge reads each by whom it recruits for (nurses,
  // warehouses, software, offices): the CRM's "Staffing and Recruiting" says only the market, yet sector
  // knowledge alone would pick the office entry (professional services).
  const agencies = compileTaxonomy({
    personas: [],
    painPoints: [],
    industries: [
      { id: 'nurse', label: 'Nurse recruitment', aliases: ['nurse bank'] },
      { id: 'warehouse', label: 'Warehouse recruitment', aliases: ['logistics temps'] },
      { id: 'it', label: 'Software recruitment', aliases: ['software contractors'] },
      { id: 'office', label: 'Office & accountancy recruitment', aliases: ['professional services recruitment'] },
    ],
  });
  const ids = (p: { industry?: string; company?: string; notes?: string }) => resolveIndustries(p, agencies).map((r) => r.id);

  it('leaves the segment to the company name and the notes', () => {
    expect(ids({ industry: 'Staffing and Recruiting', company: 'Keystone Software Talent' })).toEqual(['it']);
    expect(ids({ industry: 'Staffing and Recruiting', company: 'Keystone Group', notes: 'Places software contractors with banks.' })).toEqual(['it']);
  });

  it('is read as before when the company name and the notes name no entry', () => {
    expect(ids({ industry: 'Staffing and Recruiting', company: 'Keystone Group' })).toEqual(['office']);
  });

  it('still reads a CRM industry that is not the market word', () => {
    expect(ids({ industry: 'Nursing Homes', company: 'Keystone Group' })).toEqual(['nurse']);
    // The sector alone, through a qualifier of the entry's names ("nurse" of "Nurse recruitment"), is a guess:
    // a hospital is the recruiters' customer (eighteenth round).
    expect(ids({ industry: 'Hospitals and Health Care', company: 'Keystone Group' })).toEqual([]);
  });
});

describe("a company's name and an entry named \"X company\"", () => {
  const fleet = compileTaxonomy({
    personas: [],
    painPoints: [],
    industries: [
      { id: 'owners', label: 'Deep-sea shipowners', aliases: ['container shipping', 'shipping company'] },
      { id: 'managers', label: 'Ship managers', aliases: ['ship management'] },
      { id: 'ferries', label: 'Ferries', aliases: ['passenger shipping'] },
    ],
  });
  const ids = (company: string) => resolveIndustries({ company }, fleet).map((r) => r.id);

  it('reads the word before the generic head in the name, in English and through the lexicon', () => {
    expect(ids('Vogel Shipping GmbH')).toEqual(['owners']);
    expect(ids('Naviera Cantábrica S.L.')).toEqual(['owners']);
  });

  it('gives way to a name the taxonomy says whole', () => {
    expect(ids('Maes Ship Management NV')).toEqual(['managers']);
  });

  it('reads nothing from a name without the word', () => {
    expect(ids('Vogel Holding GmbH')).toEqual([]);
  });

  it('reads the words before a contractor, provider or operator, two or more of them', () => {
    const transport = ofIndustries([
      { id: 'contractors', label: 'School bus contractors', aliases: ['student transportation contractor'] },
      { id: 'alt', label: 'Alternative student transport providers', aliases: ['van operators'] },
    ]);
    const read = (company: string) => resolveIndustries({ company }, transport).map((r) => r.id);
    expect(read('SunState Student Transportation')).toEqual(['contractors']);
    expect(read('Metro Van Lines')).toEqual([]);
  });
});

describe("a company's name ending with the head of an entry's name whose other words are the vendor's market", () => {
  // A skating vendor: "skating" is in most entries' names, so the vendor's own records leave it unsaid.
  const skating = compileTaxonomy({
    personas: [],
    painPoints: [],
    industries: [
      { id: 'rinks', label: 'Community ice rinks', aliases: ['skating rink'] },
      { id: 'schools', label: 'Skating academies', aliases: ['skating school'] },
      { id: 'clubs', label: 'Figure skating clubs', aliases: ['skating club'] },
      { id: 'family', label: 'Family fun parks', aliases: ['roller skating', 'family entertainment'] },
    ],
  });
  const ids = (company: string) => resolveIndustries({ company }, skating).map((r) => r.id);

  it('reads the entry by the head alone, before a qualifier word another entry uses', () => {
    expect(ids('Voss Family Rink')).toEqual(['rinks']);
    expect(ids('Northside Skating School')).toEqual(['schools']);
  });

  it('not when another word of the name says a sector, nor from the head alone', () => {
    expect(ids('Harbor Hotel Rink')).toEqual([]);
    expect(ids('Rink')).toEqual([]);
  });
});

describe("a company's name whose head is the vendor's market word", () => {
  // A vendor to barbers: "barber" is in every entry's name; one entry puts only a place of business after it.
  const barbers = ofIndustries([
    { id: 'shops', label: 'Neighbourhood barber shops', aliases: ['barber studio'] },
    { id: 'schools', label: 'Barber training', aliases: ['barber academy'] },
    { id: 'supply', label: 'Barber equipment wholesale', aliases: [] },
    { id: 'mobile', label: 'Mobile barber services', aliases: [] },
  ]);
  const ids = (company: string, notes?: string) => resolveIndustries({ company, notes }, barbers).map((r) => r.id);

  it('is the entry naming the word with only a place after it, a legal form or place word aside', () => {
    expect(ids('Northside Barber')).toEqual(['shops']);
    expect(ids('Northside Barber LLC')).toEqual(['shops']);
    expect(ids('Northside Barber Studio')).toEqual(['shops']);
  });

  it('gives way to another entry sharing the word that the notes name by its own word', () => {
    expect(ids('Northside Barber', 'Runs an academy with 40 students a year.')).toEqual(['schools']);
  });

  it('is not read from the word before another head, nor from the word alone', () => {
    expect(ids('Northside Barber Instruments')).toEqual([]);
    expect(ids('Barber')).toEqual([]);
  });

  it('is none of them when the name says it supplies or advises the trade', () => {
    expect(ids('Northside Barber Supply Co.', 'Delivers clippers and capes to every barber studio in the county.')).toEqual([]);
    expect(ids('Northside Barber', 'Delivers clippers and capes to every barber studio in the county.')).toEqual(['shops']);
    expect(ids('Northside Barber Consulting')).toEqual([]);
  });

  it('is none of them when the notes deny the business is of the trade, in any of the six languages', () => {
    expect(ids('Northside Barber Studio', 'Beauty school that books haircuts with students. Not a barber business.')).toEqual([]);
    expect(ids('Northside Barber Studio', 'Hair salon, a customer of a barber, not a barber.')).toEqual([]);
    expect(ids('Northside Barber Studio', 'Der Kunde ist kein Barber, sondern ein Friseursalon.')).toEqual([]);
    expect(ids('Northside Barber Studio', 'Het is geen barber maar een kapsalon.')).toEqual([]);
    expect(ids('Northside Barber Studio', "Ce n'est pas un barber, c'est un salon de coiffure.")).toEqual([]);
    expect(ids('Northside Barber Studio', "They aren't a barber, they sell clippers.")).toEqual([]);
    expect(ids('Northside Barber Studio', "I'm not a barber myself, I run the front desk.")).toEqual(['shops']);
    expect(ids('Northside Barber Studio', 'Not just a barber: they sell beard oil too.')).toEqual(['shops']);
    expect(ids('Northside Barber Studio', 'Not a salon, a barber studio.')).toEqual(['shops']);
  });

  it('is still the entry when the notes say there is no other business of the trade nearby', () => {
    expect(ids('Northside Barber Studio', 'Kein Barber in der Nähe hat sonntags offen.')).toEqual(['shops']);
    expect(ids('Northside Barber Studio', "Geen barber in de buurt is 's avonds open.")).toEqual(['shops']);
    expect(ids('Northside Barber Studio', 'Pas de barber ouvert le dimanche dans le quartier.')).toEqual(['shops']);
  });
});

describe('a business the notes relate to a segment as another party', () => {
  // A vendor to dog-care businesses: the notes say the prospect sells to, buys from, refers to or partners with them.
  const dogs = ofIndustries([
    { id: 'boarding', label: 'Dog boarding kennels', aliases: ['boarding kennel'] },
    { id: 'daycare', label: 'Dog daycare centres', aliases: ['doggy daycare'] },
    { id: 'grooming', label: 'Dog grooming salons', aliases: ['dog groomer'] },
  ]);
  const ids = (company: string, notes: string) => resolveIndustries({ company, notes }, dogs).map((r) => r.id);

  it('is none of them when it sells, supplies, refers or buys from them, or partners with them', () => {
    expect(ids('Northside Boarding Kennel', 'Sells dog food to boarding kennels across the state.')).toEqual([]);
    expect(ids('Northside Boarding Kennel', 'Distributor of leashes, beds and bowls to doggy daycare operators.')).toEqual([]);
    expect(ids('Northside Boarding Kennel', 'Refers about 40 pets a month to a local dog groomer.')).toEqual([]);
    expect(ids('Northside Boarding Kennel', 'Buys weekly baths from a dog groomer nearby.')).toEqual([]);
    expect(ids('Northside Boarding Kennel', 'Wants to partner with boarding kennels on pet insurance.')).toEqual([]);
    expect(ids('Northside Boarding Kennel', 'Nous vendons des croquettes aux dog groomers de la région.')).toEqual([]);
  });

  it('is still its segment when the other party is its own customers, or the notes name no segment after the relation', () => {
    expect(ids('Northside Boarding Kennel', 'Wants to sell more grooming add-ons to boarding customers.')).toEqual(['boarding']);
    expect(ids('Northside Boarding Kennel', 'Sells gift cards to walk-in visitors.')).toEqual(['boarding']);
    expect(ids('Northside Boarding Kennel', 'Our supplier for doggy daycare toys is late again.')).toEqual(['boarding']);
  });

  it('is none of them when the relation is said with an accented word: French "à", "achète", "auprès", German "für", "Großhändler"', () => {
    expect(ids('Northside Boarding Kennel', 'Vend des croquettes à des dog groomers de la région.')).toEqual([]);
    expect(ids('Northside Boarding Kennel', 'Achète ses shampoings chez un dog groomer voisin.')).toEqual([]);
    expect(ids('Northside Boarding Kennel', 'Achète des bains auprès du dog groomer voisin.')).toEqual([]);
    expect(ids('Northside Boarding Kennel', 'Hersteller von Hundebetten für boarding kennels.')).toEqual([]);
    expect(ids('Northside Boarding Kennel', 'Großhändler von Hundefutter für doggy daycare Betriebe.')).toEqual([]);
  });

  it('is still its segment when "à" ends another word ("là")', () => {
    expect(ids('Northside Boarding Kennel', 'Vend ses chiots là où passent des dog groomers.')).toEqual(['boarding']);
  });

  it('is none of them when it asks to have one recommended', () => {
    expect(ids('Northside Boarding Kennel', 'Asked if we can recommend a dog groomer in Reno.')).toEqual([]);
    expect(ids('Northside Boarding Kennel', 'Can you recommend a doggy daycare nearby?')).toEqual([]);
    expect(ids('Northside Boarding Kennel', 'Asked us to recommend a dog groomer for their guests.')).toEqual([]);
  });

  it('is still its segment when one of them refers or recommends the business, or it recommends the vendor to them', () => {
    expect(ids('Northside Boarding Kennel', 'Recommended by Paws & Co boarding kennel down the road.')).toEqual(['boarding']);
    expect(ids('Northside Boarding Kennel', 'Referred to us by another boarding kennel.')).toEqual(['boarding']);
    expect(ids('Northside Boarding Kennel', 'Referred by a dog groomer to us last spring.')).toEqual(['boarding']);
    expect(ids('Northside Boarding Kennel', 'Happy so far; would recommend us to other boarding kennels.')).toEqual(['boarding']);
  });

  it('keeps its pains when one of them referred it', () => {
    const withPains = compileTaxonomy({
      personas: [],
      industries: [
        { id: 'boarding', label: 'Dog boarding kennels', aliases: ['boarding kennel'] },
        { id: 'grooming', label: 'Dog grooming salons', aliases: ['dog groomer'] },
      ],
      painPoints: [{ id: 'double-booking', label: 'Double bookings', aliases: ['double booked'] }],
    });
    const read = resolveProspect(
      { company: 'Northside Boarding Kennel', notes: 'Referred to us by a dog groomer nearby. Owners keep getting double booked.' },
      withPains,
    );
    expect(read.industries.map((r) => r.id)).toEqual(['boarding']);
    expect(read.painPoints.map((r) => r.id)).toEqual(['double-booking']);
  });
});

describe("a company's name whose head is another kind of business", () => {
  // A vendor to kayak businesses: "paddle" is a word only the outfitters' entry uses.
  const kayaks = ofIndustries([
    { id: 'outfitters', label: 'Kayak outfitters', aliases: ['paddle rental'] },
    { id: 'clubs', label: 'Canoe clubs', aliases: [] },
    { id: 'dealers', label: 'Kayak dealers', aliases: [] },
  ]);
  const ids = (company: string) => resolveIndustries({ company }, kayaks).map((r) => r.id);

  it('is not the entry one of its describing words shares', () => {
    expect(ids('Riverside Paddle Co.')).toEqual(['outfitters']);
    expect(ids('Riverside Paddle School')).toEqual([]);
    expect(ids('Riverside Paddle Hospital')).toEqual([]);
  });
});

describe('an entry named "X Y services"', () => {
  const laundry = compileTaxonomy({
    personas: [],
    painPoints: [],
    industries: [
      { id: 'cleanroom', label: 'Cleanroom garment services', aliases: ['controlled environment laundry'] },
      { id: 'hotel', label: 'Hotel linen services', aliases: ['hospitality linen'] },
      { id: 'legal', label: 'Legal services', aliases: [] },
    ],
  });
  const ids = (p: { industry?: string; company?: string; notes?: string }) => resolveIndustries(p, laundry).map((r) => r.id);

  it('is named by the notes saying "X Y" without the head', () => {
    expect(ids({ industry: 'Semiconductors', company: 'ClearAir', notes: 'Cleanroom garments for two fabs; rejects are up.' })).toEqual(['cleanroom']);
  });

  it('not by one word before "services"', () => {
    expect(ids({ company: 'Acme', notes: 'Legal questions about the contract.' })).toEqual([]);
  });
});

describe('a word of another language that is one of the taxonomy’s words by its Latinate ending', () => {
  const farms = compileTaxonomy({
    personas: [],
    painPoints: [],
    industries: [
      { id: 'coops', label: 'Grain cooperatives', aliases: ['cooperative'] },
      { id: 'day', label: 'Day centres', aliases: [] },
      { id: 'vineyards', label: 'Vineyards', aliases: [] },
    ],
  });
  const read = (company: string) => resolveIndustries({ company }, farms).map((r) => r.id);

  it('reads it as that word, in the six languages', () => {
    expect(read('Cooperativa Agrícola del Duero')).toEqual(['coops']);
    expect(read('Coöperatie Graanunie U.A.')).toEqual(['coops']);
  });

  it('not where the lexicon reads the word otherwise, nor where the taxonomy has no such word', () => {
    expect(read('Centro de Día Las Rosas')).toEqual(['day']);
    expect(read('Federación Agraria del Sur')).toEqual([]);
  });
});

describe('a word of a company’s name spelt as another language spells one of the taxonomy’s words', () => {
  const faiths = compileTaxonomy({
    personas: [],
    painPoints: [],
    industries: [
      { id: 'protestant', label: 'Protestant & free churches', aliases: ['evangelical', 'free church'] },
      { id: 'catholic', label: 'Catholic parishes & dioceses', aliases: ['parish', 'diocese', 'parroquia'] },
      { id: 'federations', label: 'Denominations & church federations', aliases: ['church federation'] },
    ],
  });
  const read = (company: string) => resolveIndustries({ company }, faiths).map((r) => r.id);

  it('reads it as that word: a doubled letter once, a last vowel off', () => {
    expect(read('Paróquia de São Vicente de Fora')).toEqual(['catholic']);
    expect(read('Diocesi di Valdorsa')).toEqual(['catholic']);
    expect(read('Église protestante unie de Lyon')).toEqual(['protestant']);
  });

  it('reads a Dutch or German adjective ending "-se" or "-sche" as its word', () => {
    expect(read('Protestantse Gemeente Zwolle-Zuid')).toEqual(['protestant']);
  });

  it('not a word whose key no written word shares', () => {
    expect(read('Editora Lumen Sacra')).toEqual([]);
  });

  it('reads the notes the same way, as it reads the company’s name and the CRM value (twenty-second round)', () => {
    const byNotes = (notes: string) => resolveIndustries({ notes }, faiths).map((r) => r.id);
    expect(byNotes('Coordina gli uffici della Diocesi di Valdorsa; archivio ancora cartaceo.')).toEqual(['catholic']);
    expect(byNotes('Secretaria da Paróquia, quer menos papel.')).toEqual(['catholic']);
    expect(byNotes('Editora Lumen Sacra, livros e revistas.')).toEqual([]);
  });
});

describe('a kind of business read through other names of its kind', () => {
  const faiths = compileTaxonomy({
    personas: [],
    painPoints: [],
    industries: [
      { id: 'protestant', label: 'Protestant & free churches', aliases: ['Lutheran', 'Freikirche'] },
      { id: 'catholic', label: 'Catholic parishes & dioceses', aliases: ['parish', 'diocese', 'parroquia'] },
      { id: 'federations', label: 'Denominations & church federations', aliases: ['Landeskirche', 'synod'] },
      { id: 'mosques', label: 'Mosques & Islamic centres', aliases: ['mosque', 'Moschee'] },
    ],
  });
  const read = (company: string) => resolveIndustries({ company }, faiths).map((r) => r.id);

  it('says none of two entries it reaches only through other names ("Kerk" is no parish and no federation)', () => {
    expect(read('Gereformeerde Kerk Kampen')).toEqual([]);
    expect(read('Igreja Batista da Lapa')).toEqual([]);
    expect(read('Cathedral of St. Mary')).toEqual([]);
  });

  it('reads a compound whose first part is one of the taxonomy’s one-word names as that name', () => {
    expect(read('Moscheeverein Al-Huda Wuppertal e.V.')).toEqual(['mosques']);
    expect(read('Synodalverband Nord')).toEqual(['federations']);
    expect(read('Landesbank Nord')).toEqual([]);
  });

  it('still reads the one entry it reaches, or an entry the name says', () => {
    const oneFaith = compileTaxonomy({
      personas: [],
      painPoints: [],
      industries: [
        { id: 'catholic', label: 'Catholic parishes & dioceses', aliases: ['parish', 'diocese'] },
        { id: 'banks', label: 'Food banks', aliases: ['food pantry'] },
      ],
    });
    expect(resolveIndustries({ company: 'Gereformeerde Kerk Kampen' }, oneFaith).map((r) => r.id)).toEqual(['catholic']);
    expect(read('Masjid Al-Noor Mosque')).toEqual(['mosques']);
  });
});

describe('a kind of business the taxonomy divides into kinds by their shared head', () => {
  const brewing = compileTaxonomy({
    personas: [],
    painPoints: [],
    industries: [
      { id: 'craft', label: 'Craft and microbreweries', aliases: ['craft brewery', 'microbrewery'] },
      { id: 'regional', label: 'Regional and family breweries', aliases: ['regional brewery', 'family brewery'] },
      { id: 'pubs', label: 'Brewpubs and taprooms', aliases: ['brewpub', 'taproom'] },
    ],
  });
  const read = (company: string, c = brewing) => resolveIndustries({ company }, c).map((r) => r.id);

  it('reads a company named by that head as the first of its kinds, not a neighbour its segment group names', () => {
    expect(read('Copper Kettle Brewery')).toEqual(['craft']);
    // Through the lexicon, in other languages.
    expect(read('Brouwerij De Gouden Kraan')).toEqual(['craft']);
    expect(read('Birrificio del Lago')).toEqual(['craft']);
  });

  it('still reads the neighbour when the name says it', () => {
    expect(read('Old Town Taproom')).toEqual(['pubs']);
  });

  it('reads the group as before where one entry alone has that head', () => {
    const bars = compileTaxonomy({
      personas: [],
      painPoints: [],
      industries: [
        { id: 'craft', label: 'Craft breweries', aliases: ['craft brewery'] },
        { id: 'pubs', label: 'Brewpubs and taprooms', aliases: ['brewpub', 'taproom'] },
      ],
    });
    expect(read('Copper Kettle Brewery', bars)).toEqual(['pubs']);
  });
});

describe('a CRM sector that gives several entries, narrowed by the head they share in the company name', () => {
  const kidney = compileTaxonomy({
    personas: [],
    painPoints: [],
    industries: [
      { id: 'independent', label: 'Independent dialysis providers', aliases: ['dialysis center', 'independent dialysis'] },
      { id: 'hospital', label: 'Hospital-based dialysis units', aliases: ['hospital dialysis', 'acute dialysis'] },
      { id: 'home', label: 'Home dialysis programs', aliases: ['home hemodialysis', 'peritoneal dialysis'] },
    ],
  });
  const read = (industry: string, company: string) => resolveIndustries({ industry, company }, kidney).map((r) => r.id);

  it('reads the first of the kinds of that head among the sector’s entries', () => {
    // The sector alone reads several entries, and so none (a guess between kinds is no reading).
    expect(read('Healthcare', 'Pruitt Associates')).toEqual([]);
    expect(read('Healthcare', 'Metro East Dialysis')).toEqual(['independent']);
  });

  it('leaves a name that says a qualifier to that entry', () => {
    expect(read('Healthcare', 'Valley Home Dialysis')).toEqual(['home']);
  });

  it('gives way to an entry the notes name by its alias', () => {
    const withNotes = (notes: string) => resolveIndustries({ industry: 'Healthcare', company: 'Metro East Dialysis', notes }, kidney).map((r) => r.id);
    expect(withNotes('Acute dialysis for three hospitals.')).toEqual(['hospital']);
    expect(withNotes('Asked about scheduling.')).toEqual(['independent']);
  });
});

/** A taxonomy of industries alone. */
const ofIndustries = (industries: { id: string; label: string; aliases: string[] }[]) => compileTaxonomy({ personas: [], painPoints: [], industries });

describe('many sites said by the kind of site the group entry counts, in the plural', () => {
  const pharmacies = ofIndustries([
    { id: 'independent', label: 'Independent community pharmacies', aliases: ['independent pharmacy', 'Apotheke'] },
    { id: 'chain', label: 'Pharmacy chains & groups', aliases: ['pharmacy chain', 'pharmacy group'] },
    { id: 'hospital', label: 'Hospital pharmacy', aliases: ['hospital pharmacy'] },
  ]);
  const read = (p: { industry?: string; company?: string; notes?: string }) => resolveIndustries(p, pharmacies).map((r) => r.id);

  it('reads a German plural in "-en" through its singular in "-e"', () => {
    expect(industryWords('Apotheken')).toEqual(industryWords('Apotheke'));
  });

  it('reads a company named by the kind in the plural as the group entry, in place of the one-site entry', () => {
    expect(read({ company: 'ApoNed Apotheken' })).toEqual(['chain']);
    expect(read({ industry: 'Pharmacies', company: 'Farmacie Comunali Riunite' })).toEqual(['chain']);
    expect(read({ company: 'Riverside Pharmacies' })).toEqual(['chain']);
    // The singular, in any language, is one site.
    expect(read({ company: 'Löwen-Apotheke am Markt' })).toEqual(['independent']);
    expect(read({ company: 'Pharmacie du Centre' })).toEqual(['independent']);
    expect(read({ company: 'Farmacia Ortega' })).toEqual(['independent']);
  });

  it('reads a count of five or more of the kind in the plural, not a count of the customers’', () => {
    expect(read({ industry: 'Retail', company: 'Zorg B.V.', notes: '48 apotheken. Marges onder druk.' })).toEqual(['chain']);
    expect(read({ industry: 'Retail', company: 'Salute S.p.A.', notes: 'Click & collect per le 28 farmacie comunali.' })).toEqual(['chain']);
    expect(read({ industry: 'Retail', company: 'Zorg B.V.', notes: '3 apotheken in de stad.' })).not.toContain('chain');
    expect(read({ industry: 'Wholesale', company: 'Nordpharma GmbH', notes: 'Pharmagroßhandel, beliefert 900 Apotheken.' })).not.toContain('chain');
    expect(read({ industry: 'Wholesale', company: 'Medline', notes: 'We serve 400 pharmacies in the region.' })).not.toContain('chain');
  });
});

describe('a word of a CRM value bound in a two-word sector name', () => {
  const pharmacies = ofIndustries([
    { id: 'hospital', label: 'Hospital pharmacy', aliases: ['clinic pharmacy'] },
    { id: 'para', label: 'Parapharmacy & health retail', aliases: ['health store'] },
    { id: 'community', label: 'Community pharmacies', aliases: [] },
  ]);
  const read = (industry: string) => resolveIndustries({ industry }, pharmacies).map((r) => r.id);

  it('gives way to the entry another word of the value names', () => {
    expect(read('Hospitals and Health Care')).toEqual(['hospital']);
    expect(read('Hôpitaux et services de santé')).toEqual(['hospital']);
  });

  it('still names an entry when no other word does', () => {
    expect(read('Health Care')).toEqual(['para']);
  });
});

describe('a kind of business whose alias only says a group', () => {
  const cinemas = ofIndustries([
    { id: 'multiplex', label: 'Multiplex circuits', aliases: ['multiplex', 'cinema chain'] },
    { id: 'independent', label: 'Independent & arthouse cinemas', aliases: ['arthouse', 'single screen'] },
    { id: 'dine', label: 'Dine-in cinemas', aliases: ['dine-in'] },
  ]);
  const read = (p: { industry?: string; company?: string; notes?: string }) => resolveIndustries(p, cinemas).map((r) => r.id);

  it('is not read from a count of sites beside another kind read', () => {
    expect(read({ company: 'Cinema Supper Club', notes: 'dine-in, 5 locations.' })).toEqual(['dine']);
  });

  it('is read from a group or the kind in the plural in the name, and from a count where nothing else is read', () => {
    expect(read({ company: 'Empire Screens Group', notes: 'Arthouse programme on Sundays.' })).toContain('multiplex');
    expect(read({ company: 'Vantage Cinemas' })).toEqual(['multiplex']);
    expect(read({ company: 'Vantage Holdings', notes: 'We run 12 sites.' })).toEqual(['multiplex']);
  });
});

describe('a CRM value that says services sold to consumers', () => {
  const washes = ofIndustries([
    { id: 'express', label: 'Express exterior tunnels', aliases: ['express car wash', 'tunnel wash'] },
    { id: 'full', label: 'Full-service & flex washes', aliases: ['full service car wash', 'hand wash'] },
    { id: 'cstore', label: 'Convenience stores & fuel', aliases: ['gas station', 'convenience store', 'fuel retailer'] },
  ]);
  const read = (p: { industry?: string; company?: string; notes?: string }) => resolveIndustries(p, washes).map((r) => r.id);

  it('names no sector: a car wash filed under "Consumer Services" or "Service Retail" is not read as a shop', () => {
    expect(sectorsOf(industryWords('Consumer Services'))).toEqual([]);
    expect(sectorsOf(industryWords('Service Retail'))).toEqual([]);
    expect(read({ industry: 'Consumer Services', company: 'Crystal Clear Express' })).not.toContain('cstore');
    expect(read({ industry: 'Service Retail', company: 'Blue Wave Wash', notes: 'Opening 3 new tunnels; the tunnel wash club sells badly.' })).toEqual(['express']);
  });

  it('leaves the retail sector its shops', () => {
    expect(read({ industry: 'Retail', company: 'Petro Pantry Stores' })).toEqual(['cstore']);
  });
});

describe('an alias joined by "and"', () => {
  const golf = ofIndustries([
    { id: 'private', label: 'Private & country clubs', aliases: ['private club', 'golf and country club'] },
    { id: 'public', label: 'Public & semi-private courses', aliases: ['golf course', 'semi-private'] },
    { id: 'municipal', label: 'Municipal golf', aliases: ['city golf course', 'parks and recreation'] },
  ]);
  const read = (p: { industry?: string; company?: string; notes?: string }) => resolveIndustries(p, golf).map((r) => r.id);

  it('is said whole: one of its words is not the alias', () => {
    expect(read({ industry: 'Recreation', company: 'Harbor Hills Tennis Club' })).toEqual([]);
    expect(read({ industry: 'Recreation', company: 'Mesa Verde Golf Club', notes: 'Semi-private course in Arizona.' })).toEqual(['public']);
    expect(read({ industry: 'Parks and Recreation' })).toEqual(['municipal']);
  });

  it('leaves the label its parts', () => {
    expect(read({ company: 'Old Quarry Country Club' })).toEqual(['private']);
  });
});

describe('a co-operative in any spelling', () => {
  const honey = ofIndustries([
    { id: 'coops', label: 'Beekeeping co-operatives', aliases: ['beekeepers cooperative', 'honey co-op'] },
    { id: 'packers', label: 'Honey packers', aliases: ['honey packer'] },
  ]);
  const read = (company: string) => resolveIndustries({ company }, honey).map((r) => r.id);

  it('reads "cooperative", "co-operative", "coop" and other languages’ "cooperativa" as one word', () => {
    expect(industryWords('Honey Co-operative')).toEqual(industryWords('honey coop'));
    expect(read('Heartland Honey Cooperative')).toEqual(['coops']);
    expect(read('Prairie Bloom Honey Co-operative')).toEqual(['coops']);
    expect(read('Mountain Bloom Beekeepers Coop')).toEqual(['coops']);
    expect(read('Miellerie du Bocage, coopérative des apiculteurs')).toEqual([]);
    expect(industryWords('Cooperativa Apicoltori')[0]).toBe(industryWords('cooperative')[0]);
    expect(industryWords('Coöperatie')[0]).toBe(industryWords('co-op')[0]);
  });

  it('leaves the surname Cooper and other words that start like it', () => {
    expect(industryWords('Cooper Honey')).not.toContain(industryWords('co-op')[0]);
    expect(industryWords('coordination')).not.toContain(industryWords('co-op')[0]);
  });
});

describe('an entry’s name said apart in a company’s name, ending with its head', () => {
  const honey = ofIndustries([
    { id: 'coops', label: 'Beekeeping co-operatives', aliases: ['honey co-op'] },
    { id: 'apiaries', label: 'Commercial apiaries', aliases: ['honey farm'] },
    { id: 'packers', label: 'Honey packers', aliases: ['honey packer'] },
  ]);
  const read = (company: string, industry?: string) => resolveIndustries({ company, industry }, honey).map((r) => r.id);

  it('reads the words of a name with the business’s own words between', () => {
    expect(read('Red River Valley Honey Producers Coop')).toEqual(['coops']);
    expect(read('Red River Valley Honey Producers Coop Inc.', 'Agriculture')).toEqual(['coops']);
    expect(read('Sweetwater Honey & Bee Farm')).toEqual(['apiaries']);
  });

  it('not in another order, nor when the head is not the name’s', () => {
    expect(read('Coop Honey Store')).toEqual([]);
    expect(read('Honey Ridge Coop Bakery Supplies')).toEqual([]);
  });
});

describe('one kind guessed from a CRM sector alone', () => {
  const parks = ofIndustries([
    { id: 'theme', label: 'Theme & amusement parks', aliases: ['amusement park'] },
    { id: 'water', label: 'Water parks', aliases: ['waterpark'] },
    { id: 'fec', label: 'Family entertainment centers', aliases: ['FEC', 'trampoline park'] },
    { id: 'piers', label: 'Piers & boardwalks', aliases: ['pier'] },
  ]);
  const read = (p: { industry?: string; company?: string; notes?: string }) => resolveIndustries(p, parks).map((r) => r.id);

  it('is not read from a sector its names say only by a qualifier, when the value says none of their words', () => {
    // "entertainment" puts the centres in the media sector, as it does "Sports" and "Museums and Institutions".
    expect(read({ industry: 'SPORTS', company: 'Riverside Ballpark' })).toEqual([]);
    expect(read({ industry: 'MUSEUMS_AND_INSTITUTIONS', company: 'Harborview Aquarium' })).toEqual([]);
  });

  it('is read when the value says a word of its names', () => {
    expect(read({ industry: 'Entertainment Providers', company: 'Bounce Town' })).toEqual(['fec']);
  });

  it('is read when its names say the sector by their head, or the sector says who owns the business', () => {
    const farms = ofIndustries([
      { id: 'apiaries', label: 'Commercial apiaries', aliases: ['honey farm'] },
      { id: 'coops', label: 'Beekeeping co-operatives', aliases: [] },
    ]);
    expect(resolveIndustries({ industry: 'Agriculture', company: 'Benton Bees' }, farms).map((r) => r.id)).toEqual(['apiaries']);
    const harbors = ofIndustries([
      { id: 'public', label: 'Municipal & public harbors', aliases: [] },
      { id: 'private', label: 'Private marinas', aliases: [] },
    ]);
    expect(resolveIndustries({ industry: 'Government Administration', company: 'Village of Cedar Shores' }, harbors).map((r) => r.id)).toEqual(['public']);
  });
});

describe('a CRM sector name’s word that an entry has only in a word formed from it', () => {
  const schools = ofIndustries([
    { id: 'districts', label: 'Public school districts', aliases: ['school district', 'public schools'] },
    { id: 'charter', label: 'Charter & private schools', aliases: ['charter school'] },
    { id: 'agencies', label: 'Educational service agencies & co-ops', aliases: ['BOCES'] },
  ]);
  const read = (p: { industry?: string; company?: string; notes?: string }) => resolveIndustries(p, schools).map((r) => r.id);

  it('does not name the entry: "Education" is not "Educational service agencies"', () => {
    expect(read({ industry: 'Education', company: 'Oakdale Elementary' })).toEqual([]);
    expect(read({ industry: 'Education', company: 'Millbrook Township Schools' })).not.toContain('agencies');
  });

  it('still names it by the word as the entry spells it', () => {
    expect(read({ industry: 'Educational Services', company: 'Oakdale Elementary' })).toEqual(['agencies']);
  });
});

describe('German "Genossenschaft" is a cooperative (twenty-second round)', () => {
  it('reads it, alone and as the head of a hyphenated name, as "cooperative" is read', () => {
    expect(industryWords('Genossenschaft')).toEqual(industryWords('cooperative'));
    expect(industryWords('Molkerei-Genossenschaft')).toEqual([...industryWords('dairy'), ...industryWords('cooperative')]);
  });
});

describe('a company name that joins two kinds of business', () => {
  // A vendor to boat businesses: a name may say two of its kinds with "&", one half by a whole alias, the other
  // by a word only one entry uses.
  const boats = ofIndustries([
    { id: 'yards', label: 'Boatyards', aliases: ['boat repair yard'] },
    { id: 'sail', label: 'Sailmakers', aliases: ['sail loft'] },
    { id: 'charter', label: 'Charter operators', aliases: ['yacht charter'] },
  ]);
  const ids = (company: string, industry?: string) => resolveIndustries({ company, industry }, boats).map((r) => r.id).sort();

  it('is both businesses when each half names one', () => {
    expect(ids('Harbour Yacht & Sail Loft')).toEqual(['charter', 'sail']);
    expect(ids('Sail Loft and Harbour Yacht')).toEqual(['charter', 'sail']);
  });

  it('is both businesses when the CRM value names one of them', () => {
    expect(ids('Harbour Yacht & Sail Loft', 'Sailmakers')).toEqual(['charter', 'sail']);
  });

  it('is the one business when a half names nothing', () => {
    expect(ids('Harbour Friends & Sail Loft')).toEqual(['sail']);
  });
});

describe("a joined name's second half said by the vendor's trade word (fifty-third round)", () => {
  // A vendor to kite businesses: "kite" is in most entries' names, so alone it names no one entry; the one entry
  // named "kite" and a word for a business of the trade ("shops") is the half where the notes say the word too.
  const kites = ofIndustries([
    { id: 'schools', label: 'Kite schools', aliases: ['kiteboarding lessons'] },
    { id: 'shops', label: 'Kite shops', aliases: [] },
    { id: 'events', label: 'Kite festivals', aliases: [] },
    { id: 'rentals', label: 'Beach rentals', aliases: ['board rental'] },
  ]);
  const ids = (company: string, notes?: string) => resolveIndustries({ company, notes }, kites).map((r) => r.id).sort();

  it('reads the half as the trade\'s business where the notes say its word', () => {
    expect(ids('Windrow Board Rental & Kite', 'They also sell kite gear from the hut.')).toEqual(['rentals', 'shops']);
  });

  it('does not where the notes do not say it', () => {
    expect(ids('Windrow Board Rental & Kite', 'Open April to October.')).toEqual(['rentals']);
  });
});

describe('a CRM value sharing with an entry only a describing word', () => {
  // A vendor to bike businesses: "bike" is in every entry's name; one entry's alias says "recreation".
  const bikes = ofIndustries([
    { id: 'shops', label: 'Bike shops', aliases: ['bike store'] },
    { id: 'rentals', label: 'Bike rental fleets', aliases: [] },
    { id: 'campus', label: 'Campus bike programs', aliases: ['campus recreation'] },
    { id: 'repair', label: 'Mobile bike repair', aliases: [] },
  ]);
  const ids = (company: string, industry: string) => resolveIndustries({ company, industry }, bikes).map((r) => r.id);

  it("gives way to the entry the company's name says, when the value's word only qualifies its head", () => {
    expect(ids('Northside Bike', 'Recreational Facilities and Services')).toEqual(['shops']);
  });

  it('stays when the company name says nothing, or the value names the entry whole', () => {
    expect(ids('Northside Holdings', 'Recreational Facilities and Services')).toEqual(['campus']);
    expect(ids('Northside Bike', 'Campus Recreation')).toEqual(['campus']);
  });
});

describe('general words for kinds of business in the six languages (thirtieth round)', () => {
  // A vendor to scooter businesses: each entry's kind is a general word any trade uses.
  const scooters = ofIndustries([
    { id: 'repair', label: 'Scooter repair workshops', aliases: [] },
    { id: 'rental', label: 'Scooter rental', aliases: [] },
    { id: 'courier', label: 'Scooter courier services', aliases: [] },
  ]);
  const ids = (company: string) => resolveIndustries({ company }, scooters).map((r) => r.id);

  it('reads them alone and as the last part of a compound', () => {
    expect(industryWords('Noleggio')).toEqual(industryWords('rental'));
    expect(industryWords('Kurierdienst')).toEqual(industryWords('courier service'));
    expect(industryWords('Anbieter')).toEqual(industryWords('provider'));
    expect(industryWords('loja de bicicletas')[0]).toEqual(industryWords('shop')[0]);
  });

  it("names the entry whose kind a company's name says in another language", () => {
    expect(ids('Blitz Kurierdienst')).toEqual(['courier']);
  });
});

describe('words of one trade, or of another sense, are not general kinds of business (thirty-second round)', () => {
  const shops = ofIndustries([
    { id: 'bike', label: 'Bicycle shops', aliases: [] },
    { id: 'courier', label: 'Courier services', aliases: [] },
  ]);
  const ids = (company: string) => resolveIndustries({ company }, shops).map((r) => r.id);

  it('reads no courier in a newspaper named the messenger', () => {
    expect(ids('Corriere della Sera')).toEqual([]);
    expect(ids('El Mensajero Diario')).toEqual([]);
  });

  it('reads German "laden" alone as to load or charge, a shop only as the last part of a compound', () => {
    expect(ids('Schnell Laden GmbH')).toEqual([]);
    expect(ids('Akku Laden Service')).toEqual([]);
  });
});

describe('a compound of the vendor’s trade and a kind of business (thirtieth round)', () => {
  // A vendor to scooter businesses whose taxonomy names two kinds in German too.
  const scooters = ofIndustries([
    { id: 'shop', label: 'Scooter shops', aliases: ['Rollerhändler'] },
    { id: 'leasing', label: 'Scooter leasing providers', aliases: ['Dienstroller'] },
    { id: 'tours', label: 'Scooter tours', aliases: [] },
  ]);
  const ids = (notes: string, company = 'Meyer GmbH') => resolveIndustries({ company, notes }, scooters).map((r) => r.id);

  it('reads the first part as the trade a name of the taxonomy says, the last as the kind', () => {
    expect(ids('Dienstrolleranbieter mit 4.000 Verträgen.')).toEqual(['leasing']);
    expect(ids('Leasemaatschappij voor scooters van de zaak.')).toEqual(['leasing']);
    expect(ids('Rollerwerkstatt und Laden in Köln.')).toEqual(['shop']);
  });

  it('is no kind when the last part is no general word for a business', () => {
    expect(ids('Rollerkoffer und Helme im Versand.')).toEqual([]);
  });
});

describe('a compound of the vendor’s trade and its works or factory (thirty-sixth round)', () => {
  // A vendor to stone businesses whose taxonomy says one kind by its plant.
  const stone = ofIndustries([
    { id: 'granite', label: 'Granite processors', aliases: ['granite plant'] },
    { id: 'masons', label: 'Stone masons', aliases: [] },
    { id: 'quarries', label: 'Quarries', aliases: [] },
  ]);
  const ids = (notes: string, company = 'Meyer GmbH') => resolveIndustries({ company, notes }, stone).map((r) => r.id);

  it('reads a German or Dutch works or factory as the kind, the first part as the trade', () => {
    expect(ids('Granitwerk mit 40 Mitarbeitenden.')).toEqual(['granite']);
    expect(ids('Eigen granitfabriek in Limburg.')).toEqual(['granite']);
    expect(ids('Liefert Platten.', 'Granitwerke Bayern GmbH')).toEqual(['granite']);
  });

  it('is no kind when the first part is no word of the taxonomy', () => {
    expect(ids('Kunstwerk für die Eingangshalle.')).toEqual([]);
  });

  it('reads a Dutch or English text’s "-werk" as the work a trade does, not its plant', () => {
    // A vendor to building trades: a glazier who hires out painting work is no painter.
    const trades = ofIndustries([
      { id: 'painters', label: 'Painters', aliases: ['schildersbedrijf'] },
      { id: 'glaziers', label: 'Glaziers', aliases: ['glaszetter'] },
    ]);
    const read = (notes: string) => resolveIndustries({ company: 'Jansen BV', notes }, trades).map((r) => r.id);
    expect(read('Glaszetter; besteedt schilderwerk uit aan derden.')).toEqual(['glaziers']);
    expect(read('Glaziers; we outsource the schilderwerk.')).toEqual(['glaziers']);
  });
});

describe('a kind said head first in French, Spanish, Italian or Portuguese notes (thirty-eighth round)', () => {
  // A vendor to kennels whose taxonomy names two kinds by an English adjective or noun before the head.
  const kennels = ofIndustries([
    { id: 'boarding', label: 'Boarding kennels', aliases: ['kennel operator'] },
    { id: 'breeders', label: 'Breeders', aliases: ['portable kennels'] },
    { id: 'shelters', label: 'Animal shelters', aliases: [] },
  ]);
  const ids = (notes: string) => resolveIndustries({ company: 'Rossi Snc', notes }, kennels).map((r) => r.id);

  it('reads a head said before the word that describes it as the taxonomy’s name', () => {
    expect(ids('Operador de kennel con 40 plazas en Sevilla, la reserva se hace por teléfono.')).toEqual(['boarding']);
    expect(ids('Noleggio di kennel portabili per le fiere, il magazzino è pieno.')).toEqual(['breeders']);
  });

  it('keeps the order an English, German or Dutch text says', () => {
    expect(ids('Kennel operator asked about the pricing.')).toEqual(['boarding']);
    expect(ids('The kennel operator of the city shelter left.')).toEqual(['boarding']);
    expect(ids('Our kennel portable units are sold out.')).toEqual([]);
  });
});

describe('a group of people in a taxonomy’s names is no group of businesses (thirty-seventh round)', () => {
  // A vendor to research firms whose one "group" is a group of people the studios gather.
  const research = ofIndustries([
    { id: 'qual', label: 'Qualitative studios', aliases: ['focus groups', 'in-depth interviews'] },
    { id: 'panels', label: 'Online panel providers', aliases: ['panel provider'] },
    { id: 'pollsters', label: 'Pollsters', aliases: ['polling firm'] },
  ]);
  const ids = (company: string, notes?: string) => resolveIndustries({ company, notes }, research).map((r) => r.id);

  it('does not read a company’s "Group" as the entry of focus groups', () => {
    expect(ids('Harbor Insight Group', 'Polling firm, 40 staff.')).toEqual(['pollsters']);
    expect(ids('Harbor Insight Group')).toEqual([]);
  });

  it('still reads the entry where the notes name it', () => {
    expect(ids('Harbor Insight Group', 'Runs focus groups in 3 cities.')).toEqual(['qual']);
  });
});


describe('the kind of body a company is, said at its name’s head in any order (thirty-seventh round)', () => {
  // A vendor to fruit growing whose taxonomy tells its bodies apart: growers’ associations, cooperatives, federations.
  const fruit = ofIndustries([
    { id: 'orchards', label: 'Orchards', aliases: ['apple orchard'] },
    { id: 'associations', label: 'Fruit growers’ associations', aliases: ['growers’ association'] },
    { id: 'coops', label: 'Fruit cooperatives', aliases: [] },
    { id: 'federations', label: 'Federations', aliases: ['growers federation'] },
    { id: 'packers', label: 'Packers', aliases: ['packhouse'] },
  ]);
  const ids = (company: string, notes = 'Kauft Kisten.') => resolveIndustries({ company, notes }, fruit).map((r) => r.id);

  it('reads the body said first, as the Romance languages put a name’s head, or last', () => {
    expect(ids('Associazione Frutticoltori Val di Non')).toEqual(['associations']);
    expect(ids('Cooperativa Frutticola del Trentino')).toEqual(['coops']);
    expect(ids('Kent Packhouse Federation')).toEqual(['federations']);
  });

  it('reads a compound’s last part and a legal form that say the body', () => {
    expect(ids('Obstbauernvereinigung Bodensee w.V.')).toEqual(['associations']);
    expect(ids('Koninklijke Fruitteelt Bond', 'Bond van 300 telers, met eigen keuring.')).toEqual(['federations']);
    expect(ids('Altländer Obsthof eG', 'Packhouse mit drei Linien.')).toEqual(['coops', 'packers']);
    expect(ids('Magazzino Sociale di Lagnasco')).toEqual(['coops']);
  });

  it('is no body said inside the name', () => {
    expect(ids('Hillside Vereinigung Orchards')).toEqual(['orchards']);
  });

  it('reads a consortium or community of members as the association where no entry names its kind', () => {
    expect(ids('Consorzio Frutticoltori Alto Adige')).toEqual(['associations']);
    expect(ids('Comunidad de Regantes del Valle')).toEqual(['associations']);
    expect(ids('Cooperativa Frutticola del Trentino')).toEqual(['coops']);
    // A body of several municipalities is a public body, not the members' association.
    expect(ids('Communauté de communes du Val de Loire')).not.toContain('associations');
  });
});

describe('a body word that is another word, or a name that says another kind (review of the thirty-seventh round)', () => {
  const trades = ofIndustries([
    { id: 'assoc', label: 'Trade associations', aliases: ['industry association'] },
    { id: 'fed', label: 'Sports federations', aliases: ['sports federation'] },
    { id: 'roof', label: 'Roofing contractors', aliases: ['roofer'] },
    { id: 'dental', label: 'Dental practices', aliases: ['Zahnarztpraxis'] },
    { id: 'housing', label: 'Social housing providers', aliases: ['social landlord'] },
    { id: 'adh', label: 'Adhesives manufacturers', aliases: ['adhesives'] },
  ]);
  const ids = (company: string, notes?: string, industry?: string) => resolveIndustries({ company, notes, industry }, trades).map((r) => r.id);
  const coops = ofIndustries([
    { id: 'coop', label: 'Cooperatives', aliases: ['cooperative'] },
    { id: 'assoc', label: 'Trade associations', aliases: ['industry association'] },
  ]);

  it('reads capitals as a German legal form only in German text, and the dotted forms anywhere', () => {
    expect(ids('Quillon Roofing WV', undefined, 'Construction')).toEqual(['roof']);
    expect(ids('Brenvo EV')).toEqual([]);
    expect(ids('Team EG')).toEqual([]);
    expect(ids('Brenvo e.V.')).toEqual(['assoc']);
    expect(ids('Brenvo EV', 'Ein Verein mit 40 Betrieben, der für die Mitglieder einkauft.')).toEqual(['assoc']);
  });

  it('reads "bond" only in German or Dutch text, and not after a brand’s prefix', () => {
    expect(ids('Superbond Adhesives')).toEqual(['adh']);
    expect(ids('Premier Bond')).toEqual([]);
    expect(ids('Ultrabond', 'Ze leveren aan de bouw.')).toEqual([]);
    expect(ids('Nederlandse Zwemvlotbond', 'Bond met 200 verenigingen.')).toEqual(['fed']);
  });

  it('reads a federation from a name alone: a "-bond" compound, or "bond" where the name reads no English (review of the thirty-eighth round)', () => {
    expect(ids('Koninklijke Gelderse Zwirrelbond')).toEqual(['fed']);
    expect(ids('Quorvelbond Oost')).toEqual(['fed']);
    expect(ids('Gelderse Zwirrel Bond')).toEqual(['fed']);
    expect(ids('Gelderse Zwirrel Bond', 'The federation runs 300 clubs.')).toEqual(['fed']);
    expect(ids('The Quillon Bond')).toEqual([]);
    expect(ids('Prime Bond')).toEqual([]);
  });

  it('reads a community of producers as the association ("Erzeugergemeinschaft"), no other community', () => {
    expect(ids('Erzeugergemeinschaft Quellental')).toEqual(['assoc']);
    expect(ids('Winzergemeinschaft Brennhof')).toEqual(['assoc']);
    expect(ids('Spielgemeinschaft Brennhof')).toEqual([]);
  });

  it('reads no community of any kind as the association ("Arbeitsgemeinschaft", "Praxisgemeinschaft")', () => {
    expect(ids('Arbeitsgemeinschaft Quellental')).toEqual([]);
    expect(ids('Praxisgemeinschaft Dr. Ostrander')).toEqual([]);
  });

  it('reads Italian "sociale" after a house of a trade in the plural as a cooperative (review of the thirty-eighth round)', () => {
    expect(resolveIndustries({ company: 'Cantine Sociale di Vallorta' }, coops).map((r) => r.id)).toEqual(['coop']);
    expect(resolveIndustries({ company: 'Frantoi Sociale del Morvel' }, coops).map((r) => r.id)).toEqual(['coop']);
  });

  it('reads Italian "sociale" as a cooperative only after a house of a trade', () => {
    expect(ids('Edilizia Sociale Varenna')).toEqual(['housing']);
    expect(ids('Action Sociale du Morvel')).toEqual(['housing']);
  });

  it('leaves the entry the name and the notes both name whole to the body word', () => {
    expect(ids('Zahnarztpraxis am Brennhof eG', 'Eine Zahnarztpraxis mit vier Behandlungszimmern.')).toEqual(['dental']);
    expect(ids('Zahnarztpraxis am Brennhof eG')).toEqual(['assoc']);
  });
});

describe('an English compound of two of the taxonomy’s words in a company’s name (thirtieth round)', () => {
  const fleets = ofIndustries([
    { id: 'owners', label: 'Fleet owners', aliases: ['truck owner'] },
    { id: 'managers', label: 'Fleet managers', aliases: ['fleet management'] },
  ]);
  it('reads a word whose read ending is one of them ("...management" read stemmed)', () => {
    expect(resolveIndustries({ company: 'Koster Fleetmanagement BV' }, fleets).map((r) => r.id)).toEqual(['managers']);
  });
});

describe('a CRM value of the vendor’s market that leads to no entry (thirty-first round)', () => {
  // A vendor to shipping businesses: "Maritime Transportation" says the market and guesses two kinds, naming neither.
  const shipping = ofIndustries([
    { id: 'ferries', label: 'Ferry operators', aliases: ['ferry', 'passenger shipping'] },
    { id: 'tankers', label: 'Tanker owners', aliases: ['tanker', 'shipping company'] },
    { id: 'offshore', label: 'Offshore & wind vessels', aliases: ['offshore supply', 'offshore wind'] },
  ]);
  const ids = (company: string) => resolveIndustries({ company, industry: 'Maritime Transportation' }, shipping).map((r) => r.id);

  it("gives way to the kind the company's name says in the taxonomy's words", () => {
    expect(ids('Baltic Offshore Logistics AB')).toEqual(['offshore']);
  });

  it('still reads nothing where the name says no kind', () => {
    expect(ids('Baltic Logistics AB')).toEqual([]);
  });
});

describe('a taxonomy read again after the lexicon changes (thirty-second round)', () => {
  it('reads a compound of the trade and a kind the new table knows as a freshly compiled taxonomy does', () => {
    const industries = [
      { id: 'shop', label: 'Scooter shops', aliases: ['Rollerhändler'] },
      { id: 'leasing', label: 'Scooter leasing providers', aliases: ['Dienstroller'] },
    ];
    const scooters = ofIndustries(industries);
    const ids = (c: ReturnType<typeof ofIndustries>) => resolveIndustries({ company: 'Meyer Rollerplunk' }, c).map((r) => r.id);
    expect(ids(scooters)).toEqual([]);
    useForeignNouns('plunk shop');
    try {
      expect(ids(ofIndustries(industries))).toEqual(['shop']);
      expect(ids(scooters)).toEqual(['shop']);
    } finally {
      useForeignNouns(undefined);
    }
    expect(ids(scooters)).toEqual([]);
  });
});

describe('kinds of business in other languages from NACE Rev. 2 class titles (thirty-third round)', () => {
  const industries = [
    { id: 'hair', label: 'Hair salons', aliases: ['hairdressing'] },
    { id: 'clubs', label: 'Amateur sports clubs', aliases: [] },
    { id: 'trucks', label: 'Truck dealers', aliases: ['trucks'] },
  ];
  const ids = (prospect: { company?: string; industry?: string; notes?: string }) => resolveIndustries(prospect, ofIndustries(industries)).map((r) => r.id);

  it('reads a title word of another language, in its plural or its person, as the English class title says it', () => {
    expect(naceWords('parrucchieri')).toBe('hairdressing beauty');
    expect(naceWords('parrucchiera')).toBe('hairdressing beauty');
    expect(ids({ company: 'Studio Parrucchiera Bellini' })).toEqual(['hair']);
    expect(ids({ company: 'Associazione Sportiva Valfiorita' })).toEqual(['clubs']);
  });

  it("reads Spanish and Portuguese class titles too, from Eurostat's own exports", () => {
    // ("peluquería" is the hand-written lexicon's since, and left out of the table as it is regenerated)
    expect(naceWords('fontaneria')).toBe('plumbing');
    expect(naceWords('cabeleireiros')).toBe('hairdressing beauty');
    expect(ids({ company: 'Peluquería Rosales' })).toEqual(['hair']);
    expect(ids({ company: 'Rosales Lda', industry: 'Cabeleireiro' })).toEqual(['hair']);
  });

  it('is read in the CRM industry value and the company name only, and can be turned off', () => {
    expect(ids({ company: 'Bellini & Co', notes: 'Siamo parrucchieri da trent anni' })).toEqual([]);
    // (the trade table reads the hairdresser too, since the thirty-fifth round: off with it)
    useNaceTable(undefined);
    useTradeTable(undefined);
    try {
      expect(ids({ company: 'Studio Parrucchiera Bellini' })).toEqual([]);
    } finally {
      useNaceTable(NACE_TABLE);
      useTradeTable(TRADE_TABLE);
    }
    expect(ids({ company: 'Studio Parrucchiera Bellini' })).toEqual(['hair']);
  });

  it('leaves an English word and a word the taxonomy or the lexicon reads as they are', () => {
    expect(ids({ company: 'Hairdressing Bellini' })).toEqual(['hair']);
    expect(ids({ company: 'Frisbee Supplies Ltd' })).toEqual([]);
  });

  it("reads no trade from a general word's sibling form, a function word or a plain adjective of the titles", () => {
    // "fabbricazione" (manufacture) and "actividades" are dropped as general words; their other forms went too
    for (const word of ['fabbrica', 'fabbriche', 'actividad', 'empresa', 'imprese', 'zentrale', 'vorbereitet', 'anderem', 'weniger', 'alterer'])
      expect(naceWords(word), word).toBeUndefined();
    const springs = [{ id: 'springs', label: 'Spring makers', aliases: ['springs', 'chain'] }, { id: 'cars', label: 'Car dealers', aliases: ['cars'] }];
    expect(resolveIndustries({ company: 'La Fabbrica del Pane' }, ofIndustries(springs))).toEqual([]);
    expect(resolveIndustries({ company: 'Weniger & Partner' }, ofIndustries(springs))).toEqual([]);
    expect(naceWords('parrucchieri')).toBe('hairdressing beauty');
  });
});

describe('kinds of business named by their people in other languages, from ESCO (thirty-fifth round)', () => {
  const industries = [
    { id: 'flues', label: 'Flue care firms', aliases: ['chimney sweep'] },
    { id: 'grooming', label: 'Grooming shops', aliases: ["gentlemen's barber"] },
    { id: 'firms', label: 'Mid-size firms', aliases: ['200 lawyers'] },
  ];
  const ids = (prospect: { company?: string; industry?: string; notes?: string }) => resolveIndustries(prospect, ofIndustries(industries)).map((r) => r.id);

  it("reads a company's name saying the trade's people as the entry whose name they head", () => {
    expect(tradeWords('deshollinadores')).toBe('sweep');
    expect(ids({ company: 'Deshollinadores del Sur S.L.' })).toEqual(['flues']);
    expect(ids({ company: 'Ramoneurs Savoyards SARL' })).toEqual(['flues']);
  });

  it("reads a workshop's word by the agent noun it is made from", () => {
    expect(tradeWords('barbearia')).toBe('barber');
    expect(ids({ company: 'Barbearia do Largo' })).toEqual(['grooming']);
  });

  it("leaves an English word of the name to the taxonomy's own reading, and can be turned off", () => {
    expect(ids({ company: 'Northgate Injury Lawyers' })).toEqual([]);
    useTradeTable(undefined);
    try {
      expect(ids({ company: 'Deshollinadores del Sur S.L.' })).toEqual([]);
      expect(ids({ company: 'Barbearia do Largo' })).toEqual([]);
    } finally {
      useTradeTable(TRADE_TABLE);
    }
  });
});

describe('review mends of the trade table (thirty-fifth round)', () => {
  it('reads no elided article joined to the word after it as a trade', () => {
    // "l'", "nell'" of a title once keyed the joined word: "linform*" read as information, "nellass*" as work
    expect(tradeWords('linformazzolo')).toBeUndefined();
    expect(tradeWords('nellassorbino')).toBeUndefined();
  });
});

describe('review mends of the trade table: word families and people (thirty-fifth round)', () => {
  const industries = [
    { id: 'roasting', label: 'Bean roasting houses', aliases: ['roaster'] },
    { id: 'wells', label: 'Water wells', aliases: ['water'] },
  ];
  const ids = (company: string) => resolveIndustries({ company }, ofIndustries(industries)).map((r) => r.id);
  const table = 'brandomeister roaster\nfontaniero water';

  it('reads a whole word or its plural, not another word that begins with its letters', () => {
    useTradeTable(table, 'roaster');
    try {
      expect(tradeWords('brandomeister')).toBe('roaster');
      expect(tradeWords('brandomeisters')).toBe('roaster');
      expect(tradeWords('brandomeistersbedrijf')).toBe('roaster');
      expect(tradeWords('brandomeisterbakker')).toBeUndefined();
      expect(ids('Brandomeisterbakker Quolm')).toEqual([]);
    } finally {
      useTradeTable(TRADE_TABLE);
    }
    // the shipped table once keyed "meester*" (of a Dutch master roaster's title): any word so begun read as a roaster
    expect(tradeWords('meesterquolm')).toBeUndefined();
  });

  it('counts as people only the words that name people', () => {
    useTradeTable(table, 'roaster');
    try {
      expect(tradePeople().has('roaster')).toBe(true);
      expect(tradePeople().has('water')).toBe(false);
    } finally {
      useTradeTable(TRADE_TABLE);
    }
    expect(tradePeople().has('water')).toBe(false);
    expect(tradePeople().has('sweep')).toBe(true);
  });
});

describe('a CRM value that says a whole sector of sibling entries (thirty-eighth round)', () => {
  // A vendor to eye care: "Medical Practice" is any of its clinical kinds, not the ophthalmologists its word shares.
  const eyeCare = ofIndustries([
    { id: 'ophthalmology', label: 'Ophthalmology practices', aliases: ['eye surgeons'] },
    { id: 'optometry', label: 'Optometry clinics', aliases: ['optometrist', 'eye exams'] },
    { id: 'optical', label: 'Optical retailers', aliases: ['optician', 'eyewear store'] },
  ]);
  const ids = (p: { industry: string; company?: string; notes?: string }) => resolveIndustries(p, eyeCare).map((r) => r.id);
  const notes = 'Optometry clinic with four optometrists.';

  it('gives way to the sibling the notes name', () => {
    expect(ids({ industry: 'Medical Practice', company: 'Lakeside Vision', notes })).toEqual(['optometry']);
  });

  it('still reads its entry where the name and the notes say no kind', () => {
    expect(ids({ industry: 'Medical Practice' })).toEqual(['ophthalmology']);
    expect(ids({ industry: 'Medical Practice', company: 'Lakeside Vision' })).toEqual(['ophthalmology']);
  });

  it('does not give way to a sibling the notes name as another party (review of the thirty-eighth round)', () => {
    const rival = 'Ophthalmology practice, 3 surgeons. Competes with the optometry clinic across the street.';
    expect(ids({ industry: 'Medical Practice', company: 'Lakeside Vision', notes: rival })).toEqual(['ophthalmology']);
    const peer = 'Eye surgeons, two sites. Works with the optometry clinic next door.';
    expect(ids({ industry: 'Medical Practice', company: 'Lakeside Vision', notes: peer })).toEqual(['ophthalmology']);
  });

  it('still decides where it names one entry', () => {
    expect(ids({ industry: 'Ophthalmology', company: 'Lakeside Vision', notes })).toEqual(['ophthalmology']);
    expect(ids({ industry: 'Retail', company: 'Lakeside Vision', notes })).toEqual(['optical']);
  });
});

describe('a sector that heads two of the vendor\'s entries (thirty-ninth round)', () => {
  // A vendor to process plants: "Manufacturing" is the head of chemical plants' and of breweries' names alike.
  const plants = ofIndustries([
    { id: 'chemical', label: 'Chemical plants', aliases: ['specialty chemicals'] },
    { id: 'brewing', label: 'Breweries', aliases: ['brewery restaurants', 'beer hotels'] },
    { id: 'water', label: 'Water utilities', aliases: ['waterworks'] },
  ]);
  const ids = (p: { industry: string; company?: string; notes?: string }) => resolveIndustries(p, plants).map((r) => r.id);

  it('guesses neither entry from the sector alone', () => {
    expect(ids({ industry: 'Manufacturing' })).toEqual([]);
    expect(ids({ industry: 'Machinery', company: 'Hollow Oak GmbH', notes: 'Met at a trade fair.' })).toEqual([]);
  });

  it('still guesses the one entry a sector heads', () => {
    expect(ids({ industry: 'Utilities', company: 'Hollow Oak GmbH' })).toEqual(['water']);
  });
});

describe('a CRM value naming another kind of business in the sector of one entry (thirty-ninth round)', () => {
  // A vendor to interior designers: its one entry of professional services is the design studios.
  const interiors = ofIndustries([
    { id: 'studios', label: 'Interior design studios', aliases: ['interior designer', 'design studio'] },
    { id: 'architects', label: 'Architecture practices', aliases: ['architect'] },
    { id: 'staging', label: 'Home staging companies', aliases: ['home stager'] },
  ]);
  const read = (p: { industry: string; company?: string; notes?: string }) => resolveIndustries(p, interiors).map((r) => r.id);

  it('does not read a value naming another kind of the sector as the entry', () => {
    expect(read({ industry: 'Human Resources', company: 'Northgate People Partners' })).toEqual([]);
    expect(read({ industry: 'Staffing and Recruiting' })).toEqual([]);
    expect(read({ industry: 'Law Practice' })).toEqual([]);
    expect(read({ industry: 'Ressources humaines' })).toEqual([]);
  });

  it('still reads the value naming the whole sector, or the entry’s own words', () => {
    expect(read({ industry: 'Professional Services' })).toEqual(['studios']);
    expect(read({ industry: 'Interior Design' })).toEqual(['studios']);
    expect(read({ industry: 'Design Services' })).toEqual(['studios']);
  });

  // A vendor whose entry is the sector itself: any value of the sector is that entry.
  const vertical = ofIndustries([
    { id: 'finance', label: 'Financial services firms', aliases: [] },
    { id: 'makers', label: 'Manufacturers', aliases: ['factory'] },
    { id: 'schools', label: 'Schools and universities', aliases: [] },
  ]);
  it('reads any value of the sector as an entry that names the whole sector', () => {
    expect(resolveIndustries({ industry: 'Insurance' }, vertical).map((r) => r.id)).toEqual(['finance']);
  });
});

describe('a company name that reads the wrong segment (thirty-ninth round)', () => {
  // An invented vendor to dentists: the group entry shares the trade's word with the kind guessed from it.
  const dentists = ofIndustries([
    { id: 'family', label: 'Family dentistry', aliases: ['dental practice', 'family dentist'] },
    { id: 'ortho', label: 'Orthodontic clinics', aliases: ['orthodontist'] },
    { id: 'groups', label: 'Multi-site dental groups', aliases: ['dental group'] },
  ]);
  const dentist = (company: string, notes: string) => resolveIndustries({ company, notes }, dentists).map((r) => r.id);

  it('reads a group of the trade\'s sites, not also the kind guessed from the trade\'s word', () => {
    expect(dentist('Riverbend Dental Partners', 'Runs 14 offices in two states.')).toEqual(['groups']);
  });

  it('still guesses the kind where nothing says a group', () => {
    expect(dentist('Riverbend Dental Care', 'One office, two dentists.')).toEqual(['family']);
  });
});

describe('a CRM value naming a whole sector in two names, another spelling or another language (review mend)', () => {
  // An invented vendor whose one entry of transport is the courier companies, and one whose one nonprofit entry is the charities.
  const couriers = ofIndustries([
    { id: 'couriers', label: 'Courier companies', aliases: [] },
    { id: 'schools', label: 'Private schools', aliases: [] },
    { id: 'dairy', label: 'Dairy farms', aliases: [] },
  ]);
  const charities = ofIndustries([
    { id: 'charities', label: 'Charities', aliases: [] },
    { id: 'schools', label: 'Private schools', aliases: [] },
    { id: 'dairy', label: 'Dairy farms', aliases: [] },
  ]);
  const ids = (industry: string, c: ReturnType<typeof ofIndustries>) => resolveIndustries({ industry }, c).map((r) => r.id);

  it('reads two names of the sector joined by "&" or "and", in any order or language, as the whole sector', () => {
    for (const value of ['Transportation & Logistics', 'Transport & Logistics', 'Logistics & Transportation', 'Supply Chain & Logistics', 'Transport und Logistik', 'Transporte y logística', 'Transport et logistique'])
      expect(ids(value, couriers), value).toEqual(['couriers']);
  });

  it('reads the sector’s name in British spelling or with a body word before it as the whole sector', () => {
    for (const value of ['Non-Profit Organisations', 'Organisations à but non lucratif', 'Organizaciones sin ánimo de lucro', 'Organizzazioni non profit'])
      expect(ids(value, charities), value).toEqual(['charities']);
  });

  it('still reads no other kind of the sector as the entry', () => {
    expect(ids('Warehousing & Storage', couriers)).toEqual([]);
    expect(ids('Religious Institutions', charities)).toEqual([]);
  });
});

describe('LinkedIn’s current names and "SaaS" name the whole technology sector (review mend)', () => {
  // Invented software vendors: one entry of software among schools and farms.
  const saas = ofIndustries([
    { id: 'saas', label: 'SaaS companies', aliases: [] },
    { id: 'schools', label: 'Private schools', aliases: [] },
    { id: 'dairy', label: 'Dairy farms', aliases: [] },
  ]);
  const b2b = ofIndustries([
    { id: 'b2b', label: 'B2B software companies', aliases: [] },
    { id: 'schools', label: 'Private schools', aliases: [] },
    { id: 'dairy', label: 'Dairy farms', aliases: [] },
  ]);
  const ids = (industry: string, c: ReturnType<typeof ofIndustries>) => resolveIndustries({ industry }, c).map((r) => r.id);

  it('reads LinkedIn’s 2022 names of the sector as the software entry', () => {
    for (const value of ['Software Development', 'IT Services and IT Consulting', 'Technology, Information and Internet', 'Internet', 'High Tech'])
      expect(ids(value, saas), value).toEqual(['saas']);
  });

  it('reads "SaaS" and "Information Technology" as the whole sector', () => {
    for (const value of ['SaaS', 'Information Technology']) expect(ids(value, b2b), value).toEqual(['b2b']);
  });
});

describe('a trade’s own word for its kind of business in six languages', () => {
  // An invented plant-services vendor: kinds of works and shops, each of its own trade.
  const plants = ofIndustries([
    { id: 'sawmills', label: 'Sawmills', aliases: [] },
    { id: 'cheese', label: 'Cheese makers', aliases: [] },
    { id: 'sewage', label: 'Wastewater treatment plants', aliases: [] },
    { id: 'sweeps', label: 'Chimney sweeps', aliases: [] },
    { id: 'foundries', label: 'Foundries', aliases: [] },
    { id: 'perfume', label: 'Perfumeries', aliases: [] },
  ]);
  const read = (p: { industry?: string; company?: string; notes?: string }) => resolveIndustries(p, plants).map((r) => r.id);

  it('reads the trade’s word in a company’s name as the kind it names', () => {
    expect(read({ company: 'Aserradero El Pinar S.L.' })).toEqual(['sawmills']);
    expect(read({ company: 'Käserei Bergblick AG' })).toEqual(['cheese']);
    expect(read({ company: 'EDAR Norte' })).toEqual(['sewage']);
    expect(read({ company: 'Ramonage Dupuis' })).toEqual(['sweeps']);
    expect(read({ company: 'Fonderia Lombarda S.p.A.' })).toEqual(['foundries']);
    expect(read({ company: 'Perfumaria Central, Lda.' })).toEqual(['perfume']);
  });

  it('reads nothing from a word whose everyday sense is another business', () => {
    expect(read({ company: 'Brasserie du Port' })).toEqual([]);
  });
});

describe('whom a maker makes for, said in six languages', () => {
  // An invented candle and soap vendor: its own brands, makers for other brands, and shops.
  const makers = ofIndustries([
    { id: 'own', label: 'Candle brands', aliases: ['candle brand'] },
    { id: 'contract', label: 'Contract manufacturers', aliases: ['contract manufacturing', 'white label', 'private label'] },
    { id: 'shops', label: 'Gift shops', aliases: ['gift shop'] },
  ]);
  const read = (notes: string) => resolveIndustries({ notes }, makers).map((r) => r.id);

  it('reads making for another firm’s brand or a retailer’s label as contract manufacturing', () => {
    for (const notes of ['Candele per conto terzi, 40 clienti.', 'Fabrica velas para terceros.', 'Velas em marca branca para supermercados.', 'Lohnfertigung von Duftkerzen.', 'Façonnier pour des marques de bougies.'])
      expect(read(notes), notes).toEqual(['contract']);
  });
});

describe('a company name that says only the trade the vendor divides into kinds', () => {
  // An invented vendor to engravers: three kinds of engraving, the plain one first.
  const engravers = ofIndustries([
    { id: 'trophy', label: 'Trophy and award engraving', aliases: ['award engraving', 'trophy shop'] },
    { id: 'jewelry', label: 'Jewelry engraving', aliases: ['ring engraving'] },
    { id: 'industrial', label: 'Industrial laser engraving', aliases: ['laser marking', 'part marking'] },
  ]);
  const read = (p: { industry?: string; company?: string; notes?: string }) => resolveIndustries(p, engravers).map((r) => r.id);

  it('reads the first kind of the trade where nothing else says which', () => {
    expect(read({ company: 'Halvorsen Engraving' })).toEqual(['trophy']);
    expect(read({ company: 'Halvorsen Engraving LLC', notes: 'Wants quoting software before spring.' })).toEqual(['trophy']);
  });

  it('still reads the kind the notes say, and nothing from a generic head alone', () => {
    expect(read({ company: 'Halvorsen Engraving', notes: 'Does ring engraving for jewelers.' })).toEqual(['jewelry']);
    expect(read({ company: 'Halvorsen Services' })).toEqual([]);
  });

  it('reads the trade before a generic head as before a legal form, but not before a holding (sixty-first round)', () => {
    expect(read({ company: 'Halvorsen Engraving Services' })).toEqual(['trophy']);
    expect(read({ company: 'Halvorsen Engraving Group' })).toEqual(['trophy']);
    expect(read({ company: 'Halvorsen Engraving Solutions Inc' })).toEqual(['trophy']);
    expect(read({ company: 'Halvorsen Engraving Holdings' })).toEqual([]);
  });
  it('does not read the trade before "Systems", "Partners", "International" or "Worldwide" (review mends)', () => {
    expect(read({ company: 'Halvorsen Engraving Systems GmbH' })).toEqual([]);
    expect(read({ company: 'Halvorsen Engraving Partners' })).toEqual([]);
    expect(read({ company: 'Halvorsen Engraving International' })).toEqual([]);
    expect(read({ company: 'Halvorsen Engraving Worldwide' })).toEqual([]);
  });

  it('guesses no kind from a place head, nor where the word before the trade says another trade (r44-mend-plainkind)', () => {
    // An invented vendor to craft studios: the kinds share the place head "studio".
    const studios = ofIndustries([
      { id: 'pottery', label: 'Pottery studio', aliases: ['ceramics studio'] },
      { id: 'glass', label: 'Glassblowing studio', aliases: ['hot glass'] },
      { id: 'weaving', label: 'Weaving studio', aliases: ['handloom'] },
    ]);
    const ofStudios = (company: string) => resolveIndustries({ company }, studios).map((r) => r.id);
    expect(ofStudios('Marrowby Studio')).toEqual([]);
    expect(ofStudios('Marrowby Design Studio Ltd')).toEqual([]);
    // A word of work before the trade's word: a business of another trade that engraves.
    expect(read({ company: 'Halvorsen Dental Engraving' })).toEqual([]);
    expect(read({ company: 'Halvorsen Medical Engraving' })).toEqual([]);
    // A name of its own before it still reads the first kind.
    expect(read({ company: 'Halvorsen Engraving Inc.' })).toEqual(['trophy']);
  });

  it('reads the kind whose own word the notes or the CRM value say, and none where they say several (r44-mend-plainkind)', () => {
    expect(read({ company: 'Halvorsen Engraving', notes: 'Mostly laser work on steel tags for two plants.' })).toEqual(['industrial']);
    expect(read({ company: 'Halvorsen Engraving', notes: 'Bridal rings and pendants, some jewelry repair.' })).toEqual(['jewelry']);
    expect(read({ company: 'Halvorsen Engraving', industry: 'Jewelry' })).toEqual(['jewelry']);
    expect(read({ company: 'Halvorsen Engraving', notes: 'Jewelry pieces in front, a laser bench in back.' })).toEqual([]);
    // Notes that say no kind's word leave the first kind.
    expect(read({ company: 'Halvorsen Engraving', notes: 'Owner answers the phone himself, wants fewer callbacks.' })).toEqual(['trophy']);
  });

  it('reads no kind from a generic head that is the vendor\'s market word (r44-mend-plainkind)', () => {
    // An invented vendor to guarding firms whose entries all end on "services": the name's "Services" says only an
    // enterprise, and the word before it another trade.
    const guards = ofIndustries([
      { id: 'door', label: 'Door supervision services', aliases: ['door supervision'] },
      { id: 'keyholding', label: 'Keyholding services', aliases: ['key holding'] },
      { id: 'patrol', label: 'Dog patrol services', aliases: ['k9 patrol'] },
    ]);
    const ofGuards = (company: string) => resolveIndustries({ company }, guards).map((r) => r.id);
    expect(ofGuards('Brennick Services')).toEqual([]);
    expect(ofGuards('Brennick Glazing Services Ltd')).toEqual([]);
  });
});

describe('whom the prospect sells to is not what the prospect is', () => {
  // An invented vendor of route planning for textile services: laundries, and the kinds of business they wash for.
  const laundries = ofIndustries([
    { id: 'laundries', label: 'Industrial laundries', aliases: ['industrial laundry', 'linen service'] },
    { id: 'hotels', label: 'Hotels', aliases: ['hotel'] },
    { id: 'nursing', label: 'Nursing homes', aliases: ['nursing home'] },
    { id: 'nursing-groups', label: 'Nursing home groups', aliases: ['care home chains'] },
  ]);
  const read = (p: { industry?: string; company?: string; notes?: string }) => resolveIndustries(p, laundries).map((r) => r.id);

  it('reads no second kind from the customers the notes name, where the business is read otherwise', () => {
    expect(read({ notes: 'Industrial laundry, supplies hotels and nursing homes. Hotels ring every evening about short deliveries.' })).toEqual(['laundries']);
    expect(read({ notes: 'Linen service, washes for ~30 nursing homes. 30 nursing homes send carts back half full.' })).toEqual(['laundries']);
    expect(read({ notes: 'Linen service; lavamos para 12 hoteles. Los hoteles llaman cada noche.' })).toEqual(['laundries']);
  });

  it('keeps the customers’ kind where nothing else says what the business is, and a kind of its own said with them', () => {
    expect(read({ notes: 'Delivers to hotels across the coast. Hotels ring every evening.' })).toEqual(['hotels']);
    expect(read({ notes: 'Industrial laundry with its own hotel. Serves nursing homes.' }).sort()).toEqual(['hotels', 'laundries']);
  });
});

describe('a trade’s word that is also an everyday word, a place or a name (r43-mend-words)', () => {
  // An invented supplies vendor: yards, works and shops of several trades, and what else such names say.
  const supplies = ofIndustries([
    { id: 'yards', label: 'Lumber yards', aliases: ['lumber'] },
    { id: 'joinery', label: 'Carpentry shops', aliases: [] },
    { id: 'sewage', label: 'Wastewater treatment plants', aliases: [] },
    { id: 'quarries', label: 'Quarries', aliases: [] },
    { id: 'abattoirs', label: 'Slaughterhouses', aliases: [] },
    { id: 'steel', label: 'Steel service centers', aliases: ['steel service'] },
    { id: 'foundries', label: 'Foundries', aliases: [] },
  ]);
  const read = (p: { industry?: string; company?: string }) => resolveIndustries(p, supplies).map((r) => r.id);

  it('reads nothing from a word that is also a home appliance, a town, a youth academy or an arts centre', () => {
    expect(read({ industry: 'Depuratori d’acqua per la casa' })).toEqual([]);
    expect(read({ company: 'Carpinteria Valley Supply' })).toEqual([]);
    expect(read({ company: 'Cantera Juvenil del Norte' })).toEqual([]);
    expect(read({ company: 'Matadero Sur' })).toEqual([]);
  });

  it('keeps the reading the vendor’s own words give a name, whatever trade’s word the name also holds', () => {
    expect(read({ company: 'Carpinteria Valley Lumber' })).toEqual(['yards']);
    expect(read({ company: 'Fonderia Lombarda Steel Service' })).toEqual(['steel']);
    expect(read({ company: 'Fonderia Lombarda' })).toEqual(['foundries']);
    expect(read({ industry: 'Depuradora de aguas residuales' })).toEqual(['sewage']);
  });
});

describe('whom the prospect sells to, read no further than it is said (r44-mend-customers)', () => {
  // The same invented vendor of route planning for textile services.
  const laundries = ofIndustries([
    { id: 'laundries', label: 'Industrial laundries', aliases: ['industrial laundry', 'linen service'] },
    { id: 'hotels', label: 'Hotels', aliases: ['hotel'] },
    { id: 'nursing', label: 'Nursing homes', aliases: ['nursing home'] },
    { id: 'nursing-groups', label: 'Nursing home groups', aliases: ['care home chains'] },
  ]);
  const read = (notes: string) => resolveIndustries({ notes }, laundries).map((r) => r.id).sort();

  it('reads no customers from a "for" that counts time, nor past a comma', () => {
    expect(read('Industrial laundry for 30 years, also runs a 40-room hotel.')).toEqual(['hotels', 'laundries']);
    expect(read('Industrial laundry; spoke for 20 minutes, she also manages the family hotel.')).toEqual(['hotels', 'laundries']);
    expect(read('Industrial laundry, trial for 2 weeks at the hotel they own.')).toEqual(['hotels', 'laundries']);
    expect(read('Wäscherei; industrial laundry für 3 Jahre, betreibt auch ein Hotel.')).toEqual(['hotels', 'laundries']);
  });

  it('reads "US", the country, as no word of the business’s own', () => {
    expect(read('Industrial laundry, supplies hotels across the US and nursing homes too. Hotels and nursing homes call.')).toEqual(['laundries']);
  });

  it('reads whom the contact works for as the employer, not a customer', () => {
    expect(read('Works for a nursing home group, runs their in-house industrial laundry.')).toEqual(['laundries', 'nursing-groups']);
  });

  it('keeps a kind of the business’s own said after "our", and after "self-serve"', () => {
    expect(read('Industrial laundry, serves hotels and our nursing home is next door.')).toEqual(['laundries', 'nursing']);
    expect(read('Industrial laundry; self-serve kiosk for the hotel they own.')).toEqual(['hotels', 'laundries']);
  });
});

describe('a CRM value that qualifies one entry\'s head with words of its own (forty-first round)', () => {
  // A vendor to heat pump businesses: "Specialty Trade Contractors" says a kind of contractor, not the electricians
  // whose head it shares.
  const heating = ofIndustries([
    { id: 'residential', label: 'Residential heat pump installers', aliases: ['home heat pump installer', 'ductless heat pump'] },
    { id: 'commercial', label: 'Commercial & industrial heat pumps', aliases: ['district heating'] },
    { id: 'thermal', label: 'Thermal storage & hot water installers', aliases: ['thermal storage', 'hot water tanks'] },
    { id: 'electrical', label: 'Electrical contractors', aliases: ['electrician', 'generator installation'] },
    { id: 'dealers', label: 'Heat pump sales dealers', aliases: ['dealer network'] },
  ]);
  const ids = (p: { industry: string; company?: string; notes?: string }) => resolveIndustries(p, heating).map((r) => r.id);
  const notes = 'Residential heat pump installer, six vans.';

  it('gives way to the entry the notes name whole', () => {
    expect(ids({ industry: 'Specialty Trade Contractors', company: 'Brookfall Ltd', notes })).toEqual(['residential']);
  });

  it('still reads its entry where the name and notes name none whole', () => {
    expect(ids({ industry: 'Specialty Trade Contractors', company: 'Brookfall Ltd', notes: 'Six vans in the valley.' })).toEqual(['electrical']);
  });

  it('still decides where it says no word of its own', () => {
    expect(ids({ industry: 'Electrical', company: 'Brookfall Ltd', notes })).toEqual(['electrical']);
    expect(ids({ industry: 'Electrical Contractors', company: 'Brookfall Ltd', notes })).toEqual(['electrical']);
  });

  it('does not give way to a loose sentence the knowledge reads, where the notes name no entry whole', () => {
    const loose = 'Mostly rewiring homes; the odd storage heater.';
    expect(ids({ industry: 'Domestic Electrical', company: 'Brookfall Ltd', notes: loose })).toEqual(['electrical']);
    expect(ids({ industry: 'Electrical & Plumbing', company: 'Brookfall Ltd', notes: loose })).toEqual(['electrical']);
    expect(ids({ industry: 'Specialty Trade Contractors', company: 'Brookfall Ltd', notes: loose })).toEqual(['electrical']);
    // A sentence the knowledge reads that says a word of the entry's label no other entry uses still does.
    expect(ids({ industry: 'Specialty Trade Contractors', company: 'Brookfall Ltd', notes: 'Mainly residential retrofits.' })).toEqual(['residential']);
  });
});

describe('a family firm said in six languages, over a value that names only a qualifier (forty-first round)', () => {
  // A vendor to bike shops: "Retail" reads the chains only by the qualifier of "bike retail chain"; a family firm of two
  // shops is the independent entry.
  const bikes = ofIndustries([
    { id: 'independent', label: 'Independent bike shops', aliases: ['independent bike dealer', 'family-run bike shop'] },
    { id: 'chain', label: 'Bike chains & franchises', aliases: ['bike retail chain', 'franchise network'] },
    { id: 'workshop', label: 'Bike repair workshops', aliases: ['repair workshop', 'mobile bike mechanic'] },
  ]);
  const ids = (p: { industry?: string; company?: string; notes?: string }) => resolveIndustries(p, bikes).map((r) => r.id);

  it('reads the family firm as the one-site entry in place of the qualifier\'s entry', () => {
    expect(ids({ industry: 'Retail', company: 'Velo Brandt GmbH', notes: 'Familienbetrieb, zwei Läden in Kassel.' })).toEqual(['independent']);
    expect(ids({ industry: 'Retail', company: 'Ciclos Ramos', notes: 'Empresa familiar con dos tiendas.' })).toEqual(['independent']);
    expect(ids({ industry: 'Retail', company: 'Cicli Rossi', notes: 'Azienda di famiglia, tre negozi.' })).toEqual(['independent']);
    expect(ids({ company: 'Rijwielen Bakker', notes: 'Familiebedrijf sinds 1952.' })).toEqual(['independent']);
  });

  it('keeps an entry the value names by its head beside it', () => {
    expect(ids({ industry: 'Repair Workshops', company: 'Velo Brandt GmbH', notes: 'Familienbetrieb, zwei Läden in Kassel.' })).toEqual(['workshop', 'independent']);
  });

  it('reads no one site for a family firm the notes give many sites or a chain', () => {
    expect(ids({ industry: 'Retail', company: 'Velo Brandt GmbH', notes: 'Family business, 16 stores over three counties.' })).toEqual(['chain']);
    expect(ids({ industry: 'Retail', company: 'Velo Brandt GmbH', notes: 'A family-run chain of 7 shops.' })).toEqual(['chain']);
    expect(ids({ industry: 'Retail', company: 'Velo Brandt GmbH', notes: 'Familienbetrieb mit 12 Filialen.' })).toEqual(['chain']);
  });

  it('reads no family firm the business competes with, works with or buys from as its own kind', () => {
    expect(ids({ industry: 'Retail', company: 'Velo Brandt GmbH', notes: 'Competes with a family business two doors down.' })).toEqual([]);
    expect(ids({ industry: 'Retail', company: 'Velo Brandt GmbH', notes: 'Works with a family firm for wheel builds.' })).toEqual([]);
  });
});

describe('company names with two trades (forty-first round)', () => {
  // An invented vendor to sign makers: kinds of the trade, the plain one first.
  const signs = ofIndustries([
    { id: 'shop-signs', label: 'Sign shops', aliases: ['sign shop', 'sign maker'] },
    { id: 'engraving', label: 'Plaque and nameplate engraving', aliases: ['brass plaques', 'nameplate engraving'] },
    { id: 'lettering', label: 'Truck and van lettering', aliases: ['fleet graphics', 'van lettering'] },
    { id: 'neon', label: 'Neon and LED displays', aliases: ['neon lamps', 'led displays'] },
  ]);
  const read = (company: string) => resolveIndustries({ company }, signs).map((r) => r.id).sort();

  it('reads each half of a joined name as a trade, where a half alone says only its word', () => {
    // "Signs" is the vendor's market word: its plain kind beside the other half's.
    expect(read('Orrin Lettering & Signs')).toEqual(['lettering', 'shop-signs']);
    // "Engraving" heads one entry's alias: that entry beside the other half's.
    expect(read('Orrin Lettering & Engraving')).toEqual(['engraving', 'lettering']);
  });

  it('reads no goods of the plural for a half, nor a half that is a generic head', () => {
    // "Lamp" is no "neon lamps": the goods, not the trade.
    expect(read('Orrin Lettering & Lamp')).toEqual(['lettering']);
    expect(read('Orrin Lettering & Services')).toEqual(['lettering']);
  });
});

describe('a business that says it is a supplier, maker or adviser the vendor does not serve', () => {
  // An invented vendor of booking software for ice sports: rinks, curling clubs and skating schools.
  const ice = [
    { id: 'rinks', label: 'Ice rinks', aliases: ['ice hall', 'skating rink'] },
    { id: 'curling', label: 'Curling clubs', aliases: ['curling club'] },
    { id: 'skating-schools', label: 'Figure skating schools', aliases: ['skating school'] },
  ];
  const read = (p: { industry?: string; company?: string; notes?: string }, extra: typeof ice = []) =>
    resolveIndustries(p, ofIndustries([...ice, ...extra])).map((r) => r.id);

  it('reads no segment from the trade its name or notes say it supplies, makes for or advises', () => {
    expect(read({ company: 'Northfrost Skate Distributors', notes: 'Distributor. We chase the ice hall managers every month for unpaid orders.' })).toEqual([]);
    expect(read({ industry: 'Sporting Equipment', notes: 'Broom manufacturer. Curling club managers reorder twice a season.' })).toEqual([]);
    expect(read({ industry: 'Unternehmensberatung', company: 'Second Sweep Coaching', notes: 'I help curling club owners fill their sheets in the off season.' })).toEqual([]);
    expect(read({ company: 'Halvard Eisbahntechnik', notes: 'Kältemaschinenhersteller. Wartet die Anlagen von skating rink Betreibern.' })).toEqual([]);
  });

  it('keeps an adviser whose CRM value is its clients’ trade, and the trade read where the vendor serves such advisers', () => {
    expect(read({ industry: 'Wintersport', company: 'Blue Line Consulting', notes: 'Advises skating school owners on coaching rosters.' })).toEqual(['skating-schools']);
    const coaching = { industry: 'Unternehmensberatung', company: 'Second Sweep Coaching', notes: 'I help curling club owners fill their sheets in the off season.' };
    expect(read(coaching, [{ id: 'advisers', label: 'Rink consultants', aliases: [] }])).toEqual(['curling']);
  });
});

describe('company names joining two goods', () => {
  // An invented vendor to small food makers and van washes: some kinds named by their goods ("crusty loaf").
  const food = ofIndustries([
    { id: 'bakehouse', label: 'Village bakehouses', aliases: ['crusty loaf', 'rye bakehouse'] },
    { id: 'creamery', label: 'Small creameries', aliases: ['fresh cream', 'churned butter'] },
    { id: 'tearoom', label: 'Tea rooms', aliases: ['tearoom', 'tea parlour'] },
    { id: 'van-wash', label: 'Van washes', aliases: ['wand wash'] },
    { id: 'polishing', label: 'Paint polishing', aliases: ['hand polishing'] },
  ]);
  const read = (company: string) => resolveIndustries({ company }, food).map((r) => r.id).sort();

  it('reads no trade from a half that is only goods, paired with goods or a name', () => {
    // "Loaf & Cream" pairs two goods as a name: no bakehouse, no creamery.
    expect(read('Loaf & Cream')).toEqual([]);
    // "Cream" pairs with "Clover", no entry's word: the tearoom said after them is the business.
    expect(read('Cream & Clover Tearoom')).toEqual(['tearoom']);
  });

  it('keeps two trades where a half says the work', () => {
    expect(read('Wash & Polishing Co')).toEqual(['polishing', 'van-wash']);
  });
});

describe('a count of sites said in words, one site counted, and a trade the person denies of herself', () => {
  // An invented vendor of class scheduling for dance schools: single studios, studio chains and ballet academies.
  const dance = ofIndustries([
    { id: 'independent', label: 'Independent dance studios', aliases: ['single studio'] },
    { id: 'chains', label: 'Multi-site dance studio chains', aliases: ['dance chain'] },
    { id: 'ballet', label: 'Ballet & dance academies', aliases: ['ballet school'] },
  ]);
  const read = (company: string, notes: string) => resolveIndustries({ company, notes }, dance).map((r) => r.id);

  it('reads a chain from a count of five sites or more said in words, in the six languages', () => {
    expect(read('Quickstep Movement Ltd', 'Runs seven studios across the county, wants online booking.')).toEqual(['chains']);
    expect(read('Wirbelwind Tanz GmbH', 'Betreibt sechs Filialen. Buchung per Telefon.')).toEqual(['chains']);
    expect(read('Quickstep Movement Ltd', 'A dozen studios and one spreadsheet for all of them.')).toEqual(['chains']);
    // Under five, or a word that only looks like a count, says no chain.
    expect(read('Quickstep Movement Ltd', 'Runs three studios, wants online booking.')).toEqual([]);
    expect(read('Quickstep Movement Ltd', 'Call back once the studios reopen after the summer.')).toEqual([]);
  });

  it('reads the one-site entry from one site counted', () => {
    expect(read('Quickstep Movement Ltd', 'Their listing shows 1 studio and four teachers.')).toEqual(['independent']);
    expect(read('Quickstep Movement Ltd', 'Only one studio manager handles the bookings.')).toEqual([]);
  });

  it('reads a denied trade followed by herself or himself as the person’s, not the business’s', () => {
    expect(read('Quickstep Movement Ltd', 'Runs the bookings, not a dance teacher herself. Part of a chain with 14 studios.')).toEqual(['chains']);
    expect(read('Quickstep Movement Ltd', 'Not a dance studio: they rent the hall out for weddings.')).toEqual([]);
  });

  it('counts no sites from a count word that is another word, a rating or a word of the company name', () => {
    expect(read('Quickstep Movement Ltd', 'Voted among the top ten studios in the valley.')).toEqual([]);
    expect(read('Quickstep Movement Ltd', 'Heeft ten minste twee vestigingen in Veendijk.')).toEqual([]);
    expect(read('Quickstep Movement Ltd', 'Spoke with Otto about the studios.')).toEqual([]);
    expect(read('Quickstep Movement Ltd', 'Im Dez neue Studios? Noch offen.')).toEqual([]);
    expect(read('Nine Willows Dance Studio', '')).toEqual([]);
    expect(read('Quickstep Movement Ltd', 'Independent five-star resort with its own dance studio.')).toEqual(['independent']);
    // A count in words with one word before the sites, and Portuguese counts before a preposition, still count.
    expect(read('Quickstep Movement Ltd', 'Runs nine small studios.')).toEqual(['chains']);
    expect(read('Quickstep Movement Ltd', 'Tem doze lojas em Quintavela.')).toEqual(['chains']);
    expect(read('Quickstep Movement Ltd', 'Tem dez lojas em Quintavela.')).toEqual(['chains']);
  });

  it('reads no one-site business from one site counted beside a rollout or the other sites', () => {
    expect(read('Quickstep Movement Ltd', 'Pilot in one studio, then the other eleven.')).toEqual([]);
    expect(read('Quickstep Movement Ltd', 'Start with one studio and roll out to all 14 if it works.')).toEqual([]);
    expect(read('Quickstep Movement Ltd', 'Just one studio, and a queue at the door.')).toEqual(['independent']);
  });

  it('reads a trade denied with "themselves" as the business’s, unless people are named before it', () => {
    const named = (notes: string) => resolveIndustries({ company: 'Quickstep Dance Studio Ltd', industry: 'Dance studios', notes }, dance).map((r) => r.id);
    expect(named("They're not a dance studio themselves, they rent the hall out for weddings.")).toEqual([]);
    expect(named('The owners are not dance teachers themselves, they hire them in.')).toEqual(['independent']);
  });
});

describe('a whole-sector CRM value where most of the vendor’s segments are read in no sector', () => {
  // An invented vendor of desk booking for coworking spaces: one entry read in two sectors by its aliases, the others
  // kinds of coworking that sector knowledge reads in none.
  const coworking = ofIndustries([
    { id: 'big', label: 'Portfolio owners & REITs', aliases: ['REIT', 'national brand', '40+ shops'] },
    { id: 'indie', label: 'Independent coworking spaces', aliases: ['single-site', 'owner-run space'] },
    { id: 'franchise', label: 'Coworking franchisees', aliases: ['franchised site'] },
    { id: 'labs', label: 'Corporate innovation labs', aliases: ['in-house hub'] },
  ]);
  const read = (industry: string, notes = 'Wants a demo next week.') => resolveIndustries({ company: 'Harbourlight Desks', industry, notes }, coworking).map((r) => r.id);

  it('reads no segment from the sector alone', () => {
    expect(read('Real Estate and Equipment Rental Services')).toEqual([]);
    expect(read('SPECIALTY_REALTY')).toEqual([]);
  });

  it('leaves the notes to say the segment', () => {
    expect(read('SPECIALTY_REALTY', 'An owner-run space upstairs from a bakery.')).toEqual(['indie']);
  });
});

describe('a whole-sector CRM value and a segment read mostly in its sector', () => {
  // An invented vendor of booking software for vets and groomers: the clinics' entry read in a second sector only by a small
  // side alias ("vet lab"), the grooming entry read in none.
  const animalCare = ofIndustries([
    { id: 'clinics', label: 'Veterinary clinics', aliases: ['vet surgery', 'vet lab'] },
    { id: 'spas', label: 'Paw spas', aliases: ['grooming parlour'] },
  ]);
  const read = (industry: string) => resolveIndustries({ company: 'Thistlewick Partners', industry, notes: 'Would like a walkthrough.' }, animalCare).map((r) => r.id);

  it('reads the segment from the sector alone', () => {
    expect(read('Hospital & Health Care')).toEqual(['clinics']);
  });
});

describe('a word of a segment’s name said only inside a hyphenated compound', () => {
  // An invented vendor of lesson booking for tutors: "house" and "hall" are parts of "house-call" and "study-hall".
  const tutoring = ofIndustries([
    { id: 'inhome', label: 'Private tutors', aliases: ['house-call tutoring', 'one-to-one coaching'] },
    { id: 'centres', label: 'Learning centres', aliases: ['tuition centre', 'study-hall centre'] },
    { id: 'online', label: 'Online tutoring platforms', aliases: ['tutoring marketplace'] },
  ]);
  const read = (company: string, industry: string, notes: string) => resolveIndustries({ company, industry, notes }, tutoring).map((r) => r.id);

  it('names no segment by itself', () => {
    expect(read('Wrenfold Tutors', '', 'Teaches in her own house, one pupil at a time.')).toEqual([]);
  });

  it('still names it with the compound said whole', () => {
    expect(read('Wrenfold House-Call Tutoring', '', '')).toEqual(['inhome']);
  });
});

describe('a part of a hyphenated compound in the library’s assets', () => {
  // An invented vendor of software for phone repairers: its refurbishers' assets speak of "sell-back" schemes, and of
  // "reflashing" said alone; the other segments' assets of neither.
  const taxonomy = {
    personas: [],
    painPoints: [],
    industries: [
      { id: 'refurb', label: 'Handset refurbishers', aliases: [] },
      { id: 'kiosks', label: 'Mall repair kiosks', aliases: [] },
      { id: 'carriers', label: 'Carrier service desks', aliases: [] },
    ],
  };
  const refurb = ['Running a sell-back scheme with reflashing', 'Sell-back lots by reflashing', 'Sell-back pricing after reflashing', 'Reflashing handsets for sell-back', 'Sell-back margins and reflashing'];
  const others = Array.from({ length: 24 }, (_, i) => ({ title: `Kiosk staffing note ${['alpha', 'beta', 'gamma', 'delta'][i % 4]}`, painPoints: [], industries: [i % 2 ? 'kiosks' : 'carriers'] }));
  const compiled = compileTaxonomy(taxonomy, [...refurb.map((title) => ({ title, painPoints: [], industries: ['refurb'] })), ...others]);
  const read = (company: string, notes: string) => resolveIndustries({ company, notes }, compiled).map((r) => r.id);

  it('names no segment by a particle said alone', () => {
    expect(read('Orrinwick Ltd', 'The courier sent the parcel back to the wrong town.')).toEqual([]);
  });

  it('still names it by a word the assets say alone', () => {
    expect(read('Orrinwick Ltd', 'Their reflashing is slow.')).toEqual(['refurb']);
  });
});

describe('a hyphenated compound of short nouns in the library’s assets (review mend)', () => {
  // An invented vendor to clinics and laundries: its scanning clinics' assets write "X-ray" always hyphenated, its
  // laundries' "dry-cleaning"; a short noun is no bound prefix, and a compound all of short parts names as a whole.
  const taxonomy = {
    personas: [],
    painPoints: [],
    industries: [
      { id: 'scans', label: 'Outpatient scanning clinics', aliases: [] },
      { id: 'laundry', label: 'Garment care shops', aliases: [] },
      { id: 'stalls', label: 'Street food stalls', aliases: [] },
    ],
  };
  const scans = ['X-ray slot booking at a glance', 'Cutting X-ray waiting lists', 'X-ray referral letters', 'Logging X-ray doses', 'X-ray reporting backlog'];
  const laundry = ['Tag-and-bag for dry-cleaning', 'Dry-cleaning ticket stubs', 'Pricing dry-cleaning by item', 'Dry-cleaning pickup rounds', 'Dry-cleaning stain notes'];
  const others = Array.from({ length: 24 }, (_, i) => ({ title: `Stall rota memo ${['alpha', 'beta', 'gamma', 'delta'][i % 4]}`, painPoints: [], industries: ['stalls'] }));
  const tag = (ts: string[], id: string) => ts.map((title) => ({ title, painPoints: [], industries: [id] }));
  const compiled = compileTaxonomy(taxonomy, [...tag(scans, 'scans'), ...tag(laundry, 'laundry'), ...others]);
  const read = (notes: string) => resolveIndustries({ company: 'Pellbrook Ltd', notes }, compiled).map((r) => r.id);

  it('reads a compound of short parts hyphenated as it reads it spaced', () => {
    expect(read('Four x-ray suites beside the day ward.')).toEqual(['scans']);
    expect(read('Four x ray suites beside the day ward.')).toEqual(['scans']);
  });
});

describe('the words of a segment’s name beside and inside its compounds', () => {
  // An invented vendor of booking software for bike workshops: content compounds, each a kind of its head.
  const bikes = ofIndustries([
    { id: 'fit', label: 'Bike-fit studios', aliases: [] },
    { id: 'tyres', label: 'Tyre-recycling yards', aliases: [] },
    { id: 'cafes', label: 'Cycle cafés', aliases: [] },
  ]);
  const read = (company: string, notes = '') => resolveIndustries({ company, industry: '', notes }, bikes).map((r) => r.id);

  it('reads the compound said alone, hyphen or space', () => {
    expect(read('Quayline Bike-Fit')).toEqual(['fit']);
    expect(read('Quayline Bike Fit')).toEqual(['fit']);
  });

  it('reads the head of a compound of content words, not its modifier', () => {
    expect(read('Quayline Recycling')).toEqual(['tyres']);
    expect(read('Quayline Tyres')).toEqual([]);
  });

  // An invented vendor of rota software whose segments are named in French: a phrase of another language reads
  // whole ("maisons de retraite" is a nursing home), not word by word.
  const french = ofIndustries([
    { id: 'ehpad', label: 'Maisons de retraite', aliases: [] },
    { id: 'gym', label: 'Salles de sport', aliases: [] },
    { id: 'driving', label: 'Écoles de conduite', aliases: [] },
  ]);

  it('keeps the own words of names with no hyphen at all', () => {
    expect(french.industryWords.size).toBeGreaterThan(0);
    expect(resolveIndustries({ company: 'Larkmoor Nursing', industry: '', notes: '' }, french).map((r) => r.id)).toEqual(['ehpad']);
    expect(resolveIndustries({ company: 'Larkmoor Gym', industry: '', notes: '' }, french).map((r) => r.id)).toEqual(['gym']);
  });
});

describe('a group word in a company name beside a franchise network entry', () => {
  // An invented vendor of scheduling software for pipe-organ workshops; its franchise entry is the one with an alias of many sites.
  const organs = ofIndustries([
    { id: 'tuning', label: 'Organ tuning services', aliases: ['organ tuning', 'organ tuner'] },
    { id: 'builders', label: 'Pipe organ builders', aliases: ['organ builder', 'Orgelbau'] },
    { id: 'franchise', label: 'Organ tuning franchises', aliases: ['tuning franchise', 'organ tuning chain'] },
  ]);
  const read = (p: { industry?: string; company?: string; notes?: string }) => resolveIndustries(p, organs).map((r) => r.id);

  it('reads the trade the notes say, not a franchise, from a name ending in a group word', () => {
    expect(read({ company: 'Fullerton Organ Group', notes: 'Organ tuning for cathedrals, two tuners.' })).toEqual(['tuning']);
    expect(read({ company: 'Grupo Organero Fullerton', industry: 'Servicios', notes: 'Organ tuning for cathedrals.' })).toEqual(['tuning']);
  });

  it('still reads the franchise network where the notes say one', () => {
    expect(read({ company: 'Fullerton Organ Group', notes: 'Sells tuning franchises in six regions.' })).toEqual(['franchise']);
  });
});

describe('a whole-sector CRM value whose word only qualifies one segment’s name', () => {
  // An invented vendor of quoting software for metal and stone workshops: one entry read in the property sector by its
  // label ("Architectural ..."), whose alias "building ironwork" has the value's "building" before its head; the others
  // kinds of the trade that sector knowledge reads in none.
  const workshops = ofIndustries([
    { id: 'metal', label: 'Architectural metalwork studios', aliases: ['building ironwork', 'metal canopies'] },
    { id: 'masons', label: 'Restoration masons', aliases: ['old buildings', 'lime mortar repairs'] },
    { id: 'hearths', label: 'Fireplace carvers', aliases: ['hearth surrounds'] },
    { id: 'garden', label: 'Garden ornament makers', aliases: ['birdbaths'] },
  ]);
  const read = (industry: string, notes = 'Wants the quote templates walked through.') => resolveIndustries({ company: 'Tansworth Ltd', industry, notes }, workshops).map((r) => r.id);

  it('does not read that segment from the sector alone', () => {
    expect(read('Building and Construction')).toEqual([]);
    expect(read('BUILDING_AND_CONSTRUCTION')).toEqual([]);
  });

  it('still reads it where the notes name it', () => {
    expect(read('Building and Construction', 'They make metal canopies for shopfronts.')).toEqual(['metal']);
  });
});

describe('a whole-sector CRM value beside a single entry by size', () => {
  // An invented vendor of booking software: most of its segments read in a sector, and one entry by size. The size entry
  // is no kind of business, alone as in pairs: it does not make the vendor's kinds a third unread.
  const kinds = [
    { id: 'paint', label: 'Truck body painters', aliases: ['fleet livery shops'] },
    { id: 'dent', label: 'Denture labs', aliases: ['orthodontists'] },
    { id: 'cu', label: 'Credit unions', aliases: ['savings cooperatives'] },
    { id: 'bells', label: 'Bell founders', aliases: ['bell casting'] },
  ];
  const read = (industries: typeof kinds) =>
    resolveIndustries({ company: 'Brannoch Haulage Co', industry: 'Trucking', notes: 'Wants the rota template.' }, ofIndustries(industries)).map((r) => r.id);

  it('reads the segment whose name the value qualifies, with or without the size entry', () => {
    expect(read(kinds)).toEqual(['paint']);
    expect(read([...kinds, { id: 'big', label: 'Corporate (900+ staff)', aliases: [] }])).toEqual(['paint']);
  });
});

describe('the head of a segment’s name before a bracket, a dash or a generic head', () => {
  // An invented vendor of scheduling software for rural trades that sector knowledge does not know, and one farm
  // entry: a whole-sector CRM value says the farm entry by its name's head wherever the name puts it.
  const read = (farm: string) =>
    resolveIndustries(
      { company: 'Penhallow Partners', industry: 'Farming', notes: 'Wants the rota template.' },
      ofIndustries([
        { id: 'thatch', label: 'Thatchers', aliases: ['reed roofing'] },
        { id: 'clogs', label: 'Clog makers', aliases: ['wooden shoes'] },
        { id: 'wells', label: 'Well diggers', aliases: ['borehole sinking'] },
        { id: 'farm', label: farm, aliases: [] },
      ]),
    ).map((r) => r.id);

  it('reads the head before a bracket or a dash, and before "businesses" or "operations"', () => {
    for (const farm of ['Upland farms', 'Farms (upland)', 'Farms - upland', 'Sheep farm businesses', 'Upland farm operations']) expect(read(farm)).toEqual(['farm']);
  });

  it('still not a word that only qualifies the head', () => {
    expect(read('Farm shops')).toEqual([]);
  });
});

describe('a CRM value’s word a segment shares only with an entry by size', () => {
  // An invented vendor of booking software for leisure venues, a marketing segment and two entries by size: "market" of
  // "Mid-market" is the size's, so the marketing segment is the only kind of business using the value's word.
  const inds = ofIndustries([
    { id: 'pottery', label: 'Pottery cafes', aliases: ['paint-your-own ceramics'] },
    { id: 'axe', label: 'Axe throwing venues', aliases: ['axe lanes'] },
    { id: 'mkt', label: 'Marketing consultancies', aliases: ['brand strategists'] },
    { id: 'smb', label: 'Small businesses', aliases: ['1-49 staff'] },
    { id: 'mid', label: 'Mid-market', aliases: ['50-499 staff'] },
  ]);
  it('reads that segment', () => {
    for (const industry of ['Marketing and Advertising', 'MARKETING_AND_ADVERTISING'])
      expect(resolveIndustries({ company: 'Quenby Creative', industry, notes: 'Wants the rota template.' }, inds).map((r) => r.id)).toEqual(['mkt']);
  });
});

describe('a company name that ends on the market’s generic head but says another entry’s kind', () => {
  // An invented vendor of dispatch software for couriers: "courier" is said by most of its entries, so a name ending in
  // "Services" reads the entry whose alias is "courier services" (the market goes without saying). A word before that
  // head which only another entry uses, as the head of one of its names ("locker" of "parcel locker"), says the
  // business is not that generic entry: the name reads nothing by it, and the notes speak.
  const couriers = ofIndustries([
    { id: 'general', label: 'Same-day courier firms', aliases: ['courier services'] },
    { id: 'bikes', label: 'Bicycle courier collectives', aliases: ['cargo bike couriers'] },
    { id: 'medical', label: 'Medical courier networks', aliases: ['specimen courier'] },
    { id: 'lockers', label: 'Parcel locker operators', aliases: ['parcel locker', 'locker networks'] },
  ]);
  const read = (company: string, notes = 'Asked about the route board.') => resolveIndustries({ company, notes }, couriers).map((r) => r.id);

  it('does not read the generic entry from such a name', () => {
    expect(read('Quillby Locker Services')).toEqual([]);
  });

  it('reads the entry the notes name, and the generic one from a name with no such word', () => {
    expect(read('Quillby Locker Services', 'They run a locker network across the city.')).toEqual(['lockers']);
    expect(read('Quillby Services')).toEqual(['general']);
  });
});

describe('a record that asks for a partnership, not for the product', () => {
  // An invented vendor of booking software for paddle sports: rowing clubs, canoe hire and regatta organisers.
  const paddle = ofIndustries([
    { id: 'rowing-clubs', label: 'Rowing clubs', aliases: ['rowing club', 'boat club'] },
    { id: 'canoe-hire', label: 'Canoe and kayak hire', aliases: ['canoe hire', 'kayak rental'] },
    { id: 'regattas', label: 'Regatta organisers', aliases: ['regatta'] },
  ]);
  const read = (p: { industry?: string; company?: string; notes?: string }) => resolveIndustries(p, paddle).map((r) => r.id);

  it('reads no segment where the notes ask to partner, resell, for a partnership or a referral programme', () => {
    expect(read({ company: 'Riverside Boat Club Insurance', notes: 'Covers many rowing clubs. Hoping to partner on a club discount.' })).toEqual([]);
    expect(read({ company: 'Paddlecraft Media', notes: 'Films canoe hire outfits. Asked about a partnership and a referral program.' })).toEqual([]);
    expect(read({ company: 'Paddlecraft Media', notes: 'Makes videos for canoe hire firms; interested in reselling the app.' })).toEqual([]);
    expect(read({ company: 'Wellen Werbeagentur', notes: 'Plant Plakate für Regatta-Veranstalter. Will gern Vertriebspartner werden.' })).toEqual([]);
    expect(read({ company: 'Golfslag Reclame', notes: 'Maakt flyers voor regatta teams. Wil graag partner worden.' })).toEqual([]);
    expect(read({ company: 'Agence Vague Regatta', notes: 'Imprime les affiches de régates. Aimerait devenir partenaire.' })).toEqual([]);
    expect(read({ company: 'Agenzia Onda Regatta', notes: 'Stampa i manifesti delle regate. Vuole diventare partner.' })).toEqual([]);
    expect(read({ company: 'Agencia Ola Regatta', notes: 'Imprime carteles de regatas. Quiere convertirse en socio.' })).toEqual([]);
    expect(read({ company: 'Agência Onda Regatta', notes: 'Imprime cartazes de regatas. Quer se tornar parceira.' })).toEqual([]);
  });

  it('keeps a served customer’s segment where the partnership is a noun, a form of business or denied', () => {
    const club = (notes: string) => read({ company: 'Tideway Rowing Club', notes });
    for (const notes of [
      'Looking for a co-marketing partner for the spring regatta.',
      'The treasurer files the partnership returns late every year.',
      'Has a partnership with the local school for junior crews. Bookings are chaos.',
      'Wants a long-term partnership with a vendor, not just a tool.',
      'Run as a partnership by two coaches; the partnership votes in March.',
      'Came in via the partnerships webinar. Wants a demo for 3 seats.',
      'Offers partner rowing sessions on Fridays; no-shows every week.',
      'Interested in partner integrations (Stripe, Xero).',
      'Asked partner Jim about the budget, he said Q3.',
      'Their member referral program is on paper. Pays a referral fee to a coach.',
      'Lead source: Referral Program. Coaches on a revenue share, payouts in Excel.',
      'Not interested in partnering, just wants 3 seats for the boathouse.',
      'No partnership talk, they want to buy now.',
      "Doesn't want to partner, wants the booking app.",
      'Trabalha em parceria com duas escolas. Faltas toda semana.',
      'En partenariat avec la mairie. Beaucoup de réservations manquées.',
      'Verein in Partnerschaft mit der Stadt. Viele Buchungsausfälle.',
    ]) expect(club(notes), notes).toEqual(['rowing-clubs']);
  });
});

describe('Dutch kinds of business from NACE Rev. 2 class titles (forty-seventh round)', () => {
  // An invented vendor of booking software to rental businesses.
  const industries = [
    { id: 'lighting', label: 'Lighting rental', aliases: ['stage lighting'] },
    { id: 'party', label: 'Party rental', aliases: ['event hire', 'marquee hire'] },
    { id: 'plumbers', label: 'Plumbing contractors', aliases: ['plumbing'] },
  ];
  const compiled = compileTaxonomy({ personas: [], industries, painPoints: [] });
  const ids = (prospect: { company?: string; industry?: string }) => resolveIndustries(prospect, compiled).map((r) => r.id);

  it('reads a Dutch class title word in a CRM value or a name as the English class title says it', () => {
    expect(naceWords('loodgieters')).toBe('plumbing');
    expect(ids({ company: 'Van Os en Zonen', industry: 'Loodgieters' })).toEqual(['plumbers']);
  });

  it("reads a compound's first part through the table where its last part says a kind of business", () => {
    expect(ids({ company: 'Verlichtingsverhuur De Wielewaal' })).toEqual(['lighting']);
    expect(ids({ company: 'Wielewaal BV', industry: 'Verlichtingverhuur' })).toEqual(['lighting']);
  });
});

describe('The word for a bus in six languages (forty-eighth round)', () => {
  // An invented vendor of workshop software to fleets of vehicles.
  const industries = [
    { id: 'coaches', label: 'Bus operators', aliases: ['coach company'] },
    { id: 'taxis', label: 'Taxi firms', aliases: ['minicab'] },
    { id: 'haulage', label: 'Hauliers', aliases: ['trucking'] },
  ];
  const compiled = compileTaxonomy({ personas: [], industries, painPoints: [] });
  const ids = (prospect: { company?: string; industry?: string }) => resolveIndustries(prospect, compiled).map((r) => r.id);

  it("reads a company's name that says its buses in another language as the bus operators", () => {
    for (const company of ['Autocarros Serra do Corvo Lda', 'Omnibus Kellermeier', 'Autobuses Peñalisa S.L.', 'Autocars du Haut-Verdon', 'Ônibus Piraquara Ltda'])
      expect(ids({ company }), company).toEqual(['coaches']);
  });
});

describe('A word for a bus that is also a surname, a tin, a collection or a truck maker (forty-eighth round, review mends)', () => {
  // An invented vendor of workshop software to fleets, garages and their suppliers.
  const industries = [
    { id: 'coaches', label: 'Bus operators', aliases: ['coach company'] },
    { id: 'trucks', label: 'Truck dealers', aliases: ['truck manufacturer'] },
    { id: 'garages', label: 'Auto repair shops', aliases: ['garage'] },
    { id: 'publishers', label: 'Publishers', aliases: ['book publisher'] },
    { id: 'tours', label: 'Tour operators', aliases: ['travel agency'] },
    { id: 'cans', label: 'Packaging manufacturers', aliases: ['can maker'] },
  ];
  const compiled = compileTaxonomy({ personas: [], industries, painPoints: [] });
  const ids = (prospect: { company?: string; industry?: string }) => resolveIndustries(prospect, compiled).map((r) => r.id);

  it('keeps the reading the rest of the name gives, and reads no bus from a surname or an English word', () => {
    expect(ids({ company: 'Autohaus Brettschneider-Busse GmbH' })).toEqual(['garages']);
    expect(ids({ company: 'Autohaus Busse GmbH' })).toEqual(['garages']);
    expect(ids({ company: 'Reisebüro Busse' })).toEqual(['tours']);
    expect(ids({ company: 'Bussen Verpakkingen BV' })).toEqual(['cans']);
    expect(ids({ company: 'Omnibus Media' })).toEqual(['publishers']);
    expect(ids({ company: 'Autocar Trucks' })).toEqual(['trucks']);
    for (const company of ['Sanitär Busse', 'Hendrik Bussen Architecten'])
      expect(ids({ company }), company).toEqual([]);
  });

  it('reads no bus before a general English word where WordNet\'s related words are given (the extension does not ship them)', () => {
    const withWordNet = compileTaxonomy({ personas: [], industries, painPoints: [] }, [], { relatedWords: relatedStems });
    for (const company of ['Omnibus Press', 'Omnibus Capital Partners', 'Autocar Services'])
      expect(resolveIndustries({ company }, withWordNet).map((r) => r.id), company).toEqual([]);
  });

  it("still reads the word as the name's trade word before a proper name", () => {
    expect(ids({ company: 'Omnibus Vorderbrügge GmbH' })).toEqual(['coaches']);
    expect(ids({ company: 'Autocar Lhermitte' })).toEqual(['coaches']);
  });
});
