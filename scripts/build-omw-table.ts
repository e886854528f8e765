// Builds .cache/omw-nouns.txt: Spanish and Italian nouns read as English, from wordnets of the Open Multilingual
// Wordnet whose own licence lets a derived table ship (attribution only), in the format of the FreeDict table
// (scripts/build-lexicon-table.ts) so that `npm run eval -- --foreign-nouns=.cache/omw-nouns.txt` measures it.
//
//   apt-get install -y wordnet-base          # Princeton WordNet 3.0, whose synset offsets the wordnets use
//   npx tsx scripts/build-omw-table.ts <wn-data-LANG.tab>...
//
// The tab files are those of the omw-data repository (omwn/omw-data on GitHub), wns/<project>/wn-data-<lang>.tab:
// "offset-pos<TAB>lang:lemma<TAB>lemma" lines under a "# name<TAB>lang<TAB>url<TAB>licence" header. Measured with
// the Multilingual Central Repository 3.0 Spanish wordnet (wns/mcr/wn-data-spa.tab of omw-data's commit 291d2c2,
// "Data from OMW 1.2", CC BY 3.0), MultiWordNet (wns/ita, CC BY 3.0) and ItalWordnet (wns/iwn, ODC-BY 1.0). A file whose
// header names a share-alike, non-commercial or copyleft licence is refused: the German, French, Dutch and
// Portuguese wordnets of the OMW (OdeNet, WOLF, Open Dutch WordNet, OpenWN-PT) are CC BY-SA or CeCILL-C.
// What the table keeps, for each lemma: one word of 4 letters or more, normalised as the matcher reads text, that is
// neither an English word nor in the hand-written lexicon; of its noun synsets, the one whose English lemma (one or
// two words the matcher's own knowledge uses, mostly a noun) has it as its most frequent sense (WordNet's sense
// order), then the most tagged English lemma; a spelling two languages translate differently is dropped.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { WORDS } from '../lib/match/knowledge/lexicon';
import { normalise } from '../lib/match/text';
import { handWritten, isEnglish, MIN_LENGTH, mostlyNoun, nouns, tagged, wanted } from './noun-table-words';

const ONE_READING = process.env.OMW_ONE_READING === '1';
const WN30 = process.env.WORDNET30_DIR ?? '/usr/share/wordnet';
const files = process.argv.slice(2);
if (files.length === 0) throw new Error('Give the wordnets: npx tsx scripts/build-omw-table.ts <wn-data-LANG.tab>...');
if (!fs.existsSync(path.join(WN30, 'data.noun'))) throw new Error(`${WN30}/data.noun is missing: apt-get install -y wordnet-base`);

// Princeton WordNet 3.0: each noun synset's lemmas, and each lemma's synsets in order of frequency.
const synsetLemmas = new Map<string, string[]>();
for (const line of fs.readFileSync(path.join(WN30, 'data.noun'), 'utf8').split('\n')) {
  if (!/^\d{8} /.test(line)) continue;
  const f = line.split(' ');
  const count = parseInt(f[3]!, 16);
  synsetLemmas.set(f[0]!, Array.from({ length: count }, (_, i) => f[4 + 2 * i]!.toLowerCase().replace(/\(.*\)$/, '')));
}
/** English irregular plurals ("media", "criteria"): English words too, left English. */
const irregular = new Set(fs.readFileSync(path.join(WN30, 'noun.exc'), 'utf8').split('\n').map((l) => l.split(' ')[0]!));
const senseRank = new Map<string, number>();
for (const line of fs.readFileSync(path.join(WN30, 'index.noun'), 'utf8').split('\n')) {
  if (!line || line.startsWith(' ')) continue;
  const f = line.trim().split(' ');
  const offsets = f.slice(-Number(f[2]));
  offsets.forEach((o, i) => senseRank.set(`${f[0]} ${o}`, i));
}
/** The English of a synset the table can use, with its rank: [words, sense rank, tag count]. */
function english(offset: string): [string, number, number] | undefined {
  for (const lemma of synsetLemmas.get(offset) ?? []) {
    const words = lemma.replace(/_/g, ' ');
    if (!/^[a-z]+(?: [a-z]+)?$/.test(words)) continue;
    const parts = words.split(' ');
    if (!parts.every(wanted) || !nouns.has(lemma) || !mostlyNoun(parts[parts.length - 1]!)) continue;
    return [words, senseRank.get(`${lemma} ${offset}`) ?? 99, tagged.get(lemma) ?? 0];
  }
  return undefined;
}

const NOT_SHIPPABLE = /\b(?:SA|ShareAlike|NC|NonCommercial|GPL|CeCILL)\b/i;
const chosen = new Map<string, string>();
/** The language of the file each chosen translation came from: a disagreement of two files of that language keeps the first. */
const chosenLanguage = new Map<string, string>();
const conflicted = new Set<string>();
const sources: string[] = [];
for (const file of files) {
  const [header, ...lines] = fs.readFileSync(file, 'utf8').split('\n');
  const [name, lang, , licence] = (header ?? '').replace(/^#\s*/, '').split('\t').map((s) => s.trim());
  if (!licence || NOT_SHIPPABLE.test(licence)) throw new Error(`${file}: licence "${licence ?? ''}" does not let a derived table ship`);
  sources.push(`${name} (${lang}, ${licence})`);
  const synsets = new Map<string, string[]>();
  for (const line of lines) {
    const [id, type, lemma] = line.split('\t');
    if (!id?.endsWith('-n') || !type?.endsWith('lemma') || !lemma) continue;
    const word = normalise(lemma.replace(/ß/g, 'ss'));
    if (word.length < MIN_LENGTH || !/^[a-z]+$/.test(word) || isEnglish(word) || irregular.has(word) || handWritten.has(word)) continue;
    synsets.set(word, [...(synsets.get(word) ?? []), id.slice(0, 8)]);
  }
  const mine = new Map<string, string>();
  for (const [word, offsets] of synsets) {
    const readings = offsets
      .map(english)
      .filter((e): e is [string, number, number] => e !== undefined && e[0] !== word)
      .sort((a, b) => a[1] - b[1] || b[2] - a[2]);
    // OMW_ONE_READING=1: only a lemma all of whose usable synsets say one English word.
    if (ONE_READING && new Set(readings.map((r) => r[0])).size > 1) continue;
    if (readings[0]) mine.set(word, readings[0][0]);
  }
  // Two wordnets of one language (ItalWordnet, MultiWordNet) agree or the first wins; two languages must agree.
  for (const [word, translation] of mine) {
    const old = chosen.get(word);
    if (old === undefined) {
      chosen.set(word, translation);
      chosenLanguage.set(word, lang ?? '');
    } else if (old !== translation && chosenLanguage.get(word) !== lang) conflicted.add(word);
  }
}
for (const w of conflicted) chosen.delete(w);

const lines = [...chosen].sort(([a], [b]) => (a < b ? -1 : 1)).map(([w, t]) => `${w} ${t}`);
for (const line of lines) {
  if (!/^[a-z]{4,} [a-z]+(?: [a-z]+)?$/.test(line)) throw new Error(`Bad table line: "${line}"`);
  if (Object.hasOwn(WORDS, line.slice(0, line.indexOf(' ')))) throw new Error(`In the hand-written lexicon: "${line}"`);
}
const table = lines.join('\n');
const out = process.env.OMW_OUT ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../.cache/omw-nouns.txt');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, `${table}\n`);
console.log(`${out} (from ${sources.join('; ')}): ${lines.length} words, ${table.length} chars, ${zlib.gzipSync(table).length} bytes gzipped, conflicts ${conflicted.size}`);
