// Text into comparable tokens: lower case, accents off, "&" read as "and", words stemmed (Porter,
// the `stemmer` package) so "approvals", "approval" and "approve" meet.
import { stemmer } from 'stemmer';
import { eng as ENGLISH_STOPWORDS } from 'stopword';

/** Longer text is cut here: enough for any CRM note; keeps the cost of 1 MB of notes bounded. */
export const MAX_TEXT_CHARS = 20_000;

const STOP = new Set([...ENGLISH_STOPWORDS, 'the', 'a', 'of', 'and', 'in', 'to', 'for', 'on', 'at', 'with', 'our', 'we', 'is', 'are', 'be']);

const stemCache = new Map<string, string>();

/** British "-isation", "-ise", "-iser", "-ising" ("Localisation Manager", "Organisational Development"): after a
 * consonant only (not "appraiser", "cruise"), and not where "-ise" is no suffix ("advise", "supervise", "enterprise",
 * "exercise", "franchise", "merchandise", "promise", "practise"). */
const BRITISH_ISE = /(?<=[a-z]{2}[b-df-hj-np-tv-z](?<!adv|superv|surpr|compr|comprom|prom|desp|exerc|franch|merchand|enterpr|prem|prec|conc|rev|dev|improv|telev|incis|parad|treat|pract))is(e|es|ed|er|ers|ing|ations?|ational)$/;
/** A word in the "-ization" spelling where it has the British "-isation" ("organisations": "organizations"), for
 * readings that look words up before they are stemmed. */
export const izeSpelling = (word: string): string => word.replace(BRITISH_ISE, 'iz$1');

/** British spellings that Porter stems apart from the American ones, as the American ones: "-isation", "-ise"
 * ("utilisation", "organised"; after a consonant, not where "-ise" is no suffix: "advise", "enterprise"), "-yse"
 * ("analysed"), "-our" ("labour", "favourite"), "-re" ("centre", "fibres"), "-ogue" ("catalogued"), "-ence" of a noun whose
 * verb is "-ense" ("defence"; not "licence", measured: docs/matching.md), "programme", "-ae-" and "-oe-" of medicine ("paediatric", "haematology"), "tyre",
 * "jewellery", "aluminium", "mould", "plough". Doubled consonants ("travelling", "cancelled") Porter already meets. */
const BRITISH_SPELLINGS: [RegExp, string][] = [
  [BRITISH_ISE, 'iz$1'],
  [/^(anal|paral|catal|dial|electrol|hydrol)ys(e|es|ed|er|ers|ing)$/, '$1yz$2'],
  [/^(colo|labo|favo|behavio|hono|harbo|neighbo|rumo|vapo|flavo|humo|savo|endeavo|odo|armo|parlo|tumo|vigo)ur/, '$1r'],
  [/^(cent|theat|fib|calib|lit|met|kilomet|millimet|centimet|meag|somb|lust|spect)re(s|d)?$/, '$1er$2'],
  [/^(catal|dial|anal|prol|epil|monol)ogu(e|es|ed|ing)$/, '$1og$2'],
  [/^(defen|offen|preten)ce(s|d)?$/, '$1se$2'],
  [/^programme(s|d)?$/, 'program$1'],
  [/^(p|orthop|gyn|enc)aed/, '$1ed'],
  [/^(h|an|leuk|isch|septic)aem/, '$1em'],
  [/^anaes/, 'anes'],
  [/^oe(soph|dem|str)/, 'e$1'],
  [/^foet/, 'fet'],
  [/^practis/, 'practic'],
  [/^tyre(s)?$/, 'tire$1'],
  [/^jewellery$/, 'jewelry'],
  [/^aluminium$/, 'aluminum'],
  [/^mould/, 'mold'],
  [/^plough/, 'plow'],
];

/** A word in the American spelling where it has a British one ("labour" "labor", "centres" "centers"). */
export function americanSpelling(word: string): string {
  if (word.length < 4) return word;
  for (const [from, to] of BRITISH_SPELLINGS) if (from.test(word)) return word.replace(from, to);
  return word;
}

/** Words whose final "s" is no plural ending (`stem`). */
const UNINFLECTED_S = new Set(['news', 'lens']);
/** The adjective "positive" and its forms, stemmed apart from "position" (`stem`). */
const POSITIVE = new Set(['positive', 'positives', 'positively']);

/** Agent nouns that Porter takes back to their verb though they name a person, not the verb's matter: a reporter (a
 * court's or a paper's) is no report, and "two reporters off sick" says nothing of reporting (sixty-sixth round). Read so
 * only where a pain's topic is matched (`topicStem`): an industry's or a title's name keeps the stem ("court reporting
 * firm" and "Official Reporter" are the same trade). */
const AGENT_NOUNS = new Set(['reporter', 'reporters']);
/** The stem a word is matched with against the topics of pains (knowledge/pains.ts): its own word for an agent noun. */
export function topicStem(t: { word: string; stem: string }): string {
  return AGENT_NOUNS.has(t.word) ? t.word : t.stem;
}

/** The Porter stem, remembered: the same words recur in every prospect. */
export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = word.length <= 3 ? word : stemmer(americanSpelling(word));
    // A noun in "-us" keeps its "s" (Porter2's rule), so "campus" meets "campuses", "status" "statuses" (Porter
    // stems them "campu", "campus"); not adjectives in "-ous", which Porter stems alike already.
    if (word.length > 4 && /[^o]us$/.test(word) && s.endsWith('u')) s = `${s}s`;
    // Nouns that end in "s" in the singular and are no plural of the word before it: "news" is not "new" ("the news from
    // head office" is no new hire), "lens" not "len".
    if (UNINFLECTED_S.has(word)) s = word;
    // Sixty-ninth round: "positive" is no "position" (Porter stems both "posit"): "the dome air reads positive"
    // names no open post.
    if (POSITIVE.has(word)) s = 'positiv';
    if (stemCache.size < 50_000) stemCache.set(word, s);
  }
  return s;
}

