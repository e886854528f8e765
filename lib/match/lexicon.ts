// Titles and industry names in other languages read as English words, so the title and industry
// knowledge (and a taxonomy written in English) reaches them: "Directrice financière" is a finance
// director, "Personalleiterin" a head of human resources, "Santé" health care.
import { BUILDING_WORD_GUARDS, CLEANING_WORDS, FARMED_FIRST_PARTS, FARMER_ONLY_FIRST_PARTS, COMPOUND_HEADS, COMPOUND_HEADS_ONLY_BEFORE, COMPOUND_RANKS, COMPOUND_TAILS, COMPOUND_TAILS_AFTER, COMPOUND_TAILS_ALONE, COMPOUND_TAILS_BY_FIRST, FILLERS, GERMAN_RANKS, GERMAN_SHORT_FUNCTIONS, LINKING, LISTED_PLURAL_ONLY, NATIVE_FIRST_PARTS, NOTE_PHRASES, NOTE_PHRASES_ARTICLES, NOTE_PHRASES_NOT_AFTER, NOTE_PHRASES_NOT_BEFORE, NOTE_PHRASES_ONLY_BEFORE, NOTE_PHRASES_ONLY_NEAR, NOTE_PROBLEM_WORDS, PARTICLE_CLAUSE_STOPS, SEPARABLE_IDIOMS, NOTE_WORDS, PHRASES, WORDS } from './knowledge/lexicon';
import { NOTE_CLIPPED_WORDS } from './knowledge/cues';
import { NACE_TABLE } from './nace-table.generated';
import { OCCUPATION_TABLE } from './occupation-table.generated';
import { TRADE_PEOPLE, TRADE_TABLE } from './trade-table.generated';
import { stem, type Token } from './text';

const FILLER = new Set(FILLERS);
const GERMAN_RANK = new Set(GERMAN_RANKS);
const GERMAN_SHORT = new Map(Object.entries(GERMAN_SHORT_FUNCTIONS));
/** Phrases by first word, longest first. */
const PHRASE_INDEX = new Map<string, { seq: string[]; out: string }[]>();
for (const [phrase, out] of Object.entries(PHRASES)) {
  const seq = phrase.split(' ');
  const list = PHRASE_INDEX.get(seq[0]!) ?? [];
  list.push({ seq, out });
  list.sort((a, b) => b.seq.length - a.seq.length);
  PHRASE_INDEX.set(seq[0]!, list);
}

