// Builds lib/match/occupation-table.generated.ts (or ESCO_OUT, a text file when it ends otherwise): the words of
// occupation names in Spanish, French, Dutch, Portuguese, German and Italian read as the English occupation's words
// ("peluquero/peluquera", "coiffeur/coiffeuse", "kapper", "cabeleireiro/cabeleireira" as "hairdresser"). The everyday
// nouns of a trade that class titles of a classification of activities lack (scripts/build-nace-table.ts): general
// knowledge kept by its publishers, not written for any library or evaluation set.
//
//   ESCO's CSV exports, one file a language (conceptType, conceptUri, iscoGroup, preferredLabel, altLabels, ...),
//   named esco_occupations_<lang>.csv (English: esco_occupations_en.csv, and esco_ISCOGroups_en.csv, ISCO-08's
//   groups as ESCO titles them in English), and CH-ISCO-19's occupation types (DV_CH_ISCO_19_TYP.lsl):
//   npx tsx scripts/build-esco-table.ts .cache/esco_occupations_{en,es,fr,nl,pt}.csv .cache/esco_ISCOGroups_en.csv .cache/DV_CH_ISCO_19_TYP.lsl
//   (where each copy is kept: docs/matching.md, "Occupations in six languages from ESCO"; the header of the
//   generated file names them)
//
// Sources: ESCO (European Skills, Competences, Qualifications and Occupations), the European Commission's
// classification of occupations: each occupation's preferred and alternative labels (feminine forms too) in 28
// languages, linked to an ISCO-08 unit group; reuse authorised with the source acknowledged (Commission Decision
// 2011/833/EU on the reuse of Commission documents). CH-ISCO-19, the Swiss Federal Statistical Office's edition of
// ISCO-08 (its occupation types titled in German, French and Italian; the FSO's open data, free use with the source
// named), as the label set i14y/app/lsl-files/DV_CH_ISCO_19_TYP.lsl of github.com/I14Y-ch/iSurvey (MIT licence): a
// type is read with the English title of its ISCO-08 unit group (its code's first four digits, ESCO's English).
//
// What the table keeps (the defaults are what ships; variants measured in docs/matching.md):
// - ESCO_HEADS=1: read as the English name's head nouns (`heads`). ESCO_ALT=0: the preferred labels only (1: the
//   alternative labels too, measured: more words, more wrong ones); ESCO_CH=1: CH-ISCO-19's types too.
// - The rest as scripts/build-nace-table.ts keeps it (scripts/classification-table.ts): words of ESCO_MIN (5)
//   letters or more, not a stop word nor a general word of occupations ("worker", "assistant", "related" and their
//   translations), not English (WordNet's), not a word the hand-written lexicon reads; keyed by their first ESCO_PREFIX
//   (7) letters, a prefix an English word begins left out (ESCO_ENGLISH_PREFIXES=any: any WordNet word; everyday:
//   an everyday one, as NACE's); with the English occupation names' words that go with it best (Dice's coefficient of
//   the two words' sets of occupations, at least ESCO_DICE, 0.5, within 0.01 of the best, at most ESCO_MAX_ENGLISH, 3).
//   A prefix that begins a general word or a plain word of the titles' frame (any language) or a function word of the
//   title's own language is no key.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { deu, fra, ita, nld, por, spa } from 'stopword';
import { normalise } from '../lib/match/text';
import { PLAIN, readLsl, wordTable, type Title } from './classification-table';

const env = (name: string, fallback: string) => process.env[name] ?? fallback;
/** ESCO_TABLE=trades: the table of a trade's people that kinds of business are read with (lib/match/trade-table.generated.ts):
 * of each Spanish, French, Italian and Portuguese ESCO name only its head, its first word ("limpador de chaminés" a
 * "limpador", not "chaminés": the people, not what they work on). Measured in docs/matching.md, "Kinds of business
 * named by their people in six languages". */
