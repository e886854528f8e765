// Notes as reps paste them: call transcripts with the seller's turns mixed in, clauses that settle a
// topic ("labor is fine too"), requirements that are not problems ("needs QBO integration"). These
// functions say which words of the notes can name a pain.
import { ANSWER_MANY, QUESTION_OF_AMOUNT, ANSWER_NO, NO_AFFIRMING, NO_KNOWING, ANSWER_NOT_HAD, BUT_WORDS, ANSWER_PROBLEM, ANSWER_REFUSED, ANSWER_REFUSED_OPENING, COMPLAINTS, ANSWER_YES, OPEN_QUESTION, CLAUSE_OPENERS, COORDINATING_AND, FOCUS_WORDS, SETTLED_ANAPHORS, COPULAS, REQUIREMENT_HEADINGS, REQUIREMENT_HEADINGS_ANYWHERE, RECORD_MAKERS, RECORD_VERBS, RECORD_VERB_LEADS, SETTLED_ADVERBS, ASKING_OPENERS, WANTING_OPENERS, PRODUCT_NOUNS, DUTY_SUBJECTS, DUTY_VERBS, NEED, NO_PAIN, NOTE_DATES, NOTE_KINDS, NOTE_MEDIA, NOTE_RECORDS, NOTE_SOURCES, OF_ARTICLES, OF_LINKS, REQUIRED_THINGS, REQUIREMENT, OWNER_LABEL, CHAT_VISITOR_LABELS, CHAT_AGENT_LABELS, POINT_ABBREVIATIONS, POINT_ABBREVIATIONS_LEADING, POINT_TITLES, POINT_OPENERS, GUESSING_WORDS, GUESS_HEADINGS, GUESS_NOT_TAKEN_UP, GUESS_UNCONFIRMED, GUESS_HEDGES, GUESS_TOPIC_CHANGED, DISOWNED_GENERIC, SELLER_LABELS, SETTLED, SETTLED_TACKLED, FIXED_VERBS, FIXED_PAST_TIMES, GONE_SINCE_MARKERS, GONE_SINCE_NONE, GONE_SINCE_ANY, GONE_SINCE_NEGATIONS, GONE_SINCE_CHANGES, OTHER_OFFICE_LEADS, OTHER_OFFICES, OTHER_OFFICE_VERBS, OBLIGED, OBLIGED_COPULAS, OBLIGED_DETERMINERS, FIXED_UNDONE, SETTLED_AUDIT_ONLY, AUDIT_WORDS, SETTLED_NAMED, SETTLED_NOT_MATTER, SETTLED_AFTER_IS, SETTLED_DENIED_AFTER, SETTLED_DENIED_BEFORE, SETTLED_DENIED_COPULAS, SETTLED_DENIED_PHRASES, SETTLED_DENIED_PHRASE_GAP, SUBJECTLESS_NOT, HANDLED_WORDS, HANDLED_MANNERS, NEXT_STEP_LABELS, NEXT_STEP_REPORTS, NEXT_STEP_IF_PLAN, NEXT_STEP_PLAN_VERBS, EMBEDDED_QUESTION, TENURE_BEFORE, TENURE_BETWEEN, TENURE_LINKS, TENURE_NOT_FIELDS, TENURE_CLAUSE_VERBS, TENURE_NUMBER_WORDS, TENURE_UNITS, FORMER_JOB_OPENERS, FORMER_JOB_NOT_AFTER, SETTLED_HANDOFF_PRONOUNS, CREDO_OPENERS, CREDO_AFTER_I, CREDO_BEFORE, CREDO_LACKING, CREDO_SUBJECTS, CREDO_WISHES, GUESS_NO_REPLY, GUESS_NO_REPLY_AFTER, REQUIREMENT_HEADING_LINKS, REQUIREMENT_HEADING_REACH, REQUIREMENTS_ONLY, REQUIREMENTS_ONLY_TAILS, SETTLED_CLAUSE_ALONE, SETTLED_RELATIVE, SETTLED_RELATIVE_DENIED, SETTLED_RELATIVE_MANNERS } from './knowledge/cues';
import { conceptIndex, PhraseIndex } from './compile';
import { clippedCase, cognates, currentLexiconEdition, noteCompound, noteStem, readIdioms, splitSeveralWords, tableEnglishStems } from './lexicon';
import { COMPOUND_RANKS, INDUSTRY_PHRASES, INDUSTRY_WORDS, NOTE_PHRASES, NOTE_PROBLEM_WORDS, NOTE_WORDS, PHRASES, WORDS } from './knowledge/lexicon';
import { FUNCTIONS, GENERIC_TITLE_WORDS, REPRESENTATIVE_WORDS, SENIORITY } from './knowledge/titles';
import { deu, fra, ita, nld, por, porBr, spa } from 'stopword';
import { isStopword, lightWord, normalise, stem, tokenize, type Token } from './text';
import { LEGAL_FORMS } from './own-company';
import { COLLOCATION_TABLE } from './collocation-table.generated';
import { CONCEPTS } from './knowledge/pains';
/** What ends a clause between two words: a comma, a semicolon, a colon, a sentence's end, a dash (" - "); unlike CLAUSE_BREAK
 * (below, for quotes), a sentence's end counts and brackets and quotes do not. */
const CLAUSE_END = /[,;:.!?–—]|\s-\s/;
/** The same without the comma (the comma before a German "dass" belongs to the clause it opens). */
const CLAUSE_END_NOT_COMMA = /[;:.!?–—]|\s-\s/;
/** What opens a new clause between two words of one sentence (a comma, a semicolon, a colon, a dash): the guess's
 * answer, its speaker and a contrary view after it are each read up to it. */
const CLAUSE_MARK = /[,;:–—]|\s-\s/;

const SELLER = new Set(SELLER_LABELS);
/** "REP:", "Prospect:", "Dana:", "Dana W.:", "Rep (earlier):" at the start of a line or after a sentence. */
const TURN = /(^|[\n.!?]\s*|\s{2,}|\s)([A-Z][A-Za-z]{0,20}(?: [A-Z][A-Za-z.]{0,20})?)(?: ?\([^()\n]{1,30}\))?\s?:(?=\s)/g;
/** "Jess (rep)", "Tom (AE)": a name and the seller's label after it. */
const SELLER_NAMED = /\b([A-Z][a-z]{1,20}) ?\(([A-Za-z]{1,12})\)/g;
/** "rep - how do you track?", "G - a whiteboard": a short label and a dash at a line's start. */
const DASH_TURN = /(^|\n)([ \t]*)([A-Za-z]{1,20})[ \t]+[-–—][ \t]+(?=\S)/g;

const CHAT_VISITORS: ReadonlySet<string> = new Set(CHAT_VISITOR_LABELS);
const CHAT_AGENTS: ReadonlySet<string> = new Set(CHAT_AGENT_LABELS);
const LOWERCASE_TURN = /(^[ \t]*|\n[ \t]*|[.!?/]\s*)([a-z]{2,20})\s?:(?=\s)/g;

const MEDIA = NOTE_MEDIA.join('|');
/** A word of a label: "w/", a date ("8/14") or a word. */
const LABEL_WORD = `(?:w/|\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?|[\\w'’-]+)`;
/** A note's label that may name how it was taken: a few words before a colon at a line's or a sentence's start, one
 * of them a medium ("Rosa on call:", "note from SDR:", "chat transcript:"); saysHowTaken decides. */
const MEDIUM_LABEL = new RegExp(`(^|[\\n.!?]\\s*|/\\s+)((?:${LABEL_WORD} ){0,3}(?:${MEDIA})(?: ${LABEL_WORD}){0,2}(?:\\s?\\([^()\\n]{1,60}\\))?\\s?:)(?=\\s)`, 'gi');
/** A note's header at its start naming the medium and a date: with its year, or a dash, a colon or the line's end after
 * it ("Call 14/10 -", "call w/ Rachel 3/4\n", "call 3/4/26 Rep: ..."; not "Phone calls 2/3 go unanswered", a fraction). */
const MEDIUM_HEADER = new RegExp(`^(\\s*)((?:[\\w'’-]+ ){0,2}(?:${MEDIA})\\b[^\\n.:?!]{0,25}?\\b\\d{1,2}/\\d{1,2}(?:/\\d{2,4}|(?=[ \\t]*(?:[-–—:]|\\n|$))))`, 'i');
const MEDIA_WORDS = new Set(NOTE_MEDIA);
/** A medium's word anywhere in the notes, with the labels' own case folding: MEDIUM_HEADER, MEDIUM_LABEL and
 * MEDIUM_LINE each need one, so notes without it have no label to blank (withoutMediumLabels' word test first). */
const MEDIUM_WORD = new RegExp(MEDIA, 'i');
const RECORDS = new Set(NOTE_RECORDS);
const SOURCES = new Set(NOTE_SOURCES);
const DATES = new Set(NOTE_DATES);
/** A date by its shape: a day or month word, a day and month with a year ("3/4/26"), an ordinal ("14th"); a bare day and
 * month ("8/14") or day only when `marked`, a dash, a colon or a line's end after it ("call 8/14:", "Call 14/10 -"):
 * "Phone calls 2/3 go unanswered" is a fraction. */
const isDate = (w: string, marked = false) =>
  DATES.has(w) || /^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$|^\d{1,2}(?:st|nd|rd|th)$/.test(w) || (marked && /^\d{1,2}(?:[/.]\d{1,2})?$/.test(w));
const ARTICLES = new Set(['the', 'a', 'an', 'our', 'my', 'their', 'his', 'her', 'this', 'that']);
/** Words that may stand between a medium and who took it, or beside it and its date: articles and kinds of contact. */
const LABEL_FILLERS = new Set([...ARTICLES, ...NOTE_KINDS]);
/** Takers that are a person, not the sales function ("Sales calls:" is a kind of call, the topic). */
const PERSON_TAKERS = new Set(SELLER_LABELS.filter((w) => w !== 'sales'));
/** Who may take a note: a seller's label or a role word of a title ("from SDR", "with the engineer", "w/ ops manager"). */
const ROLE_STEMS = new Set([...REPRESENTATIVE_WORDS, ...COMPOUND_RANKS, ...Object.values(FUNCTIONS).flat().filter((w) => !w.includes(' '))].map(stem));
const isTaker = (w: string) => PERSON_TAKERS.has(w) || ROLE_STEMS.has(stem(w));
/** A person's name in a label: a capitalised word, not a role word nor a plural of a noun of people ("Engineers",
 * "Customers", "Technicians", "Residents"). */
const isName = (w: string) =>
  /^\p{Lu}\p{Ll}+$/u.test(w) && !isTaker(w.toLowerCase()) && !/(?:er|or|ist|ian|ant|ent)s$/.test(w) && !isDate(w.toLowerCase().replace(/s$/, ''));

/** Whether a label or header says how the note was taken rather than what it is about (notes-medium-label): a medium
 * with who took it ("Rosa on call", "note from SDR", "call w/ Rachel"; not "Calls from customers", "Calls after hours",
 * "Engineers on call", "Sales calls", which name the topic), with a word of a
 * record of it ("chat transcript", "call notes"), or alone with a date ("call 8/14"); never when it says a complaint
 * ("backlog", "too slow") or one of the taxonomy's own phrases (`names`, "unanswered calls from tenants"). "Missed
 * calls:", "Voicemail backlog:" and "Email overload:" say what hurts, not how the note was taken. */
function saysHowTaken(label: string, heads: boolean, names?: LabelNames, header = false, aside = false): boolean {
  const words = label.toLowerCase().replace(/[:\-–—]+\s*$/, '').split(/\s+/).filter(Boolean);
  const tokens = tokenize(label).map((t) => clippedCase(t, label));
  const stems = tokens.map((t) => t.stem);
  if (names?.(tokens.map((t) => noteStem(t)))) return false;
  if (tokens.some((t) => COMPLAINTS.includes(t.word))) return false;
  if (conceptIndex().all(stems).some((m) => m.value.concept !== 'fine' && CONCEPTS[m.value.concept]?.kind === 'qualifier')) return false;
  const media = words.map((w) => MEDIA_WORDS.has(w));
  if (!media.some(Boolean)) return false;
  // A word of a record of it: "call notes", "chat transcript", "meeting recap", "deal notes", "Notes".
  if (words.some((w) => RECORDS.has(w))) return true;
  // The medium with who took it: a taker before it ("Rep call", "SDR disco call"), a single name or taker on it ("Rosa on
  // call"), a source word and a taker or a name after it ("call w/ Rachel", "note from SDR"). A source word before anything
  // else names the topic: who calls ("Calls from customers"), when ("Calls after hours", "Calls on weekends"), a duty
  // ("Engineers on call").
  const cased = label.replace(/[:\-–—]+\s*$/, '').split(/\s+/).filter(Boolean);
  const besideMedium = (i: number) => {
    for (let j = i - 1; j >= 0 && j >= i - 3; j--)
      if (words[j] === 'on') return j === 1 && (isName(cased[0]!) || PERSON_TAKERS.has(words[0]!));
      else if (PERSON_TAKERS.has(words[j]!)) return true;
      else if (!LABEL_FILLERS.has(words[j]!)) break;
    // A date may stand between the medium and its source ("call 10/3 w/ Rachel").
    let j = i + 1;
    while (j < words.length - 1 && isDate(words[j]!, true)) j++;
    if (!(j < words.length && SOURCES.has(words[j]!))) return false;
    let k = j + 1;
    while (k < words.length && ARTICLES.has(words[k]!)) k++;
    return k < words.length && (isTaker(words[k]!) || isName(cased[k]!));
  };
  if (words.some((_, i) => media[i] && besideMedium(i))) return true;
  // The medium alone with a date ("call 8/14", "disco call Tuesday") or heading what it brought: a quote ("email: 'Hi,
  // ...'"), its own line ("call:\nG - ..."), a speaker's turn ("disco call: TW: ...").
  // a day and month ends the label before its colon or dash, or the header (MEDIUM_HEADER asks for a dash, colon or line end)
  const dated = (w: string, i: number) => isDate(w, i === words.length - 1 && (header || /[:\-–—]\s*$/.test(label)));
  const alone = words.every((w, i) => media[i] || dated(w, i) || LABEL_FILLERS.has(w));
  // A bare medium whose aside was removed heads a topic, not a record: the aside is what qualified it ("Calls (parents):",
  // "Calls (after hours):", "Voicemail (missed):" over their bullets); only a date still says when the note was taken.
  return alone && ((heads && !aside) || words.some(dated));
}

/** What a medium's label heads when it says how the note was taken: a quote, a line of its own, a speaker's turn. */
const BROUGHT = /^(?:\s*["'“‘«]|[ \t]*\n|\s*[A-Za-z]{1,12}\s?:\s)/;

/** A label's aside in brackets before its colon ("Call notes (recorded, lightly edited):", "Transcript
 * (Zoom, auto):"): how the record was made, read as part of the label but not asked whether it says how the note was taken;
 * a medium alone beside it heads a topic ("Calls (parents):"), unless a date says when (saysHowTaken's `aside`). */
const ASIDE = /\s?\([^()\n]{1,60}\)/;

/** The notes without the labels and headers that say how the note was taken (notes-medium-label): "call 8/14 --
 * Rep: ..." or "Rosa on call: residential work" names the call the rep made, no missed calls (same length, so
 * offsets hold). A label that names the topic ("Missed calls:", "Text reminders:") stays: see saysHowTaken. */
export function withoutMediumLabels(notes: string, names?: LabelNames): string {
  if (!MEDIUM_WORD.test(notes)) return notes;
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  const blankIf = (header: boolean) => (whole: string, lead: string, label: string, at: number, text: string) =>
    saysHowTaken(label.replace(ASIDE, ' '), BROUGHT.test(text.slice(at + whole.length, at + whole.length + 24)), names, header, ASIDE.test(label)) ? lead + blank(label) : whole;
  const blankLine = (whole: string, lead: string, label: string, at: number, text: string) => {
    // The rep's own call is one: a medium in the plural opening a running line ("Phone calls with couriers, ...") is
    // what the line is about (review mend, sixty-first round).
    if (label.toLowerCase().split(/\s+/).some((w) => MEDIA_WORDS.has(w) && !RECORDS.has(w) && w.endsWith('s') && MEDIA_WORDS.has(w.slice(0, -1)))) return whole;
    // What follows past blanked words (a seller's turn already set aside reads as spaces).
    const after = text.slice(at + whole.length).replace(/^[.,]/, '').replace(/^[ \t]+/, ' ');
    return saysHowTaken(label.replace(ASIDE, ' '), BROUGHT.test(after.slice(0, 24)), names, true, ASIDE.test(label)) ? lead + blank(label) : whole;
  };
  return notes.replace(MEDIUM_HEADER, blankIf(true)).replace(MEDIUM_LABEL, blankIf(false)).replace(MEDIUM_LINE, blankLine);
}
/** A line that opens on the medium and who took it or what record it is, with no colon, the line's first sentence or
 * clause ending after it and more said on the line ("Intro call w/ Dana, she runs two gyms", "Disco call. Rep: ...")
 * (notes-medium-label, saysHowTaken decides as for a label). */
const MEDIUM_LINE = new RegExp(`(^|\\n)([ \\t]*(?:${LABEL_WORD} ){0,2}(?:${MEDIA})(?: ${LABEL_WORD}){0,3}(?:\\s?\\([^()\\n]{1,60}\\))?)(?=[.,][ \\t]+\\S)`, 'gi');

/** The seller's own conversation named in running notes (notes-own-meeting): the medium after a preposition of time or
 * place and a determiner ("on that call", "after this meeting", "before our next demo", "on today’s call"), not a kind
 * of call the prospect handles ("on call duty", "on a call-out", "calls on weekends"); `endsOwnMedium` says whether
 * what follows lets it end there ("during the call transfer" is the prospect's own transfers). */
const OWN_MEETING = new RegExp(
  `\\b(?:on|during|after|before|since|from|in)\\s+(?:the|this|that|our|my|today['’]?s|yesterday['’]?s)\\s+(?:(?:same|last|next|first|second|intro|discovery|disco|follow-?up|zoom|teams|video|sales)\\s+){0,2}(call|meeting|demo)\\b(?!\\s*-)`,
  'gi',
);
/** A call as a decision, not a phone call: "not his call", "it’s your call", "that's the owner's call", "her call to
 * make", "final call is the owner's" (`endsOwnMedium` again: "it's our call handoffs" are the prospect's handoffs). */
const A_DECISION = /\b(?:(?:not|isn['’]?t|wasn['’]?t|it['’]?s|its|it is|that['’]?s|thats|that is)\s+(?:my|his|her|their|your|our|(?:the\s+)?\p{L}+['’]s)|(?:my|his|her|their|your|our|\p{L}+['’]s)(?=\s+call\s+to\s+make\b)|final)\s+(call)\b/giu;
/** The seller's own conversation not yet held: "No call yet", "no intro meeting yet", "no demo yet" say no phone calls
 * or meetings hurt (a count or a kind after "no" is the prospect's own: "no calls after six" is not followed by "yet").
 * Blanked with its "no", which answers nothing: a bare "No yet" would read as the prospect turning down the rep's guess
 * or question before it ("Rep thought X. No call yet."). */
const NOT_YET_MET = /\bno\s+(?:(?:intro|discovery|disco|follow-?up|zoom|teams|video|sales|first)\s+)?(call|meeting|demo)\s+(?=yet\b)/gi;
/** The words after the rep's own call or a decision that let the medium end there: a pronoun, article, preposition,
 * conjunction or auxiliary opens what follows ("on the call she said", "after the meeting we agreed", "not his call
 * to make"), a time word says when ("on the call today"). A noun after it ("the call handoffs", "the call recordings")
 * makes it one of the prospect's own things. */
const OWN_MEDIUM_FOLLOWERS = new Set(['i', 'we', 'you', 'he', 'she', 'they', 'it', 'my', 'our', 'your', 'his', 'her', 'their', 'its', 'me', 'us', 'him', 'them', 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'and', 'but', 'or', 'so', 'then', 'for', 'with', 'to', 'about', 'on', 'in', 'at', 'by', 'from', 'of', 'as', 'if', 'when', 'while', 'since', 'until', 'till', 'before', 'after', 'because', 'though', 'although', 'was', 'were', 'is', 'are', 'went', 'ended', 'lasted', 'wrapped', 'just', 'already', 'again', 'too', 'also', 'either', 'only', 'there', 'here', 'yet', 'last', 'next', 'today', 'yesterday', 'tomorrow', 'earlier', 'later', 'now', 'anyway', 'itself', 'everyone', 'nobody', 'someone', 'both', 'all']);
/** Whether the rep's own call or a decision ends where the medium does: punctuation, a line's or the text's end, one of
 * OWN_MEDIUM_FOLLOWERS, or a name (a capitalised word after a lowercase medium: "after the call Dana sent prices"). */
function endsOwnMedium(medium: string, after: string): boolean {
  const next = /^[ \t]*(?:([^\p{L}\p{N}\s]|\n|$)|([\p{L}]+))/u.exec(after);
  if (!next) return false;
  if (next[2] === undefined) return true;
  return OWN_MEDIUM_FOLLOWERS.has(next[2].toLowerCase()) || (/^\p{Ll}/u.test(medium) && /^\p{Lu}\p{Ll}/u.test(next[2]));
}
/** A bracketed header on a line of its own that says how the note was taken ("[meeting transcript, rough]", "[Call 3/9]"):
 * a bracket around a line is a header, and its word of a record is one even where a pain's name shares that word's stem
 * ("[Missed calls]" still names a topic), unless every word of it is in one of the taxonomy's whole phrases ("[Meeting
 * minutes]" heading what hurts, for a pain named "meeting minutes"; "[call transcript, unedited]" is still a header). */
const BRACKET_HEADER = /(^|\n)([ \t]*)\[([^\]\n]{1,40})\]([ \t]*)(?=\n|$)/g;

/** A CRM's word for a stored record heading a line ("Saved lead.", "Saved contact (Ivo):") or in brackets after one
 * ("an article (saved)"): the record was stored, no money saved. Only English says both with one word; the other languages
 * store with another verb than they save money ("gespeichert", "enregistré", "guardado", "salvato", "opgeslagen"). */
const SAVED_RECORD = /(^|\n|[.!?][ \t]+)([ \t]*)(saved)(?=[ \t]+[\p{L}]+(?:[ \t]*\([^)\n]{0,30}\))?[ \t]*(?:[.:\-–—\n]|$))|(\()(saved)(?=\))/giu;
/** What each of withoutOwnMeeting's patterns needs somewhere in the notes: a bracket (BRACKET_HEADER), the seller's
 * call, meeting or demo (OWN_MEETING, A_DECISION, NOT_YET_MET), "saved" (SAVED_RECORD); with the widest of their case
 * foldings (`iu`), so notes without any of these are returned unread (a word test first). */