/** Lower case, no accents, "&" as "and", apostrophes dropped ("can't" -> "cant"), punctuation as space. */
export function normalise(text: string): string {
  const cut = text.length > MAX_TEXT_CHARS ? text.slice(0, MAX_TEXT_CHARS) : text;
  // Plain ASCII, most text: no accents to take off.
  const base = /^[\x00-\x7f]*$/.test(cut) ? cut : cut.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return base
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]s\b/g, '')
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}+#]+/gu, ' ')
    .trim();
}

/** Words of the text, normalised (not stemmed): `normalise(text).split(' ')`, in one pass over plain
 * ASCII text (the search index reads every title and description of the library this way). */
export function words(text: string): string[] {
  const cut = text.length > MAX_TEXT_CHARS ? text.slice(0, MAX_TEXT_CHARS) : text;
  if (!/^[\x00-\x7f]*$/.test(cut)) {
    const n = normalise(cut);
    return n ? n.split(' ') : [];
  }
  const out: string[] = [];
  // A word is sliced out whole (no string built a character at a time), then lower-cased and cleared
  // of apostrophes only when it has them.
  let start = -1;
  let upper = false;
  let quote = false;
  const end = (at: number) => {
    if (start < 0) return;
    let w = cut.slice(start, at);
    if (upper) w = w.toLowerCase();
    // "company's" is "company"; "can't" is "cant".
    if (quote) {
      // \b sees an underscore after the word as part of it, as normalise does.
      const underscore = cut.charCodeAt(at) === 95;
      w = `${w}${underscore ? '_' : ''}`.replace(/'s\b/g, '').replace(/['`]/g, '');
      if (underscore) w = w.slice(0, -1);
    }
    if (w) out.push(w);
    start = -1;
    upper = false;
    quote = false;
  };
  for (let i = 0; i < cut.length; i++) {
    const c = cut.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 35) {
      if (start < 0) start = i;
    } else if (c >= 65 && c <= 90) {
      if (start < 0) start = i;
      upper = true;
    } else if (c === 39 || c === 96) {
      if (start < 0) start = i;
      quote = true;
    } else {
      end(i);
      if (c === 38) out.push('and');
    }
  }
  end(cut.length);
  return out;
}

/** Stems of every word, in order, stop words kept (phrases like "by hand" need them). */
export function stems(text: string): string[] {
  return words(text).map(stem);
}

export const isStopword = (word: string): boolean => STOP.has(word);

/** Stems of the content words only, for comparing labels and building search terms. */
export function contentStems(text: string): string[] {
  return words(text)
    .filter((w) => !STOP.has(w))
    .map(stem);
}

/** Sentences, so a qualifier ("takes weeks") only counts near what it qualifies. */
export function sentences(text: string): string[] {
  return text
    .slice(0, MAX_TEXT_CHARS)
    .split(/(?<=[.!?;])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export interface Token {
  /** Normalised word (lower case, no accents or apostrophes). */
  word: string;
  stem: string;
  /** Offsets in the original text, to quote what matched. */
  start: number;
  end: number;
  /** Index of the sentence the word is in. */
  sentence: number;
  /** The article or preposition elided before the word, as written ("l'", "dell'"), where the notes took it off. */
  elision?: string;
  /** Written with a capital where the notes hold a clipped word ("Reno" the city, not "reno" a renovation): a name,
   * not the clipping (set by the notes' reading, notes.ts). */
  capital?: true;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’+#]*|&|[.!?;\n]/gu;

/** Whether the full stop at `at` closes a name's initial: one capital letter, alone as a word, before the stop, and a
 * word in small letters after it ("K. said", not "Plan B. Then" or "the U.S. market"). */
function initialBefore(text: string, at: number): boolean {
  return /(?:^|[\s(\[,;:"'“‘])\p{Lu}$/u.test(text.slice(Math.max(0, at - 2), at)) && /^[ \t]+\p{Ll}/u.test(text.slice(at + 1, at + 4));
}

/** Words of a text with where they are, sentence by sentence; stops after MAX_TEXT_CHARS. */
export function tokenize(text: string): Token[] {
  const source = text.length > MAX_TEXT_CHARS ? text.slice(0, MAX_TEXT_CHARS) : text;
  const out: Token[] = [];
  let sentence = 0;
  for (const m of source.matchAll(TOKEN)) {
    const raw = m[0];
    if (raw === '.' || raw === '!' || raw === '?' || raw === ';' || raw === '\n') {
      // An initial standing for a name ("K. said no, the app is fine", "per J. the vans are new"): its full stop ends no
      // sentence where the next word is written small, so what that person said stays in one sentence with them.
      if (raw === '.' && initialBefore(source, m.index)) continue;
      sentence++;
      continue;
    }
    const plain = raw === '&' ? 'and' : /^[\x00-\x7f]*$/.test(raw) ? raw : raw.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
    const word = plain.toLowerCase().replace(/['’]/g, '');
    if (!word) continue;
    out.push({ word, stem: stem(word), start: m.index, end: m.index + raw.length, sentence });
  }
  return out;
}

/** Light normalisation for job titles and industry names: plurals off, no stemming ("developer" stays
 * apart from "development"). */
export function lightWord(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is')) return word.slice(0, -1);
  return word;
}