const TRADES = env('ESCO_TABLE', 'occupations') === 'trades';
const ROMANCE = new Set(['es', 'fr', 'it', 'pt']);
/** A title with its elided articles and prepositions dropped ("l'industrie", "dell'informazione", "nell'assistenza" as
 * "industrie", "informazione", "assistenza"): joined by the apostrophe, the article would otherwise key a word of its own
 * ("lindustrie" read as industrial). */
const ELISION = /(?<!\p{L})(?:l|d|j|m|n|s|t|c|qu|un|gl|nell|dell|all|dall|sull|coll|quell)['’]/giu;
const splitElisions = (text: string): string => text.replace(ELISION, '');
/** The trade table's titles with elisions split; the occupation table (not rebuilt since) is built as it was, so it
 * stays reproducible from this script ("linform*" and the like are in it too: docs/matching.md, "Review mends"). */
const titleText = (text: string): string => (TRADES ? splitElisions(text) : text);
/** An occupation's name in a Romance language as its head noun, its first word, of each form ("peluquero/peluquera"). */
const headFirst = (text: string): string => text.split('/').map((form) => splitElisions(form).trim().split(/\s+/)[0]).join('/');
const OUT = env('ESCO_OUT', path.resolve(path.dirname(fileURLToPath(import.meta.url)), `../lib/match/${TRADES ? 'trade' : 'occupation'}-table.generated.ts`));
const ALT = env('ESCO_ALT', '0') !== '0';
const CH = env('ESCO_CH', '1') !== '0';
const HEADS = env('ESCO_HEADS', '1') !== '0';
/** An English occupation name as its head nouns, the last word of each of its parts ("driving instructor" an
 * instructor, "Bakers, pastry-cooks and confectionery makers" bakers, cooks and makers): a title word is read as
 * the occupation, not as what it works on ("cars", "beer"); with ESCO_HEADS=0 all its words. */
const heads = (name: string): string =>
  HEADS ? name.replace(/\([^)]*\)/g, ' ').split(/,|\band\b|\/|\(/).map((part) => part.trim().split(/[\s-]+/).pop() ?? '').join(' ') : name;
const options = {
  mode: 'words',
  minLength: Number(env('ESCO_MIN', '5')),
  prefix: Number(env('ESCO_PREFIX', '7')),
  diceMin: Number(env('ESCO_DICE', '0.5')),
  maxEnglish: Number(env('ESCO_MAX_ENGLISH', '3')),
  englishPrefixes: env('ESCO_ENGLISH_PREFIXES', 'any') as 'any' | 'everyday',
  englishMinLength: Number(env('ESCO_ENGLISH_MIN', '4')),
};

/** Words of occupation names that name no trade, in English and the source languages. */
const GENERAL = new Set(
  [
    'workers', 'worker', 'occupations', 'occupation', 'related', 'other', 'elsewhere', 'classified', 'associate', 'professionals',
    'professional', 'assistant', 'assistants', 'helper', 'helpers', 'general', 'specialist', 'specialised', 'specialized',
    // German, French, Italian (CH-ISCO-19: "onA", "sip", "s.a.i.": not elsewhere classified)
    'verwandte', 'berufe', 'sonstige', 'andere', 'hilfskrafte', 'fachkrafte', 'assimiles', 'assimilati', 'professions', 'professioni', 'autres', 'altri',
    // Spanish, Portuguese, Dutch
    'trabajadores', 'trabajador', 'trabajadora', 'ayudante', 'auxiliar', 'trabalhador', 'trabalhadora', 'medewerker', 'medewerkster', 'assistente',
    // the trade table: a rank, master, said of any trade ("meester koffiebrander", "maître d'hôtel"): no trade of its own
    ...(TRADES ? ['meester', 'meister', 'maitre', 'maestro', 'maestra', 'mestre'] : []),
  ].map((w) => normalise(w)),
);

const csv = (file: string) => Papa.parse<Record<string, string>>(fs.readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true }).data;
const files = process.argv.slice(2);
const langOf = (f: string) => /esco_occupations_([a-z]{2})\.csv$/.exec(f)?.[1];
const english = new Map<string, string>();
const titles: Title[] = [];
const enFile = files.find((f) => langOf(f) === 'en');
if (!enFile) throw new Error('want ESCO\'s English occupations, esco_occupations_en.csv');
/** Every word of the English names, preferred and alternative: English, never keyed. */
const englishWords = new Set<string>();
/** The last word of each English preferred name ("chimney sweep", "barista", "baker"): the occupation's person. */
const personHeads = new Set<string>();
for (const r of csv(enFile)) {
  if (r.conceptType !== 'Occupation' || !r.conceptUri || !r.preferredLabel) continue;
  english.set(r.conceptUri, heads(r.preferredLabel));
  // before a prepositional phrase ("head of school", "secretary of state": a head, a secretary)
  personHeads.add(normalise(r.preferredLabel.replace(/\([^)]*\)/g, ' ').split(/\s(?:of|for|in|at|to|on|with)\s/)[0]!).split(/[\s-]+/).filter(Boolean).pop() ?? '');
  for (const w of `${r.preferredLabel} ${r.altLabels ?? ''}`.split(/[^\p{L}]+/u)) if (w.length >= 3) englishWords.add(w);
}
if (english.size < 2900) throw new Error(`${enFile}: only ${english.size} occupations: expected ESCO's 2,942 or more`);
const languages: string[] = [];
for (const f of files) {
  const lang = langOf(f);
  if (!lang || lang === 'en') continue;
  languages.push(lang);
  for (const r of csv(f)) {
    if (r.conceptType !== 'Occupation' || !r.conceptUri || !english.has(r.conceptUri)) continue;
    for (const text of [r.preferredLabel ?? '', ...(ALT ? (r.altLabels ?? '').split('\n') : [])]) if (text.trim()) titles.push({ code: r.conceptUri, lang, text: TRADES && ROMANCE.has(lang) ? headFirst(text) : titleText(text) });
  }
}
const groupsFile = files.find((f) => f.endsWith('ISCOGroups_en.csv'));
const lsl = files.find((f) => f.endsWith('.lsl'));
if (CH && lsl) {
  if (!groupsFile) throw new Error('CH-ISCO-19 wants ISCO-08\'s English group titles, esco_ISCOGroups_en.csv');
  const groups = new Map(csv(groupsFile).map((r) => [r.code ?? '', r.preferredLabel ?? '']));
  for (const t of readLsl(lsl)) {
    const group = groups.get(t.code.slice(0, 4));
    if (t.code.length !== 5 || !group) continue;
    english.set(`ch:${t.code}`, heads(group));
    titles.push({ code: `ch:${t.code}`, lang: t.lang, text: titleText(t.text) });
    if (!languages.includes(t.lang)) languages.push(t.lang);
  }
}
/** Each language's function words (the `stopword` package's lists; ESCO's Portuguese is Portugal's): a title word whose
 * prefix begins one of its own language's is no key ("anderen*" of "in anderen Betrieben" is no hotel). By language,
 * as the lists hold another language's trade ("rechter", German for right, is Dutch for judge; the Brazilian list's
 * "conselho" begins "conselheiro", counsellor). */