const ELIDED = /(?<![\p{L}\p{N}'’])(?:dell|dall|all|nell|sull|quell|un|qu|[cjmnst])['’](?=\p{L}{2})/giu;
/** French and Italian elision ("d'information", "l'hôtellerie") as two words, before apostrophes go; the other elided
 * articles, pronouns and prepositions (Italian "dell'", "all'", "nell'", "sull'", "dall'", "un'", French "qu'", "c'",
 * "n'", "s'") are taken off, as the notes' reading takes them off: "Responsabile dell'ufficio" reads "ufficio", not
 * "dellufficio"; "d'" and "l'" stay as words the fillers drop. */
export const splitElision = (text: string): string =>
  text.replace(/\b([dlDL])['’](?=\p{L})/gu, '$1 ').replace(ELIDED, '').replace(/ß/g, 'ss');

/** Nouns of a generated bilingual table ("word english words" a line, scripts/build-lexicon-table.ts), read
 * where the hand-written lexicon has no entry. Off unless given: measured and not better (docs/matching.md). */
let foreign: Map<string, string> | undefined;
/** A generated table, "word english words" a line, as a map. */
const readTable = (table: string) => new Map(table.split('\n').map((line) => [line.slice(0, line.indexOf(' ')), line.slice(line.indexOf(' ') + 1)]));
/** Counts the calls to useForeignNouns: what is remembered of a reading (compile.ts, memoised) is read again after one. */
let lexiconEdition = 0;
export const currentLexiconEdition = (): number => lexiconEdition;
/** The generated tables in use, as given, for the English words they read to (`tableEnglishStems`). */
const englishOfTables: { nace?: string; occupations?: string; trades?: string } = {};
export function useForeignNouns(table: string | undefined): void {
  lexiconEdition++;
  foreign = table === undefined ? undefined : readTable(table);
}
const foreignNoun = (word: string): string | undefined => foreign?.get(word);
/** A generated table whose keys are whole words or prefixes of one length ending in "*": a word is read whole, else by
 * its first letters when it has at least `longer` letters more than the prefix (the NACE table 1, "kappers" of
 * "kappers*" 0 for the occupations). */
function prefixTable(table: string, longer: number): WordReader {
  const map = readTable(table);
  const prefix = Math.max(0, ([...map.keys()].find((k) => k.endsWith('*'))?.length ?? 1) - 1);
  return (word) => map.get(word) ?? (prefix > 0 && word.length >= prefix + longer ? map.get(`${word.slice(0, prefix)}*`) : undefined);
}
/** Words of the NACE Rev. 2 class titles in other languages with their English class title's words ("parrucc*
 * hairdressing beauty" a line, lib/match/nace-table.generated.ts, made by scripts/build-nace-table.ts), read where
 * a CRM industry value or a company's name is read (resolve.ts, `industryWordsWithCognates`) and only where
 * neither the taxonomy, a cognate nor the lexicon reads the word. On by default; `useNaceTable(undefined)` turns
 * it off, `useNaceTable(text)` reads another table (docs/matching.md, "Kinds of business in six languages from a
 * statistical classification"). */
let nace: WordReader | undefined;
export function useNaceTable(table: string | undefined): void {
  lexiconEdition++;
  nace = table === undefined ? undefined : prefixTable(table, 1);
  englishOfTables.nace = table;
}
let tableEnglish: { edition: number; stems: ReadonlySet<string> } | undefined;
/** The stems of the English words the NACE, occupation and trade tables in use read their words as ("writer",
 * "diver", "banker", "printer", "costing" of "cost"): words of work English has, found once per edition. */
export function tableEnglishStems(): ReadonlySet<string> {
  if (tableEnglish?.edition !== lexiconEdition) {
    const stems = new Set<string>();
    for (const table of Object.values(englishOfTables))
      for (const line of table?.split('\n') ?? []) for (const w of line.slice(line.indexOf(' ') + 1).split(' ')) if (w) stems.add(stem(w));
    tableEnglish = { edition: lexiconEdition, stems };
  }
  return tableEnglish.stems;
}
useNaceTable(NACE_TABLE);
/** A word of another language's NACE class title as its English class title's words, when the table is given. */
export const naceWords = (word: string): string | undefined => nace?.(word);

/** Words of occupation names in other languages with their English occupation's head nouns ("peluque* hairdresser"
 * a line, lib/match/occupation-table.generated.ts, made by scripts/build-esco-table.ts from ESCO and CH-ISCO-19),
 * read where `occupationUses` says: a title ("titles", where neither title lexicon nor a compound reads the word; on
 * by default) and a CRM industry value and a company's name ("industries", where the NACE table reads; measured and
 * off). `useOccupationTable(undefined)` turns it off (docs/matching.md, "Occupations in six languages from ESCO"). */
let occupations: WordReader | undefined;
export const occupationUses = { industries: false, titles: false };
export function useOccupationTable(table: string | undefined, uses: Partial<typeof occupationUses> = { industries: true, titles: true }): void {
  lexiconEdition++;
  occupations = table === undefined ? undefined : prefixTable(table, 0);
  englishOfTables.occupations = table;
  occupationUses.industries = table !== undefined && (uses.industries ?? false);
  occupationUses.titles = table !== undefined && (uses.titles ?? false);
}
/** A word of another language's occupation name as its English occupation's words, when the table is given: by
 * the whole word, else by its first letters (a word as long as the key too: "kappers" of "kappers*"). */
export const occupationWords = (word: string): string | undefined => occupations?.(word);
useOccupationTable(OCCUPATION_TABLE, { titles: true });

/** Words of occupation names in other languages as their English occupation's head nouns, of a Romance name only its
 * own head, its first word ("deshollinador", not "chaminés" of "limpador de chaminés": a sweep; made by
 * scripts/build-esco-table.ts with ESCO_TABLE=trades, lib/match/trade-table.generated.ts): the people of a trade a
 * company's name or a CRM industry value says, read after the NACE table (resolve.ts, `industryWordsWithCognates`),
 * to the entry whose name they head ("Deshollinadores Cántabros" of "chimney sweep"). `useTradeTable(undefined)`
 * turns it off (docs/matching.md, "Kinds of business named by their people in six languages"). */
let trades: { read: WordReader; people: ReadonlySet<string> } | undefined;
/** `people`: the English words that name people (the generator's TRADE_PEOPLE), of which the table's are kept. */
export function useTradeTable(table: string | undefined, people: string = TRADE_PEOPLE): void {
  lexiconEdition++;
  englishOfTables.trades = table;
  if (table === undefined) {
    trades = undefined;
    return;
  }
  const persons = new Set(people.split(' '));
  const map = readTable(table);
  trades = { read: inflected(map), people: new Set([...map.values()].flatMap((v) => v.split(' ')).filter((w) => persons.has(w))) };
}
/** Plural endings of the six languages' agent nouns and the singular they come from (Spanish and Portuguese "-es",
 * "-s", French "-s", "-x", Dutch "-s", "-en", German "-en", "-n", "-e", Italian "-i" of "-o", "-e", "-e" of "-a"). */
const PLURALS: [string, string][] = [['s', ''], ['es', ''], ['x', ''], ['en', ''], ['n', ''], ['e', ''], ['i', 'o'], ['i', 'e'], ['e', 'a']];
/** A table of whole words read by the word or the singular of its plural ("deshollinadores" of "deshollinador"): no
 * word of another family that only begins like one ("meesterbakker" is no "meesterbrander"). */
function inflected(map: ReadonlyMap<string, string>): WordReader {
  const singular = (word: string): string | undefined => {
    const exact = map.get(word);
    if (exact !== undefined) return exact;
    for (const [plural, ending] of PLURALS) if (word.length > plural.length + 3 && word.endsWith(plural)) {
      const english = map.get(word.slice(0, -plural.length) + ending);
      if (english !== undefined) return english;
    }
    return undefined;
  };
  return (word) => {
    const read = singular(word);
    if (read !== undefined) return read;
    // a Dutch or German compound of the people and a word for a business ("schoorsteenvegersbedrijf": the sweeps' firm)
    const business = COMPOUND_BUSINESS.find((b) => word.length > b.length + 4 && word.endsWith(b));
    return business ? singular(word.slice(0, -business.length)) : undefined;
  };
}
/** Dutch and German words for a business that end a compound of its trade's people ("-bedrijf", "-betrieb", "-firma"). */
const COMPOUND_BUSINESS = ['bedrijf', 'betrieb', 'firma', 'zaak', 'unternehmen'];
useTradeTable(TRADE_TABLE);
/** A trade's workshop named from its people's agent noun in the six languages (German "Bäckerei" of "Bäcker", Dutch
 * "bakkerij" of "bakker", Spanish "panadería" of "panadero", Italian "macelleria" of "macellaio", Portuguese "padaria"
 * of "padeiro", French "boucherie" of "boucher"): the agent nouns a workshop's word may come from, likeliest first. */
const WORKSHOP_FORMS: [RegExp, string[]][] = [
  [/erei$/, ['er']],
  [/erij$/, ['er']],
  [/e?aria$/, ['eiro']],
  [/eria$/, ['ero', 'iere', 'aio']],
  [/erie$/, ['ier', 'er', 'eur']],
];
function workshopAgents(word: string): string[] {
  const found = WORKSHOP_FORMS.find(([form]) => form.test(word));
  return found ? found[1].map((agent) => word.replace(found[0], agent)) : [];
}
/** A word of another language as the English words of the trade's people it names, by the trade table: the word
 * itself, or the agent noun its workshop form comes from ("barbearia" of "barbeiro": barber). */
export function tradeWords(word: string): string | undefined {
  if (!trades) return undefined;
  return trades.read(word) ?? workshopAgents(word).map(trades.read).find((english) => english !== undefined);
}
/** The English words the trade table reads its words as: the people of trades ("sweep", "barber"). */
export const tradePeople = (): ReadonlySet<string> => trades?.people ?? NO_PEOPLE;
const NO_PEOPLE: ReadonlySet<string> = new Set();

/** A word one of the lexicons reads, or its German feminine form ("Leiterin", "Geschäftsführerin", "Referentin"). */
export type WordReader = (word: string) => string | undefined;
/** Feminine endings of job titles and the masculine ones the lexicons list: German "-in" (Leiterin), French
 * "-rice" (coordinatrice), "-euse" (vendeuse), "-ère" (infirmière), "-enne" (technicienne), "-ée" and "-e"
 * (déléguée, adjointe), "-esse" (maîtresse), Spanish, Italian and Portuguese "-a" (enfermera, gestora), Dutch "-ster"
 * (medewerkster), also of "-der" and "-ter" (beheerster, voorzitster), "-ares", "-aresse" of "-aar" (lerares,
 * eigenaresse), Italian "-essa" of "-e" (presidentessa, dottoressa) and Spanish "-enta" of "-ente" (gerenta, presidenta). */
const FEMININE_ENDINGS: [string, string][] = [
  ['in', ''], ['rice', 'eur'], ['euse', 'eur'], ['ere', 'er'], ['enne', 'en'], ['ee', 'e'], ['e', ''], ['a', 'o'], ['a', ''], ['ster', 'er'],
  ['aresse', 'aar'], ['ares', 'aar'], ['esse', 'e'], ['ster', 'der'], ['ster', 'ter'], ['essa', 'e'], ['enta', 'ente'],
];
/** The masculine form of a feminine title word the reader knows, read. */
export function feminine(word: string, read: WordReader): string | undefined {
  if (word.length < 5) return undefined;
  for (const [ending, masculine] of FEMININE_ENDINGS) {
    if (!word.endsWith(ending) || (ending === 'in' && word.length < 6)) continue;
    const english = read(word.slice(0, -ending.length) + masculine);
    if (english !== undefined) return english;
  }
  return undefined;
}

/** A word of the shared lexicon (or the generated table, when given) as it is written. */
export const sharedExact: WordReader = (word) => WORD_MAP.get(word) ?? foreignNoun(word);
/** WORDS as a map, made once: its own entries (what `ownValue` reads), one look-up each where a word is
 * read through several tables in turn. */
const WORD_MAP = new Map(Object.entries(WORDS));
const wordOf: WordReader = (w) => WORD_MAP.get(w);

/** Plural endings of Spanish, Portuguese, French, Italian, Dutch and German nouns and the singular ones the
 * lexicons list: "precios", "promociones", "categorías", "prezzi", "vendite", "operaties", and a German
 * noun in "-e" ("Apotheken" of "Apotheke"). */
const PLURAL_ENDINGS: [string, string][] = [['es', ''], ['s', ''], ['x', ''], ['i', 'o'], ['i', 'e'], ['e', 'a'], ['en', ''], ['en', 'e'], ['ies', 'ie']];
/** Words read in no plural but the one the lexicon lists (LISTED_PLURAL_ONLY). */
const PLURAL_LISTED = new Set(LISTED_PLURAL_ONLY);
/** The singular form of a plural word the reader knows, read. */
export function singular(word: string, read: WordReader): string | undefined {
  if (word.length < 5) return undefined;
  for (const [ending, one] of PLURAL_ENDINGS) {
    if (!word.endsWith(ending)) continue;
    const base = word.slice(0, -ending.length) + one;
    // A word whose one plural the lexicon lists ("tegels"), not read through the endings ("Tegelen" is a town).
    if (PLURAL_LISTED.has(base)) continue;
    const english = read(base);
    if (english !== undefined) return english;
  }
  return undefined;
}

/** A word of the shared lexicon (or the generated table, when given), its feminine and plural forms too. */
export function sharedWord(word: string): string | undefined {
  return sharedExact(word) ?? feminine(word, wordOf) ?? singular(word, wordOf);
}

const RANK_TAILS = new Set(COMPOUND_RANKS);
/** A compound's part as English: a part only compounds use (`table`), else a word the reader knows, each
 * also in its German feminine form ("Chefin", "Leiterin"). */
function partOf(part: string, table: ReadonlyMap<string, string>, read: WordReader): string | undefined {
  const english = table.get(part) ?? read(part);
  if (english !== undefined || part.length < 6 || !part.endsWith('in')) return english;
  const base = part.slice(0, -2);
  return table.get(base) ?? read(base);
}
/** COMPOUND_HEADS and COMPOUND_TAILS as maps of their own entries, made once. */
const HEAD_MAP = new Map(Object.entries(COMPOUND_HEADS));
const TAIL_MAP = new Map(Object.entries(COMPOUND_TAILS));
const TAIL_AFTER = new Map(Object.entries(COMPOUND_TAILS_AFTER));
const HEAD_ONLY_BEFORE = new Map(Object.entries(COMPOUND_HEADS_ONLY_BEFORE).map(([k, v]) => [k, new Set(v)]));
const TAIL_ALONE = new Set(COMPOUND_TAILS_ALONE);
const TAIL_BY_FIRST = new Map(Object.entries(COMPOUND_TAILS_BY_FIRST).map(([k, v]) => [k, { after: new Set(v.after), otherwise: v.otherwise }]));
const anyWordIn = (english: string | undefined, words: ReadonlySet<string>): boolean => !!english && english.split(' ').some((w) => words.has(w));
/** A first and last part as read together: a first part read only before some last parts (COMPOUND_HEADS_ONLY_BEFORE:
 * "Kreis" before a public body's), none before a last part that is the whole trade (COMPOUND_TAILS_ALONE: "-verlag"),
 * a last part whose sense depends on the first (COMPOUND_TAILS_BY_FIRST: "-handel" of traded goods, else retail). */
function joined(firsts: Part[], tail: Part): Part[] {
  const first = firsts.at(-1)!;
  const only = HEAD_ONLY_BEFORE.get(first.written);
  if (TAIL_ALONE.has(tail.written)) return [{ written: firsts.map((p) => p.written).join(''), english: '' }, tail];
  const by = TAIL_BY_FIRST.get(tail.written);
  const last = by && !anyWordIn(first.english, by.after) ? { written: tail.written, english: by.otherwise } : tail;
  if (only && !anyWordIn(last.english, only)) return [...firsts.slice(0, -1), { written: first.written, english: '' }, last];
  return [...firsts, last];
}

/** A compound's part: as it is written, and its English where a reader knows it. */
interface Part {
  written: string;
  english?: string;
}

/** How one kind of text reads the parts of its compounds. */
interface CompoundReading<T> {
  /** A first (or middle) part as English. */
  first: WordReader;
  /** A last part as English. */
  last: WordReader;
  /** The longest known last part first (the notes: "Stillstand" before "Stand"), else the shortest. */
  longestLastFirst: boolean;
  /** Whether a top-level compound whose first part no list knows is read with that part as it is, before
   * this last part (`english`); taken at once when `bareFirstAtOnce`, else only when no split reads all parts. */
  bareFirst: (head: string, english: string) => boolean;
  bareFirstAtOnce: boolean;
  /** Whether a first part is also tried with the final "e" German drops before the next part ("Filialleiterin":
   * Filiale + Leiterin, "Schulleiter": Schule + Leiter). */
  droppedE?: boolean;
  /** The shortest last part no list knows after a first part a list knows, read with that part as it is
   * when no other split reads; undefined: never. */
  bareLast?: number;
  /** The parts as what the caller wants. */
  out: (parts: Part[]) => T;
}

/** Compounds already read, per reading: a title's words come back on every suggestion, a note's words on
 * every prospect. */
const SPLIT = new WeakMap<object, Map<string, unknown>>();
const SPLIT_LIMIT = 5000;

/** A compound as `reading` reads it, split once per word and reading (a bounded cache), or undefined. */
function readCompound<T>(word: string, reading: CompoundReading<T>): T | undefined {
  if (word.length < 7) return undefined;
  let done = SPLIT.get(reading) as Map<string, T | undefined> | undefined;
  if (!done) SPLIT.set(reading, (done = new Map()));
  if (done.has(word)) return done.get(word);
  if (done.size >= SPLIT_LIMIT) done.clear();
  const parts = split(word, reading, 0);
  const out = parts && reading.out(parts);
  done.set(word, out);
  return out;
}

/** A first part and the same without a linking letter or two ("einkaufs" einkauf, "schichten" schicht). */
const unlinked = (head: string, droppedE = false): string[] => [
  head,
  ...LINKING.filter((l) => head.endsWith(l) && head.length - l.length >= 3).map((l) => head.slice(0, -l.length)),
  ...(droppedE && !/[aeiou]$/.test(head) ? [`${head}e`] : []),
];

function split<T>(word: string, reading: CompoundReading<T>, depth: number): Part[] | undefined {
  if (word.length < 7 || depth > 2) return undefined;
  let bare: Part[] | undefined;
  const n = word.length - 3;
  for (let k = 3; k <= n; k++) {
    const i = reading.longestLastFirst ? k : n + 3 - k;
    const written = word.slice(i);
    const english = reading.last(written);
    if (english === undefined) continue;
    const tail = { written, english };
    const head = word.slice(0, i);
    // A last part read only after certain first parts (COMPOUND_TAILS_AFTER: a council's chair, not a club's).
    const after = TAIL_AFTER.get(written);
    for (const h of unlinked(head, reading.droppedE)) {
      const first = reading.first(h);
      if (first !== undefined && (!after || after.includes(first))) return joined([{ written: h, english: first }], tail);
      const inner = split(h, reading, depth + 1);
      if (inner && (!after || after.includes(inner.at(-1)!.english ?? ''))) return joined(inner, tail);
    }
    if (depth === 0 && !bare && !after && reading.bareFirst(head, english)) {
      bare = [{ written: head }, tail];
      if (reading.bareFirstAtOnce) return bare;
    }
  }
  if (bare || depth > 0 || reading.bareLast === undefined) return bare;
  for (let i = word.length - reading.bareLast; i >= 3; i--)
    for (const h of unlinked(word.slice(0, i), reading.droppedE)) {
      const first = reading.first(h);
      if (first !== undefined) return [{ written: h, english: first }, { written: word.slice(i) }];
    }
  return undefined;
}

/** The readings of titles, industries and company names, per reader of their words. */
const WORD_READINGS = new WeakMap<WordReader, CompoundReading<string[]>>();
function wordReading(read: WordReader): CompoundReading<string[]> {
  let reading = WORD_READINGS.get(read);
  if (!reading)
    WORD_READINGS.set(
      read,
      (reading = {
        first: (part) => partOf(part, HEAD_MAP, read),
        last: (part) => partOf(part, TAIL_MAP, read),
        longestLastFirst: false,
        bareFirst: (head, english) => head.length >= 4 && RANK_TAILS.has(english),
        bareFirstAtOnce: false,
        droppedE: true,
        out: (parts) => parts.map((p) => p.english ?? p.written),
      }),
    );
  return reading;
}

/** A German or Dutch compound as its parts in English, or undefined: "einkaufsleiterin" procurement + head
 * (with the linking "s"), "werkleiterin" plant + head, "vestigingsmanager" branch + manager. Its last part is
 * its head; each part is read by `read` (the shared lexicon; in titles the title lexicon first), first
 * parts that name something only in a compound by COMPOUND_HEADS, last ones by COMPOUND_TAILS. At the
 * top level a first part no list knows stays as it is before a rank ("marketing" + "leiter"). The one
 * splitter for titles, industries, company names and (noteCompound) the notes' words. */
export function compound(word: string, read: WordReader = sharedExact): string[] | undefined {
  return readCompound(word, wordReading(read));
}

/** How many words of the shared lexicon's phrase start at `i` ("sicurezza informatica"), or 0. */
export function sharedPhraseAt(words: readonly string[], i: number): number {
  return PHRASE_INDEX.get(words[i]!)?.find((p) => p.seq.every((x, j) => words[i + j] === x))?.seq.length ?? 0;
}

/** Whether a building word of another language with a second meaning (BUILDING_WORD_GUARDS), `length` words from
 * `i`, is the building part there: beside the words it needs, not beside or before the words of its other sense,
 * not a short name's first word before a word the lexicon does not know ("Bagno" + a name). */
const GUARDS = new Map(Object.entries(BUILDING_WORD_GUARDS));
/** A cleaning word: a verb of CLEANING_WORDS, or a word the lexicon reads as the cleaning trade ("limpieza"). */
const cleaningWord = (w: string): boolean => CLEANING_WORDS.has(w) || /\b(?:janitorial|cleaning)\b/.test(sharedWord(w) ?? '');
/** The English of the building parts read only where not cleaned ("stairs" of "Treppe"): left out of a compound
 * with a cleaning part ("Treppenreinigung" the cleaning trade). */
const CLEANED_PARTS = new Set([...GUARDS].filter(([k, g]) => g.cleaned && !k.includes(' ')).map(([k]) => sharedWord(k)).filter((e): e is string => e !== undefined));
function buildingPartAt(words: readonly string[], i: number, length: number): boolean {
  const guard = GUARDS.get(length === 1 ? words[i]! : words.slice(i, i + length).join(' '));
  if (!guard) return true;
  const window = guard.window ?? 5;
  const around = [...words.slice(Math.max(0, i - window), i), ...words.slice(i + length, i + length + window)];
  if (guard.near && !(guard.short && words.length <= 3) && !around.some((w) => guard.near!.has(w))) return false;
  if (guard.notNear && around.some((w) => guard.notNear!.has(w))) return false;
  if (guard.cleaned && around.some(cleaningWord)) return false;
  if (guard.notBefore && words.slice(i + length, i + length + 2).some((w) => guard.notBefore!.has(w))) return false;
  const next = words[i + 1];
  if (guard.nameHead && i === 0 && words.length <= 4 && next !== undefined && !FILLER.has(next) && sharedWord(next) === undefined && !/^\d/.test(next)) return false;
  return true;
}

/** Normalised words (lower case, no accents) with other languages' words in English, fillers out. */
export function englishWords(words: readonly string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < words.length) {
    const w = words[i]!;
    const phrase = PHRASE_INDEX.get(w)?.find((p) => p.seq.every((x, j) => words[i + j] === x) && buildingPartAt(words, i, p.seq.length));
    if (phrase) {
      out.push(...phrase.out.split(' '));
      i += phrase.seq.length;
      continue;
    }
    i++;
    if (FILLER.has(w)) continue;
    // German "EK", "VK": only in a title with a German rank word ("Leitung EK"), else the word as written.
    const german = GERMAN_SHORT.get(w);
    if (german !== undefined) {
      out.push(...(words.some((x) => GERMAN_RANK.has(x)) ? german.split(' ') : [w]));
      continue;
    }
    if (!buildingPartAt(words, i - 1, 1)) {
      out.push(...(GUARDS.get(w)!.otherwise ?? w).split(' '));
      continue;
    }
    const single = sharedWord(w);
    const parts = single !== undefined ? [single] : compound(w);
    if (parts) {
      const cleaned = single === undefined && parts.some((p) => p !== undefined && /\bjanitorial\b/.test(p));
      for (const p of parts) if (p && !(cleaned && CLEANED_PARTS.has(p))) out.push(...p.split(' '));
    } else out.push(w);
  }
  return out;
}

/** Both tables of the notes' words in other languages: each word's English word (NOTE_WORDS' where both have it). */
const NOTE_ENGLISH = new Map<string, string>([...Object.entries(NOTE_PROBLEM_WORDS), ...Object.entries(NOTE_WORDS)]);
/** The same words with their English word's stem, looked up once per token. */
const NOTE_STEMS = new Map<string, string>([...NOTE_ENGLISH].map(([w, english]) => [w, stem(english)]));
/** The clipped English words of notes (NOTE_CLIPPED_WORDS, notes-clipped-words) as the stem of the word they clip. */
const CLIPPED_STEMS = new Map<string, string>(Object.entries(NOTE_CLIPPED_WORDS).map(([w, english]) => [w, stem(english)]));

/** A token of notes (`text`) as written: marked `capital` when it is a clipped word written with a capital, which
 * is a name ("the Reno depot"), never the clipping (r43-mend-words). */
export function clippedCase(t: Token, text: string): Token {
  return CLIPPED_STEMS.has(t.word) && /\p{Lu}/u.test(text.slice(t.start, t.end)) ? { ...t, capital: true } : t;
}

/** The stem a word of the notes is read as: another language's problem word as its English one, a clipped English
 * word written in lower case as the word it clips. */
export function noteStem(t: Token): string {
  const english = (t.capital ? undefined : CLIPPED_STEMS.get(t.word)) ?? NOTE_STEMS.get(t.word);
  return english ?? t.stem;
}

/** The notes' table words that are two English words or more ("Tankkarte" fuel card, "taquilla" box office), as
 * those words (sixty-second round): a token's reading is one stem, so such a word read as one ("fuel card") matched
 * no phrase and no word of a library. */
const NOTE_SEVERAL = new Map<string, string[]>([...NOTE_ENGLISH].filter(([, english]) => english.includes(' ')).map(([w, english]) => [w, english.split(' ')]));

/** The notes' tokens with each table word that is several English words as those words, one token each, at the
 * word's own place in the text (its offsets, its sentence): every later reading (phrases, negation and guess
 * windows, clauses) sees them as if the notes had said them in English. The same array when none is said. */
export function splitSeveralWords(tokens: Token[]): Token[] {
  if (!tokens.some((t) => NOTE_SEVERAL.has(t.word))) return tokens;
  return tokens.flatMap((t) => {
    const parts = NOTE_SEVERAL.get(t.word);
    return parts ? parts.map((word) => ({ word, stem: stem(word), start: t.start, end: t.end, sentence: t.sentence })) : [t];
  });
}

/** Idioms of other languages (NOTE_PHRASES) by their first word: their words and their English stems. */
const NOTE_IDIOMS = new Map<string, { words: string[]; english: string[]; notBefore: ReadonlySet<string>; notAfter: ReadonlySet<string>; onlyBefore?: readonly string[]; onlyNear?: { words: readonly string[]; side: 'before' | 'either' }; particle: boolean }[]>();
const SEPARABLE_IDIOM = new Set(SEPARABLE_IDIOMS);
for (const [phrase, english] of Object.entries(NOTE_PHRASES)) {
  const words = phrase.split(' ');
  const list = NOTE_IDIOMS.get(words[0]!) ?? [];
  list.push({ words, english: english.split(' ').map(stem), notBefore: new Set(NOTE_PHRASES_NOT_BEFORE[phrase] ?? []),
    notAfter: new Set(NOTE_PHRASES_NOT_AFTER[phrase] ?? []), onlyBefore: NOTE_PHRASES_ONLY_BEFORE[phrase], onlyNear: NOTE_PHRASES_ONLY_NEAR[phrase],
    particle: SEPARABLE_IDIOM.has(phrase) });
  NOTE_IDIOMS.set(words[0]!, list);
}
// The longest idiom first (sixty-fifth round): "no cuadran las agendas" (diaries that do not fit) before "no cuadran" (wrong).
for (const list of NOTE_IDIOMS.values()) list.sort((a, b) => b.words.length - a.words.length);
const IDIOM_ARTICLE = new Set(NOTE_PHRASES_ARTICLES);
/** Whether the word after an idiom, past one article, is one of its `onlyBefore` words, or a compound ending in one of
 * five letters or more ("Verfall von Nassfutter"). */
function beforeOneOf(tokens: readonly Token[], at: number, words: readonly string[]): boolean {
  let next = tokens[at];
  if (next && IDIOM_ARTICLE.has(next.word) && tokens[at + 1]?.sentence === next.sentence) next = tokens[at + 1];
  if (!next || next.sentence !== tokens[at - 1]!.sentence) return false;
  const word = next.word;
  return words.some((w) => word === w || (w.length >= 5 && word.endsWith(w)));
}

/** How many words either side of an idiom a word of its `onlyNear` may be. */
const NEAR_WORDS = 8;
/** Whether one of `words` (or a compound of five letters or more ending in one) is said within NEAR_WORDS words of the
 * idiom at [from, to) in its sentence: before it, or on either side. */
function nearOneOf(tokens: readonly Token[], from: number, to: number, near: { words: readonly string[]; side: 'before' | 'either' }): boolean {
  const sentence = tokens[from]!.sentence;
  const is = (t: Token | undefined) => !!t && t.sentence === sentence && near.words.some((w) => t.word === w || (w.length >= 5 && t.word.endsWith(w)));
  for (let k = 1; k <= NEAR_WORDS; k++) {
    if (is(tokens[from - k])) return true;
    if (near.side === 'either' && is(tokens[to - 1 + k])) return true;
  }
  return false;
}

/** Negations a separable particle's idiom does not read past ("läuft nicht ab"). */
const PARTICLE_GAP_DENIED = new Set(['nicht', 'nie', 'niemals', 'niet', 'nooit']);
const PARTICLE_CLAUSE_STOP = new Set(PARTICLE_CLAUSE_STOPS);
/** A mark between two words that ends a clause (a comma, a semicolon, a colon, a bracket, a dash between spaces). */
const PARTICLE_CLAUSE_MARK = /[,;:()\u2013\u2014]|\s-\s/;
/** Whether the only break between two words is the dot of a German ordinal, a day's number ("am 31. März"), which the
 * tokens take for a sentence's end. */
const ordinalDot = (prev: Token, next: Token, text: string): boolean => /^\d{1,2}$/.test(prev.word) && text.slice(prev.end, next.start).trim() === '.';
/** Where an idiom's words are said from `i` in one sentence: the index of its last word, said next or, for one whose
 * last word is a separable particle, anywhere later in its clause: not past a negation, a word that opens another
 * clause (PARTICLE_CLAUSE_STOPS), nor, where the text is given, a clause's mark; -1 where it is not said. */
function particleAt(tokens: readonly Token[], i: number, words: readonly string[], particle: boolean, text?: string): number {
  const n = words.length;
  if (i + n - 1 >= tokens.length || !words.slice(0, -1).every((w, k) => tokens[i + k]!.word === w && tokens[i + k]!.sentence === tokens[i]!.sentence)) return -1;
  for (let at = i + n - 1; at < tokens.length; at++) {
    const t = tokens[at]!;
    if (at > i && t.sentence !== tokens[at - 1]!.sentence && !(particle && text !== undefined && ordinalDot(tokens[at - 1]!, t, text))) return -1;
    if (t.word === words[n - 1]) return at;
    if (!particle) return -1;
    // Not past a negation ("läuft nicht ab" is no expiry) nor into another clause.
    if (PARTICLE_GAP_DENIED.has(t.word) || PARTICLE_CLAUSE_STOP.has(t.word)) return -1;
    const prev = tokens[at - 1]!;
    if (text !== undefined && PARTICLE_CLAUSE_MARK.test(text.slice(prev.end, t.start))) return -1;
  }
  return -1;
}

/** The stems of the notes' words with another language's idioms read as their English words ("a la main":
 * by, hand, and nothing for the third word), in place: each idiom's words within one sentence. */
export function readIdioms(tokens: readonly Token[], stems: string[], text?: string): void {
  for (let i = 0; i < tokens.length; i++) {
    for (const idiom of NOTE_IDIOMS.get(tokens[i]!.word) ?? []) {
      const n = idiom.words.length;
      // Its last word, a separable particle, may come later in its clause ("Das Zertifikat läuft am 31. März ab"):
      // `last` is where it is said.
      const last = particleAt(tokens, i, idiom.words, idiom.particle, text);
      if (last < 0) continue;
      // A word after it that makes it another sense ("time and a half what we planned"): not read.
      const after = tokens[last + 1];
      if (after && after.sentence === tokens[i]!.sentence && idiom.notBefore.has(after.word)) continue;
      // Read only before its words ("Verfall von Saatgut", not "Verfall von Preisen").
      if (idiom.onlyBefore && !beforeOneOf(tokens, last + 1, idiom.onlyBefore)) continue;
      // A word before it that makes it another sense ("le plus supporté", the superlative): not read.
      const before = tokens[i - 1];
      if (before && before.sentence === tokens[i]!.sentence && idiom.notAfter.has(before.word)) continue;
      // Read only near a system word ("le logiciel n'est plus maintenu", not "l'offre n'est plus maintenue").
      if (idiom.onlyNear && !nearOneOf(tokens, i, last + 1, idiom.onlyNear)) continue;
      for (let k = 0; k < n - 1; k++) stems[i + k] = idiom.english[k] ?? '';
      stems[last] = idiom.english[n - 1] ?? '';
      // The words between its verb and its particle are read as said.
      i += last === i + n - 1 ? n - 1 : n - 2;
      break;
    }
  }
}

/** A word with one inflectional ending of the six languages off ("Stillstände" stillstand, "guasti" guast,
 * "paradas" parad, "wartezeiten" wartezeit): a light key, so one form of a note word finds the others. */
const lightKey = (word: string): string => word.replace(/(?:as|os|es|en|e|s|n|i|a|o)$/, '');
/** Words at least this long are looked up by their light key; keys must keep this many letters less one. */
const LIGHT_MIN_LENGTH = 6;
const LIGHT = new Map<string, string>();
for (const table of [NOTE_WORDS, NOTE_PROBLEM_WORDS])
  for (const [word, english] of Object.entries(table)) {
    if (word.length < LIGHT_MIN_LENGTH) continue;
    const key = lightKey(word);
    if (key.length >= LIGHT_MIN_LENGTH - 1 && !LIGHT.has(key)) LIGHT.set(key, english);
  }

/** A note word of five letters or more (NOTE_WORDS, NOTE_PROBLEM_WORDS) as English, or undefined. */
const noteFirst: WordReader = (part) => (part.length >= 5 ? NOTE_ENGLISH.get(part) : undefined);
/** How the notes read a compound: by its head, the last part, a known word of five letters or more (also
 * inflected), the longest such part, whatever comes before it (three letters at least); when no list knows
 * the last part, by the longest first part a list knows, linking letters off, before four letters or more:
 * "Roosterpakket" a schedule (package), "Dienstplanprogramm" a schedule (program). */
const NOTE_READING: CompoundReading<string> = {
  first: noteFirst,
  last: (part) => noteFirst(part) ?? (part.length >= LIGHT_MIN_LENGTH ? LIGHT.get(lightKey(part)) : undefined),
  longestLastFirst: true,
  bareFirst: () => true,
  bareFirstAtOnce: true,
  bareLast: 4,
  out: (parts) => (parts[parts.length - 1]!.english ?? parts[0]!.english)!,
};

/** The English word another language's word of the notes is, found through an inflection
 * ("Verzögerungen" of "Verzögerung", "pendientes" of "pendiente") or as the last part of a German or Dutch
 * compound ("Maschinenstillstand", "personeelstekort"); undefined when neither finds it. For words the
 * library does not use, so an English word is left as it is wherever the library knows it. */
export function foreignNoteWord(word: string, ways: NoteWordWays = {}): string | undefined {
  if (word.length < LIGHT_MIN_LENGTH) return undefined;
  const light = ways.inflection === false ? undefined : LIGHT.get(lightKey(word));
  if (light !== undefined) return light;
  return ways.compound === false ? undefined : readCompound(word, NOTE_READING);
}
/** Which of `foreignNoteWord`'s two ways may read a word: through an inflection (the light key), as a compound. */
export interface NoteWordWays {
  inflection?: boolean;
  compound?: boolean;
}

/** A part of a compound of the notes as English: a word of the notes' tables (also inflected), else of the
 * shared lexicon. */
const notePart: WordReader = (part) => NOTE_ENGLISH.get(part) ?? (part.length >= LIGHT_MIN_LENGTH ? LIGHT.get(lightKey(part)) : undefined) ?? sharedExact(part);

const NATIVE_FIRST = new Map(Object.entries(NATIVE_FIRST_PARTS));
/** A compound's first part as the English the six languages' tables read it to when they know it as a word of their
 * own: a native word spelt like an English one (NATIVE_FIRST_PARTS: "brand" fire), a part of titles' compounds
 * ("chef" head), a word of the notes ("rente" retirement) or of the shared lexicon; undefined when none knows it. */
export const nativeFirstPart: WordReader = (part) => NATIVE_FIRST.get(part) ?? HEAD_MAP.get(part) ?? NOTE_ENGLISH.get(part) ?? sharedExact(part);

/** A German or Dutch compound of the notes as the English words of its parts, in order ("Einheitspreise"
 * unit + prices, "voorraadnauwkeurigheid" inventory + accuracy), split by `compound`; undefined when it is
 * not one or a part is unknown. */
export function noteCompound(word: string): string[] | undefined {
  const parts = compound(word, notePart);
  if (!parts || parts.length < 2 || parts.some((p) => !p)) return undefined;
  return parts.flatMap((p) => p.split(' '));
}

/** Regular endings of Latinate words in the six languages and their English ones: "documentación",
 * "calibrazione", "vibração" end like "-tion"; "disponibilità", "seguridad" like "-ity"; "energía",
 * "Strategie" like "-y". */
const COGNATE_ENDINGS: [RegExp, string][] = [
  [/ciones$|zioni$|coes$|ties$/, 'tions'],
  [/cion$|zione$|cao$|tie$/, 'tion'],
  [/siones$|sioni$|soes$/, 'sions'],
  [/sion$|sione$|sao$/, 'sion'],
  [/idades$|idad$|idade$|ita$|ite$|iteit$|itat$/, 'ity'],
  [/ismo$|isme$|ismus$/, 'ism'],
  [/ique$|ico$|ica$|isch$|ische$/, 'ic'],
  [/mente$/, 'ly'],
  [/oso$|osa$|eux$|euse$/, 'ous'],
  [/ivo$|iva$|ief$|if$/, 'ive'],
  [/ista$|iste$/, 'ist'],
  [/ario$|aria$|aire$/, 'ary'],
  [/adores$/, 'ators'],
  [/ador$/, 'ator'],
  // Italian "-abile", "-ibile" and Portuguese "-ável", "-ível" ("riciclabili", "portável", "navegáveis"), not an
  // English word's "-bile", "-vel" ("mobile", "travel", "swivel"): see VOWEL_BEFORE.
  [/abili$|abile$|aveis$|avel$/, 'able'],
  [/ibili$|ibile$|iveis$|ivel$/, 'ible'],
  [/ores$|eurs$/, 'ors'],
  [/ore$|eur$/, 'or'],
  [/ias$|ien$/, 'ies'],
  [/ia$|ie$/, 'y'],
  // A Romance noun's or adjective's own vowel, a Dutch or German plural: "documento", "motoren".
  [/(?:os|as|en|i|a|o)$/, ''],
];

/** Endings read only after a vowel of the word's own: a Romance "-ável" word has a stem of a syllable or more
 * ("port-ável", "pot-ável"); English "travel", "gravel", "swivel" have only consonants before it. */
const VOWEL_BEFORE = new Set(['able', 'ible']);

/** COGNATE_ENDINGS as their endings, longest first, for `endsWith`: what each pattern's leftmost match at the end
 * is, without a regular expression tried at every letter of every word. */
const COGNATE_SUFFIXES: [string[], string][] = COGNATE_ENDINGS.map(([pattern, english]) => [
  pattern.source
    .replace(/^\(\?:(.*)\)\$$/, '$1')
    .split('|')
    .map((ending) => ending.replace(/\$$/, ''))
    .sort((a, b) => b.length - a.length),
  english,
]);

/** English words a word of another language may be, by its Latinate ending (and a German or Dutch "k"
 * for a "c": "Kalibrierung", "kontrole"), most likely first; the caller keeps one only where the library or
 * the pain knowledge uses it. Words under six letters have none. */
export const cognates = (word: string): readonly string[] => (word.length < 6 ? NONE : cognatesOf(word));
const NONE: readonly string[] = [];
/** How many inputs a remembered reading holds before it is emptied (`memoised` in compile.ts, `rememberedPerWord`). */
export const MEMO_LIMIT = 4096;
/** A word's readings that depend on the word alone, remembered (bounded as `memoised` is): a new prospect's
 * words are read through `cognates` and `cognateKeys` several times a call, by the industry, company, title
 * and notes readers alike. The lists are shared: callers only read them. */
function rememberedPerWord(read: (word: string) => readonly string[]): (word: string) => readonly string[] {
  const seen = new Map<string, readonly string[]>();
  return (word) => {
    let out = seen.get(word);
    if (out === undefined) {
      if (seen.size >= MEMO_LIMIT) seen.clear();
      seen.set(word, (out = read(word)));
    }
    return out;
  };
}
const cognatesOf = rememberedPerWord((word) => {
  const out: string[] = [];
  for (const base of word.includes('k') ? [word, word.replace(/k/g, 'c')] : [word]) {
    if (base !== word) out.push(base);
    for (const [endings, english] of COGNATE_SUFFIXES)
      for (const ending of endings)
        if (base.endsWith(ending)) {
          const rest = base.slice(0, base.length - ending.length);
          if (!VOWEL_BEFORE.has(english) || /[aeiouy]/.test(rest)) out.push(rest + english);
          break;
        }
  }
  return out.filter((w) => w.length >= 5 && w !== word);
});

/** What a word is written as across the six languages, for finding one language's word in another's: its
 * Latinate ending read as English (`cognates`), spellings that differ by language alike ("ph" f, "th" t,
 * "ch" c, "k" c, "y" i, a doubled letter once), an English "-logist" as the "-logo", "-loog", "-loge" others
 * say (the field, "-logy", "-logia", "-logie", kept apart), and its last vowels off. "titular", "titulaire" (titulary) and "Titular" have one key; so have
 * "technoloog", "tecnologa" and "technologist". For a title's word the taxonomy may have in another language. */
export const cognateKeys = (word: string): readonly string[] => (word.length < 5 ? NONE : cognateKeysOf(word));
const cognateKeysOf = rememberedPerWord((word) => {
  const keys = new Set<string>();
  for (const w of [word, ...cognates(word)]) {
    const key = w
      .replace(/ph/g, 'f')
      .replace(/th/g, 't')
      .replace(/ch/g, 'c')
      .replace(/k/g, 'c')
      .replace(/y/g, 'i')
      .replace(/(.)\1/g, '$1')
      .replace(/logist$/, 'log')
      .replace(/logi[ae]?$/, 'logy')
      .replace(/[aeiou]+$/, '');
    if (key.length >= 4) keys.add(key);
  }
  return [...keys];
});

/** A farming trade's name or its farmer's, formed of a Latin first part and "-culture" in French, Spanish, Italian,
 * Portuguese or English ("pisciculture", "troticoltura", "mitilicoltori", "ostréicultrice"; folded, accents off), as
 * the English words "<what is farmed> farming" (FARMED_FIRST_PARTS; FARMER_ONLY_FIRST_PARTS in the farmer's word
 * only); undefined for any other word. */
const FARMING_WORD = /^(\p{L}+?)[io]?c[uo]lt(?:(ure|ura|uras|ures|uur)|or|ora|ores|oras|ore|ori|rice|rici|eur|eurs|rices)$/u;
export function farmingWords(word: string): string | undefined {
  const m = FARMING_WORD.exec(word);
  if (!m) return undefined;
  const farmed = FARMED_FIRST_PARTS[m[1]!] ?? (m[2] === undefined ? FARMER_ONLY_FIRST_PARTS[m[1]!] : undefined);
  return farmed === undefined ? undefined : `${farmed} farming`;
}
/** `farmingWords` of a farming trade's own name ("viticoltura", "pisciculture"), not its farmer's: read before the
 * trade table, which names a trade's people and reads no trade's name aright ("viticoltura" as "tree"). */
export const farmingTradeWords = (word: string): string | undefined =>
  FARMING_WORD.exec(word)?.[2] === undefined ? undefined : farmingWords(word);

/** Dutch particles a verb is split from by "te" ("over te tikken"): the joined verb is the word. */
const DUTCH_PARTICLES = new Set(['over', 'af', 'op', 'in', 'uit', 'mee', 'door', 'aan', 'na', 'bij', 'terug']);
/** The joined form of a Dutch infinitive split from its particle by "te", when the notes' lexicon knows it: "tikken"
 * after "over te" is "overtikken". */
function joinedDutch(particle: string, verb: string): string | undefined {
  return NOTE_STEMS.has(particle + verb) ? particle + verb : undefined;
}

/** The stems of the notes' Dutch split verbs read as their joined verb's English word, in place: "probleemanalyses
 * over te tikken" is "overtikken", retyping, as the joined word is; the particle and "te" read nothing then. Not a
 * finite verb with its particle later ("tikt de uren over"): measured, it read a wrong pain on a development set. */
export function readSplitVerbs(tokens: readonly Token[], stems: string[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!DUTCH_PARTICLES.has(t.word)) continue;
    const te = tokens[i + 1], verb = tokens[i + 2];
    if (te?.word === 'te' && verb && verb.sentence === t.sentence) {
      const joined = joinedDutch(t.word, verb.word);
      if (joined) { stems[i] = ''; stems[i + 1] = ''; stems[i + 2] = NOTE_STEMS.get(joined)!; }
    }
  }
}

/** Verbs of copying or carrying data over, in the six languages (accents off). */
const COPY_VERBS = new Set([
  'copy', 'copied', 'copying', 'transfer', 'transferred', 'transferring', 'transcribe', 'transcribed', 'transcribing',
  'copier', 'copie', 'copies', 'copient', 'copiees', 'recopier', 'recopie', 'recopient', 'reporter', 'reportees', 'reportes',
  'copiar', 'copiando', 'copiado', 'copiados', 'copiadas', 'copian', 'copiamos', 'copia', 'transcribir', 'transcrever',
  'pasar', 'pasan', 'pasadas', 'pasados', 'passar', 'passam', 'passadas', 'passados', 'passa',
  'copiare', 'copiano', 'copiati', 'copiate', 'trascrivere', 'trascritti', 'riportare', 'riportati', 'riportano',
  'kopieren', 'kopiert', 'kopiere', 'ubertragen', 'ubertragt', 'ubernehmen',
  'kopieert', 'gekopieerd', 'overzetten', 'overgezet', 'overnemen', 'overgenomen',
]);
/** How many words apart a copy verb and "by hand" may be in one sentence. */
const COPY_REACH = 6;
/** The stems of the notes' copy verbs said with "by hand" read as re-keying, in place: "orders are copied by hand into
 * the production sheet", "as leituras são passadas à mão para o relatório", "von Hand übertragen" are typing again
 * what is written elsewhere, as "re-keyed" is. "By hand" is read first (readIdioms: "à mão", "von Hand"). */
export function readCopiedByHand(tokens: readonly Token[], stems: string[]): void {
  const rekey = stem('rekeyed');
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (stems[i] !== 'by' || stems[i + 1] !== 'hand' || tokens[i + 1]!.sentence !== tokens[i]!.sentence) continue;
    const sentence = tokens[i]!.sentence;
    for (let k = 1; k <= COPY_REACH; k++) {
      for (const j of [i - k, i + 1 + k]) {
        const t = tokens[j];
        if (t && t.sentence === sentence && COPY_VERBS.has(t.word)) { stems[j] = rekey; k = COPY_REACH; break; }
      }
    }
  }
}
