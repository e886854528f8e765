// A library's taxonomy prepared for matching, once per library: every label and alias normalised the
// way prospects' text will be, indexed by first word, and linked to the built-in general knowledge
// (functions for personas, sectors for industries, problem concepts for pain points).
import { TAXONOMY_KINDS, type PackAsset, type Taxonomy, type TaxonomyEntry, type TaxonomyKind } from '../model';
import { CLIPPED_STEMS, NO_SECTOR_NAMES, SECTORS } from './knowledge/industries';
import { FILLERS } from './knowledge/lexicon';
import { ADMINISTERED_PEOPLE_WORDS, CONCEPTS, GENERIC_TASK_WORDS, REKEYING_NAMES } from './knowledge/pains';
import { BUSINESS_ABBREVIATIONS, COORDINATING_AND } from './knowledge/cues';
import {
  FOREIGN_TITLE_PHRASES,
  TITLE_OPENING_PHRASES,
  TITLE_OPENING_AFTER,
  FOREIGN_TITLE_WORDS,
  CLIPPED_TITLE_WORDS,
  FUNCTION_MODIFIER_WORDS,
  FUNCTION_PARENTS,
  FUNCTIONS,
  GENERIC_TITLE_WORDS,
  HEAD_ELSEWHERE,
  PLACE_FUNCTIONS,
  PLACE_ROLES,
  RANK_PHRASES,
  SECTOR_ABBREVIATIONS,
  LICENCE_TITLES,
  SENIORITY,
  TRADE_QUALIFIERS,
  SOLE_RANK_TITLES,
  TITLE_ABBREVIATIONS,
  TITLE_PHRASES,
  HEAD_OF_SERVICE,
  CARE_HOME,
  WORKPLACE_RANKS,
  WORKPLACES,
  BRANCH_PLACES,
  WORKER_FUNCTION_WORDS,
  OWN_TRADE_WORKER_WORDS,
  WORKER_DESKS,
} from './knowledge/titles';
import { MEMO_LIMIT, compound, currentLexiconEdition, englishWords, feminine, noteStem, sharedExact, sharedPhraseAt, sharedWord, singular, splitElision } from './lexicon';
import type { RelatedWords } from './related-words';
import { ENGLISH_FUNCTION_WORDS, isClosedWord } from './knowledge/function-words';
import { americanSpelling, contentStems, isStopword, lightWord, normalise, stem, tokenize, topicStem, words } from './text';
import { ownValue } from '../own';

/** Finds phrases (word sequences) in a sequence of words, indexed by their first word. */
export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, { seq: string[]; value: T }[]>();

  add(seq: readonly string[], value: T): void {
    if (seq.length === 0) return;
    const list = this.byFirst.get(seq[0]!) ?? [];
    list.push({ seq: [...seq], value });
    list.sort((a, b) => b.seq.length - a.seq.length);
    this.byFirst.set(seq[0]!, list);
  }

  /** Every phrase starting at each position (longest first), overlaps allowed. An array, not a generator:
   * this runs on every word of every prospect's notes, and a generator's resumptions cost more than the
   * list (most texts hold few phrases). */
  all(words: readonly string[]): { start: number; end: number; value: T }[] {
    const out: { start: number; end: number; value: T }[] = [];
    for (let i = 0; i < words.length; i++) {
      const candidates = this.byFirst.get(words[i]!);
      if (!candidates) continue;
      for (const c of candidates) if (this.matchesAt(words, i, c.seq)) out.push({ start: i, end: i + c.seq.length, value: c.value });
    }
    return out;
  }

  /** Whether any phrase is said in the words: `all(words).length > 0`, stopping at the first. */
  any(words: readonly string[]): boolean {
    for (let i = 0; i < words.length; i++) {
      const candidates = this.byFirst.get(words[i]!);
      if (candidates) for (const c of candidates) if (this.matchesAt(words, i, c.seq)) return true;
    }
    return false;
  }

  /** The longest phrase of at most `within` words starting at position i, as `greedy` of the words from i
   * would find first, without looking for phrases further on. */
  longestAt(words: readonly string[], i: number, within: number): { length: number; value: T } | undefined {
    const candidates = this.byFirst.get(words[i]!);
    if (candidates) for (const c of candidates) if (c.seq.length <= within && this.matchesAt(words, i, c.seq)) return { length: c.seq.length, value: c.value };
    return undefined;
  }

  private matchesAt(words: readonly string[], i: number, seq: readonly string[]): boolean {
    if (i + seq.length > words.length) return false;
    for (let j = 1; j < seq.length; j++) if (words[i + j] !== seq[j]) return false;
    return true;
  }

  /** Phrases whose words appear in order with at most `slack` other words between them in all, within
   * one group (sentence) of `groups`. */
  *near(words: readonly string[], groups: readonly number[], slack: number): Generator<{ start: number; end: number; value: T }> {
    for (let i = 0; i < words.length; i++) {
      const candidates = this.byFirst.get(words[i]!);
      if (!candidates) continue;
      for (const c of candidates) {
        let at = i;
        let skipped = 0;
        let ok = true;
        for (let j = 1; j < c.seq.length && ok; j++) {
          let k = at + 1;
          while (k < words.length && words[k] !== c.seq[j] && groups[k] === groups[i] && skipped <= slack) {
            k++;
            skipped++;
          }
          if (k >= words.length || words[k] !== c.seq[j] || groups[k] !== groups[i] || skipped > slack) ok = false;
          else at = k;
        }
        if (ok) yield { start: i, end: at + 1, value: c.value };
      }
    }
  }

  /** Longest phrases first, not overlapping: "sales operations" wins over "operations". */
  greedy(words: readonly string[]): { start: number; end: number; value: T }[] {
    const out: { start: number; end: number; value: T }[] = [];
    let i = 0;
    while (i < words.length) {
      const candidates = this.byFirst.get(words[i]!);
      let found: { start: number; end: number; value: T } | undefined;
      if (candidates)
        for (const c of candidates) {
          if (i + c.seq.length > words.length) continue;
          if (c.seq.every((w, j) => words[i + j] === w)) {
            found = { start: i, end: i + c.seq.length, value: c.value };
            break;
          }
        }
      if (found) {
        out.push(found);
        i = found.end;
      } else i++;
    }
    return out;
  }
}

export const FILLER = new Set(['of', 'the', 'and', 'for', 'a', 'an', 'to', 'in', 'at', 'on']);
/** Words persona labels use for "the people in": not part of what a title must say. */
const ROLE_WORDS = new Set(['team', 'leader', 'leadership', 'executive', 'people', 'staff', 'persona', 'buyer', 'role']);

const TITLE_PHRASE_INDEX = new PhraseIndex<string>();
for (const [phrase, english] of Object.entries(FOREIGN_TITLE_PHRASES)) TITLE_PHRASE_INDEX.add(phrase.split(' '), english);
/** Romance words for "technical" that are nouns when they open the title ("Técnico PRL", a technician). */
const TECHNICIAN_FIRST = new Set(['tecnico', 'tecnica', 'technique']);

/** Words of film, video and sound beside which a "montage" is an editing (titleLexicon). */
const FILM_WORDS = new Set(['video', 'videos', 'film', 'films', 'schnitt', 'son', 'image', 'images', 'post', 'postproduction', 'cinema', 'kino', 'tv', 'television', 'fernsehen', 'audiovisuel', 'audiovisuelle', 'bild', 'ton']);

/** FOREIGN_TITLE_WORDS as a map of its own entries, made once: a title's word is looked up in it several times. */
const TITLE_WORD_MAP = new Map(Object.entries(FOREIGN_TITLE_WORDS));
const titleWordOf = (word: string): string | undefined => TITLE_WORD_MAP.get(word);
/** TITLE_ABBREVIATIONS and CLIPPED_STEMS as maps of their own entries, made once: read for every word of a
 * title or an industry. */
const TITLE_ABBREVIATION_MAP = new Map(Object.entries(TITLE_ABBREVIATIONS));
const CLIPPED_STEM_MAP = new Map(Object.entries(CLIPPED_STEMS));

/** CLIPPED_TITLE_WORDS as a map, made once: read as written, or with a plain plural "s" ("Resp. Appros"), never
 * through the other plural or feminine endings ("compte", "approx"). */
const CLIPPED_TITLE_WORD_MAP = new Map(Object.entries(CLIPPED_TITLE_WORDS));
const clippedTitleWord = (word: string): string | undefined =>
  CLIPPED_TITLE_WORD_MAP.get(word) ?? (word.endsWith('s') ? CLIPPED_TITLE_WORD_MAP.get(word.slice(0, -1)) : undefined);

/** A word of the title lexicon, its feminine form ("-in", "-a", "-rice"...) or its plural taken off; a clipping
 * (CLIPPED_TITLE_WORDS) only as written or with a plain "s". */
function foreignTitleWord(word: string): string | undefined {
  return (
    clippedTitleWord(word) ??
    titleWordOf(word) ??
    feminine(word, titleWordOf) ??
    singular(word, titleWordOf) ??
    (lightWord(word) !== word ? titleWordOf(lightWord(word)) : undefined)
  );
}

/** A word of the title lexicon, else of the shared one, as written: how a compound's parts are read in a title. */
const titlePart = (word: string): string | undefined => titleWordOf(word) ?? sharedExact(word);

/** The endings of a German person's noun after "Fach-": a doctor's "-arzt"/"-ärztin", an agent's "-er"/"-erin", "-ist"/
 * "-istin", "-wirt"/"-wirtin", and their plurals ("Fachtierärztin", "Fachberater", "Fachinformatikerinnen"); never a
 * unit's, a channel's or an institution's ("-dienst", "-handel", "-betrieb", "-schule", "-verband", "-geschäft"). */
const FACH_PERSON = /(?:[aä]rzt|[aä]rztin|[aä]rzte|[aä]rztinnen|er|erin|erinnen|ist|istin|isten|istinnen|wirt|wirtin|wirte|wirtinnen)$/u;

/** English words of a period after "fiscal": the finance's fiscal year, not the Romance tax's "fiscal" ("Director fiscal
 * year close"). */
const FISCAL_PERIOD = new Set(['year', 'years', 'quarter', 'quarters', 'period', 'periods', 'yr', 'fy']);
/** Ledger phrases that also say a seller's book of customers or a production cycle ("comptes clients": a key
 * account's customer accounts too; "ciclo attivo": any active cycle), and the words of sales and production in the
 * seven languages beside which they are not the ledgers ("Key Account Manager comptes clients", "Ciclo attivo
 * stampaggio"). */
const LEDGER_OR_OTHER = new Set(['comptes clients', 'ciclo attivo', 'ciclo passivo']);
const SALES_OR_PRODUCTION = new Set(['account', 'accounts', 'key', 'sales', 'vente', 'ventes', 'commercial', 'commerciale', 'commerciali', 'comercial', 'vendite', 'ventas', 'vendas', 'vertrieb', 'verkoop', 'production', 'produzione', 'produccion', 'producao', 'productie', 'produktion', 'manufacturing', 'fabrication', 'stampaggio']);
/** A Spanish office's director said with the office's kind after ("Director de Oficina de Proyectos", "Directora de
 * Oficina de Ingeniería"): that office's, not a bank branch's; a place or a bank's word after it stays the branch, said
 * straight after or after "de"/"del" ("Director de Oficina del Banco ...", "... de Banca Privada", "... de Valencia"). */
