// General knowledge of the problems B2B buyers describe, and the words they use for them. A pain point
// in a library's taxonomy is linked to these concepts through its own label and aliases: "Manual
// processes" links to MANUAL, so "reconciling spreadsheets by hand" in a note finds it even though the
// taxonomy never says "reconciling".
//
// Topics name a problem area. Qualifiers say that something about it hurts (slow, costly, missing).
// When a taxonomy entry's label carries a qualifier ("Slow approvals"), a match through general
// knowledge needs that qualifier in the same sentence: "patient intake is on paper" is not slow
// onboarding, "client intake takes too long" is. The entry's own aliases need no qualifier.

export interface Concept {
  kind: 'topic' | 'qualifier';
  phrases: string[];
  /** A broad topic ("security") that a label may name only as a modifier ("Security staffing gap"). */
  generic?: boolean;
  /** A narrower topic counts as its parent too: ransomware is a security threat. */
  parent?: string;
  /** Saying it is already saying it hurts (attrition, ransomware): a label's qualifier is not needed. */
  negative?: boolean;
  /** Said bare it is ordinary deal talk ("asked for pricing", "budget approved", "small budget"), not a
   * problem: a pain whose label carries no qualifier needs one in the sentence all the same (costs that
   * are high, rising, missing, wrong...). */
  needsQualifier?: boolean;
  /** Said to fall it hurts (a margin, a profit): the `falling` qualifier counts for it, where for any other topic (costs,
   * waits, errors) a fall is good news. */
  hurtsFalling?: boolean;
  /** Names how something is said more than a problem (communication): a label that names no other topic is still read
   * through its aliases ("Communications metrics", known by its analytics and dashboards, is about seeing figures). */
  aliasesStillSay?: boolean;
  /** Phrases that carry a qualifier themselves ("black box" is already a lack of visibility). */
  implies?: Record<string, string[]>;
}

/** Words that name work in general, not one task: "Manual processes", "Manual crew admin", "Manual HR paperwork" are
 * about anything done by hand, where "Manual rebalancing" or "Manual load tendering" is about one task. */
export const GENERIC_TASK_WORDS = [
  'process', 'processes', 'processing', 'work', 'admin', 'administration', 'data', 'entry', 'paperwork', 'task', 'tasks',
  'operations', 'handling', 'workflow', 'workflows', 'effort', 'steps',
];
/** The people an organisation keeps records of as a whole: work in general on them ("Manual staff admin", "Manual
 * volunteer paperwork") is all of its administration, where work in general on a thing ("Manual permit & badge admin",
 * "Manual parcel handling") is one task (compile.ts, `manualTask`). */
export const ADMINISTERED_PEOPLE_WORDS = ['crew', 'crews', 'member', 'members', 'membership', 'staff', 'hr', 'personnel', 'employee', 'employees', 'people', 'volunteer', 'volunteers', 'worker', 'workers', 'workforce'];

/** Places a business closes (readClosedPlaces, resolve.ts): "closing 12 shops" is shop closures. */
export const CLOSED_PLACES = [
  'store', 'stores', 'shop', 'shops', 'outlet', 'outlets', 'branch', 'branches', 'location', 'locations', 'site', 'sites',
  'office', 'offices', 'clinic', 'clinics', 'restaurant', 'restaurants', 'warehouse', 'warehouses', 'depot', 'depots',
  'plant', 'plants', 'facility', 'facilities', 'centre', 'centres', 'center', 'centers', 'doors',
];

/** A screen that shows nothing, said as it going black, dark or blank (the outages topic). */
const SCREENS_GONE_BLANK = ['screen', 'screens', 'display', 'displays', 'monitor', 'monitors', 'player', 'players'].flatMap((s) =>
  ['go', 'goes', 'went', 'going', 'gone', 'keep going', 'keeps going', 'turn', 'turns', 'turned'].flatMap((v) => ['black', 'dark', 'blank'].map((c) => `${s} ${v} ${c}`)),
);

/** Having none left of something: lacking it, said of stock. */
const RUNNING_OUT = [
  'stockout', 'stockouts', 'stock out', 'stock outs', 'out of stock', 'ran out of', 'run out of', 'runs out of',
  'running out of', 'backorder', 'backorders', 'backordered', 'dont have the right part', 'dont have the right parts',
  'didnt have the right part', 'didnt have the right parts', 'doesnt have the right part', 'doesnt have the right parts',
  'extra trip', 'second trip for', 'second trip back', 'second trip out', 'need a second trip', 'needs a second trip',
  'make a second trip', 'makes a second trip', 'its a second trip', 'means a second trip',
];

/** Figures of two sources that disagree, which someone must then reconcile (sixty-fourth round): "the totals never match",
 * "the two tools count them differently", "nobody knows which numbers are right". Said of figures, numbers or totals,
 * never "dont match" alone (a colour, a candidate). The six languages' sayings through NOTE_PHRASES (lexicon.ts). */
const FIGURES_DISAGREE = [
  'figures dont match', 'numbers dont match', 'totals dont match', 'figures do not match', 'numbers do not match',
  'totals do not match', 'figures never match', 'numbers never match', 'totals never match', 'figures disagree',
  'numbers disagree', 'totals disagree', 'figures differ', 'numbers differ', 'totals differ', 'count differently',
  'counts differently', 'count them differently', 'counts them differently', 'which figures are right',
  'which numbers are right', 'which figures are correct', 'which numbers are correct', 'which figures match',
  'which numbers match',
  // Balances that do not agree (sixty-fifth round): a ledger's, a bank's and a file's balances are figures too, and
  // "agree" is how bookkeepers say they match ("the ledger and the bank statement balances never agree").
  'balances dont match', 'balances do not match', 'balances never match', 'balances dont agree', 'balances do not agree',
  'balances never agree', 'balances disagree', 'balances differ', 'figures dont agree', 'figures do not agree',
  'figures never agree', 'numbers dont agree', 'numbers do not agree', 'numbers never agree', 'totals dont agree',
  'totals do not agree', 'totals never agree',
  // Figures that do not "tie" or "tie out" (sixty-ninth round), how accountants say they fail to agree ("the schedule and
  // the ledger never tie").
  ...['figures', 'numbers', 'totals', 'balances', 'accounts'].flatMap((n) =>
    ['dont', 'do not', 'never', 'wont', 'didnt', 'still dont'].flatMap((no) => [`${n} ${no} tie`, `${n} ${no} tie out`])),
];

/** Who may do which work, asked or not known (sixty-fifth round): a competence record's question. "Who can do what" is
 * as often a permission ("control who can do what in the CRM") and "who is qualified to" a person named ("the only one
 * who is qualified to sign"): they are read only after not knowing (review of the sixty-fifth round, finding 3). */
const COMPETENCE_SAYINGS = [
  'who is qualified for what', 'whos qualified for what', 'who is certified for what', 'who is signed off for what',
  'qualified for which', 'certified for which', 'signed off for which',
  ...['nobody knows', 'no one knows', 'no idea', 'not sure', 'cant tell', 'cannot tell'].flatMap((k) => [`${k} who can do what`, `${k} who is qualified to`, `${k} who is signed off to`]),
];

/** Sayings of something left unfinished, abandonment (sixty-sixth round) only where one of ABANDONED_THINGS is said
 * before them in their sentence ("started a booking; most were never completed"): alone they fit any task ("the
 * migration was never completed"; review of the sixty-sixth round, finding 6). */
export const UNFINISHED_SAYINGS = ['never completed', 'never got finished', 'never got completed', 'didnt finish',
  'didnt complete', 'dont finish', 'dont complete',
  // Sixty-eighth round: "never finished", and the page reached and left ("got as far as checkout and just left").
  'never finished', 'never finish', 'and just left', 'then just left', 'and then left'];
/** What a buyer leaves half done online: a cart, a form, a booking, a registration, a checkout, an order. */
export const ABANDONED_THINGS = ['cart', 'carts', 'basket', 'baskets', 'form', 'forms', 'booking', 'bookings', 'registration',
  'registrations', 'checkout', 'checkouts', 'order', 'orders', 'application', 'applications', 'signup', 'signups',
  'payment', 'payments', 'purchase', 'purchases', 'enrolment', 'enrolments', 'enrollment', 'enrollments'];
/** A cart's words, of buying online alone: before a saying of something unfinished they are abandonment by themselves. */
export const ABANDONED_CARTS = ['cart', 'carts', 'basket', 'baskets', 'checkout', 'checkouts'];
/** The buyers who leave an order, a form or a booking half done ("families start a booking; most were never completed"):
 * with one of them, an ABANDONED_THINGS word before the saying is theirs, not a back-office task (second review of the
 * sixty-sixth round, finding 7). */
export const ABANDONING_BUYERS = ['customer', 'customers', 'client', 'clients', 'parent', 'parents', 'family', 'families',
  'visitor', 'visitors', 'user', 'users', 'people', 'buyer', 'buyers', 'shopper', 'shoppers', 'guest', 'guests',
  'student', 'students', 'member', 'members', 'applicant', 'applicants', 'patient', 'patients', 'they'];

/** An entry, a place, a ticket or a booking handed on or moved (sixty-sixth round): "pass her ticket on", "transfer his
 * booking", "defer their place", "switch waves"; "give his ticket" and a distance switched (sixty-eighth round). The
 * possessive says it is the holder's own to change: not a bare "defer to next year" or "rolled over to next year", said
 * as often of the deal or a budget (review of the sixty-sixth round, finding 4). */
const ENTRY_CHANGES = [
  ...['transfer', 'pass', 'pass on', 'give', 'swap', 'sell', 'move', 'defer', 'roll over', 'hand over'].flatMap((v) =>
    ['their', 'his', 'her', 'my'].flatMap((w) => ['entry', 'place', 'spot', 'ticket', 'booking', 'bib', 'registration'].map((o) => `${v} ${w} ${o}`))),
  // A distance switched (sixty-eighth round), as a wave is: "asked to switch distance", "change to the shorter distance".
  ...['switch', 'change', 'swap'].flatMap((v) => ['wave', 'waves', 'their wave', 'distance', 'distances', 'their distance', 'to the shorter distance'].map((o) => `${v} ${o}`)),
];

/** A learner, a player or a trainee put at a level not theirs (sixty-sixth round): the wrong level, group or class, a
 * level other than the one booked, levels mixed in one group. The six languages' sayings through NOTE_PHRASES. */
const MISPLACED = [
  'wrong level', 'wrong levels', 'wrong group', 'wrong groups', 'wrong class', 'wrong classes', 'different level',
  'different levels', 'level mismatch',
  'mixed levels', 'mixed level', 'mixed ability', 'mixed abilities',
];

/** A cost or pay spread over the years it earns in, said as deferring it. */
const DEFERRED_COST = [
  'deferred commission', 'deferred commissions', 'deferred costs', 'deferred cost', 'deferred bonus', 'deferred bonuses',
  'defer commissions', 'defer the commissions', 'defer bonuses', 'defer the bonuses', 'deferring commissions',
  'deferring bonuses', 'defer over time', 'defer them over', 'spread over the contract', 'spread over the years',
  'multi year bonuses', 'multiyear bonuses',
];

/** Money owed and paid late, in everyday words: months after the work. */
const PAID_LATE = [
  'dont see our money', 'dont see any money', 'didnt see our money', 'didnt see any money', 'never see our money',
  'never see any money', 'see our money until', 'see any money until', 'see our money for months', 'see any money for months',
  'forget to pay', 'forgets to pay', 'forgot to pay', 'slow to pay', 'slow payers', 'slow paying', 'get paid late',
  'wait to get paid', 'waiting to get paid', 'wait for our money', 'waiting for our money',
];

/** What follows "owes us" when it is money: "owes us money", "they still owe us from the autumn jobs", "owes me for the
 * job"; not a sales chaser ("still owes us the signed quote", "he owes me a callback"). */
const OWED_MONEY = [
  'money', 'from', 'for the job', 'for the jobs', 'for the work', 'for work', 'for jobs', 'invoice', 'invoices', 'balance',
  'balances', 'payment', 'payments', 'bill', 'bills',
];

/** Money still owed for work done, said as who owes it or as nobody paying: "three clients still owe us from the
 * autumn jobs", "no idea what we're owed in total", "a few of them never pay". Who owes us what only when it is money
 * (OWED_MONEY). */
const STILL_OWED = [
  // "owes" and "owed" are one stem: "still owed" alone would read "still owes us the signed quote".
  ...['owe', 'owes'].flatMap((v) => ['', ' us', ' me'].flatMap((o) => OWED_MONEY.map((m) => `${v}${o} ${m}`))),
  'im still owed', 'are we still owed', 'were still owed', 'are owed', 'were owed', 'im owed',
  'never pay', 'never pays', 'never paid', 'havent paid', 'hasnt paid', 'pay nothing', 'paid nothing',
];

/** A machine or a system that stops working, said as what happens in the day: "rides going down mid-day", "the tills
 * went down on Saturday". */
export const GOES_DOWN = ['goes down', 'went down', 'going down', 'keeps going down', 'keep going down', 'go down at once'];

/** People booked or rostered who do not come, in everyday words: "clients keep booking and then not turning up". */
/** Review mend (fifty-fifth round): the words that say what a problem topic's link is missing with ("not integrated with
 * the schedule", "geen koppeling met de planning", "pas intégré avec le planning"): a lack said as part of the topic's
 * words before one of these is the link's, not a lack of what follows. Not "for" ("no single source of truth for
 * shipment status": the status is what is not known). */
export const LINKED_WITH = ['with', 'to', 'into', 'between', 'mit', 'zur', 'zum', 'met', 'aan', 'tussen', 'avec', 'entre', 'con', 'com', 'tra', 'fra'];
/** Seventieth round: somebody rostered ringing in ill ("whenever a porter calls in sick", "two rang in sick on Monday"): a shift left
 * short at the last minute, in everyday words; already the lack of cover (the scheduling topic's implied lack). */
const CALLED_IN_SICK = ['calls in sick', 'called in sick', 'call in sick', 'calling in sick', 'rang in sick', 'rings in sick', 'phoned in sick'];

export const NOT_TURNING_UP = [
  'not turning up', 'dont turn up', 'didnt turn up', 'never turn up', 'not showing up', 'dont show up', 'didnt show up',
  'doesnt show up', 'never show up', 'stop showing up', 'stopped showing up', 'just dont come', 'just didnt come',
];

/** Who is booked or rostered and may not come, in any trade's everyday words: NOT_TURNING_UP is a no-show only with
 * one of these before it in the sentence ("clients keep booking and then not turning up"), or "they", "them" after one
 * ("people ... a third of them dont turn up"); not card payments that do not show up, an audit that did not turn up
 * anything. English words count as written: "booked" and "bookings" are who comes, "books" (accounts) are not. Not
 * "slot", "slots": a slot is a time that is free, and "open slots dont show up" in a search is a thing not seen. */
export const WHO_COMES = [
  'people', 'person', 'client', 'clients', 'customer', 'customers', 'owner', 'owners', 'patient', 'patients', 'guest',
  'guests', 'member', 'members', 'student', 'students', 'staff', 'driver', 'drivers', 'parent', 'parents', 'player',
  'players', 'volunteer', 'volunteers', 'employee', 'employees', 'worker', 'workers', 'candidate', 'candidates',
  'attendee', 'attendees', 'visitor', 'visitors', 'participant', 'participants', 'family', 'families', 'kid', 'kids',
  'guy', 'guys', 'class', 'classes', 'crew', 'crews', 'someone', 'somebody', 'nobody', 'booked', 'booking', 'bookings',
  'appointment', 'appointments', 'reservation', 'reservations',
];
/** Said just after NOT_TURNING_UP, these make it a thing that does not appear ("not showing up in QuickBooks", "didnt
 * turn up anything", "dont turn up the heating") or a customer who does not return ("just dont come back"). "in", "on"
 * and "the" only when no time of the day or week follows ("dont show up on Friday nights", "dont show up the day of
 * their appointment" are no-shows). Not "a": "dont show up a lot" is a no-show. */
export const NOT_COMING_AFTER = ['in', 'on', 'until', 'till', 'anything', 'nothing', 'much', 'any', 'the', 'an', 'back'];
/** Of NOT_COMING_AFTER, those a time of the day or week may follow (DAY_TIMES): then it is a no-show. */
export const BEFORE_DAY_TIME = ['in', 'on', 'the'];
/** A time of the day or week, after "in", "on" or "the": "on the night", "in the mornings", "the day of". */
export const DAY_TIMES = [
  'night', 'nights', 'morning', 'mornings', 'afternoon', 'afternoons', 'evening', 'evenings', 'weekend', 'weekends', 'day',
  'days', 'week', 'weekday', 'weekdays', 'monday', 'mondays', 'tuesday', 'tuesdays', 'wednesday', 'wednesdays', 'thursday',
  'thursdays', 'friday', 'fridays', 'saturday', 'saturdays', 'sunday', 'sundays',
];

