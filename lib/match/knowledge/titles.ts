// General knowledge of job titles, for any taxonomy: abbreviations and their long forms, the business
// function a title names, and how senior it is. A taxonomy's personas are read through the same
// knowledge (their labels and aliases), which is how "FP&A" finds whichever persona is about finance.

/** Whole-word abbreviations in titles and their long forms (applied to normalised words). */
export const TITLE_ABBREVIATIONS: Record<string, string> = {
  ceo: 'chief executive officer',
  cfo: 'chief financial officer',
  coo: 'chief operating officer',
  cio: 'chief information officer',
  cto: 'chief technology officer',
  ciso: 'chief information security officer',
  soc: 'security operations center',
  cso: 'chief security officer',
  cro: 'chief revenue officer',
  cmo: 'chief marketing officer',
  chro: 'chief human resources officer',
  cpo: 'chief people officer',
  cdo: 'chief digital officer',
  cco: 'chief customer officer',
  cxo: 'chief experience officer',
  cao: 'chief accounting officer',
  vp: 'vice president',
  svp: 'senior vice president',
  evp: 'executive vice president',
  avp: 'assistant vice president',
  gvp: 'group vice president',
  dir: 'director',
  sr: 'senior',
  snr: 'senior',
  jr: 'junior',
  mgr: 'manager',
  mngr: 'manager',
  mgmt: 'management',
  gm: 'general manager',
  md: 'managing director',
  hr: 'human resources',
  it: 'information technology',
  ops: 'operations',
  eng: 'engineering',
  infosec: 'information security',
  secops: 'security operations',
  cybersecurity: 'cyber security',
  devops: 'development operations engineering',
  revops: 'revenue operations',
  salesops: 'sales operations',
  fpa: 'financial planning and analysis',
  ap: 'accounts payable',
  ar: 'accounts receivable',
  sdr: 'sales development representative',
  bdr: 'business development representative',
  ae: 'account executive',
  csm: 'customer success manager',
  cx: 'customer experience',
  ux: 'user experience',
  ld: 'learning and development',
  ta: 'talent acquisition',
  wfm: 'workforce management',
  pmo: 'project management office',
  procure: 'procurement',
  bi: 'business intelligence',
  swe: 'software engineer',
  sre: 'site reliability engineer',
  qa: 'quality assurance',
  rd: 'research and development',
  hrbp: 'human resources business partner',
  svc: 'service',
  resp: 'head',
  cust: 'customer',
  acct: 'account',
  assoc: 'associate',
  exec: 'executive',
  admin: 'administrator',
  coord: 'coordinator',
  mktg: 'marketing',
  asst: 'assistant',
  supt: 'superintendent',
  supv: 'supervisor',
  supvr: 'supervisor',
  dept: 'department',
  qc: 'quality control',
  ehs: 'environmental health safety',
  hse: 'health safety environment',
  qhse: 'quality health safety environment',
  hseq: 'health safety environment quality',
  sheq: 'safety health environment quality',
  qse: 'quality safety environment',
  esh: 'environmental safety health',
  osh: 'occupational safety health',
  ohs: 'occupational health safety',
  whs: 'work health safety',
  ltr: 'head',
  pdg: 'chief executive officer',
  dga: 'deputy managing director',
  stv: 'deputy',
};

/** Multi-word forms normalised before the words are expanded. */
export const TITLE_PHRASES: [RegExp, string][] = [
  [/\bfp ?and ?a\b/g, 'financial planning and analysis'],
  [/\bl ?and ?d\b/g, 'learning and development'],
  [/\br ?and ?d\b/g, 'research and development'],
  [/\bp ?and ?l\b/g, 'profit and loss'],
  [/\bco ?founder\b/g, 'cofounder'],
  [/\bhead of\b/g, 'head'],
  [/\bvice-president\b/g, 'vice president'],
  [/\bf ?and ?b\b/g, 'food and beverage'],
];

/** Abbreviations that mean different roles in different sectors: the first meaning is the default; a
 * meaning is preferred when the taxonomy's personas use it, or when the prospect's industry (or the
 * library's whole market) is one of its sectors. A CMO at a biotech is more likely medical. */