const OFFICE_DIRECTOR = new Set(['director de oficina', 'directora de oficina']);
const BRANCH_AFTER = new Set(['en', 'bancaria', 'sucursal', 'banco', 'banca']);
/** The articles a Spanish "de" may take before the office's kind or its bank ("de la Mutua ..."). */
const OF_THE = new Set(['la', 'el', 'los', 'las']);
/** A French store's sections and departments, accents off ("Responsable de secteur frais", "... textile", "... rayon
 * bazar", "... épicerie"): after "responsable de secteur" the section's head of a hypermarket, not a territory's; any
 * other word after it (a region, "commercial", a compass point) stays the area manager's. */
const STORE_SECTIONS = new Set([
  'frais', 'textile', 'textiles', 'bazar', 'epicerie', 'rayon', 'rayons', 'alimentaire', 'alimentation', 'boucherie',
  'boulangerie', 'charcuterie', 'cremerie', 'fromagerie', 'poissonnerie', 'traiteur', 'patisserie', 'surgeles', 'liquides',
  'boissons', 'droguerie', 'parfumerie', 'hygiene', 'dph', 'pgc', 'fruits', 'produits', 'marche', 'traditionnel',
  'bricolage', 'jardin', 'jardinerie', 'electromenager', 'multimedia', 'culture', 'jouets', 'mode', 'chaussures',
  'maison', 'decoration', 'caisse', 'caisses', 'non', 'libre', 'service', 'drive',
]);
/** A foreign phrase read at `i` that the words around it make something else: a "... fiscal" before an English period
 * (FISCAL_PERIOD), a ledger phrase of LEDGER_OR_OTHER beside a word of sales or production, an office's director
 * (OFFICE_DIRECTOR) followed, straight or after "de"/"del"/"d", by a word that titles know and no bank's (a function's:
 * "Oficina de Ingeniería"), a French sector's manager followed by a store's section (STORE_SECTIONS). */
function notSaidHere(words: readonly string[], i: number, length: number): boolean {
  const said = words.slice(i, i + length);
  if (said.at(-1) === 'fiscal' && FISCAL_PERIOD.has(words[i + length] ?? '')) return true;
  const next = words[i + length];
  if (said.join(' ') === 'responsable de secteur' && next !== undefined && STORE_SECTIONS.has(next)) return true;
  if (OFFICE_DIRECTOR.has(said.join(' ')) && next !== undefined) {
    let at = i + length + (['de', 'del', 'd'].includes(next) ? 1 : 0);
    if (at > i + length && OF_THE.has(words[at] ?? '')) at++;
    const kind = words[at];
    return kind !== undefined && !BRANCH_AFTER.has(kind) && (TITLE_PHRASE_INDEX.longestAt(words, at, 6) !== undefined || titlePart(kind) !== undefined || foreignTitleWord(kind) !== undefined);
  }
  return LEDGER_OR_OTHER.has(said.join(' ')) && words.some((w, j) => (j < i || j >= i + length) && SALES_OR_PRODUCTION.has(w));
}

/** The ranks before which Italian, Spanish and Portuguese "area"/"área" names the department a head runs ("Responsabile
 * Area Tecnica", "Directora Área Financiera"), and the compass and centre words after which it stays a territory's
 * ("Responsabile Area Nord"). */
const AREA_HEAD_RANKS = new Set(['responsabile', 'direttore', 'direttrice', 'responsable', 'jefe', 'jefa', 'director', 'directora', 'diretor', 'diretora', 'coordinatore', 'coordinatrice', 'coordinador', 'coordinadora', 'coordenador', 'coordenadora']);
const AREA_PLACES = new Set(['nord', 'sud', 'est', 'ovest', 'centro', 'norte', 'sur', 'sul', 'este', 'oeste', 'nordest', 'nordovest', 'sudest', 'sudovest', 'noreste', 'noroeste', 'sureste', 'suroeste', 'nordeste', 'sudeste', 'metropolitana', 'regionale', 'regional', 'territoriale', 'territorial', 'geografica', 'di', 'de', 'del', 'da', 'do']);

/** Title words in other languages the shared lexicon does not read as a title means them: phrases
 * first, then words, then compounds (knowledge/titles.ts, FOREIGN_TITLE_PHRASES and after). */
function titleLexicon(words: readonly string[]): string[] {
  const out: string[] = [];
  if (words.length === 1 && SOLE_RANK_TITLES.includes(words[0]!)) return ['general', 'manager'];
  // "Chef" is the boss in French, German and Dutch titles, the cook in English ones: the boss when another
  // word of the title is read from another language ("Chef TD", "Chef Instandhaltung"). Asked only of a title
  // that says "chef": reading every word of every title in two lexicons for it cost a new title's first reading.
  const foreign = words.includes('chef') && words.some((w) => w !== 'chef' && w.length > 1 && (foreignTitleWord(w) !== undefined || englishWords([w]).join(' ') !== w));
  let i = 0;
  while (i < words.length) {
    const phrase = TITLE_PHRASE_INDEX.longestAt(words, i, 6);
    const opening = phrase !== undefined && TITLE_OPENING_PHRASES.has(words.slice(i, i + phrase.length).join(' '));
    if (phrase && !notSaidHere(words, i, phrase.length) && (!opening || i === 0 || TITLE_OPENING_AFTER.has(words[i - 1]!))) {
      out.push(...phrase.value.split(' '));
      i += phrase.length;
      continue;
    }
    // The shared lexicon's phrases ("sicurezza informatica", "cheffe d'atelier") are read after, whole.
    const shared = sharedPhraseAt(words, i);
    if (shared > 0) {
      out.push(...words.slice(i, i + shared));
      i += shared;
      continue;
    }
    const w = words[i]!;
    // "Area" between a Romance head's rank and what the head runs is the department, said by nothing more ("Responsabile
    // Area Scouting" heads scouting), as "department" is (resolve.ts, withoutDepartment): not before a compass
    // word or a place's, a territory's area (sixty-eighth round).
    if (w === 'area' && i > 0 && AREA_HEAD_RANKS.has(words[i - 1]!) && i + 1 < words.length && !AREA_PLACES.has(words[i + 1]!)) {
      i++;
      continue;
    }
    // ("Chef de ..." is the shared lexicon's phrase.)
    if (w === 'chef' && foreign && !['de', 'd', 'du', 'des'].includes(words[i + 1] ?? '')) {
      out.push('head');
      i++;
      continue;
    }
    // French and German "Montage" beside a word of film or sound is the editing of a film ("Chargé de montage son",
    // "Schnitt und Montage"), not the fitting it means elsewhere (FOREIGN_TITLE_WORDS).
    if ((w === 'montage' || w === 'montages') && words.some((x) => FILM_WORDS.has(x))) {
      out.push('editing');
      i++;
      continue;
    }
    // A word either lexicon knows whole ("ploegleider") is not split; the shared lexicon's words are read
    // after, with its phrases.
    let english = i === 0 && TECHNICIAN_FIRST.has(w) ? 'technician' : (foreignTitleWord(w) ?? (sharedWord(w) === undefined ? compound(w, titlePart)?.join(' ') : undefined));
    // German "Fach-" of a certified specialist or a trained tradesman ("Fachtierärztin", "Fachapotheker",
    // "Fachberater"): the title after it, where the lexicon knows that and not the whole word, and the rest is a
    // person's word (FACH_PERSON): before a unit, a channel or an institution ("Leitung Fachdienst Jugend",
    // "Vertriebsleiter Fachhandel", "Fachhochschule") "Fach-" names the unit, not the role.
    if (english === undefined && sharedWord(w) === undefined) {
      const rest = /^fach(\p{L}{5,})$/u.exec(w)?.[1];
      if (rest !== undefined && FACH_PERSON.test(rest)) english = foreignTitleWord(rest) ?? (englishWords([rest]).join(' ') !== rest ? rest : compound(rest, titlePart)?.join(' '));
    }
    out.push(...(english ?? w).split(' '));
    i++;
  }
  return out;
}

/** A pure string-to-words reading remembered by its input: resolving a prospect reads the same title,
 * industry and company many times over, and the taxonomy's labels on every call. Each caller gets its own
 * copy; the memory is emptied when it holds MEMO_LIMIT inputs, so it stays small whatever is read, and when
 * the lexicon changes (useForeignNouns). */
export function memoised(read: (text: string) => string[]): (text: string) => string[] {
  const seen = new Map<string, readonly string[]>();
  let edition = currentLexiconEdition();
  return (text) => {
    if (edition !== currentLexiconEdition()) {
      seen.clear();
      edition = currentLexiconEdition();
    }
    let words = seen.get(text);
    if (words === undefined) {
      if (seen.size >= MEMO_LIMIT) seen.clear();
      words = read(text);
      seen.set(text, words);
    }
    return words.slice();
  };
}

/** A job title as words: the part before "at Company" or "|", abbreviations spelled out, plurals off. */
export const titleWords = memoised(readTitleWords);
/** The role a title names, before where it works or a tagline ("Buyer at Acme", "Owner | Acme"). */
const roleOf = (title: string): string => title.split(/\s(?:at|@)\s|\||·|•|\s[–—-]\s/i)[0] ?? title;