/** Crews driving past each other, across town and back: the routing of the day's work, said by whoever watches it. */
const CROSS_TOWN = [
  'zig zag', 'zig zags', 'zig zagging', 'zigzag', 'zigzags', 'zigzagging', 'criss cross', 'criss crossing',
  'crisscross', 'crisscrossing', 'crossing each other', 'pass each other', 'passing each other', 'all over the county',
  'all over town', 'across town and back',
];

/** Paying for each piece of work bought: "35 bucks per lead", "they take a cut on every job". */
const PAID_PER_JOB = ['take a cut', 'takes a cut', 'taking a cut', 'per lead', 'cost per lead', 'pay per lead'];

/** Money lost on the work, said of a job, a client or a site: "I lost money on both", "we leave money on the table". */
const MONEY_LOST = ['lose money', 'loses money', 'losing money', 'lost money', 'money on the table'];
/** Money made on the work: a pain only with what says it is not known or not made ("no idea which jobs make money"). */
const MONEY_MADE = ['make money', 'makes money', 'making money', 'made money', 'make me money', 'makes me money', 'make us money', 'makes us money'];

/** The same work priced differently by whoever quotes it. */
const PRICED_APART = ['different price for the same', 'different prices for the same'];

/** A company's workforce said as a whole, in English (resolve.ts WORKFORCE_STEMS, and the start of STAFF_WORDS). */
export const WORKFORCE_WORDS = ['staff', 'team', 'crew', 'employees', 'workers', 'personnel', 'people', 'volunteers', 'technicians', 'techs', 'workforce'];
/** The front-line trades' people in the plural, in English: who a business has on its rota in any trade ("drivers",
 * "nurses", "cleaners"). */
export const TRADE_STAFF_WORDS = ['drivers', 'nurses', 'carers', 'caregivers', 'agents', 'associates', 'operators', 'cleaners', 'guards', 'officers', 'cashiers', 'cooks'];

/** The staff nouns a count goes with, plural and singular: WORKFORCE_WORDS' count nouns (not "team", "crew",
 * "personnel", "workforce", said of the whole) and the trades' (TRADE_STAFF_WORDS); "staff" has no singular. */
const STAFF_COUNT_NOUNS = [...WORKFORCE_WORDS.filter((w) => !['team', 'crew', 'personnel', 'workforce'].includes(w)), ...TRADE_STAFF_WORDS];
const STAFF_COUNT_ONE = STAFF_COUNT_NOUNS.filter((w) => w !== 'staff').map((w) => (w === 'people' ? 'person' : w.slice(0, -1)));
/** "a" or "an" as the next word begins (review of the sixty-fifth round: "an officer down", not "a officer"). */
const ARTICLE_OF = (w: string) => (/^[aeiou]/.test(w) ? 'an' : 'a');
/** Fewer hands than the work needs, said as the people missing, the count before or after "down": "we are 2 people
 * down", "down three drivers", "a nurse down", "we have nobody for Sundays". Review mend (sixty-fifth round): built from grammatical
 * pairs, a count of several before a plural staff noun and "a" or "one" before a singular one (STAFF_COUNT_NOUNS), so no
 * dead cue ("down a people") and the trade's own noun ("down two drivers") are read. */
// The count said before "down" is the staff missing only at the clause's end or before a time (resolve.ts,
// `sentDown`, STAFF_DOWN_NEXT): "we sent two techs down to the site" and "a driver down the road" are not (review of the
// sixty-fifth round, finding 6).
const SHORT_OF_HANDS = [
  ...[
    ...['2', '3', '4', '5', '6', 'two', 'three', 'four', 'five', 'six', 'a few', 'a couple of', 'several'].flatMap((n) => STAFF_COUNT_NOUNS.map((w) => `${n} ${w}`)),
    ...STAFF_COUNT_ONE.flatMap((w) => [`${ARTICLE_OF(w)} ${w}`, `one ${w}`]),
  ].flatMap((counted) => [`${counted} down`, `down ${counted}`]),
  'got nobody', 'have nobody',
];

/** Nobody applying: "nobody wants to work weekends". */
const NOBODY_APPLIES = ['nobody wants to work', 'no one wants to work'];
/** Sixty-ninth round: one who cannot be in every place at once, or a few hands covering many places ("I can't be
 * everywhere", "two techs covering three domes"): the staff stretched thin. "Covering" after a small count of staff only. */
const EVERYWHERE_AT_ONCE = [
  ...['cant', 'cannot', 'can not', 'couldnt'].flatMap((no) => [`${no} be everywhere`, `${no} be in two places`, `${no} be in two places at once`]),
  ...['2', '3', 'two', 'three', 'a couple of', 'a few'].flatMap((n) => [...STAFF_COUNT_NOUNS, 'guys', 'engineers', 'techs'].map((w) => `${n} ${w} covering`)),
];
/** Sixty-ninth round: logging into several systems ("I log into 4 systems before the first show", "five different logins"). */
const LOGINS_MANY = [
  ...['2', '3', '4', '5', '6', 'two', 'three', 'four', 'five', 'six', 'several', 'multiple'].flatMap((n) =>
    [`log into ${n}`, `log in to ${n}`, `logging into ${n}`, `logging in to ${n}`, `${n} logins`, `${n} different logins`, `${n} separate logins`]),
  'separate logins', 'different logins', 'too many logins',
];

/** Who does the work, in any trade's everyday words. */
const WORKERS = ['people', 'good people', 'staff', 'drivers', 'techs', 'technicians', 'workers', 'employees', 'guys', 'crew', 'hires', 'new hires'];
/** Roles in the plural a business loses staff from (sixty-eighth round), with "managers" after a place's or a shift's word
 * ("store managers", "site managers", "shift leads"). */
const LOST_ROLES = [
  'managers', 'store managers', 'site managers', 'shift leads', 'supervisors', 'clerks', 'coordinators', 'nurses', 'carers',
  'cleaners', 'agents', 'operators', 'mechanics', 'teachers', 'instructors', 'coaches', 'engineers', 'developers', 'reps',
  'cooks', 'chefs', 'dispatchers', 'installers', 'inspectors', 'assistants', 'specialists', 'analysts', 'caseworkers',
];

/** The people a business serves lining up at its desk, counter or window (sixty-eighth round): "tenants line up at the
 * counter every Monday", "members lining up at reception": what they come in for could be done without them, a lack of
 * self-service. Not "queue" nor "queues", a label's own word ("Queues at the front counter", whose queue is the pain and
 * not a lack of self-service: the stems of "queues" and "queuing" are one). */
const QUEUED_AT_A_DESK = ['line up', 'lines up', 'lining up', 'wait in line', 'waiting in line', 'stand in line', 'standing in line'].flatMap((v) =>
  ['at the front desk', 'at the desk', 'at reception', 'at the counter', 'at the front counter', 'at the window', 'at the office'].map((w) => `${v} ${w}`));

/** Staff leaving, said as who takes them, as the people lost or not kept, or as hires who vanish: "every operator I
 * train gets poached", "we keep losing drivers", "I cant keep people", "half of them ghosted". Ghosting only with the
 * workers or a share of them ("of them") as who ghosts: "customers ghosted us after the quotes" is a sale gone quiet. */
const STAFF_LEAVING = [
  'poached', 'poach', 'poaching',
  ...['lose', 'losing', 'lost', 'cant keep', 'cant hold on to'].flatMap((v) => WORKERS.map((w) => `${v} ${w}`)),
  // Sixty-eighth round: the roles a business keeps losing named in the plural, after whose they are or "best" ("losing our
  // best instructors", "can't keep shift leads", "cannot keep site managers past a season"), or after a count ("lost
  // three mechanics this year").
  ...['lose', 'losing', 'lost', 'keep losing', 'cant keep', 'cant hold on to', 'cannot keep'].flatMap((v) =>
    ['', 'our ', 'their ', 'her ', 'his ', 'my ', 'our best ', 'their best ', 'her best ', 'his best ', 'my best ', 'two ', 'three ', 'four ', 'five '].flatMap((o) =>
      LOST_ROLES.map((w) => `${v} ${o}${w}`))),
  'cant keep anyone', 'cant keep anybody', ...WORKERS.map((w) => `${w} ghosted`), 'of them ghosted', 'walked off the job', 'walk off the job', 'walks off the job',
];

/** Nothing to show the work was done: "we can't prove it", "he-said-she-said". */
const NO_PROOF = ['no proof', 'cant prove', 'cannot prove', 'can not prove', 'couldnt prove', 'no way to prove', 'he said she said'];

/** Not knowing where the work stands, said as nobody knowing where it is: "we never know where a batch is"; not "where to"
 * ("dont know where to start" asks what to do next: resolve.ts, pains-where-to). */
const NOT_KNOWN_WHERE = ['nobody knows where', 'no one knows where', 'never know where', 'dont know where', 'cant tell where', 'no idea where'];

/** The people a business serves asking after their own goods or job (sixty-seventh round): "clients ring asking where
 * their boat is", "buyers keep asking when their sofa ships", "emails asking when my refund is coming". A lack of
 * visibility, said with "their", "my", "his" or "her" after the asking verb's "where" or "when", or as the asker's own
 * question ("when is my", "when will my"); never "ask when" alone ("asked when the demo is"). */
const ASKED_WHERE_THEIRS = [
  ...['ask', 'asks', 'asking', 'asked', 'wondering'].flatMap((v) => ['where', 'when'].flatMap((w) => ['their', 'my', 'his', 'her'].map((o) => `${v} ${w} ${o}`))),
  'when is my', 'when will my', 'when do i get my', 'when can i get my',
];

/** Not knowing or not understanding how much one is owed or how a figure comes about (sixty-fourth round): "the agents
 * don't know how much they'll get", "nobody understands how the fee is worked out", "can't follow how the total is
 * reached". A lack of visibility into a figure, said with "how much" or "how", never the verb alone ("we don't know yet"
 * is no pain). The six languages' sayings are read as these through NOTE_PHRASES (lexicon.ts). */
const NOT_KNOWN_HOW = [
  'dont know how much', 'do not know how much', 'nobody knows how much', 'no one knows how much', 'never know how much',
  'cant tell how much', 'cannot tell how much', 'dont understand how', 'do not understand how', 'nobody understands how',
  'no one understands how', 'cant understand how', 'cannot understand how', 'cant work out how', 'cannot work out how',
  'cant follow how', 'cannot follow how', 'dont follow how', 'unsure how much', 'not sure how much', 'only know how much',
  'only find out how much', 'only learn how much', 'only see how much',
];

/** What keeping track of things answers: where one is, which one, how many there are ("we never know where the pallets
 * are", "no idea which van has the ladder", "how many crates are out?" "no idea"). A pain label "X tracking" takes the
 * broad visibility topic only where a sentence says one of these, or says the tracking itself (resolve.ts,
 * pains-tracked-thing). */
export const WHEREABOUTS = ['where', 'which', 'how many'];

/** The people a company's messages have to reach, in the six languages: where the sentence or the one before names
 * them, the `reach` topic ("can't reach", "no work email", "unreachable") is theirs even beside a rep's contact words. */
export const STAFF_WORDS = [
  ...WORKFORCE_WORDS, 'teams', 'crews', ...TRADE_STAFF_WORDS,
  'frontline', 'deskless', 'shift', 'shifts', 'field', 'floor', 'hourly', 'colleagues', 'everyone', 'half',
  'mitarbeiter', 'mitarbeitende', 'mitarbeitenden', 'belegschaft', 'personal', 'fahrer', 'beschaftigte', 'beschaftigten',
  'salaries', 'employes', 'equipes', 'chauffeurs', 'collaborateurs', 'terrain',
  'empleados', 'trabajadores', 'conductores', 'plantilla', 'equipos', 'colaboradores',
  'dipendenti', 'personale', 'operatori', 'autisti', 'collaboratori', 'squadre',
  'medewerkers', 'personeel', 'werknemers', 'collegas',
  'funcionarios', 'trabalhadores', 'motoristas', 'equipas',
];
/** The words of STAFF_WORDS that name no people who see for themselves (resolve.ts STAFF_WHO_SEE, the staff's own
 * seeing, reads the rest): a team in the six languages (the buyer's own: "the central team cannot see which sites are
 * behind"), and the work's words (a shift, the floor, the field, half, everyone). One list of staff, read by both (review
 * mend, sixty-fifth round: STAFF_WHO_SEE had kept its own). */
export const STAFF_NOT_SEEING = ['team', 'teams', 'equipes', 'equipos', 'squadre', 'equipas', 'frontline', 'deskless', 'shift', 'shifts', 'field', 'floor', 'hourly', 'everyone', 'half', 'terrain'];

/** The rep's own attempts to get hold of someone, in the six languages: a sentence that says one ("Can't reach the
 * owner, left a voicemail", "Called twice, unreachable", "no email address on file for the GM") and names no staff
 * (STAFF_WORDS) gives no `reach` pain. Matched on the sentence's words. */
export const CONTACT_ATTEMPT = [
  'voicemail', 'voice mail', 'left a message', 'left message', 'called', 'call back', 'callback', 'tried',
  'try again', 'no answer', 'on file', 'bounced', 'will email', 'follow up',
  'mailbox', 'angerufen', 'ruckruf', 'zuruckrufen', 'nicht erreicht',
  'messagerie', 'rappeler', 'appele', 'repondeur',
  'buzon', 'llame', 'volver a llamar', 'contestador',
  'segreteria', 'richiamare', 'chiamato',
  'teruggebeld', 'terugbellen', 'gebeld',
  'caixa postal', 'liguei', 'ligar de novo',
];

/** Words that say there are several of something, in the seven languages: a view "across" many units ("Multi-kiln
 * visibility", "No view across ovens", "Cross-oven reporting") is a problem of having several; the broad visibility
 * topic said of one thing ("can't see what the test bench costs") is not it (resolve.ts, pains-across-many). Counts of
 * two and more are read beside these (digits, and the number words of knowledge/numbers.ts). Not "all" in any language:
 * "all day long", "alle paar Wochen" say no units. */
export const MANY_WORDS = [
  'several', 'multiple', 'many', 'different', 'various', 'each', 'every', 'across', 'both', 'separate',
  'mehrere', 'mehreren', 'viele', 'verschiedene', 'verschiedenen', 'jede', 'jeder', 'jedes', 'jeden', 'jedem',
  'beide', 'beiden',
  'plusieurs', 'differents', 'differentes', 'divers', 'diverses', 'chaque', 'chacun', 'chacune',
  'varios', 'varias', 'diferentes', 'distintos', 'distintas', 'cada', 'ambos', 'ambas', 'muchos', 'muchas',
  'vari', 'varie', 'diversi', 'diverse', 'ogni', 'ciascun', 'ciascuno', 'ciascuna', 'entrambi', 'entrambe', 'molti', 'molte',
  'meerdere', 'verschillende', 'elk', 'elke', 'ieder', 'iedere', 'veel',
  'vários', 'várias', 'diversos', 'diversas', 'muitos', 'muitas',
];

/** The units of an organisation a shared cost is split among, asked "which", "per" or "by": "which department",
 * "per business unit", "by cost centre". Not products or customers: a cost per product or per client is what one unit of
 * output costs (unit economics), not whose it is. Not "each": "each team has its own kettle" asks whose nothing is. A
 * project only asked "which": work billed project by project is priced, not a bill split. */
const COST_UNITS = [
  'team', 'teams', 'department', 'departments', 'project', 'projects', 'business unit', 'business units', 'cost centre',
  'cost centres', 'cost center', 'cost centers', 'division', 'divisions',
];
/** The asks of a unit ("which department", "by division"): whose a cost is only where the sentence says a cost or a bill
 * (COST_OR_BILL_WORDS, resolve.ts): "the report groups repairs by team" splits no bill (review mend, sixty-fifth round). */
export const UNIT_ASKS = ['which', 'per', 'by'].flatMap((ask) => COST_UNITS.filter((unit) => ask === 'which' || !unit.startsWith('project')).map((unit) => `${ask} ${unit}`));
const UNIT_OF_COST = ['cost centre', 'cost centres', 'cost center', 'cost centers', ...UNIT_ASKS];
/** Words of a cost or a bill, or of the usage a bill is made of ("print volumes per business unit"), in the six
 * languages as the notes' words (accents off): beside UNIT_ASKS. */
export const COST_OR_BILL_WORDS = [
  'cost', 'costs', 'costing', 'spend', 'spends', 'spending', 'spent', 'budget', 'budgets', 'bill', 'bills', 'billed', 'billing',
  'invoice', 'invoices', 'invoiced', 'expense', 'expenses', 'charge', 'charges', 'charged', 'chargeback', 'chargebacks',
  'overhead', 'overheads', 'fee', 'fees', 'licence', 'licences', 'license', 'licenses', 'usage', 'consumption', 'volumes',
  'kosten', 'rechnung', 'rechnungen', 'couts', 'cout', 'frais', 'facture', 'factures', 'costes', 'coste', 'costos', 'costo',
  'gastos', 'factura', 'facturas', 'costi', 'spese', 'fattura', 'fatture', 'kostenpost', 'factuur', 'facturen', 'custos',
  'custo', 'despesas', 'fatura', 'faturas',
];