export const SECTOR_ABBREVIATIONS: Record<string, { meaning: string; sectors?: string[] }[]> = {
  cmo: [{ meaning: 'chief marketing officer' }, { meaning: 'chief medical officer', sectors: ['healthcare', 'lifesciences'] }],
  cdo: [
    { meaning: 'chief digital officer' },
    { meaning: 'chief data officer' },
    { meaning: 'chief development officer', sectors: ['nonprofit'] },
  ],
  cso: [
    { meaning: 'chief security officer' },
    { meaning: 'chief scientific officer', sectors: ['lifesciences'] },
    { meaning: 'chief sustainability officer', sectors: ['energy'] },
    { meaning: 'chief sales officer' },
  ],
  cno: [{ meaning: 'chief nursing officer', sectors: ['healthcare'] }],
  ed: [{ meaning: 'executive director' }],
  mgo: [{ meaning: 'major gifts officer', sectors: ['nonprofit'] }],
  md: [{ meaning: 'managing director' }, { meaning: 'medical doctor', sectors: ['healthcare', 'lifesciences'] }],
  dg: [{ meaning: 'managing director' }],
  gf: [{ meaning: 'managing director' }],
  pm: [{ meaning: 'project manager' }, { meaning: 'property manager', sectors: ['realestate'] }],
  cpo: [{ meaning: 'chief people officer' }, { meaning: 'chief product officer', sectors: ['technology'] }, { meaning: 'chief procurement officer' }],
  cco: [
    { meaning: 'chief customer officer' },
    { meaning: 'chief commercial officer' },
    { meaning: 'chief compliance officer', sectors: ['financial', 'healthcare', 'lifesciences'] },
    { meaning: 'chief communications officer' },
  ],
  cmio: [{ meaning: 'chief medical information officer', sectors: ['healthcare'] }],
  cnio: [{ meaning: 'chief nursing information officer', sectors: ['healthcare'] }],
  cto: [{ meaning: 'chief technology officer' }, { meaning: 'chief transformation officer' }],
  cro: [{ meaning: 'chief revenue officer' }, { meaning: 'chief risk officer', sectors: ['financial'] }],
  cao: [{ meaning: 'chief accounting officer' }, { meaning: 'chief administrative officer', sectors: ['government', 'healthcare', 'education'] }],
};