function readTitleWords(title: string): string[] {
  const role = roleOf(title);
  // A word in capitals in a title that is not all capitals is an acronym, even when another language has
  // it as a filler: "Head of DA" (delegated authority), not Portuguese "da"; "DA manager" is not "manager".
  if (/\p{Ll}/u.test(role)) {
    const parts = role.split(/(?<![\p{L}'’])(\p{Lu}{2,3})(?![\p{L}'’])/u);
    if (parts.some((part, i) => i % 2 === 1 && TITLE_FILLERS.has(part.toLowerCase())))
      return parts.flatMap((part, i) => (i % 2 === 1 && TITLE_FILLERS.has(part.toLowerCase()) ? [part.toLowerCase()] : titleWords(part)));
  }
  // The phrases before the lexicons too, so "R&D" is read before French "d'" goes as a filler.
  // A care home said after a comma or a bracket is where the title's holder works (CARE_HOME).
  let text = normalise(splitElision(role.replace(/\s*[,;(]\s*(?=(?:nursing|care|retirement|residential|rest)[\s-]+homes?\b)/gi, ' at ').replace(HEAD_OF_SERVICE, 'Head of Department')));
  for (const [pattern, replacement] of TITLE_PHRASES) if (pattern !== CARE_HOME) text = text.replace(pattern, replacement);
  text = englishWords(titleLexicon(headedBranch(text.split(' ').map(clippedTail)))).join(' ');
  // A care home is read once, after the lexicon has translated the home's own word ("Seniorenheim"): read before too,
  // "Nursing Director, Nursing Home" lost its nursing to the second pass.
  for (const [pattern, replacement] of TITLE_PHRASES) text = text.replace(pattern, replacement);
  const out: string[] = [];
  for (const w of text.split(' ')) {
    if (!w) continue;
    const expanded = TITLE_ABBREVIATION_MAP.get(w) ?? w;
    for (const x of expanded.split(' ')) if (!FILLER.has(x)) out.push(lightWord(americanSpelling(x)));
  }
  return out;
}

/** German clips "Leiter" to "Ltr." inside a compound as alone (Duden's abbreviation): "Teamltr.", "Abteilungsltr."
 * are the compounds written out, for the lexicon to read as it reads "Teamleiter". No word of the other languages
 * ends so ("-ltr" after three letters); "Ltr." alone is TITLE_ABBREVIATIONS'. */
function clippedTail(word: string): string {
  return /^\p{L}{3,}ltr$/u.test(word) ? `${word.slice(0, -3)}leiter` : word;
}

/** The Romance words for a company's branch or regional office. */
const ROMANCE_BRANCH_WORDS = new Set(['delegacion', 'delegacao', 'sucursal', 'succursale', 'filial', 'filiale']);
/** The nouns of one who runs a branch, as a title's word reads in English ("Jefe", "Gerente", "Encargado"). */
const BRANCH_HEADS = new Set(['head', 'director', 'manager', 'chief', 'supervisor', 'administrator']);
/** A title's words without a Romance branch word that follows no head noun: "Jefe de delegación" runs the
 * branch, but "Técnico de sucursal" is a technician who works at one and "Delegación Norte" alone names where,
 * not who; read as "branch" they made a branch manager of both. */
function headedBranch(words: string[]): string[] {
  const at = words.findIndex((w) => ROMANCE_BRANCH_WORDS.has(w));
  if (at < 0) return words;
  // ("Resp. de sucursal": an abbreviation of the head noun too.)
  const heads = (w: string) => englishWords(titleLexicon([w])).some((e) => (TITLE_ABBREVIATION_MAP.get(e) ?? e).split(' ').some((x) => BRANCH_HEADS.has(x)));
  if (words.slice(0, at).some(heads)) return words;
  return words.filter((w) => !ROMANCE_BRANCH_WORDS.has(w));
}

/** Words a title drops as fillers, in English or another language: "of", "da", "und". */
const TITLE_FILLERS = new Set([...FILLER, ...FILLERS]);

/** An industry name as stems, "&" and "and" aside: "Transportation" meets "Transport", "Insurers"
 * meets "Insurance". Porter also makes "hospitality" a "hospital", "animation" an "animal",
 * "securities" (finance) "security" and the adjective "clinical" the noun "clinic"; those are kept apart: a business
 * named for the clinical studies it runs is a study site, not a doctors' practice (sixty-eighth round). */
const clipped = (s: string) => CLIPPED_STEM_MAP.get(s) ?? s;

export const industryWords = memoised(readIndustryWords);
function readIndustryWords(text: string): string[] {
  return englishWords(normalise(splitElision(joinedPrefixes(text))).split(' '))
    .filter((w) => w && !FILLER.has(w))
    .map((w) => (w.startsWith('hospitalit') ? 'hospitality' : w.startsWith('animati') ? 'animation' : w === 'securities' || w === 'clinical' ? w : COOPERATIVE.test(w) ? 'coop' : clipped(stem(w))));
}
/** The prefix "co-" is written with a hyphen and without ("co-operative" and "cooperative", "co-op" and
 * "coop"): read joined, so the two spellings are one word. */
const CO_PREFIX = /\b(co)[-\u2010\u2011](?=\p{L})/giu;
/** A single letter before a hyphen is a prefix bound to the word after it ("e-scooter", "x-ray"): read joined,
 * as the word is also written ("escooter"). Alone the letter is dropped as a function word of another
 * language (Italian and Portuguese "e", "and"), and the compound's head would name the entry by itself. Not a
 * letter inside a compound, after a hyphen ("Typ-B-Zulassung" is "typ b zulassung", not "typ" and "bzulassung"). */
export const LETTER_PREFIX = /(?<![\p{L}\p{N}\-\u2010\u2011])(\p{L})[-\u2010\u2011](?=\p{L}{2})/gu;
/** A text with its "co-" and single-letter prefixes read joined to the word after them ("co-op", "e-scooter"). */
const joinedPrefixes = (text: string): string => text.replace(CO_PREFIX, '$1').replace(LETTER_PREFIX, '$1');
/** A co-operative in the six languages and its clipped name ("cooperative", "coopérative", "cooperativa",
 * "coöperatie", "co-op"): one word, "coop" (Porter would make "cooperative" the surname "Cooper"). */
const COOPERATIVE = /^coop(?:erati[a-z]*)?$/;

/** A hyphenated compound: "tyre-recycling", "pre-flight", "farm-to-table". */
const COMPOUND = /\p{L}+(?:[-\u2010\u2011]\p{L}+)+/gu;
/** A part of a compound after which the rest is bound to it: a function word ("in" of "in-ground", "to" of "farm-to-table")
 * or a bound prefix ("pre", "non"). */
const BOUND_PREFIXES = new Set(['pre', 'post', 'non', 'anti', 'sub', 'out', 'over', 'under', 'off']);
const bindsNext = (part: string) => isStopword(part) || ENGLISH_FUNCTION_WORDS.has(part) || isClosedWord(part) || BOUND_PREFIXES.has(part);
/** The parts of a compound that say nothing alone: all of one with a function word in it ("in-ground", "pre-flight",
 * "farm-to-table"), and of another the modifiers before its head ("tyre" of "tyre-recycling", "house" of
 * "house-call"): its head is a kind itself (a tyre-recycling yard is a recycling yard). */
function boundParts(compound: string): string[] {
  const parts = normalise(compound.replace(/[-\u2010\u2011]/g, ' ')).split(' ').filter(Boolean);
  const k = parts.findIndex(bindsNext);
  return k >= 0 ? parts : parts.slice(0, -1);
}
/** The words of a name said only inside its compounds: the bound parts' words less those of the name with each
 * compound cut to its free parts, each read whole (a phrase of another language reads otherwise word by word). */
function compoundOnlyWords(text: string): Set<string> {
  const compounds = text.match(COMPOUND);
  if (!compounds) return new Set();
  const bound = compounds.flatMap(boundParts);
  const rest = new Set(industryWords(text.replace(COMPOUND, (c) => { const b = new Set(boundParts(c)); return normalise(c.replace(/[-\u2010\u2011]/g, ' ')).split(' ').filter((p) => !b.has(p)).join(' '); })));
  return new Set(industryWords(bound.join(' ')).filter((w) => !rest.has(w)));
}

/** The head of an industry's name that says only that the business serves ("Healthcare linen services"). */
const SERVICE_HEADS = new Set(industryWords('services'));

/** The heads of a public body's name, singular: a district, an authority, a department, a board, a commission. */
const BODY_HEADS = new Set(industryWords('district authority department board commission'));
/** An industry label or alias and the parts it joins with "and", "&" or a comma, each as its own name:
 * "Rural & critical access hospitals" is also "critical access hospitals" and "rural hospitals";
 * "Healthcare & life sciences" is also "healthcare" and "life sciences"; "Professional basketball,
 * handball & rugby" is also "handball". */
export function industryNames(text: string): string[][] {
  const whole = industryWords(text);
  // The prefixes joined as industryWords joins them, before the split: "E-trike & e-moped hire" is "emoped hire"
  // and "etrike hire", not the bare "moped hire" of a letter dropped as Italian "e".
  const raw = normalise(splitElision(joinedPrefixes(text).replace(/(?<!\d),|,(?!\d)/g, ' and '))).split(/\s(?:and|or|und|oder|et|ou|y|o|e|en|of)\s/);
  const parts = raw.map((part) => industryWords(part)).filter((w) => w.length > 0);
  if (parts.length < 2) return [whole];
  const last = parts[parts.length - 1]!;
  // "A & B colleges": A takes B's head noun when A is one word and B more ("community colleges", not
  // "community" alone). A plural head is what both sides are kinds of; after a singular one ("Greenhouse
  // & controlled environment", "Healthcare & senior care") the one-word side may be a name on its own too.
  if (last.length >= 2 && parts.slice(0, -1).every((p) => p.length === 1)) {
    const head = raw[raw.length - 1]!.split(' ').at(-1) ?? '';
    // So is a public body's head ("Water and drainage district", "Fire and rescue authority"): the one word says what
    // the body runs, and alone it is any business of that (a water company is no water district).
    const plural = /[^s]s$/.test(head) || BODY_HEADS.has(last[last.length - 1]!);
    return [whole, last, ...parts.slice(0, -1).flatMap((p) => (plural ? [[p[0]!, last[last.length - 1]!]] : [[p[0]!, last[last.length - 1]!], p]))];
  }
  // The mirror: "A B & C", a qualified plural kind and one word ("RV parks & resorts", "Airport operators &
  // authorities", "Catholic parishes & dioceses"). The word is another kind of the same qualifier ("RV resorts",
  // "airport authorities"), not a name on its own: a hotel's "... Resort & Spa" is not an RV resort.
  const first = parts[0]!;
  const firstHead = raw[0]!.split(' ').filter(Boolean).at(-1) ?? '';
  if (parts.length === 2 && first.length >= 2 && last.length === 1 && /[^s]s$/.test(firstHead)) return [whole, first, [...first.slice(0, -1), last[0]!]];
  return [whole, ...parts];
}

/** A persona's label or alias and the parts it joins with "&", "and", "/" or a comma, each as its own
 * name when it is one: "Maintenance & facilities" is also "maintenance" and "facilities"; "Service &
 * aftersales manager" also "service manager" and "aftersales manager" (a one-word part takes the last
 * part's rank); "Dealer principal / general manager" also both. */
export function personaNames(text: string): string[][] {
  const whole = titleWords(text);
  const { parts, joins } = joinedWords(text);
  if (parts.length < 2) return [whole];
  // One function named across a join is one name: "Research and Development", "Health and Safety".
  if (functionsOf(whole).some((f) => joins.some((j) => f.start < j && f.end > j))) return [whole];
  const last = parts[parts.length - 1]!;
  const rank = SENIORITY_INDEX.greedy(last).at(-1);
  const tail = rank && rank.start > 0 && rank.end === last.length ? last.slice(rank.start) : [];
  return [whole, ...parts.map((p) => (p !== last && p.length === 1 && tail.length ? [...p, ...tail] : p))];
}

/** Stems of a phrase, as notes are tokenised. */
export const phraseStems = (phrase: string): string[] => tokenize(phrase).map((t) => t.stem);

const NO_FUNCTION = '';
const FUNCTION_INDEX = new PhraseIndex<string>();
// A function's phrase that a title phrase respells ("nurse manager", a ward's front line: TITLE_PHRASES) is its function
// as written too, for the titles the respelling leaves as written (a research nurse's manager).
for (const [fn, phrases] of Object.entries(FUNCTIONS))
  for (const p of phrases) {
    const read = titleWords(p);
    FUNCTION_INDEX.add(read, fn);
    const written = normalise(p).split(' ');
    if (written.every((w) => /^[a-z]+$/.test(w)) && written.join(' ') !== read.join(' ')) FUNCTION_INDEX.add(written, fn);
  }
for (const p of RANK_PHRASES) FUNCTION_INDEX.add(titleWords(p), NO_FUNCTION);
/** The head of a place of work, said at the end of a title ("Museum Director", "Directora de Residencia"):
 * before other words the place qualifies them ("Head of Home Care", "Director of Hotel Sales"). */
const WORKPLACE_HEAD = 'workplace';
for (const place of WORKPLACES)
  for (const rank of WORKPLACE_RANKS) {
    FUNCTION_INDEX.add(titleWords(`${place} ${rank}`), WORKPLACE_HEAD);
    FUNCTION_INDEX.add(titleWords(`${rank} ${place}`), WORKPLACE_HEAD);
  }

// "Branch Manager", "Head of Branch": the head of one site of a business that has others, the branch function's.
const BRANCH_HEAD = 'branch';
for (const place of BRANCH_PLACES)
  for (const rank of WORKPLACE_RANKS) {
    FUNCTION_INDEX.add(titleWords(`${place} ${rank}`), BRANCH_HEAD);
    FUNCTION_INDEX.add(titleWords(`${rank} ${place}`), BRANCH_HEAD);
  }

// "Plant Manager", "Head of Plant": a place whose head has a function of their own names it beside a rank only.
for (const [place, fn] of Object.entries(PLACE_FUNCTIONS))
  for (const rank of [...SENIORITY.flatMap(([, ranks]) => ranks), ...PLACE_ROLES]) {
    FUNCTION_INDEX.add(titleWords(`${place} ${rank}`), fn);
    FUNCTION_INDEX.add(titleWords(`${rank} ${place}`), fn);
  }

const SENIORITY_INDEX = new PhraseIndex<number>();
for (const [level, phrases] of SENIORITY) for (const p of phrases) SENIORITY_INDEX.add(titleWords(p), level);

const SECTOR_INDEX = new PhraseIndex<string>();
for (const [sector, phrases] of Object.entries(SECTORS)) for (const p of phrases) SECTOR_INDEX.add(industryWords(p), sector);
// Names that say no sector, read whole before a sector's word inside them ("retail" of "Service Retail").
const NO_SECTOR = '';
for (const p of NO_SECTOR_NAMES) SECTOR_INDEX.add(industryWords(p), NO_SECTOR);

export interface ConceptHit {
  concept: string;
  implies: string[];
  /** The phrase's own words, as the knowledge spells them. */
  said: string;
}
const CONCEPT_INDEX = new PhraseIndex<ConceptHit>();
for (const [concept, def] of Object.entries(CONCEPTS))
  for (const p of def.phrases) {
    const implies = Object.entries(def.implies ?? {})
      .filter(([, list]) => list.includes(p))
      .map(([q]) => q);
    const tokens = tokenize(p);
    const hit = { concept, implies, said: tokens.map((t) => t.word).join(' ') };
    CONCEPT_INDEX.add(tokens.map((t) => t.stem), hit);
    // A phrase of another language whose words the notes read in English ("centre de coûts": "coûts" read as "cost"),
    // indexed as the notes read it too (review mend, sixty-fifth round).
    const read = tokens.map((t) => noteStem(t));
    if (read.some((s, i) => s !== tokens[i]!.stem)) CONCEPT_INDEX.add(read, hit);
  }

export const conceptIndex = (): PhraseIndex<ConceptHit> => CONCEPT_INDEX;

/** The business functions a title names, longest phrases first. Given the title as written (`said`), a
 * function's words said just before another's, with no "&", "/" or "and" between them, qualify it
 * (qualifiedFunction): "IT Service Desk" is one function, "IT & Service Desk" two. */
export function functionsOf(words: readonly string[], joins?: readonly number[], headDecides = false): { fn: string; start: number; end: number }[] {
  const found = FUNCTION_INDEX.greedy(words)
    .filter((m) => m.value !== NO_FUNCTION && ((m.value !== WORKPLACE_HEAD && m.value !== BRANCH_HEAD) || m.end === words.length))
    .map((m) => ({ fn: m.value === WORKPLACE_HEAD ? 'executive' : m.value, start: m.start, end: m.end }));
  if (joins === undefined || found.length < 2) return found;
  const out: typeof found = [];
  for (const f of found) {
    const before = out.at(-1);
    const worker = f.end === f.start + 1 && WORKER_FUNCTION.has(words[f.start]!);
    const head = headDecides && !FUNCTION_MODIFIER.has(words[f.start]!) && !(worker && before && !itsOwnField(before.fn, f.fn));
    const fn = before && before.end === f.start && !joins.includes(f.start) ? qualifiedFunction(before.fn, f.fn, head) : undefined;
    if (fn && before) out[out.length - 1] = { fn, start: before.start, end: f.end };
    // "Purchasing Agent", "Procurement Technician": a worker said after another function's words does that function's
    // work, not support's or field service's (WORKER_FUNCTION_WORDS). Not an engineer or an accountant: a "Systems
    // Engineer" is engineering's own, a "Project Accountant" finance's (OWN_TRADE_WORKER_WORDS; measured:
    // docs/matching.md, forty-eighth round); nor an agent of a help desk, who is support's (WORKER_DESKS).
    else if (
      worker &&
      !OWN_TRADE_WORKER.has(words[f.start]!) &&
      before &&
      !ownValue(WORKER_DESKS, words[f.start]!)?.includes(before.fn) &&
      before.end === f.start &&
      !joins.includes(f.start)
    )
      out[out.length - 1] = { ...before, end: f.end };
    else out.push(f);
  }
  return out;
}

const WORKER_FUNCTION = new Set(WORKER_FUNCTION_WORDS);
const OWN_TRADE_WORKER = new Set(OWN_TRADE_WORKER_WORDS);
const FUNCTION_MODIFIER = new Set(FUNCTION_MODIFIER_WORDS);

/** Whether a worker's word said after a function's words names that function's own workers: an engineer of IT's
 * systems or network does the engineering IT heads (HEAD_ELSEWHERE: "Systems Engineer" is engineering), where a
 * "Quality Engineer" does quality's work. */
function itsOwnField(first: string, worker: string): boolean {
  let root = first;
  for (let up = ownValue(FUNCTION_PARENTS, root); up !== undefined; up = ownValue(FUNCTION_PARENTS, root)) root = up;
  return root === ownValue(HEAD_ELSEWHERE, worker);
}

/** "and" in the lexicon's six languages (knowledge/cues.ts `COORDINATING_AND`), as a regular expression's
 * alternatives: the title, role, company-name and CRM-value joins are built from it. */
export const AND_WORDS = COORDINATING_AND.join('|');

/** Where a title joins two of its parts: "/", a comma, "&" or "+" between words ("R&D" is one), "and" or "or" in
 * the lexicon's languages. */
export const TITLE_JOIN = new RegExp(`\\s*[/,]\\s*|\\s[&+]\\s|\\s(?:${AND_WORDS}|or)\\s`, 'i');

/** Stands for a join among a title's words while a reader (`joinedWords`) drops or merges them. */
export const JOIN_MARK = '&';

/** A title's words, its parts between its joins (TITLE_JOIN) and where the joins fall among the words: a join
 * counts where the words before it (or after it) read alone are the same words the whole title gives, so a phrase
 * read across a join ("Directeur administratif et financier") keeps none inside it. `read` is what the caller
 * does to the words next ("Repair Department Manager" is the repair manager): it gets them with JOIN_MARK at
 * every join, and the joins are counted on what it returns. */
export function joinedWords(said: string, read?: (words: string[]) => string[]): { words: string[]; parts: string[][]; joins: number[] } {
  const whole = titleWords(said);
  const parts = roleOf(said)
    .split(TITLE_JOIN)
    .map((part) => titleWords(part))
    .filter((w) => w.length > 0);
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((w, i) => w === b[i]);
  const joins: number[] = [];
  for (let k = 1; k < parts.length; k++) {
    const before = parts.slice(0, k).flat();
    const after = parts.slice(k).flat();
    const at = same(whole.slice(0, before.length), before) ? before.length : same(whole.slice(whole.length - after.length), after) ? whole.length - after.length : -1;
    if (at > 0 && at < whole.length && at !== joins.at(-1)) joins.push(at);
  }
  if (!read) return { words: whole, parts, joins };
  const marked = whole.flatMap((w, i) => (joins.includes(i) ? [JOIN_MARK, w] : [w]));
  const words: string[] = [];
  const moved: number[] = [];
  for (const w of read(marked))
    if (w !== JOIN_MARK) words.push(w);
    else if (words.length > 0 && words.length !== moved.at(-1)) moved.push(words.length);
  return { words, parts, joins: moved.filter((j) => j < words.length) };
}

/** The one function two functions' words side by side name, or undefined when they stay two: "IT Service Desk" is
 * the service desk, a part of IT; "Legal Technology" and "HR Systems" are the technology that serves a function,
 * IT's (a vendor's "Legal IT" persona is not the legal function's). */
function qualifiedFunction(first: string, second: string, headDecides: boolean): string | undefined {
  if (ownValue(FUNCTION_PARENTS, second) === first) return second;
  if (second === 'it' && first !== 'executive') return second;
  if (headDecides && first !== 'executive' && second !== 'executive' && second !== 'operations' && !partOfAnother(first, second)) return second;
  return undefined;
}

const DEPARTMENTS = new Set(Object.values(FUNCTION_PARENTS));
/** A department's words before a part of another's name both ("HR Payroll Manager": payroll, run in HR), where a
 * function's words before another's only say what that other one works on ("Payroll Analytics" is analytics). */
const partOfAnother = (first: string, second: string): boolean => DEPARTMENTS.has(first) && ownValue(FUNCTION_PARENTS, second) !== undefined;

const TRADE_QUALIFIER = new Set(TRADE_QUALIFIERS.flatMap((w) => titleWords(w)));
/** The functions a persona's name says, less a word that only qualifies the trade it ends with ("Commercial
 * beekeeper": TRADE_QUALIFIERS before one last word that is neither a rank nor a function's). Read on the
 * taxonomy's names only: a prospect's "Comercial VN" or "Commercial Lines" is the vendor's to read. */
function personaFunctionsOf(words: readonly string[], said?: string): { fn: string; start: number; end: number }[] {
  const found = functionsOf(words, said === undefined ? undefined : joinedWords(said).joins);
  return found.filter(
    (m) =>
      !(m.end === m.start + 1 && m.end === words.length - 1 && TRADE_QUALIFIER.has(words[m.start]!) && !found.some((f) => f.start === m.end) && seniorityOf([words[m.end]!]) === 0),
  );
}

/** Where a title says a rank in words that would otherwise name an office ("vice president"). */
export function rankPhrasesOf(words: readonly string[]): { start: number; end: number }[] {
  return FUNCTION_INDEX.greedy(words)
    .filter((m) => m.value === NO_FUNCTION)
    .map((m) => ({ start: m.start, end: m.end }));
}

/** The words of a title that say its rank ("vice president", "head"), in order. */
export function rankWords(words: readonly string[]): string[] {
  return SENIORITY_INDEX.greedy(words).flatMap((m) => words.slice(m.start, m.end));
}

/** The ranks a title's words say, longest phrases first ("team leader" a front-line rank, not a "leader"). */
export function rankLevels(words: readonly string[]): number[] {
  return SENIORITY_INDEX.greedy(words).map((m) => m.value);
}

export function seniorityOf(words: readonly string[]): number {
  let level = 0;
  for (const m of SENIORITY_INDEX.all(words)) level = Math.max(level, m.value);
  return level;
}

/** The whole name is one CRMs and LinkedIn use for an industry ("IT Services and IT Consulting"). */
export function isSectorName(text: string): boolean {
  const words = industryWords(text);
  return words.length > 0 && SECTOR_INDEX.greedy(words).some((m) => m.start === 0 && m.end === words.length);
}

/** Sectors an industry name's head says: the sector names that end with its last word ("professional services",
 * "bank"), not those of a qualifier before it ("entertainment" of "family entertainment centers"). */
export function headSectorsOf(words: readonly string[]): string[] {
  return SECTOR_INDEX.greedy(words).flatMap((m) => (m.end === words.length && m.value !== NO_SECTOR ? [m.value] : []));
}

/** Sectors an industry name belongs to, the head noun (last match) first. */
export function sectorsOf(words: readonly string[]): string[] {
  const key = words.join('\u0000');
  let sectors = sectorsRead.get(key);
  if (sectors === undefined) {
    if (sectorsRead.size >= MEMO_LIMIT) sectorsRead.clear();
    const matches = SECTOR_INDEX.greedy(words);
    sectors = [...new Set(matches.reverse().flatMap((m) => (m.value === NO_SECTOR ? [] : [m.value])))];
    sectorsRead.set(key, sectors);
  }
  return sectors.slice();
}
/** sectorsOf's readings by the words read (joined with a NUL, which no word holds), as `memoised` keeps them: the
 * same industry, company and entry words are read many times a prospect. The sector knowledge is fixed. */
const sectorsRead = new Map<string, readonly string[]>();

/** Weights of each function (or sector) across an entry's label (counted twice) and aliases. */
function weigh(forms: string[][], label: string[], detect: (w: string[]) => string[]): Map<string, number> {
  const counts = new Map<string, number>();
  let total = 0;
  const add = (words: string[], weight: number) => {
    const found = new Set(detect(words));
    if (found.size === 0) return;
    total += weight;
    for (const f of found) counts.set(f, (counts.get(f) ?? 0) + weight / found.size);
  };
  add(label, 2);
  for (const f of forms) add(f, 1);
  const out = new Map<string, number>();
  for (const [k, v] of counts) out.set(k, total ? v / total : 0);
  return out;
}

/** Worker words FUNCTIONS files under one trade's function that every trade has its own of: a "Head Technician" of
 * a veterinary practice or a bottling line is that trade's technician, not IT support's. */
const TRADE_WORKER_WORDS = new Set(['technician']);

/** Whether a persona's alias names its function only by such a bare worker word (`m` spans that word alone) while the
 * persona's label names neither that function nor its department: the alias's "Chief Technician" of a "Dialysis
 * lead" says who the lead is, not that the persona is IT's. An "IT lead" with "technician" keeps it (its label is IT),
 * and so does any persona of a vendor whose market is IT support (`itMarket`): a managed service provider's
 * "Field service lead" with "technician" is its help desk's technician. */
function aWorkerOfAnotherTrade(words: readonly string[], m: { fn: string; start: number; end: number }, labelFunctions: ReadonlySet<string>, itMarket: boolean): boolean {
  if (itMarket || m.end !== m.start + 1 || !TRADE_WORKER_WORDS.has(words[m.start]!)) return false;
  const department = ownValue(FUNCTION_PARENTS, m.fn);
  return !labelFunctions.has(m.fn) && !(department !== undefined && labelFunctions.has(department));
}

/** Words a segment of a vendor whose market is IT support says (title words, "IT" read as "information technology"):
 * "IT services", "Managed service providers", "MSPs", "Help desks". */
const IT_MARKET_SEGMENT_WORDS = ['information technology', 'managed service', 'msp', 'msps', 'help desk', 'service desk', 'desktop support'];
/** Words a persona of such a vendor says: its market's own desks, not IT at large (an "IT, SCADA and data" persona of
 * a well operator's vendor is that customer's IT, and its trade personas' technicians are not IT support's). */
const IT_MARKET_PERSONA_WORDS = ['managed service', 'msp', 'msps', 'help desk', 'service desk', 'desktop support', 'information technology support', 'information technology service'];
const saysAny = (text: string, phrases: readonly string[]): boolean => {
  const said = ` ${titleWords(text).join(' ')} `;
  return phrases.some((p) => said.includes(` ${p} `));
};
/** Whether the vendor's own taxonomy or library says IT support is its market: a segment names IT, managed services or
 * a help desk, or a persona names a help desk or managed services. */
function sellsToItSupport(taxonomy: Taxonomy, assets: readonly VocabularyAsset[]): boolean {
  const segments = [...taxonomy.industries.flatMap((e) => [e.label, ...e.aliases]), ...assets.flatMap((a) => a.industries ?? [])];
  const personas = taxonomy.personas.flatMap((e) => [e.label, ...e.aliases]);
  return segments.some((s) => saysAny(s, IT_MARKET_SEGMENT_WORDS)) || personas.some((p) => saysAny(p, IT_MARKET_PERSONA_WORDS));
}

/** "Executive Pastor", "Executive Editor": the rank "executive" said before another function's word (not inside
 * one, as "Executive Chef") names that field's executive too: a persona with such an alias is, in part, the
 * customer's executive (a congregation's "Geschäftsführer" is its administrator). */
const executiveOf = (words: readonly string[]): boolean => {
  if (words[0] !== 'executive' || words.length < 2) return false;
  const fns = functionsOf(words);
  return fns.length > 0 && fns.every((f) => f.start > 0 && f.fn !== 'executive');
};

/** The words of the title knowledge's functions and ranks. */
const KNOWN_TITLE_WORDS = new Set([...Object.values(FUNCTIONS).flat(), ...SENIORITY.flatMap(([, words]) => words)].flatMap((p) => titleWords(p)));

/** A word of a title that no list knows, written as consonants: "Bldg" for building, "Plng" for planning (the
 * first letter the same, the others in order), read as the one word of the taxonomy's persona names or of the
 * title knowledge it can stand for; left as written when it could stand for two, when it is an acronym in
 * capitals ("DVM"), or a word itself (a stop word, a word the lexicons read, a word of the vocabulary). The
 * start of a word ("Maint") is not read so: too many words are the start of a longer one (measured). */
export function expandClipped(word: string, vocabulary: ReadonlyMap<string, string[]>): string | undefined {
  const w = normalise(word);
  // "DVM", "RCM": an acronym in capitals is not a clipped word.
  if (word === word.toUpperCase() || w.length < 3 || w.length > 5 || !/^[a-z]+$/.test(w) || isStopword(w)) return undefined;
  const candidates = vocabulary.get(w[0]!);
  if (!candidates || candidates.includes(w) || TITLE_ABBREVIATION_MAP.has(w) || titleWords(w).join(' ') !== w) return undefined;
  if (/[aeiouy]/.test(w.slice(1))) return undefined;
  const found = new Set<string>();
  for (const v of candidates) if (v.length >= w.length + 3 && isSubsequence(w, v)) found.add(v);
  return found.size === 1 ? [...found][0] : undefined;
}

/** The words of the title lexicon in other languages, as written ("kaufmannischer"): what a foreign title word
 * cut short with a full stop may stand for ("Kaufm. Leiter"). */
const FOREIGN_TITLE_WORD_LIST = Object.keys(FOREIGN_TITLE_WORDS).filter((w) => !w.includes(' '));

/** A title word cut short and marked so with a full stop ("Transp. Director", "Gen. Mgr", "Inh.", "Kaufm."), that
 * no list knows, read as the one word it begins of the taxonomy's persona names (as read, else as written:
 * "Inhaber"), else of the title knowledge, else of the title lexicon's other languages; left as written when it
 * begins none, or two read differently ("kaufmannisch", "kaufmannischer" are one). Without the full stop the
 * start of a word is not read (expandClipped). */
export function expandDotted(word: string, vocabulary: readonly (readonly string[])[]): string | undefined {
  const w = normalise(word);
  if (word === word.toUpperCase() || w.length < 3 || !/^[a-z]+$/.test(w) || isStopword(w)) return undefined;
  if (TITLE_ABBREVIATION_MAP.has(w) || titleWords(w).join(' ') !== w || vocabulary.some((words) => words.includes(w))) return undefined;
  for (const words of vocabulary) {
    const found = [...new Set(words.filter((v) => v.length >= w.length + 2 && v.startsWith(w)))];
    if (found.length === 0) continue;
    const read = titleWords(found[0]!).join(' ');
    return found.every((v) => titleWords(v).join(' ') === read) ? found[0] : undefined;
  }
  return undefined;
}

function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const ch of long) if (ch === short[i]) i++;
  return i === short.length;
}