const FUNCTION_WORDS = { de: deu, fr: fra, it: ita, nl: nld, pt: por, es: spa };
/** A general word's prefix is no key in any language ("verwand*" of "verwandten", a sibling form of "verwandte"), nor
 * that of a plain word of the titles' frame (NACE's, and "Einrichtungen", facilities: "in Büros, Hotels und anderen
 * Einrichtungen"; "imprese*", "privada*"). */
const NO_KEY_WORDS = [...GENERAL, ...[...PLAIN, 'einrichtungen'].map((w) => normalise(w))];
const keyed = wordTable(titles, english, { ...options, general: GENERAL, moreEnglish: englishWords, noKeyPrefixesOf: NO_KEY_WORDS, noKeyPrefixesByLanguage: FUNCTION_WORDS });
/** ESCO_TABLE=trades: each prefix key as the whole words of the titles that begin with it ("meesterbrander roaster", not
 * "meester* roaster", which read "Meesterbakker" as a roaster): a word of another word family that shares the key's
 * letters is no trade's people; lib/match/lexicon.ts reads a word's inflections (plurals) itself. */
function wholeWords(lines: string[]): string[] {
  /** word -> the occupations whose title (not English) uses it */
  const codes = new Map<string, Set<string>>();
  for (const t of titles)
    for (const w of normalise(t.text.replace(/-\s/g, ' ').replace(/[;,.()/]/g, ' ')).split(/[\s\-']+/))
      if (w.length >= options.prefix) (codes.get(w) ?? codes.set(w, new Set()).get(w)!).add(t.code);
  // a word is kept only where one of its own occupations' English heads is among the key's ("meester", master, of
  // "meester koffiebrander" is no roaster however many roasters the key's words name)
  const ownHeads = (w: string) => new Set([...codes.get(w)!].flatMap((c) => normalise(english.get(c) ?? '').split(/\s+/)));
  return lines
    .flatMap((line) => {
      const [key = '', ...rest] = line.split(' ');
      if (!key.endsWith('*')) return [line];
      return [...codes.keys()].filter((w) => w.startsWith(key.slice(0, -1)) && rest.some((e) => ownHeads(w).has(e))).map((w) => `${w} ${rest.join(' ')}`);
    })
    .sort();
}
const lines = TRADES && options.prefix > 0 ? wholeWords(keyed) : keyed;
const table = lines.join('\n');
/** The trade table's English words that name people (lib/match/resolve.ts, `peopleOfTrade`): an ESCO occupation's
 * English preferred name ends in it, or in its singular ("bakers", "postmen"); not "water", "school" or "design",
 * heads of ISCO groups' parts ("Water and firewood collectors") that name what the people work on. */
const person = (w: string) => [w, w.replace(/s$/, ''), w.replace(/men$/, 'man'), w.replace(/ies$/, 'y')].some((s) => personHeads.has(s));
const people = [...new Set(lines.flatMap((l) => l.split(' ').slice(1)))].filter(person).sort();
fs.mkdirSync(path.dirname(OUT), { recursive: true });
fs.writeFileSync(
  OUT,
  OUT.endsWith('.ts')
    ? `// Generated by scripts/build-esco-table.ts (${TRADES ? 'ESCO_TABLE=trades, ' : ''}ESCO_ALT=${ALT ? 1 : 0}, ESCO_CH=${CH ? 1 : 0}, ESCO_PREFIX=${options.prefix}, ESCO_MIN=${options.minLength}, ESCO_DICE=${options.diceMin}, ESCO_ENGLISH_PREFIXES=${options.englishPrefixes}); do not edit.
// Words of occupation names${TRADES ? " (a Spanish, French, Italian or Portuguese name's first word only)" : ''} in ${languages.join(', ')} read as the English occupation's words ("word english words" a line; a key ending
// in "*" is a word's first ${options.prefix} letters${TRADES ? '; the trade table keeps the whole words a key stands for' : ''}). ${lines.length} words.
// Sources: ESCO, the European Commission's classification of occupations (c) European Union, reuse authorised with the
// source acknowledged (Commission Decision 2011/833/EU), its CSV exports as copied in github.com/emanuellandell/public
// (en, es, fr, ISCO groups), github.com/bas8334/beroep (nl) and github.com/yamadamuller/ESCO_occupation_extractor_PT (pt);
// CH-ISCO-19, Swiss Federal Statistical Office (open data, free use with the source named), as the label set
// i14y/app/lsl-files/DV_CH_ISCO_19_TYP.lsl of github.com/I14Y-ch/iSurvey (MIT licence).
export const ${TRADES ? 'TRADE_TABLE' : 'OCCUPATION_TABLE'} = ${JSON.stringify(table)};
${TRADES ? `/** Its English words that name people (an ESCO occupation's English name ends in the word): ${people.length} words. */\nexport const TRADE_PEOPLE = ${JSON.stringify(people.join(' '))};\n` : ''}`
    : table + '\n',
);
console.log(`${OUT}: ${lines.length} words from ${english.size} occupations (${languages.join(', ')}), ${fs.statSync(OUT).size} bytes`);