/** Business functions and the words that name them in titles (and in persona labels and aliases). */
export const FUNCTIONS: Record<string, string[]> = {
  finance: [
    'finance', 'financial', 'financial planning and analysis', 'accounting', 'accountant', 'controller', 'comptroller',
    'treasury', 'treasurer', 'accounts payable', 'accounts receivable', 'bookkeeper', 'tax', 'chief financial officer',
    'chief accounting officer', 'billing', 'fiscal', 'budget', 'revenue accounting', 'profit and loss',
  ],
  payroll: ['payroll', 'compensation and payroll', 'pay operations'],
  it: [
    'information technology', 'chief information officer', 'chief technology officer', 'technology', 'systems',
    'enterprise applications', 'business systems', 'digital', 'chief digital officer', 'cloud', 'erp', 'applications',
    'data center', 'hris', 'hr technology', 'edi',
  ],
  itops: [
    'infrastructure', 'it operations', 'information technology operations', 'network', 'network administrator',
    'systems administrator', 'sysadmin', 'service desk', 'help desk', 'desktop support', 'it support', 'end user computing',
    'technician',
  ],
  security: ['security', 'information security', 'cyber security', 'cyber', 'chief information security officer', 'chief security officer', 'threat'],
  soc: ['security operations', 'security operations center', 'incident response', 'incident responder', 'detection', 'detection and response', 'cyber defense', 'threat hunting', 'siem'],
  identity: ['identity', 'identity and access', 'iam', 'access management', 'okta', 'entra', 'active directory'],
  operations: [
    'operations', 'operating', 'chief operating officer', 'plant', 'facilities', 'business operations',
    'process improvement', 'operational excellence', 'production', 'district manager', 'area manager',
    'regional manager', 'multi unit', 'manufacturing', 'factory', 'site operations', 'environmental services',
  ],
  // Keeping plant and equipment running, and the crafts that do it: a "Lead Electrician" or a "Shift
  // Mechanic Supervisor" in a plant leads maintenance work.
  maintenance: [
    'maintenance', 'reliability', 'reliability engineering', 'condition monitoring', 'mro', 'technical services',
    'facilities maintenance', 'plant engineering', 'electrician', 'mechanic', 'millwright', 'electromechanical',
    'electromechanic', 'instrumentation', 'instrument technician', 'controls technician', 'fitter', 'pipefitter',
    'welder', 'machinist', 'multicraft', 'multi craft', 'hvac', 'boilermaker', 'maintenance technician', 'maintenance planner',
  ],
  // Health, safety and environment at work (in other languages the same word often means security: the
  // lexicon of titles reads the phrases that say which).
  safety: [
    'safety', 'health and safety', 'occupational safety', 'occupational health', 'environmental health and safety',
    'environment health and safety', 'health safety and environment', 'health safety environment', 'environmental protection',
    'environment', 'environmental', 'safety officer', 'industrial hygiene', 'industrial safety', 'process safety',
  ],
  quality: [
    'quality', 'quality assurance', 'quality control', 'qa', 'qc', 'quality management', 'quality systems', 'food safety',
    'fsqa', 'haccp', 'sqf', 'supplier quality',
  ],
  // Narrower kinds of operations, for taxonomies that tell them apart (a logistics vendor's, say).
  supplychain: ['supply chain', 'logistics', 'chief supply chain officer', 'distribution', 'contract logistics', 's and op'],
  warehouse: [
    'warehouse', 'warehousing', 'fulfillment', 'fulfilment', 'distribution center', 'dc', 'inventory', 'inventory control',
    'shipping and receiving', 'receiving', 'yard', 'dock', 'picking', 'material handling',
  ],
  transportation: ['transportation', 'transport', 'freight', 'traffic', 'shipping', 'carrier relations', 'inbound transportation', 'outbound transportation'],
  fleet: ['fleet', 'fleet maintenance', 'vehicles', 'drivers'],
  dispatch: ['dispatch', 'dispatcher', 'load planning', 'load planner', 'route planning', 'route planner', 'routing', 'planner'],
  hr: [
    'human resources', 'people', 'chief human resources officer', 'chief people officer', 'workforce',
    'learning and development', 'benefits', 'compensation', 'employee experience', 'people operations', 'human capital',
    'human resources business partner', 'people and culture', 'culture', 'hr generalist',
  ],
  recruiting: ['talent', 'talent acquisition', 'recruiting', 'recruiter', 'recruitment', 'hiring', 'sourcer', 'sourcing specialist', 'staffing'],
  procurement: [
    'procurement', 'purchasing', 'sourcing', 'buyer', 'supply management', 'vendor management', 'category manager',
    'strategic sourcing', 'chief procurement officer', 'supplier', 'contracts manager', 'commodity manager',
  ],
  sales: [
    'sales', 'revenue', 'chief revenue officer', 'business development', 'account executive', 'account manager',
    'revenue operations', 'sales operations', 'commercial', 'sales development representative',
    'business development representative', 'channel', 'partnerships', 'enterprise accounts', 'inside sales', 'technical account manager',
  ],
  marketing: [
    'marketing', 'demand generation', 'brand', 'chief marketing officer', 'communications', 'content',
    'growth marketing', 'market research', 'product marketing', 'digital marketing', 'field marketing', 'public relations',
  ],
  engineering: [
    'engineer', 'engineering', 'developer', 'software', 'architect', 'development operations engineering',
    'programmer', 'site reliability engineer', 'platform', 'backend', 'frontend', 'full stack',
    'research and development', 'coder', 'tech lead', 'technical', 'chief engineer',
  ],
  executive: [
    'chief executive officer', 'chief executive', 'executive team', 'leadership team', 'c suite', 'c level', 'founder', 'cofounder',
    'executive director',
    'president', 'owner', 'managing director', 'general manager',
    'managing partner', 'chairman', 'chairwoman', 'chair', 'principal', 'proprietor', 'entrepreneur',
    // The one who runs a single site or branch runs its business.
    'site manager', 'site director', 'branch manager', 'branch director', 'location manager',
  ],
  legal: ['legal', 'counsel', 'general counsel', 'attorney', 'lawyer', 'paralegal', 'solicitor', 'contracts'],
  compliance: ['compliance', 'risk', 'regulatory', 'audit', 'governance', 'privacy', 'data protection'],
  support: [
    'support', 'customer service', 'customer care', 'contact center', 'call center', 'contact centre', 'helpdesk',
    'service delivery', 'technical support', 'customer support', 'agent', 'knowledge',
  ],
  success: ['customer success', 'customer success manager', 'renewals', 'account management', 'client success', 'retention'],
  experience: ['customer experience', 'chief customer officer', 'chief experience officer', 'member experience', 'patient experience', 'client experience'],
  product: ['product', 'product manager', 'product management', 'chief product officer', 'product owner'],
  data: ['data', 'analytics', 'business intelligence', 'data science', 'data scientist', 'chief data officer', 'insights'],
  fundraising: [
    'fundraising', 'fundraiser', 'development', 'advancement', 'philanthropy', 'major gifts', 'major gift', 'major donors',
    'annual giving', 'annual fund', 'planned giving', 'stewardship', 'donor relations', 'supporter care', 'donor care',
    'chief development officer', 'gift officer', 'major gifts officer', 'grants', 'capital campaign',
  ],
  volunteering: ['volunteer', 'volunteers', 'volunteering', 'community engagement'],
  hospitalityops: [
    'food and beverage', 'rooms', 'front office', 'front desk', 'housekeeping', 'housekeeper', 'executive housekeeper',
    'concessions', 'banquets', 'catering',
  ],
  culinary: ['chef', 'executive chef', 'head chef', 'sous chef', 'kitchen', 'culinary', 'cook', 'pastry'],
  research: ['research', 'scientist', 'scientific', 'chief scientific officer', 'laboratory', 'lab'],
  clinical: [
    'clinical', 'medical', 'medical affairs', 'medical doctor', 'nursing', 'nurse', 'physician', 'medical director', 'chief medical officer',
    'chief nursing officer', 'pharmacy', 'pharmacist', 'clinician', 'doctor', 'surgeon', 'dentist', 'hygienist', 'dental hygienist',
    'therapist', 'physician assistant', 'nurse practitioner', 'veterinarian', 'veterinary', 'veterinary technician', 'vet tech', 'dvm',
    'chief medical information officer', 'chief nursing information officer',
  ],
};