/** How a shorthand in capitals is kept apart from the word it spells ("PM" is not the afternoon's "pm"). */
export const shorthandKey = (letters: string): string => `\u0001${letters}`;
const ABBREVIATED = Object.entries(BUSINESS_ABBREVIATIONS).flatMap(([short, longs]) => longs.map((l) => ({ short, stems: phraseStems(l).join(' ') })));
/** The shorthands a pain's label or alias may be written as: a common business abbreviation of the whole name
 * ("overtime", OT) or of its initials ("aged receivables", AR). */
function shorthandsOf(text: string): string[] {
  const out: string[] = [];
  const words = tokenize(text).map((t) => t.word).filter((w) => !ACRONYM_FILLER.has(w));
  // The initials of an alias only where they are a common business abbreviation too ("AR" for "aged receivables"):
  // other initials are too many things' ("SSO", "SIC", "RE", "ID"), measured (docs/matching.md, twenty-fourth round).
  // And only where the alias says one of the abbreviation's own words ("receivables" of "accounts receivable"): "QA"
  // is quality assurance, not a "quote approvals" alias whose initials happen to spell it.
  const initials = words.map((w) => w[0]).join('');
  const spelled = words.length >= 2 && words.length <= 5 && words.every((w) => /^[a-z]/.test(w)) ? ownValue(BUSINESS_ABBREVIATIONS, initials) : undefined;
  if (spelled !== undefined) {
    // Review mend: the word must be the thing the long form names, its last word ("receivables"), not one that only
    // qualifies it ("accounts" of "accounts reconciliation", "work" of "work overload").
    const own = new Set(spelled.map((l) => phraseStems(l).at(-1)!));
    if (words.includes(initials) || phraseStems(text).some((s) => own.has(s))) out.push(shorthandKey(initials));
  }
  const stems = phraseStems(text).join(' ');
  for (const a of ABBREVIATED) if (a.stems === stems) out.push(shorthandKey(a.short));
  return out;
}