/** Who writes or calls a business, in any trade's everyday words. */
const CALLERS = ['customers', 'clients', 'callers', 'people', 'homeowners', 'patients', 'members', 'leads'];

/** Told nothing, or last, of a change, or all of them to be told one by one (the informing topic). Not a bare "not told"
 * ("they've not told us the budget yet" is a deal's status), nor "hear last" (a question's word order; second review of
 * the sixty-fifth round, finding 4). */
const NOT_INFORMED = [
  ...['never', 'wasnt', 'werent', 'didnt get', 'dont get', 'doesnt get', 'never get', 'never got', 'not getting'].map((w) => `${w} told`),
  // Told of "us" only: "nobody told" a third person may be one of the staff where the entry is about the customers (measured: a tour
  // operator's entry about its customers' papers and messages read from one of the guides nobody told).
  ...['nobody', 'no one'].flatMap((w) => [`${w} told us`, `${w} tells us`]),
  'last to know', 'last to hear', 'last to find out', 'find out last', 'found out last', 'finds out last',
  'hear about it last', 'hears about it last', 'heard about it last',
  ...['tell', 'telling', 'notify', 'notifying', 'call', 'calling', 'text', 'texting'].flatMap((v) => [`${v} everybody`, `${v} everyone`]),
  'let everybody know', 'let everyone know',
];

/** The business's own calls and customers left unanswered: "calls go unanswered", "customers never hear back", "they never
 * hear back from us". */
const UNANSWERED_BY_THE_BUSINESS = [
  'unanswered calls', 'unanswered call', 'unanswered enquiries', 'unanswered inquiries', 'unanswered leads',
  'go unanswered', 'goes unanswered', 'going unanswered',
  ...['never hear back', 'never heard back'].flatMap((v) => [
    ...CALLERS.map((c) => `${c} ${v}`), ...['us', 'anyone', 'anybody', 'the office', 'the shop'].map((w) => `${v} from ${w}`),
  ]),
];

/** Who comes to the customer's door, in the arrival topic's questions: "where the glazier is", "when the plumber is coming". */
export const ARRIVING = ['tech', 'techs', 'technician', 'technicians', 'engineer', 'plumber', 'electrician', 'installer', 'fitter', 'crew', 'driver', 'cleaner', 'courier', 'guy'];
/** Nobody told the customer: read as the arrival pain only with the visit in its clause (ARRIVAL_WORDS). */
export const NOT_TOLD_THEM = ['nobody told them', 'no one told them', 'nobody tells them', 'no one tells them'];
/** The customer asking where or when the worker is, or told nothing: "ringing to ask where the plumber is", "no one told her we were late". */
const NOT_TOLD_ARRIVAL = [
  ...ARRIVING.flatMap((w) => [`where the ${w} is`, `where our ${w} is`, `when the ${w} is coming`, `when the ${w} coming`, `when the ${w} will get`]),
  ...NOT_TOLD_THEM,
];
/** Review mend: "where the fitter is", "when the driver is coming" say the arrival pain only as the customer's question or
 * not knowing, an asking or not-knowing word before them in the sentence ("ringing to ask where the fitter is", "never
 * know when the crew is coming"), not the rep's plan ("I'll tell them when the fitter is coming") nor a place said of
 * something else ("Hull is where the fitter is based"). One word, or two ("never know", "no idea"), as written. */
export const ASKING_BEFORE_ARRIVAL = [
  'ask', 'asks', 'asking', 'asked', 'call', 'calls', 'calling', 'ring', 'rings', 'ringing', 'phone', 'phones', 'phoning',
  'wonder', 'wonders', 'wondering', 'wondered', 'never know', 'never knows', 'dont know', 'doesnt know', 'didnt know',
  'not know', 'no idea', 'no clue',
];
/** After "where the fitter is": the question ends there (the clause's end), or with "yet", "now", or the next clause's
 * "and" or "but" ("asking where the fitter is and we cannot say"); "where the fitter is based" goes on to say something
 * else. */
export const ARRIVAL_QUESTION_ENDS = ['yet', 'now', 'and', 'but'];
/** Review mend: "nobody told them" is the arrival pain only with the visit in its clause: "no one told them the crew would
 * be late", "nobody told them we were coming at noon"; not "nobody told them about the fee change". Words as written,
 * plus any word starting "arriv" and "on the way" (resolve.ts notToldOfArrival). */
export const ARRIVAL_WORDS = ['late', 'coming', ...ARRIVING];

/** What a seller bids for or closes, lost to another seller: "lose bids", "losing deals". */
const LOST_SALE_OBJECTS = ['bids', 'deals', 'tenders', 'quotes', 'the bid', 'the deal', 'the job to', 'the work to', 'prospects', 'homeowners', 'buyers'];
/** Lost only where another seller takes it: "lose jobs to whoever answers first", not "we lose jobs in the system". */
const LOST_SALE_TO = ['jobs', 'work', 'business', 'sales', 'homeowners', 'projects', 'contracts'];
/** Objects of LOST_SALE_OBJECTS that are also papers a business can mislay: "we lose quotes in the site folder" is
 * paperwork gone missing, not bids lost to a rival; read as lost sales only where no place follows (PLACE_AFTER). */
export const LOST_PAPERS = ['quotes'];
/** What follows a mislaid paper: "lose quotes in the inbox", "on someone's desk", "somewhere between the office and the van". */
export const PLACE_AFTER = ['in', 'on', 'at', 'inside', 'among', 'somewhere', 'between', 'under'];
/** What work is lost to that is a cause, not another seller: "lost work to the rain", "lost business to the roadworks",
 * "losing sales to the closure of the bridge". Lost sales are lost to a party (rivals, firms, "whoever quotes quicker"). */
export const LOST_TO_A_CAUSE = [
  'rain', 'weather', 'snow', 'storm', 'storms', 'flood', 'floods', 'flooding', 'frost', 'heat', 'heatwave', 'wind', 'winter',
  'roadworks', 'works', 'construction', 'closure', 'closures', 'diversion', 'diversions', 'strike', 'strikes', 'lockdown',
  'lockdowns', 'pandemic', 'covid', 'illness', 'sickness', 'holidays', 'holiday', 'season', 'downturn', 'recession', 'fire',
];
/** Words between "to" and what work is lost to: "to the rain", "to all the roadworks". */
export const LOST_TO_ARTICLES = ['the', 'a', 'an', 'all', 'this', 'that', 'these', 'those', 'our'];
/** Where the noun group after "lost work to" ends: "to firms with vans", "to whoever quotes quicker". */
export const LOST_TO_STOPS = ['of', 'with', 'from', 'in', 'on', 'at', 'for', 'because', 'and', 'or', 'who', 'that', 'which', 'than', 'answers', 'answer', 'by'];

/** The everyday names of re-keying in a pain's label or aliases, beside the re-keying topic's own phrases: the same data
 * typed twice or copied from one system into another. */
export const REKEYING_NAMES = ['double entry', 'duplicate entry', 'double data entry', 'duplicate data entry', 'dual entry', 'copying between systems', 'swivel chair'];

/** Words of a time or a booking that make a clash a double booking ("rota clash", "clashing shifts"). */
const CLASHING_TIMES = ['rota', 'shift', 'slot', 'booking', 'diary', 'calendar', 'game', 'fixture', 'timetable', 'schedule', 'appointment', 'room'];
/** Not having an email, with one adverb after the negation or not ("dont have email", "dont even have a work email",
 * "doesnt really have email"): review of the sixty-fifth round, finding 7, in place of one sibling with "even" listed. */
const NO_EMAIL_HAD = ['dont', 'doesnt', 'do not', 'does not'].flatMap((no) =>
  ['', 'even ', 'really ', 'still '].flatMap((adverb) =>
    ['email', 'an email', 'a company email', 'a work email', 'company email', 'work email'].map((what) => `${no} ${adverb}have ${what}`)),
);
/** Covering a shift (the scheduling topic): "who can cover", "free to cover" before a shift's, a day's or a time's word,
 * or "for" a person ("who can cover for the late crew"); second review of the sixty-sixth round, finding 5. */
const COVERING_A_SHIFT = ['who can cover', 'who could cover', 'free to cover', 'available to cover'].flatMap((cover) =>
  [...['shift', 'shifts', 'tomorrow', 'today', 'tonight', 'weekend', 'weekends', 'monday', 'tuesday', 'wednesday', 'thursday',
    'friday', 'saturday', 'sunday', 'nights', 'mornings', 'evenings', 'rota'].flatMap((w) => [`${cover} ${w}`, `${cover} the ${w}`]),
  ...['late', 'early', 'night', 'morning', 'evening', 'weekend', 'day'].flatMap((w) => [`${cover} the ${w} shift`, `${cover} ${w} shift`, `${cover} ${w} shifts`]),
  `${cover} for`]);

/** Calls counted by the day, the week or the month (sixty-ninth round): the calls topic, a burden only with a word that says
 * so ("600 calls a day, and rising"). */
const CALLS_COUNTED = ['a day', 'per day', 'in a day', 'a week', 'per week', 'in a week', 'a month', 'per month'].map((t) => `calls ${t}`);
/** Calls said as a burden by themselves (sixty-ninth round): phones ringing off the hook, swamped with calls. */
const CALLS_SAID_AS_A_BURDEN = [
  ...['ring', 'rings', 'ringing', 'rang'].flatMap((v) => [`phones ${v} off the hook`, `phone ${v} off the hook`]),
  'flooded with calls', 'swamped with calls', 'inundated with calls', 'buried in calls', 'too many calls', 'hundreds of calls',
  'thousands of calls',
];

