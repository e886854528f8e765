// Builds lib/match/nace-table.generated.ts (or NACE_OUT, a text file when it ends otherwise): the words of NACE
// Rev. 2 class titles in German, French, Italian, Spanish, Portuguese and Dutch (and any other language a source gives) read as the English
// class title of the same code. NACE Rev. 2 is the EU's statistical classification of economic activities
// (Eurostat; the EU version of the UN's ISIC Rev. 4): 615 classes, each titled officially in every EU language
// ("96.02 Hairdressing and other beauty treatment" / "Frisör- und Kosmetiksalons" / "Coiffure et soins de beauté" /
// "Parrucchieri e altri trattamenti di bellezza"). General knowledge of every trade, kept by its publisher, not
// written for any library or evaluation set.
//
//   git -C <a clone of github.com/I14Y-ch/iSurvey> show HEAD:i14y/app/lsl-files/DV_NOGA_CLASS.lsl > .cache/DV_NOGA_CLASS.lsl
//   C=cfeba1359230f30e21f7d1f559d31013293f824f   # github.com/OCA/community-data-files, before l10n_eu_nace dropped its data
//   for l in es pt nl; do git -C <a clone of it> show $C:l10n_eu_nace/data/NACE_REV2_$l.csv > .cache/NACE_REV2_$l.csv; done
//   npx tsx scripts/build-nace-table.ts .cache/DV_NOGA_CLASS.lsl .cache/NACE_REV2_es.csv .cache/NACE_REV2_pt.csv .cache/NACE_REV2_nl.csv
//
// Source read: the class level of NOGA 2008 (the Swiss Federal Statistical Office's edition of NACE Rev. 2,
// whose 615 four-digit classes and their German, French, Italian and English titles are NACE Rev. 2's), as the
// LimeSurvey label set `i14y/app/lsl-files/DV_NOGA_CLASS.lsl` of github.com/I14Y-ch/iSurvey (MIT licence, the
// Swiss interoperability platform I14Y; the titles are the FSO's open data: free use with the source named).
// Spanish, Portuguese and Dutch: Eurostat's own RAMON exports of NACE Rev. 2 ("Level","Code","Description", explanatory
// notes; one file a language, NACE_REV2_<lang>.csv), as kept in l10n_eu_nace/data/ of github.com/OCA/community-data-files
// (AGPL-3.0; the titles are Eurostat's: reuse with the source named, Commission Decision 2011/833/EU); their class
// level is read (the Dutch titles are those of CBS's SBI 2008 and Statbel's NACE-BEL 2008 at class level: 96.02 "Haar- en
// schoonheidsverzorging"; the Dutch export was left out in the thirty-third round and read since the forty-seventh,
// docs/matching.md "Dutch kinds of business").
// A further source may be a TSV file "code<TAB>lang<TAB>title" (a copy of another language's titles).
//
// What the table keeps (the defaults are what ships; the variants are measured in docs/matching.md; the reading and the
// table-making are scripts/classification-table.ts's, shared with scripts/build-esco-table.ts):
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
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { deu, fra, ita, nld, por, porBr, spa } from 'stopword';
import { normalise } from '../lib/match/text';
import { PLAIN, readLsl, wordTable, type Title } from './classification-table';

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

/** Words that name no trade in any language, whose prefixes are dropped as keys: the classification's general words
 * ("fabbric*" of "fabbricazione", "activid*" of "actividades": a sibling form of a dropped word would otherwise keep it,
 * read as whatever English word went with it best), each language's function words (the `stopword` package's lists:
 * "anderem*", "weniger*") and the plain words of the titles' frame (PLAIN: "empresa*", "zentral*"). */
const NO_KEY_WORDS = [...GENERAL, ...PLAIN.map((w) => normalise(w)), ...[deu, fra, spa, ita, nld, por, porBr].flat().map((w) => normalise(w))];

const sources = process.argv.slice(2);
if (sources.length === 0) {
  console.error('usage: npx tsx scripts/build-nace-table.ts <DV_NOGA_CLASS.lsl> [code<TAB>lang<TAB>title .tsv ...]');
  process.exit(2);
}
const titles = sources.flatMap((f) => (f.endsWith('.lsl') ? readLsl(f) : /NACE_REV2_\w\w\.csv$/.test(f) ? readRamonCsv(f) : readTsv(f)));
const english = new Map(titles.filter((t) => t.lang === 'en').map((t) => [t.code, t.text]));
if (english.size < 600) throw new Error(`only ${english.size} English class titles: expected NACE Rev. 2's 615`);

const lines = wordTable(titles, english, {
  general: GENERAL,
  mode: MODE,
  minLength: MIN_LENGTH,
  prefix: PREFIX,
  diceMin: DICE_MIN,
  maxEnglish: MAX_ENGLISH,
  englishPrefixes: 'everyday',
  englishMinLength: 4,
  noKeyPrefixesOf: NO_KEY_WORDS,
});
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
// (es, pt, nl) in l10n_eu_nace/data of github.com/OCA/community-data-files (AGPL-3.0, commit cfeba13). ${lines.length} words.
export const NACE_TABLE = ${JSON.stringify(lines.join('\n'))};
`
    : lines.join('\n') + '\n',
);
console.log(`${OUT}: ${lines.length} words from ${english.size} classes (${languages}), ${fs.statSync(OUT).size} bytes`);