/** Words a name's initials leave out: "Director of Building & Safety" is DBS. */
const ACRONYM_FILLER = new Set(['of', 'the', 'and', 'for', 'to', 'in', 'at', 'on', 'a', 'an', 'und', 'et', 'y', 'e', 'en', 'de', 'des', 'du', 'del', 'di']);

/** The initials of every persona label and alias of three to five words, read as that name when one
 * persona alone makes them and they mean nothing else in titles (TITLE_ABBREVIATIONS, SECTOR_ABBREVIATIONS:
 * "CSO" keeps its own readings), or they are a clinician's licence (LICENCE_TITLES), which the persona's name beats
 * ("LPC" of "Loss Prevention Coordinator"). */
function acronymsOf(entries: readonly TaxonomyEntry[]): Map<string, string> {
  const owners = new Map<string, { indices: Set<number>; text: string }>();
  entries.forEach((entry, index) => {
    for (const text of [entry.label, ...entry.aliases]) {
      const words = text.split(/[\s/&,+-]+/).filter((w) => /^\p{L}/u.test(w));
      // "DON" for "Director of Nursing": initials often keep an "of" between a rank and its field.
      const kept = words.filter((w) => !ACRONYM_FILLER.has(w.toLowerCase()));
      const withOf = words.filter((w) => w.toLowerCase() === 'of' || !ACRONYM_FILLER.has(w.toLowerCase()));
      for (const parts of withOf.length > kept.length ? [kept, withOf] : [kept]) {
        if (parts.length < 3 || parts.length > 5) continue;
        const initials = normalise(parts.map((w) => w[0]!).join(''));
        if (initials.length !== parts.length) continue;
        if (!LICENCE_TITLES.has(initials) && (ownValue(TITLE_ABBREVIATIONS, initials) !== undefined || ownValue(SECTOR_ABBREVIATIONS, initials) !== undefined)) continue;
        const owner = owners.get(initials) ?? { indices: new Set<number>(), text };
        owner.indices.add(index);
        owners.set(initials, owner);
      }
    }
  });
  return new Map([...owners].filter(([, o]) => o.indices.size === 1).map(([initials, o]) => [initials, o.text]));
}

export interface CompiledPersona {
  entry: TaxonomyEntry;
  forms: { text: string; words: string[] }[];
  functions: Map<string, number>;
  seniority: number;
}

export interface CompiledIndustry {
  entry: TaxonomyEntry;
  forms: { text: string; words: string[] }[];
  sectors: Map<string, number>;
}