export const CONCEPTS: Record<string, Concept> = {
  // Qualifiers
  slow: {
    kind: 'qualifier',
    phrases: [
      'slow', 'slowly', 'slower', 'stall', 'stalls', 'stalled', 'delay', 'delays', 'delayed', 'too long',
      'takes forever', 'take forever', 'waiting', 'wait', 'waits', 'bottleneck', 'bottlenecks', 'lag', 'lags',
      'held up', 'stuck', 'long time', 'lengthy', 'drag on', 'drags on', 'backlog', 'backlogs', 'sit for', 'sits for',
      'sitting for', 'pile up', 'piling up', 'cycle time', 'turnaround time', 'time consuming', 'sluggish', 'late',
      'overdue', 'behind schedule', 'digging out', 'catching up', 'catch up', 'buried in', 'drowning in', 'swamped',
      'snowed under', 'underwater', 'falling behind', 'fall behind', 'fell behind', 'behind on', 'cant keep up',
      'overwhelmed', 'slammed', 'flooded with', 'firefighting', 'fire fighting', 'putting out fires', 'off the hook',
      'never ending', 'endless', 'piles of', 'pile of', 'mountain of', 'ages',
    ],
  },
  costly: {
    kind: 'qualifier',
    phrases: [
      'high', 'higher', 'rising', 'increasing', 'out of control', 'too much', 'too expensive', 'expensive', 'costly',
      'cut', 'cutting', 'reduce', 'reducing', 'lower', 'lowering', 'save', 'savings', 'overspend', 'over budget',
      'doubled', 'tripled', 'increased', 'increase', 'went up', 'is up', 'are up', 'year over year', 'more expensive',
      'spiraling', 'ballooning', 'bloated', 'waste', 'wasted',
      // Seventieth round: a sum said to have shot up in everyday words ("the hire bill has gone through the roof").
      'through the roof', 'sky high', 'skyrocketed', 'skyrocketing', 'shot up',
    ],
  },
  wrong: {
    kind: 'qualifier',
    phrases: [
      'mismatch', 'never match', 'dont match', 'discrepancies', 'duplicate', 'wrong', 'wrongly', 'error', 'errors',
      'mistake', 'mistakes', 'incorrect', 'incorrectly', 'inaccurate', 'miscalculated', 'off by', 'corrections',
      'complain', 'complaints',
    ],
  },
  /** Falling, shrinking (the lexicon's reading of "sinken", "baissent", "in calo"...): a pain only of a topic that hurts
   * when it falls (`hurtsFalling`: margins, profit), not of costs, which are meant to fall. */
  falling: { kind: 'qualifier', phrases: ['falling'] },
  /** A sentence saying something is fine: what it names is not a pain ("recruiting is fine", "happy with their gateway"). */
  fine: {
    kind: 'qualifier',
    phrases: [
      'is fine', 'are fine', 'happy with', 'is happy', 'are happy', 'already done', 'works well', 'working well',
      'no issues', 'not a problem', 'not an issue',
      // Already automated (sixty-fifth round): "the matching: automated already", "the reminders are already automated";
      // never the participle alone, which "nothing here gets automated" says too.
      'already automated', 'automated already', 'is now automated', 'are now automated', 'fully automated already',
    ],
  },
  lacking: {
    kind: 'qualifier',
    phrases: [
      'no', 'not', 'lack', 'lacks', 'lacking', 'lack of', 'poor', 'limited', 'missing', 'without', 'zero', 'cant',
      'cannot', 'can not', 'unable', 'hard to', 'difficult', 'blind', 'dark', 'unclear', 'gaps', 'gap', 'inconsistent',
      'weak', 'bad', 'inaccurate', 'unreliable', 'uncertain', 'uncertainty', 'unsure', 'never', 'nobody', 'no one',
      // Sixty-seventh round: not knowing a fact with "not" contracted, as the notes' words write it ("we don't know which
      // lines pay", "doesn't know if the rates cover it"): the same lack as "do not know". Not every contracted "not", nor
      // "don't know how to" (a skill lacking, not a figure): measured, each read sets' pains worse.
      ...['dont', 'doesnt', 'didnt'].flatMap((n) => ['if', 'whether', 'which', 'what', 'who', 'where', 'when', 'how much', 'how many'].map((w) => `${n} know ${w}`)),
    ],
  },
  // Topics
  manual: {
    kind: 'topic',
    negative: true,
    phrases: [
      'whiteboard',
      'manual', 'manually', 'by hand', 'hand keyed', 'keyed in', 'key in', 'data entry', 'copy and paste', 'copy paste',
      'typed in', 'tedious', 'repetitive', 'manual work', 'busywork',
      // A body part's shape taken in plaster (sixty-seventh round): the hand-made way an orthotist, a prosthetist, a
      // dentist or a shoemaker takes a cast that a scanner takes digitally.
      'plaster cast', 'plaster casts', 'plaster casting', 'plaster mould', 'plaster moulds', 'plaster mold', 'plaster molds',
    ],
  },
  // Re-keying: typing again what is already written or typed elsewhere, a narrower topic of manual work (a "Manual
  // processes" label hears it through its parent). A pain whose label or aliases name it (REKEYING_NAMES: "Double data
  // entry", "Disconnected systems" known as "double entry" or "re-keying") hears it too (compile.ts, pains-rekeying).
  rekeying: {
    kind: 'topic',
    negative: true,
    parent: 'manual',
    phrases: ['rekey', 'rekeys', 'rekeying', 'rekeyed', 're key', 're keys', 're keyed', 're keying', 'retype', 'retypes', 'retyping', 'retyped', 're type', 're typing', 're typed'],
  },
  // Reconciling, a task done by hand: a "Manual processes" label hears it, but a label that names it ("Volume
  // reconciliation between forest and mill", "Cash collection & reconciliation") is about that task, not about every
  // form on paper or plan in Excel.
  reconciling: {
    kind: 'topic',
    negative: true,
    parent: 'manual',
    phrases: ['reconcile', 'reconciling', 'reconciliation', ...FIGURES_DISAGREE],
  },
  // The ways of working by hand, each a narrower topic of manual work: said in the notes they are manual work
  // too (a "Manual processes" label hears them all), but a label that names one ("Spreadsheet sprawl", "Paper
  // forms", "Spreadsheets and email chains") is about that one, not about printouts, retyping or phone calls.
  paperwork: {
    kind: 'topic',
    negative: true,
    parent: 'manual',
    phrases: [
      'paper', 'paper based', 'paper forms', 'printouts', 'pen and paper', 'paper timesheets', 'on paper', 'handwritten',
      'clipboard', 'checklists on paper',
      // Records on film (sixty-fifth round): old deeds, drawings or files kept on microfiche or microfilm are read
      // from a reader, not from a system, as paper is.
      // A bare "on film" is a camera's ("caught on film"): only records said on it (review of the sixty-fifth round).
      'microfiche', 'microfiches', 'microfilm', 'microfilms', ...['records', 'deeds', 'files', 'drawings', 'plans', 'archives'].map((w) => `${w} on film`),
    ],
  },
  messages: {
    kind: 'topic',
    negative: true,
    parent: 'manual',
    phrases: ['by phone', 'phone and email', 'by email', 'calling customers', 'email chains', 'email attachments', 'fax', 'faxes'],
  },
  spreadsheets: {
    kind: 'topic',
    negative: true,
    parent: 'manual',
    phrases: ['excel', 'spreadsheet', 'spreadsheets'],
  },
  approvals: {
    kind: 'topic',
    phrases: [
      'approval', 'approvals', 'approve', 'approving', 'approver', 'sign off', 'signoff', 'sign offs', 'authorization',
      'authorisation', 'sign on',
    ],
  },
  onboarding: {
    kind: 'topic',
    phrases: [
      'day one', 'first day', 'first week', 'i 9', 'new hire paperwork', 'onboarding', 'onboard', 'new hire',
      'new hires', 'new employee', 'new employees', 'intake', 'orientation', 'credentialing', 'credentialling', 'ramp',
      'ramp up', 'ramp time', 'time to productivity', 'provisioning', 'new starters', 'joiners', 'supplier setup',
      'vendor setup', 'account opening', 'kyc', 'know your customer', 'client intake', 'customer onboarding',
      'supplier onboarding', 'induction',
    ],
  },
  compliance: {
    kind: 'topic',
    phrases: [
      'violations', 'violation', 'roadside inspections', 'inspections', 'citations', 'compliance review', 'examiners',
      'examiner', 'ordinances', 'ordinance', 'fined for', 'labor law', 'labour law', 'prevailing wage',
      'certified payroll', 'penalty notices', 'late filing penalties', 'compliance', 'compliant', 'noncompliance',
      'non compliance', 'comply', 'complying', 'regulatory', 'regulation', 'regulations', 'regulator', 'regulators',
      'audit', 'audits', 'auditor', 'auditors', 'auditing', 'audit trail', 'sox', 'sarbanes oxley', 'hipaa', 'gdpr',
      'ccpa', 'fedramp', 'pci', 'pci dss', 'soc 2', 'soc2', 'iso 27001', 'nerc', 'finra', 'fda', 'osha', 'dora',
      'nis2', 'regulatory fines', 'penalties', 'controls testing', 'accreditation', 'policy violations',
      'certification', 'attestation', 'legal risk',
      // Accounts published again because they were wrong (sixty-ninth round): a reporting standard not met.
      'restatement', 'restatements', 'had to restate', 'forced to restate',
    ],
  },
  security: {
    kind: 'topic',
    generic: true,
    phrases: [
      'security', 'secure', 'breach', 'breaches', 'breached', 'malware', 'cyber', 'cyberattack', 'cyber attack',
      'cyber attacks', 'hack', 'hacked', 'hackers', 'vulnerability', 'vulnerabilities', 'threat', 'threats', 'attack',
      'attacks', 'exposure', 'data leak', 'leaked', 'insider threat', 'zero trust', 'pen test', 'penetration test',
      // Sixty-sixth round: files or links sent encrypted, or not ("send the files encrypted", "unencrypted attachments").
      'encrypted', 'encryption', 'unencrypted', 'not encrypted',
    ],
  },
  phishing: {
    kind: 'topic',
    negative: true,
    parent: 'security',
    phrases: [
      'pretending to be', 'posing as', 'fake invoice', 'fake invoices', 'hijacked', 'bank details',
      'update bank details', 'wire transfer', 'lookalike domain', 'phishing', 'phish', 'spoofed', 'spoofing', 'spoof',
      'fraud', 'fraudulent', 'wire fraud', 'invoice fraud', 'fake emails', 'fake email', 'business email compromise',
      'bec', 'email was compromised', 'compromised email', 'impersonation', 'impersonating', 'changed bank account',
      'clicking on', 'clicked a link', 'social engineering', 'scam', 'scams',
    ],
  },
  ransomware: {
    kind: 'topic',
    negative: true,
    parent: 'security',
    phrases: [
      'ransomware', 'ransom', 'encrypted our files', 'encrypted files', 'extortion', 'locked out of our systems',
    ],
  },
  identity: {
    kind: 'topic',
    parent: 'security',
    phrases: [
      'identity', 'identities', 'access control', 'access controls', 'access reviews', 'access review', 'passwords',
      'password', 'mfa', 'multi factor', 'two factor', '2fa', 'sso', 'single sign on', 'account takeover',
      'stolen credentials', 'credential theft', 'privileged access', 'logins', 'passwordless',
    ],
  },
  alerts: {
    kind: 'topic',
    negative: true,
    phrases: [
      'detections', 'flood of alerts', 'alert queue', 'alert', 'alerts', 'alerting', 'false positives',
      'false positive', 'alert fatigue', 'noise', 'noisy', 'triage',
    ],
  },
  staffing: {
    kind: 'topic',
    negative: true,
    phrases: [
      '24x7', '24 7', 'round the clock', 'around the clock', 'no soc', 'one person shop', 'labor shortage',
      'labour shortage', 'shortage of workers', 'not enough people', 'cant get enough people', 'staffing',
      'understaffed', 'short staffed', 'team of two', 'team of three', 'small team', 'skills gap', 'skills shortage',
      'talent shortage', 'headcount', 'two of us', 'one person', 'just me', 'lean team', 'no dedicated',
      'stretched thin', 'stretched too thin', 'spread thin', 'spread too thin', 'short handed', 'shorthanded',
      'staff shortage', 'staff shortages', 'staffing shortage', 'staffing shortages', 'short of staff',
      // Posts left without anyone (sixty-sixth round): "two gates stood unstaffed", "the desk was unmanned". "Unmanned"
      // only after a verb of being left so: alone it is a kind of craft or station ("unmanned aircraft"; review of the
      // sixty-sixth round, finding 6).
      'unstaffed', 'left unstaffed', 'left unmanned', 'stood unmanned', 'was unmanned', 'were unmanned',
      ...SHORT_OF_HANDS, ...EVERYWHERE_AT_ONCE,
    ],
  },
  // Competence records (sixty-fifth round): who is qualified, certified or signed off for which work, the record an
  // inspection body, a lab, a maintenance shop or a hospital keeps of its people's scopes. Said as not knowing "who is
  // qualified for what" or wanting to see "which engineers are certified for which machines"; never the verb alone.
  competence: {
    kind: 'topic',
    phrases: [
      'competence', 'competences', 'competency', 'competencies', 'competence records', 'competency records',
      'qualification matrix', 'competence matrix', 'competency matrix', ...COMPETENCE_SAYINGS,
    ],
    implies: { lacking: COMPETENCE_SAYINGS },
  },
  hiring: {
    kind: 'topic',
    parent: 'staffing',
    phrases: [
      'hiring', 'hire', 'cant hire', 'hard to hire', 'recruiting', 'recruitment', 'open roles', 'open positions',
      'positions', 'unfilled', 'vacancies', 'vacancy', 'time to hire', 'candidates', 'applicants', 'talent pipeline',
      'cant find', ...NOBODY_APPLIES,
    ],
  },
  payroll: {
    kind: 'topic',
    phrases: [
      'payroll', 'paycheck', 'paychecks', 'pay', 'paid', 'paying', 'wages', 'wage', 'salary', 'salaries', 'overtime', 'tips',
      'pay stubs', 'payslips',
    ],
  },
  scheduling: {
    kind: 'topic',
    phrases: [
      'last minute', 'call outs', 'call out', 'callouts', 'shift coverage', 'schedule', 'schedules', 'scheduling',
      'shift', 'shifts', 'rota', 'rotas', 'roster', 'rostering', 'no shows', 'no show', 'rota changes', 'swapped',
      'staffing levels', 'coverage gaps', ...NOT_TURNING_UP,
      // Who is free to work (sixty-sixth round): people free to staff a job, asked or not known ("nobody knows who's free
      // tomorrow", "who can cover the late shift"). Not "who is available": a library that names availability has its
      // own entry for it (blocks, blackout dates), which the scheduling topic would pass over for another. Covering only
      // before a shift's, a day's or a time's word, or "for" a person: cover is also paying ("who can cover the
      // annual subscription fee", "no budget left to cover the refit"), second review of the sixty-sixth round, finding 5.
      'whos free', 'who is free', 'who are free', ...COVERING_A_SHIFT,
      ...CALLED_IN_SICK,
    ],
    implies: { lacking: CALLED_IN_SICK },
  },
  /** Sixty-fifth round: one person, room or resource booked twice at once, in the six languages ("double-booked", "booked
   * on two jobs at once", "Terminkonflikt", "réservé deux fois", "doble reserva", "doppia prenotazione", "dubbel geboekt",
   * "reserva duplicada"). Since the concept phrases are indexed as the notes read them too (compile.ts), "doppelt gebucht",
   * "Doppelbuchung", "doble reserva" and "dubbel geboekt" are heard as well as the English and the French masculine
   * (owners-and-bookings.test.ts); the Romance participles of either gender ("réservée", "reservada", "prenotata"),
   * "doppia prenotazione", "reserva duplicada", "dubbele boeking" and "conflit d'horaire", which the notes read otherwise,
   * are heard through the notes' idioms (NOTE_PHRASES in lexicon.ts, sixty-sixth round). A conflict or a clash is one only next to a word of time or booking
   * ("scheduling conflicts", "rota clashes", CLASHING_TIMES): a bare "conflict" is as often between people, or of interest,
   * and "a personality clash" is no booking (review of the sixty-fifth round, finding 2). */
  doublebooking: {
    kind: 'topic',
    negative: true,
    phrases: [
      'double booking', 'double bookings', 'double booked', 'doublebooked', 'overbooked', 'overbooking',
      ...['on', 'at', 'for', 'in'].map((p) => `booked ${p} two`), 'booked twice', 'in two places at once', 'two places at the same time',
      'scheduling conflict', 'scheduling conflicts', 'schedule conflict', 'schedule conflicts', 'booking conflict', 'booking conflicts',
      'diary conflict', 'diary conflicts', 'calendar conflict', 'calendar conflicts',
      ...CLASHING_TIMES.flatMap((w) => [`${w} clash`, `${w} clashes`, `clashing ${w}`, `clashing ${w}s`]),
      'doppelt gebucht', 'doppelbuchung', 'doppelbuchungen', 'terminkonflikt', 'terminkonflikte', 'terminuberschneidung',
      'double reservation', 'doubles reservations', 'reserve deux fois', 'conflit d horaire', 'conflits d horaire',
      'doble reserva', 'dobles reservas', 'reservado dos veces', 'conflicto de horarios',
      'doppia prenotazione', 'doppie prenotazioni', 'prenotato due volte', 'sovrapposizione',
      'dubbele boeking', 'dubbele boekingen', 'dubbel geboekt',
      'reserva duplicada', 'reservas duplicadas', 'marcacao dupla', 'agendamento duplo',
    ],
  },
  /** Seventieth round: a burden shared out unfairly among the people who carry it (call, nights, holidays, territories),
   * in everyday words: "unfair", "shared out unevenly", "favors the old hands", "lopsided". Already a complaint. Not "fair"
   * or "equity" alone (fair value, fair lending, home equity), nor "uneven" alone (uneven crop stands). */
  fairness: {
    kind: 'topic',
    negative: true,
    phrases: [
      'unfair', 'unfairly', 'unfairness', 'not fair', 'isnt fair', 'fairness', 'inequitable', 'unevenly', 'unequally',
      'lopsided', 'favoritism', 'favouritism', 'plays favorites', 'play favorites', 'plays favourites', 'play favourites',
    ],
  },
  engagement: {
    kind: 'topic',
    phrases: [
      'engagement', 'engaged', 'disengaged', 'morale', 'motivation', 'motivated', 'employee satisfaction',
      'pulse survey', 'enps',
    ],
  },
  benefits: {
    kind: 'topic',
    phrases: [
      'eligible', '1095', 'aca reporting', 'elections', 'benefits', 'open enrollment', 'open enrolment', 'enrollment',
      'health plan', 'health insurance', '401k', 'pension', 'pto', 'leave policy', 'eligibility',
    ],
  },
  access: {
    kind: 'topic',
    parent: 'security',
    negative: true,
    phrases: [
      'orphaned accounts', 'over privileged', 'overprivileged', 'standing admin', 'admin rights', 'admin access',
      'excess access', 'still have access', 'lose access', 'offboarding', 'leavers', 'people who leave',
      'joiner mover leaver', 'just in time access', 'privileges', 'permissions', 're certifies', 'access recertification',
      'access recertifications', 'user recertification', 'user recertifications', 'access reviews', 'access review',
    ],
  },
  behaviour: {
    kind: 'topic',
    negative: true,
    phrases: [
      'clicking', 'click on', 'clicked', 'clicks', 'stop clicking', 'personal gmail', 'personal email', 'careless',
      'risky behaviour', 'risky behavior', 'security awareness', 'awareness training', 'insider risk', 'fall for',
      'falls for',
    ],
  },
  billing: {
    kind: 'topic',
    phrases: [
      'invoice', 'invoices', 'billing', 'billed', 'bills', 'overbilling', 'charges', 'rate confirmations',
      'freight bills', 'surcharge', 'surcharges',
    ],
  },
  payments: {
    kind: 'topic',
    phrases: [
      'payment', 'payments', 'late payment', 'late payments', 'pay late', 'paying late', 'pays late', 'past due',
      'overdue invoices', 'overdue accounts', 'unpaid', 'unpaid invoices', 'outstanding balance', 'outstanding balances',
      'outstanding invoices', 'receivables', 'accounts receivable', 'dso', 'days sales outstanding', 'bad debt',
      'write offs', 'dunning', 'card declines', 'declined cards', 'cards declined', 'card declined', 'chargebacks',
      'chargeback', 'failed payments', 'autopay', 'dont pay', 'doesnt pay', 'not paying', 'chasing payments',
      'chase payments', 'delinquency', 'delinquent', 'delinquencies', 'payment plans', ...PAID_LATE, ...STILL_OWED,
    ],
    implies: {
      slow: [
        'late payment', 'late payments', 'pay late', 'paying late', 'pays late', 'past due', 'overdue invoices',
        'overdue accounts', 'unpaid', 'unpaid invoices', 'outstanding balance', 'outstanding balances',
        'outstanding invoices', 'bad debt', 'dont pay', 'doesnt pay', 'not paying', 'chasing payments', 'chase payments',
        'delinquency', 'delinquent', 'delinquencies', ...PAID_LATE, ...STILL_OWED,
      ],
    },
  },
  detention: {
    kind: 'topic',
    negative: true,
    phrases: [
      'detention', 'dwell', 'dwell time', 'congestion', 'congested', 'jammed', 'waiting to unload',
      'waiting at the dock', 'dock appointments', 'loading dock',
    ],
  },
  routing: {
    kind: 'topic',
    phrases: ['routing', 'routes', 'route', 'empty miles', 'deadhead', 'half empty', 'partial loads', 'underutilized', ...CROSS_TOWN],
    implies: { lacking: ['empty miles', 'deadhead', 'half empty', 'underutilized', ...CROSS_TOWN] },
  },
  timekeeping: {
    kind: 'topic',
    phrases: [
      'time tracking', 'timesheets', 'timesheet', 'timecards', 'punches', 'punch', 'clock in', 'clocks in',
      'time clock', 'buddy punching', 'time theft',
    ],
    implies: { lacking: ['buddy punching', 'time theft', 'clock in for each other', 'paper timesheets', 'hours on paper'] },
  },
  /** Sixty-fourth round: staff the company cannot reach with its messages, those without a desk or a work mail address
   * ("a deskless crew of forty", "no work mail address", "the drivers are hard to reach"), in the six languages ("nicht erreichbar", "injoignables",
   * "sin correo corporativo", "irraggiungibili", "onbereikbaar", "sem email corporativo"). */
  reach: {
    kind: 'topic',
    negative: true,
    phrases: [
      'deskless', 'non desk', 'frontline reach', 'no corporate email', 'no company email', 'no work email', 'no email address',
      'no email addresses', 'without email', 'without a company email', 'without a work email', ...NO_EMAIL_HAD,
      'cant reach', 'cannot reach', 'hard to reach', 'unreachable',
      'nicht erreichbar', 'schwer erreichbar', 'keine firmen e mail', 'injoignable', 'injoignables', 'sans adresse mail',
      'sin correo corporativo', 'sin correo de empresa', 'ilocalizables', 'irraggiungibili', 'irraggiungibile',
      'senza email aziendale', 'onbereikbaar', 'slecht bereikbaar', 'geen zakelijk e mailadres', 'inalcancaveis',
      'sem email corporativo', 'sem e mail corporativo',
    ],
  },
  /** Sixty-fifth round: the people a business must keep informed (its crews, members, owners, staff) told nothing, or told
   * last, of what changed: "the drivers were never told", "my crew always hears about it last", "I have to call round and tell
   * everybody". An entry whose label names communication or comms is linked by those words, which said bare are no pain
   * ("communication is by email"): a qualifier is needed, and the not telling brings its own lack (implies). Not "got
   * told" alone ("we got told the price went up"). Generic: a label that names another problem beside communication
   * ("Travel documents and communication", "Communications metrics") is about that problem. */
  informing: {
    kind: 'topic',
    generic: true,
    needsQualifier: true,
    aliasesStillSay: true,
    phrases: [
      'communication', 'communications', 'comms', ...NOT_INFORMED, ...ASKED_WHERE_THEIRS,
    ],
    implies: { lacking: [...NOT_INFORMED, ...ASKED_WHERE_THEIRS] },
  },
  shadowit: {
    kind: 'topic',
    negative: true,
    phrases: [
      'shadow it', 'unsanctioned', 'unapproved apps', 'unapproved tools', 'without telling it', 'nobody tells it',
      'rogue apps', 'corporate cards', 'sign up for saas', 'saas sprawl',
    ],
  },
  devices: {
    kind: 'topic',
    phrases: [
      'windows xp', 'unpatched', 'not patched', 'patching', 'out of date', 'byod', 'own laptops', 'tablets',
      'endpoint', 'endpoints', 'device', 'devices', 'laptops', 'laptop', 'chromebooks', 'pcs', 'workstations',
      'asset inventory', 'device inventory', 'unmanaged', 'mobile devices', 'ot assets',
    ],
  },
  silos: {
    kind: 'topic',
    negative: true,
    phrases: [
      'consoles', 'swivel', 'separate tools', 'consolidate', 'consolidation', 'overlapping tools', 'point products',
      'dont sync', 'do not sync', 'typed in twice', 'entered twice', 'one system', 'single system',
      'stitched together', 'silo', 'silos', 'siloed', 'disconnected', 'dont talk to each other',
      'do not talk to each other', 'dont talk', 'dont integrate', 'not integrated', 'integrate', 'integration',
      'integrations', 'integrating', 'single source of truth', 'fragmented', 'multiple systems', 'different systems',
      'separate systems', 'scattered', 'duplicate data', 'api', 'apis', 'out of sync', 'data lives in',
      'point solutions', 'too many tools', 'tool sprawl', 'swivel chair', 'double entry', 'disjointed', 'patchwork',
      // Each team keeping its records apart (sixty-eighth round): separate spreadsheets, different programs or tools, a
      // system of its own; the six languages' sayings through NOTE_WORDS and NOTE_PHRASES (lexicon.ts). Not "different
      // spreadsheets" (three of them may be one team's), nor "in one place" (a wish said of paper as often): measured.
      'separate spreadsheets', 'different programs', 'separate programs', 'different tools',
      'own system', 'own systems',
      // Sixty-ninth round: logging into several systems, one after another ("I log into 4 systems before the first show",
      // "five different logins").
      ...LOGINS_MANY,
    ],
  },
  visibility: {
    kind: 'topic',
    generic: true,
    phrases: [
      'where is my', 'where orders are', 'where my order', 'eta', 'etas', 'delivery windows', 'no notice',
      'check calls', 'visibility', 'visible', 'see', 'insight', 'insights', 'view', 'reporting', 'reports',
      'dashboard', 'dashboards', 'status', 'tracking', 'track', 'transparency', 'forecast', 'forecasting', 'metrics',
      'analytics', 'overview', 'black box', 'blind spot', 'blind spots', 'in the dark', 'no idea', 'guesswork',
      'cant see', 'cannot see', 'where things stand', 'real time view', 'kpi', 'kpis', 'figures', 'numbers',
      'straight answer', ...NOT_KNOWN_WHERE, ...NOT_KNOWN_HOW,
    ],
    implies: {
      lacking: ['black box', 'blind spot', 'blind spots', 'in the dark', 'no idea', 'guesswork', 'cant see', 'cannot see', ...NOT_KNOWN_WHERE, ...NOT_KNOWN_HOW],
    },
  },
  cost: {
    kind: 'topic',
    needsQualifier: true,
    phrases: [
      'cost', 'costs', 'costly', 'expense', 'expenses', 'expensive', 'spend', 'spending', 'budget', 'budgets',
      'overspend', 'price', 'pricing', 'roi', 'savings', 'opex', 'capex', 'license fees',
      'headcount costs', 'cost to serve', 'cost per', 'maverick spend', ...PRICED_APART,
    ],
    implies: { costly: ['expensive', 'costly', 'overspend', 'maverick spend'], lacking: PRICED_APART },
  },
  // Whose a cost is (sixty-fourth round): a shared bill split among the units of the organisation that used it, said
  // as a label names it ("cross charging", "split the bill") or as the prospect asks it: which team,
  // department or division a cost is, per or by which unit it should be seen (UNIT_OF_COST). Its own topic, not the cost
  // topic's phrases: "which department" says no cost alone, and only an entry whose label names the split hears it.
  allocation: {
    kind: 'topic',
    phrases: [
      'cost allocation', 'costs allocation', 'expense allocation', 'cost attribution', 'allocate costs', 'allocate the costs',
      'allocating costs', 'allocating the costs', 'showback', 'internal charging', 'cross charge', 'cross charging',
      'shared costs', 'split the bill', 'split the costs', 'split costs', 'whose budget', ...UNIT_OF_COST,
      'kostenverteilung', 'kostenzuordnung', 'kostenstelle', 'kostenstellen', 'repartition des couts', 'imputation des couts',
      'centre de couts', 'centres de couts', 'centro de coste', 'centro de costes', 'centros de coste', 'centros de costes',
      'centro de costo', 'centro de costos', 'centro di costo', 'centri di costo', 'kostenplaats', 'kostenplaatsen',
      'centro de custo', 'centro de custos', 'centros de custo', 'centros de custos',
      'reparto de costes', 'reparto de costos', 'imputacion de costes', 'ripartizione dei costi', 'kostenverdeling',
      'rateio de custos',
    ],
  },
  // What the work earns: a label naming margins or profit, said in the notes as money made or lost on a job, a
  // client, a site.
  profit: {
    kind: 'topic',
    needsQualifier: true,
    hurtsFalling: true,
    phrases: ['margin', 'margins', 'profit', 'profits', 'profitability', 'profitable', 'unprofitable', ...MONEY_LOST, ...MONEY_MADE],
    implies: { costly: MONEY_LOST },
  },
  legacy: {
    kind: 'topic',
    negative: true,
    phrases: [
      'legacy', 'outdated', 'old system', 'old systems', 'old software', 'old tool', 'on prem', 'on premise',
      'on premises', 'mainframe', 'end of life', 'end of support', 'eol', 'unsupported', 'aging', 'ageing',
      'antiquated', 'obsolete', 'homegrown', 'home grown', 'retire', 'retiring', 'sunset', 'sunsetting', 'modernize',
      'modernise', 'modernization', 'modernisation', 'migrate off', 'replace our', 'replacing our', 'year old',
      'years old', 'decades old', 'as400', 'as 400', 'green screen', 'workarounds', 'workaround',
      'local server', 'old server', 'vendor no longer exists', 'vendor went out of business', 'no longer supported',
      'access database', 'since forever', 'built by a former', 'nobody dares touch', 'no one dares touch',
      // A system whose support ends, said as where it goes or what ends (fifty-eighth round): "went off support in
      // the spring", "out of support since the winter", "the maker's support ends in May".
      'off support', 'out of support', 'support ends', 'support ending', 'support expires', 'support runs out',
    ],
  },
  growth: {
    kind: 'topic',
    phrases: [
      'growth', 'growing', 'grow', 'grew', 'scale', 'scaling', 'scaled', 'expansion', 'expand', 'expanding',
      'acquisition', 'acquisitions', 'acquired', 'merger', 'mergers', 'doubled', 'tripled', 'hypergrowth',
      'new markets', 'new locations', 'new regions', 'keep up', 'cant keep up', 'headcount growth', 'hiring spree',
      'rapid growth',
    ],
  },
  churn: {
    kind: 'topic',
    negative: true,
    phrases: [
      'churn', 'churning', 'customer attrition', 'cancellations', 'cancel', 'retention', 'renewals',
      'losing customers', 'lost customers', 'nps',
      // Sixty-seventh round: the other people a business keeps on its books leaving it ("tenants leaving after a year",
      // "clients leave for the chains"), as customers do.
      ...['customers', 'clients', 'members', 'tenants', 'residents', 'subscribers'].flatMap((p) => [`${p} leave`, `${p} leaving`]),
      'lapsed', 'lapsing', 'lapse', 'stop giving', 'stopped giving', 'give once', 'first gift', 'after the first',
      'never come back', 'dont come back', 'one and done', 'win back', 'never see them again', 'stop coming',
      'stopped coming', 'dont renew', 'didnt renew', 'not renewing', 'to a competitor', 'went to a competitor',
      'switched to a competitor', 'leave for a competitor',
    ],
  },
  /** Sales lost to another seller, said as what happens to the bids and deals: "we keep losing tenders", "lost the
   * deal to a cheaper firm", "we lose work to the big chains". An entry about the share of bids or deals won (win rate, close
   * rate, lost deals) or about competition. Not customers leaving after they bought (churn). */
  lostsales: {
    kind: 'topic',
    negative: true,
    phrases: [
      ...['lose', 'losing', 'lost'].flatMap((v) => [...LOST_SALE_OBJECTS.map((o) => `${v} ${o}`), ...LOST_SALE_TO.map((o) => `${v} ${o} to`)]),
      'win rate', 'win rates', 'close rate', 'close rates', 'closing rate', 'closing ratio', 'hit rate', 'competition',
    ],
  },
  turnover: {
    kind: 'topic',
    negative: true,
    phrases: [
      'replace staff', 'replacing staff', 'churn through', 'burnout', 'burned out', 'burnt out', 'attrition',
      'turnover', 'staff turnover', 'quit', 'quits', 'quitting', 'resign', 'resigned', 'resignations', 'walked out',
      'retain staff', 'retention of staff', 'overworked', 'exhausted', 'stress', 'stressed', ...STAFF_LEAVING,
      // Sixty-fifth round: retention named beside recruiting, as a workforce's pair ("Volunteer recruitment & retention",
      // "Recruiting and retaining drivers"): the staff kept, not the customers ("customer retention" is churn).
      ...['recruitment', 'recruiting', 'hiring'].flatMap((r) => [`${r} and retention`, `${r} retention`, `${r} and retaining`]),
      'retention and recruitment', 'retention recruitment',
    ],
  },
  response: {
    kind: 'topic',
    phrases: [
      'response time', 'response times', 'first response', 'resolution time', 'sla', 'slas', 'wait times',
      'hold times', 'queue', 'queues', 'tickets', 'ticket',
    ],
  },
  /** Calls coming in (sixty-ninth round): the volume of customers' calls a utility's, a clinic's or a shop's front office
   * takes, the pain of a label of call volume ("Rising call volume"). Said as the volume, calls counted by the day, week
   * or month, or phones that ring off the hook; the last are already the burden (a label's "high" needs no other word),
   * "call volume" and a count are not ("asked about call volume"; a count said as a fact lets the library's words of
   * another pain read the sentence as a problem: a law firm's weekly count of calls its billing cycle, measured). */
  calls: {
    kind: 'topic',
    phrases: [
      'call volume', 'call volumes', 'volume of calls', 'inbound calls', 'incoming calls',
      ...CALLS_COUNTED, ...CALLS_SAID_AS_A_BURDEN,
    ],
    implies: { costly: CALLS_SAID_AS_A_BURDEN },
  },
  /** A customer's call or message nobody answers, said as what happens to it: "it goes to voicemail", "the after-hours guy
   * doesn't pick up", "half of them don't get an answer till Monday". Not the rep's own log of calls and mails: "called
   * twice, went to voicemail", "sent the proposal, never heard back", "left two unanswered emails" say the prospect did
   * not answer the seller, so the past "went to voicemail", a bare "unanswered" and "never hear back" are read only with
   * the business as who does not answer (see UNANSWERED_BY_THE_BUSINESS). */
  unanswered: {
    kind: 'topic',
    negative: true,
    phrases: [
      // Sixty-eighth round: the phones nobody can answer ("I can't answer the phone under a sink").
      ...['cant', 'cannot', 'cant always', 'never get to'].flatMap((v) => [`${v} answer the phone`, `${v} answer the phones`]),
      'missed calls', 'missed call', 'lead response', 'enquiry response', 'inquiry response', 'speed to lead',
      'goes to voicemail', 'go to voicemail', 'going to voicemail', 'doesnt pick up', 'dont pick up',
      'didnt pick up', 'nobody picks up', 'no one picks up', 'dont get an answer',
      'didnt get an answer', 'never get an answer', 'miss messages', 'missed messages', ...UNANSWERED_BY_THE_BUSINESS,
    ],
  },
  /** When the worker will turn up, asked by the customer or never told: "callers keep asking where the plumber is",
   * "they ring to ask when the fitter's coming", "no one told her the van would be late". An entry about arrival
   * times, arrival slots or on-the-way messages (its own words link it: "arrival time", "on my way"). */
  arrival: {
    kind: 'topic',
    negative: true,
    // Review mend: "on my way", "arrival time" said bare are the rep's own travel or a feature asked about ("called her
    // on my way to the airport"), not the pain: a qualifier in the sentence is needed even where the entry's label says
    // none; the customer's question and the silence bring their own lack (implies).
    needsQualifier: true,
    phrases: [
      ...NOT_TOLD_ARRIVAL, 'where my tech', 'where my technician', 'arrival window', 'arrival windows', 'arrival time',
      'arrival times', 'on my way',
    ],
    // The question or the silence is itself what is lacking: an entry known by its alias ("arrival slots") and
    // labelled with its lack ("left guessing") needs no other "no" or "without" in the sentence.
    implies: { lacking: NOT_TOLD_ARRIVAL },
  },
  selfservice: {
    kind: 'topic',
    phrases: [
      'self service', 'self serve', 'deflection', 'deflect', 'knowledge base', 'help center', 'faq', 'faqs', 'portal',
      'chatbot', ...QUEUED_AT_A_DESK,
    ],
    implies: { lacking: QUEUED_AT_A_DESK },
  },
  ai: {
    kind: 'topic',
    phrases: [
      'ai', 'artificial intelligence', 'genai', 'generative ai', 'llm', 'llms', 'chatgpt', 'copilot',
      'machine learning', 'automation strategy',
    ],
  },
  // Bodily injuries (sixty-eighth round): a worker's, a patient's or an athlete's, said as the injury, the hurt person or
  // a soft-tissue injury's own name; a label that names injuries ("Injury prevention in the squad", "Site injury log")
  // hears them. Not "strain" alone (the strain on a team, a plant's strain).
  injury: {
    kind: 'topic',
    negative: true,
    phrases: [
      'injury', 'injuries', 'injured', 'sprain', 'sprains', 'sprained', 'muscle strain', 'muscle strains', 'muscle tear',
      'muscle tears', 'pulled muscle', 'pulled muscles', 'torn ligament', 'torn ligaments',
    ],
  },
  // Return to play (sixty-ninth round): when an injured athlete may train or play again, and who decides it, the pain of
  // a club's or a federation's medical staff; said as returning or coming back to play, training or competition, being
  // cleared or fit for it, coming back from an injury (the six languages' sayings through NOTE_PHRASES, lexicon.ts). A
  // label that names it ("Return-to-training calls") hears it. Not "return" or "back" alone (goods
  // sent back, a customer who comes back); "play again" and "train again" only as an entry naming the return hears them.
  returntoplay: {
    kind: 'topic',
    phrases: [
      ...['return', 'returns', 'returning', 'returned', 'back'].flatMap((v) => ['play', 'training', 'sport', 'competition', 'the pitch', 'the field', 'pitch', 'field'].map((w) => `${v} to ${w}`)),
      'back in training', 'back from injury', 'back from an injury', 'back from his injury', 'back from her injury', 'back from their injury',
      'cleared to play', 'cleared to return', 'cleared to train', 'fit to play', 'fit to return', 'fit to train',
      // What the sayings of other languages read as (NOTE_PHRASES): playing or training again.
      'play again', 'plays again', 'playing again', 'train again', 'trains again', 'training again',
    ],
  },
  // Documents missing (sixty-ninth round): the papers a lender, an accountant or a broker needs from a client, chased,
  // come back incomplete, unsigned or in bits, the pain a label of document collection or missing documents names. Said
  // as the documents, pages or signatures missing, or sent piecemeal. Not "missing" alone (staff, data, a deadline).
  missingdocs: {
    kind: 'topic',
    negative: true,
    phrases: [
      ...['documents', 'document', 'docs', 'paperwork', 'pages', 'page', 'signatures', 'signature'].flatMap((w) => [`missing ${w}`, `${w} missing`]),
      'missing a signature', 'missing a page', 'missing a document', 'document collection', 'collecting documents', 'chasing documents',
      'chase documents', 'chasing docs', 'chasing paperwork', 'chase paperwork', 'chasing signatures', 'chase signatures',
      'incomplete documents', 'incomplete paperwork', 'in pieces', 'piecemeal', 'in bits and pieces', 'assembling files', 'assemble files',
      'assembling the file', 'assembling the files',
    ],
  },
  // Training load (sixty-ninth round): how much an athlete has trained and how hard, the pain of a club's performance
  // staff ("Session loads"); said as the load or volume of training or how much they trained (the six
  // languages' sayings through NOTE_PHRASES, lexicon.ts). Not "workload" (staff's, as often) nor "load" alone (freight).
  trainingload: {
    kind: 'topic',
    phrases: [
      'training load', 'training loads', 'training volume', 'training volumes', 'session load', 'session loads', 'weekly load',
      'weekly loads', 'acwr', 'acute chronic', 'overtraining', 'overtrained', 'how much they trained', 'how much they have trained',
      'how much theyve trained', 'how much they train',
    ],
  },
  // Recertification (sixty-ninth round): a household's, a member's or a beneficiary's eligibility or income reviewed again
  // every year, the pain of a housing agency, a benefits office or a health plan ("Renewal review pile-up"). Said as the
  // recertification, the reexamination, an annual or yearly review, an income or annual certification, a redetermination.
  // A user's access recertified is the access topic's ("access recertification").
  recert: {
    kind: 'topic',
    phrases: [
      'recertification', 'recertifications', 'recert', 'recerts', 'reexamination', 'reexaminations', 'reexam', 'reexams',
      'annual review', 'annual reviews', 'yearly review', 'yearly reviews', 'income certification', 'income certifications',
      'annual certification', 'annual certifications', 'eligibility review', 'eligibility reviews', 'redetermination',
      'redeterminations',
    ],
  },
  privacy: {
    kind: 'topic',
    phrases: [
      'privacy', 'data protection', 'personal data', 'pii', 'gdpr', 'ccpa', 'data residency', 'consent',
      'data sovereignty',
      // Data let out (sixty-eighth round): what a privacy entry guards against as much as a security one does.
      'data leak', 'data leaks', 'information leak', 'information leaks', 'data breach', 'data breaches',
    ],
  },
  multisite: {
    kind: 'topic',
    phrases: [
      'multi site', 'multi unit', 'multi location', 'across locations', 'across sites', 'across properties',
      'across stores', 'every location', 'each location', 'every store', 'each store', 'every property',
      'each property', 'every site', 'each site', 'roll up', 'rollup', 'consistency across', 'does it differently',
      'do it differently', 'different stack', 'portfolio wide',
    ],
  },
  housekeeping: {
    kind: 'topic',
    phrases: [
      'housekeeping', 'room status', 'rooms are ready', 'room is ready', 'rooms ready', 'room ready', 'clean rooms',
      'dirty rooms', 'room turnover', 'turn rooms', 'turning rooms', 'room attendants', 'attendants',
    ],
  },
  receipts: {
    kind: 'topic',
    phrases: [
      'receipts', 'receipt', 'tax receipts', 'donation receipts', 'gift aid', 'year end statements',
      'acknowledgement letters', 'acknowledgment letters', 'thank you letters', 'acknowledgements', 'acknowledgments',
    ],
  },
  // Spreading a cost over the years it earns in (sixty-fourth round): an entry named by its amortising ("Amortised
  // acquisition costs") hears it said as deferring ("a deferred bonus schedule", "defer the multi-year bonuses
  // over time"). Only the deferring of a cost or pay, not "the project was deferred" (DEFERRED_COST). Not capitalising:
  // entries of capital (capital planning, capital calls) heard it (a variant, dropped).
  deferral: {
    kind: 'topic',
    phrases: [
      'amortisation', 'amortization', 'amortise', 'amortize', 'amortised', 'amortized', 'amortising', 'amortizing',
      ...DEFERRED_COST,
    ],
  },
  recurring: {
    kind: 'topic',
    phrases: [
      'recurring', 'recurring donations', 'recurring gifts', 'monthly giving', 'monthly gifts', 'monthly donors',
      'monthly donations', 'direct debit', 'direct debits', 'standing order', 'standing orders', 'sustainers',
      'sustaining donors', 'regular giving',
    ],
  },
  maintenance: {
    kind: 'topic',
    negative: true,
    phrases: [
      'maintenance', 'preventive maintenance', 'preventative maintenance', 'repair',
      'repairs', 'repairman', 'repair company', 'broke down', 'breaks down', 'break down', 'breakdown', 'breakdowns',
      'equipment failure', 'equipment downtime', 'downtime', 'last serviced', 'service history', 'servicing',
      'compressor', 'out of order', ...GOES_DOWN,
    ],
  },
  waste: {
    kind: 'topic',
    negative: true,
    phrases: [
      'waste', 'wastage', 'spoilage', 'spoiled', 'spoils', 'thrown out', 'throw out', 'throw away', 'thrown away',
      'in the trash', 'in the bin', 'binned', 'toss', 'tossed', 'overproduction', 'over production', 'shrink',
      'expired stock', 'goes bad', 'going bad', 'went bad', 'food cost', 'food costs',
      // Sixty-ninth round: energy burnt for nothing ("the lobby screens burning power all night", "vans burning diesel at the kerb").
      ...['burn', 'burns', 'burning', 'burned', 'burnt'].flatMap((v) => ['energy', 'power', 'electricity', 'fuel', 'gas', 'diesel'].map((r) => `${v} ${r}`)),
    ],
  },
  reviews: {
    kind: 'topic',
    negative: true,
    phrases: [
      'reviews', 'online reviews', 'bad reviews', 'review scores', 'star rating', 'google rating', 'yelp',
      'tripadvisor', 'complaints', 'complain', 'complaining', 'guest complaints', 'customer complaints', 'not happy',
      'unhappy', 'guest satisfaction', 'customer satisfaction', 'satisfaction scores', 'csat',
    ],
  },
  // Work bought from someone else: a lead, a job passed on by a call center, a directory or an ad, paid for per
  // piece or by a cut of the job.
  leads: {
    kind: 'topic',
    needsQualifier: true,
    phrases: [
      'lead source', 'lead sources', 'lead generation', 'lead gen', 'cost per lead', 'pay per lead', 'per lead',
      'referral fee', 'referral fees', 'advertising', 'ads', 'ad spend', 'google ads', 'adwords', 'paid search',
      'directories', 'call centers', 'call centres', ...PAID_PER_JOB,
    ],
    implies: { costly: PAID_PER_JOB },
  },
  // Showing that the work was done, and when.
  proof: {
    kind: 'topic',
    needsQualifier: true,
    phrases: ['proof', 'prove', 'proof of service', 'proof of work', ...NO_PROOF],
    implies: { lacking: NO_PROOF },
  },
  // The same job done twice: a repair that did not hold, a visit that has to be made again.
  rework: {
    kind: 'topic',
    negative: true,
    phrases: [
      'rework', 'redo', 'redoing', 'redone', 'repeat repairs',
      'send someone back', 'sent someone back', 'go back out', 'keeps coming back', 'kept coming back',
      'comes back again', 'came back again',
    ],
  },
  /** Travel to the work (sixty-fifth round): the trips and the road, said as the country crossed for a job or a
   * distance crossed ("the team criss-crosses the country", "hours on the road"). Not a bare "km for a" or "miles for
   * a": a range or a rate says it as often ("400 km for a full charge", "0.42 a km for a van"; second review of the
   * sixty-fifth round, finding 2).
   * The six languages' words through NOTE_PROBLEM_WORDS and NOTE_PHRASES (lexicon.ts). Not "travel", "trips" or
   * "mileage" alone: for a tour operator or a charter airline the trips are the trade, and a lease's mileage is no trip
   * (measured: the tour operators' and business aviation sets fell with them). */
  travel: {
    kind: 'topic',
    phrases: [
      'travel time', 'travel costs', 'travel expenses', 'travel all over', 'travel everywhere', 'travelling around', 'all over the country', 'across the country', 'around the country', 'round the country', 'up and down the country',
      'criss cross the country', 'hours on the road', 'days on the road', 'hours of driving', 'drive for hours',
      'hotel nights', 'overnight stays',
    ],
  },
  /** Fare evasion (sixty-ninth round): riders who travel without a valid ticket or dodge the fare, the revenue a transport
   * operator loses ("Ticketless riding and revenue loss"). Said as the riding or travelling without a ticket (the five
   * other languages' "ohne Fahrschein", "sem bilhete" are read so, NOTE_PHRASES) or as the dodging; an
   * entry hears it through its label's fare evasion or fare dodging. Not "without paying" alone, a shop's or a client's
   * unpaid bill as often. */
  fareevasion: {
    kind: 'topic',
    negative: true,
    phrases: [
      'fare evasion', 'fare evaders', 'fare dodging', 'fare dodgers', 'dodge the fare', 'dodging the fare', 'dodge fares',
      'without a valid ticket', 'without valid tickets', 'without a ticket', 'without tickets', 'ticketless travel',
      'ticketless riders', 'ticketless riding', 'without paying the fare', 'without paying a fare',
    ],
  },
  /** Vacancy (sixty-eighth round): a flat, a unit, a room or a home left without a tenant, rent lost every day it stays so,
   * the pain of a landlord, a housing body, a storage site ("Vacant flats backlog", "Empty apartments"). Said as the unit
   * sitting, standing or staying vacant (the notes' "sits empty" is read so, NOTE_PHRASES) or as vacant units. Not
   * "vacancy" alone, a job's as often (the hiring topic's), nor "empty rooms", a meeting room's or a venue's as often; an
 * entry hears it through its label's vacant or empty units. */
  vacancy: {
    kind: 'topic',
    negative: true,
    phrases: [
      ...['unit', 'units', 'apartment', 'apartments', 'flat', 'flats', 'home', 'homes', 'room', 'rooms'].flatMap((w) => [`vacant ${w}`, `empty ${w}`].filter((p) => p !== 'empty room' && p !== 'empty rooms')),
      'vacancy loss', 'vacancy losses', 'days vacant', 'weeks vacant', 'months vacant',
      ...['sit', 'sits', 'sitting', 'sat', 'stand', 'stands', 'standing', 'stood', 'stay', 'stays', 'staying', 'stayed', 'remain', 'remains', 'remained', 'lie', 'lies', 'lying'].map((v) => `${v} vacant`),
    ],
  },
  /** Abandonment (sixty-sixth round): buyers or sign-ups who start a form, a basket or a checkout and leave before the
   * end, the pain of any shop, booking or registration page ("Basket drop-off"). Said as the abandoning, a drop-off
   * rate, or sign-ups and orders that "never got completed", the page left half way. Not
   * "left" alone (a contact who left the company), nor "drop off" of goods: only an entry naming abandonment hears it. */
  abandonment: {
    kind: 'topic',
    negative: true,
    phrases: [
      'abandonment', 'abandonments', ...ABANDONED_CARTS.map((w) => `abandoned ${w}`), 'abandoned bookings', 'abandoned registrations', 'abandon the cart',
      'abandon their cart', 'abandon their carts', 'abandon the form', 'drop off rate', 'drop off rates', 'dropoff rate',
      'left the page', 'leave the page', 'leaving the page', 'left at the payment', 'left at checkout',
      ...UNFINISHED_SAYINGS,
    ],
  },
  /** Selling out (sixty-sixth round): places, tickets or seats that go in minutes and the waiting list after, the pain of
   * an event, a course or a venue ("Sell-outs and queues"). Said as the selling out ("sold out in an hour") or the
   * waiting list; an entry whose label names it hears it. Not "fully booked", the diary's word (scheduling). The
   * present and the gerund only beside a word of time or of what sells ("sell out in minutes", "tickets selling
   * out"; the stems read "sells" and the noun "sell-outs" as "sell out"): alone they are as often selling the business ("wants to sell out to a competitor"; review of the sixty-sixth
   * round, finding 5). */
  sellout: {
    kind: 'topic',
    phrases: [
      'sold out', 'sellout', 'sellouts', 'waitlist', 'waitlists',
      ...['the', 'instant', 'quick', 'constant', 'frequent', 'regular'].map((w) => `${w} sell outs`),
      'wait list', 'wait lists', 'oversubscribed', 'over subscribed',
      ...['sell out', 'sells out', 'selling out'].flatMap((v) => [
        ...['in', 'within', 'fast', 'quickly', 'immediately', 'instantly', 'every', 'again'].map((w) => `${v} ${w}`),
        ...['tickets', 'places', 'seats', 'spots', 'slots', 'courses', 'classes', 'sessions', 'events', 'dates'].map((w) => `${w} ${v}`),
      ]),
    ],
  },
  /** An entry, a place or a booking moved or handed on (sixty-sixth round): the transfers and deferrals an event, a course
   * or a trip's organiser is asked for ("Swaps and postponements"). Said as the asking: passing one's place to someone
   * else, moving it to a later edition, switching a distance or a wave (ENTRY_CHANGES). Not "defer" alone: a rep's deal
   * is deferred too ("they deferred the decision"). An entry hears it through its label's deferrals or postponements. */
  entrychanges: {
    kind: 'topic',
    negative: true,
    phrases: ['deferral', 'deferrals', 'postponement', 'postponements', ...ENTRY_CHANGES],
  },
  /** Placement (sixty-sixth round): the test or interview that puts a learner, a player or a trainee in a group of
   * their level, and its failure, learners at a level not theirs, in a group or class not theirs (MISPLACED). An entry
   * hears it through its label's placement test or level test; not "placement" alone (a job placement, an ad's), nor
   * "levelling", whose stem a stock's levels share (measured: a linen round's stock-out case lost its reading). */
  placement: {
    kind: 'topic',
    phrases: ['placement test', 'placement tests', 'placement testing', 'level test', 'level tests', ...MISPLACED],
    implies: { wrong: MISPLACED },
  },
  /** Impartiality (sixty-fifth round): a conflict of interest, and its everyday saying in audit and certification work,
   * the one who audits or decides having consulted for, advised or audited the same client before. Not "self review"
   * alone, an appraisal form in HR (second review of the sixty-fifth round, finding 2). */
  impartiality: {
    kind: 'topic',
    negative: true,
    phrases: [
      'impartiality', 'impartial', 'conflict of interest', 'conflicts of interest', 'audited the same client',
      'audit the same client', 'audits the same client', 'auditing the same client', 'consulted for the same client',
      'consulting for the same client', 'consultants of the same client', 'consultant of the same client',
      'consultants for the same client', 'consultant for the same client', 'advised the same client', 'self review threat',
    ],
  },
  peaks: {
    kind: 'topic',
    phrases: [
      'spike', 'spikes', 'surge', 'surges', 'peak', 'peaks', 'seasonal', 'holiday rush', 'black friday', 'busy season',
      'storm',
      // A season's rush (sixty-fifth round): "in the summer rush", "the harvest rush", "rush season".
      'spring rush', 'summer rush', 'autumn rush', 'fall rush', 'winter rush', 'seasonal rush', 'year end rush',
      'rush season', 'rush period', 'busy period',
      // Busy then idle (sixty-fifth round): work that comes all at once and then not at all ("feast or famine"). Not
      // "then nothing for/until" nor "then quiet for", which is how a rep writes of a prospect gone quiet ("sent the
      // quote in March, then nothing for six weeks"), nor a library's label "volume swings" (second review of the
      // sixty-fifth round, finding 3).
      'feast or famine', 'boom and bust',
    ],
  },
  // A system or a service down: not a peak of demand ("Seasonal, April-October" says no outage). An outage is
  // downtime, so it counts as the maintenance topic too ("ride outages" is a ride-downtime pain).
  outages: {
    kind: 'topic',
    negative: true,
    parent: 'maintenance',
    phrases: [
      'outage', 'outages',
      // A screen said to go black, dark or blank (sixty-ninth round): a display that shows nothing is down ("the lobby
      // screens went blank overnight"). Said of screens and displays only: a lead that goes quiet is no outage.
      ...SCREENS_GONE_BLANK,
      // Uptime, the measure of it: "Kiosk uptime", "Charger uptime" are about outages.
      'uptime',
    ],
  },
  // Stock that runs out: said of any goods (parts, drugs, supplies), a problem in itself.
  stock: { kind: 'topic', needsQualifier: true, phrases: ['inventory', 'stock levels', ...RUNNING_OUT], implies: { lacking: RUNNING_OUT } },

};

