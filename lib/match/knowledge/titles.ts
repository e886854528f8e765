import { CHILD_PROTECTION_WORDS } from './lexicon';
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
  pres: 'president',
  chmn: 'chairman',
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
  maint: 'maintenance',
  ecommerce: 'e commerce',
  resp: 'head',
  cust: 'customer',
  acct: 'account',
  assoc: 'associate',
  exec: 'executive',
  admin: 'administrator',
  coord: 'coordinator',
  mktg: 'marketing',
  asst: 'assistant',
  // "Promotions Rep", "Brand Reps": the clipped representative, as a taxonomy's "Brand Representative" says it whole.
  rep: 'representative',
  reps: 'representatives',
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
  // The United States' licence and board titles of mental health and addiction clinicians, as their words: those
  // with one meaning in every trade (LICENCE_TITLES; "LPC" and "CADC" have others and are SECTOR_ABBREVIATIONS').
  pmhnp: 'psychiatric mental health nurse practitioner',
  fnp: 'family nurse practitioner',
  aprn: 'advanced practice registered nurse',
  lcsw: 'licensed clinical social worker',
  licsw: 'licensed independent clinical social worker',
  lpcc: 'licensed professional clinical counselor',
  lmhc: 'licensed mental health counselor',
  lmft: 'licensed marriage and family therapist',
  ladc: 'licensed alcohol and drug counselor',
  // The radiographer's national title in each language, said by its initials: German "MTRA" (medizinisch-technische
  // Radiologieassistentin), Italian "TSRM" (tecnico sanitario di radiologia medica), Spanish "TSID" (técnico superior en
  // imagen para el diagnóstico), Dutch "MBB'er" (medisch beeldvormings- en bestralingsdeskundige). The newer German
  // "MTR" and the Swiss French "TRM" have other senses and are SECTOR_ABBREVIATIONS'.
  mtra: 'radiographer',
  tsrm: 'radiographer',
  tsid: 'radiographer',
  mbber: 'radiographer',
  mbbers: 'radiographers',
};

/** The licence and board titles of clinicians (TITLE_ABBREVIATIONS, SECTOR_ABBREVIATIONS): a taxonomy's persona
 * whose name's initials are one of them keeps them ("LPC" of a retailer's "Loss Prevention Coordinator"). */
export const LICENCE_TITLES = new Set(['pmhnp', 'fnp', 'aprn', 'lcsw', 'licsw', 'lpc', 'lpcc', 'lmhc', 'lmft', 'cadc', 'ladc']);

/** The words of the trades where these licences are held outside what reads as healthcare: counselling and
 * psychotherapy practices, addiction and recovery centres, social and family services, schools' counselling and
 * employee assistance ("LPC" at "Brookfern Counseling", "CADC" at "New Dawn Recovery Center"). Read in the prospect's
 * industry, company name or notes, or in the library's own industries' names (the 'counselling' sector of
 * SECTOR_ABBREVIATIONS). */
export const COUNSELLING_TRADE_WORDS = [
  'counseling', 'counselling', 'counselor', 'counselors', 'counsellor', 'counsellors', 'psychotherapy', 'psychotherapist',
  'psychotherapists', 'therapy', 'therapists', 'behavioral health', 'behavioural health', 'mental health', 'addiction',
  'addictions', 'recovery center', 'recovery centre', 'recovery services', 'substance abuse', 'substance use', 'rehab',
  'detox', 'sober living', 'social services', 'social service', 'family services', 'human services', 'child welfare',
  'foster care', 'school', 'schools', 'school district', 'k 12', 'k12', 'employee assistance', 'eap',
];

/** Words beside these licences' initials that give them another sense (the United Kingdom's Legal Practice Course,
 * a line of microcontrollers): no counselling trade then. */
export const NOT_COUNSELLING_WORDS = ['law', 'legal', 'solicitor', 'solicitors', 'barrister', 'firmware', 'microcontroller', 'semiconductor', 'semiconductors'];

/** The last words of a persona name that make it a clinician's title ("Lead Psychiatric Clinician", "Family Nurse
 * Practitioner"): a persona whose initials are a licence's keeps them in a clinic only when it is one. */
export const CLINICIAN_HEADS = new Set([
  'clinician', 'clinicians', 'counselor', 'counselors', 'counsellor', 'counsellors', 'therapist', 'therapists',
  'practitioner', 'practitioners', 'nurse', 'nurses', 'psychiatrist', 'psychiatrists', 'psychologist', 'psychologists',
  'physician', 'physicians', 'worker', 'workers', 'doctor', 'doctors', 'prescriber', 'prescribers',
]);

/** A home for the old or the sick named with its kind beside the rank of whoever runs it ("Care Home Manager",
 * "Director of a Nursing Home"; TITLE_PHRASES): only there, so that a home said after a comma or "at", where the
 * title's holder works, leaves the role before it alone ("Nursing Director, Nursing Home" is the head of nursing;
 * readTitleWords reads that comma as "at"), and read once, after the lexicon has translated the home's own word
 * ("Seniorenheim"). */
const HOME_KIND = '(?:nursing|care|retirement|residential|rest)';
const HOME_HEAD = '(?:manager|director|head|administrator|chief|lead|leader|owner|proprietor|supervisor)';
export const CARE_HOME = new RegExp(
  `\\b${HOME_KIND} (homes?)(?= ${HOME_HEAD}\\b)|(?<=\\b${HOME_HEAD} (?:(?:of|of the|of a|for|d|de|du|des|der|von|vom|del|della|di) )?)${HOME_KIND} (homes?)\\b`,
  'g',
);

/** "P&O" (normalised "p and o") as the HR department a title's holder works in: only where the title is that
 * department's role and names nothing else, a rank and a role word before it ("Adviseur P&O", "Senior adviseur P&O",
 * "Hoofd P & O", "Head of P&O", "Manager P&O") or a role word joined after it ("P&O-adviseur", "P&O Manager"), up to
 * the end or whatever the title goes on with (PO_END). Elsewhere "P&O" is a company's name ("Fleet Manager, P&O Ferries", "Operations
 * Manager, P and O"), the clinical trade of prosthetics and orthotics ("Certified P&O Practitioner", "P&O Clinic
 * Manager") or part of a word ("Pando"), and the title's own role keeps its reading. */
const PO_RANK = '(?:(?:senior|junior|medior|sr|jr|strategisch|strategic|interim|chief|eerste) )*';
const PO_ROLE_BEFORE =
  '(?:adviseur|adviseuse|adviser|advisor|beleidsadviseur|beleidsmedewerker|medewerker|consulent|consultant|hoofd|head|manager|directeur|director|teamleider|team leader|leider|lead|coordinator|functionaris|officer|assistent|business ?partner|partner|specialist)';
const PO_ROLE_AFTER =
  '(?:adviseur|adviseuse|adviser|advisor|beleidsadviseur|beleidsmedewerker|medewerker|consulent|consultant|manager|directeur|director|teamleider|coordinator|functionaris|officer|assistent|business ?partner|partner)';
/** What follows "P&O" where it is a company's name or the prosthetics and orthotics trade, not the department: the
 * ferry, cruise and port lines' own words ("P&O Ferries", "P&O Ferrymasters", "P&O Maritime") and a clinic's. */
const PO_NOT_DEPARTMENT =
  '(?:ferr(?:y|ies)|ferrymasters|cruises?|maritime|ports?|nedlloyd|princess|steam|clinics?|practitioners?|services|labs?|orthotics?|prosthetics?|orthotists?|prosthetists?)';
/** The department's name ends at the title's end or before what the title goes on with: where ("bij Gemeente X", ",
 * Gemeente X"), a unit, a region or a country ("Zorg", "Switzerland"), "a.i." or hours in brackets ("(32 uur)"), or
 * a part joined to it ("P&O-administratie"); normalised, a comma or a bracket is a space. Not before PO_NOT_DEPARTMENT. */
const PO_END = `(?:$| (?!${PO_NOT_DEPARTMENT}(?: |$)))`;
export const PEOPLE_AND_ORGANISATION = new RegExp(
  `(?<=^${PO_RANK}${PO_ROLE_BEFORE} (?:(?:of|van|afdeling|van de afdeling) )?)p and o(?=${PO_END})|(?<=^${PO_RANK})p and o(?= ${PO_ROLE_AFTER}${PO_END})`,
  'g',
);

/** The initials of a department that joins two functions, as their two names joined by "&": quality beside health,
 * safety and environment ("QHSE" in French, English and Belgian firms; "HSEQ", "SHEQ" in British and Dutch ones;
 * Dutch "KAM", kwaliteit, arbo en milieu; French "QSE"; Francophone African "QSSMA"). A title that heads such a
 * department heads both functions, read as a title that names them with "&" is ("Quality & HSE Manager"), where the
 * taxonomy names the two apart (resolve.ts, `spellJoined`). */
export const JOINED_FUNCTION_ABBREVIATIONS: Record<string, string> = {
  qhse: 'quality & health safety environment',
  hseq: 'health safety environment & quality',
  sheq: 'safety health environment & quality',
  hsqe: 'health safety environment & quality',
  qse: 'quality & safety environment',
  kam: 'quality & occupational health safety environment',
  qssma: 'quality & health safety environment',
};

/** A UK or Irish council's "Head of Service" (or "of Services") heads one of its services, a department, as the
 * French "chef de service" heads a service (sixty-third round): only where the phrase ends the title or its part
 * (before a comma, a dash, a bracket or "&": "Head of Service, Adult Care"), not "Head of Service Desk" nor "Head
 * of Service Delivery", whose next word names what the service is. Read on the title as written, before its
 * punctuation goes. */