/** Phrases that name a rank, not a function: "Vice President" is not the president's office. */
export const RANK_PHRASES = [
  'vice president', 'senior vice president', 'executive vice president', 'assistant vice president', 'group vice president',
  'executive assistant', 'executive officer',
];

/** A narrower function counts for its broader one at half weight: recruiting is part of HR. */
export const FUNCTION_PARENTS: Record<string, string> = {
  recruiting: 'hr',
  payroll: 'finance',
  supplychain: 'operations',
  warehouse: 'operations',
  transportation: 'operations',
  fleet: 'operations',
  dispatch: 'operations',
  itops: 'it',
  soc: 'security',
  identity: 'security',
  hospitalityops: 'operations',
  culinary: 'operations',
  maintenance: 'operations',
  safety: 'compliance',
};

/** Words in titles that name a rank or a kind of role, not what the person works on. */
export const GENERIC_TITLE_WORDS = [
  'manager', 'director', 'head', 'lead', 'leader', 'chief', 'officer', 'vice', 'president', 'senior', 'junior', 'associate',
  'assistant', 'analyst', 'specialist', 'coordinator', 'administrator', 'representative', 'consultant', 'partner', 'executive',
  'principal', 'team', 'staff', 'global', 'regional', 'group', 'general', 'deputy', 'interim', 'acting', 'owner',
];