/** Words that make the one-word topic after them a time ("the 3rd shift", "last shift", "every shift"): when
 * something happens, not what hurts. Not "per": German and Dutch say "per Fax", "per Excel" for "by". */
export const TIME_ORDINALS = ['1st', '2nd', '3rd', '4th', '5th', 'first', 'second', 'third', 'fourth', 'fifth', 'last', 'next', 'each', 'every'];

/** Words that, said just before a shift word, make it how the work is organised, not a scheduling
 * problem: a count ("three shifts", "em três turnos", "zwei Schichten"), a time of day or week ("night shifts",
 * "Nachtschichten" read as two words), or the "in" of working in shifts ("work in shifts", "en turnos", "in
 * ploegen"; Italian "a turni" by itself, the article "a" being English too). As the notes' words read: English stems, and the six languages' own words. */
export const SHIFT_PATTERN_BEFORE = [
  '2', '3', '4', 'two', 'three', 'four', 'five', 'double', 'split', 'rotating', 'night', 'nights', 'day', 'days',
  'early', 'late', 'morning', 'evening', 'afternoon', 'weekend', 'weekends', 'overnight', 'continuous', '12-hour', '8-hour',
  'zwei', 'drei', 'vier', 'deux', 'trois', 'quatre', 'dos', 'tres', 'cuatro', 'due', 'tre', 'quattro', 'twee', 'drie', 'vier',
  'dois', 'duas', 'quatro', 'in', 'im', 'en', 'em', 'por', 'per',
];
/** Just after a shift word, the Romance languages' time of day or count said after the noun ("turni notturni", "turnos
 * de noche", "turnos rotativos", "equipes de nuit"): the word itself, or "de", "di", "da" and a night or day word. */