export const HEAD_OF_SERVICE = /\bhead of services?(?=\s*(?:$|[,;(&/|–—-]))/giu;

/** A care trade's words, beside which a title's "tech" is the trade's technician who assists its clinicians, not
 * technology (a veterinary, surgical, pharmacy, dental or laboratory tech, a clinic's tech, a pathologist's autopsy or
 * histology tech): read by TITLE_PHRASES'
 * rewrites (the word straight before "tech") and by the `tech` abbreviation's technician cues (the word anywhere in the
 * title). One list for both (review mend, sixty-fifth round: the two had kept different members). */
export const CARE_TRADE_WORDS = [
  'vet', 'vets', 'veterinary', 'clinic', 'clinical', 'surgical', 'surgery', 'pharmacy', 'dental', 'lab', 'laboratory',
  // The pathologist's own technicians, of the autopsy room, the morgue and the histology bench (sixty-sixth round).
  'autopsy', 'morgue', 'mortuary', 'histology', 'pathology',
];
/** The care trades' words whose tech keeps the trade's own word ("Dental Tech" is a dental technician); a vet's and a
 * clinic's have their own rewrites below. */
const CARE_TRADE_OWN = CARE_TRADE_WORDS.filter((w) => !/^(?:vet|clinic)/.test(w));
/** Words of health IT in a title: beside them a clinic's "tech" is its technology, not a technician ("Clinical Systems
 * Tech", "Digital Clinical Tech Lead"). */
export const HEALTH_IT_WORDS = ['systems', 'informatics', 'digital', 'it', 'ehr', 'emr'];
const HEALTH_IT = HEALTH_IT_WORDS.join('|');
/** A clinic's "tech" that is its technology, not a technician (review mend, sixty-fifth round): a lead or a manager after it,
 * "head of" before it, or a word of health IT anywhere in the title ("Clinical Tech Lead", "Head of Clinical Tech",
 * "Digital Clinical Tech"): rewritten so in TITLE_PHRASES, and closing the `tech` abbreviation's technician meaning. */
export const CLINIC_TECHNOLOGY = new RegExp(
  `(?<=\\bhead of )clinic(?:al)? tech\\b|\\bclinic(?:al)? tech(?= (?:lead|leads|manager|managers|mgr)\\b)|` +
    `(?<=\\b(?:${HEALTH_IT})\\b.*)\\bclinic(?:al)? tech\\b|\\bclinic(?:al)? tech\\b(?=.*\\b(?:${HEALTH_IT})\\b)`,
  'g',
);

/** Multi-word forms normalised before the words are expanded. */
export const TITLE_PHRASES: [RegExp, string][] = [
  [/\bfp ?and ?a\b/g, 'financial planning and analysis'],
  [/\bl ?and ?d\b/g, 'learning and development'],
  [/\br ?and ?d\b/g, 'research and development'],
  [/\bp ?and ?l\b/g, 'profit and loss'],
  [/\bco ?founder\b/g, 'cofounder'],
  // A clinic's "tech" run by a lead or a manager after it, headed ("head of"), or beside a word of health IT in the title
  // (CLINIC_TECHNOLOGY): read before "head of" loses its "of".
  [CLINIC_TECHNOLOGY, 'clinical technology'],
  [/\bhead of\b/g, 'head'],
  // A paper mill's tour is its shift: its boss ("Tour Boss on No. 2 machine") is the shift's boss.
  [/\btour boss(es)?\b/g, 'shift boss$1'],
  // The front line's own titles that say no rank or a top one: a crew's chief leads the crew beside it (a ground
  // crew's, a line crew's), a charge nurse runs a ward's shift, a sous chef the kitchen's line under the head chef.
  [/\bcrew chief(s?)\b/g, 'crew supervisor$1'],
  [/\bcharge nurse(s?)\b/g, 'nurse supervisor$1'],
  // A hotel's head housekeeper runs the room attendants' floors, the housekeeping's front line (as a charge nurse a
  // ward's shift), under an executive housekeeper or the rooms division: "head" before the trade's own worker noun is
  // the crew's senior rank, not a department head (the head of the housekeeping department stays its head).
  [/\bhead housekeeper(s?)\b/g, 'housekeeping supervisor$1'],
  // A barn's, a stable's or a stud's manager runs the daily care of the animals housed there (feeding, stalls,
  // turnout, the grooms): the animal care's manager, whether at a riding school, a rescue or a livestock farm.
  [/\b(?:barn|stable|stud) (?:manager|mgr|mngr)(s?)\b/g, 'animal care manager$1'],
  // A ward's or a unit's nurse manager, its head nurse (and the Italian, French and Dutch words for it, as the title
  // knowledge reads them), is the nurses' front-line manager on the floor, under the director of nursing: the same
  // front line as the charge nurse, not a manager of the hospital's operations. Not a research or a study nurse's
  // manager, who runs a trials unit's operations, not a ward.
  [/(?<!\b(?:research|study|trials?) )\b(?:nurse manager|head nurse)(s?)\b/g, 'nurse supervisor$1'],
  // A care trade's "tech" is its technician, not technology (CARE_TRADE_WORDS): a veterinary, surgical, pharmacy, dental
  // or laboratory tech, and a clinic's (lead) tech, one who assists the clinicians (not the clinic's technology, read
  // above before "head of").
  [/\bvet(?:erinary)? tech(?:nician)?(s?)\b/g, 'veterinary technician$1'],
  [new RegExp(`\\b(${CARE_TRADE_OWN.join('|')}) tech(s?)\\b`, 'g'), '$1 technician$2'],
  [/\bclinic(?:al)? (lead |senior |head |chief )?tech(?:nician)?(s?)\b/g, '$1clinical technician$2'],
  // (Not French "sous-chef de gare", "sous-chef comptable": a deputy head in any trade, read by the French lexicon.)
  [/\bsous chef(s?)\b(?!\s+(?:de|d|du|des)\s+(?!cuisine\b|partie\b)\p{L}|\s+(?:comptables?|administratif|administrative)\b)/gu, 'kitchen supervisor$1'],
  [/\bvice-president\b/g, 'vice president'],
  [/\bf ?and ?b\b/g, 'food and beverage'],
  // "A&R" (artists and repertoire): the record label's or the publisher's people who sign the artists and the writers and
  // look after them, the artists' relations (not the letters "a" and "r" around a join).
  [/\ba ?and ?r\b/g, 'artist relations'],
  // A licence named as a title's field ("Licences Desk Lead", "Chargée de licences") is the licensing work; a licensed
  // professional ("Licensed Surveyor") is left as he is.
  [/\blicen[cs]es?\b/g, 'licensing'],
  // German "F&E" (Forschung und Entwicklung).
  [/\bf ?and ?e\b/g, 'research and development'],
  // Italian and Spanish "R&S" (ricerca e sviluppo, investigación y desarrollo is "I+D", read as a word).
  [/\br ?and ?s\b/g, 'research and development'],
  // Portuguese "I&D" (investigação e desenvolvimento) after a Portuguese word before it ("Diretor de I&D", "Gestora
  // I&D"); not the English "I&D" (inclusion and diversity) of "Head of I&D".
  [/\b(de|da|do|e|gestor|gestora|diretor|diretora|coordenador|coordenadora|responsavel) i ?and ?d\b/g, '$1 research and development'],
  // A machine or vehicle maker's "aftermarket" is its after-sales business (service, spare parts, upgrades for the
  // machines it sold): the "Head of Aftermarket" heads after-sales. Not before "sales", the selling of that business's
  // parts and service ("Aftermarket Sales Executive"), which is sales'.
  [/\baftermarket\b(?! sales\b)/g, 'after sales'],
  // The Romance titles name the customers' side of a function after it, with no preposition: "Opérations Clients",
  // "Operaciones Clientes", "Operazioni Clienti", "Operações Clientes" are the customer operations, as "Service
  // Clients" is the customer service (FOREIGN_TITLE_PHRASES); not the operations of a business that has clients.
  [/\b(?:operations|operaciones|operazioni|operacoes) (?:clients?|clientes?|clienti)\b/g, 'customer operations'],
  // French "SI" (systèmes d'information), the IT department, as "DSI" is its director: only in a title a French rank
  // opens ("Responsable SI", "Chef de projet SI"); English "SI" is a systems integrator.
  [/\b(directeur|directrice|responsable|chef|direction|adjoint|adjointe)\b(.*)\bsi\b/g, '$1$2it'],
  // A trade's mechanic, also clipped ("Boiler Mech", "Diesel Mechanic"), is that trade's technician: one trade worker by
  // either name (sixty-ninth round). A building's operating engineer runs its plant (boilers, chillers, air handling):
  // its stationary engineer.
  [/\b(hvac|refrigeration|boiler|elevator|lift|diesel|fleet|auto|automotive|aircraft|equipment) mech(?:anic)?(s?)\b/g, '$1 technician$2'],
  [/\boperating engineer(s?)\b/g, 'stationary engineer$1'],
  // "Intellectual property" as the English title says it short: "IP" (FOREIGN_TITLE_PHRASES reads the other
  // languages' so).
  [/\bintellectual property\b/g, 'ip'],
  // "Ad Ops", "Ad Sales": the word for an advertisement before a function (not a lone "AD", an athletic director).
  [/\bad (ops|operations|sales|tech|revenue)\b/g, 'advertising $1'],
  // "Transporter" before a science or its scientist is the membrane protein studied ("Transporter Pharmacology Lead",
  // "Senior Scientist, Transporter Biology"), not one who moves goods or people: only the science is said.
  [/\btransporters? (biolog|pharmacolog|biochemist|scien|chemist|research|assay|physiolog|\w*omics)/g, '$1'],
  // "I&O", "Infrastructure & Operations": IT's infrastructure and its running, one function.
  [/\bi ?and ?o\b/g, 'infrastructure and operations'],
  // "Sales Force Effectiveness" (SFE): the drug and device makers' name for the sales operations of a field force
  // (territories, call plans, incentives), not a rank of sales.
  [/\bsales ?force effectiveness\b/g, 'sales operations'],
  // "P&O": Dutch "personeel en organisatie" and the "People & Organisation" of Dutch, Swiss and German firms' English,
  // the ordinary name of the HR department there (PEOPLE_AND_ORGANISATION).
  [PEOPLE_AND_ORGANISATION, 'human resources'],
  // A home for the old or the sick is a place (WORKPLACES' "home"), whose director, manager or administrator runs
  // it: "Nursing Home Administrator", "Care Home Manager", a French "Directeur d'EHPAD" are not heads of nursing or
  // care. (A "Nursing Director" or "Home Care Manager" still are.)
  [CARE_HOME, '$1$2'],
];

/** A public body's name by its form: a town's or a district's authority named by the languages' ordinary words for it at
 * the name's opening ("City of ...", "Stadt ...", "Landkreis ...", "Ville de ...", "Mairie de ...", "Município de ...",
 * "Câmara Municipal de ...", "Junta de Freguesia ...", "Concello de ...", "Provincia di ...", "Provincie ...") or its
 * council's ("... City Council"); not a business named for a city ("City Cabs", "Twin City Tours"). */
export const PUBLIC_BODY_NAME = new RegExp(
  [
    String.raw`^(?:the\s+)?(?:city|county|town|borough|village|municipality|district)\s+(?:and\s+county\s+)?of\s`,
    String.raw`\b(?:city|county|town|borough|district|parish|village)\s+(?:council|hall|government|administration|commission)\b`,
    String.raw`^(?:stadt|landeshauptstadt|stadtverwaltung|gemeinde|gemeindeverwaltung|landkreis|landratsamt|kreisverwaltung|bezirksamt)\s+\p{L}`,
    String.raw`^(?:ville|mairie|commune|m[ée]tropole|communaut[ée]\s+de\s+communes|communaut[ée]\s+d['’]agglom[ée]ration)\s+(?:de|du|des|d['’])`,
    String.raw`^(?:munic[ií]pio|c[âa]mara\s+municipal|junta\s+de\s+freguesia|prefeitura(?:\s+municipal)?|ayuntamiento|concello|municipio|diputaci[óo]n\s+provincial)\s+(?:de|da|do|dos|das|del|\p{L})`,
    String.raw`^(?:comune|provincia|citt[àa]\s+metropolitana)\s+(?:di|de|del|della|dell['’])`,
    String.raw`^(?:gemeente|provincie)\s+\p{L}`,
  ].join('|'),
  'iu',
);

/** A public service's body by the ordinary English name of its kind: a public library, or a statutory authority that runs
 * transit, transport, housing, a port, parking or an airport ("... Regional Transit Authority", "... Housing Authority"),
 * or an American port's ("Port of Tacoma"; not "Port of Call", a bar's or a restaurant's); not "authority" alone,
 * which a business's name also says ("The Roofing Authority"). */
export const PUBLIC_SERVICE_NAME = /\b(?:public\s+librar(?:y|ies)|(?:transit|transport(?:ation)?|housing|port|parking|airport)\s+authority)\b|^(?:the\s+)?port\s+of\s+(?!call\b)\p{L}/iu;

/** What a business's name goes on with after a public body's words ("Housing Authority Advisors", "Brackenmoor Public
 * Library Café", "Town Hall Antiques", "Town of Vienna Pizza LLC", "Port of Call Bistro"): a company's legal form or a
 * business's head word (a trade's shop, an eatery, an adviser). The name is then the business's, named after the body. */
export const BUSINESS_AFTER_PUBLIC_BODY = /(?<![\p{L}\p{N}])(?:inc|llc|llp|ltd|limited|gmbh|corp|corporation|co|plc|pty|ag|bv|b\.v|nv|srl|s\.r\.l|sarl|sas|advis[eo]rs?|advisory|consult(?:ing|ants?|ancy)|associates|partners|solutions|caf[ée]s?|coffee|tea\s+rooms?|pizza|pizzeria|restaurants?|bistro|brasserie|grill|diner|bar|pub|tavern|inn|hotel|brew(?:ing|ery|pub)|distillery|winery|bakery|deli|kitchen|catering|antiques?|shop|store|boutique|salon|studios?|tours|cabs?|taxis?|plumbing|roofing|realty|properties|motors|apparel)(?![\p{L}\p{N}])/iu;

/** An Italian company's legal form at the end of its name, as it is written: "S.r.l.", "Srls", "S.a.p.a.", "Snc" and
 * "S.p.A." in any case, "SpA" as capitalised (ITALIAN_SPA). A bare "Spa" or "SPA" is also the English word for a resort,
 * so it counts only with an Italian function word in the name (BARE_SPA, ITALIAN_NAME_WORDS: "Fratelli di Ponte Spa"). */
export const ITALIAN_LEGAL_FORM = /(?:^|[\s,])(?:s\.?r\.?l\.?(?:s\.?)?|s\.a\.p\.a\.?|sapa|s\.?n\.?c\.?|s\.p\.a\.?)\s*$/i;
/** A Dutch or Flemish company's legal form at the end of its name: "B.V.", "BV", "N.V.", "NV", "V.O.F.", "VOF"; not a
 * bare "NV" after a comma, an American address's state ("Sierra Foods, NV"). */
export const DUTCH_LEGAL_FORM = /(?:^|[\s,])(?:b\.\s?v\.?|bv|n\.\s?v\.?|(?<!,\s*)nv|v\.\s?o\.\s?f\.?|vof)\s*$/i;
export const ITALIAN_SPA = /(?:^|[\s,])SpA\.?\s*$/;
export const BARE_SPA = /(?:^|[\s,])spa\.?\s*$/i;
export const ITALIAN_NAME_WORDS = ['di', 'del', 'dello', 'della', 'dei', 'degli', 'delle', 'e', 'ed', 'il', 'gli', 'figli', 'fratelli'];

/** Words of selling said beside a Dutch "KAM" (SECTOR_ABBREVIATIONS): the key account manager's, not the quality and safety
 * department's, in English, Dutch, German, French, Italian and Spanish. */
const KEY_ACCOUNT_WORDS = [
  'key', 'account', 'accounts', 'sales', 'sale', 'verkoop', 'verkoper', 'commercieel', 'commerciele', 'commercial', 'retail', 'export', 'vertrieb',
  'verkauf', 'grands', 'comptes', 'vendite', 'ventas', 'ventes', 'gdo', 'gms', 'dach', 'channel', 'klanten',
];

/** Words of radiology and medical imaging in the seven languages (SECTOR_ABBREVIATIONS' "MTR", "TRM"), as the
 * title knowledge reads them. Imaging only as medicine's ("diagnostic imaging", "diagnostica per immagini"): a bare
 * "imaging" or "imagen" is a document scanner's or a brand's too, and "IRM" and "MRT" are also a risk desk's and a
 * metro's initials. */
const RADIOLOGY_WORDS = [
  'radiology', 'radiologie', 'radiologia', 'radiological', 'radiologique', 'radiologisch', 'radiologische', 'radiologico',
  'radiodiagnostic', 'radiodiagnostik', 'radiodiagnostico', 'radiodiagnostica', 'medical imaging', 'diagnostic imaging',
  'imagerie', 'bildgebung', 'medische beeldvorming', 'diagnostico por imagen', 'diagnostico por imagem', 'imagiologia',
  'diagnostica per immagini', 'rontgen', 'xray', 'x ray', 'mri', 'radiography', 'radiographer', 'radiographie', 'radiografia',
];

/** Abbreviations that mean different roles in different sectors: the first meaning is the default; a
 * meaning is preferred when the taxonomy's personas use it, or when the prospect's industry (or the
 * library's whole market) is one of its sectors. A CMO at a biotech is more likely medical. `cues` are words
 * of the meaning's trade: said beside the abbreviation in the title, or in the prospect's industry or company,
 * they decide ("FD Battalion Chief" is of a fire department); a `cuedOnly` meaning is read only so, and a
 * `capitals` one only where the abbreviation is written in capitals (an abbreviation all of whose meanings are is
 * left as written otherwise: "Mr Kam"). A meaning is never read where one of its `unless` words is said beside it in
 * the title or in the prospect's industry or company (a Dutch "KAM" beside "Sales" is the key account manager), or in
 * the title alone where the meaning says `unlessInTitle` (its `unlessBeside` words in the title, industry or company
 * still), nor where its `unlessTitle` pattern matches the title (lower case); its `cues` only in the title's own words as
 * written where it says `cuesInTitle`. */
/** Words of an advertising or design agency, where a German "AD" is the art director, not the field force
 * ("AD-Leiter" at a "... Werbeagentur GmbH"). */
const AD_AGENCY_WORDS = ['werbeagentur', 'agentur', 'kreativagentur', 'designagentur', 'digitalagentur', 'werbung', 'agency', 'advertising', 'design', 'studio'];

export const SECTOR_ABBREVIATIONS: Record<string, { meaning: string; sectors?: string[]; cues?: string[]; cuedOnly?: boolean; capitals?: boolean; italianCompany?: boolean; dutchCompany?: boolean | 'alone'; unless?: string[]; unlessInTitle?: boolean; unlessBeside?: string[]; unlessTitle?: RegExp; cuesInTitle?: boolean }[]> = {
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
  // A hospital's "ED" is its emergency department ("ED Nurse Manager", "Charge Nurse, ED"); elsewhere the executive
  // director.
  ed: [{ meaning: 'executive director' }, { meaning: 'emergency department', sectors: ['healthcare'] }],
  mgo: [{ meaning: 'major gifts officer', sectors: ['nonprofit'] }],
  md: [{ meaning: 'managing director' }, { meaning: 'medical doctor', sectors: ['healthcare', 'lifesciences'] }],
  dg: [{ meaning: 'managing director' }],
  // Italian "AD" (amministratore delegato), the managing director of an Italian company: read only where the company's
  // name ends in an Italian legal form as it is written (ITALIAN_LEGAL_FORM: "S.r.l.", "SpA", "S.p.A.", "Snc"; an
  // English "Spa" or "SPA" only with an Italian word in the name); in English it is an art, athletic or assistant
  // director, no one role, and a day spa's "AD" is no chief executive.
  // Dutch and Flemish "AD" (algemeen directeur), the general manager, read likewise only where the company's name ends
  // in a Dutch legal form (DUTCH_LEGAL_FORM: "B.V.", "N.V.", "V.O.F.").
  // Not at a Dutch agency or studio, nor beside "art" or a rank ("Senior AD" at a reclamebureau is its art director).
  ad: [
    { meaning: 'ad' },
    { meaning: 'chief executive officer', cuedOnly: true, italianCompany: true },
    {
      meaning: 'chief executive officer',
      cuedOnly: true,
      dutchCompany: true,
      unless: ['advertising', 'design', 'designer', 'designers', 'creative', 'creatives', 'studio', 'studios', 'reclame', 'reclamebureau', 'bureau', 'agency', 'ontwerp', 'ontwerpbureau', 'art', 'senior', 'junior', 'associate'],
    },
    // German "AD" (Außendienst), the people who work out in the field, read only in capitals and from the title's own
    // words as written (not as translated): beside a word of a maker's service (Service, Kundendienst, Technik) its
    // field service ("Leiterin AD/Technik"), never beside a word of selling nor of IT's directory service ("AD
    // Services Engineer", "Teamleiter AD-Infrastruktur" are Active Directory's), nor at an agency, where it is the art
    // director (`unlessBeside`); beside a German title word or a word of selling its field sales, the
    // reps on the road ("Leiterin AD Nord", "AD-Mitarbeiter Vertrieb"). Never beside a Romance or Dutch "and": an
    // Italian "AD e ..." is the chief executive (read above at an Italian company).
    {
      meaning: 'field service',
      cuedOnly: true,
      capitals: true,
      cuesInTitle: true,
      cues: ['service', 'kundendienst', 'technik', 'technischer', 'techniker', 'servicetechnik', 'servicetechniker', 'wartung', 'instandhaltung'],
      unless: [
        'e', 'ed', 'en', 'et', 'y', 'vertrieb', 'verkauf', 'sales', 'active', 'directory', 'it', 'identity', 'windows', 'microsoft',
        'azure', 'ldap', 'iam', 'server', 'servers', 'system', 'systems', 'infrastructure', 'network', 'admin', 'administrator',
        'engineer', 'architect',
        'infrastruktur', 'exchange', 'verwaltung', 'benutzer', 'benutzerverwaltung', 'konten', 'kontenverwaltung',
      ],
      unlessInTitle: true,
      unlessBeside: AD_AGENCY_WORDS,
    },
    {
      meaning: 'field sales',
      cuedOnly: true,
      capitals: true,
      cuesInTitle: true,
      cues: [
        'vertrieb', 'verkauf', 'leiter', 'leiterin', 'mitarbeiter', 'mitarbeiterin', 'regionalleiter', 'regionalleiterin',
        'gebietsleiter', 'gebietsleiterin', 'bereichsleiter', 'bereichsleiterin', 'teamleiter', 'teamleiterin',
      ],
      unless: [
        'e', 'ed', 'en', 'et', 'y', 'active', 'directory', 'it', 'identity', 'windows', 'microsoft', 'azure', 'ldap', 'iam', 'art', 'athletic', 'athletics',
        'infrastruktur', 'exchange', 'verwaltung', 'benutzer', 'benutzerverwaltung', 'konten', 'kontenverwaltung',
      ],
      unlessInTitle: true,
      unlessBeside: AD_AGENCY_WORDS,
    },
  ],
  // Dutch "KAM" (kwaliteit, arbo en milieu), the quality, health, safety and environment department: read so only in a
  // Dutch record, at a company whose name ends in a Dutch legal form or beside a Dutch word of the department or its
  // staff ("KAM-coördinator", "Medewerker KAM", "Hoofd KAM"), and never beside a word of sales; elsewhere, and in
  // Dutch sales teams too, it is the key account manager ("Senior KAM DACH", "KAM Italia", "KAM grands comptes").
  kam: [
    { meaning: 'key account manager', capitals: true },
    {
      meaning: 'quality health safety environment',
      capitals: true,
      cuedOnly: true,
      dutchCompany: true,
      cues: ['coordinator', 'coordinatrice', 'medewerker', 'medewerkster', 'hoofd', 'afdeling', 'functionaris', 'adviseur', 'deskundige', 'kwaliteit', 'arbo', 'milieu', 'vgm', 'veiligheid'],
      unless: KEY_ACCOUNT_WORDS,
    },
  ],
  // Portuguese "HST" (higiene e segurança no trabalho), occupational safety: read so only beside a Portuguese word of
  // the title or the company ("Técnica de HST", "Lda"); in Canada it is the Harmonized Sales Tax ("Tax Manager,
  // GST/HST"), and never read so beside a word of tax.
  hst: [
    { meaning: 'hst', capitals: true },
    {
      meaning: 'occupational safety',
      capitals: true,
      cuedOnly: true,
      cues: ['tecnico', 'tecnica', 'tecnicos', 'tecnicas', 'responsavel', 'coordenador', 'coordenadora', 'gestor', 'gestora', 'diretor', 'diretora', 'servicos', 'servico', 'seguranca', 'higiene', 'saude', 'trabalho', 'lda', 'unipessoal'],
      unless: ['gst', 'pst', 'qst', 'tps', 'tvh', 'tvq', 'vat', 'tax', 'taxes', 'taxation', 'sales', 'fiscal', 'fiscalidade', 'imposto', 'impostos', 'accounting', 'accountant', 'payroll', 'finance', 'financial'],
    },
  ],
  // Italian "AFC" (amministrazione, finanza e controllo), an Italian company's finance department ("Direttore AFC",
  // "Responsabile AFC"), read so only as "AD" is; in English it is a football club's or an airline's initials, no role.
  // Its head ("Responsabile AFC", "Resp AFC") runs the whole of it, the books, the money and the controlling: the
  // finance director, not one of the heads below it (of accounting, of tax).
  afc: [
    { meaning: 'afc' },
    { meaning: 'chief financial officer', cuedOnly: true, italianCompany: true, cues: ['responsabile', 'resp', 'head', 'direttore', 'direttrice', 'director'] },
    { meaning: 'finance', cuedOnly: true, italianCompany: true },
  ],
  // German "QS" (Qualitätssicherung), quality assurance; in British and Irish building the quantity surveyor.
  qs: [
    { meaning: 'quality assurance' },
    // Only where the record says building: a food maker's "Leiter QS" is its quality assurance, even where the
    // library names a quantity surveyor whole and quality assurance only as the start of a persona's name.
    { meaning: 'quantity surveyor', cuedOnly: true, cues: ['construction', 'building', 'builder', 'builders', 'contractor', 'contractors', 'contracting', 'estimating', 'estimator', 'surveying', 'surveyor', 'surveyors', 'chartered', 'rics', 'mrics', 'civil', 'fit out'] },
  ],
  // "SIG" in French, Spanish, Italian and Portuguese (système, sistema de información geográfica): the GIS, read only
  // beside a Romance function or title word, or where the record says maps or the public sector; in English a
  // special interest group ("Chair, Events SIG"), no function.
  sig: [
    { meaning: 'sig' },
    {
      meaning: 'gis',
      cuedOnly: true,
      cues: [
        'de', 'del', 'della', 'delle', 'dei', 'di', 'des', 'du', 'da', 'dos', 'el', 'los', 'las', 'les', 'il', 'gli',
        'responsabile', 'responsable', 'tecnico', 'tecnica', 'tecnicos', 'tecnici', 'technicien', 'technicienne',
        'analista', 'jefe', 'jefa', 'chef', 'coordinador', 'coordinadora', 'coordinatore', 'coordinatrice', 'especialista',
        'geomatica', 'geomatique', 'cartografia', 'cartographie', 'catastro', 'catasto', 'cadastre', 'topografia',
        'geographic', 'geospatial', 'mapping', 'surveying', 'government', 'public administration', 'municipal',
        'municipality', 'comune', 'ayuntamiento', 'municipio', 'mairie', 'commune', 'regione', 'provincia',
      ],
    },
  ],
  // French "ADV" (administration des ventes), the sales office that takes orders and keeps the order book: read only
  // in capitals beside a French title word ("Chargée ADV", "Gestionnaire ADV"). Elsewhere "Adv." is an advisor, an
  // advanced practice or advertising (spelled out from the taxonomy's names, expandDotted), and an American "ADV
  // Compliance Analyst" files the SEC's Form ADV: no sales office.
  adv: [
    { meaning: 'adv' },
    {
      meaning: 'sales administration',
      cuedOnly: true,
      capitals: true,
      cues: ['responsable', 'responsables', 'charge', 'chargee', 'charges', 'chargees', 'assistant', 'assistante', 'assistants', 'assistantes', 'gestionnaire', 'gestionnaires'],
    },
  ],
  // Dutch "OR" (ondernemingsraad), the works council, and German "BR" (Betriebsrat): read so only in capitals and beside
  // the language's words for the council's chair, members or secretary ("Voorzitter OR", "OR-lid", "BR-Vorsitzende"),
  // whatever the company's legal form: in English "OR" is the operating room, operations research or the word "or"
  // ("OR Manager", "OR Analyst" at a Dutch B.V.), and "BR" no role; never beside a word of surgery or nursing in the
  // title, but read at a hospital, a nursing home or a care group ("Voorzitter OR" at a "Ziekenhuis", "Zorggroep"):
  // the Dutch operating room is the "OK" (operatiekamer), and a Dutch hospital's "OR" beside the council's words is
  // its works council. Not the German "stellvertretende(r)", a deputy of any post ("Stellvertretender
  // Vertriebsleiter BR").
  or: [
    { meaning: 'or', capitals: true },
    {
      meaning: 'works council',
      capitals: true,
      cuedOnly: true,
      cues: ['voorzitter', 'voorzitster', 'vicevoorzitter', 'lid', 'leden', 'secretaris', 'ambtelijk', 'medezeggenschap'],
      unless: ['nurse', 'nursing', 'surgical', 'surgery', 'perioperative', 'theatre', 'theater', 'anesthesia', 'operating'],
      unlessInTitle: true,
    },
  ],
  br: [
    { meaning: 'br', capitals: true },
    {
      meaning: 'works council',
      capitals: true,
      cuedOnly: true,
      cues: ['vorsitzender', 'vorsitzende', 'mitglied', 'mitglieder', 'freigestellter', 'freigestellte'],
    },
  ],
  // Dutch "FG" (functionaris gegevensbescherming), the data protection officer of the GDPR: read so only in capitals
  // beside the words of privacy or of the lawyer or compliance officer who is so often the FG ("Privacy officer / FG",
  // "Jurist en FG"), or as the whole title at a company whose name ends in a Dutch legal form; in English "FG"
  // is finished goods, at Dutch plants too ("FG Supervisor", "Teamleider FG" at a B.V.).
  fg: [
    { meaning: 'fg', capitals: true },
    {
      meaning: 'data protection officer',
      capitals: true,
      cuedOnly: true,
      dutchCompany: 'alone',
      cues: ['functionaris', 'privacy', 'avg', 'gdpr', 'dpo', 'gegevensbescherming', 'privacyjurist', 'jurist', 'bedrijfsjurist', 'juridisch', 'juridische', 'legal', 'counsel', 'compliance'],
      unless: ['goods', 'finished', 'warehouse', 'inventory', 'planner', 'planning', 'stock', 'voorraad', 'magazijn', 'gereed', 'product', 'products'],
    },
  ],
  gf: [{ meaning: 'managing director' }],
  // "Senior ME", "Deputy ME": a medical examiner's office's own initials for its examiner, written in capitals and read only
  // where the record says the death-investigation trade (a forensic centre, a coroner, a morgue); else the pronoun.
  me: [
    { meaning: 'me' },
    {
      meaning: 'medical examiner',
      capitals: true,
      cuedOnly: true,
      cues: ['medical examiner', 'medical examiners', 'coroner', 'coroners', 'forensic', 'forensics', 'autopsy', 'autopsies', 'morgue', 'mortuary', 'decedent', 'decedents', 'death investigation'],
    },
  ],
  pm: [{ meaning: 'project manager' }, { meaning: 'property manager', sectors: ['realestate'] }, { meaning: 'portfolio manager', sectors: ['financial'] }],
  // "Head of CS": customer service, or at a software vendor customer success; at a school, college or university
  // computer science, a subject taught (no buyer's function), which no customer service desk there outweighs.
  cs: [
    { meaning: 'customer service' },
    { meaning: 'customer success', sectors: ['technology'] },
    {
      meaning: 'computer science',
      cues: ['school', 'schools', 'college', 'colleges', 'university', 'universities', 'education', 'k12', 'k 12', 'academy', 'faculty', 'teacher', 'lecturer', 'professor', 'curriculum'],
    },
  ],
  // "FD": a finance director, or the funeral director of an undertaker (read where the taxonomy names one or the
  // record says the trade), or beside a fire rank or in a fire service the fire department ("Deputy Chief,
  // Riverton FD"), a unit, no role.
  fd: [
    { meaning: 'finance director' },
    // Cued by the undertaker's trade: funeral homes file under no sector ("Consumer Services").
    { meaning: 'funeral director', cues: ['funeral', 'funerals', 'mortuary', 'mortuaries', 'mortician', 'morticians', 'embalmer', 'embalmers', 'embalming', 'cremation', 'cremations', 'crematorium', 'crematory', 'undertaker', 'undertakers', 'death care', 'deathcare'] },
    {
      meaning: 'fire department',
      cues: ['fire', 'firefighter', 'firefighters', 'chief', 'battalion', 'captain', 'lieutenant', 'marshal', 'ems', 'paramedic', 'hazmat', 'public safety'],
    },
  ],
  cpo: [{ meaning: 'chief people officer' }, { meaning: 'chief product officer', sectors: ['technology'] }, { meaning: 'chief procurement officer' }],
  cco: [
    { meaning: 'chief customer officer' },
    { meaning: 'chief commercial officer' },
    { meaning: 'chief compliance officer', sectors: ['financial', 'healthcare', 'lifesciences'] },
    { meaning: 'chief communications officer' },
  ],
  // A hospital's or a clinic's utilization review (of stays against a payer's criteria); elsewhere no one role.
  ur: [{ meaning: 'ur' }, { meaning: 'utilization review', sectors: ['healthcare'] }],
  // A licensed professional counselor of a clinic or of a counselling trade (COUNSELLING_TRADE_WORDS), else the United Kingdom's Legal Practice Course ("LPC Graduate"),
  // a line of microcontrollers or a computer's Low Pin Count bus; a certified alcohol and drug counselor of a clinic,
  // else a data centre's initials (LICENCE_TITLES).
  lpc: [{ meaning: 'lpc' }, { meaning: 'licensed professional counselor', sectors: ['healthcare', 'counselling'] }],
  cadc: [{ meaning: 'cadc' }, { meaning: 'certified alcohol and drug counselor', sectors: ['healthcare', 'counselling'] }],
  cmio: [{ meaning: 'chief medical information officer', sectors: ['healthcare'] }],
  cnio: [{ meaning: 'chief nursing information officer', sectors: ['healthcare'] }],
  cto: [{ meaning: 'chief technology officer' }, { meaning: 'chief transformation officer' }],
  cro: [{ meaning: 'chief revenue officer' }, { meaning: 'chief risk officer', sectors: ['financial'] }],
  cao: [{ meaning: 'chief accounting officer' }, { meaning: 'chief administrative officer', sectors: ['government', 'healthcare', 'education'] }],
  // "Tech Manager", "QA Tech", "Legal Tech": technology, else technical or technician where the taxonomy's
  // persona names say so ("Technical Manager", "Lab Technician"); a technician beside a care trade's word in the title
  // (CARE_TRADE_WORDS: a veterinary, surgical, pharmacy, dental or laboratory tech, a clinic's tech), who assists its
  // clinicians, not beside a word of health IT there (HEALTH_IT_WORDS: "Clinical Informatics Tech").
  tech: [
    { meaning: 'technology' },
    { meaning: 'technical' },
    { meaning: 'technician', cues: CARE_TRADE_WORDS, cuesInTitle: true, unless: HEALTH_IT_WORDS, unlessInTitle: true, unlessTitle: new RegExp(CLINIC_TECHNOLOGY.source) },
  ],
  // German "MTR" (Medizinische Technologin für Radiologie, the radiographer's title since 2023) and Swiss French "TRM"
  // (technicien en radiologie médicale): read so only beside a word of radiology or imaging in the title, the
  // industry or the company ("MTR Koordinatorin" at an imaging centre); elsewhere a railway's or a risk desk's initials.
  // Spanish "SAT" (servicio de asistencia técnica), a maker's or a dealer's technical service: read so only in capitals
  // beside a Spanish title word ("Jefa de SAT", "Técnico SAT"); in English a test or a satellite, and in Mexico the tax
  // authority (Servicio de Administración Tributaria), never read so beside a word of tax.
  sat: [
    { meaning: 'sat', capitals: true },
    {
      meaning: 'technical service',
      capitals: true,
      cuedOnly: true,
      cues: ['jefe', 'jefa', 'responsable', 'responsables', 'encargado', 'encargada', 'coordinador', 'coordinadora', 'gerente', 'director', 'directora', 'tecnico', 'tecnica', 'tecnicos', 'tecnicas', 'supervisor', 'supervisora', 'del', 'de'],
      // Nor beside the tax authority's work (returns, compliance, obligations, payroll, the accountant) nor the
      // English test's (prep, scores, exams): "Director SAT Prep" reads "director" as a cue too.
      unless: ['tributaria', 'tributario', 'fiscal', 'impuestos', 'contable', 'contabilidad', 'tax', 'taxes', 'cfdi', 'facturacion',
        'declaracion', 'declaraciones', 'cumplimiento', 'obligaciones', 'contador', 'contadora', 'nomina', 'nominas',
        'prep', 'preparation', 'test', 'tests', 'testing', 'score', 'scores', 'exam', 'exams', 'tutoring', 'tutor'],
    },
  ],
  // A therapist's initials beside another therapy's in the title ("PT/OT Lead", "OT & SLP Team", a school's related
  // services, a rehab unit's therapists): the occupational and the physical therapist. Alone "OT" is operational
  // technology, overtime or a work order, "PT" part-time or a physio clinic's own shorthand, left as they are.
  ot: [{ meaning: 'ot' }, { meaning: 'occupational therapist', cuedOnly: true, cuesInTitle: true, cues: ['pt', 'slp', 'physical', 'speech'] }],
  pt: [{ meaning: 'pt' }, { meaning: 'physical therapist', cuedOnly: true, cuesInTitle: true, cues: ['ot', 'slp', 'occupational', 'speech'] }],
  mtr: [{ meaning: 'mtr' }, { meaning: 'radiographer', cuedOnly: true, cues: RADIOLOGY_WORDS }],
  trm: [{ meaning: 'trm' }, { meaning: 'radiographer', cuedOnly: true, cues: RADIOLOGY_WORDS }],
  // Portuguese "TSDT" (técnico superior de diagnóstico e terapêutica): the radiographer beside a word of radiology or
  // imaging, as "MTR"; the same title also names the laboratory's, the physiotherapist's and the other technicians.
  tsdt: [{ meaning: 'tsdt' }, { meaning: 'radiographer', cuedOnly: true, cues: RADIOLOGY_WORDS }],
};

/** Business functions and the words that name them in titles (and in persona labels and aliases). */
export const FUNCTIONS: Record<string, string[]> = {
  finance: [
    'finance', 'financial', 'financial planning and analysis', 'accounting', 'accountant', 'controller', 'comptroller',
    'treasury', 'treasurer', 'accounts payable', 'accounts receivable', 'bookkeeper', 'tax', 'chief financial officer',
    'chief accounting officer', 'fiscal', 'budget', 'revenue accounting', 'profit and loss', 'bursar',
  ],
  // Billing (sixty-ninth round): the team that bills the customers, a part of finance (FUNCTION_PARENTS) as payroll is;
  // a utility's, a clinic's or a carrier's billing office is its own desk, and a persona whose names say billing is its
  // own, the finance persona at half where none does.
  billing: ['billing'],
  // Lending: a bank's, a credit union's or a lender's loans and those who make them (sixty-eighth round).
  lending: ['lending', 'loans', 'loan', 'mortgage', 'mortgages', 'loan officer', 'loan originator', 'mortgage loan officer', 'chief lending officer'],
  payroll: ['payroll', 'compensation and payroll', 'pay operations'],
  it: [
    'information technology', 'chief information officer', 'chief technology officer', 'technology', 'systems',
    'enterprise applications', 'business systems', 'digital', 'chief digital officer', 'cloud', 'erp', 'applications',
    'data center', 'hris', 'hr technology', 'edi',
  ],
  itops: [
    'infrastructure', 'infrastructure and operations', 'it operations', 'information technology operations', 'network', 'network administrator',
    'systems administrator', 'sysadmin', 'service desk', 'help desk', 'desktop support', 'it support', 'end user computing',
    'technician',
  ],
  security: ['security', 'information security', 'cyber security', 'cyber', 'chief information security officer', 'chief security officer', 'threat'],
  soc: ['security operations', 'security operations center', 'incident response', 'incident responder', 'detection', 'detection and response', 'cyber defense', 'threat hunting', 'siem'],
  identity: ['identity', 'identity and access', 'iam', 'access management', 'okta', 'entra', 'active directory'],
  operations: [
    'operations', 'operating', 'chief operating officer', 'business operations',
    'process improvement', 'operational excellence', 'production', 'district manager', 'area manager',
    'regional manager', 'multi unit', 'manufacturing', 'factory', 'site operations',
  ],
  // Running a site's buildings and the services bought for them (cleaning, guarding, catering, vending): the
  // client's side of a service business, not its operations. A persona named for it (its label or an alias saying
  // "facilities") is read; where none is, a facilities title is no operations persona's.
  facilities: ['facilities', 'facility management', 'facilities management', 'building services', 'caretaker', 'janitor'],
  // Keeping plant and equipment running, and the crafts that do it: a "Lead Electrician" or a "Shift
  // Mechanic Supervisor" in a plant leads maintenance work.
  maintenance: [
    'maintenance', 'reliability', 'reliability engineering', 'condition monitoring', 'mro', 'technical services',
    'facilities maintenance', 'plant engineering', 'electrician', 'mechanic', 'millwright', 'electromechanical',
    'electromechanic', 'instrumentation', 'instrument technician', 'controls technician', 'fitter', 'pipefitter',
    'welder', 'machinist', 'multicraft', 'multi craft', 'hvac', 'boilermaker', 'maintenance technician', 'maintenance planner',
    // A railroad's carman inspects and repairs its freight cars; not the plural "carmen", a first name as often
    // ("Carmen ..., Plant Manager": review mend), and a title names one worker.
    'carman',
  ],
  // A railroad's maintenance of way (its engineering department keeps the track and bridges): its track foremen (the
  // foreman of a section of line), trackmen and roadmasters. Their own function, read by a persona that names the
  // maintenance of way or a roadmaster: not engineering, whose words are software's as often (review mend: a software
  // team's persona read a track crew), nor under maintenance, where a car shop's foreman took the section foreman.
  trackwork: ['maintenance of way', 'section foreman', 'trackman', 'trackmen', 'track foreman', 'roadmaster'],
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
  // "Transporter": one who moves goods or people (a hospital's patient transporter), of the function.
  // A railroad's trainmaster and yardmaster direct its trains and yard crews, of its transportation department.
  transportation: ['transportation', 'transport', 'transporter', 'trainmaster', 'yardmaster', 'freight', 'traffic', 'shipping', 'carrier relations', 'inbound transportation', 'outbound transportation'],
  fleet: ['fleet', 'fleet maintenance', 'vehicles', 'drivers'],
  dispatch: ['dispatch', 'dispatcher', 'load planning', 'load planner', 'route planning', 'route planner', 'routing', 'planner'],
  hr: [
    'human resources', 'people', 'chief human resources officer', 'chief people officer', 'workforce',
    'benefits', 'compensation', 'employee experience', 'people operations', 'human capital',
    'human resources business partner', 'people and culture', 'culture', 'hr generalist', 'personnel',
  ],
  // Training people, the staff's or the customers' ("Head of Training", "Responsabile formazione", "L&D Manager").
  training: ['training', 'learning and development', 'head of training', 'training manager', 'training coordinator'],
  recruiting: ['talent', 'talent acquisition', 'recruiting', 'recruiter', 'recruitment', 'hiring', 'sourcer', 'sourcing specialist', 'staffing'],
  procurement: [
    'procurement', 'purchasing', 'sourcing', 'buyer', 'supply management', 'vendor management', 'category manager',
    'strategic sourcing', 'chief procurement officer', 'supplier', 'contracts manager', 'commodity manager',
  ],
  sales: [
    'sales', 'revenue', 'chief revenue officer', 'business development', 'account executive', 'account manager',
    'revenue operations', 'sales operations', 'commercial', 'sales development representative',
    'business development representative', 'channel', 'partnerships', 'enterprise accounts', 'inside sales', 'technical account manager',
    'key account', 'key accounts', 'field sales', 'export',
  ],
  marketing: [
    'marketing', 'demand generation', 'brand', 'chief marketing officer', 'communications', 'content',
    'growth marketing', 'market research', 'product marketing', 'digital marketing', 'field marketing', 'public relations',
    // What buyers of the customers' goods want and do is marketing's research, not the analysts' data.
    'shopper insights', 'consumer insights', 'market insights',
  ],
  // Marketing's own operations and systems, a part of marketing ("Marketing Ops Manager"), not the operations function.
  marketingops: ['marketing operations', 'marketing automation', 'marketing technology', 'martech'],
  engineering: [
    'engineer', 'engineering', 'developer', 'software', 'architect', 'development operations engineering',
    'programmer', 'site reliability engineer', 'platform', 'backend', 'frontend', 'full stack',
    'research and development', 'coder', 'tech lead', 'technical', 'chief engineer',
  ],
  executive: [
    'chief executive officer', 'chief executive', 'executive team', 'leadership team', 'c suite', 'c level',
    'executive director',
    'president', 'managing director', 'general manager',
    'managing partner', 'chairman', 'chairwoman', 'chair', 'principal', 'entrepreneur',
    // The one who runs a single site runs its business (a branch's head is another's: BRANCH_PLACES).
    'site manager', 'site director', 'location manager',
    // Who runs a public body or an association.
    'mayor', 'city manager', 'secretary general',
  ],
  // Who owns the business, part of the executive: a general manager or a "gérant" runs it for its owner.
  ownership: ['owner', 'proprietor', 'co owner', 'business owner', 'founder', 'cofounder'],
  legal: ['legal', 'counsel', 'general counsel', 'attorney', 'lawyer', 'paralegal', 'solicitor', 'contracts', 'notary'],
  compliance: ['compliance', 'risk', 'regulatory', 'audit', 'governance', 'privacy', 'data protection', 'internal control'],
  support: [
    'support', 'customer service', 'customer care', 'contact center', 'call center', 'contact centre', 'helpdesk',
    'service delivery', 'technical support', 'customer support', 'agent', 'knowledge',
  ],
  success: ['customer success', 'customer success manager', 'renewals', 'account management', 'client success', 'retention'],
  experience: [
    'customer experience', 'chief customer officer', 'chief experience officer', 'member experience', 'patient experience', 'client experience',
    // The staff who look after a property's or a fleet's owners, not an owner (sixty-sixth round: the owners' titles'
    // other side): "Owner Relations Manager", "Owner Liaison".
    'owner relations', 'owner services', 'owner liaison', 'owner experience', 'homeowner relations', 'homeowner services',
  ],
  product: ['product', 'product manager', 'product management', 'chief product officer', 'product owner'],
  data: [
    'data', 'analytics', 'business intelligence', 'data science', 'data scientist', 'chief data officer', 'insights',
    // A team's analysts of its matches and of their video (sixty-eighth round).
    'match analyst', 'match analysis', 'video analyst', 'video analysis',
  ],
  fundraising: [
    'fundraising', 'fundraiser', 'development', 'advancement', 'philanthropy', 'major gifts', 'major gift', 'major donors',
    'annual giving', 'annual fund', 'planned giving', 'stewardship', 'donor relations', 'supporter care', 'donor care',
    'chief development officer', 'gift officer', 'major gifts officer', 'grants', 'capital campaign',
  ],
  volunteering: ['volunteer', 'volunteers', 'volunteering', 'community engagement'],
  // The clergy of any faith, and those above them (bishops, a church's or a region's leaders). Not "minister"
  // (a government's too), "rector" (a university's), "dean" (a faculty's) nor "pastoral" (a school's pastoral care).
  clergy: [
    'clergy', 'cleric', 'pastor', 'priest', 'parish priest', 'vicar', 'curate', 'chaplain', 'rabbi', 'imam', 'deacon', 'reverend',
    'preacher', 'parson', 'cantor',
  ],
  episcopate: ['bishop', 'archbishop', 'vicar general', 'auxiliary bishop', 'regional bishop', 'diocesan', 'archdeacon', 'cardinal', 'chief rabbi'],
  hospitalityops: [
    'food and beverage', 'rooms', 'front office', 'front desk', 'housekeeping', 'housekeeper', 'executive housekeeper',
    'concessions', 'banquets', 'catering', 'cleaning', 'laundry', 'hospitality', 'environmental services',
  ],
  culinary: ['chef', 'executive chef', 'head chef', 'sous chef', 'kitchen', 'culinary', 'cook', 'pastry'],
  research: [
    'research', 'researcher', 'scientist', 'scientific', 'chief scientific officer', 'laboratory', 'lab',
    // A team's or an institute's exercise physiologist does its sports science (sixty-eighth round).
    'exercise physiologist',
  ],
  clinical: [
    'clinical', 'medical', 'medical affairs', 'medical director', 'chief medical officer', 'clinician', 'dentist', 'hygienist',
    'dental hygienist', 'therapist', 'physiotherapist', 'psychologist', 'physician assistant', 'veterinarian', 'veterinary',
    'veterinary technician', 'vet tech', 'clinical technician', 'surgical technician', 'dvm', 'chief medical information officer',
  ],
  // The clinical professions a care organisation tells apart: a persona about nursing is not about its
  // physicians or pharmacists (FUNCTION_PARENTS: a sibling profession does not count through the parent).
  nursing: [
    'nursing', 'nurse', 'chief nursing officer', 'chief nursing information officer', 'nurse practitioner', 'ward', 'charge nurse',
    'head nurse', 'matron', 'nurse manager', 'nursing assistant', 'midwife',
  ],
  medicine: ['physician', 'doctor', 'medical doctor', 'surgeon', 'general practitioner'],
  pharmacy: ['pharmacy', 'pharmacist'],
  // Functions of particular sectors, in their usual English names.
  editorial: ['editorial', 'editor', 'editor in chief', 'managing editor', 'journalist', 'newsroom', 'reporter'],
  claims: ['claims', 'claim', 'claims adjuster', 'adjuster', 'loss adjuster', 'claims handler'],
  underwriting: ['underwriting', 'underwriter', 'actuarial', 'actuary'],
  estimating: ['estimating', 'estimator', 'quantity surveyor', 'cost estimator', 'preconstruction'],
  merchandising: ['merchandising', 'merchandiser', 'visual merchandising', 'assortment'],
  pricing: ['pricing', 'price', 'revenue management', 'revenue manager', 'yield management', 'yield manager', 'price management', 'pricing analyst'],
  admissions: ['admissions', 'admission', 'enrollment', 'enrolment', 'registrar', 'student services', 'financial aid'],
  leasing: ['leasing', 'leasing agent', 'lettings', 'letting agent'],
  // Projects and programmes, in any sector.
  projects: ['project manager', 'project management', 'project director', 'project lead', 'program manager', 'programme manager', 'project management office', 'projects'],
  // The office: administration, reception, the back office.
  administration: ['administration', 'administrative', 'office manager', 'office administrator', 'back office', 'secretary', 'administrative assistant'],
  // Teaching, at any level.
  education: [
    'teacher', 'teaching', 'education', 'educator', 'academic', 'faculty', 'lecturer', 'professor', 'curriculum', 'head teacher',
    'headteacher', 'school principal', 'dean',
  ],
  // Who keeps people held in custody: a jail's or prison's wardens, jailers and detention staff (a bank's custody is
  // another trade, so not that word).
  corrections: ['corrections', 'correctional', 'detention', 'jail', 'jailer', 'warden', 'prison', 'penitentiary', 'inmate', 'inmates'],
  socialwork: ['social work', 'social worker', 'social services', 'social care', 'case manager', 'case management', 'caseworker', 'welfare', 'youth work'],
  // Sustainability and ESG: where the taxonomy has no persona of its own for it, the EHS one at half.
  sustainability: [
    'sustainability', 'esg', 'csr', 'corporate social responsibility', 'energy manager', 'energy management', 'decarbonization',
    'decarbonisation', 'net zero',
  ],
};

/** Places of work: the manager, director, head or administrator of one runs its business ("Centre Manager",
 * "Museum Director", "Directora de Residencia", "Locatiemanager"), in either order. Not the places whose
 * manager has a function of their own (a plant's is operations, a facility's facilities, an office's
 * administration, a property's property management), nor a chain's shops (a store manager runs one outlet
 * of a retailer's), nor a club (a football club's manager is its coach). Other languages' words reach these through the lexicons. */
export const WORKPLACES = [
  'site', 'location', 'establishment', 'residence', 'home', 'center', 'centre', 'museum', 'gallery', 'theater',
  'theatre', 'hotel', 'school', 'hospital', 'clinic', 'restaurant', 'venue', 'campus', 'library', 'agency',
  'dealership', 'zoo',
];
/** A branch is one site of a business that has others ("Branch Manager", "Filialleiterin", "Vestigingsmanager", "Jefe
 * de sucursal"): its head runs that site for the business, whose executive is someone else. Its manager, director,
 * head or administrator (WORKPLACE_RANKS, either order) is the branch function's, read as a persona about branches
 * (its label or an alias names one), not the business's executive. */
export const BRANCH_PLACES = ['branch'];
export const WORKPLACE_RANKS = ['manager', 'director', 'head', 'administrator', 'general manager', 'managing director'];

/** Places of work whose head has a function of their own, said only beside a rank or a role noun that runs
 * the place ("Plant Manager", "Head of Plant", "Werkleiter", "Jefe de Planta", "Plant Operator"). Elsewhere
 * the word qualifies another head: a "Plant Breeder" breeds plants and a "Plant Controller" is the plant's
 * controller (finance), neither in plant operations. */
export const PLACE_FUNCTIONS: Record<string, string> = { plant: 'operations' };
/** Who runs such a place besides the ranks (SENIORITY): "Plant Operator". */
export const PLACE_ROLES = ['operator'];

/** The ranks of one who heads a site or unit: a title that is only the vendor's customers' kind of site and
 * one of these ("Quarry Manager", "Parish Administrator", "Jefe de Mina") is that site's general manager. */
export const SITE_HEAD_RANKS = ['manager', 'director', 'head', 'administrator', 'chief', 'general manager', 'managing director'];

/** A title that is only one of these ranks names the one who runs the organisation: "Gerente" alone is its
 * general manager, "Directrice" alone its director. (English "Manager" or "Director" alone says less.) */
export const SOLE_RANK_TITLES = [
  'gerente', 'directeur', 'directrice', 'directora', 'direktor', 'direktorin', 'direttore', 'direttrice', 'diretor', 'diretora',
];

/** A Spanish, Portuguese or Italian company's director said alone ("Administrador", "Administradora", "Amministratore"):
 * the member of its board, or its sole director, who runs it (the managing director), as the whole title. Beside
 * anything else the word is an administrator's ("Administrador de Sistemas", "Administradora de Fincas"). Not the
 * French "administrateur", a board's non-executive member. */
export const COMPANY_DIRECTOR_ALONE = ['administrador', 'administradora', 'amministratore', 'amministratrice'];
/** Where COMPANY_DIRECTOR_ALONE's word names no company's director but an administrator (sixtieth round, review
 * mends): at a hospital, a public body or a school (by their sectors), and at a community of a building's owners,
 * whose "administrador" or "amministratore" is the property administrator it hires (Spanish "comunidad de
 * propietarios", Portuguese "condomínio", Italian "condominio"). */
export const NOT_A_BOARD_SECTORS = ['healthcare', 'government', 'education'];
export const OWNERS_COMMUNITY = /\b(?:comunidad(?:es)? de (?:propietarios|vecinos)|comunidade de propriet[aá]rios|condom[ií]nios?)\b/iu;

/** The kinds of body its members govern through an elected board, as a company's name ends, in English only: an
 * owners' or a members' association, a condominium or a strata, a co-operative, a club, a society, a federation. Such
 * a body's bare "Purser" or "Almoner" is one of its board's officers, as "Board Purser" says (resolve.ts,
 * `officeOfBody`, which reads "Co-op" as "coop"); a phrase of several words is matched at the name's end. */
export const MEMBER_BODY_WORDS = ['association', 'hoa', 'poa', 'condominium', 'condo', 'strata', 'cooperative', 'coop', 'club', 'society', 'federation'];
/** Names ending as a member body's that are businesses with staff and managers (a mutual bank or insurer): no board's
 * office is read from them (review of the sixty-fifth round, finding 8: "Treasurer" at a building society is its own). */
export const MEMBER_BODY_BUSINESSES = ['building society', 'friendly society'];
/** The offices a member body's board holds, the titles read as its board's where the company is one ("Treasurer" at
 * a club); a generic rank ("Director", "Manager") is left to the title's own reading, since a trade association or a
 * club has staff too. */
/** What a persona's name may add after a head's field for "Head of <field>" to be read as that persona said short
 * ("Head of Licensing" for "Head of licensing programmes"): the field's scope, no narrower field ("Head of Glazing" is no
 * "Head of glazing audits"); review of the sixty-fifth round, second review. */
export const HEAD_SCOPE_WORDS = ['programmes', 'programme', 'programs', 'program', 'schemes', 'scheme', 'services', 'service', 'department', 'departments', 'team', 'teams', 'unit', 'units', 'function'];
/** Of BOARD_OFFICES, those that are the paid head or manager at most associations and clubs (a trade association's
 * "President" is its chief executive, a golf club's "Secretary" its salaried manager): read as the board's only at a body
 * of owners (OWNERS_BODY_WORDS); review of the sixty-fifth round, second review. */
export const STAFF_OFFICES_ELSEWHERE = ['president', 'vice president', 'secretary'];
/** Of MEMBER_BODY_WORDS, the bodies of a property's owners, whose president and secretary sit on their board. */
export const OWNERS_BODY_WORDS = ['hoa', 'poa', 'condominium', 'condo', 'strata', 'cooperative', 'coop'];
export const BOARD_OFFICES = ['purser', 'treasurer', 'secretary', 'president', 'vice president', 'almoner', 'chair', 'chairman', 'chairwoman', 'chairperson', 'trustee'];

/** Titles of whoever runs the whole business, one another's synonyms however a country says them ("Gérant",
 * "Gerente general", "Geschäftsführer", "CEO", as titles read them). The first, `said`, are how a title says it where
 * a taxonomy names it by one of the others: such a title is the persona another of them names (resolve.ts). */
export const TOP_EXECUTIVE_TITLES = {
  said: ['general manager', 'chief executive'],
  named: ['general manager', 'managing director', 'chief executive officer', 'chief executive'],
};

/** Words that say one works part time, for a season or as a temp, in the six languages (as titles read them:
 * "Part-time" is "part" and "time", "temps partiel" ends in "partiel"): staff of a team, not who runs it. */
export const PART_TIME_WORDS = [
  'seasonal', 'temp', 'temporary', 'teilzeit', 'aushilfe', 'saisonkraft', 'partiel', 'saisonnier', 'saisonniere', 'interimaire',
  'parcial', 'temporal', 'temporero', 'temporera', 'stagionale', 'deeltijd', 'deeltijds', 'temporario', 'temporaria',
];

/** Those who teach a class ("Teacher", "Lehrerin", "enseignante", "leraar"; titleWords reads the other
 * languages' words as "teacher"): at an individual's rank they are the practitioners of education, not the
 * lead, coordinator or head a persona about education names. */
export const TEACHER_WORDS = ['teacher'];
/** Words read as "teacher" that also name a master of a craft: only before a craft's word ("maestro pastelero",
 * "maestra quesera") no teacher for TEACHER_WORDS' rule. Alone, before a join ("Maestra y directora") or before a
 * school or its level ("Maestra elementare", "Maestro de primaria", "Maestra d'asilo") one who teaches. */
const SCHOOL_LEVEL =
  "(?:(?:de|di|del|della|dell['’]?|d['’]|da|en|nella|nel)\\s*)?(?:(?:la|el|l['’])\\s*)?" +
  '(?:elementar[ei]?|elemental|primari[ao]s?|primarie|infantil|infantile|infanzia|preescolar|secundari[ao]|secondari[ao]|' +
  'media|medie|inicial|basica|básica|materna|asilo|jardin|jardín|kinder|escuela|escola|scuola|colegio|educaci[oó]n|educazione|' +
  'grado|sostegno|ruolo|classe|aula)\\b';
export const MASTER_OR_TEACHER = new RegExp(`\\bmaestr[oa]s?\\s+(?!(?:y|e|i|o|u|and|et|und|en)\\b)(?!${SCHOOL_LEVEL})\\p{L}`, 'iu');

/** Titles of people in training, who buy nothing: interns, trainees, apprentices, working students. */
export const TRAINEE_WORDS = ['intern', 'trainee', 'apprentice'];

/** People who keep the trade as a pastime, who buy nothing for a business: "Hobby beekeeper", "hobby farmer",
 * "Hobbyist". Not where the next word names a business that serves hobbies (HOBBY_BUSINESS_WORDS: "Hobby Shop
 * Owner", "Hobby Supplies Manager"), as the title reads them (singular). */
export const HOBBY_WORDS = ['hobby', 'hobbyist', 'hobbyiste'];
/** Words before a trade's word that say someone other than the trade's working crew (resolve.ts, nearestRankCores): one
 * who keeps it as a pastime or at home ("Amateur Photographer", "Home Baker", "Cottage Baker"), one still learning it,
 * or a senior role the ranks (SENIORITY) do not list ("Check Pilot", "Training Captain", "Master Brewer"). A crew's
 * name says the kind of the work instead: a machine, a place or a trade ("Drone Pilot", "Pool Lifeguard"). */
export const NOT_CREW_WORDS = [
  ...HOBBY_WORDS, ...TRAINEE_WORDS, 'amateur', 'home', 'cottage', 'backyard', 'enthusiast', 'volunteer', 'student', 'retired',
  'check', 'training', 'trainer', 'instructor', 'examiner', 'master', 'captain', 'command', 'chief', 'head', 'lead', 'senior',
  'principal', 'staff', 'sous',
];
export const HOBBY_BUSINESS_WORDS = [
  'shop', 'store', 'supply', 'business', 'centre', 'center', 'outlet', 'retailer', 'retail', 'boutique', 'market', 'warehouse',
  'wholesale', 'wholesaler', 'distributor', 'company', 'product', 'brand',
];

/** A person looking for a job, said in the title or the profile's notes in the six languages: LinkedIn's "Open to
 * Work" badge, and "looking for (day) shifts / a job / employment / a position" ending its clause (not "looking for job
 * costing software"). Not "open to new opportunities", which people in post say (a set files one such with a persona),
 * nor "looking for more work", which a trade business short of jobs says (a buyer). A job seeker is no one's buyer,
 * whatever the trade he names (docs/matching.md, "People outside every persona"); the notes are read for it only
 * where the title names no function or an individual's rank (resolve.ts, `personasOf`). */
export const JOB_SEEKING: string[] = [
  'open to work', 'opentowork',
  'looking for (?:a |new )?(?:(?:day|night|weekend|evening|full[- ]time|part[- ]time) )?(?:shifts?|a job|a new job|employment|a (?:new )?position)',
  'auf jobsuche', 'auf stellensuche', 'suche (?:eine )?(?:neue )?(?:stelle|arbeit|anstellung)',
  "(?:a|en) la recherche d'(?:un )?(?:emploi|poste|travail)", "en recherche d'emploi", 'cherche (?:un )?(?:emploi|poste|travail)',
  'busco (?:trabajo|empleo)', 'en b[uú]squeda de (?:trabajo|empleo)', 'cerco lavoro', 'in cerca di (?:lavoro|occupazione)',
  'op zoek naar (?:werk|een (?:nieuwe )?baan)', 'werkzoekend', 'procuro (?:emprego|trabalho)', '[aà] procura de (?:emprego|trabalho)',
];

/** "Looking for work" in the title, a LinkedIn headline's words ("Forklift Driver | Looking for work"): in the notes a
 * business short of jobs says it too ("slow winter, looking for work"), so only the title's counts. */
export const JOB_SEEKING_TITLE: string[] = ['looking for (?:new )?work'];

/** The verdict, in a CRM's notes, that the record is no prospect at all: whoever the title names buys nothing from
 * the vendor. General CRM shorthand of sales and support teams, for any trade: `verdicts` count as a clause of their
 * own, opening and ending it ("wrong lead, thought we did ...", "wanted to resell? not a fit", "Spam.", "Met at expo"
 * and "not a fit" on the next line), not said of something ("their tool is not a fit for ...", "no fit-out needed",
 * "wrong lead times", "spam filters"); `mistakes` anywhere: a contact made by mistake ("Mistaken signup from an ad.",
 * "Phoned us by mistake", "tapped ... clicked the banner by accident", "filled the trial form in error"), not a
 * thing found so ("they only spot them by accident"). Not "not a buyer" (measured as a verdict: it took a set's nDCG@5
 * under its floor, the persona's assets carrying the case's pain; docs/matching.md, sixty-seventh round). English
 * only. */
export const NOT_A_PROSPECT = {
  verdicts: [
    'not a (?:good |great |real )?(?:fit|prospect|lead)', 'no fit', 'bad fit', 'poor fit', 'wrong lead', 'bad lead', 'junk lead',
    'no prospect', 'spam',
  ],
  mistakes: [
    'mistaken sign[- ]?up',
    '(?:clicked|called|contacted|e-?mailed|messaged|texted|wrote|forwarded|filled|submitted|signed|registered|downloaded|booked)(?:\\s+[\\p{L}\\d-]+){0,6}?\\s+(?:by\\s+(?:mistake|accident)|in\\s+error)',
  ],
};

/** People still studying, who buy nothing: a title that ends in "student" ("PhD Student", "Doktorandin"), or
 * a postdoc's below a manager's rank ("Postdoctoral Research Fellow"), or a graduate's first post ("Graduate
 * Engineer", resolve.ts). Not "Student Services Director", nor "Graduate Admissions Coordinator". */
export const STUDENT_WORDS = ['postdoc', 'postdoctoral'];
/** "Student" in French, Spanish, Italian and Portuguese, which say the head first ("Étudiante M2 Formulation",
 * "Studente di Ottica", "Estudiante de Enfermería"): a title that opens with one is a student's, whatever field follows.
 * English says the head last ("Nursing Student"), so an English title opening "Student" is not one ("Student Services
 * Director"). */
export const HEAD_FIRST_STUDENT_WORDS = ['étudiant', 'étudiante', 'etudiant', 'etudiante', 'estudiante', 'studente', 'studentessa', 'estudante'];
/** A degree's names as a title writes them, dots between letters taken out ("PhD", "MSc" for "M.Sc.", "MBA",
 * "Master's"; not "Master", a trade's rank): right before "candidate", or after "candidate for" or "in", and no rank
 * above an individual's, one still studying for it ("PhD Candidate", "MSc Candidate in Soil Science"), a student. */
export const DEGREE_WORDS = [
  'phd', 'dphil', 'doctoral', 'doctorate', 'edd', 'msc', 'mba', 'mphil', 'mres', 'meng', 'llm', "master's", 'masters',
  'bsc', "bachelor's", 'bachelors',
];
/** Degrees' initials that are also an honorific or a state's ("Ms.", "MA", "SC" is no degree's): a degree only right
 * before "candidate" ("MS Candidate"), never after "candidate for" ("Candidate for MA Senate"). */
export const DEGREE_INITIALS = ['ms', 'ma', 'ba', 'jd'];

/** The last word of a frontline seller's title ("Sales Rep", "Territory Sales Representative", "Customer Service
 * Rep"): one who represents a company to its customers sells to the marketer's buyers, or beside them, and buys
 * nothing, unless the taxonomy has a persona for representatives ("Owner's Rep", "Sales Representative"). */
export const REPRESENTATIVE_WORDS = ['rep', 'representative', 'reps', 'representatives'];

/** The end of a frontline seller's title that says no "rep" ("Account Executive", "Senior Account Executive",
 * "Enterprise Account Exec"): as CRMs and LinkedIn write it, the one who carries a quota, not an executive; and the one
 * who keeps accounts and sells to them ("Account Manager", "Key Account Manager"): a seller, not a manager of a
 * function. Read as a representative is (REPRESENTATIVE_WORDS), unless a persona is named so. */
export const SELLER_TITLES = ['account executive', 'account manager'];

/** "Strategy & Operations" after a function ("Channel Strategy & Operations", "Stratégie et opérations commerciales"):
 * one team, the function's operations, its head shared by both words; read as "operations" alone, in the seven
 * languages' words, so the function's word beside it makes its operations ("sales operations"). */
export const STRATEGY_AND_OPERATIONS =
  /\b(?:strategy|strategie|stratégie|estrategia|strategia|estratégia)\s*(?:&|\+|and|und|et|y|e|en)\s*(operations|operaciones|opérations|operazioni|operações|operaties)(?![\p{L}])/giu;

/** Phrases that name a rank, not a function: "Vice President" is not the president's office. */
export const RANK_PHRASES = [
  'vice president', 'senior vice president', 'executive vice president', 'assistant vice president', 'group vice president',
  'executive assistant', 'executive officer',
];

/** Parts of a function (FUNCTION_PARENTS) a title names as their own only where a persona of the taxonomy is about the
 * part: elsewhere the part is its whole function's, as it was before it had a name (sixty-ninth round). A "Senior
 * Billing Associate" is the billing desk's persona at a vendor that has one, the finance persona at a vendor that has none. */
export const PARTS_READ_AS_WHOLE = new Set(['billing']);

/** A narrower function counts for its broader one at half weight: recruiting is part of HR. */
export const FUNCTION_PARENTS: Record<string, string> = {
  ownership: 'executive',
  branch: 'executive',
  pricing: 'sales',
  recruiting: 'hr',
  training: 'hr',
  marketingops: 'marketing',
  payroll: 'finance',
  billing: 'finance',
  supplychain: 'operations',
  warehouse: 'operations',
  transportation: 'operations',
  fleet: 'operations',
  dispatch: 'operations',
  itops: 'it',
  soc: 'security',
  identity: 'security',
  hospitalityops: 'operations',
  culinary: 'hospitalityops',
  maintenance: 'operations',
  safety: 'compliance',
  sustainability: 'safety',
  nursing: 'clinical',
  medicine: 'clinical',
  pharmacy: 'clinical',
  episcopate: 'clergy',
};

/** The function whose head a function's head is, where it is not its parent: engineering's head is the chief
 * technology officer, whom FUNCTIONS files under IT. Read only where the taxonomy names no persona of the function
 * near the title's rank (resolve.ts, atTitleRank): as a parent everywhere it lowered two sets (docs/matching.md). */
export const HEAD_ELSEWHERE: Record<string, string> = { engineering: 'it' };

/** Words that name a function alone, before a rank or before another function's words ("Commercial
 * Director", "Head of Commercial", "Commercial Account Executive"), and before a trade say only that it is
 * done for a living or for businesses ("Commercial beekeeper", "commercial fisherman", "Commercial Lines
 * Underwriter"): no function there. */
export const TRADE_QUALIFIERS = ['commercial'];

/** Workers a function is named for in the plural (FUNCTIONS' fleet: "drivers", as in "Head of Drivers" or "Drivers
 * Manager"): the singular as a title's last word, with no rank before it ("Driver", "Tanker Driver", the "Driver"
 * of "Owner/Driver"), is one of the people that function manages, who drives and buys nothing for it; unless one of
 * the taxonomy's personas is named for them (a name ending in the word). */
export const MANAGED_WORKER_WORDS = ['driver'];

/** Words of a shift or time of day said after such a worker behind a comma or a dash ("Driver, Night Shift", "Driver -
 * Nights"), as "Driver (night shift)" says it in brackets: when the work is done, not another role (review mend,
 * fifty-fifth round). */
export const WORKER_SHIFT_WORDS = [
  'night', 'nights', 'day', 'days', 'shift', 'shifts', 'early', 'earlies', 'late', 'lates', 'morning', 'mornings', 'evening',
  'evenings', 'afternoon', 'afternoons', 'weekend', 'weekends', 'overnight', 'overnights', 'nightshift', 'dayshift',
];

/** Words FUNCTIONS lists that name a kind of worker in any trade: said after another function's words they say
 * who does that work ("Purchasing Agent", "Lab Technician", "Quality Engineer", "Payroll Accountant"), not a
 * function of their own (compile.ts, functionsOf). */
export const WORKER_FUNCTION_WORDS = ['agent', 'technician', 'planner', 'engineer', 'accountant'];

/** Workers among WORKER_FUNCTION_WORDS who stay their own trade's after another function's words: a "Systems
 * Engineer" is engineering's, a "Project Accountant" or a "Revenue Accountant" works in finance for the controller
 * (compile.ts, functionsOf). */
export const OWN_TRADE_WORKER_WORDS = ['engineer', 'accountant'];

/** Functions whose words before a worker's name a desk that worker staffs in the worker's own function: a "Help
 * Desk Agent" or a "Service Desk Agent" answers callers as support's agents do (compile.ts, functionsOf). */
export const WORKER_DESKS: Record<string, string[]> = { agent: ['itops'] };

/** Words FUNCTIONS lists that, said after another function's words, name work done for that function ("Sales
 * Training" is sales' training, "Sales Development" sales' prospecting), not a function that takes the title over
 * (compile.ts, functionsOf). */
export const FUNCTION_MODIFIER_WORDS = ['training', 'development'];

/** Words in titles that name a rank or a kind of role, not what the person works on. */
export const GENERIC_TITLE_WORDS = [
  'manager', 'director', 'head', 'lead', 'leader', 'chief', 'officer', 'vice', 'president', 'senior', 'junior', 'associate',
  'assistant', 'analyst', 'specialist', 'coordinator', 'administrator', 'representative', 'consultant', 'partner', 'executive',
  'principal', 'team', 'staff', 'global', 'regional', 'group', 'general', 'deputy', 'interim', 'acting', 'owner',
];


/** The English shop floor's words for its working supervisor: a foreman or forewoman, a chargehand, a leadhand or
 * leadman (North American: the hand who leads a crew and works beside it). Read as "Supervisor" in a title where no
 * persona of the taxonomy is named by one of them: a taxonomy that names its foremen ("Stockpile Foreman") keeps them apart
 * from its supervisors. */
export const FRONT_LINE_SUPERVISOR = /(?<!\p{L})(?:fore(?:man|men|woman|women|persons?)|charge[\s-]?hands?|lead[\s-]?hands?|lead(?:man|men))(?!\p{L})/giu;
/** The functions a foreman works in (FUNCTIONS' keys): the floor, the yard, the site, the plant, the kitchen. A foreman
 * read as the supervisor is read so only as a supervisor of one of them, or of no function at all ("Floor supervisor"),
 * not a call centre's or a sales team's supervisor. */
export const FRONT_LINE_FUNCTIONS = new Set([
  'operations', 'facilities', 'maintenance', 'safety', 'quality', 'supplychain', 'warehouse', 'transportation', 'fleet',
  'engineering', 'projects', 'hospitalityops', 'culinary',
]);
/** How senior a title is; used only to choose between personas of the same function. */
export const SENIORITY: [number, string[]][] = [
  [5, ['chief', 'president', 'founder', 'cofounder', 'owner', 'partner', 'chairman', 'chair', 'executive']],
  [4, ['vice president', 'head', 'leader', 'leadership', 'managing director', 'general manager', 'director', 'senior director']],
  // A manager is above the front line (a supervisor, a foreman, a team or shift lead) and below a head.
  [3, ['manager']],
  [2, ['lead', 'team leader', 'team lead', 'supervisor', 'principal', 'foreman', 'forewoman', 'foreperson', 'superintendent']],
  [1, ['senior', 'specialist', 'analyst', 'associate', 'coordinator', 'representative', 'administrator', 'officer', 'engineer', 'developer', 'consultant', 'agent', 'clerk', 'assistant']],
];

/** Job titles' words in German, French, Spanish, Italian, Dutch and Portuguese that the shared lexicon
 * (./lexicon.ts) does not read, or reads otherwise in a title: business functions (maintenance, safety,
 * quality, plant), ranks of the front line (shift leads, foremen) and the crafts. Normalised (lower
 * case, no accents), feminine forms listed; German "-in" and plurals are taken off by rule. Read before
 * the shared lexicon, so "Técnica de Segurança do Trabalho" is occupational safety, not security.
 * General language knowledge, for any vendor: nothing here comes from a library or an evaluation set. */
export const FOREIGN_TITLE_PHRASES: Record<string, string> = {
  // Spanish "RR. HH." (recursos humanos), the plural initials as the Spanish Academy spells them, a space between.
  'rr hh': 'human resources',
  // French "tiers payant": the part of a bill a pharmacy, an optician or a medical supplier claims from the patient's
  // health insurer rather than the patient ("Responsable du tiers payant" heads that billing). Latin "in vivo" (work on
  // living animals) said in a research organisation's title names its animal facility, the vivarium ("Head of In Vivo
  // Science", "In Vivo Operations Lead"), as "in vitro" names the bench (sixty-seventh round).
  'tiers payant': 'billing',
  'in vivo': 'vivarium',
  // A team's head coach in the Romance languages: "principal" after the coach is the head one, not the executive
  // (sixty-eighth round); Italian says the first coach.
  'entraineur principal': 'head coach', 'entraineuse principale': 'head coach', 'entrenador principal': 'head coach',
  'entrenadora principal': 'head coach', 'treinador principal': 'head coach', 'treinadora principal': 'head coach',
  'primo allenatore': 'head coach', 'prima allenatrice': 'head coach', 'settore giovanile': 'youth academy',
  // The physical trainer of a team in four languages: its strength and conditioning coach.
  'preparatore atletico': 'strength and conditioning coach', 'preparatrice atletica': 'strength and conditioning coach',
  'preparador fisico': 'strength and conditioning coach', 'preparadora fisica': 'strength and conditioning coach',
  'preparateur physique': 'strength and conditioning coach', 'preparatrice physique': 'strength and conditioning coach',
  // Web hosting in Spanish and Portuguese, not a school's lodging (review of the sixty-sixth round, finding 7).
  'alojamiento web': 'web hosting', 'alojamento web': 'web hosting',
  // Food safety as the Romance languages say it (a food maker's quality and hygiene), and the roastery's master roaster.
  'seguranca alimentar': 'food safety', 'seguridad alimentaria': 'food safety', 'sicurezza alimentare': 'food safety',
  'securite alimentaire': 'food safety', 'securite des aliments': 'food safety', 'seguranca dos alimentos': 'food safety',
  'mestre de torra': 'head roaster', 'maestro tostador': 'head roaster', 'maestra tostadora': 'head roaster',
  'maitre torrefacteur': 'head roaster',
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
  'cheffe de poste': 'shift supervisor', 'cheffe d equipe': 'team lead',
  'jefe de turno': 'shift supervisor', 'jefa de turno': 'shift supervisor', 'encargado de turno': 'shift supervisor',
  'encargada de turno': 'shift supervisor', 'jefe de equipo': 'team lead', 'jefa de equipo': 'team lead',
  'capo turno': 'shift supervisor', 'capo reparto': 'department head', 'capo squadra': 'supervisor',
  'chefe de turno': 'shift supervisor', 'chefe de equipe': 'team lead', 'lider de turno': 'shift supervisor',
  'lider de equipo': 'team lead', 'lider de equipe': 'team lead',
  // A Spanish public body's section and desk under its service ("Jefe de Sección de Obras", "Jefa de Negociado de
  // Personal"): the head of a team, below the head of service's department.
  'jefe de seccion': 'team leader', 'jefa de seccion': 'team leader', 'jefe de negociado': 'team leader', 'jefa de negociado': 'team leader',
  // The Iberian graduate grade "Técnico Superior" ("Técnica Superior de ...") is a specialist's grade, no superior's rank
  // and no technician's trade: the graduate officer of what follows ("Técnica Superior de Compras", a buyer).
  'tecnico superior': 'specialist', 'tecnica superior': 'specialist',
  // (Child protection said in more than one word, "Protección de la Infancia", is the shared lexicon's, read after this
  // table: one list with company names' and industry values', CHILD_PROTECTION_PHRASES of lexicon.ts.)
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
  // A maker's technical service (its service engineers in the field, their visits, repairs and training) in the
  // Romance languages: "servicio técnico", "(servicio de) asistencia técnica", "assistenza tecnica", "assistência
  // técnica", "serviço técnico", "servizio tecnico"; not a help desk's technical support.
  'servicio tecnico': 'technical service', 'assistenza clienti': 'customer service', 'assistenza tecnica': 'technical service',
  'asistencia tecnica': 'technical service', 'servicio de asistencia tecnica': 'technical service', 'assistencia tecnica': 'technical service',
  'servico tecnico': 'technical service', 'servizio tecnico': 'technical service',
  // The functions any organisation has, said in more than one word (seventh round; general language knowledge).
  // Care and clinical work
  'soins infirmiers': 'nursing', 'cadre de sante': 'nurse manager', 'cadre sante': 'nurse manager', 'aide soignant': 'nursing assistant',
  'aide soignante': 'nursing assistant', 'auxiliar de enfermeria': 'nursing assistant', 'tecnico de enfermagem': 'nursing assistant',
  'tecnica de enfermagem': 'nursing assistant', 'sage femme': 'midwife',
  // A hospital's clinical service and its head, the physician over it (as the French chef de service, PHRASES of
  // lexicon.ts): the Spanish head (jefe, jefa) and the Portuguese director of the service, the Italian director of a
  // complex unit (unità operativa or struttura complessa, UOC or SC). Medicine's imaging in more than one word,
  // as radiology.
  'jefe de servicio': 'head', 'jefa de servicio': 'head', 'jefe del servicio': 'head', 'jefa del servicio': 'head',
  'diretor de servico': 'head', 'diretora de servico': 'head', 'diretor do servico': 'head', 'diretora do servico': 'head',
  'director de servico': 'head', 'directora de servico': 'head',
  // The head of a maker's technical service, not a ward's: the whole phrase read so, before the hospital's head phrase
  // takes "servicio" and leaves "técnico" nothing to pair with (sixtieth round, review mends).
  'jefe de servicio tecnico': 'head of technical service', 'jefa de servicio tecnico': 'head of technical service',
  'jefe del servicio tecnico': 'head of technical service', 'jefa del servicio tecnico': 'head of technical service',
  'diretor de servico tecnico': 'head of technical service', 'diretora de servico tecnico': 'head of technical service',
  'diretor do servico tecnico': 'head of technical service', 'diretora do servico tecnico': 'head of technical service',
  'direttore uoc': 'head', 'direttrice uoc': 'head', 'direttore sc': 'head', 'direttrice sc': 'head',
  'direttore struttura complessa': 'head', 'direttrice struttura complessa': 'head', 'direttore di struttura complessa': 'head',
  'direttrice di struttura complessa': 'head',
  // The head physician of an Italian ward (primario), said before the ward: alone the word is a school level's too
  // (a teacher "de primaria") and the feminine form of Spanish primary care.
  'primario di': 'head', 'primario del': 'head', 'primario della': 'head',
  'imagerie medicale': 'radiology', 'medische beeldvorming': 'radiology', 'diagnostico por imagen': 'radiology',
  'diagnostico por imagem': 'radiology', 'diagnostica per immagini': 'radiology',
  // Social work
  'travailleur social': 'social worker', 'travailleuse sociale': 'social worker', 'assistant social': 'social worker',
  'assistante sociale': 'social worker', 'service social': 'social services', 'trabajador social': 'social worker',
  'trabajadora social': 'social worker', 'trabajo social': 'social work', 'assistente sociale': 'social worker',
  'servizio sociale': 'social services', 'maatschappelijk werker': 'social worker', 'maatschappelijk werk': 'social work',
  'assistente social': 'social worker', 'servico social': 'social work',
  'trabalhador social': 'social worker', 'trabalhadora social': 'social worker',
  // The social educator, a social-work profession of its own in France, Spain, Portugal and Italy.
  'educateur specialise': 'social worker', 'educatrice specialisee': 'social worker', 'educador social': 'social worker',
  'educadora social': 'social worker', 'educatore professionale': 'social worker', 'educatrice professionale': 'social worker',
  // An Italian town's councillor and a Flemish alderman ("Schepen van Cultuur"; only as a title's first words,
  // TITLE_OPENING_PHRASES).
  'consigliere comunale': 'councillor', 'consigliera comunale': 'councillor', 'schepen van': 'alderman',
  // The Italian woman alderman only in the Italian shape ("Assessora al bilancio", "Assessora comunale"): alone, the
  // word is the Portuguese adviser or officer ("Assessora de Imprensa", "Assessora Jurídica"), as Spanish "asesora".
  'assessora al': 'alderman', 'assessora alla': 'alderman', 'assessora allo': 'alderman',
  'assessora ai': 'alderman', 'assessora agli': 'alderman', 'assessora alle': 'alderman',
  'assessora comunale': 'alderman', 'assessora regionale': 'alderman', 'assessora provinciale': 'alderman',
  // The Dutch functional administrator ("Functioneel beheerder Burgerzaken") keeps an information system's use for its
  // department: an application manager.
  'functioneel beheerder': 'application manager',
  // Public administration
  'directeur general des services': 'city manager', 'directrice generale des services': 'city manager',
  'secretaire general': 'secretary general', 'secretaire generale': 'secretary general', 'secretario general': 'secretary general',
  'secretaria general': 'secretary general', 'segretario generale': 'secretary general', 'segretaria generale': 'secretary general',
  'secretaris generaal': 'secretary general', 'secretario geral': 'secretary general', 'secretaria geral': 'secretary general',
  'marches publics': 'procurement', 'commande publique': 'procurement', 'contratacion publica': 'procurement',
  'appalti pubblici': 'procurement', 'compras publicas': 'procurement',
  // Facilities, housekeeping, catering
  'services generaux': 'facilities', 'moyens generaux': 'facilities', 'servicios generales': 'facilities',
  'servizi generali': 'facilities', 'servicos gerais': 'facilities', 'facilitaire dienst': 'facilities',
  'facilitair bedrijf': 'facilities', 'facilitaire zaken': 'facilities', 'gouvernante generale': 'executive housekeeper',
  'ama de llaves': 'housekeeper', 'jefe de pisos': 'executive housekeeper', 'jefa de pisos': 'executive housekeeper',
  'huishoudelijke dienst': 'housekeeping', 'chef de cuisine': 'head chef', 'jefe de cocina': 'head chef',
  'jefa de cocina': 'head chef', 'capo cuoco': 'head chef', 'chefe de cozinha': 'head chef',
  // Logistics
  'chaine logistique': 'supply chain', 'cadena de abastecimiento': 'supply chain', 'catena di fornitura': 'supply chain',
  'parc automobile': 'fleet', 'parque movil': 'fleet', 'parque automovel': 'fleet', 'parco auto': 'fleet', 'parco mezzi': 'fleet',
  'parco veicoli': 'fleet',
  // The wealth manager said by the wealth he looks after: the French adviser "en gestion de patrimoine" (CGP), a private
  // or financial estate's manager ("Gestora de Patrimonio Privado"), the Italian "gestore patrimoniale", the plural
  // "gestor de patrimonios". A "Gestionnaire de patrimoine" or "Gestor de Patrimonio" alone is more often the manager
  // of a landlord's or a public body's buildings and land (a social landlord's estate, a town's property): an asset
  // manager, no one's banker.
  'gestor de patrimonio': 'asset manager', 'gestora de patrimonio': 'asset manager', 'gestionnaire de patrimoine': 'asset manager',
  'gestor de patrimonio privado': 'wealth manager', 'gestora de patrimonio privado': 'wealth manager',
  'gestor de patrimonio financiero': 'wealth manager', 'gestora de patrimonio financiero': 'wealth manager',
  'gestor de patrimonios': 'wealth manager', 'gestora de patrimonios': 'wealth manager',
  'gestionnaire de patrimoine prive': 'wealth manager', 'gestionnaire de patrimoine financier': 'wealth manager',
  'conseiller en gestion de patrimoine': 'wealth manager', 'conseillere en gestion de patrimoine': 'wealth manager',
  'gestore patrimoniale': 'wealth manager',
  // Legal, compliance, risk, audit
  'service juridique': 'legal', 'direction juridique': 'legal director', 'affaires juridiques': 'legal',
  'asesoria juridica': 'legal', 'assessoria juridica': 'legal', 'ufficio legale': 'legal', 'affari legali': 'legal',
  'juridische zaken': 'legal', 'protection des donnees': 'data protection', 'proteccion de datos': 'data protection',
  'protezione dei dati': 'data protection', 'protecao de dados': 'data protection', 'audit interne': 'internal audit',
  'auditoria interna': 'internal audit', 'audit interno': 'internal audit', 'interne audit': 'internal audit',
  'interne revision': 'internal audit', 'controle interne': 'internal control', 'control interno': 'internal control',
  'controllo interno': 'internal control', 'interne controle': 'internal control', 'controle interno': 'internal control',
  'interne kontrolle': 'internal control', 'affaires reglementaires': 'regulatory affairs', 'asuntos regulatorios': 'regulatory affairs',
  'affari regolatori': 'regulatory affairs', 'assuntos regulatorios': 'regulatory affairs',
  // European Portuguese says "regulamentar(es)" where Brazil says "regulatório(s)".
  'assuntos regulamentares': 'regulatory affairs', 'asuntos reglamentarios': 'regulatory affairs', 'gestion des risques': 'risk management',
  'gestion de riesgos': 'risk management', 'gestione dei rischi': 'risk management', 'gestao de riscos': 'risk management',
  // Research and development, business development
  'recherche et developpement': 'research and development', 'investigacion y desarrollo': 'research and development',
  'ricerca e sviluppo': 'research and development', 'onderzoek en ontwikkeling': 'research and development',
  'pesquisa e desenvolvimento': 'research and development', 'forschung und entwicklung': 'research and development',
  'developpement commercial': 'business development', 'developpement des affaires': 'business development',
  'desarrollo de negocio': 'business development', 'desarrollo de negocios': 'business development',
  'sviluppo commerciale': 'business development', 'sviluppo business': 'business development',
  'desenvolvimento de negocios': 'business development', 'desenvolvimento comercial': 'business development',
  // Sales, customers, communications
  'charge d affaires': 'account manager', 'chargee d affaires': 'account manager', 'grands comptes': 'key accounts',
  'grandes cuentas': 'key accounts', 'grandi clienti': 'key accounts', 'grandes contas': 'key accounts',
  'service clients': 'customer service', 'experience client': 'customer experience', 'experiencia cliente': 'customer experience',
  'experiencia del cliente': 'customer experience', 'esperienza cliente': 'customer experience',
  'esperienza del cliente': 'customer experience', 'experiencia do cliente': 'customer experience',
  'centre d appels': 'call center', 'centro de llamadas': 'call center', 'centro de atendimento': 'call center',
  'relations presse': 'public relations', 'porte parole': 'public relations', 'porta voz': 'public relations',
  // Sustainability
  'developpement durable': 'sustainability', 'responsabilite societale': 'corporate social responsibility',
  // Ranks: managing partners, deputies, business owners, the general management
  'socio gerente': 'managing partner', 'socia gerente': 'managing partner', 'socio gestor': 'managing partner',
  'socia gestora': 'managing partner', 'socio director': 'managing partner', 'socia directora': 'managing partner',
  'socio diretor': 'managing partner', 'socia diretora': 'managing partner', 'associe gerant': 'managing partner',
  'associee gerante': 'managing partner', 'socio amministratore': 'managing partner', 'socia amministratrice': 'managing partner',
  'geschaftsfuhrender gesellschafter': 'managing partner', 'geschaftsfuhrende gesellschafterin': 'managing partner',
  // The sole director of an Italian, Spanish or Portuguese company (its board of one): the managing director.
  'amministratore unico': 'managing director', 'amministratrice unica': 'managing director',
  'administrador unico': 'managing director', 'administradora unica': 'managing director',
  // A Spanish company's joint directors, each able to act alone ("solidario") or only together ("mancomunado"):
  // its managing directors, as a sole director is.
  'administrador solidario': 'managing director', 'administradora solidaria': 'managing director',
  'administradores solidarios': 'managing director', 'administrador mancomunado': 'managing director',
  'administradora mancomunada': 'managing director', 'administradores mancomunados': 'managing director',
  // A territory's manager, below the head of sales or of the network: the manager of an area, a zone or a sector
  // (French "responsable de zone", Spanish "jefa de zona", Italian "capo zona" and its area's; not a store's section, the
  // "responsable de secteur frais": compile.ts, notSaidHere), a French département's district of social action (its
  // "circonscription": its head runs the district's team), a Spanish bank's
  // branch office (its director, where the title says no other office after it: compile.ts, notSaidHere), the French
  // insurer's or distributor's field sales manager over a network of agents ("inspecteur commercial"), the Romance
  // regional manager, said with "regional" after the rank or after the sales ("gerente de vendas regional", "jefe de
  // ventas regional") or before the sales ("gestor regional de vendas").
  'responsable de secteur commercial': 'area sales manager', 'responsable de secteur des ventes': 'area sales manager',
  'responsable de secteur': 'area manager', 'responsable de circonscription': 'area manager',
  'responsable de zone': 'area manager', 'jefe de zona': 'area manager',
  'jefa de zona': 'area manager', 'gerente de zona': 'area manager', 'responsabile di zona': 'area manager',
  'capo zona': 'area manager', 'capo area': 'area manager', 'responsabile di area': 'area manager',
  'responsabile d area': 'area manager', 'director de oficina': 'branch manager', 'directora de oficina': 'branch manager',
  'inspecteur commercial': 'area sales manager', 'inspectrice commerciale': 'area sales manager',
  'gestor regional': 'regional manager', 'gestora regional': 'regional manager', 'gerente regional': 'regional manager',
  'gestor de vendas regional': 'regional sales manager', 'gestora de vendas regional': 'regional sales manager',
  'gerente de vendas regional': 'regional sales manager', 'gerente regional de vendas': 'regional sales manager',
  'gerente de ventas regional': 'regional sales manager', 'gerente regional de ventas': 'regional sales manager',
  'jefe regional de ventas': 'regional sales manager', 'jefa regional de ventas': 'regional sales manager',
  'jefe de ventas regional': 'regional sales manager', 'jefa de ventas regional': 'regional sales manager',
  'gestor regional de vendas': 'regional sales manager', 'gestora regional de vendas': 'regional sales manager',
  'sous directeur': 'deputy director', 'sous directrice': 'deputy director', 'chef d entreprise': 'owner',
  'cheffe d entreprise': 'owner', 'directeur financier et administratif': 'chief financial officer',
  // Italian "amministrazione, finanza e controllo" spelled out under its head: the whole finance function (the books,
  // the money and the controlling), so its head is the finance director, as "Responsabile AFC" is (SECTOR_ABBREVIATIONS).
  'responsabile amministrazione finanza e controllo': 'chief financial officer',
  'responsabile amministrazione finanza controllo': 'chief financial officer',
  // Dutch "financiële administratie", the bookkeeping department (its head keeps the ledgers and closes the year):
  // accounting, not finance at large ("Medewerker Financiële Administratie" is a bookkeeper).
  'financiele administratie': 'accounting',
  // Indirect tax, the adjective after the noun in the Romance languages and Dutch ("impôts indirects"), before it in
  // German; and the Romance "fiscal" of a tax specialist, adviser or director (English "fiscal" is a finance word, so
  // only beside the role: "Técnico fiscal", "Consultora fiscal", "Diretora fiscal").
  'fiscalite indirecte': 'indirect tax', 'impots indirects': 'indirect tax', 'taxes indirectes': 'indirect tax',
  'impuestos indirectos': 'indirect tax', 'fiscalidad indirecta': 'indirect tax', 'tributacion indirecta': 'indirect tax',
  'imposte indirette': 'indirect tax', 'fiscalita indiretta': 'indirect tax', 'impostos indiretos': 'indirect tax',
  'fiscalidade indireta': 'indirect tax', 'tributacao indireta': 'indirect tax', 'indirekte steuern': 'indirect tax',
  'indirecte belastingen': 'indirect tax', 'tecnico fiscal': 'tax specialist', 'tecnica fiscal': 'tax specialist',
  'especialista fiscal': 'tax specialist', 'analista fiscal': 'tax analyst', 'asesor fiscal': 'tax advisor',
  'asesora fiscal': 'tax advisor', 'consultor fiscal': 'tax advisor', 'consultora fiscal': 'tax advisor',
  'conseiller fiscal': 'tax advisor', 'director fiscal': 'tax director', 'directora fiscal': 'tax director',
  'directeur fiscal': 'tax director', 'diretor fiscal': 'tax director', 'diretora fiscal': 'tax director',
  'responsable fiscal': 'head tax', 'responsavel fiscal': 'head tax', 'jefe fiscal': 'head tax', 'jefa fiscal': 'head tax',
  // The suppliers' and the customers' ledgers (accounts payable and receivable) as the Romance languages name the team:
  // "accounting of suppliers / of clients", "accounts to pay / to collect", Italy's passive and active cycle.
  'comptabilite fournisseurs': 'accounts payable', 'comptabilite clients': 'accounts receivable',
  'compta fournisseurs': 'accounts payable', 'compta clients': 'accounts receivable', 'comptes fournisseurs': 'accounts payable',
  'comptes clients': 'accounts receivable', 'contabilidad de proveedores': 'accounts payable',
  'contabilidad proveedores': 'accounts payable', 'contabilidad de clientes': 'accounts receivable',
  'contabilidad clientes': 'accounts receivable', 'cuentas por pagar': 'accounts payable', 'cuentas a pagar': 'accounts payable',
  'cuentas por cobrar': 'accounts receivable', 'cuentas a cobrar': 'accounts receivable',
  'contabilita fornitori': 'accounts payable', 'contabilita clienti': 'accounts receivable', 'ciclo passivo': 'accounts payable',
  'ciclo attivo': 'accounts receivable', 'contabilidade de fornecedores': 'accounts payable',
  'contabilidade fornecedores': 'accounts payable', 'contabilidade de clientes': 'accounts receivable',
  'contabilidade clientes': 'accounts receivable', 'contas a pagar': 'accounts payable', 'contas a receber': 'accounts receivable',
  'directrice financiere et administrative': 'chief financial officer', 'direction generale': 'managing director', 'cheffe de service': 'head', 'cheffe du service': 'head',
  'cheffe de': 'head', 'cheffe du': 'head', 'cheffe des': 'head', 'assistant de direction': 'executive assistant',
  'assistante de direction': 'executive assistant',
  // Intellectual and industrial property in the six languages: what an in-house IP team's titles say, read as English
  // titles say it, "IP" (TITLE_PHRASES reads the English phrase so too: "IP Chief" and "Director, Intellectual
  // Property" are one department). Industrial property (patents, trademarks, designs) is the in-house IP department's
  // other name on the continent. The profession whose title says it after "conseil en" or "agente de la" (a
  // registered patent and trademark attorney) is the patent attorney, as the Dutch "octrooigemachtigde" (sixty-ninth round).
  'propriete intellectuelle': 'ip', 'propiedad intelectual': 'ip', 'proprieta intellettuale': 'ip', 'propriedade intelectual': 'ip',
  'intellectueel eigendom': 'ip', 'geistiges eigentum': 'ip', 'geistigen eigentums': 'ip', 'propriete industrielle': 'ip',
  'propiedad industrial': 'ip', 'proprieta industriale': 'ip', 'propriedade industrial': 'ip', 'industrieel eigendom': 'ip',
  'gewerblicher rechtsschutz': 'ip', 'gewerblichen rechtsschutzes': 'ip', 'conseil en propriete industrielle': 'patent attorney',
  'conseils en propriete industrielle': 'patent attorney', 'agente de la propiedad industrial': 'patent attorney',
  'agente oficial da propriedade industrial': 'patent attorney', 'consulente in proprieta industriale': 'patent attorney',
  // Interns and trainees: not buyers.
  'working student': 'intern',
};

/** French offices' ordinary clippings of title words ("Resp. Planif", "Responsable Appro", "Chef Compta"):
 * planif(ication), appro(visionnement), compta(bilité), each of one word only and none an English word. Read only
 * as written, never as a plural or a feminine form: "compte" (the account of "Chef de compte", an account manager)
 * and "approx" are other words. */
/** Phrases of FOREIGN_TITLE_PHRASES read only as a title's first words, or after an ordinal or "and" ("Eerste schepen van
 * ...", "Burgemeester en schepen van ..."): inside a title, "schepen van" is also ships' plural ("Planner schepen van de
 * rederij"). */
export const TITLE_OPENING_PHRASES: ReadonlySet<string> = new Set(['schepen van']);
export const TITLE_OPENING_AFTER: ReadonlySet<string> = new Set(['eerste', 'tweede', 'derde', 'vierde', 'vijfde', 'en']);
export const CLIPPED_TITLE_WORDS: Record<string, string> = { planif: 'planning', appro: 'procurement', compta: 'accounting' };

export const FOREIGN_TITLE_WORDS: Record<string, string> = {
  // What a grower's or a forester's title says it looks after: the vineyard and the forest in each language ("Capo dei
  // vigneti", "Técnico florestal"), and the portfolio a French or Italian asset manager runs.
  vinha: 'vineyard', vinhas: 'vineyard', vinedo: 'vineyard', vinedos: 'vineyard', vigneto: 'vineyard', vigneti: 'vineyard',
  vignoble: 'vineyard', vignobles: 'vineyard', weinberg: 'vineyard', weinberge: 'vineyard', wijngaard: 'vineyard', wijngaarden: 'vineyard',
  // Patents in the six languages (German "Patent" for its compounds: "Patentabteilung", "Patentreferentin") and a Dutch
  // registered patent or trademark attorney (sixty-ninth round). Not Portuguese "patente" alone in the notes (a rank
  // too): in a title it is the patent.
  brevet: 'patent', brevets: 'patent', brevetto: 'patent', brevetti: 'patent', patente: 'patent', patentes: 'patent',
  octrooi: 'patent', octrooien: 'patent', patent: 'patent', patentanwalt: 'patent attorney', patentabteilung: 'patent',
  octrooiafdeling: 'patent', octrooigemachtigde: 'patent attorney',
  merkgemachtigde: 'trademark attorney', markenrecht: 'trademark law', merkenrecht: 'trademark law',
  markenrechtler: 'trademark counsel', markenrechtlerin: 'trademark counsel',
  florestal: 'forest', forestal: 'forest', forestale: 'forest', forestier: 'forest', forestiere: 'forest',
  portefeuille: 'portfolio', portafoglio: 'portfolio',
  // A roastery's master roaster ("Röstmeister": rösten, to roast) and a transport firm's depot (the Spanish word for the
  // sheds where its buses or trams are kept); the food safety of a food maker in German and Dutch, one word each.
  rostmeister: 'head roaster', rostmeisterin: 'head roaster', cocheras: 'depot',
  lebensmittelsicherheit: 'food safety', voedselveiligheid: 'food safety',
  // Pricing: the word for price in each language (its plural through the lexicon's plural rule).
  precio: 'price', prix: 'price', preis: 'price', preise: 'price', prezzo: 'price', prezzi: 'price', preco: 'price', prijs: 'price', prijzen: 'price', tarification: 'pricing', preisgestaltung: 'pricing', prijsstelling: 'pricing', precificacao: 'pricing',
  // A school's or a holiday provider's lodging and its pupils' welfare, the host families they board with, and a
  // children's holiday camp, in the five languages (sixty-sixth round). Not French "hébergement" (as often a web host's),
  // nor Dutch "huisvesting" (in a title, facilities and office accommodation); Spanish and Portuguese "alojamiento web",
  // "alojamento web" are web hosting (FOREIGN_TITLE_PHRASES). Italian "benessere", Spanish "bienestar", Dutch "welzijn"
  // and Portuguese "bem-estar" are as often a spa's wellness as pupils' welfare: wellbeing (review of the sixty-sixth
  // round, finding 7, and its second review, finding 8).
  // Dutch "declaratie(s)": the claims a care provider sends the insurer, or an employee's expense claims; in a title the
  // office that bills or settles them ("Teamleider declaraties", "Declaratiespecialist"). The orthopaedic trades' adjective in
  // five languages and German's compound part ("Orthopädietechniker", an orthopaedic technician), and Dutch
  // "instrumentmaker", a maker of instruments: a technician (the orthopaedic one is the Dutch title of an orthotist and
  // prosthetist). Sixty-seventh round.
  declaratie: 'billing', declaraties: 'billing',
  // A sports club's and a federation's staff (sixty-eighth round): the coach in five languages (the head coach of a
  // German or Dutch compound, "Cheftrainerin", "Hoofdcoach"; not English "trainer", an athletic or a corporate trainer
  // as often), the sporting director's adjective ("Directora Deportiva", "Diretora Desportiva", "Direttore Sportivo",
  // "Directrice sportive"), a German club's youth academy (its performance centre for young players, "Leiter NLZ"), Italian
  // "settore giovanile" (the youth section: FOREIGN_TITLE_PHRASES), and an exercise physiologist and a sport scientist in Dutch and German, whose
  // work is the sports scientist's.
  entraineur: 'coach', entrenador: 'coach', treinador: 'coach', allenatore: 'coach', allenatrice: 'coach',
  cheftrainer: 'head coach', hoofdtrainer: 'head coach', hoofdcoach: 'head coach',
  deportivo: 'sporting', desportivo: 'sporting', sportivo: 'sporting', sportif: 'sporting', sportive: 'sporting',
  nlz: 'youth academy', nachwuchsleistungszentrum: 'youth academy',
  inspanningsfysioloog: 'exercise physiologist', sportwetenschapper: 'sport scientist', sportwissenschaftler: 'sport scientist',
  orthopedisch: 'orthopaedic', orthopedische: 'orthopaedic', orthopadisch: 'orthopaedic', orthopadische: 'orthopaedic',
  orthopadie: 'orthopaedic', orthopedique: 'orthopaedic', orthopediques: 'orthopaedic', ortopedico: 'orthopaedic',
  ortopedica: 'orthopaedic', ortopedici: 'orthopaedic', ortopediche: 'orthopaedic', ortopedicos: 'orthopaedic',
  ortopedicas: 'orthopaedic', instrumentmaker: 'technician', instrumentmakers: 'technician',
  alojamiento: 'accommodation', alojamento: 'accommodation', alloggio: 'accommodation', alloggi: 'accommodation',
  unterkunft: 'accommodation', unterbringung: 'accommodation',
  bienestar: 'wellbeing', benessere: 'wellbeing', welzijn: 'wellbeing', 'bem estar': 'wellbeing',
  gastfamilie: 'homestay', gastfamilien: 'homestay', gastgezin: 'homestay', gastgezinnen: 'homestay',
  'famille d accueil': 'homestay', 'familles d accueil': 'homestay', 'familia anfitriona': 'homestay',
  'familias anfitrionas': 'homestay', 'famiglia ospitante': 'homestay', 'famiglie ospitanti': 'homestay',
  'familia de acolhimento': 'homestay', 'familias de acolhimento': 'homestay',
  colonie: 'camp', campamento: 'camp', campamentos: 'camp', acampamento: 'camp', ferienlager: 'camp', zeltlager: 'camp',
  kamp: 'camp', kampen: 'camp', zomerkamp: 'summer camp', jeugdkamp: 'youth camp',
  // Maintenance
  instandhaltung: 'maintenance', wartung: 'maintenance', ih: 'maintenance', instandhalter: 'maintenance technician',
  entretien: 'maintenance', mantenimiento: 'maintenance', manutenzione: 'maintenance', manutentore: 'maintenance technician',
  manutentrice: 'maintenance technician', onderhoud: 'maintenance', manutencao: 'maintenance', td: 'technical services',
  // Crafts
  // German, French and Dutch "Montage": the fitting of what a firm makes on the customer's site (a "Monteur" fits it).
  montage: 'installation',
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
  aspp: 'health safety officer', ambiente: 'environment', vgm: 'health safety environment',
  arbo: 'occupational health safety', veiligheid: 'safety', veiligheidskundige: 'safety specialist',
  preventiemedewerker: 'safety officer', milieu: 'environment', sst: 'occupational safety', shst: 'occupational safety', ssma: 'health safety environment',
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
  // Operations and the environment in the languages the shared lexicon leaves out of titles ("Hoofd operaties",
  // "Bedrijfsvoerder", "Ingénieure environnement").
  operaties: 'operations', operatie: 'operations', bedrijfsvoerder: 'operations manager', environnement: 'environment',
  // Shops: the word for a store in each language ("Gerente de tienda", "Gestora de loja", "Responsabile negozio").
  tienda: 'store', loja: 'store', negozio: 'store', magasin: 'store', winkel: 'store',
  // A doctor's or a therapist's practice in German and Dutch ("Praxisleiterin", "Praktijkleider").
  praxis: 'practice', praktijk: 'practice',
  // Ranks
  titolare: 'owner', titolari: 'owners',
  // An area's or a district's manager in Dutch and German ("Rayonleider", "Gebietsleitung", "Bezirksleitung"): a
  // territory's, not the head of the function (TERRITORY_SCOPES' English "Area Manager", "District Manager").
  rayonmanager: 'area manager', rayonleider: 'area manager', rayonhoofd: 'area manager', gebietsleiter: 'area manager',
  gebietsleitung: 'area manager', gebietsverkaufsleiter: 'area sales manager', gebietsverkaufsleitung: 'area sales manager',
  bezirksleiter: 'district manager', bezirksleitung: 'district manager',
  regionalleiter: 'regional manager', regionalleitung: 'regional manager',
  gestor: 'manager', gestora: 'manager', encarregado: 'supervisor', encarregada: 'supervisor', supervisora: 'supervisor',
  capoturno: 'shift supervisor', caporeparto: 'department head', schichtfuhrer: 'shift supervisor',
  schichtmeister: 'shift supervisor', ploegbaas: 'supervisor', ploegchef: 'supervisor', vorgesetzter: 'supervisor',
  dirigente: 'manager', leidinggevende: 'manager', afdelingshoofd: 'department head', abteilungsleiter: 'department head',
  // A German public body's or welfare association's department ("Fachbereichsleiter Bauen") and a team within one
  // ("Sachgebietsleiter Kasse").
  fachbereichsleiter: 'department head', fachbereichsleitung: 'department head', sachgebietsleiter: 'team leader',
  sachgebietsleitung: 'team leader', ...CHILD_PROTECTION_WORDS,
  // The local social-welfare centres by their initials: French CCAS and CIAS (communal, intercommunal), Belgian CPAS
  // and its Dutch OCMW.
  ccas: 'social services', cias: 'social services', cpas: 'social services', ocmw: 'social services',
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
  // The functions any organisation has, in German, French, Spanish, Italian, Dutch and Portuguese (seventh round:
  // general language knowledge, broad across sectors; masculine and feminine forms, German "-in" by rule).
  // Care and nursing, clinical work, pharmacy
  pflege: 'nursing', krankenpflege: 'nursing', altenpflege: 'nursing', pflegedienst: 'nursing', pflegefachkraft: 'nurse',
  pflegekraft: 'nurse', pfleger: 'nurse', krankenschwester: 'nurse', wohnbereich: 'ward', infirmier: 'nurse', infirmiere: 'nurse',
  soins: 'nursing', enfermeria: 'nursing', enfermero: 'nurse', enfermera: 'nurse', infermiere: 'nurse', infermiera: 'nurse',
  infermieristico: 'nursing', infermieristica: 'nursing', caposala: 'head nurse', verpleging: 'nursing', verpleegkunde: 'nursing',
  verpleegkundige: 'nurse', wijkverpleging: 'district nursing', wijkverpleegkundige: 'district nurse', enfermagem: 'nursing',
  enfermeiro: 'nurse', enfermeira: 'nurse',
  // The Belgian hospital's chief medical officer (hoofdarts).
  hoofdarts: 'chief medical officer',
  // Radiology in each language, as its English word (diagnostic radiology too).
  radiologie: 'radiology', radiologia: 'radiology', radiodiagnostik: 'radiology', radiodiagnostic: 'radiology',
  radiodiagnostico: 'radiology', radiodiagnostica: 'radiology', imagiologia: 'radiology',
  arzt: 'physician', medecin: 'physician', medico: 'medical', medica: 'medical',
  medizinisch: 'medical', medizinische: 'medical', medizinischer: 'medical', dokter: 'doctor', huisarts: 'general practitioner',
  apotheker: 'pharmacist', pharmacien: 'pharmacist', pharmacienne: 'pharmacist', farmaceutico: 'pharmacist',
  farmaceutica: 'pharmacist', apotheke: 'pharmacy', pharmacie: 'pharmacy', farmacia: 'pharmacy', apotheek: 'pharmacy',
  therapeut: 'therapist', therapeute: 'therapist', terapeuta: 'therapist', fisioterapeuta: 'therapist', physiotherapeut: 'therapist',
  kinesitherapeute: 'therapist', fysiotherapeut: 'therapist', ergotherapeut: 'therapist', ergotherapeute: 'therapist',
  psychologe: 'psychologist', psychologue: 'psychologist', psicologo: 'psychologist', psicologa: 'psychologist',
  psycholoog: 'psychologist', hebamme: 'midwife', matrona: 'midwife', ostetrica: 'midwife', verloskundige: 'midwife',
  sanitario: 'medical', sanitaria: 'medical', arztlich: 'medical', arztliche: 'medical', arztlicher: 'medical',
  asistencial: 'clinical', zorg: 'nursing', betreuung: 'social care', sozial: 'social', soziale: 'social', sozialer: 'social',
  parteira: 'midwife', klinisch: 'clinical', klinische: 'clinical', clinico: 'clinical', clinica: 'clinic', laboratoire: 'laboratory',
  laboratorio: 'laboratory', laboratorium: 'laboratory',
  // Teaching
  lehrer: 'teacher', lehrkraft: 'teacher', schulleiter: 'head teacher', schulleitung: 'head teacher', dozent: 'lecturer',
  enseignant: 'teacher', enseignante: 'teacher', professeur: 'teacher', professeure: 'teacher', instituteur: 'teacher',
  institutrice: 'teacher', profesor: 'teacher', profesora: 'teacher', maestro: 'teacher', maestra: 'teacher', docente: 'teacher',
  insegnante: 'teacher', leraar: 'teacher', lerares: 'teacher', docent: 'teacher', professora: 'teacher', educador: 'educator',
  educadora: 'educator', educatore: 'educator', educatrice: 'educator', educateur: 'educator', erzieher: 'educator',
  padagogisch: 'education', padagogische: 'education', padagogischer: 'education', pedagogique: 'education',
  pedagogico: 'education', pedagogica: 'education', pedagogisch: 'education', pedagogische: 'education',
  // The teaching side of a school or a college, as its coordinators' titles say it (sixty-sixth round).
  didattico: 'education', didattica: 'education', didactico: 'education', didactica: 'education', didatico: 'education',
  didatica: 'education', didactique: 'education', didactisch: 'education', didactische: 'education', dekan: 'dean', doyen: 'dean', decano: 'dean', decana: 'dean', decaan: 'dean',
  // Social work
  sozialarbeiter: 'social worker', sozialpadagoge: 'social worker', sozialpadagogin: 'social worker', sozialdienst: 'social services',
  // Public administration
  burgermeister: 'mayor', oberburgermeister: 'mayor', maire: 'mayor', alcalde: 'mayor', alcaldesa: 'mayor', sindaco: 'mayor',
  burgemeester: 'mayor', prefeito: 'mayor', prefeita: 'mayor', generalsekretar: 'secretary general', amtsleiter: 'department head',
  dezernent: 'department head', diensthoofd: 'department head',
  // Local elected officials: the council's members ("Stadträtin", "Gemeinderat", "Kreisrat", "Raadslid") and its elected
  // executive members ("Beigeordneter für Ordnung", "Wethouder Sport", "Assessore al bilancio"); the Flemish alderman
  // only as "Schepen van ..." (FOREIGN_TITLE_PHRASES): alone, the Dutch word is also ships' plural.
  stadtrat: 'councillor', gemeinderat: 'councillor', kreisrat: 'councillor', raadslid: 'councillor', gemeenteraadslid: 'councillor',
  beigeordneter: 'alderman', beigeordnete: 'alderman', wethouder: 'alderman', assessore: 'alderman',
  applicatiebeheerder: 'application manager',
  // A winery's wine tourism ("Responsable oenotourisme") and its Portuguese cellar master ("Adegueira"); a German forest
  // enterprise's head ("Forstbetriebsleitung Nord"), its forest manager.
  enoturismo: 'wine tourism', oenotourisme: 'wine tourism', weintourismus: 'wine tourism', wijntoerisme: 'wine tourism',
  adegueiro: 'cellar master', adegueira: 'cellar master', forstbetriebsleiter: 'forest manager', forstbetriebsleitung: 'forest manager',
  // Procurement
  approvisionnement: 'procurement', aankoop: 'procurement', appalti: 'procurement', aanbesteding: 'procurement',
  aanbestedingen: 'procurement', vergabe: 'procurement', licitaciones: 'procurement', licitacoes: 'procurement',
  // Facilities, housekeeping, catering, reception
  facilitair: 'facilities', facilitaire: 'facilities', gebaudemanagement: 'facility management', gebaudetechnik: 'building services',
  haustechnik: 'building services', hausmeister: 'caretaker', conserje: 'caretaker', hauswirtschaft: 'housekeeping',
  hauswirtschafter: 'housekeeper',
  // A German hotel's Hausdame supervises the room attendants of her floors: the housekeeping's front line.
  hausdame: 'housekeeping supervisor', gouvernante: 'housekeeper', gobernanta: 'housekeeper', governante: 'housekeeper',
  governanta: 'housekeeper', huishouding: 'housekeeping', reinigung: 'cleaning', nettoyage: 'cleaning', proprete: 'cleaning',
  menage: 'cleaning', limpieza: 'cleaning', pulizie: 'cleaning', pulizia: 'cleaning', schoonmaak: 'cleaning', limpeza: 'cleaning',
  wascherei: 'laundry', blanchisserie: 'laundry', lavanderia: 'laundry', wasserij: 'laundry', verpflegung: 'catering',
  restauration: 'catering', restauracion: 'catering', ristorazione: 'catering', koch: 'cook', cuisinier: 'cook', cuisiniere: 'cook',
  cocinero: 'cook', cocinera: 'cook', cuoco: 'cook', cuoca: 'cook', kok: 'cook', cozinheiro: 'cook', cozinheira: 'cook',
  chefkok: 'head chef', empfang: 'front desk', rezeption: 'front desk', accueil: 'front desk', receptie: 'front desk',
  recepcao: 'front desk', ricevimento: 'front desk', atelier: 'workshop',
  // Logistics
  versand: 'shipping', expedicion: 'shipping', spedizioni: 'shipping', expeditie: 'shipping', expedicao: 'shipping',
  disponent: 'dispatcher', fuhrpark: 'fleet', flotte: 'fleet', flota: 'fleet', flotta: 'fleet', vloot: 'fleet', frota: 'fleet',
  wagenpark: 'fleet', lieferkette: 'supply chain', magasinier: 'warehouse clerk', magasiniere: 'warehouse clerk',
  lagerist: 'warehouse clerk',
  // Legal, compliance, risk, audit
  syndikus: 'general counsel', notar: 'notary', notaire: 'notary', notario: 'notary', notaria: 'notary', notaio: 'notary',
  notaris: 'notary', giurista: 'lawyer', datenschutz: 'data protection', gegevensbescherming: 'data protection',
  dpo: 'data protection officer', dpd: 'data protection officer', risques: 'risk', riesgos: 'risk', rischi: 'risk', rischio: 'risk',
  risiko: 'risk', risikomanagement: 'risk management', risico: 'risk', risicomanagement: 'risk management', riscos: 'risk',
  risco: 'risk', reglementaire: 'regulatory', regulatorio: 'regulatory', regolatorio: 'regulatory', zulassung: 'regulatory',
  regulamentar: 'regulatory', reglamentario: 'regulatory',
  // Quality
  qm: 'quality management', qmb: 'quality management officer', qualitatsmanagementbeauftragter: 'quality management officer',
  qualitatsmanagementbeauftragte: 'quality management officer', qualiticien: 'quality specialist', qualiticienne: 'quality specialist',
  gestion: 'management', gestione: 'management', gestao: 'management', beheer: 'management',
  // Research and development, engineering, production, products
  'i+d': 'research and development', 'p+d': 'research and development', forschung: 'research', recherche: 'research',
  investigacion: 'research', ricerca: 'research', onderzoek: 'research', pesquisa: 'research', entwicklung: 'engineering',
  personalentwicklung: 'learning and development', geschaftsentwicklung: 'business development',
  bedrijfsontwikkeling: 'business development', forscher: 'researcher', chercheur: 'researcher', chercheuse: 'researcher',
  investigador: 'researcher', investigadora: 'researcher', ricercatore: 'researcher', ricercatrice: 'researcher',
  onderzoeker: 'researcher', pesquisador: 'researcher', pesquisadora: 'researcher', wissenschaftler: 'scientist',
  scientifique: 'scientist', cientifico: 'scientist', cientifica: 'scientist', scienziato: 'scientist', scienziata: 'scientist',
  wetenschapper: 'scientist', cientista: 'scientist', konstruktion: 'design engineering', konstrukteur: 'design engineer',
  ingenierie: 'engineering', ingenieria: 'engineering', ingegneria: 'engineering', engenharia: 'engineering',
  ingenieurwesen: 'engineering', fabricage: 'manufacturing', planification: 'planning',
  planificacion: 'planning',
  pianificazione: 'planning', planejamento: 'planning', planeamento: 'planning', produkt: 'product', produit: 'product',
  producto: 'product', prodotto: 'product', produto: 'product', programmeur: 'programmer', programador: 'programmer',
  programadora: 'programmer', programmatore: 'programmer', programmatrice: 'programmer',
  // HR and payroll
  hrm: 'human resources', remuneration: 'compensation', vergutung: 'compensation', retribuciones: 'compensation',
  beloning: 'compensation', remuneracao: 'compensation', paghe: 'payroll', loonadministratie: 'payroll',
  entgeltabrechnung: 'payroll', lohnabrechnung: 'payroll', personalabrechnung: 'payroll',
  // Finance and accounting
  buchhalter: 'accountant', contabile: 'accountant', ragioniere: 'accountant', ragioniera: 'accountant', boekhouder: 'accountant',
  contabilista: 'accountant', contable: 'accountant', controllerin: 'controller', facturation: 'billing', facturacion: 'billing',
  fatturazione: 'billing', facturatie: 'billing', faturamento: 'billing', faturacao: 'billing', abrechnung: 'billing',
  fakturierung: 'billing', fiscalite: 'tax', fiscalidad: 'tax', fiscalidade: 'tax', steuern: 'tax', belastingen: 'tax',
  // Value added tax by its name in each language, and the tax specialist (Dutch, French "fiscaliste",
  // Italian, Spanish and Portuguese "fiscalista"); Italian, French and Dutch "fiscale" is tax's adjective.
  tva: 'vat', iva: 'vat', btw: 'vat', mwst: 'vat', mehrwertsteuer: 'vat', umsatzsteuer: 'vat', fiscalist: 'tax specialist',
  fiscaliste: 'tax specialist', fiscalista: 'tax specialist', fiscale: 'tax',
  debiteurenbeheer: 'accounts receivable', crediteurenbeheer: 'accounts payable', debitorenbuchhaltung: 'accounts receivable',
  kreditorenbuchhaltung: 'accounts payable', kreditoren: 'accounts payable', debitoren: 'accounts receivable',
  // Dutch: the creditors' and the debtors' administration, the ledgers' teams.
  crediteurenadministratie: 'accounts payable', debiteurenadministratie: 'accounts receivable', crediteuren: 'accounts payable',
  debiteuren: 'accounts receivable',
  // IT, digital, data, security
  informatico: 'information technology', informatica: 'information technology', informaticien: 'information technology specialist',
  informaticienne: 'information technology specialist', informatiker: 'information technology specialist',
  // A data centre: German "Rechenzentrum" (and its compounds' first part), Dutch "rekencentrum".
  rechenzentrum: 'data center', rechenzentren: 'data center', rekencentrum: 'data center',
  systeembeheerder: 'systems administrator', digitalisierung: 'digital', digitalisation: 'digital', digitalizacion: 'digital',
  digitalizzazione: 'digital', digitalisering: 'digital', digitalizacao: 'digital', numerique: 'digital', digitale: 'digital',
  transformacion: 'transformation', trasformazione: 'transformation', transformatie: 'transformation',
  transformacao: 'transformation', infraestructura: 'infrastructure', infrastruttura: 'infrastructure',
  infrastructuur: 'infrastructure', infraestrutura: 'infrastructure', infrastruktur: 'infrastructure', netzwerk: 'network',
  analytique: 'analytics', analitica: 'analytics', datenanalyse: 'data analytics', cybersecurite: 'cyber security',
  ciberseguridad: 'cyber security', cybersicherheit: 'cyber security', cybersicurezza: 'cyber security',
  ciberseguranca: 'cyber security', cyberveiligheid: 'cyber security', surete: 'security', werkschutz: 'security',
  vigilancia: 'security', vigilanza: 'security', bewaking: 'security',
  // Marketing and communications
  werbung: 'advertising', publicite: 'advertising', publicidad: 'advertising', pubblicita: 'advertising', reclame: 'advertising',
  publicidade: 'advertising', offentlichkeitsarbeit: 'public relations', pressesprecher: 'public relations', portavoz: 'public relations',
  portavoce: 'public relations', woordvoerder: 'public relations', marque: 'brand', marca: 'brand', marke: 'brand', merk: 'brand',
  // Sales and customers
  aussendienst: 'field sales', innendienst: 'inside sales', verkaufer: 'sales representative', vendeur: 'sales representative',
  vendeuse: 'sales representative', vendedor: 'sales representative', vendedora: 'sales representative',
  venditore: 'sales representative', venditrice: 'sales representative', verkoper: 'sales representative',
  kundenberater: 'account manager', kundenbetreuer: 'account manager', atendimento: 'customer service',
  // Dutch "klantcontactcentrum", a customer contact centre (a council's or a company's "KCC"): the contact centre
  // itself, not the customer service function at large.
  klantcontactcentrum: 'contact centre', klantcontactcenter: 'contact centre', kcc: 'contact centre',
  klantcontact: 'customer service', kundenerlebnis: 'customer experience', klantervaring: 'customer experience',
  klantbeleving: 'customer experience',
  // Operations
  operativo: 'operations', operativa: 'operations', operationnel: 'operations', operationnelle: 'operations',
  operacional: 'operations', operationeel: 'operations', operationele: 'operations', explotacion: 'operations',
  // Sustainability
  nachhaltigkeit: 'sustainability', durabilite: 'sustainability', sostenibilidad: 'sustainability', sostenibilita: 'sustainability',
  duurzaamheid: 'sustainability', sustentabilidade: 'sustainability', sustentabilidad: 'sustainability',
  rse: 'corporate social responsibility', rsc: 'corporate social responsibility', mvo: 'corporate social responsibility',
  // Ranks: heads, leads, supervisors, coordinators, officers, assistants, deputies, owners
  responsavel: 'head', cheffe: 'head', chefin: 'head', leitende: 'lead', leitender: 'lead', lider: 'lead', leider: 'lead',
  managerin: 'manager', superviseur: 'supervisor', superviseuse: 'supervisor', supervisore: 'supervisor',
  contremaitresse: 'supervisor', opzichter: 'supervisor', koordinator: 'coordinator', delegue: 'officer', deleguee: 'officer',
  delegado: 'officer', delegada: 'officer', incaricato: 'officer', incaricata: 'officer', funzionario: 'officer',
  funzionaria: 'officer', assistent: 'assistant', assistante: 'assistant', asistente: 'assistant', assistente: 'assistant',
  auxiliar: 'assistant', ayudante: 'assistant', medewerker: 'specialist', sekretar: 'secretary', secretaire: 'secretary',
  secretario: 'secretary', secretaria: 'secretary', segretario: 'secretary', segretaria: 'secretary', secretaresse: 'secretary',
  subdirector: 'deputy director', subdirectora: 'deputy director', vicedirector: 'deputy director', vicedirectora: 'deputy director',
  vicedirettore: 'deputy director', vicedirettrice: 'deputy director', vicediretor: 'deputy director',
  vicediretora: 'deputy director', onderdirecteur: 'deputy director', adjunct: 'deputy', stellvertretung: 'deputy',
  substituto: 'deputy', substituta: 'deputy', sostituto: 'deputy', sostituta: 'deputy', suplente: 'deputy',
  kaufmannisch: 'finance', kaufmannische: 'finance', kaufmannischer: 'finance', dirigeant: 'chief executive', dirigeante: 'chief executive', unternehmer: 'entrepreneur', empresario: 'owner',
  empresaria: 'owner', imprenditore: 'owner', imprenditrice: 'owner', ondernemer: 'owner', gesellschafter: 'partner',
  vennoot: 'partner', zaakvoerder: 'managing director', zaakvoerster: 'managing director',
  // Projects, the office
  projekt: 'project', projet: 'project', proyecto: 'project', progetto: 'project', projeto: 'project', projecto: 'project',
  administratif: 'administrative', administrativo: 'administrative', administracion: 'administration',
  administracao: 'administration', administratie: 'administration', rrh: 'human resources manager', raf: 'finance manager', buroleiter: 'office manager', buroleitung: 'office manager',
  // Places of work (WORKPLACES)
  etablissement: 'establishment', einrichtung: 'establishment', establecimiento: 'establishment',
  estabelecimento: 'establishment', instelling: 'establishment', struttura: 'establishment', residencia: 'residence',
  residenza: 'residence', hogar: 'home', tehuis: 'home', zentrum: 'center', centro: 'center', centrum: 'center', museo: 'museum',
  musee: 'museum', museu: 'museum', restaurante: 'restaurant', ristorante: 'restaurant', locatie: 'location', sede: 'site', teatro: 'theater', agence: 'agency',
  agencia: 'agency', agenzia: 'agency', agentur: 'agency', biblioteca: 'library', bibliotheque: 'library', bibliothek: 'library',
  bibliotheek: 'library',
  // A company's regional office in Spanish and Portuguese titles ("Jefe de delegación", "Diretor da delegação"): its branch.
  delegacion: 'branch', delegacao: 'branch',
  // What an association, a club, a venue or a public office serves and runs: its members and their
  // membership, its fans, tickets, events, competitions and licences. The words of any sector with members or
  // an audience (sport, culture, fitness, charities, trade bodies), not of one vendor. ("Socio", "socia" are
  // partners in the shared lexicon, and "supporter" is an English word of fundraising: both left as they are.)
  mitglied: 'member', mitglieder: 'members', membre: 'member', membres: 'members', adherent: 'member', adherente: 'member',
  adherents: 'members', miembro: 'member', miembros: 'members', membro: 'member', membri: 'members', membros: 'members',
  iscritti: 'members', leden: 'members', mitgliedschaft: 'membership', mitgliedschaften: 'membership', adhesion: 'membership',
  adhesions: 'membership', membresia: 'membership', afiliacion: 'membership', tesseramento: 'membership', lidmaatschap: 'membership',
  filiacao: 'membership', tifosi: 'fans', tifoseria: 'fans', aficion: 'fans', aficionados: 'fans', hinchas: 'fans',
  torcedores: 'fans', adeptos: 'fans', billetterie: 'ticketing', billet: 'ticket', billets: 'tickets', kartenverkauf: 'ticketing',
  eintrittskarten: 'tickets', taquilla: 'ticketing', boleteria: 'ticketing', biglietteria: 'ticketing', biglietto: 'ticket',
  biglietti: 'tickets', kaartverkoop: 'ticketing', bilheteria: 'ticketing', bilheteira: 'ticketing', bilhete: 'ticket',
  bilhetes: 'tickets', ingressos: 'tickets', wettbewerb: 'competition', wettbewerbe: 'competitions', wettkampf: 'competition',
  wettkampfe: 'competitions', spielbetrieb: 'competitions', competicion: 'competition', competiciones: 'competitions',
  competizione: 'competition', competizioni: 'competitions', competitie: 'competition', competities: 'competitions',
  competicao: 'competition', competicoes: 'competitions', lizenz: 'licensing', lizenzen: 'licensing', lizenzierung: 'licensing',
  licencia: 'licensing', licencias: 'licensing', licenza: 'licensing', licenze: 'licensing', licentie: 'licensing', licenties: 'licensing',
  licenca: 'licensing', licencas: 'licensing',
  // Rights in the plural, what a publisher, a label, a broadcaster or a sports body holds and licenses ("Leiterin Rechte",
  // "Chargé des droits TV", "Jefa de Derechos"); the singular is the law (German "Recht", Spanish "derecho",
  // Portuguese "direito", Italian "diritto"), the legal function, in the shared lexicon.
  rechte: 'rights', droits: 'rights', derechos: 'rights', direitos: 'rights', diritti: 'rights', rechten: 'rights',
  // Music set to picture, "sync" in the trade's English ("Chargée synchro"), in five languages.
  synchro: 'sync', synchronisation: 'sync', sincronizacion: 'sync', sincronizzazione: 'sync', sincronizacao: 'sync',
  synchronisatie: 'sync',
  veranstaltung: 'event', veranstaltungen: 'events', evenementiel: 'events', eventos: 'events', eventi: 'events',
  evenement: 'event', evenementen: 'events', zaken: 'affairs',
  // Sites the extractive trades run: a "Jefe de Mina" heads a mine (the site-head read in resolve.ts).
  mina: 'mine', miniera: 'mine', bergwerk: 'mine', cantera: 'quarry', steinbruch: 'quarry', groeve: 'quarry', pedreira: 'quarry',
  // The clergy in the six languages (feminine forms listed where the rules do not take them off: German
  // "-in" and Romance "-a", "-e" are).
  pfarrer: 'pastor', pastorin: 'pastor', priester: 'priest', priesterin: 'priest', kaplan: 'chaplain', vikar: 'vicar',
  pfarrvikar: 'vicar', diakon: 'deacon', rabbiner: 'rabbi', prediger: 'preacher', seelsorger: 'chaplain', geistlicher: 'cleric',
  geistliche: 'cleric', kantor: 'cantor', bischof: 'bishop', erzbischof: 'archbishop', landesbischof: 'regional bishop',
  weihbischof: 'auxiliary bishop', generalvikar: 'vicar general', cure: 'parish priest', pretre: 'priest', pasteur: 'pastor', vicaire: 'vicar',
  aumonier: 'chaplain', aumoniere: 'chaplain', diacre: 'deacon', diaconesse: 'deacon', rabbin: 'rabbi', abbe: 'priest',
  eveque: 'bishop', archeveque: 'archbishop', sacerdote: 'priest', sacerdotisa: 'priest', parroco: 'parish priest',
  vicario: 'vicar', capellan: 'chaplain', diacono: 'deacon', diaconisa: 'deacon', rabino: 'rabbi', obispo: 'bishop',
  arzobispo: 'archbishop', prete: 'priest', pastore: 'pastor', cappellano: 'chaplain', rabbino: 'rabbi', vescovo: 'bishop',
  arcivescovo: 'archbishop', pastoor: 'parish priest', predikant: 'pastor', predikante: 'pastor', pastora: 'pastor', dominee: 'pastor',
  kapelaan: 'chaplain', diaken: 'deacon', rabbijn: 'rabbi', bisschop: 'bishop', aartsbisschop: 'archbishop', padre: 'priest',
  vigario: 'vicar', capelao: 'chaplain', bispo: 'bishop', arcebispo: 'archbishop',
  // Who keeps the money of a parish, a school, a club or a town: the treasurer and the bursar.
  rendant: 'treasurer', kammerer: 'treasurer', kassenwart: 'treasurer', econome: 'bursar', economo: 'bursar',
  // The volunteers, and the youth and children a team works with.
  benevolat: 'volunteering', benevole: 'volunteer', voluntario: 'volunteer', volontario: 'volunteer',
  vrijwilligerswerk: 'volunteering', vrijwilligerscoordinator: 'volunteer coordinator', jugend: 'youth', jugendarbeit: 'youth work',
  jeunesse: 'youth', juventud: 'youth', juvenil: 'youth', gioventu: 'youth', giovanile: 'youth', giovani: 'youth', jeugd: 'youth',
  jongeren: 'youth', juventude: 'youth', enfance: 'children', enfants: 'children', infancia: 'children', ninos: 'children',
  infanzia: 'children', bambini: 'children', kinderen: 'children', criancas: 'children',
  // A parish's, a site's adjective as the site ("Administrador parroquial", "Secrétaire paroissiale").
  parroquial: 'parish', paroissial: 'parish', paroissiale: 'parish', parrocchiale: 'parish', parochiaal: 'parish',
  parochiale: 'parish', paroquial: 'parish',
  // Interns, trainees, apprentices: not buyers.
  praktikant: 'intern', werkstudent: 'intern', doktorand: 'doctoral student', doktorandin: 'doctoral student', doctorant: 'doctoral student',
  doctorante: 'doctoral student', doctorando: 'doctoral student', doctoranda: 'doctoral student', dottorando: 'doctoral student',
  dottoranda: 'doctoral student', promovendus: 'doctoral student', promovenda: 'doctoral student', doutorando: 'doctoral student',
  doutoranda: 'doctoral student', estudiante: 'student', etudiant: 'student', etudiante: 'student', studente: 'student',
  studentessa: 'student', estudante: 'student', auszubildender: 'apprentice', auszubildende: 'apprentice', azubi: 'apprentice',
  stagiaire: 'intern', alternant: 'apprentice', alternante: 'apprentice', apprenti: 'apprentice', apprentie: 'apprentice',
  becario: 'intern', becaria: 'intern', practicante: 'intern', pasante: 'intern', stagista: 'intern', tirocinante: 'intern',
  apprendista: 'apprentice', stagiair: 'intern', estagiario: 'intern', estagiaria: 'intern', aprendiz: 'apprentice',
};