/** The stems of the words that name work in general, not one task (knowledge/pains.ts). */
const GENERIC_TASK = new Set(GENERIC_TASK_WORDS.map(stem));
/** The stems of the people whose administration is work in general (knowledge/pains.ts). */
const ADMINISTERED_PEOPLE = new Set(ADMINISTERED_PEOPLE_WORDS.map(stem));
/** The stems of the business functions' own names ("dispatch", "payroll", "maintenance": FUNCTIONS' keys). */
const FUNCTION_STEMS = new Set(Object.keys(FUNCTIONS).map(stem));
/** Whether a label ending on work in general ("admin", "work", "handling") works on the whole of something the
 * organisation does or is: its people ("Manual volunteer admin"), a function ("Manual dispatch work") or an activity said as
 * one ("Manual boarding admin"). Such work in general is all of that administration; on a thing ("Manual permit & badge
 * admin", "Manual parcel handling") it is one task (pains-manual-thing). */
function workOnTheWhole(label: string, task: readonly string[]): boolean {
  const activities = new Set(normalise(label).split(/[^a-z]+/).filter((w) => w.endsWith('ing')).map(stem));
  return task.some((w) => ADMINISTERED_PEOPLE.has(w) || FUNCTION_STEMS.has(w) || activities.has(w));
}

export interface CompiledPain {
  entry: TaxonomyEntry;
  /** The problems the entry is about: one of them must be said for knowledge to match it. */
  topics: Set<string>;
  /** Qualifier concepts the label carries ("Slow approvals": slow). */
  qualifiers: Set<string>;
  /** Topics only the entry's aliases name (its label names none): "reconciliation" of "Slow event
   * settlement". */
  aliasTopics: Set<string>;
  /** Words of the label no known concept explains ("CAM" of "CAM reconciliation"): what narrows it. */
  narrowing: Set<string>;
  /** An entry about one task done by hand ("Manual rebalancing", "Manual load tendering"): the stems of the task
   * its label names, which a sentence must say for the manual way alone to reach it. Empty for any other entry, and
   * for one whose label ends on work in general ("Manual processes", "Manual crew admin", "Manual HR paperwork")
   * unless that work is on a thing it names ("Manual permit & badge admin": pains-manual-thing). */
  manualTask: string[];
  /** The label names the broad visibility topic only through a last word "tracking" or "track" after another word
   * ("Pallet tracking", "Loaner tool track"): keeping records of a thing, which the topic's everyday words ("the serial
   * numbers of the hoists", "a monthly summary") do not say (resolve.ts, pains-tracked-thing). */
  trackedThing: boolean;
  /** The label names the broad visibility topic of many units at once ("Multi-kiln visibility", "No view across
   * kilns", "Cross-kiln reporting"): the topic's everyday words, and the library's words, reach it only where the
   * notes say several (resolve.ts, pains-across-many). */
  acrossMany: boolean;
}

export interface CompiledTaxonomy {
  taxonomy: Taxonomy;
  personas: CompiledPersona[];
  personaForms: PhraseIndex<{ index: number; text: string }>;
  /** Distinctive words of persona labels and aliases that only one persona uses ("HRIS"). */
  personaWords: Map<string, { index: number; text: string }>;
  /** The initials of a persona's label or alias of three words or more, when only that persona's names
   * make them and they are no known abbreviation: "cbo" for "Chief Building Official". */
  personaAcronyms: Map<string, string>;
  /** The words the taxonomy's industry labels and aliases name its customers' kinds of site or unit by
   * ("quarry", "underground", "parish", "tribal"), as title words, less functions and ranks. */
  siteWords: Set<string>;
  /** What a persona name says beside its rank, when the title knowledge does not read all of it as a
   * function ("pharmacovigilance" of "Head of Pharmacovigilance", "drug safety" of "Drug Safety Manager"),
   * with the name's rank: a title saying it is the persona whose name's rank is nearest the title's. */
  personaCores: PhraseIndex<{ index: number; rank: number }>;
  /** The words a clipped title word may stand for, by first letter: the taxonomy's persona names' words and
   * the title knowledge's functions and ranks (expandClipped). */
  titleVocabulary: Map<string, string[]>;
  /** What a title word cut short with a full stop may stand for, nearest first: the words of the taxonomy's
   * persona names as read, then as written (not translated: "inhaber"), then the title knowledge's (expandDotted). */
  dottedVocabulary: string[][];
  industries: CompiledIndustry[];
  industryForms: PhraseIndex<{ index: number; text: string }>;
  /** Words of industry labels and aliases that only one entry uses ("multifamily", "charter"). */
  industryWords: Map<string, { index: number; text: string }>;
  pains: CompiledPain[];
  painForms: PhraseIndex<{ index: number; text: string }>;
  /** Shorthand written in capitals that stands for one pain's label or alias ("OT" for "overtime", "PMs" for
   * "preventive maintenance", "EDR" for "equipment delivery routes"), as keys of painForms (shorthandKey). */
  painShorthands: Set<string>;
  /** Multi-word phrases by their content words, found with a few words between them. */
  painNear: PhraseIndex<{ index: number; text: string }>;
  painVocabulary: PainVocabulary;
  /** The library's words for each industry: the words of the assets tagged with it, as for pains. */
  industryVocabulary: PainVocabulary;
  relatedWords?: RelatedWords;
  /** Concept -> the pain entries it links to. */
  painsByConcept: Map<string, number[]>;
  labels: Record<TaxonomyKind, Map<string, string>>;
}

/** The specific topics that an alias of `entry` is, as a whole, a phrase of, and that no other entry's label names. */
function wholeAliasTopics(entry: TaxonomyEntry, entries: readonly TaxonomyEntry[]): Set<string> {
  const out = new Set<string>();
  for (const alias of entry.aliases) {
    const stems = phraseStems(alias);
    for (const m of CONCEPT_INDEX.greedy(stems)) {
      const def = CONCEPTS[m.value.concept]!;
      if (m.start === 0 && m.end === stems.length && def.kind === 'topic' && !def.generic) out.add(m.value.concept);
    }
  }
  for (const t of out) if (entries.some((other) => other !== entry && conceptsIn(other.label).topics.has(t))) out.delete(t);
  return out;
}

/** A label of many units at once: "Multi-" or "Cross-" joined to a word, or "across" ("Multi-kiln", "Cross-oven",
 * "across ovens"); not "Multilingual", one word, but the one-word forms of the units a business has many of ("Multistore",
 * "Multiplant", "Multidepot"); not "Cross-selling", selling more to one customer. */
const ACROSS_MANY_LABEL =
  /\b(?:multi|cross)[-\s](?!sell(?:s|ing)?\b)\p{L}|\bmulti(?:sites?|channel|stores?|locations?|branch|plants?|depots?|venues?|entity|entities|brands?|clouds?|tenant|warehouses?|property|properties|accounts?|country|currency)\b|\bacross\b/iu;

/** Whether a label names the visibility topic only through its last word, "tracking" or "track", after another word. */
function visibilityOnlyByTracking(label: string): boolean {
  const tokens = tokenize(label);
  const found = CONCEPT_INDEX.greedy(tokens.map((t) => t.stem)).filter((m) => m.value.concept === 'visibility');
  const last = tokens.length - 1;
  return found.length === 1 && last >= 1 && found[0]!.start === last && found[0]!.end === tokens.length && /^track(ing)?$/.test(tokens[last]!.word);
}

function conceptsIn(text: string): { topics: Set<string>; qualifiers: Set<string> } {
  const topics = new Set<string>();
  const qualifiers = new Set<string>();
  const tokens = tokenize(text);
  const stems = tokens.map(topicStem);
  for (const found of CONCEPT_INDEX.greedy(stems)) {
    // pains-label-literal: where two concepts' phrases share the label's stems ("ages", slow, and "ageing", old
    // systems, both "age"), the one the label says word for word is what it names: "Ageing ILS" is old systems.
    const literal = tokens.slice(found.start, found.end).map((t) => t.word).join(' ');
    const m = found.value.said === literal ? found : (CONCEPT_INDEX.all(stems).find((o) => o.start === found.start && o.end === found.end && o.value.said === literal) ?? found);
    const def = CONCEPTS[m.value.concept]!;
    (def.kind === 'topic' ? topics : qualifiers).add(m.value.concept);
    for (const q of m.value.implies) qualifiers.add(q);
    // pains-label-waste: a word the label says that is both the costly qualifier's and a problem topic's ("waste":
    // money wasted, and food or stock thrown away) names the topic too: "Scrap waste" is about what gets thrown away, as
    // "Kiln costs" is about costs. Not the wrong qualifier's "complaints": a label's complaints are its matter's
    // grievances (refunds, disputes, requests), not the reviews topic's ratings and satisfaction.
    if (def.kind === 'qualifier' && m.value.concept !== 'wrong')
      for (const o of CONCEPT_INDEX.all(stems))
        if (o.start === found.start && o.end === found.end && o.value.said === literal && CONCEPTS[o.value.concept]!.kind === 'topic' && CONCEPTS[o.value.concept]!.negative) topics.add(o.value.concept);
  }
  return { topics, qualifiers };
}

/** Words that only one entry uses across its forms (label and aliases), and in at least `minForms` of
 * them: the words that single that entry out. */
function distinctiveWords(
  entries: readonly { text: string; words: string[] }[][],
  keep: (word: string) => boolean,
  minForms: number,
): Map<string, { index: number; text: string }> {
  const owners = new Map<string, { indexes: Set<number>; forms: number; text: string }>();
  entries.forEach((forms, index) => {
    for (const { text, words } of forms)
      for (const w of new Set(words)) {
        if (!keep(w)) continue;
        const o = owners.get(w) ?? { indexes: new Set<number>(), forms: 0, text };
        o.indexes.add(index);
        o.forms++;
        owners.set(w, o);
      }
  });
  const out = new Map<string, { index: number; text: string }>();
  for (const [w, o] of owners) if (o.indexes.size === 1 && o.forms >= minForms) out.set(w, { index: [...o.indexes][0]!, text: o.text });
  return out;
}

/** Words industry names share whatever the industry: "Specialty trade *services*". */
export const GENERIC_INDUSTRY = new Set(
  ['services', 'service', 'company', 'companies', 'provider', 'providers', 'firm', 'firms', 'group', 'groups', 'industry',
    'industries', 'organization', 'organizations', 'organisation', 'business', 'businesses', 'sector', 'brand', 'brands',
    'public', 'private', 'other', 'general', 'solutions', 'products', 'product', 'management', 'operators', 'operator'].map(
    (w) => industryWords(w)[0] ?? w,
  ),
);

/** Adverb particles of English phrasal verbs, which a compound uses in another sense than alone ("sell-back"). */
const COMPOUND_PARTICLES = new Set(['back', 'down', 'off', 'away', 'over', 'out', 'up']);
/** Bound prefixes written before a hyphen ("tri-", "co-", "e-", "pre-"): said only as a compound's part. Not every short
 * word: "car", "pet", "tax", "day" of "car-park", "pet-sitting", "tax-return", "day-care" are nouns that name a trade. */
const BOUND_SHORT_PREFIXES = new Set(['a', 'e', 'i', 'bi', 'tri', 'co', 're', 'de', 'un', 'ex', 'pre', 'non', 'sub', 'mid', 'mis', 'dis', 'semi', 'multi', 'anti', 'post', 'inter']);
/** A part of a compound that says little by itself: a particle, or a bound prefix ("tri", "bi"). */
const boundPart = (w: string): boolean => BOUND_SHORT_PREFIXES.has(w.toLowerCase()) || COMPOUND_PARTICLES.has(w.toLowerCase());
/** A text's vocabulary stems said freely, and the stems of the bound parts of its hyphenated compounds said only
 * inside one ("back" of "sell-back"; "sell" counts as said freely). A compound whose every part would be bound ("x-ray",
 * "e-bike" is not one) keeps them all free: it names a thing as a whole. */