export const SHIFT_PATTERN_AFTER = [
  'notturni', 'notturno', 'diurni', 'diurno', 'nocturnos', 'nocturno', 'noturnos', 'noturno', 'diurnos', 'rotativos',
  'rotativi', 'rotatifs', 'continus', 'continui', 'continuos',
];
export const SHIFT_PATTERN_OF = ['de', 'di', 'da', 'do'];
export const SHIFT_PATTERN_TIMES = ['night', 'nights', 'day', 'days', 'noche', 'notte', 'noite', 'nuit', 'dia', 'giorno', 'jour'];

/** First parts of a German or Dutch duty or shift word that make it a shift of a time of day, the weekend or on-call
 * ("Nachtdienst", "Spätschicht", "Bereitschaftsdienst", "avonddienst", "weekenddienst"), as the words are read
 * (without their accents): said with its time, as "night shift" is (review mend, fifty-second round). */
export const SHIFT_TIME_PARTS = [
  'nacht', 'fruh', 'spat', 'tag', 'wochenend', 'bereitschafts', 'vroeg', 'laat', 'avond', 'dag', 'weekend', 'bereikbaarheids',
];
/** Problem words a shift said with a count or a time of day is a pain with, beside the matcher's complaints (notes.ts
 * complains(): "nightmare", "struggle", "chaos", "killing", "hell", "short"), which hold no bare "problem" (review mend,
 * fifty-second round): "Night shifts are a problem", "Covering night shifts is impossible", "kaum zu besetzen", "niet te
 * vullen" (the fill verbs of the languages), in the six languages. */
