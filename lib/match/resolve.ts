// A prospect as a CRM shows it, read into the library's own taxonomy: job title to personas, industry
// to industries, notes to pain points, deal stage to funnel stage, each with the evidence for it.
import type { Prospect, ResolvedContext, Stage, TaxonomyKind } from '../model';
import {
  FILLER,
  conceptIndex,
  expandClipped,
  expandDotted,
  functionsOf,
  headSectorsOf,
  industryNames,
  GENERIC_INDUSTRY,
  industryWords,
  LETTER_PREFIX,
  isSectorName,
  memoised,
  rankPhrasesOf,
  rankLevels,
  rankWords,
  sectorsOf,
  seniorityOf,
  titleWords,
  AND_WORDS,
  joinedWords,
  JOIN_MARK,
  type CompiledPersona,
  type CompiledTaxonomy,
  type PainVocabulary,
  SPELLING_MIN_LENGTH,
  PhraseIndex,
  shorthandKey,
} from './compile';
import { FOOD_AND_DRINK_GOODS, FOOD_VALUE_WORDS, RELATED_SECTORS, SECTORS, SECTOR_PICKLIST_NAMES, SECTOR_WIDE_NAMES } from './knowledge/industries';
import { DENYING_WORDS, INDUSTRY_WORDS, DUTCH_QUOTE_BRIDGES, GAINING_WORDS, GLAD_WORDS, GROWTH_WORDS, LINKING, RIVAL_WORDS, QUOTE_BRIDGES_BESIDE_A_VERB, QUOTE_VERBS, TRADE_KIND_WORDS, BUS_WORDS_OF_OTHER_SENSES, GOODS_NAME_WORDS, GOODS_WORDS, TRADE_NAME_WORDS, DRINK_AND_PLACE_WORDS, PENSION_BODY_NAME } from './knowledge/lexicon';
import { SEGMENTS } from './knowledge/segments';
import { FUNCTION_PARENTS, FUNCTIONS, PARTS_READ_AS_WHOLE, GENERIC_TITLE_WORDS, HOBBY_BUSINESS_WORDS, HOBBY_WORDS, JOB_SEEKING, JOINED_FUNCTION_ABBREVIATIONS, JOB_SEEKING_TITLE, NOT_A_PROSPECT, HEAD_ELSEWHERE, ITALIAN_LEGAL_FORM, DUTCH_LEGAL_FORM, ITALIAN_NAME_WORDS, PUBLIC_BODY_NAME, PUBLIC_SERVICE_NAME, BUSINESS_AFTER_PUBLIC_BODY, ITALIAN_SPA, BARE_SPA, SECTOR_ABBREVIATIONS, FRONT_LINE_SUPERVISOR, FRONT_LINE_FUNCTIONS, SELLER_TITLES, TITLE_ABBREVIATIONS, LICENCE_TITLES, COUNSELLING_TRADE_WORDS, NOT_COUNSELLING_WORDS, CLINICIAN_HEADS, PART_TIME_WORDS, SITE_HEAD_RANKS, STUDENT_WORDS, HEAD_FIRST_STUDENT_WORDS, DEGREE_WORDS, DEGREE_INITIALS, TEACHER_WORDS, MASTER_OR_TEACHER, TOP_EXECUTIVE_TITLES, TRAINEE_WORDS, REPRESENTATIVE_WORDS, STRATEGY_AND_OPERATIONS, NOT_CREW_WORDS, MANAGED_WORKER_WORDS, WORKER_SHIFT_WORDS, COMPANY_DIRECTOR_ALONE, NOT_A_BOARD_SECTORS, OWNERS_COMMUNITY, MEMBER_BODY_WORDS, MEMBER_BODY_BUSINESSES, BOARD_OFFICES, HEAD_SCOPE_WORDS, STAFF_OFFICES_ELSEWHERE, OWNERS_BODY_WORDS } from './knowledge/titles';

const TRAINEE = new Set(TRAINEE_WORDS);
const LINKED_WITH_WORD = new Set(LINKED_WITH);
const NOT_CREW = new Set(NOT_CREW_WORDS.flatMap((w) => titleWords(w)));
const PART_TIME = new Set(PART_TIME_WORDS);
const STUDENT = new Set(STUDENT_WORDS);
const HEAD_FIRST_STUDENT = new Set(HEAD_FIRST_STUDENT_WORDS);
/** A degree's candidacy, with the field or school after it ("MSc Candidate in Soil Science", "Candidate for the
 * Master's degree"): the degree before "candidate" (up to three words of its field between) and "candidate" ending
 * the title's part, or the degree after "candidate for" or "in". */
const CANDIDACY = new RegExp(
  `\\b(?:${[...DEGREE_WORDS, ...DEGREE_INITIALS].join('|')})\\.?(?:[\\s-]+\\p{L}+){0,3}?[\\s-]+candidate\\b(?:\\s+(?:in|for|at|of)\\b[^,|;()]*)?(?=\\s*(?:$|[,|;()/\u2013\u2014-]))` +
    `|\\bcandidate\\s+(?:for|in)\\s+(?:the\\s+|an?\\s+)?(?:${DEGREE_WORDS.join('|')})\\b[^,|;()]*`,
  'giu',
);
/** The title with a degree's candidacy taken out, or undefined if it says none. */
function withoutCandidacy(title: string): string | undefined {
  const plain = title.replace(/(\p{L})\.(?=\p{L})/gu, '$1').replace(/[\u2019`]/g, "'");
  const rest = plain.replace(CANDIDACY, ' ');
  return rest === plain ? undefined : rest.replace(/^[\s,|;:/\u2013\u2014-]+|[\s,|;:/\u2013\u2014-]+$/gu, '');
}
const TEACHER = new Set(TEACHER_WORDS);
/** "In charge" said of a person ("Nurse in Charge"), a lead's rank when the title says no other. */
const IN_CHARGE = /\bin[\s-]+charge\b/i;
const HOBBY = new Set(HOBBY_WORDS);
const HOBBY_BUSINESS = new Set(HOBBY_BUSINESS_WORDS);
// A verdict opens a clause (the notes' start, a line's, or after . ! ? ;) and ends it (. ! ? ; , : ) a spaced dash,
// or the line's end); a mistake is read anywhere.
const NOT_PROSPECT = new RegExp(
  `(?:^|[.!?;])\\s*(?:(?:prob(?:ably)?|def(?:initely)?|clearly|likely|so)\\s+)?(?:${NOT_A_PROSPECT.verdicts.join('|')})(?=\\s*(?:[.!?;,:)–—]|$)|\\s+-)|\\b(?:${NOT_A_PROSPECT.mistakes.join('|')})\\b`,
  'imu',
);
/** The record asks for a partnership rather than for the product, in so many words: a verb of wanting or asking with
 * "to partner", "to resell", "partnering", "reselling" or "a partnership" as the thing asked for ("wants to partner",
 * "asked about a partnership", "interested in partnering"), a referral, reseller or partner programme or a revenue
 * share asked about, or "become a partner" in each of the six languages' own order ("devenir partenaire", "diventare
 * partner", "convertirse en socio", "tornar-se parceira", "Partner werden", "partner worden"). Never the bare noun: a
 * partnership is also a firm's legal form and governing body, "em parceria com" / "en partenariat avec" is "together
 * with", "partner dance" a trade's word, a referral fee or revenue share the customer's own business; and never after
 * a denial ("not interested in partnering", "doesn't want to partner", "nicht Partner werden"). */
const ASKING = '(?:wants?|wanting|wanted|would\\s+like|asked|asks|asking|inquir(?:ed|es|ing)|enquir(?:ed|es|ing)|looking|hoping|keen|interested|propos(?:e|es|ed|ing)|offer(?:s|ed|ing)?|request(?:s|ed|ing)?|seek(?:s|ing)?|exploring)';
const PARTNERSHIP_ASKED = new RegExp(
  `(?<!(?:\\bnot|\\bno|\\bnever|\\bnor|n[’']t|\\bnicht|\\bkein\\p{L}*|\\bpas|\\bnon|\\bnão|\\bniet|\\bgeen)\\s+(?:[\\p{L}’'-]+\\s+){0,2})(?:${[
    `\\b${ASKING}\\s+(?:to\\s+(?:partner|resell)\\b|(?:(?:about|in|into|for|on)\\s+)?(?:partnering|reselling)\\b|(?:(?:about|in|into|for|on)\\s+)?(?:an?\\s+)?partnerships?\\b(?!\\s+(?:returns?|tax(?:es)?|law|income|agreements?))|(?:(?:about|in|into|for|on)\\s+)?(?:an?\\s+|the\\s+|your\\s+|our\\s+)?(?:(?:referral|reseller|partner|affiliate)\\s+(?:program(?:me)?|deal|agreement)s?|rev(?:enue)?[-\\s]share)\\b)`,
    '\\bdevenir\\s+(?:un\\s+|notre\\s+|votre\\s+)?(?:partenaire|revendeur)',
    '\\bdiventare\\s+(?:un\\s+|nostro\\s+|vostro\\s+)?(?:partner|rivenditore)',
    '\\bconvertirse\\s+en\\s+(?:un\\s+|nuestro\\s+)?(?:socio|partner|distribuidor)',
    '(?:\\btornar-se|\\bse\\s+tornar)\\s+(?:um\\s+|uma\\s+)?(?:parceir[oa]|revendedor)',
    '\\b(?:Vertriebs)?partner\\s+(?:zu\\s+)?werden\\b',
    '\\bpartner\\s+(?:te\\s+)?worden\\b',
  ].join('|')})`,
  'iu',
);
/** The rep's own verdict that the record is a partner rather than a customer, the way a rep files one away: routed to
 * the team that handles partners ("passed it to partnerships", "forwarded to biz dev", "routing to alliances"), or a
 * clause that names the contact a partnership or a referral source ("Partnership call.", "a partnership; not a
 * customer", "likely referral partner", "could refer us; no budget"); never after a denial ("don't route to
 * partnerships", "not a likely referral source"). Never "referral" or "partner" alone at a clause's start
 * ("Referral clinic", "Referral partner intro": a business's kind, or who sent a buyer), nor "not a buyer" alone, which
 * is said of a person as often as of the business ("the intern, not a buyer"). */
const NOT_BEFORE = `(?<!(?:\\bnot|\\bno|\\bnever|\\bnor|n[’']t)\\s+(?:[\\p{L}’'-]+\\s+){0,2})`;
/** Where a routed-to team or a verdict ends its clause (a comma does not: "forwarded to business development, they own
 * the budget" is the prospect's own team). */
const CLAUSE_END = '(?=\\s*(?:[.!?;:)–—\\n]|$|\\s-\\s))';
const PARTNER_TEAMS = '(?:partnerships|partner\\s+team|alliances|BD|biz\\s*dev|business\\s+development)';
const REFERRAL_HEDGE = '(?:possible|potential|maybe|likely|prob(?:ably)?|could\\s+be\\s+an?)';
/** A hedge before a partnership verdict, optional: "a possible", "more of a", "could be a". */
const PARTNERSHIP_HEDGE = '(?:(?:a\\s+)?(?:possible|potential|maybe|likely|prob(?:ably)?|more\\s+(?:of\\s+)?an?|could\\s+be\\s+an?)\\s+)?';
const BUYS_NOT = '\\b(?:not\\s+an?\\s+(?:buyer|customer|prospect)|no\\s+(?:budget|need))\\b';
const PARTNERSHIP_VERDICT = new RegExp(
  [
    // Routed to the vendor's partner team: "our" team, a bare "partnership(s)", or "the partnerships team"; never "the
    // partnership" (a partner-owned firm's governing body), "the BD team" or "the BD director" (the prospect's own).
    `${NOT_BEFORE}\\b(?:routed|routing|route|sent|send(?:ing)?|pass(?:ed|ing)?|fwd|fw|forward(?:ed|ing)?|handed(?:\\s+off)?|hand(?:ing)?\\s+off|escalated?)\\s+(?:(?:it|him|her|them)\\s+)?(?:over\\s+)?to\\s+(?:our\\s+${PARTNER_TEAMS}(?:\\s+team)?|the\\s+partner(?:ships?)?\\s+team|partnerships?|${PARTNER_TEAMS})${CLAUSE_END}`,
    // A clause naming the contact a partnership; "lead" only where a sentence starts ("Dana, partnerships lead" is a
    // title), and not one the rep takes back ("Partnership? No, a buyer", "Partnership call turned into a demo").
    `(?:(?:^|[.!?;\\n(])\\s*${PARTNERSHIP_HEDGE}partnerships?\\s+lead\\b|(?:^|[.!?;,\\n(])\\s*${PARTNERSHIP_HEDGE}(?:partnerships?\\s+(?:only|convo|conversation|call|idea|inquiry|enquiry|opportunity|opp|play)\\b|partnerships?\\s*(?:\\?(?!\\s*no\\b)|[,;]\\s*not\\s+an?\\s+(?:buyer|customer|prospect|lead)\\b)|partner\\s*[,;]\\s*not\\s+an?\\s+(?:customer|buyer|prospect)\\b))(?!\\s+(?:turned|became|becomes|now)\\b)`,
    `${NOT_BEFORE}\\b${REFERRAL_HEDGE}\\s+referral\\s+partner\\b`,
    // A buyer may also send others our way ("could refer us to her sister clinics", "likely referral source as well"):
    // a referral source is the verdict where it is the whole clause ("Likely referral partner.") or the sentence
    // also says the contact will not buy ("not a buyer; possible referral source", "could refer us, no budget").
    `(?:^|[.!?;\\n(])\\s*${REFERRAL_HEDGE}\\s+referral\\s+source(?=\\s*(?:[.!?;,:)–—\\n]|$))`,
    `${NOT_BEFORE}(?<=${BUYS_NOT}[^.!?\\n]*)\\b(?:${REFERRAL_HEDGE}\\s+referral\\s+source|could\\s+refer\\s+us)\\b`,
    `${NOT_BEFORE}\\b(?:${REFERRAL_HEDGE}\\s+referral\\s+source|could\\s+refer\\s+us)\\b(?=[^.!?\\n]*${BUYS_NOT})`,
  ].join('|'),
  'iu',
);
const seeking = (phrases: string[]) => new RegExp(`(?:^|[^\\p{L}])(?:${phrases.join('|')})(?=\\s*(?:[.!?,;:)|#]|$))`, 'iu');
const SEEKING = seeking(JOB_SEEKING);
const SEEKING_IN_TITLE = seeking([...JOB_SEEKING, ...JOB_SEEKING_TITLE]);
/** How much of the notes' start is read for a job seeker's words or the rep's no-prospect verdict. */
const NOTES_FOR_VERDICTS = 2000;
const REPRESENTATIVE = new Set(REPRESENTATIVE_WORDS);
const SELLERS = SELLER_TITLES.map((t) => titleWords(t));
import { SELLER_LABELS, OF_WORDS, FOR_WORDS, ASKED_FOR_ITEMS, COORDINATING_AND, ASKED_FOR_OPENERS, ASKED_ITEM_TOPIC, BUT_WORDS, FIRST_TOUCH_OPENERS, NEED, REFERRING_BACK_WORDS, REQUEST_PHRASES, GONE_SINCE_NONE, GONE_SINCE_NEGATIONS, REQUEST_REASONS, SYSTEM_NOUN_WORDS, ASKED_ITEM_MODIFIERS, MEETING_TOPIC, REQUEST_LINKS, WANTING_OPENERS } from './knowledge/cues';
import { CASELOAD_EACH, CLOSED_PLACES, CASELOAD_EACH_REACH, CASELOAD_LEAST, CASELOAD_MORE, CASELOAD_NOUNS, ARRIVAL_QUESTION_ENDS, ARRIVAL_WORDS, ASKING_BEFORE_ARRIVAL, NOT_TOLD_THEM, BEFORE_DAY_TIME, BEFORE_DOWN, CHANNEL_BEFORE, CHANNEL_BETWEEN, CHANNEL_BURDENS, CHANNEL_BURDEN_GAP, CHANNEL_LIST_JOINERS, CHANNEL_WORDS, CONCEPTS, MEANS_BEFORE, MEANS_BETWEEN, DAY_TIMES, GOES_DOWN, AT_MOST_BEFORE_DURATION, DURATION_COUNTS, LATENESS_WORDS, DURATION_WORDS, LOST_PAPERS, NOT_SLOW_BEFORE_DURATION, ONE_BEFORE_HOUR, WHEN_BEFORE_DURATION, LOST_TO_A_CAUSE, LOST_TO_ARTICLES, NOT_A_MACHINE, PLACE_AFTER, NOT_COMING_AFTER, NOT_DOWN_AFTER, STAFF_DOWN_NEXT, STAFF_SENT_VERBS, STAFF_TAKEN_VERBS, ROUND_THE_CLOCK, RUNNING_VERBS, RUN_VERB_FORMS, RUN_NOUN_BEFORE, RUN_NOUN_AFTER, RUN_STATE_AFTER, UNFINISHED_SAYINGS, ABANDONED_THINGS, ABANDONED_CARTS, ABANDONING_BUYERS, NOT_TURNING_UP, LINKED_WITH, PARTICLES, STATE_VERBS, TAKE_WORDS, TIMES_WORDS, TIME_ORDINALS, SHIFT_PATTERN_BEFORE, SHIFT_PATTERN_AFTER, SHIFT_PATTERN_OF, SHIFT_PATTERN_TIMES, SHIFT_PROBLEM_WORDS, SHIFT_PROBLEM_PHRASES, SHIFT_DOING_DENIED, SHIFT_TIME_PARTS, WHAT_GOES_DOWN, WHO_COMES, LOST_TO_STOPS, OCCASION_UNITS, OCCASION_BEFORES, OCCASION_BEFORE_THES, OF_THE_TIMES, MONTH_LONG, CONTRACT_NOUNS, CONTRACT_END_VERBS, CONTRACT_END_BEFORE, CONTRACT_DATE_LEADS, FREQUENCY_BEFORE_AS, ADDING_OPENERS, TASK_KINDS, TASK_RATE_WORDS, WAITED_MONEY, WAIT_VERBS, WAIT_PLACE, WAITED_FOR, WAITED_ON, STUCK_AT_PLACES, RAMP_PLACE_AFTER, RAMP_PLACE_BEFORE, VOLUME_PERIODS, VOLUME_RATES, IDENTIFIED_THINGS, TYPE_VERB_BEFORE, REMPLIR_PAPERS, WHEREABOUTS, MANY_WORDS, STAFF_WORDS, STAFF_NOT_SEEING, WORKFORCE_WORDS, CONTACT_ATTEMPT, UNIT_ASKS, COST_OR_BILL_WORDS, PAPERS_COUNTERS, PAPERS_COUNTED_OF, PAPERS_KINDS, PAPERS_RATES, PAPERS_SENT } from './knowledge/pains';
import { funnelStage } from './knowledge/stages';
import { cognateKeys, cognates, currentLexiconEdition, MEMO_LIMIT, englishWords, feminine, foreignNoteWord, naceWords, type NoteWordWays, nativeFirstPart, noteStem, occupationUses, occupationWords, readIdioms, readSplitVerbs, readCopiedByHand, sharedExact, splitElision, tableEnglishStems, tradePeople, tradeWords, farmingWords, farmingTradeWords } from './lexicon';
import { complains, noteTerms, sellerTerms, rolesNamed, senderRole, withoutMailHeaders, otherWordOrders, readFixedExpressions, readNotes, relationalNouns, type LabelNames, type NotesAuthor } from './notes';
import { countsPeople, isSizeClassValue, isSizeValue, measureOf, sizeOfEntry, sizeRanges, sizeSaid, type SizeMeasure, type SizeRange } from './sizes';
import { isStopword, izeSpelling, lightWord, normalise, stem, tokenize, topicStem, words, type Token } from './text';
import { ownValue } from '../own';
import { editDistance, oneDeletionKeys } from '../search/index';
import { LEGAL_FORMS, companyKey } from './own-company';
import { deu, fra, ita, nld, por, spa } from 'stopword';
import { numberWords, plainNumberWord } from './knowledge/numbers';
import { ABOUT_BEFORE_A_NUMBER, ENGLISH_FUNCTION_WORDS, FOREIGN_QUANTITY_WORDS, NOUN_AFTER, PORTUGUESE_OWN_WORDS, isClosedWord } from './knowledge/function-words';
import { isEverydayWord } from './everyday';
const PAPERS_COUNTER = new Set(PAPERS_COUNTERS);
const PAPERS_COUNTED_OF_WORDS = new Set(PAPERS_COUNTED_OF);
const PAPERS_KIND = new Set(PAPERS_KINDS);
const PAPERS_RATE = new Set(PAPERS_RATES);
const PAPERS_SENDING = new Set(PAPERS_SENT);

export interface Evidence {
  /** Where it was read; 'rep' when the rep added it by hand. */
  field: 'title' | 'industry' | 'company' | 'notes' | 'stage' | 'rep';
  /** The prospect's own words that led to it. */
  quote: string;
  /** Matched one of the entry's own label or aliases, or came through built-in knowledge. */
  via: 'taxonomy' | 'knowledge';
  confidence: number;
}

export interface Resolved {
  id: string;
  label: string;
  evidence: Evidence;
}

export interface Resolution {
  personas: Resolved[];
  industries: Resolved[];
  painPoints: Resolved[];
  stage?: { stage: Stage; from: string };
  /** Stems of the prospect's own words that may name a problem (the notes' clauses that are not settled
   * or requirements, without a transcript's seller turns): ranking reads them in each asset's text. */
  terms?: string[];
  /** Stems of the seller's words in a transcript (the rep's questions and summaries), not where the prospect denied the
   * topic: the ranking reads them at `REP_SHARE` of the prospect's own; never read as pains. */
  repTerms?: string[];
}

export const contextOf = (r: Resolution): ResolvedContext => ({
  personas: r.personas.map((x) => x.id),
  industries: r.industries.map((x) => x.id),
  painPoints: r.painPoints.map((x) => x.id),
  ...(r.stage ? { stage: r.stage.stage } : {}),
});

export const isEmptyResolution = (r: Resolution): boolean =>
  r.personas.length === 0 && r.industries.length === 0 && r.painPoints.length === 0 && !r.stage;

type Scored = { index: number; score: number; evidence: Evidence };

function keepBest(scored: Map<number, Scored>, margin: number, min: number): Scored[] {
  const list = [...scored.values()].filter((s) => s.score >= min).sort((a, b) => b.score - a.score);
  const best = list[0]?.score ?? 0;
  return list.filter((s) => s.score >= best - margin);
}

/** The confidence of a pain read by inference that the notes give twice (`resolvePains`, pains-said-twice; and
 * `titleSaysToo`): between the inferred readings (0.5, 0.7) and the taxonomy's own words (0.9, 1). Of the 144 evaluation
 * sets' pains read by inference, those said twice, in two clauses or both by general knowledge and by the library's
 * words, are right 0.83 of the time (0.88 read alone, 0.78 among several: as the taxonomy's own words, 0.89 and 0.77),
 * against 0.56 of the others; those the title gives too, 0.79 (docs/matching.md, forty-ninth round, "An inferred pain
 * said twice" and "An inferred pain said twice, kept"). */
export const SAID_TWICE = 0.8;

function bump(map: Map<number, Scored>, s: Scored) {
  const old = map.get(s.index);
  if (!old || s.score > old.score) map.set(s.index, s);
}

/** Durations (fifty-seventh round): the entries whose label's slowness is lateness only ("Late vans & rounds"): a
 * label word of LATENESS_WORDS, and none of the other words of slowness (CONCEPTS.slow: "Slow and late deliveries" is
 * about slowness too). */
const LATENESS = new Set(LATENESS_WORDS);
const latenessOnlyPains = new WeakMap<CompiledTaxonomy, boolean[]>();
function latenessOnly(c: CompiledTaxonomy, index: number): boolean {
  return cachedFor(latenessOnlyPains, c, () => {
    const slowWords = new Set(CONCEPTS.slow!.phrases.filter((p) => !p.includes(' ') && !LATENESS.has(p)));
    return c.pains.map((p) => {
      const words = normalise(p.entry.label).split(/[^a-z0-9]+/);
      return words.some((w) => LATENESS.has(w)) && !words.some((w) => slowWords.has(w));
    });
  })[index]!;
}

/** A value found once per compiled taxonomy and kept in `cache` (a `WeakMap`, or a `PerTaxonomy` below, which forgets
 * its value when the lexicon's edition changes). */
function cachedFor<T>(cache: { get(c: CompiledTaxonomy): T | undefined; set(c: CompiledTaxonomy, value: T): unknown }, c: CompiledTaxonomy, compute: () => T): T {
  let value = cache.get(c);
  if (value === undefined) {
    value = compute();
    cache.set(c, value);
  }
  return value;
}

/** Sectors most of the library's industries belong to: the vendor's market ("nonprofit" for a donor CRM). */
const marketSectors = new WeakMap<CompiledTaxonomy, Set<string>>();
function marketOf(c: CompiledTaxonomy): Set<string> {
  return cachedFor(marketSectors, c, () => {
    const counts = new Map<string, number>();
    for (const i of c.industries) for (const [sector, w] of i.sectors) if (w >= 0.15) counts.set(sector, (counts.get(sector) ?? 0) + 1);
    return new Set([...counts].filter(([, n]) => n * 2 >= c.industries.length && n >= 2).map(([sector]) => sector));
  });
}

/** An abbreviation that means different roles in different sectors, spelled out for this prospect: the
 * meaning whose trade's words (`cues`) the title beside it or the prospect's industry or company say, else the
 * meaning the taxonomy's personas use, else the one of the prospect's sector or the library's market, else the
 * usual one. `trade` is the prospect's industry and company, read only for an abbreviation with cues. */
function spellOut(title: string, sectors: readonly string[], c: CompiledTaxonomy, trade: readonly string[] = []): string {
  return title.replace(/\b[A-Za-z]{2,4}\b/g, (word, at: number) => {
    const meanings = ownValue(SECTOR_ABBREVIATIONS, word.toLowerCase());
    if (!meanings || (word !== word.toUpperCase() && (word.length < 3 || meanings.every((m) => m.capitals)))) return word;
    // A meaning the record's language or legal form decides ("AD" of an Italian company) comes first; else "CNIO"
    // where a persona is named by those initials alone ("CNIO" among its aliases): the taxonomy's own name for the
    // role, which its spelled-out meaning would no longer say.
    const gated = gatedMeaning(meanings, word, at, title, trade);
    if (gated) return gated.meaning + (gated.cuesInTitle && slashedCue(title.slice(at + word.length), gated.cues!) ? SAME_DEPARTMENT : '');
    if (namedByInitials(word.toLowerCase(), c)) return word;
    const named = meanings.map((m) => {
      const words = titleWords(m.meaning);
      if (c.personaForms.all(words).some((f) => f.start === 0 && f.end === words.length)) return 1;
      // A one-word meaning that is a word of a persona name ("technical" of "Technical Manager").
      return words.length === 1 && c.personas.some((p) => p.forms.some((f) => f.words.includes(words[0]!))) ? 0.75 : 0;
    });
    let best = meanings[0]!;
    let bestScore = -1;
    for (const [i, m] of meanings.entries()) {
      // A meaning the taxonomy names beats one of another sector that reads none of its personas: a bank's "PM" is
      // the project manager the vendor sells to, though banks also have portfolio managers (a charity's "CDO", its
      // chief development officer, is still read where a fundraising persona takes it).
      if (m.sectors && !named[i] && named.some(Boolean) && !readsPersona(m.meaning, c)) continue;
      if (m.cuedOnly) continue;
      let score = named[i]!;
      // A sector's own meaning needs that sector when the prospect's is known.
      if (m.sectors && sectors.length) score += m.sectors.some((x) => sectors.includes(x)) ? 2 : -2;
      if (m.sectors?.some((x) => marketOf(c).has(x))) score += 0.5;
      if (score > bestScore) {
        best = m;
        bestScore = score;
      }
    }
    return best.meaning;
  }).replace(SAME_DEPARTMENT_SLASH, ' ');
}

/** A mark after a spelled-out meaning whose cue follows it after a slash ("AD/Technik", the field service): the
 * two name one department, so the slash is read as a space, not as a second role beside the first. */
const SAME_DEPARTMENT = '\u0000';
const SAME_DEPARTMENT_SLASH = /\u0000\s*\/\s*/g;
function slashedCue(after: string, cues: readonly string[]): boolean {
  const next = /^\s*\/\s*(\p{L}+)/u.exec(after)?.[1];
  return next !== undefined && cues.includes(normalise(next));
}

/** Whether one of the taxonomy's persona names is these initials alone, as written. */
function namedByInitials(initials: string, c: CompiledTaxonomy): boolean {
  return c.personas.some((p) => p.forms.some((f) => f.words.length === 1 && f.words[0] === initials));
}

/** The meaning of an abbreviation that the record's language or trade decides, if any (SECTOR_ABBREVIATIONS): Italian
 * "AD" only of a company whose name ends in an Italian legal form as written (ITALIAN_LEGAL_FORM), Dutch "AD" and
 * "KAM" of one in a Dutch legal form ("FG" only as the whole title there), a meaning whose trade's words (`cues`) are said beside it; none whose `unless`
 * words are. */
function gatedMeaning(meanings: (typeof SECTOR_ABBREVIATIONS)[string], word: string, at: number, title: string, trade: readonly string[]) {
  const around = [title.slice(0, at), title.slice(at + word.length)];
  // Each reading is joined once, on its first question. The words as the title knowledge reads them and as written (a
  // Romance function or title word beside "SIG", which the title knowledge translates or drops: "Jefa de ... SIG").
  const saying = (read: () => string[]) => {
    let joined: string | undefined;
    return (w: string) => (joined ??= ` ${read().join(' ')} `).includes(` ${w} `);
  };
  const bothReadings = (texts: string[]) => [...texts.flatMap((t) => titleWords(t)), ...texts.flatMap((t) => words(t))];
  const said = saying(() => bothReadings([...around, ...trade]));
  // The title's own words only, for a meaning whose `unless` words are read in the title alone (`unlessInTitle`).
  const saidInTitle = saying(() => bothReadings(around));
  // The title's own words as written, for a meaning whose `cues` are read there alone (`cuesInTitle`): a word the title
  // knowledge would translate ("Kundendienst", "post-vendita") is its own language's cue, not the translation's.
  const writtenInTitle = saying(() => around.flatMap((t) => words(t)));
  const open = (m: (typeof meanings)[number]) =>
    (!m.capitals || word === word.toUpperCase()) && !m.unless?.some(m.unlessInTitle ? saidInTitle : said) && !m.unlessBeside?.some(said) && !m.unlessTitle?.test(normalise(title));
  // An Italian company's meaning with cues only beside them ("Responsabile AFC", its head, before "AFC" alone).
  const italian = meanings.find((m) => m.italianCompany && (!m.cues || m.cues.some(said)) && open(m));
  if (italian && trade.some(isItalianCompany)) return italian;
  // A meaning of a Dutch company's title only as the whole title ("FG"), where `dutchCompany` says 'alone'.
  const alone = !/[\p{L}\p{N}]/u.test(title.slice(0, at) + title.slice(at + word.length));
  const dutch = meanings.find((m) => m.dutchCompany && (m.dutchCompany !== 'alone' || alone) && open(m));
  if (dutch && trade.some((t) => DUTCH_LEGAL_FORM.test(t.trim()))) return dutch;
  // An Italian company's meaning is never read elsewhere, by its cues or otherwise.
  if (meanings.some((m) => m.cues && !m.italianCompany))
    return meanings.find((m) => !m.italianCompany && m.cues?.some(m.cuesInTitle ? writtenInTitle : said) && open(m));
  return undefined;
}

/** Whether a company's name ends in an Italian legal form as it is written: "Srl", "S.p.A.", "SpA", "Snc"; a bare
 * "Spa" or "SPA" (also the English word for a resort) only with an Italian word in the name. */
function isItalianCompany(name: string): boolean {
  const trimmed = name.trim();
  if (ITALIAN_LEGAL_FORM.test(trimmed) || ITALIAN_SPA.test(trimmed)) return true;
  return BARE_SPA.test(trimmed) && titleWords(trimmed).some((w) => ITALIAN_NAME.has(w));
}
const ITALIAN_NAME = new Set(ITALIAN_NAME_WORDS);

/** Whether a spelled-out meaning reads one of the taxonomy's personas, kept per taxonomy. */
const meaningReads = new WeakMap<CompiledTaxonomy, Map<string, boolean>>();
function readsPersona(meaning: string, c: CompiledTaxonomy): boolean {
  let known = meaningReads.get(c);
  if (!known) meaningReads.set(c, (known = new Map()));
  let reads = known.get(meaning);
  if (reads === undefined) known.set(meaning, (reads = resolveRoles(meaning, meaning, c).length > 0));
  return reads;
}

/** An acronym of one of the taxonomy's own persona names, written in capitals ("CBO" for its "Chief
 * Building Official"), spelled out. */
function spellAcronyms(title: string, c: CompiledTaxonomy, sectors: readonly string[] = []): string {
  if (c.personaAcronyms.size === 0) return title;
  return title.replace(/\b[A-Z]{3,5}\b/g, (word) => {
    const name = c.personaAcronyms.get(word.toLowerCase());
    // A clinician's licence ("LPC", "FNP") in a clinic or a counselling trade is the licence, not a persona that only
    // shares its initials ("Lead Pharmacy Coordinator"); a persona named for a clinician keeps them.
    if (name && LICENCE_TITLES.has(word.toLowerCase()) && clinicalSector(sectors) && !CLINICIAN_HEADS.has(words(name).at(-1) ?? '')) return word;
    return name ?? word;
  });
}

/** Whether the prospect's sectors are those where clinicians' licences are held (healthcare, or the counselling
 * trades: withCounselling). */
function clinicalSector(sectors: readonly string[]): boolean {
  return sectors.includes('healthcare') || sectors.includes('counselling');
}

/** The prospect's sectors with the counselling trades' ('counselling', of SECTOR_ABBREVIATIONS' licences) where the
 * title holds a licence's initials and the prospect's industry, company name or notes say such a trade
 * (COUNSELLING_TRADE_WORDS: "Brookfern Counseling", "Substance abuse treatment", "K-12 education"), or, where the
 * prospect's own sector is unknown, the library's industries' names or its market (healthcare) do; none where the
 * title or the trade says the initials' other sense ("LPC Graduate" at a law firm). */
function withCounselling(sectors: string[], prospect: Prospect, c: CompiledTaxonomy): string[] {
  const title = prospect.title ?? '';
  if (sectors.includes('healthcare') || !/\b[A-Z]{3,5}\b/.test(title) || !words(title).some((w) => LICENCE_TITLES.has(w))) return sectors;
  const said = (texts: readonly string[]) => {
    const text = ` ${texts.flatMap((t) => words(t)).join(' ')} `;
    return (list: readonly string[]) => list.some((w) => text.includes(` ${normalise(w)} `));
  };
  const trade = said([title, prospect.industry ?? '', prospect.company ?? '']);
  if (trade(NOT_COUNSELLING_WORDS)) return sectors;
  const market = () =>
    !sectors.length && (marketOf(c).has('healthcare') || said(c.industries.flatMap((i) => [i.entry.label, ...(i.entry.aliases ?? [])]))(COUNSELLING_TRADE_WORDS));
  return trade(COUNSELLING_TRADE_WORDS) || said([prospect.notes ?? ''])(COUNSELLING_TRADE_WORDS) || market() ? [...sectors, 'counselling'] : sectors;
}

/** A joined department's initials ("QHSE", "KAM") spelled out as its two functions joined by "&"
 * (JOINED_FUNCTION_ABBREVIATIONS): a whole word in capitals as written ("Mr Kam" is a name), and one with other
 * meanings (SECTOR_ABBREVIATIONS: "KAM", a key account manager outside a Dutch record) only where the record reads
 * it as the department; the title unchanged when it has none. */
function spellJoined(title: string, trade: readonly string[]): string {
  return title.replace(/(?<![\p{L}\p{N}])\p{Lu}{3,5}(?![\p{L}\p{N}])/gu, (word, at: number) => {
    const joined = ownValue(JOINED_FUNCTION_ABBREVIATIONS, word.toLowerCase());
    if (!joined) return word;
    const meanings = ownValue(SECTOR_ABBREVIATIONS, word.toLowerCase());
    return !meanings || gatedMeaning(meanings, word, at, title, trade) ? joined : word;
  });
}

/** Clipped words the taxonomy's persona names or the title knowledge can spell out ("Bldg", "Maint"), and words
 * cut short with a full stop ("Transp.", "Inh."). */
function spellClipped(title: string, c: CompiledTaxonomy): string {
  return title.replace(/(\p{L}+)(\.(?!\p{L}))?/gu, (all, word: string, dot?: string) => (dot ? expandDotted(word, c.dottedVocabulary) : undefined) ?? expandClipped(word, c.titleVocabulary) ?? all);
}

/** A foreman, chargehand or leadhand said as the supervisor (FRONT_LINE_SUPERVISOR) where no persona is named by
 * one of those words; read only where the title as written names no persona ("Yard Foreman" stays the yard's). */
function spellFrontLine(title: string, c: CompiledTaxonomy): string {
  FRONT_LINE_SUPERVISOR.lastIndex = 0;
  if (!FRONT_LINE_SUPERVISOR.test(title) || namesFrontLine(c)) return title;
  return title.replace(FRONT_LINE_SUPERVISOR, (word) => (/(?:men|women|persons|hands)$/i.test(word) ? 'Supervisors' : 'Supervisor'));
}
/** A persona of no function, or of a function the front line works in (FRONT_LINE_FUNCTIONS). */
function onFrontLine(p: CompiledPersona | undefined): boolean {
  return p !== undefined && (p.functions.size === 0 || [...p.functions.keys()].some((f) => FRONT_LINE_FUNCTIONS.has(f)));
}
const FRONT_LINE_NAMED = new WeakMap<CompiledTaxonomy, boolean>();
const namesFrontLine = (c: CompiledTaxonomy): boolean => cachedFor(FRONT_LINE_NAMED, c, () => personasNamedBy(c, FRONT_LINE_SUPERVISOR));

/** Whether a persona's label or alias says `pattern` (its source, read once, case aside). */
function personasNamedBy(c: CompiledTaxonomy, pattern: RegExp): boolean {
  const test = new RegExp(pattern.source, 'iu');
  return c.personas.some((p) => [p.entry.label, ...(p.entry.aliases ?? [])].some((name) => test.test(name)));
}

/** A supporting role and whom it supports: "Exec Asst to CEO", "Chief of Staff to the President". */
const TO_WHOM = /\b((?:assistant|asst|advisor|adviser|aide|secretary|staff|pa|ea|counsel|consultant|liaison))\.?\s+to\s+.*$/i;

/** The owner who also runs the business, in the six languages: an owner's word joined to the language's word for
 * one who operates a business ("operator"; German "Betreiber", French and Dutch "exploitant", Dutch "uitbater",
 * Italian "gestore", Spanish and Portuguese "operador"), by a slash, a hyphen, a space, "&" or the language's "and";
 * the owner's word is kept. */
const OWNER_WORD = String.raw`owners?|inhaber(?:in)?|propri[ée]taire|eigena(?:ar|res)|titolare|propietari[oa]|due[ñn][oa]|propriet[áa]ri[oa]|dono|dona`;
const OPERATOR_WORD = String.raw`operators?|betreiber(?:in)?|exploitante?|uitba(?:ter|atster)|gestore|operador(?:a)?`;
const OWNER_OPERATOR = new RegExp(String.raw`(?<!\p{L})(${OWNER_WORD})(?:\s*[/&+–-]\s*|\s+(?:and|und|et|e|y|en)\s+|\s+)(?:${OPERATOR_WORD})(?![\p{L}-])`, 'giu');

const INITIALS_ER = /(?<![\p{L}\p{N}])(\p{Lu}{2,5})['’-](ers?)(?![\p{L}\p{N}])/gu;

/** Whether a persona of the taxonomy is named for the owner-operator itself ("Owner-operator", "Owner operators"). */
function namesOwnerOperator(c: CompiledTaxonomy): boolean {
  return cachedFor(OWNER_OPERATOR_NAMED, c, () => personasNamedBy(c, OWNER_OPERATOR));
}
const OWNER_OPERATOR_NAMED = new WeakMap<CompiledTaxonomy, boolean>();

/** "Forewoman", "Rinsing Supervisor": a title of one role whose only rank is a front-line one, with nothing a persona's
 * name or a function reads, is the front line's persona where one persona alone has a name at that rank saying before
 * the rank no function or one the front line works in (FRONT_LINE_FUNCTIONS), and only where the company is of a
 * trade the vendor's segments work in (every sector its industry value and name say is one of the taxonomy's market,
 * marketOf; `ofTheMarket`): there the front line is the one the
 * library writes for; a front-line post of another kind of company (a call centre's supervisor to a vendor of
 * workshops, a course's superintendent to a vendor of contractors) is that company's own and stays unread. */
function loneFrontLine(title: string | undefined, c: CompiledTaxonomy, ofTheMarket: () => boolean): Resolved[] {
  if (title === undefined) return [];
  const said = titleWords(title);
  if (/[,/&|;+()]|\s[–—-]\s|\b(?:and|und|et|y|e|en)\b/i.test(title) || seniorityOf(said) !== 2 || functionsOf(said).length > 0) return [];
  if (!ofTheMarket()) return [];
  const rankFirst = (ws: readonly string[]) => ws.findIndex((w) => seniorityOf([w]) === 2);
  const leads = (ws: readonly string[]) => seniorityOf(ws) === 2 && functionsOf(ws).every((m) => FRONT_LINE_FUNCTIONS.has(m.fn) || m.start > rankFirst(ws));
  const front = c.personas.filter((p) => p.forms.some((f) => leads(f.words)));
  if (front.length !== 1) return [];
  return [{ id: front[0]!.entry.id, label: front[0]!.entry.label, evidence: { field: 'title', quote: title.trim(), via: 'taxonomy', confidence: 0.65 } }];
}

/** The word for a mark in French, Spanish, Portuguese, Italian, German and Dutch ("marque", "marca", "marchio", "Marke",
 * "merk", and their plurals), which the title lexicon reads as the brand: a whole word as written. */
const FOREIGN_MARK = /(?<![\p{L}\p{N}])(?:marques?|marcas?|marchio|marchi|marken?|merken?)(?![\p{L}\p{N}])/giu;
/** A title with the other languages' word for a mark as the English "trademark" where it is one: beside a patent's word
 * or a function of the law ("Juriste brevets et marques", "Hoofd Merken en Octrooien": an IP department's), or where the
 * brand reads no persona of the taxonomy and the trademark may ("Responsable de Marques" to a vendor whose library names
 * trademark managers, no brand manager). The title unchanged otherwise: "Chef de marque" stays a brand manager where one
 * is named (sixty-ninth round). */
function markAsTrademark(title: string, c: CompiledTaxonomy, sectors: readonly string[], trade: readonly string[]): string {
  FOREIGN_MARK.lastIndex = 0;
  if (!FOREIGN_MARK.test(title)) return title;
  const marked = title.replace(FOREIGN_MARK, 'trademark');
  const read = titleWords(title);
  // A head over patents and marks together ("Hoofd Merken en Octrooien", "Responsable Brevets et Marques") heads the
  // two halves of intellectual property: the IP department's head, read as the title's rank over "IP".
  if (read.includes('patent') && seniorityOf(read) >= MANAGER_RANK && functionsOf(titleWords(marked)).every((f) => f.fn === 'legal')) return `${rankWords(read).join(' ')} IP`;
  if (read.includes('patent') || functionsOf(read).some((f) => f.fn === 'legal')) return marked;
  return resolvePersonasOf(title, c, sectors, trade).length === 0 ? marked : title;
}

/** The personas of `rewritten`, a title read in other words than `title`'s own, with the quote the title as written. */
function reread(title: string, rewritten: string, c: CompiledTaxonomy, sectors: readonly string[], trade: readonly string[]): Resolved[] {
  const quote = rewritten.trim();
  return resolvePersonas(rewritten, c, sectors, trade).map((r) => (r.evidence.quote === quote ? { ...r, evidence: { ...r.evidence, quote: title.trim() } } : r));
}

/** Job title to personas; `sectors` are the prospect's (from its industry or company), for abbreviations
 * whose meaning depends on them. */
export function resolvePersonas(title: string | undefined, c: CompiledTaxonomy, sectors: readonly string[] = [], trade: readonly string[] = []): Resolved[] {
  // "Owner/Operator", "Owner-operator", "Inhaber/Betreiber", "propriétaire-exploitant": the owner who runs the business
  // himself, one role (the owner's), not the owner and an operator; unless a persona of the taxonomy is named for the
  // compound itself (a haulier's "Owner-operator", the driver who owns his truck). The quote stays the title as written.
  const owned = title === undefined || namesOwnerOperator(c) ? title : title.replace(OWNER_OPERATOR, '$1');
  if (owned !== title) return reread(title!, owned!, c, sectors, trade);
  // Dutch "-er" of initials, one who holds them ("MBB'er", "ICT'ers", "MBB-er"): the initials and the ending as one word,
  // as the title tables spell them ("mbber", "mbbers"); the quote stays the title as written.
  const joined = title?.replace(INITIALS_ER, '$1$2');
  if (joined !== title) return reread(title!, joined!, c, sectors, trade);
  // "Verkaufsleiter Ost", "Directeur des ventes Ouest": the head of sales of a compass point's region is that region's
  // sales manager where the taxonomy names one (regionalSalesHead). The quote stays the title as written.
  const regional = title === undefined ? title : regionalSalesHead(title, c, sectors, trade);
  if (regional !== title) return reread(title!, regional!, c, sectors, trade);
  // "Kitting Supervisor / Fire Safety Rep": beside another role that is no representative's, a representative of a
  // function (a workforce's safety rep) holds that function's duty at the company: its officer, read with the other
  // role. The quote stays the title as written.
  const officer = title === undefined ? title : repBesideRole(title);
  if (officer !== title) return reread(title!, officer!, c, sectors, trade);
  // "Juriste brevets et marques", "Responsable de Marques": the word for a mark of the other languages, a brand in
  // marketing, is the trademark beside a patent's or the law's word, or where the brand reads no persona (markAsTrademark).
  const marked = title === undefined ? title : markAsTrademark(title, c, sectors, trade);
  if (marked !== title) return reread(title!, marked!, c, sectors, trade);
  let found = resolvePersonasOf(title, c, sectors, trade);
  // "Care Home Manager" where no persona names a home's head but one names care ("Care planner", "Care Chief"): the title
  // read without its home, as its own words say (CARE_HOME reads the home's head first).
  if (found.length === 0 && title !== undefined && HOME_SAID.test(title)) found = resolvePersonasOf(title.replace(HOME_SAID_ALL, '$1'), c, sectors, trade);
  // "Part time sales assoc.", "Lift Operator (seasonal)": one who says he works part time, for a season or as a
  // temp, and no rank above an individual's, is staff of the team he names, not its manager or head.
  if (found.length === 0) return found;
  const said = titleWords(title!);
  // "Fleet Procurement Manager", "Inkoper ICT": a buyer of what the title names (buyerOfCategory).
  found = buyerOfCategory(title!, said, found, c);
  if (found.length === 0) return found;
  // "Proprietor / Guide" where a persona is named "Owner-outfitter": two roles the taxonomy names together as one persona's.
  found = namedTogether(title!, found, c, sectors, trade);
  const partTime = said.some((w, i) => PART_TIME.has(w) || (w === 'part' && said[i + 1] === 'time'));
  if (!partTime || seniorityOf(said) > 1) return found;
  // Staff whose own role the persona names ("Payroll clerk (part-time)" and a persona that lists "Payroll clerk"
  // beside "Finance chief") are that persona's, however senior its other names. A name counts only if it names a
  // role: it has the title's role noun (its last word once the part-time words are gone: "Storekeeper" for
  // "Storekeeper (seasonal)") or a junior rank; a bare function ("Payroll" beside "Payroll Director") names a team,
  // and a part-time clerk of that team is not its lead.
  const kept = said.filter((w, i) => !PART_TIME.has(w) && !(w === 'part' && said[i + 1] === 'time') && !(w === 'time' && said[i - 1] === 'part'));
  const roleNoun = kept.at(-1);
  const ownRole = (p: CompiledPersona) =>
    p.forms.some((f) => {
      if (f.words.length === 0 || !f.words.every((w) => said.includes(w))) return false;
      const rank = seniorityOf(f.words);
      return rank < 3 && (rank > 0 || (roleNoun !== undefined && f.words.includes(roleNoun)));
    });
  return found.filter((r) => {
    const persona = c.personas.find((p) => p.entry.id === r.id);
    return (persona?.seniority ?? 0) < 3 || (persona !== undefined && ownRole(persona));
  });
}

/** Pairs [a, b] of the taxonomy's personas where one of a's own names joins two role words with a hyphen or a slash
 * ("Owner-outfitter", "Dealer/owner"), the one read alone as a, the other as b: the library files the person who is
 * both as a. Read once per taxonomy. */
const namedPairs = new WeakMap<CompiledTaxonomy, [string, string][]>();
function personasNamedTogether(c: CompiledTaxonomy): [string, string][] {
  return cachedFor(namedPairs, c, () => {
    const out: [string, string][] = [];
    for (const p of c.personas)
      for (const name of [p.entry.label, ...p.entry.aliases]) {
        const sides = name.trim().split(/\s*[-/]\s*/);
        if (sides.length !== 2 || !sides.every((side) => /^\p{L}+$/u.test(side))) continue;
        const read = sides.map((side) => resolvePersonaPart(side, side, c).map((r) => r.id));
        for (const [i, j] of [[0, 1], [1, 0]] as const)
          if (read[i]!.length === 1 && read[i]![0] === p.entry.id && read[j]!.length === 1 && read[j]![0] !== p.entry.id) out.push([p.entry.id, read[j]![0]!]);
      }
    return out;
  });
}

/** "Proprietor / Guide", "Guide & Proprietor" where a persona is named "Owner-outfitter" and "Guide" reads the outfitters' persona: a
 * title of two roles, each read alone as one persona, which one of the taxonomy's own names joins as the first's
 * (personasNamedTogether) is that persona's alone, as the title saying that name is. Each part must read its persona
 * alone: "Lead Outfitter / Shop Manager", whose parts read one persona, keeps what it read. */
function namedTogether(title: string, found: Resolved[], c: CompiledTaxonomy, sectors: readonly string[], trade: readonly string[]): Resolved[] {
  if (found.length !== 2 || !ROLE_JOIN.test(title)) return found;
  const pairs = personasNamedTogether(c);
  if (pairs.length === 0) return found;
  const roles = title.split(ROLE_JOIN).map((r) => r.trim()).filter(Boolean);
  if (roles.length !== 2) return found;
  const read = roles.map((r) => resolvePersonasOf(r, c, sectors, trade).map((x) => x.id));
  if (!read.every((ids) => ids.length === 1)) return found;
  const pair = pairs.find(([a, b]) => read.some((ids) => ids[0] === a) && read.some((ids) => ids[0] === b));
  return pair ? found.filter((r) => r.id === pair[0]) : found;
}

/** A buyer's or a procurement title that names what it buys, with no join between its words ("Fleet Procurement Manager",
 * "Inkoper ICT", "Einkäufer Elektronik"): a buyer, of procurement, not one of the function bought; of its
 * personas only those of procurement are kept (none where the taxonomy names no buyer). Not a title of two roles joined
 * ("Responsable Achats et Informatique", "Purchasing/Stores Coordinator": ROLE_JOIN), which heads both (sixty-ninth
 * round). */
function buyerOfCategory(title: string, said: readonly string[], found: Resolved[], c: CompiledTaxonomy): Resolved[] {
  if (ROLE_JOIN.test(title) || title.includes('|')) return found;
  const fns = new Set(functionsOf(said).map((f) => f.fn));
  if (!fns.has('procurement') || fns.size < 2) return found;
  return found.filter((r) => (c.personas.find((p) => p.entry.id === r.id)?.functions.get('procurement') ?? 0) >= MIN_SHARE);
}

/** A compass point said last in a title, in the six languages: the region the title's holder is over. */
const COMPASS_REGION =
  /^(.*?\p{L}.*?)(?:\s*[,–—-]\s*|\s+)(?:(?:north|south)[\s-]?(?:east|west)|(?:nord|süd|sud)(?:ost|west|est|ovest)|(?:noord|zuid)(?:oost|west)|nordeste|noroeste|sudeste|sudoeste|sureste|suroeste|north|south|east|west|nord|sud|süd|ost|noord|zuid|oost|norte|sur|sul|ouest|est|ovest|este|leste|oeste)$/iu;
/** The words a title of sales at a rank says of the whole function, not of a part of it or another persona's: sales,
 * field sales, retail sales, commercial ("Verkoopleider", "Leiter Außendienst", "Head of Retail Sales"; not "Head of
 * Sales Operations" nor "Key Account Manager"), as title words. */
const WHOLE_SALES_WORDS = new Set(['sale', 'field', 'retail', 'commercial']);
/** "Directeur des ventes Ouest": a title of sales at a manager's or a head's rank (not a chief's, not a territory's
 * already) said over a compass point's region, in a taxonomy with a sales persona named for a territory's manager
 * ("Regional Sales Manager", "Area Manager" among names of sales), read as that regional sales manager; the title as
 * written otherwise. A region of a country is a territory, under the head of sales of the whole. */
function regionalSalesHead(title: string, c: CompiledTaxonomy, sectors: readonly string[], trade: readonly string[]): string {
  // (Initials spelled as the title reads them first: "AD" beside a German rank is the field sales.)
  const m = COMPASS_REGION.exec(spellOut(spellClipped(title.trim(), c), sectors, c, trade));
  if (!m || ROLE_JOIN.test(m[1]!) || m[1]!.includes('|')) return title;
  const said = titleWords(m[1]!);
  const rank = seniorityOf(said);
  if (rank < MANAGER_RANK || rank > HEAD_RANK || said.some((w) => TERRITORY_SCOPES.has(w)) || !functionsOf(said).some((f) => f.fn === 'sales')) return title;
  // A title that says more than a rank and the whole of sales ("Head of Sales Operations West", "Key Account Manager
  // North") is its own words' role in that region, not the region's sales manager: read as written.
  const ranks = new Set(rankWords(said));
  if (!said.every((w) => ranks.has(w) || WHOLE_SALES_WORDS.has(w))) return title;
  const territory = c.personas.some((p) => (p.functions.get('sales') ?? 0) >= MIN_SHARE && p.forms.some((f) => TERRITORY_SCOPES.has(f.words[0]!) && seniorityOf(f.words) === MANAGER_RANK));
  return territory ? 'Regional Sales Manager' : title;
}

/** A title of roles joined (ROLE_JOIN) with its parts that are a function's representative ("Fire Safety Rep") said as
 * that function's officer, where another part is no representative; the title as written otherwise. */
function repBesideRole(title: string): string {
  const pieces = title.split(ROLE_JOIN_KEPT);
  if (pieces.length < 3) return title;
  // (A seller's rep is a seller, no officer: "Sales Rep / Driver".)
  const isRep = (part: string) => {
    const said = titleWords(part);
    const fns = functionsOf(said.slice(0, -1));
    return said.length > 1 && REPRESENTATIVE.has(said.at(-1)!) && fns.length > 0 && fns.every((f) => f.fn !== 'sales');
  };
  const parts = pieces.filter((_, i) => i % 2 === 0);
  if (!parts.some(isRep) || parts.every((p) => isRep(p) || !p.trim())) return title;
  // "Health and Safety Rep", "Sales & Marketing Rep": a function whose own name says the join (joinedFunction), or a
  // part that is only a function's words, with no rank and no role noun, is said across the join with the rep's
  // (resolveRoles: one function named across the join), no role of its own beside him.
  const functionOnly = (part: string) => {
    const said = titleWords(part);
    return said.length > 0 && seniorityOf(said) === 0 && functionsOf(said).reduce((n, f) => n + f.end - f.start, 0) === said.length;
  };
  const whole = titleWords(title);
  if (parts.some((p) => p.trim() && !isRep(p) && functionOnly(p)) || functionsOf(whole).some((f) => joinedFunction(whole.slice(f.start, f.end)))) return title;
  return pieces.map((piece, i) => (i % 2 === 0 && isRep(piece) ? piece.replace(/\b(?:rep|reps|representatives?)\.?\s*$/i, 'Officer') : piece)).join('');
}

/** A home for the old or the sick named with its kind, as written ("Rest-home", "retirement homes"). */
const HOME_SAID = /\b(nursing|care|retirement|residential|rest)[\s-]+homes?\b/i;
const HOME_SAID_ALL = new RegExp(HOME_SAID.source, 'gi');

const COMPANY_DIRECTOR = new Set(COMPANY_DIRECTOR_ALONE);

function resolvePersonasOf(title: string | undefined, c: CompiledTaxonomy, sectors: readonly string[], trade: readonly string[]): Resolved[] {
  if (!title?.trim()) return [];
  // "Executive Assistant to the CEO", "Advisor to the President": the role is the one before "to", not whom
  // it serves.
  title = title.replace(TO_WHOM, '$1');
  // "Head of Channel Strategy and Operations": the function's operations (STRATEGY_AND_OPERATIONS).
  title = title.replace(STRATEGY_AND_OPERATIONS, '$1');
  // "Administradora" alone: a Romance company's director (COMPANY_DIRECTOR_ALONE), its managing director (a word
  // `spelledTitle` leaves as written, though one letter from an English "administrator" of the taxonomy's).
  const alone = words(title);
  // Not at a hospital, a public body, a school or a community of owners, whose administrator it is (NOT_A_BOARD_SECTORS).
  if (alone.length === 1 && COMPANY_DIRECTOR.has(alone[0]!) && !sectors.some((s) => NOT_A_BOARD_SECTORS.includes(s)) && !trade.some((t) => OWNERS_COMMUNITY.test(t)))
    return resolveRoles('managing director', title.trim(), c);
  // Interns, trainees and apprentices buy nothing, whatever their team ("Marketing Intern", "Praktikantin Einkauf"),
  // nor one who keeps the trade for pleasure ("Hobby beekeeper"; not "Hobby Shop Owner").
  const said = titleWords(title);
  if (said.some((w, i) => TRAINEE.has(w) || (HOBBY.has(w) && !HOBBY_BUSINESS.has(said[i + 1] ?? '')))) return [];
  // "Underwriting Assistant", "Marketing Assistant": one who assists in a function does not buy for it, unless
  // the taxonomy has a persona for assistants ("Executive Assistant").
  if (said.at(-1) === 'assistant' && !c.personas.some((p) => p.forms.some((f) => f.words.includes('assistant')))) {
    // "Office Manager & Payroll Assistant": a role at a rank said before the assistant's, joined to it, is still read;
    // only the assistant's role buys nothing. (Not "Sales & Marketing Assistant", one function's assistant.)
    const roles = title.split(ROLE_JOIN);
    const before = roles.slice(0, -1).join(' / ');
    return roles.length > 1 && roles.slice(0, -1).every((r) => seniorityOf(titleWords(r)) > 1) ? reread(title, before, c, sectors, trade) : [];
  }
  // "Sales Rep", "Sr. Sales Representative": a frontline seller (REPRESENTATIVE_WORDS), unless the taxonomy has
  // a persona for representatives.
  if (REPRESENTATIVE.has(said.at(-1) ?? '') && !c.personas.some((p) => p.forms.some((f) => f.words.some((w) => REPRESENTATIVE.has(w))))) {
    // "Tenant Liaison Rep" where a persona is named "Tenant liaison": a rep of a team the taxonomy names whole, no
    // seller's, is one of that team (its front line); the quote stays the title as written.
    const team = said.slice(0, -1);
    const named = !functionsOf(team).some((f) => f.fn === 'sales') && isPersonaName(team, c);
    return named ? reread(title, title.replace(/\s*\b(?:rep|reps|representatives?)\.?\s*$/i, ''), c, sectors, trade) : [];
  }
  // A representative with no function word ("Rep", "Senior Representative") is, as CRMs write it, the sales rep: read
  // so, as a taxonomy's "Territory Rep" names it. Only after rank words: not "Works Council Rep" nor "Proprietor's
  // Rep" (the word before says whom he represents; a role is no rank).
  if (REPRESENTATIVE.has(said.at(-1) ?? '') && said.slice(0, -1).every((w) => rankWords([w]).length === 1 && functionsOf([w]).length === 0 && !REPRESENTATIVE.has(w)))
    title = [...said.slice(0, -1), 'sales', said.at(-1)!].join(' ');
  // "Account Executive": a seller too (SELLER_TITLES), unless one of the taxonomy's personas is named so.
  const seller = SELLERS.find((t) => t.every((w, i) => said[said.length - t.length + i] === w));
  if (seller && !c.personas.some((p) => p.forms.some((f) => seller.every((w) => f.words.includes(w))))) return [];
  // Students, doctoral students and postdocs (STUDENT_WORDS).
  if (said.at(-1) === 'student' || (said.some((w) => STUDENT.has(w)) && seniorityOf(said) <= 1)) return [];
  // "Étudiante M2 ...", "Studente di ...": a student said head first, in the languages that say it so.
  if (HEAD_FIRST_STUDENT.has(title.trim().split(/[\s,/(]+/)[0]!.toLowerCase())) return [];
  // "Student, Welding Program", "Student – Culinary Arts": "Student" alone before a comma or a dash, the program after
  // it, is a student's title as "Welding Student" is (not "Student Welfare Lead", where it qualifies a role).
  if (/^student\s*(?:,|\s[–—-]\s)/i.test(title.trim())) return [];
  // A degree's candidates ("PhD Candidate", "MSc Candidate in Soil Science"): students too, unless the title
  // names a role besides ("Cost Analyst, MBA Candidate": the role the rest of the title reads). Not "Master Glazier Candidate" (a trade's rank), "Ms.
  // Candidate Relations Specialist" (an honorific) nor "Candidate for SC County Council" (a state).
  if (said.includes('candidate') && seniorityOf(said) <= 1) {
    const rest = withoutCandidacy(title);
    // The rest names a role only with a rank ("Cost Analyst"); a field alone ("PhD Candidate, Soil Science") is the degree's.
    if (rest !== undefined) return seniorityOf(titleWords(rest)) > 0 ? resolvePersonasOf(rest, c, sectors, trade) : [];
  }
  // "Graduate Engineer", "Graduate Analyst": a graduate's first post (not "Graduate Admissions Coordinator").
  if (said.length === 2 && said[0] === 'graduate' && seniorityOf(said) === 1) return [];
  // LinkedIn headlines: "Helping banks sleep at night | CISO at Evergreen Bank": the role may be any part.
  const parts = title.split(/\s[|•·]\s/).map((p) => p.trim()).filter(Boolean);
  if (parts.length > 1) {
    // A part that says a role the person held ("Ex-Buyer", "Former Head Chef") is no current role.
    const current = parts.filter((p) => !FORMER.test(p));
    // Two parts that each say a rank are two current roles ("Interim Treasurer | Partner at a law firm"): each
    // read as a title of its own and both kept, not the first that reads.
    // A part of no rank that is one of the taxonomy's persona names whole ("Boatwright | Yard Lead" beside a "Boatwright" persona) is
    // a role as much as a ranked part: a licence's or a trade's title said beside the post.
    const rankedParts = current.filter((p) => seniorityOf(titleWords(p)) > 0 || isPersonaName(titleWords(p), c));
    if (rankedParts.length > 1) {
      const each = eachPartRead(rankedParts, title, c, sectors, trade);
      if (each.length) return each;
    }
    if (current.length && current.length < parts.length) return resolvePersonasOf(current.join(' | '), c, sectors, trade);
  }
  // "Archetier – Tenancier", "Saddler - Owner": parts either side of a spaced dash that are each one of the
  // taxonomy's persona names whole (as the title lexicon reads them: a French "gérante" is a general manager) are two
  // roles, as across a bar; not "Team Lead - IT Help Desk", whose part after the dash is the function the rank leads
  // (below), nor a rank alone before the dash where a persona is named by it ("Director - Finance", rankBeforeDash).
  const dashed = parts.length === 1 && !rankBeforeDash(title) ? title.split(/\s[–—-]\s/).map((p) => p.trim()).filter(Boolean) : [];
  if (dashed.length > 1 && dashed.every((p) => isPersonaName(titleWords(p), c))) {
    const each = eachPartRead(dashed, title, c, sectors, trade);
    if (each.length) return each;
  }
  // A part that says a rank is the role before a part that only says what the person cares about
  // ("Helping hospitals keep clinical systems running | Director, Technical Operations").
  const ranked = (part: string) => seniorityOf(titleWords(part)) > 0;
  const ordered = parts.length > 1 ? [...parts.filter(ranked), ...parts.filter((p) => !ranked(p))] : [title];
  for (const part of ordered) {
    // "Director - Operations & Finance": a rank alone before a dash is the rank of the function after it
    // (the director of operations and finance), not a title of its own.
    const ranked = rankBeforeDash(part);
    if (ranked) {
      const found = resolveRoles(spellOut(spellClipped(spellAcronyms(ranked, c, sectors), c), sectors, c, trade), title.trim(), c);
      if (found.length) return found;
    }
    const spelled = spellAcronyms(part, c, sectors);
    const found = resolveRoles(spellOut(spellClipped(spelled, c), sectors, c, trade), title.trim(), c);
    // "Directrice QHSE": a joined department's head is both functions' where the taxonomy names them apart, as "Quality
    // & HSE Manager" is; kept only where it adds to what the title read (one persona of both stays as it was), also
    // where the initials alone read nothing ("HSQE Manager").
    const joined = spellJoined(spelled, trade);
    if (joined !== spelled) {
      const both = resolveRoles(spellOut(spellClipped(joined, c), sectors, c, trade), title.trim(), c);
      if (both.length > found.length && found.every((f) => both.some((b) => b.id === f.id))) return both;
    }
    if (found.length) return found;
    // "Shop Foreman": a foreman who names no persona is the supervisor, where no persona is named a foreman.
    const front = spellFrontLine(part, c);
    if (front !== part) {
      // Only a supervisor of the front line's functions, or of none: a foreman is no call centre's supervisor.
      const asSupervisor = resolveRoles(spellOut(spellClipped(spellAcronyms(front, c, sectors), c), sectors, c, trade), title.trim(), c).filter((r) => onFrontLine(c.personas.find((p) => p.entry.id === r.id)));
      if (asSupervisor.length) return asSupervisor;
    }
    // "Team Lead - IT Help Desk": what follows a dash is the role's function when the rank alone names no persona.
    if (/\s[–—-]\s/.test(part)) {
      const joined = resolveRoles(spellOut(spellClipped(part, c).replace(/\s[–—-]\s/g, ', '), sectors, c, trade), title.trim(), c);
      if (joined.length) return joined;
    }
  }
  // "Head of Licensing" where a persona is named "Head of licensing programmes": a head's title that one persona's name
  // begins with whole and carries on past (with no other rank) is that persona's title said short, before it is read
  // as a site's head or not at all; of a head of two things joined ("Head of Licensing & Ethics"), the first said
  // with the rank. Hedged, as a site's peer is; nothing where two personas are so named. Only the field's scope may
  // follow (HEAD_SCOPE_WORDS): "Head of Glazing" is no "Head of glazing audits".
  for (const part of ordered) {
    const said = titleWords(spellClipped(part.split(HEAD_OF_TWO_JOIN)[0]!, c));
    if (said.length < 2 || seniorityOf(said.slice(0, 1)) < MANAGER_RANK || rankWords(said).length !== 1) continue;
    const longer = c.personas.filter((p) => p.forms.some((f) => f.words.length > said.length && startsWith(f.words, said) && f.words.slice(said.length).every((w) => HEAD_SCOPE.has(w))));
    if (longer.length === 1) return [peerReading(longer[0]!, title.trim())];
  }
  // "Licensing Officer", "Licentiemedewerker" where a persona is named "Licensing reviewer": one whose title is a field
  // and an individual's rank (no lead's, no supervisor's), read as no one, is the one persona named by that field and one
  // worker's noun of no rank.
  for (const part of ordered) {
    const said = titleWords(spellClipped(part, c));
    const level = seniorityOf(said);
    if (said.length < 2 || level !== 1 || rankWords(said).length !== 1 || seniorityOf(said.slice(-1)) === 0) continue;
    const field = said.slice(0, -1);
    const workers = c.personas.filter((p) => p.forms.some((f) => f.words.length === field.length + 1 && startsWith(f.words, field) && seniorityOf(f.words) === 0));
    if (workers.length === 1) return [peerReading(workers[0]!, title.trim())];
  }
  for (const part of ordered) {
    const site = siteHeaded(spellClipped(part, c), c);
    // "Vineyard Manager" where the taxonomy names a "Farm Manager": a site's manager is the persona named for
    // another of the customers' kinds of site at the title's own rank, not the business's owner or head.
    const peer = site && sitePeer(titleWords(spellClipped(part, c)), site, c);
    if (peer) return [peerReading(peer, title.trim())];
    // The taxonomy's general-manager entry, when it has one: a persona about running the business whose
    // label names the customers' kind of site or unit ("Mine general manager", "City / county executive").
    if (site) return resolveRoles(`${site.join(' ')} general manager`, title.trim(), c).filter((r) => isSiteExecutive(c.personas.find((p) => p.entry.id === r.id), c));
  }
  // "Administratrice", "Administrator": a title that is only a head's rank is the one persona whose label is
  // the vendor's customers' kind of site and that rank ("Congregation administrator").
  const bare = titleWords(title);
  if (SITE_HEAD.some((rank) => rank.length === bare.length && startsWith(bare, rank))) {
    const sites = personasForSiteAt(bare, c, (p) => [titleWords(p.entry.label)]);
    if (sites.length === 1) return [peerReading(sites[0]!, title.trim())];
  }
  return [];
}

/** Each of a title's parts read as a title of its own, every persona once, the whole title quoted. */
function eachPartRead(parts: readonly string[], title: string, c: CompiledTaxonomy, sectors: readonly string[], trade: readonly string[]): Resolved[] {
  const seen = new Set<string>();
  const each = parts.flatMap((one) => resolvePersonasOf(one, c, sectors, trade)).filter((r) => !seen.has(r.id) && seen.add(r.id));
  return each.map((r) => ({ ...r, evidence: { ...r.evidence, quote: title.trim() } }));
}

/** A headline's part that opens on a word saying the role was held before: "Ex-", "Ex " (not "ex officio"),
 * "former", "formerly", "previously", German "ehemals", "ehemalige(r)". */
const FORMER = /^(?:ex-|ex\s(?!officio\b)|former(?:ly)?\b|previously\b|ehemal(?:s|ige[rn]?)\b)/i;

/** A title whose words before its first dash are only a rank ("Director - Operations", "VP – Sales"), read as
 * the rank of that function ("Director of Operations"); undefined otherwise. */
function rankBeforeDash(part: string): string | undefined {
  const dash = /\s[–—-]\s/.exec(part);
  if (!dash) return undefined;
  const before = titleWords(part.slice(0, dash.index));
  if (before.length === 0 || seniorityOf(before) === 0 || rankWords(before).length !== before.length || functionsOf(before).length > 0) return undefined;
  return `${part.slice(0, dash.index)} of ${part.slice(dash.index + dash[0].length)}`;
}

/** What joins the two things a head's title heads, in the six languages ("Head of Licensing & Ethics"). */
const HEAD_OF_TWO_JOIN = /\s(?:&|and|und|et|y|e|en)\s/i;

const isSiteExecutive = (p: CompiledTaxonomy['personas'][number] | undefined, c: CompiledTaxonomy): boolean =>
  p !== undefined && (p.functions.get('executive') ?? 0) >= 0.5 && titleWords(p.entry.label).some((w) => c.siteWords.has(w));

const SITE_HEAD = SITE_HEAD_RANKS.map((r) => titleWords(r));
/** "Office" in the six languages, as title words: the office an office manager runs is the business's own. */
const OFFICE_WORDS = new Set(titleWords('office büro bureau oficina ufficio kantoor escritório escritorio'));
const ENGLISH_GENERAL_MANAGER = /^\s*(?:general\s+manager|g\.?\s?m\.?)\s*$/i;
const OPERATIONS_MANAGER = titleWords('operations manager');
const TOP_EXECUTIVE = { said: TOP_EXECUTIVE_TITLES.said.map((t) => titleWords(t)), named: TOP_EXECUTIVE_TITLES.named.map((t) => titleWords(t)) };
const startsWith = (words: readonly string[], head: readonly string[]) => head.every((w, i) => words[i] === w);

/** The site a title heads when it says nothing but one of the vendor's customers' kinds of site (words of
 * the taxonomy's industry names) and a head's rank, in either order: "Underground Manager", "Quarry Mgr",
 * "Parish Administrator", "Jefe de Mina". Read only when nothing else names a persona. */
function siteHeaded(title: string, c: CompiledTaxonomy): string[] | undefined {
  const words = titleWords(title);
  for (const rank of SITE_HEAD) {
    const site = startsWith(words, rank) ? words.slice(rank.length) : startsWith([...words].reverse(), [...rank].reverse()) ? words.slice(0, -rank.length) : undefined;
    // "Kantoormanager", "Jefa de Oficina": the head of an office is the administrator of the business's own
    // office, a role of its own, where the taxonomy's industries say an office only inside a longer name ("Patent filing
    // office"); where one of them is offices, said alone, an office is one of the customers' sites.
    if (site?.length === 1 && OFFICE_WORDS.has(site[0]!) && !c.taxonomy.industries.some((e) => [e.label, ...e.aliases].some((n) => titleWords(n).join(' ') === site[0])))
      return undefined;
    if (site?.length && site.every((w) => c.siteWords.has(w))) return site;
  }
  return undefined;
}

/** The one persona one of whose names is the customers' kind of site and the rank of a site-headed title
 * ("Farm Manager" for "Vineyard Manager"); when none is, and the title's rank is a head's (SITE_HEAD_RANKS), the one
 * named for a kind of site at another head's rank ("Salon Manager" for "Salonleitung", "Practice Manager" for
 * "Practice Administrator"); undefined when none or several are. */
function sitePeer(words: readonly string[], site: readonly string[], c: CompiledTaxonomy): CompiledTaxonomy['personas'][number] | undefined {
  const rank = startsWith(words, site) ? words.slice(site.length) : words.slice(0, words.length - site.length);
  const names = (p: CompiledTaxonomy['personas'][number]) => p.forms.map((f) => f.words);
  const peers = personasForSiteAt(rank, c, names);
  if (peers.length === 1) return peers[0];
  if (peers.length > 1 || !SITE_HEAD.some((r) => r.length === rank.length && startsWith(rank, r))) return undefined;
  const others = new Set(SITE_HEAD.filter((r) => r.length !== rank.length || !startsWith(rank, r)).flatMap((r) => personasForSiteAt(r, c, names)));
  return others.size === 1 ? [...others][0] : undefined;
}

/** A site's persona read from a title that does not name that site (a peer's, or a bare rank), hedged (0.65). */
const peerReading = (peer: CompiledTaxonomy['personas'][number], quote: string): Resolved => ({
  id: peer.entry.id,
  label: peer.entry.label,
  evidence: { field: 'title', quote, via: 'taxonomy', confidence: 0.65 },
});

/** The personas one of whose names (`names`: the label, or every form) is one or more of the customers' kinds of site
 * and then `rank` ("Farm manager", "Congregation administrator"). */
function personasForSiteAt(
  rank: readonly string[],
  c: CompiledTaxonomy,
  names: (p: CompiledTaxonomy['personas'][number]) => readonly (readonly string[])[],
): CompiledTaxonomy['personas'] {
  return c.personas.filter((p) =>
    rank.length > 0 && names(p).some((n) => n.length > rank.length && startsWith(n.slice(-rank.length), rank) && n.slice(0, -rank.length).every((w) => c.siteWords.has(w))),
  );
}

/** Where a title joins two roles: "/", "&", "+", "and", and "and" in the lexicon's other languages ("y", "und"); one
 * function named across the join ("Research and Development") stays one role (resolveRoles). */
const ROLE_JOIN = new RegExp(`\\s*/\\s*|\\s&\\s|\\s\\+\\s|\\s(?:${AND_WORDS})\\s`, 'i');
/** ROLE_JOIN captured, for a split that keeps the joins (`repBesideRole`). */
const ROLE_JOIN_KEPT = new RegExp(`(${ROLE_JOIN.source})`, 'i');

/** "Opticienne, gérante", "Optician, Store Manager": a part of a comma-listed title that is a role by itself, one that
 * reads a persona alone and is neither only a rank ("Director" of "Director, Finance") nor only a function's words with
 * no rank ("Finance": the department of the rank before it). */
function standsAlone(part: string, quote: string, c: CompiledTaxonomy): boolean {
  const words = titleWords(part);
  const fns = functionsOf(words);
  if (words.length === 0 || (rankWords(words).length === words.length && fns.length === 0)) return false;
  if (seniorityOf(words) === 0 && fns.length > 0 && fns.reduce((n, f) => n + f.end - f.start, 0) === words.length) return false;
  return resolvePersonaPart(part, quote, c).length > 0;
}

/** The function names said with a join ("research and development", "people and culture"), as title words: a
 * function read across a title's join is one role only when it is one of these. */
let joinedFunctionNames: Set<string> | undefined;
const joinedFunction = (words: readonly string[]): boolean =>
  (joinedFunctionNames ??= new Set(
    Object.values(FUNCTIONS)
      .flat()
      .filter((p) => /&|\+|\//.test(p) || p.toLowerCase().split(/\s+/).some((w) => COORDINATING_AND.includes(w)))
      .map((p) => titleWords(p).join(' ')),
  )).has(words.join(' '));

/** A title naming two roles ("Estimator / Project Manager", "CMO & Head of Growth") is both; a part
 * without a rank takes the other's ("VP Ops & Finance" is also a VP of Finance). */
function resolveRoles(title: string, quote: string, c: CompiledTaxonomy): Resolved[] {
  // "Owner/Driver", "Co-owner & van driver": a role that is one of the workers a function manages (managedWorker) is
  // no buyer's; the title's other roles are read.
  const each = title.split(ROLE_JOIN).flatMap(ownerAndWorker).map((r) => r.trim()).filter(Boolean);
  const others = each.length > 1 ? each.filter((r) => !managedWorker(r, titleWords(r), c)) : each;
  if (others.length > 0 && others.length < each.length) return resolveRoles(others.join(' / '), quote, c);
  // "Proprietor / GM": one person running the business they own (ownerBesideHead).
  const owner = ownerBesideHead(each, quote, c);
  if (owner) return owner;
  const whole = resolvePersonaPart(title, quote, c);
  // "Technischer Geschäftsführer": a managing director qualified by a function is also that function's director,
  // unless the whole title is one persona's own name ("Apothekeninhaberin", the taxonomy's "Pharmacy owner").
  const said = titleWords(title);
  const spans = functionsOf(said);
  const named = c.personaForms.all(said).some((m) => m.start === 0 && m.end === said.length);
  const head = !named && spans.length === 2 && spans[0]!.start === 0 && spans[0]!.end === spans[1]!.start && spans[1]!.fn === 'executive' ? spans[0]! : undefined;
  if (head && head.fn !== 'executive')
    for (const r of resolvePersonaPart(`${said.slice(head.start, head.end).join(' ')} director`, quote, c)) if (!whole.some((o) => o.id === r.id)) whole.push(r);
  let roles = title.split(ROLE_JOIN).map((r) => r.trim()).filter(Boolean);
  // "Pfarrer, Dekan": a comma joins two roles when each side is one of the taxonomy's own titles whole (not
  // "Director, Finance", a rank and its function, nor "Claims Adjuster, Marine Cargo").
  if (roles.length < 2 && title.includes(',')) {
    const listed = title.split(/\s*,\s*/).filter(Boolean);
    if (listed.length >= 2 && (listed.every((part) => isPersonaName(titleWords(part), c)) || listed.every((part) => standsAlone(part, quote, c)) && seniorityOf(titleWords(listed.at(-1)!)) > 0)) roles = listed;
  }
  if (roles.length < 2) return whole;
  // One function named across the join is one role: "Shipping & Receiving", "People & Culture"; so is a phrase the
  // title's words read across it ("Directeur administratif et financier" is the CFO), which leaves the join no place;
  // unless that reading names no persona ("Gerente y Técnica Instaladora" is no technical manager): then its roles are read.
  const { parts, joins } = joinedWords(title);
  // A function read across a join is one role only when its own name says the join ("Research and Development"); one
  // whose name has none (the operations of IT) is two functions joined: "Head of IT and Operations" heads both.
  const unplaced = joins.length < parts.length - 1;
  // A title that is one persona's own name whole (`named`) is that persona's alone: no part of it is read apart.
  if (whole.length > 0 && unplaced) return named ? whole : withOwnNamedRoles(whole, roles, quote, c);
  // "Dealer/Owner", "Owner / Dealer" where a persona is named "Dealer-owner": a title whose words are one persona's own
  // name whole, its join placed, is that persona's too; a part is read as a role of its own only where it is another
  // persona's own name ("Owner/Service Manager" beside a "Service Manager" persona), not through a function or a rank.
  if (named && whole.length > 0) {
    const out = [...whole];
    for (const role of roles) for (const r of resolvePersonaPart(role, quote, c)) if (r.evidence.via === 'taxonomy' && r.evidence.confidence === 1 && !out.some((o) => o.id === r.id)) out.push(r);
    return out;
  }
  if (whole.length > 0 && spans.some((f) => joins.some((j) => f.start < j && f.end > j) && joinedFunction(said.slice(f.start, f.end)))) return whole;
  const out = [...whole];
  // A rank that is a role itself ("GM & Treasurer": a general manager is the executive) is not lent to the other
  // part: "Treasurer" is read alone, not as the executive's treasurer.
  const rank = rankWords(said);
  const lent = functionsOf(rank).length > 0 ? [] : rank;
  const governed = governedParts(roles);
  // A part is a role of its own when it has a rank ("Head of Growth") or is one of the taxonomy's own
  // titles ("Estimator"); "Culture" in "VP, People & Culture" is neither, and with VP's rank it is HR again.
  const unread: string[] = [];
  let owned: string | undefined;
  // "Music Teacher and Chair of Department": a part that is only a department's head, its department unnamed, chairs the
  // other part's department (a teacher's colleagues), not the organisation: read through the other part alone.
  const departmentHead = (role: string) => {
    const w = titleWords(role);
    return w.includes('department') && w.length > 1 && w.every((x) => x === 'department' || rankWords([x]).length === 1) && !isPersonaName(w, c);
  };
  if (roles.length === 2 && roles.filter(departmentHead).length === 1) return resolveRoles(roles.find((r) => !departmentHead(r))!, quote, c);
  for (const [i, role] of roles.entries()) {
    const ranked = seniorityOf(titleWords(role)) > 0;
    const read = ranked || lent.length === 0 || !governed.has(i) ? role : `${role} ${lent.join(' ')}`;
    // (One of the taxonomy's own titles whole is a role, however the persona was scored: "Pastor" is also the
    // clergy's function.)
    const own = isPersonaName(titleWords(role), c);
    const found = resolvePersonaPart(read, quote, c, out.length === 0);
    for (const r of found)
      if ((ranked || (rank.length > 0 && (lent.length === 0 || governed.has(i) || (c.personas.find((p) => p.entry.id === r.id)?.seniority ?? 0) < 3)) || own || (r.evidence.via === 'taxonomy' && r.evidence.confidence === 1) || saidInName(role, r.id, c)) && !out.some((o) => o.id === r.id)) out.push(r);
    // "Salonleitung & Stylistin": a role that heads one of the customers' kinds of site and names no persona is the
    // persona named for that site at a head's rank, as a title that says only that is (sitePeer).
    const site = found.length === 0 ? siteHeaded(role, c) : undefined;
    const peer = site && sitePeer(titleWords(role), site, c);
    if (peer && !out.some((o) => o.id === peer.entry.id)) out.push(peerReading(peer, quote));
    if (found.length === 0 && !peer) unread.push(role);
    else if (isOwner(titleWords(role))) owned = role;
  }
  // "Eigenaar / kapster", "Inhaberin & Friseurmeisterin": beside an owner's role, a role that is one agent noun (a
  // master's or a lead's too) and reads nothing is the trade's practitioner, the taxonomy's persona named for a trade's
  // worker (practitionerOf), whatever the trade's noun in the title's language: the owner also does the work.
  const agent = owned !== undefined && unread.length === 1 ? agentNoun(titleWords(unread[0]!)) : undefined;
  const practitioner = agent === undefined ? undefined : practitionerOf(agent, c, saidInAnotherLanguage([owned!, unread[0]!]));
  if (practitioner && !out.some((o) => o.id === practitioner.entry.id)) out.push(peerReading(practitioner, quote));
  return out;
}

/** "Proprietor / GM", "Proprietor & CEO", "Inhaberin / Geschäftsführerin": an owner's role beside parts that each say
 * only a business's head (the executive function and no other: a chief executive, a general manager, a president) is
 * one person running the business they own, not a second role: read as the owner's part alone, with the personas a
 * head's part names by its own words whole ("GM" beside a persona whose names say "GM"), not one the head's rank or
 * knowledge reaches ("GM" as an operations manager, a chief executive as a site's general manager). Undefined where a
 * part says another function ("Owner & Master Joiner": a second role, read as before), where the title is one
 * persona's own name, or where the owner's part reads no one. */
function ownerBesideHead(parts: readonly string[], quote: string, c: CompiledTaxonomy): Resolved[] | undefined {
  if (parts.length < 2) return undefined;
  const said = parts.map((p) => titleWords(p));
  const owners = said.filter((w) => isOwner(w));
  if (owners.length !== 1 || isPersonaName(titleWords(parts.join(' ')), c)) return undefined;
  const headOnly = (w: readonly string[]) => {
    const fns = functionsOf(w);
    return fns.length > 0 && fns.every((f) => f.fn === 'executive') && !isPersonaName(w, c);
  };
  if (!said.every((w) => isOwner(w) || headOnly(w))) return undefined;
  const out = resolvePersonaPart(parts[said.findIndex((w) => isOwner(w))]!, quote, c);
  if (out.length === 0) return undefined;
  for (const [i, part] of parts.entries())
    if (!isOwner(said[i]!)) for (const r of resolvePersonaPart(part, quote, c)) if (r.evidence.via === 'taxonomy' && r.evidence.confidence === 1 && !out.some((o) => o.id === r.id)) out.push(r);
  return out;
}

/** An owner's role ("Eigenaar", "Inhaberin", "Titolare"); not a general manager's ("Gérante" may run a salon she does not
 * work in: measured in docs/matching.md, thirty-seventh round). */
const isOwner = (words: readonly string[]): boolean => functionsOf(words).some((f) => f.fn === 'ownership');

/** The one word of a role that says who does the work ("kapster", "friseur" of "Friseurmeisterin", "locksmith" of
 * "Lead Locksmith"): a word of letters that no function names, with no rank beside it but a master's or a lead's;
 * undefined otherwise ("FD", "Marketing", "Safe Tech", "Armed Officer": an officer is a worker of another kind). */
function agentNoun(words: readonly string[]): string | undefined {
  if (functionsOf(words).length > 0) return undefined;
  const rank = new Set(rankWords(words));
  if ([...rank].some((w) => seniorityOf([w]) !== 2)) return undefined;
  const rest = words.filter((w) => !rank.has(w));
  return rest.length === 1 && /^\p{L}{4,}$/u.test(rest[0]!) ? rest[0] : undefined;
}

/** Whether a word of `roles` is read from another language ("Eigenaar", "Inhaberin", "Friseurmeisterin"): the title
 * lexicon reads it as other words than it is written, plurals aside. An English title's words stay as they are, and
 * so do its abbreviations, which the lexicon spells out ("Sr." is "senior", TITLE_ABBREVIATIONS). */
const saidInAnotherLanguage = (roles: readonly string[]): boolean =>
  roles.some((role) => words(role).some((w) => ownValue(TITLE_ABBREVIATIONS, w) === undefined && titleWords(w).join(' ') !== lightWord(w)));

/** An English word naming the people of a trade (`tradePeople`), singular or plural. */
const isPeopleWord = (w: string): boolean => {
  const people = tradePeople();
  return people.has(w) || people.has(`${w}s`) || (w.endsWith('s') && people.has(w.slice(0, -1)));
};
/** The persona of a trade's worker for `agent`: an individual's (no rank above a lead's) one of whose names ends in a
 * noun the occupation tables say names the people of a trade ("Hairdresser", "Tattoo artist", "Chimney Sweep",
 * "audiologist"; `tradePeople`, from ESCO) with no rank or function beside it; when several are, the one named by
 * `agent` (a name's last word, then the label's); none when the tables know `agent` as a worker the persona's names
 * do not say, nor when they do not know it and the title is English (`foreign` false: no word of its owner's role or
 * of `agent`'s is read from another language). */
const practitionerPersonas = new WeakMap<CompiledTaxonomy, { edition: number; found: CompiledTaxonomy['personas'] }>();
function practitionerOf(agent: string, c: CompiledTaxonomy, foreign: boolean): CompiledTaxonomy['personas'][number] | undefined {
  let found = practitionerPersonas.get(c)?.edition === currentLexiconEdition() ? practitionerPersonas.get(c)!.found : undefined;
  if (!found) {
    found = c.personas.filter((p) => p.seniority <= 2 && p.forms.some((f) => f.words.length > 0 && seniorityOf(f.words) === 0 && functionsOf(f.words).length === 0 && isPeopleWord(f.words.at(-1)!)));
    practitionerPersonas.set(c, { edition: currentLexiconEdition(), found });
  }
  const named = found.filter((p) => p.forms.some((f) => f.words.at(-1) === agent));
  // A worker the tables know by name and the persona's names do not say is of another trade ("printer" beside a sign
  // installer); one they do not know ("kapster", "audicien") is the trade's own in a title said in another language,
  // whose trade words the tables miss; in an English title it is no trade's ("Owner / Landlord", "Owner / Franchisee").
  const known = [agent, ...(occupationWords(agent) ?? '').split(' '), ...(tradeWords(agent) ?? '').split(' ')].filter((w) => w && isPeopleWord(w));
  if (found.length === 1) return named.length === 1 || (foreign && known.length === 0) ? found[0] : undefined;
  if (named.length === 1) return named[0];
  const labelled = named.filter((p) => titleWords(p.entry.label).at(-1) === agent);
  return labelled.length === 1 ? labelled[0] : undefined;
}

/** The parts of a title joining roles that its rank governs: a rank opening the title before a function ("VP Ops &
 * Finance") is also the later parts', one closing it ("Ops & Finance Manager") the earlier parts'; a rank that closes
 * the first part ("Office Mgr / Billing") or is a part alone ("Co-owner & van driver") is that part's only. */
function governedParts(roles: readonly string[]): Set<number> {
  const words = roles.map((r) => titleWords(r));
  const out = new Set<number>();
  // How many of the words at one end are all rank words ("Sr. Dir." of "Sr. Dir. HR Ops").
  const edge = (ws: readonly string[], take: (k: number) => readonly string[]) => {
    let k = 0;
    for (let n = 1; n <= ws.length; n++) if (rankWords(take(n)).length === n) k = n;
    return k;
  };
  const first = words[0]!;
  const last = words.at(-1)!;
  const lead = edge(first, (n) => first.slice(0, n));
  if (lead > 0 && lead < first.length) for (let i = 1; i < roles.length; i++) out.add(i);
  const tail = edge(last, (n) => last.slice(-n));
  if (tail > 0 && tail < last.length) for (let i = 0; i < roles.length - 1; i++) out.add(i);
  return out;
}

/** Words that say a head's rank and nothing else ("Director", "Owner", "Vice President"): how a taxonomy names
 * the organisation's own head; not a rank that is also a trade of its own ("Assistant Superintendent"), nor a
 * front-line rank whose last word alone would be a head's ("Team Leader": its ranks read longest first). */
const isBareRank = (words: readonly string[]): boolean =>
  words.length > 0 && rankWords(words).length === words.length && functionsOf(words).length === 0 && Math.max(0, ...rankLevels(words)) >= 4;

/** "Director of Visitor Services", "Associate Director, Landscape", "Directora de Colecciones": a title that is a rank and
 * nothing else, then what the rank is of (after "of", "for" or a comma, or the words of the other languages for them:
 * OF_WORDS and FOR_WORDS of knowledge/cues.ts), names the
 * head of a department or a programme, not the organisation's own director or principal that a taxonomy names by the
 * bare rank; not when what follows is a company ("Director, Quillacre Design Ltd"). */
const RANK_OF_WORDS = [...OF_WORDS, ...FOR_WORDS];
const RANK_OF = new RegExp(`^\\s*([^,|/]+?)\\s*(?:,\\s*|\\s(?:${RANK_OF_WORDS.join('|')})\\s+)(\\p{L}.*)$`, 'iu');
function rankOfSomething(title: string): boolean {
  const m = RANK_OF.exec(title);
  if (!m) return false;
  const head = titleWords(m[1]!);
  const rest = titleWords(m[2]!);
  if (/^\s*,/.test(title.slice(m[1]!.length)) && m[2]!.split(/[\s,;&+/]+/).every((w) => !w || RANK_STANDING.has(w.toLowerCase()) || postNominal(w))) return false;
  return head.length > 0 && rankWords(head).length === head.length && rest.length > 0 && !rest.some((w) => LEGAL_FORMS.has(w) && w !== 'the');
}
/** What a comma may add to a rank that is not what the rank is of: the holder's standing ("Director, retired",
 * "Director, interim"), in the languages the matcher reads. */
const RANK_STANDING = new Set([
  'retired', 'emeritus', 'emerita', 'designate', 'elect', 'honorary', 'interim', 'acting',
  'intérim', 'interino', 'interina', 'kommissarisch', 'waarnemend', 'émérite', 'emerito', 'emérito', 'emérita',
  'pensioniert', 'retraité', 'retraitée', 'jubilado', 'jubilada', 'pensionato', 'pensionata', 'gepensioneerd', 'aposentado', 'aposentada',
]);
/** Letters after a name, a degree or a membership, as a title writes them after a comma ("PhD", "Ph.D.", "MSc",
 * "CEng", "MBA"; a fellow's or member's letters of four to six, "FRICS", "MCIPS"), unless they name a function ("HR",
 * "IT"); not two words run together ("BizOps": small letters twice), nor three capitals, a trade's ("MEP"). */
const postNominal = (word: string): boolean => {
  const bare = word.replace(/\./g, '');
  const shaped =
    DEGREE_WORDS.includes(bare.toLowerCase()) ||
    DEGREE_INITIALS.includes(bare.toLowerCase()) ||
    (/^\p{L}{2,6}$/u.test(bare) && /\p{Ll}/u.test(bare) && !/\p{Ll}\p{Lu}+\p{Ll}/u.test(bare) && (bare.match(/\p{Lu}/gu)?.length ?? 0) >= 2) ||
    /^[FM]\p{Lu}{3,5}$/u.test(bare);
  return shaped && functionsOf(titleWords(bare)).length === 0;
};

/** A head's rank and nothing else, a deputy's or an acting one's too ("Partner", "Deputy Director"). */
const isHeadRankOnly = (words: readonly string[]): boolean => {
  const rank = new Set(rankWords(words));
  return seniorityOf(words) >= 4 && functionsOf(words).length === 0 && words.every((w) => rank.has(w) || GENERIC_TITLE.has(w));
};

/** "Partner", "Deputy Director": a title that is only a head's rank and names no persona is the one persona one of
 * whose names is that rank's last word with nothing more than words that are ranks by themselves or the customers'
 * kind of site ("Senior Partner", "Zoo Director", "Executive Director"; not "Managing Director", an office of its
 * own); undefined when none or several are. */
function headOfBareRank(words: readonly string[], c: CompiledTaxonomy): number | undefined {
  const head = words.at(-1)!;
  const found = new Set<number>();
  c.personas.forEach((p, index) => {
    for (const f of p.forms) {
      if (f.words.length < 2 || !f.words.includes(head)) continue;
      // Each other word a rank of its own ("Executive Director"), not part of another office ("Managing Director").
      if (f.words.every((w) => w === head || rankWords([w]).length === 1 || GENERIC_TITLE.has(w) || c.siteWords.has(w))) found.add(index);
    }
  });
  return found.size === 1 ? [...found][0] : undefined;
}

/** "Istruttore" of "Istruttore e insegnante di teoria": a part that names no function and whose every word is in
 * one of the persona's own names ("istruttore di guida") is that person, as a part one of its names says whole
 * is; "Culture" of "People & Culture" names a function. */
function saidInName(role: string, id: string, c: CompiledTaxonomy): boolean {
  const words = withPersonaCognates(titleWords(role), c);
  const persona = c.personas.find((p) => p.entry.id === id);
  return words.length > 0 && functionsOf(words).length === 0 && persona !== undefined && persona.forms.some((f) => words.every((w) => f.words.includes(w)));
}

/** Words that are one of the taxonomy's persona names or aliases, whole. */
/** Beside what a title read whole where its joins cannot be placed among its words (an abbreviation spelled out with an
 * "and" of its own: "DAF & DSI" is read as "Directeur administratif et financier & DSI"), a part that is one of the
 * taxonomy's own titles whole ("DSI") is a role too, as it is beside "Head of Finance" or "CFO". */
function withOwnNamedRoles(whole: Resolved[], roles: readonly string[], quote: string, c: CompiledTaxonomy): Resolved[] {
  const out = [...whole];
  for (const role of roles)
    if (isPersonaName(titleWords(role), c)) for (const r of resolvePersonaPart(role, quote, c)) if (!out.some((o) => o.id === r.id)) out.push(r);
  return out;
}

const isPersonaName = (words: readonly string[], c: CompiledTaxonomy): boolean =>
  words.length > 0 && c.personaForms.all(words).some((m) => m.start === 0 && m.end === words.length);

/** How much a persona is about a broader function of `fn` (its parent, else the parent's parent: a cook is
 * hospitality, then operations), or 0. Not when the persona is more about another narrow function of that
 * broader one than about the broader one itself ("Head of nursing" with a "Clinical Lead" alias): a
 * physician's title does not reach it through "clinical". */
/** A title's functions with a part no persona is about (PARTS_READ_AS_WHOLE: billing) read as the whole it is a part of
 * (FUNCTION_PARENTS: finance), as the part was read before it had a name of its own. */
function asWholeWhereNoPart<T extends { fn: string }>(spans: T[], c: CompiledTaxonomy): T[] {
  return spans.map((s) => (PARTS_READ_AS_WHOLE.has(s.fn) && !c.personas.some((p) => (p.functions.get(s.fn) ?? 0) >= 0.2) ? { ...s, fn: FUNCTION_PARENTS[s.fn]! } : s));
}

function broaderWeight(functions: ReadonlyMap<string, number>, fn: string): number {
  for (let child = fn, up = ownValue(FUNCTION_PARENTS, fn); up !== undefined; child = up, up = ownValue(FUNCTION_PARENTS, up)) {
    const weight = functions.get(up) ?? 0;
    if (weight < 0.2) continue;
    for (const [g, w] of functions) if (g !== child && w > weight && ownValue(FUNCTION_PARENTS, g) === up) return 0;
    return weight;
  }
  return 0;
}

/** The functions broader than `fn` or beside it under the same parent (FUNCTION_PARENTS: supply chain and dispatch
 * are both parts of operations), and the function a head of `fn` belongs to where the taxonomy names no head of
 * it (HEAD_ELSEWHERE: the chief technology officer is IT's). */
function functionsAround(fn: string): string[] {
  const up = ownValue(FUNCTION_PARENTS, fn);
  const around = Object.keys(FUNCTION_PARENTS).filter((k) => k !== fn && up !== undefined && FUNCTION_PARENTS[k] === up);
  for (let u = up; u !== undefined; u = ownValue(FUNCTION_PARENTS, u)) around.push(u);
  const head = ownValue(HEAD_ELSEWHERE, fn);
  return head ? [...around, head] : around;
}

const FAR_RANKS = 3;
/** "VP Engineering" where the taxonomy's engineering persona is an individual engineer's, "Senior Logistics Analyst"
 * where its supply chain persona is an executive's: when every persona of the title's functions is three ranks or
 * more from the title's, a persona at the title's own rank about a function broader than or beside the title's is
 * the title's, ahead of them (measured: two ranks lowered a set, docs/matching.md). */
function atTitleRank(fns: readonly string[], level: number, found: { index: number; credit: number; distance: number; score: number }[], c: CompiledTaxonomy): void {
  if (found.length === 0 || Math.min(...found.map((f) => f.distance)) < FAR_RANKS) return;
  const score = Math.max(...found.map((f) => f.score)) + 0.06;
  const around = fns.flatMap(functionsAround);
  c.personas.forEach((p, index) => {
    if (p.seniority !== level || !around.some((a) => (p.functions.get(a) ?? 0) >= 0.2)) return;
    const f = found.find((x) => x.index === index);
    if (f) f.score = score;
    else found.push({ index, credit: 0.5, distance: 0, score });
  });
}

/** The words that say where the front line works, not what: its shift, its team, its site, its floor, its crew. */
const FRONT_LINE_SCOPES = new Set(['shift', 'team', 'site', 'floor', 'crew', 'frontline', 'front', 'line', 'first']);
/** A name that says only a front-line rank and where it works ("Floor lead", "Bay Lead"); not a trade's lead ("Lead
 * Dive Instructor", "Head Rowing Coach"). */
const namesFrontLineRank = (f: { words: readonly string[] }): boolean => {
  const rest = f.words.filter((w) => !FRONT_LINE_SCOPES.has(w));
  return rest.length > 0 && seniorityOf(f.words) === LEAD_RANK && rankWords(rest).length === rest.length;
};

/** "Kitchen Supervisor", "Quay Foreman" where the only persona about the kitchen's or the quay's function is its
 * leaders' (a head's rank or above: "Site operations head") and one persona of no function is named at the front
 * line's rank ("Floor lead"): a supervisor, a lead or a foreman of a function the front line works in
 * (FRONT_LINE_FUNCTIONS) is that persona's, two ranks below the function's leaders. */
function frontLineOfFunction(fns: readonly string[], level: number, found: { index: number; credit: number; distance: number; score: number }[], c: CompiledTaxonomy): void {
  if (level !== LEAD_RANK || found.length === 0 || !fns.every((f) => FRONT_LINE_FUNCTIONS.has(f))) return;
  if (found.some((f) => c.personas[f.index]!.seniority < HEAD_RANK)) return;
  const front = c.personas.flatMap((p, index) => (p.seniority === LEAD_RANK && p.functions.size === 0 && p.forms.some(namesFrontLineRank) ? [index] : []));
  if (front.length !== 1) return;
  const score = Math.max(...found.map((f) => f.score));
  found.splice(0, found.length, { index: front[0]!, credit: 1, distance: 0, score });
}

/** How many of a title's first words are the title said without a rank, a grade or a licence after it: all of them,
 * or those before a grade ("Pilot II", "Technician 2"), a last parenthesis ("Pilot (Part 107)") or "in command"
 * ("Pilot in Command", the one flying). */
function bareTitleWords(words: readonly string[], title: string): number {
  if (words.length >= 2 && /^(?:i{1,3}|iv|v|[1-5])$/.test(words.at(-1)!)) return words.length - 1;
  const before = /^([^()]+?)\s*(?:\([^()]*\)|\bin\s+command)\s*$/iu.exec(title.trim())?.[1];
  return before === undefined ? words.length : titleWords(before).length;
}

/** A lead's rank on SENIORITY's scale (knowledge/titles.ts): a lead, a team leader, a supervisor, a foreman. */
const LEAD_RANK = 2;
/** A manager's rank on SENIORITY's scale, above the front line and below a head. */
const MANAGER_RANK = 3;
/** A head's or a director's rank on SENIORITY's scale (a vice president, a general manager). */
const HEAD_RANK = 4;
/** A chief's, an owner's or a partner's rank, the top of SENIORITY's scale. */
const CHIEF_RANK = 5;
/** The least share of a function in a persona (CompiledPersona.functions) for the persona to be about it. */
const MIN_SHARE = 0.2;
/** Two shares this close are the same share (sums of floating-point weights). */
const SHARE_TIE = 1e-9;
/** The share of a chief officer's functions below which a persona (a manager's or below) is mostly about another. */
const MOSTLY = 0.5;
/** Personas whose names say, beside their rank, what the title says (c.personaCores), the nearest in rank
 * to the title's when several do; not inside a longer function the title names ("Revenue Operations"). `scored`:
 * those personas; `declined`: the words of a bare title said alone that no persona is read from (below: a one-word
 * trade title under only its leads' personas), which the distinctive-word bump does not read again either. */
function nearestRankCores(words: readonly string[], spans: readonly { start: number; end: number }[], level: number, c: CompiledTaxonomy, bare = 0, joins: readonly number[] = []): { scored: Omit<Scored, 'evidence'>[]; declined: Set<string> } {
  const cores = new Map<string, { start: number; end: number; found: { index: number; rank: number }[] }>();
  for (const m of c.personaCores.all(words)) {
    if (spans.some((s) => s.start <= m.start && s.end >= m.end && s.end - s.start > m.end - m.start)) continue;
    const key = `${m.start}:${m.end}`;
    const core = cores.get(key) ?? { start: m.start, end: m.end, found: [] };
    core.found.push(m.value);
    cores.set(key, core);
  }
  const out: Omit<Scored, 'evidence'>[] = [];
  const declined = new Set<string>();
  const distance = (rank: number) => (level ? Math.abs(level - rank) : 0);
  const formsAt = cores.size > 0 ? c.personaForms.all(words) : [];
  for (const { start, end, found } of cores.values()) {
    // "Paddock Steward Supervisor" where a persona is named "Paddock director": see `qualifiesOwnNoun`.
    if (qualifiesOwnNoun(words, end, joins, c)) continue;
    // "Pilot" said alone is not the "Chief Pilot": a title that says no rank, whose words are only the core of
    // names a lead or above bears (`bare` of them: "Pilot II", "Pilot (Part 107)" too, bareTitleWords), is the
    // persona another of whose names ends in those words after the kind of the work ("Drone Pilot", "Remote
    // Pilot"): the crew, not its chief. Not a persona whose name says a hobbyist, a learner or a senior role the
    // ranks miss (NOT_CREW_WORDS: "Home Baker", "Check Pilot"), nor where the chief's persona names the crew too.
    if (bare > 0 && start === 0 && end === bare && found.every((f) => f.rank >= LEAD_RANK)) {
      const core = words.slice(start, end);
      const endsIn = (f: { words: readonly string[] }) => f.words.length >= core.length && startsWith(f.words.slice(f.words.length - core.length), core);
      const crew = c.personas.flatMap((p, index) => {
        const unranked = p.forms.filter((f) => endsIn(f) && seniorityOf(f.words) === 0);
        return unranked.length > 0 && !unranked.some((f) => f.words.slice(0, f.words.length - core.length).some((w) => NOT_CREW.has(w))) ? [index] : [];
      });
      // Not where the chief's persona also names the crew ("Producer", "Line Producer" beside "Executive Producer").
      // Two crews ("Drone Pilot", "Helicopter Pilot"): the title says neither, and the chief's persona is the one
      // the taxonomy names with the word, as before the rule.
      if (crew.length === 1 && !found.some((f) => f.index === crew[0])) {
        out.push({ index: crew[0]!, score: 1 + 0.1 * (end - start) });
        continue;
      }
      // "Lockkeeper" where only a "Lead Lockkeeper" is named and no crew persona: one word that says the trade alone is
      // none of its leads' personas (nor read again through the word's distinctive-word bump: `declined`); a longer
      // one ("Patent Examiner" under a "Patent Examiner Supervisor") keeps the older reading, and so does a word
      // another persona names without a rank (a hobbyist's "Amateur Photographer": the chief's, as above).
      // MEASURED, NOT DERIVED: the one-word limit is what two development cases bore (sixty-third round,
      // docs/matching.md), not a principle; it leaves a bare two-word trade ("Kiln Stoker" under a "Lead Kiln Stoker")
      // reading the lead's persona where a bare one-word one ("Stoker") reads none.
      if (crew.length === 0 && end - start === 1 && !c.personas.some((p) => p.forms.some((f) => endsIn(f) && seniorityOf(f.words) === 0))) {
        for (const w of core) declined.add(w);
        continue;
      }
    }
    const nearest = Math.min(...found.map((f) => distance(f.rank)));
    // "Lead Outfitter" where one persona is named "Outfitter" and another "Owner-outfitter": words that are one persona's
    // own name whole, said with a rank at least as near that persona's as the other name's rank, name that persona;
    // they are not the core of the other's name beside its rank (a manager of a field one individual's name is
    // made of stays the persona named for the field's head, a manager's rank being nearer a head's).
    const named = formsAt.filter((m) => m.start === start && m.end === end).map((m) => m.value.index);
    if (found.every((f) => !named.includes(f.index)) && named.some((i) => distance(c.personas[i]!.seniority) <= nearest)) continue;
    for (const index of new Set(found.filter((f) => distance(f.rank) === nearest).map((f) => f.index))) out.push({ index, score: 1 + 0.1 * (end - start) });
  }
  return { scored: out, declined };
}

/** Whether the title's words up to `end` qualify the noun said next, the title's last word before its rank, one none
 * of the taxonomy's persona names says ("Paddock Steward Supervisor" where a persona is named "Paddock director": the
 * track's stewards): the title heads that noun's people, not the persona named by the words before it. Not a unit's or
 * a programme's word (HEAD_SCOPE_WORDS: "Paddock Unit Supervisor", "Paddock Programme Manager" still head the paddock's work),
 * nor a noun after a join ("Paddock & Grounds Manager"). */
function qualifiesOwnNoun(words: readonly string[], end: number, joins: readonly number[], c: CompiledTaxonomy): boolean {
  const next = words[end];
  return (
    next !== undefined &&
    end + 1 < words.length &&
    !joins.includes(end) &&
    words.slice(end + 1).every((w) => seniorityOf([w]) > 0) &&
    seniorityOf([next]) === 0 &&
    functionsOf([next]).length === 0 &&
    !isStopword(next) &&
    !GENERIC_TITLE.has(next) &&
    !HEAD_SCOPE.has(next) &&
    !personaCognatesOf(c).own.has(next)
  );
}

/** The taxonomy's persona words (five letters or more) by their cognate keys (`cognateKeys`), '' where two
 * share one, and the words already read, per taxonomy. */
const personaCognates = new WeakMap<CompiledTaxonomy, { own: Set<string>; byKey: Map<string, string>; read: Map<string, string[]>; agents: [string[], string][] }>();
function personaCognatesOf(c: CompiledTaxonomy) {
  let known = personaCognates.get(c);
  if (!known) {
    const own = new Set(c.personas.flatMap((p) => p.forms.flatMap((f) => f.words)));
    const byKey = new Map<string, string>();
    // Two words with one key are none, unless they are one persona's, one the other as another language spells
    // it ("instructor" and "istruttore" of "Driving instructor": either reads).
    const whose = (w: string) => c.personas.flatMap((p, i) => (p.forms.some((f) => f.words.includes(w)) ? [i] : [])).join();
    const spelling = (a: string, b: string) => personaKeys(a).at(-1) === personaKeys(b).at(-1) && whose(a) === whose(b);
    for (const w of own)
      for (const key of personaKeys(w)) {
        const had = byKey.get(key);
        byKey.set(key, had === undefined || had === w || (had !== '' && spelling(had, w)) ? (had || w) : '');
      }
    personaCognates.set(c, (known = { own, byKey, read: new Map(), agents: agentsOf(own) }));
  }
  return known;
}

/** A persona word's cognate keys (`cognateKeys`), also with a Greek "oe" or "œ" as "e", and as Italian and Portuguese write the Latin consonants
 * ("ct" as "tt" or "t", "dm" as "mm", "ns" before a consonant as "s", "pt" as "tt": "istruttore", "instrutor"
 * and "instructor", "amministratore" and "administrator", "ispettore" and "inspector") and with a feminine
 * agent's "-trice", "-tora" as "-tor" ("istruttrice", "instrutora"). The same on both sides, so a word of any
 * of the six languages meets the taxonomy's word in another. */
function personaKeys(w: string): readonly string[] {
  const latin = w
    // Greek "oe" as French writes it ("œnologue") and as Spanish, Italian and Portuguese do ("enólogo"), with
    // American English ("enologist" beside "oenologist").
    .replace(/^(?:oe|œ)/, 'e')
    .replace(/œ/g, 'oe')
    .replace(/(?:trice|tora|trix)$/, 'tor')
    .replace(/ct/g, 't')
    .replace(/pt/g, 't')
    .replace(/dm/g, 'm')
    .replace(/ns(?=[^aeiou])/g, 's');
  return latin === w ? cognateKeys(w) : [...new Set([...cognateKeys(w), ...cognateKeys(latin)])];
}

/** English agent nouns and the word of their field: "receptionist" of "reception", "bookkeeper" of "bookkeeping". */
const AGENT_ENDINGS: [string, string[]][] = [
  ['ist', ['', 'y']],
  ['ian', ['', 'y']],
  ['er', ['', 'ing']],
  ['or', ['ion', 'ing']],
];
/** The taxonomy's agent nouns no list reads whose field the title lexicon reads as other words, with those
 * words ("receptionist": "reception" is read "front desk", as "Empfang", "accueil", "receptie" are): a title
 * read so names the taxonomy's own word for it. The title lexicon's reading of a word and the taxonomy's
 * agent noun of that same word are synonyms, whichever language the title is in. */
function agentsOf(own: ReadonlySet<string>): [string[], string][] {
  const out: [string[], string][] = [];
  for (const w of own) {
    if (w.length < 7 || functionsOf([w]).length > 0 || seniorityOf([w]) > 0) continue;
    for (const [ending, fields] of AGENT_ENDINGS) {
      if (!w.endsWith(ending)) continue;
      for (const field of fields.map((f) => w.slice(0, -ending.length) + f)) {
        const read = titleWords(field);
        if (read.length === 0 || (read.length === 1 && (read[0] === field || read[0] === w)) || read.every((x) => own.has(x))) continue;
        out.push([read, w]);
      }
    }
  }
  return out;
}

/** The taxonomy's adjective a word is the stem of, as German and Dutch compounds and English nouns say it
 * ("Regiomanager", "Region Manager" for the taxonomy's "Regional Manager"): its own word with "-al",
 * "-nal", "-ar" or "-ic" more, the only one. */
function adjectiveOf(w: string, own: ReadonlySet<string>): string | undefined {
  const found = ['al', 'nal', 'ar', 'ic'].map((end) => w + end).filter((x) => own.has(x));
  return found.length === 1 ? found[0] : undefined;
}

/** A title's word no list reads that is one of the taxonomy's persona words in another language or
 * spelling ("titular" of the taxonomy's "titulaire", "tecnologa" of its "technologist"), or a compound of
 * two of them ("procestechnoloog" process + technologist), or its feminine form ("Pfarrerin" of the
 * taxonomy's "Pfarrer"), is read as that word or those words. The
 * taxonomy's own words read more fully, not words of a list. */
function withPersonaCognates(words: string[], c: CompiledTaxonomy): string[] {
  const { own, byKey, read, agents } = personaCognatesOf(c);
  for (const [field, agent] of agents)
    for (let i = words.indexOf(field[0]!); i >= 0 && i + field.length <= words.length; i = words.indexOf(field[0]!, i + 1))
      if (field.every((x, j) => words[i + j] === x)) words = [...words.slice(0, i), agent, ...words.slice(i + field.length)];
  // Its own word also in a feminine form ("Pfarrerin", "Rendantin" of the taxonomy's "Pfarrer", "Rendant").
  const one = (w: string): string | undefined =>
    own.has(w) ? w : (personaKeys(w).map((k) => byKey.get(k)).find((x) => x) ?? feminine(w, (x) => (own.has(x) ? x : undefined)));
  // "Dock master", "Book keeper": two words written apart that the taxonomy writes as one ("Dockmaster").
  const closed: string[] = [];
  for (const w of words) {
    const prev = closed.at(-1);
    if (prev !== undefined && own.has(prev + w)) closed[closed.length - 1] = prev + w;
    // "Hörakustikmeisterin" (read as "Hörakustik" and a supervisor's "Meister"): a master craftsman's compound
    // names the trade by its stem, and the master is first of all one who practises it ("Hörakustiker").
    else if (prev !== undefined && w === 'supervisor' && !own.has(prev) && own.has(prev + 'er')) closed.splice(-1, 1, prev + 'er', w);
    else closed.push(w);
  }
  return closed.flatMap((w) => {
    if (w.length < 5 || own.has(w)) return [w];
    let out = read.get(w);
    if (!out) {
      out = [w];
      if (functionsOf([w]).length === 0 && seniorityOf([w]) === 0) {
        const whole = one(w) ?? adjectiveOf(w, own);
        if (whole) out = [whole];
        else
          for (let i = 4; i <= w.length - 5; i++) {
            const first = one(w.slice(0, i)) ?? (w[i - 1] === 's' ? one(w.slice(0, i - 1)) : undefined);
            const last = first && one(w.slice(i));
            if (first && last) {
              out = [first, last];
              break;
            }
          }
        // "Motorrijinstructeur", "Oberfahrlehrer": a German or Dutch compound that ends in one of the taxonomy's own
        // persona words (seven letters or more) is that word with a qualifier before it.
        if (out.length === 1 && out[0] === w)
          for (let i = 3; i <= w.length - 7; i++) {
            const tail = w.slice(i);
            if (own.has(tail) && functionsOf([tail]).length === 0 && seniorityOf([tail]) === 0) {
              out = [w.slice(0, i), tail];
              break;
            }
          }
        // "Revierförster", "Rundholzeinkäufer": a German or Dutch compound that ends in an agent noun the taxonomy's persona
        // names say in another language or spelling ("Förster" of "District Forester", one letter off; "Einkäufer" the
        // title lexicon's "buyer" of "Timber Buyer") is that word with a qualifier before it, as the compound's head
        // decides what it is. An agent noun only: a field's word ("-betrieb", operations) is no person.
        if (out.length === 1 && out[0] === w) {
          const agent = compoundAgent(w, own, byKey, c);
          if (agent) out = agent;
        }
        // "Bemanningsmanager", "Gestora de Tripulações": a word the title tables do not read that the notes' six-language
        // word list reads as words the taxonomy's persona names say (crew, of "Crew Manager") is read so: the notes'
        // list has the trades' nouns the title lexicon lacks, and only the taxonomy's own words are taken from it.
        if (out.length === 1 && out[0] === w) {
          const note = foreignNoteWord(w)?.split(' ');
          if (note && note.every((x) => own.has(x))) out = note;
        }
        // A word of another language's occupation name that nothing above read ("Peluquera", "Souscriptrice"): the
        // English occupation's head noun (ESCO, CH-ISCO-19; lexicon.ts, `occupationWords`), after the taxonomy's own
        // words so that they keep their reading ("Augenoptikmeisterin" the taxonomy's "Augenoptiker").
        const occupation = out.length === 1 && out[0] === w && occupationUses.titles ? occupationWords(w) : undefined;
        if (occupation) out = occupation.split(' ').map(lightWord);
      }
      if (read.size < 5000) read.set(w, out);
    }
    return out;
  });
}

/** An English agent noun's endings: the persona word a compound's head may be read as ("forester", "buyer"). */
const AGENT_NOUN = /(?:er|or|ist|ian)$/;
/** The shortest head of a compound read as the taxonomy's agent noun (`withPersonaCognates`). */
const COMPOUND_AGENT_MIN_LENGTH = 6;
/** A compound `w` as its qualifier and the taxonomy's persona word its head is in another language or spelling: the head
 * (six letters or more, not itself the taxonomy's word, no function's or rank's word) read through the persona words'
 * cognate keys, the title lexicon (one word) or a one-letter spelling (`spelledTitle`), to an agent noun of the
 * taxonomy's names with no rank; undefined when no head is. */
function compoundAgent(w: string, own: ReadonlySet<string>, byKey: ReadonlyMap<string, string>, c: CompiledTaxonomy): string[] | undefined {
  for (let i = 3; i <= w.length - COMPOUND_AGENT_MIN_LENGTH; i++) {
    const tail = w.slice(i);
    if (own.has(tail) || functionsOf([tail]).length > 0 || seniorityOf([tail]) > 0) continue;
    const agent = personaKeys(tail).map((k) => byKey.get(k)).find((x) => x) ?? lexiconOwn(tail, own) ?? spelledOwn(tail, own, c);
    if (agent && AGENT_NOUN.test(agent) && seniorityOf([agent]) === 0) return [w.slice(0, i), agent];
  }
  return undefined;
}
/** The taxonomy's word the title lexicon reads `word` as, when it reads it as one word other than itself. */
function lexiconOwn(word: string, own: ReadonlySet<string>): string | undefined {
  const read = titleWords(word);
  return read.length === 1 && read[0] !== word && own.has(read[0]!) ? read[0] : undefined;
}
/** The taxonomy's word `word` misspells by a letter (`spelledTitle`), when it is one. */
function spelledOwn(word: string, own: ReadonlySet<string>, c: CompiledTaxonomy): string | undefined {
  const read = spelledTitle(word, c).text;
  return read !== word && own.has(read) ? read : undefined;
}

/** The field an agent noun works in, as a persona's name says it: "breeding" of "breeder", "planning" of
 * "planner", "technology" of "technologist". */
const isFieldOf = (field: string, agent: string): boolean => {
  const root = agent.replace(/(?:er|or|ist|ian)$/, '');
  return root.length >= 4 && root !== agent && field !== agent && field.startsWith(root) && field.length - root.length <= 5 && /(?:ing|y|ics)$/.test(field);
};

/** A practitioner's title with a rank above the practitioner persona's ("Lead Breeder", "Chief Breeder",
 * "Founder & Lead Breeder") is the persona that heads that practice, when the taxonomy has one whose name
 * says a rank and the practice's field ("Head of Breeding" beside "Plant breeder"): the one who leads the
 * breeders, not one of them. In place, on the scores found. */
function headsOfPractitioners(words: readonly string[], scored: Map<number, Scored>, c: CompiledTaxonomy): void {
  const level = seniorityOf(words);
  if (level < 2) return;
  for (const m of c.personaForms.all(words)) {
    const practitioner = c.personas[m.value.index]!;
    const found = scored.get(m.value.index);
    if (!found || practitioner.seniority >= level) continue;
    const agent = words.slice(m.start, m.end).filter((w) => seniorityOf([w]) === 0).at(-1);
    if (!agent) continue;
    const head = c.personas.findIndex(
      (p, index) => index !== m.value.index && p.seniority > practitioner.seniority && p.forms.some((f) => seniorityOf(f.words) > 0 && f.words.some((w) => isFieldOf(w, agent))),
    );
    if (head < 0) continue;
    scored.delete(m.value.index);
    bump(scored, { ...found, index: head });
  }
}

/** "Head Librarian", "Chief Brewer": a head's rank and one agent noun that names no persona is the one who
 * heads that agent's field, when one of the taxonomy's personas has a name with a rank and that field ("Library
 * Director"), the nearest in rank to the title's. In place, when nothing else names a persona. */
function headOfField(words: readonly string[], level: number, scored: Map<number, Scored>, quote: string, c: CompiledTaxonomy): void {
  if (level < 4) return;
  const agents = words.filter((w) => seniorityOf([w]) === 0);
  if (agents.length !== 1 || functionsOf(words).length > 0) return;
  const heads = c.personas.flatMap((p, index) =>
    p.seniority > 0 && p.forms.some((f) => seniorityOf(f.words) > 0 && f.words.some((w) => isFieldOf(w, agents[0]!))) ? [{ index, distance: Math.abs(level - p.seniority) }] : [],
  );
  const nearest = Math.min(...heads.map((h) => h.distance));
  const chosen = heads.filter((h) => h.distance === nearest);
  if (chosen.length === 1) bump(scored, { index: chosen[0]!.index, score: 0.65, evidence: { field: 'title', quote, via: 'taxonomy', confidence: 0.65 } });
}

/** What sets off a part of a title that qualifies the rest: a comma, a dash between spaces, a bracket. */
const QUALIFIER = /[,(]|\s[-\u2013\u2014]\s/;

/** Words several personas' names share (not a rank or a generic word), each with the names that use it:
 * the persona and the name's other words that say what it is about. */
const GENERIC_TITLE = new Set(GENERIC_TITLE_WORDS.flatMap((w) => titleWords(w)));
const sharedPersonaWords = new WeakMap<CompiledTaxonomy, Map<string, { index: number; others: string[] }[]>>();
function sharedPersonaWordsOf(c: CompiledTaxonomy): Map<string, { index: number; others: string[] }[]> {
  const known = sharedPersonaWords.get(c);
  if (known) return known;
  const shared = new Map<string, { index: number; others: string[] }[]>();
  c.personas.forEach((p, index) => {
    for (const f of p.forms)
      for (const w of new Set(f.words)) {
        if (w.length < 3 || c.personaWords.has(w) || GENERIC_TITLE.has(w) || seniorityOf([w]) > 0) continue;
        const others = f.words.filter((x) => x !== w && seniorityOf([x]) === 0 && !GENERIC_TITLE.has(x));
        shared.set(w, [...(shared.get(w) ?? []), { index, others }]);
      }
  });
  for (const [w, uses] of shared) if (new Set(uses.map((u) => u.index)).size < 2) shared.delete(w);
  sharedPersonaWords.set(c, shared);
  return shared;
}

/** The one persona a word several personas' names share speaks for in this title: the one with a name
 * whose other words are ranks or said in the title too ("Sr. Crew Planner" says "crew" as "Crew Manager"
 * does, not as "Crew Payroll Manager"), or undefined when none or several are. Read only for the word that
 * qualifies the title's role, the function it ends with ("crew" of "planner"): elsewhere such a word says
 * what the role is about ("Claims Adjuster, Marine Cargo"), not whose it is. */
function sharedWordOwner(w: string, words: readonly string[], c: CompiledTaxonomy): number | undefined {
  const uses = sharedPersonaWordsOf(c).get(w);
  if (!uses) return undefined;
  const fit = new Set(uses.filter((u) => u.others.every((x) => words.includes(x))).map((u) => u.index));
  return fit.size === 1 ? [...fit][0] : undefined;
}

/** "Repair Department Manager" is the repair manager: "department" between what a department does and the rank
 * of its head says nothing more (not the "Department manager" of a store, who runs one of its floors). */
function withoutDepartment(words: string[]): string[] {
  const i = words.indexOf('department');
  if (i <= 0 || i === words.length - 1) return words;
  const before = words[i - 1]!;
  if (before === JOIN_MARK || seniorityOf([before]) > 0 || FILLER.has(before) || seniorityOf(words.slice(i + 1)) === 0) return words;
  return [...words.slice(0, i), ...words.slice(i + 1)];
}

/** The last of two functions' words said side by side decides which function a title is about ("Head of Claims
 * Analytics" is analytics, "Driver Recruiter" recruiting: compile.ts, functionsOf), where the title is said in English
 * words only (no word of it read as another language's: "Esercizio Rete" puts its head first) and says nothing in
 * brackets ("Bookkeeper (contract)": the bracket says how he is hired, not what he does). */
function headNounDecides(title: string): boolean {
  if (/[()[\]]/.test(title)) return false;
  const titleWords = words(title);
  const said = new Set(titleWords);
  return englishWords(titleWords).every((w) => said.has(w));
}

/** A grade said before a front-line rank ("Lead Supervisor", "Senior Team Leader", "Chief Supervisor"). */
const FRONT_GRADE = /^(?:lead|chief|head|senior|principal|deputy|assistant|junior)$/;

/** "Customer Service Team Leader", "Teamleiter Kundenservice", "Supervisora de Atención al Cliente": where one
 * persona's whole name said in the title is a front-line rank ("Team Leader", "Supervisor", a persona of team
 * leaders), the title is that rank's, not the persona named for the department's leaders whose name the title meets
 * only through the function ("Customer service leader", its rank word not said). The personas to drop. */
function frontLineOutranks(said: readonly { index: number; words: string[]; start: number; end: number }[], c: CompiledTaxonomy, words: readonly string[], saysLead = false): Set<number> {
  const out = new Set<number>();
  const front = said.filter((s) => {
    const levels = rankLevels(s.words);
    return levels.length > 0 && levels.every((l) => l <= 2) && rankWords(s.words).length === s.words.length;
  });
  if (front.length === 0) return out;
  // A manager's or a head's rank said anywhere outside the front-line rank makes the title the head of the front
  // line ("Head of Customer Service Supervisors", "Manager, Customer Service Supervisors"): no persona is dropped.
  // A grade said right before the front-line rank is that rank's own ("Lead Supervisor", "Chief Supervisor"; "lead"
  // is read as "leader" where a persona's name says "leader"), not a head's.
  const graded = (i: number) => front.some((f) => {
    let j = f.start - 1;
    while (j >= 0 && (FRONT_GRADE.test(words[j]!) || (words[j] === 'leader' && saysLead))) j--;
    return j < i && i < f.start;
  });
  const beside = words.filter((_, i) => !front.some((f) => f.start <= i && i < f.end) && !graded(i));
  if (Math.max(0, ...rankLevels(beside)) >= 3) return out;
  for (const s of said) {
    if (front.some((f) => f.index === s.index)) continue;
    const persona = c.personas[s.index]!;
    if (persona.seniority < 3) continue;
    // Its names' words the front-line rank does not say: "leader" of "Leader, Customer Service" beside "Team
    // Leader" is the team's; a rank of its own said elsewhere keeps it ("Head of Customer Service Team Leaders").
    const own = (o: (typeof said)[number]) => o.words.filter((_, i) => !front.some((f) => f.start <= o.start + i && o.start + i < f.end));
    if (said.some((o) => o.index === s.index && rankWords(own(o)).length > 0)) continue;
    if (own(s).length === 0) continue;
    out.add(s.index);
  }
  return out;
}

/** A title or name with its bracketed parts blanked ("Driver (night shift)", "Acme (UK)"), offsets kept. */
const withoutBracketed = (text: string): string => text.replace(/\([^)]*\)/g, ' ');
const MANAGED_WORKER = new Set(MANAGED_WORKER_WORDS);
const WORKER_SHIFT = new Set(WORKER_SHIFT_WORDS);
/** "Driver, Night Shift", "Driver - Nights": a title without a last comma's or spaced dash's part that says only a
 * shift or time of day (WORKER_SHIFT_WORDS), as brackets are taken off ("Driver (night shift)"). */
const withoutShiftTail = (title: string): string =>
  title.replace(/\s*(?:,|\s[-\u2013\u2014]\s)\s*([^,\u2013\u2014]*)$/, (all, tail: string) => (words(tail).every((w) => WORKER_SHIFT.has(w.toLowerCase())) ? ' ' : all));
/** "Owner-Driver", "Owner Driver": an owner who drives, two roles as "Owner/Driver" is (resolveRoles); else the role. */
const OWNER_AND_WORKER = new RegExp(`^\\s*((?:co-?)?owner)(?:\\s*-\\s*|\\s+)(${MANAGED_WORKER_WORDS.join('|')})\\s*$`, 'i');
const ownerAndWorker = (role: string): string[] => {
  const m = OWNER_AND_WORKER.exec(role);
  return m ? [m[1]!, m[2]!] : [role];
};
/** Whether a title (or one role of it) is one of the workers a function is named for (MANAGED_WORKER_WORDS): its last
 * word as written, brackets and a shift said after a comma or dash off, is the singular worker's noun ("Driver",
 * "Tanker Driver", "Driver, Night Shift"; not "Drivers", "Driver Trainer"), no rank above a grade is said ("Senior
 * Driver" is a driver; "Lead Driver", "Head Driver" are not), and no persona is named for that worker. */
function managedWorker(title: string, read: readonly string[], c: CompiledTaxonomy): boolean {
  const last = words(withoutShiftTail(withoutBracketed(title))).at(-1)?.toLowerCase();
  if (last === undefined || !MANAGED_WORKER.has(last) || seniorityOf(read) > 1) return false;
  return !c.personas.some((p) => personaForWorker([p.entry.label, ...(p.entry.aliases ?? [])], last));
}
/** Whether a persona is named for the worker: one of its names is (`namedForWorker`), or one joins the workers with
 * another role ("Drivers & Fleet", "Fleet and drivers") and none of its names says a role over them ("Head of Drivers",
 * "Driver Trainer"), by which such a joined name is the other role's people, not the workers. */
function personaForWorker(names: readonly string[], worker: string): boolean {
  if (names.some((name) => namedForWorker(name, worker))) return true;
  const joined = (name: string) => name.split(ROLE_JOIN).some((part) => namedForWorker(part, worker));
  return names.some(joined) && !names.some((name) => !joined(name) && titleWords(name).includes(worker));
}
/** Whether a persona's name is the worker's: its last word as written is the worker ("Delivery Driver"), or the
 * plural folded ("Drivers", "CDL drivers") where the name says no rank above a grade and joins no other role: "Head of
 * Drivers", "Drivers Manager" name the drivers' manager and "Fleet and drivers" the fleet's people, not the drivers. */
function namedForWorker(name: string, worker: string): boolean {
  const said = words(withoutBracketed(name));
  if (said.at(-1)?.toLowerCase() === worker) return true;
  const read = titleWords(name);
  return read.at(-1) === worker && seniorityOf(read) <= 1 && said.length > 0 && name.split(ROLE_JOIN).length === 1 && !name.includes(',');
}

/** The English words of a territory a manager's rank is of, first in a title ("Regional Manager"). */
const TERRITORY_SCOPES = new Set(['regional', 'area', 'district', 'territory', 'zone', 'divisional']);

function resolvePersonaPart(title: string, quote: string, c: CompiledTaxonomy, alone = true): Resolved[] {
  // The joins counted on the words read: "department" dropped before a join moves it ("Repair Department Manager & IT").
  const { words, joins } = joinedWords(title, (said) => withoutDepartment(withPersonaCognates(said, c)));
  if (words.length === 0) return [];
  if (managedWorker(title, words, c)) return [];
  // "Assistant Director, Visitor Programmes" where the programmes persona is also named "Assistant Director": a rank of
  // two words or more said first, one persona's own name whole, is that persona's when its other names say a word the
  // title says after the rank; not the director's of those words ("Assistant Director of Finance" stays the finance
  // persona's where the one so named says nothing of finance).
  const rankNamed = rankNamedFirst(words, c);
  if (rankNamed !== undefined) {
    const p = c.personas[rankNamed]!;
    return [{ id: p.entry.id, label: p.entry.label, evidence: { field: 'title', quote, via: 'taxonomy', confidence: 1 } }];
  }
  const scored = new Map<number, Scored>();
  const spans = asWholeWhereNoPart(functionsOf(words, joins, headNounDecides(title)), c);
  const ranks = rankPhrasesOf(words);
  const said: { index: number; words: string[]; start: number; end: number }[] = [];
  const forms = c.personaForms.all(words);
  const cores = [...forms, ...c.personaCores.all(words)];
  for (const m of forms) {
    // "President" is not said inside "Vice President".
    if (ranks.some((r) => r.start <= m.start && r.end >= m.end && r.end - r.start > m.end - m.start)) continue;
    // "Head of Retail Sales Operations" is not the "Head of Retail Sales" where another persona is named "Retail Sales
    // Operations": a name whose last words begin another persona's name (or what its name says beside its rank), said
    // on past the name, is not said there; the title's head noun is the other's. Only a name that ends in what the rank
    // is of ("Head of Retail Sales"), carried on by words of which at least one is no rank ("Parts Service Manager", whose
    // "Manager" is all it carries on, still says a "Parts service" persona's name beside a persona named for the
    // service's managers).
    if (
      rankWords([words[m.end - 1]!]).length === 0 &&
      cores.some((k) => k.value.index !== m.value.index && k.start > m.start && k.start < m.end && k.end > m.end && rankWords(words.slice(m.end, k.end)).length < k.end - m.end)
    )
      continue;
    // "Operations" is not the operations persona inside "Revenue Operations": a longer phrase that
    // names another function wins.
    const persona = c.personas[m.value.index]!;
    const inside = spans.find((s) => s.start <= m.start && s.end >= m.end && s.end - s.start > m.end - m.start);
    if (inside && (persona.functions.get(inside.fn) ?? 0) < 0.2) continue;
    // "Head of Payroll Analytics" is not the "Head of Payroll": a name whose last word only qualifies the function a
    // longer phrase of the title names (functionsOf: the last word decides) is not said there, unless that function is
    // a part of the persona's ("VP Security Operations" is still the "VP Security").
    const qualified = spans.find((s) => s.start < m.end && s.end > m.end);
    if (qualified && (persona.functions.get(qualified.fn) ?? 0) < 0.2 && broaderWeight(persona.functions, qualified.fn) < 0.2) continue;
    // "Sales Director" is not the taxonomy's bare "Director" (the agency's head): a name that says only a rank
    // is not said by a title that names, beside it, a function the persona is not about, unless the
    // persona's other names say that function's words ("High School Principal", "School & district leadership");
    // nor by a title that says what the rank is of (rankOfSomething: "Director of Visitor Services").
    if (
      isBareRank(words.slice(m.start, m.end)) &&
      (rankOfSomething(title) ||
        spans.some((s) => s.fn !== 'executive' && (s.end <= m.start || s.start >= m.end) && (persona.functions.get(s.fn) ?? 0) < 0.2 && !words.slice(s.start, s.end).some((w) => persona.forms.some((f) => f.words.includes(w)))))
    )
      continue;
    bump(scored, { index: m.value.index, score: 1 + 0.1 * (m.end - m.start), evidence: { field: 'title', quote, via: 'taxonomy', confidence: 1 } });
    said.push({ index: m.value.index, words: words.slice(m.start, m.end), start: m.start, end: m.end });
  }
  // "District Sales Manager", "Regional Turf Manager": a name of a territory's rank ("Regional Manager", "District
  // Manager") said with one word between its two, the title's first and last, is said by the title as a whole: the word
  // between says what the territory's manager manages, not another role, unless it names a function the persona is not
  // about ("Regional IT Manager"). Only after a territory's word: a "Stock Control Manager" is no "Stock Manager".
  if (words.length === 3 && TERRITORY_SCOPES.has(words[0]!))
    c.personas.forEach((p, index) => {
      if (scored.has(index)) return;
      const gap = words[1]!;
      if (!p.forms.some((f) => f.words.length === 2 && f.words[0] === words[0] && f.words[1] === words[2])) return;
      if (functionsOf([gap]).some((f) => (p.functions.get(f.fn) ?? 0) < 0.2)) return;
      bump(scored, { index, score: 1 + 0.1 * words.length, evidence: { field: 'title', quote, via: 'taxonomy', confidence: 1 } });
    });
  const outranked = frontLineOutranks(said, c, words, /\blead\b/i.test(title));
  // "Gérante", "Chief Executive": a title that is only the business's top executive, said in no persona's name
  // (not "Marina General Manager"), is the persona named by another such title ("Managing Director", "CEO"), not one
  // about the executive function through the heads of something else ("Association Director", "Federation President").
  const isTop = (ws: readonly string[], titles: readonly (readonly string[])[]) => titles.some((t) => t.length === ws.length && startsWith(ws, t));
  // "General Manager", "GM" said in English and named by no persona: the manager who runs the business's operations
  // day to day for its owners, the one persona named "Operations Manager"; not the owner or chief executive, as a
  // French gérant or a Spanish gerente (the company's legal head) is below.
  if (scored.size === 0 && ENGLISH_GENERAL_MANAGER.test(title) && !c.personas.some((p) => p.forms.some((f) => f.words.some((_, i) => startsWith(f.words.slice(i), words))))) {
    const runs = c.personas.flatMap((p, index) => (p.forms.some((f) => f.words.length === OPERATIONS_MANAGER.length && startsWith(f.words, OPERATIONS_MANAGER)) ? [index] : []));
    if (runs.length === 1) bump(scored, { index: runs[0]!, score: 1.2, evidence: { field: 'title', quote, via: 'taxonomy', confidence: 0.9 } });
  }
  if (scored.size === 0 && isTop(words, TOP_EXECUTIVE.said) && !c.personas.some((p) => p.forms.some((f) => !isTop(f.words, TOP_EXECUTIVE.named) && f.words.some((_, i) => startsWith(f.words.slice(i), words)))))
    c.personas.forEach((p, index) => {
      if (p.forms.some((f) => isTop(f.words, TOP_EXECUTIVE.named))) bump(scored, { index, score: 1.2, evidence: { field: 'title', quote, via: 'taxonomy', confidence: 0.9 } });
    });
  const fns = [...new Set(spans.map((f) => f.fn))];
  // A title that says no rank ("Underwriter, Property & Casualty", "Recruiter") is an individual role, as a
  // persona none of whose names says one is: its function's leaders' persona is a rank away.
  // "Teacher in charge of curriculum", "Teacher-in-Charge" (the head of a small school in some systems): one put in
  // charge of something, with no other rank said, is a lead (titleWords drops the "in" the phrase needs).
  const level = seniorityOf(words) || (IN_CHARGE.test(title) ? 2 : 1);
  const teaches = level === 1 && words.some((w) => TEACHER.has(w)) && !MASTER_OR_TEACHER.test(title);
  // "Director, Animal Health Pharmacovigilance", "Drug Safety Associate": what the taxonomy's own names say
  // beside their ranks, the persona whose name's rank is nearest the title's.
  const { scored: cored, declined: bareCore } = nearestRankCores(words, spans, level, c, seniorityOf(words) === 0 ? bareTitleWords(words, title) : 0, joins);
  for (const s of cored) bump(scored, { ...s, evidence: { field: 'title', quote, via: 'taxonomy', confidence: 0.9 } });

  if (fns.length > 0) {
    const found: { index: number; credit: number; distance: number; score: number }[] = [];
    const chiefOfficer = level === CHIEF_RANK && words.includes('chief') && words.includes('officer');
    c.personas.forEach((p, index) => {
      // A persona about the title's own function counts fully; one about its broader function (HR for a
      // recruiter) at half, so the narrower persona wins when the taxonomy has one.
      let credit = 0;
      let weight = 0;
      let covered = 0;
      for (const f of fns) {
        const own = p.functions.get(f) ?? 0;
        const parent = broaderWeight(p.functions, f);
        if (own >= 0.2) {
          credit += 1;
          weight += own;
          covered++;
        } else if (parent >= 0.2) {
          credit += 0.5;
          weight += parent / 2;
          covered++;
        }
      }
      if (covered === 0) return;
      // "COO" where the one persona about operations is the territories' sales managers' (an area manager among names
      // mostly of sales): a chief officer is not a manager's persona two ranks or more below him that is mostly about
      // another function.
      if (chiefOfficer && p.seniority <= MANAGER_RANK && weight / covered < MOSTLY) return;
      // "COO" where the personas about operations are managers of a shop, a production or the operations, none of whose
      // names says a rank above a manager's: the chief operating officer runs the business beside its chief executive,
      // not one of its departments two ranks below; the taxonomy's executive persona is his (below), as for an office no
      // persona names. A persona whose names say the office ("COO") is still read by its name, and one also named at a
      // head's rank ("Foundry director") is still read through operations.
      if (alone && chiefOfficer && p.seniority <= MANAGER_RANK && fns.every((f) => f === 'operations') && p.forms.every((f) => seniorityOf(f.words) <= MANAGER_RANK)) return;
      // "Pest Control Technician", "Front Desk": an individual role is not the manager (or head) of a broader
      // function its own belongs to: the operations manager is someone else. (A persona about the role's own
      // function is still its: an accountant is the finance persona's.)
      if (level === 1 && p.seniority >= 3 && credit < covered) return;
      // "Preschool Teacher", "Docente di matematica": one who teaches, at no rank above an individual's
      // (TEACHER_WORDS), is not the lead, coordinator or head of education a persona's name says; a persona
      // named for teachers is still read by its name.
      if (teaches && p.seniority >= 2) return;
      // One rank apart costs more than the margin that keeps near ties (keepBest's 0.05): a supervisor's
      // title goes to the supervisors' persona, not also to the managers' one of the same function.
      const seniorityFit = level && p.seniority ? 0.12 * (1 - Math.min(Math.abs(level - p.seniority), 2) / 2) : 0;
      const score = 0.5 + (0.3 * credit) / fns.length + (0.2 * weight) / covered + seniorityFit;
      found.push({ index, credit, distance: p.seniority ? Math.abs(level - p.seniority) : 0, score });
    });
    atTitleRank(fns, level, found, c);
    frontLineOfFunction(fns, level, found, c);
    // Siblings: of the personas about the executive function as much, when the title names only that one
    // ("Executive Director" where the library's director and its branch manager are both heads), the ones
    // nearest the title's rank; the others' names say a rank the title does not. (Measured on every function:
    // more check sets fell than rose.)
    const heads = fns.every((f) => f === 'executive');
    // (Not one the title's other words name: "Harbour Chair" is the "Harbour Master"'s persona, whatever its rank.)
    const named = new Set(words.map((w) => c.personaWords.get(w)?.index));
    for (const f of found)
      if (!heads || named.has(f.index) || !found.some((o) => o.credit === f.credit && o.distance < f.distance))
        bump(scored, { index: f.index, score: f.score, evidence: { field: 'title', quote, via: 'knowledge', confidence: Math.min(0.95, f.score) } });
  }
  // A distinctive word the title shares with one persona's label or aliases ("HRIS Analyst", "HRIS
  // Administrator"; "Fleet Maintenance Supervisor", "Fleet manager") tips the balance towards it.
  for (const w of new Set(words)) {
    // A short plural ("Fans") meets its singular ("Fan Engagement Manager"), as longer ones do in titleWords.
    const owner = c.personaWords.get(w) ?? (/^[a-z]{3}s$/.test(w) ? c.personaWords.get(w.slice(0, -1)) : undefined);
    if (!owner || bareCore.has(w)) continue;
    // "Legal" of a "Legal IT" persona says whose IT it is: a word naming a function the persona is not about is not its.
    if (functionsOf([w]).some((f) => (c.personas[owner.index]!.functions.get(f.fn) ?? 0) < 0.2)) continue;
    // "Dir. of Elevator Ops": a word of the vendor's market ("elevator" of "Elevator mechanic", said by most of its
    // industries) does not make a manager or a director the persona of a role none of whose names says a rank above
    // an individual's: it says where he works, not who he is.
    if (level >= 3 && marketWordsOf(c).has(stem(w)) && c.personas[owner.index]!.forms.every((f) => seniorityOf(f.words) <= 1)) continue;
    // "Teacher" is not the persona named "Teaching lead" or "Head of Learning Support": one who teaches meets
    // a word of a lead's or a head's persona, not its rank.
    if (teaches && c.personas[owner.index]!.seniority >= 2) continue;
    // "Youth Curling Programme Coordinator", "Rink Supervisor - Junior Curling": a word that, in each of the persona's
    // names that say it, qualifies a worker's noun of no rank the title does not say ("Curling coach"; not a trade's
    // master, who heads it), does not make the worker of a title ending in a rank (not a lead, often the trade's senior
    // worker), or of a qualifier after a comma, a dash or a bracket ending on that word: the title runs the field, or
    // only says which.
    if (
      ((seniorityOf(words.slice(-1)) > 0 && words.at(-1) !== 'lead') || (words.at(-1) === w && QUALIFIER.test(title))) &&
      c.personas[owner.index]!.forms.every(
        (f) => !f.words.includes(w) || (f.words.at(-1) !== w && f.words.at(-1) !== 'master' && seniorityOf(f.words) === 0 && !words.includes(f.words.at(-1)!)),
      )
    )
      continue;
    // "Professor of Plant Breeding": a word qualifying another persona's word ("plant" of "breeding", where
    // "Plant breeder" and "Head of breeding" are two personas) says which kind of that, not whose it is.
    const next = c.personaWords.get(words[words.indexOf(w) + 1] ?? '');
    if (next && next.index !== owner.index) continue;
    const old = scored.get(owner.index);
    bump(scored, { index: owner.index, score: Math.max(0.65, (old?.score ?? 0) + 0.2), evidence: old?.evidence ?? { field: 'title', quote, via: 'taxonomy', confidence: 0.65 } });
    if (old) scored.set(owner.index, { ...old, score: old.score + 0.2 });
  }
  // "Sr. Crew Planner": a word several personas' names share, said just before the title's role, when
  // nothing else names one.
  const role = spans.at(-1);
  if (scored.size === 0 && role && role.start > 0 && role.end === words.length) {
    const owner = sharedWordOwner(words[role.start - 1]!, words, c);
    if (owner !== undefined) bump(scored, { index: owner, score: 0.65, evidence: { field: 'title', quote, via: 'taxonomy', confidence: 0.65 } });
  }
  headsOfPractitioners(words, scored, c);
  if (scored.size === 0) headOfField(words, level, scored, quote, c);
  if (scored.size === 0 && isHeadRankOnly(words)) {
    const head = headOfBareRank(words, c);
    if (head !== undefined) bump(scored, { index: head, score: 0.65, evidence: { field: 'title', quote, via: 'taxonomy', confidence: 0.65 } });
    // "Partner", "Vennoot": a partner of a firm is one of its owners, where no persona's name says partner.
    else if (words.at(-1) === 'partner') return resolvePersonaPart('owner', quote, c, alone);
  }
  // "Chief Operating Officer", "CFO": an officer of the company is one of its executives, whatever his office;
  // when nothing names a persona for that office, the taxonomy's executive persona is his, as a broader
  // function's would be (not a ship's "Chief Engineer", who is no officer). Not beside another role that
  // names a persona ("CFO & COO" is the finance persona's).
  if (alone && scored.size === 0 && words[0] === 'chief' && words.at(-1) === 'officer')
    c.personas.forEach((p, index) => {
      const weight = p.functions.get('executive') ?? 0;
      if (weight < 0.2) return;
      const seniorityFit = p.seniority ? 0.12 * (1 - Math.min(Math.abs(level - p.seniority), 2) / 2) : 0;
      const score = 0.65 + 0.1 * weight + seniorityFit;
      bump(scored, { index, score, evidence: { field: 'title', quote, via: 'knowledge', confidence: Math.min(0.95, score) } });
    });
  // "Geschäftsführer", "Managing Director": a title naming only the executive function, which no persona is
  // about enough to be read (0.2 above), is the persona that is in part the customer's executive (an
  // alias "Executive Pastor", a top rank: compile's executiveOf), the one about it most; not a persona one of whose
  // names only says a director ("Plant director" is a site's, not the customer's executive).
  if (scored.size === 0 && fns.length > 0 && fns.every((f) => f === 'executive'))
    c.personas.forEach((p, index) => {
      const weight = p.functions.get('executive') ?? 0;
      if (weight > 0 && p.forms.some((f) => seniorityOf(f.words) === 5)) bump(scored, { index, score: 0.65 + weight, evidence: { field: 'title', quote, via: 'knowledge', confidence: 0.65 } });
    });
  for (const i of outranked) scored.delete(i);
  // "Ferryman" where a persona is named "Ferryman": a title that is one of the taxonomy's persona names whole is that
  // persona's, not also one a function's knowledge reads from it (an executive's persona beside the owner's).
  // The persona whose name it is stays, however it was read ("Driver" where a persona is named "Drivers").
  const namedWhole = new Set(c.personaForms.all(words).filter((m) => m.start === 0 && m.end === words.length).map((m) => m.value.index));
  if (namedWhole.size > 0 && [...scored.values()].some((s) => s.evidence.via === 'taxonomy'))
    for (const [i, s] of [...scored]) if (s.evidence.via === 'knowledge' && !namedWhole.has(i)) scored.delete(i);
  return functionTieBroken(keepBest(scored, 0.05, 0.6), words, joins, spans, level, c).map((s) => ({ id: c.personas[s.index]!.entry.id, label: c.personas[s.index]!.entry.label, evidence: s.evidence }));
}

/** The persona whose own name is the rank a title says first ("Assistant Director": two rank words or
 * more, and more words after them), when it is the one persona so named whose other names say one of those words
 * (not a generic one). */
function rankNamedFirst(words: readonly string[], c: CompiledTaxonomy): number | undefined {
  let k = 0;
  for (let n = 2; n < words.length; n++) if (rankWords(words.slice(0, n)).length === n) k = n;
  if (k < 2) return undefined;
  const rest = words.slice(k).filter((w) => seniorityOf([w]) === 0 && !isStopword(w) && !GENERIC_TITLE.has(w));
  const named = new Set(c.personaForms.all(words.slice(0, k)).flatMap((m) => (m.start === 0 && m.end === k ? [m.value.index] : [])));
  const fits = [...named].filter((i) => c.personas[i]!.forms.some((f) => f.words.some((w) => rest.includes(w))));
  return fits.length === 1 ? fits[0] : undefined;
}

/** The function a persona's label names last, its head ("operations" of a site's operations persona named for
 * where it works, "IT" of an IT executive), as `functionsOf` reads the label. */
function labelHeadFunction(p: CompiledPersona): string | undefined {
  const words = p.forms[0]?.words ?? [];
  return functionsOf(words, undefined, true).at(-1)?.fn;
}

/** Personas scored within 2% of each other for a title of one role (no join: "Owner & Chef" reads both): a near tie
 * says the scores could not choose, not that the prospect is two people. The one whose label's head names a function
 * the title says wins over one that names it only as a qualifier ("Director of Systems" is the IT executive's, not
 * the persona named for the machine halls' operations), when the title ends on a function it names (not "QA Chemist":
 * its role is the chemist's); else the one whose rank is nearest the title's ("Head of Upkeep" is the upkeep chief's,
 * not the upkeep foreman's). */
function functionTieBroken(kept: Scored[], words: readonly string[], joins: readonly number[], spans: readonly { fn: string; start: number; end: number }[], level: number, c: CompiledTaxonomy): Scored[] {
  if (kept.length < 2 || joins.length > 0) return kept;
  const tied = kept.filter((s) => s.score >= kept[0]!.score * 0.98);
  if (tied.length < 2) return kept;
  let pick = tied;
  // "Director of Pantry Operations" beside a persona named "Director of Pantry": operations said right after a tied
  // persona's own name, ending the title, are that unit's running, not the operations function's: that persona.
  const ops = spans.find((s) => s.fn === 'operations' && s.end === words.length);
  if (ops) {
    const before = new Set(c.personaForms.all(words).filter((m) => m.end === ops.start && m.start < m.end).map((m) => m.value.index));
    const unit = tied.filter((s) => before.has(s.index));
    if (unit.length > 0 && unit.length < tied.length) return kept.filter((s) => !tied.includes(s) || unit.includes(s));
  }
  // (Each word's own function too: "HR Payroll Manager" names HR beside payroll.)
  const fns = new Set([...spans, ...functionsOf(words), ...words.flatMap((w) => functionsOf([w]))].map((s) => s.fn));
  const heads = tied.filter((s) => fns.has(labelHeadFunction(c.personas[s.index]!) ?? ''));
  // "Payroll HR Manager": a title that names each tied persona's own function names both roles, whatever its last
  // word (a rank after the functions would otherwise pick the persona nearest it and drop the other role).
  if (new Set(heads.map((s) => labelHeadFunction(c.personas[s.index]!))).size > 1) return kept;
  if (heads.length > 0 && spans.some((s) => s.end === words.length)) pick = heads;
  if (pick.length > 1 && level) {
    const distance = (s: Scored) => (c.personas[s.index]!.seniority ? Math.abs(level - c.personas[s.index]!.seniority) : Infinity);
    const nearest = Math.min(...pick.map(distance));
    pick = pick.filter((s) => distance(s) === nearest);
  }
  return pick.length === tied.length ? kept : kept.filter((s) => !tied.includes(s) || pick.includes(s));
}

/** `name` says `form` head first, its other words right after in their order, at the name's start or after one word,
 * where that head is a general word for a kind of business (`BUSINESS_KINDS`: rental, shop, service...): "rental tool
 * galli" of "tool rental". */
function headFirst(name: readonly string[], form: readonly string[]): boolean {
  const rest = form.slice(0, -1);
  if (!BUSINESS_KINDS.has(form.at(-1)!)) return false;
  for (const h of [0, 1]) if (name[h] === form.at(-1) && rest.every((w, j) => name[h + 1 + j] === w)) return true;
  return false;
}

/** `name` holds `form`'s words in its order, others between, and ends with its head (a company's legal form
 * after it aside: "... Coop Inc."). Not when the word right before the head, outside the form, names a sector
 * (`sectorsOf`): with the head it is a kind of its own ("Fenwick Crest Title Insurance Firm" is an insurer, no
 * "title firm"). */
function inOrderApart(name: readonly string[], form: readonly string[]): boolean {
  const head = name.lastIndexOf(form.at(-1)!);
  if (head < 0 || head < name.length - 2) return false;
  const before = name[head - 1];
  if (before !== undefined && !form.includes(before) && sectorsOf([before]).length > 0) return false;
  let k = 0;
  for (let i = 0; i < head && k < form.length - 1; i++) if (name[i] === form[k]) k++;
  return k === form.length - 1;
}

/** The joins of a company's name that put two kinds of business side by side ("... Piercing & Tattoo",
 * "... Linen and Uniform", "Autohaus + Werkstatt"), in the six languages. */
const NAME_JOIN = new RegExp(`\\s(?:&|\\+|${AND_WORDS})\\s`, 'i');
/** The joins of a CRM's industry value: a comma, "&", "/" or "and" in the six languages ("Health, Wellness & Fitness"). */
const VALUE_JOIN = new RegExp(`,|&|/|\\b(?:${AND_WORDS})\\b`, 'i');
/** The readings of names by the kind of body they say ("Bergland Molkerei eG"): the body, beside which the notes
 * may say the trade's segment ("Käserei ..."). */
const BODY_NAMES = new WeakSet<Map<number, Scored>>();
/** The readings of names that join two kinds: one business, so a CRM value that admits one half keeps both. */
const JOINED_NAMES = new WeakSet<Map<number, Scored>>();

/** A name's half says the head of one of the entry's names of two words or more as that name writes it, or as its
 * verbal noun ("Engraving" of "nameplate engraving", "Glazing" of "shower glazing"): the trade, not the plural of its goods
 * ("Lamp" is no "neon lamps", "Door" no "garage doors"), nor the trade's place ("Rinks" of "skating rinks"). */
function writtenHead(half: string, forms: readonly { text: string; words: string[] }[], market: ReadonlySet<string>): boolean {
  const said = words(half);
  return forms.some((f) => {
    const head = words(f.text).at(-1);
    // Not a name whose other words are only the market's ("skating rinks"): the trade's place, every kind's.
    return f.words.length > 1 && !f.words.slice(0, -1).every((w) => market.has(w)) && head !== undefined && (said.includes(head) || said.includes(`${head}ing`) || said.includes(`${head.replace(/e$/, '')}ing`));
  });
}

/** One half of a joined name that reads no entry of its own (`namedIndustries`): the trade its last word is, beside
 * the other half's. The vendor's market word alone is the trade's plain kind (`plainKindOfTrade`: "Orrin Lettering &
 * Signs"); and a word only one entry uses, said as the head of one of its names ("Caning" of "chair caning",
 * "Grooming" of "mobile grooming"), is that entry, where a name of its own would not be ("Hill Clinic" is no "foot
 * care clinic"): beside another trade the vendor serves, the word is that trade. Not a place, generic or market head. */
function halfKind(half: string, c: CompiledTaxonomy, notes: string | undefined): Scored[] {
  const evidence = { field: 'company' as const, quote: half, via: 'taxonomy' as const, confidence: 0.7 };
  const plain = plainKindOfTrade(half, c, { notes }, true);
  if (plain !== undefined) return [{ index: plain, score: 0.9, evidence }];
  const said = industryWords(half);
  let end = said.length;
  while (end > 1 && (LEGAL_HEADS.has(said[end - 1]!) || COMPANY_HEADS.has(said[end - 1]!))) end--;
  const head = said[end - 1];
  const owner = head === undefined ? undefined : c.industryWords.get(head);
  if (head === undefined || PLACE_HEADS.has(head) || GENERIC_HEADS.has(head)) return [];
  if (!owner || marketWordsOf(c).has(head) || namesSectorOnly(c, owner.index, head) || !isKindOf(c, owner.index, [head]) || !writtenHead(half, c.industries[owner.index]!.forms, marketWordsOf(c))) {
    // A half said only as the trade's word that one entry's name puts before a word for its business ("Kite" of
    // "kite shops"), even the vendor's market word, is that business where the notes say the word too: the name's
    // pair alone is often one business's wording, not two kinds.
    const by = notes && industryWords(notes).includes(head) ? businessNamed(head, c) : undefined;
    return by === undefined ? [] : [{ index: by, score: 0.9, evidence }];
  }
  return [{ index: owner.index, score: 0.9, evidence }];
}

/** The ordinary English words for a business of a trade, after the trade's word ("pottery studio", "bike shop"). */
const BUSINESS_OF_TRADE = new Set(['studio', 'studios', 'shop', 'shops', 'operator', 'operators', 'provider', 'providers', 'producer', 'producers', 'dealer', 'dealers', 'parlor', 'parlour'].map((w) => industryWords(w)[0] ?? w));
/** The one entry with a name of two words, `word` and a word for a business of that trade ("kite" of "kite
 * shops"), or undefined where none or two do. */
function businessNamed(word: string, c: CompiledTaxonomy): number | undefined {
  const owners = c.industries.flatMap((e, i) => (e.forms.some((f) => f.words.length === 2 && f.words[0] === word && BUSINESS_OF_TRADE.has(f.words[1]!)) ? [i] : []));
  return owners.length === 1 ? owners[0] : undefined;
}

function namedIndustries(text: string, field: 'industry' | 'company' | 'notes', c: CompiledTaxonomy, notes?: string): Map<number, Scored> {
  const whole = ownReadingFirst(namedIndustriesOf(text, field, c, notes), text, field, c, notes);
  if (field !== 'company') return whole;
  // A name joining two kinds is both businesses: each half read as a name of its own, when each names one
  // entry and they are two ("Pinnacle Elevator & Escalator" is the elevator contractor and the escalator
  // service), at the score of the stronger.
  const halves = text.split(NAME_JOIN).map((h) => h.trim());
  if (halves.length !== 2 || halves.some((h) => !h)) return whole;
  // A label or alias that spans the join ("bed and breakfast") is the name's own reading.
  const nameWords = industryWords(text);
  const halfWords = halves.map((h) => industryWords(h));
  if ([...whole.values()].some((s) => s.evidence.via === 'taxonomy' && c.industries[s.index]!.forms.some((f) => f.words.length > 1 && hasRun(nameWords, f.words) && halfWords.every((hw) => f.words.some((w) => hw.includes(w))))))
    return whole;
  const own = halves.map((h) => keepBest(namedIndustriesOf(h, field, c, notes), 0.1, 0.6));
  // A half read only by the head of an entry's name ("Bread" of "artisan bread") is a trade when, leading the
  // name, the other half's first word is an entry's, and, when neither half names an entry in its own words, one
  // of them says the work ("Rinse & Polishing"): "Bread & Butter" and "Milk & Honey Cafe" pair two goods as a
  // name, the trade (if any) said after them.
  const working = halves.some((h) => /ing$/i.test(words(h).filter((w) => !LEGAL_HEADS.has(w) && !COMPANY_HEADS.has(w)).at(-1) ?? ''));
  const kinds = own.map((got, i) => {
    if (got.length) return got;
    const other = industryWords(halves[1 - i]!);
    return (own[1 - i]!.length || working) && (i === 1 || c.industries.some((e) => e.forms.some((f) => f.words.includes(other[0]!)))) ? halfKind(halves[i]!, c, notes) : [];
  });
  if (kinds.some((k) => k.length !== 1 || k[0]!.evidence.via !== 'taxonomy') || kinds[0]![0]!.index === kinds[1]![0]!.index) return whole;
  const score = Math.max(...kinds.map((k) => k[0]!.score), ...[...whole.values()].map((s) => s.score));
  const quote = text.trim();
  const both = new Map(kinds.map(([k]) => [k!.index, { ...k!, score, evidence: { ...k!.evidence, quote } }]));
  JOINED_NAMES.add(both);
  return both;
}

/** Each entry's initials, the aliases written in three to six capitals ("MUD", "REC"), lower-case. */
let entryInitials: PerTaxonomy<{ initials: { index: number; letters: string }[]; known: Set<string> }> | undefined;
/** The runs of a name's words whose first letters spell one of an entry's initials in order ("Rural Utility
 * District" of "RUD"; words as `industryWords` reads them, so "of" and "and" are not spelt): an organisation's full
 * name, of which its initials are the short form. Three letters at least, and every word of the run one the taxonomy's
 * labels and aliases use: a place's or a person's name before two kind words spells initials by chance (in "Aldwick Fire
 * District" the place's initial is no volunteer's). */
function initialsSpeltOut(words: readonly string[], c: CompiledTaxonomy): { index: number; start: number; end: number }[] {
  entryInitials ??= new PerTaxonomy();
  const { initials, known } = cachedFor(entryInitials, c, () => ({
    initials: c.industries.flatMap((i, index) => i.forms.filter((f) => /^[A-Z]{3,6}$/.test(f.text.trim())).map((f) => ({ index, letters: f.text.trim().toLowerCase() }))),
    known: new Set(c.industries.flatMap((i) => i.forms.flatMap((f) => f.words))),
  }));
  const out: { index: number; start: number; end: number }[] = [];
  for (const { index, letters } of initials)
    for (let start = 0; start + letters.length <= words.length; start++)
      if ([...letters].every((l, k) => words[start + k]![0] === l && known.has(words[start + k]!))) out.push({ index, start, end: start + letters.length });
  return out;
}

/** "University" as `industryWords` writes it. */
const UNIVERSITY = industryWords('university')[0];
/** The readings of a CRM value by the last of its qualifiers joined before one head (`sharedHeadConjunct`). */
const HALF_NAMED = new WeakSet<Scored>();
/** Whether a CRM value of `count` words joins qualifiers before one shared head, and if so a test of whether the run
 * `start`..`end` is its last conjunct ("Seafood Processing" of "Fish and Seafood Processing"): every part before the
 * last one word, the last part two words or more, the run its whole. The head-last order of English only: a German value writes the last part
 * as one compound ("Fleisch- und Wurstwaren"), a Romance one puts the head first, and neither is read so. A part before
 * the last that names an entry itself reads it whole, and that reading keeps the value (`resolveIndustriesOf`). */
function sharedHeadConjunct(value: string, count: number): ((start: number, end: number) => boolean) | undefined {
  const parts = value.split(VALUE_JOIN).map((p) => industryWords(p)).filter((p) => p.length);
  if (parts.length < 2) return undefined;
  const last = parts.at(-1)!;
  const before = parts.slice(0, -1);
  const total = before.reduce((n, p) => n + p.length, 0) + last.length;
  if (total !== count || last.length < 2 || !before.every((p) => p.length === 1)) return undefined;
  return (start, end) => start === total - last.length && end === total;
}

/** A trade's own word for its kind of business (TRADE_KIND_WORDS: "Scierie", "Fonderia") never replaces a reading
 * the name or value already gives in the vendor's own words without it: only the entries that reading names are
 * kept ("... Valley Lumber" stays the lumber yard, whatever kind of works another word of it is a trade's word for;
 * r43-mend-words). Notes are read as they are. */
function ownReadingFirst(read: Map<number, Scored>, text: string, field: 'industry' | 'company' | 'notes', c: CompiledTaxonomy, notes?: string): Map<number, Scored> {
  if (field === 'notes' || read.size === 0) return read;
  const all = words(text);
  const own = all.filter((w) => !Object.hasOwn(TRADE_KIND_WORDS, w));
  if (own.length === all.length || own.length === 0) return read;
  const plain = [...namedIndustriesOf(own.join(' '), field, c, notes)].filter(([, s]) => s.evidence.via === 'taxonomy');
  if (!plain.length) return read;
  const kept = new Map([...read].filter(([index]) => plain.some(([i]) => i === index)));
  return kept.size ? kept : new Map(plain.map(([i, s]) => [i, { ...s, evidence: { ...s.evidence, quote: text.trim() } }]));
}

/** A capital inside a word of a company's name (a brand's inner capitals: "SplintWerk", "OrtesiSud"), after three letters
 * the last two of them lower case and before two lower-case letters: a brand joins a trade's word and a place's or a
 * quality's so. Not "McAlder", "DeWitt", nor initials ("KLM"). */
const INNER_CAPITAL = /(?<=\p{L}\p{Ll}{2})(?=\p{Lu}\p{Ll}{2})/gu;
/** INNER_CAPITAL not global (a test, no `lastIndex`). */
const INNER_CAPITAL_SAID = new RegExp(INNER_CAPITAL.source, 'u');
/** A company's name with a space at each inner capital (INNER_CAPITAL); a name with none as it is. */
function innerCapitalsParted(name: string): string {
  return INNER_CAPITAL_SAID.test(name) ? name.replace(INNER_CAPITAL, ' ') : name;
}
/** Whether a company's name reads entries, each by general knowledge of how a kind of business is named (SEGMENTS) and
 * from the name itself, or by a label or alias of the vendor's of two words or more, every word of it said in the name
 * and read at 0.75 or more ("FerryQuill Operators" parted says "ferry operators"): not by one word of the
 * vendor's own names, which a brand's made-up part often is ("...Plume", "...Quorlby"), nor by a sector guessed from
 * it. */
function kindsNamedByKnowledge(name: string, c: CompiledTaxonomy): boolean {
  const read = resolveIndustriesOf({ company: name }, c);
  const said = new Set(industryWords(name));
  const wholeName = (id: string) =>
    c.industries.some((i) => i.entry.id === id && i.forms.some((f) => f.words.length >= 2 && f.words.every((w) => said.has(w))));
  return read.length > 0 && read.every((r) => r.evidence.field === 'company' && (r.evidence.via === 'knowledge' || (r.evidence.confidence >= 0.75 && wholeName(r.id))));
}

/** A company's name whose first word is a Romance word for a drink and the place that serves it (DRINK_AND_PLACE_WORDS:
 * "Cafés Morvedre S.A.") without that word ("Morvedre S.A."): it names the goods the business roasts or sells, not a
 * café nor a group of them. Only before another word; CRM values and notes are read as they are. */
function drinkSaidFirst(text: string, notes?: string): string {
  const all = words(text);
  if (all.length < 2 || !DRINK_AND_PLACE_WORDS.has(all[0]!)) return text;
  // Review mend: kept whole where the name lists another place after it ("Cafés y Bares ...", "Caffè & Bar ..."), or
  // the notes count the sites or say a chain ("a chain of 40 cafeterias"): the cafés the business runs.
  if (NAME_JOIN.test(text.trim().replace(/^\S+/, '').slice(0, 5)) || (notes && (sitesSaid(notes) !== undefined || SITES_OF_A_CHAIN.test(notes)))) return text;
  return all.slice(1).join(' ');
}

const BUS_OF_OTHER_SENSES = new Set(BUS_WORDS_OF_OTHER_SENSES);
/** Each of BUS_WORDS_OF_OTHER_SENSES as a whole word, built once (global: `replace` starts each from the text's start). */
const BUS_WORD_PATTERNS = BUS_WORDS_OF_OTHER_SENSES.map((w) => new RegExp(`(?<![\\p{L}\\p{N}])${w}(?![\\p{L}\\p{N}])`, 'giu'));
/** A company's name or CRM value without a word for a bus that says something else there (BUS_WORDS_OF_OTHER_SENSES:
 * the surname in "Autohaus Busse", the collection in "Omnibus Press", the truck maker in "Autocar Trucks"): kept
 * only as the name's first word, before no English word (WordNet's) and none the name reads an entry by without it.
 * Notes are read as they are. */
function busWordAsName(text: string, field: 'industry' | 'company' | 'notes', c: CompiledTaxonomy, notes?: string): string {
  if (field === 'notes') return text;
  const all = words(text);
  const at = all.findIndex((w) => BUS_OF_OTHER_SENSES.has(w));
  if (at < 0) return text;
  let rest = text;
  for (const word of BUS_WORD_PATTERNS) rest = rest.replace(word, ' ');
  const others = all.filter((w) => !BUS_OF_OTHER_SENSES.has(w) && !LEGAL_HEADS.has(w));
  const trade = at === 0 && !others.some((w) => saysAKind(w, c)) && namedIndustriesOf(rest, field, c, notes).size === 0;
  return trade ? text : rest;
}

const GOODS_WORD_FORMS = [...Object.keys(GOODS_WORDS), ...Object.keys(GOODS_NAME_WORDS)].filter((w) => /^[a-z]+$/.test(w));
const GOODS_WORD_SET = new Set(GOODS_WORD_FORMS);
/** Any of GOODS_WORD_FORMS as a whole word, made once. */
const GOODS_WORD_PATTERN = new RegExp(`(?<![\\p{L}\\p{N}])(?:${GOODS_WORD_FORMS.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
/** A company's name without another language's word for goods (GOODS_WORDS: "Lait", "Farben", "Formaggi") where the
 * name says its business in another word ("Lait Digital", "Beurre Studio", "Melk & Honing") or reads an entry without
 * it: a name chosen for its sound, not its trade. Kept where the rest is a proper name and a legal form ("Formaggi
 * Rossi S.r.l.", "Schmierstoffe Quellmann GmbH"). Notes and CRM values are read as they are. */
function goodsWordAsName(text: string, field: 'industry' | 'company' | 'notes', c: CompiledTaxonomy, notes?: string): string {
  if (field !== 'company') return text;
  const all = words(text);
  if (!all.some((w) => GOODS_WORD_SET.has(w))) return text;
  let rest = text.replace(GOODS_WORD_PATTERN, ' ');
  // Accents off as `words` takes them: "Käse" is "kase".
  if (normalise(rest) === normalise(text)) rest = all.filter((w) => !GOODS_WORD_SET.has(w)).join(' ');
  if (!words(rest).length) return text;
  const others = all.filter((w) => !GOODS_WORD_SET.has(w) && !LEGAL_HEADS.has(w));
  if (others.some((w) => saysAKind(w, c)) || namedIndustriesOf(rest, field, c, notes).size > 0) return rest;
  // Notes that read another entry and not the goods' own ("Lait Digital", an "agence de branding"): the notes say the
  // business; the name's word sits beside nothing they say.
  if (notes) {
    const own = new Set([...namedIndustriesOf(asGoods(text), field, c).keys()].map((i) => c.industries[i]!.entry.id));
    const said = resolveIndustriesOf({ notes }, c);
    if (said.length > 0 && !said.some((r) => own.has(r.id))) return rest;
  }
  return asGoods(text);
}
/** A company's name with the words read only there (GOODS_NAME_WORDS) said as their goods: "Rheinmark Farben AG" is
 * "Rheinmark paints AG". */
function asGoods(text: string): string {
  if (!NAME_GOODS_WORD.test(normalise(text))) return text;
  return normalise(text).split(' ').map((w) => ownValue(GOODS_NAME_WORDS, w) ?? w).join(' ');
}
const NAME_GOODS_WORD = new RegExp(`(?:^| )(?:${Object.keys(GOODS_NAME_WORDS).join('|')})(?: |$)`);

/** Whether a word of a company's name says what the business is or does, not only whose it is: a sector's word
 * ("Media", "Trucks"), another language's the lexicon reads ("Reisen", "Verlag"), or general English where the caller
 * gives WordNet's related words (`relatedWords`: "Press", "Partners"). The extension does not ship that table (138 KB,
 * kept out of the background script); without it such a word is read only where a sector or the lexicon knows it. */
function saysAKind(word: string, c: CompiledTaxonomy): boolean {
  const read = industryWords(word);
  if (read.length === 0) return false;
  const related = c.relatedWords?.(stem(word)) ?? { synonyms: [], broader: [] };
  return related.synonyms.length > 0 || related.broader.length > 0 || sectorsOf(read).length > 0 || read.join(' ') !== stem(word);
}

/** Entries an industry name (or a company name, or notes) says in the taxonomy's own words: a label,
 * alias or part of one ("Residential Building Construction" has "Residential"); in the industry field,
 * also a word only one entry uses. All three are read with cognates of the taxonomy's words ("Pfarren",
 * "Diocesi" of "Pfarrei", "diocese"): notes in another language say a kind as a company's name does. */
function namedIndustriesOf(text: string, field: 'industry' | 'company' | 'notes', c: CompiledTaxonomy, notes?: string): Map<number, Scored> {
  // A CRM industry value is a picklist's name, said whole (an "e-" sector is one of its own): read joined.
  const named = goodsWordAsName(busWordAsName(text, field, c, notes), field, c, notes);
  const read = industryWordsWithCognates(field === 'industry' ? named : lettersAsHeads(named, c), c, field !== 'notes');
  const words = field === 'company' ? compoundsOfTaxonomyWords(read, c) : field === 'notes' ? inEnglishOrder(read, text, c) : read;
  const quote = text.trim();
  const scored = new Map<number, Scored>();
  const confidence = field === 'industry' ? 1 : field === 'company' ? 0.8 : 0.6;
  // A name inside a longer one is not said on its own: "University Hospital" is not also a "hospital".
  const all = c.industryForms.all(words);
  // Nor is a university whose name qualifies another entry's right after it, in a name or value: "University
  // Hospital" (and the six languages' words the lexicon reads so) is a hospital, not a university.
  // A company's name spelling out an entry's initials ("... Rural Utility District" of "RUD") says that entry's
  // whole name: an entry named by some of the spelt-out words ("rural utilities") is inside it, not beside it.
  const spelt = field === 'company' ? initialsSpeltOut(words, c) : [];
  const matches = all.filter((m) => !all.some((o) => o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start))
    .filter((m) => field === 'notes' || words[m.end - 1] !== UNIVERSITY || !all.some((o) => o.start === m.end && o.value.index !== m.value.index))
    .filter((m) => !spelt.some((r) => r.index !== m.value.index && r.start <= m.start && r.end >= m.end));
  // Read once per value, not per match: whether it joins qualifiers before one head, and where its last conjunct is.
  const lastConjunct = field === 'industry' ? sharedHeadConjunct(text, words.length) : undefined;
  for (const m of matches) {
    // Notes are long: the name they said is the quote.
    const said = field === 'notes' ? m.value.text : quote;
    // A name's later words are its head; the notes' later words are only later sentences, which say the business's
    // kind no better than the first (a ski school whose notes end on the rental shop it sends pupils to): an entry
    // named ten words after another does not drop it.
    const later = field === 'notes' ? 0 : 0.01 * m.end;
    // A CRM value joining qualifiers before one head ("Fish and Seafood Processing") says the whole of what they share,
    // a sector: an entry named by the last qualifier and the head alone is only half of it, below an entry said whole.
    const half = lastConjunct?.(m.start, m.end) ?? false;
    // (A half reading takes no positional bonus: a value of many qualifiers ends its last far along, and 0.95 with it
    // would reach a whole name's score.)
    const read: Scored = { index: m.value.index, score: half ? 0.95 : 1 + 0.05 * (m.end - m.start) + later, evidence: { field, quote: said, via: 'taxonomy', confidence } };
    if (half) HALF_NAMED.add(read);
    bump(scored, read);
  }
  for (const r of spelt) bump(scored, { index: r.index, score: 1 + 0.05 * (r.end - r.start) + 0.01 * r.end, evidence: { field, quote, via: 'taxonomy', confidence } });
  // A company's name said as "X of Y" ("Hollow Creek Museum of Art", "Birchwood Academy of Dance") is a "Y X", the
  // order the taxonomy's names use: read so where the name as said reads no entry, with a school's ordinary
  // synonyms read as "school" ("academy" and its five languages' words) where no entry's name says them.
  if (scored.size === 0 && field === 'company') {
    const reordered = headLastName(text);
    if (reordered !== undefined) {
      const again = c.industryForms.all(industryWordsWithCognates(lettersAsHeads(reordered, c), c, true));
      for (const m of again.filter((m) => !again.some((o) => o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start)))
        bump(scored, { index: m.value.index, score: 1 + 0.05 * (m.end - m.start) + 0.01 * m.end, evidence: { field, quote, via: 'taxonomy', confidence } });
    }
  }
  // A company's name holding every word of an entry's name of two words or more, apart or in another order,
  // whose head is that name's head, last or (as in the Romance languages) first ("Red River Valley Honey
  // Producers Coop" of "honey co-op", "Cooperativa Apicoltori" of "beekeepers cooperative").
  if (scored.size === 0 && field === 'company') {
    for (const [index, i] of c.industries.entries())
      if (i.forms.some((f) => f.words.length > 1 && inOrderApart(words, f.words)))
        bump(scored, { index, score: 0.95, evidence: { field, quote, via: 'taxonomy', confidence: 0.75 } });
  }
  // A name of the Romance languages' order, the head first and what it is of right after it ("Noleggio di Utensili ..."
  // of "tool rental", "Aluguer de Ferramentas ..."), at the name's start or after one word (a family's name); only
  // where the head is written in another language than English's, which puts it last: not "Rental Tool Co".
  if (scored.size === 0 && field === 'company') {
    const written = new Set(normalise(quote).split(/[^a-z0-9]+/));
    for (const [index, i] of c.industries.entries())
      if (i.forms.some((f) => f.words.length > 1 && !written.has(f.words.at(-1)!) && headFirst(words, f.words)))
        bump(scored, { index, score: 0.94, evidence: { field, quote, via: 'taxonomy', confidence: 0.75 } });
  }
  // A company's name ending with the head of an entry's name whose other words are the vendor's market
  // ("Voss Family Lanes" of "bowling lanes" to a bowling vendor, "bowling" said by most of its entries): the
  // market goes without saying in the vendor's own records. Only that one entry's, and not when another word
  // of the name says a sector ("... Medical Center" is a hospital's) or is the head of another entry's name, a
  // word no other entry uses ("Quillby Locker Services" to a courier vendor with "courier services" and "parcel
  // locker": the business is not the generic entry; the notes say which it is).
  // So too for an entry named "<market> <head> company" or "firm" and a name whose head, before its legal form and a
  // firm's word ("Group", "Partners"), is that head ("Pennick Management LLC" of "association-management firm" to a vendor of
  // community associations).
  if (scored.size === 0 && field === 'company' && words.length > 1) {
    const market = marketWordsOf(c);
    const kindsEnding = (end: number, named: (f: { words: string[] }) => string[]) =>
      c.industries.flatMap((i, index) => (i.forms.some((f) => named(f).length > 1 && named(f).at(-1) === words[end - 1] && named(f).slice(0, -1).every((w) => market.has(w))) ? [index] : []));
    const plainBefore = (end: number, index: number) => words.slice(0, end - 1).every((w) => sectorsOf([w]).length === 0 && !headOfOtherEntry(c, w, index));
    let end = words.length;
    let kinds = kindsEnding(end, (f) => f.words);
    if (kinds.length !== 1 || !plainBefore(end, kinds[0]!)) {
      while (end > 1 && (LEGAL_HEADS.has(words[end - 1]!) || FIRM_HEADS.has(words[end - 1]!) || COMPANY_HEADS.has(words[end - 1]!))) end--;
      kinds = end > 1 && end < words.length ? kindsEnding(end, (f) => (COMPANY_HEADS.has(f.words.at(-1)!) ? f.words.slice(0, -1) : [])) : [];
    }
    if (kinds.length === 1 && plainBefore(end, kinds[0]!)) bump(scored, { index: kinds[0]!, score: 0.93, evidence: { field, quote, via: 'taxonomy', confidence: 0.7 } });
  }
  // A company's name using a word only one entry's label and aliases use ("Lotus Flow Yoga" of "yoga
  // studio", "Vertical Edge Climbing" of "climbing wall"), not as that name's head ("Pine Clinic" is not
  // "small animal clinic"): the taxonomy's own word, before general knowledge of kinds of business.
  // Nor a word of a level of government alone (`levelWordAlone`: "Ravensford State Polytechnic").
  // Nor a word that is part of a kind of business the name says in two words or more by general knowledge, which names
  // another entry (`kindSaidAround`: "linguistico" of "Istituto Linguistico ...", a language school, though only a
  // university centre's alias has the word): that kind is read below.
  if (scored.size === 0 && field === 'company' && !headOfAnotherKind(words, c))
    for (const [at, w] of words.entries()) {
      const owner = c.industryWords.get(w) ?? labelKindOwner(c, w, words);
      if (owner && levelWordAlone(w, words, owner.index, c)) continue;
      if (owner && (!isKindOf(c, owner.index, [w]) || peopleOfTrade(w, text) || labelQualifies(c, owner.index, w)) && !namesSectorOnly(c, owner.index, w) && !namesMarketSector(w, owner.index, c) && !reachOfOtherHead(text, w, c)) {
        const kinds = kindSaidAround(words, at, c);
        if (kinds.length && !kinds.includes(owner.index)) continue;
        bump(scored, { index: owner.index, score: 0.92, evidence: { field, quote, via: 'taxonomy', confidence: 0.7 } });
      }
    }
  // A company's name is a company's: the word an entry's "X company" or "X firm" name puts before that
  // generic head, said in the name, is that entry ("Vogel Shipping GmbH" of "shipping company", "Naviera
  // Cantábrica S.L." read as "shipping" too). Only when the taxonomy's other names said nothing.
  if (scored.size === 0 && field === 'company')
    for (const { index, kind } of companyKindsOf(c))
      if (words.some((_, i) => kind.every((k, j) => words[i + j] === k)) && !words.some((w) => headOfOtherEntry(c, w, index))) bump(scored, { index, score: 0.9, evidence: { field, quote, via: 'taxonomy', confidence: 0.7 } });
  if (scored.size === 0 && field === 'company') {
    const index = placeKindNamed(words, c, notes ? industryWords(notes) : []);
    if (index !== undefined && !words.some((w) => headOfOtherEntry(c, w, index))) bump(scored, { index, score: 0.88, evidence: { field, quote, via: 'taxonomy', confidence: 0.7 } });
  }
  // A kind of business the name or the notes say in other words than the taxonomy's ("Sunrise Bakehouse" is a
  // bakery, "Copper Kettle Brewing Co." a brewery): the entry its own label or alias names.
  if (scored.size === 0 && field !== 'industry') for (const s of segmentIndustries(words, c, field === 'company' ? text : undefined)) bump(scored, { ...s, evidence: { field, quote, via: 'knowledge', confidence: 0.7 } });
  // Notes naming the business by the one word an entry's label puts before a kind-of-business head ("bus" of "Bus
  // operators", "taxi" of "Taxi firms"), a word no other entry's label says, as what the business has or runs: a
  // count of it ("46 buses", "210 autobus") or a fleet or lines of it ("12 lignes de bus"), not denied. The word
  // alone is read in any sense ("took the bus", "CAN bus", a team's "accounting"), so it is not enough. Quoted by the
  // label. Where the notes name another entry too ("a streetcar line and 58 Busse"), the business runs both: read beside
  // it, at a name's score (sixty-ninth round; before, only where the notes named no entry otherwise).
  const kindWords = field === 'notes' ? agentKindWordsOf(c) : [];
  const folded = kindWords.length ? foldedForOwnedKinds(text) : '';
  const beside = scored.size > 0;
  for (const { index, forms, modifier } of kindWords)
    if (ownedKindSaid(folded, forms, modifier)) bump(scored, { index, score: beside ? 1 : 0.9, evidence: { field, quote: c.industries[index]!.forms[0]!.text, via: 'taxonomy', confidence } });
  // Not in a company's name or in notes, where words wander ("Open Door Food Bank"); nor when the entry's
  // name is a kind of what the field says ("Real Estate" is not "commercial real estate", only its sector).
  // So too for each part of a value joining two or more ("Shipping and Boating" is not "recreational boating": the
  // part "Boating" says the whole of which the entry is one kind).
  if (scored.size === 0 && field === 'industry') {
    const sectorName = isSectorName(text);
    const parts = text.split(VALUE_JOIN).map((part) => industryWords(part)).filter((part) => part.length > 0);
    // Not when every part says that entry ("Moorings & Yachting" to a vendor's "Leisure harbours", alias "yachting"):
    // the value is the entry's own words, joined.
    const everyPart = (index: number) => parts.every((part) => part.some((x) => kindWordsOf(c).get(x)?.index === index));
    const kindOfPart = (index: number, w: string) => parts.length > 1 && !everyPart(index) && parts.some((part) => part.includes(w) && isKindOf(c, index, part));
    const owners = words.flatMap((w, i) => {
      const owner = kindWordsOf(c).get(w);
      if (owner && sectorName && sectorsOf([w]).length > 0 && derivedOnly(text, owner.text, w)) return [];
      return owner && !isKindOf(c, owner.index, words) && !kindOfPart(owner.index, w) && !namesSectorOnly(c, owner.index, w) ? [{ index: owner.index, bound: boundInSectorName(words, i, c, owner.index) }] : [];
    });
    // A word bound in a two-word sector name gives way to an entry another word of the value names alone, and to the
    // vendor's whole market said outside such a name (marketWordsOf: "Schools and Higher Education" to a vendor whose
    // entries are kinds of school): the bound word is then only the sector's, and names no entry.
    // Not an entry one of whose own names the value's words say whole ("mental hospital" of "Mental Health and
    // Hospitals"): the bound word is then that entry's too.
    const free = owners.filter((o) => !o.bound);
    const whole = () => owners.filter((o) => c.industries[o.index]!.forms.some((f) => f.words.length > 1 && f.words.every((w) => words.includes(w))));
    for (const o of free.length && free.length < owners.length ? free : free.length === 0 && owners.length && marketOutsideSectorNames(text, c) ? whole() : owners) bump(scored, { index: o.index, score: 0.92, evidence: { field, quote, via: 'taxonomy', confidence: 0.8 } });
  }
  // The kind of body the name says at its head decides among the entries the trade's words name ("Landesverband
  // Handball" is the federation, not the handball clubs): the one entry the taxonomy names by that kind. Where the
  // name said no entry but by it ("Bergland Molkerei eG"), the notes may still say the trade's segment.
  if (field === 'company') {
    const bodies = bodiesOf(text, notes);
    const said = bodies.length > 0 ? [...words, ...industryWords(notes ?? '')] : [];
    const index = bodies
      .map((kind) => {
        const entry = bodyEntryOf(kind, c);
        return entry === undefined || levelNotSaid(entry, kind, said, c) ? undefined : entry;
      })
      .find((i) => i !== undefined);
    // The body chooses among the entries the name's other words read, and does not replace the one the notes name
    // too by a whole label or alias: "Praxis Weber" and notes of a "dental practice" read a practice, not an association.
    const noteWords = index !== undefined && !scored.has(index) && scored.size && notes ? industryWords(withTradeCompounds(notes, c)) : [];
    const outright = [...scored.keys()].filter((i) => noteWords.length && namesWhole(noteWords, i, c));
    if (index !== undefined && (scored.has(index) || outright.length !== 1)) {
      const body = new Map([[index, { index, score: 1, evidence: { field, quote, via: 'taxonomy' as const, confidence } }]]);
      if (scored.size === 0) BODY_NAMES.add(body);
      return body;
    }
  }
  return scored;
}

let people: { edition: number; words: Set<string> } | undefined;
/** A word of a company's name that is a trade's people said in another language and read through the trade table
 * ("Deshollinadores" as "sweep"; lexicon.ts, `tradeWords`): the business that does the trade, so it names the entry
 * whose name it heads ("chimney sweep"), where a word only shared with a name's head does not ("Pine Clinic" is no
 * "small animal clinic"). Not an English word the name says itself ("... Injury Lawyers" is no "50-300 lawyers"). */
function peopleOfTrade(word: string, name: string): boolean {
  if (people?.edition !== currentLexiconEdition()) people = { edition: currentLexiconEdition(), words: new Set([...tradePeople()].flatMap((w) => industryWords(w))) };
  return people.words.has(word) && !industryWords(name).includes(word);
}

/** A company's name whose head (a legal form or "company" aside) is a kind of business by general knowledge, of a
 * sector no entry of the taxonomy is in, that no entry uses ("Lakeside Swim School" to a pool vendor: "school"):
 * the business is that kind, not the entry one of its describing words shares. */
function headOfAnotherKind(words: string[], c: CompiledTaxonomy): boolean {
  let end = words.length;
  while (end > 1 && (LEGAL_HEADS.has(words[end - 1]!) || COMPANY_HEADS.has(words[end - 1]!))) end--;
  const head = words[end - 1];
  if (end < 2 || head === undefined || c.industryWords.has(head)) return false;
  if (c.industries.some((i) => i.forms.some((f) => f.words.includes(head)))) return false;
  // A kind of the vendor's own sectors ("Penrose Legal" to a legal vendor) is the market said, not another kind.
  const sectors = sectorsOf([head]);
  return sectors.length > 0 && !c.industries.some((i) => sectors.some((s) => i.sectors.has(s)));
}

/** A CRM sector name's word that an entry's name has only in another word formed from it ("Education" and
 * "Educational service agencies", "Industry" and "industrial"): one stem to Porter, another word to people. */
function derivedOnly(value: string, name: string, stemmed: string): boolean {
  const surface = (text: string) => [...new Set(words(text).filter((w) => industryWords(w)[0] === stemmed).map((w) => w.replace(/(?:es|s)$/, '')))];
  const said = surface(value);
  const named = surface(name);
  // A clipped word ("Biotechnology" and "biotech") is the same word, not one formed from it.
  return said.length > 0 && said.every((v) => named.every((n) => v !== n && stem(v) === stem(n)));
}

let twoWordSectorNames: Set<string> | undefined;
/** The sector names of two words (SECTORS), as industryWords reads them, joined by a space; built once. */
const sectorNamesOfTwo = () =>
  (twoWordSectorNames ??= new Set(Object.values(SECTORS).flatMap((names) => names.map((n) => industryWords(n)).filter((n) => n.length === 2).map((n) => n.join(' ')))));
/** A word of a CRM value that is half of a two-word sector name the value says ("health" of "Hospitals and
 * Health Care", "Hôpitaux et services de santé") is that name's, not a word of its own: it does not name an
 * entry that uses it in another name ("Parapharmacy & health retail") beside the entry another word of the
 * value names ("hospital"). An entry that uses the two words together still is named by them. */
function boundInSectorName(words: string[], i: number, c: CompiledTaxonomy, index: number): boolean {
  const pairs = [i > 0 ? words.slice(i - 1, i + 1) : [], words.slice(i, i + 2)].filter((p) => p.length === 2);
  return pairs.some((p) => sectorNamesOfTwo().has(p.join(' ')) && !c.industries[index]!.forms.some((f) => hasRun(f.words, p)));
}

/** Words of how far a business reaches, in the seven languages: in a company's name they say the reach of what the
 * name's own head is ("Ashford Regional Clinic", "Transportes Nacionales Ruiz"), of any kind of business. */
const REACH_WORDS = ['regional', 'national', 'international', 'global', 'local', 'worldwide', 'metropolitan', 'lokal', 'regionale', 'nationale', 'internationale', 'regionaux', 'nationaux', 'internationaux', 'mondial', 'mondiale', 'nacional', 'nacionales', 'internacional', 'internacionales', 'regionales', 'mundial', 'nazionale', 'internazionale', 'regionali', 'nazionali', 'internazionali', 'locale', 'regionaal', 'nationaal', 'internationaal', 'wereldwijd', 'lokaal', 'regionais', 'nacionais', 'internacionais'];
let reachWords: Set<string> | undefined;
/** Whether `word` of a company's name is a word of reach (REACH_WORDS) said of another head than the vendor's market
 * word: "Regional" of "Ashford Regional Clinic" to a vendor of hospitals, which says the clinic's reach, does not name
 * an entry whose name happens to use the word ("regional networks"); said right before the market word ("Regional
 * Infirmary", "Regional Press" to a vendor of newspapers) it is the kind of the market and still does. */
function reachOfOtherHead(name: string, word: string, c: CompiledTaxonomy): boolean {
  reachWords ??= new Set(REACH_WORDS.flatMap((w) => industryWords(w)));
  if (!reachWords.has(word)) return false;
  const said = industryWords(name);
  const market = marketWordsOf(c);
  return said.some((w, i) => w === word && i + 1 < said.length && !market.has(stem(said[i + 1]!)));
}

/** A word naming only sectors every entry of the taxonomy is in ("Education" of "Harrow Fields Education Centre" to a
 * vendor whose entries are all kinds of school): in a company's name it says the vendor's market, not the one entry
 * (`index`) whose name happens to use it. */
function namesMarketSector(word: string, index: number, c: CompiledTaxonomy): boolean {
  const sectors = sectorsOf([word]);
  if (!sectors.length || c.industries.length < 2 || !sectors.every((s) => c.industries.every((i) => i.sectors.has(s)))) return false;
  // Not where the entry's name puts the word right before the market word: that is the kind of the market it is
  // ("academic" of an "academic school" entry to a vendor of schools).
  return !kindsOfMarketOf(c)[index]!.has(word);
}

/** Per entry, the words its names put right before the vendor's market word (`namesMarketSector`), read once a taxonomy. */
const kindsOfMarket = new WeakMap<CompiledTaxonomy, Set<string>[]>();
function kindsOfMarketOf(c: CompiledTaxonomy): Set<string>[] {
  return cachedFor(kindsOfMarket, c, () => {
    const market = marketWordsOf(c);
    return c.industries.map((i) => {
      const kinds = new Set<string>();
      for (const f of i.forms) {
        const said = normalise(f.text).split(/[^a-z0-9]+/).filter(Boolean);
        for (const [k, w] of said.entries()) if (k + 1 < said.length && market.has(stem(said[k + 1]!))) kinds.add(industryWords(w)[0] ?? '');
      }
      return kinds;
    });
  });
}

/** Whether a CRM value says the vendor's market word (`marketWordsOf`) as a word of its own, outside every two-word
 * sector name it says ("Schools" of "Schools and Higher Education"; not the market word inside a sector name of two
 * words, which is that name, nor a part of a compound, which is one name). */
function marketOutsideSectorNames(value: string, c: CompiledTaxonomy): boolean {
  const market = marketWordsOf(c);
  if (!market.size) return false;
  const said = normalise(value).split(/[^a-z0-9]+/).filter(Boolean);
  const sectorName = (pair: string[]) => pair.length === 2 && sectorNamesOfTwo().has(industryWords(pair.join(' ')).join(' '));
  return said.some((w, i) => market.has(stem(w)) && !sectorName(said.slice(Math.max(0, i - 1), i + 1)) && !sectorName(said.slice(i, i + 2)));
}

/** The entries whose names have one of these words as their head, in the taxonomy's order. */
const kindsOf = (c: CompiledTaxonomy, heads: string[]) => c.industries.flatMap((_, index) => (heads.some((h) => isKindOf(c, index, [h])) ? [index] : []));
/** The entries whose names share a head the words say, when two or more do and none is named by that word
 * alone, in the taxonomy's order; not a head that names a sector ("manufacturers"). */
function sharedHeadKinds(words: string[], c: CompiledTaxonomy, qualified = false): number[] {
  // `qualified`: the words follow the vendor's market word, so a sector's word among them is the trade's.
  for (const w of words) {
    if (!qualified && sectorsOf([w]).length > 0) continue;
    if (c.industries.some((i) => i.forms.some((f) => f.words.length === 1 && f.words[0] === w))) continue;
    const kinds = kindsOf(c, [w]);
    if (kinds.length >= 2) return kinds;
  }
  return [];
}

/** Words that say only "a company" at the end of an industry's name: "shipping company", "law firm". */
const COMPANY_HEADS = new Set(['company', 'companies', 'firm', 'firms', 'business', 'businesses'].map((w) => industryWords(w)[0] ?? w));
/** Words that say only "a business that does it" after what it does ("student transportation contractor"):
 * read as a company's word after two words or more ("... Student Transportation"); after one ("van
 * operators") the word alone is too little (measured: airports and mining fell). */
const AGENT_HEADS = new Set(['contractor', 'contractors', 'provider', 'providers', 'operator', 'operators'].map((w) => industryWords(w)[0] ?? w));
/** Words that say only "a place of business" after what it does: "tattoo studio", "music store", "hearing
 * centre". Where the trade's word is also in other entries' names ("cosmetic tattoo", "tattoo removal"), the
 * one that puts only such a place after it is the plain business; the others name a specialised activity. */
const PLACE_HEADS = new Set(
  ['studio', 'studios', 'shop', 'shops', 'store', 'stores', 'parlor', 'parlors', 'parlour', 'parlours', 'salon', 'salons', 'center', 'centers', 'centre', 'centres', 'boutique', 'boutiques', 'workshop', 'workshops', 'practice', 'practices', 'office', 'offices', 'agency', 'agencies'].map((w) => industryWords(w)[0] ?? w),
);
const placeKinds = new WeakMap<CompiledTaxonomy, { index: number; kind: string[] }[]>();
/** The entries named "X studio" (or shop, store, centre...), with X as read, found once per taxonomy. */
function placeKindsOf(c: CompiledTaxonomy): { index: number; kind: string[] }[] {
  let kinds = placeKinds.get(c);
  if (!kinds) {
    kinds = c.industries.flatMap((i, index) => i.forms.filter((f) => f.words.length > 1 && PLACE_HEADS.has(f.words.at(-1)!)).map((f) => ({ index, kind: f.words.slice(0, -1) })));
    placeKinds.set(c, kinds);
  }
  return kinds;
}

/** The ordinary words of English, German, French, Spanish, Portuguese, Italian and Dutch for a place or its public body
 * (a city, county, state, town, region, district or province): a name that says one of them whole beside another
 * entry is named for its place ("Twin City Tours"). */
const PLACE_WORDS = new Set(
  [
    'city', 'county', 'state', 'town', 'region', 'borough', 'village', 'municipality', 'district', 'province',
    'stadt', 'kreis', 'landkreis', 'gemeinde', 'staat', 'region',
    'ville', 'commune', 'comté', 'état', 'région', 'département', 'province',
    'ciudad', 'condado', 'estado', 'región', 'municipio', 'provincia', 'cidade', 'município', 'região', 'concelho',
    'città', 'comune', 'contea', 'stato', 'regione', 'provincia',
    'stad', 'gemeente', 'staat', 'regio', 'provincie',
  ].flatMap((w) => industryWords(w)),
);
const LEGAL_HEADS = new Set([...LEGAL_FORMS].flatMap((w) => industryWords(w)));
/** "Of" in the seven languages (knowledge/cues.ts OF_WORDS), as a set. */
const OF_WORD_SET = new Set(OF_WORDS);
/** Words of `OF_WORDS` that are also English words ("van" the vehicle, "do"), each with its lower-case form as written. */
const OF_HOMOGRAPHS = new Map(['van', 'do'].map((w) => [w, new RegExp(`(?<![\\p{L}\\p{N}])${w}(?![\\p{L}\\p{N}])`, 'giu')]));
/** Dutch and German articles after "van", "von" in a name ("van der", "van den", "van de", "van het"). */
const OF_ARTICLES_AFTER = new Set(['der', 'den', 'de', 'het', 'dem']);
/** An elided "of" ("d'Orvalle", "dell'Alpe"), which `words()` would join to the next word: read as its full form. */
const ELIDED_OF = /(?<![\p{L}\p{N}])(d|dell)['’](?=\p{L})/giu;
/** Most words a name's closing phrase of "of" has to be read as a qualifier of what comes before it. */
const OF_PHRASE_MOST = 3;
/** The index, among a company name's `industryWords`, of the last word before the name's closing phrase of "of" ("des
 * Combes", "of Northshire", "di Quenby"), or undefined when the name does not end in a short one. */
function headBeforeOfPhrase(company: string): number | undefined {
  const all = words(company.replace(ELIDED_OF, (_, d: string) => (d.length === 1 ? 'de ' : 'della ')));
  let at = -1;
  // An "of" that is also an English word ("van" the vehicle, "do") is read as one only as the other languages write
  // it in a name: in lower case ("Bakkerij van Orvalle", "Celulose do ...") or before an article ("Van der ..."). A
  // capitalised "Van" before a trade's words is the English noun ("... Catering Van Hire").
  // The word at i as written (review mend): its own occurrence among the name's, not any "van" of the name ("Hotel van
  // Rijssel Van Hire" keeps the vehicle).
  const writtenLower = (i: number): boolean => {
    const nth = all.slice(0, i).filter((w) => w === all[i]).length;
    const found = [...company.matchAll(OF_HOMOGRAPHS.get(all[i]!)!)][nth]?.[0];
    return found !== undefined && found === found.toLowerCase();
  };
  const homographOf = (i: number) => writtenLower(i) || OF_ARTICLES_AFTER.has(all[i + 1]!);
  for (let i = all.length - 1; i > 0 && at < 0; i--) if (OF_WORD_SET.has(all[i]!) && (!OF_HOMOGRAPHS.has(all[i]!) || homographOf(i))) at = i;
  const after = all.length - at - 1;
  if (at < 1 || after === 0 || after > OF_PHRASE_MOST) return undefined;
  const before = industryWords(all.slice(0, at).join(' '));
  return before.length ? nameHeadAt(before, before.length - 1) : undefined;
}
/** The head of a company name's words read back from `from`: legal, company and generic words aside ("... Catering
 * Group", "... Catering Ltd of Quenby"). */
function nameHeadAt(nameWords: readonly string[], from: number): number {
  let head = from;
  while (head > 0 && (LEGAL_HEADS.has(nameWords[head]!) || COMPANY_HEADS.has(nameWords[head]!) || GENERIC_HEADS.has(nameWords[head]!))) head--;
  return head;
}
/** The entry a company's name says by the trade's word as its head, a place, legal or generic word aside ("Gilded Skin
 * Tattoo", "Acme Tattoo Studio LLC", "Orrin Tattoo Solutions"): the one entry that names that word with only a place
 * after it, when one does ("tattoo studio" beside "cosmetic tattoo", "tattoo removal"), the plain business. The trade
 * is the vendor's market word, or two words or more of any kind ("Velmor Soil Testing" of "soil testing centre"), which
 * say a trade with or without its place word; such a trade no other entry's name also says ("Velmor Hearing Care" is
 * not "hearing care centre" beside "hearing care network"). A collective word set aside ("Partners", "Group") says a
 * group, not one place: not read where another entry names the trade before a collective word ("grooming group"). The
 * others sharing the word are a specialised activity: one the notes name by its own other word ("removal", "school"
 * of "school music") is read instead. Not a word before another head ("Quibbrook Hearing Instruments" is no "hearing
 * centre"). */
function placeKindNamed(words: string[], c: CompiledTaxonomy, noteWords: readonly string[]): number | undefined {
  let end = words.length;
  let collective = false;
  while (end > 1 && (LEGAL_HEADS.has(words[end - 1]!) || COMPANY_HEADS.has(words[end - 1]!) || PLACE_HEADS.has(words[end - 1]!) || FIRM_HEADS.has(words[end - 1]!))) {
    if (COLLECTIVE_HEADS.has(words[end - 1]!)) collective = true;
    end--;
  }
  const market = marketWordsOf(c);
  const named = placeKindsOf(c).filter(({ kind }) => kind.length < end && kind.every((k, j) => words[end - kind.length + j] === k && (market.has(k) || kind.length > 1)));
  const plain = new Set(named.map((k) => k.index));
  if (plain.size !== 1) return undefined;
  const index = named[0]!.index;
  const kind = named[0]!.kind;
  const others = c.industries.filter((_, other) => other !== index);
  if (!kind.every((k) => market.has(k)) && others.some((i) => i.forms.some((f) => hasRun(f.words, kind)))) return undefined;
  if (collective && others.some((i) => i.forms.some((f) => [...COLLECTIVE_HEADS].some((w) => hasRun(f.words, [...kind, w]))))) return undefined;
  const said = new Set(noteWords);
  const specialised = c.industries.flatMap((i, other) =>
    other !== index && i.forms.some((f) => hasRun(f.words, kind) && f.words.some((w) => !kind.includes(w) && !PLACE_HEADS.has(w) && !COMPANY_HEADS.has(w) && said.has(w))) ? [other] : [],
  );
  if (specialised.length === 0) return index;
  return specialised.length === 1 ? specialised[0] : undefined;
}
/** The generic heads that say a firm of the trade before them ("... Tattoo Solutions", "... Grooming Partners"), not
 * the goods it sells ("... Tattoo Systems", a maker of machines) or how far it trades ("International", "Worldwide"),
 * which say a supplier more often than a place of the trade. */
const FIRM_HEADS = new Set(['service', 'services', 'solution', 'solutions', 'group', 'groups', 'partner', 'partners', 'holding', 'holdings', 'enterprise', 'enterprises'].flatMap((w) => industryWords(w)));
/** Heads that say a group of businesses or practitioners: the collective ones of `GENERIC_HEADS` a name sets aside
 * ("Partners", "Group", "Holdings"), and the words an entry may name a group by ("network", "alliance"). */
const COLLECTIVE_HEADS = new Set(['group', 'groups', 'partner', 'partners', 'holding', 'holdings', 'network', 'networks', 'alliance', 'alliances'].flatMap((w) => industryWords(w)));
/** The kinds of body a company can be, by general knowledge of the organisational and legal forms of the six languages:
 * the word a company's name says it with, as `words` writes it, and the English word a taxonomy names that kind of
 * business by. A public body of several municipalities ("Zweckverband", "communauté de communes") is read as municipal. */
const BODY_KINDS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    association: ['association', 'associations', 'associacao', 'asociacion', 'associazione', 'vereinigung', 'vereniging'],
    cooperative: ['cooperative', 'cooperatives', 'coop', 'cooperativa', 'cooperatie', 'genossenschaft', 'cooperativ'],
    federation: ['federation', 'federacion', 'federazione', 'federacao', 'federatie', 'verband', 'bond'],
    consortium: ['consortium', 'consorzio', 'consorcio', 'konsortium'],
    community: ['comunidad', 'communaute', 'comunita', 'comunidade', 'gemeinschaft', 'gemeenschap'],
    municipal: ['zweckverband', 'mancomunidad', 'intercommunale'],
  }).flatMap(([kind, said]) => said.map((w) => [w, kind] as const)),
);
/** Legal forms that say the kind of body: the German registered cooperative and association, written as German
 * writes them ("eG", "e.G.", "e.V.", "w.V."); bare capitals ("EV", "EG", "WV") are a state's, a car's or a team's
 * initials in English ("Summit Roofing WV", "Volta EV"), so they say the body only in German text. */
const BODY_FORMS: readonly [RegExp, string][] = [
  [/\se\.\s?G\.?$|\seG$/u, 'cooperative'], [/\se\.\s?V\.?$/u, 'association'], [/\sw\.\s?V\.?$/u, 'association'],
];
const BARE_BODY_FORMS: ReadonlyMap<string, string> = new Map([['eg', 'cooperative'], ['ev', 'association'], ['wv', 'association']]);
/** Body words that are also other words: English "bond", and "Gemeinschaft", "gemeenschap", a community of any kind
 * ("Arbeitsgemeinschaft" a working group, "Praxisgemeinschaft" a shared practice). "Bond" as a word of its own is a
 * body where the name does not read as English (`readsEnglish`) and no brand's word is before it ("Nederlandse Korfbal
 * Bond", not "Premier Bond"); as a compound's head after a word, not a prefix ("Volleybalbond", not "Superbond"), it is
 * one in any text, as English writes no such compound. "Gemeinschaft" and "gemeenschap" are a body as a word of their
 * own in German or Dutch text, and as a compound's last part only after a producers' word (`PRODUCERS`:
 * "Winzergemeinschaft", "Erzeugergemeinschaft"). */
const LOOSE_BODY_WORDS = new Set(['bond', 'gemeinschaft', 'gemeenschap']);
const WHOLE_ONLY_BODY_WORDS = new Set(['gemeinschaft', 'gemeenschap']);
/** The prefixes of brand names that make no compound's first word ("Superbond", "Ultrabond", "Multibond"), and the
 * brand's words said before a word of its own ("Premier Bond", "Prime Bond"). */
const BRAND_PREFIXES = /^(?:super|ultra|mega|hyper|multi|maxi|mini|inter|micro|poly|mono|nano|tecno|techno|power|extra|speed|flex|turbo|premier|prime|elite|royal|global|first|best|pro)$/u;
/** German's and Dutch's general words for producers of any trade, that make a community of them a producers' body
 * ("Erzeugergemeinschaft", "Winzergemeinschaft", "telersgemeenschap"). */
const PRODUCERS = /(?:erzeuger|produzenten|hersteller|winzer|zuchter|zuechter|bauern|landwirte|pflanzer|producenten|telers|kwekers|boeren|fokkers)s?$/u;
/** Italian's houses of a trade, singular or plural, that "sociale" after makes a cooperative ("Cantina Sociale",
 * "Cantine Sociale", "Latteria Sociale", "Magazzino Sociale"); after another word it is social ("Edilizia Sociale"
 * social housing). */
const ITALIAN_HOUSES = new Set([
  'cantina', 'cantine', 'latteria', 'latterie', 'caseificio', 'caseifici', 'magazzino', 'magazzini', 'frantoio', 'frantoi', 'oleificio', 'oleifici', 'forno', 'forni',
  'mulino', 'mulini', 'molino', 'molini', 'distilleria', 'distillerie', 'stalla', 'stalle', 'cooperativa', 'cooperative',
]);
const BODY_PART_MIN = 5;
/** The bodies several municipalities form, said in more than one word: France's "communauté de communes" (or
 * "d'agglomération", "urbaine"), Italy's "comunità montana", Portugal's "comunidade intermunicipal". */
const PUBLIC_BODY = /\b(?:communaut[ée] (?:de communes|d['’]agglom[ée]ration|urbaine)|comunit[àa] montana|comunidade intermunicipal)\b/iu;
/** Bodies of members that are associations of their members by definition (a cooperative is "an autonomous association
 * of persons"): the association entry where the taxonomy names none by their own kind ("Comunidad de Montes",
 * "Coopérative Forestière" to a taxonomy of "forest owners' associations"). */
const MEMBERS_BODIES = new Set(['cooperative', 'consortium', 'community']);
/** The kinds of body a company's name says at its head: a legal form that says one ("... eG"), its first word (as the
 * Romance languages put the head: "Consorzio Forestale ...", "Associação de Produtores ...") unless an English head
 * ends the name ("Coop Honey Store"), its last word ("... Forest Owners Association", "... Korfbal Bond"), or a German
 * or Dutch compound's last part there ("Waldbesitzervereinigung", "Landesverband"), in that order; none when it says
 * none; Italian's "sociale" second after a trade's house ("Cantina Sociale di ...") is a cooperative. A body of
 * municipalities is that alone. Capitals ("EV"), "bond" and "Gemeinschaft" say a body only as `BARE_BODY_FORMS` and
 * `LOOSE_BODY_WORDS` tell. */
function bodiesOf(company: string, notes = ''): string[] {
  if (PUBLIC_BODY.test(company)) return ['municipal'];
  const plain = withoutBracketed(company);
  const said = words(plain);
  let german: boolean | undefined;
  const inGermanOrDutch = () => (german ??= readsGermanOrDutch(`${company} ${notes}`));
  // Italian names a cooperative by "sociale" after the trade's house ("Cantina Sociale", "Latteria Sociale").
  const kinds: string[] = said[1] === 'sociale' && ITALIAN_HOUSES.has(said[0]!) ? ['cooperative'] : [];
  for (const [form, kind] of BODY_FORMS) if (said.length > 1 && form.test(plain.trim())) kinds.push(kind);
  const bare = said.length > 1 ? BARE_BODY_FORMS.get(said.at(-1)!) : undefined;
  if (bare && kinds.length === 0 && inGermanOrDutch()) kinds.push(bare);
  let end = said.length;
  while (end > 1 && LEGAL_FORMS.has(said[end - 1]!)) end--;
  // The first word is the head only where the name puts no English head last ("Coop Honey Store" is a store).
  const last = said[end - 1] === undefined ? undefined : industryWords(said[end - 1]!)[0];
  const lastIsHead = last !== undefined && (PLACE_HEADS.has(last) || COMPANY_HEADS.has(last) || AGENT_HEADS.has(last));
  for (const at of new Set([lastIsHead ? -1 : 0, end - 1])) {
    const w = said[at];
    if (w === undefined) continue;
    const kind = BODY_KINDS.get(w);
    if (kind) {
      const before = said[at - 1];
      const bond = w === 'bond' && said.length > 1 && !readsEnglish(plain) && !(before !== undefined && BRAND_PREFIXES.test(before));
      if (!LOOSE_BODY_WORDS.has(w) || bond || (w !== 'bond' && inGermanOrDutch())) kinds.push(kind);
    } else
      for (let i = BODY_PART_MIN; i <= w.length - 4; i++) {
        const tail = w.slice(i);
        const part = BODY_KINDS.get(tail);
        if (part) {
          const head = w.slice(0, i);
          const loose = LOOSE_BODY_WORDS.has(tail);
          if (!loose || (WHOLE_ONLY_BODY_WORDS.has(tail) ? PRODUCERS.test(head) : !BRAND_PREFIXES.test(head))) kinds.push(part);
          break;
        }
      }
  }
  return kinds;
}
/** The entry a kind of body names (`bodyEntryOf`) is one at a level of government (`STATE_LEVEL`) by every name of it
 * that ends with the kind's word ("state interschool association"), and neither the name nor the notes say such a
 * level ("acts as the state board"): a body of another reach ("Dunmere Baseball Umpires Association"), not that
 * entry. */
function levelNotSaid(index: number, kind: string, said: readonly string[], c: CompiledTaxonomy): boolean {
  if (said.some((w) => STATE_LEVEL.has(w))) return false;
  const word = industryWords(kind)[0]!;
  const bodies = c.industries[index]!.forms.filter((f) => f.words.at(-1) === word);
  return bodies.length > 0 && bodies.every((f) => f.words.some((w) => STATE_LEVEL.has(w)));
}
let bodyEntries: PerTaxonomy<Map<string, number | undefined>> | undefined;
/** The one entry a kind of body names: the entry whose label or aliases have the kind as their head ("forest owners'
 * association", "Federations & leagues"), or, for a public body, use its word ("Municipal wastewater"), when one does;
 * for a body of members none names, the association entry. */
function bodyEntryOf(kind: string, c: CompiledTaxonomy): number | undefined {
  bodyEntries ??= new PerTaxonomy();
  let held = bodyEntries.get(c);
  if (!held) bodyEntries.set(c, (held = new Map()));
  if (held.has(kind)) return held.get(kind);
  const word = industryWords(kind)[0]!;
  const anywhere = kind === 'municipal';
  const found = c.industries.flatMap((i, index) => (i.forms.some((f) => (anywhere ? f.words.includes(word) : f.words.at(-1) === word)) ? [index] : []));
  const one = found.length === 1 ? found[0] : MEMBERS_BODIES.has(kind) ? bodyEntryOf('association', c) : undefined;
  held.set(kind, one);
  return one;
}
const companyKinds = new WeakMap<CompiledTaxonomy, { index: number; kind: string[] }[]>();
/** The entries named "X company" (or firm, business; or "X Y contractor", provider, operator), with X as read,
 * found once per taxonomy. */
function companyKindsOf(c: CompiledTaxonomy): { index: number; kind: string[] }[] {
  let kinds = companyKinds.get(c);
  if (!kinds) {
    kinds = c.industries.flatMap((i, index) =>
      i.forms.filter((f) => f.words.length > 1 && (COMPANY_HEADS.has(f.words.at(-1)!) || (AGENT_HEADS.has(f.words.at(-1)!) && f.words.length > 2))).map((f) => ({ index, kind: f.words.slice(0, -1) })),
    );
    companyKinds.set(c, kinds);
  }
  return kinds;
}

/** What is found once per taxonomy from the lexicon's readings, with the lexicon's edition beside it: forgotten
 * when the edition changes (a generated table given or taken away), as `memoised` forgets its readings. */
class PerTaxonomy<T> {
  private readonly held = new WeakMap<CompiledTaxonomy, { edition: number; value: T }>();
  get(c: CompiledTaxonomy): T | undefined {
    const entry = this.held.get(c);
    return entry && entry.edition === currentLexiconEdition() ? entry.value : undefined;
  }
  set(c: CompiledTaxonomy, value: T): void {
    this.held.set(c, { edition: currentLexiconEdition(), value });
  }
}
const agentKindWords = new PerTaxonomy<{ index: number; forms: RegExp; modifier: string }[]>();
/** The entries whose label is "X operators" (or providers, contractors, company, firm, business) by one word X that
 * no other entry's label says, that is not a sector's name alone and not a general word (KIND_WORDS_NOT_OWNED),
 * found once per taxonomy, each with the written forms of X: the label's word, its English plural and the
 * lexicon's words in other languages that read X ("Busse", "autobus" of "bus"), whole words only; and the label's
 * word as written, which in English also modifies another noun ("3 taxi ranks", "40 bus shelters"). */
function agentKindWordsOf(c: CompiledTaxonomy): { index: number; forms: RegExp; modifier: string }[] {
  return cachedFor(agentKindWords, c, () =>
    c.industries.flatMap((i, index) => {
      const label = i.forms[0]!.words;
      const [word, head] = label;
      if (label.length !== 2 || !(AGENT_HEADS.has(head!) || COMPANY_HEADS.has(head!)) || word!.length < 3) return [];
      if (c.industries.some((o, other) => other !== index && o.forms[0]!.words.includes(word!))) return [];
      const written = normalise(i.forms[0]!.text).split(' ')[0]!;
      if (KIND_WORDS_NOT_OWNED.has(written) || !/^[a-z]+$/.test(written)) return [];
      if (namesSectorOnly(c, index, word!)) return [];
      const plural = written.endsWith('y') ? `${written.slice(0, -1)}ies` : /(s|x|z|ch|sh)$/.test(written) ? `${written}es` : `${written}s`;
      const foreign = Object.entries(INDUSTRY_WORDS).filter(([w, reads]) => reads === written && /^[a-z]+$/.test(w)).map(([w]) => w);
      const forms = [...new Set([written, plural, ...foreign])].join('|');
      const counted = `(?:(?:${COUNT})\\s+(?:${OWNED_LINES})?|${OWNED_FLEET})(?:${forms})(?:${OWNED_LINES_COMPOUND})?`;
      const oneByOne = `(${forms})\\s+(?:${OWNED_ONE_BY_ONE})\\s+\\1`;
      return [{ index, forms: new RegExp(`(?<![\\p{L}\\d-])(?:${counted}|${oneByOne})(?![\\p{L}\\d-])`, 'gu'), modifier: written }];
    }),
  );
}
/** First words of "X operators", "X providers", "X firms" that a note says of anything at all, a count before them
 * too ("12 service desks", "3 small sites", "2 law changes"): general adjectives and a sector's or a function's
 * common word. Such a label is not read from the notes' word. */
const KIND_WORDS_NOT_OWNED = new Set(['small', 'large', 'big', 'local', 'regional', 'national', 'global', 'independent', 'private', 'public', 'general', 'other', 'key', 'major', 'specialist', 'professional', 'service', 'services', 'health', 'healthcare', 'care', 'law', 'legal', 'accounting', 'finance', 'financial', 'security', 'energy', 'logistics', 'telecom', 'it', 'data', 'support', 'fleet']);
/** Counted words in the six languages' "lines of" and "fleet of": "12 lignes de bus", "a fleet of taxis". */
const OWNED_LINES = '(?:lines|routes|lignes|linien|linee|lineas|linhas|lijnen)\\s+(?:of|de|di|da|do|des|du|del|van)\\s+';
/** German's and Dutch's lines of X written as one word after X: "9 Fährlinien", "4 veerlijnen". */
const OWNED_LINES_COMPOUND = 'linien|lijnen';
const OWNED_FLEET = '(?:fleet|flotte|flotta|flota|frota|vloot)\\s+(?:of|de|di|da|do|des|du|del|von|van)\\s+(?:(?:\\d[\\d,.]*)\\s+)?';
/** The six languages' "one by one" between a word said twice: "bus by bus", "autobús por autobús", "Bus für Bus":
 * going through the business's own. */
const OWNED_ONE_BY_ONE = 'by|after|por|tras|per|dopo|par|apres|fur|nach|voor|na|a';
/** Words that deny what follows within a few words: "no buses any more", "not a bus operator", "keine Busse". */
const OWNED_DENIED = /(?:^|[^\p{L}])(?:no|not|never|without|none|kein|keine|keinen|ohne|nicht|pas|sans|aucun|aucune|sin|ningun|ninguna|senza|nessun|nessuna|sem|nenhum|nenhuma|geen|niet|zonder)(?:[^\p{L}]+\p{L}+){0,3}[^\p{L}]*$/u;
/** The notes as `ownedKindSaid` reads them, folded once for all of a taxonomy's entries: the first 4,000 characters,
 * accents taken off, lower case. */
function foldedForOwnedKinds(text: string): string {
  const plain = text.length > 4000 ? text.slice(0, 4000) : text;
  return (/^[\x00-\x7f]*$/.test(plain) ? plain : plain.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')).toLowerCase();
}
/** Whether notes (folded by foldedForOwnedKinds) say the business has or runs X, by one of its written forms: a
 * count right before it ("46 buses", "46 Busse", "thirty taxis"), lines or a fleet of it ("12 lignes de bus", "a
 * fleet of 30 taxis") or it one by one ("bus by bus"), within one clause (up to a comma), not denied there ("not 46 buses any more"), not a trip
 * ("took 2 buses") and not modifying another noun ("3 taxi ranks"). */
function ownedKindSaid(folded: string, forms: RegExp, modifier: string): boolean {
  for (const m of folded.matchAll(forms)) {
    // The clause up to a comma: "No complaints, 40 buses now." denies the complaints, not the buses.
    const clause = folded.slice(0, m.index).split(/[.,;:!?\n()]/).at(-1)!;
    if (OWNED_DENIED.test(clause) || OWNED_TRIP.test(clause)) continue;
    // The word as the head of its phrase, not modifying a noun after it ("3 taxi ranks", "40 bus shelters", "lines
    // of bus firmware"): the label's word as written followed by a word that is not a function word.
    const next = /^\s+(\p{L}+)/u.exec(folded.slice(m.index + m[0].length))?.[1];
    if (next && m[0].split(/[^\p{L}]+/u).at(-1) === modifier && !isStopword(next) && !OWNED_HEAD_NEXT.test(next) && !AFTER_A_COUNT.test(next) && !PREPOSITION_AFTER_SITES.test(next)) continue;
    return true;
  }
  return false;
}
/** Verbs of riding or booking, in the six languages, right before the count (a word such as "another" between):
 * the notes count a trip the business's people take ("take 2 buses", "booked 2 taxis"), not what the business runs. */
const OWNED_TRIP = /(?:^|[^\p{L}])(?:take|takes|took|taking|ride|rides|rode|riding|catch|catches|caught|catching|book|books|booked|booking|hire|hires|hired|hiring|nehmen|nahmen|genommen|buchen|buchten|prendre|prend|prenons|pris|reserver|reserve|tomar|tomamos|tomo|coger|reservar|reservamos|reservo|prendere|prendiamo|preso|prenotare|prenotato|pegar|pegamos|pegou|nemen|namen|genomen|boeken|boekten|geboekt)\s+(?:(?:another|other|only|just|about|around|some|ein|zwei|otros|altri|andere)\s+)?$/u;
/** Words after the label's word that leave it the head of its phrase: the six languages' "and" and "or". */
const OWNED_HEAD_NEXT = /^(?:and|or|und|oder|et|ou|y|o|e|en|of)$/;
/** The taxonomy's industry words, as read (stems) and as written in its labels and aliases (three letters
 * or more), found once per taxonomy. */
const taxonomyIndustryWords = new PerTaxonomy<{ read: Set<string>; written: string[]; spelt: Map<string, string> }>();
function taxonomyWordsOf(c: CompiledTaxonomy): { read: Set<string>; written: string[]; spelt: Map<string, string> } {
  let known = taxonomyIndustryWords.get(c);
  if (!known) {
    const texts = c.industries.flatMap((i) => i.forms.map((f) => f.text));
    const written = new Set(texts.flatMap((t) => words(t)).filter((w) => w.length >= 3));
    // Each written word of six letters or more by its spelling across the six languages (`cognateKeys`), when
    // no other written word shares the key.
    const spelt = new Map<string, string>();
    const shared = new Set<string>();
    for (const w of written)
      if (w.length >= 6)
        for (const key of cognateKeys(w)) {
          if (spelt.has(key) && spelt.get(key) !== w) shared.add(key);
          spelt.set(key, w);
        }
    for (const key of shared) spelt.delete(key);
    known = { read: new Set(c.industries.flatMap((i) => i.forms.flatMap((f) => f.words))), written: [...written], spelt };
    taxonomyIndustryWords.set(c, known);
  }
  return known;
}

/** A word of another language that is one of the taxonomy's own industry words by its Latinate ending
 * ("Cooperativa" and "coöperatie" of "cooperative"; `cognates` in lexicon.ts) is read as that word, in the
 * text's industry words. Not when that loses a word the lexicon read otherwise ("Centro de Día" is a day
 * centre by its phrase, not "centr" and "dia"). For CRM values and company names: short, and where a
 * business names its kind (read in the notes too, it moved no set and cost a pass over every word). */
function industryWordsWithCognates(text: string, c: CompiledTaxonomy, nace: boolean): string[] {
  // The same industry and company are read several times a prospect: remembered per library (and lexicon),
  // as titleWords and industryWords remember theirs.
  const readers = nace ? naceReaders : cognateReaders;
  let read = readers.get(c);
  if (!read) readers.set(c, (read = memoised((t) => readIndustryWordsWithCognates(t, c, nace))));
  return read(text);
}
const cognateReaders = new WeakMap<CompiledTaxonomy, (text: string) => string[]>();
const naceReaders = new WeakMap<CompiledTaxonomy, (text: string) => string[]>();
/** A word of an industry or company value and the taxonomy's word it is a cognate of (undefined: none), per library. */
const cognateWords = new PerTaxonomy<Map<string, string | undefined>>();
const COGNATE_WORDS_LIMIT = 20_000;
function readIndustryWordsWithCognates(said: string, c: CompiledTaxonomy, nace: boolean): string[] {
  const text = withTradeCompounds(said, c);
  const plain = industryWords(text);
  const { read, spelt } = taxonomyWordsOf(c);
  const replaced = new Set<string>();
  // Each word's cognate is remembered per library: the same words come back in other prospects' values.
  let known = cognateWords.get(c);
  if (!known) cognateWords.set(c, (known = new Map()));
  const cognateOf = (w: string): string | undefined => {
    if (w.length < 6 || read.has(stem(w))) return undefined;
    for (const cognate of cognates(w)) if (read.has(stem(cognate))) return cognate;
    // The same word spelt as another language spells it ("Paróquia" of "parroquia", "Diocesi" of "diocese",
    // "protestante" of "Protestant"): one of the taxonomy's written words by its key.
    const bare = w.replace(/(?<=[^aeiou])s(?:ch)?e$/, '');
    for (const key of cognateKeys(w)) {
      const same = spelt.get(key);
      if (same) return same;
    }
    if (bare !== w)
      for (const key of cognateKeys(bare)) {
        const same = spelt.get(key);
        if (same) return same;
      }
    return undefined;
  };
  const out = words(splitElision(text)).map((w) => {
    let cognate = known.get(w);
    if (cognate === undefined && !known.has(w)) {
      if (known.size >= COGNATE_WORDS_LIMIT) known.clear();
      known.set(w, (cognate = cognateOf(w)));
    }
    // A word of another language's NACE class title (when the table is given): its English class title's words,
    // where neither the taxonomy, a cognate nor the lexicon reads it; else the trade's people it names (the trade table).
    if (cognate === undefined && nace && w.length >= 5 && !read.has(stem(w)) && industryWords(w).join(' ') === stem(w))
      cognate = naceWords(w) ?? (occupationUses.industries ? occupationWords(w) : undefined) ?? farmingTradeWords(w) ?? tradeWords(w) ?? farmingWords(w);
    if (cognate === undefined) return w;
    replaced.add(stem(w));
    return cognate;
  });
  if (!replaced.size) return plain;
  const withCognates = industryWords(out.join(' '));
  const kept = new Set(withCognates);
  return plain.every((w) => kept.has(w) || replaced.has(w)) ? withCognates : plain;
}
/** A school's ordinary other names in the six languages ("academy" of a dance or music school), read as "school"
 * where the name as said reads no entry. */
const SCHOOL_SYNONYMS = /\b(?:academy|academie|académie|akademie|academia|accademia)\b/giu;
/** A company's legal form at the end of its name, after a space ("Inc.", "LLC"). */
const TRAILING_LEGAL_FORM = new RegExp(`(?:\\s+(?:${[...LEGAL_FORMS].filter((f) => f !== 'the').join('|')})\\.?)+\\s*$`, 'i');
/** A company's name said as "X of Y" or "X for Y" put in the order the taxonomy's names use, "Y X" ("Museum of Art"
 * as "Art Museum", "Institute for Soil Research" as "Soil Research Institute", the clause up to a comma or the end),
 * and its school synonyms read as "school"; undefined when neither changes it. */
function headLastName(name: string): string | undefined {
  // A legal form after the name without a comma ("School of Piano LLC", "Academy of Piano Inc.") is no complement.
  const bare = name.replace(TRAILING_LEGAL_FORM, '');
  let out = bare.replace(/\b(\p{L}+) (?:of|for) (?:the )?(\p{L}+(?: \p{L}+)?)(?=\s*(?:$|,|\(|-|\|))/iu, (_, head: string, of: string) => `${of} ${head}`);
  if (out === bare) out = name;
  out = out.replace(SCHOOL_SYNONYMS, 'school');
  return out === name ? undefined : out;
}
/** A compound of a letter and a word ("e-moped") in a company's name or the notes, read joined (industryWords:
 * "emoped") where the taxonomy has that joined word or the lexicon reads it; else as its head: an
 * "e-moped dealer" is still a moped dealer to a taxonomy that names only moped dealers. */
function lettersAsHeads(text: string, c: CompiledTaxonomy): string {
  if (!/[-\u2010\u2011]/.test(text)) return text;
  const { read } = taxonomyWordsOf(c);
  return text.replace(LETTER_PREFIX, (bound, letter: string, at: number) => {
    const word = /^\p{L}+/u.exec(text.slice(at + bound.length))?.[0] ?? '';
    const joined = industryWords(letter + word);
    const known = joined.length !== 1 || read.has(joined[0]!) || joined[0] !== stem(normalise(letter + word));
    return known ? bound : `${letter} `;
  });
}
/** A German or Dutch compound's last part as a general word for a kind of business (the lexicon's: "anbieter"
 * provider, "werkstatt" workshop, "verhuur" rental, "maatschappij" company), or undefined; "...werk" a plant only
 * where the text reads as German (`GERMAN_TAILS`). */
const kindOfBusiness = (part: string, german: boolean): string | undefined => {
  const english = part.length >= 4 ? (KIND_TAILS.get(part) ?? (german ? GERMAN_TAILS.get(part) : undefined) ?? sharedExact(part)) : undefined;
  return english !== undefined && BUSINESS_KINDS.has(english) ? english : undefined;
};
/** A dealer, a shop and a plant as only a compound's last part says them in German and Dutch ("...händler",
 * "...handelaar", "...laden"; alone, English "handler" is another word and German "laden" is to load or charge), and
 * the works or factory where a business makes its goods ("Gemeindewerke", "Zuivelfabriek"; alone, "Werk" is also
 * a work of art or a job, and the lexicon reads it as a plant only as a title's first part). */
const KIND_TAILS = new Map([
  ['handler', 'dealer'], ['haendler', 'dealer'], ['handelaar', 'dealer'], ['laden', 'shop'],
  ['werke', 'plant'], ['fabrik', 'factory'], ['fabriek', 'factory'],
]);
/** A works in the singular, a plant only in German ("Pelletwerk"): in Dutch "-werk" is mostly the work a trade
 * does ("schilderwerk" painting work, "dakwerk", "metselwerk", "maatwerk"), and a glazier who hires out
 * "schilderwerk" is no painter. */
const GERMAN_TAILS = new Map([['werk', 'plant']]);
/** German's and Dutch's own function words (the `stopword` package's lists, accents off), each without the
 * other's, English's and single letters: "mit", "und", "für" against "aan", "uit", "het". */
const [GERMAN_WORDS, DUTCH_WORDS] = ((de: string[], nl: string[]) => {
  const own = (list: string[], other: Set<string>) => new Set(list.filter((w) => w.length > 1 && !isStopword(w) && !other.has(w)));
  return [own(de, new Set(nl)), own(nl, new Set(de))];
})(words(deu.join(' ')), words(nld.join(' ')));
/** Whether a text leans to a language: the sum of `score` over its words (its function words: +1 the language's own,
 * -1 another's), from `start`, is above nothing. The four language guesses below are this one count. */
const leansTo = (text: string, score: (word: string) => number, start = 0): boolean => {
  let balance = start;
  for (const w of words(text)) balance += score(w);
  return balance > 0;
};
/** Whether a text reads as German: more of German's own function words than of Dutch's ("Pelletwerk, kauft
 * Restholz und ..."; a name or a value with none of either does not). */
const readsGerman = (text: string): boolean => leansTo(text, (w) => (GERMAN_WORDS.has(w) ? 1 : DUTCH_WORDS.has(w) ? -1 : 0));
/** French's, Spanish's, Italian's and Portuguese's function words (the `stopword` package's lists, accents off), of
 * two letters or more, and those of them English, German and Dutch do not share: "avec", "una", "della", "com". */
const ROMANCE_LISTED = new Set(words([...fra, ...spa, ...ita, ...por].join(' ')).filter((w) => w.length > 1));
/** "no" is as much English as Spanish, Italian or Portuguese ("no reply from the yard", "no forklift on site"), though the English stop list
 * lacks it: it tells no language, so a short English sentence of "no" and nouns is not read as Romance. */
const ROMANCE_WORDS = new Set([...ROMANCE_LISTED].filter((w) => w !== 'no' && !isStopword(w) && !GERMAN_WORDS.has(w) && !DUTCH_WORDS.has(w) && !deu.includes(w) && !nld.includes(w)));
/** An article or preposition elided before a vowel, as French and Italian write them: "l'usine", "dell'impianto". */
const ROMANCE_ELISION = /(?<![\p{L}])(?:l|d|qu|dell|all|nell|dall|sull|un)['’](?=\p{L})/giu;
/** Whether a text reads as French, Spanish, Italian or Portuguese: more of their own function words and elisions
 * than of English's, German's and Dutch's ("Birrificio regionale: fusti a rendere persi presso i locali"). */
const readsRomance = (text: string): boolean =>
  leansTo(
    text,
    (w) => (w.length < 2 ? 0 : ROMANCE_WORDS.has(w) ? 1 : GERMAN_WORDS.has(w) || DUTCH_WORDS.has(w) || (isStopword(w) && !ROMANCE_LISTED.has(w)) ? -1 : 0),
    text.match(ROMANCE_ELISION)?.length ?? 0,
  );
const reversedNames = new PerTaxonomy<Map<string, [string, string]>>();
/** The taxonomy's names of two words as the Romance languages order them, the head first ("brewery regional" of
 * "regional brewery", "operator vending" of "vending operator"), found once per taxonomy. */
function reversedNamesOf(c: CompiledTaxonomy): Map<string, [string, string]> {
  let held = reversedNames.get(c);
  if (!held) {
    held = new Map();
    for (const i of c.industries) for (const f of i.forms) if (f.words.length === 2 && f.words[0] !== f.words[1]) held.set(`${f.words[1]} ${f.words[0]}`, [f.words[0]!, f.words[1]!]);
    reversedNames.set(c, held);
  }
  return held;
}
/** Notes in a Romance language say a kind with its head first, the describing word or the "de" phrase after it
 * ("Birrificio regionale", "operador de vending", "acque potabili"): a pair of read words that is one of the
 * taxonomy's names of two words in that order is read in English's. */
function inEnglishOrder(read: string[], text: string, c: CompiledTaxonomy): string[] {
  const names = reversedNamesOf(c);
  if (read.length < 2 || names.size === 0) return read;
  let out: string[] | undefined;
  for (let i = 0; i + 1 < read.length; i++) {
    const name = names.get(`${read[i]} ${read[i + 1]}`);
    if (!name) continue;
    if (out === undefined) {
      if (!readsRomance(text)) return read;
      out = [...read];
    }
    out[i] = name[0];
    out[i + 1] = name[1];
    i++;
  }
  return out ?? read;
}
/** Whether a text reads as German or Dutch: more of either's own function words than of English's ("Bond met 500
 * verenigingen"; a name alone, with none of any, does not). */
const readsGermanOrDutch = (text: string): boolean => leansTo(text, (w) => (GERMAN_WORDS.has(w) || DUTCH_WORDS.has(w) ? 1 : isStopword(w) ? -1 : 0));
/** English's function words that the German, Dutch, French, Spanish, Italian or Portuguese list also holds ("in",
 * "a", "is", "of", "was", "we"): they tell no English ("Fatture in ritardo", "a entrega é quase sempre atrasada"). */
const SHARED_FUNCTION_WORDS = new Set(words([...deu, ...nld, ...fra, ...spa, ...ita, ...por].join(' ')).filter((w) => isStopword(w)));
/** Whether a text reads as English: more of English's own function words than of German's or Dutch's (a name alone,
 * with none of any, does not: "Nederlandse Korfbal Bond"; "The Quillon Bond" does; "of" is Dutch's too). */
const readsEnglish = (text: string): boolean =>
  leansTo(text, (w) => (GERMAN_WORDS.has(w) || DUTCH_WORDS.has(w) ? -1 : isStopword(w) && !SHARED_FUNCTION_WORDS.has(w) ? 1 : 0));
/** The language a sentence's function words lean to: English (`readsEnglish`), a Romance one (`readsRomance`), German
 * or Dutch (`readsGermanOrDutch`), or none of them (a name, a list of nouns). */
export type SentenceLanguage = 'english' | 'romance' | 'germanic' | 'none';
export function sentenceLanguage(text: string): SentenceLanguage {
  if (readsRomance(text)) return 'romance';
  if (readsGermanOrDutch(text)) return 'germanic';
  if (readsEnglish(text)) return 'english';
  return 'none';
}
/** General words for kinds of business, any trade's: what a compound's last part must say to be read as one. */
const BUSINESS_KINDS = new Set(['provider', 'company', 'cooperative', 'rental', 'shop', 'store', 'service', 'workshop', 'dealer', 'agency', 'association', 'federation', 'firm', 'operator', 'group', 'plant', 'factory']);
const COMPOUND_MIN = 8;
const tradeParts = new PerTaxonomy<Map<string, string>>();
/** The first parts of the taxonomy's own one-word compound names whose last part is a kind of business
 * ("fahrrad" of an alias "Fahrradhändler"... when "händler" is read as one), with the name they are part of,
 * found once per taxonomy: the vendor's trade in the names' own language. */
function tradePartsOf(c: CompiledTaxonomy): Map<string, string> {
  let parts = tradeParts.get(c);
  if (!parts) {
    parts = new Map();
    for (const name of oneWordNamesOf(c))
      for (let i = 4; i <= name.length - 4; i++)
        // The taxonomy's own name says its trade before a works in either language.
        if (kindOfBusiness(name.slice(i), true) !== undefined) for (const head of unlinkedPart(name.slice(0, i))) if (!parts.has(head)) parts.set(head, name);
    tradeParts.set(c, parts);
  }
  return parts;
}
/** A first part and the same without a German or Dutch linking "s", "es", "n" or "en". */
const unlinkedPart = (head: string): string[] => [head, ...LINKING.filter((l) => head.endsWith(l) && head.length - l.length >= 4).map((l) => head.slice(0, -l.length))];
const tradeCompoundReaders = new PerTaxonomy<Map<string, string>>();
/** A word of a company's name or the notes that no reading splits, read as two when its last part is a general
 * word for a kind of business and its first part the vendor's trade as the taxonomy's own names say it, in any
 * language ("Dienstradanbieter" of an alias "Dienstrad" and "anbieter", provider; "Leasemaatschappij" of
 * "leasing" and "maatschappij", company): the trade's word and the kind, each read as the taxonomy reads it. */
function withTradeCompounds(text: string, c: CompiledTaxonomy): string {
  // The same notes come back on every suggestion: read once per library (and lexicon), as the cognates are.
  let read = tradeCompoundTexts.get(c);
  if (!read) tradeCompoundTexts.set(c, (read = memoised((t) => [readTradeCompounds(t, c)])));
  return read(text)[0]!;
}
const tradeCompoundTexts = new WeakMap<CompiledTaxonomy, (text: string) => string[]>();
function readTradeCompounds(text: string, c: CompiledTaxonomy): string {
  if (!/\p{L}{8}/u.test(text)) return text;
  let known = tradeCompoundReaders.get(c);
  if (!known) tradeCompoundReaders.set(c, (known = new Map()));
  const { read } = taxonomyWordsOf(c);
  const trades = tradePartsOf(c);
  // Whether the text reads as German, asked only of a word that ends in a German-only kind.
  let textGerman: boolean | undefined;
  const isGerman = () => (textGerman ??= readsGerman(text));
  const splitOne = (w: string, german: boolean): string => {
    const plain = industryWords(w);
    if (plain.length !== 1 || read.has(plain[0]!)) return w;
    for (let i = 4; i <= w.length - 4; i++) {
      const tail = w.slice(i);
      if (kindOfBusiness(tail, german) === undefined) continue;
      for (const head of unlinkedPart(w.slice(0, i))) {
        const trade = industryWords(head);
        if (trade.length === 1 && trade[0]!.length >= 4 && read.has(trade[0]!)) {
          // A trade's word only one entry uses is that entry's trade: the compound says its shortest name
          // with that word ("Leasemaatschappij" a "bike leasing" company, to a vendor to bike businesses).
          const owner = c.industryWords.get(trade[0]!);
          const form = owner && c.industries[owner.index]!.forms.filter((f) => f.words.includes(trade[0]!)).sort((a, b) => a.words.length - b.words.length)[0];
          return `${form ? form.text : head} ${tail}`;
        }
        const name = trades.get(head);
        if (name) return `${name} ${tail}`;
        // A first part that is a word of a NACE class title in another language, read as its English words where one
        // is the taxonomy's ("verlichting-": "lighting", "gereedschap-": "tools"), as the table reads a lone word.
        const nace = head.length >= 5 ? naceWords(head) : undefined;
        if (nace && nace.split(' ').some((e) => read.has(stem(e)))) return `${nace} ${tail}`;
      }
    }
    return w;
  };
  let changed = false;
  const out = text.replace(/\p{L}{8,}/gu, (raw) => {
    const w = words(raw)[0];
    if (!w || w.length < COMPOUND_MIN) return raw;
    // A word that may end in a German-only kind is remembered per language ("...werk" and "...werk de").
    const german = GERMAN_TAIL_END.test(w) && isGerman();
    const key = german ? `${w} de` : w;
    let split = known.get(key);
    if (split === undefined) {
      if (known.size >= COGNATE_WORDS_LIMIT) known.clear();
      known.set(key, (split = splitOne(w, german)));
    }
    if (split === w) return raw;
    changed = true;
    return split;
  });
  return changed ? out : text;
}
/** A word ending in one of `GERMAN_TAILS`. */
const GERMAN_TAIL_END = new RegExp(`(?:${[...GERMAN_TAILS.keys()].join('|')})$`);
const oneWordNames = new WeakMap<CompiledTaxonomy, string[]>();
/** The taxonomy's labels and aliases of one word of five letters or more, as written ("moschee", "synagogue"). */
function oneWordNamesOf(c: CompiledTaxonomy): string[] {
  return cachedFor(oneWordNames, c, () => [...new Set(c.industries.flatMap((i) => i.forms.map((f) => words(f.text)).filter((w) => w.length === 1 && w[0]!.length >= 5).map((w) => w[0]!)))]);
}
const compoundTails = new PerTaxonomy<string[]>();
/** The taxonomy's written words as written and as read ("management" and "manag": a company's word is compared
 * read, stemmed, so "Shipmanagement" ends with the second), found once per taxonomy. */
function tailsOf(c: CompiledTaxonomy, written: string[]): string[] {
  let tails = compoundTails.get(c);
  if (!tails) compoundTails.set(c, (tails = written.flatMap((x) => [x, ...industryWords(x).filter((r) => r !== x)])));
  return tails;
}
/** A word of a company's name that no name of the taxonomy uses, read as two when it joins two of the
 * taxonomy's words as German and Dutch do ("Golfclub", "Tennisclub" for an alias "tennis club"). Only
 * the taxonomy's written words are tried as its parts, so a name costs a few string comparisons. */
function compoundsOfTaxonomyWords(said: string[], c: CompiledTaxonomy): string[] {
  const { read, written } = taxonomyWordsOf(c);
  const names = oneWordNamesOf(c);
  return said.flatMap((w) => {
    if (w.length < 7 || read.has(w)) return [w];
    for (const tail of tailsOf(c, written)) {
      if (tail.length > w.length - 3 || !w.endsWith(tail)) continue;
      const head = w.slice(0, w.length - tail.length);
      // A German or Dutch linking "s" or "en" between the parts ("Tennisclub", "Sportsclub").
      for (const first of [head, head.replace(/(?:s|en)$/, '')]) {
        if (!written.includes(first)) continue;
        const parts = [...industryWords(first), ...industryWords(tail)];
        if (parts.length === 2 && parts.every((p) => read.has(p))) return parts;
      }
    }
    // A compound whose first part is one of the taxonomy's one-word names, the rest a word of its own
    // ("Moscheeverein": a mosque's association; "Golfclub" was read above): its kind is that name.
    for (const head of names) {
      if (w.length - head.length < 4 || !w.startsWith(head)) continue;
      return industryWords(head);
    }
    // A public body's compound of a place's level and one of the taxonomy's one-word names after it, with or
    // without a linking "s" ("Kreisbibliothek" of an alias "Bibliothek", "Stadsarchief" of "archief"): the body
    // of that name at that level, so the name is its kind.
    for (const tail of names) {
      if (w.length - tail.length < 4 || !w.endsWith(tail)) continue;
      const first = w.slice(0, w.length - tail.length);
      if (unlinkedPart(first).some((f) => industryWords(f).some((x) => PLACE_WORDS.has(x)))) return industryWords(tail);
    }
    return [w];
  });
}

/** An entry whose name is a kind of what the words say: they are its name's head, with a qualifier
 * before them ("commercial real estate" of "real estate", "retail property" of "properties"), so they
 * name its sector, not it. As the qualifier ("office" of "office construction") they do name it. */
const isKindOf = (c: CompiledTaxonomy, index: number, words: string[]) =>
  c.industries[index]!.forms.some((f) => f.words.length > words.length && words.every((w, k) => f.words[f.words.length - words.length + k] === w));

/** A word the entry's label puts before a generic head ("pontoon" of "Pontoon operators"): the label's own kind, which
 * its aliases may qualify further ("party pontoon"); said alone in a company's name it names the entry. */
const labelQualifies = (c: CompiledTaxonomy, index: number, word: string) => {
  const label = c.industries[index]!.forms[0]!.words;
  return label.length === 2 && label[0] === word && GENERIC_INDUSTRY.has(label[1]!);
};
/** The one entry whose label is such a kind (`labelQualifies`) of a word other entries use only as the head of a longer
 * alias ("lodge pontoon"): those are qualified kinds of it, and a name saying no word of theirs is not theirs. */
function labelKindOwner(c: CompiledTaxonomy, word: string, said: readonly string[]): { index: number; text: string } | undefined {
  const users = c.industries.flatMap((i, index) => (i.forms.some((f) => f.words.includes(word)) ? [index] : []));
  const own = users.filter((index) => labelQualifies(c, index, word));
  if (own.length !== 1 || users.length < 2) return undefined;
  const qualifiedHead = (index: number) => c.industries[index]!.forms.every((f) => !f.words.includes(word) || (f.words.length >= 2 && f.words.indexOf(word) === f.words.length - 1));
  const saysOther = (index: number) => said.some((w) => w !== word && c.industryWords.get(w)?.index === index);
  return users.every((index) => index === own[0] || (qualifiedHead(index) && !saysOther(index))) ? { index: own[0]!, text: c.industries[own[0]!]!.entry.label } : undefined;
}

/** A word one of the entry's names uses before its head ("coal" of "Coal mining", though its aliases
 * "thermal coal" and "met coal" end with it): it says which kind the business is. */
const qualifies = (c: CompiledTaxonomy, index: number, word: string) =>
  c.industries[index]!.forms.some((f) => f.words.includes(word) && f.words[f.words.length - 1] !== word);

/** A CRM value says an entry guessed from its sector alone when a word of the value is a word of the entry's names
 * ("Farming" and "honey farm"); where a third of the taxonomy's kinds of business or more (its entries of a size left
 * out) are read in no sector, only as the head of one of those names: a value word before the head ("building" of "building
 * ironwork") qualifies a kind that the value's sector may hold beside the vendor's other kinds. */
const valueSaysEntry = (c: CompiledTaxonomy, index: number, valueWords: ReadonlySet<string>, unreadMany: boolean) =>
  c.industries[index]!.forms.some((f) => (unreadMany ? [headOfName(f.text)] : f.words).some((w) => w !== undefined && valueWords.has(w)));

const GENERIC_NAME_HEADS = new Set(industryWords('businesses operations'));
/** The head of an entry's name: its last word before a bracket or a dash ("Vineyards (biodynamic)", "Vineyards –
 * biodynamic"), a generic head left for the word before it ("Cider orchard businesses", "Vineyard operations"). Not
 * "companies" or "firms": the word before them is as often what the company does for others than a kind of its
 * own ("survey firms", "signage companies"). */
function headOfName(text: string): string | undefined {
  const said = industryWords(text.split(/\s*[([]|\s+[-–—]\s+/)[0]!);
  while (said.length > 1 && GENERIC_NAME_HEADS.has(said.at(-1)!)) said.pop();
  return said.at(-1);
}

/** A word naming a sector that an entry's name only uses as its head, after a qualifier ("manufacturing"
 * of "furniture manufacturers", "logistics" of "cold-chain logistics"): said in a CRM's industry
 * ("Industrial Machinery Manufacturing") it names the sector, not that entry, even when no other entry
 * uses it. A word that names no sector ("practices" of "family practice") still names the entry. */
const namesSectorOnly = (c: CompiledTaxonomy, index: number, word: string) => sectorsOf([word]).length > 0 && isKindOf(c, index, [word]);

/** The segment groups as industry words, each member a word sequence. */
let segmentWords: string[][][] | undefined;
/** The segment members by their first word, with their group. */
let segmentStarts: Map<string, { group: number; member: string[] }[]> | undefined;
function segmentStartsOf(groups: string[][][]): Map<string, { group: number; member: string[] }[]> {
  const out = new Map<string, { group: number; member: string[] }[]>();
  groups.forEach((members, group) => {
    for (const member of members) out.set(member[0]!, [...(out.get(member[0]!) ?? []), { group, member }]);
  });
  return out;
}
const hasRun = (words: readonly string[], run: readonly string[]) => {
  for (let i = 0; i + run.length <= words.length; i++) if (run.every((w, k) => words[i + k] === w)) return true;
  return false;
};

type Span = { start: number; end: number };

/** The entries a kind of business of two words or more (a SEGMENTS member) said in `words` over the word at `at` names
 * (`segmentIndustries`): a member of one word ("dental", "foundation") is a broad kind that a qualifier beside it
 * narrows ("... Kids Dental"), not a whole name. */
function kindSaidAround(words: string[], at: number, c: CompiledTaxonomy): number[] {
  segmentWords ??= SEGMENTS.map((group) => group.map((m) => industryWords(m)).filter((w) => w.length > 0));
  segmentStarts ??= segmentStartsOf(segmentWords);
  const out = new Set<number>();
  for (let i = 0; i <= at; i++)
    for (const { member } of segmentStarts.get(words[i]!) ?? [])
      if (member.length > 1 && i + member.length > at && member.every((x, k) => words[i + k] === x)) for (const k of segmentIndustries(member, c)) out.add(k.index);
  return [...out];
}

/** The one entry whose label uses `word`, where the other entries using it say it only in an alias ("university" of
 * "University dormitories" beside a "university developer deal" alias): the vendor's own name for the segment says the
 * kind, an alias of another only touches on it. Read for a kind said as the words' head, their last word ("Brackenmoor
 * University"), not as a qualifier of another head nor one word of the notes. */
function labelWordOwner(c: CompiledTaxonomy, word: string): number | undefined {
  const inLabel = c.industries.flatMap((i, index) => (i.forms[0]!.words.includes(word) ? [index] : []));
  return inLabel.length === 1 ? inLabel[0] : undefined;
}

/** A preposition after a name's first word that makes that word the head ("University of ...", "Universidad de ...",
 * "Università degli Studi di ..."), in the six languages and English. */
const HEAD_FIRST_OF = /^\s*(?:the\s+)?(\p{L}+)\s+(?:of|de|di|do|da|del|della|degli|des|du|dos|das|van|von|der)\s/iu;
/** Whether `word` (as `industryWords` reads it) is the head of the words: their last word, or the company name's first
 * before a preposition ("University of Quillhaven"), or its first in another language than English, which may put the
 * head first with no preposition ("Universiteit Velmardam"); not an English first word, which qualifies what follows
 * ("University Quillhaven Motors"). */
function saidAsHead(word: string, words: readonly string[], name: string | undefined): boolean {
  if (words.at(-1) === word) return true;
  if (name === undefined || words[0] !== word) return false;
  if (HEAD_FIRST_OF.test(name)) return true;
  const first = /^\s*(?:the\s+)?(\p{L}+)/iu.exec(name)?.[1]?.toLowerCase();
  return first !== undefined && !ENGLISH_HEAD_LAST.has(first);
}
/** The English words of `SEGMENTS`' university group, as written, which English names put last unless "of" follows. */
const ENGLISH_HEAD_LAST = new Set(['university', 'universities']);

/** The nouns of a building or a group of buildings, which a word before them makes a kind of building of its own. */
const BUILDING_HEADS = new Set(['hall', 'halls', 'house', 'houses', 'tower', 'towers', 'building', 'buildings', 'block', 'blocks', 'village', 'villages', 'complex', 'complexes'].flatMap((w) => industryWords(w)));
/** Whether every name of the entry that says `word` says it before a building's noun (`BUILDING_HEADS`): a compound
 * naming another kind of building ("dormitory halls" is no kind of dormitories beside them). A member of a kind's group
 * that the words did not say reaches no such entry: an apartment block's name is no hall of residence. */
function beforeABuilding(c: CompiledTaxonomy, index: number, word: string): boolean {
  return c.industries[index]!.forms.every((f) => {
    const at = f.words.indexOf(word);
    return at < 0 || (at < f.words.length - 1 && BUILDING_HEADS.has(f.words[at + 1]!));
  });
}

/** Entries whose label or alias is another name for a kind of business the words say. */
function segmentIndustries(words: string[], c: CompiledTaxonomy, name?: string): Omit<Scored, 'evidence'>[] {
  segmentWords ??= SEGMENTS.map((group) => group.map((m) => industryWords(m)).filter((w) => w.length > 0));
  segmentStarts ??= segmentStartsOf(segmentWords);
  const found = new Map<number, number>();
  // Where each group's members are said; a group said only inside a longer member of another group is
  // not said ("dental" of "dental support organization").
  // Only the members whose first word is said at a position are tried there (most of the 362 begin with no word said).
  const spans: Span[][] = segmentWords.map(() => []);
  words.forEach((w, i) => {
    for (const { group, member } of segmentStarts!.get(w) ?? [])
      if (i + member.length <= words.length && member.every((x, k) => words[i + k] === x)) spans[group]!.push({ start: i, end: i + member.length });
  });
  const inside = (a: Span, b: Span) => b.start <= a.start && b.end >= a.end && b.end - b.start > a.end - a.start;
  for (const [g, group] of segmentWords.entries()) {
    const said = spans[g]!.filter((a) => !spans.some((other, o) => o !== g && other.some((b) => inside(a, b))));
    if (said.length === 0) continue;
    const ofGroup = new Map<number, number>();
    // The entries the members said name themselves (not through another member of their group).
    const saidMembers = new Set(said.map((a) => words.slice(a.start, a.end).join(' ')));
    let bySaid = 0;
    for (const member of group) {
      const before = ofGroup.size;
      for (const m of c.industryForms.all(member))
        if (m.start === 0 && m.end === member.length) ofGroup.set(m.value.index, Math.max(ofGroup.get(m.value.index) ?? 0, 0.9 + 0.01 * member.length));
      if (member.length === 1) {
        const owner = c.industryWords.get(member[0]!);
        if (owner && !ofGroup.has(owner.index) && !isKindOf(c, owner.index, member) && (saidMembers.has(member[0]!) || !beforeABuilding(c, owner.index, member[0]!))) ofGroup.set(owner.index, 0.88);
      }
      if (saidMembers.has(member.join(' '))) bySaid += ofGroup.size - before;
    }
    // Where no member reached an entry, a member said as the words' head that one entry's label uses, other entries only
    // their aliases (`labelWordOwner`): that entry. A member that reached one (a dental name's head, a dental practices'
    // entry) does not also read another label's use of the word.
    if (ofGroup.size === 0)
      for (const member of saidMembers) {
        const owner = member.includes(' ') || !saidAsHead(member, words, name) ? undefined : labelWordOwner(c, member);
        if (owner !== undefined && !isKindOf(c, owner, [member])) {
          ofGroup.set(owner, 0.88);
          bySaid++;
        }
      }
    // A member said that the taxonomy's own names use as their head ("brewery" of "craft brewery" and "regional
    // brewery") names none of them itself: the group reaching another of its members the taxonomy names
    // ("brewpub", "taproom") reads a neighbour the vendor serves beside it as the business. It is one of the
    // kinds the taxonomy names by that head, the first of them in the taxonomy's order. Only a head the
    // taxonomy divides into two kinds or more: one entry's head alone may be a neighbour's word too.
    if (ofGroup.size && !bySaid) {
      const heads = [...saidMembers].filter((m) => !m.includes(' '));
      const kinds = kindsOf(c, heads);
      if (kinds.length >= 2) {
        ofGroup.clear();
        ofGroup.set(kinds[0]!, 0.9);
      } else if (ofGroup.size >= 2) ofGroup.clear();
    }
    for (const [index, score] of ofGroup) found.set(index, Math.max(found.get(index) ?? 0, score));
  }
  return [...found].map(([index, score]) => ({ index, score }));
}

/** The share of an entry's sector reading above which a whole-sector CRM value reads it as in that one sector, where
 * a third of the vendor's entries or more are read in none: a small side alias read partly in a second sector leaves
 * seven eighths in the first; a quarter in another sector (a scale entry's "40+ shops") leaves it mixed. */
const MOSTLY_ONE_SECTOR = 0.75;
/** The score `sectorIndustries` gives an entry half of whose names the sector reads. */
const HALF_OF_SECTOR = 0.6 + 0.3 * 0.5;

/** Entries about the sector an industry name belongs to ("Law Practice" is professional services). */
function sectorIndustries(text: string, c: CompiledTaxonomy): Map<number, Scored> {
  const scored = new Map<number, Scored>();
  if (namesFoodMarket(text, c)) return scored;
  const sectors = sectorsOf(industryWords(text));
  const quote = text.trim();
  for (const sector of [...sectors, ...sectors.flatMap((s) => ownValue(RELATED_SECTORS, s) ?? [])]) {
    c.industries.forEach((entry, index) => {
      const weight = entry.sectors.get(sector) ?? 0;
      if (weight >= 0.15) bump(scored, { index, score: 0.6 + 0.3 * weight, evidence: { field: 'industry', quote, via: 'knowledge', confidence: 0.8 } });
    });
    if (scored.size) break;
  }
  return scored;
}

const foodValueWords = new Set(FOOD_VALUE_WORDS.flatMap((w) => industryWords(w)));
const foodGoods = new Set(FOOD_AND_DRINK_GOODS.map((w) => stem(w)));
/** Whether a vendor whose market is a food or drink (`marketWordsOf`: "coffee" said by most entries) is given a value
 * saying only food or drink ("Nahrungsmittel und Getränke", "Food Producers"): the goods it sells into, not one of its
 * segments that the sector lists file such a value under (the online shops as retail, the growers as agriculture). A
 * value whose other words say a sector ("Food and Drink Manufacturing") keeps that sector's reading. */
function namesFoodMarket(value: string, c: CompiledTaxonomy): boolean {
  const said = industryWords(value);
  if (!said.some((w) => foodValueWords.has(w))) return false;
  const rest = said.filter((w) => !foodValueWords.has(w));
  if (rest.length && sectorsOf(rest).length) return false;
  for (const w of marketWordsOf(c)) if (foodGoods.has(w)) return true;
  return false;
}

/** An entry of one of these sectors or of a related one, or one sector knowledge reads in none (the
 * taxonomy's own word for a segment knowledge does not know: "Vaccines & advanced therapies"). */
function withinSector(c: CompiledTaxonomy, index: number, sectors: readonly string[]): boolean {
  const own = c.industries[index]!.sectors;
  if (own.size === 0) return true;
  return sectors.some((x) => own.has(x) || (ownValue(RELATED_SECTORS, x) ?? []).some((r) => own.has(r)));
}

/** The best of the scored entries, as resolved industries. */
function bestIndustries(scored: Map<number, Scored> | Scored[], c: CompiledTaxonomy): Resolved[] {
  const map = Array.isArray(scored) ? new Map(scored.map((s) => [s.index, s])) : scored;
  return keepBest(map, 0.1, 0.6).map((s) => ({ id: c.industries[s.index]!.entry.id, label: c.industries[s.index]!.entry.label, evidence: s.evidence }));
}

/** Whether `w` is a word only one entry other than `index` uses in its label and aliases, as the head of one of
 * them ("patrol" of "vehicle patrol"): said in a company's name, it names that entry's kind. */
function headOfOtherEntry(c: CompiledTaxonomy, w: string, index: number): boolean {
  const owner = c.industryWords.get(w);
  return owner !== undefined && owner.index !== index && c.industries[owner.index]!.forms.some((f) => f.words.at(-1) === w);
}
/** Whether a company's name says the vendor's market by a word most of the taxonomy's entries use ("... Movers" to a
 * vendor whose entries are kinds of movers): the business is one of the market, whatever broad sector its CRM value says. */
function namesMarketWord(text: string, c: CompiledTaxonomy): boolean {
  const market = marketWordsOf(c);
  return market.size > 0 && words(text).some((w) => market.has(stem(w)));
}

/** Stems of words that half or more of the taxonomy's industries (three at least) use in their names: the
 * vendor's own kind of market ("recruitment" of "IT recruitment", "Executive search recruitment", ...). */
const marketWordSets = new PerTaxonomy<Set<string>>();
function marketWordsOf(c: CompiledTaxonomy): Set<string> {
  return cachedFor(marketWordSets, c, () => {
    const counts = new Map<string, number>();
    for (const i of c.industries) {
      const own = new Set(i.forms.flatMap((f) => words(f.text)).filter((w) => w.length > 2 && !isStopword(w)).map(stem));
      for (const w of own) counts.set(w, (counts.get(w) ?? 0) + 1);
    }
    return new Set([...counts].filter(([, n]) => n >= 3 && n * 2 >= c.industries.length).map(([w]) => w));
  });
}
/** Whether `value` is, word for word, one of the taxonomy's industry labels or aliases. */
function isEntryName(value: string, c: CompiledTaxonomy): boolean {
  const said = industryWords(value);
  return said.length > 0 && c.industries.some((i) => i.forms.some((f) => f.words.length === said.length && f.words.every((w, k) => w === said[k])));
}
/** Whether a whole-sector value (a finance value at a vendor of lenders) is the one sector every entry of the taxonomy
 * is of (credit unions, banks, loan funds and their service companies all of finance) and its words are in the entries'
 * names only as a qualifier (the sector's word before "institution" in a loan fund's alias): every prospect of the
 * market has it, so it says none of the segments, not the one whose alias qualifies its own head by the sector's word.
 * A value that is an entry's head (a hospitals value beside an entry of university clinics' hospitals) still reads as it did. */
function everyEntrysSector(value: string, c: CompiledTaxonomy): boolean {
  if (!namesWholeSector(value)) return false;
  const own = sectorsOf(industryWords(value));
  if (own.length !== 1 || !c.industries.every((i) => [...i.sectors].sort((a, b) => b[1] - a[1])[0]?.[0] === own[0])) return false;
  // The sector's own words, not "services" that every sector's name ends on.
  const said = industryWords(value).filter((w) => !GENERIC_INDUSTRY.has(w));
  const forms = c.industries.flatMap((i) => i.forms.map((f) => f.words));
  return forms.some((f) => f.slice(0, -1).some((w) => said.includes(w))) && !forms.some((f) => said.includes(f[f.length - 1]!));
}
/** Whether a whole-sector value (`namesWholeSector`: "Logistics", "Media") is the sector the vendor's market word is
 * of, as an entry's own name says by putting the value's words right before that word ("container logistics
 * brokerage" beside "Truckload brokerage", "Drayage brokerage"): every prospect of the market has the value, so it
 * says none of the segments, though the sector's knowledge reads it as the one entry that names the sector without
 * the market word (a "Logistics fleets" entry). A word of several senses ("brokerage", "agency", "exchange") takes
 * the sector the taxonomy gives it. */
function sectorOfTheMarket(value: string, market: Set<string>, c: CompiledTaxonomy): boolean {
  const said = industryWords(value);
  if (!said.length || !namesWholeSector(value)) return false;
  return c.industries.some((i) =>
    i.forms.some((f) => f.words.some((_, k) => k + said.length < f.words.length && said.every((w, j) => f.words[k + j] === w) && market.has(stem(f.words[k + said.length]!)))),
  );
}
/** Whether every sector a company's name says is one the vendor's market word is of (`sectorOfTheMarket`): a
 * "... Logistics" at a vendor of freight brokerages says the market, not the one entry naming the sector. Not where
 * another word of the name than the sector's name is a word of an entry's own names ("... Fleet Logistics" beside a
 * "Logistics fleets" entry): that word says the entry (review mend). */
function inMarketSector(company: string, c: CompiledTaxonomy): boolean {
  const sectors = marketSectorsOf(c);
  if (!sectors.size) return false;
  const said = industryWords(company);
  const own = sectorsOf(said);
  if (!own.length || !own.every((s) => sectors.has(s))) return false;
  const sectorWords = new Set(sectorWideWords().filter((n) => said.some((_, k) => n.every((w, j) => said[k + j] === w))).flat());
  const entryWords = industryFormWordsOf(c);
  return !said.some((w) => !sectorWords.has(w) && entryWords.has(w));
}
const industryFormWordSets = new PerTaxonomy<Set<string>>();
/** Every word of the taxonomy's industry forms, gathered once per taxonomy. */
const industryFormWordsOf = (c: CompiledTaxonomy): Set<string> =>
  cachedFor(industryFormWordSets, c, () => new Set(c.industries.flatMap((i) => i.forms.flatMap((f) => f.words))));
let sectorWideWordLists: string[][] | undefined;
/** The words of each whole-sector name (SECTOR_WIDE_NAMES), read once. */
const sectorWideWords = (): string[][] => (sectorWideWordLists ??= SECTOR_WIDE_NAMES.map((n) => industryWords(n)).filter((n) => n.length > 0));
const marketSectorSets = new PerTaxonomy<Set<string>>();
/** The sectors of the whole-sector names an entry puts right before the vendor's market word, found once per taxonomy. */
function marketSectorsOf(c: CompiledTaxonomy): Set<string> {
  return cachedFor(marketSectorSets, c, () => {
    const market = marketWordsOf(c);
    if (!market.size) return new Set<string>();
    return new Set(SECTOR_WIDE_NAMES.filter((n) => sectorOfTheMarket(n, market, c)).flatMap((n) => sectorsOf(industryWords(n))));
  });
}
/** A CRM industry that says the vendor's market by a word most of the taxonomy's entries use ("Staffing and
 * Recruiting" to a recruitment vendor whose entries are kinds of recruitment) says nothing of the segment. */
function namesTheMarket(value: string, c: CompiledTaxonomy): boolean {
  const market = marketWordsOf(c);
  if (!market.size) return false;
  if (sectorOfTheMarket(value, market, c) || everyEntrysSector(value, c)) return true;
  if (!namesMarketWord(value, c)) return false;
  const rest = words(value).filter((w) => !market.has(stem(w))).join(' ');
  // A value that is one of an entry's own names word for word ("Rail Transportation" where the rail operators have
  // that alias) says that entry, not only the market: the vendor wrote it as a name of the segment. Not a value of the
  // market's words alone ("Cleaning Services" kept as one entry's alias): every prospect of the market has it.
  if (industryWords(rest).length && isEntryName(value, c)) return false;
  // Its other words name no entry ("Historical Sites" of "Museums, Historical Sites, and Zoos" does).
  return !industryWords(rest).length || namedIndustries(rest, 'industry', c).size === 0;
}

/** Industries of a piece of text alone (an asset's title when suggesting its tags, say). */
export function industryMatches(text: string, field: 'industry' | 'company', c: CompiledTaxonomy, useKnowledge: boolean): Resolved[] {
  if (!industryWords(text).length) return [];
  const named = namedIndustries(text, field, c);
  return bestIndustries(named.size || !useKnowledge ? named : sectorIndustries(text, c), c);
}

/** How much the words of the company's name and the notes must speak for an industry, through the
 * library's content tagged with it, to name it (as for pains). */
const INDUSTRY_VOCABULARY_THRESHOLD = 1.5;

/** The other languages' ordinary words for a company, which (their trade after them) say only that a business is one:
 * "una empresa de software", "ein Unternehmen mit 300 Leuten", "une entreprise", "een bedrijf", "un'azienda". */
const COMPANY_WORDS = new Set(['empresa', 'empresas', 'unternehmen', 'firma', 'firmen', 'entreprise', 'entreprises', 'société', 'societe', 'bedrijf', 'bedrijven', 'azienda', 'aziende', 'società', 'societa']);
/** Industries the company's name and the notes speak for through the words of the library's own content
 * (a word mostly used on one industry's assets and rare in the library), among `among` when given: the
 * best-supported one only. */
function libraryIndustries(company: string | undefined, notes: string | undefined, c: CompiledTaxonomy, among?: Map<number, Scored>): Map<number, Scored> {
  const text = `${company ?? ''} . ${notes ? readNotes(notes, {}, labelNames(c)).industry : ''}`;
  const sums = new Map<number, { total: number; best: number; word: string }>();
  // Each stem once, with the word it was said as (the quote). Not a word that only says a business is one ("company",
  // "firm", "business": "a software company's offices"): whichever segment the library's assets call a company most
  // often is not what the prospect is. Read where it opens a phrase before a content word, naming a trade ("business
  // aviation", "a business jet FBO"); not after its kind ("a tile company owner").
  const said = new Map<string, string>();
  const plain = (w: string | undefined) => w === undefined || isStopword(w.toLowerCase()) || isClosedWord(w.toLowerCase());
  const parts = text.split(/(\p{L}+)/u); // separators at even places, words at odd ones
  const qualifiers = new Set<string>();
  for (let i = 1; i < parts.length; i += 2) {
    const before = i > 1 && /^[ \t]+$/.test(parts[i - 1]!) ? parts[i - 2] : undefined;
    const after = /^[ \t]+$/.test(parts[i + 1] ?? '') ? parts[i + 2] : undefined;
    if (after && !plain(after) && !LEGAL_HEADS.has(after.toLowerCase()) && plain(before))
      qualifiers.add(parts[i]!.toLowerCase());
  }
  const saysCompany = (w: string) => COMPANY_HEADS.has(industryWords(w)[0] ?? w) || COMPANY_WORDS.has(w);
  for (const w of words(text)) if (w.length > 2 && !isStopword(w) && !/\d/.test(w) && !said.has(stem(w)) && (!saysCompany(w) || qualifiers.has(w))) said.set(stem(w), w);
  // A word of the language's commonest ("year", "time", "not": `isEverydayWord`, the word as the notes write it, so not
  // "hearing" of hearing aids or "developers") that the library says on one asset only,
  // of one segment, speaks for that segment by chance ("six weeks" and "a year" read as an oil vendor's midstream entry),
  // not for the prospect: it does not count here. A trade's rare word on one asset ("turf", "rotator") still does.
  for (const [w, word] of [...said]) if (c.industryVocabulary.single?.has(w) && isEverydayWord(word) && (c.industryVocabulary.weights.get(w)?.length ?? 0) === 1) said.delete(w);
  // The six other languages' numerals and words of quantity ("chaque jeudi", "deux sites", "rund 40 Tonnen") count
  // what the note speaks of and say no segment, wherever the library has them.
  for (const [w, word] of [...said]) if (FOREIGN_QUANTITY_WORDS.has(word.toLowerCase()) || aboutANumber(text, word)) said.delete(w);
  // A word of a level of government ("state": `STATE_LEVEL`) says where a body is or whom the notes speak of ("Ravensford
  // State Polytechnic", "the state wants the forms by May"), not the segment whose assets say it most.
  for (const [w, word] of [...said]) if (STATE_LEVEL.has(industryWords(word)[0] ?? word)) said.delete(w);
  for (const [w, word] of said)
    for (const [index, weight] of c.industryVocabulary.weights.get(w) ?? []) {
      if (among && !among.has(index)) continue;
      const s = sums.get(index) ?? { total: 0, best: 0, word };
      s.total += weight;
      if (weight > s.best) Object.assign(s, { best: weight, word });
      sums.set(index, s);
    }
  // Function words of the six languages ("und", "fur", "des", "les") are on a library's
  // assets in those languages, so they speak for whichever segment those assets are tagged with. They count for an
  // entry no more than the words of its own content said beside them: alone they name nothing.
  // The quote is the heaviest content word ("eaux" of "des eaux"), not the function word.
  const content = new Map<number, { total: number; best: number; word: string }>();
  for (const [w, word] of said)
    if (!isClosedWord(word))
      for (const [index, weight] of c.industryVocabulary.weights.get(w) ?? []) {
        const x = content.get(index) ?? { total: 0, best: 0, word };
        x.total += weight;
        if (weight > x.best) Object.assign(x, { best: weight, word });
        content.set(index, x);
      }
  for (const [index, s] of sums) {
    const x = content.get(index);
    s.total = Math.min(s.total, 2 * (x?.total ?? 0));
    if (x && isClosedWord(s.word)) s.word = x.word;
  }
  const top = Math.max(0, ...[...sums.values()].map((s) => s.total));
  const out = new Map<number, Scored>();
  for (const [index, s] of sums)
    if (s.total >= INDUSTRY_VOCABULARY_THRESHOLD && s.total >= top)
      out.set(index, { index, score: 0.7, evidence: { field: company && words(company).includes(s.word) ? 'company' : 'notes', quote: s.word, via: 'taxonomy', confidence: 0.6 } });
  return out;
}

/** More entries than this from a sector alone say nothing: "Higher Education" to a vendor whose every
 * segment is a kind of school; "Utilities" to a water vendor's drinking water and operators (two kinds from
 * a sector are a guess between them: the notes' and the library's words choose, or nothing is read). */
const MOST_FROM_SECTOR = 1;
/** Sectors that say who owns a business, not what it runs: a guess from them needs no word of the kind. */
const OWNERSHIP_SECTORS = new Set(['government']);
const headSectors = new WeakMap<CompiledTaxonomy, Set<string>[]>();
/** Per entry, the sectors its names say by their heads ("Banks and investment firms": financial, "Software
 * companies": technology, a company's word off), not by a qualifier ("Water parks"), found once per taxonomy. */
function headSectorsOfEntries(c: CompiledTaxonomy): Set<string>[] {
  return cachedFor(headSectors, c, () => {
    const names = (entry: CompiledTaxonomy['industries'][number]['entry']) => [...industryNames(entry.label), ...entry.aliases.map((a) => industryWords(a))];
    const headless = (w: string[]) => (w.length > 1 && COMPANY_HEADS.has(w.at(-1)!) ? w.slice(0, -1) : w);
    return c.industries.map((i) => new Set(names(i.entry).flatMap((w) => headSectorsOf(headless(w)))));
  });
}
/** A name's words for the whole-sector test: the "-ization" spelling ("Organisations"). */
const sectorWords = (text: string) => industryWords(text.toLowerCase().replace(/\p{L}+/gu, izeSpelling));
/** Words as a key of the whole-sector test: each once, in no order ("Logistics and Supply Chain", "Supply Chain & Logistics"). */
const sectorKey = (w: string[]) => [...new Set(w)].sort().join(' ');
const WIDE_NAMES = new Set(SECTOR_WIDE_NAMES.map((n) => sectorKey(sectorWords(n))));
/** Words after a sector's name that say only "a body in it" ("Financial institutions", "Healthcare providers"), and
 * the word for an organization in the other five languages, where it comes before the sector's name
 * ("Organizaciones sin ánimo de lucro"). */
const BODY_HEADS = new Set([
  ...COMPANY_HEADS, ...AGENT_HEADS,
  ...['institution', 'institutions', 'organization', 'organizations', 'organisation', 'organisations'].map((w) => industryWords(w)[0] ?? w),
  ...['organización', 'organizaciones', 'organizzazione', 'organizzazioni', 'organização', 'organizações', 'organisatie', 'organisaties'].map((w) => industryWords(w)[0] ?? w),
]);
/** A name's keys: its words, and without a body word at either end ("Non-profit organisations", "Organisations à but
 * non lucratif"). */
function sectorKeys(text: string): string[] {
  const w = sectorWords(text);
  const out = [sectorKey(w)];
  if (w.length > 1) for (const x of new Set([w[0]!, w.at(-1)!])) if (BODY_HEADS.has(x)) out.push(sectorKey(w.filter((y) => y !== x)));
  return out;
}
/** The parts of a CRM value joined by "&", "and" (in the six languages), "/" or a comma. */
const joinedParts = (value: string) => value.split(/\s*[,&/+]\s*|\s+(?:and|und|et|y|e|en)\s+/i).filter((p) => p.trim());
/** A name that is in `wide`, alone or with a body word ("Financial institutions"), or whose every part joined by
 * "and" or "&" is ("Transport & Logistics"): words in any order, either spelling. */
const isWideName = (name: string, wide: Set<string>): boolean => {
  const whole = (n: string) => sectorKeys(n).some((k) => wide.has(k));
  const parts = joinedParts(name);
  return whole(name) || (parts.length > 1 && parts.every(whole));
};
/** A CRM value naming a whole sector (`SECTOR_WIDE_NAMES`, in any language the industry words read, two of them joined
 * by "&" or "and"), not one kind of business in it. */
const namesWholeSector = (value: string) => isWideName(value, WIDE_NAMES);
const wideEntries = new WeakMap<CompiledTaxonomy, boolean[]>();
/** An entry that is a whole sector (`SECTOR_WIDE_NAMES`, `SECTOR_PICKLIST_NAMES`): a name of it, or one part of a name joined by "and" or "&",
 * is such a name, alone or before a word of `BODY_HEADS` ("Financial institutions", "Technology & SaaS", "Logistics").
 * Any value of its sector names it. Found once per taxonomy. */
function wideEntry(c: CompiledTaxonomy, index: number): boolean {
  let out = wideEntries.get(c);
  if (!out) {
    const wide = new Set([...WIDE_NAMES, ...SECTOR_PICKLIST_NAMES.map((n) => sectorKey(sectorWords(n)))]);
    const isWide = (w: string[]) => wide.has(sectorKey(w)) || (w.length > 1 && BODY_HEADS.has(w.at(-1)!) && wide.has(sectorKey(w.slice(0, -1))));
    out = c.industries.map((i) => [...industryNames(i.entry.label), ...i.entry.aliases.flatMap((a) => industryNames(a))].some(isWide));
    wideEntries.set(c, out);
  }
  return out[index]!;
}
/** How many kinds of business a guess from a sector holds: the taxonomy's entry for groups of many sites is
 * a scale, not a kind (a sector does not say it; `byScale` keeps or drops it). */
const kindsGuessed = (guessed: Scored[], c: CompiledTaxonomy) => guessed.filter((s) => s.index !== groupEntryOf(c)).length;
/** A company name's sector guess of one kind of business (the entry for groups of many sites aside) is borne out by the
 * name only where the name says a word of that entry's names (`valueSaysEntry`), in a taxonomy a third of whose kinds or
 * more sector knowledge reads in no sector: there the one kind read in the sector is not the sector's only kind of the
 * vendor's, only the one the knowledge knows. A taxonomy of sector-wide entries ("Health care providers") keeps the guess,
 * and a guess of several kinds is left as it is. */
const nameSaysGuess = (guessed: Scored[], company: string, c: CompiledTaxonomy) => {
  if (kindsGuessed(guessed, c) !== 1) return true;
  const sizes = sizedEntriesOf(c);
  const kinds = c.industries.filter((_, i) => !sizes.has(i));
  if (kinds.filter((i) => i.sectors.size === 0).length * 3 < kinds.length) return true;
  const nameWords = new Set(industryWords(company));
  return guessed.some((s) => s.index === groupEntryOf(c) || valueSaysEntry(c, s.index, nameWords, false));
};
/** Notes are read for an industry only this far: the business is said early, if at all. */
const NOTES_FOR_INDUSTRY = 2000;
/** The notes' start (NOTES_FOR_INDUSTRY) without the seller's turns: what the industry readings read of the notes. */
function industryNotes(notes: string, c: CompiledTaxonomy): string {
  const read = readNotes(notes.slice(0, NOTES_FOR_INDUSTRY), {}, labelNames(c)).industry;
  const own = prepositionCompoundsOf(c);
  return read.replace(PREPOSITION_COMPOUND, (compound) => (own.has(compound.toLowerCase().replace(/[\u2010\u2011]/g, '-')) ? compound : compound.replace(/[-\u2010\u2011]/, '')));
}
/** An English preposition joined by a hyphen to the word after it, one adjective ("on-farm", "in-flight"): the word
 * after it says where something is, not a kind of business the notes say. */
const PREPOSITION_COMPOUND = /(?<![\p{L}\p{N}\-\u2010\u2011])(?:in|on|off|at)[-\u2010\u2011]\p{L}{2,}/giu;
const prepositionCompounds = new PerTaxonomy<Set<string>>();
/** The preposition compounds the taxonomy's own labels and aliases use (a vendor's "on-farm dairies"), lower-case: the
 * notes' same compound names the entry, and is read as written. Others are read joined, one word ("onfarm"), so their
 * second part names no entry alone (the mirror of the compile step's `freeIndustryWords`). */
const prepositionCompoundsOf = (c: CompiledTaxonomy): Set<string> =>
  cachedFor(prepositionCompounds, c, () => new Set(c.industries.flatMap((i) => [i.entry.label, ...i.entry.aliases].flatMap((t) => (t.match(PREPOSITION_COMPOUND) ?? []).map((m) => m.toLowerCase().replace(/[\u2010\u2011]/g, '-'))))));

/** Words a taxonomy's label or alias uses for a business of many sites: "Dental groups & DSOs",
 * "Multi-site veterinary groups", "multi-office agencies", "multi-branch lenders", "gym chain" ("supply chain" and "cold chain" are not; nor is a group of people a
 * business gathers or serves: "focus groups", "support groups", "user groups"). */
const GROUP_OF_SITES = /\b(?:(?<!(?:focus|support|user|peer|age|interest|pressure|working|study|discussion|target|advocacy) )groups?|(?<!supply |cold |value )chains?|multi[- ]?(?:site|location|unit|campus|office|branch|store|shop|clinic|practice|outlet|restaurant|hotel|venue)(?:e?s)?|consolidators?)\b/i;
/** "Group" in the singular before the noun it qualifies: the cover or service sold to a group of people ("group dental",
 * "group health cover", "small group walks"), not a group of sites. Not "group of", "group and ...". */
const GROUP_QUALIFIES = /\bgroup\s+(?!(?:of|and|or)\b)[a-z]/i;
/** A buying or purchasing group: independent businesses that buy together, each of its own sites, not one business of
 * many (English, as `GROUP_OF_SITES`). */
const BUYING_GROUP = /\b(?:buying|purchasing)\s+groups?\b/gi;
const groupEntries = new WeakMap<CompiledTaxonomy, number | undefined>();
/** The taxonomy's one entry for businesses of many sites, when it has exactly one. An entry whose own names use "group"
 * of the people it serves (`GROUP_QUALIFIES`) is not one, whatever its other names say ("choir groups" beside
 * "choir group retreats" are groups of singers). */
function groupEntryOf(c: CompiledTaxonomy): number | undefined {
  if (groupEntries.has(c)) return groupEntries.get(c);
  const found = c.industries.flatMap((i, index) => {
    const names = [i.entry.label, ...i.entry.aliases];
    return names.some((t) => GROUP_OF_SITES.test(t)) && !names.some((t) => GROUP_QUALIFIES.test(t)) ? [index] : [];
  });
  // The one entry of groups is no business of many sites where the only groups its names say are buying groups
  // ("Buying groups and wholesalers"): a count of sites or "Group" in a name says a chain, which that entry is not. One
  // that also names chains (a label of shop chains and groups, a "buying group" alias beside) still is.
  const onlyBuying = (index: number) => [c.industries[index]!.entry.label, ...c.industries[index]!.entry.aliases].every((t) => !GROUP_OF_SITES.test(t.replace(BUYING_GROUP, ' ')));
  const group = found.length === 1 && !onlyBuying(found[0]!) ? found[0] : undefined;
  groupEntries.set(c, group);
  return group;
}
/** A count of the business's own sites in the notes: "18 offices", "a 60-office group", "22 general practices". */
/** The words for a business's own sites, in the six languages: offices, branches, stores, "Filialen", "punti vendita". */
const SITE_NOUNS = 'offices?|locations?|sites?|clinics?|practices?|branch(?:es)?|stores?|shops?|clubs?|studios?|gyms?|hospitals?|restaurants?|hotels?|campus(?:es)?|dealerships?|outlets?|cent(?:er|re)s?|schools?|nurser(?:y|ies)|resorts?|facilit(?:y|ies)|venues?|homes?|plants?|filial(?:en|es|i|is)|standorte|niederlassungen|succursales|sucursales|centros|centri|sedi|negozi|tiendas|magasins|lojas|winkels|l(?:ä|ae)den|gesch(?:ä|ae)fte|boutiques|vestigingen|punti vendita|points de vente|puntos de venta|pontos de venda';
/** Counts of five to twelve and twenty said in words, in the six languages and English, and English's teens, thirty,
 * forty and fifty, from the one table of number words (knowledge/numbers.ts), as written and with German's umlauts
 * typed ("fuenf"): "seven branches", "nine dental offices", "sechs Filialen", "sept magasins", "doce tiendas",
 * "dodici negozi", "zes winkels", a count of sites as often as digits are. Below five a count says no group, so those
 * words are not read here; nor are words that are also another language's everyday word ("once" in English, "onze"
 * our in Dutch, "elf"). */
const COUNT_WORDS: Record<string, number> = Object.fromEntries(
  [
    ...numberWords({
      values: (v, language) => (v >= 5 && v <= 12) || v === 20 || (language === 'e' && v >= 13 && v <= 50),
      forms: ['written', 'german'],
      except: ['elf', 'onze', 'once'],
    }),
  ].map(([word, { value }]) => [word, value] as const),
);
const COUNT = `\\d[\\d,]*|${Object.keys(COUNT_WORDS).join('|')}`;
/** Whether the text says word only as "about" a number ("rund 40 Höfe", "environ 30 sites", "rund drei Völker"): one of
 * ABOUT_BEFORE_A_NUMBER with digits or a numeral of FOREIGN_QUANTITY_WORDS next, past a space only, and not after a
 * word that makes it a noun (NOUN_AFTER: Dutch "per rund 40 euro", cattle), at every place the text says it: one
 * place it is the noun ("Rund en kalf, per rund 40 euro voer") keeps the word. */
function aboutANumber(text: string, word: string): boolean {
  const lower = word.toLowerCase();
  if (!ABOUT_BEFORE_A_NUMBER.has(lower)) return false;
  const parts = normalise(text).split(/([a-z0-9]+)/); // separators at even places, words at odd ones
  const spaced = (sep: string | undefined) => sep !== undefined && /^[ \t]+$/.test(sep);
  const about = (i: number) => {
    const next = spaced(parts[i + 1]) ? (parts[i + 2] ?? '') : '';
    const before = i > 1 && spaced(parts[i - 1]) ? parts[i - 2]! : '';
    return (/^\d/.test(next) || FOREIGN_QUANTITY_WORDS.has(next)) && !ownValue(NOUN_AFTER, lower)?.has(before);
  };
  let said = false;
  for (let i = 1; i < parts.length; i += 2) {
    if (parts[i] !== lower) continue;
    if (!about(i)) return false;
    said = true;
  }
  return said;
}
/** A count's number, from its digits or its word. */
function countOf(said: string): number {
  return ownValue(COUNT_WORDS, said.toLowerCase()) ?? Number(said.replace(/,/g, ''));
}
const SITES_SAID = new RegExp(`(?<![\\p{L}\\d-])(${COUNT})\\+?(\\s*-\\s*|\\s+)((?:[a-z][a-z'-]*\\s+){0,2}?)(?:${SITE_NOUNS})(?![\\p{L}])`, 'giu');
/** A count of the business's own sites said in the notes, from one ("one location", "three garden-centre locations", "12
 * locations across the county"): the count, the words between and the site noun. */
const SITES_COUNTED = new RegExp(`(?<![\\p{L}\\d,-])(\\d+(?:,\\d{3})*|${Object.keys(COUNT_WORDS).join('|')}|one|two|three|four|a single)\\+?(?:\\s*-\\s*|\\s+)((?:[a-z][a-z'-]*\\s+){0,2}?)(${SITE_NOUNS})(?![\\p{L}])`, 'giu');
/** A site noun as every SITES_COUNTED match ends on, with its flags' case folding (`iu`): a prefilter, not a reading. */
const SITE_NOUN_SAID = new RegExp(`(?:${SITE_NOUNS})(?![\\p{L}])`, 'iu');
/** The site nouns said of one site: after a count of more than one, such a noun is a compound's first half ("3
 * different box office systems"), not the sites counted. */
const ONE_SITE = /^(?:office|location|site|clinic|practice|branch|store|shop|club|studio|gym|hospital|restaurant|hotel|campus|dealership|outlet|cent(?:er|re)|school|nursery|resort|facility|venue|home|plant)$/i;
/** The count of one site, as SITES_COUNTED reads it ("one", "1", "a single"). */
const ONE_SITE_COUNT = /^(?:one|a single|1)$/i;
/** Words after "one location" in its sentence that set it against the business's other sites: "the others", "the
 * rest", "the other five", "other stores", "of" ("one of the locations"), in English. Not a bare "but" ("one location
 * but plans a second" is still the size) nor "on the other hand". */
const ONE_SITE_OF_SEVERAL = /^\s*of\b|\b(?:the\s+other(?!\s+hand)|others|the\s+rest|other\s+(?:sites?|locations?|stores?|shops?|branch(?:es)?))\b/i;
/** Words that say something cannot be done, in the six languages (as the words are read, without accents): "Comparing
 * the 6 locations is impossible", "unmöglich", "onmogelijk", "can't", "cannot", "unable". */
const CANNOT_WORDS = new Set(['impossible', 'cannot', 'cant', 'couldnt', 'unable', 'unmoglich', 'onmogelijk', 'impossibile', 'imposible', 'impossivel', 'impossibles']);
/** The verb "can" of the six languages: with a negation beside it ("kann sie nicht", "kan niet", "ne peut pas", "no
 * puede", "non può", "não pode", "could not") it says something cannot be done. */
const CAN_WORDS = new Set(['can', 'could', 'kann', 'konnen', 'konnte', 'kan', 'kunnen', 'kon', 'peut', 'peuvent', 'pouvons', 'puede', 'pueden', 'podemos', 'puo', 'possono', 'possiamo', 'pode', 'podem']);
const CAN_NEGATED = new Set(['not', 'nicht', 'niet', 'pas', 'no', 'non', 'nao']);
/** An office that is a room or a function, not a site: "box office", "back office", "front office", "post office". */
const OFFICE_COMPOUND = /(?:^|\s)(?:box|back|front|post)\s+$/i;
/** Spans of the notes that count the business's own sites, as its size, each with whether it counts one site: the count agrees with its noun ("one
 * location", "9 locations"; not "3 box office systems", "a 40-bed care home", "30 school buses", where
 * the noun is the first half of a compound), and the noun is no office of a compound ("one back office"). */
function sitesCountedIn(notes: string): Array<readonly [number, number, boolean]> {
  const spans: Array<readonly [number, number, boolean]> = [];
  // Three notes in four say no site noun: the counts' patterns (a look-behind tried at every position) run only where one is.
  if (SITE_NOUN_SAID.test(notes)) for (const m of notes.matchAll(SITES_COUNTED)) {
    const [, count, between, noun] = m;
    const one = ONE_SITE_COUNT.test(count!);
    if (one !== ONE_SITE.test(noun!)) continue;
    if (/^offices?$/i.test(noun!) && OFFICE_COMPOUND.test(between!)) continue;
    // "three guys ... across 9 regional offices": what something is spread over, not the business's size said.
    if (/\bacross\s+$/i.test(notes.slice(Math.max(0, m.index! - 8), m.index!))) continue;
    // "Only one location uses the till system; the others still count by hand", "one of the locations": one site
    // set against the rest is a part of several, not the business's size (review mend, fifty-fourth round).
    if (one && ONE_SITE_OF_SEVERAL.test(notes.slice(m.index! + m[0].length).split(/[.!?\n]/)[0]!)) continue;
    spans.push([m.index!, m.index! + m[0].length, one] as const);
  }
  if (FOREIGN_SITE_NOUN_SAID.test(notes)) for (const m of notes.matchAll(FOREIGN_SITES_COUNTED)) {
    const [, count, between, noun] = m;
    // a word of function between ("ein Bericht pro Standort", "un rapport par centre", "eine Kette mit Filialen"): the
    // count is of something else.
    if (between!.split(/\s+/).some((w) => w && (isClosedWord(w.toLowerCase()) || PER_WORDS.test(w)))) continue;
    const said = ownValue(FOREIGN_SITE_COUNTS, count!.toLowerCase());
    const site = ownValue(FOREIGN_SITE_NOUNS, noun!.toLowerCase().replace(/\s+/g, ' '));
    // the count agrees with its noun ("eine Filiale", "tres tiendas"; not "un negozi", "drei Filiale") and both are
    // one language's ("vier vestigingen", "vier Filialen"; not German "um" before Portuguese "lojas").
    if (!said || !site || (said[0] === 1) !== site[0] || ![...said[1]].some((l) => site[1].includes(l))) continue;
    spans.push([m.index!, m.index! + m[0].length, site[0]] as const);
  }
  return spans;
}
/** "Per" in the six languages, not among their function words: a count before it is of something else. */
const PER_WORDS = /^(?:pro|per|par|por|je)$/i;
/** Counts of one to four in the six languages, each with its languages (d German, f French, s Spanish, i Italian, n
 * Dutch, p Portuguese), from the one table of number words, as written and without accents: the numerals, and the
 * article that is also the numeral one ("eine Filiale", "un magasin", "een winkel", "uma loja"). Five and up are
 * COUNT_WORDS'. */
const FOREIGN_SITE_COUNTS: Record<string, readonly [number, string]> = Object.fromEntries(
  [...numberWords({ values: (v) => v <= 4, languages: 'dfsinp', forms: ['written', 'plain'] })].map(([word, { value, languages }]) => [word, [value, languages] as const] as const),
);
/** The six languages' words for a business's own sites, each as one (true) or many (false), with its languages: the
 * singulars and plurals of SITE_NOUNS's words of those languages. Not German "Laden" and "Geschäft" (also to load, and
 * a deal or a business) nor French "site" (a website) of one; their plurals are sites. */
const FOREIGN_SITE_NOUNS: Record<string, readonly [boolean, string]> = Object.fromEntries(
  (
    [
      ['d', 'filiale, standort, niederlassung', 'filialen, standorte, standorten, niederlassungen, läden, geschäfte'],
      ['f', 'succursale, magasin, boutique, centre, point de vente', 'succursales, magasins, boutiques, sites, centres, points de vente'],
      ['s', 'sucursal, tienda, centro, punto de venta', 'sucursales, filiales, tiendas, centros, puntos de venta'],
      ['i', 'filiale, sede, negozio, centro, punto vendita', 'filiali, sedi, negozi, centri, punti vendita'],
      ['n', 'filiaal, vestiging, winkel', 'filialen, vestigingen, winkels'],
      ['p', 'filial, loja, centro, ponto de venda', 'filiais, lojas, centros, pontos de venda'],
    ] as const
  ).flatMap(([langs, one, many]) => [
    ...one.split(', ').map((w) => [w, [true, langs] as const] as const),
    ...many.split(', ').map((w) => [w, [false, langs] as const] as const),
  ]),
);
/** Languages' shared words: "filiale" German and Italian, "filialen" German and Dutch, "filial" Spanish and Portuguese,
 * "centro" Spanish, Italian and Portuguese. */
for (const [word, langs] of [['filiale', 'di'], ['filialen', 'dn'], ['filial', 'sp'], ['centro', 'sip'], ['centros', 'sp']] as const) FOREIGN_SITE_NOUNS[word] = [FOREIGN_SITE_NOUNS[word]![0], langs];
/** A count of one to four of the business's own sites in the six languages, up to two words between that are no
 * count ("drei eigene Filialen", "deux petits magasins"): the count, the words between and the site noun. */
const FOREIGN_COUNT = Object.keys(FOREIGN_SITE_COUNTS).join('|');
const FOREIGN_SITE_NOUN = Object.keys(FOREIGN_SITE_NOUNS).sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+')).join('|');
const FOREIGN_SITES_COUNTED = new RegExp(
  `(?<![\\p{L}\\d-])(${FOREIGN_COUNT})\\s+((?:(?!(?:${FOREIGN_COUNT})\\s)\\p{L}[\\p{L}'-]*\\s+){0,2}?)(${FOREIGN_SITE_NOUN})(?![\\p{L}\\d-])`,
  'giu',
);
/** A site noun as every FOREIGN_SITES_COUNTED match ends on, with its flags' case folding (`iu`): a prefilter, not a reading. */
const FOREIGN_SITE_NOUN_SAID = new RegExp(`(?:${FOREIGN_SITE_NOUN})(?![\\p{L}\\d-])`, 'iu');
/** A count joined to its sites by a hyphen ("a 60-office group"): the sites a modifier, still counted. */
const COUNT_HYPHENED = new RegExp(`^(?:${COUNT})\\+?\\s*-`, 'iu');
/** Words that are a count only in lower case: the German name "Otto", "Dez" for December. */
const COUNT_IN_LOWER_CASE = new Set(['otto', 'dez']);
/** Dutch "ten" of "ten minste" (at least), "ten behoeve van", "ten opzichte van": no count. */
const DUTCH_TEN_PHRASE = /^ten\s+(?:minste|behoeve|opzichte)\b/i;
/** A rating, not sites: "five-star hotel", "a 5 star resort". */
const A_RATING = /^stars?$/i;
/** Prepositions of place of the six languages after a count of sites, which leave it the thing counted ("dez lojas
 * em Quintavela", "sechs Filialen in Oberwaldheim", "siete tiendas en Villaverdeja"). Not "of" ("di", "de", "van"): "negozi di
 * scarpe" names the kind of shop, read as a modifier as before (measured: with it an optician's eight shops read as a
 * hearing chain). */
const PREPOSITION_AFTER_SITES = /^(?:in|im|am|an|auf|bei|en|em|no|na|nos|nas|nel|nella|nei|nelle|a|au|aux|dans|op|te|bij)$/i;
/** Words after a count of sites that leave it the thing counted ("22 clinics across the state"). */
const AFTER_A_COUNT = /^(?:across|around|throughout|nationwide|statewide|countrywide|worldwide|total|now|today|currently|combined)$/i;
/** Words that may stand between "for" ("für", "pour", "para", "voor") and a count of a business's customers' sites: the
 * count said roughly ("for about 40 fleets", "für rund 30 Praxen", "para más de 20 hoteles") or the sites said to be
 * others' ("para otros 6 hospitales"). Not a possessive or an article, which make them the business's own sites ("for
 * their 14 hotels", "para sus 14 hoteles", "für ihre 14 Hotels", "pour ses 14 hôtels", "voor onze 14 hotels", "für alle
 * 14 Hotels"). A piece of a regular expression's source. */
const CUSTOMERS_COUNT_WORD = [
  'about|around|some|over|nearly|almost|roughly|approximately|more|other',
  'etwa|rund|ca|circa|ungef[äa]hr|über|fast|knapp|mehr|weitere|andere|anderen',
  'environ|presque|plus|autres|unos|unas|aproximadamente|casi|más|mas|cerca|otros|otras',
  'quase|mais|outros|outras|ongeveer|bijna|ruim|meer',
].join('|');
/** A possessive or "all" before a count, which makes the sites the business's own ("serves its 14 hotels",
 * "supporting all 30 stores"): in English, German, French, Spanish, Portuguese and Dutch. */
const OWN_SITES_WORD = [
  'our|their|its|his|her|my|your|all|the',
  'unsere[nmrs]?|ihre[nmrs]?|seine[nmrs]?|alle[nm]?|die|den',
  'nos|notre|leurs?|ses|sa|son|tous|toutes|les',
  'sus|su|nuestr[oa]s|todos|todas|los|las',
  'seus|suas|noss[oa]s|os|as',
  'hun|onze|zijn|haar|de',
].join('|');
/** A growing business's own count in Portuguese and Spanish: "Passou de 8 para 14 hotéis" (from 8 to 14), "Quer
 * expandir para 14 hotéis" (expand to); the "para" of a move, not of whom the business works for. */
const GROWING_TO = '(?<![\\p{L}])(?:expand\\p{L}*|cresc\\p{L}*|ampli(?:ar|ou|a|am|ando)|aument\\p{L}*|pass(?:ar|ou|a|am|aram|ando)|sub(?:ir|iu|indo|iram)|cheg(?:ar|ou|a|am|ando))';
/** Said just before a count, the sites are someone else's: the business works for them ("for", "serving", "clients"),
 * and the same "for" and "clients" in German, French, Spanish, Portuguese and Dutch ("esteriliza para 6 hospitais",
 * "travaille pour 9 cliniques", "für 12 Praxen", "voor 8 ziekenhuizen"); not Italian "per", which also says an app's
 * or a service's own sites ("Click & collect per le 28 farmacie comunali", industry-names.test.ts). */
const CUSTOMERS_SITES = new RegExp(
  `(?<![\\p{L}\\d])(?:(?:for|für|pour|voor|(?<!(?:(?<![\\p{L}\\d])(?:de|from)\\s+(?:${COUNT})|${GROWING_TO})\\s+)para)\\s+(?:(?:${CUSTOMERS_COUNT_WORD})\\s+(?:(?:de|than|als|dan)\\s+)?)?` +
    `|(?:serve[sd]?|serving|support(?:s|ing)?|clients?|customers?|accounts?|clientes?|clienti|kunden|klanten)\\s+(?:(?!(?:${OWN_SITES_WORD})\\s)\\p{L}+\\s+)?)$`,
  'iu',
);
/** From this many sites, a business is a group of them. */
const MANY_SITES = 5;

/** A chain or network said with its count, in the six languages: "Cadena de 35 centros", "Catena con 120 punti
 * vendita", "Red de 12 centros", "Kette mit 18 Filialen", "chain of 9 stores"; not a network of something else ("Rede de
 * 80 farmácias" at a vendor of hearing care is a pharmacy chain). */
const CHAIN_OF = new RegExp(`\\b(?:chain|network|kette|netzwerk|r[ée]seau|cadena|red|catena|rete|keten|netwerk|rede)\\s+(?:of|de|di|con|mit|von|van|met|com|du|des|da|dei|delle)\\s+(\\d[\\d.,]*)(?:\\s+(?:${SITE_NOUNS})(?![\\p{L}])|(?=\\s*(?:[.,;:!?)]|$)))`, 'giu');

/** A count of five sites or more said in the notes or, with `digitsOnly` (a company's name: "Seven Oaks Studio",
 * "Ten Pin Bowling Centre" count nothing), in digits only. */
function sitesSaid(notes: string | undefined, digitsOnly = false): string | undefined {
  if (!notes) return undefined;
  const text = notes.slice(0, NOTES_FOR_INDUSTRY);
  for (const m of text.matchAll(CHAIN_OF)) if (Number(m[1]!.replace(/[.,]/g, '')) >= MANY_SITES) return m[0];
  for (const m of text.matchAll(SITES_SAID)) {
    const between = m[3]!.trim().split(/\s+/).filter(Boolean);
    if (between.length && A_RATING.test(between[0]!)) continue;
    // A count joined to a word for people counts the people at one site, not sites ("a 28-agent office", "an
    // 8-doctor practice"); "12 dental clinics" still counts clinics.
    if (between.length && COUNT_HYPHENED.test(m[0]) && countsPeople(between[0]!)) continue;
    if (!/^\d/.test(m[1]!)) {
      // A count in words is another word as often: at most one word between it and the sites, not a function word
      // or another count ("top ten studios", "ten minste twee vestigingen", "Otto about the studios").
      if (digitsOnly) continue;
      if (between.length > 1 || between.some((w) => isStopword(w.toLowerCase()) || ownValue(COUNT_WORDS, w.toLowerCase()) !== undefined)) continue;
      if (COUNT_IN_LOWER_CASE.has(m[1]!.toLowerCase()) && m[1] !== m[1]!.toLowerCase()) continue;
      if (DUTCH_TEN_PHRASE.test(m[0]) || /\btop\s+$/i.test(text.slice(Math.max(0, m.index! - 5), m.index!))) continue;
    }
    // The sites as the thing counted ("18 offices", "a 60-office group"), not a modifier ("30 clinical site
    // agreements").
    const next = /^\s+([a-z]+)/i.exec(text.slice(m.index! + m[0].length))?.[1];
    if (!COUNT_HYPHENED.test(m[0]) && next && !isStopword(next.toLowerCase()) && !AFTER_A_COUNT.test(next) && !PREPOSITION_AFTER_SITES.test(next)) continue;
    // Not the sites of the business's customers ("we bill for 40 practices", "clients include 12 clinics").
    if (CUSTOMERS_SITES.test(text.slice(Math.max(0, m.index! - 30), m.index!))) continue;
    if (countOf(m[1]!) >= MANY_SITES) return m[0];
  }
  return undefined;
}

/** A business's kind denied with its verb, in German, Dutch, French, Spanish, Italian and Portuguese ("ist kein",
 * "is geen", "n'est pas un", "no es una", "non è un", "não é um"), the articles allowed after the French, Spanish,
 * Italian and Portuguese denial given. Without the verb the words say there is none ("Kein Barber in der Nähe",
 * "pas un barbier ouvert le dimanche"), not that the business is none. A piece of a regular expression's source. */
function deniedByVerb(articles: { fr: string; es: string; it: string; pt: string }): string {
  return `(?:ist|sind) kein(?:e|en)?|(?:is|zijn) geen|(?:n['’]est|ne sont) pas (?:${articles.fr})|no (?:es|somos|son) (?:${articles.es})|non (?:è|e|siamo|sono) (?:${articles.it})|n[ãa]o (?:é|e|somos) (?:${articles.pt})`;
}

/** What the notes say the business is not ("Not a venue.", "isn't a hospital", "nothing to do with ships",
 * "rather than a dealer", "ist kein Krankenhaus", "n'est pas un hôtel", "is geen ziekenhuis") is not read as its kind: the
 * words after the denial, to the clause's end, are blanked (offsets kept). Without its verb a German, Dutch or French
 * denial is one only as a clause of its own ("Kein Fahrradgeschäft.", "Kein Verleih, keine Werkstatt"): "Kein Barber
 * in der Nähe hat sonntags offen" says there is none nearby. Measured: "not" before any word,
 * not only before "a", "an" or "the", gave one check set more (docs/matching.md, seventh round). */
const DENIED_KIND = new RegExp(
  `(?:\\b(?:not|never|no longer)|n['’]t)\\s+(?:(?:an?|the|really|actually|even|exactly|just|like|one of the)\\s+)*([^.,;:!?()\\n]{1,40})|\\b(?:nothing to do with|rather than|instead of|${deniedByVerb({ fr: "une?|d['’]|de", es: 'una?|el|la', it: 'una?|il|la|lo', pt: 'uma?|o|a' })})\\s*([^.,;:!?()\\n]{1,40})|\\b(?:kein(?:e|en)?|geen|pas une?)\\s+([^.,;:!?()\\s]+(?:[ \\t]+[^.,;:!?()\\s]+)?)(?=[ \\t]*(?:[.,;:!?)\\n]|$))`,
  'gi',
);
/** Who the business sells to is its customers' kind, not its own ("sells to supermarkets", "vend aux
 * supermarchés", "supplies hospitals", "verkauft an Baumärkte", "levert aan"): blanked the same way. */
const CUSTOMERS_VERBS =
  '(?:sells? to|selling to|supplie[sr] (?:to )?|supplying|distributes? to|vend(?:ons|ent)? (?:aux?|à la|à)|verkauf(?:t|en) an|liefer(?:t|n) an|beliefer(?:t|n|ung von)|vende(?:n|mos)? a|vendono a|vendiamo a|levert aan|leveren aan|fornisce|fornecemos a|fornece a)';
const CUSTOMERS_KIND = new RegExp(`\\b${CUSTOMERS_VERBS}\\s*([^.,;:!?()\\n]{1,40})`, 'gi');
/** Who orders again from the business is its customers' kind too (sixty-seventh round): the word said just before a
 * verb of ordering again in the six languages, or before a relative pronoun and that verb ("the shops that reorder
 * every week", "als ein Hotel nachbestellt", "les épiceries qui recommandent"), is blanked. Only the verbs of ordering
 * again: a business said to order is as often the prospect itself ("the bistro orders its bread daily"). */
const REORDERING_KIND = /(?<![\p{L}-])(\p{L}+)(?=\s+(?:(?:that|who|which|die|der|qui|que|che|welche)\s+)?(?:re-?order(?:s|ed|ing)?|nachbestell(?:t|en|te|ten)?|recommand(?:e|ent)|repiden|riordinan?o|nabestell(?:en|t|de|den)|reencomenda[m]?)(?![\p{L}-]))/giu;
/** What a business buys or hires, in the six languages ("Buys product photography from outside studios", "kauft
 * Reinigung ein"): its suppliers' kind, not its own. */
const BOUGHT_KIND = /\b(?:buys?|bought|buying|purchas(?:es|ed|ing)|outsourc(?:es|ed|ing)|hires?|hired|hiring|kauf(?:t|en)|achète(?:nt)?|achetons|compra(?:n|mos)?|acquista(?:no)?|acquistiamo|koopt|kopen|inkoop)\b[^.,;:!?()\n]{0,60}/giu;
/** The kinds of a business's clients listed in brackets after its word for them, in the six languages ("nos clients
 * (énergie, télécoms)", "three clients at once (retail, travel)", "Kunden (Handel, Logistik)"): its clients' kinds,
 * not its own. Measured and dropped: the same after a preposition with no article ("clientes de viajes"), which also
 * blanks a way of selling ("clientes de marca propia", docs/matching.md, forty-ninth round). German compounds
 * ("Firmenkunden", "Endkunden") count, not the words that only end so ("Sekunden", "Urkunden", "erkunden", "bekunden");
 * a department's name or the prospect's standing as a customer does not (below). */
const CLIENTS_KIND = /(?<![\p{L}])(customers?|clients?|clientèles?|clientes?|clienti|klanten|klant|(?!\p{L}*(?:sekunden|urkunden)(?![\p{L}])|(?:er|be)kunden(?![\p{L}]))\p{L}*kunden)(?![\p{L}])([^.,;:!?()\n]{0,24})\(([^()\n]{1,60})\)/giu;
/** A word every CLIENTS_KIND match holds, with its flags' case folding (a prefilter, not a reading). */
const CLIENTS_WORD = /custom|client|klant|kunden/iu;
/** A client word that is not the business's clients: the head of a department's name ("customer service", "Customer
 * success team", "service clients", "servizio clienti") or the prospect's standing as a customer of someone's ("Existing
 * customer", "Client since 2021", "Klant sinds 2020", "cliente attuale"): the bracket after it is the business's own kind. */
const CLIENT_DEPARTMENT_AFTER =
  /^[\s-]*(?:services?|care|support|success|operations?|ops|experience|team|teams|desk|department|relations?|journey|satisfaction|contact|since|sinds|desde|depuis|seit|dal|dall['’]|existant|actuel|attuale|actual|atual)(?![\p{L}])/iu;
const CLIENT_DEPARTMENT_BEFORE =
  /(?:^|[^\p{L}])(?:service|servizio|servizi|servicio|serviço|relation|relations|expérience|gestione|gestion|atención|atendimento|assistenza|relación|experiência|suivi|satisfaction)[\s-]+(?:(?:au|aux|à|a|al|ai|agli|alla|alle|de|des|du|dei|do|dos|da|del|los|las|le|les|la|il|i|o|os|ao|aos)[\s-]+)*$/iu;
const CLIENT_STANDING_BEFORE =
  /(?:^|[^\p{L}])(?:existing|current|former|returning|long-?standing|longtime|loyal|repeat|active|ancien|actuel|fidèle|bestaande|huidige|vaste|antiguo|habitual|antigo|vecchio|storico)[\s-]+$/iu;
/** Whether a client word before brackets is the business's clients (see CLIENT_DEPARTMENT_AFTER). */
function theBusinesssClients(word: string, gap: string, before: string): boolean {
  if (CLIENT_DEPARTMENT_AFTER.test(gap) || CLIENT_DEPARTMENT_BEFORE.test(before)) return false;
  // A status before one customer ("Existing customer"); "our existing customers (banks, insurers)" are its clients.
  return !(/^(?:customer|client|cliente|klant)$/i.test(word) && CLIENT_STANDING_BEFORE.test(before));
}
/** Spaces in place of a match, so the notes keep their offsets. */
const blankAll = (m: string) => ' '.repeat(m.length);
/** A business's own supplier named by its kind ("her elevator company", "our laundry vendor", "an outside
 * contractor for escalators") and the clients of an adviser, counted ("bookkeeper for 3 music stores"; not "accountant for a
 * music venue", who may be its own) are not its kind. */
const SUPPLIERS_KIND =
  /\b(?:our|their|her|his|my|your)\s+(?:(?:current|existing|old|previous|outside|former|new)\s+)?([a-z][a-z&' -]{0,30}?)\s+(?=(?:company|companies|vendors?|providers?|contractors?|suppliers?|firms?|guys)\b)|\b(?:outside|third[- ]party|external)\s+(?:contractors?|vendors?|compan(?:y|ies)|providers?|firms?)\s+(?:for|to do|to handle|that does)\s+([^.,;:!?()\n]{1,40})|\b(?:bookkeep(?:er|ing)|accountants?|accounting|consultants?|consulting|advis[eo]rs?|agency|lawyers?|attorneys?)\s+for\s+((?:\d+|several|multiple|many|various|dozens of|hundreds of)\s[^.,;:!?()\n]{1,40})/gi;
/** A business's own office said with an article or a possessive, in the seven languages: a place every business has
 * ("ring the office before noon", "der Zettel liegt im Büro herum"), not the office trade. Not one followed by the work
 * done there for others ("office fit-outs on weekends"), read as a kind. */
const OWN_OFFICE = /\b(?:the|our|my|your|their|his|her|back|head|front|im|ins|unserem|unser|meinem|mein|das|dem|au|du|le|notre|mon|la|nuestra|mi|l'|dall'|nell'|all'|in|nostro|mio|het|ons|mijn|op|no|o|nosso|meu)\s*(?:offices?|b(?:ü|ue)ro|bureau|oficina|ufficio|kantoor|escrit[óo]rio)\b(?!\s+(?:moves?|relocations?|moving|fit[- ]?outs?|work|buildings?|parks?|towers?|space|furniture))/giu;

/** A blanking of a text that reads the text alone (fixed patterns), remembered for the last `size` texts, newest
 * first: one resolve blanks the same few texts several times over, and a suggest's second resolve the same again.
 * Strings are values, so the memory changes no reading. */
function rememberedLast(size: number, blanked: (text: string) => string): (text: string) => string {
  let last: readonly { text: string; out: string }[] = [];
  return (text) => {
    const seen = last.find((m) => m.text === text);
    if (seen) return seen.out;
    const out = blanked(text);
    last = [{ text, out }, ...last.slice(0, size - 1)];
    return out;
  };
}
/** The last two notes blanked by withoutDeniedKinds: one resolve blanks the same notes five times or so (the
 * industry notes readNotes gives, and the notes' start as written), by three industry passes and the sites' count. */
const deniedKindsRemembered = rememberedLast(2, deniedKindsBlanked);
export function withoutDeniedKinds(notes: string | undefined): string | undefined {
  return notes === undefined ? undefined : deniedKindsRemembered(notes);
}
function deniedKindsBlanked(notes: string): string {
  const blank = (m: string, kind: string) => m.slice(0, m.length - kind.length) + ' '.repeat(kind.length);
  const denied = notes
    .replace(DENIED_KIND, (m, a: string | undefined, b: string | undefined, d: string | undefined) => blank(m, a ?? b ?? d ?? ''))
    .replace(CUSTOMERS_KIND, (m, kind: string) => blank(m, kind))
    .replace(REORDERING_KIND, (kind: string) => ' '.repeat(kind.length))
    // A franchise or chain the business belongs to none of ("sans franchise", "ohne Franchise") is no kind it is.
    .replace(NO_CHAIN_SAID_ALL, blankAll)
    // Nor is its own office, said with an article or a possessive ("ring the office before noon"): every business has one.
    .replace(OWN_OFFICE, blankAll);
  // Most notes have no bracket after a client word: CLIENTS_KIND (a lookbehind at every position) runs only where both
  // its bracket and one of its client words are said.
  const clients = denied.includes('(') && CLIENTS_WORD.test(denied)
    ? denied.replace(CLIENTS_KIND, (m, word: string, gap: string, kind: string, at: number, text: string) =>
      theBusinesssClients(word, gap, text.slice(Math.max(0, at - 40), at))
        ? m.slice(0, m.length - kind.length - 1) + ' '.repeat(kind.length) + ')'
        : m)
    : denied;
  return clients.replace(SUPPLIERS_KIND, (m, a: string | undefined, b: string | undefined, d: string | undefined) =>
    a ? blankAll(m) : blank(m, b ?? d ?? ''));
}

/** Heads of a company's name that say it supplies or advises a trade, not that it is in it ("... Bowling
 * Supply Co.", "... Elevator Consulting", "Großhandel", "Fournitures"), in the six languages. */
const SUPPLIER_HEADS = new Set(
  [
    'supply', 'supplies', 'supplier', 'suppliers', 'distribution', 'distributor', 'distributors', 'wholesale', 'wholesaler', 'wholesalers',
    'consulting', 'consultant', 'consultants', 'consultancy', 'advisory', 'advisors', 'advisers',
    'großhandel', 'grosshandel', 'vertrieb', 'beratung', 'fournitures', 'distribución', 'distribucion', 'distribuzione', 'distribuição', 'distribuicao',
    'suministros', 'forniture', 'groothandel', 'advies', 'consultoría', 'consultoria', 'consulenza', 'conseil',
  ].map((w) => industryWords(w)[0] ?? w),
);
/** A company named as a supplier or adviser of the vendor's own trade ("Pinfall Bowling Supply Co." to a
 * bowling vendor: the market's word, then such a head), when no entry of the taxonomy is one. */
function namedAsSupplier(company: string | undefined, c: CompiledTaxonomy): boolean {
  const said = company ? industryWords(company).filter((w) => !LEGAL_HEADS.has(w)) : [];
  const head = said.at(-1);
  if (said.length < 2 || head === undefined || !SUPPLIER_HEADS.has(head)) return false;
  if (c.industries.some((i) => i.forms.some((f) => f.words.includes(head)))) return false;
  if (head === SUPPLY && UTILITY_GOODS.has(said.at(-2)!)) return false;
  return marketWordsOf(c).has(said.at(-2)!);
}
/** "Supply" as `industryWords` writes it, and the goods a utility supplies through its own mains and lines: their
 * "supply" is the public's (a water supply corporation, "... Power Supply"), not a supplier's to the trade. */
const SUPPLY = industryWords('supply')[0];
const UTILITY_GOODS = new Set(industryWords('water power electricity electric gas heat steam'));

/** A business's kind denied with an article, in the six languages: "not a locksmith", "aren't a ...", "ist kein
 * Schlüsseldienst", "n'est pas un paysagiste", "no es una ...", "non è un ...", "is geen ...", "não é um ..."; the
 * kind's first word is kept. Not "not just a", "not only a", "not a big": the word must follow the article. Not a
 * person's own ("I'm not a ..."). Other languages need the verb before the denial: "Kein Schlüsseldienst in der
 * Nähe ist nachts erreichbar" says there is none nearby, not that the business is none. */
const KIND_DENIED =
  new RegExp(
    `(?<!\\b(?:i|i'm|im|i am|she's|he's|she is|he is)\\s+)(?:\\bnot|n['’]t|\\bno longer)\\s+an?\\s+([\\p{L}'-]+)|\\b(?:${deniedByVerb({ fr: 'une?', es: 'una?', it: 'una?|uno', pt: 'uma?' })})\\s+([\\p{L}'-]+)`,
    'giu',
  );
/** A singular personal reflexive after a denied kind makes it the person's, in the six languages (each with the
 * article `KIND_DENIED` asks of it): "not a vet herself", "ist kein Tierarzt selbst", "n'est pas un vétérinaire
 * lui-même", "no es una veterinaria ella misma", "non è un veterinario lui stesso", "is geen dierenarts zelf", "não é
 * uma veterinária ela mesma"; the kind may take one more word first ("not a licensed vet himself"). Not "themselves"
 * or "personally", said of a business as often ("They're not a bakery themselves, they supply them") unless a person
 * is named before the denial in its sentence (`PERSON_BEFORE_DENIAL`). */
const PERSON_AFTER_DENIAL =
  /^(?:\s+[\p{L}'-]+)?\s+(?:herself|himself|myself|selbst|selber|(?:lui|elle)-m[êe]me|(?:[ée]l|ella) mism[oa]|(?:lui|lei) stess[oa]|zelf|(?:ele|ela) mesm[oa])(?![\p{L}])/iu;
/** "themselves" after a denied kind, the person's when people are named before it ("The owners are not vets
 * themselves"). */
const PLURAL_AFTER_DENIAL = /^(?:\s+[\p{L}'-]+)?\s+themselves(?![\p{L}])/iu;
const PERSON_BEFORE_DENIAL = /\b(?:owners?|founders?|partners?|managers?|staff|people|couple|husband|wife|brothers|sisters|family|directors?|team)\b[^.!?\n]*$/i;
/** The notes say the business is not of the vendor's trade ("Hardware store ... Not a locksmith service business" to
 * a locksmith vendor, "a customer of a pool company, not a pool company"): the market's word (`marketWordsOf`)
 * denied. Then it is none of the segments, whatever its name or the CRM's value share with one. */
function deniesTheMarket(notes: string | undefined, c: CompiledTaxonomy): boolean {
  if (!notes) return false;
  const market = marketWordsOf(c);
  if (!market.size) return false;
  const text = notes.slice(0, NOTES_FOR_INDUSTRY);
  for (const m of text.matchAll(KIND_DENIED)) {
    // The person's trade denied, not the business's ("she runs the front desk, not a groomer herself").
    const after = text.slice(m.index! + m[0].length);
    if (PERSON_AFTER_DENIAL.test(after)) continue;
    if (PLURAL_AFTER_DENIAL.test(after) && PERSON_BEFORE_DENIAL.test(text.slice(0, m.index!))) continue;
    const word = m[1] ?? m[2] ?? '';
    if ([...words(word), ...industryWords(word)].some((w) => market.has(stem(w)))) return true;
  }
  return false;
}

/** A relation of business that makes what follows another party of the business, in the six languages: whom it
 * sells, supplies, refers or subcontracts work to ("sells mowers to golf courses", "vendons de la farine aux
 * boulangeries", "verkoopt lesauto's aan rijscholen"), whom a distributor or maker of something is one for
 * ("Distributor of vinyl ... to sign shops", "Hersteller von ... für Bäckereien"), whom it buys from, partners with or
 * is the customer of, and the kind it asks to have recommended; the other party's words in the group. Not "advises"
 * (measured: an adviser is filed as its clients' segment as often as not, docs/matching.md, thirty-fifth round). */
const ANOTHER_PARTY = new RegExp(
  '\\b(?:' +
    [
      // sells, supplies, refers or subcontracts something to them
      "(?:sells?|selling|sold|resells?|reselling|suppl(?:y|ies|ying)|distribut(?:es?|ing)|subcontract(?:s|ed|ing)?|outsourc(?:es?|ing))\\b[^.,;:!?()\\n]{0,30}?\\bto",
      // refers someone to them, the business the subject: not "referred to us by", "referred by ... to us"
      "refer(?:s|red|ring)?\\b(?:(?!\\bby\\b)[^.,;:!?()\\n]){0,30}?\\bto(?!\\s+(?:us|me)\\b)",
      // (no \b before "à": JavaScript's \b knows ASCII letters only, even with the u flag, so "\bà" never matches)
      "(?:vend(?:s|ons|ent)?|fourni(?:t|ssons|ssent))\\b[^.,;:!?()\\n]{0,30}?(?<!\\p{L})(?:aux?|à)",
      "(?:verkauf(?:t|en)|liefer(?:t|n)|vertreib(?:t|en))\\b[^.,;:!?()\\n]{0,30}?\\ban",
      "(?:verko(?:opt|pen)|lever(?:t|en))\\b[^.,;:!?()\\n]{0,30}?\\baan",
      "(?:vende(?:n|mos)?|suministra(?:n|mos)?|fornece(?:m|mos)?)\\b[^.,;:!?()\\n]{0,30}?\\ba(?:l|os|s)?",
      "(?:vend(?:e|ono|iamo)|fornisc(?:e|ono))\\b[^.,;:!?()\\n]{0,30}?\\ba(?:i|gli|lle|l)?",
      // a maker or seller of something for them
      "(?:distributors?|suppliers?|wholesalers?|manufacturers?|makers?|producers?|hersteller|lieferant|großhändler|grosshändler|fabricants?|fournisseurs?|grossistes?|fabricantes?|proveedor(?:es)?|distribuidor(?:es)?|produttori?|fornitori?|grossisti?|fornecedor(?:es)?|fabrikanten?|leveranciers?|groothandel)\\s+(?:of|von|für|de|d['’]|di|van|do|da|des|du)\\b[^.;:!?()\\n]{0,40}?\\b(?:to|for|für|an|pour|aux?|para|per|voor|aan)",
      // buys from them
      "(?:buys?|bought|buying|purchas(?:es?|ed|ing)|kauf(?:t|en)|achète(?:nt)?|achetons|compra(?:n|mos)?|acquista(?:no)?|koopt|kopen)\\b[^.,;:!?()\\n]{0,30}?\\b(?:from|von|bei|chez|auprès d[eu]|van|bij)",
      // partners with them, is their customer
      'partner(?:s|ed|ing|ship)?\\s+with|partner(?:schaft)?\\s+mit|partenariat\\s+avec|(?:samenwerk\\p{L}*)\\s+met',
      '(?:customer|client)s?\\s+of',
      // asks for one of them ("can you recommend a ...", "asked if we could recommend a ...", "asked us to recommend
      // a ..."): not the business recommended ("recommended by ...", "would recommend us to ...")
      "(?:(?:can|could|would|will)\\s+(?:you|we|i|they|someone)|(?:you|we|i|they|someone)\\s+(?:can|could|might)|ask(?:s|ed|ing)?\\s+(?:us|me|them|you)\\s+to)\\s+recommend(?!\\s+(?:us|me)\\b)",
    ].join('|') +
    ')\\s+((?:(?:an?|the|some|local|other|several|\\d+\\+?|les?|la|des|die|der|den|de|het|los|las|il|gli|le|os|as)\\s+)*[^.,;:!?()\\n]{1,40})',
  'giu',
);
/** The business's own customers named by what it does for them ("sells add-ons to lawn customers"), in the six
 * languages: not another party's kind. */
const OWN_CUSTOMERS = /\b(?:customers?|clients?|accounts?|kunden|clientes|clienti|klanten)\b/iu;
/** The notes relate the business to a segment of the vendor's as another party: it sells, supplies or refers to
 * them, buys from or partners with them ("Sells mowers to golf courses", "Wants to partner with home inspectors",
 * "Buys weekly lobby flowers from a local florist"). Then it is their customer, supplier, referrer or partner, not one
 * of them, whatever its name or the CRM's value share with one: none of the segments. The other party is said by the
 * market's word (`marketWordsOf`) or names an entry of its own. */
function relatesToTheMarket(notes: string | undefined, c: CompiledTaxonomy): boolean {
  if (!notes) return false;
  const text = industryNotes(notes, c);
  for (const m of text.matchAll(ANOTHER_PARTY)) {
    const other = m[1] ?? '';
    if (OWN_CUSTOMERS.test(other)) continue;
    if (namesMarketWord(other, c)) return true;
    const named = namedIndustries(other, 'notes', c);
    // Sixty-ninth round: a maker or supplier of something for a segment whose own names are its suppliers ("Teilezulieferer"
    // of an automotive entry, "suppliers" of a segment's label) is one of that segment: "Fabricante de frenos para
    // automoción" is a parts maker for the carmakers, which the vendor serves as it serves them.
    if (named.size && MAKER_FOR.test(m[0]) && [...named.values()].every((s) => holdsSuppliers(c.industries[s.index]!))) continue;
    if (named.size) return true;
  }
  return false;
}
/** The relation of ANOTHER_PARTY that says a maker or supplier of something for a segment ("manufacturer of ... for"). */
const MAKER_FOR = /^(?:distributors?|suppliers?|wholesalers?|manufacturers?|makers?|producers?|hersteller|lieferant|großhändler|grosshändler|fabricants?|fournisseurs?|grossistes?|fabricantes?|proveedor(?:es)?|distribuidor(?:es)?|produttori?|fornitori?|grossisti?|fornecedor(?:es)?|fabrikanten?|leveranciers?|groothandel)\s/iu;
/** An industry entry whose label or aliases name the trade's suppliers or makers ("Teilezulieferer", "OEM suppliers"). */
const holdsSuppliers = (i: CompiledTaxonomy['industries'][number]): boolean =>
  [i.entry.label, ...(i.entry.aliases ?? [])].some((n) => (n.match(/[\p{L}-]+/gu) ?? []).some((w) => { const k = besideTheMarketOf(w); return k === 'supplier' || k === 'maker'; }));

/** The business is another party of the vendor's market (its supplier, customer, referrer or partner), by its name
 * or by what the notes say it does with a segment. */
/** A veterinary business as a CRM value or a company's name says it, in the six languages and English ("Veterinary
 * Medicine", "... Animal Clinic", "Tierklinik ...", "Dierenarts ...", "Clínica Veterinaria ..."). */
const ANIMAL_CARE = /(?<![\p{L}\p{N}])(?:veterin\p{L}*|vétérin\p{L}*|tierarzt\p{L}*|tierärzt\p{L}*|tierklinik\p{L}*|tiermedizin\p{L}*|dierenarts\p{L}*|dierenkliniek\p{L}*|animal (?:hospital|clinic|health)|pet hospital|equine (?:clinic|hospital|practice))(?![\p{L}\p{N}])/iu;
/** Words of animals and their keeping in a taxonomy's names: a vendor whose segments say one may serve an animal's care. */
const ANIMAL_WORDS = /(?<![\p{L}\p{N}])(?:veterin\p{L}*|vétérin\p{L}*|vets?|animals?|pets?|equine|equestrian|horses?|livestock|cattle|dairy|poultry|zoos?|aquari\p{L}*|aquacult\p{L}*|fish\p{L}*|farms?|farming|kennels?|dogs?|cats?|groom\p{L}*|stables?|shelters?|tier\p{L}*|dier\p{L}*|animaux|animali|animales|animais)(?![\p{L}\p{N}])/iu;
const animalNamed = new WeakMap<CompiledTaxonomy, boolean>();
/** A veterinary business, by its CRM value or its name, to a vendor none of whose segments names an animal or its keeping
 * (a vendor for the care of people): a neighbour of the market, not one of its segments, whatever care word the value or
 * the name shares with them ("emergency", "hospital", "clinic"). */
function animalCareBesideTheMarket(prospect: Pick<Prospect, 'industry' | 'company'>, c: CompiledTaxonomy): boolean {
  if (!ANIMAL_CARE.test(`${prospect.industry ?? ''} | ${prospect.company ?? ''}`)) return false;
  return !cachedFor(animalNamed, c, () => c.industries.some((i) => ANIMAL_WORDS.test([i.entry.label, ...i.entry.aliases].join(' | '))));
}

function anotherPartyOfTheMarket(prospect: Pick<Prospect, 'company' | 'notes'>, c: CompiledTaxonomy): boolean {
  return namedAsSupplier(prospect.company, c) || relatesToTheMarket(prospect.notes, c);
}

/** The kinds of business that stand beside a market rather than in it, each by its words in the six languages: who
 * supplies or distributes a trade's goods, who makes them, who advises or coaches its owners. A company's name whose
 * head is one of them, or notes that open by saying the business is one ("Importeur und Großhändler.", "Lamp manufacturer,",
 * "Ziegelhersteller", "Consultora independiente para ..."), say what the business is before any of its other words
 * say which trade it works with. */
type BesideKind = 'supplier' | 'maker' | 'adviser' | 'staffer';
const BESIDE_THE_MARKET: { kind: BesideKind; word: RegExp }[] = [
  {
    kind: 'supplier',
    word: /^(?:suppl(?:y|ies|ier|iers)|distribut(?:ion|ors?|ing)|wholesal(?:e|ers?)|großhand(?:el|els)|grosshandel|\p{L}*gro(?:ß|ss)händler|\p{L}*lieferant(?:en)?|\p{L}*zulieferer(?:n)?|fournitures?|fournisseurs?|grossistes?|distribu(?:teur|teurs|idor|idores|ción|cion|tore|tori|zione|ição|icao)|proveedor(?:es)?|suministros|fornitor[ei]|forniture|grossist[ai]|fornecedor(?:es)?|leveranciers?|groothandel|importeur)$/iu,
  },
  {
    kind: 'maker',
    word: /^(?:manufactur(?:er|ers|ing)|mfg|\p{L}*hersteller|herstellung|fabricants?|fabricantes?|produtt(?:ore|ori)|fabbricant[ei]|fabrikant(?:en)?)$/iu,
  },
  // Who supplies a trade's workers (a staffing or temp agency: "... Staffing", "... Recruitment", "Personalvermittlung",
  // "reclutamiento", "uitzendorganisatie"; a ship's manning or crewing agency): the warehouses or wards its temps work
  // in are its clients' (sixty-fourth round). "Recruiting" only as a name's head: at the notes' start it is as often the business hiring.
  {
    kind: 'staffer',
    word: /^(?:staffing|recruitment|recruiters|manning|crewing|\p{L}*zeitarbeit|personaldienstleister|personaldienstleistungen|personalvermittlung|personalvermittler|arbeitnehmerüberlassung|recrutement|reclutamiento|recrutamento|reclutamento|uitzendbureaus?|uitzendorganisatie|detacheerder)$/iu,
  },
  {
    kind: 'adviser',
    word: /^(?:consult(?:ing|ant|ants|ante|ancy)|advis(?:ory|ors?|ers?)|coach(?:ing|es)?|conseil|conseill(?:er|ère)|consultor(?:a|es|ia|ía)?|asesor(?:a|es|ía|ia)?|consulen(?:te|ti|za)|adviseurs?|advies|berater(?:in|innen)?|beratung|unternehmensberat\p{L}*)$/iu,
  },
];
const BESIDE_VERBS: Record<BesideKind, RegExp> = {
  supplier: /^(?:distributes|wholesales)$/i,
  maker: /^(?:manufactures)$/i,
  adviser: /^(?:advises|consults|coaches)$/i,
  staffer: /^(?:recruits)$/i,
};
/** The English words of one who advises, as a title's last word ("Senior Consultant", "Growth Coach"). */
const ADVISER_HEAD_EN = /^(?:consultants?|coach|coaches|advis[eo]rs?)$/i;
/** The adviser word of a title whose head says its holder advises: its first part's (to a comma, a bar, a slash, "for",
 * "of", "at") last word in English ("Retail Strategy Consultant", "Growth Coach for ...") or first word in the six
 * languages' adviser words ("Consultora de calidad", "Berater Qualitätsmanagement"); undefined otherwise. Not an
 * adviser word after a noun in French or Italian order ("Ingénieur conseil", the consulting engineer, who practises a
 * trade), nor a first adviser word before a noun naming the people of a trade ("Consultant Orthopaedic Surgeon", a
 * surgeon of a consultant's grade). */
function adviserWordOfTitle(title: string): string | undefined {
  const first = title.split(/\s*(?:[,|/(–—;:]|\s-\s|\b(?:for|of|at|to|in)\b)\s*/i)[0] ?? '';
  const ws = first.match(/[\p{L}'-]+/gu) ?? [];
  if (!ws.length) return undefined;
  if (besideTheMarketOf(ws[0]!) === 'adviser' && !(ws.length > 1 && isPeopleWord(ws.at(-1)!.toLowerCase()))) return ws[0];
  return ADVISER_HEAD_EN.test(ws.at(-1)!) ? ws.at(-1) : undefined;
}
/** A persona some of whose names (label or aliases) hold an adviser word of the same stem (its first five letters:
 * "Coach" and "Head coach", "Coaching director"; "Consultant" and "SAP consultant"): the vendor's own buyer is such an
 * adviser, at a firm that calls itself a coaching or consulting one as often as not. */
function namesTheAdviser(p: CompiledTaxonomy['personas'][number], word: string): boolean {
  const stem = word.toLowerCase().slice(0, 5);
  return [p.entry.label, ...(p.entry.aliases ?? [])].some((n) => (n.match(/[\p{L}'-]+/gu) ?? []).some((w) => w.toLowerCase().startsWith(stem) && besideTheMarketOf(w) === 'adviser'));
}
const besideTheMarketOf = (w: string) => BESIDE_THE_MARKET.find((b) => b.word.test(w))?.kind;
/** Sellers of goods as a segment ("Boat dealers", "Bootshändler", "concessionnaires"): a vendor that serves them
 * serves a distributor of the same goods too. */
const SELLERS_OF_GOODS = /^(?:dealers?|dealerships?|resellers?|\p{L}*händler|concessionnaires?|concesionarios?|concessionari[oe]?|revendedores?|rivenditori|dealerbedrijf)$/iu;
/** Entries that are themselves such a kind ("Rope wholesalers", "Private-label manufacturing", "Advisory firms"), or
 * sellers of goods for the supplier's kind: then the vendor serves it, and the kind says nothing against a segment. */
const kindsServed = new WeakMap<CompiledTaxonomy, Set<string>>();
/** The makers of goods as a segment by the trade's other words ("Baler equipment OEM", "Kiln makers",
 * "Landmaschinenbau"): a vendor that serves them serves a business that opens by saying it is a manufacturer. */
const MAKERS_OF_GOODS = /^(?:oems?|makers?|\p{L}*maschinenbau)$/iu;
function besideKindsServed(c: CompiledTaxonomy): Set<string> {
  return cachedFor(kindsServed, c, () =>
    new Set(c.industries.flatMap((i) => i.forms.flatMap((f) => (f.text.match(/[\p{L}-]+/gu) ?? []).map((w) => (SELLERS_OF_GOODS.test(w) ? 'supplier' : MAKERS_OF_GOODS.test(w) ? 'maker' : besideTheMarketOf(w))).filter((k) => k !== undefined)))),
  );
}
/** What the business says it is, when that is a kind beside the vendor's market: its name's head (a legal form
 * aside: "... Rope Supplies", "... Gear Mfg") or the first three words of its notes ("Importeur und Großhändler.",
 * "Consultora independiente para ...", "Advises building owners on ..."). An adviser is filed as its clients' trade as
 * often as not, so it counts only where the CRM value is empty or says an adviser too ("Unternehmensberatung",
 * "Consultoría"): an adviser whose value is its clients' trade is read as that trade. */
function saidBesideTheMarket(prospect: Pick<Prospect, 'industry' | 'company' | 'notes'>, c: CompiledTaxonomy): boolean {
  return kindsBesideTheMarket(prospect, c).length > 0;
}
function kindsBesideTheMarket(prospect: Pick<Prospect, 'industry' | 'company' | 'notes'>, c: CompiledTaxonomy): BesideKind[] {
  const said = new Set<BesideKind>();
  const name = (prospect.company?.match(/[\p{L}&'-]+/gu) ?? []).filter((w) => !LEGAL_FORMS.has(w.toLowerCase()) && w.toLowerCase() !== 'group');
  if (name.length >= 2) {
    const kind = /^recruiting$/i.test(name.at(-1)!) ? 'staffer' : besideTheMarketOf(name.at(-1)!);
    if (kind) said.add(kind);
  }
  // The opening clause, to its first comma: "Industrial laundry, supplies hotels" says a laundry, not a supplier.
  // (Cut at the first mark, not split: the notes' other clauses are not read here.)
  const start = (prospect.notes ?? '').replace(/^\s*about\b[\s:]*/i, '');
  const end = start.search(/[.,;:!?\n]/);
  const opening = end < 0 ? start : start.slice(0, end);
  const first = (opening.match(/[\p{L}'-]+/gu) ?? []).slice(0, 3);
  first.forEach((w, i) => {
    // "supply" and "supplies" are verbs as often as nouns in notes ("supplies hotels"): only a name's head.
    const kind = /^suppl(?:y|ies)$/i.test(w) ? undefined : besideTheMarketOf(w);
    if (kind) said.add(kind);
    if (i === 0) for (const [k, verb] of Object.entries(BESIDE_VERBS)) if (verb.test(w)) said.add(k as BesideKind);
  });
  const served = besideKindsServed(c);
  const value = prospect.industry?.trim() ?? '';
  const valueSaysAdviser = (value.match(/[\p{L}-]+/gu) ?? []).some((w) => besideTheMarketOf(w) === 'adviser');
  return [...said].filter((k) => !served.has(k) && (k !== 'adviser' || value === '' || valueSaysAdviser));
}

/** A word every `PARTNERSHIP_VERDICT` reading needs: without one the verdict's lookbehinds (run at every position of
 * the notes' opening, up to a sentence back) need not run at all. Its flags are the
 * verdict's (`iu`: Unicode case folding reads "ſ" as "s"), so the two agree on every string. */
const PARTNERSHIP_VERDICT_WORD = /partner|alliances|\bBD\b|biz\s*dev|business\s+development|referral|refer\s+us/iu;
/** A word every reading of `PARTNERSHIP_ASKED` says (its alternatives' "partner", "resell", "referral", "affiliate",
 * "share" of a revenue share, "devenir", "diventare", "convertirse", "tornar"): where the opening has none, the
 * expression (a look-behind tried at every position) need not run at all. Its flags are the expression's (`iu`), so
 * the two agree on every string. */
const PARTNERSHIP_ASKED_WORD = /partner|resell|referral|affiliate|share|devenir|diventare|convertirse|tornar/iu;
/** The notes' start asks for a partnership (`PARTNERSHIP_ASKED`) or the rep files the record as one (`PARTNERSHIP_VERDICT`). */
function partnershipRecord(notes: string | undefined): boolean {
  const opening = notes?.slice(0, NOTES_FOR_VERDICTS) ?? '';
  return (PARTNERSHIP_ASKED_WORD.test(opening) && PARTNERSHIP_ASKED.test(opening)) || (PARTNERSHIP_VERDICT_WORD.test(opening) && PARTNERSHIP_VERDICT.test(opening));
}

/** `anotherParty`: `anotherPartyOfTheMarket`, when the caller has it already. */
/** The notes saying the business is another company's arm or subsidiary, in the six languages: an arm ("the leasing
 * arm" followed by its parent), "subsidiary of", "Tochtergesellschaft der", "filiale de", "filial de", "controllata di", "dochteronderneming van",
 * "subsidiária de". In the notes' first 2,000 characters (NOTES_FOR_VERDICTS), and only where the CRM value reads none of the vendor's entries. */
const ARM_OF_ANOTHER = /\b(?:arm|subsidiary)\s+of\b|\btochter(?:gesellschaft|firma|unternehmen)?\s+(?:von|der|des)\b|\bfiliale\s+(?:de|du|d['’]|di|del|della)|\bfilial\s+(?:de|da|do)\b|\bcontrollata\s+(?:di|da)\b|\bdochter(?:onderneming|maatschappij|bedrijf)?\s+van\b|\bsubsidi[áa]ria\s+(?:de|da|do)\b/iu;
/** A word every form of ARM_OF_ANOTHER holds: tried first, as a note rarely says one, so the long pattern runs only
 * on the notes that might say it (the same reading, cheaper). */
const ARM_OF_ANOTHER_WORD = /arm|subsidi|tochter|filial|controllata|dochter/iu;
function armOfAnother(notes: string | undefined): boolean {
  const opening = notes?.slice(0, NOTES_FOR_VERDICTS) ?? '';
  return ARM_OF_ANOTHER_WORD.test(opening) && ARM_OF_ANOTHER.test(opening);
}

/** The industries of a prospect read with its company's name rewritten (`read`: a drink's word dropped, inner capitals
 * parted), what the rewritten name reads quoted as the name was written. */
function readAsRewritten(prospect: Pick<Prospect, 'industry' | 'company' | 'notes'>, read: string, c: CompiledTaxonomy, anotherParty: boolean): Resolved[] {
  const written = prospect.company!.trim();
  return resolveIndustries({ ...prospect, company: read }, c, anotherParty).map((r) =>
    r.evidence.field === 'company' && r.evidence.quote === read ? { ...r, evidence: { ...r.evidence, quote: written } } : r,
  );
}
export function resolveIndustries(
  prospect: Pick<Prospect, 'industry' | 'company' | 'notes'>,
  c: CompiledTaxonomy,
  anotherParty = anotherPartyOfTheMarket(prospect, c),
): Resolved[] {
  const company = prospect.company;
  if (company !== undefined) {
    // A name whose first word is the drink as well as its place ("Cafés ...") is read without that word.
    const drink = drinkSaidFirst(company, prospect.notes?.slice(0, NOTES_FOR_INDUSTRY));
    if (drink !== company) return readAsRewritten(prospect, drink, c, anotherParty);
    // A name written in inner capitals ("OrtesiSud") that reads nothing as written is read as the words it joins where
    // they name a kind of business by general knowledge alone (sixty-eighth round), or by a label or alias of the
    // vendor's of two words or more said whole across them ("FerryQuill Operators", sixty-ninth round).
    const parts = innerCapitalsParted(company);
    if (parts !== company && resolveIndustriesOf({ company }, c).length === 0 && kindsNamedByKnowledge(parts, c))
      return readAsRewritten(prospect, parts, c, anotherParty);
  }
  if (anotherParty || deniesTheMarket(prospect.notes, c) || partnershipRecord(prospect.notes) || animalCareBesideTheMarket(prospect, c)) return [];
  // An arm or subsidiary of a company of another trade is filed under its parent's CRM value ("Shipbuilding" at a yard's
  // leasing arm): where the notes say the business is one and the value reads no entry, the name and notes say what it is.
  if (prospect.industry?.trim() && armOfAnother(prospect.notes) && resolveIndustriesOf({ industry: prospect.industry }, c).length === 0)
    return resolveIndustries({ ...prospect, industry: undefined }, c, anotherParty);
  const read = notesOverALegalForm(bySiblingsSaid(withoutEmptyValue(resolveIndustriesOf(prospect, c), prospect, c), prospect, c), prospect, c);
  // A name whose head is another kind of business: a word of the name that the library's content uses ("swim" at
  // "Lakeside Swim School") gives way to nothing. A guess from the CRM's sector stays (measured: dropping it lost
  // hotels and resorts whose heads are the vendor's sector in other words; docs/matching.md, twenty-ninth round).
  const otherKind = prospect.company !== undefined && headOfAnotherKind(industryWords(prospect.company), c);
  const found = bySize(otherKind ? read.filter((r) => !(r.evidence.field === 'company' && r.evidence.confidence <= 0.6)) : read, prospect, c);
  const group = groupEntryOf(c);
  const kept = besideCustomersKinds(withSegmentsSaid(byOwnership(group === undefined ? found : byScale(found, prospect, c, group), prospect, c), prospect, c), prospect.notes);
  // A business that says it is a supplier, maker or adviser the vendor does not serve: what its name and notes say of a
  // trade names the trade it works with, not its own; what the CRM value reads stays.
  const beside = saidBesideTheMarket(prospect, c);
  const result = beside ? kept.filter((r) => r.evidence.field === 'industry' || r.evidence.confidence > 0.7) : kept;
  if (beside && result.length === 0) return result;
  // Nothing read, and the company's name says only the trade the vendor divides into kinds ("Rios Towing"): the plain kind.
  const plain = result.length === 0 && prospect.company
    ? plainKindOfTrade(prospect.company, c, prospect) ?? plainKindOfTradeSaidFirst(prospect.company, c, prospect)
    : undefined;
  // Not a size entry through the kind the size entries share alone (`withoutSizeUnsaid`): bySize read no size here.
  const plainRead = plain === undefined ? [] : withoutSizeUnsaid([{ id: c.industries[plain]!.entry.id, label: c.industries[plain]!.entry.label, evidence: { field: 'company', quote: prospect.company!.trim(), via: 'taxonomy', confidence: 0.6 } }], c);
  if (!plainRead.length) return atNamesLevel(result.length === 0 && !beside ? ofAPublicBodysName(prospect, c) : result, prospect, c);
  return plainRead;
}

/** A nonprofit value read only by the sector's knowledge (as the one entry whose alias says nonprofit) gives way to an
 * entry the notes name by a whole label or alias of the vendor's (a tribal housing body's initials): nonprofit is a
 * legal form bodies of many kinds have, not a kind, so the vendor's own name of the kind is the finer reading. */
function notesOverALegalForm(read: Resolved[], prospect: Pick<Prospect, 'industry' | 'company' | 'notes'>, c: CompiledTaxonomy): Resolved[] {
  if (!read.length || !prospect.notes || !prospect.industry || !read.every((r) => r.evidence.field === 'industry' && r.evidence.via === 'knowledge')) return read;
  const sectors = sectorsOf(industryWords(prospect.industry));
  if (sectors.length !== 1 || sectors[0] !== 'nonprofit') return read;
  const notes = prospect.notes.slice(0, NOTES_FOR_INDUSTRY);
  const said = industryWords(notes);
  const whole = [...namedIndustries(notes, 'notes', c).values()].filter((s) => s.evidence.via === 'taxonomy' && namesWhole(said, s.index, c));
  return whole.length ? bestIndustries(whole, c) : read;
}

/** The words that say a level of government, in one table: the level each says, and where it is read. `entry`: an
 * entry's label or alias says its level by it, in the seven languages (`entryLevelsOf`); `place`: a company's name says
 * a local place by it, so no state's department (`levelOfName`); `body`: of those, a local government's own body
 * ("... County ...", "... Township ..."), not a region's, a metro area's or several states' ("Regional",
 * "Metropolitan", "Tri-State"), which a state's body or a business is named by too. Clipped forms too ("Cty", "Twp",
 * "Boro"). */
const GOVERNMENT_LEVEL_WORDS: { level: 'state' | 'local'; entry: boolean; name?: 'place' | 'body'; words: string[] }[] = [
  { level: 'state', entry: true, words: ['state', 'territorial', 'territory', 'provincial', 'staatlich', 'état', 'étatique', 'estatal', 'estadual', 'statale', 'provinciaal'] },
  { level: 'local', entry: true, name: 'body', words: ['local', 'county', 'city', 'municipal', 'town', 'district'] },
  { level: 'local', entry: true, words: ['lokal', 'kommunal', 'städtisch', 'communal', 'comunale', 'locale', 'gemeentelijk', 'lokaal', 'municipale'] },
  { level: 'local', entry: false, name: 'body', words: ['counties', 'cty', 'township', 'twp', 'borough', 'boro', 'parish', 'municipality', 'village'] },
  // The other languages' (Gemeinde, gemeente, comune, ayuntamiento, prefeitura, Kreis are read as "municipal" and
  // "district" by the lexicon already): a Spanish or Portuguese municipio, a French mairie, a German Landkreis.
  { level: 'local', entry: false, name: 'body', words: ['municipio', 'município', 'mairie', 'landkreis'] },
  { level: 'local', entry: false, name: 'place', words: ['metro', 'metropolitan', 'regional', 'region', 'area', 'tri'] },
];
/** The words of `GOVERNMENT_LEVEL_WORDS`' rows that `keep` keeps, as `industryWords` reads them. */
function levelWords(keep: (row: (typeof GOVERNMENT_LEVEL_WORDS)[number]) => boolean): Set<string> {
  return new Set(GOVERNMENT_LEVEL_WORDS.filter(keep).flatMap((row) => row.words.flatMap((w) => industryWords(w))));
}
const STATE_LEVEL = levelWords((row) => row.entry && row.level === 'state');
const LOCAL_LEVEL = levelWords((row) => row.entry && row.level === 'local');
const LOCAL_PLACE_WORDS = levelWords((row) => row.name !== undefined);
const LOCAL_BODY_WORDS = levelWords((row) => row.name === 'body');
/** A district in the six languages: a water board's, a fire service's, a league's or a sales team's as much as a school
 * system's, so no kind of body said alone ("Little Pines League District 4" is no school district). */
const DISTRICT_WORDS = new Set(['district', 'districts', 'distrito', 'distritos', 'distretto', 'distretti', 'bezirk', 'bezirke'].flatMap((w) => industryWords(w)));
/** A name's word of a level of government (`STATE_LEVEL`: "state") that is its only word of the entry's names: it says
 * where the body is ("Ravensford State Polytechnic", "Tri-State Collegiate Sport Union"), not that it is the vendor's
 * "statewide sport councils"; beside another word of that entry's names ("Quillmoor State Forestry" of "state forestry
 * offices")
 * it still chooses the entry. */
function levelWordAlone(word: string, nameWords: readonly string[], index: number, c: CompiledTaxonomy): boolean {
  return (STATE_LEVEL.has(word) || DISTRICT_WORDS.has(word)) && !nameWords.some((x) => x !== word && c.industries[index]!.forms.some((f) => f.words.includes(x)));
}
/** A public body named "<place> Department of <remit>" ("Quillmoor Department of Parks", "... Dept. of Parks and Natural
 * Resources"): in English-speaking federations the name a state's or a territory's own agency takes; a county's or a
 * city's says so ("Brackenhold County Department of Parks"). */
const DEPARTMENT_OF = /\bdep(?:artmen)?t\.?\s+of\b/i;
/** Words after a place word that make it a road's or a boundary's name, an address ("County Road 12", "Township Line"). */
const ROAD_AFTER_PLACE = new Set(['road', 'rd', 'line', 'highway', 'hwy', 'route', 'street', 'st', 'lane', 'ln', 'drive', 'avenue', 'ave', 'pike', 'boulevard', 'blvd'].flatMap((w) => industryWords(w)));
/** The name says a local government's body by a word of LOCAL_BODY_WORDS, not in a road's name. */
function namesALocalBody(company: string): boolean {
  const said = industryWords(company);
  return said.some((w, i) => LOCAL_BODY_WORDS.has(w) && !ROAD_AFTER_PLACE.has(said[i + 1] ?? ''));
}
/** A name that says a nation's department ("U.S. Department of ...", "Federal Department of ...", "National ..."). */
const NATIONAL_BODY = /\bu\.\s?s\.|\b(?:us|united\s+states|federal|national|nation)\b/i;
/** The place before "Department of" that names a nation whose ministries are named so, not a state of a federation
 * ("UK Department of ...", "Irish Department of ...", "Australian Government Department of ..."; a state's own
 * "Western Australian Department of ..." says no government). */
const NATION_BEFORE_DEPARTMENT = /\b(?:uk|u\.k\.|united\s+kingdom|britain|british|hm|ireland|irish|canada|canadian|new\s+zealand|nz|australian\s+government|commonwealth\s+of\s+australia|india|indian|south\s+african?|philippines?)\b/i;
/** A name that says whose body it is by a state's own style, "State of <Place>" or "Commonwealth of <Place>" (the
 * Spanish and Portuguese "Estado de <Place>"): a state's office ("Office of the Chief Coroner, State of Quillmoor"), its
 * place capitalised (not "the state of repair"). */
const STATE_OF_PLACE = /\b(?:[Ss]tate|STATE|[Cc]ommonwealth|COMMONWEALTH|[Ee]stado)\s+(?:of|OF|de|do)\s+\p{Lu}/u;
/** The level of government a company's name says: a local government's body ("Pellingford County ...", `namesALocalBody`),
 * or a state's: "<place> Department of ..." with no word of a local place (`LOCAL_PLACE_WORDS`) nor of a nation
 * (a department named for no place is a nation's or no one's in particular). A name that says both levels (a state's
 * office in a county: "Brackmoor State Department of Parks in Pellingford County") says neither. */
function levelOfName(company: string): 'state' | 'local' | undefined {
  if (namesALocalBody(company)) return industryWords(company).some((w) => STATE_LEVEL.has(w)) ? undefined : 'local';
  if (STATE_OF_PLACE.test(company)) return 'state';
  const department = DEPARTMENT_OF.exec(company);
  if (department === null) return undefined;
  const place = company.slice(0, department.index);
  if (!/\p{L}/u.test(place.replace(/\bthe\b/i, '')) || NATION_BEFORE_DEPARTMENT.test(place)) return undefined;
  if (industryWords(company).some((w) => LOCAL_PLACE_WORDS.has(w)) || NATIONAL_BODY.test(company)) return undefined;
  return 'state';
}
const levelPairs = new WeakMap<CompiledTaxonomy, Map<number, number>>();
/** Per taxonomy, each local level's entry with the one state level's entry of the same remit ("Local park
 * departments" and "State park departments": the most words of the label beside the level's are shared). */
function levelPairsOf(c: CompiledTaxonomy): Map<number, number> {
  let pairs = levelPairs.get(c);
  if (pairs) return pairs;
  pairs = new Map();
  const remit = (i: number) => new Set(industryWords(c.industries[i]!.entry.label).filter((w) => !STATE_LEVEL.has(w) && !LOCAL_LEVEL.has(w) && !isStopword(w)));
  const levels = entryLevelsOf(c);
  levels.forEach((level, i) => {
    if (level !== 'local') return;
    const own = remit(i);
    // The state entry that shares the most words of the remit: a head noun every level's entry says ("departments")
    // does not pair "Local park departments" with "State health departments" too.
    const shared = levels.map((l, j) => (l === 'state' ? [...remit(j)].filter((w) => own.has(w)).length : 0));
    const most = Math.max(0, ...shared);
    const states = shared.flatMap((n, j) => (n > 0 && n === most ? [j] : []));
    if (states.length === 1) pairs!.set(i, states[0]!);
  });
  levelPairs.set(c, pairs);
  return pairs;
}

/** The place of the industry entry with this id in the compiled taxonomy (-1: none). */
function industryIndexOf(c: CompiledTaxonomy, id: string): number {
  return c.industries.findIndex((i) => i.entry.id === id);
}
/** Each entry's level of government by its label and aliases (`STATE_LEVEL`, `LOCAL_LEVEL`; neither or both: none). */
const entryLevels = new WeakMap<CompiledTaxonomy, ('state' | 'local' | undefined)[]>();
function entryLevelsOf(c: CompiledTaxonomy): ('state' | 'local' | undefined)[] {
  let levels = entryLevels.get(c);
  if (!levels) {
    levels = c.industries.map((i) => {
      const said = i.forms.flatMap((f) => f.words);
      const state = said.some((w) => STATE_LEVEL.has(w));
      const local = said.some((w) => LOCAL_LEVEL.has(w));
      return state === local ? undefined : state ? 'state' : 'local';
    });
    entryLevels.set(c, levels);
  }
  return levels;
}
/** The entry of the same remit at `level` (`levelPairsOf`; from a state's entry, the one local entry paired with it). */
function pairAtLevel(index: number, level: 'state' | 'local', c: CompiledTaxonomy): number | undefined {
  const pairs = levelPairsOf(c);
  if (level === 'state') return pairs.get(index);
  const locals = [...pairs].filter(([, state]) => state === index).map(([local]) => local);
  return locals.length === 1 ? locals[0] : undefined;
}

/** The name's level of government beats the one read from elsewhere (`levelOfName`: "<place> Department of ..." a
 * state's, "... County ..." a local body's). Read only at the other level by the CRM value ("Correctional
 * Institutions" saying a state's prisons by an alias), the record is what the name read alone reads, when that is all
 * at the name's level; else an entry of the other level, read from the name or from the CRM value (by its words or
 * guessed from its sector: "Government Administration" says no level), is the entry of the same remit at the name's
 * level (`pairAtLevel`), quoted from the name. */
function atNamesLevel(found: Resolved[], prospect: Pick<Prospect, 'company'>, c: CompiledTaxonomy): Resolved[] {
  const company = prospect.company?.trim();
  const level = company && found.length ? levelOfName(company) : undefined;
  if (!company || level === undefined) return found;
  const levels = entryLevelsOf(c);
  const index = (id: string) => industryIndexOf(c, id);
  const other = level === 'state' ? 'local' : 'state';
  if (found.every((r) => r.evidence.field === 'industry' && levels[index(r.id)] === other)) {
    const byName = resolveIndustriesOf({ company }, c);
    if (byName.length && byName.every((r) => r.evidence.field === 'company' && levels[index(r.id)] === level)) return byName;
  }
  const moved = found.map((r) => {
    if (r.evidence.field !== 'company' && r.evidence.field !== 'industry') return r;
    const paired = levels[index(r.id)] === other ? pairAtLevel(index(r.id), level, c) : undefined;
    if (paired === undefined || found.some((o) => o.id === c.industries[paired]!.entry.id)) return r;
    const entry = c.industries[paired]!.entry;
    return { ...r, id: entry.id, label: entry.label, evidence: r.evidence.field === 'industry' ? { ...r.evidence, field: 'company' as const, quote: company } : r.evidence };
  });
  // An entry of the name's level read beside one of the other level: the other level's gives way.
  return moved.some((r) => levels[index(r.id)] === level) ? moved.filter((r) => levels[index(r.id)] !== other) : moved;
}

/** Sectors of a CRM value that say the record is a business's or a non-profit's, not a public body's ("Non-profit
 * Organization Management" at "Quillfield Village Hall", "Restaurants" at "Town Hall Tavern"). Not the generic values a
 * public body's record is also given ("Business Services", "Professional Services") nor the sectors a public body runs
 * ("Transportation", "Libraries", "Utilities"). */
const BUSINESS_SECTORS = new Set(['nonprofit', 'retail', 'hospitality', 'realestate', 'automotive', 'financial', 'manufacturing', 'agriculture', 'lifesciences', 'technology', 'telecom']);

/** The name says a public body by `form`, and does not go on after those words as a business's name does, with a legal
 * form or a business's head word (BUSINESS_AFTER_PUBLIC_BODY: "Housing Authority Advisors", "Town of Vienna Pizza LLC"). */
function aPublicBodysWords(company: string, form: RegExp): boolean {
  const m = form.exec(company);
  return m !== null && !BUSINESS_AFTER_PUBLIC_BODY.test(company.slice(m.index + m[0].length));
}

/** Nothing read, and the company's name is a public body's by its form (PUBLIC_BODY_NAME: "... Borough Council", "City of
 * ...", "Ayuntamiento de ...") or by the plain name of a public service (PUBLIC_SERVICE_NAME: "... Public Library",
 * "... Transit Authority", "Port of ..."): the entries the government sector reads, as a CRM value of that sector would
 * give them, whatever else the CRM value says ("Business Services") unless it says a business's or a non-profit's sector
 * (BUSINESS_SECTORS); quoted from the name. Not a business named after a body (`aPublicBodysWords`). */
function ofAPublicBodysName(prospect: Pick<Prospect, 'industry' | 'company' | 'notes'>, c: CompiledTaxonomy): Resolved[] {
  const company = prospect.company?.trim();
  if (!company || !(aPublicBodysWords(company, PUBLIC_BODY_NAME) || aPublicBodysWords(company, PUBLIC_SERVICE_NAME))) return [];
  const value = prospect.industry?.trim() ? sectorsOf(industryWords(prospect.industry)) : [];
  if (value.some((s) => BUSINESS_SECTORS.has(s))) return [];
  return resolveIndustriesOf({ ...prospect, industry: 'Government Administration' }, c).map((r) => ({ ...r, evidence: { ...r.evidence, field: 'company' as const, quote: company } }));
}

/** Words a company's name may end with that say only "an enterprise" ("... Security Solutions", "... Vending Services"):
 * the trade's word before them may be what the business buys or serves, not what it is. */
/** The generic heads of a holding company (`GENERIC_HEADS`). */
/** The generic heads that say only a company, read as a legal form after the trade's word (`plainKindOfTrade`). */
const COMPANY_ONLY_HEADS = new Set(['service', 'services', 'solution', 'solutions', 'group', 'groups'].flatMap((w) => industryWords(w)));
const HOLDING_HEADS = new Set(['holding', 'holdings'].flatMap((w) => industryWords(w)));
const GENERIC_HEADS = new Set(
  ['service', 'services', 'solution', 'solutions', 'group', 'groups', 'partner', 'partners', 'system', 'systems', 'holding', 'holdings', 'enterprise', 'enterprises', 'international', 'worldwide'].flatMap((w) => industryWords(w)),
);

/** The plain kind of a trade a name in another language says first, as its first word, before nothing but a proper
 * name and a legal form ("Brauerei Quellbrink GmbH", "Torrefazione Zanforlin S.r.l.", "Koffiebranderij Van Oosterzee"):
 * the lexicon's English for that word (INDUSTRY_WORDS, TRADE_NAME_WORDS) read as `plainKindOfTrade` reads an English
 * name whose head is last ("Quellbrink Brewery"). */
function plainKindOfTradeSaidFirst(company: string, c: CompiledTaxonomy, said: Pick<Prospect, 'industry' | 'notes'>): number | undefined {
  const all = words(company);
  const english = all.length >= 2 ? ownValue(INDUSTRY_WORDS, all[0]!) ?? ownValue(TRADE_NAME_WORDS, all[0]!) : undefined;
  if (english === undefined) return undefined;
  if (all.slice(1).some((w) => !LEGAL_HEADS.has(w) && saysAKind(w, c))) return undefined;
  return plainKindOfTrade(english, c, said);
}
/** The entry a company's name names by the trade's word alone, where nothing else of the record read a segment: a name
 * whose head (a legal form or "company" aside; not a generic head such as "Services") is the vendor's market word (most
 * entries' names use it, `marketWordsOf`) and the head two entries' names or more share, none naming it by itself
 * ("Rios Towing", "QuickTurn Locksmith Co", "Gomez Vending Inc" to vendors whose entries are kinds of towing, of
 * locksmiths, of vending). The business is one of those kinds, and nothing says which: the first of them in the
 * taxonomy's order, as where a CRM sector gives several (`sharedHeadKinds`). Only where one of the entries' labels, not
 * just an alias, is headed by that word ("Light-duty towing"). A head only some entries use ("Sanitation" of "Portable
 * sanitation" and "city sanitation", "Terminal", "Park") is no trade the vendor divides: the name may be another
 * business of that word (measured: docs/matching.md, "The kind of business read from the name and notes"). Not a place
 * head ("Studio", "Salon", "Center": many trades' places), nor where the word before the trade's words says another
 * trade ("Medical", "Parts": a word of work, a sector's or an entry's word; review mends). `half`: one half of a joined
 * name (`halfKind`), which may be the trade's word alone ("... Storage & Signs"). */
function plainKindOfTrade(company: string, c: CompiledTaxonomy, said: Pick<Prospect, 'industry' | 'notes'> = {}, half = false): number | undefined {
  const name = industryWords(company);
  let end = name.length;
  // A generic head after the trade's word ("... Glazing Group", "... Towing Services", "... Solutions") says only a
  // company, as a legal form does (COMPANY_ONLY_HEADS); not a holding, which owns businesses rather than being one of a
  // trade's kinds, nor "Systems" (a maker of the trade's machines), "Partners", "International", "Worldwide" or
  // "Enterprises", where the word before may be what the business buys, sells or serves.
  while (end > 1 && (LEGAL_HEADS.has(name[end - 1]!) || COMPANY_HEADS.has(name[end - 1]!) || COMPANY_ONLY_HEADS.has(name[end - 1]!))) end--;
  const head = name[end - 1];
  const market = marketWordsOf(c);
  // Or a head after the market's word ("... Coffee Roasters", "... Blood Bank" to vendors whose entries are kinds of
  // coffee business, of blood collection): the trade's word the vendor divides into kinds, said of the market's goods.
  // Such a head may be a sector's word too ("bank"): after the market's word it is that trade's, not the sector's.
  const afterMarket = end >= 2 && market.has(name[end - 2]!);
  if (end < (half ? 1 : 2) || head === undefined || GENERIC_HEADS.has(head) || PLACE_HEADS.has(head) || !(market.has(head) || afterMarket)) return undefined;
  // The word before the trade's words (the market's words before the head go with it: "Car Wash"): a word of work the
  // tables know, a sector's word or a word of an entry's name says another trade ("Parts Cleaning", "Medical Engraving").
  let start = end - 1;
  while (start > 0 && market.has(name[start - 1]!)) start--;
  const before = name[start - 1];
  if (before !== undefined && (tableEnglishStems().has(before) || sectorsOf([before]).length > 0 || c.industries.some((i) => i.forms.some((f) => f.words.includes(before))))) return undefined;
  const kinds = sharedHeadKinds([head], c, afterMarket && !market.has(head));
  const labelHead = (index: number) => {
    const label = industryWords(c.industries[index]!.entry.label);
    let last = label.length;
    while (last > 1 && (COMPANY_HEADS.has(label[last - 1]!) || AGENT_HEADS.has(label[last - 1]!))) last--;
    return label[last - 1];
  };
  if (!kinds.some((k) => labelHead(k) === head)) return undefined;
  // The CRM value or the notes say a word of one kind's name that no other entry's uses ("rotation" of "Police
  // rotation towing"): that kind; words of several kinds, no guess. Another entry's word ("club" of a motor clubs'
  // network, which a towing business works for) says nothing of which kind it is.
  const text = [said.industry ?? '', (said.notes ?? '').slice(0, NOTES_FOR_INDUSTRY)].join(' . ');
  const saidWords = new Set(words(text));
  if (!saidWords.size) return kinds[0];
  const own = ownNameWordsOf(c);
  const named = kinds.filter((index) => own[index]!.some((w) => saidWords.has(w) || saidWords.has(`${w}s`)));
  if (named.length === 0) return kinds[0];
  return named.length === 1 ? named[0] : undefined;
}
const ownNameWords = new PerTaxonomy<string[][]>();
/** Each entry's words of its name and aliases, as written, that no other entry's name uses, not the market's word, a
 * place, a company's or a legal head, nor a stop word ("police", "rotation" of "Police rotation towing"). */
function ownNameWordsOf(c: CompiledTaxonomy): string[][] {
  return cachedFor(ownNameWords, c, () => {
    const market = marketWordsOf(c);
    const of = c.industries.map((i) => new Set(i.forms.flatMap((f) => words(f.text))));
    const heads = (w: string) => {
      const s = industryWords(w)[0] ?? w;
      return PLACE_HEADS.has(s) || COMPANY_HEADS.has(s) || AGENT_HEADS.has(s) || LEGAL_HEADS.has(s) || GENERIC_HEADS.has(s);
    };
    return of.map((ws, index) => [...ws].filter((w) => w.length > 2 && !isStopword(w) && !market.has(stem(w)) && !heads(w) && of.every((other, j) => j === index || !other.has(w))));
  });
}

/** Units of time in the six languages: a number before one ("for 30 years", "für 3 Jahre", "pour 2 semaines") counts
 * time, not a party the business works for. */
const TIME_UNITS =
  '(?:years?|yrs?|months?|mos?|weeks?|wks?|days?|hours?|hrs?|minutes?|mins?|seconds?|secs?' +
  '|jahre?n?|monate?n?|wochen?|tage?n?|stunden?|minuten|ans?|années?|mois|semaines?|jours?|heures?' +
  '|años?|mes|meses|semanas?|días?|dias?|horas?|minutos?|anni|anno|mesi|mese|settimane?|giorni|giorno|ore|ora|minuti' +
  '|jaar|jaren|maanden?|weken|week|dagen|dag|uur|uren|anos?)';
/** Whom the business supplies or works for, in the six languages: the supplying verbs (CUSTOMERS_KIND's, with
 * "serves", "delivers to", "caters to", "our customers are", "bedient", "sert", "atiende", "serviamo", "atende"; not
 * "works for", which names a contact's employer, nor "self-serve", nor the Italian and Portuguese "serve", which say
 * what is needed or useful) and a preposition of doing work for a counted party ("for ~25 funeral homes", "pour 30
 * domaines", "für 12 Praxen", "para 18 tiendas", "per 40 clienti", "voor 9 scholen"; not a number of TIME_UNITS, "for
 * 30 years"); the words after it, to the next comma or the clause's end, name that party. */
const CUSTOMERS_SAID = new RegExp(
  `\\b${CUSTOMERS_VERBS}` +
    `|(?<!\\bself[- ])\\b(?:serves?|serving|served|deliver(?:s|ing)?\\s+to|caters?\\s+to|catering\\s+to|bedien(?:t|en)|sert|servons|servent|atiende(?:n)?|atendemos|atende(?:m)?|serviamo|our\\s+(?:customers|clients)\\s+are)(?![\\p{L}])` +
    `|\\b(?:for|für|pour|para|per|voor)\\s+(?:(?:about|around|over|some|roughly|approx\\.?|ca\\.?|circa|environ|unos|unas|cerca\\s+de|rund|etwa|ongeveer|zo'n)\\s+)?[~≈±]?(?=\\d)(?![\\d.,]+\\+?[\\s-]*${TIME_UNITS}(?![\\p{L}]))`,
  'giu',
);
/** A possessive or a subject of the business's own, after which the clause names its own things again ("for 12,000
 * employees and our TPA's reserves"); the English "us" only in lower case (OWN_US: "across the US" is the country). */
const OWN_AGAIN = /\b(?:our|my|we|unser\p{L}*|wir|notre|nos|nous|nuestr\p{L}*|nosotros|nostr\p{L}*|noi|ons|onze|wij|nosso\p{L}*|nossa\p{L}*|nós)(?![\p{L}])/iu;
const OWN_US = /\bus(?![\p{L}])/u;
/** The words of the kinds the notes name as the business's customers (CUSTOMERS_SAID), clause by clause. */
function customersWords(notes: string | undefined): Set<string> {
  const out = new Set<string>();
  if (!notes) return out;
  const text = notes.slice(0, NOTES_FOR_INDUSTRY);
  for (const m of text.matchAll(CUSTOMERS_SAID)) {
    const rest = (/^(?:[^.,;:!?()\n]|(?<=\d),(?=\d)){1,60}/.exec(text.slice(m.index! + m[0].length))?.[0] ?? '').split(OWN_AGAIN)[0]!.split(OWN_US)[0]!;
    for (const w of industryWords(rest)) out.add(w);
  }
  return out;
}
/** A kind the notes read only by the name of the business's customers ("supplies florists and supermarkets. Florists call
 * every morning"; "does cremations for ~25 funeral homes") is not a second kind of its own beside one read otherwise
 * (its name, the CRM's value, another phrase of the notes). Where it is all that was read, it stays. */
function besideCustomersKinds(read: Resolved[], notes: string | undefined): Resolved[] {
  if (read.length < 2) return read;
  const customers = customersWords(notes);
  if (!customers.size) return read;
  const theirs = (r: Resolved) => {
    if (r.evidence.field !== 'notes') return false;
    const said = industryWords(r.evidence.quote);
    return said.length > 0 && said.every((w) => customers.has(w));
  };
  const kept = read.filter((r) => !theirs(r));
  return kept.length ? kept : read;
}

/** What the business plans to be, in the six languages ("Wants to open a souvenir store next year", "plans to",
 * "will ... eröffnen", "veut ouvrir", "quiere abrir", "vuole aprire", "wil ... openen", "quer abrir"): not what it is yet. */
const PLANNED_KIND = /\b(?:wants? to|plans? to|planning to|hop(?:es|ing) to|looking to|intends? to|would like to|(?:will|wollen|möchten?)(?:\s+\p{L}+){1,6}?\s+(?:eröffnen|aufmachen)|(?:veu[lt]|voudrai[st]?|voudrait|compte|prévoit d['’]) ?ouvrir|(?:quiere[n]?|piensa[n]?|planea[n]?) abrir|(?:vuole|vogliono|pensa(?:no)? di) aprire|wil(?:len)?(?:\s+\p{L}+){1,6}?\s+openen|(?:quer(?:em)?|pretende[m]?) abrir)[^.,;:!?()\n]{0,60}/giu;

/** The French articles and possessives before a "plus" that means "most" ("le plus", "leur plus"). */
const FRENCH_DETERMINERS = 'le|la|les|au|aux|leurs?|son|sa|ses|notre|nos|votre|vos|mon|ma|mes';

/** A list joining kinds in the notes: a comma, "+", "&", "/", "and" in the six languages, "plus" (not French "plus de",
 * "le plus": more, most), "also". */
const LIST_JOIN = new RegExp(
  `,|\\+|&|/|\\b(?:${AND_WORDS}|(?<!(?<![\\p{L}\\p{N}])(?:${FRENCH_DETERMINERS})\\s+)plus(?!\\s*(?:d['’]|qu['’]|(?:de|du|des|que|en)(?![\\p{L}\\p{N}])))|also|as well as)\\b`,
  'iu',
);

/** Another business the notes relate this one to, in the six languages: whom it serves or works for ("Serves hotels
 * and restaurants", "Clients: ...", "für Hotels", "pour les hôtels"), works with, competes with or subcontracts to. The
 * words from the relation to the sentence's end name those businesses' kinds, not segments it runs. */
const RELATED_KIND = new RegExp(
  `\\b(?:for|für|pour|para|per|voor)(?![\\p{L}-])[^.,;:!?()\\n]*|\\b(?:serves?|served|serving|clients?|customers?|(?:works?|working|partners?|partnering|competes?|competing)\\s+with|competitors?|subcontract(?:s|ed|ing|ors?)?` +
    `|bedient|beliefert|kunden|arbeitet\\s+mit|konkurriert\\s+mit|subunternehmer|sert|servons|clientèle|travaille(?:nt)?\\s+avec|concurrence|sous-trait\\p{L}*` +
    `|atiende|sirve|servimos|clientes|trabaja(?:n|mos)?\\s+con|compite(?:n)?\\s+con|subcontrat\\p{L}*|serviamo|clienti|lavora(?:no)?\\s+con|concorre(?:nza)?\\s+con|compete(?:m)?\\s+com?|subappalt\\p{L}*` +
    `|bedienen|klanten|werkt\\s+met|concurreert\\s+met|atende|atendemos|trabalha(?:m)?\\s+com|concorre\\s+com|terceiriz\\p{L}*)(?![\\p{L}-])[^.;!?()\\n]*`,
  'giu',
);

/** What the business buys and the kinds of those it serves, works or competes with (BOUGHT_KIND, RELATED_KIND)
 * blanked, for the last three texts: `withSegmentsSaid` and `bySiblingsSaid` blank the same industry notes, and
 * `withSegmentsSaid` and `byOwnership` the notes' start as written and with the denied kinds blanked (sixty-sixth round). */
const withoutOthersKinds = rememberedLast(3, (text) => text.replace(BOUGHT_KIND, blankAll).replace(RELATED_KIND, blankAll));

/** Words for a part inside a business, in the six languages: a kind said before one ("a florist counter in each",
 * "Hörakustik-Abteilung") is a department of the business, not a segment it runs. */
const PART_OF_A_BUSINESS = /^(?:counters?|departments?|depts?|sections?|corners?|desks?|abteilung(?:en)?|rayons?|comptoirs?|reparto|reparti|secci[oó]n|secciones|afdelingen?|sec[çc][ãa]o|departamentos?|dipartimento)$/iu;
/** A label's or alias's words said in `said` (the part's words as written) as a kind the business runs, not as
 * the name of a part inside it ("a florist counter in each" names a counter). */
function namedAsKind(said: string[], run: string[]): boolean {
  const read = said.map((w) => industryWords(w));
  const flat = read.flatMap((r, i) => r.map((w) => ({ w, i })));
  for (let k = 0; k + run.length <= flat.length; k++) {
    if (!run.every((w, j) => flat[k + j]!.w === w)) continue;
    const next = said[flat[k + run.length - 1]!.i + 1];
    if (next === undefined || !PART_OF_A_BUSINESS.test(next)) return true;
  }
  return false;
}

/** The notes' words that can say what the business is: their start (NOTES_FOR_INDUSTRY), without the seller's turns
 * (readNotes) and without the kinds denied, sold to or supplied by others (withoutDeniedKinds). */
function notesSayingWhatItIs(notes: string, c: CompiledTaxonomy): string | undefined {
  return withoutDeniedKinds(industryNotes(notes, c));
}

/** Every segment the notes list the business as running is read, not only the strongest: a clause that joins two
 * or more of the taxonomy's entries, each said by a whole label or alias ("runs vending machines and micro-markets",
 * "apartments + HOAs + some single-family", "8 funeral homes + 2 crematories"), adds those not read yet, beside what
 * the company's name, the CRM's value or the notes gave; only for a business already read in the vendor's market.
 * Not the words of a denial or the seller's turns (read out before), nor what the business buys or the kinds of those
 * it serves, works with or competes with ("Serves hotels and restaurants"), nor one entry named alone (the customers'
 * kind, "orders from 150 florists"), nor the kind of site a group entry read counts ("22 funeral homes" of a group).
 * Beside a part naming an entry whole, a part may name another by its label's own words (labelWordSaid). */
function withSegmentsSaid(found: Resolved[], prospect: Pick<Prospect, 'industry' | 'company' | 'notes'>, c: CompiledTaxonomy): Resolved[] {
  if (!found.length || !prospect.notes) return found;
  const said = notesSayingWhatItIs(prospect.notes, c);
  const notes = said === undefined ? undefined : withoutOthersKinds(said);
  if (!notes?.trim() || !industryWords(notes).length) return found;
  const have = new Set(found.map((r) => r.id));
  const group = groupEntryOf(c);
  const kinds = group !== undefined && have.has(c.industries[group]!.entry.id) ? siteKindsOf(c, group) : new Set<string>();
  const out = [...found];
  // A second line of business said with "also" or "plus" (in the notes' first part or later), by a whole name of an
  // entry or two words of its label: the business is that segment too ("a flower shop that also has a growing
  // wedding and events business"). Not the party it works for ("also for ...", "plus ... to ...").
  const whole = withoutOthersKinds(prospect.notes.slice(0, NOTES_FOR_INDUSTRY));
  // The notes' sentence saying what the business is by its name or "we" ("Hadleigh is a booking platform for ..."): a
  // kind it names there is a segment too, beside the value's (sixty-fourth round).
  const self = selfSaidOf(whole, prospect.company);
  // Clauses are read for an "also" only where the notes' start says one (ALSO_SAID): a clause's match is the start's.
  for (const clause of [...(ALSO_SAID.test(whole) ? whole.split(/[.;:!?()\n]+/) : []), ...(self ? [self] : [])]) {
    const tail = clause === self ? self : alsoSaidOf(clause);
    if (!tail) continue;
    const said = words(withTradeCompounds(tail, c));
    const read = [...namedIndustries(tail, 'notes', c).values()].filter((s) => s.evidence.via === 'taxonomy' && c.industries[s.index]!.forms.some((f) => f.words.length > 0 && namedAsKind(said, f.words)));
    for (const s of read.length ? read : labelWordSaid(tail, c)) {
      const entry = c.industries[s.index]!.entry;
      if (have.has(entry.id) || c.industries[s.index]!.forms.some((f) => f.words.some((w) => kinds.has(w)))) continue;
      have.add(entry.id);
      out.push({ id: entry.id, label: entry.label, evidence: s.evidence });
    }
  }
  for (const clause of notes.split(/[.;:!?()\n]+/)) {
    const parts = clause.split(LIST_JOIN).filter((p) => industryWords(p).length);
    if (parts.length < 2) continue;
    const named = parts.map((part) => {
      const said = words(withTradeCompounds(part, c));
      return [...namedIndustries(part, 'notes', c).values()].filter(
        (s) => s.evidence.via === 'taxonomy' && c.industries[s.index]!.forms.some((f) => f.words.length > 0 && namedAsKind(said, f.words)),
      );
    });
    const ids = new Set(named.flat().map((s) => s.index));
    const listed = named.filter((n) => n.length).length >= 2 && ids.size >= 2 ? named.flat() : [];
    const beside = named.some((n) => n.length) ? parts.flatMap((part, i) => (named[i]!.length ? [] : labelWordSaid(part, c))) : [];
    for (const s of [...listed, ...beside]) {
      const entry = c.industries[s.index]!.entry;
      if (have.has(entry.id) || c.industries[s.index]!.forms.some((f) => f.words.some((w) => kinds.has(w)))) continue;
      have.add(entry.id);
      out.push({ id: entry.id, label: entry.label, evidence: s.evidence });
    }
  }
  return out;
}

/** The ordinary word for "also" in English, German, French, Spanish, Italian, Portuguese and Dutch, or English "plus". */
const ALSO = /(?<![\p{L}\p{N}])(?:also|plus|as well as|auch|aussi|également|también|também|además|anche|ook)(?![\p{L}\p{N}])/giu;
/** ALSO with its flags' case folding but not global (a test, no `lastIndex`): where a text holds none, none of its
 * clauses (cut at marks, which are neither letter nor digit) does. */
const ALSO_SAID = new RegExp(ALSO.source, 'iu');
/** French "plus" for "more": before "de", "d'", "du", "des", "que", "qu'", "en" ("de plus en plus") or "ou moins" (more
 * or less), or before an
 * adverb or adjective it compares ("plus tard", "plus souvent", "plus grande que"). */
const FRENCH_MORE_AFTER =
  /^\s*(?:d['’]|qu['’]|(?:de|du|des|que|en|ou\s+moins|tard|tôt|souvent|rarement|jamais|rien|guère|vite|loin|grande?s?|petite?s?|gros|grosses?|ancien(?:ne)?s?)(?![\p{L}\p{N}]))/iu;
/** The second "plus" of "de plus en plus" (more and more). */
const FRENCH_MORE_AND_MORE = /(?<![\p{L}\p{N}])plus\s+en\s+$/iu;
/** What a comparing French "aussi" is followed by: one word (an adjective or an adverb, not "bien") and "que". */
const FRENCH_AS_AS = /^\s*(?!bien\s)[\p{L}-]+\s+qu(?:e(?![\p{L}\p{N}])|['’])/iu;
/** French "plus" for "most": after an article or a possessive ("le plus", "la plus", "leur plus", "ses plus"). */
const FRENCH_MOST_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(?:l['’]|${FRENCH_DETERMINERS})\\s+$`, 'iu');
/** What every selfSaidOf match holds after its subject, with its flags' case folding (a prefilter, not a reading). */
const SAYS_IS_A = /(?:\s(?:is|are)|\bwe['’]re)\s+(?:a|an|the)\s/iu;
/** What the notes' own sentence says the business is: the words after "<the name's first word> is a/an/the" or "we are
 * a/an/the" ("we're a/an/the"), to the clause's end. */
function selfSaidOf(notes: string, company: string | undefined): string | undefined {
  if (!SAYS_IS_A.test(notes)) return undefined;
  const first = company?.trim().match(/^[\p{L}][\p{L}\p{N}'’-]*/u)?.[0];
  const subject = first && first.length >= 3 ? `${first.replace(/[-'’]/g, '.')}|we` : 'we';
  // After a sentence's end, a colon or an opening quote (a chat or a voicemail: "Chat: \"We are ..."), and said with
  // "we're" as with "we are".
  return new RegExp(`(?:^|[.!?\\n:"“]\\s*)(?:(?:${subject})\\s+(?:is|are)|we['’]re)\\s+(?:a|an|the)\\s+([^.;:!?()\\n]+)`, 'iu').exec(notes)?.[1];
}
/** What a clause says after its "also" or "plus": a second line of business, unless it names whom the business works for
 * ("also for ...", "plus ... to ..."). A French "plus" for "more", "most" or "ne ... plus" (no longer) is passed over
 * and the clause's next word for "also" read ("plus de 40 personnes et font aussi du catering"). */
function alsoSaidOf(clause: string): string | undefined {
  for (const m of clause.matchAll(ALSO)) {
    const before = clause.slice(0, m.index);
    const tail = clause.slice(m.index + m[0].length);
    // French "plus" for "more" or "most": "plus de 12 boutiques", "plus que", "de plus en plus", "plus tard", "le plus
    // gros client", "leur plus ancien site" (English "plus" is never after an article nor before "de" or "que").
    if (/^plus$/i.test(m[0]) && (/\bn(?:e\b|')/i.test(before) || FRENCH_MORE_AFTER.test(tail) || FRENCH_MOST_BEFORE.test(before) || FRENCH_MORE_AND_MORE.test(before))) continue;
    // French "aussi" comparing ("aussi bons que", "aussi grande qu'elle"): "as ... as", not "also". ("Aussi bien que" is
    // also "as well as", a second line: kept.)
    if (/^aussi$/i.test(m[0]) && FRENCH_AS_AS.test(tail)) continue;
    // Not the party it works for ("also for ...", "plus ... to ..."); an English word's "a" or "an" after it is the
    // article of the second line ("plus a print shop"), not the Romance "a" or the German "an" of a party.
    const english = /^(?:also|plus|as well as)$/i.test(m[0]);
    return (english ? /^\s*(?:for|to|from|with|per)\b/i : /^\s*(?:for|to|from|with|per|für|pour|para|voor|an|à|a)\b/i).test(tail) ? undefined : tail;
  }
  return undefined;
}

/** The entry a part of a list names by a word of its label no other entry's names use ("tree care" of "Tree care &
 * arborist services", "a commercial maintenance division" of "Commercial grounds maintenance"): beside another part
 * naming an entry whole, the part says a second segment in the segment's own words: two words of the label, one
 * of them no other entry's names use. Not a part inside the business ("a gutter cleaning department"). */
function labelWordSaid(part: string, c: CompiledTaxonomy): { index: number; evidence: Evidence }[] {
  const found = new Set<number>();
  if (words(part).some((w) => PART_OF_A_BUSINESS.test(w))) return [];
  const said = industryWords(part);
  for (const w of said) {
    const owner = c.industryWords.get(w);
    if (!owner || namesSectorOnly(c, owner.index, w)) continue;
    const label = industryWords(c.industries[owner.index]!.entry.label);
    if (label.includes(w) && said.some((x) => x !== w && label.includes(x))) found.add(owner.index);
  }
  return [...found].map((index) => ({ index, evidence: { field: 'notes', quote: part.trim(), via: 'taxonomy', confidence: 0.6 } }));
}

/** Whether `said` (industry words) holds a whole label or alias of the entry at `index`. */
function namesWhole(said: string[], index: number, c: CompiledTaxonomy): boolean {
  return c.industries[index]!.forms.some((f) => f.words.length > 0 && hasRun(said, f.words));
}

/** The entries a CRM industry value could name: those whose names share a word with it, and those its sector reads. */
function siblingsOfValue(value: string, c: CompiledTaxonomy): Set<number> {
  const said = new Set(industryWords(value));
  const out = new Set<number>();
  c.industries.forEach((entry, index) => {
    if (entry.forms.some((f) => f.words.some((w) => said.has(w)))) out.add(index);
  });
  for (const index of sectorIndustries(value, c).keys()) out.add(index);
  return out;
}

/** Whether a CRM value reads the entry at `index` only as the wider kind the entry is one of: by its sector, when the
 * sector holds two entries or more ("Retail" to barbershops and nail bars); or by words that each part of the entry's
 * names holding them narrows with a word of its own ("MEDICAL_PRACTICE" and "Nephrology practices", "Real Estate
 * Agents" and "commercial real estate"), or uses before a kind the value does not say where the value ends with them
 * ("Food & Beverage" and "snack and beverage vending"). A value saying the entry's own qualifier ("Civil Engineering"
 * and "civil construction", "Bridge Construction" and "roads and bridges") or its whole name reads it as such. */
function readAsWiderKind(value: string, index: number, viaSector: boolean, c: CompiledTaxonomy): boolean {
  const said = new Set(industryWords(value));
  const parts = c.industries[index]!.forms.flatMap((f) => f.text.split(VALUE_JOIN).map((part) => industryWords(part)));
  const holding = parts.filter((p) => p.some((w) => said.has(w)));
  if (viaSector || !holding.length) return sectorIndustries(value, c).size >= 2;
  if (holding.every((p) => said.has(p.at(-1)!) && p.some((w) => !said.has(w)))) return true;
  const valueHeads = new Set(value.split(VALUE_JOIN).map((part) => industryWords(part).at(-1)));
  return holding.every((p) => !said.has(p.at(-1)!) && p.filter((w) => said.has(w)).every((w) => valueHeads.has(w)));
}

/** A CRM value that says a whole sector of sibling entries ("MEDICAL_PRACTICE" to a vendor of nephrology practices and
 * dialysis providers, "Retail" to one of barbershops and nail bars) reads one of them only where the company's name
 * and the notes name none: where they name another of those siblings as what the business is (notesSayingWhatItIs,
 * without the kinds it buys, serves, works or competes with), theirs is the business. Not a word of the name
 * that only the library's content uses (the weakest reading, "Harrow" at "Harrow Lane Pictures"); not an entry outside
 * the value's siblings; a value that names one entry, or names it whole, still decides, unless it reads that one
 * entry as a wider kind with words of its own ("Specialty Trade Contractors" and "Electrical contractors"): then an
 * entry the name or notes name whole is the business (forty-first round). */
function bySiblingsSaid(read: Resolved[], prospect: Pick<Prospect, 'industry' | 'company' | 'notes'>, c: CompiledTaxonomy): Resolved[] {
  const value = prospect.industry?.trim();
  if (!value || !read.length || !read.every((r) => r.evidence.field === 'industry' && r.evidence.confidence < 1)) return read;
  const siblings = siblingsOfValue(value, c);
  const index = (id: string) => industryIndexOf(c, id);
  // A value with one sibling that says words of its own beside those it shares ("Specialty Trade Contractors" and
  // "Electrical contractors") names another kind of the entry's head, which the name or notes may say whole.
  const ownWords = () => {
    const names = new Set(read.flatMap((r) => c.industries[index(r.id)]!.forms.flatMap((f) => f.words)));
    return industryWords(value).some((w) => !names.has(w) && !GENERIC_HEADS.has(w));
  };
  const lone = siblings.size < 2 && ownWords();
  if ((siblings.size < 2 && !lone) || !read.every((r) => siblings.has(index(r.id)) && readAsWiderKind(value, index(r.id), r.evidence.via === 'knowledge', c))) return read;
  // Only the kind the notes say the business is: not one it buys, serves, works or competes with ("Competes with the
  // optometry clinic across the street" names a rival, not the business).
  const said = prospect.notes && notesSayingWhatItIs(prospect.notes, c);
  const notes = said && withoutOthersKinds(said);
  const without = resolveIndustriesOf({ ...prospect, industry: undefined, notes: notes || undefined }, c).filter(
    (r) => r.evidence.field !== 'industry' && !(r.evidence.field === 'company' && r.evidence.confidence <= 0.6),
  );
  // With one sibling, what replaces it is an entry the name or notes name whole (a label or alias said in the quote),
  // or one the knowledge reads at 0.7 or more from a quote saying a word of the entry's label that no other entry's
  // names use ("Mainly residential retrofits" for "Residential ... installers"); not a library word of the notes ("fur",
  // "les"), nor a loose sentence the knowledge reads without the entry's words ("Rewires homes" as home heat pumps).
  const named = (r: Resolved) => {
    const said = industryWords(r.evidence.quote);
    if (namesWhole(said, index(r.id), c)) return true;
    if (r.evidence.via !== 'knowledge' || r.evidence.confidence < 0.7) return false;
    const own = industryWords(c.industries[index(r.id)]!.entry.label).filter((w) => c.industries.every((o, i) => i === index(r.id) || !o.forms.some((f) => f.words.includes(w))));
    return said.some((w) => own.includes(w));
  };
  if (!without.length || !without.every((r) => (lone ? named(r) : siblings.has(index(r.id))))) return read;
  return without.map((r) => r.id).sort().join() === read.map((r) => r.id).sort().join() ? read : without;
}

/** A CRM value of a sector of the vendor's market that leads to no entry ("Retail" to a vendor of several kinds
 * of shop) gives way to an entry the company's name says in the taxonomy's words ("... Elevator", "... Cycle"), read
 * as if the field were empty: the value agrees the business is in the market and does not say which kind. Only the
 * name's own words: a guess from the notes' or the library's words was measured and costs more than it gives. */
function withoutEmptyValue(read: Resolved[], prospect: Pick<Prospect, 'industry' | 'company' | 'notes'>, c: CompiledTaxonomy): Resolved[] {
  if (read.length || !prospect.industry?.trim() || !prospect.company?.trim()) return read;
  const market = marketOf(c);
  const said = sectorsOf(industryWords(prospect.industry));
  if (market.size ? !said.some((x) => market.has(x)) : sectorIndustries(prospect.industry, c).size === 0) return read;
  return resolveIndustriesOf({ ...prospect, industry: undefined }, c).filter((r) => r.evidence.field === 'company' && r.evidence.via === 'taxonomy');
}

/** A business said to be independent, owner-run or of one site, in the six languages ("Inhabergeführt",
 * "Centre indépendant", "Clínica independente", "Eenmanszaak", "classic owner-operator"); not "independent
 * of", "unabhängig von". */
const ONE_SITE_SAID =
  /(?<![\p{L}-])(?:independent|independently[- ]owned|owner[- ](?:operated|operator|run|managed)|family[- ](?:owned|run)|single[- ](?:site|location)|one[- ]location|stand[- ]?alone|inhabergef(?:ü|ue)hrt(?:e[nrs]?)?|unabh(?:ä|ae)ngig(?:e[nrs]?)?|selbst(?:st)?(?:ä|ae)ndig(?:e[nrs]?)?|ind[ée]pendant(?:e|s|es)?|independientes?|indipendent[ei]|independentes?|zelfstandige?|onafhankelijke?|eenmanszaak)(?![\p{L}-])(?!\s+(?:of|from|von|davon|de|da|di|van|del|della|du)\b)/iu;
/** A business said to belong to no franchise or chain, in the seven languages ("not part of a franchise system",
 * "non-franchised", "keiner Kette angeschlossen", "sans franchise", "sin franquicia", "senza franchising", "geen
 * franchise", "sem franquia"): an independent one. Read in the notes as written, before the denied kind is blanked. */
const NO_CHAIN_SAID =
  /(?<![\p{L}-])(?:(?:not|never)\s+(?:affiliated|tied|attached|part)\s+(?:with|to|of)\s+(?:any|a)\s+(?:franchises?|chains?|franchise\s+(?:brand|network|system))|non[- ]?franchised?|no\s+franchise|(?:keine[rm]?|ohne)\s+(?:franchise|kette)|franchise(?:frei|unabh(?:ä|ae)ngig)|(?:sans|aucune?)\s+(?:franchise|enseigne)|non[- ]franchis[ée]e?s?|(?:sin|ninguna)\s+franquicia|no\s+(?:afiliad[oa]s?|vinculad[oa]s?)\s+a\s+(?:ninguna\s+)?(?:franquicia|cadena)|(?:senza|nessun)\s+franchising|non\s+affiliat[oaei]\s+a\s+(?:nessun\s+franchising|nessuna\s+catena)|(?:geen|zonder)\s+(?:franchise|keten)|niet\s+aangesloten\s+bij\s+(?:een|enige)\s+(?:franchise|keten)|(?:sem|nenhuma)\s+franquia|n(?:ã|a)o\s+(?:afiliad[oa]s?|ligad[oa]s?)\s+a\s+(?:nenhuma\s+)?(?:franquia|rede))(?![\p{L}-])/iu;
const NO_CHAIN_SAID_ALL = new RegExp(NO_CHAIN_SAID.source, 'giu');
/** French and English "franchise" is also an insurance deductible or a fee (review mend): "contrat d'assurance sans
 * franchise", "no franchise fee". A no-franchise phrase followed by "fee", "de" or "d'", or in a sentence naming
 * insurance in the seven languages, says nothing of who owns the business. */
const FRANCHISE_OF_INSURANCE = /(?<![\p{L}])(?:insurance|insured|insurer|deductible|assurance|assureur|assur[ée]e?s?|versicherung\w*|selbstbeteiligung|seguros?|aseguradora|assicurazion[ei]|assicurat[oaie]|verzekering\w*|verzekerd|eigen\s+risico)(?![\p{L}])/iu;
const FRANCHISE_OF_WHAT = /^\s*(?:fees?|de|d['’])(?![\p{L}])/iu;
/** The no-franchise phrase of the notes (NO_CHAIN_SAID), where it is not an insurance deductible's nor a fee's. */
function noChainSaid(notes: string): string | undefined {
  const m = NO_CHAIN_SAID.exec(notes);
  if (!m) return undefined;
  const end = m.index + m[0].length;
  const from = Math.max(notes.lastIndexOf('.', m.index), notes.lastIndexOf('\n', m.index)) + 1;
  const to = notes.slice(end).search(/[.!?\n]/);
  return FRANCHISE_OF_WHAT.test(notes.slice(end)) || FRANCHISE_OF_INSURANCE.test(notes.slice(from, to < 0 ? undefined : end + to)) ? undefined : m[0];
}
/** One site counted: "1 salon", "one branch", "a single store", "just one shop"; the sites as the thing counted, not
 * a modifier ("one store manager"). */
const ONE_SITE_COUNTED = new RegExp(`(?<![\\p{L}\\d-])(?:1|one|a single|just one|only one)\\s+(?:${SITE_NOUNS})(?![\\p{L}])(?=\\s*(?:[.,;:!?)\\n]|$|(?:and|with|in|only|today)\\b))`, 'iu');
/** In the sentence of one site counted, a rollout or other sites counted make it one of several: "Pilot in one studio,
 * then the other eleven", "start with one shop and roll out to all 14", "one location, one of 30". */
const ONE_OF_SEVERAL = /\b(?:other|others|rest|pilot(?:s|ed|ing)?|trial(?:s|led|ed|ing)?|first|roll(?:s|ed|ing)?[- ]?out|all (?:\d+|the others)|of (?:our |their |the |its )?\d+)\b/i;
/** One site counted where its sentence says no rollout and no other sites. */
function oneSiteCounted(text: string): RegExpExecArray | null {
  const m = ONE_SITE_COUNTED.exec(text);
  if (!m) return null;
  const start = Math.max(text.lastIndexOf('.', m.index) , text.lastIndexOf('\n', m.index), text.lastIndexOf('!', m.index), text.lastIndexOf('?', m.index)) + 1;
  const ends = /[.!?\n]/.exec(text.slice(m.index + m[0].length));
  const sentence = text.slice(start, ends ? m.index + m[0].length + ends.index : text.length);
  return ONE_OF_SEVERAL.test(sentence) ? null : m;
}
/** A family firm's name in the six languages: "... & Sons", "& Fils", "& Söhne", "e Figli", "e Hijos", "& Zonen". */
const FAMILY_NAME = /(?:&|\b(?:and|und|et|e|y|en))\s*(?:sons?|s(?:ö|oe)hne|fils|figli|hij[oa]s|zonen|filhos)(?![\p{L}])/iu;
/** A family firm said in the notes, in the six languages: "family business", "Familienbetrieb", "entreprise familiale",
 * "empresa familiar", "azienda di famiglia", "familiebedrijf", "negócio familiar". */
const FAMILY_FIRM_SAID =
  /(?<![\p{L}-])(?:family[- ](?:business|firm|company)|famili(?:en)?(?:betrieb|unternehmen)(?:e|en|s)?|(?:entreprise|affaire|soci[ée]t[ée]) familiale|(?:empresa|negocio|neg[óo]cio) familiar|(?:azienda|impresa|attivit[àa]) (?:di famiglia|familiare)|familie(?:bedrijf|zaak)(?:ven|en)?)(?![\p{L}-])/iu;
/** A chain said without a count, in the six languages: "chain", "franchise", "Kette", "chaîne", "cadena". Not branches
 * ("Filialen", "succursales"): a family firm with a few is still the independent entry ("drei Filialen"). */
const SITES_OF_A_CHAIN =
  /(?<![\p{L}-])(?:(?<!(?:supply|cold|value) )chains?|franchises?|multi[- ]?(?:site|location)s?|kette|cha[îi]ne|cadena|catena|keten)(?![\p{L}-])/iu;
const oneSiteEntries = new WeakMap<CompiledTaxonomy, number | undefined>();
/** The taxonomy's one entry for one-site businesses ("Independent hearing care practices"), when it has one. */
function oneSiteEntryOf(c: CompiledTaxonomy): number | undefined {
  if (oneSiteEntries.has(c)) return oneSiteEntries.get(c);
  const found = c.industries.flatMap((i, index) => (ONE_SITE_LABEL.test(i.entry.label) ? [index] : []));
  const single = found.length === 1 ? found[0] : undefined;
  oneSiteEntries.set(c, single);
  return single;
}

/** A business the notes or its name say is independent, owner-run or a family firm is the taxonomy's one-site entry
 * when neither its name nor the notes named another entry: beside an entry the CRM's value names by its head
 * ("Medical Practices" and "podiatry practices"), in place of a guess from the CRM's sector or of an entry the value
 * reads only by a qualifier of the entry's names ("Retail" and "shoe retail chain", "Hospitals" and "ENT & hospital
 * audiology": the sector, which says nothing of one site or many). */
function byOwnership(found: Resolved[], prospect: Pick<Prospect, 'industry' | 'company' | 'notes'>, c: CompiledTaxonomy): Resolved[] {
  if (found.some((r) => r.evidence.field !== 'industry')) return found;
  const single = oneSiteEntryOf(c);
  if (single === undefined) return found;
  const start = withoutDeniedKinds(prospect.notes?.slice(0, NOTES_FOR_INDUSTRY));
  const notes = start === undefined ? undefined : withoutOthersKinds(start);
  // Only what the notes say the business is: not a family firm it buys from, serves, works or competes with
  // ("Competes with a family business across the street"). A family firm of many sites is no one-site business ("a
  // family-owned chain of 9 shops", "Familienunternehmen mit 20 Filialen"): a family phrase counts only where the notes
  // neither count five sites or more (sitesSaid, as byScale) nor say a chain (SITES_OF_A_CHAIN).
  const manySites = !!notes && (sitesSaid(notes) !== undefined || SITES_OF_A_CHAIN.test(notes));
  const said = ([['notes', notes, ONE_SITE_SAID], ['notes', prospect.notes?.slice(0, NOTES_FOR_INDUSTRY), NO_CHAIN_SAID], ['notes', notes, ONE_SITE_COUNTED], ['company', prospect.company, ONE_SITE_SAID], ['company', prospect.company, FAMILY_NAME], ['notes', notes, FAMILY_FIRM_SAID]] as const)
    .map(([field, text, re]) => {
      const quote = text ? (re === ONE_SITE_COUNTED ? oneSiteCounted(text)?.[0] : re === NO_CHAIN_SAID ? noChainSaid(text) : re.exec(text)?.[0]) : undefined;
      return { field, quote, family: (re !== ONE_SITE_SAID && re !== NO_CHAIN_SAID) || /^famil/i.test(quote ?? '') };
    })
    .find((s) => s.quote && !(s.family && manySites));
  if (!said) return found;
  const entry = c.industries[single]!.entry;
  // A guess from the CRM's sector alone gives way to it, as it does to the group entry (byScale), and so does an
  // entry the value reads as a wider kind without saying its head.
  const value = prospect.industry?.trim();
  const byQualifierOnly = (r: Resolved) => {
    const index = industryIndexOf(c, r.id);
    if (!value || index < 0 || r.evidence.confidence >= 1) return false;
    const valueWords = new Set(industryWords(value));
    const headSaid = c.industries[index]!.forms.some((f) => f.text.split(VALUE_JOIN).some((part) => valueWords.has(industryWords(part).at(-1)!)));
    return !headSaid && readAsWiderKind(value, index, false, c);
  };
  const kept = found.filter((r) => r.evidence.via !== 'knowledge' && !byQualifierOnly(r));
  // Already read from the CRM's value ("Funeral services" at a family-owned funeral home): once.
  if (kept.some((r) => r.id === entry.id)) return kept;
  return [...kept, { id: entry.id, label: entry.label, evidence: { field: said.field, quote: said.quote!.trim(), via: 'knowledge', confidence: 0.6 } }];
}

/** A group's word in a company's name, in the six languages: "Bright Futures Learning Group", "Grupo Lácteo",
 * "Groupement ..." (French for a grouping of businesses). */
const GROUP_IN_NAME = /\b(?:group|groupe|groupement|gruppe|grupo|gruppo|groep)\b/i;
/** A label for franchise networks, in the six languages: "Franchise brands", "Réseaux de franchise", "Franquicias", "Franquias". */
const FRANCHISE_LABEL = /\bfran(?:chis|qui|chiz)/i;

const siteKinds = new WeakMap<CompiledTaxonomy, Set<string>>();
/** The kind of site the taxonomy's group entry counts, as read: the word before its group word ("pharmacy"
 * of "Pharmacy chains & groups", "cinema" of "cinema chain"), found once per taxonomy. */
function siteKindsOf(c: CompiledTaxonomy, group: number): Set<string> {
  let kinds = siteKinds.get(c);
  if (!kinds) {
    const entry = c.industries[group]!.entry;
    kinds = new Set<string>();
    for (const text of [entry.label, ...entry.aliases]) {
      const said = words(text);
      said.forEach((w, i) => {
        if (i > 0 && !/^multi/.test(said[i - 1]!) && GROUP_OF_SITES.test(`${said[i - 1]} ${w}`)) for (const k of industryWords(said[i - 1]!)) kinds!.add(k);
      });
    }
    // Retail's sites are its stores and shops: a name that says them in the plural ("Quillby Shops") names a retailer
    // of many sites where the group entry counts retail's, as a cinema chain's name says its cinemas.
    if ([...kinds].some((k) => RETAIL_WORDS.has(k))) for (const w of RETAIL_SITES) kinds.add(w);
    siteKinds.set(c, kinds);
  }
  return kinds;
}
/** Retail's word as read, and the words for its sites ("store", "shop"), as `industryWords` reads them. */
const RETAIL_WORDS = new Set(industryWords('retail'));
const RETAIL_SITES = industryWords('store shop');
/** Plural endings of the six languages and their singulars: "pharmacies", "cinemas", "farmacie", "Apotheken". */
const PLURALS: [string, string][] = [['ies', 'y'], ['es', ''], ['s', ''], ['e', 'a'], ['i', 'o'], ['en', 'e'], ['en', '']];
/** A word that says one of these kinds of site in the plural ("ApoNed Apotheken", "Farmacie Comunali Riunite",
 * "Vantage Cinemas"): it is read as the kind, and so is what is left with a plural ending taken off. A word
 * the lexicon lists as written is plural only when its English is ("farmacias"; "pharmacie" is one). */
function pluralOfKind(word: string, kinds: Set<string>): boolean {
  const read = industryWords(word);
  if (read.length !== 1 || !kinds.has(read[0]!)) return false;
  const listed = sharedExact(word);
  if (listed !== undefined) return /[^s]s$/.test(listed);
  return PLURALS.some(([ending, one]) => {
    if (!word.endsWith(ending) || word.length - ending.length < 3) return false;
    const single = word.slice(0, -ending.length) + one;
    return single !== word && industryWords(single).join(' ') === read[0];
  });
}
/** Many sites of the business's own kind: its name says the kind in the plural, or a count of five or more
 * says it ("48 apotheken", "per le 28 farmacie comunali", "Groupement de 120 officines"), not a count of the
 * business's customers. */
function kindsCounted(text: string | undefined, kinds: Set<string>, name: boolean): string | undefined {
  if (!text || !kinds.size) return undefined;
  const said = text.slice(0, NOTES_FOR_INDUSTRY);
  if (name && words(said).some((w) => pluralOfKind(w, kinds))) return said.trim();
  for (const m of said.matchAll(/(?<![\p{L}\d-])(\d[\d,]*)\+?\s+([\p{L}'-]+)(?:\s+([\p{L}'-]+))?/gu)) {
    if (Number(m[1]!.replace(/,/g, '')) < MANY_SITES) continue;
    if (CUSTOMERS_SITES.test(said.slice(Math.max(0, m.index! - 30), m.index!))) continue;
    if ([m[2], m[3]].some((w) => w && words(w).length === 1 && pluralOfKind(words(w)[0]!, kinds))) return m[0];
  }
  return undefined;
}
/** A label that divides a market by scale: "Multi-site child care groups", "Multi-resort groups", "... chains". */
const SCALE_LABEL = /\bmulti[- ]?[a-z]+|\bchains?\b/i;
/** A label for the one-site business beside it: "Independent child care centers", "Independent funeral homes". */
const ONE_SITE_LABEL = /\b(?:independent|single[- ]site|stand[- ]?alone|owner[- ]operated)\b/i;

/** A business of many sites is the taxonomy's group entry ("Multi-site veterinary groups") when the notes or
 * the company's name count them ("40 locations", "(22 sites)") or the name says a group ("... Learning
 * Group"), beside what else was read; the one-site entry ("Independent ...") and a guess from the CRM's
 * sector alone give way to it. Where the group entry's label divides the market by scale ("Multi-site ..."),
 * it is read only on such evidence or on its own label or alias: a sector, or a word it shares with the
 * CRM's value ("education" of "early education chain" in "Education Management"), says nothing of scale. */
function byScale(found: Resolved[], prospect: Pick<Prospect, 'industry' | 'company' | 'notes' | 'name' | 'title'>, c: CompiledTaxonomy, group: number): Resolved[] {
  const entry = c.industries[group]!.entry;
  // The prospect's own quoted message counts the sites too ("> On Mon, Dana Reyes wrote: ... 31 stores").
  const notes = readNotes(prospect.notes ?? '', { name: prospect.name, title: prospect.title }, labelNames(c)).notes;
  const company = prospect.company ?? '';
  const kinds = siteKindsOf(c, group);
  // A group's word in the name says the business's own sites, not a franchise network ("Tutoring franchise
  // networks", read by an alias's "multi-unit"): "... Surveying Group" is a firm's name, and a franchisor says so.
  // Nor a franchisee's name that says whose franchise it is ("Lindqvist Home Group, a Brightway franchise").
  // Nor, where the entry says groups or chains only in an alias ("web store chain" of "Shops and web stores"), a group's
  // word alone ("Groupe Marvelin"): a group of companies, not of the entry's sites, unless the name says the kind of
  // site the alias groups ("Groupe Optique ..." beside "optique group", an adjective read by the stem it starts with).
  const kindInName = () => industryWords(company).some((w) => kinds.has(w) || [...kinds].some((k) => k.length >= 4 && w.startsWith(k)));
  const groupNamed = GROUP_IN_NAME.test(company) && (GROUP_OF_SITES.test(entry.label) || SCALE_LABEL.test(entry.label) || kindInName()) && !FRANCHISE_LABEL.test(entry.label) && !FRANCHISE_LABEL.test(company);
  const many =
    sitesSaid(notes) ?? sitesSaid(company, true) ?? (groupNamed ? company.trim() : undefined) ?? kindsCounted(withoutDeniedKinds(notes), kinds, false) ?? kindsCounted(company, kinds, true);
  const has = found.some((r) => r.id === entry.id);
  // The market said and no segment of it ("Child care" in the CRM, nothing else): with no sign of many sites,
  // the business is the one-site entry beside the group entry ("Independent child care centers").
  if (!many && !found.length && SCALE_LABEL.test(entry.label) && prospect.industry && namesTheMarket(prospect.industry, c)) {
    const single = oneSiteEntryOf(c);
    if (single !== undefined) {
      const one = c.industries[single]!.entry;
      return [{ id: one.id, label: one.label, evidence: { field: 'industry', quote: prospect.industry.trim(), via: 'knowledge', confidence: 0.6 } }];
    }
  }
  if (!many) {
    if (!has || !SCALE_LABEL.test(entry.label)) return found;
    // A kind of business general knowledge reads in the company's name or the notes ("... Dental Support
    // Organization") says it too.
    const read = found.find((r) => r.id === entry.id)!.evidence;
    if (read.via === 'knowledge' && read.field !== 'industry') return found;
    const forms = c.industries[group]!.forms.filter((f) => f.words.length > 0);
    const said = [prospect.industry, company, withoutDeniedKinds(notes.slice(0, NOTES_FOR_INDUSTRY))].some((t) => {
      if (!t) return false;
      const w = industryWords(t);
      return forms.some((f) => hasRun(w, f.words) && (f.words.length > 1 || !c.industries.some((o, i) => i !== group && o.forms.some((g) => g.words.includes(f.words[0]!)))));
    });
    return said ? found : found.filter((r) => r.id !== entry.id);
  }
  // An entry that is a kind of business whose alias only says a group ("Multiplex circuits" with "cinema chain")
  // is not read from a count of sites beside another entry read ("dine-in, 5 locations" is a dine-in chain);
  // a group the company's name says ("Empire Screens Group") still is, and a guess from the CRM's sector gives
  // way to it.
  if (!has && !GROUP_OF_SITES.test(entry.label) && !groupNamed && !kindsCounted(company, kinds, true) && found.some((r) => !(r.evidence.field === 'industry' && r.evidence.via === 'knowledge')))
    return found;
  // Not a group of another kind of business than the one read ("retail chains" at a clinic operator).
  const own = c.industries[group]!.sectors;
  const idOf = new Map(c.industries.map((i, index) => [i.entry.id, index]));
  if (!has && own.size && found.length && !found.some((r) => [...c.industries[idOf.get(r.id)!]!.sectors.keys()].some((x) => own.has(x)))) return found;
  const kept = found.filter((r) => r.id === entry.id || !(ONE_SITE_LABEL.test(r.label) || (r.evidence.field === 'industry' && r.evidence.via === 'knowledge') || guessedFromTheTrade(r, group, idOf, c)));
  return has ? kept : [...kept, { id: entry.id, label: entry.label, evidence: { field: sitesSaid(notes) ? 'notes' : 'company', quote: many, via: 'knowledge', confidence: 0.6 } }];
}

/** A kind guessed by general knowledge from the trade's word the company's name or the notes say ("Bluewater Dental
 * Partners" as general dentistry), where the taxonomy's group entry shares a word with that kind's names ("Dental
 * groups & DSOs"): the group of the trade's sites is the finer reading of the same word, so the guess gives way to it. */
function guessedFromTheTrade(r: Resolved, group: number, idOf: Map<string, number>, c: CompiledTaxonomy): boolean {
  if (r.evidence.via !== 'knowledge' || r.evidence.field === 'industry') return false;
  const index = idOf.get(r.id);
  if (index === undefined) return false;
  const ofGroup = new Set(c.industries[group]!.forms.flatMap((f) => f.words));
  return c.industries[index]!.forms.some((f) => f.words.some((w) => ofGroup.has(w)));
}

const sizeEntries = new WeakMap<CompiledTaxonomy, { ranges: Map<number, SizeRange>; measure: SizeMeasure }>();
/** The taxonomy's entries by size ("Small & boutique firms", "Mid-size firms" with "50-300 lawyers", "Big lenders"
 * with "lender over $3B"), when it has two or more of them, and what they count in (people, homes, money). */
function sizeTableOf(c: CompiledTaxonomy): { ranges: Map<number, SizeRange>; measure: SizeMeasure } {
  return cachedFor(sizeEntries, c, () => {
    const sizes = new Map(c.industries.flatMap((i, index) => {
      const size = sizeOfEntry([i.entry.label, ...i.entry.aliases]);
      return size ? [[index, size] as const] : [];
    }));
    return { ranges: sizes.size >= 2 ? sizeRanges(sizes) : new Map<number, SizeRange>(), measure: measureOf(sizes) };
  });
}
/** The taxonomy's size entries and their bounds (sizeTableOf). */
function sizeEntriesOf(c: CompiledTaxonomy): Map<number, SizeRange> {
  return sizeTableOf(c).ranges;
}
/** What the taxonomy's size entries count in (sizeTableOf). */
function sizeMeasureOf(c: CompiledTaxonomy): SizeMeasure {
  return sizeTableOf(c).measure;
}

const sizedKinds = new WeakMap<CompiledTaxonomy, Set<string>>();
/** The words of the one kind the taxonomy's size entries are sizes of, where they are sizes of one (an entry of big
 * credit unions and one of neighbourhood credit unions: credit, union; big and small housing agencies, one with a
 * housing authority alias: housing, agency): the words every size entry's names say, the size's own words left out.
 * Empty where the entries share none or one ("Small business", "Enterprise"). */
function sizedKindOf(c: CompiledTaxonomy): Set<string> {
  return cachedFor(sizedKinds, c, () => {
    const entries = [...sizeEntriesOf(c).keys()].map((index) => new Set(c.industries[index]!.forms.flatMap((f) => f.words).filter((w) => !/\d/.test(w) && !sizeOfEntry([w]))));
    const shared = new Set(entries.length ? [...entries[0]!].filter((w) => entries.every((e) => e.has(w))) : []);
    return shared.size >= 2 ? shared : new Set<string>();
  });
}
/** The prospect's name, value or notes say the kind the size entries are sizes of: two of its words. */
function saysTheSizedKind(prospect: Pick<Prospect, 'industry' | 'company' | 'notes'>, notes: string | undefined, c: CompiledTaxonomy): boolean {
  const kind = sizedKindOf(c);
  const said = new Set([prospect.company, prospect.industry, notes].flatMap((t) => (t ? industryWords(t) : [])));
  return [...kind].filter((w) => said.has(w)).length >= 2;
}

const kindWords = new WeakMap<CompiledTaxonomy, Map<string, { index: number; text: string }>>();
/** The words only one entry uses (`industryWords`), counted among the kinds of business: a word one kind shares only
 * with entries by size ("market" of "Market gardens" and "Mid-market") is that kind's. */
function kindWordsOf(c: CompiledTaxonomy): Map<string, { index: number; text: string }> {
  let out = kindWords.get(c);
  if (!out) {
    const sized = sizedEntriesOf(c);
    out = new Map(c.industryWords);
    const users = new Map<string, { kinds: Set<number>; sized: boolean; text: string }>();
    c.industries.forEach((i, index) => {
      for (const f of i.forms)
        for (const w of f.words) {
          if (w.length < 3 || GENERIC_INDUSTRY.has(w)) continue;
          const u = users.get(w) ?? { kinds: new Set<number>(), sized: false, text: '' };
          // Only a word of the size itself ("market" of "Mid-market"), not of a kind a size entry names too ("print" of
          // "Large print shops").
          const sizeWord = sized.has(index) && sizeOfEntry([f.text]) !== undefined && !sizeOfEntry([f.text.split(/([^\p{L}\p{N}]+)/u).filter((p) => industryWords(p)[0] !== w).join('')]);
          if (sizeWord) u.sized = true;
          else if (!u.kinds.has(index)) (u.kinds.add(index), (u.text ||= f.text));
          users.set(w, u);
        }
    });
    for (const [w, u] of users) if (!out.has(w) && u.sized && u.kinds.size === 1) out.set(w, { index: [...u.kinds][0]!, text: u.text });
    kindWords.set(c, out);
  }
  return out;
}

const sizedEntries = new WeakMap<CompiledTaxonomy, Set<number>>();
/** The taxonomy's entries by size, not kinds of business: those of `sizeEntriesOf`, and one alone whose label says a
 * size ("Mid-market", "Corporate (900+ staff)"); not one whose alias alone says a size word ("Coach holidays" with
 * "small party trips" is a kind). */
function sizedEntriesOf(c: CompiledTaxonomy): Set<number> {
  return cachedFor(sizedEntries, c, () => new Set([...sizeEntriesOf(c).keys(), ...c.industries.flatMap((i, index) => (sizeOfEntry([i.entry.label]) ? [index] : []))]));
}

/** A business the notes, the company's name or a CRM's size value count ("150 lawyers", "(1,400 lawyers)",
 * "10-50 employees", "solo") is the taxonomy's entry of that size, in place of the other size entries,
 * beside whatever else was read; only for a business read in the vendor's market (something was read). */
function bySize(found: Resolved[], prospect: Pick<Prospect, 'industry' | 'company' | 'notes'>, c: CompiledTaxonomy): Resolved[] {
  const ranges = sizeEntriesOf(c);
  if (!ranges.size) return found;
  const notes = prospect.notes ? industryNotes(prospect.notes, c) : undefined;
  // Where the size entries are sizes of one kind (credit unions, housing agencies), a size is read only for a prospect
  // that says that kind, and then even where nothing else was read (a housing agency's name, "9,500 households housed");
  // a bank's assets are no credit union's size.
  if (sizedKindOf(c).size ? !saysTheSizedKind(prospect, notes, c) : !found.length) return found;
  const measure = sizeMeasureOf(c);
  const field = (['company', 'industry', 'notes'] as const).find((f) => sizeSaid(f === 'notes' ? notes : prospect[f], measure));
  if (!field) return withoutSizeUnsaid(found, c, notes);
  const size = sizeSaid(field === 'notes' ? notes : prospect[field], measure)!;
  const fits = [...ranges].filter(([, [min, max]]) => size.count >= min && size.count <= max).map(([index]) => index);
  if (fits.length !== 1) return found;
  const entry = c.industries[fits[0]!]!.entry;
  const sized = new Set([...ranges.keys()].map((index) => c.industries[index]!.entry.id));
  const kept = found.filter((r) => !sized.has(r.id) || r.id === entry.id);
  return kept.some((r) => r.id === entry.id) ? kept : [...kept, { id: entry.id, label: entry.label, evidence: { field, quote: size.quote, via: 'knowledge', confidence: 0.7 } }];
}

/** A size entry read through nothing but the words of the kind all the size entries are sizes of (a credit union's name
 * read as the neighbourhood ones, a dealer's note on credit unions as the big ones through the kinds' group's federal
 * member), where no size is said: the plain kind says no size, so it chooses none of them. A name with a size entry's
 * own word (a federal one's name where an alias says federal) still reads it. */
function withoutSizeUnsaid(found: Resolved[], c: CompiledTaxonomy, notes?: string): Resolved[] {
  const kind = sizedKindOf(c);
  if (!kind.size) return found;
  const sized = new Map([...sizeEntriesOf(c).keys()].map((index) => [c.industries[index]!.entry.id, index]));
  const bySizeWord = (id: string, quote: string) => {
    const index = sized.get(id);
    if (index === undefined) return true;
    const own = new Set(c.industries[index]!.forms.flatMap((f) => f.words));
    const said = industryWords(quote).filter((w) => own.has(w));
    return !said.length || said.some((w) => !kind.has(w));
  };
  const kept = found.filter((r) => bySizeWord(r.id, r.evidence.quote));
  if (kept.length === found.length || !notes) return kept;
  // A name read through the kind alone gives way to the notes where they name a size entry by its own words (a small
  // one's alias said whole).
  const inNotes = [...namedIndustries(notes, 'notes', c)].filter(([index, s]) => sizeEntriesOf(c).has(index) && s.evidence.via === 'taxonomy' && bySizeWord(c.industries[index]!.entry.id, s.evidence.quote));
  return [...kept, ...inNotes.filter(([index]) => !kept.some((r) => r.id === c.industries[index]!.entry.id)).map(([index, s]) => ({ id: c.industries[index]!.entry.id, label: c.industries[index]!.entry.label, evidence: s.evidence }))];
}

/** Kinds of body CRMs file under a sector they are not of, each with the sector's words (`industryWords`) and the
 * name that says the kind: a pension fund or a provident body (PENSION_BODY_NAME) under insurance alone ("Insurance",
 * "Seguros", "Versicherung", "Assurances"); the fund is no insurer. */
const BODIES_FILED_UNDER_A_SECTOR: { sector: string[]; name: RegExp }[] = [{ sector: industryWords('insurance'), name: PENSION_BODY_NAME }];
/** The CRM value says only a sector under which CRMs file a kind of body the company's name says it is
 * (BODIES_FILED_UNDER_A_SECTOR): the value says nothing of that body's segment. */
function valueFilesTheNamedBody(value: string, company: string): boolean {
  const said = industryWords(value);
  return said.length > 0 && BODIES_FILED_UNDER_A_SECTOR.some((kind) => said.every((w) => kind.sector.includes(w)) && kind.name.test(company));
}
function resolveIndustriesOf(prospect: Pick<Prospect, 'industry' | 'company' | 'notes'>, c: CompiledTaxonomy, readMarket = true): Resolved[] {
  // A CRM industry that says nothing of the segment leaves it to the company's name and the notes (read as if it were
  // empty); when they name none, it is read as before. So with a value that only says the vendor's market, and with
  // one that only says the sector CRMs file the body the name says under (a pension fund's "Insurance").
  if (readMarket && prospect.industry && (namesTheMarket(prospect.industry, c) || (prospect.company !== undefined && valueFilesTheNamedBody(prospect.industry, prospect.company)))) {
    const without = resolveIndustriesOf({ ...prospect, industry: undefined }, c);
    // The one sector of every entry reads none of them, even alone.
    return without.length || everyEntrysSector(prospect.industry, c) ? without : resolveIndustriesOf(prospect, c, false);
  }
  const present = (text: string | undefined) => (text?.trim() && industryWords(text).length ? text : undefined);
  // A value that names no sector and no entry ("51-200 employees", "Small Business", "Other") says
  // nothing about the business: the company's name and the notes are read as if the field were empty.
  // Nor does a size class ("Small/Medium Enterprise", "SMB", "KMU") where the taxonomy has no entries by size.
  const sizeOnly = (v: string) => isSizeValue(v) || (isSizeClassValue(v) && sizeEntriesOf(c).size === 0);
  const given = present(prospect.industry) && !sizeOnly(prospect.industry!) ? prospect.industry : undefined;
  const industry = given && (sectorsOf(industryWords(given)).length || namedIndustries(given, 'industry', c).size) ? given : undefined;
  const company = present(prospect.company);
  const notes = present(withoutDeniedKinds(prospect.notes?.slice(0, NOTES_FOR_INDUSTRY)));
  const byCompany = company ? namedIndustries(company, 'company', c, notes) : new Map<number, Scored>();
  const byNotes = () => (notes ? namedIndustries(notes, 'notes', c) : new Map<number, Scored>());
  // An entry the notes name by a whole label or alias (read once, when asked).
  let noteWords: string[] | undefined;
  const wholeInNotes = (index: number) => {
    noteWords ??= notes ? inEnglishOrder(industryWords(withTradeCompounds(notes, c)), notes, c) : [];
    return namesWhole(noteWords, index, c);
  };
  // The entries the notes name in the taxonomy's words, by a whole label or alias, that the company's name did not read.
  // Not one said only as the business's customers ("sterilises for 6 hospitals"): those are whom it works for.
  const wholeInNotesBesideName = () => {
    const customers = customersWords(prospect.notes);
    const ofCustomers = (s: Scored) => industryWords(s.evidence.quote).every((w) => customers.has(w)) && industryWords(s.evidence.quote).length > 0;
    return [...byNotes().values()].filter((s) => s.evidence.via === 'taxonomy' && !byCompany.has(s.index) && wholeInNotes(s.index) && !ofCustomers(s));
  };
  // A CRM value whose sector reading comes to nothing (a guess it does not bear out, a sector with no entry of
  // the vendor's) leaves the segment to the notes' first sentence, where they say what the business is: an entry
  // it names by a whole label or alias ("Civil engineering.", "Y runs after-school sites and summer camps"), not
  // one the business buys ("Buys product photography from outside studios").
  const saidWhole = () => {
    const read = prospect.notes && notesSayingWhatItIs(prospect.notes, c);
    const first = read?.split(/[.!?;\n]+/).find((s) => industryWords(s).length)?.replace(BOUGHT_KIND, blankAll).replace(PLANNED_KIND, blankAll);
    if (!first) return [];
    const said = inEnglishOrder(industryWords(withTradeCompounds(first, c)), first, c);
    return bestIndustries([...namedIndustries(first, 'notes', c).values()].filter((s) => s.evidence.via === 'taxonomy' && namesWhole(said, s.index, c)), c);
  };
  if (!industry) {
    // A word the company's name only shares with an entry ("Fidelity ...") gives way to another entry the notes
    // name by a whole label or alias: the finer naming of the two.
    if (byCompany.size && [...byCompany.values()].every((s) => s.score < 1) && notes) {
      const said = wholeInNotesBesideName();
      if (said.length) return bestIndustries(said, c);
    }
    // A name saying only the kind of body leaves the trade's segment to the notes, where they name one whole.
    if (BODY_NAMES.has(byCompany) && notes) {
      return [...bestIndustries(byCompany, c), ...bestIndustries(wholeInNotesBesideName(), c)];
    }
    if (byCompany.size) return bestIndustries(byCompany, c);
    const notesSay = byNotes();
    if (notesSay.size) return bestIndustries(notesSay, c);
    // The sector a company's name says ("Pinecrest Health Partners"), when it is specific enough; else
    // the library's words of the name and the notes, among that sector's entries when it has any.
    // One kind guessed from the name's sector alone stands only where the name says a word of that entry's names
    // (`nameSaysGuess`), as a CRM value's single guess does (`oneGuess`): a brewery's name read as manufacturing is
    // not the cheese makers a dairy vendor's knowledge happens to place in that sector ("Brauerei Huber");
    // a courier's name with "Lastenrad" (cargo bike) in it still says the cargo bike fleets.
    const ofCompany = company && !inMarketSector(company, c) ? sectorIndustries(company, c) : new Map<number, Scored>();
    const guessed = keepBest(ofCompany, 0.1, 0.6);
    if (guessed.length && kindsGuessed(guessed, c) <= MOST_FROM_SECTOR && nameSaysGuess(guessed, company!, c)) return bestIndustries(guessed, c);
    return bestIndustries(libraryIndustries(company, notes, c, ofCompany.size ? ofCompany : undefined), c);
  }

  const named = namedIndustries(industry, 'industry', c);
  const bySector = sectorIndustries(industry, c);
  // The company's name narrows the CRM's industry: "Hospitals and Health Care" at "Riverbend University
  // Hospital" is the academic medical centre, "Higher Education" at "Maple Valley Community College" the
  // community college. Where the industry names no entry itself, the company's own words beat a guess
  // from the sector ("Construction" at "Castellan Industrial").
  // A CRM industry that is one of the names CRMs use ("IT Services and IT Consulting") belongs to its
  // sector: an entry that only shares a word with it ("consulting") is not it.
  const sectors = isSectorName(industry) ? sectorsOf(industryWords(industry)) : [];
  // Such a name is coarser than a vendor's segments: an entry the company's name or the notes say in the
  // taxonomy's words is the finer truth also when sector knowledge puts it in a related sector or reads it
  // in none ("Pharmaceuticals" at "... Generics" is "Generics & consumer health").
  const finer = (s: Scored) => sectors.length > 0 && s.evidence.via === 'taxonomy' && withinSector(c, s.index, sectors);
  // A CRM sector name gives way to an entry the company's name says by a whole label or alias ("Food & Beverages"
  // at "... Catering Group" is the caterers), beside it only the other half of an "X & Y" name the joined names'
  // rule reads; not a run whose word before it makes a compound of another sector ("bank" of "... Food Bank", a
  // non-profit, is not the banks).
  if (sectors.length && company && byCompany.size && ![...byCompany.values()].some((s) => named.has(s.index) || bySector.has(s.index))) {
    const nameWords = industryWords(company);
    const runsAt = (index: number) =>
      c.industries[index]!.forms.flatMap((f) =>
        f.words.length ? nameWords.flatMap((_, i) => (f.words.every((w, k) => nameWords[i + k] === w) ? [{ start: i, len: f.words.length }] : [])) : [],
      );
    const ofAnotherKind = (s: Scored) => {
      const own = c.industries[s.index]!.sectors;
      const runs = runsAt(s.index);
      return runs.length > 0 && runs.every((r) => {
        if (r.start === 0) return false;
        const run = nameWords.slice(r.start, r.start + r.len);
        const alone = headSectorsOf(run);
        const compound = headSectorsOf([nameWords[r.start - 1]!, ...run]).filter((x) => !alone.includes(x));
        return compound.length > 0 && !compound.some((x) => own.has(x));
      });
    };
    // A run said only by a place's or a public body's word names where the business is, not what it is ("City
    // Roofing Ltd", "Twin City Tours"): it never wins over the CRM value, alone or beside another entry.
    const placeOnly = (s: Scored) => {
      const runs = runsAt(s.index);
      return runs.length > 0 && runs.every((r) => nameWords.slice(r.start, r.start + r.len).every((w) => PLACE_WORDS.has(w)));
    };
    const joined = JOINED_NAMES.has(byCompany);
    const kept = [...byCompany.values()].filter((s) => s.evidence.via === 'taxonomy' && !ofAnotherKind(s) && !placeOnly(s) && (joined || runsAt(s.index).length > 0));
    // Not joined, only the entry said at the name's end (before legal, company and generic words: "... Catering
    // Group", "... Defence Systems") is the business, with a qualifier whose run runs into its run ("natural history"
    // of "... Natural History Museum"): an entry said before it is a street, a landmark or a customer ("Bank Street
    // Catering", "Power Plant Catering"), and one said only before the end leaves the CRM value standing.
    const head = nameHeadAt(nameWords, nameWords.length - 1);
    // A name that ends in a phrase of "of" names its business before it, the phrase says where or whose ("Caisse de
    // retraite des employés des Combes", "Harbour Museum of Redhaven"): the word before that phrase is a head too.
    const ofHead = headBeforeOfPhrase(company);
    const headRuns = (s: Scored) => runsAt(s.index).filter((r) => [head, ofHead].some((h) => h !== undefined && r.start <= h && r.start + r.len - 1 >= h));
    const atHead = kept.filter((s) => headRuns(s).length > 0);
    const starts = atHead.flatMap((s) => headRuns(s).map((r) => r.start));
    const intoHead = kept.filter((s) => atHead.includes(s) || runsAt(s.index).some((r) => starts.some((h) => r.start < h && r.start + r.len > h)));
    const keep = joined ? kept : intoHead;
    if (keep.some((s) => !named.has(s.index) && runsAt(s.index).length > 0)) return bestIndustries(keep, c);
  }
  // Under a CRM sector name, a word of the company's name that one entry of that sector uses before its head
  // ("... Coal" under "Mining & Metals" and "Coal mining") names it too, though another of its names ends with it.
  const qualified = new Map<number, Scored>();
  if (sectors.length && byCompany.size === 0 && company) {
    const nameWords = industryWords(company);
    for (const [k, w] of nameWords.entries()) {
      const owner = c.industryWords.get(w);
      // Nor a word of the market's sector before the name's own head ("Medical" of "... Medical Centre" to a vendor
      // of hospitals): it says the market of that head; as the head ("... Leisure") it is the business's kind.
      const beforeHead = k + 1 < nameWords.length;
      if (owner && qualifies(c, owner.index, w) && !namesSectorOnly(c, owner.index, w) && withinSector(c, owner.index, sectors) && !reachOfOtherHead(company, w, c) && !(beforeHead && namesMarketSector(w, owner.index, c)) && !levelWordAlone(w, nameWords, owner.index, c))
        bump(qualified, { index: owner.index, score: 0.92, evidence: { field: 'company', quote: company.trim(), via: 'taxonomy', confidence: 0.7 } });
    }
  }
  // A CRM sector that gives several entries ("Healthcare" to a dialysis vendor's "Independent dialysis
  // providers" and "Hospital-based dialysis units") is narrowed by a company's name that says the head those
  // entries' names share, with none of their qualifiers ("Metro East Dialysis"): the first of its kinds in
  // the taxonomy's order, among the sector's; not when the notes name an entry by a whole label or alias
  // ("Consulting" at "... Engineers" whose notes say "Civil engineering": the notes' entry, read below).
  if (!named.size && !byCompany.size && bySector.size >= 2 && company && !c.industries.some((_, i) => wholeInNotes(i))) {
    const kinds = sharedHeadKinds(industryWords(company), c).filter((k) => bySector.has(k));
    if (kinds.length) return bestIndustries([{ ...bySector.get(kinds[0]!)!, evidence: { field: 'company', quote: company.trim(), via: 'taxonomy', confidence: 0.7 } }], c);
  }
  const companyInScope = [...byCompany.values()].filter((s) => named.has(s.index) || bySector.has(s.index) || (finer(s) && s.score >= 1));
  const inScope = [
    ...(companyInScope.length && JOINED_NAMES.has(byCompany) ? byCompany.values() : companyInScope),
    ...qualified.values(),
  ];
  if (inScope.length && !inScope.every((s) => named.has(s.index))) return bestIndustries(inScope, c);
  // Nor is an entry no sector knowledge reads that shares with it one word, a qualifier ("Recreational
  // Facilities" and "recreation center", "Leisure, Travel & Tourism" and "community leisure centres"); its
  // head noun is the kind of business ("Medical Practices" and "family practice"), and so is an entry's
  // whole name.
  const industryAll = industryWords(industry);
  const byHead = (index: number) => c.industryWords.get(industryAll[industryAll.length - 1]!)?.index === index;
  // A sector name of making or growing qualified by food or drink ("Foods Production", "Lebensmittelproduktion", which
  // the sector knowledge files under agriculture) says the goods the business makes: an entry the qualifier names (a
  // vendor's "Food and household goods") is that business, whichever sector knowledge files the entry under.
  const madeFood = sectors.some((x) => x === 'manufacturing' || x === 'agriculture') && industryAll.some((w) => foodValueWords.has(w));
  const namedByFood = (index: number) => industryAll.some((w) => foodValueWords.has(w) && c.industryWords.get(w)?.index === index);
  const fitting = [...named.values()].filter((s) => {
    const own = c.industries[s.index]!.sectors;
    return sectors.length === 0 || (own.size === 0 && (s.score >= 1 || byHead(s.index))) || sectors.some((x) => (own.get(x) ?? 0) > 0) || (madeFood && namedByFood(s.index));
  });
  // A CRM's sector name that names an entry only by a word they share ("Health, Wellness & Fitness" and
  // "health clubs") gives way to the entry the company's name says in the taxonomy's words ("... Yoga").
  const companyOwn = [...byCompany.values()].filter((s) => s.evidence.via === 'taxonomy' && !named.has(s.index));
  // (Measured on the 28 sets: the same for a sector name that says an entry's whole name inside a longer
  // one, "Broadcasting Printing and Publishing", or says it whole, "Newspapers", cost more than it gave.)
  // So does a value joining qualifiers before one head that names an entry only by the last of them ("Fish and Seafood
  // Processing"), sector name or not: it says what they share.
  if ((sectors.length || fitting.every((s) => HALF_NAMED.has(s))) && fitting.length && companyOwn.length && fitting.every((s) => s.score < 1)) return bestIndustries(companyOwn, c);
  // So does any CRM value that shares with an entry only a word one of them uses as a qualifier ("Recreational
  // Facilities and Services" and "campus recreation", "Entertainment" and "family entertainment center"): a
  // broad sector's describing word says little of which kind the business is.
  const valueHeads = new Set(industry.split(VALUE_JOIN).flatMap((part) => industryWords(part).slice(-1)));
  const ownWords = industryWords(industry);
  const sharedAsQualifier = (s: Scored) => {
    const forms = c.industries[s.index]!.forms.filter((f) => f.words.length);
    const shared = ownWords.filter((w) => forms.some((f) => f.words.includes(w)));
    return s.score < 1 && shared.length > 0 && shared.every((w) => !valueHeads.has(w) || !forms.some((f) => f.words.at(-1) === w));
  };
  if (fitting.length && companyOwn.length && fitting.every(sharedAsQualifier)) return bestIndustries(companyOwn, c);
  // Any CRM value that names an entry only by one word they share ("Recreation" and "parks and recreation")
  // gives way to an entry the company's name says by a whole label or alias ("... Country Club"): the
  // specific kind named over a word guessed from a broad value (fifteenth round).
  const wholeIn = (text: string, index: number) => {
    const said = industryWords(text);
    return c.industries[index]!.forms.some((f) => f.words.length > 0 && hasRun(said, f.words));
  };
  const companyWhole = company ? companyOwn.filter((s) => wholeIn(company, s.index)) : [];
  if (fitting.length && companyWhole.length && !fitting.some((s) => wholeIn(industry, s.index))) return bestIndustries(companyWhole, c);
  if (fitting.length) {
    // A CRM's broad name that is also an entry's alias ("Commercial Real Estate") gives way to another
    // entry of its sector the notes name by a whole label or alias ("strip centers"; not "owners" for
    // "Owners and developers").
    // Only a name that is an entry's label or alias, or that shares with it no more than a word naming
    // the sector ("health" of "Hospital & Health Care" and of an alias "rural health centers"), gives way; another
    // word it shares with one entry ("Claims Adjusting" and an alias "claims outsourcing") names that entry.
    const words = industryWords(industry);
    const bySectorWord = (index: number) =>
      words.every((w) => c.industryWords.get(w)?.index !== index || sectorsOf([w]).length > 0);
    if (sectors.length && notes && fitting.some((s) => s.score >= 1 || bySectorWord(s.index))) {
      // Where the value names its entries only by a word their names use as a qualifier (the hospital of a vendor's
      // "Hospital brace rooms" under "Hospital & Healthcare"), a kind of business the notes say in other words than the
      // taxonomy's (`SEGMENTS`: a provider's wheelchairs) is as good as one said in its words.
      const byQualifier = fitting.every(sharedAsQualifier);
      const said = [...byNotes().values()].filter((s) =>
        !named.has(s.index) &&
        (s.evidence.via === 'taxonomy' ? (bySector.has(s.index) || finer(s)) && wholeInNotes(s.index) : s.evidence.via === 'knowledge' && byQualifier && bySector.has(s.index)));
      // A charity's value says what the body is, the notes what it runs ("Non-profit" at a body whose notes say the
      // trail race it holds): an entry of charities' own the value names stays beside the notes' entry, where that
      // entry is no charity's entry itself (a business in two segments).
      const charity = sectors.includes('nonprofit') && said.length && said.every((s) => !c.industries[s.index]!.sectors.has('nonprofit'))
        ? fitting.filter((s) => (c.industries[s.index]!.sectors.get('nonprofit') ?? 0) >= 0.5)
        : [];
      if (said.length) return [...bestIndustries(said, c), ...bestIndustries(charity, c)];
    }
    // A value that joins two entries' names ("Savings Banks & Credit Unions" to a vendor with both) says the business
    // is one of them: the one the company's name says by a word that starts one of its names and none of the others'
    // ("... Credit Union"; not "Savings", a qualifier both could take), else the one the notes name by a whole label or
    // alias ("runs eleven branches as a credit union"), is it; both only where both are said. Only where each part of
    // the value names one entry whole and no other ("Cheese and Butter Processing" is one kind of maker, in both
    // segments), and where the entries are kinds of one sector (each mostly read in it): a museum that is a charity
    // ("Museum / heritage charity") is both.
    const parts = industry.split(VALUE_JOIN).map((part) => industryWords(part)).filter((w) => w.length);
    const partsOf = parts.map((said) => fitting.filter((s) => namesWhole(said, s.index, c)));
    const oneSector = [...c.industries[fitting[0]!.index]!.sectors.keys()].some((x) => fitting.every((s) => (c.industries[s.index]!.sectors.get(x) ?? 0) >= 0.5));
    const alternatives = parts.length >= 2 && oneSector && partsOf.every((p) => p.length === 1) && new Set(partsOf.map((p) => p[0]!.index)).size === fitting.length;
    if (fitting.length >= 2 && alternatives) {
      const nameWords = company ? industryWords(company) : [];
      const starts = (index: number, w: string) => c.industries[index]!.forms.some((f) => f.words[0] === w);
      const byName = fitting.filter((s) => nameWords.some((w) => starts(s.index, w) && fitting.every((o) => o === s || !starts(o.index, w))));
      const pick = byName.length ? byName : notes ? fitting.filter((s) => wholeInNotes(s.index)) : [];
      if (pick.length && pick.length < fitting.length) return bestIndustries(pick, c);
    }
    return bestIndustries(fitting, c);
  }
  // As with no CRM value: a word the company's name only shares with an entry gives way to another entry
  // the notes name by a whole label or alias, when the CRM value names no entry.
  if (!named.size && byCompany.size && [...byCompany.values()].every((s) => s.score < 1) && notes) {
    const said = wholeInNotesBesideName();
    if (said.length) return bestIndustries(said, c);
  }
  // A word of the company's name that one entry uses ("Granite Life & Annuity" and "life sciences") is
  // not enough against a CRM sector the vendor serves through other entries ("Insurance").
  // An entry no sector knowledge reads ("MGAs and program administrators") is not ruled out.
  // Only a sector of the vendor's market: a broad one outside it ("Consumer Services" at "Blue Wave Express
  // Wash") leaves the company's word its entry.
  const vendorMarket = marketOf(c);
  const outsideMarket = vendorMarket.size > 0 && !sectorsOf(industryWords(industry)).some((x) => vendorMarket.has(x));
  const companySays = [...byCompany.values()].filter(
    (s) => !(s.evidence.via === 'taxonomy' && s.score < 1) || bySector.size === 0 || bySector.has(s.index) || c.industries[s.index]!.sectors.size === 0 || outsideMarket,
  );
  if (companySays.length) return bestIndustries(companySays, c);
  // The CRM's sector is none of the vendor's ("Investment Management" at a firm that owns rental homes):
  // what the notes say of the business, in the taxonomy's words, is all there is.
  if (bySector.size === 0) {
    // Not the library's words here: they are the vendor's market's words, and this business is not in it;
    // unless sector knowledge does not read the vendor's market (a third of its entries or more in no
    // sector: a waste hauler's "Commercial hauling", a gym software's "Boutique studios"), when the CRM's
    // sector cannot be said to be another.
    // Only an entry the notes name by a whole label or alias: a word they share with one ("testing" of
    // "Contract research & testing" in a food maker's "micro testing") is not enough against the CRM.
    const notesSay = bestIndustries([...byNotes().values()].filter((s) => s.evidence.via !== 'taxonomy' || wholeInNotes(s.index)), c);
    const unread = c.industries.filter((i) => i.sectors.size === 0).length;
    if (notesSay.length || marketOf(c).size > 0 || unread * 3 < c.industries.length) return notesSay;
    return bestIndustries(libraryIndustries(company, notes, c), c);
  }
  const guessed = keepBest(bySector, 0.1, 0.6);
  // The sector is all the CRM says, and it is the vendor's whole market: what the notes say of the
  // business picks the segment ("mostly commercial auto claims" at an insurer); failing that, the one or
  // two entries the sector itself says most.
  const market = marketOf(c);
  const said = sectorsOf(industryWords(industry));
  const wholeMarket = said.length > 0 && said.every((x) => market.has(x));
  // One kind guessed from the sector alone is the business only when the CRM's value says a word of its names
  // ("Farming" and "honey farm", "Trucking" and "truck washes") or says who owns it ("Government" and
  // "municipal harbors"): another value of the sector is another kind of business in it ("Sports" is not a
  // family entertainment centre, "Food and Tobacco Processing" not a package-bee producer).
  const valueWords = new Set(industryWords(industry));
  // The sector is the kind only where it is no other kind the sector reads as well: not where it is the head of
  // another entry's names too ("Construction" of architecture and of landscape architecture) or holds half of
  // another entry or more ("Personal Care Services" of barbershops and of nail and beauty studios); the entry for
  // groups of many sites is a scale, not another kind.
  const heads = headSectorsOfEntries(c);
  const group = groupEntryOf(c);
  const headOfOthers = (s: Scored, x: string) =>
    [...bySector].some(([i, o]) => i !== s.index && i !== group && (heads[i]!.has(x) || o.score >= HALF_OF_SECTOR));
  // The sector said by the entry's head is its kind only where the value names the whole sector: a value naming
  // another kind in it ("Human Resources" and "Interior design studios", "Cosmetics" and "Industrial bakeries")
  // is that other kind.
  // Not for an entry sector knowledge reads in two sectors or more where a third of the entries or more are read in
  // none: those may be kinds of the value's sector that the knowledge does not know (a property sector's value to a
  // vendor whose entries are kinds of one trade of it, one read half in that sector by an alias and half in
  // another), and a mixed reading does not single out the one kind of it.
  const wide = namesWholeSector(industry);
  const unreadMany = c.industries.filter((i) => i.sectors.size === 0).length * 3 >= c.industries.length;
  // Mostly in the value's sector is one sector: a small side alias read in a second one ("vet lab" beside "vet
  // surgery") does not make the entry mixed. A quarter in another sector still does.
  const wideSays = (s: Scored, x: string) => wide && (!unreadMany || (c.industries[s.index]!.sectors.get(x) ?? 0) > MOSTLY_ONE_SECTOR);
  // A word of the value said in the entry's names counts only as their head where a third of the entries or more are
  // read in no sector ("Building and Construction" is not "building ironwork" to a vendor whose other segments are kinds of
  // one trade the knowledge does not know): before another head it only qualifies that kind, and the value may be
  // the sector of them all (`valueSaysEntry`).
  // Entries of a size ("Small firms", "500+ staff") are no kinds of business: they do not count here, one alone too.
  const sizes = sizedEntriesOf(c);
  const kinds = c.industries.filter((_, i) => !sizes.has(i));
  const unreadKinds = kinds.filter((i) => i.sectors.size === 0).length * 3 >= kinds.length;
  const kindSaid = (s: Scored) =>
    said.some((x) => OWNERSHIP_SECTORS.has(x) || ((wideSays(s, x) || wideEntry(c, s.index)) && heads[s.index]!.has(x) && !headOfOthers(s, x))) || valueSaysEntry(c, s.index, valueWords, unreadKinds);
  const oneGuess = (g: Scored[]) => (kindsGuessed(g, c) === 1 && !g.some(kindSaid) ? [] : bestIndustries(g, c));
  if (kindsGuessed(guessed, c) <= MOST_FROM_SECTOR && !wholeMarket) {
    // Two entries guessed from the sector alone: the one the notes name by a whole label or alias
    // ("global firm") is the business.
    if (guessed.length > 1 && notes) {
      const said = guessed.filter((s) => wholeInNotes(s.index));
      if (said.length && said.length < guessed.length) return bestIndustries(said, c);
    }
    // A guess from the sector alone gives way to an entry the notes name by a whole label or alias and
    // that sector knowledge reads in a related sector or in none ("limestone quarry" under "Durable
    // Manufacturing"), as a CRM sector name does.
    if (notes && sectors.length) {
      const finerSaid = [...byNotes().values()].filter((s) => !bySector.has(s.index) && finer(s) && wholeInNotes(s.index));
      if (finerSaid.length) return bestIndustries(finerSaid, c);
    }
    const one = oneGuess(guessed);
    if (one.length) return one;
    // A single kind the broad value does not say is no reading of it ("Transportation" beside a trade the knowledge
    // reads in that sector only through one entry's alias): the value says nothing finer than the sector, and what
    // the company's name and the notes say in the library's words picks the segment, as with no value.
    const whole = saidWhole();
    // Not where the name says only the plain kind of the trade ("... Towing"): that kind is read after (`plainKindOfTrade`).
    if (whole.length || !guessed.length || !company || !namesMarketWord(company, c) || plainKindOfTrade(company, c, prospect) !== undefined) return whole;
    return bestIndustries(libraryIndustries(company, notes, c), c);
  }
  // The notes pick among the sector's entries, or name by a whole label or alias one of a related sector
  // or of none ("digital asset exchange" under "Financial Services").
  const fromNotes = bestIndustries([...byNotes().values()].filter((s) => bySector.has(s.index) || (finer(s) && wholeInNotes(s.index))), c);
  if (fromNotes.length) return fromNotes;
  const fromLibrary = bestIndustries(libraryIndustries(company, notes, c, bySector), c);
  const last = fromLibrary.length || kindsGuessed(guessed, c) > MOST_FROM_SECTOR ? fromLibrary : oneGuess(guessed);
  return last.length ? last : saidWhole();
}

const TAKE = new Set(TAKE_WORDS.map(stem));
const BUT = new Set(BUT_WORDS);
const REFERRING_BACK = new Set(REFERRING_BACK_WORDS);
const SYSTEM_NOUNS = new Set(SYSTEM_NOUN_WORDS);
/** The words of REFERRING_BACK_WORDS that are never a determiner: "it", "ça", "eso" point back whatever follows. */
const PRONOUN_ONLY = new Set(['it', 'thats', 'es', 'ca', 'cela', 'ceci', 'eso', 'esto', 'ello', 'cio', 'isso', 'isto']);
/** Articles and determiners of the six languages: "that the deposit book" is a conjunction, not "that" pointing back. */
const DETERMINER = new Set(['the', 'a', 'an', 'our', 'their', 'his', 'her', 'its', 'my', 'your', 'this', 'that', 'these', 'those', 'every', 'each',
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'le', 'la', 'les', 'un', 'une', 'el', 'los', 'las', 'il', 'gli', 'lo', 'de', 'het', 'een', 'os', 'um', 'uma']);
/** An English past participle or adverb of how work is done, before a manual way with no subject ("Still done by
 * hand", "Mostly kept on paper"). */
const PARTICIPLE = /^(?:done|kept|handled|managed|tracked|run|entered|logged|recorded|filled|written|assigned|mostly|still|currently|today|right|now)$/;
/** Stems of the pain knowledge's one-word phrases. */
const CONCEPT_WORDS = new Set(Object.values(CONCEPTS).flatMap((def) => def.phrases.filter((p) => !p.includes(' ')).map(stem)));
const SPEND = new Set(['spend', 'spent'].map(stem));
const TASK_RATE = new Set(TASK_RATE_WORDS);
const WAITED_MONEY_WORD = new Set(WAITED_MONEY);
const WAIT_VERB = new Set(WAIT_VERBS);
const WAIT_PLACE_WORD = new Set(WAIT_PLACE);
const WAITED_FOR_WORD = new Set(WAITED_FOR);
const WAITED_ON_WORD = new Set(WAITED_ON);
const STUCK_AT_PLACE = new Set(STUCK_AT_PLACES);
const RAMP_AFTER = new Set(RAMP_PLACE_AFTER);
const RAMP_BEFORE = new Set(RAMP_PLACE_BEFORE);
const VOLUME_PERIOD = new Set(VOLUME_PERIODS);
const IDENTIFIED = new Set(IDENTIFIED_THINGS);
const VOLUME_RATE = new Set(VOLUME_RATES);
const RATE_BEFORE = new Set(['a', 'an', 'per', 'each', 'every']);
const TYPE_VERB_BEFORE_WORD = new Set(TYPE_VERB_BEFORE);
const REMPLIR_PAPER = new Set(REMPLIR_PAPERS);
const TASK_KIND_DOES = Object.entries(TASK_KINDS).map(([kind, v]) => [kind, v.does.map((d) => d.split(' '))] as const);

/** Whether the task verb `d` at word `k` of a sentence's `words` says its kind of task (review mends): a bare waiting verb
 * only with a place or a line within six words before or after it and not for a reply, a decision or a delivery, nor "wait on" a person served;
 * "stuck at" only at a place; "fill in" not "for" someone;
 * "type each" only as a verb; "copying" only over or into; "remplir" only a form. */
function saysTask(kind: string, d: readonly string[], k: number, words: readonly string[]): boolean {
  const after = words.slice(k + d.length, k + d.length + 6);
  if (kind === 'waiting') {
    if (d.length === 1 && WAIT_VERB.has(d[0]!)) {
      if (after[0] === 'on' && after.slice(1, 4).some((w) => WAITED_ON_WORD.has(w))) return false;
      if (after.some((w, j) => (w === 'for' || w === 'on') && after.slice(j + 1, j + 4).some((x) => WAITED_FOR_WORD.has(x)))) return false;
      // The place may come before: "trucks sitting 6 hours at the depot waiting for a door".
      return after.some((w) => WAIT_PLACE_WORD.has(w)) || words.slice(Math.max(0, k - 6), k).some((w) => WAIT_PLACE_WORD.has(w));
    }
    if (d.join(' ') === 'stuck at') return after.slice(0, 3).some((w) => STUCK_AT_PLACE.has(w));
    return true;
  }
  const said = d.join(' ');
  if (said === 'fill in' && after[0] === 'for') return false;
  if (d[0] === 'type' && ['each', 'every', 'all'].includes(d[1]!)) return k > 0 && TYPE_VERB_BEFORE_WORD.has(words[k - 1]!);
  if (said === 'copying') return after.some((w) => w === 'over' || w === 'into');
  if (said === 'remplir') return after.slice(0, 4).some((w) => REMPLIR_PAPER.has(w));
  return true;
}

/** The one kind of task a sentence's words say (TASK_KINDS), none where none or several; a wait said with money anywhere
 * in the sentence ("we wait 60 days to get paid") is paid late, not a queue. */
function taskKindOf(words: readonly string[]): string | undefined {
  const kinds = TASK_KIND_DOES.filter(([kind, does]) => does.some((d) => words.some((_, k) => d.every((w, j) => words[k + j] === w) && saysTask(kind, d, k, words)))).map(([kind]) => kind);
  if (kinds.length !== 1) return undefined;
  if (kinds[0] === 'waiting' && words.some((w) => WAITED_MONEY_WORD.has(w))) return undefined;
  return kinds[0];
}

/** For each kind of task, the pain entries whose label or aliases use one of its names (one word or two), hyphens read
 * both joined and apart ("Order re-keying" is "rekeying"; "double-entry" is "double entry"); once per taxonomy. */
const taskKindEntryCache = new WeakMap<CompiledTaxonomy, Map<string, number[]>>();
function taskKindEntries(c: CompiledTaxonomy): Map<string, number[]> {
  return cachedFor(taskKindEntryCache, c, () => {
    const said = c.pains.map((p) => [p.entry.label, ...(p.entry.aliases ?? [])].flatMap((n) => {
      const low = n.toLowerCase();
      return [low.replace(/-/g, ''), low].map((x) => ` ${x.split(/[^a-z]+/).filter(Boolean).join(' ')} `);
    }));
    return new Map(Object.entries(TASK_KINDS).map(([kind, v]) => [kind, said.flatMap((forms, i) => (forms.some((f) => v.names.some((nm) => f.includes(` ${nm} `))) ? [i] : []))]));
  });
}
/** After "spend", words that make it time spent ("spend most of the week", "spends half the day"). */
const TIME_SPENT = new Set(['time', 'half', 'most', 'all', 'morning', 'mornings', 'evening', 'evenings', 'night', 'nights', 'weekend', 'weekends', 'minutes'].map(stem));
/** How much a sentence's words must speak for a pain, through the library's content, to name it. */
const VOCABULARY_THRESHOLD = 1.5;
/** pains-returned-to: a sentence's leading reading through the library's words, too weak to name a pain
 * alone, counts toward it from this much (half the bar); two such sentences or more name it together. */
const WEAK_LEAD = VOCABULARY_THRESHOLD / 2;
/** The entry about slowness a sentence saying a duration leads to through the library's words needs this
 * much of them, at least this share of the sentence's strongest lead, and this many times the next entry about slowness. */
const DURATION_LEAD = 0.4;
const DURATION_SHARE = 0.5;
const DURATION_MARGIN = 1.25;
/** A problem several pains share goes to those the sentence's library words support at least this share
 * of the best-supported one's. */
const SHARED_SUPPORT = 0.8;
/** A problem of general knowledge yields when the sentence's library words speak for another pain at least
 * this much (past VOCABULARY_THRESHOLD: clearly) and for it less than OTHER_PAIN_SHARE of that. */
const OTHER_PAIN_SUPPORT = 2;
/** pains-authority-finding: the verbs of an outside authority's finding, as the notes' words. */
const FINDING_VERBS = new Set(['flagged', 'cited', 'fined', 'penalised', 'penalized', 'sanctioned']);
/** The share of its weight a word of the taxonomy's industry names keeps among the library's words for pains. */
const INDUSTRY_WORD_SHARE = 0.5;
/** pains-workforce-words: the everyday words for the people a business employs, in any trade. */
const WORKFORCE_STEMS = new Set(WORKFORCE_WORDS.map((w) => stem(w)));
/** The seeing verb's forms as the notes' words, and the workforce that may be its subject (STAFF_WORDS but its teams and
 * the work's words, STAFF_NOT_SEEING, and the everyday "guys" of a crew): "the crew never sees the rota changes"
 * (sixty-fourth round), "the new guys never see the big jobs" (sixty-fifth). Not "team": "the central team cannot see
 * which sites are behind" is the buyer's own view. */
const SEEING = new Set(['see', 'sees', 'seen', 'seeing']);
const STAFF_WHO_SEE = new Set([...STAFF_WORDS.filter((w) => !STAFF_NOT_SEEING.includes(w)), 'guys'].map((w) => stem(w)));
/** Before the staff's verb of seeing, the words that say they do not see ("never sees", "can't see", "don't even see"). */
const NOT_SEEING = new Set(['never', 'not', 'dont', 'doesnt', 'didnt', 'cant', 'cannot', 'couldnt', 'wont', 'rarely', 'hardly', 'barely', 'seldom']);
/** Before "call", the kinds of a call between a seller and a prospect ("a scoping call", "the discovery call"); after
 * "call me", the words of a request to be phoned somewhere or some time ("call me at the depot", "call me on my mobile"). */
const REP_CALL_KINDS = new Set(['discovery', 'intro', 'introductory', 'team', 'short', 'quick', 'brief', 'first', 'second', 'followup', 'follow', 'sales', 'zoom', 'teams', 'video', 'demo', 'qualification', 'scoping']);
const REP_CALL_AFTER_ME = new Set(['at', 'on', 'tomorrow', 'today', 'later', 'asap', 'anytime', 'after', 'before', 'back']);
/** Sixty-sixth round: between "missed" and "call", the seller's call the prospect missed ("sorry missed your call"). */
const REP_CALL_MISSED = new Set(['your', 'ur', 'yr']);
/** After a conference's acronym, the words of a fair where a seller meets a prospect (`eventName`). */
const EVENT_WORDS = new Set(['booth', 'booths', 'stand', 'conference', 'convention', 'expo', 'summit', 'show', 'annual', 'meeting']);
/** pains-party-subject: the everyday words for the other parties of any business (who buys from it, who supplies it,
 * who competes with it). Not one trade's words for them (a carrier, a shipper, a broker): there they are the trade's
 * own subject ("carriers pulling out" is an insurance agency's pain). */
/** The customer words among them (`pains-party-alone` reads a word of another language as one of these). */
const CUSTOMER_WORDS = ['customers', 'customer', 'clients', 'client'];
/** The parties a business works for or with (not its competitors: it does not serve them). */
const SERVED_PARTY_WORDS = [...CUSTOMER_WORDS, 'members', 'patients', 'tenants', 'partners', 'vendors', 'vendor', 'suppliers', 'supplier', 'dealers', 'distributors', 'buyers', 'guests'];
const PARTY_STEMS = new Set([...SERVED_PARTY_WORDS, 'competitors'].map((w) => stem(w)));
/** How many words may stand before such a word in its clause and it still opens it ("most of our customers"). */
const PARTY_LEAD = 3;
const CUSTOMER_STEMS = new Set(CUSTOMER_WORDS.map((w) => stem(w)));
/** pains-party-alone: the people a business serves as owners or residents (a housing association's, a manager of
 * buildings', a landlord's, a town's, and in any library a franchise's or a practice's owners), in English too: "most owners live out of state", "the residents park on the verge" say who, and name
 * no pain about them, unless the sentence says they get in touch (SERVED_PEOPLE_CONTACT: "owners keep phoning the
 * office", "emails from residents asking about the bins"), where their contact is the pain (sixty-fifth round). */
const SERVED_PEOPLE_STEMS = new Set(['owners', 'homeowners', 'residents'].map((w) => stem(w)));
const SERVED_PEOPLE_CONTACT = new Set([
  ...ASKING_BEFORE_ARRIVAL.filter((w) => !w.includes(' ')), ...CHANNEL_WORDS,
  'complain', 'complains', 'complaining', 'complained', 'emailing', 'emailed', 'texting', 'texted', 'write', 'writes', 'writing', 'wrote',
]);
/** Whom a business works for, said after "for": its parties, and the general words for the businesses and households
 * any trade serves (not a trade's own kinds of client). */
const SERVED_STEMS = new Set([
  ...SERVED_PARTY_WORDS.map((w) => stem(w)),
  ...['businesses', 'companies', 'brands', 'firms', 'agencies', 'organizations', 'organisations', 'owners', 'homeowners', 'households'].map((w) => stem(w)),
]);
/** How many words may stand between "for" and the party it names ("for 40 independent retail clients"). */
const SERVED_REACH = 4;
/** Review mend: a sentence that says a want or a need ("Needs a tracker for its clients", "Would love ...") says what
 * the prospect is after, often a pain; it is not a self-description. NEED's and WANTING_OPENERS' words, and "would
 * love", "would like". */
const WANT_PHRASES = new PhraseIndex<true>();
for (const p of [...NEED, ...WANTING_OPENERS.filter((w) => w !== 'looking'), 'would love', 'would like']) WANT_PHRASES.add(tokenize(p).map((t) => t.stem), true);
const nameStemsOf = new WeakMap<CompiledTaxonomy, Set<string>[]>();
/** Per pain, the stems of every word of its label and aliases. */
function nameStems(c: CompiledTaxonomy): Set<string>[] {
  return cachedFor(nameStemsOf, c, () => c.pains.map(({ entry }) => new Set([entry.label, ...entry.aliases].flatMap((name) => tokenize(name).map((t) => t.stem)))));
}
const nameHeadsOf = new WeakMap<CompiledTaxonomy, Set<string>[]>();
/** Per pain, the stems of the last word of each of its names, the label's parts split at "&", "/", "," and "and"
 * ("Lost repeat clients": client; "Leaks & late refills": leak, refill). */
function nameHeads(c: CompiledTaxonomy): Set<string>[] {
  return cachedFor(nameHeadsOf, c, () => c.pains.map(({ entry }) => {
    const parts = [entry.label, ...entry.aliases].flatMap((name) => name.toLowerCase().split(/\s*(?:&|\/|,|\band\b)\s*/u));
    return new Set(parts.map((part) => part.match(/\p{L}+(?=[^\p{L}]*$)/u)?.[0]).filter((w): w is string => !!w).map((w) => stem(w)));
  }));
}
const OTHER_PAIN_SHARE = 0.5;
/** pains-complaint-nearest: a complaining sentence names the pain its library words lead to from this much (two
 * thirds of the bar), when they speak for it at least COMPLAINT_MARGIN times as much as for any other. */
const COMPLAINT_LEAD = 1;
const COMPLAINT_MARGIN = 2;
const DURATION = new Set(DURATION_WORDS.map(stem));
const TIME_ORDINAL = new Set(TIME_ORDINALS);
const SHIFT_WORD = new Set(['shift', 'roster', 'rota'].map(stem));
const SHIFT_BEFORE = new Set(SHIFT_PATTERN_BEFORE);
const SHIFT_BEFORE_STEM = new Set(SHIFT_PATTERN_BEFORE.map(stem));
const SHIFT_AFTER = new Set(SHIFT_PATTERN_AFTER);
const SHIFT_OF = new Set(SHIFT_PATTERN_OF);
const SHIFT_TIME = new Set(SHIFT_PATTERN_TIMES);
const SHIFT_TIME_STEM = new Set(SHIFT_PATTERN_TIMES.map(stem));
const SHIFT_PROBLEM = new Set(SHIFT_PROBLEM_WORDS);
/** SHIFT_PROBLEM_PHRASES and the no-shows (NOT_TURNING_UP), as stems: a shift of a verb of doing it is a pain with one. */
const SHIFT_PROBLEM_PHRASE = new PhraseIndex<true>();
for (const p of [...SHIFT_PROBLEM_PHRASES, ...NOT_TURNING_UP]) SHIFT_PROBLEM_PHRASE.add(tokenize(p).map((t) => t.stem), true);
const SHIFT_DENIED = new Set(SHIFT_DOING_DENIED);
/** Verbs of doing or working shifts in the six languages, said just before a shift word or its article (SHIFT_ARTICLE):
 * English "work", Italian "fare", Spanish "hacer", Portuguese "fazer", French "faire", Dutch "draaien" (as the notes'
 * words read, accents off). German says the verb after ("in Schichten arbeiten"), read by the "in" already. Not Italian
 * "fa", which is as often "ago" ("due settimane fa i turni sono saltati") (review mend, fifty-third round). */
const SHIFT_DOING = new Set(['work', 'works', 'worked', 'working', 'fanno', 'fare', 'facciamo', 'hacen', 'hacemos', 'hacer', 'hace', 'fazem', 'fazemos', 'fazer', 'faz', 'draaien', 'draait', 'draaide', 'font', 'faire', 'fait', 'faisons']);
/** The articles between such a verb and the shift word: "fanno i turni", "hacen los turnos", "work the shifts". */
const SHIFT_ARTICLE = new Set(['i', 'dei', 'los', 'os', 'les', 'des', 'the']);
const SHIFT_TIME_COMPOUND = new RegExp(`^(?:${SHIFT_TIME_PARTS.join('|')})(?:dienst|schicht)`);
const SHIFT_PROBLEM_STEM = new Set(SHIFT_PROBLEM_WORDS.map(stem));
const MACHINE_STEM = new Set([...WHAT_GOES_DOWN, ...CONCEPTS.maintenance!.phrases].filter((p) => !p.includes(' ')).map(stem));
/** WHAT_GOES_DOWN's words of more than one word ("card reader"), and NOT_A_MACHINE, as stems. */
const MACHINE_PHRASES = WHAT_GOES_DOWN.filter((p) => p.includes(' ')).map((p) => p.split(' ').map(stem));
const NOT_A_MACHINE_STEMS = NOT_A_MACHINE.map((p) => p.split(' ').map(stem));
const CHANNEL_BEFORE_WORD = new Set(CHANNEL_BEFORE);
const CHANNEL_BETWEEN_WORD = new Set(CHANNEL_BETWEEN);
const CHANNEL_WORD = new Set(CHANNEL_WORDS);
const MEANS_BEFORE_WORD = new Set(MEANS_BEFORE);
const MEANS_BETWEEN_WORD = new Set(MEANS_BETWEEN);
const POSSESSIVE = new Set(['my', 'our', 'their', 'his', 'her', 'your']);

/** Words of contentment in a sentence an adding opener opens ("Also they love the new press, works great"), in the
 * six languages as the tokens read them (lower case, accents off: "génial" is "genial"): "De plus, ils adorent le
 * nouveau four", "Außerdem sind sie sehr zufrieden", "Além disso, estão satisfeitos com a prensa". */
const ADDED_CONTENT_WORD = new Set([
  'love', 'loves', 'loved', 'great', 'perfect', 'excellent', 'happy', 'pleased', 'satisfied', 'fine',
  'zufrieden', 'begeistert', 'perfekt', 'hervorragend', 'prima',
  'adore', 'adorent', 'aime', 'aiment', 'content', 'contente', 'contents', 'contentes', 'satisfait', 'satisfaite', 'satisfaits', 'satisfaites', 'parfait', 'parfaite', 'genial', 'geniale',
  'encanta', 'encantan', 'encantados', 'encantadas', 'contento', 'contenta', 'contentos', 'contentas', 'satisfecho', 'satisfecha', 'satisfechos', 'satisfechas', 'perfecto', 'perfecta',
  'adorano', 'contenti', 'soddisfatto', 'soddisfatta', 'soddisfatti', 'soddisfatte', 'perfetto', 'perfetta', 'ottimo', 'ottima',
  'tevreden', 'blij', 'geweldig', 'uitstekend',
  'adoram', 'gostam', 'satisfeito', 'satisfeita', 'satisfeitos', 'satisfeitas', 'perfeito', 'perfeita', 'otimo', 'otima',
]);
/** ADDED_CONTENT_WORD's words that say something else in one language, with that language (`sentenceLanguage`):
 * English "content" is what a page says ("Also the content is old"), Italian "prima" is "before" ("come prima"),
 * Italian "fine" is "end" ("alla fine del mese"). In a sentence read as that language they say no contentment. */
const ADDED_CONTENT_NOT_IN = new Map<string, SentenceLanguage>([
  ['content', 'english'],
  ['contents', 'english'],
  ['prima', 'romance'],
  ['fine', 'romance'],
]);
/** Whether a sentence an adding opener opens says a contentment word (ADDED_CONTENT_WORD), its language allowing. */
function saysAddedContent(words: readonly string[], text: string): boolean {
  let language: SentenceLanguage | undefined;
  return words.some((w) => ADDED_CONTENT_WORD.has(w) && (!ADDED_CONTENT_NOT_IN.has(w) || ADDED_CONTENT_NOT_IN.get(w) !== (language ??= sentenceLanguage(text))));
}
/** The rep's own plan ("Also I will send the brochure Friday", "Also we'll ring the yard next week"), in the six
 * languages: "De plus, je vais envoyer la brochure", "Além disso, vou enviar o catálogo", "Außerdem schicke ich ...", with
 * German's and Dutch's verb before its subject after the opener ("Außerdem werde ich ...", "Daarnaast stuur ik ..."). */
const ADDED_PLAN = new RegExp(
  [
    String.raw`\b(?:i|we)\s*(?:['’]ll|will|am going to|are going to|plan to)\b|\bwill (?:send|share|email|call|follow)\b`,
    String.raw`(?<!\p{L})(?:je vais|nous allons|on va|j['’]enverrai|nous enverrons|je (?:lui |leur )?envoie|je rappelle)(?!\p{L})`,
    String.raw`(?<!\p{L})(?:ich werde|wir werden|werde ich|werden wir|(?:schicke|sende|schicken|senden) (?:ich|wir))(?!\p{L})`,
    String.raw`(?<!\p{L})(?:voy a|vamos a|enviar[ée]|enviaremos|le env[ií]o|les env[ií]o)(?!\p{L})`,
    String.raw`(?<!\p{L})(?:invier[òo]|invieremo|mander[òo]|manderemo|(?:gli|le) mando)(?!\p{L})`,
    String.raw`(?<!\p{L})(?:ik ga|we gaan|wij gaan|ik stuur|we sturen|wij sturen|ga ik|gaan we|gaan wij|stuur ik|sturen we|sturen wij)(?!\p{L})`,
    String.raw`(?<!\p{L})(?:vou|vamos) (?:enviar|mandar|ligar|partilhar|compartilhar)(?!\p{L})|(?<!\p{L})(?:enviarei|enviaremos|mandarei)(?!\p{L})`,
  ].join('|'),
  'iu',
);
/** A need said after the plan's verb: "on va devoir remplacer ...", "vamos a tener que cambiar ...", "werden wir ...
 * ersetzen müssen", "gaan we ... moeten vervangen": something the shop must do, a pain, not the rep's plan. */
const ADDED_PLAN_NEED = /(?<!\p{L})(?:devoir|tener que|ter que|ter de|müssen|muessen|moeten)(?!\p{L})/iu;
/** Whether a sentence an adding opener opens says the rep's plan (ADDED_PLAN), not a need after its verb. */
function saysAddedPlan(text: string): boolean {
  const plan = ADDED_PLAN.exec(text);
  return !!plan && !ADDED_PLAN_NEED.test(text.slice(plan.index + plan[0].length));
}
/** ADDING_OPENERS folded as the tokens are (lower case, no accents: "además" is read "ademas"). */
const ADDING_OPENER = new Set(ADDING_OPENERS.map(normalise));

const MEANS_MARK = 'means:';
/** Each pain entry's label and aliases as stems, per library. */
const painForms = new WeakMap<CompiledTaxonomy, string[][][]>();
function painFormPhrases(c: CompiledTaxonomy): string[][][] {
  let out = painForms.get(c);
  if (!out) painForms.set(c, (out = c.taxonomy.painPoints.map((e) => [e.label, ...e.aliases].map((text) => words(text).map(stem)))));
  return out;
}

const CHANNEL_STEM = new Set(CHANNEL_WORDS.map(stem));
/** The channels (stems of CHANNEL_WORDS) each pain entry's label and aliases name, found once per taxonomy. */
const painChannelStems = new WeakMap<CompiledTaxonomy, string[][]>();
function painChannels(c: CompiledTaxonomy): string[][] {
  let out = painChannelStems.get(c);
  if (!out) painChannelStems.set(c, (out = painFormPhrases(c).map((phrases) => phrases.flat().filter((s) => CHANNEL_STEM.has(s)))));
  return out;
}
const CHANNEL_LIST_JOINER = new Set(CHANNEL_LIST_JOINERS);
const CHANNEL_BURDEN_SAID = CHANNEL_BURDENS.map((p) => tokenize(p).map((t) => t.word));

/** The one word at `i` is a channel said as the means ("via SMS", "over the telephone", "par
 * courriel", "from his telephone", each of "by fax, mail or courier"): how something is sent, not what hurts. Not
 * after a burden or a complaint ("snowed under by mail", "impossible to reach by telephone"): there the channel is
 * what the complaint is about. */
export function channelAsMeans(tokens: readonly { word: string; sentence: number }[], i: number): boolean {
  if (!CHANNEL_WORD.has(tokens[i]!.word)) return false;
  const sentence = tokens[i]!.sentence;
  const at = (j: number) => (j >= 0 && tokens[j]!.sentence === sentence ? tokens[j]!.word : '');
  let j = i - 1;
  // A list of channels: each item stands after another channel, with a joiner or none (the comma is not a token).
  for (;;) {
    const k = CHANNEL_LIST_JOINER.has(at(j)) ? j - 1 : j;
    if (!CHANNEL_WORD.has(at(k))) break;
    j = k - 1;
  }
  let between = 0;
  while (between < 2 && MEANS_BETWEEN_WORD.has(at(j))) j--, between++;
  const before = at(j);
  if (!MEANS_BEFORE_WORD.has(before)) return false;
  if (before === 'from' && !POSSESSIVE.has(at(j + 1))) return false;
  // A burden ending up to CHANNEL_BURDEN_GAP words before the preposition.
  for (let end = j - 1; end >= j - 1 - CHANNEL_BURDEN_GAP && at(end); end--)
    if (CHANNEL_BURDEN_SAID.some((p) => p.every((w, n) => at(end - p.length + 1 + n) === w))) return false;
  return true;
}
const TIMES_WORD = new Set(TIMES_WORDS);
const GOES_DOWN_SAID = new Set(GOES_DOWN.map((p) => tokenize(p).map((t) => t.word).join(' ')));
const NOT_DOWN_NEXT = new Set(NOT_DOWN_AFTER);
const STAFF_DOWN_NEXT_WORD = new Set(STAFF_DOWN_NEXT);
const STAFF_SENT_VERB = new Set(STAFF_SENT_VERBS);
const STAFF_TAKEN_VERB = new Set(STAFF_TAKEN_VERBS);
const ROUND_THE_CLOCK_SAID = new Set(ROUND_THE_CLOCK);
const RUNNING_VERB = new Set(RUNNING_VERBS);
const RUN_VERB_FORM = new Set(RUN_VERB_FORMS);
const RUN_NOUN_BEFORE_WORD = new Set(RUN_NOUN_BEFORE);
const RUN_STATE_AFTER_WORD = new Set(RUN_STATE_AFTER);
const RUN_NOUN_AFTER_WORD = new Set(RUN_NOUN_AFTER);
const runNamers = new WeakMap<CompiledTaxonomy, boolean>();
/** Whether the word at i is "run" said as a verb of operating (knowledge/pains.ts, RUN_VERB_FORMS): no word of a
 * pain read through the library's words, in a library that names a pain with "run" (a noun or a state: "run-to-breakdown",
 * "small batch runs", "run logs"), whose run the operating verb is not. Where only the library's content says the word,
 * its run is as often the same verb as the notes' ("the lab ran two pilots"), and it keeps its weight. A noun (a
 * count or a determiner before it, a verb after "runs") and a verb whose next word makes a state ("runs late", "ran
 * dry") are kept. */
function operatingRun(tokens: readonly Token[], i: number, c: CompiledTaxonomy): boolean {
  const t = tokens[i]!;
  if (!RUN_VERB_FORM.has(t.word)) return false;
  if (!cachedFor(runNamers, c, () => c.taxonomy.painPoints.some((e) => [e.label, ...e.aliases].some((text) => words(text).some((w) => RUN_VERB_FORM.has(w.toLowerCase())))))) return false;
  const before = i > 0 && tokens[i - 1]!.sentence === t.sentence ? tokens[i - 1]!.word : '';
  const after = tokens[i + 1]?.sentence === t.sentence ? tokens[i + 1]!.word : '';
  if (RUN_NOUN_BEFORE_WORD.has(before) || /\d/.test(before)) return false;
  return !RUN_STATE_AFTER_WORD.has(after) && !(t.word === 'runs' && RUN_NOUN_AFTER_WORD.has(after));
}
const BEFORE_DOWN_WORD = new Set(BEFORE_DOWN);
const UNFINISHED_SAID = new Set(UNFINISHED_SAYINGS.map((p) => tokenize(p).map((t) => t.word).join(' ')));
const ABANDONED_THING = new Set(ABANDONED_THINGS);
const ABANDONED_CART = new Set(ABANDONED_CARTS);
const ABANDONING_BUYER = new Set(ABANDONING_BUYERS);
/** The auxiliaries between a thing and a saying of it unfinished ("bookings were never completed"). */
const UNFINISHED_AUXILIARIES = new Set(['was', 'were', 'are', 'is', 'get', 'got', 'often', 'just', 'still']);
/** How many words after a saying of something unfinished its object may be ("didnt finish the online booking form"). */
const UNFINISHED_OBJECT_WORDS = 4;
const NO_SHOW_SAID = new Set(NOT_TURNING_UP.map((p) => tokenize(p).map((t) => t.word).join(' ')));
const WHO_COMES_WORD = new Set(WHO_COMES);
const WHO_COMES_STEM = new Set(WHO_COMES.map(stem));
const DAY_TIME_BEFORE = new Set(BEFORE_DAY_TIME);
const NOT_COMING_NEXT = new Set(NOT_COMING_AFTER);
const DURATION_COUNT = new Set(DURATION_COUNTS);
const WHEN_BEFORE = new Set(WHEN_BEFORE_DURATION);
const NOT_SLOW_BEFORE = new Set(NOT_SLOW_BEFORE_DURATION);
const AT_MOST_BEFORE = new Set(AT_MOST_BEFORE_DURATION);
const ONE_BEFORE_HOUR_WORD = new Set(ONE_BEFORE_HOUR);
/** The units a single one of is no delay: "takes an hour", "one minute", "one hr". */
const ONE_UNIT = new Set(['hour', 'hr', 'minute', 'min'].map(stem));
const MINUTE = stem('minute');
const LOST_PAPERS_WORD = new Set(LOST_PAPERS);
const NOT_TOLD_THEM_SAID = new Set(NOT_TOLD_THEM);
const ASKING_ARRIVAL = new Set(ASKING_BEFORE_ARRIVAL);
const ARRIVAL_QUESTION_END = new Set(ARRIVAL_QUESTION_ENDS);
const ARRIVAL_WORD = new Set(ARRIVAL_WORDS);
const PLACE_AFTER_WORD = new Set(PLACE_AFTER);
const LOST_TO_A_CAUSE_WORD = new Set(LOST_TO_A_CAUSE);
const LOST_TO_ARTICLE = new Set(LOST_TO_ARTICLES);
const LOST_TO_STOP = new Set(LOST_TO_STOPS);
const DAY_TIME = new Set(DAY_TIMES);
const PARTICLE = new Set(PARTICLES);
const STATE_VERB = new Set(STATE_VERBS);

/** With the taxonomy compiled with `relatedWords`, a related word speaks for a pain at this share of its
 * own weight, when the word itself does not. */
const RELATED_SHARE = { synonym: 0.5, broader: 0.25 } as const;

/** Number words of two or more in the seven languages (plain, as tokens write them): the count of a duration. */
const DURATION_COUNT_WORDS = new Set(numberWords({ values: (v) => v >= 2, forms: ['plain'] }).keys());
/** A calendar period counted ("nineteen months", "dreizehn Monate", "nueve trimestres", "quattro trimestri"; sixty-fourth
 * round) says how long, in any language: when a pain's name writes that period ("month-end run"), the counted unit is
 * no word of the library-words reading. How long something takes is read from the take word and
 * the duration (`durationSaid`), not from the unit's own word. */
function countedDuration(tokens: readonly Token[], stems: readonly string[], i: number, namedPeriods: ReadonlySet<string>): boolean {
  const counted = (k: number) => k >= 0 && tokens[k]!.sentence === tokens[i]!.sentence && (/^\d+$/.test(tokens[k]!.word) || DURATION_COUNT_WORDS.has(tokens[k]!.word));
  const unit = (k: number) => k >= 0 && k < tokens.length && tokens[k]!.sentence === tokens[i]!.sentence && DURATION.has(stems[k]!);
  // "every 5 months", "alle fünf Monate", "tous les cinq mois" say how often: the period stays the library's word.
  const often = (k: number) => k >= 0 && tokens[k]!.sentence === tokens[i]!.sentence && FREQUENCY_WORDS.has(tokens[k]!.word);
  if (unit(i)) return namedPeriods.has(stems[i]!) && counted(i - 1) && !often(i - 2) && !often(i - 3);
  // The days' kind, said before the unit or after it ("eleven working days", "onze jours ouvrés", "once días hábiles"): the
  // duration's word too, not the library's "work".
  if (!WORKING_DAY_WORDS.has(tokens[i]!.word)) return false;
  return (unit(i + 1) && counted(i - 1)) || (unit(i - 1) && counted(i - 2));
}
/** The calendar's periods (a close's, a plan's, a report's: "month-end run", "quarterly quotas"), the units whose
 * word a library's pain names write for the period, not for a time taken; days, hours and minutes are what a library
 * counts a wait in ("days until paid", "minutes per crate") and stay its words, and a period only its content says
 * is left to the content's weights. */
const PERIOD_UNITS = new Set(['month', 'months', 'mo', 'mos', 'quarter', 'quarters', 'year', 'years'].map(stem));
/** Words before a count that make a counted period a frequency, in the seven languages (English "every", German
 * "alle", French "tous les", Spanish "cada", Italian "ogni", Dutch "elke", Portuguese "todos os"). */
const FREQUENCY_WORDS = new Set(['every', 'each', 'per', 'alle', 'jede', 'jeden', 'tous', 'toutes', 'cada', 'ogni', 'elke', 'iedere', 'todos', 'todas']);
/** Words that say a day is a working one, said with the unit: English "working" before the unit ("eleven working days"), "ouvrés", "hábiles" after it. */
const WORKING_DAY_WORDS = new Set(['working', 'business', 'work', 'ouvres', 'ouvrables', 'habiles', 'laborables', 'lavorativi', 'uteis']);

const OCCASION_UNIT = new Set(OCCASION_UNITS);
const OCCASION_BEFORE = new Set(OCCASION_BEFORES);
const OCCASION_BEFORE_THE = new Set(OCCASION_BEFORE_THES);
const OF_THE_TIME = new Set(OF_THE_TIMES);
const FREQUENCY_BEFORE_A = new Set(FREQUENCY_BEFORE_AS);
const MONTH_LONGS = new Set(MONTH_LONG);
const CONTRACT_NOUN = new Set(CONTRACT_NOUNS);
const CONTRACT_END_VERB = new Set(CONTRACT_END_VERBS);
const CONTRACT_END_BEFORE_WORD = new Set(CONTRACT_END_BEFORE);
const CONTRACT_DATE_LEAD = new Set(CONTRACT_DATE_LEADS);
/** A day of the month by its number ("2nd", "20th", "3rd"), before "of the month" or "every month" (saysWhenOrHowOften). */
const DAY_OF_MONTH = /^\d{1,2}(?:st|nd|rd|th)$/;
/** A unit of time said as when or how often something happens ("half the time", "last year", "twice a
 * week", "time and a half" of overtime pay) says nothing of what hurts, however much the library's content says that
 * word for one pain ("drop time", "wait times" in its titles): it is no word of the library-words reading. */
function saysWhenOrHowOften(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.word !== 'month' && !OCCASION_UNIT.has(t.word)) return false;
  const at = (k: number) => (k >= 0 && k < tokens.length && tokens[k]!.sentence === t.sentence ? tokens[k]!.word : '');
  const before = at(i - 1);
  // Sixty-eighth round (MONTH_LONG): "all month", and a day of the month by its number before "of the month", "of every
  // month" or "every month" ("the 2nd of the month", "the 20th every month") say when, not the month's work.
  if (t.word === 'month') {
    if (MONTH_LONGS.has(before)) return true;
    if (at(i - 2) === 'of' && (before === 'the' || OCCASION_BEFORE.has(before))) return DAY_OF_MONTH.test(at(i - 3));
    return OCCASION_BEFORE.has(before) && DAY_OF_MONTH.test(at(i - 2));
  }
  if (OCCASION_BEFORE.has(before) || (before === 'same' && (t.word === 'time' || t.word === 'times'))) return true;
  if (before === 'the' && OCCASION_BEFORE_THE.has(at(i - 2))) return true;
  if (before === 'the' && at(i - 2) === 'of' && OF_THE_TIME.has(at(i - 3))) return true;
  if ((before === 'a' || before === 'an') && (FREQUENCY_BEFORE_A.has(at(i - 2)) || /^\d+x?$/.test(at(i - 2)))) return true;
  // Sixty-sixth round: units uncounted right after a verb of taking or lasting ("took months", "sat days") say how long,
  // not which pain ("the welcome-week emails" of a library's messaging). Not after "for": a sign-off waited on for a
  // fortnight is the wait the pain is (measured: an approvals entry lost, its set under its floor). Only a plural unit of
  // time (DURATION_WORDS: days, weeks, years), not "times" nor "nights" ("we take nights" is a shift); review of the
  // sixty-sixth round, finding 10.
  if (t.word.endsWith('s') && DURATION.has(t.stem) && TAKE.has(stem(before))) return true;
  return t.word === 'time' && at(i + 1) === 'and' && at(i + 2) === 'a' && at(i + 3) === 'half';
}

const spellings = new WeakMap<PainVocabulary, Map<string, string | undefined>>();
/** Words spellingOf remembers per vocabulary before it starts afresh (a bound on the memory a long session takes). */
const SPELLINGS_KEPT = 20000;
/** The library's word a long word of the notes is with one letter more or less, when only one is: a
 * typo ("recrut"), an inflection the stemmer parts ("complain", "complaint"), a cognate ("turbina").
 * Remembered per vocabulary (built once per library, never changed). */
function spellingOf(word: string, v: PainVocabulary): string | undefined {
  if (word.length < SPELLING_MIN_LENGTH) return undefined;
  let known = spellings.get(v);
  if (!known) spellings.set(v, (known = new Map()));
  else if (known.has(word)) return known.get(word);
  if (known.size >= SPELLINGS_KEPT) known.clear();
  const spelled = spellingOfWord(word, v);
  known.set(word, spelled);
  return spelled;
}
function spellingOfWord(word: string, v: PainVocabulary): string | undefined {
  const found = new Set(v.oneLetterLonger.get(word));
  for (let i = 0; i < word.length; i++) {
    const shorter = word.slice(0, i) + word.slice(i + 1);
    if (v.weights.has(shorter)) found.add(shorter);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** What a word of the notes says for each pain through the library's words: its own weights (or those of
 * the library's word it misspells), else its related words' at a share. */
function vocabularyWeights(word: string, c: CompiledTaxonomy): readonly [number, number][] {
  const own = c.painVocabulary.weights.get(word) ?? c.painVocabulary.weights.get(spellingOf(word, c.painVocabulary) ?? '');
  if (own || !c.relatedWords) return own ?? [];
  const r = c.relatedWords(word);
  const best = new Map<number, number>();
  for (const [list, share] of [[r.synonyms, RELATED_SHARE.synonym], [r.broader, RELATED_SHARE.broader]] as const)
    for (const x of list) for (const [index, w] of c.painVocabulary.weights.get(x) ?? []) best.set(index, Math.max(best.get(index) ?? 0, w * share));
  return [...best];
}

/** Per pain, the function words of its own label and aliases ("not" and "enough" of "Not enough leads", "across" of
 * "Gaps across depots"), as stems. A label's word is one when the word itself is on the list, not its stem: "severe"
 * stems like "several" and "insider" like "inside", yet "Severe storms" and "Insider threats" name their pains.
 * Per taxonomy. */
const painFunctionStems = new WeakMap<CompiledTaxonomy, Set<string>[]>();
/** The English function words an asset's title may give any pain ("Why word of mouth is not enough" under a pain
 * named "Referrals drying up"), capped in `libraryWordSums` as a pain's own names' are: only those the stemmer leaves
 * whole ("not", "enough", "across", "near"), so no content word shares the stem ("severe" and "several" are both
 * "sever") and "every" ("everi") stays whole: an asset's "every" beside a content word says a recurrence that is part of
 * the pain (measured: with it, a right collections reading of a legal set was lost). */
const TITLE_FUNCTION_STEMS = new Set([...ENGLISH_FUNCTION_WORDS].filter((w) => stem(w) === w));
function ownFunctionStems(c: CompiledTaxonomy): Set<string>[] {
  let out = painFunctionStems.get(c);
  if (!out)
    painFunctionStems.set(
      c,
      (out = c.taxonomy.painPoints.map(
        (e) => new Set([e.label, ...e.aliases].flatMap((text) => words(text).filter((w) => ENGLISH_FUNCTION_WORDS.has(w.toLowerCase())).map(stem))),
      )),
    );
  return out;
}

/** What a sentence's library words say for each pain: per pain, the sum of its distinct stems' weights at their
 * share (a stem counts once, at the first position not skipped), and the word that says most for it, to quote.
 * That word is weighed at its share, or at its own weight where `quoteAtShare` is false.
 * pains-own-function-words: a function word of the pain's own label or aliases (ownFunctionStems: "not", "enough", "across",
 * "near") counts no more than the pain's other words said in the sentence: the pain's total is at most twice what
 * those give, and it quotes the heaviest of them. The word is in the library's words of its entry at an alias's
 * weight, yet it says how much or where, not which pain: "the van is not enough" is no "Not enough leads" pain. One
 * an asset's title gives a pain whose names lack it ("Why recommendations are not enough" under "Referrals drying up")
 * is capped the same way when the stemmer leaves it whole (TITLE_FUNCTION_STEMS: not "every"). */
interface LibraryWordSum {
  total: number;
  best: number;
  at: number;
}
/** One word's weight added to a pain's sum in `libraryWordSums` (no array or object made per weight). */
function addWordSum(map: Map<number, LibraryWordSum>, index: number, w: number, quoted: number, i: number): void {
  let s = map.get(index);
  if (!s) map.set(index, (s = { total: 0, best: 0, at: i }));
  s.total += w;
  if (quoted > s.best) {
    s.best = quoted;
    s.at = i;
  }
}
function libraryWordSums(
  positions: readonly number[],
  stems: readonly string[],
  weightsOf: (stem: string) => readonly [number, number][],
  share: (i: number) => number,
  skip: (i: number) => boolean,
  quoteAtShare: boolean,
  c: CompiledTaxonomy,
): Map<number, LibraryWordSum> {
  const own = ownFunctionStems(c);
  const sums = new Map<number, LibraryWordSum>();
  /** Per pain, what its words other than its own names' function words give. */
  const others = new Map<number, LibraryWordSum>();
  const seen = new Set<string>();
  for (const i of positions) {
    if (skip(i) || seen.has(stems[i]!)) continue;
    seen.add(stems[i]!);
    const part = share(i);
    for (const [index, weight] of weightsOf(stems[i]!)) {
      const w = weight * part;
      const quoted = quoteAtShare ? w : weight;
      addWordSum(sums, index, w, quoted, i);
      if (!own[index]?.has(stems[i]!) && !TITLE_FUNCTION_STEMS.has(stems[i]!)) addWordSum(others, index, w, quoted, i);
    }
  }
  for (const [index, s] of sums) {
    const rest = others.get(index);
    if (s.total <= 2 * (rest?.total ?? 0)) continue;
    s.total = 2 * (rest?.total ?? 0);
    if (rest) Object.assign(s, { best: rest.best, at: rest.at });
  }
  return sums;
}

/** The stem a word of the notes is read as, for this library: another language's word in English
 * (NOTE_WORDS, an inflection or a compound's last part, a Latinate ending, the lexicon of titles and
 * industries) when the library's content does not use the word itself. */
/** Stems of the taxonomy's industry labels and aliases that no pain's label or alias uses: words that name the
 * prospect's kind of business ("scripted drama", "executive search"), not what hurts. Per library. */
const industryFormStems = new WeakMap<CompiledTaxonomy, Set<string>>();
function industryOnlyStems(c: CompiledTaxonomy): Set<string> {
  let out = industryFormStems.get(c);
  if (out) return out;
  const of = (entries: readonly { label: string; aliases: readonly string[] }[]) =>
    new Set(entries.flatMap((e) => [e.label, ...e.aliases]).flatMap((text) => words(text).filter((w) => !isStopword(w)).map(stem)));
  const painStems = of(c.taxonomy.painPoints);
  out = new Set([...of(c.taxonomy.industries)].filter((w) => !painStems.has(w)));
  industryFormStems.set(c, out);
  return out;
}

const labelNamers = new WeakMap<CompiledTaxonomy, LabelNames>();
/** Whether a note's label says one of the taxonomy's pain phrases ("Missed calls:"): such a label is what hurts,
 * not how the note was taken (notes-medium-label). One function per taxonomy, so readNotes remembers its reading. */
function labelNames(c: CompiledTaxonomy): LabelNames {
  let names = labelNamers.get(c);
  if (!names)
    labelNamers.set(c, (names = (stems, wholly) => {
      if (!wholly) return c.painForms.any(stems);
      const found = c.painForms.all(stems);
      return wholly.every((w, i) => !w || found.some((m) => m.start <= i && i < m.end));
    }));
  return names;
}

const [NO_STEM, IDEA_STEM, CONSTANTLY_STEM, EVERY_STEM, TIME_STEM, AGES_STEM] = ['no', 'idea', 'constantly', 'every', 'time', 'ages'].map(stem);
/** The stems of a sentence's words (first..end) less complaints said of no problem (review mend): "no idea" said of
 * what a rival does ("no idea what the competitors charge"); "constantly" in a sentence that says people are glad of
 * it or that the business grows ("new flavours all the time, the regulars love it"), "every time" in one that says it
 * works; another language's complaint word right after its "without" or "not" ("senza fatica", "niet slecht"); and
 * French "gagner un temps fou", which saves time. */
function withoutRemarks(tokens: readonly Token[], stems: readonly string[], first: number, end: number): string[] {
  const out = stems.slice(first, end);
  const glad = tokens.slice(first, end).some((t) => GLAD_WORDS.has(t.word));
  const growth = tokens.slice(first, end).some((t) => GROWTH_WORDS.has(t.word));
  for (let i = 0; i < out.length; i++) {
    if (out[i] === NO_STEM && out[i + 1] === IDEA_STEM && tokens.slice(first + i + 2, end).some((t) => RIVAL_WORDS.has(t.word))) out[i] = out[i + 1] = '';
    if (out[i] === CONSTANTLY_STEM && (glad || growth)) out[i] = '';
    if (out[i] === EVERY_STEM && out[i + 1] === TIME_STEM && glad) out[i] = out[i + 1] = '';
    if (i > 0 && stems[first + i] !== tokens[first + i]!.stem && DENYING_WORDS.has(tokens[first + i - 1]!.word)) out[i] = '';
    if (out[i] === AGES_STEM && i > 1 && GAINING_WORDS.has(tokens[first + i - 2]!.word)) out[i] = out[i + 1] = '';
  }
  return out;
}

/** How far from a quote noun with a second sense a verb of writing or sending quotes reads it as quotes. */
const QUOTE_VERB_REACH = 4;
/** Every word for which quoteBridge's two table look-ups can give anything but undefined: the tables' own keys (read
 * with ownValue, so a note's "constructor" is a word and not Object's). Nearly every word is none of them and is passed
 * over by one set look-up. */
const QUOTE_BRIDGE_KEYS = new Set([...Object.keys(QUOTE_BRIDGES_BESIDE_A_VERB), ...Object.keys(DUTCH_QUOTE_BRIDGES)]);
/** A quote noun with a second sense read as quotes where its sentence says so (review mend): German "Angebote",
 * Spanish "presupuestos", Portuguese "orcamentos" beside a verb of writing, sending or asking for them
 * ("Angebote verschicken wir per Post", not "Angebote im Laden", special offers, nor "presupuestos anuales", budgets); Dutch
 * "offertes" in a German or Dutch sentence (not French "remises offertes", discounts given). */
function quoteBridge(t: Token, tokens: readonly Token[]): string | undefined {
  if (!QUOTE_BRIDGE_KEYS.has(t.word)) return undefined;
  const verbBound = ownValue(QUOTE_BRIDGES_BESIDE_A_VERB, t.word);
  const dutch = ownValue(DUTCH_QUOTE_BRIDGES, t.word);
  if (verbBound === undefined && dutch === undefined) return undefined;
  const at = tokens.indexOf(t);
  const sentence = tokens.filter((u) => u.sentence === t.sentence);
  if (dutch !== undefined) return sentenceLanguage(sentence.map(guessedWord).join(' ')) === 'germanic' ? stem(dutch) : undefined;
  for (let i = Math.max(0, at - QUOTE_VERB_REACH); i <= at + QUOTE_VERB_REACH && i < tokens.length; i++)
    if (tokens[i]!.sentence === t.sentence && QUOTE_VERBS.has(tokens[i]!.word)) return stem(verbBound!);
  return undefined;
}

/** The words the library's pain labels and aliases write, as written (normalised, not stemmed). Per library. */
const painWordSets = new WeakMap<CompiledTaxonomy, Set<string>>();
function painWords(c: CompiledTaxonomy): Set<string> {
  let out = painWordSets.get(c);
  if (!out) painWordSets.set(c, (out = new Set(c.taxonomy.painPoints.flatMap((e) => [e.label, ...e.aliases]).flatMap((text) => words(text)))));
  return out;
}
/** The calendar periods the library's pain names write ("month-end run"): a counted one is a span, not that period.
 * Per library, as painWords. */
const namedPeriodSets = new WeakMap<CompiledTaxonomy, ReadonlySet<string>>();
const namedPeriodsOf = (c: CompiledTaxonomy): ReadonlySet<string> =>
  cachedFor(namedPeriodSets, c, () => new Set([...painWords(c)].map(stem).filter((w) => PERIOD_UNITS.has(w))));

/** The numerals from two of French, Spanish, Italian and Portuguese, as the notes' tokens read them (accents off). */
const ROMANCE_NUMERALS = numberWords({ values: (v) => v >= 2, languages: 'fsip', forms: ['plain'] });

function readStem(t: Token, c: CompiledTaxonomy, tokens: readonly Token[]): string {
  // A Romance numeral in a sentence read as Romance is its number, not the English word it is spelt as (seventieth
  // round): Italian "dura due settimane" (lasts two weeks) says nothing of a payment due or of due diligence, Spanish
  // "once semanas" (eleven weeks) nothing of "once". Asked only of a numeral; the sentence's language is read once.
  const numeral = ROMANCE_NUMERALS.get(t.word);
  if (numeral && noteWordWays(tokens, t.sentence) === NO_COMPOUND) return String(numeral.value);
  const own = quoteBridge(t, tokens) ?? noteStem(t);
  // A word the notes' tables read as another ("manuals" as instructions, not work by hand) that the library's own
  // pains write as it is ("Outdated manuals") is the library's word (sixty-second round).
  if (own !== t.stem && painWords(c).has(t.word)) return t.stem;
  // A word the pain knowledge names as written ('kostenstelle', 'kostenplaats') stays that word (review mend, sixty-fifth round).
  if (own !== t.stem || t.word.length < 4 || c.painVocabulary.weights.has(own) || CONCEPT_WORDS.has(own)) return own;
  // The same words recur in every prospect: what each one not in the library reads as, remembered per library
  // and per the ways its sentence's language lets it be read (asked only of a word an inflection or compound reads).
  const ways = readAsForeign(t.word) ? noteWordWays(tokens, t.sentence) : ANY_WAY;
  let cache = readStems.get(c);
  if (!cache) readStems.set(c, (cache = new Map<string, string>()));
  const key = ways === ANY_WAY ? t.word : `${ways === NO_INFLECTION ? '-' : '~'}${t.word}`;
  let read = cache.get(key);
  if (read === undefined) {
    read = foreignStem(t.word, own, c, ways);
    if (cache.size < 20_000) cache.set(key, read);
  }
  return read;
}

const foreignRead = new Map<string, boolean>();
/** Whether `foreignNoteWord` reads a word at all (through an inflection or as a compound), remembered (bounded). */
function readAsForeign(word: string): boolean {
  let read = foreignRead.get(word);
  if (read === undefined) {
    read = foreignNoteWord(word) !== undefined;
    if (foreignRead.size < 20_000) foreignRead.set(word, read);
  }
  return read;
}

const ANY_WAY: NoteWordWays = {};
const NO_INFLECTION: NoteWordWays = { inflection: false };
const NO_COMPOUND: NoteWordWays = { compound: false };
const sentenceWays = new WeakMap<readonly Token[], Map<number, NoteWordWays>>();
/** How a word of the notes may be read as another language's word, by its sentence's language (`sentenceLanguage`):
 * in an English sentence not through another language's inflection, since its words are English ones ("spends" is
 * not "Spenden", "cameras" not "camere", "personal" not "Personal"; a German compound said inside it still is:
 * "Inbetriebnahmeprotokolle are still on paper"); in a Romance one not as a compound, which those languages do not
 * write ("consulente" is not "consu" + "lente", "independente" not "inde" + "pendente"); else both. Once per
 * sentence of a reading. */
function noteWordWays(tokens: readonly Token[], sentence: number): NoteWordWays {
  let bySentence = sentenceWays.get(tokens);
  if (!bySentence) {
    const texts = new Map<number, string[]>();
    for (const t of tokens) (texts.get(t.sentence) ?? texts.set(t.sentence, []).get(t.sentence)!).push(guessedWord(t));
    bySentence = new Map();
    for (const [i, words] of texts) {
      const language = sentenceLanguage(words.join(' '));
      bySentence.set(i, language === 'english' ? NO_INFLECTION : language === 'romance' ? NO_COMPOUND : ANY_WAY);
    }
    sentenceWays.set(tokens, bySentence);
  }
  return bySentence.get(sentence) ?? ANY_WAY;
}

/** A word of the notes as the language guess reads it: with the article elided before it, which the notes' reading
 * took off ("d'origine", "dell'impianto"): an elision is a Romance sentence's mark (`readsRomance`), and a short one
 * may have no other ("Certificati d'origine sempre in ritardo" is not English for its "in"). */
const guessedWord = (t: Token): string => (t.elision ? `${t.elision}${t.word}` : t.word);

const readStems = new WeakMap<CompiledTaxonomy, Map<string, string>>();

/** pains-german-latinate: a German Latinate noun in "-ierung" as English says it ("Zertifizierung" certification,
 * "Kalibrierung" calibration, "Digitalisierung", "Optimierung" optimization), its "z" and "k" as "c". */
function germanLatinate(word: string): string[] {
  const m = /^(\p{L}{3,}?)(is)?ierung(en)?$/u.exec(word);
  if (!m) return [];
  const root = m[1]!.replace(/[kz]/g, 'c');
  const s = m[3] ? 's' : '';
  return m[2] ? [`${root}ization${s}`, `${root}isation${s}`] : [`${root}ation${s}`, `${root}ization${s}`];
}

/** pains-cognate-spelling: a stem as the six languages may spell it: "ph" f, "th" t, "ch", "k", "q", "z" and
 * "ç" c, "y" i, a doubled letter once, and only its first letter and its consonants after that
 * ("traceabl", "tracciabl", "trazabl": "trcbl"). Long stems only: COGNATE_SKELETON_MIN consonants. */
const COGNATE_SKELETON_MIN = 5;
function spellingSkeleton(s: string): string {
  if (s.length < SPELLING_MIN_LENGTH) return '';
  const k = s.replace(/ph/g, 'f').replace(/th/g, 't').replace(/ch|[kqzç]/g, 'c').replace(/y/g, 'i').replace(/(.)\1/g, '$1');
  const out = k[0] + k.slice(1).replace(/[aeiou]/g, '');
  return out.length >= COGNATE_SKELETON_MIN ? out : '';
}
/** The library's pain-vocabulary stems by skeleton, each skeleton of one stem only. Per library. */
const cognateSpellingMaps = new WeakMap<CompiledTaxonomy, Map<string, string>>();
function cognateSpellings(c: CompiledTaxonomy): Map<string, string> {
  let out = cognateSpellingMaps.get(c);
  if (out) return out;
  out = new Map<string, string>();
  const seen = new Set<string>();
  for (const s of c.painVocabulary.weights.keys()) {
    const key = spellingSkeleton(s);
    if (!key) continue;
    if (seen.has(key)) out.delete(key);
    else out.set(key, s);
    seen.add(key);
  }
  out.delete('');
  cognateSpellingMaps.set(c, out);
  return out;
}

function foreignStem(word: string, own: string, c: CompiledTaxonomy, ways: NoteWordWays = {}): string {
  const foreign = foreignNoteWord(word, ways);
  if (foreign !== undefined) return stem(foreign);
  // A Latinate word of another language the library or the knowledge uses in English ("documentación",
  // "inspectie", "energía").
  for (const w of [...cognates(word), ...germanLatinate(word)]) {
    const s = stem(w);
    if (c.painVocabulary.weights.has(s) || CONCEPT_WORDS.has(s)) return s;
  }
  // pains-cognate-spelling: the same cognate spelled as its own language spells it ("tracciabilità",
  // "trazabilidad" traceability; "fitossanitários" phytosanitary).
  for (const w of cognates(word)) {
    const found = cognateSpellings(c).get(spellingSkeleton(stem(w)));
    if (found !== undefined) return found;
  }
  // pains-relational-adjective: an adjective of another language read as the noun it is made from, where the
  // library or the knowledge uses that noun ("énergétique" energy, "documentale" document).
  for (const noun of relationalNouns(word)) {
    const read = foreignNoteWord(noun);
    for (const w of [...(read === undefined ? [] : [read]), noun, ...cognates(noun)]) {
      const s = stem(w);
      if (c.painVocabulary.weights.has(s) || CONCEPT_WORDS.has(s)) return s;
    }
  }
  const english = englishWords([word]);
  return english.length && english.join(' ') !== word ? stem(english[english.length - 1]!) : own;
}

/** pains-own-language: the taxonomy's phrases said in the notes' own words where reading them in English changed
 * them: an alias in another language ("pagos", "Absagen", "impayés") is the taxonomy's word as it is written,
 * before it is translated ("payment", "cancel"). Only the hits that cover a translated word: the others are
 * found on the stems read. */
function ownLanguageHits(tokens: readonly Token[], stems: readonly string[], c: CompiledTaxonomy, inExpression: ReadonlySet<number>) {
  // notes-fixed-expressions: words of a fixed expression stay blank in their own words too.
  const own = tokens.map((t, i) => (inExpression.has(i) ? '' : t.stem));
  if (own.every((s, i) => s === stems[i])) return [];
  const out = [];
  for (const m of c.painForms.all(own)) {
    let changed = false;
    for (let i = m.start; i < m.end && !changed; i++) changed = own[i] !== stems[i];
    if (changed) out.push(m);
  }
  return out;
}

/** Sentences asking for content or a product ("asked for the case study", "downloaded the blog post"): they
 * say what was asked about, not what hurts. `at`: the words of a first touch's or a request's own clause where the
 * sentence goes on to say more (firstTouchClauses). */
const REQUEST_INDEX = new PhraseIndex<true>();
for (const p of REQUEST_PHRASES) REQUEST_INDEX.add(tokenize(p).map((t) => t.stem), true);
function requestSentences(stems: readonly string[], tokens: readonly Token[], notes: string): { sentences: Set<number>; at: Set<number> } {
  const sentences = new Set<number>();
  const at = new Set<number>();
  for (const m of REQUEST_INDEX.all(stems)) {
    const sentence = tokens[m.start]!.sentence;
    const from = requestClauseStart(tokens, m.start);
    if (from === undefined) sentences.add(sentence);
    else for (let k = from; k < tokens.length && tokens[k]!.sentence === sentence; k++) at.add(k);
  }
  firstTouchClauses(tokens, notes, sentences, at);
  return { sentences, at };
}
/** pains-request-clause (sixty-seventh round): a request said by somebody else in a clause of its own, joined by an "and"
 * of the six languages after another clause ("i clienti aspettano 20 minuti alla cassa e il gestore del centro ha chiesto
 * un preventivo", "the queue grows and the board requested a review"), quiets its own clause, not the one before it: the
 * first word of that clause, where a word of its own (its subject) stands between the "and" and the request and the
 * clause denies nothing ("and nobody asked for anything"); else undefined, and the sentence is quiet whole as before
 * (a request said first, after a comma, or with no subject of its own: "... and requested a brochure"). */
const REQUEST_AND = new Set(COORDINATING_AND);
const REQUEST_DENIED = new Set([...GONE_SINCE_NONE, ...GONE_SINCE_NEGATIONS]);
function requestClauseStart(tokens: readonly Token[], start: number): number | undefined {
  const sentence = tokens[start]!.sentence;
  for (let k = start - 2; k > 0 && tokens[k - 1]!.sentence === sentence; k--) {
    if (!REQUEST_AND.has(tokens[k]!.word)) continue;
    for (let j = k; j < tokens.length && tokens[j]!.sentence === sentence; j++) if (REQUEST_DENIED.has(tokens[j]!.word)) return undefined;
    return k;
  }
  return undefined;
}
const phraseWords = (list: readonly string[]) => list.map((p) => p.split(' '));
const FIRST_TOUCH = phraseWords(FIRST_TOUCH_OPENERS);
const ASKED_FOR = phraseWords(ASKED_FOR_OPENERS);
const ASKED_ITEMS = phraseWords(ASKED_FOR_ITEMS);
const ITEM_TOPIC = new Set(ASKED_ITEM_TOPIC);
const ITEM_MODIFIERS = new Set(ASKED_ITEM_MODIFIERS);
const MEETING_TOPIC_WORDS = new Set(MEETING_TOPIC);
const REQUEST_CLAUSE_LINKS = new Set([...REQUEST_LINKS, ...REQUEST_REASONS]);
/** Words a rep's clipped sentence may open with before its verb ("Also asked for ...", "She met them at ..."). */
const CLIPPED_LEADS = new Set(['also', 'then', 'he', 'she', 'they', 'just', 'finally', 'later']);
const saysAt = (words: readonly string[], at: number, phrase: readonly string[]) => phrase.every((w, k) => words[at + k] === w);
/** What ends a first touch's or a request's clause between two words: a comma, a semicolon, a colon, a bracket, a
 * double quote, an opening single quote (straight or curly) or a closing one before a space, two hyphens, a spaced
 * hyphen, or an en or em dash, spaced or not (not a bracket: "mtg w/ Ana (owner) + her deputy" names who came). */
const CLAUSE_BREAK = /[,;:"\u201c\u201d\u2018\u2013\u2014]|--|\s-|-\s|\s['\u2019]|['\u2019]\s/;
/** notes-first-touch: sentences that say how the lead came in ("Met at the expo.", "form fill from the guide") or ask
 * the vendor for its papers ("Asked for a quote today.", "please send the price list"), opened so as a rep logs them.
 * Only the opener's clause is quiet where the sentence goes on after a comma, a dash, a colon or a quote ("Inbound
 * message: 'our ovens ...'", "Met at the expo, their ovens crack"), or after a linking word (REQUEST_LINKS or a
 * reason: "Asked for a quote after the ovens cracked again"; not a bare "but", which after a request as often says the
 * matter is handled: "asked for the filing guide but their broker does it"), or where a call or a meeting with someone goes on to
 * what it was about ("Call with the CFO about ..."). Nor is a request quiet that gives its matter right after the item
 * ("a demo of the rota module"): that names the problem. Whole sentences quiet go to `sentences`, an opener's clause's
 * words to `at`. */
function firstTouchClauses(tokens: readonly Token[], notes: string, sentences: Set<number>, at: Set<number>): void {
  let first = 0;
  while (first < tokens.length) {
    const sentence = tokens[first]!.sentence;
    let end = first;
    while (end < tokens.length && tokens[end]!.sentence === sentence) end++;
    const words = tokens.slice(first, end).map((t) => t.word);
    let lead = 0;
    while (lead < words.length - 1 && CLIPPED_LEADS.has(words[lead]!)) lead++;
    const opener = FIRST_TOUCH.find((p) => saysAt(words, lead, p));
    const asked = opener ? undefined : ASKED_FOR.find((p) => saysAt(words, lead, p));
    const after = opener ?? asked;
    if (after) {
      const from = lead + after.length;
      // "Call with the CFO about ...", "met with the controller re ...": the talk's matter, within four words.
      const withSomeone = opener !== undefined && (opener.at(-1) === 'with' || opener.at(-1) === 'w');
      let stop = words.length;
      for (let k = from; k < words.length && stop === words.length; k++) {
        const gap = notes.slice(tokens[first + k - 1]!.end, tokens[first + k]!.start);
        if (CLAUSE_BREAK.test(gap) || REQUEST_CLAUSE_LINKS.has(words[k]!) || (withSomeone && k < from + 4 && MEETING_TOPIC_WORDS.has(words[k]!))) stop = k;
      }
      // The end of the asked-for item said from `k` to before `limit`, or -1. An item that often names another noun's
      // kind ("data keying", "module failures") is the item only where it ends the noun: at the clause's end or before
      // a small word ("the data today" is; "data keying errors" is not).
      const itemFrom = (k: number, limit: number, clauseEnd: number): number => {
        for (; k < limit; k++) {
          const found = ASKED_ITEMS.find((p) => saysAt(words, k, p));
          const next = k + (found?.length ?? 0);
          if (found && !(found.length === 1 && ITEM_MODIFIERS.has(found[0]!) && next < clauseEnd && !isStopword(words[next]!) && !ITEM_TOPIC.has(words[next]!))) return next;
        }
        return -1;
      };
      let quiet = true;
      if (asked) {
        // French "demande" is a request only said "a demandé ..." or "demande un/une/des ..." with the item near.
        const reach = asked[0] === 'demande' || asked[1] === 'demande' ? 2 : 5;
        const item = itemFrom(from, Math.min(stop, from + reach), stop);
        quiet = item >= 0 && !ITEM_TOPIC.has(words[item] ?? '');
      }
      // What follows is more of the first touch where it names the vendor's papers and links nothing more ("met at the
      // expo, took a brochure home").
      if (quiet && stop < words.length && !words.slice(stop).some((w) => REQUEST_CLAUSE_LINKS.has(w))) {
        const item = itemFrom(stop, Math.min(words.length, stop + 5), words.length);
        if (item >= 0 && !ITEM_TOPIC.has(words[item] ?? '')) stop = words.length;
      }
      if (quiet && stop === words.length) sentences.add(sentence);
      else if (quiet) for (let k = 0; k < stop; k++) at.add(first + k);
    }
    first = end;
  }
}
/** A label joining two names of problems: "&", "and", "or", "+", a comma or a slash. */
const JOINED_LABEL = /\s(?:&|and|or|\+)\s|,|\//i;

/** Neighbouring word stems of a phrase ("cash flow"). */
const stemPairs = (text: string): string[] => {
  const s = tokenize(text).map((t) => t.stem);
  return s.slice(1).map((b, k) => `${s[k]} ${b}`);
};
/** notes-fixed-expressions: pairs of words the pain knowledge's own phrases say ("break down", "cash flow"). */
const CONCEPT_PAIRS = new Set(Object.values(CONCEPTS).flatMap((def) => def.phrases.flatMap(stemPairs)));
/** The same for the library's pain labels and aliases, and the stems of their words, per library. */
const libraryPairsCache = new WeakMap<CompiledTaxonomy, LibraryPairs>();
/** The taxonomy's pain phrases as pairs of neighbouring stems, their stems, the stems that open a pair and those stems'
 * first three letters (pains-compound-pair's one look-up per word). */
type LibraryPairs = { pairs: Set<string>; words: Set<string>; firsts: Set<string>; starts: Set<string> };
function libraryPairs(c: CompiledTaxonomy): LibraryPairs {
  return cachedFor(libraryPairsCache, c, () => {
    const phrases = c.taxonomy.painPoints.flatMap((e) => [e.label, ...e.aliases]);
    const pairs = new Set(phrases.flatMap(stemPairs));
    const firsts = new Set([...pairs].map((p) => p.slice(0, p.indexOf(' '))));
    return { pairs, words: new Set(phrases.flatMap((p) => tokenize(p).map((t) => t.stem))), firsts, starts: new Set([...firsts].map((f) => f.slice(0, 3))) };
  });
}

/** pains-compound-pair, review mend: a first part the six languages' tables know as a word of their own with another
 * meaning than the pair's English word ("Brand" fire, "Rat" council, "Rente" pension, "Chef" head): the compound is
 * native, not an English loanword before a native head ("Brandsicherheit" fire safety, not brand safety). */
function nativeMeaning(part: string, firsts: readonly string[]): boolean {
  const english = nativeFirstPart(part);
  return english !== undefined && !english.split(' ').some((e) => firsts.includes(stem(e)));
}
/** pains-compound-pair: a German or Dutch compound of the notes whose two parts, each read as itself or through the
 * notes' lexicon, are two neighbouring words of one of the taxonomy's pain phrases: "Rotationsplanung" rotation planning,
 * "Crewplanung" crew planning, "Trainingsmatrix" training matrix. The language writes as one word what English writes as
 * two, and a first part that is an English loanword ("Crew-", "Rotations-", "Trainings-") is in no table of the lexicon,
 * so the splitter reads such a compound by its head alone ("planning"). English's own closed compounds are read the
 * same way ("prebills" pre-bills, "callsheet" call sheet), and so is a head the same in both languages
 * ("investeringsplan"). Only a word of seven letters or more, itself no word of those phrases, whose first three letters
 * open a stem that opens a pair (one set look-up for most words); the first part, a linking "s", "es", "n" or "en"
 * off, must be such a stem. Returned as the compound's other word order, read as the taxonomy's own phrase (1). */
function compoundPairs(tokens: readonly Token[], stems: readonly string[], own: LibraryPairs): { start: number; end: number; stems: string[] }[] {
  const out: { start: number; end: number; stems: string[] }[] = [];
  tokens.forEach((t, i) => {
    const w = t.word;
    if (w.length < 7 || !stems[i] || !own.starts.has(w.slice(0, 3)) || own.words.has(t.stem) || !/^[a-z]+$/.test(w)) return;
    for (let k = 3; k <= w.length - 4; k++) {
      const head = w.slice(0, k);
      const written = [head, ...LINKING.filter((l) => head.endsWith(l) && head.length - l.length >= 3).map((l) => head.slice(0, -l.length))];
      const firsts = written.map(stem).filter((s) => own.firsts.has(s));
      if (!firsts.length || written.some((part) => nativeMeaning(part, firsts))) continue;
      const last = w.slice(k);
      const english = foreignNoteWord(last) ?? sharedExact(last);
      const lasts = [stem(last), ...(english ? [stem(english.split(' ').pop()!)] : [])];
      for (const a of firsts)
        for (const b of lasts)
          if (own.pairs.has(`${a} ${b}`)) {
            out.push({ start: i, end: i + 1, stems: [a, b] });
            return;
          }
    }
  });
  return out;
}

const SHORTAGE = stem('shortage');
/** pains-short-of: "6 drivers short", "two mechanics short" say in shorthand "(we are) N drivers short": a shortage of
 * drivers, as "driver shortage" says it. "short" after a plural noun of its sentence reads as "shortage"; not
 * before a hyphen ("short-pay") nor after a particle ("coming back short"). */
function readShortOf(notes: string, tokens: readonly Token[], stems: string[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const before = tokens[i - 1]!;
    if (t.word !== 'short' || before.sentence !== t.sentence || notes[t.end] === '-') continue;
    if (/^[a-z]{3,}s$/.test(before.word) && !isStopword(before.word)) stems[i] = SHORTAGE;
  }
}

/** pains-counted-down: "2 machines down", "3 trucks down": a count of things that are down is their breakdown, as
 * "N drivers short" is a shortage. Only after a number and a plural, so "shut down", "sales down 10%" stay as they are. */
const BREAKDOWN = stem('breakdown');
function readCountedDown(tokens: readonly Token[], stems: string[]): void {
  for (let i = 2; i < tokens.length; i++) {
    const t = tokens[i]!;
    const noun = tokens[i - 1]!;
    if (t.word !== 'down' || noun.sentence !== t.sentence || tokens[i - 2]!.sentence !== t.sentence) continue;
    if (/^\d+$/.test(tokens[i - 2]!.word) && /^[a-z]{3,}s$/.test(noun.word) && !isStopword(noun.word)) stems[i] = BREAKDOWN;
  }
}

/** Sixty-ninth round: places said to close ("closing 12 shops this winter", "we closed two clinics", "closes three
 * branches"): the verb and its places read as "closures", the noun a library names that pain by ("Shop closures",
 * "Branch closures and exits"), not as the month-end close, which "close" alone names in a finance library. Only where
 * one of CLOSED_PLACES stands within three words after the verb in its sentence; "closing the ledger" is left as it was.
 * A window said to close is a deadline's. */
const CLOSING_VERBS = new Set(['close', 'closes', 'closing', 'closed']);
const CLOSED_PLACE_SET = new Set(CLOSED_PLACES);
const CLOSURE = stem('closures');
const WINDOWS = new Set(['window', 'windows']);
const DEADLINE = stem('deadline');
function readClosedPlaces(tokens: readonly Token[], stems: string[]): void {
  for (let i = 0; i < tokens.length; i++) {
    if (!CLOSING_VERBS.has(tokens[i]!.word)) continue;
    // A window that closes ("the break clause window closed in March", "the option window closes in May") is a deadline.
    if (i > 0 && tokens[i - 1]!.sentence === tokens[i]!.sentence && WINDOWS.has(tokens[i - 1]!.word)) {
      stems[i] = DEADLINE;
      continue;
    }
    for (let k = i + 1; k <= i + 3 && k < tokens.length && tokens[k]!.sentence === tokens[i]!.sentence; k++)
      if (CLOSED_PLACE_SET.has(tokens[k]!.word)) {
        stems[i] = CLOSURE;
        break;
      }
  }
}

/** Sixty-ninth round: a contract, a lease or a price renegotiated has been amended ("renegotiated 30 depot leases last
 * year"): read as "amended", the word a library names changes to an agreement by, where the library's own words do not
 * say "renegotiate" (one that does, a procurement library's "Supplier renegotiation", keeps it). */
const RENEGOTIATED = new Set(['renegotiate', 'renegotiates', 'renegotiated', 'renegotiating', 'renegotiation', 'renegotiations']);
const AMENDED = stem('amended');
function readRenegotiated(tokens: readonly Token[], stems: string[], c: CompiledTaxonomy): void {
  for (let i = 0; i < tokens.length; i++)
    if (RENEGOTIATED.has(tokens[i]!.word) && !c.painVocabulary.weights.has(stems[i]!) && c.painVocabulary.weights.has(AMENDED)) stems[i] = AMENDED;
}

/** Sixty-ninth round: "free" or "open" asked of which things are ("check which cranes are free", "no idea which rooms are
 * open on Friday", "what's free this week"): whether they can be had, read as "available", the word a library names
 * availability by. Only after "is", "are", "was" or "were" with "which" or "what" within the four words before it, or
 * right after "what's": "free delivery", "open orders" and "the doors are open" are left as they were. */
const AVAILABLE = stem('available');
const FREE_OR_OPEN = new Set(['free', 'open']);
const BE_FORMS = new Set(['is', 'are', 'was', 'were']);
const WHICH_OR_WHAT = new Set(['which', 'what']);
function readFreeAsAvailable(tokens: readonly Token[], stems: string[]): void {
  for (let i = 1; i < tokens.length; i++) {
    if (!FREE_OR_OPEN.has(tokens[i]!.word)) continue;
    const before = (k: number) => wordBefore(tokens, i, k) ?? '';
    if (before(1) === 'whats' || (BE_FORMS.has(before(1)) && [2, 3, 4, 5].some((k) => WHICH_OR_WHAT.has(before(k))))) stems[i] = AVAILABLE;
  }
}

/** Sixty-third round: a caseload said as a count per person ("each has more than 90 cases", "cada técnica acompanha mais
 * de 70 famílias"): the count and its noun read as "high caseload", as the pain is named. Only with a word of each one
 * a few words before, a word of more than, a number of CASELOAD_LEAST or more and a noun of cases right after it. */
const CASELOAD_EACH_SET = new Set(CASELOAD_EACH);
const CASELOAD_NOUN_SET = new Set(CASELOAD_NOUNS);
const CASELOAD_MORE_WORDS = CASELOAD_MORE.map((p) => p.split(' '));
const HIGH = stem('high');
const CASELOAD = stem('caseload');
function readCaseloadCount(tokens: readonly Token[], stems: string[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const more = CASELOAD_MORE_WORDS.find((ws) => ws.every((w, k) => tokens[i + k]?.word === w && tokens[i + k]!.sentence === tokens[i]!.sentence));
    if (!more) continue;
    const at = i + more.length;
    const count = tokens[at];
    const noun = tokens[at + 1];
    if (!count || !noun || count.sentence !== tokens[i]!.sentence || noun.sentence !== count.sentence) continue;
    if (!/^\d+$/.test(count.word) || Number(count.word) < CASELOAD_LEAST || !CASELOAD_NOUN_SET.has(noun.word)) continue;
    let each = false;
    for (let k = i - 1; k >= 0 && k >= i - CASELOAD_EACH_REACH && tokens[k]!.sentence === tokens[i]!.sentence; k--)
      if (CASELOAD_EACH_SET.has(tokens[k]!.word)) each = true;
    if (!each) continue;
    stems[at] = HIGH;
    stems[at + 1] = CASELOAD;
  }
}

/** notes-shorthand: a word in capitals, or in capitals with a plural "s" ("OT", "PMs"), is the pain's name it
 * abbreviates when the taxonomy writes that name out (compile.ts `shorthandsOf`). */
function readShorthand(notes: string, tokens: readonly Token[], stems: string[], c: CompiledTaxonomy): void {
  if (c.painShorthands.size === 0) return;
  tokens.forEach((t, i) => {
    const m = /^([A-Z]{2,5})s?$/.exec(notes.slice(t.start, t.end));
    const key = m && shorthandKey(m[1]!.toLowerCase());
    if (key && c.painShorthands.has(key)) stems[i] = key;
  });
}

/** A sentence that asks or says where a thing is, which one or how many (pains-tracked-thing). */
const WHEREABOUTS_SAID = new RegExp(`\\b(${WHEREABOUTS.join('|')})\\b`);
/** pains-across-many: words that say several (MANY_WORDS, accents off) and counts of two to fifty said in words, in the
 * seven languages; not "due" (English's own word), nor "elf", "onze", "once" (words of other languages too). Five counts
 * are everyday words of another language as well, read as counts only where they are not that word (COUNT_OR_OTHER). */
const MANY = new Set([...MANY_WORDS.map(plainNumberWord), ...numberWords({ values: (v) => v >= 2, forms: ['plain'], except: ['due', 'elf', 'onze', 'once'] }).keys()]);
/** Review mend (sixty-fifth round): the plain count of one language that another says as an everyday word, and where a
 * note's word is that other word, not the count: French "sept" and Portuguese "dez" before "." or a digit (a month's short
 * form, "Sept 14", "Dez. 2026"), written with a capital inside a sentence or after a word of when ("mid Sept", "bis dez";
 * "sept agences", "dez lojas" count); Italian "sei" after "se" or "tu" ("se sei
 * interessato", you are; "sei negozi" counts); "otto" written with a capital inside a sentence (a first name; "otto
 * filiali" counts); Spanish "dos" before a word that is no plural noun ("dos and don'ts") or in a sentence that reads as
 * Portuguese, where "dos" is "of the" ("o controle dos armazens"; "tenemos dos almacenes" counts). */
/** Words before a month's name that say when ("mid Sept", "end of sept", "bis Dez"), not a count's. */
const MONTH_BEFORE = new Set(['mid', 'early', 'late', 'end', 'of', 'since', 'until', 'till', 'by', 'from', 'before', 'after', 'next', 'last', 'bis', 'ab', 'seit', 'im', 'anfang', 'ende', 'mitte']);
function countOrOther(words: readonly Token[], k: number, notes: string, sentenceStart: boolean): boolean {
  const t = words[k]!;
  const inSentence = (j: number) => (words[j]?.sentence === t.sentence ? words[j] : undefined);
  switch (t.word) {
    case 'sept':
    case 'dez':
      return (
        /^\s*[.\d]/.test(notes.slice(t.end, t.end + 4)) ||
        (!sentenceStart && /^\p{Lu}/u.test(notes.slice(t.start, t.end))) ||
        MONTH_BEFORE.has(inSentence(k - 1)?.word ?? '')
      );
    case 'sei':
      return ['se', 'tu'].includes(inSentence(k - 1)?.word ?? '');
    case 'otto':
      return !sentenceStart && /^\p{Lu}/u.test(notes.slice(t.start, t.end));
    case 'dos': {
      const next = inSentence(k + 1)?.word ?? '';
      if (!/\p{L}{2,}s$/u.test(next) || isClosedWord(next) || isStopword(next)) return true;
      return words.some((x) => x.sentence === t.sentence && x !== t && PORTUGUESE_OWN_WORDS.has(x.word));
    }
    default:
      return false;
  }
}
/** "The others" in six languages, which set one unit against the rest: read in its sentence and the one after it. */
const THE_OTHERS = new Set(['others', 'anderen', 'autres', 'otros', 'otras', 'altri', 'altre', 'outros', 'outras']);
/** STAFF_WORDS as the notes' tokens read them. */
const STAFF = new Set(STAFF_WORDS.map(plainNumberWord));
/** The asks of a unit and the words of a cost or a bill (pains-allocation). */
const UNIT_ASKED = new Set(UNIT_ASKS);
const COST_OR_BILL = new Set(COST_OR_BILL_WORDS);
/** A bill run up or a supply burnt through: "the crews ran up the hire account", "racking up charges", "burns through the
 * toner". */
const RUN_UP = /\b(?:(?:run|runs|ran|running|rack|racks|racked|racking) up|(?:burn|burns|burned|burnt|burning) through)\b/;
/** CONTACT_ATTEMPT as a pattern over a sentence's words. */
const CONTACT_ATTEMPT_SAID = new RegExp(`(?:^| )(?:${CONTACT_ATTEMPT.join('|')})(?= |$)`);
/** A unit of time after a count: "eleven days" counts time, not units. */
const MANY_OF_TIME = new RegExp(`^${TIME_UNITS}$`, 'u');
/** Month names and their short forms in the six languages, accents as written: a number beside one is a date ("March
 * 14", "14. März", "le 3 mars"), not a count. */
const MONTH_NAMES = `(?:${[
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'januar', 'februar', 'märz', 'mai', 'juni', 'juli', 'oktober', 'dezember', 'mrz', 'okt', 'dez',
  'janvier', 'février', 'mars', 'avril', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre',
  'gennaio', 'febbraio', 'aprile', 'maggio', 'giugno', 'luglio', 'settembre', 'ottobre', 'dicembre',
  'januari', 'februari', 'maart', 'mei', 'augustus',
  'janeiro', 'fevereiro', 'março', 'maio', 'junho', 'julho', 'setembro', 'outubro', 'novembro', 'dezembro',
].flatMap((m) => [m, m[0]!.toUpperCase() + m.slice(1)]).join('|')})`;
/** A count of two to 999 in digits, not of time, money or a share ("13 days", "$75k", "11%", "20 percent", "1,700"
 * counts a size), nor a number after a name in capitals ("HVAC 2", "SKU 7"), nor a clock time, a date or a phone
 * number's group ("at 10:30", "on 12/03", "due March 14", "0161 496 0732"). */
const MANY_DIGITS = new RegExp(
  `(?<![\\d.,$€£:/])(?<!\\d\\s)(?<!\\b\\p{Lu}{2,}\\s)(?<!(?<!\\p{L})${MONTH_NAMES}\\.?\\s)\\b(?:[2-9]|[1-9]\\d{1,2})\\b` +
    `(?![.,:/]?\\d|\\s\\d|\\s*(?:%|percent\\b|per cent\\b|prozent\\b|pour cent\\b|por ciento\\b|per cento\\b|procent\\b|por cento\\b)|[kmbKMB]\\b)` +
    `(?![\\s-]*${TIME_UNITS}(?![\\p{L}]))(?!\\.?\\s(?:de\\s)?${MONTH_NAMES}(?!\\p{L}))`,
  'u',
);
/** MANY_DIGITS over a span of notes, each number found in turn. */
const MANY_DIGITS_ALL = new RegExp(MANY_DIGITS.source, 'gu');
/** A month's name, as a whole word of the notes (sixty-eighth round, a contract's end said with its date). */
const MONTH_WORD = new RegExp(`^${MONTH_NAMES}$`, 'u');
/** What a number before it counts no units of: time, a month, a version or a release, a share. */
const NOT_UNITS = new RegExp(`^(?:${TIME_UNITS}|${MONTH_NAMES}|versions?|releases?|editions?|builds?|updates?|percent|pct|prozent|procent|pourcent|porcentaje)$`, 'u');
/** Review mend (sixty-fifth round): a number of MANY_DIGITS counts units only where a noun follows it within two words of
 * its sentence, no word of NOT_UNITS first ("six depots", "4 big yards"): not a product's number ("moved to Windows 11
 * last year"), a time or a phone number's group said alone. A noun is any word of two letters or more that is no
 * function word of the seven languages. */
function countsUnits(near: readonly Token[], notes: string): boolean {
  const from = near[0]!.start;
  for (const m of notes.slice(from, near.at(-1)!.end).matchAll(MANY_DIGITS_ALL)) {
    const k = near.findIndex((x) => x.start === from + m.index!);
    if (k < 0) continue;
    for (const next of [near[k + 1], near[k + 2]]) {
      if (!next || next.sentence !== near[k]!.sentence || NOT_UNITS.test(next.word)) break;
      if (/^\p{L}{2,}$/u.test(next.word) && !isStopword(next.word) && !isClosedWord(next.word)) return true;
    }
  }
  return false;
}

/** Pain points in free text: the taxonomy's own phrases anywhere, and known problem words where the
 * sentence also says what hurts about them. Linear in the text's length (capped at MAX_TEXT_CHARS). `buyer`: false
 * only when the record's person has a title and it is in none of the vendor's personas (pains-asking). */
/** The pains a title names, read as notes (`titleSaysToo`), remembered per taxonomy and title: the same title is
 * resolved again on every suggest of its prospect, and titles repeat across prospects ("Operations Manager"); the
 * reading is the title's and the taxonomy's alone (no author), so the memo changes no reading. */
const titlePainMemo = new PerTaxonomy<Map<string, ReadonlySet<string>>>();
function titlePains(title: string, c: CompiledTaxonomy): ReadonlySet<string> {
  const seen = cachedFor(titlePainMemo, c, () => new Map<string, ReadonlySet<string>>());
  let ids = seen.get(title);
  if (!ids) {
    if (seen.size >= MEMO_LIMIT) seen.clear();
    ids = new Set(resolvePains(title, c, {}, true).map((p) => p.id));
    seen.set(title, ids);
  }
  return ids;
}
/** pains-said-twice: a pain the notes give by inference that the title gives too ("Head of Returns" over notes on
 * parcels coming back) is said twice: right 0.79 of the time on the 144 evaluation sets (0.89 alone), against 0.56 for
 * an inferred pain said once. */
function titleSaysToo(pains: Resolved[], title: string | undefined, c: CompiledTaxonomy): Resolved[] {
  if (!title?.trim() || !pains.some((p) => p.evidence.confidence < SAID_TWICE)) return pains;
  const inTitle = titlePains(title, c);
  return pains.map((p) => (p.evidence.confidence < SAID_TWICE && inTitle.has(p.id) ? { ...p, evidence: { ...p.evidence, confidence: SAID_TWICE } } : p));
}

/** pains-profile-label: a line that opens on a profile's label for a headline, a company description or a contact
 * ("Headline: Registrar | collections care", "Company description: ...", "Contact: Jo Lane, director"), in English or
 * the ordinary word of the six languages, says who the person or the company is, not what hurts (a company's own
 * website's "About us" is WEBSITE_ABOUT_LABEL's, below; a person's "About:" on a social profile is neither, it often
 * says what hurts them). A contact label opens a profile only on a contact card (a name, a role, a phone, an e-mail
 * address): a rep's call line ("Contact: says the chains keep snapping", "Kontakt: Telefonat mit Jo, ...") logs what the
 * contact said, and is read. */
const PROFILE_LABEL =
  /^[ \t>]*(?:linkedin\s+)?(?:headline|company description|(contact|kontakt|contatto|contacto|contato)|unternehmensbeschreibung|firmenbeschreibung|description de l['’]entreprise|descrizione dell['’]azienda|descripci[oó]n de la empresa|descri[cç][aã]o da empresa|bedrijfsomschrijving)\s*:/i;
/** A contact card: the label's first sentence is short parts (a name, a role, a place), a phone or an e-mail address,
 * set apart by commas, bars or dashes ("Jo Lane, owner | +44 20 7946 0000 | jo@acme.example"). */
function aContactCard(rest: string): boolean {
  const first = rest.split(/[.!?;](?=\s|$)/)[0]!;
  const parts = first.split(/\s*(?:[,|·•]|\s[-–—/]\s)\s*/).filter((p) => p.trim());
  return parts.every((p) => /@|^\s*\+?[\d\s().-]{6,}$/.test(p) || p.trim().split(/\s+/).length <= 4);
}
/** Whether a note's word is the past form of an activity's "-ing" name ("reported" of "reporting", "invoiced" of
 * "invoicing", "shipped" of "shipping", "copied" of "copying"): the name without "-ing" and "-ed", "-d" after an "e", or
 * "-ied" for a "y". Review mend a2: not any word ending in "-ed" that shares the stem ("shred" of "shredding" is the
 * present, "bed" of "bedding" a noun). */
function isPastOfActivity(word: string, name: string): boolean {
  const base = /^([a-z]+)ing$/.exec(name)?.[1];
  if (!base) return false;
  return word === `${base}ed` || (base.endsWith('e') && word === `${base}d`) || (base.endsWith('y') && word === `${base.slice(0, -1)}ied`);
}
/** A present "be" or "get" before a participle says the work as it goes ("are reported by hand", "get invoiced
 * twice", "is always invoiced late"), not one act done ("was reported missing", "we invoiced them"). */
const PRESENT_PASSIVE = new Set(['is', 'are', 'am', 'get', 'gets', 'getting', 'being']);
/** Frequency words that may stand between that "be" or "get" and the participle, besides any "-ly" adverb. */
const PASSIVE_ADVERBS = new Set(['still', 'always', 'often', 'never', 'also', 'all']);
/** The word `k` tokens before `at`, if it stands in the same sentence. */
function wordBefore(tokens: readonly { word: string; sentence: number }[], at: number, k: number): string | undefined {
  return at - k >= 0 && tokens[at - k]!.sentence === tokens[at]!.sentence ? tokens[at - k]!.word : undefined;
}
function presentPassiveAt(tokens: readonly { word: string; sentence: number }[], at: number): boolean {
  const before = (k: number) => wordBefore(tokens, at, k);
  const one = before(1);
  if (one && PRESENT_PASSIVE.has(one)) return true;
  const two = before(2);
  return !!one && !!two && PRESENT_PASSIVE.has(two) && (PASSIVE_ADVERBS.has(one) || /^[a-z]{3,}ly$/.test(one));
}
/** Sixty-ninth round: a line that opens on a label saying the text is the company's own website's description ("About
 * (from website):", "About us:", "From their website:", "About (homepage): 'We run ferries to four islands'", "Über
 * uns:", "Chi siamo:", in English or the ordinary words of the six languages): the company's words about itself, every
 * sentence of the line up to a sentence that opens on another label. */
const WEBSITE_ABOUT_LABEL =
  /^[ \t>]*(?:about\s*\((?:from\s+)?(?:the\s+|their\s+)?(?:web\s*site|site|homepage)\)|about\s+us|from\s+(?:the\s+|their\s+)?(?:web\s*site|site)|(?:über|uber) uns|(?:à|a) propos(?: de nous)?|chi siamo|sobre nosotros|qui[ée]nes somos|sobre n[óo]s|quem somos|over ons)\s*:/i;
/** A note's label opening a later sentence of a line: a capitalised word and up to five more before a colon. */
const NEXT_LABEL = /[.!?]["'\u201d\u2019)]*\s+\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,5}\s*:/gu;
/** Whether the sentence starting at `start` is one a website's About label opens (up to another label on its line), or
 * the one a profile label opens (its words begin within the label or just after it): only the library's words of that
 * sentence are set aside; later sentences are read as any are. */
function afterProfileLabel(notes: string, start: number): boolean {
  const lineStart = notes.lastIndexOf('\n', start - 1) + 1;
  // Up to another label on the line ("... on the hill above the town.\" Rep note from the call: lamp burnouts weekly"), which is the rep's.
  const about = WEBSITE_ABOUT_LABEL.exec(notes.slice(lineStart, lineStart + 80));
  if (about) {
    const from = lineStart + about[0].length;
    const labelled = [...notes.slice(from, start + 60).matchAll(NEXT_LABEL)].some((m) => from + m.index! + m[0].search(/\p{Lu}/u) <= start);
    if (!labelled) return true;
  }
  const label = PROFILE_LABEL.exec(notes.slice(lineStart, start + 80));
  if (!label || start > lineStart + label[0].length + 2) return false;
  if (!label[1]) return true;
  const lineEnd = notes.indexOf('\n', lineStart);
  return aContactCard(notes.slice(lineStart + label[0].length, lineEnd < 0 ? notes.length : lineEnd));
}

export function resolvePains(raw: string | undefined, c: CompiledTaxonomy, prospect: NotesAuthor = {}, buyer = true): Resolved[] {
  if (!raw?.trim() || c.pains.length === 0) return [];
  // A transcript's seller turns ("REP: is labor a concern?") are not the prospect's words.
  const { notes, tokens, reading } = readNotes(raw, prospect, labelNames(c));
  // A word the library's content does not use, read in English through the lexicon of titles and
  // industries when it has it there ("Lager", "almacén"): the library's words may then speak.
  const stems = tokens.map((t) => readStem(t, c, tokens));
  readIdioms(tokens, stems, notes);
  readSplitVerbs(tokens, stems);
  readCopiedByHand(tokens, stems);
  readShortOf(notes, tokens, stems);
  readShorthand(notes, tokens, stems, c);
  readCountedDown(tokens, stems);
  readCaseloadCount(tokens, stems);
  readClosedPlaces(tokens, stems);
  readFreeAsAvailable(tokens, stems);
  readRenegotiated(tokens, stems, c);
  // notes-fixed-expressions: a word inside a fixed expression of the language ("part time") does not stand for itself.
  const own = libraryPairs(c);
  const inExpression = readFixedExpressions(tokens, stems, (pair) => CONCEPT_PAIRS.has(pair) || own.pairs.has(pair), (s) => own.words.has(s));
  /** The word at `i` where it stands in sentence `sentence`, else '' (a look beside a cue that stops at its sentence). */
  const wordInSentence = (i: number, sentence: number) => (tokens[i]?.sentence === sentence ? tokens[i]!.word : '');
  /** Each sentence's first word: built once, for every pass below that asks about a sentence. */
  const firstOfSentence = new Map<number, number>();
  tokens.forEach((t, i) => firstOfSentence.has(t.sentence) || firstOfSentence.set(t.sentence, i));
  /** Just past each sentence's last word: a sentence's words are consecutive. */
  const endOfSentence = new Map<number, number>();
  tokens.forEach((t, i) => endOfSentence.set(t.sentence, i + 1));
  /** The words of sentences `from` to `to` (those of them with words), as one run: a sentence's words are consecutive. */
  const wordsOfSentences = (from: number, to: number): typeof tokens => {
    let start = Infinity;
    let end = -1;
    for (let k = from; k <= to; k++) {
      const first = firstOfSentence.get(k);
      if (first !== undefined) [start, end] = [Math.min(start, first), Math.max(end, endOfSentence.get(k)!)];
    }
    return end < 0 ? [] : tokens.slice(start, end);
  };
  /** Whether a sentence's words (as read) complain, asked once per sentence. */
  const complaintIn = new Map<number, boolean>();
  const complainsIn = (sentence: number): boolean => {
    let out = complaintIn.get(sentence);
    if (out === undefined) complaintIn.set(sentence, (out = complains(withoutRemarks(tokens, stems, firstOfSentence.get(sentence)!, endOfSentence.get(sentence)!))));
    return out;
  };
  // pains-asking: on the record of someone in none of the vendor's personas (an IT contractor, a student, a bank), a
  // clause that opens on their own request or interest ("Asked about routing software", "found us searching ...")
  // names what they want to see, not what hurts a buyer: it is read as a duty is (the taxonomy's own words still
  // count). A buyer's request is kept: the marketers file what a buyer asks about as often as not. So is one whose
  // sentence complains ("Interested in fixing cleaning schedules, they are a mess"): that is what hurts.
  const quiet = new Set(reading.duties);
  if (!buyer) for (const k of reading.asking) if (!complainsIn(tokens[reading.clause.indexOf(k)]!.sentence)) quiet.add(k);
  // pains-vendor-question (sixty-eighth round): a clause asking whether the vendor's product does something ("asks
  // whether you sync with their scales", "vraagt of jullie een koppeling hebben"), in notes that say the prospect is
  // content ("happy with the rowing app; asks whether you ..."), says what the product must do, a buyer's as anyone's:
  // there is nothing to mend. Unless its sentence complains. Asked with no contentment said, the topic asked about is
  // as often the pain (measured: quieting every such question lowered the development mean).
  if (reading.vendorQuestions?.size && tokens.some((t) => CONTENT_WORDS.has(t.word)))
    for (const k of reading.vendorQuestions) if (!complainsIn(tokens[reading.clause.indexOf(k)]!.sentence)) quiet.add(k);
  const quoteOf = (start: number, end: number) => wholeWordsAt(notes, tokens[start]!.start, tokens[end - 1]!.end);
  const scored = new Map<number, Scored>();
  /** pains-said-twice: the cues each pain was read from by inference, the clauses they were said in and the ways they were
   * read (1: general knowledge of problems, 2: the library's own words), whether or not they made the reading. */
  const cues = new Map<number, { clause: number; sentence: number; way: number; at: number }[]>();
  let tellings: Map<number, number> | undefined;
  const cue = (index: number, at: number, way: number) => {
    const list = cues.get(index) ?? [];
    list.push({ clause: reading.clause[at]!, sentence: tokens[at]!.sentence, way, at });
    cues.set(index, list);
  };
  /** Whether a cue's word is on a quoted line ('>'): asked only of the cues `saidTwice` counts. */
  const quotedAt = (at: number) => {
    const lineStart = notes.lastIndexOf('\n', tokens[at]!.start - 1) + 1;
    return /^[ \t]*>/.test(notes.slice(lineStart, tokens[at]!.start + 1));
  };
  /** A few words either side of a match, within its sentence: what the rep will recognise. */
  const clause = (start: number, end: number) => {
    const sentence = tokens[start]!.sentence;
    let from = start;
    let to = end;
    while (from > 0 && start - from < 2 && tokens[from - 1]!.sentence === sentence) from--;
    while (to < tokens.length && to - end < 4 && tokens[to]!.sentence === sentence) to++;
    while (to > end && isStopword(tokens[to - 1]!.word)) to--;
    while (from < start && isStopword(tokens[from]!.word)) from++;
    return quoteOf(from, to);
  };

  // Clauses that say something is fine ("recruiting is fine", "compliance is handled, that's not why we're
  // talking") or state a requirement ("needs to work with Toast") name no pain.
  const silent = new Set(reading.silent);
  const inFineSentence = (start: number) => silent.has(reading.clause[start]!);
  /** A phrase of two words or more said before a requirement in its clause: the requirement's subject, a task
   * ("Crewplanung muss mit ..."); one word there is most often the system itself ("Le booking doit communiquer avec"). */
  const beforeRequirement = (start: number, end: number, said: readonly string[]) => {
    const from = reading.requirementFrom.get(reading.clause[start]!) ?? -1;
    if (end > from || said.filter((s) => !isStopword(s)).length < 2) return false;
    // Second review mend: a subject that names a system ("Die neue Software für die Routenplanung muss ...", "El
    // software de planificación de rutas debe ...", "Their invoice processing vendor must ...") is a requirement of
    // the tool, not the task's pain: any system noun from the clause's start to the requirement's verb.
    const k = reading.clause[start];
    let first = start;
    while (first > 0 && reading.clause[first - 1] === k) first--;
    for (let i = first; i < from; i++) if (SYSTEM_NOUNS.has(tokens[i]!.word)) return false;
    return true;
  };
  /** A match inside a span of a silent clause that is heard all the same (a rep's question's topic its answer left). */
  // Not a pain the answer's named topic names too, in a word of that pain's names alone: "asked about the calendar and
  // the appointment book; she said the calendar is fine" settles the one pain both words name (review mend).
  const heardHere = (start: number, end: number, index?: number) => {
    const k = reading.clause[start]!;
    const spans = reading.heard.get(k) ?? [];
    if (!spans.some(([a, b]) => start >= a && end <= b)) return false;
    if (index === undefined) return true;
    // a word of this pain's names and of no other's ("calendar", not "appointments" of two pains' names)
    const others = new Set(painFormPhrases(c).flatMap((phrases, j) => (j === index ? [] : phrases.flat())));
    const forms = new Set(painFormPhrases(c)[index]!.flat().filter((w) => w.length >= 3 && !isStopword(w) && !others.has(w)));
    for (let i = 0; i < tokens.length; i++)
      if (reading.clause[i] === k && !spans.some(([a, b]) => i >= a && i < b) && forms.has(stems[i]!)) return false;
    return true;
  };
  const silentHit = (start: number, end: number, said = stems.slice(start, end), index?: number) =>
    inFineSentence(start) && !beforeRequirement(start, end, said) && !heardHere(start, end, index);

  /** Pains each sentence names in the taxonomy's own words. */
  const namedIn = new Map<number, Set<number>>();
  const name = (sentence: number, index: number) => namedIn.set(sentence, (namedIn.get(sentence) ?? new Set<number>()).add(index));
  /** Pains each clause names in the taxonomy's own phrases. */
  const namedInClause = new Map<number, Set<number>>();
  const nameAt = (at: number, index: number) => namedInClause.set(reading.clause[at]!, (namedInClause.get(reading.clause[at]!) ?? new Set<number>()).add(index));
  // Words the taxonomy's own phrases were found on: a general-knowledge topic said only inside one ("reports" of
  // "expedited reports", "reconciliation" as an alias of ore dilution) is that phrase's word, not a second pain.
  const namedAt = new Set<number>();
  // A sentence that downloads or requests something names what it asked for, not what hurts: not even in the
  // taxonomy's own words ("Downloaded the signal detection ebook").
  const { sentences: requests, at: askedAt } = requestSentences(stems, tokens, notes);
  const asks = (i: number) => requests.has(tokens[i]!.sentence) || askedAt.has(i);
  /** Sentences where some pain was read (pains-complaint-nearest). */
  const readIn = new Set<number>();
  /** Pains each clause gave through the knowledge's topics (pains-clause-lead). */
  /** Entry `index`'s label or aliases name the channel said as the means at `i`, and no other word of such a phrase is
   * said in the sentence ("road test bookings ... by phone" for an alias "phone road test bookings", "forty calls a
   * day by telephone" for an alias "telephone calls"): the channel then says how, not this entry's pain. */
  const namesChannel = (index: number, i: number): boolean => {
    const channel = stems[i]!;
    const forms = painFormPhrases(c)[index]!.filter((phrase) => phrase.includes(channel));
    if (forms.length === 0) return false;
    const sentence = tokens[i]!.sentence;
    const said = new Set(stems.slice(firstOfSentence.get(sentence)!, endOfSentence.get(sentence)!));
    said.delete(channel);
    return !forms.some((phrase) => phrase.some((w) => w !== channel && !isStopword(w) && said.has(w)));
  };
  const knownInClause = new Map<number, Set<number>>();
  // A phrase of one entry said only inside a longer phrase of another is that phrase's word: "arrangements" of
  // "pre-arrangements" or "online arrangements" is not the arrangement conference's.
  // pains-done-not-doing: an entry's one-word name for an activity ("Reporting", "invoicing", "quoting") is not said by
  // the verb's past form alone ("reported missing", "invoiced them in May", "already quoted"): that tells of one act done,
  // not of the work the entry names. The stem is the same, the sense is not.
  const formHits = [...c.painForms.all(stems), ...ownLanguageHits(tokens, stems, c, inExpression)].filter(
    (m) => !(m.end - m.start === 1 && isPastOfActivity(tokens[m.start]!.word, normalise(m.value.text)) && !presentPassiveAt(tokens, m.start)),
  );
  const insideLonger = (m: (typeof formHits)[number]) =>
    formHits.some((o) => o.value.index !== m.value.index && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start);
  // notes-settled-reason, review mend: a clause said after a settled one is its reason or its figure ("quoting's
  // fine, we have a price list that works", "finance is fine, DSO is 32 days") unless the settled clause names a pain
  // in the taxonomy's own words and this one names another: then it says a pain of its own ("Quotes are fine, DSO is
  // 90 days", "Quotes are fine, stock outs every week"). Where the settled clause names none ("no that's fine, we
  // outsourced collections") nothing shows the two are different topics.
  const entriesIn = (clauseOf: number) => new Set(formHits.filter((m) => reading.clause[m.start] === clauseOf && !insideLonger(m)).map((m) => m.value.index));
  for (const [reason, settledClause] of reading.reasons) {
    const ofSettled = entriesIn(settledClause);
    if (ofSettled.size && [...entriesIn(reason)].some((index) => !ofSettled.has(index))) silent.delete(reason);
  }
  // pains-ruled-out: a pain the notes name in the taxonomy's own words only to say it is fine or handled ("website is
  // fine", "timecards are ok, payroll company handles that") is not given from other words of the same notes. Not one
  // named only by a settling cue's own words ("no complaints about the kiosk", "geen klachten over de kassa"): the cue
  // settles what it is said of, so a complaint said elsewhere in the notes stands (review mend).
  const ruledOut = new Set<number>();
  // A match every word of which is in `words` (the cues' own words, a guess's).
  const allIn = (words: ReadonlySet<number>) => (m: { start: number; end: number }) => {
    for (let i = m.start; i < m.end; i++) if (!words.has(i)) return false;
    return true;
  };
  const cueOwn = allIn(reading.cueWords);
  const guessOwn = allIn(reading.guessWords);
  for (const m of formHits) {
    // "instructors trade lessons via SMS" is not the entry whose word is "texts".
    if (m.end - m.start === 1 && channelAsMeans(tokens, m.start) && namesChannel(m.value.index, m.start)) continue;
    const silenced = silentHit(m.start, m.end, undefined, m.value.index);
    if (silenced && !insideLonger(m) && !cueOwn(m) && !guessOwn(m)) ruledOut.add(m.value.index);
    if (silenced || asks(m.start) || insideLonger(m)) continue;
    for (let i = m.start; i < m.end; i++) namedAt.add(i);
    name(tokens[m.start]!.sentence, m.value.index);
    nameAt(m.start, m.value.index);
    bump(scored, { index: m.value.index, score: 1 + 0.05 * (m.end - m.start), evidence: { field: 'notes', quote: quoteOf(m.start, m.end), via: 'taxonomy', confidence: 1 } });
  }
  // pains-ruled-out-pair: two words said together in one of a pain's names ("Driver payroll is fine" for a label
  // "Driver payroll and expenses", which the label's phrase as a whole does not match) in a clause that says it is
  // fine or handled rule that pain out as its whole phrase does, where no other pain's names say the pair. Review mend:
  // only its readings from other words (below 0.9): one of its own names said in a complaint still stands ("Dealer
  // commissions are fine, dealer statements are a mess" for an alias "dealer statements").
  const pairOut = new Set<number>();
  const forms = painFormPhrases(c);
  for (let i = 0; i + 1 < stems.length; i++) {
    const a = stems[i]!;
    const b = stems[i + 1]!;
    if (reading.clause[i] !== reading.clause[i + 1] || isStopword(a) || isStopword(b) || a.length < 3 || b.length < 3) continue;
    if (!silentHit(i, i + 2)) continue;
    const owners = forms.flatMap((phrases, index) => (phrases.some((phrase) => phrase.some((w, k) => w === a && phrase[k + 1] === b)) ? [index] : []));
    if (owners.length === 1) pairOut.add(owners[0]!);
  }
  // The same phrase with a few words between ("tickets are piling up" for "tickets piling up").
  const sentenceOf = tokens.map((t) => t.sentence);
  for (const m of c.painNear.near(stems, sentenceOf, 3)) {
    if (silentHit(m.start, m.end, undefined, m.value.index) || asks(m.start)) continue;
    name(tokens[m.start]!.sentence, m.value.index);
    bump(scored, { index: m.value.index, score: 0.9, evidence: { field: 'notes', quote: quoteOf(m.start, m.end), via: 'taxonomy', confidence: 0.9 } });
  }
  // Another language's order ("image de prix", "fin de saison", "Einheitspreise") read in English's: the
  // taxonomy's phrases of two words or more found there, quoted as the notes say them.
  for (const order of [...otherWordOrders(notes, tokens, stems), ...compoundPairs(tokens, stems, own)]) {
    if (silentHit(order.start, order.end, order.stems) || asks(order.start)) continue;
    const hits = [...c.painForms.all(order.stems), ...c.painNear.near(order.stems, order.stems.map(() => 0), 2)];
    for (const m of hits) {
      if (order.stems.slice(m.start, m.end).filter((s) => !isStopword(s)).length < 2) continue;
      // pains-order-named: the words read in another order named the pain as the taxonomy's own phrase does: a topic
      // said only inside them ("Stromkosten" power costs, "coûts de l'énergie") is that phrase's word, not a second pain.
      for (let i = order.start; i < order.end; i++) namedAt.add(i);
      nameAt(order.start, m.value.index);
      name(tokens[order.start]!.sentence, m.value.index);
      bump(scored, { index: m.value.index, score: 1 + 0.05 * (m.end - m.start), evidence: { field: 'notes', quote: quoteOf(order.start, order.end), via: 'taxonomy', confidence: 1 } });
    }
  }

  // "I spend hours on drafting", "the team spends half the day answering": time, not money.
  const spendsTime = (i: number) => {
    if (!SPEND.has(stems[i]!)) return false;
    for (let j = i + 1; j <= i + 4 && j < tokens.length && tokens[j]!.sentence === tokens[i]!.sentence; j++)
      if (DURATION.has(stems[j]!) || TIME_SPENT.has(stems[j]!)) return true;
    return false;
  };

  // Qualifiers present in each sentence, and topics with where they were said.
  const qualifiers = new Map<number, Set<string>>();
  /** pains-complaint-clause: the qualifiers each clause says, for a label's qualifier said of the topic. */
  const clauseQualifiers = new Map<number, Set<string>>();
  /** Review mend (fifty-fifth round): a clause's qualifiers said as part of a problem topic's own words, with that topic's
   * words (`ownedQualifier`). */
  const ownedClauseQualifiers = new Map<number, { q: string; start: number; end: number }[]>();
  /** Durations (fifty-seventh round): the clauses whose slowness is said otherwise than by a duration alone. */
  const slowSaidOtherwise = new Set<number>();
  const addQualifier = (at: number, q: string, owner?: { start: number; end: number }, byDuration = false) => {
    if (q === 'slow' && !byDuration) slowSaidOtherwise.add(reading.clause[at]!);
    const set = qualifiers.get(tokens[at]!.sentence) ?? new Set<string>();
    set.add(q);
    qualifiers.set(tokens[at]!.sentence, set);
    if (owner) ownedClauseQualifiers.set(reading.clause[at]!, [...(ownedClauseQualifiers.get(reading.clause[at]!) ?? []), { q, ...owner }]);
    else clauseQualifiers.set(reading.clause[at]!, (clauseQualifiers.get(reading.clause[at]!) ?? new Set<string>()).add(q));
  };
  const topics: { concept: string; sentence: number; start: number; end: number; pattern?: boolean }[] = [];
  // A shift word said with a count, a time of day or the "in" of working in shifts ("three shifts", "night
  // shifts", "work in shifts", "turni notturni") says how the work is organised: the scheduling topic it names is a pain
  // only where its sentence complains or says a qualifier.
  const shiftProblemIn = (sentence: number): boolean => {
    if (complainsIn(sentence)) return true;
    for (let i = firstOfSentence.get(sentence)!; i < endOfSentence.get(sentence)!; i++) if (SHIFT_PROBLEM.has(tokens[i]!.word) || SHIFT_PROBLEM_STEM.has(stems[i]!)) return true;
    return SHIFT_PROBLEM_PHRASE.any(stems.slice(firstOfSentence.get(sentence)!, endOfSentence.get(sentence)!));
  };
  const shiftPattern = (start: number, end: number) => {
    if (end - start !== 1 || !SHIFT_WORD.has(stems[start]!)) return false;
    // A German or Dutch duty or shift of a time of day, the weekend or on-call in one word ("Nachtdienst",
    // "Spätschicht", "avonddienst"), read as "shift", is said with its time as "night shift" is.
    if (SHIFT_TIME_COMPOUND.test(tokens[start]!.word)) return true;
    const sentence = tokens[start]!.sentence;
    const at = (j: number) => (j >= 0 && j < tokens.length && tokens[j]!.sentence === sentence ? tokens[j]! : undefined);
    const before = at(start - 1);
    if (before && (SHIFT_BEFORE.has(before.word) || SHIFT_BEFORE_STEM.has(stems[start - 1]!) || (before.word === 'a' && tokens[start]!.word === 'turni'))) return true;
    // A verb of doing or working the shifts before them, past an article ("the pickers work shifts", "fanno i turni",
    // "hacen turnos", "fazem os turnos", "we draaien diensten"): how the work is organised, as a count is.
    // Not one denied or refused a few words before ("won't work shifts", "non vogliono più fare i turni"): that is the complaint.
    if (before) {
      const v = SHIFT_ARTICLE.has(before.word) ? start - 2 : start - 1;
      const verb = at(v);
      const denied = [1, 2, 3].some((k) => { const w = at(v - k); return !!w && SHIFT_DENIED.has(w.word); });
      if (verb && SHIFT_DOING.has(verb.word) && !denied) return true;
    }
    const after = at(end);
    if (after && SHIFT_AFTER.has(after.word)) return true;
    const then = at(end + 1);
    return !!after && !!then && SHIFT_OF.has(after.word) && (SHIFT_TIME.has(then.word) || SHIFT_TIME_STEM.has(stems[end + 1]!));
  };
  // A topic said only inside a longer phrase of another topic is that phrase's word: "see" of "never see them
  // again" (churn) is not a want of visibility.
  // Hits come in order of their first word; a phrase is a few words long, so only near neighbours can hold one.
  // An agent noun ("reporters") is no word of its verb's topic (topicStem).
  const conceptHits = conceptIndex().all(stems.map((s, i) => (s === tokens[i]!.stem ? topicStem(tokens[i]!) : s)));
  const isTopic = (h: (typeof conceptHits)[number]) => CONCEPTS[h.value.concept]!.kind === 'topic';
  /** Review mend (fifty-fifth round): the words of a problem topic (a `negative` one, a problem by itself) that a qualifier
   * is said as part of or right before: "not" of "not integrated", "no" of "no integration", "geen" of "geen koppeling"
   * (read "no integration"), where the topic's words are followed by what it is not linked with (LINKED_WITH). The lack is
   * then that topic's, the link that is missing, not a lack of the thing in the rest of the clause: "not integrated with
   * the schedule" says no missed appointment, whatever the language calls the schedule ("met de planning", "avec le
   * planning"). */
  const ownedQualifier = (k: number): { start: number; end: number } | undefined => {
    const h = conceptHits[k]!;
    if (CONCEPTS[h.value.concept]!.kind !== 'qualifier') return undefined;
    for (let j = Math.max(0, k - 12); j < Math.min(conceptHits.length, k + 12); j++) {
      const o = conceptHits[j]!;
      if (j === k || !isTopic(o) || !CONCEPTS[o.value.concept]!.negative || tokens[o.start]!.sentence !== tokens[h.start]!.sentence) continue;
      const linkedWith = o.end < tokens.length && tokens[o.end]!.sentence === tokens[o.start]!.sentence && LINKED_WITH_WORD.has(tokens[o.end]!.word);
      if (linkedWith && ((o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start) || o.start === h.end)) return { start: o.start, end: o.end };
    }
    return undefined;
  };
  const insideOther = (k: number) => {
    const h = conceptHits[k]!;
    if (!isTopic(h)) return false;
    for (let j = Math.max(0, k - 12); j < Math.min(conceptHits.length, k + 12); j++) {
      const o = conceptHits[j]!;
      if (j !== k && isTopic(o) && o.value.concept !== h.value.concept && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start) return true;
    }
    return false;
  };
  // pains-counted-papers: "paper" the material (forms on paper, "it's all paper") is a mass noun; "papers", counted, are
  // documents or articles ("about 300 papers a year", "board papers"), not work done on paper. Review mend: only counted
  // or named as a kind of document (PAPERS_COUNTERS, PAPERS_KINDS, "dozens of papers", "papers a year") or sent
  // out (PAPERS_SENT, "papers go out"); bare "papers"
  // is the paperwork ("stacks of papers pile up", "filing papers", "papers to sign by hand").
  const countedPapers = (start: number, end: number, concept: string) => {
    if (concept !== 'paperwork' || end - start !== 1 || tokens[start]!.word !== 'papers') return false;
    const sentence = tokens[start]!.sentence;
    const at = (i: number) => (i >= 0 && tokens[i]?.sentence === sentence ? tokens[i]!.word.replace(/['’]s$/, '') : undefined);
    const before = at(start - 1);
    if (before !== undefined && (/^\d/.test(before) || PAPERS_COUNTER.has(before) || PAPERS_KIND.has(before))) return true;
    if (before === 'of' && PAPERS_COUNTED_OF_WORDS.has(at(start - 2) ?? '')) return true;
    const after = at(start + 1);
    if (PAPERS_SENDING.has(after ?? '') || ((after === 'are' || after === 'get' || after === 'were') && PAPERS_SENDING.has(at(start + 2) ?? ''))) return true;
    return (after === 'a' || after === 'per' || after === 'each' || after === 'every') && PAPERS_RATE.has(at(start + 2) ?? '');
  };
  // pains-time-words: a one-word topic after an ordinal ("3rd shift", "last shift") says when, not what hurts.
  const asTime = (start: number, end: number) => end - start === 1 && start > 0 && tokens[start - 1]!.sentence === tokens[start]!.sentence && TIME_ORDINAL.has(tokens[start - 1]!.word);
  // pains-where-to: not knowing "where to" ("dont know where to start", "no idea where to begin") asks what to do next,
  // not where the work is (NOT_KNOWN_WHERE): a hit ending on "where", or just before it, with "to" next is no pain.
  const asksWhereTo = (end: number) => {
    const to = tokens[end - 1]!.word === 'where' ? end : tokens[end]?.word === 'where' ? end + 1 : -1;
    return to > 0 && tokens[to]?.word === 'to' && tokens[to]!.sentence === tokens[end - 1]!.sentence;
  };
  // pains-goes-down, review mend: "goes down" is downtime only with a machine or a system as what goes down (MACHINE_STEM,
  // or a word the taxonomy's downtime entries add: "Oven downtime"), just before it or as "it" after one ("the tills
  // went down", "the POS went down"), not revenue, footfall or morale, nor a machine word said as money (NOT_A_MACHINE:
  // "bottom line") or as a channel or a place (CHANNEL_BEFORE: "replies to our email", "orders by phone", "on site"); and never "went down well", "went down the checklist", "went down from 40
  // to 31", "went down 20%" (a figure, unless it counts times or a duration follows: "went down 3 times", "went down 2
  // days before Christmas").
  let machineStems: Set<string> | undefined;
  /** The words `phrase` (stems) end at `i`, within its sentence. */
  const endsAt = (phrase: readonly string[], i: number) =>
    i + 1 >= phrase.length && phrase.every((w, k) => {
      const j = i - phrase.length + 1 + k;
      return stems[j] === w && tokens[j]!.sentence === tokens[i]!.sentence;
    });
  /** A word before `start` in its sentence is a channel's or a place's ("to our email", "by phone", "on site"). */
  const asChannel = (start: number) => {
    const sentence = tokens[start]!.sentence;
    const at = (j: number) => wordInSentence(j, sentence);
    const j = CHANNEL_BETWEEN_WORD.has(at(start - 1)) ? start - 2 : start - 1;
    return CHANNEL_BEFORE_WORD.has(at(j));
  };
  const isMachine = (i: number) => {
    const phrase = (machineStems ??= new Set([...MACHINE_STEM, ...c.pains.filter((p) => p.topics.has('maintenance')).flatMap((p) => [...p.narrowing])])).has(stems[i]!)
      ? [stems[i]!]
      : MACHINE_PHRASES.find((p) => endsAt(p, i));
    return !!phrase && !asChannel(i - phrase.length + 1) && !NOT_A_MACHINE_STEMS.some((p) => endsAt(p, i));
  };
  const notMachineDown = (start: number, end: number, said: string) => {
    if (!GOES_DOWN_SAID.has(said)) return false;
    const sentence = tokens[start]!.sentence;
    const next = (k: number) => wordInSentence(end + k, sentence);
    // A figure is an amount ("went down 20%", "went down £2 a loaf": the signs are not words) unless it counts times or
    // a duration follows it ("went down 3 times", "went down 2 days before Christmas", "went down 4 days running").
    const counted = /^\d+x$/.test(next(0)) || TIMES_WORD.has(next(1)) || (next(1) !== '' && DURATION.has(stems[end + 1]!));
    if (NOT_DOWN_NEXT.has(next(0)) || (/^\d/.test(next(0)) && !counted)) return true;
    let i = start - 1;
    while (i >= 0 && tokens[i]!.sentence === sentence && (BEFORE_DOWN_WORD.has(tokens[i]!.word) || /^\d/.test(tokens[i]!.word))) i--;
    if (i < 0 || tokens[i]!.sentence !== sentence) return true;
    if (isMachine(i)) return false;
    if (tokens[i]!.word !== 'it' && tokens[i]!.word !== 'they') return true;
    for (let j = i - 1; j >= 0 && tokens[j]!.sentence >= sentence - 1; j--) if (isMachine(j)) return false;
    return true;
  };
  // A count of staff said before "down" ("two nurses down") is the staff missing at its clause's end or before a time
  // (STAFF_DOWN_NEXT), not where a way or a place follows ("sent two techs down to the site"); review of the sixty-fifth round.
  // Nor where a verb of sending comes before the count in its clause ("we sent two techs down at the depot";
  // STAFF_SENT_VERBS), or one of taking straight before it ("took two techs down"; STAFF_TAKEN_VERBS).
  const sentDown = (start: number, end: number, said: string, concept: string) => {
    if (concept !== 'staffing' || !said.endsWith(' down') || said.startsWith('down ')) return false;
    if (start > 0 && tokens[start - 1]!.sentence === tokens[start]!.sentence && STAFF_TAKEN_VERB.has(tokens[start - 1]!.word)) return true;
    for (let i = start - 1; i >= 0 && tokens[i]!.sentence === tokens[start]!.sentence && !CLAUSE_BREAK.test(notes.slice(tokens[i]!.end, tokens[i + 1]!.start)); i--)
      if (STAFF_SENT_VERB.has(tokens[i]!.word)) return true;
    const next = tokens[end];
    if (!next || next.sentence !== tokens[end - 1]!.sentence || CLAUSE_BREAK.test(notes.slice(tokens[end - 1]!.end, next.start))) return false;
    return !STAFF_DOWN_NEXT_WORD.has(next.word);
  };
  // Sixty-ninth round: "24/7" or "around the clock" straight after a verb of running or opening says the hours kept, not
  // the staff short (ROUND_THE_CLOCK, RUNNING_VERBS).
  const hoursKept = (start: number, said: string, concept: string) =>
    concept === 'staffing' && ROUND_THE_CLOCK_SAID.has(said) && start > 0 && tokens[start - 1]!.sentence === tokens[start]!.sentence && RUNNING_VERB.has(tokens[start - 1]!.word);
  // Review of the sixty-sixth round, finding 6: a saying of something unfinished is abandonment only where a cart, a
  // form, a booking or the like (ABANDONED_THINGS) is said before it in its sentence or the one before ("start a
  // booking; most were never completed"), or as its object ("dont finish the registration form"). Second review of the
  // sixty-sixth round, finding 7: an order, a form, a payment said before it is an everyday back-office noun ("moved the
  // order history to the new ERP. The import was never completed"), so before the saying the thing counts only with a
  // cart's word (ABANDONED_CARTS) or a buyer's (ABANDONING_BUYERS) in the same window, or as the saying's subject, the
  // word just before it or before one auxiliary ("bookings never completed", "bookings were never completed").
  const unfinishedTask = (start: number, end: number, said: string, concept: string) => {
    if (concept !== 'abandonment' || !UNFINISHED_SAID.has(said)) return false;
    const sentence = tokens[start]!.sentence;
    const subject = start > 0 && UNFINISHED_AUXILIARIES.has(tokens[start - 1]!.word) ? start - 2 : start - 1;
    if (subject >= 0 && tokens[subject]!.sentence === sentence && ABANDONED_THING.has(tokens[subject]!.word)) return false;
    let thing = false;
    let buyer = false;
    for (let i = start - 1; i >= 0 && tokens[i]!.sentence >= sentence - 1; i--) {
      if (ABANDONED_CART.has(tokens[i]!.word)) return false;
      if (ABANDONED_THING.has(tokens[i]!.word)) thing = true;
      if (ABANDONING_BUYER.has(tokens[i]!.word)) buyer = true;
    }
    if (thing && buyer) return false;
    for (let i = end; i < Math.min(tokens.length, end + UNFINISHED_OBJECT_WORDS) && tokens[i]!.sentence === sentence; i++) if (ABANDONED_THING.has(tokens[i]!.word)) return false;
    return true;
  };
  // pains-not-turning-up, review mend: people not coming (NOT_TURNING_UP) are no-shows only when people or bookings are
  // who does not come: one of WHO_COMES earlier in the sentence (or "they", "them" there after one in the sentence
  // before), and no thing after the phrase ("not showing up in QuickBooks", "didnt turn up anything", "dont come back").
  const nobodyMissing = (start: number, end: number, said: string) => {
    if (!NO_SHOW_SAID.has(said)) return false;
    const sentence = tokens[start]!.sentence;
    const at = (i: number) => wordInSentence(i, sentence);
    if (NOT_COMING_NEXT.has(at(end)) && !(DAY_TIME_BEFORE.has(at(end)) && [end + 1, end + 2].some((i) => DAY_TIME.has(at(i))))) return true;
    // An English word counts as written ("booked", not "books"); a word read from another language by its reading.
    const comes = (i: number) => WHO_COMES_WORD.has(tokens[i]!.word) || (stems[i] !== tokens[i]!.stem && WHO_COMES_STEM.has(stems[i]!));
    let pronoun = false;
    for (let i = start - 1; i >= Math.max(0, start - 8) && tokens[i]!.sentence === sentence; i--) {
      if (comes(i)) return false;
      if (tokens[i]!.word === 'they' || tokens[i]!.word === 'them') pronoun = true;
    }
    return !(pronoun && tokens.some((t, i) => t.sentence === sentence - 1 && comes(i)));
  };
  // Lost sales, review mend: a paper mislaid ("lose quotes in the site folder", LOST_PAPERS then PLACE_AFTER) or work lost to
  // a cause ("lost work to the rain", "lost business to the roadworks": LOST_TO_A_CAUSE in the noun group after "to") is not a sale lost
  // to another seller.
  const notLostToASeller = (end: number, concept: string, said: string) => {
    if (concept !== 'lostsales') return false;
    const sentence = tokens[end - 1]!.sentence;
    const at = (i: number) => wordInSentence(i, sentence);
    const last = said.split(' ').pop()!;
    if (LOST_PAPERS_WORD.has(last)) return PLACE_AFTER_WORD.has(at(end));
    if (last !== 'to') return false;
    let i = end;
    while (LOST_TO_ARTICLE.has(at(i))) i++;
    // The noun group's words up to three, to its head: "to the rain", "to the bridge closure"; not past a preposition
    // ("to firms with ...").
    for (const last = i + 3; i < last && at(i) && !LOST_TO_STOP.has(at(i)); i++) if (LOST_TO_A_CAUSE_WORD.has(at(i))) return true;
    return false;
  };
  // Arrival, review mend: "where the fitter is", "when the crew is coming" (the customer's question, NOT_TOLD_ARRIVAL in
  // knowledge/pains.ts) only with an asking or not-knowing word before them in the sentence (ASKING_BEFORE_ARRIVAL: "ring
  // asking where the fitter is", "never know when the crew is coming"), and "where ... is" only as the question's end
  // (ARRIVAL_QUESTION_ENDS or the clause's end): not "I'll tell them when the fitter is coming", "Hull is where the fitter
  // is based", "asked where the cleaner is most useful". "nobody told them" only with the visit in its clause
  // (ARRIVAL_WORDS, a word starting "arriv", "on the way"): not "nobody told them about the fee change".
  const notAskedArrival = (start: number, end: number, concept: string, said: string) => {
    if (concept !== 'arrival') return false;
    const sentence = tokens[start]!.sentence;
    if (NOT_TOLD_THEM_SAID.has(said)) {
      const k = reading.clause[start];
      const inClause = (i: number) => tokens[i]?.sentence === sentence && reading.clause[i] === k;
      let first = start;
      while (first > 0 && inClause(first - 1)) first--;
      for (let i = first; inClause(i); i++) {
        if (i >= start && i < end) continue;
        const w = tokens[i]!.word;
        if (ARRIVAL_WORD.has(w) || w.startsWith('arriv') || (w === 'way' && tokens[i - 1]?.word === 'the' && tokens[i - 2]?.word === 'on')) return false;
      }
      return true;
    }
    const form = said.split(' ');
    if ((form[0] !== 'where' && form[0] !== 'when') || (form[1] !== 'the' && form[1] !== 'our')) return false;
    let asked = false;
    for (let i = start - 1; i >= Math.max(0, start - 8) && tokens[i]!.sentence === sentence && !asked; i--) {
      const w = tokens[i]!.word;
      asked = ASKING_ARRIVAL.has(w) || (i > 0 && tokens[i - 1]!.sentence === sentence && ASKING_ARRIVAL.has(`${tokens[i - 1]!.word} ${w}`));
    }
    if (!asked) return true;
    if (form[0] !== 'where') return false;
    const next = tokens[end];
    return !(!next || next.sentence !== sentence || reading.clause[end] !== reading.clause[end - 1] || ARRIVAL_QUESTION_END.has(next.word));
  };
  // Sixty-fifth round: "ramp" with a word of the place beside it ("the ramp team", "ramp handlers", "a loading ramp") is the
  // apron or a dock, not a ramping up of new staff (RAMP_PLACE_AFTER, RAMP_PLACE_BEFORE in knowledge/pains.ts).
  const rampPlace = (start: number, said: string) => {
    if (said !== 'ramp') return false;
    const at = (i: number) => wordInSentence(i, tokens[start]!.sentence);
    return RAMP_AFTER.has(at(start + 1)) || RAMP_BEFORE.has(at(start - 1));
  };
  // Sixty-fifth round: a topic's word counted in digits and given a rate ("~11k admissions/yr", "about 3000 bookings a
  // year", "40 orders per day") says how much business there is, not a problem of it; not a topic that is a problem
  // itself ("20 no-shows a week", "a dozen complaints a week": negative topics). The counted topic's words (volumeWords) are no
  // words of the sentence for the library's words either.
  const volumeWords = new Set<number>();
  const countedVolume = (start: number, end: number, concept: string) => {
    if (CONCEPTS[concept]?.negative) return false;
    const at = (i: number) => wordInSentence(i, tokens[start]!.sentence);
    if (!/^\d[\d.]*k?$/.test(at(start - 1))) return false;
    return VOLUME_RATE.has(at(end)) || (RATE_BEFORE.has(at(end)) && VOLUME_PERIOD.has(at(end + 1)));
  };
  // Sixty-fifth round: "numbers" after a thing they identify ("the batch numbers", "ticket numbers", "seat numbers":
  // IDENTIFIED_THINGS in knowledge/pains.ts) are labels, not the figures the visibility topic says a business lacks.
  const identifierNumbers = (start: number, said: string) =>
    (said === 'numbers' || said === 'number') && start > 0 && tokens[start - 1]!.sentence === tokens[start]!.sentence && IDENTIFIED.has(tokens[start - 1]!.word);
  for (const [k, m] of conceptHits.entries()) {
    const sentence = tokens[m.start]!.sentence;
    if (countedVolume(m.start, m.end, m.value.concept)) {
      for (let i = m.start; i < m.end; i++) volumeWords.add(i);
      continue;
    }
    if (notLostToASeller(m.end, m.value.concept, m.value.said) || notAskedArrival(m.start, m.end, m.value.concept, m.value.said) || rampPlace(m.start, m.value.said) || identifierNumbers(m.start, m.value.said)) continue;
    if (spendsTime(m.start) || insideOther(k) || countedPapers(m.start, m.end, m.value.concept) || (isTopic(m) && asTime(m.start, m.end)) || asksWhereTo(m.end) || notMachineDown(m.start, m.end, m.value.said) || sentDown(m.start, m.end, m.value.said, m.value.concept) || hoursKept(m.start, m.value.said, m.value.concept) || unfinishedTask(m.start, m.end, m.value.said, m.value.concept) || nobodyMissing(m.start, m.end, m.value.said)) continue;
    for (const q of m.value.implies) addQualifier(m.start, q);
    const def = CONCEPTS[m.value.concept]!;
    if (def.kind === 'qualifier') addQualifier(m.start, m.value.concept, ownedQualifier(k));
    else for (const concept of [m.value.concept, ...(def.parent ? [def.parent] : [])]) topics.push({ concept, sentence, start: m.start, end: m.end, ...(concept === 'scheduling' && shiftPattern(m.start, m.end) ? { pattern: true } : {}) });
  }
  // "approvals take weeks", "invoices sit for a week": slow, said with a duration.
  const durationSaid = new Set<number>();
  // Durations, review mend: a time that is not a delay does not read slowness. "in the last few weeks", "over the last 3
  // months" say when (the take word "last" itself, then only counts or a number: DURATION_COUNTS; "waiting for the last
  // few weeks" still says how long); "does not take long", "never takes more than a day", "only takes a day" say it is
  // quick (NOT_SLOW_BEFORE_DURATION in the two words before the take word or between it and the time,
  // AT_MOST_BEFORE_DURATION between them); "takes an hour" is no delay (ONE_BEFORE_HOUR).
  const notADelay = (take: number, duration: number) => {
    if (WHEN_BEFORE.has(tokens[take]!.word) && duration > take + 1 && tokens.slice(take + 1, duration).every((t) => DURATION_COUNT.has(t.word) || /^\d+$/.test(t.word))) return true;
    for (let k = Math.max(0, take - 2); k < duration; k++)
      if (k !== take && tokens[k]!.sentence === tokens[take]!.sentence && (NOT_SLOW_BEFORE.has(tokens[k]!.word) || (k > take && AT_MOST_BEFORE.has(tokens[k]!.word)))) return true;
    // "last minute" is short notice, not a time taken.
    if (tokens[take]!.word === 'last' && duration === take + 1 && stems[duration] === MINUTE) return true;
    return (ONE_UNIT.has(stems[duration]!) && ONE_BEFORE_HOUR_WORD.has(tokens[duration - 1]!.word));
  };
  for (let i = 0; i < tokens.length; i++) {
    if (!TAKE.has(stems[i]!)) continue;
    for (let j = i + 1; j <= i + 4 && j < tokens.length && tokens[j]!.sentence === tokens[i]!.sentence; j++)
      if (DURATION.has(stems[j]!) && !notADelay(i, j)) {
        addQualifier(i, 'slow', undefined, true);
        // "last year", "last week" is when, not how long.
        if (!(tokens[i]!.word === 'last' && j === i + 1)) durationSaid.add(tokens[i]!.sentence);
      }
  }
  const said = new Set(stems);
  // A problem shared by several entries goes to those whose label the notes say all of: "reconciliation"
  // alone is "Manual accounting & reconciliation", not "CAM reconciliation" unless CAM is said.
  const narrowedOut = (index: number, others: readonly number[]) =>
    others.length > 1 &&
    [...c.pains[index]!.narrowing].some((w) => !said.has(w)) &&
    others.some((o) => o !== index && [...c.pains[o]!.narrowing].every((w) => said.has(w)));
  // A stem's weights through the library's words, its spelling and its related words: looked up once, though the
  // passes below ask for the same words again.
  const weightsCache = new Map<string, readonly [number, number][]>();
  const weightsOf = (word: string): readonly [number, number][] => {
    let found = weightsCache.get(word);
    if (!found) {
      // A channel said as the means ("over the telephone") does not speak for an entry whose own
      // label or aliases name that channel ("Ringing phones and full inboxes"); for any other entry it is a word like
      // the rest ("repair slips come in by fax" still leads to an entry about keying in paper slips).
      found = word.startsWith(MEANS_MARK) ? meansWeights(Number(word.slice(MEANS_MARK.length))) : vocabularyWeights(word, c);
      weightsCache.set(word, found);
    }
    return found;
  };
  /** The weights of the channel said as the means at `i`: none for an entry whose label or aliases name that channel,
   * unless another word of such a phrase is said in the sentence too ("road test bookings ... by phone" and "phone road
   * test bookings"). */
  const meansWeights = (i: number): readonly [number, number][] => {
    return weightsOf(stems[i]!).filter(([index]) => !namesChannel(index, i));
  };
  /** The stems the library's words are read by: a channel said as the means marked by its place. */
  const wordStems = stems.map((s, i) => (channelAsMeans(tokens, i) ? MEANS_MARK + i : s));
  // What a sentence's words say for each pain through the library's content (its non-silent words, once each).
  const supportCache = new Map<number, Map<number, number>>();
  /** What the words from `from` on, while `within` holds, say for each pain through the library's content (its
   * non-silent words, once each). */
  const supportOf = (from: number, within: (i: number) => boolean): Map<number, number> => {
    const support = new Map<number, number>();
    const seen = new Set<string>();
    for (let i = from; i < tokens.length && within(i); i++) {
      const t = tokens[i]!;
      // Nor do function words support one (below).
      if (t.word.length <= 2 || isStopword(t.word) || isClosedWord(t.word) || reading.functionWords.has(i) || inFineSentence(i) || seen.has(stems[i]!)) continue;
      seen.add(stems[i]!);
      for (const [index, w] of weightsOf(stems[i]!)) support.set(index, (support.get(index) ?? 0) + w);
    }
    return support;
  };
  const librarySupport = (sentence: number): Map<number, number> => {
    let support = supportCache.get(sentence);
    if (!support) supportCache.set(sentence, (support = supportOf(firstOfSentence.get(sentence) ?? tokens.length, (i) => tokens[i]!.sentence === sentence)));
    return support;
  };
  /** The same for the clause of the word at `at`. */
  const clauseSupport = (at: number): Map<number, number> => {
    const k = reading.clause[at]!;
    let from = at;
    while (from > 0 && reading.clause[from - 1] === k) from--;
    return supportOf(from, (i) => reading.clause[i] === k);
  };
  const insideNamed = (start: number, end: number) => {
    for (let i = start; i < end; i++) if (!namedAt.has(i)) return false;
    return true;
  };
  // pains-beside-named: a topic said right beside a phrase the taxonomy's own words named ("Auditoria NIS2", "NIS2
  // audit", "irrigation scheduling") says what that phrase is about, not a second pain.
  const besideNamed = (start: number, end: number) => {
    const sentence = tokens[start]!.sentence;
    const at = (i: number) => i >= 0 && i < tokens.length && tokens[i]!.sentence === sentence && namedAt.has(i);
    return at(start - 1) || at(end);
  };
  /** The qualifiers said of the words from `start` to `end`: those of their clause and of a "but" clause right after. */
  /** Whether the clauses qualifiersOf reads say slowness otherwise than by a duration alone. */
  const slowSaidInClauses = (start: number, end: number): boolean => {
    const k = reading.clause[start]!;
    let next = end;
    while (next < tokens.length && reading.clause[next] === k) next++;
    const but = next < tokens.length && tokens[next]!.sentence === tokens[start]!.sentence && BUT.has(tokens[next]!.word);
    return slowSaidOtherwise.has(k) || (but && slowSaidOtherwise.has(reading.clause[next]!)) || (ownedClauseQualifiers.get(k) ?? []).some((o) => o.q === 'slow' && o.start < end && o.end > start);
  };
  const qualifiersOf = (start: number, end: number): Set<string> => {
    const k = reading.clause[start]!;
    let next = end;
    while (next < tokens.length && reading.clause[next] === k) next++;
    const but = next < tokens.length && tokens[next]!.sentence === tokens[start]!.sentence && BUT.has(tokens[next]!.word);
    const owned = (ownedClauseQualifiers.get(k) ?? []).filter((o) => o.start < end && o.end > start).map((o) => o.q);
    return new Set([...(clauseQualifiers.get(k) ?? []), ...owned, ...((but && clauseQualifiers.get(reading.clause[next]!)) || [])]);
  };
  /** The sentence's words, besides the manual way's own (`start` to `end`), speak for the entry through the library's
   * content, and for no other pain more. */
  const leadsLibraryWords = (index: number, sentence: number, start: number, end: number): boolean => {
    const support = supportOf(firstOfSentence.get(sentence) ?? tokens.length, (i) => tokens[i]!.sentence === sentence && (i < start || i >= end));
    const own = support.get(index) ?? 0;
    return own > 0 && [...support.values()].every((w) => w <= own);
  };
  const saysTask = (task: readonly string[], sentence: number): boolean => {
    for (let i = firstOfSentence.get(sentence) ?? tokens.length; i < tokens.length && tokens[i]!.sentence === sentence; i++) if (task.includes(stems[i]!)) return true;
    return false;
  };
  /** pains-manual-task, review mend: the manual way said in a sentence of its own that refers back ("They asked about
   * slip assignment. Today it is all done by hand": "it", "that", "ça", "lo" before it) or has no subject of its own
   * (only English function words before it: "Still done by hand") is said of the sentence before's task. Second review
   * mend: read up to the sentence's first content word only (a subject of its own: "She mentioned that ...", "La liste
   * des acomptes, ça se fait ..."), and a word that can also be a determiner ("these", "this", "questo", "lo") points
   * back only where a function word or a participle follows it ("that is", "ça se"), not a noun ("These deposit
   * sheets", "This week"). */
  const saysTaskBefore = (task: readonly string[], t: { sentence: number; start: number }): boolean => {
    const first = firstOfSentence.get(t.sentence) ?? t.start;
    if (t.sentence === 0 || !firstOfSentence.has(t.sentence - 1)) return false;
    const functionWord = (i: number) => isStopword(tokens[i]!.word) || reading.functionWords.has(i);
    const pointsBack = (i: number) => {
      const word = tokens[i]!.word;
      if (!REFERRING_BACK.has(word)) return false;
      if (PRONOUN_ONLY.has(word) || i + 1 >= t.start) return true;
      const next = tokens[i + 1]!.word;
      return !DETERMINER.has(next) && (functionWord(i + 1) || PARTICIPLE.test(next));
    };
    for (let i = first; i < t.start; i++) {
      if (pointsBack(i)) return saysTask(task, t.sentence - 1);
      if (!functionWord(i) && !PARTICIPLE.test(tokens[i]!.word)) return false;
    }
    return saysTask(task, t.sentence - 1);
  };
  /** A topic's phrase that names a channel ("by phone") another entry's label or aliases name
   * ("Telephone backlog") does not reach an entry whose label or aliases name other channels only ("Fax"): each is
   * about its own channel. Where no entry names the channel said, an entry of another one still hears it ("Orders
   * come in by phone" of "Email chains", a way of working by hand), and an entry naming none always does. */
  const otherChannel = (index: number, start: number, end: number): boolean => {
    const saidChannels = stems.slice(start, end).filter((s) => CHANNEL_STEM.has(s));
    if (saidChannels.length === 0) return false;
    const channelsOf = painChannels(c);
    const own = channelsOf[index]!;
    if (own.length === 0 || own.some((s) => saidChannels.includes(s))) return false;
    return channelsOf.some((theirs, i) => i !== index && theirs.some((s) => saidChannels.includes(s)));
  };
  const sentenceTopics = new Map<number, Set<string>>();
  for (const t of topics) sentenceTopics.set(t.sentence, (sentenceTopics.get(t.sentence) ?? new Set<string>()).add(t.concept));
  // pains-served-parties: an English sentence where nothing hurts (no qualifier, no complaint) that says for whom the
  // prospect works ("Bookkeeping and payroll for 40 local clients", "I run the front desk for the members", "Annealer repair
  // for nearby households") says whom the business serves: its words name no pain, neither through the knowledge nor
  // through the library's words. Not "for each client" (the scope of a task), nor "for guest lecturers" (the party word
  // only qualifies the noun after it).
  // Review mends: not a sentence that says a want or a need ("Needs a kiln log for its clients", "Would love ...",
  // "Looking for an app that books ... for households": WANT_PHRASES) or is a request or an ask; nor one that says time spent
  // ("Two gaffers spend Mondays on ... for clients"). Only the clause that holds "for <party>" is silenced ("Kiln repair
  // for local firms, the kilns keep cracking" still reads its second clause), and not for a pain whose own name says the
  // party ("Lapsing guests" of "Retention offers for guests"). Per sentence: its silenced clauses, each with the parties named.
  const servedIn = new Map<number, Map<number, Set<string>>>();
  const servedClauses = (sentence: number): Map<number, Set<string>> => {
    let out = servedIn.get(sentence);
    if (out === undefined) servedIn.set(sentence, (out = saysServed(sentence)));
    return out;
  };
  const saysServed = (sentence: number): Map<number, Set<string>> => {
    const out = new Map<number, Set<string>>();
    const first = firstOfSentence.get(sentence)!;
    const end = endOfSentence.get(sentence)!;
    if (qualifiers.has(sentence) || complainsIn(sentence)) return out;
    if (requests.has(sentence)) return out;
    const wants = WANT_PHRASES.any(stems.slice(first, end));
    for (let k = first; k < end; k++) {
      // Another language's sentence: its qualifiers and complaints are read less surely (as `saysItHurts` below takes it).
      if (reading.functionWords.has(k)) return out;
      // "each" or "every" says a task's scope or its recurrence ("a report for each client", "every planner gives me
      // another figure for the members"), not the market.
      if (tokens[k]!.word === 'each' || tokens[k]!.word === 'every') return out;
      if (reading.asking.has(reading.clause[k]!) || SPEND.has(stems[k]!)) return out;
    }
    for (let k = first; k < end; k++) {
      if (tokens[k]!.word !== 'for') continue;
      for (let j = k + 1; j < end && j <= k + SERVED_REACH; j++) {
        if (!SERVED_STEMS.has(tokens[j]!.stem)) continue;
        // The party heads its phrase: "for guest lecturers" names the lecturers.
        const next = tokens[j + 1];
        if (j + 1 >= end || isStopword(next!.word) || /[^\s]/.test(notes.slice(tokens[j]!.end, next!.start))) {
          // A want is a pain's, unless it is for the prospect's own business ("wants an app to roster glaziers for
          // her own shop": an employer shopping for itself, read as before).
          if (wants && tokens[j - 1]?.word !== 'own') return new Map();
          const k2 = reading.clause[k]!;
          out.set(k2, (out.get(k2) ?? new Set<string>()).add(tokens[j]!.stem));
        }
      }
    }
    return out;
  };
  /** Whether a pain's own label or aliases say one of the parties. */
  const namesParty = (index: number, parties: ReadonlySet<string>) => [...parties].some((p) => nameStems(c)[index]!.has(p));
  /** The parties said in the served clause of the word at `i`, if its clause is one. */
  const servedAt = (i: number) => servedClauses(tokens[i]!.sentence).get(reading.clause[i]!);
  // pains-tracked-thing: a label "X tracking" is about keeping records of X; the broad visibility topic's everyday words
  // ("the serial numbers of the hoists", "a monthly summary", "no idea who signed off") do not say it. The topic reaches
  // such an entry only where its own words say the tracking ("tracked in a ledger book") or where the sentence, or the
  // seller's question it answers, asks where a thing is, which one or how many (WHEREABOUTS: "never know where a pallet
  // is"; "how many crates are out?" "no idea").
  const whereaboutsIn = new Map<number, boolean>();
  const saysWhereabouts = (sentence: number): boolean => {
    let says = whereaboutsIn.get(sentence);
    if (says === undefined) {
      const first = firstOfSentence.get(sentence)!;
      const before = raw.slice(first > 0 ? tokens[first - 1]!.end : 0, tokens[first]!.start);
      const said = `${before.includes('?') ? before.toLowerCase() : ''} ${tokens.slice(first, endOfSentence.get(sentence)!).map((x) => x.word).join(' ')}`;
      whereaboutsIn.set(sentence, (says = WHEREABOUTS_SAID.test(said)));
    }
    return says;
  };
  // pains-across-many: an entry about many units at once ("Multi-kiln visibility", "No view across kilns") is reached by
  // the broad visibility topic's everyday words, or by the library's words, only where the notes say several: a word of
  // many ("each", "different", "across", "mehrere", "the others") or a count of two or more ("two dashboards", "six
  // crushers"), in the sentence or the one before it, since they often say the units in one sentence and what cannot be
  // seen across them in the next ("Four depots. No idea which has spare lifts"), or "the others" in it or the one after,
  // which sets one unit against the rest ("One yard has the scanners; the others count by hand"); not a word of many
  // elsewhere in the notes ("different shifts" said of another matter). "Can't see what the staging cluster costs" is
  // no view across many.
  const manySaid = new Map<number, boolean>();
  const saysMany = (sentence: number): boolean => {
    let said = manySaid.get(sentence);
    if (said === undefined) {
      const near = wordsOfSentences(sentence - 1, sentence);
      said = near.length > 0 && (near.some((x, k) => MANY.has(x.word) && !MANY_OF_TIME.test(near[k + 1]?.word ?? '') && !countOrOther(near, k, notes, near[k - 1]?.sentence !== x.sentence)) || countsUnits(near, notes) || wordsOfSentences(sentence, sentence + 1).some((x) => THE_OTHERS.has(x.word)));
      manySaid.set(sentence, said);
    }
    return said;
  };
  // pains-reach: "can't reach" or "unreachable" in a sentence of the rep's contact attempt (CONTACT_ATTEMPT: "left a
  // voicemail", "called twice") is the rep's, not the prospect's problem of reaching its people, unless the sentence or
  // the one before names staff (STAFF_WORDS).
  const repContactAttempt = (sentence: number): boolean =>
    !wordsOfSentences(sentence - 1, sentence).some((x) => STAFF.has(x.word)) &&
    CONTACT_ATTEMPT_SAID.test(wordsOfSentences(sentence, sentence).map((x) => x.word).join(' '));
  const saysTracked = (t: { start: number; end: number; sentence: number }): boolean =>
    tokens.slice(t.start, t.end).some((x) => /^track(s|ed|ing)?$/.test(x.word)) || saysWhereabouts(t.sentence);
  // Sixty-fourth round: the staff's own seeing ("half the crew never sees the rota changes", "the drivers can't see the new
  // route sheets") says the message does not reach them, not a view the buyer lacks: the broad visibility topic's verb "see" said
  // after the workforce as its sentence's subject reads no visibility pain.
  // The index of the visibility topic's verb "see" in its span (-1 when the topic is another or says no "see"), read once
  // by both staff-seeing rules below.
  const seeingAt = (t: { start: number; end: number; concept: string }): number =>
    t.concept === 'visibility' ? tokens.slice(t.start, t.end).findIndex((x) => SEEING.has(x.word)) : -1;
  const seenByStaff = (t: { start: number; end: number; sentence: number; concept: string }): boolean => {
    if (seeingAt(t) < 0) return false;
    for (let k = t.start - 1; k >= 0 && tokens[k]!.sentence === t.sentence; k--) if (STAFF_WHO_SEE.has(tokens[k]!.stem)) return true;
    return false;
  };
  // pains-allocation: a unit asked ("which department", "by division") says whose a cost is only with a cost or a bill, or a
  // bill run up, in its sentence or the one before, as the several-gate reads them ("which team the cloud bill lands on";
  // "the contractors ran up the hire account. Wants it split per department"); "the report groups repairs by team" splits
  // nothing (review mend, sixty-fifth round).
  const unitAskedOfNoCost = (t: { start: number; end: number; sentence: number; concept: string }): boolean => {
    if (t.concept !== 'allocation' || !UNIT_ASKED.has(tokens.slice(t.start, t.end).map((x) => x.word).join(' '))) return false;
    const near = wordsOfSentences(t.sentence - 1, t.sentence);
    // "in charge of" says who runs a thing, not a charge (review of the sixty-fifth round, finding 9).
    return !near.some((x, k) => COST_OR_BILL.has(x.word) && !(x.word === 'charge' && near[k - 1]?.word === 'in')) && !RUN_UP.test(near.map((x) => x.word).join(' '));
  };
  // Sixty-fifth round: the staff's seeing said not to happen ("half the crew never sees the rota changes", "the porters
  // don't see the circulars") is a message that does not reach them: the `reach` topic, where a library hears it. A
  // negation (NOT_SEEING) between the staff word and the verb says it; "the crew sees the new route sheets" says nothing.
  const unseenByStaff = (t: { start: number; end: number; sentence: number; concept: string }): boolean => {
    const see = seeingAt(t);
    for (let k = t.start + see - 1; k >= 0 && tokens[k]!.sentence === t.sentence && !STAFF_WHO_SEE.has(tokens[k]!.stem); k--) if (NOT_SEEING.has(tokens[k]!.word)) return true;
    return false;
  };
  for (const t of topics) {
    const seen = seenByStaff(t);
    if (seen && unseenByStaff(t)) topics.push({ concept: 'reach', sentence: t.sentence, start: t.start, end: t.end });
    // pains-duties: a clause of the person's duties ("Handles billing") names the job, not a problem of it.
    if (inFineSentence(t.start) || asks(t.start) || quiet.has(reading.clause[t.start]!) || seen || unitAskedOfNoCost(t)) continue;
    const servedHere = servedAt(t.start);
    const linked = (c.painsByConcept.get(t.concept) ?? []).filter((index) => !(t.concept === 'visibility' && c.pains[index]!.trackedThing && !saysTracked(t)));
    if (servedHere && !linked.some((index) => namesParty(index, servedHere))) continue;
    if (insideNamed(t.start, t.end) || besideNamed(t.start, t.end)) continue;
    // Review mend: a fall ("sinken die Kosten") is a pain only of a topic that hurts when it falls (a margin), not of costs.
    const said = qualifiers.get(t.sentence);
    const present = said?.has('falling') && !CONCEPTS[t.concept]!.hurtsFalling ? new Set([...said].filter((q) => q !== 'falling')) : said;
    const fitting = linked.filter((index) => {
      if (narrowedOut(index, linked)) return false;
      if (servedHere && !namesParty(index, servedHere)) return false;
      if (otherChannel(index, t.start, t.end)) return false;
      const pain = c.pains[index]!;
      if (t.concept === 'visibility' && pain.acrossMany && !saysMany(t.sentence)) return false;
      if (t.concept === 'reach' && repContactAttempt(t.sentence)) return false;
      // pains-manual-task: an entry about one task done by hand ("Manual rebalancing", "Manual load tendering") is not
      // every piece of work done by hand: the manual way alone ("the deposits are kept by hand", "on paper") reaches it where
      // the sentence also says the task its label names, or where the sentence's words speak for it through the library's
      // content more than for any other pain ("drivers get their runs on paper" of a dispatch entry).
      if (t.concept === 'manual' && pain.manualTask.length > 0 && !saysTask(pain.manualTask, t.sentence) && !saysTaskBefore(pain.manualTask, t) && !leadsLibraryWords(index, t.sentence, t.start, t.end)) return false;
      // pains-two-topics: a label naming two problems in one phrase ("Price compliance", "Maintenance cost
      // overruns") is said by both in the sentence, not by one alone; one that joins them ("Scheduling & labor
      // costs") is said by either.
      // Re-keying heard through the entry's names (compile.ts, pains-rekeying) is no second problem of its label: it
      // neither lifts this rule from the label's own topics nor waits for them.
      const heardRekeying = (x: string) => x === 'rekeying' && pain.aliasTopics.has(x);
      const ownTopics = [...pain.topics].filter((x) => !heardRekeying(x));
      if (!heardRekeying(t.concept) && ![...pain.aliasTopics].some((x) => !heardRekeying(x)) && ownTopics.length >= 2 && !JOINED_LABEL.test(pain.entry.label) && !ownTopics.every((x) => sentenceTopics.get(t.sentence)?.has(x))) return false;
      const def = CONCEPTS[t.concept]!;
      // A shift said with a count or a time of day (t.pattern) is a pain where its sentence complains as the matcher
      // reads a complaint everywhere, or says a problem word ("Night shifts are a problem", "Nos cuesta cubrir los
      // turnos de noche"), or with a qualifier.
      if (pain.qualifiers.size === 0) return (!def.needsQualifier && !(t.pattern && !shiftProblemIn(t.sentence))) || (present?.size ?? 0) > 0;
      // A problem that already hurts ("on paper", "by phone") needs no qualifier, unless the entry is about it
      // only through an alias: "Slow event settlement", known by its alias "reconciliation", is not every
      // paper diary or spreadsheet; it needs its "slow".
      // pains-complaint-clause: the label's qualifier is said of the topic: in its own clause, or in a "but" clause right
      // after it. "Payments come in by cheque, and quotes take two weeks" says the slowness of the quotes, not of the
      // payments; "we did the pickup but can't prove it" says what is lacking of the pickup.
      const saidHere = qualifiersOf(t.start, t.end);
      // Durations (fifty-seventh round): a time a task takes says the task is slow, not that something is late against a
      // date: "a rota change takes two days to approve" is no late van. An entry whose label's slowness is lateness only
      // (latenessOnly) needs its slowness said otherwise in the clause ("late", "behind", "delayed").
      const durationOnly = (q: string) => q === 'slow' && latenessOnly(c, index) && !slowSaidInClauses(t.start, t.end);
      return (def.negative && !pain.aliasTopics.has(t.concept)) || [...pain.qualifiers].some((q) => saidHere?.has(q) && !durationOnly(q));
    });
    // A problem several pains share ("costs", "audit") goes to those the sentence's words speak for through
    // the library's content, when they speak for any: costs said beside the words of one cost pain's
    // assets are that pain's, not every cost pain's.
    const support = librarySupport(t.sentence);
    // Rivals include pains left out for want of their qualifier: "diesel costs" said without "rising" are
    // still not a freight-rate pain when the sentence's words are those of the fuel-cost assets.
    const rivals = linked.filter((i) => !narrowedOut(i, linked));
    // pains-clause-object: the topic's own clause says what it is said of. Where the library's words of that clause
    // speak for one of the rivals, they choose ("Requests are assigned by hand from a shared mailbox, and first
    // response takes two days": the slow response is the backlog's, though the sentence's words are the routing's).
    const here = rivals.length > 1 ? clauseSupport(t.start) : undefined;
    const chooser = here && rivals.some((i) => here.get(i)) ? here : support;
    const best = rivals.length > 1 ? Math.max(0, ...rivals.map((i) => chooser.get(i) ?? 0)) : 0;
    // A problem said bare in a sentence whose words are plainly another pain's ("paper invoices" among the
    // words of the late-payment assets) is that pain's detail, not a pain of its own, even when no rival
    // shares it.
    // Not when the sentence names that other pain in the taxonomy's own words: its words are then that
    // name's, and the rest of the sentence may say a second pain ("NERC audit coming up, reporting is manual").
    const overall = Math.max(0, ...support.values());
    const dominant = [...support].find(([, w]) => w === overall)?.[0];
    // pains-named-clause: only in another clause. A topic said in the very clause that names the leading pain in
    // the taxonomy's own words ("Range on winter routes and charging windows", "if the routes will work on one
    // charge") is a detail of that pain.
    const namedHere = dominant !== undefined && !!namedInClause.get(reading.clause[t.start]!)?.has(dominant);
    // pains-authority-finding: a regulator's, an examiner's or an auditor's finding said with its verb ("the fee notices
    // were flagged by the regulator", "the inspector cited our logs") is a compliance problem of its own, not a detail
    // of the pain whose words name what was found: the compliance topic does not yield there.
    const finding = t.concept === 'compliance' && wordsOfSentences(t.sentence, t.sentence).some((w) => FINDING_VERBS.has(w.word));
    const yields = !finding && overall >= OTHER_PAIN_SUPPORT && dominant !== undefined && (namedHere || !namedIn.get(t.sentence)?.has(dominant));
    // A broad topic ("see", "no idea", "numbers": visibility) several entries share, said where no word of the
    // library's content speaks for any of them, does not say which: "shippers want to see for themselves" is
    // not an emissions-reporting pain because that entry happens to need no qualifier.
    // Any topic several entries share, said bare (no qualifier in the sentence) and where no word of the
    // library's content speaks for one of them, says no more: "a bank, hiring 300 a year" is not the stale
    // candidate database nor candidate vetting, both about candidates.
    const bare = !qualifiers.get(t.sentence)?.size;
    if ((CONCEPTS[t.concept]!.generic || bare) && rivals.length > 1 && best === 0) continue;
    // pains-broad-bare: a broad topic said bare ("accession numbers", "reptile inventory tracking", "hive strength
    // reports") names even the one entry it reaches only where the sentence's library words speak for that entry.
    const broadBare = CONCEPTS[t.concept]!.generic && bare;
    for (const index of fitting) {
      if (broadBare && !support.get(index)) continue;
      if (best > 0 && (chooser.get(index) ?? 0) < SHARED_SUPPORT * best) continue;
      // A pain whose label needs a qualifier was said with it ("save" of "High tool costs"): that stands.
      if (yields && c.pains[index]!.qualifiers.size === 0 && (support.get(index) ?? 0) < OTHER_PAIN_SHARE * overall) continue;
      cue(index, t.start, 1);
      bump(scored, { index, score: 0.7, evidence: { field: 'notes', quote: clause(t.start, t.end), via: 'knowledge', confidence: 0.7 } });
      readIn.add(t.sentence);
      knownInClause.set(reading.clause[t.start]!, (knownInClause.get(reading.clause[t.start]!) ?? new Set<number>()).add(index));
    }
  }
  // Sentences that named no pain otherwise, read through the words of the library's own content.
  const bySentence = new Map<number, number[]>();
  const namedPeriods = namedPeriodsOf(c);
  // Sixty-fifth round: "call" as a kind of conversation with the seller ("a scoping call", "a quick team call") or in the
  // prospect's request to be phoned somewhere or some time ("call me on the mobile", "call me after four") is how the two
  // spoke, not a library's calls (calls for service, call volumes): no library word. Not "people call me five times a
  // day", where customers call, nor a line that heads the notes (a call's summary or transcript), the seller's call returned or a
  // request to be called back (measured: a library's entry named with call cycles stands on them in one development case).
  const callToTheRep = (i: number): boolean => {
    if (tokens[i]!.word !== 'call') return false;
    const at = (k: number) => wordInSentence(k, tokens[i]!.sentence);
    if (REP_CALL_KINDS.has(at(i - 1))) return true;
    if (at(i - 2) === 'missed' && REP_CALL_MISSED.has(at(i - 1))) return true;
    return (at(i + 1) === 'me' || at(i + 1) === 'us') && REP_CALL_AFTER_ME.has(at(i + 2));
  };
  // Sixty-sixth round: who pays, named after "budget from", "budget comes from", "funded by", "funding from" ("budget from
  // the harbour authority", "funded by a county levy"), is where the money sits, no word of a pain: up to four words, to
  // the end of the clause (a comma or the sentence's end).
  const payerWords = new Set<number>();
  for (let k = 1; k < tokens.length; k++) {
    const w = tokens[k]!.word;
    const before = tokens[k - 1]!;
    if (before.sentence !== tokens[k]!.sentence) continue;
    const opens = (w === 'from' && /^(?:budget|budgets|funding|money)$/.test(before.word)) || (w === 'from' && before.word === 'comes' && k > 1 && /^(?:budget|funding|money)$/.test(tokens[k - 2]!.word)) || (w === 'by' && before.word === 'funded');
    if (!opens) continue;
    for (let j = k + 1; j < Math.min(tokens.length, k + 5) && tokens[j]!.sentence === tokens[k]!.sentence; j++) {
      if (/[,;:]/.test(notes.slice(tokens[j - 1]!.end, tokens[j]!.start))) break;
      payerWords.add(j);
    }
  }
  // Sixty-eighth round (CONTRACT_NOUNS): a contract's end said with its date ("the current billing contract ends in May")
  // is the prospect's buying time: the clause's words up to the date are no library word.
  const timelineWords = new Set<number>();
  for (let k = 1; k < tokens.length; k++) {
    const w = tokens[k]!.word;
    if (!CONTRACT_END_VERB.has(w)) continue;
    const sentence = tokens[k]!.sentence;
    const at = (j: number) => wordInSentence(j, sentence);
    const two = w === 'up' || w === 'out';
    if (two && !CONTRACT_END_BEFORE_WORD.has(at(k - 1))) continue;
    if (!CONTRACT_NOUN.has(at(two ? k - 2 : k - 1))) continue;
    let j = k + 1;
    while (j < k + 5 && CONTRACT_DATE_LEAD.has(at(j))) j++;
    const date = at(j);
    if (!(MONTH_WORD.test(date) || /^q[1-4]$/.test(date) || /^(?:19|20)\d\d$/.test(date) || date === 'next' || date === 'this')) continue;
    for (let i = k; i >= 0 && tokens[i]!.sentence === sentence && reading.clause[i] === reading.clause[k]; i--) timelineWords.add(i);
    for (let i = k; i <= j; i++) timelineWords.add(i);
  }
  // Sixty-sixth round: an acronym in capitals before a year or a fair's word ("met them at ABCD 2026", "the ABCD
  // booth") is the name of a conference or a show where the two met, not a library's word of the same letters.
  const eventName = (i: number): boolean => {
    const raw = notes.slice(tokens[i]!.start, tokens[i]!.end);
    const next = tokens[i + 1];
    if (!/^[A-Z]{3,}$/.test(raw) || !next || next.sentence !== tokens[i]!.sentence) return false;
    return /^(?:19|20)\d\d$/.test(next.word) || EVENT_WORDS.has(next.word);
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // pains-particles: "writing down plates", "revenue down 8%" are not "down time"; "the machines are down" is.
    const particle = PARTICLE.has(t.word) && !(t.word === 'down' && i > 0 && tokens[i - 1]!.sentence === t.sentence && STATE_VERB.has(tokens[i - 1]!.word));
    // notes-sentence-language: "les", "par", "mit" in a sentence of their language say nothing of a pain.
    // A function word of the six languages ("les", "und", "del") or an English contraction written without its
    // apostrophe ("dont", "isnt") is no word of a pain, whatever the sentence's language is taken to be.
    if (t.word.length <= 2 || isStopword(t.word) || isClosedWord(t.word) || reading.functionWords.has(i) || particle || operatingRun(tokens, i, c) || volumeWords.has(i) || callToTheRep(i) || eventName(i) || payerWords.has(i) || timelineWords.has(i) || /\d/.test(t.word) || asks(i) || inFineSentence(i) || spendsTime(i) || saysWhenOrHowOften(tokens, i) || countedDuration(tokens, stems, i, namedPeriods) || quiet.has(reading.clause[i]!) || reading.plans?.has(reading.clause[i]!)) continue;
    const positions = bySentence.get(t.sentence);
    if (positions) positions.push(i);
    else bySentence.set(t.sentence, [i]);
  }
  /** Sentences in another language: a function word of theirs said there. */
  const foreignIn = new Map<number, boolean>();
  const foreignSentence = (sentence: number) => {
    let out = foreignIn.get(sentence);
    if (out === undefined) {
      const first = firstOfSentence.get(sentence)!;
      out = tokens.slice(first, endOfSentence.get(sentence)!).some((_, k) => reading.functionWords.has(first + k));
      foreignIn.set(sentence, out);
    }
    return out;
  };
  // pains-workforce-words: "the ICU team", "12 staff and 40 volunteers" say who works there; in a sentence where nothing
  // says that something hurts (no qualifier, no complaint), such a word speaks at half its weight. A sentence in
  // another language keeps it whole: the complaint words and most qualifiers are English.
  const hurtsIn = new Map<number, boolean>();
  const saysItHurts = (sentence: number): boolean => {
    let out = hurtsIn.get(sentence);
    if (out !== undefined) return out;
    out = qualifiers.has(sentence) || foreignSentence(sentence) || complainsIn(sentence);
    hurtsIn.set(sentence, out);
    return out;
  };
  // pains-sites-counted: a count of the business's own sites ("one location in Leeds", "Three bakery locations", "12
  // locations across the county") says how big the business is: its words give no pain through the library's words
  // where nothing beside them says that something hurts. One site never speaks for a pain across sites; a count of
  // more keeps its words in notes that say a problem elsewhere ("Built it to 9 locations. Now I can't tell which
  // makes money"), where the pain across the sites is the notes' own, and in a sentence that says one. The six other
  // languages' counts are read the same ("eine Filiale", "deux magasins", "vier vestigingen"). One site is told by its
  // noun, singular, not by the count's word ("one", "1", "eine" are no library word of the sentence).
  const counted = sitesCountedIn(notes);
  if (counted.length) {
    const inCount = (i: number) => counted.some(([a, b]) => tokens[i]!.start >= a && tokens[i]!.start < b);
    const hurtSomewhere = [...bySentence.keys()].some((x) => qualifiers.has(x) || complainsIn(x));
    // A sentence that says something cannot be done, in words the complaints lack ("Comparing the 6 locations is
    // impossible", "kann sie nicht vergleichen") keeps the count's words, and the sentence before keeps a count of more
    // than one ("Grew to 6 locations. Comparing them is impossible") (review mend, fifty-fourth round).
    const cannotIn = (sentence: number): boolean => {
      const first = firstOfSentence.get(sentence);
      if (first === undefined) return false;
      const end = endOfSentence.get(sentence)!;
      for (let k = first; k < end; k++) {
        const w = tokens[k]!.word;
        if (CANNOT_WORDS.has(w)) return true;
        if (CAN_WORDS.has(w)) for (let j = Math.max(first, k - 1); j < Math.min(end, k + 4); j++) if (j !== k && CAN_NEGATED.has(tokens[j]!.word)) return true;
      }
      return false;
    };
    for (const [sentence, positions] of bySentence) {
      if (qualifiers.has(sentence) || complainsIn(sentence) || cannotIn(sentence)) continue;
      if ((hurtSomewhere || cannotIn(sentence + 1)) && !positions.some((i) => counted.some(([a, b, one]) => one && tokens[i]!.start >= a && tokens[i]!.start < b))) continue;
      const kept = positions.filter((i) => !inCount(i));
      if (kept.length < positions.length) kept.length ? bySentence.set(sentence, kept) : bySentence.delete(sentence);
    }
  }
  // pains-party-subject: a customer, client, supplier or other party of the business that opens a clause ("customers
  // pay late", "clients wait two weeks for results", "the vendor doesn't make parts anymore") says who acts on the
  // prospect, not which pain: the pain is what the rest of the sentence says they do. An English word only (a word of
  // another language read through the lexicon keeps its weight: "Lieferanten erhöhen laufend die Einkaufspreise").
  const partySubject = (i: number) => {
    if (!PARTY_STEMS.has(tokens[i]!.stem) || foreignSentence(tokens[i]!.sentence)) return false;
    let k = i;
    while (k > 0 && i - k < PARTY_LEAD && reading.clause[k - 1] === reading.clause[i]) k--;
    return k === 0 || reading.clause[k - 1] !== reading.clause[i];
  };
  // pains-party-alone: a customer or client word of another language keeps its weight (the sentence's other words
  // are read less surely), but alone it names only a pain about the customers themselves, one whose name ends on
  // them ("Lost repeat clients"): "Die Kunden rufen jeden Tag an" is no "Customers want X" nor "Customer Y
  // audits". For a sentence, per pain: true where such a word is said and the sentence's other words give the pain
  // less than WEAK_LEAD. Review mend: the same rule in every pass that reads a sentence through the library's words
  // (the added sentence, the complaint) and in the notes' return to a pain. The people served as owners or residents (SERVED_PEOPLE_STEMS)
  // are read so in English too, where the sentence says no contact of theirs (sixty-fifth round).
  const partyAloneIn = (sentence: number, positions: number[], share: (i: number) => number, skip: (i: number) => boolean, partyShare: boolean) => {
    const first = firstOfSentence.get(sentence)!;
    const contact = () => tokens.slice(first, endOfSentence.get(sentence)!).some((t) => SERVED_PEOPLE_CONTACT.has(t.word));
    const party = positions.filter((i) => (CUSTOMER_STEMS.has(stems[i]!) && (stems[i] !== tokens[i]!.stem || foreignSentence(sentence))) || (SERVED_PEOPLE_STEMS.has(stems[i]!) && !contact()));
    const besides = party.length ? libraryWordSums(positions, wordStems, weightsOf, share, (i) => skip(i) || party.includes(i), partyShare, c) : undefined;
    return (index: number): boolean =>
      !!besides && (besides.get(index)?.total ?? 0) < WEAK_LEAD && !party.some((i) => nameHeads(c)[index]!.has(stems[i]!));
  };
  /** Pains a sentence leads to, too weakly to name: how much all such sentences say for each, where first. */
  const returnedTo = new Map<number, { total: number; sentences: number; at: number; plain: number }>();
  for (const [sentence, positions] of bySentence) {
    if (requests.has(sentence) || afterProfileLabel(notes, tokens[firstOfSentence.get(sentence)!]!.start)) continue;
    // pains-served-parties: a sentence that says whom the prospect serves is left out whole here (its other clauses
    // are as often the same self-description: "Kiln repair for nearby studios, two benches since the eighties").
    if (servedClauses(sentence).size > 0) continue;
    // pains-industry-words: a word the taxonomy's industries name the business by ("scripted drama", "board
    // search") says what the prospect is more than what hurts it: it speaks at half its weight.
    const share = (i: number) => (industryOnlyStems(c).has(stems[i]!) || (WORKFORCE_STEMS.has(stems[i]!) && !saysItHurts(sentence)) || partySubject(i) ? INDUSTRY_WORD_SHARE : 1);
    const sums = libraryWordSums(positions, wordStems, weightsOf, share, () => false, true, c);
    const top = Math.max(0, ...[...sums.values()].map((s) => s.total));
    // pains-clause-lead: where the sentence's library words lead to a pain its clause already gave in the taxonomy's own
    // words or through the knowledge ("Costly reprints on rush jobs with proof approvals"), the words are that pain's:
    // a runner-up they speak for less, found in that clause, is its detail, not a second pain. A runner-up said in
    // another clause of the sentence, or as strongly as the lead, still stands.
    const leads = [...sums].filter(([, s]) => s.total === top).map(([index]) => index);
    const leadHere = (at: number) => leads.some((index) => namedInClause.get(reading.clause[at]!)?.has(index) || knownInClause.get(reading.clause[at]!)?.has(index));
    // pains-party-alone (partyAloneIn): a pain the sentence's other words speak for too still stands, and the
    // sentence still counts towards a pain the notes return to (pains-returned-to), below.
    const alone = partyAloneIn(sentence, positions, share, () => false, true);
    for (const [index, s] of sums) {
      if (s.total < 0.8 * top || (s.total < top && leadHere(s.at))) continue;
      if (c.pains[index]!.acrossMany && !saysMany(sentence)) continue;
      const partyAlone = alone(index);
      if (s.total >= VOCABULARY_THRESHOLD && !partyAlone) {
        readIn.add(sentence);
        cue(index, s.at, 2);
        if (!scored.has(index)) bump(scored, { index, score: 0.5, evidence: { field: 'notes', quote: clause(s.at, s.at + 1), via: 'taxonomy', confidence: 0.5 } });
      } else if (s.total >= WEAK_LEAD) {
        // Review mend: a sentence the customer word alone leads to a pain still counts towards it, but the notes return
        // to it only where another sentence leads there without the customers alone ("Die Kunden zahlen bar. Die
        // Kunden sind nett." names nothing; a sentence on the workshop and one on customers calling about repairs do).
        const r = returnedTo.get(index) ?? { total: 0, sentences: 0, at: s.at, plain: 0 };
        r.total += s.total;
        r.sentences++;
        if (!partyAlone) r.plain++;
        returnedTo.set(index, r);
      }
    }
  }
  // pains-returned-to: notes that come back to one pain in several sentences, each time in words too few to
  // name it ("no idea which databases anybody opens" ... "cost per use" ... "big-deal renewal"), name it
  // together: a second or third pain is often said that way, in passing, beside a first said plainly.
  for (const [index, r] of returnedTo)
    if (r.sentences >= 2 && r.plain >= 1 && r.total >= VOCABULARY_THRESHOLD && !scored.has(index))
      bump(scored, { index, score: 0.5, evidence: { field: 'notes', quote: clause(r.at, r.at + 1), via: 'taxonomy', confidence: 0.5 } });

  // pains-complaint-nearest: a sentence that plainly complains ("its a nightmare", "members complain they wait 45 min")
  // where nothing above read a pain names the pain its words are clearly nearest through the library's words, from
  // below the bar a sentence needs without a complaint. The knowledge's qualifiers say that something hurts, not
  // what: "slowing" is no word of "Slow payments", so they do not count. Nor does a complaint of a kind the taxonomy
  // names in another pain's label ("paper forms that we retype" is the manual-intake pain's, whatever its words).
  const qualifierAt = new Set<number>();
  for (const m of conceptHits) if (CONCEPTS[m.value.concept]!.kind === 'qualifier') for (let i = m.start; i < m.end; i++) qualifierAt.add(i);
  for (const [sentence, positions] of bySentence) {
    if (readIn.has(sentence) || namedIn.has(sentence) || requests.has(sentence)) continue;
    const first = firstOfSentence.get(sentence)!;
    const end = endOfSentence.get(sentence)!;
    // The words as written, not as read in English: read in English, complaint words of other languages lead to the
    // nearest pain too often (a manual step, "constantly" beside calls; three multilingual sets fall below their floors).
    if (!complains(withoutRemarks(tokens, tokens.map((t) => t.stem), first, end))) continue;
    const share = (i: number) => (industryOnlyStems(c).has(stems[i]!) ? INDUSTRY_WORD_SHARE : 1);
    const sums = libraryWordSums(positions, wordStems, weightsOf, share, (i) => qualifierAt.has(i), false, c);
    const [lead, second] = [...sums].sort((a, b) => b[1].total - a[1].total);
    if (!lead || scored.has(lead[0]) || lead[1].total < COMPLAINT_LEAD || lead[1].total < COMPLAINT_MARGIN * (second?.[1].total ?? 0)) continue;
    if (partyAloneIn(sentence, positions, share, (i) => qualifierAt.has(i), false)(lead[0])) continue;
    const kinds = [...(qualifiers.get(sentence) ?? []), ...(sentenceTopics.get(sentence) ?? [])];
    const ofPain = (index: number, kind: string) => c.pains[index]!.qualifiers.has(kind) || c.pains[index]!.topics.has(kind);
    if (!kinds.some((k) => ofPain(lead[0], k)) && kinds.some((k) => c.pains.some((_, i) => i !== lead[0] && ofPain(i, k)))) continue;
    bump(scored, { index: lead[0], score: 0.5, evidence: { field: 'notes', quote: clause(lead[1].at, lead[1].at + 1), via: 'taxonomy', confidence: 0.5 } });
  }

  // pains-added-sentence: where the notes already gave a pain, a sentence that opens on a word adding one more thing
  // ("Also the old scanner jams daily", "Plus the ledger never balances") says a second problem: where nothing above
  // read a pain in it, it names the pain its library words clearly lead to (the complaint pass's margin, from the
  // weak lead) when the sentence says a word of that pain's own label or aliases.
  if (scored.size > 0)
    for (const [sentence, positions] of bySentence) {
      if (readIn.has(sentence) || namedIn.has(sentence) || requests.has(sentence)) continue;
      const first = firstOfSentence.get(sentence)!;
      const end = endOfSentence.get(sentence)!;
      const opener = tokens[first]!.word.toLowerCase();
      if (!ADDING_OPENER.has(opener) && !(first + 1 < end && ADDING_OPENER.has(`${opener} ${tokens[first + 1]!.word.toLowerCase()}`))) continue;
      // "Plus 2 sites = 3 imports": "plus" in a sum, not a second thing.
      if (opener === 'plus' && (/^\d/.test(tokens[first + 1]?.word ?? '') || /[=+]/.test(notes.slice(tokens[first]!.start, tokens[end - 1]!.end)))) continue;
      // "Also they love the new press", "Also I will send the brochure": a contentment or the rep's plan, no problem,
      // unless the sentence also says that something hurts (a qualifier other than contentment, or a complaint).
      const text = notes.slice(tokens[first]!.start, tokens[end - 1]!.end);
      const content = qualifiers.get(sentence)?.has('fine') || saysAddedContent(tokens.slice(first, end).map((t) => t.word), text) || saysAddedPlan(text);
      const hurts = [...(qualifiers.get(sentence) ?? [])].some((q) => q !== 'fine') || complainsIn(sentence);
      if (content && !hurts) continue;
      const share = (i: number) => (industryOnlyStems(c).has(stems[i]!) ? INDUSTRY_WORD_SHARE : 1);
      const sums = libraryWordSums(positions, wordStems, weightsOf, share, (i) => qualifierAt.has(i), false, c);
      const [lead, second] = [...sums].sort((a, b) => b[1].total - a[1].total);
      if (!lead || scored.has(lead[0]) || lead[1].total < WEAK_LEAD || lead[1].total < COMPLAINT_MARGIN * (second?.[1].total ?? 0)) continue;
      if (partyAloneIn(sentence, positions, share, (i) => qualifierAt.has(i), false)(lead[0])) continue;
      const said = new Set(tokens.slice(first, end).flatMap((t, k) => [t.stem, stems[first + k]!]));
      if (!painFormPhrases(c)[lead[0]]!.some((phrase) => phrase.some((w) => w.length > 2 && !isStopword(w) && said.has(w)))) continue;
      bump(scored, { index: lead[0], score: 0.5, evidence: { field: 'notes', quote: clause(lead[1].at, lead[1].at + 1), via: 'taxonomy', confidence: 0.5 } });
    }

  // A sentence that says a task takes a time ("a refund takes three weeks", "signing off a
  // drawing takes a fortnight") where nothing above read a pain names the entry about slowness (a label saying "slow", "delays",
  // "turnaround") its words lead to through the library's words, among the entries about slowness, from below the bar
  // a sentence needs without the duration. The time says the pain is slowness; the words say of which task.
  for (const sentence of durationSaid) {
    if (readIn.has(sentence) || namedIn.has(sentence) || requests.has(sentence) || !bySentence.has(sentence)) continue;
    const share = (i: number) => (industryOnlyStems(c).has(stems[i]!) ? INDUSTRY_WORD_SHARE : 1);
    const sums = libraryWordSums(bySentence.get(sentence)!, wordStems, weightsOf, share, (i) => qualifierAt.has(i), false, c);
    const slowOnes = [...sums].filter(([index]) => c.pains[index]!.qualifiers.has('slow')).sort((a, b) => b[1].total - a[1].total);
    const top = Math.max(0, ...[...sums.values()].map((x) => x.total));
    const [lead, second] = slowOnes;
    if (!lead || scored.has(lead[0]) || lead[1].total < DURATION_LEAD || lead[1].total < DURATION_SHARE * top || lead[1].total < DURATION_MARGIN * (second?.[1].total ?? 0)) continue;
    bump(scored, { index: lead[0], score: 0.5, evidence: { field: 'notes', quote: clause(lead[1].at, lead[1].at + 1), via: 'taxonomy', confidence: 0.5 } });
  }

  // pains-task-kind: a sentence that says what the time goes to ("the drivers type each docket in again", "the vans sit at the
  // loading bay for hours", "we retype every order") names the kind of problem by the kind of task (TASK_KINDS): the entry whose
  // label or aliases name that kind, where nothing above read a pain in the sentence, the sentence says the task costs
  // time or recurs (a duration, or TASK_RATE_WORDS), and it is no request. One such entry, or the one the sentence's
  // library words lead to among several.
  // Review mend: the token indices grouped by sentence once, not a pass over every token for every sentence.
  const tokensOf = new Map<number, number[]>();
  for (let i = 0; i < tokens.length; i++) {
    const s = tokens[i]!.sentence;
    const list = tokensOf.get(s);
    if (list) list.push(i);
    else tokensOf.set(s, [i]);
  }
  for (const [sentence, at] of tokensOf) {
    if (readIn.has(sentence) || namedIn.has(sentence) || requests.has(sentence)) continue;
    const words = at.map((i) => tokens[i]!.word);
    if (!durationSaid.has(sentence) && !words.some((w) => TASK_RATE.has(w))) continue;
    const kind = taskKindOf(words);
    if (!kind) continue;
    const entries = taskKindEntries(c).get(kind)!;
    if (!entries.length || entries.some((i) => scored.has(i))) continue;
    let pick = entries.length === 1 ? entries[0] : undefined;
    if (pick === undefined && bySentence.has(sentence)) {
      const sums = libraryWordSums(bySentence.get(sentence)!, wordStems, weightsOf, () => 1, (i) => qualifierAt.has(i), false, c);
      const ranked = entries.map((i) => [i, sums.get(i)?.total ?? 0] as const).sort((a, b) => b[1] - a[1]);
      if (ranked[0]![1] > 0 && ranked[0]![1] >= 1.25 * ranked[1]![1]) pick = ranked[0]![0];
    }
    if (pick === undefined) continue;
    bump(scored, { index: pick, score: 0.5, evidence: { field: 'notes', quote: clause(at[0]!, at.at(-1)! + 1), via: 'taxonomy', confidence: 0.5 } });
  }

  // "No pain identified": only what the notes say in the taxonomy's own words stands.
  return [...scored.values()]
    .filter((s) => !reading.noPain || s.evidence.confidence >= 0.9)
    .filter((s) => !ruledOut.has(s.index) && !(pairOut.has(s.index) && s.evidence.confidence < 0.9))
    .sort((a, b) => b.score - a.score)
    .slice(0, 4)
    .map((s) => ({ id: c.pains[s.index]!.entry.id, label: c.pains[s.index]!.entry.label, evidence: saidTwice(s) ? { ...s.evidence, confidence: SAID_TWICE } : s.evidence }));
  /** pains-said-twice: a pain read by inference that the notes give twice, in two clauses or by both ways of reading
   * (the trouble known as a problem, and the library's words of that pain around it), is about as often right as one
   * read in the taxonomy's own words. Only cues in a sentence that says something hurts count (a qualifier, a complaint,
   * another language's sentence): a count, a department or a schedule said twice in describing the business ("runs two
   * depots ... depot staff") is not a trouble said twice. */
  function saidTwice(s: Scored): boolean {
    if (s.evidence.confidence >= SAID_TWICE) return false;
    let hurt = (cues.get(s.index) ?? []).filter((x) => saysItHurts(x.sentence));
    // Review mend: a copy is no second telling. A clause in the same words as an earlier one (a complaint pasted twice, a
    // synced description under its summary) is that clause again, and an earlier mail quoted ('>') under the reply is
    // the same telling as the reply: its cues count only where the reply itself gives none.
    const unquoted = hurt.filter((x) => !quotedAt(x.at));
    if (unquoted.length) hurt = unquoted;
    const telling = (x: { clause: number }) => tellingOf().get(x.clause) ?? x.clause;
    return new Set(hurt.map(telling)).size >= 2 || hurt.reduce((w, x) => w | x.way, 0) === 3;
  }
  /** Each clause's first clause in the same words (lower case, word for word). */
  function tellingOf(): Map<number, number> {
    if (tellings) return tellings;
    const words = new Map<number, string[]>();
    tokens.forEach((t, i) => {
      const k = reading.clause[i]!;
      const list = words.get(k);
      if (list) list.push(t.word.toLowerCase());
      else words.set(k, [t.word.toLowerCase()]);
    });
    const firstSaid = new Map<string, number>();
    tellings = new Map();
    for (const [k, list] of [...words].sort((a, b) => a[0] - b[0])) {
      const key = list.join(' ');
      if (!firstSaid.has(key)) firstSaid.set(key, k);
      tellings.set(k, firstSaid.get(key)!);
    }
    return tellings;
  }
}

/** The sectors a prospect's industry field and company name name. */
function prospectSectors(p: Pick<Prospect, 'industry' | 'company'>): string[] {
  return [...new Set([...(p.industry ? sectorsOf(industryWords(p.industry)) : []), ...(p.company ? sectorsOf(industryWords(p.company)) : [])])];
}

/** Words that say the prospect is content with what it has (sixty-eighth round): the glad words and "satisfied" in the
 * seven languages, folded, as notes with a vendor question say them (pains-vendor-question). */
const CONTENT_WORDS = new Set([...GLAD_WORDS, 'satisfied', 'pleased', 'content', 'satisfait', 'satisfaite', 'satisfecho',
  'satisfecha', 'soddisfatto', 'soddisfatta', 'satisfeito', 'satisfeita', 'tevreden']);

export function resolveProspect(given: Prospect, c: CompiledTaxonomy): Resolution {
  const spelled = given.title ? spelledTitle(given.title, c) : undefined;
  const prospect = spelled && spelled.text !== given.title ? { ...given, title: spelled.text } : given;
  // The evidence quotes the title as the record has it, misspelt or not.
  const asWritten = (found: Resolved[]) =>
    prospect === given ? found : found.map((r) => (r.evidence.field === 'title' ? { ...r, evidence: { ...r.evidence, quote: writtenQuote(r.evidence.quote, spelled!, given.title!) } } : r));
  const stage = funnelStage(prospect.stage);
  const anotherParty = anotherPartyOfTheMarket(prospect, c);
  const personas = asWritten(personasOf(prospect, c));
  const stemOf = (t: Token, tokens: readonly Token[]) => readStem(t, c, tokens);
  return {
    personas,
    industries: asWritten(industriesOrTitleLine(given, c, resolveIndustries(prospect, c, anotherParty))),
    // pains-another-party: a business that sells to, buys from, refers to or partners with a segment says in its notes
    // what it wants of that segment or of the vendor ("Wholesaler, sells to supermarkets; wants to see your promo
    // prices"), not what hurts a business of it: no pain, not even one in the taxonomy's own words. Not a business
    // that only denies being of the trade ("Restaurant, not a venue; reservations get double booked"): the marketers
    // file its complaint (measured, docs/matching.md, thirty-fifth round).
    painPoints: anotherParty ? [] : titleSaysToo(resolvePains(prospect.notes, c, prospect, !prospect.title?.trim() || personas.length > 0), prospect.title, c),
    terms: noteTerms(prospect.notes, stemOf, prospect, labelNames(c)),
    repTerms: sellerTerms(prospect.notes, stemOf, prospect, labelNames(c)),
    ...(stage ? { stage: { stage, from: prospect.stage!.trim() } } : {}),
  };
}

/** A title's words that misspell one of the taxonomy's words, by their own letters: the taxonomy's words of five
 * letters or more, each under its one-letter-removed keys (`oneDeletionKeys`), so that a word one letter off (one
 * typed for another, one more or less, two swapped) meets its word on one of these keys. */
const taxonomyWordKeys = new PerTaxonomy<{ own: Set<string>; stems: Set<string>; byKey: Map<string, string[]> }>();
function taxonomySpellings(c: CompiledTaxonomy) {
  let out = taxonomyWordKeys.get(c);
  if (out) return out;
  const own = new Set<string>();
  for (const kind of ['personas', 'industries', 'painPoints'] as const)
    for (const e of c.taxonomy[kind]) for (const w of words([e.label, ...e.aliases].join(' '))) own.add(w);
  const byKey = new Map<string, string[]>();
  for (const w of own)
    if (w.length >= TITLE_SPELLING_MIN_LENGTH && /^[a-z]+$/.test(w))
      for (const key of oneDeletionKeys(w)) {
        const list = byKey.get(key);
        if (!list) byKey.set(key, [w]);
        else if (!list.includes(w)) list.push(w);
      }
  out = { own, stems: new Set([...own].map(stem)), byKey };
  taxonomyWordKeys.set(c, out);
  return out;
}
/** titles-misspelt: a word English has is no misspelling of the taxonomy's word one letter off it ("Staff Writer" is
 * no waiter, "Commercial Diver" no driver, "Banker" no baker, "Costing Manager" no casting): a word of the English the
 * lexicon's generated tables read their words to (lexicon.ts, `tableEnglishStems`: the trades' people, occupations'
 * heads, NACE class titles), of the title knowledge's functions, or one WordNet relates to others when the caller
 * gives it (`relatedWords`). */
function englishWordOfWork(w: string, c: CompiledTaxonomy): boolean {
  const s = stem(w);
  if (tradePeople().has(w) || tableEnglishStems().has(s) || functionStems().has(s)) return true;
  const related = c.relatedWords?.(s);
  return related !== undefined && related.synonyms.length + related.broader.length > 0;
}
let functionWordStems: Set<string> | undefined;
const functionStems = () => (functionWordStems ??= new Set(Object.values(FUNCTIONS).flat().flatMap((phrase) => words(phrase).map(stem))));
/** Title words at least this long are read as the taxonomy's word they are one letter off. */
const TITLE_SPELLING_MIN_LENGTH = 5;
/** titles-misspelt: a title's word that is none of the taxonomy's words, nor a word the title tables read in the six
 * languages ("diretor"), read as the one taxonomy word it misspells by a letter ("Presdient" the president, "Dispacher"
 * the dispatcher, "Prodcution Manager"), when only one is and both begin and end alike: a typo keeps a word's first
 * and last letters, another language's word or an inflection ("tecnologa", "supervisora", "advisory") changes its
 * ending (measured, docs/matching.md, thirty-eighth round). `fixes`: where each word read otherwise stands in `text`. */
interface SpelledTitle {
  text: string;
  fixes: { at: number; written: string; read: string }[];
}
function spelledTitle(title: string, c: CompiledTaxonomy): SpelledTitle {
  const t = taxonomySpellings(c);
  const fixes: SpelledTitle['fixes'] = [];
  let shift = 0;
  const text = title.replace(/\p{L}{5,}/gu, (raw, at: number) => {
    const w = words(raw)[0] ?? '';
    if (w.length < TITLE_SPELLING_MIN_LENGTH || !/^[a-z]+$/.test(w) || t.own.has(w) || t.stems.has(stem(w)) || sharedExact(w) !== undefined || occupationWords(w) !== undefined || englishWordOfWork(w, c) || COMPANY_DIRECTOR.has(w)) return raw;
    const found = new Set<string>();
    for (const key of oneDeletionKeys(w))
      for (const k of t.byKey.get(key) ?? []) if (k[0] === w[0] && k.at(-1) === w.at(-1) && editDistance(w, k, 1) <= 1) found.add(k);
    if (found.size !== 1) return raw;
    const read = [...found][0]!;
    fixes.push({ at: at + shift, written: raw, read });
    shift += read.length - raw.length;
    return read;
  });
  return { text, fixes };
}
/** A quote of the title as read, in the words the record wrote: each word read otherwise inside it written back. */
function writtenQuote(quote: string, spelled: SpelledTitle, written: string): string {
  const from = spelled.text.indexOf(quote);
  if (from < 0) return quote;
  const to = from + quote.length;
  let out = quote;
  for (const fix of [...spelled.fixes].reverse())
    if (fix.at >= from && fix.at + fix.read.length <= to) out = out.slice(0, fix.at - from) + fix.written + out.slice(fix.at - from + fix.read.length);
  return written.includes(out) ? out : quote;
}

/** Where a title may go on to say where its holder works: a comma, or "of" or the other languages' words for it, the
 * links `rankOfSomething` reads (RANK_OF_WORDS: "Director, Quillacre Gardens", "Director of the Quillacre Gardens Trust",
 * "Direktor der Quillacre Gardens Trust"). */
const OWN_COMPANY_LINK = new RegExp(`\\s*,\\s*|\\s+(?:${RANK_OF_WORDS.join('|')})\\s+`, 'giu');
/** "Director, Quillacre Gardens Trust", "Director of the Quillacre Gardens" at Quillacre Gardens Trust: a title that
 * ends with the prospect's own company (its key words first, then only its words, legal forms and articles aside) says
 * where its holder works, as "Director at Quillacre Gardens Trust" does (titleWords cuts that): read without it, the
 * bare rank the organisation's own head, and the company's words ("Gardens") no persona's. Not "Director of Quillacre
 * Gardens Education", a programme of the company's. */
function withoutOwnCompany(title: string | undefined, company: string | undefined): string | undefined {
  const key = companyKey(company);
  if (!title || key === undefined) return title;
  const own = new Set(normalise(company!).split(/[^a-z0-9]+/));
  for (const m of title.matchAll(OWN_COMPANY_LINK)) {
    const rest = normalise(title.slice(m.index + m[0].length)).split(/[^a-z0-9]+/).filter((w) => w && !LEGAL_FORMS.has(w));
    if (m.index > 0 && ` ${rest.join(' ')} `.startsWith(` ${key} `) && rest.every((w) => own.has(w))) return title.slice(0, m.index);
  }
  return title;
}

/** The body's words as the company's name is read below (each word through titleWords: "co op" as it reads "Co-op"). */
const bodyNames = (names: readonly string[]) => names.map((w) => w.split(' ').flatMap((x) => titleWords(x)));
const MEMBER_BODY = bodyNames(MEMBER_BODY_WORDS);
const MEMBER_BUSINESS = bodyNames(MEMBER_BODY_BUSINESSES);
const BOARD_OFFICE = new Set(BOARD_OFFICES);
const STAFF_OFFICE_ELSEWHERE = new Set(STAFF_OFFICES_ELSEWHERE);
const OWNERS_BODY = bodyNames(OWNERS_BODY_WORDS);
const HEAD_SCOPE = new Set(HEAD_SCOPE_WORDS.flatMap((w) => titleWords(w)));
/** How sure a board's office read from the body's name is: as sure as a title's own words. */
const OFFICE_OF_BODY_CONFIDENCE = 0.9;
/** "Almoner" at a rowing guild, "Purser" at a yacht owners' association: a bare title of one role (two words at most)
 * is the one persona named by that title after the kind of body the company's name ends with (a part of it before a
 * comma or a bracket, legal forms aside): "Guild Almoner", "Rowing Guild Almoner"; at a body its members govern
 * (MEMBER_BODY_WORDS) its board's ("Board Purser"). The company says whose office it is, as a title's own words would.
 * Nothing where no such name or more than one persona's is. */
function officeOfBody(title: string | undefined, company: string | undefined, c: CompiledTaxonomy): Resolved | undefined {
  if (!title || !company || ROLE_JOIN.test(title) || /[,(]/.test(title)) return undefined;
  const said = titleWords(title);
  const office = said.join(' ');
  if (said.length === 0 || said.length > 2) return undefined;
  // "Co-op" is one word here: its "co" is no legal form.
  const tails = company
    .replace(/\bco[- ]op\b/giu, 'coop')
    .split(/[,()]/)
    .map((part) => normalise(part).split(/[^a-z0-9]+/).filter((w) => w && !LEGAL_FORMS.has(w)).flatMap((w) => titleWords(w)))
    .filter((ws) => ws.length > 0);
  const ends = (ws: readonly string[]) => tails.some((t) => t.length >= ws.length && startsWith(t.slice(t.length - ws.length), ws));
  // A president or secretary is the board's only at a body of owners (its word anywhere in the name: "Tollbridge
  // Mews HOA"): elsewhere the paid head or manager, left to the title's own reading (STAFF_OFFICES_ELSEWHERE).
  const board =
    BOARD_OFFICE.has(office) &&
    MEMBER_BODY.some((ws) => ends(ws)) &&
    !MEMBER_BUSINESS.some((ws) => ends(ws)) &&
    (!STAFF_OFFICE_ELSEWHERE.has(office) || OWNERS_BODY.some((ws) => tails.some((t) => hasRun(t, ws))));
  const named = new Set(
    c.personas.flatMap((p, index) =>
      p.forms.some((f) => {
        const kind = f.words.slice(0, f.words.length - said.length);
        return kind.length > 0 && startsWith(f.words.slice(kind.length), said) && (ends(kind) || (board && kind.length === 1 && kind[0] === 'board'));
      })
        ? [index]
        : [],
    ),
  );
  if (named.size !== 1) return undefined;
  const p = c.personas[[...named][0]!]!;
  return { id: p.entry.id, label: p.entry.label, evidence: { field: 'title', quote: title.trim(), via: 'taxonomy', confidence: OFFICE_OF_BODY_CONFIDENCE } };
}

/** Who was at a meeting, as a deal's notes list them by role alone: after "Attendees:", "Participants:", "Present:" or "On
 * the call:" at a line's or a sentence's start, or before "present", "(both) on the call", "attended" or "joined" closing a
 * clause ("CFO + CTO present", "Treasurer and yard lead both on the call"), joined by commas, "+", "/" or "and" (sixty-eighth
 * round). Every one must say a rank or a function and nothing else (no name, no bracket, no verb: "Nobody from IT
 * present" is no list); the seller's own people ("our AE", "rep", "SE") are left out, and a list with any other item is
 * not read. */
function rolesPresent(notes: string | undefined): string[] {
  if (!notes) return [];
  const lists: string[] = [];
  for (const m of notes.matchAll(/(?:^|[\n.;!?]\s*)[-•*]?\s*(?:attendees|participants|present|on the call)\s*:\s*([^\n.;]+)/giu)) lists.push(m[1]!);
  for (const m of notes.matchAll(/(?:^|[\n.;!?:]\s*)([\p{L}][\p{L}&+/,. -]{1,80}?)\s+(?:(?:both|all)\s+)?(?:present|on the call|attended|joined)(?=\s*(?:$|[\n.;!?,]))/giu)) lists.push(m[1]!);
  for (const list of lists) {
    const items = list.split(/\s*(?:,|\+|\/|\band\b)\s*/iu).map((x) => x.trim()).filter(Boolean);
    const sellers = (x: string) => /^(?:our|my)\s/iu.test(x) || SELLER_LABELS.includes(x.toLowerCase());
    const roles = items.filter((x) => !sellers(x));
    const isRole = (x: string) => {
      if (/[()[\]\d]/.test(x) || x.split(/\s+/).length > 5) return false;
      const said = x.split(/[\s.]+/).filter(Boolean);
      const read = titleWords(x);
      // A chief officer's initials (C, one to three letters, O: a chief lending officer's) are a role whether the knowledge spells them out or only a taxonomy does.
      const chief = /^C[A-Z]{1,3}O$/.test(x);
      return read.length > 0 && (chief || seniorityOf(read) > 0 || functionsOf(read).length > 0) && said.every((w) => w === 'of' || /^\p{Lu}{2,}$/u.test(w) || !isStopword(w.toLowerCase()));
    };
    if (roles.length && roles.every(isRole)) return roles;
  }
  return [];
}

/** The record's persona: its title's, else, when the title is empty or names no function, the role the notes give
 * the person by name ("Tanya (ops mgr)", "owner Mike", "Ray, owner"): on a person's record the person of the record's
 * own first name; on a deal or opportunity, whose contact the notes speak of, the first person named with a role.
 * Not on a company's record (account, company, organization), which is no person. */
function personasOf(prospect: Prospect, c: CompiledTaxonomy): Resolved[] {
  // "Open to Work", "Looking for day shifts.": one looking for a job is no buyer, whatever post the title names. The
  // notes say it of the person where the title names no function or an individual's rank ("Kennel Attendant"), not
  // of a function's manager or head, whose notes speak of the business.
  const titled = titleWords(prospect.title ?? '');
  const individual = !functionsOf(titled).length || seniorityOf(titled) <= 1;
  const opening = prospect.notes?.slice(0, NOTES_FOR_VERDICTS) ?? '';
  if (SEEKING_IN_TITLE.test(prospect.title ?? '') || (individual && SEEKING.test(opening))) return [];
  // "wrong lead", "not a fit.", "Mistaken signup": the rep says the record is no prospect.
  if (NOT_PROSPECT.test(opening)) return [];
  const sectors = withCounselling(prospectSectors(prospect), prospect, c);
  // The words of the prospect's trade, for an abbreviation whose meaning they decide ("FD" at a fire service).
  const trade = [prospect.industry ?? '', prospect.company ?? ''];
  const office = officeOfBody(prospect.title, prospect.company, c);
  const read = office ? [office] : ofABusiness(ofAPublicBody(ofAChain(resolvePersonas(withoutOwnCompany(prospect.title, prospect.company), c, sectors, trade), prospect, c), prospect.title, isPublicBody(prospect), c), prospect, c);
  // "Foreman" at a company of one of the vendor's segments: that segment's front line (loneFrontLine).
  const byTitle = read.length ? read : loneFrontLine(prospect.title, c, () => sectors.length > 0 && sectors.every((s) => marketOf(c).has(s)));
  // "Retail Strategy Consultant" at "... Retail Advisory", "Growth Coach for ..." at "... Coaching": one whose title's
  // head says they advise, at a firm that says it advises, is outside every persona of a vendor that serves no advisers,
  // whatever trade the title's other words name (the trade of the clients). Not one who practises the trade at such a
  // firm ("Ingénieur conseil", an owner or a founder, whom the marketers file): docs/matching.md, fiftieth round. A
  // persona whose own names hold the adviser word ("Head coach" of a swim school, "SAP consultant" of an IT
  // consultancy) is the vendor's buyer at such a firm, and stays (fiftieth round, review mends).
  const adviser = adviserWordOfTitle(prospect.title ?? '');
  if (adviser !== undefined && kindsBesideTheMarket(prospect, c).includes('adviser'))
    return byTitle.filter((r) => {
      const p = c.personas.find((q) => q.entry.id === r.id);
      return p !== undefined && namesTheAdviser(p, adviser);
    });
  if (byTitle.length || !prospect.notes || (prospect.title && functionsOf(titleWords(prospect.title)).length)) return byTitle;
  if (COMPANY_RECORDS.has(prospect.source?.recordType?.toLowerCase() ?? '')) return byTitle;
  // "Attendees: CFO, Yard Mgr, Treasurer", "CFO + CTO present": on a deal, whose contact is whoever the notes speak of,
  // the buyer's people the meeting had, each one's persona.
  if (DEAL_RECORDS.has(prospect.source?.recordType?.toLowerCase() ?? '')) {
    const present = rolesPresent(prospect.notes).flatMap((role) => resolvePersonas(role, c, sectors, trade).map((r) => ({ ...r, evidence: { field: 'notes' as const, quote: role, via: r.evidence.via, confidence: Math.min(r.evidence.confidence, 0.6) } })));
    const seen = new Set<string>();
    if (present.length) return present.filter((r) => !seen.has(r.id) && seen.add(r.id));
  }
  // "From: Dana Reyes, Head of Casting, Acme Ltd": the role the prospect's own mail gives them comes first; the
  // other roles named are read outside the mail's header lines (the seller's own "From:", a third person on copy).
  const sender = senderRole(prospect.notes, prospect);
  for (const { role } of [...(sender ? [{ role: sender }] : []), ...rolesNamed(withoutMailHeaders(prospect.notes), DEAL_RECORDS.has(prospect.source?.recordType?.toLowerCase() ?? '') ? undefined : prospect.name)]) {
    const words = role.split(/\s+/);
    for (let i = 0; i < words.length; i++) {
      const said = words.slice(i).join(' ');
      const found = resolvePersonas(said, c, sectors, trade);
      if (found.length) return found.map((r) => ({ ...r, evidence: { field: 'notes', quote: said, via: r.evidence.via, confidence: Math.min(r.evidence.confidence, 0.6) } }));
    }
  }
  return byTitle;
}
/** A branch, or a chain of shops, said in a company's name or the notes, in the six languages: "branch", "Filiale",
 * "filiaal", "vestiging", "Niederlassung", "succursale", "sucursal", "delegación", "filial" (Portuguese). */
const BRANCH_SAID =
  /(?<![\p{L}-])(?:branch(?:es)?|filial(?:e|en|i|es)?|filiaal|filialen|vestiging(?:en)?|niederlassung(?:en)?|succursales?|sucursal(?:es)?|delegaci(?:ó|o)n(?:es)?|delega(?:ç|c)(?:ã|a)o|rede de lojas)(?![\p{L}-])/iu;
/** A chain or a franchise said of the business itself: "a chain of", "the chain's", "part of a chain", "a regional
 * chain", "franchisee", "a franchise", "chaîne", "cadena", "catena", "Kette" or "keten" alone or as the last part of
 * a compound ("Baumarktkette", "winkelketen"); never the chain a business sits in or sells ("supply chain", "cold
 * chain", "value chain", "food chain", "blockchain", "franchise fees", "Lieferkette", "Kühlkette", "waardeketen",
 * "chaîne d'approvisionnement", "cadena de suministro", "catena del freddo"). */
const CHAIN_SAID =
  /(?<![\p{L}-])(?<!(?:supply|cold|value|block|demand|daisy|key|snow|anchor|cool|kill|production|distribution|logistics)[\s-])(?<!(?<!fast[\s-])food[\s-])(?:chains?(?:['’]s)?|franchis(?:ees?|ed)|(?<=\b(?:a|an|the|our|their|its|his|her)\s+)franchise(?:['’]s)?(?!\s+(?:fees?|model|agreements?|opportunit(?:y|ies)|rights|deals?|offer))|(?:cha[îi]nes?|cadenas?|catene|catena)(?!\s+(?:d['’]|de\s|del\s|dei\s|di\s|du\s)\s*(?:approvisionnement|suministro|fornitura|approvvigionamento|valeur|valor|valore|froid|fr[íi]o|freddo|production|producci[óo]n|produzione|montage|montaje|logistique|log[íi]stica|distribution|distribuci[óo]n|distribuzione|tv|t[ée]l[ée]vision|televisi[óo]n))|kett(?:e|en)|keten(?:s)?)(?![\p{L}-])|(?<![\p{L}])(?!(?:liefer|versorgungs|k[üu]hl|wertsch[öo]pfungs|wert|nahrungs|produktions|prozess|logistik|toelevering|toeleverings|waarde|voedsel|koude|koel|productie|bevoorradings|logistieke)(?:kette|keten))\p{L}{3,}(?:kette|keten)(?![\p{L}])/iu;
/** A business whose kind has many branches by nature, in its name or its CRM industry: a savings bank, a building
 * society, a credit union, a bank ("Sparkasse", "Volksbank", "caisse d'épargne", "caja de ahorros", "cassa di
 * risparmio", "spaarbank"), a supermarket or department store chain. */
const BRANCHED_KIND =
  /(?<![\p{L}])(?:savings\s+banks?|building\s+societ(?:y|ies)|credit\s+unions?|cooperative\s+banks?|co-operative\s+banks?|community\s+banks?|retail\s+bank(?:s|ing)?|banking|banks|\p{L}*sparkasse|volksbank|raiffeisenbank|caisse\s+d['’][ée]pargne|cajas?\s+de\s+ahorros?|cassa\s+di\s+risparmio|caixa\s+econ[óo]mica|spaarbank|supermarkets?|hypermarkets?|department\s+stores?|supermarch[ée]s|superm(?:e|er)cados?|supermercati)(?![\p{L}])/iu;
/** A bank named as one ("Quillmere Bank", "Bank of Ostley"): the word "bank" ends the name or opens it with "of". */
const BANK_NAME = /(?:^|\s)bank(?:\s+(?:plc|ag|eg|nv|sa|ltd|limited|inc|n\.a\.))?\s*$|^\s*(?:the\s+)?bank\s+of\s/iu;

/** A branch's head (the branch function, BRANCH_PLACES) whose company the record says is a chain or one of its branches
 * ("Leads one of the chain's shops", "Filiale Ost", "distributor branch"), or whose business has many branches by its
 * kind (a savings bank, a building society), is the head of one site of the chain, not the business's executive. The
 * personas read only through the executive (FUNCTION_PARENTS: a branch's head reaches the executive at half where no
 * persona is about branches, as a manager of a business the record says no more of runs it) are dropped. */
function ofAChain(found: Resolved[], prospect: Prospect, c: CompiledTaxonomy): Resolved[] {
  if (found.length === 0 || !functionsOf(titleWords(prospect.title ?? '')).some((f) => f.fn === 'branch')) return found;
  const notes = prospect.notes?.slice(0, NOTES_FOR_INDUSTRY);
  const company = prospect.company ?? '';
  const saysChain = (text: string) => BRANCH_SAID.test(text) || CHAIN_SAID.test(text);
  const chain =
    saysChain(company) ||
    BRANCHED_KIND.test(company) ||
    BANK_NAME.test(company) ||
    BRANCHED_KIND.test(prospect.industry ?? '') ||
    (!!notes && (saysChain(notes) || sitesSaid(notes) !== undefined));
  if (!chain) return found;
  return found.filter((r) => {
    const p = c.personas.find((x) => x.entry.id === r.id);
    return !p || (p.functions.get('branch') ?? 0) >= 0.2 || (p.functions.get('executive') ?? 0) < 0.2;
  });
}

/** A persona the taxonomy marks as the public sector's by the first words of its label, the qualifier that says whose
 * it is ("Public-sector mobility officer", "City transportation official"; not "Branch & public services manager",
 * whose public services are a library's branch's), with the words after them that say what it is about, not a rank's
 * ("officer", "official", "executive"). */
function publicPersonasOf(c: CompiledTaxonomy): { id: string; keys: Set<string> }[] {
  let known = publicPersonas.get(c);
  if (!known) {
    known = c.personas.flatMap((p) => {
      const said = titleWords(p.entry.label);
      const first = said.findIndex((w) => !GOVERNMENT_WORDS.has(w));
      if (first <= 0 || said[0] === 'sector') return [];
      // "Public relations manager", "Public affairs lead": "public" is there a word of a trade's function, not the
      // sector's qualifier.
      if (PUBLIC_TRADE_WORDS.has(said[first]!) || functionsOf(said).some((f) => f.start < first)) return [];
      const topic = said.slice(first).filter((w) => w.length >= 5 && seniorityOf([w]) === 0);
      return topic.length ? [{ id: p.entry.id, keys: new Set(topic.flatMap((w) => personaKeys(w))) }] : [];
    });
    publicPersonas.set(c, known);
  }
  return known;
}
const publicPersonas = new PerTaxonomy<{ id: string; keys: Set<string> }[]>();
/** The words after "public" that make it a trade's function's ("public affairs"), not the public sector's. */
const PUBLIC_TRADE_WORDS = new Set(['relation', 'relations', 'affair', 'affairs']);
/** English's words for the public sector and its local bodies, as a persona's label opens with them ("Public-sector ...",
 * "City ...", "County ...", "Municipal ..."). */
const GOVERNMENT_WORDS = new Set(['public', 'sector', 'government', 'municipal', 'municipality', 'city', 'county', 'town', 'civic']);

/** A title's word that is one of the keys' words in another language or spelling ("mobilità", "mobilidade" of
 * "mobility"), or a compound that opens with one ("Mobiliteitsbeleid", "Mobilitätsplanerin"). */
function saysTopic(w: string, keys: ReadonlySet<string>): boolean {
  if (personaKeys(w).some((k) => keys.has(k))) return true;
  for (let i = 5; i <= w.length - 5; i++) if (personaKeys(w.slice(0, i)).some((k) => keys.has(k)) || (w[i - 1] === 's' && personaKeys(w.slice(0, i - 1)).some((k) => keys.has(k)))) return true;
  return false;
}

const governmentSectorEntries = new PerTaxonomy<Set<string>>();
/** The entries a CRM value "Government Administration" reads (the government sector's), found once per taxonomy. */
const governmentSectorIds = (c: CompiledTaxonomy): Set<string> =>
  cachedFor(governmentSectorEntries, c, () => new Set(resolveIndustriesOf({ industry: 'Government Administration' }, c).map((r) => r.id)));

const industryHeadSets = new PerTaxonomy<Map<string, Set<number>>>();
/** The last word of every name of every entry, less the generic heads ("services"), with the places of the entries
 * whose names end in it, found once per taxonomy. */
const industryHeadsOf = (c: CompiledTaxonomy): Map<string, Set<number>> =>
  cachedFor(industryHeadSets, c, () => {
    const heads = new Map<string, Set<number>>();
    c.industries.forEach((i, index) => {
      for (const f of i.forms) {
        const head = f.words.at(-1)!;
        if (!GENERIC_HEADS.has(head)) heads.set(head, (heads.get(head) ?? new Set<number>()).add(index));
      }
    });
    return heads;
  });

/** At a public body (`isPublicBody`) whose industries read only as the government sector's entries (a CRM value
 * "Government Administration", a council's name), a title as written (not respelled) that names one other entry of
 * the taxonomy by its label or an alias, in its own or another language ("Head of Youth Welfare", "Jefe de Servicio de Bibliotecas" at a county whose
 * vendor has a youth-welfare and a library entry), says which of the body's services the person works in: that
 * entry, in place of the sector's. */
function serviceTheTitleSays(prospect: Prospect, c: CompiledTaxonomy, read: Resolved[]): Resolved[] {
  const title = prospect.title?.trim();
  if (!title || !read.length || !isPublicBody(prospect)) return read;
  const sector = governmentSectorIds(c);
  if (!read.every((r) => sector.has(r.id))) return read;
  // No word of the title is the head of any entry's name: no entry can pass the head test below, so the title's
  // reading (the costlier step) is not needed.
  const said = industryWordsWithCognates(title, c, false);
  const heads = industryHeadsOf(c);
  if (!said.some((w) => heads.has(w))) return read;
  const named = industryMatches(title, 'company', c, true).filter((r) => r.evidence.via === 'taxonomy' && !sector.has(r.id));
  if (named.length !== 1) return read;
  // The title names it by the head of one of its names, the kind of service ("welfare" of "youth welfare"), not by a
  // qualifier only ("Responsabile Parcheggi" says what the person works on, not a "parking service provider"); a
  // generic head ("services") says no kind.
  const index = industryIndexOf(c, named[0]!.id);
  if (!said.some((w) => heads.get(w)?.has(index))) return read;
  return [{ ...named[0]!, evidence: { ...named[0]!.evidence, field: 'title', quote: title } }];
}

/** The industries read, with the public body's service its title says (serviceTheTitleSays); where nothing reads
 * the business, the line of business the title heads (lineTheTitleHeads). */
function industriesOrTitleLine(prospect: Prospect, c: CompiledTaxonomy, read: Resolved[]): Resolved[] {
  const title = prospect.title?.trim();
  if (title && !read.length) return lineTheTitleHeads(title, c);
  return serviceTheTitleSays(prospect, c, read);
}

/** The fewest letters of the one word (as normalised: accents folded) of an entry's label or alias that a title may
 * name for its line of business. What it measures is the word's length, in any language: no language is checked. It
 * stands in for a compound (German's and Dutch's, which write a line of business as one word, "Prüferzertifizierung"),
 * and an English or Romance word as long passes it too ("Head of Reupholstery" reads a line whose alias is
 * "Reupholstery"). A shorter word is a role's word or an initialism as often (measured at the sixty-fifth round). */
const LINE_ONE_WORD_MIN_LETTERS = 12;
/** Where nothing else reads the business, a title naming one entry by a label or alias of the vendor's that is one long
 * compound (German's, Dutch's: "Bereichsleiterin Prüferzertifizierung" to a vendor whose alias is
 * "Prüferzertifizierung"): the line
 * of business the person heads is the business's own. Not a shorter word nor an English name of words apart: those
 * are the title's role as often (an entry named by a role's word or initials read from titles of that role: measured). */
function lineTheTitleHeads(title: string, c: CompiledTaxonomy): Resolved[] {
  const part = kindAHeadlineNames(title, c);
  if (part) return [part];
  const said = industryWordsWithCognates(title, c, false);
  const compound = (index: number) => c.industries[index]!.forms.some((f) => f.words.length === 1 && f.words[0]!.length >= LINE_ONE_WORD_MIN_LETTERS && said.includes(f.words[0]!));
  const named = industryMatches(title, 'company', c, true).filter((r) => r.evidence.via === 'taxonomy' && compound(industryIndexOf(c, r.id)));
  return named.length === 1 ? [{ ...named[0]!, evidence: { ...named[0]!.evidence, field: 'title', quote: title } }] : [];
}

/** A headline's part ("Loan Officer | CDFI | microloans for market traders", "Owner at Acme | Loan servicing bureau")
 * that is wholly one entry's label or alias, word for word, where nothing else reads the business: a headline lists
 * the role, the employer and the employer's kind, so a part that is only the vendor's name of a kind says the
 * business is one. One entry only; a title without a headline's bars says none. */
function kindAHeadlineNames(title: string, c: CompiledTaxonomy): Resolved | undefined {
  const parts = title.split(/\s+[|•·]\s+|\s*\|\s*/).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return undefined;
  const named = new Map<number, string>();
  for (const part of parts.slice(1)) {
    const said = industryWords(part).join(' ');
    if (!said) continue;
    c.industries.forEach((i, index) => {
      if (i.forms.some((f) => f.words.join(' ') === said)) named.set(index, part);
    });
  }
  if (named.size !== 1) return undefined;
  const [index, part] = [...named][0]!;
  const entry = c.industries[index]!.entry;
  return { id: entry.id, label: entry.label, evidence: { field: 'title', quote: part, via: 'taxonomy', confidence: 0.6 } };
}

/** Whether a prospect is a public body: its CRM industry reads as the government sector ("Government Administration")
 * where it reads a sector at all; else its name does, in a public body's form (PUBLIC_BODY_NAME: "City of ...",
 * "Stadt ...", "Ville de ...", "Município de ...") or by a word that says one anywhere ("Comune", "Gemeente",
 * "Municipality"), not by a bare "City", "County" or "Federal" that a business's name also says ("Twin City Taxi",
 * "County Line Logistics", "Federal Express"). */
function isPublicBody(p: Pick<Prospect, 'industry' | 'company'>): boolean {
  const industry = p.industry ? sectorsOf(industryWords(p.industry)) : [];
  if (industry.length) return industry.includes('government');
  const company = p.company?.trim() ?? '';
  if (!company) return false;
  if (PUBLIC_BODY_NAME.test(company)) return true;
  return sectorsOf(industryWords(company.replace(/\b(?:city|county|federal)\b/gi, ' '))).includes('government');
}

/** At a public body (isPublicBody), a title that names what the taxonomy's one public-sector persona is about
 * ("Referente Mobilità Sostenibile", "Mobiliteitsbeleid" to a "Public-sector mobility officer") is that persona's,
 * not the same trade's persona of a business ("E-mobility business developer") nor one its rank or a grade's word alone
 * reads ("Adjointe au maire" the executive, "Técnica Superior" IT): a town's e-mobility head runs the town's charging
 * programme, not a business line. A persona of another function the title names stays ("HR Director, Mobility Office",
 * "IT Manager, Health Department"): the department is where the person sits, not what they do. */
function ofAPublicBody(found: Resolved[], title: string | undefined, publicBody: boolean, c: CompiledTaxonomy): Resolved[] {
  if (!title || !publicBody) return found;
  const publics = publicPersonasOf(c);
  if (publics.length === 0 || found.some((r) => publics.some((p) => p.id === r.id))) return found;
  const said = titleWords(title);
  const named = publics.filter((p) => said.some((w) => saysTopic(w, p.keys)));
  if (named.length !== 1) return found;
  const keys = named[0]!.keys;
  // The functions the title names outside the topic, other than a rank's (executive) or a grade's ("técnico").
  const functions = functionsOf(said).filter(
    (f) => f.fn !== 'executive' && !said.slice(f.start, f.end).some((w) => saysTopic(w, keys) || PUBLIC_GRADE_WORDS.has(w)),
  );
  const ofAnotherFunction = (r: Resolved) => {
    const p = c.personas.find((x) => x.entry.id === r.id);
    if (!p || p.forms.some((f) => f.words.some((w) => saysTopic(w, keys)))) return false;
    return functions.some((f) => (p.functions.get(f.fn) ?? 0) >= 0.2);
  };
  if (found.some(ofAnotherFunction)) return found;
  const persona = c.personas.find((p) => p.entry.id === named[0]!.id)!;
  // A persona read whose own names say a word of the title beside the topic that the public persona's names do not, and
  // that is no rank nor a function's ("Seasonal" of "Dir. of Seasonal Marina" beside a "Seasonal marina director", where
  // the public persona is about public marinas), is what the title names: the topic alone does not make it the public
  // persona's (sixty-eighth round). A function's word is no such word ("Tourism Operations Manager" beside a "tour
  // operations manager" is the town's: the functions are read above).
  const functionWords = new Set(functionsOf(said).flatMap((f) => said.slice(f.start, f.end)));
  const ownWord = (w: string) =>
    !saysTopic(w, keys) && !FILLER.has(w) && !functionWords.has(w) && seniorityOf([w]) === 0 && !persona.forms.some((f) => f.words.includes(w));
  const namedOwn = (r: Resolved) => c.personas.find((x) => x.entry.id === r.id)?.forms.some((f) => f.words.some((w) => said.includes(w) && ownWord(w)));
  if (found.some(namedOwn)) return found;
  const confidence = found.length ? Math.max(...found.map((r) => r.evidence.confidence)) : 0.8;
  return [{ id: persona.entry.id, label: persona.entry.label, evidence: { field: 'title', quote: title, via: 'taxonomy', confidence } }];
}

/** "Chair of the Trustees", "President" at a rescue, a club or a firm (not a public body, `isPublicBody`, and a title that says no
 * public office): a top rank read only through the executive function (the knowledge, not a persona's own name) as
 * the taxonomy's government persona ("Town government official", "Municipal leader": its label says whose) is the
 * organisation's own head, the persona most about the executive function among the others, where one is about it
 * (a fifth of its names or more). A government's official is an official of a public body, not the head of any
 * organisation whose title is as high. */
function ofABusiness(found: Resolved[], prospect: Prospect, c: CompiledTaxonomy): Resolved[] {
  if (!found.length || !found.every((r) => r.evidence.via === 'knowledge' && governmentPersona(c, r.id))) return found;
  if (isPublicBody(prospect) || sectorsOf(industryWords(prospect.title ?? '')).includes('government')) return found;
  let best = MIN_SHARE;
  let heads: CompiledPersona[] = [];
  for (const p of c.personas) {
    if (governmentPersona(c, p.entry.id)) continue;
    const weight = p.functions.get('executive') ?? 0;
    if (weight > best + SHARE_TIE) [best, heads] = [weight, [p]];
    else if (weight >= best - SHARE_TIE) heads.push(p);
  }
  if (!heads.length) return found;
  return heads.map((p) => ({ id: p.entry.id, label: p.entry.label, evidence: found[0]!.evidence }));
}

/** Whether a persona's label says it is a government's: "government" among its words, or a public sector's qualifier
 * first ("Municipal leader", "City official", "Public-sector planner"; not "Public relations lead"). */
function governmentPersona(c: CompiledTaxonomy, id: string): boolean {
  const p = c.personas.find((x) => x.entry.id === id);
  if (!p) return false;
  const said = titleWords(p.entry.label);
  if (said.includes('government')) return true;
  return GOVERNMENT_WORDS.has(said[0] ?? '') && (said[0] !== 'public' || said[1] === 'sector');
}

/** A public body's grade of staff, not a function ("Técnico Superior", a civil service career). */
const PUBLIC_GRADE_WORDS = new Set(['technician']);

const COMPANY_RECORDS = new Set(['account', 'company', 'organization', 'organisation']);
/** A deal's or an opportunity's name is the deal's ("Acme - renewal"), not a person's. */
const DEAL_RECORDS = new Set(['deal', 'opportunity']);

/** The text from `start` to `end`, widened to the whole words it cuts: a match on one part of a joined word ("E" of
 * "E-Mail", "re" of "re-roof", "overtime" of "overtime's") is quoted as the word the prospect wrote, the word the rep
 * will recognise. Only a hyphen or an apostrophe inside a word joins (a dot only between digits, "3.5"): a dot, a
 * slash or an underscore sets words apart ("spreadsheets/email", "mail.Nobody"), and a match inside an e-mail
 * address, a web address or a host name ("jo.mail@acme.example", "mail.acme.example") is quoted as it matched. */
export function wholeWordsAt(text: string, start: number, end: number): string {
  let chunkFrom = start;
  let chunkTo = end;
  while (chunkFrom > 0 && !/\s/.test(text[chunkFrom - 1]!)) chunkFrom--;
  while (chunkTo < text.length && !/\s/.test(text[chunkTo]!)) chunkTo++;
  if (/@|:\/\/|[\p{L}\p{N}]\.[\p{L}]/u.test(text.slice(chunkFrom, chunkTo))) return text.slice(start, end);
  const word = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
  const digit = (ch: string | undefined) => ch !== undefined && /\p{N}/u.test(ch);
  // A joiner at `i` between two word characters: a hyphen or an apostrophe, or a dot between two digits.
  const joins = (i: number) =>
    word(text[i - 1]) && word(text[i + 1]) && (/[-'’]/.test(text[i]!) || (text[i] === '.' && digit(text[i - 1]) && digit(text[i + 1])));
  let from = start;
  let to = end;
  while (from > 0 && (word(text[from - 1]) || joins(from - 1)) && (word(text[from]) || joins(from))) from--;
  while (to < text.length && (word(text[to]) || joins(to)) && (word(text[to - 1]) || joins(to - 1))) to++;
  return text.slice(from, to);
}

/** "Persona: Finance leader (from "Chief Financial Officer")" */
export function describeResolved(kind: TaxonomyKind, r: Resolved): string {
  const what = kind === 'personas' ? 'Persona' : kind === 'industries' ? 'Industry' : 'Pain point';
  if (r.evidence.field === 'rep') return `${what}: ${r.label} (added by you)`;
  return kind === 'painPoints' ? `${what}: ${r.label} ("${r.evidence.quote}")` : `${what}: ${r.label} (from "${r.evidence.quote}")`;
}