export function compoundParts(text: string): { free: Set<string>; parts: Set<string> } {
  const parts = new Set<string>();
  const rest = text.replace(COMPOUND, (m) => {
    const split = m.split(/[-\u2010\u2011]/u);
    if (split.every(boundPart)) return ` ${split.join(' ')} `;
    for (const w of split.filter(boundPart)) for (const s of vocabularyStems(w)) parts.add(s);
    return ` ${split.filter((w) => !boundPart(w)).join(' ')} `;
  });
  const free = vocabularyStems(rest);
  for (const w of free) parts.delete(w);
  return { free, parts };
}

/** What the library's own content says about each pain point: the words of the assets tagged with it
 * (titles, descriptions, tags) beside the entry's label and aliases. A word counts for a pain by how much
 * of its use is on that pain's assets, by how rare it is in the library ("caseload" on three
 * advisor-capacity assets and nowhere else), and by how many of the pain's assets it is on. Learnt from at most VOCABULARY_SAMPLE assets, evenly spread. */
export interface PainVocabulary {
  /** Stem -> [pain index, weight] pairs. */
  weights: Map<string, [number, number][]>;
  /** A stem with one letter taken out -> the vocabulary's stems it comes from, for stems the notes may
   * misspell (SPELLING_MIN_LENGTH letters less one, or more). */
  oneLetterLonger: Map<string, string[]>;
  /** Stems said on one asset of the library (of the sampled assets) only: never in an entry's names, which weigh two. */
  single?: Set<string>;
}

/** Words of the notes at least this long are read as the library's word they are one letter off. */
export const SPELLING_MIN_LENGTH = 7;

/** A measure named by two terms joined by "to" and its head: a ratio, a rate, a conversion ("bed-to-nurse ratio"). */
const TERMS_OF_A_MEASURE = /(?<![\p{L}-])(\p{L}{2,}-to-\p{L}{2,})\s+(?:ratios?|rates?|conversions?)(?![\p{L}])/giu;
const VOCABULARY_SAMPLE = 1500;
/** A word speaks for a pain in proportion to the number of that pain's assets it is on (an alias counts
 * twice), fully from this many: a word on one asset says a little, one on five says all its share. */
const VOCABULARY_FULL_USES = 5;

const vocabularyStems = (text: string): Set<string> => {
  const out = new Set<string>();
  for (const w of words(text)) if (w.length > 2 && !isStopword(w) && !/\d/.test(w)) out.add(stem(w));
  return out;
};

export type VocabularyAsset = Pick<PackAsset, 'title' | 'painPoints'> & { industries?: readonly string[]; description?: string; tags?: readonly string[] };

/** The same for any kind of entry: the words of the assets tagged with each (pain points, industries). */
function painVocabulary(pains: readonly TaxonomyEntry[], assets: readonly VocabularyAsset[], taggedWith: (a: VocabularyAsset) => readonly string[] = (a) => a.painPoints, compounds = false): PainVocabulary {
  const position = new Map(pains.map((e, i) => [e.id, i]));
  const docs: { stems: Set<string>; pains: number[]; weight: number }[] = [];
  const step = Math.max(1, assets.length / VOCABULARY_SAMPLE);
  // With `compounds`, a bound part of a hyphenated compound (a particle, a short prefix) counts only where the library
  // says it alone somewhere: "back" of "sell-back" is not the word of "sent it back", "tri" of "tri-axle" not a place's.
  const parted: { free: Set<string>; parts: Set<string> }[] = [];
  const stemsOf = (text: string): Set<string> => {
    if (!compounds) return vocabularyStems(text);
    const split = compoundParts(text);
    parted.push(split);
    return split.free;
  };
  for (let k = 0; k < assets.length; k += step) {
    const a = assets[Math.floor(k)]!;
    const tagged = taggedWith(a).map((id) => position.get(id)).filter((i): i is number => i !== undefined);
    docs.push({ stems: stemsOf(`${a.title} . ${a.description ?? ''} . ${(a.tags ?? []).join(' . ')}`), pains: tagged, weight: 1 });
  }
  pains.forEach((e, i) => docs.push({ stems: stemsOf([e.label, ...e.aliases].join(' . ')), pains: [i], weight: 2 }));
  if (compounds) {
    const free = new Set(parted.flatMap((p) => [...p.free]));
    parted.forEach((p) => {
      for (const w of p.parts) if (free.has(w)) p.free.add(w);
    });
  }
  let total = 0;
  const uses = new Map<string, number>();
  const byPain = new Map<string, Map<number, number>>();
  for (const d of docs) {
    total += d.weight;
    for (const w of d.stems) {
      uses.set(w, (uses.get(w) ?? 0) + d.weight);
      if (d.pains.length === 0) continue;
      const m = byPain.get(w) ?? new Map<number, number>();
      for (const p of d.pains) m.set(p, (m.get(p) ?? 0) + d.weight / d.pains.length);
      byPain.set(w, m);
    }
  }
  const weights = new Map<string, [number, number][]>();
  const single = new Set<string>();
  for (const [w, m] of byPain) {
    const used = uses.get(w)!;
    if (used <= 1) single.add(w);
    const idf = Math.log(total / used);
    const list: [number, number][] = [];
    for (const [p, n] of m) list.push([p, (n / used) * idf * Math.min(1, n / VOCABULARY_FULL_USES)]);
    if (list.length) weights.set(w, list);
  }
  const oneLetterLonger = new Map<string, string[]>();
  for (const w of weights.keys())
    if (w.length > SPELLING_MIN_LENGTH)
      for (let i = 0; i < w.length; i++) {
        const shorter = w.slice(0, i) + w.slice(i + 1);
        const list = oneLetterLonger.get(shorter);
        if (!list) oneLetterLonger.set(shorter, [w]);
        else if (!list.includes(w)) list.push(w);
      }
  return { weights, oneLetterLonger, single };
}

/** The taxonomy prepared for matching. With the library's assets, pain points are also recognised by
 * the words of the content tagged with them. */
export interface CompileOptions {
  /** Words related to the notes' words (synonyms, broader words) also speak for pain points through the
   * library's words, at a share. Off unless given: measured on the evaluation sets, it did not help. */
  relatedWords?: RelatedWords;
}

/** A verb and "not", or a pronoun and "is", said whole and contracted: notes write the contraction, often without its
 * apostrophe ("whos on call", "doesnt sync"), where a library says it whole, and the other way round. Only pairs whose
 * contraction is no other word ("its", "well", "were", "id", "ill", "shell" are left out). */
const CONTRACTIONS: [string, string][] = [
  ['who is', 'whos'], ['what is', 'whats'], ['that is', 'thats'], ['there is', 'theres'], ['where is', 'wheres'],
  ['do not', 'dont'], ['does not', 'doesnt'], ['did not', 'didnt'], ['is not', 'isnt'], ['are not', 'arent'],
  ['was not', 'wasnt'], ['cannot', 'cant'], ['can not', 'cant'], ['could not', 'couldnt'], ['has not', 'hasnt'],
  ['have not', 'havent'], ['will not', 'wont'], ['would not', 'wouldnt'], ['should not', 'shouldnt'],
];
/** An entry's names with each one's other form of a contraction added as an alias ("who is on call" also "whos on
 * call"; "cant load" also "cannot load"), in the words as normalised. */
export function withContractions(entry: TaxonomyEntry): TaxonomyEntry {
  const have = new Set([entry.label, ...entry.aliases].map(normalise));
  const added: string[] = [];
  for (const text of [entry.label, ...entry.aliases]) {
    const said = ` ${normalise(text)} `;
    for (const [whole, short] of CONTRACTIONS)
      for (const [from, to] of [[whole, short], [short, whole]] as const) {
        if (!said.includes(` ${from} `)) continue;
        const other = said.replace(` ${from} `, ` ${to} `).trim();
        if (!have.has(other)) {
          have.add(other);
          added.push(other);
        }
      }
  }
  return added.length ? { ...entry, aliases: [...entry.aliases, ...added] } : entry;
}