export const SHIFT_PROBLEM_WORDS = [
  'problem', 'problems', 'issue', 'issues', 'impossible', 'difficult', 'hard', 'understaffed', 'short-staffed', 'scrambling',
  'nobody', 'chaos', 'caos', 'niemand', 'niemanden', 'nadie', 'nessuno', 'ninguem', 'besetzen', 'vullen', 'bezetten',
  'remplir', 'cubrir', 'coprire', 'cobrir',
  'probleme', 'unmoglich', 'schwer', 'kaum', 'unterbesetzt', 'problemes', 'difficile', 'difficiles',
  'impossibles', 'problema', 'problemas', 'imposible', 'dificil', 'cuesta', 'problemi', 'impossibile', 'difficili',
  'probleem', 'problemen', 'onmogelijk', 'moeilijk', 'onderbezet', 'impossivel', 'descobertos', 'descubiertos', 'scoperti',
  // refusing the shifts, which the matcher's complaints do not hold (review mend, fifty-third round): "they refuse to
  // work shifts", "se niegan a hacer turnos", "refusent de faire les shifts", "rifiutano i turni", "weigern sich"
  'refuse', 'refuses', 'refused', 'refusing', 'refusent', 'refusait', 'niegan', 'niega', 'rifiutano', 'rifiuta',
  'recusam', 'recusa', 'weigern', 'weigert', 'weigeren',
];
/** Phrases a shift said with a verb of doing it is a pain with, beside SHIFT_PROBLEM_WORDS and the matcher's
 * complaints (review mend, fifty-third round): the staff do not come (NOT_TURNING_UP: "half of them dont turn up") or
 * the shifts cost too much ("costs are through the roof"). */
export const SHIFT_PROBLEM_PHRASES = ['through the roof', 'sky high'];
/** Said at most three words before a verb of doing shifts, these deny or refuse the doing ("won't work shifts", "non
 * vogliono più fare i turni", "ne veulent pas faire les shifts"): the complaint itself, not how the work is organised. */
export const SHIFT_DOING_DENIED = ['not', 'dont', 'doesnt', 'didnt', 'wont', 'cant', 'never', 'non', 'no', 'pas', 'nao', 'niet', 'nicht', 'nunca', 'mai', 'jamais'];
/** Words that, after "take", make a duration: "approvals take weeks", "takes 90 days". */
export const DURATION_WORDS = ['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hour', 'hours', 'forever', 'ages', 'long', 'quarter', 'quarters',
  // Pains said as a measure (fifty-seventh round): minutes, and the units as reps shorten them ("takes 3 hrs", "sit 2 wks").
  'minute', 'minutes', 'min', 'mins', 'hr', 'hrs', 'wk', 'wks', 'mo', 'mos'];
