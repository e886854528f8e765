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
    'process improvement', 'operational excellence', 'maintenance', 'production', 'district manager', 'area manager',
    'regional manager', 'multi unit',
  ],
  // Narrower kinds of operations, for taxonomies that tell them apart (a logistics vendor's, say).
  supplychain: ['supply chain', 'logistics', 'chief supply chain officer', 'distribution', 'contract logistics', 's and op'],
  warehouse: [
    'warehouse', 'warehousing', 'fulfillment', 'fulfilment', 'distribution center', 'dc', 'inventory', 'inventory control',
    'shipping and receiving', 'receiving', 'yard', 'dock', 'picking', 'material handling',
  ],
  transportation: ['transportation', 'freight', 'traffic', 'shipping', 'carrier relations', 'inbound transportation', 'outbound transportation'],
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
    'business development representative', 'channel', 'partnerships', 'enterprise accounts', 'inside sales',
  ],
  marketing: [
    'marketing', 'demand generation', 'brand', 'chief marketing officer', 'communications', 'content',
    'growth marketing', 'market research', 'product marketing', 'digital marketing', 'field marketing', 'public relations',
  ],
  engineering: [
    'engineer', 'engineering', 'developer', 'software', 'architect', 'development operations engineering',
    'programmer', 'site reliability engineer', 'platform', 'backend', 'frontend', 'full stack', 'qa',
    'quality assurance', 'research and development', 'coder', 'tech lead',
  ],
  executive: [
    'chief executive officer', 'chief executive', 'executive team', 'leadership team', 'c suite', 'c level', 'founder', 'cofounder',
    'executive director',
    'president', 'owner', 'managing director', 'general manager',
    'managing partner', 'chairman', 'chairwoman', 'chair', 'principal', 'proprietor', 'entrepreneur',
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
  clinical: ['clinical', 'medical', 'medical affairs', 'medical doctor', 'nursing', 'nurse', 'physician', 'medical director', 'chief medical officer', 'chief nursing officer', 'pharmacy'],
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
  [2, ['manager', 'lead', 'supervisor', 'principal']],
  [1, ['senior', 'specialist', 'analyst', 'associate', 'coordinator', 'representative', 'administrator', 'officer', 'engineer', 'developer', 'consultant', 'agent', 'clerk', 'assistant']],
];