/** How senior a title is; used only to choose between personas of the same function. */
export const SENIORITY: [number, string[]][] = [
  [5, ['chief', 'president', 'founder', 'cofounder', 'owner', 'partner', 'chairman', 'chair', 'executive']],
  [4, ['vice president', 'head', 'leader', 'leadership', 'managing director', 'general manager', 'director', 'senior director']],
  // A manager is above the front line (a supervisor, a foreman, a team or shift lead) and below a head.
  [3, ['manager']],
  [2, ['lead', 'supervisor', 'principal', 'foreman', 'forewoman', 'foreperson', 'superintendent']],
  [1, ['senior', 'specialist', 'analyst', 'associate', 'coordinator', 'representative', 'administrator', 'officer', 'engineer', 'developer', 'consultant', 'agent', 'clerk', 'assistant']],
];

/** Job titles' words in German, French, Spanish, Italian, Dutch and Portuguese that the shared lexicon
 * (./lexicon.ts) does not read, or reads otherwise in a title: business functions (maintenance, safety,
 * quality, plant), ranks of the front line (shift leads, foremen) and the crafts. Normalised (lower
 * case, no accents), feminine forms listed; German "-in" and plurals are taken off by rule. Read before
 * the shared lexicon, so "Técnica de Segurança do Trabalho" is occupational safety, not security.
 * General language knowledge, for any vendor: nothing here comes from a library or an evaluation set. */
export const FOREIGN_TITLE_PHRASES: Record<string, string> = {
  // Safety: "security" words made safety by what follows them.
  'securite au travail': 'occupational safety', 'sante securite': 'health safety', 'sante et securite': 'health safety',
  'hygiene securite environnement': 'health safety environment', 'securite environnement': 'safety environment',
  'prevention des risques': 'occupational safety', 'securite industrielle': 'industrial safety',
  'prevencion de riesgos laborales': 'occupational safety', 'prevencion de riesgos': 'occupational safety',
  'seguridad industrial': 'industrial safety', 'seguridad laboral': 'occupational safety', 'seguridad y salud': 'health safety',
  'salud y seguridad': 'health safety', 'seguridad e higiene': 'health safety', 'higiene y seguridad': 'health safety',
  'seguridad y medio ambiente': 'safety environment', 'seguridad salud y medio ambiente': 'health safety environment',
  'sicurezza sul lavoro': 'occupational safety', 'sicurezza sul lavoro e ambiente': 'occupational safety environment',
  'salute e sicurezza': 'health safety', 'sicurezza e ambiente': 'safety environment', 'prevenzione e protezione': 'health safety',
  'sicurezza industriale': 'industrial safety',
  'seguranca do trabalho': 'occupational safety', 'seguranca no trabalho': 'occupational safety',
  'saude e seguranca': 'health safety', 'seguranca e saude': 'health safety', 'seguranca e meio ambiente': 'safety environment',
  'seguranca industrial': 'industrial safety',
  'medio ambiente': 'environment', 'meio ambiente': 'environment',
  // Quality: "assurance" and "assicurazione" are insurance elsewhere.
  'quality assurance': 'qa', 'assurance qualite': 'qa', 'assurance de la qualite': 'qa', 'controle qualite': 'qc',
  'controle de la qualite': 'qc', 'aseguramiento de la calidad': 'qa', 'aseguramiento de calidad': 'qa',
  'control de calidad': 'qc', 'garantia de calidad': 'qa', 'assicurazione qualita': 'qa', 'assicurazione della qualita': 'qa',
  'garanzia della qualita': 'qa', 'controllo qualita': 'qc', 'controllo della qualita': 'qc', 'garantia da qualidade': 'qa',
  'garantia de qualidade': 'qa', 'controle de qualidade': 'qc', 'controle da qualidade': 'qc',
  // Maintenance and the technical department.
  'technische dienst': 'technical services', 'services techniques': 'technical services', 'service technique': 'technical services',
  'servicios tecnicos': 'technical services', 'servizi tecnici': 'technical services', 'servicos tecnicos': 'technical services',
  'ufficio tecnico': 'engineering', 'bureau d etudes': 'engineering', 'oficina tecnica': 'engineering',
  // Front-line ranks.
  'chef de quart': 'shift supervisor', 'cheffe de quart': 'shift supervisor', 'chef de poste': 'shift supervisor',
  'cheffe de poste': 'shift supervisor', 'cheffe d equipe': 'team lead', 'chef d atelier': 'workshop manager',
  'jefe de turno': 'shift supervisor', 'jefa de turno': 'shift supervisor', 'encargado de turno': 'shift supervisor',
  'encargada de turno': 'shift supervisor', 'jefe de equipo': 'team lead', 'jefa de equipo': 'team lead',
  'capo turno': 'shift supervisor', 'capo reparto': 'department head', 'capo squadra': 'supervisor',
  'chefe de turno': 'shift supervisor', 'chefe de equipe': 'team lead', 'lider de turno': 'shift supervisor',
  'lider de equipo': 'team lead', 'lider de equipe': 'team lead',
  // Plants and sites: a director of manufacturing in Romance languages is "industrial".
  'directeur industriel': 'manufacturing director', 'directrice industrielle': 'manufacturing director',
  'director industrial': 'manufacturing director', 'directora industrial': 'manufacturing director',
  'diretor industrial': 'manufacturing director', 'diretora industrial': 'manufacturing director',
  'direttore industriale': 'manufacturing director', 'direttrice industriale': 'manufacturing director',
  'directeur de site': 'site director', 'directrice de site': 'site director', 'responsable de site': 'site manager',
  'administrador de fincas': 'property manager', 'administradora de fincas': 'property manager',
  'gestionnaire immobilier': 'property manager', 'gestion locative': 'property management',
  'amministratore di condominio': 'property manager', 'folha de pagamento': 'payroll', 'controle de gestion': 'financial planning and analysis',
  'control de gestion': 'financial planning and analysis', 'controllo di gestione': 'financial planning and analysis',
  'servicio tecnico': 'technical support', 'assistenza clienti': 'customer service', 'assistenza tecnica': 'technical support',
};