const OWN_MEETING_WORD = /\[|call|meeting|demo|saved/iu;

/** The notes without the words that name the seller's own conversation or a decision (same length, so offsets hold):
 * "kept it short on that call", "not his call" say no phone calls hurt. */
export function withoutOwnMeeting(notes: string, names?: LabelNames): string {
  if (!OWN_MEETING_WORD.test(notes)) return notes;
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  const blankMedium = (whole: string, medium: string, at: number, text: string) =>
    endsOwnMedium(medium, text.slice(at + whole.length)) ? whole.slice(0, whole.length - medium.length) + blank(medium) : whole;
  return notes
    .replace(BRACKET_HEADER, (whole, lead: string, pad: string, label: string, after: string) =>
      !namesWholly(label, names) && saysHowTaken(label.replace(/[,;()]/g, ' ').replace(/\s+/g, ' ').trim(), true, undefined, true) ? lead + pad + ' ' + blank(label) + ' ' + after : whole)
    .replace(OWN_MEETING, blankMedium)
    .replace(A_DECISION, blankMedium)
    .replace(NOT_YET_MET, (whole: string) => blank(whole))
    .replace(SAVED_RECORD, (whole: string) => whole.replace(/saved/i, '     '));
}

/** A committee named by its remit ("the audit committee", "a safeguarding committee", "our fleet safety committee",
 * "the Audit & Risk Committee"): words before "committee" that are no function word, a number or past a stop. */
const COMMITTEE_REMIT = /((?:[\p{L}][\p{L}'’-]*(?:[ \t]*[&/+][ \t]*|[ \t]+)){1,7})(?=(?:sub-?)?committees?(?![\p{L}]))/giu;
/** A count before "committees" ("the board and five committees"): no remit. */
const COUNT_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|multiple|various|few|both|other)$/i;
/** A remit's words and what joins two remits of one committee ("Audit and Risk", "Finance & Audit", "finance/audit"). */
const REMIT_TOKEN = /[\p{L}][\p{L}'’-]*|[&/+]/gu;

/** The notes without the remit words of a committee's name (same length, so offsets hold): "the audit committee chair
 * wants agendas out sooner" names a body, not an audit that hurts; "a safeguarding committee" no safeguarding
 * problem; "the Audit and Risk Committee" neither. The words are kept where the taxonomy's own phrases hold the name
 * whole, with the words after it ("Audit committee reporting", "prepares the audit committee reporting"). */
export function withoutCommitteeRemits(notes: string, names?: LabelNames): string {
  if (!/committee/i.test(notes)) return notes;
  return notes.replace(COMMITTEE_REMIT, (whole: string, _g: string, at: number, text: string) => {
    // From the right: up to two words, then across "and", "&", "/" to one more remit where both sides are a
    // committee's bare remits ("Audit and Risk Committee", "the landscaping and safety committee"),
    // until a function word or a number.
    const tokens = [...whole.matchAll(REMIT_TOKEN)].map((m) => ({ word: m[0], at: m.index! }));
    const words = tokens.map((t) => t.word);
    const plain = (w: string) => /^\p{L}/u.test(w) && !isStopword(w.toLowerCase()) && !COUNT_WORD.test(w);
    const joins = (w: string) => /^(?:and|&|\/|\+)$/i.test(w);
    let from = tokens.length;
    let run = 0;
    for (let i = tokens.length - 1; i >= 0; i--) {
      const w = tokens[i]!.word;
      if (plain(w) && run < 2) { from = i; run++; continue; }
      if (run > 0 && i > 0 && joins(w) && joinsRemits(words, i, plain)) { from = i - 1; run = 2; continue; }
      break;
    }
    if (from === tokens.length) return whole;
    const head = whole.trimEnd();
    const lead = tokens[from]!.at;
    const remit = head.slice(lead);
    const name = text.slice(at + whole.length).match(/^(?:sub-?)?committees?/i)![0];
    const after = text.slice(at + whole.length + name.length).match(/^[^.,;:!?()\n]{0,40}/)![0];
    if (namesWholly(`${remit} ${name}`, names, after)) return whole;
    // A committee that opens its sentence, a line, a bullet, a number or a quote is its subject, and what it asks for
    // is its remit's problem ("Audit committee asks for proof that old accounts are closed"): kept.
    const before = text.slice(0, at + lead).replace(/(?:\b(?:the|our|their|its|his|her|this|that|an?)\s*)+$/i, '');
    if (/(?:^|[.!?;:\n]|\s[-–—]|->)\s*(?:(?:[-–—•*·▪►]|\d{1,2}[.)])\s*)?["“'‘(\[]*\s*$/.test(before)) return whole;
    return whole.slice(0, lead) + remit.replace(/[^\n]/g, ' ') + whole.slice(head.length);
  });
}

/** "grow" and "grows" as nouns, a place where plants are grown ("two licensed grows", "an indoor grow, Maine"): the verb
 * of growing reads a business's growth ("we want to grow", "the team grows", "sales grow"), the noun does not. A
 * noun where the word before it is a number, a determiner or a participle ("3 grows", "our grow", "permitted grows"),
 * a year no count when a verb's object or preposition follows ("In 2026 grow the chain by 4 locations", "By 2027 grow
 * to 12 sites"; "since 2019 grow ops" stays the noun),
 * or where "grow" ends its clause after a word that cannot be its subject (no pronoun, no auxiliary nor "to", no
 * plural: "Indoor grow, 5k sq ft", "vertical CO grow" at a line's end, a state's initials no "or"). Verbs still: the
 * relative "that"/"those" ("a platform that grows with them", "tools that grow with the chain": a determiner "that" takes
 * no plural, and a "grow" followed by "with"/"into"/"fast"/an object is the verb), the subject of "help"/"let"/"see"/
 * "watch"/"make" ("see the company grow.", "help the practice grow.", "helped grow Acme"), and a subject word in
 * capitals when "grow" is in capitals too ("WE NEED TO GROW.": only a capitalised word before a lower-case "grow" is a
 * state's initials). */
const GROW_WORD = /(?<![\p{L}\p{N}'’-])(grows?)(?![\p{L}\p{N}'’-])/giu;
const GROW_DETERMINER = /^(?:a|an|the|our|their|its|his|her|my|your|this|that|these|those|each|every|per|one|two|three|four|five|six|seven|eight|nine|ten|several|many|multiple|few|both)$/i;
const GROW_SUBJECT = /^(?:i|we|you|they|he|she|it|us|them|him|me|to|will|would|can|could|should|shall|must|may|might|do|does|did|not|never|also|still|further|dont|doesnt|didnt|cant|wont|and|or)$/i;
/** Words after a relative "that grow" that make it the verb: a preposition, an adverb of growing, or an object. */
const GROW_VERB_NEXT = /^[ \t]+(?:with|into|by|to|fast|faster|quickly|slowly|steadily|along|alongside|together|beyond|as|up|the|their|our|your|its|his|her|my|them|us|you|it|a|an)(?![\p{L}\p{N}'’-])/iu;
/** A year before "grow" ("In 2026 grow the chain"): a date, not a count of grows. */
const GROW_YEAR = /^(?:19|20)\d{2}$/;
/** Verbs whose object is the subject of a bare "grow": "help the practice grow", "see the company grow", "helped grow". */
const GROW_CAUSER = /(?<![\p{L}\p{N}'’-])(?:help(?:s|ed|ing)?|let(?:s|ting)?|see(?:s|ing)?|saw|watch(?:es|ed|ing)?|mak(?:e|es|ing)|made)[ \t]+(?:[\p{L}\p{N}'’-]+[ \t]+){0,2}$/iu;
export function withoutGrowNouns(notes: string): string {
  if (!/grow/i.test(notes)) return notes;
  return notes.replace(GROW_WORD, (whole: string, _w: string, at: number, text: string) => {
    const before = text.slice(Math.max(0, at - 60), at);
    const prev = before.match(/([\p{L}\p{N}][\p{L}\p{N}'’]*)[ \t]+$/u)?.[1];
    if (!prev) return whole;
    const relative = /^(?:that|those)$/i.test(prev) &&
      (whole.length === 5 === /^that$/i.test(prev) || GROW_VERB_NEXT.test(text.slice(at + whole.length)));
    const caps = whole === whole.toUpperCase();
    const noun = !relative && (
      (/^\d/.test(prev) && !(GROW_YEAR.test(prev) && GROW_VERB_NEXT.test(text.slice(at + whole.length)))) || GROW_DETERMINER.test(prev) || (/ed$/i.test(prev) && prev.length > 4 && !GROW_CAUSER.test(before)) ||
      (whole.length === 4 && /^(?:[ \t]*(?:[,;:.(\n]|$))/.test(text.slice(at + 4)) && !GROW_CAUSER.test(before) &&
        !(GROW_SUBJECT.test(prev.replace(/['’]/g, '')) && (prev !== prev.toUpperCase() || caps)) && !/(?:s|n['’]?t|['’](?:d|ll|re|ve))$/i.test(prev)));
    return noun ? ' '.repeat(whole.length) : whole;
  });
}

/** Shapes of a word: all capitals ("CFO", "HR"), a capital first ("Audit"), or none ("audit"). */
const wordCase = (w: string) => (w === w.toUpperCase() && w.length > 1 ? 'upper' : /^\p{Lu}/u.test(w) ? 'title' : 'lower');
/** Bodies and posts of their own, not remits: "board & audit committee" is the board and the audit committee, "the
 * treasurer and safety committee" a post and a committee. */
const OWN_BODY = /^(?:board|council|cabinet|senate|trustees|governors|executive|management|shareholders|chair|chairman|chairwoman|chairperson|treasurer|secretary|clerk|director|president|manager)$/i;

/** Whether the joiner at `at` ("and", "&", "/", "+") joins two remits of one committee's name: the word before it is a
 * bare remit of its own (a function word, a joiner or the window's start before it) in the same case as the remit after
 * ("Audit and Risk Committee", "finance/audit committee"), and the remit after is one word, or two capitalised ones
 * ("Finance & Risk Management Committee"). "month-end close and audit committee packs", "The CFO and audit committee",
 * "credit risk and audit committee", "board & audit committee" name two things, not one committee. */
function joinsRemits(words: string[], at: number, plain: (w: string) => boolean): boolean {
  const left = words[at - 1]!;
  if (!plain(left) || OWN_BODY.test(left) || (at >= 2 && plain(words[at - 2]!))) return false;
  const after = words.slice(at + 1).filter(plain);
  const kind = wordCase(left);
  if (after.some((w) => wordCase(w) !== kind)) return false;
  return after.length === 1 || (kind === 'title' && after.length === 2);
}

/** Whether every word of a label (but its function words) is in one of the taxonomy's whole phrases, which may read on
 * into the words `after` it (a committee's name: "Audit committee" of "Audit committee reporting"). */
function namesWholly(label: string, names?: LabelNames, after = ''): boolean {
  if (!names) return false;
  const text = after ? `${label} ${after}` : label;
  const count = tokenize(label).length;
  const tokens = tokenize(text).map((t) => clippedCase(t, text));
  const content = tokens.map((t, i) => i < count && !isStopword(t.word));
  return content.some(Boolean) && names(tokens.map((t) => noteStem(t)), content);
}

/** "[Rep] so what's the main thing?", "[Ben] honestly?": a bracketed label at a line's start with the turn after it on
 * the same line (chat and call exports; "[Call transcript 10/14]" on a line of its own is a header). */
const BRACKET_TURN = /(^|\n)([ \t]*)\[([A-Za-z][A-Za-z.'’ -]{0,30})\][ \t]*(?=\S)/g;
/** "<v Jane Roe>so what's the main thing": a WebVTT voice tag, as Teams and Zoom caption files mark the speaker. */
const VOICE_TURN = /<v(?:\.[\w.-]+)?[ \t]+([^>\n]{1,40})>/g;
/** "Call 10/14 (rep: JM)", "rep = JM": the header names the seller's label in the transcript. */
const SELLER_IS = new RegExp(`\\b(?:${SELLER_LABELS.join('|')})\\s?[:=]\\s?([A-Z][A-Za-z]{0,20})\\s?\\)`, 'gi');
/** The words before a label that make it who passed a message on, not who speaks: "Fwd from AE:", "Email thread fwd by
 * our BDR:", "shorthand from SDR:", "Msg to rep:". */
const PASSED_ON = /\b(?:from|by|to|via|w\/|with|our|their|his|her)[ \t]*$/i;

/** The notes with the seller's turns of a transcript blanked out (same length, so offsets hold): each
 * runs from its label to the next speaker's label. Text that is not a transcript comes back as it is. */
export function withoutSellerTurns(notes: string, prospect: NotesAuthor = {}, turns = sellerTurns(notes, prospect), keepAsked = false): string {
  if (!turns.length) return notes;
  let out = '';
  let from = 0;
  for (const t of turns) {
    const asked = questionAnswered(notes.slice(t.at, t.end), t.answer) ?? (keepAsked ? closingQuestion(notes.slice(t.at, t.end), t.answer) : undefined);
    const blank = notes.slice(t.at, t.end).replace(/[^\n]/g, ' ');
    out += notes.slice(from, t.at) + (asked ? blank.slice(0, asked.at) + asked.text + blank.slice(asked.at + asked.text.length) : blank);
    from = t.end;
  }
  return out + notes.slice(from);
}

/** A speaker's label with an organisation's name in brackets after it ("Sam (Acmewave):", "(AcmeWave)", "(Acmewave
 * Inc.)"): capitalised words with lowercase letters, capitals inside too, and a legal form after them, not a role ("(owner)", "(GM)", "(CEO, 11 yards)"). */
const ORGANISATION_AFTER = /\((?:\p{Lu}\p{Ll}+)+(?:[ -](?:\p{Lu}\p{Ll}+)+)*(?:,? (?:Inc|Ltd|LLC|GmbH|AG|SARL|SAS|BV|NV|SL|SA|Srl|Lda|Co)\.?)?\)\s?:$/u;
/** The words of a role or a title, as titles read them in English: ranks, business functions and a rep's words. */
const ROLE_WORDS = new Set<string>(
  [...GENERIC_TITLE_WORDS, ...SENIORITY.flatMap(([, ws]) => ws), ...Object.values(FUNCTIONS).flat(), ...REPRESENTATIVE_WORDS].flatMap((w) => w.split(' ')).filter((w) => w.length > 2),
);
/** What a speaker's label holds in its closing brackets ("Sam (Acmewave):" gives "Acmewave"). */
const bracketed = (label: string): string => /\(([^)]*)\)\s?:$/.exec(label)?.[1] ?? '';
/** The prospect's own company in brackets ("Oskar (Lindbakery):" at Lindbakery GmbH): every word of it is one of the
 * company's name. */
function bracketsCompany(label: string, company: string | undefined): boolean {
  const own = new Set(normalise(company ?? '').split(' ').filter(Boolean));
  const inside = normalise(bracketed(label)).split(' ').filter(Boolean);
  return own.size > 0 && inside.length > 0 && inside.every((w) => own.has(w));
}
/** A capitalised role in brackets ("(Owner)", "(Head Baker)", "(Inhaber)") names the speaker's role, not an organisation:
 * one of its words, or the lexicon's English for it, is a title's word. */
function bracketsRole(label: string): boolean {
  return normalise(bracketed(label)).split(/[^a-z]+/).some((w) => ROLE_WORDS.has(w) || (Object.hasOwn(WORDS, w) ? WORDS[w]! : '').split(' ').some((e) => ROLE_WORDS.has(e)));
}
const MEDIUM = new Set<string>(NOTE_MEDIA);

/** The labels the record's prospect speaks under in a transcript: their whole name and their first name, lowercased. */
function prospectLabels(prospect: NotesAuthor): Set<string> {
  const name = prospect.name?.trim().replace(/\s+/g, ' ').toLowerCase();
  if (!name) return new Set();
  return new Set([name, name.split(' ')[0]!]);
}

/** The rep's guess said in running notes: "thought", "suggested", "guessed", "assumed" after the rep ("Rep thought it
 * was the kiln"), or "asked about" ("Rep asked about the tide tables"); "my (our) guess, assumption, hunch", singular or
 * plural, and a bare "Assumption:" heading; the six languages' "I think" (review mend: "je pense", "ich glaube", "ik denk",
 * "creo que", "penso che", "acho que"); a subjectless "asked if", "asked about" (fifty-ninth round: in running notes the
 * rep's own question, after a note's label too: "Phone notes: Asked if the fuel bill hurts"); sixty-fourth round: the
 * rep's working assumption opening a sentence of running notes ("Assume X like every firm of the kind - pitch Y",
 * "Presumably ...", "Angenommen, die Kurse sind voll ...", "Supposons ...", "Supongamos ...", "Supponiamo ...", "Aangenomen ...",
 * "Suponhamos ..."). */
const GUESS_OPENING = /^(?:(?:the )?(?:rep|me|we|i|sdr|bdr|ae)(?:'s)? (?:guess(?:ed)?|think|thinks|thought|suggested|assumed|figured|bet|floated|pitched|mentioned|proposed|offered|asked about|asked abt|asked if|asked whether)|je (?:pense|crois|suppose)|ich (?:glaube|denke|vermute|wette)|ik (?:denk|denke|vermoed|gok)|(?:creo|pienso|supongo|acho|penso|creio|suponho) que|(?:penso|credo|suppongo) che|(?:my|our|(?:the )?(?:rep|sdr|bdr|ae)(?:'s)?) (?:guess(?:es)?|assumptions?|hunch(?:es)?|read|take)|assumptions?(?=\s*:)|(?:assumed|guessed|figured|assume|assuming|presumably|angenommen|supposons|supongamos|supponiamo|aangenomen|suponhamos)(?= )|asked (?:about|abt|if|whether))\b/i;
/** The bare guesses that open one in a later clause too ("..., bet the fit-outs run late"), and the six languages' "I
 * bet" ("wette", "je parie", "apuesto", "scommetto", "ik wed", "aposto"); review mend: with its subject too ("..., I bet
 * ...", "..., ich wette, ..."). */
const CLAUSE_GUESS = /^(?:(?:i|we) bet|ich wette|guessed|figured|wette|je parie|apuesto|scommetto|ik wed|aposto),? /i;
/** A bare "bet" that guesses (review mend): one that opens a clause ("bet their racks ...", "bet that ...") or is
 * followed in its clause by a verb of being, a modal or an everyday verb of a pain ("bet fit-out delays are a pain", "bet
 * snagging drags on"); a noun "bet" before a noun
 * ("bet settlement delays every Saturday", "bet slips") guesses nothing. */
const BARE_BET = /^bet (?:(?:that|the|a|an|their|they|theyre|it|its|this|these|those|there|your|you|he|she|his|her|we|our|some|most|half|all|every)\b|(?:(?! - )[^,;.!?\n–—])*?\b(?:is|are|was|were|will|would|must|has|have|had|can|could|do|does|did|isn'?t|aren'?t|won'?t|hurts?|drags?|runs?|costs?|takes?|eats?|kills?|bites?)\b)/i;
/** The knowledge's ways of letting a guess pass, at a clause's start: "didn't bite", "shrugged". */
const NO_REPLY = new Set(GUESS_NO_REPLY);
const NO_REPLY_AFTER = new Set(GUESS_NO_REPLY_AFTER);
const NOT_TAKEN_UP = new RegExp(`^(${[...GUESS_NOT_TAKEN_UP, ...GUESS_TOPIC_CHANGED].join('|')}) `);
/** A let-pass that turns to another topic ("changed the subject to ..."): its object is the prospect's own. */
const TOPIC_CHANGED = new RegExp(`^(?:${GUESS_TOPIC_CHANGED.join('|')})$`);
/** A note's label before the guess ("Call summary (auto-generated): Rep asked whether ..."). */
const NOTE_LABEL = /^[^:\n]{1,40}:\s*/;
/** After a label only the rep named as such guesses: under a speaker's label ("Greta: I figured ...") "I", "we" and
 * "my" are the speaker, the prospect as often as the rep. */
const REP_GUESS_OPENING = /^(?:(?:the )?(?:rep|sdr|bdr|ae)(?:'s)? (?:guess(?:ed)?|thought|suggested|assumed|figured|floated|pitched|mentioned|proposed|offered|asked about|asked abt|asked if|asked whether)|asked (?:about|abt|if|whether))\b/i;
/** The rep's mark of an unchecked guess ("unconfirmed", "(just a guess)") and the hedges its clause says it with. */
const UNCONFIRMED = new RegExp(`^(?:${GUESS_UNCONFIRMED.join('|')})$`);
const HEDGES = wordIndex(GUESS_HEDGES);
const UNCONFIRMED_LONGEST = Math.max(...GUESS_UNCONFIRMED.map((m) => m.split(' ').length));
/** Sixty-third round: a sentence under the seller's heading of speculation ("SDR hunch:", "AE research:", "AE prep before
 * the call:"); group 1 is the heading's word. Not "my" or "our": in a pasted message they are whoever writes it, the
 * prospect as often as the rep ("Our theory: ..."), as under a speaker's label (`REP_GUESS_OPENING`). */
const GUESS_HEADING = new RegExp(`^(?:the )?(?:rep|sdr|bdr|ae|sales|seller|vendor|csm)(?:'s|’s)? (${GUESS_HEADINGS.map((h) => h.replace(' ', '[- ]?')).join('|')})(?: [^:\\n]{0,25})?\\s*:`, 'i');
/** The headings that guess by their name alone; under the others (research, prep) the sentence must hedge. */
const GUESS_HEADING_NAMES = /^(?:guess|guesses|hunch|hunches|assumptions?|hypothesis|theory)$/i;
const GUESSING_SET = new Set(GUESSING_WORDS);
/** Where a guess under a heading ends: an answer after an arrow, a dash or a quotation ("My theory: X -> Ines: ..."). */
const HEADED_GUESS_END = /->|\s[-–—]\s|[–—"“”;]/;
/** Words a matter said to be itself may carry beside it: articles and "just" ("the glaze is just the glaze", "la glaise
 * est la glaise", "Ton ist eben Ton"). */
const TAUTOLOGY_FILLERS = new Set(['the', 'just', 'simply', 'le', 'la', 'les', 'der', 'die', 'das', 'eben', 'halt', 'el', 'los', 'las', 'il', 'lo', 'de', 'het', 'o', 'a', 'os', 'as']);
/** Whether a clause's words say a matter is itself ("clay is clay", "Ines: clay is clay", "clay's clay", "Ton ist
 * Ton"): two same words of three letters or more and a copula between them, a speaker's label before, an article or
 * "just" beside them. */
function saysItself(text: string, clauseWords: readonly Token[]): boolean {
  const words = clauseWords.filter((t) => !TAUTOLOGY_FILLERS.has(t.word));
  const b = words[words.length - 1];
  if (!b || b.word.length < 3) return false;
  // Italian "è" and Portuguese "é" only with their accent: bare "e" is "and" ("solleciti e solleciti", a complaint).
  const copula = (t: Token) => DENIED_COPULA.has(t.word) && (t.word !== 'e' || /[èéÈÉ]/.test(text.slice(t.start, t.end)));
  const said = words.length >= 3 && words.length <= 4 && words[words.length - 3]!.word === b.word && copula(words[words.length - 2]!);
  const a = words[words.length - 2];
  const fused = words.length >= 2 && words.length <= 3 && a!.word === `${b.word}s` && /['’]s$/i.test(text.slice(a!.start, a!.end));
  return said || fused;
}
/** A sum of money in figures ("€8k", "$1,200", "12.000 €", "3k EUR"): what a matter costs said beside it. */
const MONEY_FIGURE = /[€$£]\s?\d|\d[\d.,]*\s?(?:k|m)?\s?(?:€|£|eur\b|euros?\b|usd\b|gbp\b|chf\b)/i;
/** Where a clause of an answer ends: a comma, a stop, a dash or a semicolon. */
const CLAUSE_END_OR_COMMA = /[,;.!?–—]|\s-\s/;
/** Who says the no, and how: "Odile said no", "they say nah". */
const SAYS_NO = /^(?:[\p{L}'’]+ )?(?:said|says|say|replied|answered)$/u;
/** A no that is not yet a yes, in the six languages too ("not yet", "non ancora", "noch nicht"). */
const NOT_YET = new Set(['not yet', 'non ancora', 'noch nicht', 'pas encore', 'todavia no', 'aun no', 'nog niet', 'ainda nao', 'nao ainda']);

/** Where running notes (not a transcript's turns) hold a guess or a question the prospect turns down, as offsets: the
 * question or guess ("the deposits a problem?", "Rep thought they were short of drivers.") and the sentence that says
 * no to it ("no, we bill the same day", "he said no, the fitters cope", "nah, the rota works"), up to where that
 * sentence turns to another topic. A confirmed guess ("is it X? yes, every week") is not touched, nor a no that goes
 * on to complain in its sentence. */
function guessesTurnedDown(text: string, tokens: readonly Token[], questions: readonly { question: string; answerAt: number; answerEnd: number }[] = [], prospectNames: ReadonlySet<string> = new Set()): { from: number; to: number; unchecked?: boolean }[] {
  const out: { from: number; to: number; unchecked?: boolean }[] = [];
  const bySentence: Token[][] = [];
  for (const t of tokens) (bySentence[bySentence.length - 1]?.[0]?.sentence === t.sentence ? bySentence[bySentence.length - 1]! : bySentence[bySentence.length] = []).push(t);
  // Where a guess let pass ends (-1: none): "the owner didn't bite", "Sam just shrugged", its phrase after up to two words
  // of who says it, none of them a negation.
  // Review mend: a let-pass said of something ("no comment on the lease") lets the guess pass only where that something
  // is the guess's own word or a pronoun for it ("didn't bite on that"); its clause is then the let-pass's too.
  const letPass = (ws: readonly Token[], k: number, askedStems: ReadonlySet<string>): number => {
    for (let j = k; j <= k + 2 && j < ws.length; j++) {
      // Who lets it pass is said in the let-pass's own clause ("she agreed, no comment on ..." is no let-pass of hers).
      if (j > k && CLAUSE_MARK.test(text.slice(ws[j - 1]!.end, ws[j]!.start))) break;
      const passed = NOT_TAKEN_UP.exec(`${ws.slice(j, j + 6).map((t) => t.word).join(' ')} `);
      if (passed) {
        const at = j + passed[1]!.split(' ').length;
        // Review mend: "no reply", "no response" are the prospect's silence only as the clause's end or before whom or
        // when ("no reply from her", "no response yet"); before a noun they name a matter ("no response SLA").
        const next = ws[at];
        if (NO_REPLY.has(passed[1]!) && next && !CLAUSE_MARK.test(text.slice(ws[at - 1]!.end, next.start)) && !LET_PASS_OF.has(next.word) && !NO_REPLY_AFTER.has(next.word)) return -1;
        // "Changed the subject to ...": what follows is the prospect's own topic.
        if (!LET_PASS_OF.has(ws[at]?.word ?? '') || TOPIC_CHANGED.test(passed[1]!) || CLAUSE_MARK.test(text.slice(ws[at - 1]!.end, ws[at]!.start))) return at;
        let end = at + 1;
        while (end < ws.length && !CLAUSE_END.test(text.slice(ws[end - 1]!.end, ws[end]!.start))) end++;
        return ws.slice(at + 1, end).some((t) => askedStems.has(t.stem) || ANAPHORS.has(t.word)) ? end : -1;
      }
      if (GUESS_NEGATIONS.has(ws[j]!.word)) break;
    }
    return -1;
  };
  // Where the no found ends (-1: none), and whether it silences only its own clause ("not the case", the guess's word
  // denied).
  const noAt = (ws: readonly Token[], askedStems: ReadonlySet<string>): { at: number; clauseOnly?: boolean; unknown?: boolean; passOnly?: boolean } => {
    // Skip a speaker's label ("Odile:") and who says it ("Odile says").
    let k = 0;
    // The speaker's name is one word or a full name ("Odile Brun:"), its second word capitalised.
    const name = ws.length > 2 && /^ $/.test(text.slice(ws[0]!.end, ws[1]!.start)) && /^\p{Lu}/u.test(text.slice(ws[1]!.start)) && /^\s*(?::|\([^()\n]{1,30}\)\s*:)/.test(text.slice(ws[1]!.end)) ? 2 : 1;
    if (ws.length > name && /^\s*:/.test(text.slice(ws[name - 1]!.end, ws[name]!.start))) k = name;
    // A label with the speaker's title in brackets ("Odile (GM):", "Odile Brun (Head of Glazing):").
    else if (ws.length > name && /^\s*\([^()\n]{1,30}\)\s*:/.test(text.slice(ws[name - 1]!.end))) {
      const close = text.indexOf(':', ws[name - 1]!.end);
      k = ws.findIndex((t) => t.start > close);
      if (k < 0) return { at: -1 };
    }
    for (let j = k; j <= k + 1 && j < ws.length; j++) if (SAYS_NO.test(ws.slice(k, j + 1).map((t) => t.word).join(' '))) { k = j + 1; break; }
    const one = ws[k]?.word ?? '';
    const two = ws.slice(k, k + 2).map((t) => t.word).join(' ');
    const passed = letPass(ws, k, askedStems);
    if (passed >= 0) return { at: passed, passOnly: true };
    if (ANSWER_NO_SET.has(two) || NOT_YET.has(two)) return { at: k + 2 };
    // "Not the case", "That's not the case", "Das ist nicht der Fall": the guess called untrue; these two turn-downs
    // silence only their own clause, the pain named after it ("not the case, the crane slots are") is read. "Not the
    // case for tenders under 50k" narrows the guess, it does not deny it.
    const notCase = NOT_THE_CASE.exec(ws.slice(k, k + 7).map((t) => t.word).join(' '));
    if (notCase) {
      const at = k + notCase[0].split(' ').length;
      if (NARROWS.has(ws[at]?.word ?? '') && !/[,.;:!?–—]/.test(text.slice(ws[at - 1]!.end, ws[at]!.start))) return { at: -1 };
      return { at, clauseOnly: true };
    }
    // The guess's own word denied in the answer's first clause: "we don't varnish" to "they want varnishing", "not really
    // a kiln thing", "wir machen keine Glasur" (a negation within its first three words, the word within three after).
    // A negation that does not deny ("no doubt", "no wonder", "not sure", "not only", "nicht nur") is left to the single
    // no below, which reads it as a yes.
    for (let j = k; j < Math.min(k + 3, ws.length); j++) {
      if (!GUESS_NEGATIONS.has(ws[j]!.word)) continue;
      if (NO_AFFIRMING_SET.has(ws[j + 1]?.word ?? '') || NOT_DENYING.has(ws[j + 1]?.word ?? '')) break;
      for (let m = j + 1; m <= j + 3 && m < ws.length; m++) {
        if (/[,.;:!?–—]/.test(text.slice(ws[m - 1]!.end, ws[m]!.start))) break;
        if (askedStems.has(ws[m]!.stem)) {
          return { at: m + 1, clauseOnly: true };
        }
      }
      break;
    }
    // A single no answers before a comma, a full stop, a dash or the end, before a clause's subject ("no they cope"),
    // or as "no" and one word ending the clause ("no trucks."); "no one checks the kiln" and "no tracking at all" say
    // no about a noun, they answer nothing.
    const ends = (j: number) => j + 1 >= ws.length || /[,.;:!–—-]/.test(text.slice(ws[j]!.end, ws[j + 1]!.start));
    // A guess called wrong ("my assumption: they want X. WRONG - X stays") is turned down as a no is, where the word
    // stands alone before its stop or dash.
    if (one === 'wrong' && ends(k)) return { at: k + 1 };
    // "No idea." and "no clue," are not knowing: no turn-down, and no yes either (the caller silences the guess alone).
    if (ANSWER_NO_SET.has(one) && NO_KNOWING_SET.has(ws[k + 1]?.word ?? '') && ends(k + 1)) return { at: -1, unknown: true };
    // "No surprise," and "No doubt," say yes.
    return { at: ANSWER_NO_SET.has(one) && (ends(k) || CLAUSE_SUBJECT.has(ws[k + 1]!.word) || (ws[k + 1]!.word !== 'one' && !NO_AFFIRMING_SET.has(ws[k + 1]!.word) && !NO_KNOWING_SET.has(ws[k + 1]!.word) && ends(k + 1))) ? k + 1 : -1 };
  };
  // Whether a settled cue opens its clause with no topic of its own before it: only lead words ("it", "that's",
  // "honestly", "we're") back to the answer's start, who says it ("she said it works", "il dit que ça marche bien"),
  // or a comma, dash or "and" after a clause that names no topic of its own either (review mend): "they use a wall
  // planner and it works" is about the guess's way of working, "the crane is old, it works" about the crane.
  // Only a cue said of a pronoun ("it works", "es läuft gut") is read as about the clause before; one without ("...,
  // honestly not an issue for us") answers the guess.
  const ownsNoTopic = (ws: readonly Token[], start: number, askedStems: ReadonlySet<string>): boolean => {
    let pronoun = ANAPHORS.has(ws[start]!.word) || SUBJECT_PRONOUNS.has(ws[start]!.word);
    for (let j = start - 1; j >= 0; j--) {
      const w = ws[j]!.word;
      if (SAYS_VERB.has(w)) return true;
      // A verb of saying or finding just before German or Dutch "dass"/"dat" says who says it too ("ze vindt dat het
      // goed werkt", "hij meldt dat"): the verb-last cue was read only where that verb governs it, undenied. It answers
      // for the prospect only said of the prospect, by a pronoun, their name or no one named ("Der Berater findet, dass", "Nur
      // der Chef findet, dass", "Alleen de baas vindt dat" answer nothing), and only where no clause after it says
      // otherwise ("..., sie sieht das anders", "..., zij niet"; review mend).
      if (SAYING_BEFORE_THAT.has(w) && GERMAN_DUTCH_THAT.has(ws[j + 1]!.word)) return saidByProspect(ws, j) && !saidOtherwise(ws, start);
      if (CLAUSE_MARK.test(text.slice(ws[j]!.end, ws[j + 1]!.start)) || COORDINATING.has(w))
        return !pronoun || !clauseOwnsTopic(ws, COORDINATING.has(w) ? j : j + 1, askedStems);
      if (ANAPHORS.has(w) || SUBJECT_PRONOUNS.has(w)) pronoun = true;
      if (GUESS_NEGATIONS.has(w) || !(ANSWER_LEAD.has(w) || SUBJECT_PRONOUNS.has(w) || THAT_SAID.has(w))) return false;
    }
    return true;
  };
  // Whether the words before a verb of saying or finding, back to its clause's start, are the prospect's pronoun, the
  // prospect's own name (first or last, with or without "Frau", "Herr", "mevrouw", "meneer"; review mend) or lead words
  // only ("sie findet, dass", "Anna findet, dass", "Frau Berg findet, dass", "ja, ze vindt dat", "findet, dass"): not a
  // third party nor "only the boss".
  const saidByProspect = (ws: readonly Token[], verb: number): boolean => {
    for (let k = verb - 1; k >= 0; k--) {
      if (CLAUSE_MARK.test(text.slice(ws[k]!.end, ws[k + 1]!.start))) break;
      const w = ws[k]!.word;
      if (!SUBJECT_PRONOUNS.has(w) && !ANSWER_LEAD.has(w) && !prospectNames.has(w) && !(ADDRESS_TITLES.has(w) && prospectNames.has(ws[k + 1]!.word))) return false;
    }
    return true;
  };
  // Whether a clause after the one from `start` turns the view around (review mend): another's view or a denial of it
  // ("sie sieht das anders", "anderer Meinung", "zij niet", "maar zij is het er niet mee eens", "aber nicht immer"). A
  // negation that agrees with the view ("nie Probleme gehabt", "nooit problemen", "und will keine Änderung") or an
  // "other" that compares ("anders als mit dem alten System", "beter dan het andere systeem") does not.
  const saidOtherwise = (ws: readonly Token[], start: number): boolean => {
    let k = start + 1;
    const opens = (j: number) => CLAUSE_MARK.test(text.slice(ws[j - 1]!.end, ws[j]!.start)) || BUT.has(ws[j]!.word);
    while (k < ws.length && !opens(k)) k++;
    while (k < ws.length) {
      let end = k + 1;
      while (end < ws.length && !opens(end)) end++;
      const clause = ws.slice(k, end).map((t) => t.word);
      const contrary = clause.some((w, j) =>
        OTHERWISE.has(w) ||
        (w === 'anders' && !COMPARING.has(clause[j + 1] ?? '')) ||
        ((w === 'andere' || w === 'anderer') && OPINION.has(clause[j + 1] ?? '')) ||
        // "zij niet", "ihr Mann nicht", "sieht das nicht so", "is het er niet mee eens", "nur nicht am Wochenende"
        ((w === 'nicht' || w === 'niet') && (j === clause.length - 1 || AGREEING.has(clause[j + 1]!) || LIMITING.has(clause[j - 1] ?? ''))) ||
        // "aber nicht immer", "maar niet overal"
        (BUT.has(clause[0]!) && SAYING_DENIED.has(w)));
      if (contrary) return true;
      k = end;
    }
    return false;
  };
  // Whether the clause ending before `end` names a topic of its own: its first word after lead words is not a subject
  // pronoun ("the crane is old", "der Kran ist alt"), and it does not name the guess's own words.
  const clauseOwnsTopic = (ws: readonly Token[], end: number, askedStems: ReadonlySet<string>): boolean => {
    let from = end;
    const opens = (k: number) => k === 0 || [SAYS_VERB, THAT_SAID, BUT, COORDINATING].some((set) => set.has(ws[k - 1]!.word)) || CLAUSE_MARK.test(text.slice(ws[k - 1]!.end, ws[k]!.start));
    while (from > 0 && !opens(from - 1)) from--;
    from = Math.max(0, from - 1);
    const clause = ws.slice(from, end);
    if (clause.some((t) => askedStems.has(t.stem))) return false;
    const first = clause.find((t) => !ANSWER_LEAD.has(t.word) || SUBJECT_PRONOUNS.has(t.word));
    return !!first && !SUBJECT_PRONOUNS.has(first.word) && !NOBODY.has(first.word);
  };
  // Where a settled cue's own answer goes on past it: undefined where it stands, -1 where it is hedged or limited ("it
  // works for now", "it works, barely", "it works in theory", "it works but nobody trusts it", "it works but berth
  // bookings still double up") and so not settled (review mend), or the index of a "but" clause about a topic of its
  // own ("it works, but the haul-outs are a nightmare"), whose complaint is that topic's and leaves the guess settled.
  const settledUntil = (ws: readonly Token[], cueEnd: number, askedStems: ReadonlySet<string>): number | undefined => {
    const but = ws.findIndex((t, k) => k >= cueEnd && BUT.has(t.word));
    const upTo = but < 0 ? ws.length : but;
    if (HEDGED.test(` ${ws.slice(cueEnd, upTo).map((t) => t.word).join(' ')} `)) return -1;
    if (but < 0) return undefined;
    let end = but + 1;
    while (end < ws.length && !CLAUSE_END.test(text.slice(ws[end - 1]!.end, ws[end]!.start))) end++;
    return clauseOwnsTopic(ws, end, askedStems) ? but : -1;
  };
  // 'unknown': the answer says it does not know ("No idea."), which neither denies nor confirms the guess.
  const guessStems = (asked: readonly Token[]) => new Set(asked.filter((t) => t.stem.length > 3 && !isStopword(t.word)).map((t) => t.stem));
  const denial = (ws: readonly Token[], asked: readonly Token[]): { from: number; to: number } | 'unknown' | undefined => {
    const askedStems = guessStems(asked);
    const { at: no, clauseOnly, unknown, passOnly } = noAt(ws, askedStems);
    if (unknown) return 'unknown';
    // Review mend: a let-pass silences none of its own clause but the guess's words said again ("didn't bite on the
    // misprints"); the prospect's topic in it or after it ("changed the subject to the proofs") is read. Notes are
    // silenced by clauses, so a let-pass that repeats nothing gives an empty span.
    if (passOnly) return { from: ws[0]!.start, to: ws.slice(0, no).some((t) => askedStems.has(t.stem)) ? ws[no - 1]!.end : ws[0]!.start };
    if (no < 0) {
      // No no, but the answer calls the matter settled in a phrase that names no topic of its own ("she said they've
      // had time capture for years and it works"): the guess is turned down up to the cue, unless the answer complains.
      const stems = ws.map((t) => t.stem);
      const cue = settledCues(text, ws, stems).find((m) => ownsNoTopic(ws, m.start, askedStems));
      if (!cue) {
        // Sixty-third round: an answer that opens by saying the guessed matter is itself ("I think the clay bill is a worry -
        // Ines: \"clay is clay, can't change that\"") shrugs the guess off, up to that clause's end.
        let end = 1;
        while (end < ws.length && !CLAUSE_END_OR_COMMA.test(text.slice(ws[end - 1]!.end, ws[end]!.start))) end++;
        const shrug = ws.slice(0, end);
        if (!saysItself(text, shrug) || !shrug.some((t) => askedStems.has(t.stem))) return undefined;
        return { from: ws[0]!.start, to: ws[end - 1]!.end };
      }
      const until = settledUntil(ws, cue.end, askedStems);
      if (until === -1 || COMPLAINT_INDEX.any(stems.slice(0, until).filter((s) => !askedStems.has(s)))) return undefined;
      return { from: ws[0]!.start, to: ws[cue.end - 1]!.end };
    }
    // A no that is not yet a yes but goes on with "but" expects the pain soon: "not yet, but it will once we grow".
    if (NOT_YET.has(ws.slice(no - 2, no).map((t) => t.word).join(' ')) && BUT.has(ws[no]?.word ?? '')) return undefined;
    let to = ws[ws.length - 1]!.end;
    const turn = TURNS_TO.exec(text.slice(ws[0]!.start, to));
    if (clauseOnly) {
      // Up to the clause's end: a comma, semicolon, dash or colon, past a speaker's label ("per Oriel (GM):").
      let end = no;
      while (end < ws.length && !(/[,;–—]|\s-\s/.test(text.slice(ws[end - 1]!.end, ws[end]!.start)) || (/:/.test(text.slice(ws[end - 1]!.end, ws[end]!.start)) && !SPEAKER_LABEL_END.test(text.slice(ws[no - 1]!.end, ws[end]!.start))))) end++;
      if (COMPLAINT_INDEX.any(ws.slice(no, end).filter((t) => !askedStems.has(t.stem)).map((t) => t.stem))) return undefined;
      return { from: ws[0]!.start, to: ws[end - 1]!.end };
    }
    // "no, just scheduling": a no that goes on with "just", "only" (and the six languages' words) names the one topic it
    // keeps; only the no is silenced.
    // Not where "just" compares ("no, just as bad as last year") or where the answer plays the topic down ("no, just a
    // few no-shows, nothing serious", "only the odd one"): that no keeps the whole answer's topic denied.
    if (!clauseOnly && JUST.has(ws[no]?.word ?? '') && ws[no + 1]?.word !== 'as' && !PLAYS_DOWN.test(text.slice(ws[no]!.start, ws[ws.length - 1]!.end))) return { from: ws[0]!.start, to: ws[no - 1]!.end };
    if (turn) to = ws[0]!.start + turn.index;
    // A no followed by a dash or a colon, or by a sentence that says what the real topic is ("No, boat downtime is what
    // she raised"), and words that repeat nothing of the question's turns to another topic ("billing slips? no - the rota
    // clashes"): only the no is silenced.
    else if (no < ws.length && (/[:–—]|\s-\s/.test(text.slice(ws[no - 1]!.end, ws[no]!.start)) || NAMES_THE_REAL.test(text.slice(ws[no]!.start, ws[ws.length - 1]!.end)))) {
      if (!ws.slice(no).some((t) => askedStems.has(t.stem))) to = ws[no - 1]!.end;
    }
    // A no that goes on to complain in its sentence answers with the complaint ("nope, it is a nightmare"); the guess's
    // own words said again ("not the case, the kiln has not cracked a pot in years" to "kiln cracks pots") are no new
    // complaint.
    if (COMPLAINT_INDEX.any(ws.slice(no).filter((t) => !askedStems.has(t.stem)).map((t) => t.stem))) return undefined;
    return { from: ws[0]!.start, to };
  };
  // The span of a guess marked unchecked, from the hedge's clause (or the sentence's start where it guesses already) to
  // the mark's end; undefined where no mark stands alone in its clause after the guess.
  const uncheckedGuess = (ws: readonly Token[], guessing: boolean, next: readonly Token[] | undefined): { from: number; to: number } | undefined => {
    const hedge = HEDGES.all(ws.map((t) => t.word))[0]?.start ?? -1;
    if (hedge < 0 && !guessing) return undefined;
    let from = Math.max(hedge, 0);
    // back to the clause's start: punctuation, or a coordinating "and" that joins a firm clause before it ("diesel
    // doubled and probably ...", review mend)
    while (hedge >= 0 && from > 0 && !CLAUSE_MARK.test(text.slice(ws[from - 1]!.end, ws[from]!.start)) && !COORDINATING.has(ws[from - 1]!.word)) from--;
    if (guessing) from = 0;
    // A mark alone in its clause: punctuation (or the sentence's start) before it, and its clause's end after it.
    const markAt = (xs: readonly Token[], i: number, opens: boolean): number => {
      if (!opens && !/[,;:(\[–—]|\s-\s/.test(text.slice(xs[i - 1]!.end, xs[i]!.start))) return -1;
      for (let n = Math.min(UNCONFIRMED_LONGEST, xs.length - i); n >= 1; n--) {
        if (!UNCONFIRMED.test(xs.slice(i, i + n).map((t) => t.word).join(' '))) continue;
        const end = i + n;
        // opening the next sentence, a mark before a colon heads the next step ("To confirm: the demo date"), no mark
        // of the sentence before (review mend)
        if (end === xs.length || (opens ? /[,;.!?)\]–—]|\s-\s/ : /[,;:.!?)\]–—]|\s-\s/).test(text.slice(xs[end - 1]!.end, xs[end]!.start))) return end;
      }
      return -1;
    };
    for (let i = Math.max(from, hedge) + 1; i < ws.length; i++) {
      const end = markAt(ws, i, false);
      if (end > 0) return { from: ws[from]!.start, to: ws[end - 1]!.end };
    }
    const end = next ? markAt(next, 0, true) : -1;
    return end > 0 ? { from: ws[from]!.start, to: next![end - 1]!.end } : undefined;
  };
  const readSentence = (sentence: Token[], k: number) => {
    let ws = sentence;
    const last = ws[ws.length - 1]!;
    const next = bySentence[k + 1];
    const between = next ? text.slice(last.end, next[0]!.start) : '';
    // Review mend: a sentence opening inside quotation marks is the prospect's own ("\"I think the kiln ...,\" she said"),
    // no guess of the rep's.
    // A mark after a sentence's stop closes a quotation (sixtieth round): "Ann: \"Billing is a mess.\" I asked about
    // the rota; ..." is the rep's again.
    const quoted = /(?<![.!?])["“”„«‘]\s*$/.test(text.slice(Math.max(0, ws[0]!.start - 4), ws[0]!.start));
    let asks = /^[^\p{L}\p{N}\n]*\?/u.test(text.slice(last.end)) || (!quoted && (GUESS_OPENING.test(text.slice(ws[0]!.start, last.end)) || BARE_BET.test(text.slice(ws[0]!.start, last.end)))) || REP_GUESS_OPENING.test(text.slice(ws[0]!.start, last.end).replace(NOTE_LABEL, ''));
    // A bare guess opening a later clause of the notes ("they open ten shops a year, bet the fit-outs run late"): the
    // guess is that clause on; what comes before it is the rep's record of facts (fifty-eighth round).
    if (!asks && !quoted) {
      const j = ws.findIndex((t, i) => i > 0 && CLAUSE_MARK.test(text.slice(ws[i - 1]!.end, t.start)) && (CLAUSE_GUESS.test(text.slice(t.start, last.end)) || BARE_BET.test(text.slice(t.start, last.end))));
      if (j > 0) {
        ws = ws.slice(j);
        asks = true;
      }
    }
    // A guess the rep marks as unchecked (fifty-ninth round): "probably short of drivers - unconfirmed", "maybe the
    // fuel bill too? (just a guess)". The mark stands alone in its clause, after a dash, a comma or a bracket, later in the sentence or
    // opening the next one on the same line; the guess is the clause its hedge opens ("probably", "maybe"), or, in a
    // sentence that guesses already (a question, "I think ..."), the whole sentence. Its reading is the rep's, no pain.
    const unchecked = uncheckedGuess(sentence, asks, next && !/\n/.test(between) ? next : undefined);
    if (unchecked) {
      out.push({ ...unchecked, unchecked: true });
      return;
    }
    if (!asks) return;
    // A question about a capability ("can they see the stock?", "any tracking?") answered no confirms the lack: the pain.
    if (ASKS_CAPABILITY.test(text.slice(ws[0]!.start, last.end)) && !COMPLAINT_INDEX.any(ws.map((t) => t.stem))) return;
    // The no in the guess's own sentence, after a comma: "rep suggested the kiln firing, he said no".
    for (let j = 1; j < ws.length; j++) {
      // After "but", only a guess let pass answers ("my read was X but the owner didn't bite").
      const asked = BUT.has(ws[j]!.word) ? guessStems(ws.slice(0, j)) : undefined;
      const passed = asked ? letPass(ws, j + 1, asked) : -1;
      if (passed >= 0) {
        // The guess, and the let-pass only where it repeats the guess's words: the prospect's own pain after it ("...,
        // she said X takes a week") is read.
        out.push({ from: ws[0]!.start, to: ws[ws.slice(j, passed).some((t) => asked!.has(t.stem)) ? passed - 1 : j - 1]!.end });
        return;
      }
      if (/[,;–—]|\s-\s|->/.test(text.slice(ws[j - 1]!.end, ws[j]!.start))) {
        const d = denial(ws.slice(j), ws.slice(0, j));
        if (d) {
          // Not knowing silences the guess alone, the answer's own words stay read.
          out.push({ from: ws[0]!.start, to: d === 'unknown' ? ws[j - 1]!.end : d.to });
          return;
        }
      }
    }
    // Or in the next sentence, on the same line or the next.
    if (!next || (between.match(/\n/g)?.length ?? 0) > 1) return;
    // The no may close the answer after a clause of its own (sixtieth round): "Asked about the rota; he said the
    // foreman copes, no need." A plain no opening the answer's last clause answers the guess too, where no clause
    // before it hedges a guess of its own; a later "no idea" does not (it may be about the clause before it). The
    // answer is silenced from its start.
    // Sixty-eighth round: an answer under its speaker's label ("Ann: \"no, that's handled.\"") is read from after the label,
    // as one without it is.
    const reply = next.length > 1 && /^\p{Lu}/u.test(text.slice(next[0]!.start, next[0]!.end)) && /^ ?: ?["“'‘]?$/.test(text.slice(next[0]!.end, next[1]!.start)) ? next.slice(1) : next;
    let d = denial(reply, ws);
    const clauseAt = (j: number) => /[,;–—]|\s-\s/.test(text.slice(reply[j - 1]!.end, reply[j]!.start));
    for (let j = reply.length - 1; !d && j > 0; j--) {
      if (!clauseAt(j)) continue;
      // Only the last clause, after clauses that guess nothing of their own ("maybe X too - she says no, ...").
      if (HEDGES.all(reply.slice(0, j).map((t) => t.word)).length) break;
      // A plain no only: a settled clause there ("..., it works") may be about the clause before it.
      if (!ANSWER_NO_SET.has(reply[j]!.word)) break;
      const later = denial(reply.slice(j), ws);
      if (later && later !== 'unknown') d = { from: reply[0]!.start, to: later.to };
      break;
    }
    if (d) out.push({ from: ws[0]!.start, to: last.end });
    if (d && d !== 'unknown') out.push(d);
  };
  // The rep's speculation under its heading (sixty-third round): "SDR hunch: the kiln gas bill must be hurting them",
  // "AE research: probably short of glaziers?", "AE prep: assume the kiln rota is the worry". Where nothing in the notes' reading of
  // guesses turns it down or lets it pass, it is, up to an answer after it in its sentence, the rep's unchecked guess:
  // neither confirmed nor denied, no pain.
  const headedGuess = (sentence: readonly Token[]): { from: number; to: number } | undefined => {
    const last = sentence[sentence.length - 1]!;
    const said = text.slice(sentence[0]!.start, last.end);
    const heading = GUESS_HEADING.exec(said);
    if (!heading) return undefined;
    // A guess with an answer after it in its sentence ("SDR guess: X -> Ines: yes, ...") is the turned-down reading's
    // to judge: where that reading leaves it, the answer confirmed it or spoke of something else.
    // Seventieth round: a guess quoted as the rep filed it ("Rep guess: \"probably the rota\"") opens on its quotation
    // mark, which is the guess's own, not an answer after it.
    if (HEADED_GUESS_END.test(said.slice(heading[0].length).replace(/^\s*["“]/, ''))) return undefined;
    const to = last.end;
    const guessed = sentence.filter((t) => t.end <= to && t.start >= sentence[0]!.start + heading[0].length);
    if (!guessed.length) return undefined;
    const hedged = HEDGES.all(guessed.map((t) => t.word)).length > 0 || guessed.some((t) => GUESSING_SET.has(t.word)) ||
      /\bmust (?:be|have)\b/i.test(text.slice(guessed[0]!.start, to)) || /^[^\p{L}\p{N}\n]*\?/u.test(text.slice(guessed[guessed.length - 1]!.end));
    return GUESS_HEADING_NAMES.test(heading[1]!) || hedged ? { from: sentence[0]!.start, to: guessed[guessed.length - 1]!.end } : undefined;
  };
  bySentence.forEach((sentence, k) => {
    const before = out.length;
    readSentence(sentence, k);
    const headed = out.length === before ? headedGuess(sentence) : undefined;
    if (headed) out.push({ ...headed, unchecked: true });
  });
  // A transcript's seller question (its turn blanked) and the prospect's turn after it: "Rep: are you seeing a lot of
  // downtime? / Emily: Not really a downtime thing." turns the question down in the answer's first sentence as a note's
  // no does; the question's words are the guess.
  for (const q of questions) {
    const asked = noteTokens(q.question);
    if (ASKS_CAPABILITY.test(q.question.trim()) && !COMPLAINT_INDEX.any(asked.map((t) => t.stem))) continue;
    const answer = bySentence.find((ws) => ws[0]!.start >= q.answerAt);
    if (!answer || answer[0]!.start >= q.answerEnd) continue;
    // The question's turn is blanked already: an answer that does not know leaves it at that.
    const d = denial(answer.filter((t) => t.end <= q.answerEnd), asked);
    if (d && d !== 'unknown') out.push(d);
  }
  return out;
}

/** "And" in the six languages, and who says the answer ("she said it works"): where a settled cue's own clause opens. */
const COORDINATING = new Set(COORDINATING_AND);
const SAYS_VERB = new Set(['said', 'says', 'say', 'replied', 'answered', 'told', 'sagt', 'sagte', 'dit', 'dice', 'dijo', 'disse', 'zegt', 'zei', 'diz']);
/** Subject pronouns in the six languages, said before a settled cue that names no topic ("we're fine there", "they've
 * got it covered", "es läuft gut"). */
/** The word that opens reported speech after a says-verb: "il dit que", "er sagt, dass", "hij zegt dat", "dice che". */
const THAT_SAID = new Set(['that', 'que', 'dass', 'dat', 'che']);
/** "Nobody" in the six languages: a clause opening on it names no topic ("but nobody trusts it"). */
const NOBODY = new Set(['nobody', 'no', 'none', 'keiner', 'aucun', 'ninguno', 'nessun', 'geen', 'nenhum', 'noone', 'nothing', 'niemand', 'nichts', 'personne', 'rien', 'nadie', 'nada', 'nessuno', 'niente', 'niets', 'ninguem']);
/** A hedge or a limit after a settled cue, in the six languages: "for now", "yet", "until summer", "barely", "just
 * about", "in theory", "sort of", "when it works", "lol", "with a sigh" (joined words, accents dropped). */
const HEDGED = / (?:for now|for the moment|yet|until|till|barely|just about|in theory|on paper|sort of|kind of|more or less|mostly|when it works|lol|sigh|supposedly|apparently|i guess|i suppose|pour l instant|pour le moment|pour linstant|en theorie|a peine|plus ou moins|vorerst|fur jetzt|furs erste|noch|bis|im moment|theoretisch|kaum|einigermassen|por ahora|por el momento|todavia|hasta|en teoria|apenas|mas o menos|per ora|per il momento|ancora|fino|in teoria|a malapena|piu o meno|voorlopig|voor nu|voor het moment|nog|tot|in theorie|nauwelijks|min of meer|por enquanto|ainda|ate|em teoria|mal|mais ou menos) /;
const SUBJECT_PRONOUNS = new Set(['het', 'ca', 'they', 'theyre', 'theyve', 'we', 'were', 'weve', 'he', 'hes', 'she', 'shes', 'i', 'im', 'ive', 'you', 'youre', 'everything', 'all', 'wir', 'sie', 'er', 'es', 'nous', 'on', 'ils', 'elle', 'elles', 'il', 'nosotros', 'ellos', 'noi', 'loro', 'wij', 'ze', 'zij', 'hij', 'nos', 'eles', 'elas', 'ele', 'ela']);

/** "Not the case" and its ordinary forms in the six languages, at the reply's start ("That's not the case", "Ce n'est pas
 * le cas", "Das ist nicht der Fall", "No es el caso", "Dat is niet het geval", "Não é o caso"), as joined words. */
const NOT_THE_CASE = /^(?:(?:thats|that is|this is|its|it is|ce nest|ce est|cest|est|das ist|ist|esto|eso|dat is|dit is|isso)(?: simply| just| really| absolutely| definitely| einfach| absolut)? )?(?:not the case|pas le cas|nicht der fall|no es el caso|niet het geval|nao e o caso)(?= |$)/;
/** Words after "not the case" that narrow the guess to where it does not hold ("not the case for tenders under 50k"). */
const NARROWS = new Set(['for', 'with', 'at', 'in', 'when', 'on', 'under', 'above', 'below', 'over', 'except', 'outside', 'during', 'before', 'after', 'since', 'until', 'pour', 'avec', 'bei', 'für', 'fur', 'para', 'con', 'voor', 'bij', 'met']);
/** Words after a negation that make it no denial: "not only", "not just", "not sure", "nicht nur", "pas seulement",
 * "no solo", "niet alleen", "não só". */
const NOT_DENYING = new Set(['only', 'just', 'merely', 'simply', 'sure', 'nur', 'seulement', 'uniquement', 'solo', 'solamente', 'soltanto', 'alleen', 'so', 'somente', 'apenas']);
/** A speaker's label between a turn-down and its colon ("not the case per Oriel (Yard Manager):"), which does not end
 * the turn-down's clause. */
const SPEAKER_LABEL_END = /^\s*(?:(?:per|says|said|according to|laut|selon|según|segun|volgens|segundo)\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s*(?:\([^()\n]{1,30}\))?\s*:\s*$/u;
/** After a no, the words that keep one of the question's topics: "no, just the rota", "nein, nur ...", "non, seulement
 * ...", "no, solo ...", "nee, alleen ...", "não, apenas ...". */
const JUST = new Set(['just', 'only', 'mainly', 'mostly', 'nur', 'seulement', 'uniquement', 'solo', 'solamente', 'soltanto', 'alleen', 'apenas', 'somente']);
/** Words of an answer that plays its topic down ("just a few", "only the odd one", "nothing serious", "now and then"),
 * English and the six languages' ordinary ones ("ein paar", "ab und zu", "quelques", "de temps en temps", "algunos",
 * "de vez en cuando", "een paar", "af en toe", "alguns", "de vez em quando"). */
const PLAYS_DOWN = /(?<![\p{L}\p{N}])(?:a few|a couple|the odd|an odd|the occasional|an occasional|a handful|one or two|a little|nothing (?:serious|major|big|much)|no big deal|now and (?:then|again)|from time to time|occasionally|once in a while|here and there|ein paar|ab und zu|nichts (?:schlimmes|ernstes)|quelques|de temps en temps|rien de (?:grave|serieux|sérieux)|algunos|algunas|de vez en cuando|nada (?:grave|serio|sério)|een paar|af en toe|niets (?:ergs|ernstigs)|alguns|algumas|de vez em quando)(?![\p{L}\p{N}])/iu;
/** Negations in the six languages' ordinary words, as a reply that denies the guess's word opens: "we don't varnish", "not
 * really a ... thing", "on ne fait pas de ...", "no hacemos ...", "non facciamo ...", "wir machen keine ...", "we doen
 * geen ...", "não fazemos ...". */
/** The words a let-pass says its object with: "no comment on", "didn't react to", "pas réagi à", "ging nicht auf ... ein". */
const LET_PASS_OF = new Set(['on', 'about', 'to', 'with', 'regarding', 'sur', 'concernant', 'zu', 'auf', 'uber', 'sobre', 'a', 'su', 'riguardo', 'op', 'over', 'em']);
const GUESS_NEGATIONS = new Set(['not', 'dont', 'doesnt', 'didnt', 'never', 'isnt', 'arent', 'pas', 'jamais', 'no', 'nunca', 'non', 'mai', 'nicht', 'kein', 'keine', 'keinen', 'nie', 'niet', 'geen', 'nooit', 'nao']);
/** A comma and a word that turns a no from the denied topic to another ("..., it's the invoicing", "..., but"). */
const TURNS_TO = /[,:–—-]\s*(?:it'?s|it’s|it is|that'?s|that’s|thats|what|but|though|c'est|c’est|mais|pero|es el|es la|ma|è|maar|het is|aber|das ist|es ist|mas|é o|é a)(?![\p{L}\p{N}])/iu;
/** A sentence after a no that names the real topic: "X is what she raised", "X was the real issue". */
const NAMES_THE_REAL = /\b(?:is|are|was|were)\s+(?:what|the\s+(?:real|actual|main|bigger)\b)/i;
/** The subjects a clause opens on after a no without a comma ("said no we cope fine", "nah it works"). */
const CLAUSE_SUBJECT = new Set(['they', 'theyre', 'theyve', 'we', 'were', 'weve', 'it', 'its', 'thats', 'that', 'he', 'hes', 'she', 'shes', 'i', 'im', 'ive', 'you', 'our', 'their', 'the', 'everything', 'all']);
/** "But" in the six languages (cues.ts `BUT_WORDS`), after a no that is not yet a yes. */
const BUT = new Set(BUT_WORDS);
/** A question about a capability the prospect may lack: "can they see ...", "do you have ...", "any ...". */
const ASKS_CAPABILITY = /^(?:(?:can|could) (?:they|you|we|he|she|it)|(?:do|does) (?:you|they|we|he|she|it) have|(?:is|are) there(?: any)?|any)\s/i;

/** A transcript's seller turns, each from its label to the next speaker's label, with the prospect's turn that answers it
 * ('' when the next turn is the seller's again or there is none) and the prospect's next turn after a run of the seller's
 * (`reply`: "Rep: can I send the checklist? / Rep: it covers year-end too / Dana: nope, not needed" replies to both).
 * None when the notes are no transcript. */
type SellerTurn = { readonly at: number; readonly end: number; readonly answer: string; readonly reply: string };
/** The last notes' seller turns: a prospect's notes have them found twice in one resolve, by readNotes and by
 * sellerTerms, for the same notes and author. Keyed on everything they are found from (the notes, the author's name
 * and company, the lexicon's edition, which `bracketsRole` reads); read only, never changed by a caller. */
let lastSellerTurns: { notes: string; name?: string; company?: string; edition: number; turns: readonly SellerTurn[] } | undefined;
function sellerTurns(notes: string, prospect: NotesAuthor = {}): readonly SellerTurn[] {
  const edition = currentLexiconEdition();
  const last = lastSellerTurns;
  if (last && last.notes === notes && last.name === prospect.name && last.company === prospect.company && last.edition === edition) return last.turns;
  const turns = findSellerTurns(notes, prospect);
  lastSellerTurns = { notes, name: prospect.name, company: prospect.company, edition, turns };
  return turns;
}
function findSellerTurns(notes: string, prospect: NotesAuthor): SellerTurn[] {
  const turns: { at: number; seller: boolean; guess?: boolean }[] = [];
  const lineStart = (at: number) => notes.lastIndexOf('\n', at - 1) + 1;
  // A transcript's header may say who sells ("Call 10/14 - Jess (rep) / Dale"): that name's turns are the seller's.
  // SELLER itself until a name is added or "r" dropped (copied then): most notes add none, and the copy was a good
  // share of this function's time. Each expression below is tried only where the notes hold a character every match
  // of it needs ("(" and ")", ":", "[", "<v", a dash).
  let sellers: ReadonlySet<string> = SELLER;
  const ownSellers = () => (sellers === SELLER ? (sellers = new Set(SELLER)) : sellers) as Set<string>;
  const brackets = notes.includes(')');
  if (brackets) {
    for (const m of notes.matchAll(SELLER_NAMED)) if (SELLER.has(m[2]!.toLowerCase())) ownSellers().add(m[1]!.toLowerCase());
    for (const m of notes.matchAll(SELLER_IS)) ownSellers().add(m[1]!.toLowerCase());
  }
  const labels: { at: number; label: string; of?: boolean; line?: boolean; guess?: boolean }[] = [];
  const colons = notes.includes(':');
  if (colons) for (const m of notes.matchAll(TURN)) {
    const at = m.index + m[1]!.length;
    // "Fwd from AE:" names who passed the message on; what follows is the message, not the AE's turn.
    if (PASSED_ON.test(notes.slice(lineStart(at), at))) continue;
    const line = /^[ \t]*$/.test(notes.slice(lineStart(at), at));
    labels.push({ at, label: m[2]!.toLowerCase(), line, of: ORGANISATION_AFTER.test(m[0]) && !bracketsRole(m[0]) && !bracketsCompany(m[0], prospect.company), guess: GUESS_BRACKETS.test(m[0]) });
  }
  // "You:" is the account owner's label in a pasted message thread ("Ingrid Berg: ... / You: ..."): the seller's where it
  // opens a line and another line opens with a speaker's label. Not a bulleted "- You: install the sensors", "Questions
  // for You:", "You - like every grower" nor a "you:" after a stop: the prospect's own words.
  const thread = labels.some((l) => l.line && l.label !== OWNER_LABEL);
  // Typed in a hurry, labels lose their capital ("rep: safety ok?"): a lowercase word and a colon opens a
  // turn at the start of a line, or anywhere a capitalised label could when it is the seller's.
  if (colons)
    for (const m of notes.matchAll(LOWERCASE_TURN)) {
      const seller = sellers.has(m[2]!);
      if (seller || /^\n?[ \t]*$/.test(m[1]!)) labels.push({ at: m.index + m[1]!.length, label: m[2]! });
    }
  if (notes.includes('[')) for (const m of notes.matchAll(BRACKET_TURN)) labels.push({ at: m.index + m[1]!.length + m[2]!.length, label: m[3]!.trim().toLowerCase() });
  if (notes.includes('<v')) for (const m of notes.matchAll(VOICE_TURN)) labels.push({ at: m.index, label: m[1]!.trim().toLowerCase() });
  // Sixty-eighth round: a website chat (CHAT_VISITOR_LABELS at a line's start): the agent's lines are the seller's.
  const opensLine = (at: number) => /^[ \t]*$/.test(notes.slice(lineStart(at), at));
  const chat = labels.some((l) => CHAT_VISITORS.has(l.label) && opensLine(l.at));
  const ownerTurn = (l: (typeof labels)[number]) => (thread && !!l.line && l.label === OWNER_LABEL) || (chat && CHAT_AGENTS.has(l.label) && opensLine(l.at));
  // "R:" is the rep only when the transcript calls the seller nothing else: beside "rep:" it is a name's initial.
  const sellerLabels = new Set(labels.filter((l) => sellers.has(l.label) || ownerTurn(l)).map((l) => l.label));
  if (sellerLabels.has('r') && sellerLabels.size > 1) ownSellers().delete('r');
  // "Sam (Acmewave): ... / Jo Rivera: ...": where the record's prospect speaks under their own name and one other
  // speaker alone is labelled with an organisation's name, that speaker is the vendor's.
  if (!sellerLabels.size) {
    const own = prospectLabels(prospect);
    const others = new Map<string, boolean>();
    for (const l of labels) if (!own.has(l.label)) others.set(l.label, (others.get(l.label) ?? false) || !!l.of);
    if (labels.some((l) => own.has(l.label)) && others.size === 1) {
      const [other, of] = [...others][0]!;
      if (of && !MEDIUM.has(other.split(' ')[0]!)) ownSellers().add(other);
    }
  }
  // In a transcript the seller's turn ends at the next speaker, whoever it is: "Rep: any delays? / Dana:
  // yes" gives Dana's turn even when the record does not name her.
  for (const l of labels) turns.push({ at: l.at, seller: sellers.has(l.label) || ownerTurn(l), guess: l.guess });
  // Typed with a dash instead ("rep - how do you track?"): a turn when some line opens with the seller's label.
  const dashed = /[-–—]/.test(notes) ? [...notes.matchAll(DASH_TURN)] : [];
  if (dashed.some((m) => SELLER.has(m[3]!.toLowerCase())))
    for (const m of dashed) turns.push({ at: m.index + m[1]!.length + m[2]!.length, seller: SELLER.has(m[3]!.toLowerCase()) });
  turns.sort((a, b) => a.at - b.at);
  const out: { at: number; end: number; answer: string; reply: string }[] = [];
  if (!turns.some((t) => t.seller)) return out;
  let from = 0;
  turns.forEach((t, k) => {
    if (!t.seller || t.at < from) return;
    const until = turns[k + 1]?.at ?? notes.length;
    const end = t.guess ? guessEnd(notes, t.at, until) : loggedAct(notes, t.at, quotedAfter(notes, t.at, until));
    const answer = turns[k + 1]?.seller === false ? notes.slice(end, turns[k + 2]?.at ?? notes.length) : '';
    const next = turns.findIndex((u, j) => j > k && !u.seller);
    out.push({ at: t.at, end, answer, reply: answer || (next < 0 ? '' : notes.slice(turns[next]!.at, turns[next + 1]?.at ?? notes.length)) });
    from = end;
  });
  return out;
}

/** seller-guess-label (seventieth round): a seller's label with a guess heading in its brackets ("SDR (guess):", "AE
 * (hunch):") heads the rep's own guess, one sentence of a summary, not a turn of a transcript: it ends at its sentence's
 * stop (or its line's end); after it the prospect speaks again. */
const GUESS_BRACKETS = new RegExp(`\\((?:${GUESS_HEADINGS.map((h) => h.replace(' ', '[- ]?')).join('|')})\\)`, 'i');
function guessEnd(notes: string, at: number, end: number): number {
  const colon = notes.indexOf(':', at);
  if (colon < 0 || colon >= end) return end;
  const body = notes.slice(colon + 1, end);
  const stop = SENTENCE_STOP.exec(body);
  const line = body.search(/\n/);
  const cut = [stop ? stop.index + stop[0].length : -1, line].filter((x) => x >= 0);
  return cut.length ? colon + 1 + Math.min(...cut) : end;
}

/** The question that closes a seller's turn the prospect's answer settles ("not me", "that's fine"), where it stands
 * in the turn (as `questionAnswered` gives it): the answer turns down the pain the seller asks about, not the business
 * the seller takes the prospect to run ("how do you prep for the fairs?"), so the industry readings keep it where the
 * pains do not. */
function closingQuestion(turn: string, answer: string): { at: number; text: string } | undefined {
  if (!answer) return undefined;
  const said = answer.replace(/^[^:\-–—]{0,40}[:\-–—]\s*/, '');
  const saidTokens = tokenize(said);
  // Review mend: not where the answer opens on a no ("no, not our line, wrong person"): it denies the business asked
  // about as well.
  if (saidTokens[0] && ANSWER_NO_SET.has(saidTokens[0].word)) return undefined;
  if (!settledCues(said, saidTokens, saidTokens.map((t) => t.stem)).length) return undefined;
  const label = /^[^:\-–—\]>]{0,40}[:\-–—\]>]/.exec(turn)?.[0].length ?? 0;
  const body = turn.slice(label);
  const asks = [...body.matchAll(/[^.!?\n]*\?/g)];
  const question = asks[asks.length - 1];
  if (!question || /[\p{L}\p{N}]/u.test(body.slice(question.index + question[0].length).replace(NEXT_TURN_TIME, ''))) return undefined;
  return { at: label + question.index, text: question[0] };
}

/** A transcript's seller questions with the prospect's turn that answers each, as offsets: the turn's last sentence
 * ending on "?", from the seller's turn (`sellerTurns`) that the prospect answers. */
function sellerQuestions(notes: string, turns: ReturnType<typeof sellerTurns>): { question: string; answerAt: number; answerEnd: number }[] {
  const out: { question: string; answerAt: number; answerEnd: number }[] = [];
  for (const t of turns) {
    if (!t.answer) continue;
    const body = notes.slice(t.at, t.end).replace(/^[^:\-–—\]>]{0,40}[:\-–—\]>]/, '');
    const asks = [...body.matchAll(/[^.!?\n]*\?/g)];
    const question = asks[asks.length - 1]?.[0];
    // Only a question that closes the turn: "Any downtime? We fix that." offers, it does not ask.
    // The next turn's timestamp ("00:01:09 Orla: ...", "[00:02] Orla: ...") closes the turn, it says nothing.
    if (!question || /[\p{L}\p{N}]/u.test(body.slice(body.lastIndexOf(question) + question.length).replace(NEXT_TURN_TIME, ''))) continue;
    out.push({ question, answerAt: t.end, answerEnd: t.end + t.answer.length });
  }
  return out;
}

/** A timestamp that opens the next turn's line, at a seller's turn's end ("\n00:01:09 ", "\n[00:02] "). */
const NEXT_TURN_TIME = /\n[ \t]*[[(]?\d{1,2}(?::\d{2}){1,2}[\])]?[ \t]*$/;
/** Sixty-seventh round: a seller's label inside a line of notes, its words the rep's own act logged with no subject
 * ("... Me: asked about rotas, she said they're fine. Wants a weekly view."): not a turn of a transcript but one sentence
 * of a summary, which ends at its stop, where the summary goes on about the prospect. `end`: where the turn would end. */
function loggedAct(notes: string, at: number, end: number): number {
  if (/^[ \t]*$/.test(notes.slice(notes.lastIndexOf('\n', at - 1) + 1, at))) return end;
  const colon = notes.indexOf(':', at);
  if (colon < 0 || colon >= end) return end;
  // Seventieth round: the rep's record of what the prospect does, said of them in the third person ("... Rep: she pins
  // the rota to a corkboard"): the notes' own sentence, where a transcript's seller speaks to the prospect. Not a question.
  if (THIRD_PERSON_RECORD.test(notes.slice(colon + 1, end))) return colon + 1;
  if (!LOGGED_ACT.test(notes.slice(colon + 1, end))) return end;
  const stop = SENTENCE_STOP.exec(notes.slice(colon + 1, end));
  return stop ? colon + 1 + stop.index + stop[0].length : end;
}
/** A sentence of what the prospect does, said of them ("they", "she", "he") and not asked. */
const THIRD_PERSON_RECORD = /^\s*(?:they|she|he)\b[^.!?\n]*(?:[.!]|$)/i;
/** The rep's act as a summary logs it, with no subject: "asked about", "suggested", "pitched", "mentioned". */
const LOGGED_ACT = /^\s*(?:asked (?:about|abt|if|whether)|suggested|pitched|mentioned|floated|proposed|offered)\b/i;
/** A sentence's stop before the next one: a full stop, a question or an exclamation mark (and a closing quote or bracket)
 * before a capital or a digit. */
const SENTENCE_STOP = /[.!?]["'\u201d\u2019)]*(?=\s+["'\u201c\u2018(]?[\p{Lu}\d])/u;
/** Where a seller's turn said on its own line ends before `end`: at a later line quoted ('>') when the turn's line is
 * not. "Rep: would a short demo make sense? / > Sure, but we run 40 stores": the quoted lines are the message the
 * seller answered, not the seller's. A label alone on its line ("Rep (before):" over a quote) labels the quote. */
function quotedAfter(notes: string, at: number, end: number): number {
  const lineEnd = notes.indexOf('\n', at);
  if (lineEnd < 0 || lineEnd >= end) return end;
  const line = notes.slice(notes.lastIndexOf('\n', at - 1) + 1, lineEnd);
  if (/^[ \t]*>/.test(line) || !/[:\]>][ \t]*\S/.test(notes.slice(at, lineEnd))) return end;
  const quoted = /\n[ \t]*>/g;
  quoted.lastIndex = lineEnd;
  for (let m = quoted.exec(notes); m && m.index < end; m = quoted.exec(notes)) {
    // The seller's own earlier mail quoted under the turn ("Rep: bumping this / > Hi Sam, ... Worth 15 min?"): a block
    // that opens on a greeting and ends with a meeting ask is the seller's, not the answer.
    const lines = notes.slice(m.index + 1, end).split('\n');
    const stop = lines.findIndex((l) => !/^[ \t]*>/.test(l));
    const block = lines.slice(0, stop < 0 ? lines.length : stop).map((l) => l.replace(/^[ \t]*>[ \t]*/, '')).join(' ').trim();
    if (SELLERS_MAIL_OPEN.test(block) && MEETING_ASK.test(block)) continue;
    return m.index + 1;
  }
  return end;
}
/** A mail's greeting to a person ("Hi Sam,", "Hello Dana -"). */
const SELLERS_MAIL_OPEN = /^(?:hi|hey|hello|dear)[ \t]+\p{Lu}[\p{L}'’-]*[ \t]*[,!–—-]/iu;
/** A seller's meeting ask closing a mail ("Worth 15 min?", "Open to a quick call?", "Free for a short demo?"). */
const MEETING_ASK = /(?:worth (?:a )?(?:\d+|few|quick|short)[ \t-]*(?:min|minutes|mins|chat|call)|(?:open|free|up) (?:to|for) (?:a )?(?:quick |short |brief )?(?:call|chat|demo|look)|time (?:for|to) (?:a )?(?:quick |short )?(?:call|chat|demo))[^?.!]*\?[ \t\r]*$/iu;

/** The seller's question when the prospect's answer confirms the problem it names (notes-question-answered):
 * "Rep: how are callbacks handled today? / Rick: honestly its a mess" is about callbacks, though Rick never says
 * the word. Not when the answer settles it ("no thats fine", "not the issue"). The question is the turn's last
 * sentence ending on "?", or a statement the answer agrees with ("Rep: so parts visibility / yeah"). */
function questionAnswered(turn: string, answer: string): { at: number; text: string } | undefined {
  const said = answer.replace(/^[^:\-–—]{0,40}[:\-–—]\s*/, '');
  const saidTokens = tokenize(said);
  const stems = saidTokens.map((t) => t.stem);
  const words = saidTokens.map((t) => t.word);
  // "Not really. We reconcile by hand though": a no, or a "though" turning to another topic. But a no that goes on to
  // complain in its sentence answers the question with the complaint ("do you use the CRM? / nah, it's clunky, takes 6
  // clicks"); a plain no ("nah, that's fine") settles it.
  const no = ANSWER_NO_SET.has(words[0]!) ? 1 : ANSWER_NO_SET.has(words.slice(0, 2).join(' ')) ? 2 : 0;
  const sentence = saidTokens.filter((t) => t.sentence === saidTokens[0]?.sentence).slice(no).map((t) => t.stem);
  if (!stems.length || (no > 0 && !COMPLAINT_INDEX.any(sentence)) || words.some((w) => w === 'though' || CLAUSE_OPENERS.includes(w)) || settledCues(said, saidTokens, stems).length > 0 || NO_PAIN_INDEX.any(stems) || ANSWER_NOT_HAD_INDEX.any(stems)) return undefined;
  // An answer that names its own subject ("lead follow-up is a mess") answers about that, not the question.
  const first = tokenize(said.split(/[.!?\n]/)[0] ?? '').slice(no);
  const copula = first.findIndex((t) => IS.has(t.word));
  if (first.slice(0, Math.max(copula, 0)).some((t) => !isStopword(t.word) && t.word !== 'honestly')) return undefined;
  const label = /^[^:\-–—]{0,40}[:\-–—]/.exec(turn)?.[0].length ?? 0;
  const body = turn.slice(label);
  const asks = /[^.!?\n]*\?/g;
  let question: RegExpExecArray | null = null;
  for (let m = asks.exec(body); m; m = asks.exec(body)) question = m;
  const complains = ANSWER_PROBLEM_INDEX.any(stems);
  if (question) {
    const words = tokenize(question[0]).filter((t) => !QUESTION_LEAD.has(t.word));
    const opener = OPEN_QUESTION_INDEX.all(words.map((t) => t.stem)).find((m) => m.start === 0);
    // An open question names no topic of its own ("biggest headache?", "what prompted this?"). One that asks how
    // long, how many, where or when of a topic it names does, when the answer complains (notes-question-asked-of):
    // "how long do refunds take? / ugh, weeks, all in excel" is about refunds; "how many units? / 1400" is no problem.
    const ofTopic = !!opener && ASKED_OF_TOPIC.has(words.slice(0, opener.end).map((t) => t.word).join(' ')) && words.length >= opener.end + 2 && ANSWER_FIGURE_PROBLEM_INDEX.any(stems);
    if (!words.length || (opener && !ofTopic) || words.some((t) => OPEN_ANYWHERE.has(t.word))) return undefined;
  }
  const agrees = ANSWER_YES_SET.has(tokenize(said)[0]!.word);
  if (question && complains) return { at: label + question.index, text: question[0] };
  // Sixty-ninth round: a question whether a problem comes in number ("do you see a lot of lamp burnouts?") answered
  // yes or with many ("hundreds, we keep a crate of spares").
  if (question && (agrees || MANY_ANSWER.has(tokenize(said)[0]!.word)) && tokenize(question[0]).some((t) => OF_AMOUNT.has(t.word))) return { at: label + question.index, text: question[0] };
  if (!question && agrees && tokenize(body).length <= 8) return { at: label, text: body };
  return undefined;
}

/** A pasted email's header lines ("From:", "Sent:", "Subject: RE: follow-up", in the six languages too) and
 * a mail client's own lines ("Sent from my iPhone", "---- Forwarded message ----"): who sent what when, not
 * what hurts. A header's value ends at a '>' quote marker that stands alone (after a space): a CRM field
 * that flattened the mail to one line keeps the message after it ("From: Dana. Sent: Tues. > Approvals take
 * weeks"), while the '>' closing an address ("Linda <linda@acme.com> Sent: ...") stays inside the header. */
const MAIL_HEADER =
  /^[ \t>]*(?:from|sent|to|cc|bcc|date|subject|von|gesendet|an|betreff|datum|de|envoye|envoyé|objet|para|enviado|asunto|fecha|da|inviato|oggetto|van|verzonden|aan|onderwerp|assunto)[ \t]*:(?:[^\n>]|(?<![ \t])>)*|^[ \t>]*(?:sent from my\b.*|-{2,}.*(?:forwarded|original|weitergeleitet|transféré|reenviado|inoltrato|doorgestuurd|encaminhada).*)$/gim;
/** "On Mon, Sam wrote:": what follows is the earlier message the prospect replied to (often the seller's),
 * to the end of the notes. */
const QUOTED_HISTORY = /^[ \t>]*(?:on|am|le|el|il|op|em)\b[^\n]{0,120}\b(?:wrote|schrieb|a écrit|escribió|ha scritto|schreef|escreveu)[ \t]*:[\s\S]*$/im;

/** Who the notes are about, as the record names them: the prospect's own words may be quoted. */
export interface NotesAuthor {
  name?: string;
  title?: string;
  /** The prospect's company: a colleague labelled with it ("Oskar (Lindbakery):") is the prospect's side. */
  company?: string;
}

/** The quoted message was the prospect's own: its attribution line ("On Mon, the CIO wrote:") names them,
 * by a word of their name or by their title. */
function quotesProspect(quoted: string, prospect: NotesAuthor): boolean {
  const attribution = quoted.slice(0, quoted.search(/wrote|schrieb|a écrit|escribió|ha scritto|schreef|escreveu/i)).toLowerCase();
  const words = new Set(attribution.split(/[^\p{L}]+/u));
  const names = (prospect.name ?? '').toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length >= 3 && !isStopword(w));
  const title = prospect.title?.trim().toLowerCase();
  return names.some((w) => words.has(w)) || (!!title && title.length >= 2 && attribution.includes(title));
}

/** The notes without a pasted email's header lines and quoted history (same length: offsets hold). The
 * quoted history stays when it is the prospect's own message the rep answered. */
export function withoutMailHeaders(notes: string, prospect: NotesAuthor = {}): string {
  if (!/:/.test(notes)) return notes;
  const blank = (m: string) => m.replace(/[^\n]/g, ' ');
  return notes.replace(MAIL_HEADER, blank).replace(QUOTED_HISTORY, (m) => (quotesProspect(m, prospect) ? m : blank(m)));
}

/** The notes quote the prospect's own earlier message. */
const keepsQuote = (notes: string, prospect: NotesAuthor): boolean => {
  if (!prospect.name && !prospect.title) return false;
  const quoted = QUOTED_HISTORY.exec(notes);
  return !!quoted && quotesProspect(quoted[0], prospect);
};

/** Phrases indexed by their words as the notes' tokens say them (folded already, no stemming). */
function wordIndex(phrases: readonly string[]): PhraseIndex<true> {
  const index = new PhraseIndex<true>();
  for (const p of phrases) index.add(p.split(' '), true);
  return index;
}
const phraseIndex = (phrases: readonly string[]) => {
  const index = new PhraseIndex<true>();
  for (const p of phrases) index.add(tokenize(p).map((t) => t.stem), true);
  return index;
};
/** Cues indexed by their stems, each kept with its own words as written (accents too), so that a match on stems can be
 * held to the words themselves. */
const cueIndex = (cues: readonly string[]) => {
  const index = new PhraseIndex<string[]>();
  for (const p of cues) index.add(tokenize(p).map((t) => t.stem), p.toLowerCase().replace(/['’]/g, '').split(/\s+/));
  return index;
};
/** notes-settled-word: the settled cues, matched on stems and then held to the words themselves. */
const SETTLED_INDEX = cueIndex(SETTLED);
// notes-settled-contracted: a cue "not a/an/the ... X" is said as well with the copula's contracted negative before
// it ("Renewals isn't a priority", "the fees aren't our concern", "wasn't really a problem"); the tokenizer reads "isn't"
// as one word, "isnt", so the cue's "not" is not there. The English copula's four forms, derived from every such cue
// rather than spelt out for a few of them.
const CONTRACTED_COPULAS = ['isnt', 'arent', 'wasnt', 'werent'];
/** The copula's contracted past negatives, as the tokenizer reads them: a cue that opens with one says a past. */
const PAST_CONTRACTED = new Set(['wasnt', 'werent']);
for (const p of SETTLED)
  if (/^not (a|an|the|our|my|really|much) /.test(p))
    for (const copula of CONTRACTED_COPULAS) {
      const contracted = `${copula} ${p.slice('not '.length)}`;
      if (!SETTLED.includes(contracted)) SETTLED_INDEX.add(tokenize(contracted).map((t) => t.stem), contracted.split(/\s+/));
    }
// notes-settled-verb-last: German and Dutch put the finite verb last in reported speech ("er sagt, dass es gut läuft",
// "hij zegt dat het goed werkt"), so a cue said verb first ("läuft gut", "werkt goed", "ist abgedeckt") is said there
// with its verb at the end. Derived from every such cue (its first word a finite verb of the two languages), read only
// after the two languages' "that" of reported speech ("dass", "dat") in the cue's own clause: "wenn es gut läuft" (if)
// and "ob es gut läuft" (whether) settle nothing.
const VERB_FIRST = new Set(['lauft', 'funktioniert', 'klappt', 'geht', 'ist', 'sind', 'werkt', 'loopt', 'gaat', 'is', 'zijn']);
const GERMAN_DUTCH_THAT = new Set(['dass', 'dat']);
/** Verbs of saying or finding that govern such a "dass"/"dat" (review mend, fifty-third round): "er sagt, dass", "sie
 * meint, dass", "er findet, dass", "sie bestätigt, dass", "hij zegt dat", "ze vindt dat", "hij meldt dat", as the words
 * read (accents off). Not a want, hope, doubt or duty ("sie wollen, dass", "er bezweifelt, dass", "es muss
 * sichergestellt werden, dass"), which settles nothing. */
const SAYING_BEFORE_THAT = new Set([
  'sagt', 'sagte', 'sagten', 'sagen', 'gesagt', 'meint', 'meinte', 'meinten', 'meinen', 'findet', 'fand', 'fanden', 'finden',
  'meldet', 'meldete', 'meldeten', 'gemeldet',
  'berichtet', 'berichtete', 'berichten', 'bestatigt', 'bestatigte', 'bestatigen', 'erzahlt', 'erzahlte', 'erklart', 'erklarte',
  'zegt', 'zei', 'zeiden', 'zeggen', 'gezegd', 'vindt', 'vond', 'vonden', 'vinden', 'meldt', 'meldde', 'melden', 'gemeld',
  'bevestigt', 'bevestigde', 'vertelt', 'vertelde',
]);
/** Said with that verb, these deny it ("er sagt nicht, dass", "niemand sagt, dass", "niemand zegt dat"). */
const SAYING_DENIED = new Set(['nicht', 'nie', 'niemals', 'niemand', 'keiner', 'keine', 'kein', 'niet', 'nooit', 'geen']);
/** Words of a view otherwise said after a reported one ("hij is het oneens", "sie dagegen"); "anders" says it too
 * unless it compares ("sieht das anders", not "anders als"), "andere(r)" before an opinion ("anderer Meinung"). */
const OTHERWISE = new Set(['dagegen', 'hingegen', 'oneens', 'daarentegen', 'integendeel']);
const COMPARING = new Set(['als', 'dan']);
const OPINION = new Set(['meinung', 'ansicht', 'auffassung', 'mening', 'opvatting']);
/** After "nicht"/"niet", words that make it a disagreement ("sieht das nicht so", "is het er niet mee eens"); before
 * it, words that limit the view ("nur nicht am Wochenende", "alleen niet in de zomer"). */
const AGREEING = new Set(['so', 'zo', 'eens', 'einverstanden', 'mee', 'uberzeugt', 'overtuigd', 'zu']);
const LIMITING = new Set(['nur', 'bloss', 'ausser', 'alleen', 'behalve', 'aber', 'maar', 'doch']);
/** Titles of address before a prospect's surname ("Frau Berg findet, dass", "mevrouw De Vries vindt dat"). */
const ADDRESS_TITLES = new Set(['frau', 'herr', 'hr', 'fr', 'mevrouw', 'meneer', 'mevr', 'mw', 'dhr', 'mr', 'mrs', 'ms']);
/** How many words before "dass"/"dat" its verb of saying may stand ("der Inhaber sagt auch, dass"). */
const SAYING_REACH = 5;
const SETTLED_VERB_LAST_INDEX = new PhraseIndex<string[]>();
for (const p of SETTLED) {
  const words = p.toLowerCase().replace(/['’]/g, '').split(/\s+/);
  if (words.length !== 2 || !VERB_FIRST.has(words[0]!) || (words[0] === 'is' && !/^(?:goed|prima|geregeld|opgelost|gedekt)$/.test(words[1]!))) continue;
  const last = [...words.slice(1), words[0]!];
  SETTLED_VERB_LAST_INDEX.add(tokenize(last.join(' ')).map((t) => t.stem), last);
}
/** notes-settled-named: the cues that settle only the matter named before them in their own clause. */
const SETTLED_NAMED_INDEX = cueIndex(SETTLED_NAMED);
const NOT_MATTER = new Set(SETTLED_NOT_MATTER);
/** The already-tackled cues, which settle a matter named before them in their own clause (review mend). */
const SETTLED_TACKLED_INDEX = cueIndex(SETTLED_TACKLED);
/** A word that names a matter: four letters or more, not a function word, a copula, a pronoun or an adverb. */
const MATTER_SHORTEST = 4;
const FIXED_VERB_INDEX = wordIndex(FIXED_VERBS);
const FIXED_TIME_INDEX = wordIndex(FIXED_PAST_TIMES);
const FIXED_UNDONE_WORDS = new Set(FIXED_UNDONE);
const GONE_SINCE_INDEX = wordIndex(GONE_SINCE_MARKERS);
const GONE_SINCE_NOTHING = new Set(GONE_SINCE_NONE);
const GONE_SINCE_ANYTHING = new Set(GONE_SINCE_ANY);
const GONE_SINCE_DENIALS = new Set(GONE_SINCE_NEGATIONS);
const OFFICE_LEADS = new Set(OTHER_OFFICE_LEADS);
const OFFICES = new Set(OTHER_OFFICES);
const OFFICE_VERBS = new Set(OTHER_OFFICE_VERBS);
/** The most words an office's doing may name after its verb ("Town clerk does dog licences"). */
const OFFICE_OBJECT_WORDS = 4;
const GONE_SINCE_CHANGED = new Set([...GONE_SINCE_CHANGES, ...FIXED_VERBS.filter((v) => !v.includes(' '))]);
/** An English word for someone who does a job, or a thing that does it ("scheduler", "engineer", "supervisor",
 * "dispatchers", "technician", "florist"): said just before a named-matter cue, its subject is a person or a tool. */
const AGENT_NOUN = /^[a-z]{3,}(?:er|or|ist|ian)s?$/;
/** A word without its accents, in lower case. */
const fold = (w: string) => w.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
/** The note says the cue's word itself, up to a plural or third person "s" ("no issues", "works fine"): not another
 * word of its stem ("sorting" is not "sorted", "not changed" is not "not changing"). A cue written with accents needs
 * them where the note writes accents: French "réglé" (settled) is not "règle", "règles" (rule, rules), nor "géré"
 * (managed) "gère" (manages), which fold into the same letters. */
const saysCueWord = (text: string, t: Token, cue: string): boolean => {
  if (lightWord(t.word) !== lightWord(fold(cue))) return false;
  const written = text.slice(t.start, t.end).toLowerCase().replace(/['’]/g, '');
  return written === t.word || cue === fold(cue) || lightWord(written) === lightWord(cue);
};
/** Ways of working by hand, in English and the notes' other languages ("by hand", "manually", "à la main", "a mano"). */
const BY_HAND_INDEX = phraseIndex([
  ...CONCEPTS.manual!.phrases,
  ...Object.keys(NOTE_PHRASES).filter((p) => NOTE_PHRASES[p] === 'by hand'),
  ...Object.keys(NOTE_WORDS).filter((w) => NOTE_WORDS[w] === 'manual' || NOTE_WORDS[w] === 'manually'),
]);
/** How far after a settling word a way of working by hand says how the work is done: "handled by hand", "is handled
 * manually". Said before it, the settling word is said of the manual way ("reconciling by hand runs fine for them"). */
const BY_HAND_REACH = 3;
/** Whether a way of working by hand is said from the last of the words from..to to a few words after it, in their
 * sentence (the cue's own "by" may open it: "handled by" + "hand"). */
const byHandNear = (tokens: readonly Token[], byHand: readonly { start: number; end: number }[], from: number, to: number, reach = BY_HAND_REACH) =>
  byHand.some((h) => h.start >= to - 1 && h.start < to + reach && tokens[h.start]!.sentence === tokens[from]!.sentence);
/** How far after "handled" a way the vendor replaces says how: its preposition, an article and a word of its own
 * ("handled through a shared spreadsheet", "handled via our old Excel"). */
const MANNER_REACH = 4;
/** the ways of working a vendor's tool replaces, said after "handled" ("handled through a
 * spreadsheet", "handled by email"): the way by hand, on paper, by message or in a spreadsheet, and the channels. */
const MANNER_INDEX = phraseIndex([
  ...HANDLED_MANNERS,
  ...['paperwork', 'messages', 'spreadsheets'].flatMap((c) => CONCEPTS[c]!.phrases),
]);
const HANDLED = new Set(HANDLED_WORDS);
/** Whether a cue's words say "handled" or its kin. */
const saysHandled = (words: readonly string[]) => words.some((w) => HANDLED.has(fold(w)));
/** The last words of a settling cue that says the speaker is content with something ("happy with", "fine w/",
 * "satisfied with", "zufrieden mit", "satisfait de"): what follows is the way the speaker is content with, so a way of
 * working by hand named there is settled too ("fine with the paper rota"), unlike "handled manually". */
const CONTENT_WITH = new Set(['with', 'w', 'mit', 'met', 'over', 'con', 'com', 'de', 'du', 'des', 'di', 'del', 'della', 'dei', 'delle']);
/** The settled cues the tokens say, word for word; not one said of work done by hand ("subscriber pauses are handled by
 * hand"), which is the complaint (unless the cue says the speaker is content with it), nor "handled" said with a way
 * of working the vendor replaces ("handled through a spreadsheet", "handled by email"). */
const settledCues = (text: string, tokens: readonly Token[], stems: readonly string[], byHand = BY_HAND_INDEX.all(stems), manners = MANNER_INDEX.all(stems)) =>
  [...SETTLED_INDEX.all(stems), ...SETTLED_VERB_LAST_INDEX.all(stems).filter((m) => afterThatSaid(text, tokens, m.start))].filter((m) =>
    m.value.every((cue, k) => saysCueWord(text, tokens[m.start + k]!, cue)) &&
    (!AUDIT_ONLY.has(m.value.join(' ')) || besideAudit(tokens, m.start)) &&
    (!HANDOFF_PRONOUN.has(m.value.join(' ')) || closesClause(text, tokens, m.end)) &&
    (!CLAUSE_ALONE.has(m.value.join(' ')) || (opensClause(text, tokens, m.start) && closesClause(text, tokens, m.end)) || (relativeCloses(text, tokens, m.end) && relativeNotDenied(tokens, m.start, m.value.join(' ')))) &&
    (CONTENT_WITH.has(m.value[m.value.length - 1]!) || !byHandNear(tokens, byHand, m.start, m.end)) &&
    !(saysHandled(m.value) && byHandNear(tokens, manners, m.start, m.end, MANNER_REACH)));
const HANDOFF_PRONOUN = new Set(SETTLED_HANDOFF_PRONOUNS);
const CLAUSE_ALONE = new Set(SETTLED_CLAUSE_ALONE);
const RELATIVE = new Set(SETTLED_RELATIVE);
const RELATIVE_DENIED = new Set(SETTLED_RELATIVE_DENIED);
const RELATIVE_MANNERS = new Set(SETTLED_RELATIVE_MANNERS);
/** Whether a relative "that works" closes its clause, at once or after one word of manner ("the one thing that works
 * well"), not going on to what or whom it works with ("that works with us", "that works on tablets"). */
const relativeCloses = (text: string, tokens: readonly Token[], end: number): boolean =>
  closesClause(text, tokens, end) || (RELATIVE_MANNERS.has(tokens[end]?.word ?? '') && tokens[end]!.sentence === tokens[end - 1]!.sentence && closesClause(text, tokens, end + 1));
/** A relative "that works" with nothing before it in its sentence that denies it or looks for it (the caller also
 * wants it to close its clause, so "that works with us" or "that works on tablets" never settles). */
const relativeNotDenied = (tokens: readonly Token[], start: number, cue: string): boolean => {
  if (!RELATIVE.has(cue)) return false;
  for (let i = start - 1; i >= 0 && tokens[i]!.sentence === tokens[start]!.sentence; i--) if (RELATIVE_DENIED.has(tokens[i]!.word)) return false;
  return true;
};
/** Whether the cue starting at token `start` opens its clause: first in its sentence, or after a comma, a colon, a
 * semicolon or a dash. */
const opensClause = (text: string, tokens: readonly Token[], start: number): boolean => {
  const before = tokens[start - 1];
  if (!before || before.sentence !== tokens[start]!.sentence || CLAUSE_MARK.test(text.slice(before.end, tokens[start]!.start))) return true;
  // Sixty-ninth round: a clause joined by "and" opens after it ("the bursar has that and it's done").
  return before.word === 'and' && start > 1 && tokens[start - 2]!.sentence === before.sentence;
};
/** Whether the cue ending before token `end` closes its clause: nothing follows it in its sentence, or a stop mark
 * does and the next clause opens with no "but" ("the office does it, not me, so ..." but not "not me, but ..."). */
const closesClause = (text: string, tokens: readonly Token[], end: number): boolean => {
  const next = tokens[end];
  if (!next || next.sentence !== tokens[end - 1]!.sentence) return true;
  return /[,;:–—]|\s-\s/.test(text.slice(tokens[end - 1]!.end, next.start)) && !BUT.has(next.word);
};
/** Cues that settle only beside an audit (review mend, fifty-ninth round: "sem reparos" is "without repairs" too). */
const AUDIT_ONLY = new Set(SETTLED_AUDIT_ONLY);
const AUDIT = new Set(AUDIT_WORDS);
/** Whether the sentence of the token at `at` names an audit or an inspection ("a auditoria interna não teve reparos"). */
const besideAudit = (tokens: readonly Token[], at: number): boolean => {
  const sentence = tokens[at]!.sentence;
  let from = at;
  while (from > 0 && tokens[from - 1]!.sentence === sentence) from--;
  for (let i = from; i < tokens.length && tokens[i]!.sentence === sentence; i++) if (AUDIT.has(fold(tokens[i]!.word))) return true;
  return false;
};
/** Whether a German or Dutch "dass"/"dat" opens the clause a verb-last cue starting at `start` ends: within four words
 * before it, no comma, full stop or other clause break between; and a verb of saying or finding, not denied, governs
 * it from the few words before it in its sentence (SAYING_BEFORE_THAT). */
const afterThatSaid = (text: string, tokens: readonly Token[], start: number): boolean => {
  for (let j = start - 1; j >= Math.max(0, start - 5); j--) {
    if (CLAUSE_END.test(text.slice(tokens[j]!.end, tokens[j + 1]!.start))) return false;
    if (GERMAN_DUTCH_THAT.has(tokens[j]!.word)) return saidBefore(text, tokens, j);
  }
  return false;
};
/** Whether a verb of saying or finding stands in the clause just before the "dass"/"dat" at `that`, without a denial. */
const saidBefore = (text: string, tokens: readonly Token[], that: number): boolean => {
  let said = false;
  for (let i = that - 1; i >= Math.max(0, that - SAYING_REACH) && tokens[i]!.sentence === tokens[that]!.sentence; i--) {
    // the comma before "dass" belongs to it; another clause break ends the governing clause
    if (i < that - 1 && CLAUSE_END_NOT_COMMA.test(text.slice(tokens[i]!.end, tokens[i + 1]!.start))) break;
    if (SAYING_DENIED.has(tokens[i]!.word)) return false;
    if (SAYING_BEFORE_THAT.has(tokens[i]!.word)) said = true;
  }
  return said;
};
const REQUIREMENT_INDEX = phraseIndex(REQUIREMENT);
/** The words that may open a clause of its own saying the clause before is required ("that is non-negotiable", "it is a must have"). */
const REQUIREMENT_ANAPHORS = new Set(['thats', 'that', 'its', 'it', 'is', 'a']);
/** A word that makes a clause a statement, not a thing named (review of the sixty-sixth round, finding 3): a copula, an
 * auxiliary or a common verb of how things go ("are constant", "keeps failing", "got lost"). */
const STATING_VERB = /^(?:is|are|was|were|be|been|isnt|arent|wasnt|werent|has|have|had|hasnt|havent|does|do|did|doesnt|dont|didnt|cant|wont|keeps?|kept|gets?|got|takes?|took|goes|go|went|never|always)$/;
/** An English past tense or participle ("expired", "crashed"); not one in "-eed" ("speed", "need"). It states something
 * only right after a word of STATING_VERB or as its clause's last word ("the certificates expired"): before a noun it is
 * an adjective that names a thing ("integrated payroll", "a dedicated account manager"); second review of the
 * sixty-sixth round, finding 4. */
const PAST_FORM = /^\w{3,}(?<!e)ed$/;
/** Whether the clause `c` (the indices whose `clause` is c) states something: a word of STATING_VERB, or a PAST_FORM
 * right after one or last in the clause. */
function clauseStates(tokens: readonly Token[], clause: readonly number[], c: number): boolean {
  let last = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (clause[i] !== c) continue;
    if (STATING_VERB.test(tokens[i]!.word)) return true;
    if (PAST_FORM.test(tokens[i]!.word) && i > 0 && clause[i - 1] === c && STATING_VERB.test(tokens[i - 1]!.word)) return true;
    last = i;
  }
  return last >= 0 && PAST_FORM.test(tokens[last]!.word);
}
/** The verbs a requirement opens on in the six languages ("must", "has to", "muss", "doit", "tiene que", "moet"). */
const REQUIREMENT_VERBS = new Set(['must', 'has', 'have', 'needs', 'need', 'muss', 'mussen', 'doit', 'tiene', 'debe', 'deve', 'moet', 'tem', 'precisa']);
const REQUIRED_INDEX = phraseIndex(REQUIRED_THINGS);
const MUST_ALONE_INDEX = phraseIndex(['a must']);
const NEED_INDEX = phraseIndex(NEED);
/** The stems of the words of REQUIRED_THINGS and NEED: the English a word of another language is read as there. */
const REQUIREMENT_WORD_STEMS = new Set([...REQUIRED_THINGS, ...NEED].flatMap((p) => tokenize(p).map((t) => t.stem)));
/** Review mend (fifty-fifth round): the stems a thing required and its need are found on, read as English as the
 * pains read them: another language's idiom as its English words ("geen koppeling": no integration), its note word
 * as its English one, and a word of neither as the cognate its Latinate ending makes where that is a word of the two
 * lists ("integrazione", "integração": integration). So "dus geen koppeling nodig" and "non c'è bisogno di
 * integrazione" are a requirement's clause as "no integration needed" is, not a clause of disconnected systems. */
function requirementStems(tokens: readonly Token[]): string[] {
  const english = tokens.map((t) => {
    const read = noteStem(t);
    if (read !== t.stem) return read;
    const cognate = cognates(t.word).map(stem).find((s) => REQUIREMENT_WORD_STEMS.has(s));
    return cognate ?? read;
  });
  readIdioms(tokens, english);
  return english;
}
const NO_PAIN_INDEX = phraseIndex(NO_PAIN);
const MANY_ANSWER = new Set(ANSWER_MANY);
const OF_AMOUNT = new Set(QUESTION_OF_AMOUNT);
const ANSWER_NO_SET = new Set(ANSWER_NO);
const NO_AFFIRMING_SET = new Set(NO_AFFIRMING);
const NO_KNOWING_SET = new Set(NO_KNOWING);
const ANSWER_YES_SET = new Set(ANSWER_YES);
const ANSWER_NOT_HAD_INDEX = phraseIndex(ANSWER_NOT_HAD);
const ANSWER_REFUSED_INDEX = phraseIndex(ANSWER_REFUSED);
const OPEN_QUESTION_INDEX = phraseIndex(OPEN_QUESTION);
const OPEN_ANYWHERE = new Set(['what', 'whats', 'which', 'why', 'biggest', 'main', 'worst', 'top']);
/** Openers of a question that asks something of a topic it goes on to name ("how long do refunds take?"). */
const ASKED_OF_TOPIC = new Set(['how many', 'how much', 'how long', 'how big', 'where', 'when', 'who']);
/** Words before a question's own first word: "so", "and", "ok". */
const QUESTION_LEAD = new Set(['so', 'and', 'ok', 'okay', 'got', 'it', 'right', 'but', 'then', 'also', 'um', 'uh']);
/** The knowledge's problem qualifiers and ways of working by hand, but not its bare "no" and "not". */
const ANSWER_PROBLEMS = [
  ...ANSWER_PROBLEM,
  ...['slow', 'costly', 'wrong', 'lacking', 'manual', 'paperwork', 'messages', 'spreadsheets'].flatMap((c) => CONCEPTS[c]!.phrases),
].filter((p) => p !== 'no' && p !== 'not');
const ANSWER_PROBLEM_INDEX = phraseIndex(ANSWER_PROBLEMS);
/** The same, less "paper": said with the figure a question of how long or how many asks for, it is the figure in
 * theory ("on paper 10 days, reality 6-7 weeks"), not a way of working complained of. */
const ANSWER_FIGURE_PROBLEM_INDEX = phraseIndex(ANSWER_PROBLEMS.filter((p) => !CONCEPTS.paperwork!.phrases.includes(p)));
/** pains-complaint-nearest: complaints said anywhere, with the knowledge's slow and wrong qualifiers and its ways of
 * working by hand; not "we dont", which in a sentence of its own says what the prospect does not do ("we dont sell
 * online"), nor the costly qualifiers ("cut", "save", "lower", "expenses") nor the lacking ones ("no", "bad",
 * "nobody"), said of a want or a fact as often as of a problem. */
const COMPLAINT_INDEX = phraseIndex([
  ...ANSWER_PROBLEM.filter((p) => !p.startsWith('we do')),
  ...COMPLAINTS,
  ...['slow', 'wrong', 'manual', 'paperwork', 'messages', 'spreadsheets'].flatMap((c) => CONCEPTS[c]!.phrases),
]);
/** Whether a sentence's words (their stems) complain: "its a nightmare", "we cant keep up", "takes forever". */
export const complains = (stems: readonly string[]): boolean => COMPLAINT_INDEX.any(stems);
const AFTER_IS = new Set(SETTLED_AFTER_IS);
const IS = new Set(COPULAS);
const SETTLED_ADVERB = new Set(SETTLED_ADVERBS);
const REQUIREMENT_HEADING = new Set(REQUIREMENT_HEADINGS);
const OBLIGED_WORDS = new Set(OBLIGED);
const OBLIGED_AFTER = new Set(OBLIGED_COPULAS);
const OBLIGED_DETERMINER = new Set(OBLIGED_DETERMINERS);
const REQUIREMENT_HEADING_ANYWHERE = new Set(REQUIREMENT_HEADINGS_ANYWHERE);
const REQUIREMENT_HEADING_LINK = new Set(REQUIREMENT_HEADING_LINKS);
const OPENERS = new Set(CLAUSE_OPENERS.map(stem));
const DUTIES = new Set(DUTY_VERBS);
const DUTY_SUBJECT = new Set(DUTY_SUBJECTS);
const DUTY_STEMS = new Set(DUTY_VERBS.map(stem));
/** Words after a duty verb's -ing form that make another verb of it, any trade's ("running out", "running low",
 * "heading into", "covering for"): a state or a stand-in, not the job. */
const NOT_A_DUTY_AFTER = new Set(['out', 'low', 'short', 'behind', 'late', 'into', 'for']);
const ASKING = new Set(ASKING_OPENERS);
/** A question to the vendor whether its product does something (sixty-eighth round): a verb of asking in the six
 * languages, optionally "only" or "also", then "whether" or "if" and, where the language says its subject, the vendor
 * ("we", "you"): "asks whether you sync with ...", "demande si vous ...", "vraagt of jullie ...".
 * The Romance languages drop the pronoun ("pregunta si tienen ...", "chiede se c'è ..."): there "if" is enough. */
const ASK_VERBS = new Set(['asks', 'asked', 'asking', 'fragt', 'fragte', 'demande', 'demandait', 'pregunta', 'pregunto',
  'preguntan', 'chiede', 'chiedono', 'chiesto', 'vraagt', 'vroeg', 'vragen', 'pergunta', 'perguntou', 'perguntam']);
const ASK_ONLY = new Set(['only', 'just', 'also', 'nur', 'auch', 'seulement', 'aussi', 'solo', 'solamente', 'tambien', 'anche',
  'soltanto', 'alleen', 'ook', 'apenas', 'so', 'tambem']);
const ASK_WHETHER_VENDOR = new Set(['whether', 'if', 'ob', 'of']);
const ASK_WHETHER_ROMANCE = new Set(['si', 'se']);
const VENDOR_PRONOUNS = new Set(['we', 'you', 'wir', 'ihr', 'nous', 'vous', 'on', 'wij', 'jullie', 'u', 'ustedes', 'voces', 'voi']);
const WANTING = new Set(WANTING_OPENERS);
const PRODUCTS = new Set(PRODUCT_NOUNS);
/** The word a product's task follows: "to", "pour", "para", "per", "om", "um", "zum". */
const PRODUCT_TASK = new Set(['to', 'pour', 'para', 'per', 'om', 'um', 'zum', 'zur']);
const TENURE_UNIT = new Set(TENURE_UNITS);
const TENURE_LINK = new Set(TENURE_LINKS);
const TENURE_BETWEEN_WORD = new Set(TENURE_BETWEEN);
const TENURE_NUMBER = new Set(TENURE_NUMBER_WORDS);
const CREDO_OPENER = CREDO_OPENERS.map((o) => o.split(' '));
const CREDO_AFTER = new Set(CREDO_AFTER_I);
const CREDO_LEAD = new Set(CREDO_BEFORE);
const CREDO_LACK = new Set(CREDO_LACKING);
const CREDO_SUBJECT = new Set(CREDO_SUBJECTS);
const CREDO_WISH = CREDO_WISHES.map((o) => o.split(' '));
const TENURE_PAST = new Set(TENURE_BEFORE);
const TENURE_NOT_FIELD = new Set(TENURE_NOT_FIELDS);
const TENURE_CLAUSE_VERB = new Set(TENURE_CLAUSE_VERBS);
const FORMER_JOB_OPENER = new Set(FORMER_JOB_OPENERS);
const FORMER_JOB_NOT_AFTER_WORD = new Set(FORMER_JOB_NOT_AFTER);
const ANAPHORS = new Set(SETTLED_ANAPHORS);
const SUBJECTLESS = new Set(SUBJECTLESS_NOT);
const DENIED_BEFORE = new Set(SETTLED_DENIED_BEFORE);
const DENIED_AFTER = new Set(SETTLED_DENIED_AFTER);
const DENIED_COPULA = new Set(SETTLED_DENIED_COPULAS);
const DENIED_PHRASE = new Set(SETTLED_DENIED_PHRASES);
const DENIED_PHRASE_GAP = new Set(SETTLED_DENIED_PHRASE_GAP);
/** Whether the words just before `at`, in its sentence, are a phrase that denies it ("anything but fine with", "far from
 * happy with", "alles andere als zufrieden mit", "loin d'être satisfaite de"), with up to two words between ("far from
 * being happy with", "lejos de estar satisfecha con") (review mend): the clause may break at their "but", so the
 * sentence is what holds them together. */
const deniedByPhrase = (tokens: readonly Token[], at: number): boolean => {
  // the sentence's words before `at`, an elided article written as its own word ("loin d'être": "loin d etre")
  const before: string[] = [];
  for (let i = at - 1; i >= 0 && i >= at - 6 && tokens[i]!.sentence === tokens[at]!.sentence; i--) {
    before.unshift(tokens[i]!.word);
    const elided = tokens[i]!.elision?.replace(/\W/g, '').toLowerCase();
    if (elided) before.unshift(elided);
  }
  const says = (end: number) => [2, 3].some((n) => end >= n && DENIED_PHRASE.has(before.slice(end - n, end).join(' ')));
  let end = before.length;
  if (says(end)) return true;
  for (let gap = 0; gap < 2 && end > 0 && DENIED_PHRASE_GAP.has(before[end - 1]!); gap++) if (says(--end)) return true;
  return false;
};
/** English contracted negations written without their apostrophe ("isnt", "doesnt"); written with it, any word ending
 * in "n't" is one. */
const NT_WORDS = new Set(['isnt', 'arent', 'wasnt', 'werent', 'dont', 'doesnt', 'didnt', 'hasnt', 'havent', 'hadnt', 'wont', 'cant', 'couldnt', 'wouldnt', 'shouldnt', 'aint']);
/** Words said between such a negation and the praise it denies: "hasn't been running great", "never really worked
 * great", "doesn't always work great". */
const DENIAL_GAP = new Set(['been', 'be', 'really', 'ever', 'always', 'quite', 'actually', 'exactly']);
/** Whether the word at `at` denies the settling phrase after it: the knowledge's "not" in the six languages, "never",
 * or an English "n't" word, as written or without its apostrophe ("isn't working great", "doesnt work great") (review
 * mend). */
const deniesAt = (text: string, tokens: readonly Token[], at: number): boolean => {
  const w = tokens[at]!.word;
  return DENIED_BEFORE.has(w) || w === 'never' || NT_WORDS.has(w) || /n['’]t$/i.test(text.slice(tokens[at]!.start, tokens[at]!.end));
};
/** The words French says after "ne" to make one negation with it ("ne ... pas", "n'... aucun"). */
const FRENCH_SECOND_NEGATION = new Set(['pas', 'aucun', 'aucune']);
const EMBEDDED_Q = new Set(EMBEDDED_QUESTION);
const FOCUS = new Set(FOCUS_WORDS.map(stem));
/** Negations said before a problem word with its topic between them ("no retention issue", "not a billing problem",
 * "kein großes Problem", "geen echt probleem", "aucun vrai souci", "ningún problema", "nessun vero problema"). */
const GAP_NEGATIONS = new Set(['no', 'not', 'kein', 'keine', 'keinen', 'geen', 'aucun', 'aucune', 'ningun', 'ninguna', 'nessun', 'nessuna', 'nenhum', 'nenhuma']);
const ARTICLE_AFTER_NOT = new Set(['a', 'an', 'the', 'really', 'much']);
/** Said after those negations, words that make the problem bigger or add another to it, never deny it ("no small
 * problem", "no end of issues", "not only staffing problems, billing too", "kein kleines Problem", "no solo problemas
 * de ..."): review mend. Not "minor", "little", "tiny", as often said in a literal denial ("no minor billing issues
 * even"): second review mend. */
const GAP_NOT_DENIED = new Set(['only', 'just', 'merely', 'small', 'end', 'solo', 'solamente', 'klein', 'kleine', 'kleines', 'kleinen', 'kleiner']);
/** The problem words those negations deny, in the six languages. */
const PROBLEM_NOUNS = new Set(['issue', 'issues', 'problem', 'problems', 'concern', 'concerns', 'probleme', 'probleem', 'problemen', 'souci', 'soucis', 'problema', 'problemas', 'problemi']);
/** After a clause's opening "not a", the words that make it say what is lacking, not what the prospect is. */
const NOT_A_LACK = new Set(['single', 'lot', 'clue', 'day', 'week', 'month', 'minute', 'moment', 'penny', 'cent', 'soul', 'word', 'chance', 'hope']);
/** After it, the words that make it say the prospect dislikes something ("not a big fan of the current setup", "not a
 * great experience", "not a good system"): a complaint, not what the prospect is (review mend). */
const NOT_A_DISLIKE = new Set(['fan', 'fans', 'big', 'huge', 'great', 'good', 'nice', 'fun', 'happy', 'pleasant']);
/** After one of those adjectives, the nouns that make "not a ..." a dismissal of the topic, not a dislike: "not a good
 * fit for ...", "not a huge priority", "not a great time to push ..." (second review mend). */
const NOT_A_DISMISSAL = new Set(['fit', 'priority', 'focus', 'time', 'need', 'deal', 'concern']);
/** Said just before a settling phrase (with "be" between or not), these make it a wish: "would be happy with anything
 * that stops ...", "we'd be happy w/ ...", "would love it" (review mend). */
const WISHING = new Set(['would', 'could', 'wd', 'might']);
/** Words an answer may open with before its settling phrase and still name no topic of its own: a pronoun, "to be",
 * a yes or no, an adverb ("honestly, not an issue", "that's not a problem", "nah all good", "oui, c'est réglé depuis mars"). */
const ANSWER_LEAD = new Set([...SETTLED_ANAPHORS, ...SETTLED_DENIED_COPULAS, ...SETTLED_ADVERBS, ...ANSWER_NO, ...ANSWER_YES, 'honestly', 'really', 'nope', 'nah', 'oh', 'well', 'ah', 'eh']);
/** Adverbs said between the wish and its settling phrase: "would really be happy", "we'd honestly be happy", "would be
 * so happy" (second review mend). */
const WISH_ADVERBS = new Set(['really', 'honestly', 'so', 'very', 'totally', 'definitely', 'absolutely', 'truly', 'probably', 'still', 'also', 'even', 'just', 'all']);
const wishedFor = (text: string, tokens: readonly Token[], clause: readonly number[], start: number): boolean => {
  const c = clause[start];
  let k = start - 1;
  while (k >= 0 && clause[k] === c && (tokens[k]!.word === 'be' || WISH_ADVERBS.has(tokens[k]!.word))) k--;
  if (k < 0 || clause[k] !== c) return false;
  return WISHING.has(tokens[k]!.word) || /[a-z]['’]d$/i.test(text.slice(tokens[k]!.start, tokens[k]!.end));
};
/** Words that say a settled past has ended: "was going fine until the new software", "wasn't an issue anymore",
 * "was fine, now ..." (review mend). */
const CHANGE_AFTER = new Set(['until', 'till', 'now', 'anymore', 'lately']);
/** Of those, the ones that say so with no past said: "going fine until the new software"; not "anymore" nor "lately",
 * which say the present is settled ("not an issue anymore", "has been going fine lately") (second review mend). */
const CHANGE_WITHOUT_PAST = new Set(['until', 'till']);
const PAST = new Set(['was', 'were']);
/** The past of the everyday praise verbs, said in the cue itself ("the paper rota worked great when we were small; now
 * ..."): a past as "was" says it (review mend). */
const PAST_PRAISE = new Set(['worked', 'went', 'ran']);
/** the most words of a topic's label a settled answer after its colon reaches back to. */
const LABEL_REACH = 4;
/** the most clauses of an answer (the way it is done) between a topic's label and the contentment closing it. */
const LABEL_ANSWER = 1;
/** the most words of a contentment that points back to a topic two clauses before it, and of that topic's clause. */
const POINTING_REACH = 6;
const TOPIC_REACH = 6;
/** Words of the way a thing is done, said in the clause between a topic and a contentment pointing back to it ("we use
 * a form", "via the bank", "through the portal", "they do it on a paper pad", "done by the office"); with the knowledge's ways
 * by hand, on paper, by message and in a spreadsheet (review mend). */
const WAY_WORDS = new Set(['use', 'uses', 'using', 'via', 'through', 'thru', 'do', 'does', 'done', 'keep', 'keeps', 'kept', 'run', 'runs', 'spreadsheet', 'spreadsheets', 'paper', 'app', 'software', 'system', 'tool', 'form']);
/** Words that make a topic's clause more than a bare topic: how often the matter happens ("every other Sunday", "each
 * fortnight", "always") is a complaint's, not a topic's. */
const FREQUENCY = new Set(['every', 'each', 'always', 'constantly', 'daily', 'weekly', 'monthly', 'nightly', 'often', 'again', 'twice', 'regularly', 'keeps', 'keep']);
/** Phrases that say a topic was raised, not what it does: "X came up", "X was mentioned", "brought up X". */
const RAISED = ['came up', 'come up', 'comes up', 'brought up', 'raised', 'mentioned', 'discussed'];
/** The most words of a topic said as a label-like noun phrase with no verb said ("boat repairs", "the moorings"). */
const BARE_TOPIC_REACH = 3;
/** The prospect's own side as the subject after a fronted topic. */
const OWN_SIDE = new Set(['we', 'i', 'weve', 'ive']);
/** what ends a term a present settlement runs to ("happy w/ X until the contract is up", "fine till the
 * renewal in 2027", "content until our lease expires"): a settlement with an end date, not a past that has changed. */
const TERM_WORDS = new Set(['contract', 'contracts', 'renewal', 'renewals', 'renew', 'lease', 'term', 'subscription', 'licence', 'license', 'agreement', 'expires', 'expiry', 'expiration']);
/** How far after "until" a term's word is looked for ("until the current contract", "till our 3-year lease"). */
const TERM_REACH = 4;
/** Said after a term's word, words that say the term has already ended: a past verb right after it ("until the
 * licence ran out", "till our lease expired"), or "since", "now", "ago" later in the sentence ("..., double bookings
 * since"): the settlement is a past that has changed (review mend). */
const TERM_ENDED = new Set(['since', 'now', 'ago']);
const PAST_AFTER_TERM = new Set(['ran', 'was', 'were', 'went', 'came', 'ended', 'expired', 'lapsed', 'finished', 'stopped', 'ceased', 'elapsed', 'got', 'had']);
const untilTermEnds = (tokens: readonly Token[], clause: readonly number[], at: number): boolean => {
  for (let k = at + 1; k <= at + TERM_REACH && k < tokens.length && clause[k] === clause[at]; k++) {
    if (!TERM_WORDS.has(tokens[k]!.word)) continue;
    if (PAST_AFTER_TERM.has(tokens[k + 1]?.word ?? '')) return false;
    for (let n = k + 1; n < tokens.length && tokens[n]!.sentence === tokens[k]!.sentence; n++) if (TERM_ENDED.has(tokens[n]!.word)) return false;
    return true;
  }
  return false;
};
/** Whether a settling phrase is said of a past that has changed: its clause says "until" after it or "used to" before
 * it ("staffing used to be not that bad"), or "was" before it with "until" or "anymore" after it in its sentence, or
 * "now" opening a clause after it that settles nothing (cueClauses: the clauses a settling phrase is said in):
 * "scheduling was going fine until the new software, now double bookings"; not "was never a problem" alone, nor "we're
 * not looking at it right now", nor "was going fine last year and is going fine now too", nor "were not that bad this
 * summer, and now winter is slow", nor "not an issue until summer", a denial with no past (second review mend). */
const pastChanged = (text: string, tokens: readonly Token[], clause: readonly number[], start: number, end: number, cueClauses?: ReadonlySet<number>): boolean => {
  const c = clause[start];
  let past = false;
  for (let k = start - 1; k >= 0 && clause[k] === c; k--) {
    if (tokens[k]!.word === 'used' && tokens[k + 1]?.word === 'to') return true;
    // "was", "were" as written: not "we're", which reads as "were".
    if (PAST.has(text.slice(tokens[k]!.start, tokens[k]!.end).toLowerCase())) past = true;
  }
  // Review mend: the contracted past said in the cue itself ("weren't a worry last year, now ..."), as "were not" is
  // said before it.
  for (let k = start; k < end; k++) if (PAST_PRAISE.has(tokens[k]!.word) || PAST_CONTRACTED.has(tokens[k]!.word)) past = true;
  // the sentence after a semicolon goes on with the cue's ("..., worked fine for years; now nobody can find a job").
  const own = tokens[start]!.sentence;
  const semicolon = goesOnAfterSemicolon(text, tokens, start);
  let denial = false;
  for (let k = start; k < end; k++) if (PROBLEM_NOUNS.has(tokens[k]!.word)) denial = true;
  for (let k = end; k < tokens.length && (tokens[k]!.sentence === own || (semicolon && tokens[k]!.sentence === own + 1)); k++) {
    const w = tokens[k]!.word;
    if (!CHANGE_AFTER.has(w)) continue;
    if (tokens[k]!.sentence !== own && (w !== 'now' || !past)) continue;
    if (w === 'now') {
      if (past && clause[k] !== c && clause[k - 1] !== clause[k] && !cueClauses?.has(clause[k]!)) return true;
    } else if (past || (clause[k] === c && CHANGE_WITHOUT_PAST.has(w) && !denial && !untilTermEnds(tokens, clause, k))) return true;
  }
  return false;
};
/** Whether the sentence of the token at `at` goes on in the next one after a semicolon alone ("...; now ..."): the
 * next sentence's first token follows a ";" and nothing else. */
function goesOnAfterSemicolon(text: string, tokens: readonly Token[], at: number): boolean {
  const own = tokens[at]!.sentence;
  let next = at;
  while (next < tokens.length && tokens[next]!.sentence === own) next++;
  return next < tokens.length && tokens[next]!.sentence === own + 1 && /^\s*;\s*$/.test(text.slice(tokens[next - 1]!.end, tokens[next]!.start));
}
/** The person content with a way of doing things ("fine with the paper tickets", "hes ok with ..."): the cues that end on
 * "with" and its kin, and a third person's contentment written without its apostrophe. */
const contentCue = (words: readonly string[]) => CONTENT_WITH.has(words[words.length - 1]!) || ['shes', 'hes', 'theyre'].includes(words[0]!);
/** Pronouns that open a sentence about the thing the one before named ("... paper tickets. They get lost ..."). */
const SAME_THING = new Set(['they', 'it', 'its', 'those', 'these', 'them', 'theyre', 'that', 'thats']);
/** The six languages' articles and possessives that open the noun phrase of a contentment ("mit der Plan-App"). */
const OBJECT_LEAD = new Set(['der', 'die', 'das', 'dem', 'den', 'unser', 'unsere', 'ihr', 'ihre', 'le', 'la', 'les', 'du', 'des', 'leur', 'notre', 'el', 'los', 'las', 'del', 'su', 'sus', 'il', 'lo', 'gli', 'della', 'dello', 'dei', 'o', 'os', 'as', 'do', 'da', 'dos']);
/** The six languages' prepositions and time words that end such a noun phrase ("... im Lager", "... dans le salon",
 * "... esta semana"). */
const PHRASE_END = new Set(['im', 'am', 'an', 'auf', 'bei', 'fur', 'zur', 'zum', 'seit', 'jetzt', 'gerade', 'diese', 'diesen', 'dans', 'pour', 'chez', 'au', 'aux', 'en', 'sur', 'depuis', 'cette', 'ce', 'para', 'por', 'con', 'desde', 'esta', 'este', 'ahora', 'per', 'nel', 'nella', 'nei', 'questa', 'questo', 'ora', 'em', 'no', 'na', 'nos', 'nas', 'agora', 'essa', 'esse']);
/** Whether the clause opening at `but` names again a word of what the contentment was with (from `from` to `but`) and
 * complains: "fine with paper tickets, but the tickets get lost", "zufrieden mit der Plan-App, aber die App stürzt
 * ständig ab"; not a contrast with another topic ("fine with the scheduling but quoting takes forever"). */
const butNamesItAgain = (tokens: readonly Token[], stems: readonly string[], clause: readonly number[], from: number, but: number): boolean => {
  // What the contentment was with is the cue's noun phrase alone: its words up to the first function word, preposition
  // or "right now" after them, not a time or place said beside it ("happy with the calendar right now, but right now
  // the no-shows are a headache"; "fine with X at the Leeds salon, but the Leeds salon ...") (review mend).
  const object = new Set<string>();
  let i = from;
  while (i < but && (tokens[i]!.word.length < 3 || isStopword(tokens[i]!.word) || OBJECT_LEAD.has(tokens[i]!.word))) i++;
  for (; i < but; i++) {
    const w = tokens[i]!.word;
    if (isStopword(w) || OBJECT_LEAD.has(w) || PHRASE_END.has(w) || (w === 'right' && tokens[i + 1]?.word === 'now')) break;
    if (w.length >= 3) object.add(tokens[i]!.stem);
  }
  let end = but + 1;
  while (end < tokens.length && clause[end] === clause[but]) end++;
  for (let i = but + 1; i < end; i++) if (object.has(tokens[i]!.stem)) return complains(stems.slice(but + 1, end));
  return false;
};
/** Whether a person's contentment is taken back: the clause after it opens on "but" and a pronoun for the same thing
 * ("fine with paper, but it takes days to invoice"; not "fine with the rota but quoting is slow"), or on "but" and
 * names the same thing again and complains ("fine with paper tickets, but the tickets get lost"), the sentence says it
 * holds "for now" ("hes ok with the whiteboard for now"), or the next sentence complains of the same thing ("fine with
 * the paper rota. It never gets filled in.", not a dummy "It is a nightmare to get the stock in") (review mends). */
const contentUndone = (text: string, tokens: readonly Token[], stems: readonly string[], clause: readonly number[], m: { start: number; end: number; value: string[] }): boolean => {
  if (!contentCue(m.value)) return false;
  const own = tokens[m.start]!.sentence;
  let k = m.end;
  for (; k < tokens.length && tokens[k]!.sentence === own; k++) {
    if (tokens[k]!.word === 'for' && tokens[k + 1]?.word === 'now' && tokens[k + 1]!.sentence === own) return true;
    if (clause[k] !== clause[m.start] && clause[k - 1] === clause[m.start] && BUT.has(tokens[k]!.word) && SAME_THING.has(tokens[k + 1]?.word ?? '')) return true;
    if (clause[k] !== clause[m.start] && clause[k - 1] === clause[m.start] && BUT.has(tokens[k]!.word) && butNamesItAgain(tokens, stems, clause, m.end, k)) return true;
  }
  if (k >= tokens.length || tokens[k]!.sentence !== own + 1 || !SAME_THING.has(tokens[k]!.word)) return false;
  let e = k;
  while (e < tokens.length && tokens[e]!.sentence === own + 1) e++;
  const before = new Set(tokens.slice(m.end, k).filter((t) => t.word.length >= 3 && !isStopword(t.word)).map((t) => t.stem));
  return !dummyIt(tokens, k, e, before) && complains(stems.slice(k, e));
};
/** Whether the sentence from `k` to `e` opens on a dummy "it" that points ahead to an infinitive with an object of its
 * own ("It is a nightmare to get the stock in on time"), not back to what the sentence before named ("It is a pain to
 * use") (review mend). */
function dummyIt(tokens: readonly Token[], k: number, e: number, before: ReadonlySet<string>): boolean {
  if (tokens[k]!.word !== 'it' || !['is', 'was', 's'].includes(tokens[k + 1]?.word ?? '')) return false;
  for (let i = k + 2; i + 2 < e && i <= k + 6; i++) {
    if (tokens[i]!.word !== 'to') continue;
    // "It is a nightmare to update the calendar": the infinitive names the contented thing again, so "it" is that thing.
    if (tokens.slice(i + 1, e).some((t) => before.has(t.stem))) return false;
    const after = tokens[i + 2]!.word;
    return INFINITIVE_OBJECT_LEAD.has(after) || (!isStopword(after) && after.length >= 3 && !after.endsWith('ly') && !NO_OBJECT_AFTER.has(after));
  }
  return false;
}
const INFINITIVE_OBJECT_LEAD = new Set(['the', 'a', 'an', 'our', 'their', 'his', 'her', 'any', 'enough', 'new']);
/** Words after an infinitive's verb that are no object of it ("It is a pain to use anymore", "... to log every day"). */
const NO_OBJECT_AFTER = new Set(['anymore', 'today', 'day', 'week', 'time', 'every', 'each']);
/** A way the prospect uses, named with no topic of its own in an answer ("the new app", "the shared tool"). */
const WAY_NOUNS = new Set(['app', 'software', 'system', 'tool', 'platform']);
const BARE_WAY_LEAD = new Set(['the', 'a', 'an', 'new', 'our', 'their', 'current', 'this']);
/** Words that echo the settling clause before them for another topic ("..., the late payers too", "same for ..."). */
const SETTLED_ECHO = new Set(['too', 'also', 'likewise', 'same', 'auch', 'ebenfalls', 'ebenso', 'aussi', 'pareil', 'idem', 'también', 'tambien', 'anche', 'também', 'tambem', 'ook']);
/** What a reported question asks of: "rep asked about ...", "AE asked if ...", "asked whether", "asked re ...". */
const REPORTED_ASK = new Set(['about', 'if', 'whether', 're', 'on', 'how']);
/** The verbs of the rep's pitch reported in the notes ("rep suggested the rota module", "AE pitched the app"): its
 * topic is what follows the verb, settled as an asked one is by the answer after it. Not "showed" nor "demoed" (review
 * mend): the verdict after a demo ("looks fine") judges the screen shown, not the prospect's pain. */
const PITCH_VERBS = new Set(['suggested', 'pitched', 'floated', 'proposed', 'offered', 'mentioned', 'raised']);
/** The verbs of a topic the prospect brought up, said without a subject at a sentence's start ("Mentioned the audit ..."). */
const MENTION_VERBS = new Set(['mentioned', 'raised']);
/** The words that join two topics of one question: "and" in the six languages, and "or". */
const ALTERNATIVES = new Set([...COORDINATING_AND, 'or', 'oder', 'ou', 'o']);

export interface NoteReading {
  /** Clause of each token. */
  clause: number[];
  /** Tokens that are function words of their sentence's language ("les", "par" in a French sentence, "mit",
   * "der" in a German one): never one of the notes' content words, though the library's words may use them. */
  functionWords: Set<number>;
  /** Clauses that cannot name a pain: settled, or a requirement. */
  silent: Set<number>;
  /** Clauses of the rep's own next steps (`nextStepSpans`): their words support no pain through the library's content. */
  plans?: Set<number>;
  /** Clauses silent for a requirement said after their first word, and the requirement's first word. */
  requirementFrom: Map<number, number>;
  /** Silent clauses with spans of tokens that are heard all the same (start, end): a rep's question of two topics
   * whose answer settles one ("asked about the rota and the late payers; she said the rota works great"). */
  heard: Map<number, [number, number][]>;
  /** The notes say there is no pain to speak of, or are a profile's self-description. */
  noPain: boolean;
  /** Silent clauses of a profile's credo ("Passionate about ..."): they name no pain, but their words count in the
   * ranking. */
  credos?: Set<number>;
  /** Clauses that say what the person does ("Handles billing"): their words say the job, not a pain. */
  duties: Set<number>;
  /** Clauses that open on the prospect's own request or interest ("Asked about routing software", "interested in
   * ..."): what they name is what the prospect wants to see (read as duties where the person is no buyer). */
  asking: Set<number>;
  /** Clauses that open on the prospect asking whether the vendor's product does something ("asks whether we integrate
   * with ...", "vraagt of jullie een koppeling hebben", "pregunta si tienen app"): a requirement, not a pain, whoever
   * asks. */
  vendorQuestions?: Set<number>;
  /** Silent clauses read as the reason of a settled clause before them, with that clause: one that names a pain
   * of its own in the taxonomy's words is not silent after all ("Quotes are fine, DSO is 90 days"). */
  reasons: Map<number, number>;
  /** Tokens that are a settling cue's own words ("complaints" of "no complaints about the kiosk", "klachten" of "geen
   * klachten over de kassa"): the topic the cue settles is what it is said of, not its own word, so a pain named there
   * is silent in its clause but not ruled out of the notes (review mend). */
  cueWords: Set<number>;
  /** Tokens of a guess the rep marks as unchecked ("probably X - not mentioned"): silent, but no ruling out of a pain
   * the prospect states in another clause (review mend). */
  guessWords: Set<number>;
}

/** Whether the text between two words breaks a clause (a comma, colon, bracket, quote or dash); the gap
 * between most words, one space, never does and is not cut out to be tested. */
const CLAUSE_BREAK = /[,:()\[\]"–—]|\s-\s/;
const clauseBreak = (text: string, from: number, to: number): boolean =>
  !(to - from === 1 && text.charCodeAt(from) === 32) && CLAUSE_BREAK.test(text.slice(from, to));

/** Clauses of tokenised notes (split at sentence ends, commas, colons, brackets, dashes and "but"), and
 * which of them say nothing hurts. `names`, the taxonomy's pain phrases when at hand, keeps a clause whose required
 * thing the taxonomy names (pains-required-named). */
export function readClauses(text: string, tokens: readonly Token[], names?: LabelNames): NoteReading {
  const clause: number[] = [];
  let current = 0;
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    if (prev && (prev.sentence !== t.sentence || clauseBreak(text, prev.end, t.start) || OPENERS.has(t.stem))) current++;
    clause[i] = current;
  });
  const stems = tokens.map((t) => t.stem);
  const silent = new Set<number>();
  const sizeOf = new Map<number, number>();
  for (const c of clause) sizeOf.set(c, (sizeOf.get(c) ?? 0) + 1);
  const firstOf = new Map<number, number>();
  clause.forEach((c, i) => firstOf.has(c) || firstOf.set(c, i));
  const sameSentenceBefore = (c: number) => {
    const first = firstOf.get(c)!;
    return first > 0 && tokens[first - 1]!.sentence === tokens[first]!.sentence ? clause[first - 1]! : undefined;
  };
  const opensBracket = (c: number) => {
    const first = firstOf.get(c)!;
    return first > 0 && text.slice(tokens[first - 1]!.end, tokens[first]!.start).includes('(');
  };
  const settle = (c: number) => {
    silent.add(c);
    // A short clause ("that's not changing", "not a blocker") settles the one before it too; and past a bracket
    // said between them, the one the bracket explains ("Data protection (GDPR) is sorted").
    if (sizeOf.get(c)! <= 5) {
      const before = sameSentenceBefore(c);
      if (before !== undefined) silent.add(before);
      const subject = before !== undefined && opensBracket(before) ? sameSentenceBefore(before) : undefined;
      if (subject !== undefined) silent.add(subject);
    }
  };
  const byHand = BY_HAND_INDEX.all(stems);
  const manners = MANNER_INDEX.all(stems);
  /** Whether a word asking how or whether stands before `at` in its clause. */
  const askedHow = (at: number) => {
    for (let k = at - 1; k >= 0 && clause[k] === clause[at]; k--) if (EMBEDDED_Q.has(tokens[k]!.word)) return true;
    return false;
  };
  /** A settling word after "is" or at a clause's end that says "handled" with a way the vendor replaces, or in a question. */
  const notSettledAt = (j: number) => byHandNear(tokens, byHand, j, j + 1) || (HANDLED.has(tokens[j]!.word) && byHandNear(tokens, manners, j, j + 1, MANNER_REACH)) || askedHow(j);
  const cues = settledCues(text, tokens, stems, byHand, manners);
  const fines = conceptIndex().all(stems).filter((m) => m.value.concept === 'fine');
  const cueClauses = new Set([...cues, ...fines].map((m) => clause[m.start]!));
  /** Whether a settling phrase is denied in its clause, so does not settle: a negation just before it, past "to be" ("not
   * happy with", "não estão satisfeitos com", "no están satisfechos con"), or in English past "been" or an adverb
   * ("hasn't been running great", "never really worked great"); or a denial after it ("non è coperta", "ça fonctionne
   * mal"). Not French "ne" before a cue that opens on its own "pas" or "aucun": "ne ... pas" is one negation ("les
   * lettres ne sont pas un souci", "ce n'est aucun problème") (review mends). */
  const deniedCue = (m: { start: number; end: number }) => {
    const c = clause[m.start]!;
    const ownNegation = FRENCH_SECOND_NEGATION.has(tokens[m.start]!.word);
    const deniedBefore = (at: number) => at >= 0 && clause[at] === c && deniesAt(text, tokens, at) && !(ownNegation && (tokens[at]!.word === 'ne' || tokens[at]!.word === 'n'));
    let gap = m.start - 1;
    while (gap >= m.start - 2 && gap >= 0 && clause[gap] === c && DENIAL_GAP.has(tokens[gap]!.word)) gap--;
    return deniedBefore(m.start - 1) || deniedByPhrase(tokens, m.start) || (gap < m.start - 1 && deniedBefore(gap)) || (DENIED_COPULA.has(tokens[m.start - 1]?.word ?? '') && deniedBefore(m.start - 2)) || (clause[m.end] === c && DENIED_AFTER.has(tokens[m.end]!.word));
  };
  /** Clauses whose settling phrase opens them with no topic of their own before it ("Honestly not an issue at all.", "Pas un sujet du
   * tout.", "das ist kein Thema"): an answer to whatever was asked just before. */
  const answersAlone = new Set<number>();
  const cueWords = new Set<number>();
  for (const m of cues) {
    const c = clause[m.start]!;
    if (deniedCue(m)) continue;
    let lead = firstOf.get(c)!;
    while (lead < m.start && ANSWER_LEAD.has(tokens[lead]!.word)) lead++;
    if (lead === m.start) answersAlone.add(c);
    // Nor one wished for ("would be happy with anything that stops the double bookings"), nor one said of a past that
    // has changed ("was going fine until the new software", "used to be not that bad, now ...") (review mend).
    if (wishedFor(text, tokens, clause, m.start) || pastChanged(text, tokens, clause, m.start, m.end, cueClauses)) continue;
    // nor one that ends on a settling word after "is" ("is handled", "are sorted", "is fine") said
    // inside a question or its object ("looking at how registration is handled", "asked whether billing is sorted").
    if (AFTER_IS.has(m.value[m.value.length - 1]!) && askedHow(m.start)) continue;
    if (contentUndone(text, tokens, stems, clause, m)) continue;
    settle(c);
    for (let k = m.start; k < m.end; k++) cueWords.add(k);
    // notes-settled-that: a settled clause that opens on "that", "this" or "it" ("but that's handled by our
    // regulatory guy") says it of the clause before, however long it is.
    const before = sameSentenceBefore(c);
    const first = firstOf.get(c)!;
    const opener = OPENERS.has(tokens[first]!.stem) && clause[first + 1] === c ? first + 1 : first;
    // the pronoun cut off from its clause by the contrast word ("Touren plant noch Excel, das ist aber nicht
    // der Grund": "das ist" and "aber nicht der Grund" are two clauses) opens the settled one all the same; and past a
    // fragment of two words or fewer ("das ist", "moet koppelen", "req") the pronoun points to the clause before it.
    // Second review mend: only a fragment with no topic of its own, a pronoun alone or with its copula ("das ist", not
    // "das Wasser", "this year") or a bare verb ("moet koppelen"), never one that names something ("fees too",
    // "contributie ook", "invoicing too").
    const fragment = (k: number | undefined) => k !== undefined && sizeOf.get(k)! <= 2;
    const pronounFragment = (k: number | undefined) => {
      if (!fragment(k)) return false;
      const first = firstOf.get(k!)!;
      return ANAPHORS.has(tokens[first]!.word) && (sizeOf.get(k!) === 1 || DENIED_COPULA.has(tokens[first + 1]!.word));
    };
    const noTopic = (k: number | undefined) => pronounFragment(k) || (fragment(k) && REQUIREMENT_VERBS.has(tokens[firstOf.get(k!)!]!.word));
    const cutOff = pronounFragment(before) && m.start <= opener + 1;
    if (before !== undefined && (ANAPHORS.has(tokens[opener]!.word) || cutOff)) {
      silent.add(before);
      const further = noTopic(before) ? sameSentenceBefore(before) : undefined;
      if (further !== undefined) silent.add(further);
    }
    // notes-subjectless: "..., não é o motivo da conversa" opens on its verb, the subject being the clause before.
    const opening = clause[opener + 1] === c ? `${tokens[opener]!.word} ${tokens[opener + 1]!.word}` : '';
    if (before !== undefined && m.start <= opener + 1 && SUBJECTLESS.has(opening)) silent.add(before);
  }
  // notes-settled-named: a named-matter cue settles its own clause alone, and only when the clause names its matter
  // before the cue ("billing is great", "la norma non li tocca"), never a person, a tool or a vendor ("the accountant is
  // great", "the Acme app is great": a word written with a capital inside the sentence is a name).
  for (const m of SETTLED_NAMED_INDEX.all(stems)) {
    if (!m.value.every((cue, k) => saysCueWord(text, tokens[m.start + k]!, cue))) continue;
    const c = clause[m.start]!;
    if (deniedCue(m) || wishedFor(text, tokens, clause, m.start) || pastChanged(text, tokens, clause, m.start, m.end, cueClauses) || contentUndone(text, tokens, stems, clause, m)) continue;
    const before = tokens.slice(firstOf.get(c)!, m.start);
    const named = (t: Token) => t.word.length >= MATTER_SHORTEST && !isStopword(t.word) && !ANSWER_LEAD.has(t.word) && !DENIED_COPULA.has(t.word);
    const aName = (t: Token, i: number) => {
      const written = text.slice(t.start, t.end);
      const sentenceOpens = i === 0 && (firstOf.get(c)! === 0 || tokens[firstOf.get(c)! - 1]!.sentence !== t.sentence);
      return /^\p{Lu}\p{Ll}/u.test(written) && !sentenceOpens;
    };
    if (!before.some(named) || before.some((t, i) => NOT_MATTER.has(t.word) || aName(t, i))) continue;
    if (AGENT_NOUN.test(before[before.length - 1]!.word)) continue;
    silent.add(c);
  }
  // Already tackled (review mend): its own clause alone, when a matter is named before the cue in it ("the shrinkage was
  // already addressed"); a person may be its subject ("das haben sie schon angegangen").
  for (const m of SETTLED_TACKLED_INDEX.all(stems)) {
    if (!m.value.every((cue, k) => saysCueWord(text, tokens[m.start + k]!, cue))) continue;
    const c = clause[m.start]!;
    if (deniedCue(m) || wishedFor(text, tokens, clause, m.start) || pastChanged(text, tokens, clause, m.start, m.end, cueClauses) || contentUndone(text, tokens, stems, clause, m)) continue;
    const before = tokens.slice(firstOf.get(c)!, m.start);
    if (!before.some((t) => t.word.length >= MATTER_SHORTEST && !isStopword(t.word) && !ANSWER_LEAD.has(t.word) && !DENIED_COPULA.has(t.word))) continue;
    silent.add(c);
    for (let k = m.start; k < m.end; k++) cueWords.add(k);
  }
  // Gone since a change (sixty-fourth round): a clause that says nobody or nothing since ("not one walkout since",
  // "seitdem keine Beschwerden"), after a change the prospect made earlier in its sentence ("after two walkouts I redid
  // the rota - nobody has left since"): the problem is told as solved, and the sentence up to that clause reads no pain.
  // A clause that keeps wanting ("haven't had a full crew since") names no nobody-or-nothing and stays.
  {
    const words = tokens.map((t) => t.word);
    const marked = new Set(GONE_SINCE_INDEX.all(words).filter((m) => clause[m.start] === clause[m.end - 1]).map((m) => clause[m.start]!));
    for (const [c, size] of sizeOf) {
      const from = firstOf.get(c)!;
      const last = tokens[from + size - 1]!;
      if (!marked.has(c) && !((last.word === 'since' || last.word === 'depuis') && size >= 3)) continue;
      const own = tokens.slice(from, from + size);
      const denied = own.some((t) => GONE_SINCE_DENIALS.has(t.word)) && own.some((t) => GONE_SINCE_ANYTHING.has(t.word));
      if (!denied && !own.some((t) => GONE_SINCE_NOTHING.has(t.word))) continue;
      const sentence = tokens[from]!.sentence;
      let first = from;
      while (first > 0 && tokens[first - 1]!.sentence === sentence) first--;
      if (!tokens.slice(first, from).some((t) => GONE_SINCE_CHANGED.has(t.word))) continue;
      for (let k = first; k < from + size; k++) silent.add(clause[k]!);
    }
  }
  // Another office that does the topic (sixty-fourth round): a short clause opening on another office and its verb of
  // doing ("Town clerk does licences.", "die Buchhaltung macht das"), in a sentence that complains of nothing, is that
  // office's work: it reads no pain. "Finance handles invoicing by hand and it's a mess" complains and stays.
  for (const [c, size] of sizeOf) {
    const from = firstOf.get(c)!;
    let k = from;
    while (k < from + size && OFFICE_LEADS.has(tokens[k]!.word)) k++;
    if (k - from > 2 || !OFFICES.has(tokens[k]?.word ?? '') || !OFFICE_VERBS.has(tokens[k + 1]?.word ?? '') || clause[k + 1] !== c) continue;
    if (from + size - (k + 2) > OFFICE_OBJECT_WORDS) continue;
    const sentence = tokens[from]!.sentence;
    if (complains(tokens.filter((t) => t.sentence === sentence).map((t) => t.stem))) continue;
    silent.add(c);
  }
  // Fixed in the past (sixtieth round): a verb of fixing with a matter after it and a time gone by in its clause ("they
  // fixed the double bookings last year"); not where the clause keeps it open before the verb ("until the owner fixed").
  {
    const words = tokens.map((t) => t.word);
    const inOneClause = (m: { start: number; end: number }) => clause[m.start] === clause[m.end - 1];
    const timed = new Set(FIXED_TIME_INDEX.all(words).filter(inOneClause).map((m) => clause[m.start]!));
    for (const verb of FIXED_VERB_INDEX.all(words)) {
      const c = clause[verb.start]!;
      if (!inOneClause(verb) || !timed.has(c)) continue;
      const from = firstOf.get(c)!;
      const to = from + sizeOf.get(c)!;
      if (tokens.slice(from, verb.start).some((t) => FIXED_UNDONE_WORDS.has(t.word) || /n['’]t$/i.test(text.slice(t.start, t.end)))) continue;
      const matter = tokens.slice(from, to).some((t, k) => (from + k < verb.start || from + k >= verb.end) && t.word.length >= MATTER_SHORTEST && !isStopword(t.word));
      if (matter) silent.add(c);
    }
  }
  // The pains' own contentment words are denied as the cues are: "she is not happy with the kiln rota" complains; and
  // taken back as they are ("happy with the kiln rota for now", "happy with the rota but the rota is a mess").
  const fineUndone = (m: { start: number; end: number }) => contentUndone(text, tokens, stems, clause, { ...m, value: tokens.slice(m.start, m.end).map((t) => t.word) });
  for (const m of fines)
    if (!deniedCue(m) && !wishedFor(text, tokens, clause, m.start) && !pastChanged(text, tokens, clause, m.start, m.end, cueClauses) && !fineUndone(m)) silent.add(clause[m.start]!);
  // "recall's ok": the subject's contracted "is" and a settling word.
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    if (next && next.sentence === t.sentence && AFTER_IS.has(next.word) && /['’]s$/i.test(text.slice(t.start, t.end)) && !notSettledAt(i + 1)) settle(clause[i]!);
  });
  // A short clause that ends on a settling word: "Signal detection fine.", "Payroll ok.", and (notes-settled) at a
  // comma too: "QIP scores fine, not the concern", "no, honestly we're good, ...".
  const closingWords = new Set<number>();
  for (const [c, size] of sizeOf) {
    const last = firstOf.get(c)! + size - 1;
    if (size >= 2 && size <= 4 && AFTER_IS.has(tokens[last]!.word) && !notSettledAt(last)) silent.add(c);
    // a settling word alone closing its sentence after a comma closes a labelled topic's answer ("invoicing:
    // done in our accounts package, fine"; below); alone, it may be resigned ("Invoice errors every week, fine.").
    const closes = size === 1 && tokens[last + 1]?.sentence !== tokens[last]!.sentence && sameSentenceBefore(c) !== undefined;
    if (closes && AFTER_IS.has(tokens[last]!.word) && !notSettledAt(last)) closingWords.add(c);
  }
  // "is all handled", "are already sorted", "is pretty much covered": the settling word a word or two after "is".
  for (let i = 0; i < tokens.length; i++) {
    if (!IS.has(tokens[i]!.word)) continue;
    for (let j = i + 1; j <= i + 3 && j < tokens.length && clause[j] === clause[i]; j++) {
      if (AFTER_IS.has(tokens[j]!.word) && !notSettledAt(j)) settle(clause[i]!);
      if (!SETTLED_ADVERB.has(tokens[j]!.word)) break;
    }
  }
  // a problem word denied with a word or two of its topic between ("no retention issue", "not a billing
  // problem right now", "kein großes Problem", "nessun vero problema"): the settled cues' "no issue" and "not a problem"
  // with the topic said inside them.
  for (let i = 0; i < tokens.length; i++) {
    if (!GAP_NEGATIONS.has(tokens[i]!.word)) continue;
    let j = i + 1;
    if (tokens[j] && ARTICLE_AFTER_NOT.has(tokens[j]!.word) && tokens[i]!.word === 'not') j++;
    if (GAP_NOT_DENIED.has(tokens[j]?.word ?? '')) continue;
    for (let k = j + 1; k <= j + 2 && k < tokens.length && clause[k] === clause[i]; k++)
      if (PROBLEM_NOUNS.has(tokens[k]!.word)) {
        settle(clause[i]!);
        break;
      }
  }
  // a clause that opens on "not a ..." denies what the prospect is ("Not a practice.", "Not a locksmith
  // service business", "Shipping line, not a terminal", "not a buyer"): it names no pain. Not "not a single ...",
  // "not a lot of ...", "not a clue", which say what is lacking, nor "not a big fan of ...", "not a great ...", which
  // say what the prospect dislikes (review mend).
  // Second review mend: "not a good fit", "not a huge priority" dismiss the topic, said in their clause or, past a colon,
  // in the clause after ("Not a huge priority: job scheduling.").
  for (const [c, first] of firstOf) {
    const article = tokens[first + 1]?.word;
    if (tokens[first]!.word !== 'not' || (article !== 'a' && article !== 'an') || clause[first + 2] !== c || NOT_A_LACK.has(tokens[first + 2]!.word)) continue;
    const said = tokens[first + 2]!.word;
    const dismissal = said !== 'fan' && said !== 'fans' && NOT_A_DISLIKE.has(said) && clause[first + 3] === c && NOT_A_DISMISSAL.has(tokens[first + 3]!.word);
    if (!NOT_A_DISLIKE.has(said) || dismissal) silent.add(c);
    const last = first + sizeOf.get(c)! - 1;
    if (dismissal && tokens[last + 1]?.sentence === tokens[last]!.sentence && text.slice(tokens[last]!.end, tokens[last + 1]!.start).includes(':')) silent.add(clause[last + 1]!);
  }
  // A topic asked with a question mark and answered in the next sentence by a settling phrase alone ("Kiln rota? Not an
  // issue.", "La facturation ? Pas un sujet.", "¿La facturación? No es un tema."): the question names what the answer
  // settles, in any of the six languages; a speaker's label before the answer ("Ines: not an issue") is skipped. The
  // question mark ends the question's sentence, so the settled clause cannot reach it as the clause before.
  for (const c of answersAlone) {
    let first = firstOf.get(c)!;
    const label = first > 0 && tokens[first - 1]!.sentence === tokens[first]!.sentence && sizeOf.get(clause[first - 1]!) === 1 &&
      text.slice(tokens[first - 1]!.end, tokens[first]!.start).includes(':');
    if (label) first--;
    if (first === 0 || tokens[first - 1]!.sentence === tokens[first]!.sentence) continue;
    const between = text.slice(tokens[first - 1]!.end, tokens[first]!.start);
    if (!/^[^\p{L}\p{N}\n]*\?/u.test(between) || (between.match(/\n/g)?.length ?? 0) > 1) continue;
    const asked = tokens[first - 1]!.sentence;
    for (let k = first - 1; k >= 0 && tokens[k]!.sentence === asked; k--) silent.add(clause[k]!);
  }
  // A matter said to be itself ("Clay is clay.", "clay's clay", "Ton ist Ton", "la glaise est la glaise"): a
  // shrug, the prospect's way of saying nothing can be done or needs doing about it (sixty-third round). The clause of
  // the two same words and a copula (an article before either), past a speaker's label, is settled.
  // Review mend: in a sentence that puts a figure of money on it elsewhere, the tautology insists ("Downtime is
  // downtime, every hour costs us €8k"), and settles nothing. A complaint alone there does not: it is as often another
  // matter's ("Glaze is glaze, the kiln repairs are the mess"), which its own clause reads.
  for (const [c, first] of firstOf) {
    const own = tokens.slice(first, first + sizeOf.get(c)!);
    if (!saysItself(text, own)) continue;
    const rest = tokens.filter((t) => t.sentence === own[0]!.sentence && (t.end <= own[0]!.start || t.start >= own[own.length - 1]!.end));
    if (rest.length > 0 && MONEY_FIGURE.test(text.slice(rest[0]!.start, rest[rest.length - 1]!.end))) continue;
    settle(c);
  }
  const settled = new Set(silent);
  /** Where a settling phrase opens ("both work great": "work great" opens right after "both"). */
  const cueStarts = new Set([...cues, ...fines].map((m) => m.start));
  const heard = new Map<number, [number, number][]>();
  // the seller's question reported in the notes ("rep asked about routing - 'nah, routes are fine'",
  // "rep asked about margin per trip -> \"we know roughly, it's fine\"", "AE asked about X: they use Y, happy with it")
  // names the topic the answer after it settles: the question's clause is settled too when a clause after it in its
  // sentence says the matter is fine, handled or none of the prospect's.
  for (const [c, first] of firstOf) {
    // Sixty-second round: a subjectless "asked about" opening its sentence or following a note's label ("Call recap:
    // asked about X - Ana: ..."), the rep's as the guesses' reading takes it, and the rep's pitch reported with its verb
    // ("rep suggested the X module - Ana: ..."), whose topic is the rest of its clause.
    const opensAlone = tokens[first]!.word === 'asked' && (first === 0 || tokens[first - 1]!.sentence !== tokens[first]!.sentence ||
      text.slice(tokens[first - 1]!.end, tokens[first]!.start).includes(':'));
    // Sixty-third round: "I offered X - ..." opening a sentence of running notes is the rep's pitch too (not under a
    // speaker's label or inside a quotation, where "I" is whoever speaks).
    const writer = tokens[first]!.word === 'i' && (first === 0 || tokens[first - 1]!.sentence !== tokens[first]!.sentence) &&
      !/[:"“”'‘’]\s*$/.test(text.slice(first === 0 ? 0 : tokens[first - 1]!.end, tokens[first]!.start));
    const pitched = (SELLER.has(tokens[first]!.word) || writer) && PITCH_VERBS.has(tokens[first + 1]?.word ?? '') && clause[first + 1] === c;
    // Sixty-eighth round: a subjectless "Mentioned X" or "Raised X" opening its sentence is the prospect bringing a topic
    // up ("Mentioned the audit but the new bookkeeper signed it off, no concern"): its topic is settled only by a settling
    // phrase said alone later in the sentence (answersAlone), never by one with a topic of its own ("Mentioned the audit
    // is a mess, the rota is fine" keeps the audit).
    const mentioned = !pitched && MENTION_VERBS.has(tokens[first]!.word) && clause[first + 1] === c && (first === 0 || tokens[first - 1]!.sentence !== tokens[first]!.sentence);
    const asked = opensAlone ? first + 1 : SELLER.has(tokens[first]!.word) && tokens[first + 1]?.word === 'asked' && clause[first + 1] === c ? first + 2 : pitched ? first + 1 : mentioned ? first : -1;
    if (asked < 0 || (!pitched && !mentioned && !REPORTED_ASK.has(tokens[asked]?.word ?? ''))) continue;
    // The answer may follow the question after a semicolon ("rep asked about rostering; she said the app works great"):
    // the sentence after a semicolon is the answer's too, never one after a full stop or a new line.
    const own = tokens[first]!.sentence;
    const afterSemicolon = goesOnAfterSemicolon(text, tokens, first);
    const answerSentence = (n: number) => {
      const said = tokens[firstOf.get(n)!]!.sentence;
      return said === own || (said === own + 1 && afterSemicolon);
    };
    // After a semicolon, the answer's settled clause counts when it has no topic of its own ("it works great", "that's
    // sorted") or names the question's ("the rota works great"), and never when a later clause of the answer complains
    // of the question's topic ("she said payroll works great but the rota is a mess") (review mend).
    const topic = new Set<string>();
    for (let k = asked + 1; k < tokens.length && clause[k] === c; k++) if (tokens[k]!.word.length > 3) topic.add(tokens[k]!.stem);
    const clauseWords = (n: number) => tokens.slice(firstOf.get(n)!, firstOf.get(n)! + sizeOf.get(n)!);
    const namesTopic = (n: number) => clauseWords(n).some((t) => topic.has(t.stem));
    // A question of two topics joined by "and" or "or" ("asked about the rota and the late payers") whose answer names
    // one of them and not the other ("she said the rota works great") settles the one it names: the other's words stay
    // heard in the silenced question.
    const parts: [number, number][] = [];
    let from = asked + 1;
    for (let k = asked + 1; k <= tokens.length; k++) {
      if (k < tokens.length && clause[k] === c && !ALTERNATIVES.has(tokens[k]!.word)) continue;
      if (k > from) parts.push([from, k]);
      if (k >= tokens.length || clause[k] !== c) break;
      from = k + 1;
    }
    // A clause that echoes a settling one for a topic ("..., the late payers too", "same for the late payers"): its
    // complaint is its own words, not the topic's ("late") nor the echo's ("too") (review mend).
    const topicWords = new Set(parts.flatMap(([a, b]) => tokens.slice(a, b).map((t) => t.stem)));
    const echoes = (l: number) => {
      const words = clauseWords(l);
      return words.some((t) => SETTLED_ECHO.has(t.word)) && !complains(words.filter((t) => !topicWords.has(t.stem) && !SETTLED_ECHO.has(t.word)).map((t) => t.stem));
    };
    const answerCounts = (n: number) => {
      if (tokens[firstOf.get(n)!]!.sentence === own) return true;
      for (let l = n + 1; firstOf.has(l) && answerSentence(l); l++)
        if (namesTopic(l) && !echoes(l) && complains(clauseWords(l).map((t) => t.stem))) return false;
      const words = clauseWords(n);
      // "she said the new app works great": a way named with no topic of its own, unlike "the payroll app".
      const bareWay = words.some((t, i) => WAY_NOUNS.has(t.word) && i > 0 && BARE_WAY_LEAD.has(words[i - 1]!.word) && (i < 2 || BARE_WAY_LEAD.has(words[i - 2]!.word) || words[i - 2]!.word === 'said'));
      // "she said both work great": the answer points back to every topic of a question of two or more.
      // "both" is the answer's subject only with no noun after it ("both are sorted", not "both groomers are fine").
      const bothAlone = (i: number) => i + 1 >= words.length || isStopword(words[i + 1]!.word) || cueStarts.has(firstOf.get(n)! + i + 1);
      return namesTopic(n) || bareWay || words.some((t, i) => ANAPHORS.has(t.word) || (t.word === 'both' && parts.length >= 2 && bothAlone(i)));
    };
    const partNamed = (n: number, [a, b]: [number, number]) => {
      const stems = new Set(tokens.slice(a, b).filter((t) => t.word.length >= 3 && !isStopword(t.word)).map((t) => t.stem));
      return clauseWords(n).some((t) => stems.has(t.stem));
    };
    /** A settling phrase that is its clause's every word, past an answer's lead ("..., not a concern", "..., no issue"). */
    const saidAlone = (n: number) => answersAlone.has(n) && clauseWords(n).every((t, k) => cueWords.has(firstOf.get(n)! + k) || ANSWER_LEAD.has(t.word));
    for (let n = c + 1; firstOf.has(n) && answerSentence(n); n++)
      if (settled.has(n) && answerCounts(n) && (!mentioned || saidAlone(n))) {
        silent.add(c);
        settled.add(c);
        // Every settling clause of the answer names what it settles, and so does one that echoes it ("the rota is fine,
        // the late payers too", "same for the late payers"), not the first alone (review mend).
        const settling = [n];
        for (let l = n + 1; firstOf.has(l) && answerSentence(l); l++) {
          if (settled.has(l)) settling.push(l);
          else if (echoes(l)) {
            // the echo settles its topic as the clause it echoes does
            settling.push(l);
            silent.add(l);
            settled.add(l);
          }
        }
        const named = parts.filter((part) => settling.some((l) => partNamed(l, part)));
        if (parts.length >= 2 && named.length > 0 && named.length < parts.length)
          heard.set(c, parts.filter((part) => !named.includes(part)));
        break;
      }
  }
  // "No parking problems discussed": a no-pain cue with one word after its "no".
  let noPainGap = false;
  for (let i = 0; i + 2 < tokens.length && !noPainGap; i++)
    if (tokens[i]!.word === 'no' && tokens[i + 1]!.sentence === tokens[i]!.sentence && NO_PAIN_INDEX.any(['no', ...stems.slice(i + 2, i + 6)])) noPainGap = true;
  // A requirement holds to the end of its sentence: "Must-haves: ERP integration, SSO.", and so does a heading
  // "Requirement:" (notes-settled).
  // The six languages' heading opens its sentence, a word at most before it ("Harte Anforderungen:"), fifty-eighth
  // round: "the inspectors log each van's tyre condition: worn" names a thing's state. The English ones are read
  // wherever they stand, as before ("Their must-have requirements: ...", review mend).
  const opens = (i: number) => i < 2 || tokens[i - 2]!.sentence !== tokens[i]!.sentence || REQUIREMENT_HEADING_ANYWHERE.has(tokens[i]!.word);
  const colonAfter = (k: number) => k + 1 < tokens.length && text.slice(tokens[k]!.end, tokens[k + 1]!.start).includes(':');
  // Or joined by a link word to what it is for, the colon a few words on in its sentence ("Requirements for the
  // tender: ...", "Anforderungen an die Lösung: ...", sixty-third round).
  const linkedColon = (i: number) => {
    if (i + 1 >= tokens.length || !REQUIREMENT_HEADING_LINK.has(tokens[i + 1]!.word) || colonAfter(i)) return false;
    for (let k = i + 2; k <= i + REQUIREMENT_HEADING_REACH && k < tokens.length && tokens[k]!.sentence === tokens[i]!.sentence; k++)
      if (colonAfter(k)) return true;
    return false;
  };
  const heading = (i: number) => REQUIREMENT_HEADING.has(tokens[i]!.word) && opens(i) && (colonAfter(i) || linkedColon(i));
  // An obliged word said of its clause's subject ("on-premise servers are mandatory", "Anbindung ans Kassensystem ist Pflicht",
  // "Collegamento al gestionale obbligatorio", "Ligação obrigatória ao software de faturação"): after a copula, as its clause's last word, as its
  // second (a Romance adjective after its noun) or before a colon ("Mandatory: ..."); the whole clause is the requirement.
  // Not "their third mandatory shift" or "mandatory overtime is a mess": there it qualifies a noun of their own.
  // Review mend (sixty-first round): nor as the second word after an article or a possessive ("the mandatory overtime",
  // "die Pflicht-Überstunden"), nor where a copula said later in its sentence says something more of a subject ("overtime
  // is mandatory and the crews are worn out", "Mandatory: the paper books are slowing boarding"): a duty the prospect
  // bears and what it does to them, a pain, not what the tool must do.
  const saysMoreLater = (i: number) => {
    for (let k = i + 2; k < tokens.length && tokens[k]!.sentence === tokens[i]!.sentence; k++)
      if (IS.has(tokens[k]!.word) || OBLIGED_AFTER.has(tokens[k]!.word)) return true;
    return false;
  };
  const obliged = (i: number) => {
    if (!OBLIGED_WORDS.has(tokens[i]!.word)) return false;
    const c = clause[i]!;
    const first = firstOf.get(c)!;
    const last = first + sizeOf.get(c)! - 1;
    return ((i > first && OBLIGED_AFTER.has(tokens[i - 1]!.word)) || (i === last && i > first) || (i === first + 1 && !OBLIGED_DETERMINER.has(tokens[first]!.word)) ||
      (i + 1 < tokens.length && text.slice(tokens[i]!.end, tokens[i + 1]!.start).includes(':'))) && !saysMoreLater(i);
  };
  // Its subject said before a bracket ("Storage inside Norway (GDPR) is mandatory") is the same clause's.
  const bracketed = (k: number) => k > 0 && tokens[k - 1]!.sentence === tokens[k]!.sentence && /[()]/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start));
  const subjectFrom = (i: number) => {
    let k = firstOf.get(clause[i]!)!;
    while (bracketed(k)) k = firstOf.get(clause[k - 1]!)!;
    return k;
  };
  const obligedAt = tokens.map((_, i) => i).filter(obliged).map(subjectFrom);
  const obligedStarts = new Set(obligedAt);
  // The requirements said, found once: the sixty-sixth round's clause of its own (below) reads the same matches.
  const requirements = REQUIREMENT_INDEX.all(stems);
  const requirementStarts = [...requirements.map((m) => m.start), ...tokens.map((_, i) => i).filter(heading), ...obligedAt];
  // r39-words: a requirement said with its verb after the clause's first word ("Crewplanung muss mit den Kampagnen
  // synchronisiert werden", "rota planning has to line up with ..."), not as a noun ("Integration w/ X is a
  // must-have", "Koppeling met X is een vereiste"): the words before the verb say what has to be done, and a pain
  // the taxonomy's own phrase names there is read (resolve.ts, `silentHit`); the rest of the sentence stays silent.
  const requirementFrom = new Map<number, number>();
  const saidAsDuty = (start: number) => REQUIREMENT_VERBS.has(tokens[start]!.word) && !/^haves?$/.test(tokens[start + 1]?.word ?? '');
  for (const start of requirementStarts) {
    const c = clause[start]!;
    if (!silent.has(c) && start > firstOf.get(c)! && saidAsDuty(start)) requirementFrom.set(c, Math.min(start, requirementFrom.get(c) ?? start));
    for (let i = start; i < tokens.length && tokens[i]!.sentence === tokens[start]!.sentence; i++) {
      // An obliged requirement ends at a clause that opens on a contrast ("training is mandatory but the records are
      // lost") (review mend).
      if (obligedStarts.has(start) && clause[i] !== c && i === firstOf.get(clause[i]!) && OPENERS.has(stems[i]!)) break;
      silent.add(clause[i]!);
    }
  }
  // Sixty-sixth round: a requirement said as a clause of its own about the clause before ("we need it on the cloud,
  // that is non-negotiable", "SSO, it is a must have") makes that clause a requirement too, as "that works" settles it.
  // Review of the sixty-sixth round, finding 3: only where the clause before says a need ("we need it on the cloud") or
  // states nothing, a thing named without a verb ("SSO, it is a must have"); a clause that states a problem ("the
  // double bookings are constant, that is a deal breaker") keeps its pain.
  const needs = new Set<number>();
  const englishStems = requirementStems(tokens);
  for (const m of [...NEED_INDEX.all(stems), ...NEED_INDEX.all(englishStems)]) needs.add(clause[m.start]!);
  // Sixty-ninth round: "a must" said so, as a clause of its own ("asked if it links to their ticketing - that's a must"),
  // only here: inside a clause it may qualify a task that hurts ("fixing the lamp log is a must, it is a shambles").
  for (const m of [...requirements, ...MUST_ALONE_INDEX.all(stems)]) {
    const c = clause[m.start]!;
    const first = firstOf.get(c)!;
    if (first === 0 || tokens[first - 1]!.sentence !== tokens[first]!.sentence || m.end !== first + sizeOf.get(c)!) continue;
    if (!tokens.slice(first, m.start).every((t) => REQUIREMENT_ANAPHORS.has(t.word)) || m.start === first) continue;
    const before = clause[first - 1]!;
    if (!needs.has(before) && clauseStates(tokens, clause, before)) continue;
    silent.add(before);
    // Sixty-ninth round: a bracket's clause ("... their box office (Starbox) - that's a must") says more of the clause before it.
    for (let k = firstOf.get(before)!; bracketed(k); k = firstOf.get(clause[k - 1]!)!) silent.add(clause[k - 1]!);
  }
  // pains-required-named: a thing buyers require of software ("single sign on", "a mobile app") that the vendor's
  // taxonomy names among its pains is the prospect's own burden there, not a requirement of the product: its clause
  // stays, whatever else it requires.
  const required = [...REQUIRED_INDEX.all(stems), ...REQUIRED_INDEX.all(englishStems)].filter((m) => needs.has(clause[m.start]!));
  const namedHere = new Set(required.filter((m) => names?.(tokens.slice(m.start, m.end).map((t) => noteStem(t)))).map((m) => clause[m.start]!));
  for (const m of required) if (!namedHere.has(clause[m.start]!)) silent.add(clause[m.start]!);
  // "Labor, no.": an answer alone after a topic; also said with who gives it ("maybe the permits too - Odalys replied no",
  // "..., answered no", "..., il dit que non"): the no after a verb of saying, its subject and "that" before it if any
  // (sixty-seventh round).
  for (const [c, size] of sizeOf) {
    // Only a clause of one or two words can be such an answer (four with who says it): the longer ones are not spelled out.
    if (size > 4) continue;
    const first = firstOf.get(c)!;
    const said = tokens.slice(first, first + size).map((t) => t.word);
    const no = said[said.length - 1]!;
    if (size > 2 && !ANSWER_NO_SET.has(no)) continue;
    const lead = said.slice(0, -1);
    if (lead.length && THAT_SAID.has(lead[lead.length - 1]!)) lead.pop();
    const saysNo = size > 1 && lead.length >= 1 && lead.length <= 2 && SAYS_VERB.has(lead[lead.length - 1]!) && ANSWER_NO_SET.has(no);
    const words = saysNo ? no : size === 1 ? tokens[first]!.word : size === 2 ? `${tokens[first]!.word} ${tokens[first + 1]!.word}` : '';
    if (ANSWER_NO_SET.has(words)) {
      const before = sameSentenceBefore(c);
      if (before !== undefined) silent.add(before);
    }
  }
  // A bracket right after a settled clause says more of it: "Rent collection not an issue (<1% delinquent)".
  for (const [c, first] of [...firstOf].sort((a, b) => a[0] - b[0])) {
    const before = sameSentenceBefore(c);
    if (before !== undefined && silent.has(before) && text.slice(tokens[first - 1]!.end, tokens[first]!.start).includes('(')) silent.add(c);
  }
  // notes-settled-reason: the clauses said after a settled one in its sentence give its reason or its figure
  // ("quoting's fine, we have a price list that works", "Otherwise finance is fine, DSO is 32 days", "Tenant requests
  // are fine, the portal works"): settled too, up to a "but" (a clause opening on a contrast), a clause that complains
  // ("billing is fine, scheduling is a nightmare") or one that says something of its own subject with "is", unless
  // what it says is a figure ("QIP scores fine, state survey prep is a scramble").
  const reasons = new Map<number, number>();
  const clauseStems = (c: number) => stems.slice(firstOf.get(c)!, firstOf.get(c)! + sizeOf.get(c)!);
  const opensOnContrast = (c: number) => OPENERS.has(stems[firstOf.get(c)!]!);
  const saysOfItsOwn = (c: number) => {
    const first = firstOf.get(c)!;
    for (let i = first + 1; i < first + sizeOf.get(c)! - 1; i++) if (IS.has(tokens[i]!.word)) return !/^\d/.test(tokens[i + 1]!.word);
    return false;
  };
  // Nor past a clause that turns to what is wanted or to what it is instead ("renewals are fine, it's the data", "I
  // don't need reports, I need to stop ordering from memory", "donations aren't the problem, the focus is
  // volunteering"), nor one joined on "and" (another fact).
  // nor one that names what the problem is ("the paperwork is fine, the state is fine, my problem is 25
  // funeral homes dropping off ...", "..., das Problem ist ..."), whatever figure follows its "is".
  const namesTheProblem = (c: number) => {
    const first = firstOf.get(c)!;
    for (let i = first; i + 1 < first + sizeOf.get(c)!; i++) if (PROBLEM_NOUNS.has(tokens[i]!.word) && DENIED_COPULA.has(tokens[i + 1]!.word)) return true;
    return false;
  };
  const turnsAway = (c: number) => namesTheProblem(c) || ANAPHORS.has(tokens[firstOf.get(c)!]!.word) || COORDINATING.has(tokens[firstOf.get(c)!]!.word) || NEED_INDEX.any(clauseStems(c)) || clauseStems(c).some((w) => FOCUS.has(w));
  /** a topic's label before a colon answered in one clause and closed by `c`, settled or a settling word
   * alone: the label and the answer are settled, unless one of them complains, names the problem or turns on a contrast. */
  /** whether a clause names a way the work is done: a tool or a manner ("via the bank", "we use a form", "on a paper pad",
   * "in a shared sheet", "by hand", "they do it on ..."), not a described complaint ("members grab the same slot twice"). */
  const namesWay = (c: number) => {
    const first = firstOf.get(c)!;
    const end = first + sizeOf.get(c)!;
    for (let i = first; i < end; i++) if (WAY_WORDS.has(tokens[i]!.word)) return true;
    return [...byHand, ...manners].some((m) => m.start >= first && m.start < end);
  };
  const labelAnswered = (c: number) => {
    const label = sameSentenceBefore(c);
    const answer: number[] = [];
    for (let k = label; k !== undefined; k = sameSentenceBefore(k)) {
      const next = firstOf.get(k)! + sizeOf.get(k)!;
      if (opensOnContrast(clause[next]!) || complains(clauseStems(k)) || namesTheProblem(k)) break;
      if (text.slice(tokens[next - 1]!.end, tokens[next]!.start).includes(':')) {
        // review mend: the answer names the way it is done; a described complaint closed by a resigned "fine" ("X:
        // members grab the same slot twice, fine") is no answer.
        if (answer.length && sizeOf.get(k)! <= LABEL_REACH && answer.every(namesWay)) for (const a of [k, ...answer]) silent.add(a);
        break;
      }
      answer.push(k);
      if (answer.length > LABEL_ANSWER) break;
    }
  };
  const saysFrequency = (k: number) => tokens.slice(firstOf.get(k)!, firstOf.get(k)! + sizeOf.get(k)!).some((t) => FREQUENCY.has(t.word));
  const bareTopic = (k: number) => {
    const first = firstOf.get(k)!;
    const words = tokens.slice(first, first + sizeOf.get(k)!).map((t) => t.word);
    const joined = words.join(' ');
    // a topic fronted before what the prospect's own side did with it ("sail lofts we got sorted", "mast repairs I
    // keep on top of"): a topic, the rest said of it by "we" or "I".
    return words.includes('asked') || RAISED.some((r) => ` ${joined} `.includes(` ${r} `)) || words.length <= BARE_TOPIC_REACH || words.slice(1).some((w) => OWN_SIDE.has(w));
  };
  const plain = (k: number) => !complains(clauseStems(k)) && !namesTheProblem(k) && !opensOnContrast(k) && !NEED_INDEX.any(clauseStems(k));
  for (const c of [...settled, ...closingWords].sort((a, b) => a - b)) {
    // A topic's label and its answer before `c`, when contentment (settled, or a settling word alone) closes them
    // ("invoicing: done in our accounts package, fine", "Timesheets: we keep a wall chart, happy w/ it"): the label and
    // every clause between are settled, unless one of them complains, names the problem or turns on a contrast.
    labelAnswered(c);
    if (!settled.has(c)) continue;
    for (let n = c + 1; firstOf.has(n) && tokens[firstOf.get(n)!]!.sentence === tokens[firstOf.get(c)!]!.sentence; n++) {
      if (opensOnContrast(n) || complains(clauseStems(n)) || saysOfItsOwn(n) || turnsAway(n)) break;
      if (!silent.has(n)) reasons.set(n, c);
      silent.add(n);
    }
    // A topic's label before a colon heads the settled clause: "Traceability: already covered, not the topic".
    const label = sameSentenceBefore(c);
    const first = firstOf.get(c)!;
    if (label !== undefined && sizeOf.get(label)! <= 3 && text.slice(tokens[first - 1]!.end, tokens[first]!.start).includes(':')) silent.add(label);
    // a contentment that points back ("it's fine", "he's fine w/ it", "happy w/ it") past the way it is
    // done ("we keep a wall chart", "they do it on paper") to the topic the clause before names ("he asked
    // about timesheets", "rostering came up").
    const way = sameSentenceBefore(c);
    const topic = way !== undefined ? sameSentenceBefore(way) : undefined;
    const pointsBack = clauseStems(c).length <= POINTING_REACH && tokens.slice(first, first + sizeOf.get(c)!).some((t) => ANAPHORS.has(t.word));
    // review mend: the topic says no frequency and is said bare ("he asked about X", "X came up", a label-like "X") or
    // the clause between names a way of doing it; not a complaint with its workaround and a third party's contentment
    // ("X clash each weekend, the manager texts everyone, he is fine with it").
    if (pointsBack && topic !== undefined && plain(way!) && plain(topic) && !saysFrequency(topic) && (bareTopic(topic) || namesWay(way!)) && !opensOnContrast(c) && sizeOf.get(topic)! <= TOPIC_REACH) {
      silent.add(way!);
      silent.add(topic);
    }
  }
  // A clause that opens on a duty ("Handles billing and staff timesheets", "she advises P&I clubs on sanctions")
  // says what the person does. Not silent: a taxonomy phrase said there still counts ("Manages the claims backlog").
  const duties = new Set<number>();
  const asking = new Set<number>();
  /** Every clause of the sentence of the token at `at` as duties: the sentence's tokens are one run, found from `at`. */
  const dutySentence = (at: number) => {
    const sentence = tokens[at]!.sentence;
    let from = at;
    while (from > 0 && tokens[from - 1]!.sentence === sentence) from--;
    for (let k = from; k < tokens.length && tokens[k]!.sentence === sentence; k++) duties.add(clause[k]!);
  };
  // notes-about-duty: in a profile's "About:" line the person describes the job in its -ing form ("About: Coordinating
  // subcontracted crews across four states - storm claims, re-roofs"): the whole sentence is the job, as a tenure's is.
  const profile = (c: number) => {
    const before = sameSentenceBefore(c);
    const first = firstOf.get(c)!;
    return before !== undefined && sizeOf.get(before) === 1 && tokens[first - 1]!.word === 'about' && text.slice(tokens[first - 1]!.end, tokens[first]!.start).includes(':');
  };
  // Not when it is said with a particle that makes another verb of it ("Running out of ...", "Heading into peak
  // season", "Covering for ..."); and where another clause of the sentence complains ("About: Managing a 40-run
  // kennel - the schedules are a mess"), only the duty's own clause is the job.
  const aboutDuty = (i: number) => /ing$/.test(tokens[i]!.word) && DUTY_STEMS.has(tokens[i]!.stem) && !NOT_A_DUTY_AFTER.has(tokens[i + 1]?.word ?? '');
  const complainsBeside = (c: number) => {
    const sentence = tokens[firstOf.get(c)!]!.sentence;
    for (let n = c + 1; firstOf.has(n) && tokens[firstOf.get(n)!]!.sentence === sentence; n++) if (complains(clauseStems(n))) return true;
    return false;
  };
  /** A product named in tokens from..to, not followed by the task it is to do ("a tool to schedule crews", "un outil
   * pour planifier"): a task said so is what the buyer works at, read as any clause is. */
  const wantsProduct = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (PRODUCTS.has(tokens[k]!.word)) return !PRODUCT_TASK.has(tokens[k + 1]?.word ?? '');
    return false;
  };
  const vendorQuestions = new Set<number>();
  /** Whether the words from `at` (before `end`, the clause's end) ask the vendor whether its product does something. */
  const asksTheVendor = (at: number, end: number) => {
    if (!ASK_VERBS.has(tokens[at]!.word)) return false;
    let k = at + 1;
    if (k < end && ASK_ONLY.has(tokens[k]!.word)) k++;
    const whether = tokens[k]?.word ?? '';
    if (k + 1 >= end) return false;
    return ASK_WHETHER_ROMANCE.has(whether) || (ASK_WHETHER_VENDOR.has(whether) && VENDOR_PRONOUNS.has(tokens[k + 1]!.word));
  };
  for (const [c, first] of firstOf) {
    let i = first;
    while (i < first + sizeOf.get(c)! - 1 && DUTY_SUBJECT.has(tokens[i]!.word)) i++;
    const next = i + 1 < first + sizeOf.get(c)! ? tokens[i + 1]!.word : '';
    if (profile(c) && aboutDuty(i)) {
      if (complainsBeside(c)) duties.add(c);
      else dutySentence(first);
    } else if (DUTIES.has(tokens[i]!.word)) duties.add(c);
    else if (asksTheVendor(i, first + sizeOf.get(c)!)) {
      // the prospect's own request as much as "asked if" is (read as a duty on a record in none of the personas)
      vendorQuestions.add(c);
      asking.add(c);
    } else if (ASKING.has(`${tokens[i]!.word} ${next}`)) asking.add(c);
    else if (WANTING.has(tokens[i]!.word) && wantsProduct(i + 1, first + sizeOf.get(c)!)) asking.add(c);
  }
  // notes-tenure: a clause that opens on a tenure ("Residential route tech, 2 years", "15 yrs in B2B media sales")
  // makes its sentence the person's profile: its words say the role and the trade, not a problem. Not "2 years
  // behind", "20 years old": only a tenure alone or followed by its field.
  // In every language a tenure may be counted in words ("acht Jahre", "tien jaar") and opened by a word placing it in
  // the past career ("Vorher zwölf Jahre Spedition", "Daarvoor zes jaar inkoop bij een ziekenhuis"): then
  // whatever follows is the field.
  // Review mend: only a career. A link needs its field or employer after it in the clause ("Two years in, routes are
  // still planned by hand", "Three years in a row", "Five years on and ..." are no career); a past word lets a field
  // follow with no link ("Previously 6 years delivery routes") but not "of" or "ago" ("Previously 2 years of routing by
  // hand", "Before 2 years ago"); and where a complaint is said in the tenure's clause or after it in the sentence
  // or a second clause opens after "and" (TENURE_CLAUSE_VERBS: "Drie jaar bij deze klant en de routes worden nog met de
  // hand gepland"), the sentence is no profile.
  for (const [c, first] of firstOf) {
    const size = sizeOf.get(c)!;
    const end = first + size;
    const past = TENURE_PAST.has(tokens[first]!.word) ? 1 : 0;
    const at = first + past;
    if (size < past + 2 || !(/^\d+$/.test(tokens[at]!.word) || TENURE_NUMBER.has(tokens[at]!.word)) || !TENURE_UNIT.has(tokens[at + 1]!.word)) continue;
    if (size > past + 2) {
      const next = tokens[at + 2]!.word;
      if (TENURE_BETWEEN_WORD.has(next)) {
        if (!tokens.slice(at + 4, end).some((t) => COORDINATING.has(t.word))) continue;
      } else if (TENURE_LINK.has(next)) {
        const field = at + 3 < end ? tokens[at + 3]!.word : '';
        if (!field || COORDINATING.has(field) || (field === 'a' && tokens[at + 4]?.word === 'row')) continue;
      } else if (!past || TENURE_NOT_FIELD.has(next) || COORDINATING.has(next)) continue;
    }
    if (complains(clauseStems(c)) || complainsBeside(c)) continue;
    let and = -1;
    for (let k = at + 3; k < end && and < 0; k++) if (COORDINATING.has(tokens[k]!.word)) and = k;
    if (and > 0 && tokens.slice(and + 1, end).some((t) => TENURE_CLAUSE_VERB.has(t.word))) continue;
    dutySentence(first);
  }
  // notes-former-job: a sentence that opens on a word placing what follows in the person's past career, with no tenure
  // counted ("Previously QA for a brewery", "Former county auditor", "Eerder boekhouder voor een waterschap"), names the
  // job the person had: silent to its end, even the taxonomy's own words (a regulator's name, a trade's word: the former
  // employer's, not the prospect's problem). Not where a subject, an article or a verb of the business's own past follows
  // the opener (FORMER_JOB_NOT_AFTER: "Previously we kept the rota on cards"), where the sentence says a copula or an
  // auxiliary (a clause of how things were: "Formerly the rota was chalked up weekly") or where it complains.
  for (const [c, first] of firstOf) {
    if (!FORMER_JOB_OPENER.has(tokens[first]!.word)) continue;
    const sentence = tokens[first]!.sentence;
    if (first > 0 && tokens[first - 1]!.sentence === sentence) continue;
    const next = tokens[first + 1];
    if (!next || next.sentence !== sentence || FORMER_JOB_NOT_AFTER_WORD.has(next.word)) continue;
    let end = first;
    while (end < tokens.length && tokens[end]!.sentence === sentence) end++;
    if (tokens.slice(first + 1, end).some((t) => TENURE_CLAUSE_VERB.has(t.word))) continue;
    let complaint = false;
    for (let n = c; firstOf.has(n) && tokens[firstOf.get(n)!]!.sentence === sentence; n++) if (complains(clauseStems(n))) complaint = true;
    if (complaint) continue;
    for (let n = c; firstOf.has(n) && tokens[firstOf.get(n)!]!.sentence === sentence; n++) silent.add(n);
  }
  // notes-credo: a clause that opens on what the person cares for (CREDO_OPENERS: "Passionate about tidy workshops", "I
  // love turning a sketch into a part", "Big believer in short meetings") is silent to the end of its sentence: a
  // profile's values, not a problem; even the taxonomy's own words there ("passionate about route planning") say
  // the person's interest. Not where the sentence complains ("Passionate about kayaks and fighting the endless
  // permit forms") or says a lack (CREDO_LACKING), nor a wish (CREDO_WISHES: "I like to ...", "I love the idea of
  // ..."). Its words still count in the ranking (`credos`): what the person cares for is what they read.
  const credos = new Set<number>();
  for (const [c, first] of firstOf) {
    const sentence = tokens[first]!.sentence;
    const end = first + sizeOf.get(c)!;
    let i = first;
    let subject = false;
    for (; i < end - 1 && CREDO_LEAD.has(tokens[i]!.word); i++) if (CREDO_SUBJECT.has(tokens[i]!.word)) subject = true;
    const at = (k: number) => tokens[k]?.sentence === sentence ? tokens[k]!.word : '';
    const opens =
      CREDO_OPENER.some((o) => o.every((w, k) => at(i + k) === w)) ||
      (subject && CREDO_AFTER.has(at(i)) && at(i + 1) !== '' && !CREDO_WISH.some((o) => o.every((w, k) => at(i + 1 + k) === w)));
    if (!opens) continue;
    const said: number[] = [];
    // What a colon opens is the matter said plainly ("Passionate about getting everyone home: trucks and people at the
    // portal ..."): the credo ends there.
    for (let n = c; firstOf.has(n) && tokens[firstOf.get(n)!]!.sentence === sentence; n++) {
      const k = firstOf.get(n)!;
      if (n > c && text.slice(tokens[k - 1]!.end, tokens[k]!.start).includes(':')) break;
      said.push(n);
    }
    if (said.some((n) => complains(clauseStems(n)))) continue;
    if (said.some((n) => tokens.slice(firstOf.get(n)!, firstOf.get(n)! + sizeOf.get(n)!).some((t) => CREDO_LACK.has(t.word)))) continue;
    for (const n of said) {
      silent.add(n);
      credos.add(n);
    }
  }
  // A profile's "About:" section pasted as the notes is read as notes: what the person says they work on
  // ("Currently: getting our packets out of binders") is often what hurts.
  const noPain = noPainGap || NO_PAIN_INDEX.any(stems) || requirementsOnly(text, tokens);
  return { clause, silent, heard, requirementFrom, noPain, duties, asking, vendorQuestions, reasons, cueWords, credos, guessWords: new Set<number>(), functionWords: functionWordsOf(tokens) };
}

const REQUIREMENTS_ONLY_INDEX = wordIndex(REQUIREMENTS_ONLY);
const REQUIREMENTS_ONLY_TAIL_INDEX = wordIndex(REQUIREMENTS_ONLY_TAILS);
/** A label or clause of its own saying the notes are requirements only: REQUIREMENTS_ONLY at a sentence's start or
 * after a colon or a dash, nothing after it in its sentence but a time (REQUIREMENTS_ONLY_TAILS). "The only
 * requirements are ..." and "meets requirements only partly" are not it. */
function requirementsOnly(text: string, tokens: readonly Token[]): boolean {
  const words = tokens.map((t) => t.word);
  for (const m of REQUIREMENTS_ONLY_INDEX.all(words)) {
    const first = tokens[m.start]!;
    const before = m.start > 0 ? tokens[m.start - 1]! : undefined;
    if (before && before.sentence === first.sentence && !/[:\-–—]/.test(text.slice(before.end, first.start))) continue;
    let end = m.end;
    while (end < tokens.length && tokens[end]!.sentence === first.sentence) end++;
    if (end === m.end) return true;
    const tail = REQUIREMENTS_ONLY_TAIL_INDEX.longestAt(words, m.end, end - m.end);
    if (tail && tail.length === end - m.end) return true;
  }
  return false;
}

/** Function words of each of the six languages (the `stopword` package's lists, accents off). */
const LANGUAGE_WORDS = [deu, fra, spa, ita, nld, [...por, ...porBr]].map((list) => new Set(list.map(fold)));
/** Each of those words with its languages, as bits of LANGUAGE_WORDS' order. */
const LANGUAGE_MASKS = new Map<string, number>();
LANGUAGE_WORDS.forEach((set, k) => {
  for (const w of set) LANGUAGE_MASKS.set(w, (LANGUAGE_MASKS.get(w) ?? 0) | (1 << k));
});

/** notes-sentence-language: the function words of each sentence's language. A sentence is in the language whose
 * function words it says more of than of English's (a word both have counts for neither: "also", "is"); one
 * that says none of any is in the language of the notes as a whole. Only there is a word of that language's
 * list a function word: "die", "tag", "bin" stay English words in an English sentence. */
/** A sentence (or notes) is in another language from this many of its function words: one alone ("per" of
 * "sale per location") is as often an English word. */
const MIN_FUNCTION_WORDS = 2;
export function functionWordsOf(tokens: readonly Token[]): Set<number> {
  // Each token's languages as bits of LANGUAGE_WORDS' order, looked up once; notes with no function word of
  // the six languages have none to mark.
  const masks = tokens.map((t) => LANGUAGE_MASKS.get(t.word) ?? 0);
  const out = new Set<number>();
  if (!masks.some(Boolean)) return out;
  const count = (from: number, to: number) => {
    const counts = LANGUAGE_WORDS.map(() => 0);
    let english = 0;
    for (let i = from; i < to; i++) {
      const mask = masks[i]!;
      if (isStopword(tokens[i]!.word)) english += mask ? 0 : 1;
      else for (let k = 0; k < counts.length; k++) if (mask & (1 << k)) counts[k]!++;
    }
    return { counts, english };
  };
  /** The languages a count says, as bits; undefined when it says none of any. */
  const languages = ({ counts, english }: ReturnType<typeof count>) => {
    const top = Math.max(...counts);
    return top >= MIN_FUNCTION_WORDS && top > english ? counts.reduce((bits, n, k) => (n === top ? bits | (1 << k) : bits), 0) : top === 0 && english === 0 ? undefined : 0;
  };
  // The sentences' counts, and the notes' as a whole their sum.
  const sentences: { from: number; to: number; said: ReturnType<typeof count> }[] = [];
  for (let from = 0; from < tokens.length; ) {
    let to = from;
    while (to < tokens.length && tokens[to]!.sentence === tokens[from]!.sentence) to++;
    sentences.push({ from, to, said: count(from, to) });
    from = to;
  }
  const total = { counts: LANGUAGE_WORDS.map((_, k) => sentences.reduce((n, s) => n + s.said.counts[k]!, 0)), english: sentences.reduce((n, s) => n + s.said.english, 0) };
  const whole = languages(total) ?? 0;
  for (const { from, to, said } of sentences) {
    const bits = languages(said) ?? whole;
    if (bits) for (let i = from; i < to; i++) if (masks[i]! & bits) out.add(i);
  }
  return out;
}

export interface ReadNotes {
  /** The notes without a transcript's seller turns (same offsets as the original). */
  notes: string;
  /** The notes as the industry readings read them: as `notes`, with the closing question of each seller's turn the
   * prospect's answer settles kept. */
  industry: string;
  tokens: Token[];
  reading: NoteReading;
}

/** French and Italian elide an article or preposition into the next word ("d'attente", "l'été",
 * "dell'ospite"): the word read is the one after the apostrophe, so "attente" is found as itself. */
const ELISION = /^(?:[cdjlmnst]|qu|dell|dall|all|nell|sull|un|quell)['’](?=\p{L}{3})/iu;
function withoutElision(t: Token, text: string): Token {
  const m = ELISION.exec(text.slice(t.start, t.end));
  if (!m) return t;
  const word = t.word.slice(m[0].length - 1);
  return { ...t, word, stem: stem(word), start: t.start + m[0].length, elision: m[0] };
}

/** Notes' tokens as the readings take them: an elided article off its word, a clipped word read whole. */
const noteTokens = (text: string): Token[] => splitSeveralWords(tokenize(text).map((t) => clippedCase(withoutElision(t, text), text)));

/** The notes read last, newest first: resolving a prospect reads its notes several times over, whole and
 * the first part of them (industries), for everyone and as its author's (pain points, the ranking's terms). */
const recent: { key: string; names?: LabelNames; read: ReadNotes }[] = [];
const RECENT_NOTES = 4;
/** Whether words of a note's label (as stems) say one of the taxonomy's own phrases; with `wholly`, whether every
 * word it marks lies in one of them. */
export type LabelNames = (stems: string[], wholly?: readonly boolean[]) => boolean;
/** Whether a turn of the notes is labelled with the prospect's first name ("Priya Shah:", "Priya:"). */
function speaksByName(raw: string, prospect: NotesAuthor): boolean {
  const first = prospect.name?.trim().split(/\s+/)[0];
  // Most notes never say the name: look for it before building the label's expression (read on every readNotes call).
  return !!first && first.length > 1 && raw.includes(first) && new RegExp(`(?:^|\\W)${first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b[^:\\n]{0,30}:`).test(raw);
}

const NEXT_STEP_LABEL = `(${[...NEXT_STEP_LABELS, ...NEXT_STEP_IF_PLAN].join('|')})`;
/** A label that heads a plan only when what follows reads as one. */
const NEXT_STEP_IF_PLAN_LABEL = new RegExp(`^(?:${NEXT_STEP_IF_PLAN.join('|')})$`, 'iu');
/** A line or item that reads as a plan: a plan's verb opening it, or after "to", "will" ("Priya to send the floor plan"). */
const NEXT_STEP_PLAN = new RegExp(`(?:^[\\s\\-*•–\\d.)]*|[;•]\\s*|\\b(?:to|will|'ll)\\s+)(?:${NEXT_STEP_PLAN_VERBS.join('|')})\\b`, 'iu');
/** A line opened by a next-steps label ("Next steps: send pricing", "• Action items:", "## Next steps", "Next steps -
 * send pricing", French "Prochaines étapes\u00a0:"), or such a label after a sentence's end on a line ("Went well.
 * Next steps: send pricing"); group 1 is the label, group 2 what follows it. The blanks before the colon are taken
 * once (a lookahead rescanning them read a label and a long run of blanks in quadratic time). */
const NEXT_STEP_LINE = new RegExp(`(?:^[ \\t]*(?:[-*•>#][ \\t]*)*|(?<=[.!?][ \\t]{1,4}))(?:\\*\\*)?${NEXT_STEP_LABEL}(?:\\*\\*)?[ \\t\\u00a0\\u202f]*(?::(?:\\*\\*)?|(?<=[ \\t])[-–—](?=[ \\t])|$)([^\\n]*)$`, 'gimu');
/** A list item under a label that stands alone on its line. */
const LIST_ITEM = /^[ \t]*(?:[-*•–]|\d{1,2}[.)])[ \t]+\S[^\n]*$/;
/** A next step that reports the prospect ("they must sort X first", "..., they said"): not the rep's plan. */
const NEXT_STEP_REPORT = new RegExp(`\\b(?:${NEXT_STEP_REPORTS.join('|')})\\b`, 'iu');

/** The spans of the notes that are the rep's own plans: a line opened by a next-steps label, and the list under such a
 * label standing alone ("Action items:\n- send the case study\n- book a demo", a blank line before the list allowed);
 * a line or item that reports the prospect ("they said", "they must"), or under "Follow-up:" or "To do:" one that
 * doesn't read as a plan, is left out. */
export function nextStepSpans(notes: string): { from: number; to: number }[] {
  const spans: { from: number; to: number }[] = [];
  for (const m of notes.matchAll(NEXT_STEP_LINE)) {
    const ifPlan = NEXT_STEP_IF_PLAN_LABEL.test(m[1]!);
    const leftOut = (text: string) => NEXT_STEP_REPORT.test(text) || (ifPlan && !NEXT_STEP_PLAN.test(text));
    const rest = m[2]!.replace(/\*/g, '').trim();
    if (rest && leftOut(rest)) continue;
    let from = m.index!;
    let to = from + m[0].length;
    if (!rest)
      for (let next = to + 1, items = 0; next < notes.length; ) {
        const end = notes.indexOf('\n', next) < 0 ? notes.length : notes.indexOf('\n', next);
        const line = notes.slice(next, end);
        if (!items && !line.trim()) {
          next = end + 1;
          continue;
        }
        if (!LIST_ITEM.test(line)) break;
        items++;
        if (leftOut(line)) {
          spans.push({ from, to });
          from = to = end + 1;
        } else to = end;
        next = end + 1;
      }
    if (to > from) spans.push({ from, to });
  }
  return spans;
}

/** A rep's note that disowns what the record before it puts in the prospect's mouth: an opening seller label ("[Rep
 * note:", "Rep:", "SDR -", a name the notes give the seller elsewhere: "Jess (rep):", "Tom:" after "Tom (rep)") and,
 * within the note, the point said to be the rep's own ("my point, not the client's", "not raised by them", "they never
 * mentioned it"; not "they didn't say that it is urgent", whose "that" opens a clause). Auto-generated recaps attribute
 * the rep's questions to the customer; the rep's correction is the later word. The phrase must come within 160
 * characters of the label: further on, a long note has moved on to its own points and what it disowns is no longer the
 * record before it. Group 1: the note up to the phrase, whose last words may name the point ("pricing not raised by
 * them"); group 2: the phrase. */
const DISOWNING_LABELS = SELLER_LABELS.filter((w) => w.length > 1 && !['me', 'us', 'we', 'host', 'sales'].includes(w));
const disowningNote = (labels: string) =>
  new RegExp(
    `(?:^|[\\[(\\n])[ \\t]*(?:${labels})(?:['’]s)?(?:[ \\t]+notes?)?[ \\t]*[:–—-]([^\\])\\n]{0,160}?)\\b(not (?:raised|mentioned|brought up) by (?:them|him|her|the customer|the prospect|the client)|(?:my|our|the rep['’]?s) (?:own )?(?:question|point|suggestion|idea|words?),? not (?:theirs|his|hers|the customer['’]?s|the client['’]?s)|they (?:did ?n['’]?o?t|didnt|never) (?:raise[ds]?|mention(?:ed|s)?|br(?:ing|ings|ought) up|say|says|said) (?:it|that|this)(?=[ \\t]*(?:[.,;:!?)\\]\\n–—-]|$)))`,
    'giu',
  );
const DISOWNING_NOTE = disowningNote(DISOWNING_LABELS.join('|'));
const POINT_ABBREVIATION = new Set(POINT_ABBREVIATIONS);
const POINT_LEADING = new Set(POINT_ABBREVIATIONS_LEADING);
const POINT_TITLE = new Set(POINT_TITLES);
/** The words a disowning note's point comes after: "owner liked the demo but pricing" names pricing. */
const POINT_OPENER = new Set([...CLAUSE_OPENERS, ...COORDINATING_AND, ...POINT_OPENERS]);
const GUESSING = new Set(GUESSING_WORDS);
const DISOWNED_GENERIC_WORDS = new Set(DISOWNED_GENERIC);
/** How many sentences back a note that names its point looks for the sentence that says it. */
const DISOWNED_REACH = 3;

/** Where the sentences of `text` start, in order (0 first): after a stop, a ';' or a line break, as `sentences` (text.ts)
 * splits, but not after a point inside a number ("3.5"), after "e.g." and its like, nor after an abbreviation or a
 * single letter before what does not open a sentence: a lower-case word or a digit ("approx. 3", "No. 3"), and for a
 * title or an initial a name ("Dr. Smith", "St. Albans", "J. Smith"). "etc. The customer", "40 min. The",
 * "Plan B. The customer" end a sentence. */
function sentenceStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(/[.!?;](?=\s)|\n/g)) {
    if (m[0] === '.') {
      const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, m.index - 12), m.index))?.[1]?.toLowerCase() ?? '';
      const last = word.replace(/^.*\./, '');
      const abbreviation = POINT_ABBREVIATION.has(word) || POINT_ABBREVIATION.has(last);
      if (word.length === 1 || abbreviation) {
        if (POINT_LEADING.has(word) || POINT_LEADING.has(last)) continue;
        const next = /^\s*(\p{L}+)/u.exec(text.slice(m.index + 1, m.index + 40))?.[1] ?? '';
        if (!/^\p{Lu}/u.test(next)) continue;
        if ((word.length === 1 || POINT_TITLE.has(word)) && !isStopword(next.toLowerCase())) continue;
      }
    }
    starts.push(m.index + 1);
  }
  return starts;
}

/** The spans of the notes a rep's note disowns. A note that names no point ("[Rep: NOT raised by them - I asked]")
 * disowns the sentence just before it, which then names no pain. A note that names its point ("recruitment was my
 * question, not theirs", "owner liked the demo but pricing not raised by them") disowns that point: the nearest of the
 * few sentences before it that holds the point's head noun (its last content word: "time savings" needs "savings"),
 * only the clauses there that hold it (`topic`: the head's stem), and the note's own words for it; a point no sentence
 * before it says disowns nothing there. `namedOnly`: only the notes a name the notes give the seller labels ("Jess
 * (rep): not raised by them"), and of those not one that asks or guesses ("Jess: they never say it, right?"), for
 * reading a transcript whose seller's turns are still in place. */
export function disownedSpans(notes: string, namedOnly = false): { from: number; to: number; topic?: Set<string> }[] {
  const spans: { from: number; to: number; topic?: Set<string> }[] = [];
  // The names the notes give the seller ("Call - Jess (rep) / Dale", "AE=Tom)") label a rep's note as well.
  // Both expressions need a ")" (as in findSellerTurns, tried only where the notes hold one).
  const names = new Set<string>();
  if (notes.includes(')')) {
    for (const m of notes.matchAll(SELLER_NAMED)) if (SELLER.has(m[2]!.toLowerCase())) names.add(m[1]!);
    for (const m of notes.matchAll(SELLER_IS)) names.add(m[1]!);
  }
  if (namedOnly && !names.size) return spans;
  const nameLabels = [...names].map((n) => `${n}(?:[ \\t]?\\([A-Za-z]{1,12}\\))?`);
  const pattern = namedOnly ? disowningNote(nameLabels.join('|')) : names.size ? disowningNote([...DISOWNING_LABELS, ...nameLabels].join('|')) : DISOWNING_NOTE;
  for (const m of notes.matchAll(pattern)) {
    const before = notes.slice(0, m.index!).replace(/\s+$/, '');
    const pre = m[1]!;
    const preAt = m.index! + m[0].length - m[2]!.length - pre.length;
    if (namedOnly) {
      // A seller's spoken turn that asks or guesses ("they never say it, right?") corrects no record.
      const turn = notes.slice(m.index!, notes.indexOf('\n', m.index! + 1) < 0 ? notes.length : notes.indexOf('\n', m.index! + 1));
      if (turn.includes('?') || tokenize(turn).some((t) => GUESSING.has(t.word))) continue;
    }
    // The note's point: its words after the last stop, comma or clause opener before the phrase ("owner liked the demo
    // but pricing"), a copula off ("recruitment was").
    const stop = Math.max(...[...pre.matchAll(/[.!?;,:–—]|\s-\s/g)].map((c) => c.index + c[0].length), 0);
    const opener = [...pre.slice(stop).matchAll(/\p{L}+/gu)].filter((w) => POINT_OPENER.has(w[0].toLowerCase())).pop();
    const cut = opener ? stop + opener.index + opener[0].length : stop;
    const point = pre.slice(cut).replace(/\b(?:was|were|is|are|all)\s*$/i, '');
    const head = tokenize(point).filter((t) => t.word.length > 2 && !isStopword(t.word) && !DISOWNED_GENERIC_WORDS.has(t.word)).pop();
    if (!before) continue;
    const starts = sentenceStarts(before);
    const sentence = (k: number) => ({ from: starts[k]!, to: k + 1 < starts.length ? starts[k + 1]! : before.length });
    if (!head) {
      const last = sentence(starts.length - 1);
      if (before.slice(last.from, last.to).trim()) spans.push(last);
      continue;
    }
    const topic = new Set([head.stem]);
    // The note's own words for the point name no pain either ("pricing not raised by them").
    spans.push({ from: preAt + cut, to: m.index! + m[0].length });
    for (let k = starts.length - 1; k >= Math.max(0, starts.length - DISOWNED_REACH); k--) {
      const s = sentence(k);
      if (tokenize(before.slice(s.from, s.to)).some((t) => topic.has(t.stem))) {
        spans.push({ ...s, topic });
        break;
      }
    }
  }
  return spans;
}

/** The record's makers: the seller's labels of two letters or more that name a person of the seller's side (not "me",
 * "we", "us", "host", "sales": a prospect's own words; not "vendor", a transcript's label only, and in a note the prospect's
 * supplier) and the tool's automation words. */
const RECORD_MAKER_WORDS = new Set([...SELLER_LABELS.filter((w) => w.length > 1 && !['me', 'us', 'we', 'host', 'sales', 'vendor'].includes(w)), ...RECORD_MAKERS]);
const RECORD_VERB_WORDS = new Set(RECORD_VERBS);
/** A verb of making a record anywhere in the notes, in any case: a clause withoutRecordMaking blanks holds one as a
 * word of its own (its letters as written, lowercased), so notes without it are returned unread (a word test first). */
const RECORD_VERB_WORD = new RegExp(RECORD_VERBS.join('|'), 'i');
const RECORD_VERB_LEAD_WORDS = new Set(RECORD_VERB_LEADS);
/** Words that make a clause the prospect's own: a possessive or a person's pronoun ("our reps typed every order"). */
const OWNED = new Set(['our', 'their', 'my', 'his', 'her', 'we', 'they', 'i', 'he', 'she', 'them', 'us', 'your', 'you']);
/** A short clause between marks of a record's note (a line's or sentence's start, a bracket, a colon, a comma). */
const RECORD_CLAUSE = /[^\n.!?;:,()[\]]+/g;

/** Whether a clause at `from`..`to` of the notes stands as a label: it ends in a colon or a comma ("SDR typed:", "rep typed
 * from call,"), stands in brackets ("(thread logged via integration)", "[call, auto-generated]") or is a line of its own. */
function labelShaped(notes: string, from: number, to: number): boolean {
  const after = notes.slice(to).match(/^[ \t]*(.?)/)![1];
  if (after === ':' || after === ',') return true;
  const lineStart = notes.lastIndexOf('\n', from - 1) + 1;
  const head = notes.slice(lineStart, from);
  if ((after === ')' || after === ']') && /[([]/.test(head)) return true;
  return !head.trim() && /^\.?[ \t]*(?:\n|$)/.test(notes.slice(to));
}

/** The notes without the clauses in which the rep or the tool labels the record (same length, so offsets hold):
 * "BDR typed: he said", "rep typed after the call,", "(email thread synced by the integration)", "Auto-imported: 51-200
 * employees", "chat message copied in by rep:". A label-shaped clause of at most six words with a record's maker (a seller's
 * label or an automation word, alone or joined by a hyphen) and a verb of making a record with nothing after it but how, by
 * whom or when, and no possessive or person's pronoun. "The integration logged errors all week", "Sync copied duplicates
 * into the CRM," and "AI-generated invoices are wrong" say what went wrong and stay. */
export function withoutRecordMaking(notes: string): string {
  if (!RECORD_VERB_WORD.test(notes)) return notes;
  return notes.replace(RECORD_CLAUSE, (clause: string, at: number) => {
    const words = clause.toLowerCase().split(/[\s/]+/).filter(Boolean);
    if (!words.length || words.length > 6 || words.some((w) => OWNED.has(w))) return clause;
    if (!words.flatMap((w) => w.split('-')).some((w) => RECORD_MAKER_WORDS.has(w))) return clause;
    const verb = words.findIndex((w) => w.split('-').some((p) => RECORD_VERB_WORDS.has(p)));
    if (verb < 0 || (verb + 1 < words.length && !RECORD_VERB_LEAD_WORDS.has(words[verb + 1]!))) return clause;
    return labelShaped(notes, at, at + clause.length) ? clause.replace(/[^\n]/g, ' ') : clause;
  });
}

/** The words of the prospect's name as notes' tokens read them, titles of address left out ("Frau Anna Berg": anna,
 * berg); a bracketed part or a company after a dash is not the name. */
const prospectNameWords = (name: string): Set<string> =>
  new Set(normalise(name.replace(/\([^)]*\)|\s[-–—]\s.*$/g, ' ')).split(/[^a-z0-9]+/).filter((w) => w.length >= 2 && !ADDRESS_TITLES.has(w) && !SUBJECT_PRONOUNS.has(w)));

/** Notes tokenised and read clause by clause; the last few notes read are remembered. `names` keeps a label that
 * says one of the taxonomy's phrases ("Missed calls:") when the taxonomy is at hand. */
export function readNotes(raw: string, prospect: NotesAuthor = {}, names?: LabelNames): ReadNotes {
  // Read the same for everyone unless the prospect's own quoted message is kept or the prospect speaks under their name
  // in a transcript (the common case shares one reading).
  const keep = keepsQuote(raw, prospect);
  const named = speaksByName(raw, prospect);
  // The prospect's name words settle a German or Dutch reported view ("Anna findet, dass"): read per name there.
  const bySayer = !!prospect.name && /\b(?:dass|dat)\b/i.test(raw);
  const key = keep || named || bySayer ? `${prospect.name ?? ''}\u0000${prospect.title ?? ''}\u0000${named ? (prospect.company ?? '') : ''}\u0000${keep}\u0000${raw}` : raw;
  const known = recent.find((r) => r.key === key && r.names === names);
  if (known) return known.read;
  const mailless = withoutMailHeaders(raw, keep ? prospect : {});
  // The seller's turns, found once: blanked below, and their closing questions read against the answers after them.
  const turns = sellerTurns(mailless, named ? prospect : {});
  const cleaned = (text: string) => withoutRecordMaking(withoutGrowNouns(withoutCommitteeRemits(withoutOwnMeeting(withoutMediumLabels(text, names), names), names)));
  const blanked = withoutSellerTurns(mailless, {}, turns);
  const notes = cleaned(blanked);
  // The cleaning passes run a second time only where a seller's question is kept (review mend).
  const asked = turns.length ? withoutSellerTurns(mailless, {}, turns, true) : blanked;
  const industry = asked !== blanked ? cleaned(asked) : notes;
  const tokens = noteTokens(notes);
  const reading = readClauses(notes, tokens, names);
  // A guess the prospect turns down names no pain (its words stay for everything else), nor a transcript's seller
  // question the prospect's next turn turns down.
  const denied = guessesTurnedDown(notes, tokens, sellerQuestions(mailless, turns), bySayer ? prospectNameWords(prospect.name!) : undefined);
  if (denied.length) tokens.forEach((t, i) => denied.some((d) => t.start >= d.from && t.end <= d.to) && reading.silent.add(reading.clause[i]!));
  // Review mend: the words of a guess the rep marks unchecked ("maybe X too (not mentioned)") neither confirm nor deny
  // it, so they rule out no pain the prospect states elsewhere in the notes (`guessWords`).
  for (const d of denied) if (d.unchecked) tokens.forEach((t, i) => t.start >= d.from && t.end <= d.to && reading.guessWords.add(i));
  // Review mend: a guess that opens after an "and" inside its clause ("the diesel bill doubled and maybe ... -
  // unconfirmed") leaves the firm words before the "and" heard.
  for (const d of denied) {
    const first = tokens.findIndex((t) => t.start >= d.from);
    if (first < 1 || !COORDINATING.has(tokens[first - 1]!.word) || reading.clause[first - 1] !== reading.clause[first]) continue;
    const c = reading.clause[first]!;
    let a = first - 1;
    while (a > 0 && reading.clause[a - 1] === c) a--;
    if (a < first - 1) reading.heard.set(c, [...(reading.heard.get(c) ?? []), [a, first - 1]]);
  }
  // A sentence a rep's note disowns ("[Rep: not raised by them]") names no pain.
  // Read on the notes as read, and where the seller's turns are still there for a note a seller's name labels ("Jess
  // (rep): not raised by them"), when blanking kept every offset; not for a seller's turn under "Rep:".
  const disowned = [...disownedSpans(notes), ...(mailless.length === notes.length ? disownedSpans(mailless, true) : [])];
  for (const d of disowned) {
    const inside = tokens.map((t, i) => (t.start >= d.from && t.end <= d.to ? i : -1)).filter((i) => i >= 0);
    // A note that names its point silences only the clauses that say it ("cancellations and groomer recruitment").
    const said = d.topic ? new Set(inside.filter((i) => d.topic!.has(tokens[i]!.stem)).map((i) => reading.clause[i]!)) : undefined;
    for (const i of inside) if (!said || said.has(reading.clause[i]!)) reading.silent.add(reading.clause[i]!);
    // Of two topics an "and" joins ("cancellations and groomer recruitment"), the one the note does not name stays heard.
    for (const c of said ?? []) {
      const parts: [number, number][] = [];
      const of = inside.filter((i) => reading.clause[i] === c);
      let from = of[0]!;
      for (const i of [...of, of[of.length - 1]! + 1]) {
        if (i <= of[of.length - 1]! && !COORDINATING.has(tokens[i]!.word)) continue;
        if (i > from) parts.push([from, i]);
        from = i + 1;
      }
      const other = parts.filter(([a, b]) => !tokens.slice(a, b).some((t) => d.topic!.has(t.stem)));
      if (parts.length >= 2 && other.length < parts.length && other.length) reading.heard.set(c, [...(reading.heard.get(c) ?? []), ...other]);
    }
  }
  // The rep's own next steps ("Next steps: mail the brochure") name what the rep will send or do: no pain.
  const plans = nextStepSpans(notes);
  if (plans.length) {
    reading.plans = new Set();
    tokens.forEach((t, i) => plans.some((d) => t.start >= d.from && t.end <= d.to) && reading.plans!.add(reading.clause[i]!));
  }
  const read = { notes, industry, tokens, reading };
  recent.unshift({ key, names, read });
  recent.length = Math.min(recent.length, RECENT_NOTES);
  return read;
}

/** At most this many words of the notes are taken to the ranking. */
const MAX_TERMS = 200;

/** Stems of the content words of the notes that may name a problem: not the seller's turns of a
 * transcript, not a settled clause or a requirement; once each. */
export function noteTerms(raw: string | undefined, stemOf: (t: Token, tokens: readonly Token[]) => string = noteStem, prospect: NotesAuthor = {}, names?: LabelNames): string[] {
  if (!raw?.trim()) return [];
  const { tokens, reading } = readNotes(raw, prospect, names);
  if (reading.noPain) return [];
  return contentTerms(tokens, reading, stemOf);
}

/** The stems of the content words of clauses not silent (settled, requirements), once each, up to MAX_TERMS; none of
 * `unless`. */
function contentTerms(tokens: readonly Token[], reading: NoteReading, stemOf: (t: Token, tokens: readonly Token[]) => string, unless?: ReadonlySet<string>): string[] {
  const out = new Set<string>();
  // Another language's idioms as their English words ("in Rente" retirement, where "Rente" alone is the pension).
  const idioms: string[] = tokens.map(() => '\u0000');
  readIdioms(tokens, idioms);
  tokens.forEach((t, i) => {
    if (out.size >= MAX_TERMS || t.word.length <= 2 || isStopword(t.word) || /\d/.test(t.word) || (reading.silent.has(reading.clause[i]!) && !reading.credos?.has(reading.clause[i]!))) return;
    const idiom = idioms[i]!;
    if (idiom === '') return;
    const s = idiom !== '\u0000' ? idiom : stemOf(t, tokens);
    if (!unless?.has(s)) out.add(s);
  });
  return [...out];
}

/** Whether the prospect's answer to a seller's turn denies the topic it names: a plain no ("nah, that's fine"; a no that
 * goes on to complain in its sentence does not), a settled clause ("that part works"), no problem at all, or not having
 * the thing asked of ("we don't have a fleet"). */
function answerDenies(answer: string): boolean {
  const said = answer.replace(/^[^:\-–—]{0,40}[:\-–—]\s*/, '');
  const tokens = tokenize(said);
  if (!tokens.length) return false;
  const stems = tokens.map((t) => t.stem);
  const words = tokens.map((t) => t.word);
  const no = ANSWER_NO_SET.has(words[0]!) ? 1 : ANSWER_NO_SET.has(words.slice(0, 2).join(' ')) ? 2 : 0;
  const sentence = tokens.filter((t) => t.sentence === tokens[0]!.sentence).slice(no).map((t) => t.stem);
  // A refusal ("we're all set there", "I'll pass", "we outsource that", "please don't, ADP handles that") that does not
  // go on to complain in its sentence.
  const refused = (ANSWER_REFUSED_OPENING.test(said) || ANSWER_REFUSED_INDEX.any(sentence)) && !COMPLAINT_INDEX.any(sentence);
  return (no > 0 && !COMPLAINT_INDEX.any(sentence)) || refused || settledCues(said, tokens, stems).length > 0 || NO_PAIN_INDEX.any(stems) || ANSWER_NOT_HAD_INDEX.any(stems);
}

/** Stems of the content words of a transcript's seller turns (the rep's questions and summaries), once each, for the
 * ranking only, never for pains: the rep names the prospect's topic in the vendor's words ("so the route changes?").
 * None from a turn the prospect's answer denies, from the rep's own settled or requirement clauses, from a word the
 * prospect's own settled clauses use ("routes are fine"), nor when the notes say there is no pain at all. */
export function sellerTerms(raw: string | undefined, stemOf: (t: Token, tokens: readonly Token[]) => string = noteStem, prospect: NotesAuthor = {}, names?: LabelNames): string[] {
  if (!raw?.trim()) return [];
  // Most notes are no transcript: find the seller's turns first and read nothing more when there are none.
  const mail = withoutMailHeaders(raw, keepsQuote(raw, prospect) ? prospect : {});
  const all = sellerTurns(mail, speaksByName(raw, prospect) ? prospect : {});
  if (!all.length) return [];
  const own = readNotes(raw, prospect, names);
  if (own.reading.noPain) return [];
  const turns = all.filter((t) => !answerDenies(t.reply));
  if (!turns.length) return [];
  const denied = new Set<string>();
  own.tokens.forEach((t, i) => {
    if (own.reading.silent.has(own.reading.clause[i]!)) denied.add(stemOf(t, own.tokens));
  });
  // The seller's turns alone, at their own offsets (everything else blanked), read clause by clause as the notes are.
  let text = '';
  let from = 0;
  for (const t of turns) {
    const label = /^[^:\-–—\n]{0,40}[:\-–—]/.exec(mail.slice(t.at, t.end))?.[0].length ?? 0;
    text += mail.slice(from, t.at + label).replace(/[^\n]/g, ' ') + mail.slice(t.at + label, t.end);
    from = t.end;
  }
  text += mail.slice(from).replace(/[^\n]/g, ' ');
  const tokens = noteTokens(text);
  return contentTerms(tokens, readClauses(text, tokens), stemOf, denied);
}

const LINKS = new Set(OF_LINKS);
/** Function words of the six languages (the `stopword` package's lists, accents off): never a noun of a
 * chain ("met de kassa" is "with the till", not a till of "met"). */
const FUNCTION_WORDS = new Set([...deu, ...fra, ...spa, ...ita, ...nld, ...por, ...porBr].map((w) => w.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()));
const LINK_ARTICLES = new Set(OF_ARTICLES);
/** notes-relational-adjective: a French, Spanish, Italian or Portuguese adjective made from a noun, which English
 * says as the noun before the other ("coût énergétique" energy cost, "gestione documentale" document management,
 * "costes operacionales" operation costs). Its endings: -ique/-ico/-ica (and -isch, German's), -al/-ale/-ais,
 * -el/-elle. Words under seven letters are not read so ("local", "final", "total", "normal"). */
const RELATIONAL_ADJECTIVE = /(?:ique|ico|ica|ici|iche|isch|ische)s?$|(?:al|ale|ali|ales|ais|el|elle|els|elles|eis)$/;
const RELATIONAL_MIN_LENGTH = 7;
export function isRelationalAdjective(word: string): boolean {
  return word.length >= RELATIONAL_MIN_LENGTH && RELATIONAL_ADJECTIVE.test(word);
}

/** The nouns a relational adjective may come from, most likely first, in the adjective's language: its ending
 * off, and the noun endings of the six languages put on ("energetique" energie, energia, energy; "documentale"
 * document; "professionnel" profession), after English's own "-al" adjective ("digitale" digital). The caller keeps one the library or the knowledge reads. */
export function relationalNouns(word: string): string[] {
  if (!isRelationalAdjective(word)) return [];
  const out: string[] = [];
  const base = word.replace(/(?:et)?(?:ique|ico|ica|ici|iche|isch|ische)s?$/, '');
  if (base !== word) for (const end of ['ie', 'ia', 'y', 'ics', '']) out.push(base + end);
  const root = word.replace(/(?:al|ale|ali|ales|ais|el|elle|els|elles|eis)$/, '');
  // English's own adjective first where it has one ("digitale" digital, "professionnel" professional).
  if (root !== word) for (const w of [`${root.replace(/(.)\1$/, '$1')}al`, root, root.replace(/(.)\1$/, '$1'), `${root}e`, `${root}o`]) out.push(w);
  return [...new Set(out)].filter((w) => w.length >= 4 && w !== word);
}

/** What may stand between two words of one phrase: spaces, and an elided article or "of" ("d'", "l'", "dell'"). */
const PLAIN_GAP = /^\s+(?:(?:d|l|dell|dall|nell)['’])?$/i;
/** The most nouns one "X de Y de Z" chain is read over. */
const MAX_CHAIN = 4;

/** Another order of some of the notes' words, as English stems: tokens start..end (end exclusive) read as `stems`. */
export interface WordOrder {
  start: number;
  end: number;
  stems: string[];
}

/** The English orders a chain of nouns joined by "of" may be said in: "X de Y" as "Y X" or "X of Y", the
 * modifier (everything after the first noun) read the same way first: "démarques de fin de saison" as
 * "season end markdowns", "end of season markdowns", "markdowns of season end", "markdowns of end of season". */
function chainOrders(nodes: readonly string[]): string[][] {
  if (nodes.length === 1) return [[nodes[0]!]];
  const out: string[][] = [];
  for (const rest of chainOrders(nodes.slice(1))) out.push([...rest, nodes[0]!], [nodes[0]!, 'of', ...rest]);
  return out;
}

/** The notes' words in the order English says them, where another language's differs: a French, Spanish,
 * Italian or Portuguese "X de Y" (also "du", "della", "do", "de la", "d'") as "Y X" and "X of Y", and a
 * German or Dutch compound (`noteCompound`) as its parts in order ("Einheitspreise" unit prices). `stems`
 * are the tokens' stems as read in English; a word joined must be a content word of the same sentence. */
export function otherWordOrders(text: string, tokens: readonly Token[], stems: readonly string[]): WordOrder[] {
  const out: WordOrder[] = [];
  const content = (i: number) => {
    const t = tokens[i];
    return !!t && !!stems[i] && t.word.length > 2 && !isStopword(t.word) && !LINKS.has(t.word) && !FUNCTION_WORDS.has(t.word) && !/\d/.test(t.word);
  };
  const plain = (a: number, b: number) => {
    if (tokens[a]!.sentence !== tokens[b]!.sentence) return false;
    const from = tokens[a]!.end;
    const to = tokens[b]!.start;
    // One space, the gap between most words, is plain: not cut out to be tested.
    return (to - from === 1 && text.charCodeAt(from) === 32) || PLAIN_GAP.test(text.slice(from, to));
  };
  /** The noun joined to the one at i by "of", or undefined. */
  const joined = (i: number): number | undefined => {
    let k = i + 1;
    if (k >= tokens.length || !plain(i, k)) return undefined;
    // An elided "d'" before the next word: "liste d'attente".
    if (/d['’]$/i.test(text.slice(tokens[i]!.end, tokens[k]!.start))) return content(k) ? k : undefined;
    if (!LINKS.has(tokens[k]!.word)) return undefined;
    if (k + 1 < tokens.length && LINK_ARTICLES.has(tokens[k + 1]!.word) && plain(k, k + 1)) k++;
    return k + 1 < tokens.length && plain(k, k + 1) && content(k + 1) ? k + 1 : undefined;
  };
  for (let i = 0; i < tokens.length; i++) {
    if (!content(i)) continue;
    const nodes = [i];
    for (let next = joined(i); next !== undefined && nodes.length < MAX_CHAIN; next = joined(next)) nodes.push(next);
    for (let a = 0; a < nodes.length - 1; a++)
      for (let b = a + 2; b <= nodes.length; b++)
        for (const order of chainOrders(nodes.slice(a, b).map((n) => stems[n]!))) out.push({ start: nodes[a]!, end: nodes[b - 1]! + 1, stems: order });
    // Read each chain once: on from its last noun, which starts the next chain when this one was cut at MAX_CHAIN.
    if (nodes.length > 1) i = nodes[nodes.length - 1]! - 1;
    // A noun and the relational adjective after it, read as the adjective's noun first: "coût énergétique".
    const next = i + 1;
    if (nodes.length === 1 && content(next) && plain(i, next) && !isRelationalAdjective(tokens[i]!.word) && isRelationalAdjective(tokens[next]!.word))
      out.push({ start: i, end: next + 1, stems: [stems[next]!, stems[i]!] });
  }
  tokens.forEach((t, i) => {
    if (t.word.length < 7 || !stems[i]) return;
    const parts = noteCompound(t.word);
    if (parts) out.push({ start: i, end: i + 1, stems: parts.map(stem) });
  });
  return out;
}

/** notes-fixed-expressions: WordNet's fixed expressions of two words ("part time", "fall short", "run short";
 * collocation-table.generated.ts), as "stem stem", read once on first use. */
let collocations: Set<string> | undefined;
const fixedExpressions = (): Set<string> => (collocations ??= new Set(COLLOCATION_TABLE.split('\n')));

/** Words of the notes said inside a fixed expression of the language ("part time" is about hours, not parts;
 * "lose track" is forgetting, not tracking): two neighbouring words of one sentence that WordNet lists as one
 * expression. Each of them that is a word of the library's pain names (`aliasWord`) has its stem blanked in
 * place, so it names nothing alone; their positions are returned. An expression `kept` says (the library's or
 * the pain knowledge's own phrases use it: "break down") still stands. One look-up per pair of words. */
export function readFixedExpressions(tokens: readonly Token[], stems: string[], kept: (pair: string) => boolean, aliasWord: (stem: string) => boolean): Set<number> {
  const table = fixedExpressions();
  const blanked = new Set<number>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i]!;
    const b = tokens[i + 1]!;
    if (a.sentence !== b.sentence) continue;
    const pair = `${a.stem} ${b.stem}`;
    if (!table.has(pair) || kept(pair)) continue;
    for (const k of [i, i + 1])
      if (aliasWord(tokens[k]!.stem)) {
        stems[k] = '';
        blanked.add(k);
      }
    i++;
  }
  return blanked;
}

/** A person's name and the role said beside it: "Tanya (ops mgr)", "Ray, owner.", "Wenna T. (ops mgr)" (the surname's
 * initial captured); on a deal's notes an initial alone, "B. (ops mgr)", never the last letter of an abbreviation
 * ("the U.K. (slip crew)", "Port Ondrey D.C. (owner)": no dot before the initial). */
const ROLE_AFTER_NAME = /(?<![\p{L}'’-])(\p{Lu}(?:\p{Ll}+|['’](?=\p{Lu}))(?:-?\p{Lu}\p{Ll}+)*|(?<!\.)\p{Lu}\.(?= ?\())(?: (\p{Lu})\.)? ?\(([\p{L}.&/' -]{2,40}?)\)|(?<![\p{L}'’-])(\p{Lu}(?:\p{Ll}+|['’](?=\p{Lu}))(?:-?\p{Lu}\p{Ll}+)*), ([\p{L}.&/' -]{2,40}?)(?=[.;:!?\n]|$| \()/gu;
/** A name said by its initial alone ("J. (owner)"): on a deal's notes, whose contact is anyone named. */
const INITIAL = /^\p{Lu}\.$/u;
/** The stems of the English words the lexicon reads other languages' words as ("plan", "order"), and of the
 * words of work its tables know: a capitalised one of them before an initial is a word, not a given name. */
let lexiconStems: { edition: number; stems: Set<string> } | undefined;
function isLexiconWord(word: string): boolean {
  if (lexiconStems?.edition !== currentLexiconEdition()) {
    const stems = new Set(tableEnglishStems());
    for (const table of [WORDS, NOTE_WORDS, NOTE_PROBLEM_WORDS, INDUSTRY_WORDS, PHRASES, NOTE_PHRASES, INDUSTRY_PHRASES])
      for (const english of Object.values(table)) for (const w of english.split(/\s+/)) if (w) stems.add(stem(w));
    lexiconStems = { edition: currentLexiconEdition(), stems };
  }
  return lexiconStems.stems.has(stem(fold(word)));
}
/** A verb of meeting or calling said before a name ("Met", "Called", "Emailed"). */
const isContactVerb = (word: string): boolean => CONTACT_VERBS.has(fold(word));
/** Whether a lower-case content word (not a function word nor a verb of meeting) comes right before `at`: "plan Q.",
 * "option J."; not "with K.", "met K.". */
function afterContentWord(notes: string, at: number): boolean {
  const before = notes.slice(Math.max(0, at - 30), at).match(/(\p{Ll}+) $/u)?.[1];
  if (before === undefined) return false;
  const w = fold(before);
  return !isStopword(w) && !FUNCTION_WORDS.has(w) && !NEGATIONS.has(w) && !isContactVerb(before) && !TITLE_LINKS.has(w);
}
/** A name of parts ("Pell-Tolhurst", "O'Tolhurst", "McTolhurst") whose last part is a name. */
const isFullName = (w: string): boolean => isName(w) || isName(w.match(/\p{Lu}\p{Ll}+$/u)?.[0] ?? '');
/** A role said after a comma is a list, not a title, when it names another person ("Jane Roe, Tom Baird and the
 * owner"), says "and the", or runs longer than a title does. */
const listNotTitle = (role: string): boolean => {
  const said = role.split(/\s+/);
  return said.length > 6 || /\band the\b/i.test(role) || said.some((w, i) => i > 0 && isName(w) && isName(said[i - 1]!));
};
/** Words of a person's name that are no part of how the notes call them: honorifics before ("Dr.", "Ms.") and
 * generation suffixes after ("Jr.", "III"). */
const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
/** The short words between a given name and a surname ("van der", "de la", "dos"). */
const NAME_PARTICLES = ['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'das', 'dos', 'du', 'le', 'la', 'ten', 'ter', 'zu', 'y', 'e', 'bin', 'al'];
/** A role noun right before a person's name: "owner Mike", "Owner (Gary)", "Owner Ray:"; the noun in lower case, or
 * opening a sentence or a clause (a capitalised noun inside a sentence is a German noun: "im Vorstand März"). */
const ROLE_BEFORE_NAME = /(?<=(^|[.!?:;,(\n]\s*|\s))(\p{L}[\p{L}&-]*) (?=\(?(\p{Lu}\p{Ll}+)\b(?!['’]))/gu;
/** Verbs of meeting, calling or writing a rep logs before a name with the subject left out ("Met Tom", "Rang Ana"),
 * in the six languages: never a role. */
const CONTACT_VERBS = new Set(
  `met meet meeting saw seen spoke speak talked talk called call rang ring phoned emailed mailed texted pinged told asked
  visited thanked cc bcc via traf sprach rief anrufen getroffen rencontre vu appele parle vi llame hable visto chiamato
  parlato incontrato gesproken gebeld ontmoet liguei falei encontrei`.split(/\s+/).filter(Boolean),
);
/** A word before a comma that is an activity, not a person ("Topics: Pricing, finance."). */
const GERUND = /^\p{Lu}\p{Ll}{3,}ing$/u;
/** A role that ends on a past-tense verb is a sentence ("Jobber, owner decided."), not a title. */
const SAID_VERB = /\p{Ll}{3,}ed$/u;
/** The only function words a title says ("Director of Operations", "Jefe de Ventas"): a role with another ("(requirement
 * from IT)", "Kein Verleih, keine Werkstatt") is a sentence, not a title. */
const TITLE_LINKS = new Set(['of', 'and', 'the', ...OF_LINKS, ...OF_ARTICLES]);
/** English's negations, which its stop word list keeps out ("Ben, not the owner"). */
const NEGATIONS = new Set(['no', 'not', 'never']);
const saysOnlyTitleWords = (role: string) =>
  role.split(/\s+/).map(fold).every((w) => TITLE_LINKS.has(w) || (!isStopword(w) && !FUNCTION_WORDS.has(w) && !NEGATIONS.has(w)));

/** The roles the notes give a person by name, in the order said: after the name ("Tanya (ops mgr)", "Ray, owner") or
 * the noun right before it ("owner Mike", "Owner (Gary)"). `name`, when given, keeps only the roles of the person of
 * that first name. Not the seller's ("Rep (Jane)"), nor another's by a possessive ("the owner's wife Sue"). */
export function rolesNamed(notes: string, name?: string): { name: string; role: string }[] {
  // "Dr. Wenna Tolhurst Jr.": the honorific and the suffix are no part of the name.
  if (name !== undefined) {
    const kept = name.trim().split(/\s+/);
    while (kept.length > 1 && HONORIFICS.has(fold(kept[0]!).replace(/\.$/, ''))) kept.shift();
    while (kept.length > 1 && NAME_SUFFIXES.has(fold(kept[kept.length - 1]!).replace(/[.,]+$/, ''))) kept.pop();
    name = kept.join(' ').replace(/,$/, '');
  }
  // "Ruiz, Ana": the first name is the part after the comma.
  const first = (name?.includes(',') ? name.slice(name.indexOf(',') + 1) : name)?.trim().split(/\s+/)[0]?.toLowerCase();
  // The surname: the part before the comma of "Tolhurst, Wenna", else the last of two words or more ("Wenna Tolhurst").
  const parts = (name?.includes(',') ? name.slice(0, name.indexOf(',')) : name)?.trim().split(/\s+/) ?? [];
  const surname = name?.includes(',') || parts.length > 1 ? fold(parts[parts.length - 1] ?? '') : undefined;
  // "Tolhurst, Wenna (buyer)" in the notes is read as "Wenna  Tolhurst (buyer)" (the same length, so positions stand).
  if (first !== undefined && surname)
    notes = notes.replace(/(?<![\p{L}])(\p{Lu}\p{Ll}+), (\p{Lu}\p{Ll}+)(?![\p{L}])/gu, (m, last: string, given: string) =>
      fold(last) === surname && fold(given) === first ? `${given}  ${last}` : m,
    );
  // The surname said after the first name is the person: "Wenna Tolhurst (buyer)", "Wenna J. Tolhurst, buyer",
  // "Wenna van der Tolhurst", "Wenna Ruiz Tolhurst": up to three words between, each an initial, a particle or a word
  // of the record's own name.
  const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const between = [...NAME_PARTICLES, ...parts.slice(name?.includes(',') ? 0 : 1, -1).map(fold)].map(escape).join('|');
  const person = (said: string, at: number) =>
    first !== undefined && surname && fold(said) === surname && new RegExp(`(?<![\\p{L}])${escape(fold(first))}\\s+(?:(?:\\p{L}\\.?|${between})\\s+){0,3}$`, 'iu').test(fold(notes.slice(Math.max(0, at - 60), at)))
      ? first
      : said;
  // Anyone's role (a deal's notes, whose contact is whoever they speak of): not the signature under a sign-off.
  if (first === undefined) notes = withoutSignatures(notes);
  const out: { at: number; name: string; role: string }[] = [];
  for (const m of notes.matchAll(ROLE_AFTER_NAME)) {
    const role = (m[3] ?? m[5]!).trim();
    let said = m[1] ?? m[4]!;
    const initial = m[2];
    if (m[5] !== undefined && listNotTitle(role)) continue;
    // "Plan Q. (yard lead)", "Met K. (owner)": a word of the lexicon or a verb before an initial is no given name; after
    // a verb of meeting the initial alone is the person (a deal's notes), after any other word the letter is none.
    if (initial !== undefined && !INITIAL.test(said) && (isLexiconWord(said) || isContactVerb(said))) {
      if (first !== undefined || !isContactVerb(said)) continue;
      said = `${initial}.`;
    }
    // "plan Q. (yard lead)", "option J. (owner)": an initial alone right after a lower-case content word is a letter.
    if (INITIAL.test(said) && afterContentWord(notes, m.index)) continue;
    // A person's record: the initial after the first name is their surname's ("Wenna Q." is not Wenna Tolhurst).
    if (initial !== undefined && surname && fold(initial) !== surname[0]) continue;
    if ((isFullName(said) || (first === undefined && INITIAL.test(said))) && !GERUND.test(said) && !SAID_VERB.test(role) && saysOnlyTitleWords(role)) out.push({ at: m.index, name: person(said, m.index), role });
  }
  for (const m of notes.matchAll(ROLE_BEFORE_NAME)) {
    const [, lead, role, said] = m as unknown as [string, string, string, string];
    const opens = lead.trim() !== '' || m.index === 0;
    // Not a verb of meeting or speaking, nor a function word, before the name ("Met Tom", "Spoke to Tom").
    if (CONTACT_VERBS.has(fold(role)) || SAID_VERB.test(role) || !saysOnlyTitleWords(role)) continue;
    if (isName(said) && (/^\p{Ll}/u.test(role) || opens)) out.push({ at: m.index + role.length + 1, name: said, role });
  }
  // Anyone's role: not one said in a clause about someone other than the buyer (a competitor's rep, a contact who
  // left); one said in a clause naming the buyer ("Signer is ...") comes before the others.
  const clause = (at: number) => {
    const start = Math.max(...['.', ';', '!', '?', '\n'].map((d) => notes.lastIndexOf(d, at - 1))) + 1;
    const ends = ['. ', '.\n', ';', '!', '?', '\n'].map((d) => notes.indexOf(d, at)).filter((i) => i >= 0);
    return notes.slice(start, ends.length ? Math.min(...ends) : notes.length);
  };
  const buyer = (r: { at: number }) => (first === undefined && BUYER_CLAUSE.test(clause(r.at)) ? 0 : 1);
  return out
    .filter((r) => !SELLER.has(r.name.toLowerCase()) && (first === undefined ? !OTHER_PARTY_CLAUSE.test(clause(r.at)) : r.name.toLowerCase() === first))
    .sort((a, b) => buyer(a) - buyer(b) || a.at - b.at)
    .map(({ name, role }) => ({ name, role }));
}
/** A clause about someone who is not the buyer: a competitor or its rep ("their rep", "competing with"), a contact who
 * left or no longer works there ("former", "old contact", "no longer"), in the six languages. Not "left a voicemail". */
const OTHER_PARTY_CLAUSE =
  /\b(?:their rep|compet(?:itor|itors|ing|ition)|rival|former|ex-|previous contact|old contact|no longer|left(?!\s+(?:a|an|us a|the|voicemail|vm|message|note|word|feedback|comments?|details)\b)|has quit|ehemalig\w*|nicht mehr|Wettbewerb\w*|Konkurren\w*|ancien(?:ne)?|n['’]est plus|a quitté|concurren\w*|antigu[oa]|ya no|competencia|competidor\w*|voormalig\w*|niet meer|concurrent\w*|non (?:è|lavora) più|concorrent\w*)\b/iu;
/** A clause naming the buyer, whose role is the deal's contact's: "Signer is ...", "economic buyer", "DM". */
const BUYER_CLAUSE = /\b(?:[Ss]igner|[Ss]ignatory|[Bb]uyer|[Dd]ecision[- ]maker|DM|EB|Entscheider\w*|décideur\w*|decisor\w*|beslisser\w*|decisore\w*)\b/u;
/** A mail's sign-off line ("Best,", "Regards,", "--", "Viele Grüße"), in the six languages: the lines after it, up to
 * a blank line, are the writer's signature, often the seller's own ("Corvin Ash, Account Executive"). */
const SIGN_OFF =
  /^[ \t]*(?:--+|(?:best|best regards|best wishes|kind regards|warm regards|regards|thanks|thank you|many thanks|cheers|sincerely|yours|(?:mit )?(?:freundlichen|viele|beste|liebe) grüße|grüße|gruß|lg|cordialement|bien à vous|bien cordialement|merci|saludos|un saludo|atentamente|gracias|met vriendelijke groet(?:en)?|groeten|groet|cordiali saluti|saluti|grazie|distinti saluti)[ \t]*[,!.]?)[ \t]*\r?$/gimu;
/** The notes with every signature blanked (the lines after a sign-off up to a blank line, at most four), in place. */
export function withoutSignatures(notes: string): string {
  let out = notes;
  for (const m of notes.matchAll(SIGN_OFF)) {
    let at = m.index + m[0].length;
    for (let lines = 0; lines < 4 && at < notes.length; lines++) {
      const end = notes.indexOf('\n', at + 1);
      const line = notes.slice(at, end < 0 ? notes.length : end);
      if (!line.trim()) break;
      out = out.slice(0, at) + line.replace(/[^\n]/g, ' ') + out.slice(at + line.length);
      if (end < 0) break;
      at = end;
    }
  }
  return out;
}

/** A pasted mail's sender line that gives the sender's role: "From: Dana Reyes, Head of Casting, Acme Ltd",
 * "Von: Jan Wessel | Geschäftsführer | Wessel GmbH", "De : Luc Morel <luc@exemple.fr>, Directeur". The name (one to
 * three capitalised words, an address in angle brackets after it), then the role up to the next comma, bar or
 * bracket; what follows (the company) is kept apart. Not a quoted line ("> From: ..."): an earlier message of the
 * thread, often the seller's own. */
const SENDER_LINE =
  /^[ \t]*(?:from|von|de|van|da)[ \t]*:[ \t]*(\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,2})[ \t]*(?:<[^>\n]*>)?[ \t]*[,|–—][ \t]*([^\n,|(<>]{2,60}?)[ \t]*(?:[,|(–—][ \t]*([^\n]*))?$/gimu;

/** The role a pasted mail's sender line gives the sender, when the sender is the prospect (notes-sender-role): the
 * line names the record's person (the first word of `name`) or, on a record whose name is a deal's ("Acme - renewal"),
 * the record's company by a word of its own. The seller's label ("From: Rep, ...") and a line naming another company
 * or person are someone else's: a third person on copy, or the rep. */
export function senderRole(notes: string, prospect: { name?: string; company?: string; source?: { recordType?: string } }): string | undefined {
  const folded = (s: string) => s.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length >= 3 && !isStopword(w));
  // "Dr. Dana Reyes": an honorific names no one, on the record or on the line.
  const given = (s: string) => s.trim().split(/\s+/).map((w) => w.toLowerCase()).filter((w) => !HONORIFICS.has(w.replace(/\.$/, '')));
  const first = prospect.name === undefined ? undefined : given(prospect.name.includes(',') ? prospect.name.slice(prospect.name.indexOf(',') + 1) : prospect.name)[0];
  const company = folded(prospect.company ?? '').filter((w) => !COMPANY_FORMS.has(w));
  // The company's own name, not a trade word any supplier shares ("Solutions", "Foundry"): its leading word.
  const own = company.find((w) => !TRADE_WORDS.has(w)) ?? company[0];
  // The company matches only on a deal's record (or one naming no person): on a contact's, a colleague's mail from the
  // same company is the colleague's role.
  const kind = prospect.source?.recordType?.toLowerCase() ?? '';
  const byCompany = /deal|opportunit/.test(kind) || (prospect.name ?? '').trim() === '' || / [-–—] /.test(prospect.name ?? '');
  for (const m of notes.matchAll(SENDER_LINE)) {
    const [, person, role, rest] = m as unknown as [string, string, string, string | undefined];
    const names = given(person);
    if (names.some((w) => SELLER.has(w)) || !saysOnlyTitleWords(role.trim())) continue;
    // "From: Dana Reyes, Bluefin Marketing": the company, not a role.
    if (folded(role).some((w) => company.includes(w))) continue;
    const theirs = (first !== undefined && names[0] === first) || (byCompany && own !== undefined && !!rest && folded(rest).includes(own));
    if (theirs) return role.trim();
  }
  return undefined;
}
/** Honorifics before a name, which name no one ("Dr.", "Mr.", "Ms."). */
const HONORIFICS = new Set(['dr', 'mr', 'mrs', 'ms', 'miss', 'mx', 'prof', 'sir', 'herr', 'frau', 'mme', 'mlle', 'sr', 'sra']);
/** Trade words any company of the trade may carry, which name none of them ("Solutions", "Supply"). */
const TRADE_WORDS = new Set(['solutions', 'software', 'systems', 'services', 'service', 'supply', 'supplies', 'group', 'partners', 'technologies', 'technology', 'tech', 'consulting', 'industries', 'international', 'global', 'enterprises', 'foundry', 'marketing', 'labs', 'digital', 'media', 'works', 'trading', 'products', 'associates']);
/** A company's legal form (own-company.ts LEGAL_FORMS) and the words of a name that say only what kind of company it
 * is ("Company", "Holdings", "SARL"): they name no company. */
const COMPANY_FORMS = new Set([...LEGAL_FORMS, 'company', 'group', 'holdings', 'sarl']);