/** A take word that with a counted duration after it says when, not how long: "in the last few weeks", "over the last 3 months". */
export const WHEN_BEFORE_DURATION = ['last', 'past', 'next'];
/** What counts a duration after WHEN_BEFORE_DURATION: "last few weeks", "past couple of months", "next two years". */
export const DURATION_COUNTS = ['few', 'couple', 'of', 'several', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve'];
/** Just before a take word or between it and its duration, a time said as no delay: "does not take long", "never takes
 * more than a day", "only takes a day". Not "just" ("it just takes weeks" is a complaint). */
export const NOT_SLOW_BEFORE_DURATION = ['not', 'never', 'doesnt', 'dont', 'didnt', 'wont', 'only', 'rarely', 'seldom', 'hardly'];
/** Between a take word and its duration, a time said as at most: "takes less than a week", "takes under a day", "at most a day". */
export const AT_MOST_BEFORE_DURATION = ['less', 'under', 'most', 'within'];
/** Durations (fifty-seventh round): the words of a label that is about lateness, a thing behind its due date ("Late
 * vans & rounds", "Overdue rent"), not about how long a task takes. A task said to take a time ("a shift
 * swap takes two days") is slow; it is not late. In every language the matcher reads. */
export const LATENESS_WORDS = ['late', 'overdue', 'tardy', 'verspatet', 'verspatete', 'uberfallig', 'tardif', 'tardive', 'atrasado', 'atrasados', 'atrasada', 'atrasadas', 'tardio', 'tardios', 'laat', 'achterstallig', 'scaduto', 'scaduti'];
/** A single hour is no delay for a task: "the weekly call takes an hour" ("takes hours" still says slow). */
export const ONE_BEFORE_HOUR = ['an', 'one', 'half'];
export const TAKE_WORDS = ['take', 'takes', 'took', 'taking', 'sit', 'sits', 'sat', 'sitting', 'stay', 'stays', 'stayed', 'wait', 'waiting', 'spend', 'spent', 'lasts', 'last'];

/** A machine or a system, in any trade's everyday words: GOES_DOWN is downtime only with one of these (or the maintenance
 * topic's own words, or the words the taxonomy's downtime entries add, "Oven downtime") as what goes down ("the tills
 * went down", "the POS went down", "it went down" after one); not revenue, footfall or morale going down. A till is any
 * shop's cash register; one trade's machines (a ride, a lift, a kiln) come from that taxonomy's downtime entries. */
export const WHAT_GOES_DOWN = [
  'system', 'systems', 'server', 'servers', 'site', 'website', 'network', 'machine', 'machines', 'till', 'tills', 'line',
  'lines', 'equipment', 'app', 'apps', 'computer', 'computers', 'printer', 'printers', 'terminal', 'terminals', 'internet',
  'wifi', 'software', 'platform', 'portal', 'pos', 'epos', 'card reader', 'card readers', 'phone', 'phones', 'kiosk',
  'kiosks', 'scanner', 'scanners', 'router', 'routers', 'email', 'database',
  // Sixty-ninth round: a building's and a kitchen's plant ("the day the furnace went down", "the walk-in freezer went down twice").
  'boiler', 'boilers', 'chiller', 'chillers', 'furnace', 'furnaces', 'pump', 'pumps', 'generator', 'generators', 'elevator',
  'elevators', 'freezer', 'freezers', 'fridge', 'fridges', 'oven', 'ovens', 'hvac',
];
/** Said of one of WHAT_GOES_DOWN, these make it no machine: money ("our bottom line went down"). */
export const NOT_A_MACHINE = ['bottom line', 'bottom lines'];
/** Just before one of WHAT_GOES_DOWN (with "the" or "our" between or not), these make it a channel or a place, not
 * what goes down: "replies to our email went down", "orders by phone went down", "numbers on site went down",
 * "attendance at the site went down". */
export const CHANNEL_BEFORE = ['to', 'by', 'from', 'via', 'on', 'at'];
/** A channel a message goes by: after one of MEANS_BEFORE ("via SMS", "over the telephone", "from his telephone",
 * "per Telefax", "par courriel") it says how something is sent or done, not that the channel hurts, so a taxonomy
 * entry whose one word it is ("texts", "phone", "email") is not read from it. Said otherwise ("the telephone never
 * stops", "answering texts all day") it is still that entry's word. */
export const CHANNEL_WORDS = [
  'text', 'texts', 'sms', 'phone', 'phones', 'telephone', 'email', 'emails', 'e-mail', 'mail', 'fax', 'whatsapp',
  'messenger', 'post', 'letter', 'courier', 'telefon', 'telefoon', 'telefono', 'teléfono', 'téléphone', 'telefone',
  'courriel', 'correo',
];
/** Prepositions of means before one of CHANNEL_WORDS, in six languages; "from" only with a possessive ("from his telephone"). */
export const MEANS_BEFORE = ['by', 'over', 'via', 'through', 'thru', 'per', 'par', 'por', 'pelo', 'com', 'met', 'tramite', 'from'];
/** Words that join the items of a list of channels, in the six languages: every channel of "by fax, mail or courier" is
 * said as the means, not only the first. */
export const CHANNEL_LIST_JOINERS = ['and', 'or', 'und', 'oder', 'et', 'ou', 'y', 'e', 'o', 'en', 'of'];
/** A burden or a complaint said up to CHANNEL_BURDEN_GAP words before a preposition of means makes the channel what
 * the complaint is about, not how something is sent: "snowed under by mail", "buried in orders via courier", "tied
 * up for hours on the telephone", "impossible to reach by telephone". */
export const CHANNEL_BURDENS = [
  'overwhelmed', 'swamped', 'flooded', 'inundated', 'bombarded', 'buried', 'drowning', 'drowned', 'snowed under',
  'slammed', 'hammered', 'overloaded', 'stuck', 'tied up', 'hard to reach', 'impossible to reach', 'difficult to reach',
  'cant reach', 'cannot reach', 'unreachable', 'cant get through', 'hard to get through',
];
export const CHANNEL_BURDEN_GAP = 3;
/** Words that may stand between MEANS_BEFORE and the channel: "via the SMS", "over the telephone", "from his telephone". */
export const MEANS_BETWEEN = ['the', 'a', 'an', 'group', 'my', 'our', 'their', 'his', 'her', 'your', 'le', 'la', 'el', 'o', 'de', 'het'];
/** Words between CHANNEL_BEFORE and the machine word: "calls to the phones", "traffic on our site". */
export const CHANNEL_BETWEEN = ['the', 'our'];
/** Said just after GOES_DOWN, these make it no stopping at all: "the new till went down well", "went down there", "went
 * down from 40 to 31"; so does a figure ("went down 20%"), unless it counts times ("went down 3 times") or a duration
 * (DURATION_WORDS) follows it ("went down 2 days before Christmas"). Not "the": "when the oven goes down the whole shift waits" is downtime; "I went down the
 * checklist" is none by its subject. */
export const NOT_DOWN_AFTER = ['well', 'there', 'to', 'from', 'by'];
/** After "<count> <staff> down" in its clause, the words of a time that keep it the staff missing ("two nurses down since
 * May", "an officer down tonight", "three drivers down on the weekend rota"); any other word makes it a way or a place
 * ("two techs down to the site", "a driver down the road"). */
// Not "in", "over" nor a clause's joiner ("a driver down in the west"; second review of the sixty-fifth round, finding
// 6); "at" stays, since "we are two people down at the stand" is short of hands.
/** Verbs of sending, bringing or driving that, said before "<count> <staff> down" in its clause, make the count people sent
 * somewhere, not staff missing ("we sent two techs down at the depot", "they drove three fitters down"); third review mend
 * of the sixty-fifth round's second review, finding 6. Not going (review of the sixty-sixth round, finding 1: "we are going
 * to be two techs down" is short of hands). */
export const STAFF_SENT_VERBS = ['sent', 'send', 'sends', 'sending', 'brought', 'bring', 'brings', 'bringing', 'drove', 'drive', 'drives', 'driving'];
/** Verbs of taking, people taken somewhere only straight before the count ("they took two techs down to the slip"): with
 * anyone between, the count is what a time or a season leaves the team short ("August takes the crew two techs down"); review of
 * the sixty-sixth round, finding 1. */
export const STAFF_TAKEN_VERBS = ['took', 'take', 'takes', 'taking'];
/** Sixty-ninth round: the staffing topic's round-the-clock phrases ("24/7", "around the clock") said straight after a verb
 * of running or opening say the hours a place or an operation keeps ("the café runs 24/7 in comet week", "we're open
 * around the clock"), not the staff that has to cover them ("nobody on 24/7 watch", "someone round the clock"). */
export const ROUND_THE_CLOCK = ['24 7', '24x7', 'round the clock', 'around the clock'];
export const RUNNING_VERBS = ['run', 'runs', 'running', 'ran', 'open', 'opens', 'operate', 'operates', 'operating', 'operated'];
/** Seventieth round: the forms of "run" said as a verb of operating ("she runs two plants", "the landlord runs the chillers",
 * "keeping the servers running", "the wards run 24/7") say what the prospect or another party does, not a problem: no
 * library word (a library may say "run" in a compound, "run-to-breakdown", or in its prose, "why we ran pilots").
 * A noun stays one (a count or a determiner before it: "40 runs", "the final run", "a proofing run"; a verb after it,
 * RUN_NOUN_AFTER), and so does a verb whose next word makes a state of it (RUN_STATE_AFTER: "runs late", "ran dry",
 * "ran warm", "runs over budget", "run on paper"). */
export const RUN_VERB_FORMS = ['run', 'runs', 'running', 'ran'];
export const RUN_NOUN_BEFORE = ['a', 'an', 'the', 'this', 'that', 'these', 'those', 'each', 'every', 'per', 'one', 'first', 'last', 'next', 'our', 'their', 'its', 'his', 'her', 'my', 'your', 'no', 'any', 'some', 'empty', 'long', 'short', 'dry', 'test', 'trial', 'press', 'print', 'production'];
/** Words after "runs" that make it a noun, the subject of what follows ("when runs would clear", "runs stood idle"). */
export const RUN_NOUN_AFTER = ['will', 'would', 'can', 'could', 'are', 'were', 'sat', 'sit', 'sits', 'stay', 'stayed', 'stand', 'stood', 'fill', 'filled', 'free'];
export const RUN_STATE_AFTER = ['out', 'late', 'behind', 'over', 'long', 'short', 'low', 'dry', 'hot', 'cold', 'warm', 'down', 'into', 'to', 'on', 'off', 'empty', 'slow', 'slowly', 'up', 'away', 'past', 'beyond', 'ragged', 'wild', 'rampant'];
export const STAFF_DOWN_NEXT = ['since', 'this', 'tonight', 'today', 'tomorrow', 'on', 'for', 'again', 'all', 'every', 'most', 'until', 'till', 'now', 'already', 'at', 'per', 'each'];
/** After a figure that follows GOES_DOWN, these make it a count of outages, not an amount: "went down 3 times". */
export const TIMES_WORDS = ['times', 'x'];
/** Words between what goes down and "goes down": "the till has been going down", "ride 4 keeps going down". */
export const BEFORE_DOWN = ['is', 'are', 'was', 'were', 'has', 'have', 'had', 'been', 'keeps', 'kept', 'keep', 'always', 'constantly', 'randomly', 'sometimes', 'often', 'just', 'again', 'also', 'still', 'even', 'then'];

/** Adverb particles of phrasal verbs that the stopword list leaves out ("writing down", "revenue down", "paid
 * off", "call back"): they carry the verb's sense, not a topic of the library's content ("down time"). */
export const PARTICLES = ['down', 'off', 'back', 'away'];
/** After these "down" says a state ("the machines are down", "the site went down"): it stands. */
export const STATE_VERBS = ['is', 'are', 'was', 'were', 'be', 'been', 'being', 'isnt', 'arent', 'went', 'goes', 'go', 'gone', 'going', 'keeps', 'stays'];

/** Units of time that an adverbial of how often or when is made of. Not "month" nor "quarter": "every month", "end of
 * the quarter" are most often the period a close or a bill is about (measured, docs/matching.md, forty-first round). */
export const OCCASION_UNITS = ['time', 'times', 'day', 'days', 'week', 'weeks', 'year', 'years', 'night', 'nights'];
/** Words right before such a unit that make it say when or how often ("last year", "every week", "per day"). Not
 * "same" but before "time": "same day" ("same-day pickups") is as often a service level the vendor sells (review mend). */
export const OCCASION_BEFORES = ['every', 'each', 'last', 'next', 'this', 'per', 'another', 'first', 'second', 'third', 'fourth', 'fifth'];
/** Words before "the" that make "the time" an adverbial ("half the time", "by the time", "at the time"; "half", "most"
 * and "some" with "of" between too: "most of the time"). Not "all":
 * "all the time" says that the complaint is constant, and is left to the sentence (measured, forty-first round). */
export const OCCASION_BEFORE_THES = ['half', 'most', 'some', 'by', 'at'];
/** Of those, the ones said with "of" before "the time" ("half of the time", "most of the time", "some of the time"). */
export const OF_THE_TIMES = ['half', 'most', 'some'];
/** Sixty-eighth round: the month as a when, not as the month's work. "Month" stays a word of a pain where the notes say
 * how often something is done ("each month the bookkeeper loses three evenings to the bank feed", "statements are
 * sent once a month": the month's turn is what hurts, measured), but a day of the month said by its number ("on the 2nd of the month", "the
 * 20th every month") says the day the calls or the payments come, and "all month" how long something ran ("a tap that
 * ran all month"): neither is a word of a pain about month-end work. The words before "month" that make it so. */
export const MONTH_LONG = ['all', 'whole'];
/** Words before "a" that make "a week" a frequency ("twice a week", "5x a week", "three times a day"). */
export const FREQUENCY_BEFORE_AS = ['once', 'twice', 'times', 'x'];

/** Words that open a sentence adding one more thing to what the notes said ("Also the old scanner jams daily",
 * "Außerdem ...", "De plus ...": one word, or two as written; "Ausserdem" as Swiss German writes "ß"), in the six languages: after a first pain, what follows is most often a second problem. */
/** Caseloads said as a count (sixty-third round): "each of them has more than 90 cases", "chacun suit plus de 80
 * dossiers", "cada uno lleva más de 70 expedientes", "ognuno segue oltre 60 pratiche", "jeder hat mehr als 80 Fälle",
 * "elk heeft meer dan 50 cliënten", "cada um acompanha mais de 70 processos": a word of each one (CASELOAD_EACH), then
 * a word of more than (CASELOAD_MORE), a number of at least CASELOAD_LEAST and a noun of the cases a person carries
 * (CASELOAD_NOUNS) read as "high caseload". In the seven languages, as typed without accents. */
export const CASELOAD_EACH = ['each', 'every', 'per', 'chacun', 'chacune', 'chaque', 'cada', 'ogni', 'ognuno', 'ognuna', 'ciascuno',
  'ciascuna', 'jeder', 'jede', 'jedes', 'pro', 'elk', 'elke', 'ieder', 'iedere'];
export const CASELOAD_MORE = ['more than', 'over', 'upwards of', 'plus de', 'mas de', 'mais de', 'piu di', 'oltre', 'mehr als', 'uber',
  'meer dan', 'ruim'];
export const CASELOAD_NOUNS = ['cases', 'files', 'caseloads', 'clients', 'families', 'dossiers', 'familles', 'beneficiaires', 'casos',
  'expedientes', 'familias', 'processos', 'casi', 'pratiche', 'fascicoli', 'famiglie', 'falle', 'akten', 'familien', 'klienten',
  'zaken', 'gezinnen', 'clienten'];
/** The least count read as a caseload: a handful of cases each says nothing of pressure. */
export const CASELOAD_LEAST = 20;
/** How many words before "more than" the word of each one may stand. */
export const CASELOAD_EACH_REACH = 6;

export const ADDING_OPENERS = ['also', 'plus', 'additionally', 'besides', 'außerdem', 'ausserdem', 'inoltre', 'además', 'daarnaast', 'de plus', 'en outre', 'além disso'];

/** The kind of task a time is spent on, in general words: what the hours go to names the kind of problem whatever the
 * trade calls the task. `does` are the task's verbs (with an object or particle where the verb alone is vague) in
 * English, French, German, Dutch, Spanish, Portuguese and Italian, as written; `names` are the words a taxonomy's label
 * or aliases use for that kind of problem (one word, or two: "data entry"; English only: a label "Temps d'attente" names
 * no kind). Waiting at a place or in a line is a queue or a dwell; typing or filling
 * in is paperwork or double entry. Searching (search for, look for, hunt for: visibility) was dropped after a review: it
 * read no right pain on the sets, and narrowed to definite objects it read one wrong. Read only where the
 * sentence says the task costs time or is done over and over (TASK_RATE_WORDS, or a duration), never for a request.
 * Calling or chasing (communication, collections, reminders) and fixing or redoing (rework, errors) were measured and
 * left out: their entries are many and their objects (claims, paperwork, a new product's file) say other problems
 * (docs/matching.md, forty-second round). */
export const TASK_KINDS: Record<string, { does: string[]; names: string[] }> = {
  waiting: {
    does: [
      'wait', 'waits', 'waiting', 'waited', 'sit at', 'sits at', 'sitting at', 'sat at', 'queue', 'queues', 'queuing',
      'queueing', 'stand in line', 'standing in line', 'wait in line', 'waiting in line', 'idle', 'idling', 'stuck at',
      'attendre', 'attendent', 'attente', 'warten', 'wartet', 'wartezeit', 'wachten', 'wacht', 'wachttijd',
      'esperar', 'esperando', 'espera', 'esperam', 'esperan', 'aspettare', 'aspettano', 'attesa',
    ],
    // Not "lines": a production line ("bottling lines") is no queue.
    names: ['queue', 'queues', 'queuing', 'wait', 'waits', 'waiting', 'dwell', 'detention', 'congestion', 'idle', 'idling'],
  },
  typing: {
    does: [
      // Not "type" alone: "what type of lorry" is a noun.
      'type in', 'type up', 'type it', 'type them', 'type each', 'type every', 'type all', 'typing', 'typed', 'retype', 'retyping', 'rekey', 'rekeying', 're key', 're keying', 'reenter',
      'reentering', 're enter', 're entering', 'key in', 'keying in', 'keying', 'fill in', 'filling in', 'fill out',
      'filling out', 'write up', 'writing up', 'copy over', 'copying', 'saisir', 'ressaisir', 'saisie', 'remplir',
      'abtippen', 'eintippen', 'eingeben', 'ausfullen', 'ausfuellen', 'overtypen', 'intypen', 'invullen', 'teclear',
      'rellenar', 'digitar', 'preencher', 'digitare', 'compilare',
    ],
    // "entry" and "double" only in two words: a shop's entry or a double booking are other problems.
    names: ['paperwork', 'data entry', 'double entry', 'manual entry', 'rekeying', 'retyping', 'typing', 'documentation', 'forms', 'admin', 'manual', 'duplicate'],
  },
};
/** Words that say a task is done over and over or costs a stretch of time: a rate ("a day", "per week"), an occasion
 * ("every", "each", "nights"), a repetition ("again", "twice"), a share of the day ("half the morning"). */
export const TASK_RATE_WORDS = [
  'every', 'each', 'per', 'daily', 'weekly', 'nightly', 'again', 'twice', 'constantly', 'always', 'half', 'whole',
  'entire', 'hours', 'hrs', 'hour', 'days', 'weeks', 'months', 'ages', 'forever', 'nights', 'evenings', 'weekends',
  'mornings', 'overtime', 'chaque', 'tous', 'toutes', 'heures', 'jours', 'semaines', 'jeden', 'jede', 'jedes', 'stunden',
  'tage', 'wochen', 'elke', 'iedere', 'uren', 'dagen', 'weken', 'cada', 'todos', 'todas', 'horas', 'dias', 'semanas',
  'ogni', 'giorni', 'settimane', 'moitie', 'halbe', 'halve', 'mitad', 'metade',
];
/** Anywhere in a waiting sentence, what says it is money waited for ("still waiting on the money", "we wait 60 days to
 * get paid on every load"): paid late, not a queue. */
export const WAITED_MONEY = ['money', 'paid', 'payment', 'payments', 'pay', 'cheque', 'check', 'checks', 'cheques'];
/** The waiting verbs said alone (not "sit at", "queue", "in line"): a queue or a dwell only with a place or a line within
 * six words before or after (WAIT_PLACE): "trucks wait three hours at every dock", not "still waiting for head office to decide". */
export const WAIT_VERBS = [
  'wait', 'waits', 'waiting', 'waited', 'attendre', 'attendent', 'warten', 'wartet', 'wachten', 'wacht', 'esperar',
  'esperando', 'espera', 'esperan', 'esperam', 'aspettare', 'aspettano',
];
/** After a waiting verb, a place or a line waited at, in the six languages. */
export const WAIT_PLACE = [
  'at', 'outside', 'inside', 'in', 'by', 'around', 'line', 'lines', 'queue', 'queues', 'devant', 'dans', 'file', 'vor', 'bei',
  'am', 'im', 'schlange', 'op', 'bij', 'voor', 'rij', 'en', 'em', 'no', 'na', 'nos', 'nas', 'fila', 'cola', 'davanti', 'fuori', 'al', 'alla',
];
/** After a waiting verb and "for" or "on" (or a determiner), what is waited for that is no queue: a reply, a decision, a
 * delivery, parts ("waiting for a reply from their ops director"). */
export const WAITED_FOR = [
  'reply', 'replies', 'answer', 'answers', 'response', 'decision', 'decisions', 'decide', 'approval', 'approvals',
  'delivery', 'deliveries', 'parts', 'part', 'feedback', 'confirmation', 'callback', 'news', 'quote', 'quotes', 'sign', 'signoff',
];
/** After "wait on", a person served ("we wait on every customer"): serving, not waiting. */
export const WAITED_ON = ['customer', 'customers', 'client', 'clients', 'guest', 'guests', 'patient', 'patients', 'diner', 'diners', 'table', 'tables', 'shopper', 'shoppers', 'visitor', 'visitors'];
/** After "stuck at", the places that make it a wait ("stuck at the gate"), not a level ("stuck at the same level"). */
export const STUCK_AT_PLACES = [
  'gate', 'gates', 'dock', 'docks', 'door', 'doors', 'port', 'ports', 'border', 'customs', 'depot', 'yard', 'warehouse',
  'terminal', 'site', 'counter', 'till', 'tills', 'checkout', 'reception', 'desk', 'airport', 'station', 'bay', 'bays',
  'ramp', 'entrance', 'lights', 'junction', 'window', 'pumps', 'front', 'back', 'lift', 'lifts', 'crossing', 'hospital',
];
/** Before "numbers", the things whose numbers are identifiers, not figures ("the batch numbers on the cartons",
 * "ticket numbers", "seat numbers"): the visibility topic's "numbers" (a view of how the business does) is not said of them. */
export const IDENTIFIED_THINGS = [
  'lot', 'serial', 'batch', 'part', 'case', 'phone', 'telephone', 'account', 'tracking', 'order', 'invoice', 'tag', 'chip',
  'registration', 'plate', 'vin', 'po', 'reference', 'ticket', 'model', 'item', 'room', 'seat', 'flight', 'seal', 'tariff',
  'accession', 'sku', 'claim', 'policy', 'permit', 'license', 'licence', 'badge', 'container', 'pallet', 'article', 'catalog',
  'catalogue', 'tax', 'id', 'pin',
];
/** After a counted topic word, a rate that makes the count the business's volume ("about 3000 admissions a year", "40
 * orders per day", "~2k bookings/yr"): the period after "a", "per", "each" or "every" (VOLUME_PERIODS), or a rate word
 * of its own (VOLUME_RATES). */
/** Sixty-eighth round: a contract's end said with its date ("the current billing contract ends in May", "the
 * dispatch contract is up Q3 2027", "our contract renews next spring") is when the prospect may buy, not what hurts:
 * the contract's nouns, the verbs of its end (one word, or "is up", "runs out"), and the words between the verb and the
 * date. Not a lease's end: an office's or a site's lease ending is the event a workplace or property library plans for
 * (measured: a workplace set's lease planning entry lost, under its floor). */
export const CONTRACT_NOUNS = ['contract', 'contracts'];
export const CONTRACT_END_VERBS = ['ends', 'end', 'ending', 'expires', 'expire', 'expiring', 'renews', 'renew', 'renewing', 'lapses', 'up', 'out'];
/** Words before "up" or "out" that make them a contract's end ("is up", "runs out"). */
export const CONTRACT_END_BEFORE = ['is', 'runs', 'comes'];
/** Words that may stand between the end's verb and its date ("ends in October", "is up at the end of March"). */
export const CONTRACT_DATE_LEADS = ['in', 'on', 'at', 'the', 'end', 'of', 'by', 'early', 'late', 'mid'];
export const VOLUME_PERIODS = ['day', 'week', 'month', 'year', 'yr', 'night', 'shift', 'quarter', 'hour', 'weekend', 'season'];
export const VOLUME_RATES = ['yr', 'pa', 'daily', 'weekly', 'monthly', 'yearly', 'annually', 'nightly'];
/** Beside "ramp", the words that make it a place, not a ramping up (the onboarding topic's "ramp"): the apron's or a dock's
 * staff and work after it ("ramp handlers", "the ramp team", "ramp operations"), a kind of ramp before it ("a loading ramp",
 * "the boat ramp"). */
export const RAMP_PLACE_AFTER = ['agent', 'agents', 'crew', 'crews', 'staff', 'workers', 'handlers', 'team', 'teams', 'lead', 'leads', 'supervisor', 'supervisors', 'area', 'operations', 'ops', 'safety', 'services'];
export const RAMP_PLACE_BEFORE = ['loading', 'boat', 'launch', 'wheelchair', 'access', 'exit', 'entrance', 'dock', 'truck'];
/** Before "type each/every/all", what makes "type" a verb (a subject pronoun, "to", a modal or adverb): not "a new
 * pallet type every month". */
export const TYPE_VERB_BEFORE = [
  'i', 'we', 'they', 'you', 'he', 'she', 'to', 'must', 'still', 'then', 'and', 'also', 'manually', 'can', 'will', 'should',
  'would', 'could', 'often', 'always', 'usually', 'gotta', 'gonna', 'hafta', 'just', 'now', 'later',
];
/** "remplir" is paperwork only with a form or a file after it ("remplir le formulaire"), not "remplir les rayons". */
/** pains-counted-papers, review mend: plural "papers" is documents or articles, not work done on paper, only counted or
 * named as documents of a kind: a number or a count word just before it ("120 papers", "some papers", "dozens of
 * papers"), a kind of document ("board papers", "research papers", "accepted papers"), or a rate after it ("papers a
 * year"), or sent out (PAPERS_SENT: "papers go out"). Bare "papers" is the paperwork: "stacks of papers", "filing papers", "papers to sign by hand". */
export const PAPERS_COUNTERS = ['some', 'several', 'many', 'few', 'which', 'dozens', 'hundreds', 'thousands', 'scores', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twenty', 'fifty', 'hundred'];
export const PAPERS_COUNTED_OF = ['dozens', 'hundreds', 'thousands', 'scores', 'number'];
export const PAPERS_KINDS = ['board', 'committee', 'committees', 'research', 'accepted', 'submitted', 'rejected', 'published', 'academic', 'scientific', 'conference', 'journal', 'exam', 'examination', 'white', 'working', 'policy', 'discussion', 'position', 'briefing', 'cabinet', 'council', 'meeting', 'agenda', 'late', 'updated', 'templated', 'retracted'];
export const PAPERS_RATES = ['year', 'month', 'week', 'issue', 'annually'];
/** Papers sent out are documents of a meeting, not forms ("papers go out as one PDF", "papers are circulated late"). */
export const PAPERS_SENT = ['go', 'goes', 'went', 'sent', 'circulated', 'distributed', 'issued'];
export const REMPLIR_PAPERS = ['formulaire', 'formulaires', 'dossier', 'dossiers', 'fiche', 'fiches'];