export const FOREIGN_TITLE_WORDS: Record<string, string> = {
  // Maintenance
  instandhaltung: 'maintenance', wartung: 'maintenance', ih: 'maintenance', instandhalter: 'maintenance technician',
  entretien: 'maintenance', mantenimiento: 'maintenance', manutenzione: 'maintenance', manutentore: 'maintenance technician',
  manutentrice: 'maintenance technician', onderhoud: 'maintenance', manutencao: 'maintenance', td: 'technical services',
  // Crafts
  elektriker: 'electrician', elektroniker: 'electrician', mechaniker: 'mechanic', mechatroniker: 'electromechanic',
  schlosser: 'fitter', betriebsschlosser: 'fitter', industriemechaniker: 'mechanic', plt: 'instrumentation',
  msr: 'instrumentation', emsr: 'instrumentation', electricien: 'electrician', electricienne: 'electrician',
  mecanicien: 'mechanic', mecanicienne: 'mechanic', electromecanicien: 'electromechanic', electromecanicienne: 'electromechanic',
  electromecanique: 'electromechanical', automaticien: 'controls technician', automaticienne: 'controls technician',
  instrumentiste: 'instrumentation', electricista: 'electrician', mecanico: 'mechanic', electromecanico: 'electromechanic',
  electromecanica: 'electromechanical', instrumentista: 'instrumentation', elettricista: 'electrician', meccanico: 'mechanic',
  elettromeccanico: 'electromechanic', elettromeccanica: 'electromechanical', strumentista: 'instrumentation',
  elektricien: 'electrician', monteur: 'fitter', storingsmonteur: 'maintenance technician',
  onderhoudsmonteur: 'maintenance technician', eletricista: 'electrician', eletromecanico: 'electromechanic',
  eletromecanica: 'electromechanical', soldador: 'welder', soudeur: 'welder', saldatore: 'welder', schweisser: 'welder', lasser: 'welder',
  // Safety, health and environment
  arbeitssicherheit: 'occupational safety', arbeitsschutz: 'occupational safety', sifa: 'occupational safety specialist',
  sicherheitsfachkraft: 'safety specialist', umweltschutz: 'environmental protection', umwelt: 'environment',
  preventeur: 'safety officer', preventrice: 'safety officer', prl: 'occupational safety', rspp: 'health safety manager',
  aspp: 'health safety officer', ambiente: 'environment', kam: 'quality health safety environment', vgm: 'health safety environment',
  arbo: 'occupational health safety', veiligheid: 'safety', veiligheidskundige: 'safety specialist',
  preventiemedewerker: 'safety officer', milieu: 'environment', sst: 'occupational safety', ssma: 'health safety environment',
  qssma: 'quality health safety environment', qsms: 'quality safety environment health',
  // Quality
  qualitatssicherung: 'qa', qualitatsmanagement: 'quality management', kwaliteitsborging: 'qa', kwaliteitszorg: 'quality management',
  kwaliteitscontrole: 'qc',
  // Reliability, engineering
  zuverlassigkeit: 'reliability', fiabilite: 'reliability', fiabilidad: 'reliability', confiabilidad: 'reliability',
  affidabilita: 'reliability', betrouwbaarheid: 'reliability', confiabilidade: 'reliability',
  technik: 'technical', technisch: 'technical', technische: 'technical', technischer: 'technical', technique: 'technical',
  tecnico: 'technical', tecnica: 'technical', tecnicos: 'technical', tecnici: 'technical', techniek: 'technical',
  technicien: 'technician', technicienne: 'technician', techniker: 'technician', technicus: 'technician',
  // Plants and sites
  usine: 'plant', planta: 'plant', fabrica: 'plant', stabilimento: 'plant', impianto: 'plant', impianti: 'plant',
  fabriek: 'plant', fabrik: 'plant', esercizio: 'operations',
  // Ranks
  gestor: 'manager', gestora: 'manager', encarregado: 'supervisor', encarregada: 'supervisor', supervisora: 'supervisor',
  capoturno: 'shift supervisor', caporeparto: 'department head', schichtfuhrer: 'shift supervisor',
  schichtmeister: 'shift supervisor', ploegbaas: 'supervisor', ploegchef: 'supervisor', vorgesetzter: 'supervisor',
  dirigente: 'manager', leidinggevende: 'manager', afdelingshoofd: 'department head', abteilungsleiter: 'department head',
  turno: 'shift', schicht: 'shift', ploeg: 'shift', gestionnaire: 'manager', administrateur: 'administrator',
  administratrice: 'administrator', administrador: 'administrator', administradora: 'administrator', beheerder: 'administrator',
  verwalter: 'administrator',
  // Other functions the shared lexicon leaves out
  propiedad: 'property', propiedades: 'property', propriete: 'property', proprietes: 'property', proprieta: 'property',
  propriedade: 'property', propriedades: 'property', inmueble: 'property', inmuebles: 'property', immobilie: 'property',
  liegenschaft: 'property', liegenschaften: 'property', hausverwalter: 'property manager', vastgoedbeheerder: 'property manager',
  soporte: 'support', supporto: 'support', suporte: 'support', assistenza: 'support', kundenbetreuung: 'customer service',
  approvvigionamento: 'procurement', approvvigionamenti: 'procurement', suprimentos: 'procurement', aprovisionamento: 'procurement',
  recrutement: 'recruiting', reclutamiento: 'recruiting', reclutamento: 'recruiting', werving: 'recruiting', recrutamento: 'recruiting',
  personalgewinnung: 'recruiting', formation: 'learning and development', formacion: 'learning and development',
  formazione: 'learning and development', opleiding: 'learning and development', weiterbildung: 'learning and development',
  salarisadministratie: 'payroll', controlling: 'financial planning and analysis', donnees: 'data', datos: 'data', dati: 'data',
  daten: 'data', gegevens: 'data', dados: 'data',
};