export function compileTaxonomy(taxonomy: Taxonomy, assets: readonly VocabularyAsset[] = [], options: CompileOptions = {}): CompiledTaxonomy {
  taxonomy = { personas: taxonomy.personas.map(withContractions), industries: taxonomy.industries.map(withContractions), painPoints: taxonomy.painPoints.map(withContractions) };
  const personaForms = new PhraseIndex<{ index: number; text: string }>();
  const itMarket = sellsToItSupport(taxonomy, assets);
  const personas = taxonomy.personas.map((entry, index): CompiledPersona => {
    const label = titleWords(entry.label);
    const forms = [entry.label, ...entry.aliases].map((text) => ({ text, words: titleWords(text) }));
    for (const f of forms) {
      personaForms.add(f.words, { index, text: f.text });
      // Other languages put the rank first: "Jefe de Mantenimiento", "Gestora de Manutenção" say "Maintenance manager".
      const rank = SENIORITY_INDEX.greedy(f.words).at(-1);
      if (rank && rank.start > 0 && rank.end === f.words.length) personaForms.add([...f.words.slice(rank.start), ...f.words.slice(0, rank.start)], { index, text: f.text });
      // And a rank first says the same after ("Head of Localization", "Localization Head"): "Head of Tech Docs &
      // Localisation" reads its second role as "Localisation Head" (resolveRoles).
      const first = SENIORITY_INDEX.greedy(f.words)[0];
      if (first && first.start === 0 && first.end < f.words.length) personaForms.add([...f.words.slice(first.end), ...f.words.slice(0, first.end)], { index, text: f.text });
    }
    // "Maintenance & facilities", "Dealer principal / general manager": each side names the persona too.
    for (const text of [entry.label, ...entry.aliases]) for (const part of personaNames(text).slice(1)) personaForms.add(part, { index, text });
    // "SOC team", "Finance leader": the label without its role word also names the persona in a title.
    const core = label.filter((w) => !ROLE_WORDS.has(w));
    if (core.length > 0 && core.length < label.length) personaForms.add(core, { index, text: entry.label });
    const aliasLevels = forms.map((f) => seniorityOf(f.words)).filter((l) => l > 0);
    const labelFunctions = new Set(personaFunctionsOf(label, entry.label).map((m) => m.fn));
    // A side of the label that is only a top rank ("Executive & finance", "Owner / operator") names the executive.
    const executive = personaNames(entry.label).slice(1).some((p) => p.length === 1 && seniorityOf(p) === 5 && functionsOf(p).every((f) => f.fn === 'ownership'));
    return {
      entry,
      forms,
      functions: weigh(forms.slice(1).map((f) => f.words), label, (w) => [
        ...personaFunctionsOf(w, w === label ? entry.label : forms.find((f) => f.words === w)?.text)
          .filter((m) => w === label || !aWorkerOfAnotherTrade(w, m, labelFunctions, itMarket))
          .map((m) => m.fn),
        ...(executive && w === label ? ['executive'] : []),
        ...(executiveOf(w) ? ['executive'] : []),
      ]),
      // A persona none of whose names says a rank ("Marine underwriter", "Recruiter") is an individual role.
      seniority: seniorityOf(label) || (aliasLevels.length ? Math.max(...aliasLevels) : 1),
    };
  });

  // A word only one persona's label or aliases use, and that says what the person works on.
  const generic = new Set(GENERIC_TITLE_WORDS.map(lightWord));
  const personaWords = distinctiveWords(
    personas.map((p) => p.forms),
    (w) => w.length >= 3 && !generic.has(w) && !FILLER.has(w),
    1,
  );

  const personaAcronyms = acronymsOf(taxonomy.personas);

  const industryForms = new PhraseIndex<{ index: number; text: string }>();
  const industries = taxonomy.industries.map((entry, index): CompiledIndustry => {
    const named = [entry.label, ...entry.aliases].map((text) => ({ text, words: industryWords(text) }));
    // A name of two words or more before "services" is said without it too ("cleanroom garments" of "Cleanroom
    // garment services"): the head says only that the business serves; one word alone ("Legal services") is not.
    const served = named.filter((f) => f.words.length > 2 && SERVICE_HEADS.has(f.words.at(-1)!)).map((f) => ({ text: f.text, words: f.words.slice(0, -1) }));
    const forms = [...named, ...served];
    // The label's parts are names of their own (a vendor's label groups kinds: "Rural & critical access
    // hospitals"); an alias is a name as people say it, whole ("parks and recreation" is not "recreation",
    // "golf and country club" not a "golf club"; seventeenth round).
    industryNames(entry.label).forEach((words) => industryForms.add(words, { index, text: entry.label }));
    for (const text of entry.aliases) industryForms.add(industryWords(text), { index, text });
    // A name with a letter prefix is also written spaced ("X ray clinics" of "X-ray clinics"): compiled so too, where
    // that keeps two words or more (alone, "moped" of "e-moped" is the bare head the joined letter keeps apart).
    for (const text of [entry.label, ...entry.aliases]) {
      const spaced = text.replace(LETTER_PREFIX, '$1 ');
      const words = spaced === text ? [] : industryWords(spaced);
      if (words.length >= 2) industryForms.add(words, { index, text });
    }
    for (const f of served) industryForms.add(f.words, { index, text: f.text });
    // A compound of a name, its parts in a row, hyphen or space, names the entry said alone ("Quayline Bike Fit" under
    // "Bike-fit studios"); not one whose parts after a function word are all it keeps ("in-ground" is "ground").
    for (const text of [entry.label, ...entry.aliases])
      for (const c of text.match(COMPOUND) ?? []) {
        const words = industryWords(c);
        // (A letter's compound is one word read joined, "tvest" of "T-vest": its own word, not a bare head.)
        if (words.length >= 2 || (words.length === 1 && c.replace(LETTER_PREFIX, '$1') !== c)) industryForms.add(words, { index, text });
      }
    const sectors = weigh(forms.slice(1).map((f) => f.words), industryWords(entry.label), sectorsOf);
    return { entry, forms, sectors };
  });

  const siteWords = new Set(
    taxonomy.industries
      .flatMap((e) => [e.label, ...e.aliases])
      .flatMap((text) => titleWords(text))
      .filter((w) => w.length >= 3 && !generic.has(w) && functionsOf([w]).length === 0 && seniorityOf([w]) === 0 && rankPhrasesOf([w]).length === 0),
  );

  const personaCores = new PhraseIndex<{ index: number; rank: number }>();
  personas.forEach((p, index) => {
    for (const f of p.forms) {
      const ranks = SENIORITY_INDEX.greedy(f.words);
      const first = ranks[0]?.start === 0 ? ranks[0] : undefined;
      const last = ranks.at(-1)?.end === f.words.length ? ranks.at(-1) : undefined;
      if (!first && !last) continue;
      const core = f.words.slice(first?.end ?? 0, last && last !== first ? last.start : f.words.length);
      if (core.length === 0 || core.some((w) => generic.has(w) || FILLER.has(w) || seniorityOf([w]) > 0)) continue;
      const read = functionsOf(core).reduce((n, m) => n + m.end - m.start, 0);
      // The vendor's market ("Mining" of "Mining Engineer") says where, not what the person does.
      if (read === core.length || core.every((w) => siteWords.has(w))) continue;
      personaCores.add(core, { index, rank: Math.max(first?.value ?? 0, last?.value ?? 0) });
    }
  });

  const titleVocabulary = new Map<string, string[]>();
  for (const w of new Set([...KNOWN_TITLE_WORDS, ...personas.flatMap((p) => p.forms.flatMap((f) => f.words))]))
    if (w.length >= 5 && /^[a-z]+$/.test(w)) titleVocabulary.set(w[0]!, [...(titleVocabulary.get(w[0]!) ?? []), w]);
  const personaTitleWords = new Set(personas.flatMap((p) => p.forms.flatMap((f) => f.words)));
  const writtenPersonaWords = new Set(taxonomy.personas.flatMap((p) => [p.label, ...p.aliases].flatMap((t) => normalise(t).split(' '))));
  const dottedVocabulary = [personaTitleWords, writtenPersonaWords, KNOWN_TITLE_WORDS, FOREIGN_TITLE_WORD_LIST].map((words) => [...words].filter((w) => /^[a-z]{4,}$/.test(w)));

  // A word the entries' names use only inside a hyphenated compound, bound there to a function word or a modifier
  // before it ("ground" of "in-ground", "flight" of "pre-flight", "tyre" of "tyre-recycling"), names no entry by itself:
  // said alone it is another word ("common ground"). Each name is read whole, as its forms are (a phrase
  // of another language reads otherwise word by word: "Centros de día" is an adult day care), and every other word of
  // it is free.
  const freeIndustryWords = new Set(
    taxonomy.industries.flatMap((e) => [e.label, ...e.aliases]).flatMap((t) => {
      const only = compoundOnlyWords(t);
      return industryWords(t).filter((w) => !only.has(w));
    }),
  );
  const industryOwnWords = distinctiveWords(
    industries.map((i) => i.forms),
    (w) => w.length >= 3 && !GENERIC_INDUSTRY.has(w) && freeIndustryWords.has(w),
    1,
  );

  const painForms = new PhraseIndex<{ index: number; text: string }>();
  const painsByConcept = new Map<string, number[]>();
  const painNear = new PhraseIndex<{ index: number; text: string }>();
  const shorthands = new Map<string, { indices: Set<number>; text: string }>();
  const pains = taxonomy.painPoints.map((entry, index): CompiledPain => {
    for (const text of [entry.label, ...entry.aliases]) {
      painForms.add(phraseStems(text), { index, text });
      // Seventieth round: a measure named by its two terms joined by "to" before its head ("bed-to-nurse ratio",
      // "visit-to-sale conversion") is said without the head: "bed-to-nurse" alone is that ratio.
      for (const m of text.matchAll(TERMS_OF_A_MEASURE)) painForms.add(phraseStems(m[1]!), { index, text });
      for (const key of shorthandsOf(text)) {
        const owner = shorthands.get(key) ?? { indices: new Set<number>(), text };
        owner.indices.add(index);
        shorthands.set(key, owner);
      }
      const content = contentStems(text);
      if (content.length >= 2) painNear.add(content, { index, text });
    }
    // An entry is about the problem its label names. Only a label that names no known problem is
    // read through its aliases (one alias mentioning "tickets" doesn't make every ticket a privacy issue).
    const label = conceptsIn(entry.label);
    // A broad topic named beside a specific one is a modifier: "Security staffing gap" is about staffing.
    const specific = [...label.topics].filter((t) => !CONCEPTS[t]!.generic);
    const topics = new Set(specific.length ? specific : label.topics);
    const fromAliases = new Map<string, number>();
    for (const alias of entry.aliases) for (const t of conceptsIn(alias).topics) fromAliases.set(t, (fromAliases.get(t) ?? 0) + 1);
    const aliasTopics = new Set<string>();
    // pains-alias-whole-topic: a label that names no known problem ("Prospects going cold") one of whose aliases is, as a
    // whole, a phrase of a specific topic that no other entry's label names ("missed calls" of the unanswered topic) is
    // about that topic, though no second alias says it: the everyday ways the knowledge reads the topic ("nobody picks up
    // after six") reach the entry. Not where whole aliases name two topics ("on-call", "overtime", "24/7": payroll and
    // staffing): they say no one problem.
    // A label that names only how things are said ("Communications metrics") is read through its aliases as well.
    const labelNamesNone = [...label.topics].every((t) => CONCEPTS[t]!.aliasesStillSay);
    const wholeAlias = labelNamesNone ? wholeAliasTopics(entry, taxonomy.painPoints) : new Set<string>();
    if (labelNamesNone)
      for (const [t, n] of fromAliases)
        if (n >= 2 || entry.aliases.length < 3 || (wholeAlias.size === 1 && wholeAlias.has(t))) {
          topics.add(t);
          aliasTopics.add(t);
        }
    // pains-rekeying: an entry whose label or aliases name re-keying ("Spreadsheets and double entry", "Disconnected systems"
    // known as "re-keying") hears it, whatever other problem its label names: "someone re-keys them every evening" is
    // that entry's pain. It is heard as an alias topic (a label's qualifier still needed; not a second problem the sentence
    // must also say); an entry about manual work hears it already, through the topic's parent.
    if (!topics.has('rekeying') && !topics.has('manual')) {
      const rekeys = (n: string) => conceptsIn(n).topics.has('rekeying') || REKEYING_NAMES.some((r) => ` ${n.toLowerCase().replace(/[^a-z]+/g, ' ')} `.includes(` ${r} `));
      if ([entry.label, ...entry.aliases].some(rekeys)) {
        topics.add('rekeying');
        aliasTopics.add('rekeying');
      }
    }
    for (const t of topics) painsByConcept.set(t, [...(painsByConcept.get(t) ?? []), index]);
    const labelStems = phraseStems(entry.label);
    const covered = new Set<number>();
    for (const m of CONCEPT_INDEX.greedy(labelStems)) for (let i = m.start; i < m.end; i++) covered.add(i);
    const narrowing = new Set(labelStems.filter((w, i) => !covered.has(i) && w.length > 1 && !isStopword(w)));
    const head = labelStems.filter((w) => !isStopword(w)).at(-1);
    // pains-manual-thing (sixty-ninth round): a label ending on work in general names one task too where what it works on
    // is a thing ("Manual permit & badge admin", "Manual parcel handling"), not the people the organisation keeps records
    // of as a whole ("Manual staff admin", "Manual volunteer paperwork"), a function or an activity (`workOnTheWhole`).
    const task = [...narrowing].filter((w) => !GENERIC_TASK.has(w));
    const manualTask = topics.size === 1 && topics.has('manual') && head !== undefined && (!GENERIC_TASK.has(head) || !workOnTheWhole(entry.label, task)) ? task : [];
    const trackedThing = topics.has('visibility') && visibilityOnlyByTracking(entry.label);
    const acrossMany = topics.has('visibility') && ACROSS_MANY_LABEL.test(entry.label);
    return { entry, topics, aliasTopics, qualifiers: label.qualifiers, narrowing, manualTask, trackedThing, acrossMany };
  });

  const labels = {} as CompiledTaxonomy['labels'];
  for (const kind of TAXONOMY_KINDS) labels[kind] = new Map(taxonomy[kind].map((e) => [e.id, e.label]));
  // A shorthand two entries' names make stands for neither; one the taxonomy writes as a word of its own ("PSC
  // detentions") is read as that word.
  const painShorthands = new Set<string>();
  const written = new Set(taxonomy.painPoints.flatMap((e) => [e.label, ...e.aliases].flatMap((t) => tokenize(t).map((w) => w.word))));
  for (const [key, owner] of shorthands)
    if (owner.indices.size === 1 && !written.has(key.slice(1)) && !written.has(`${key.slice(1)}s`)) {
      painShorthands.add(key);
      painForms.add([key], { index: [...owner.indices][0]!, text: owner.text });
    }
  return { taxonomy, personas, personaForms, painShorthands, personaWords, personaAcronyms, siteWords, personaCores, titleVocabulary, dottedVocabulary, industries, industryForms, industryWords: industryOwnWords, pains, painForms, painNear, painVocabulary: painVocabulary(taxonomy.painPoints, assets), industryVocabulary: painVocabulary(taxonomy.industries, assets, (a) => a.industries ?? [], true), painsByConcept, labels, relatedWords: options.relatedWords };
}
