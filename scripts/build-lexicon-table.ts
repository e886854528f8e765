// Builds .cache/freedict-nouns.txt: German, French, Spanish, Italian, Dutch and Portuguese nouns read as
// English, from the FreeDict dictionaries Debian packages. The dictionaries are GPL / CC BY-SA, so the
// table derived from them is neither committed nor shipped: it is made here, on the machine that measures
// it (`npm run eval -- --foreign-nouns` reads it), and the extension and `tailor` never load it.
//
//   apt-get install -y dict-freedict-deu-eng dict-freedict-fra-eng dict-freedict-spa-eng \
//     dict-freedict-ita-eng dict-freedict-nld-eng dict-freedict-por-eng
//   npx tsx scripts/build-lexicon-table.ts
//
// The dictionaries are in dictd format under /usr/share/dictd/: an index (headword, TAB, base64 offset,
// TAB, base64 length) into a gzip-compatible .dict.dz. What the table keeps, for each headword:
// - a noun (German and French entries say so; the others' English side must be a WordNet noun);
// - one word, normalised as the matcher reads text (lower case, accents off, ß as ss), of 4 letters or
//   more, that is not itself an English word (WordNet's lemmas: "taller", "garage", "personal" stay
//   English) nor already in the hand-written lexicon (lib/match/knowledge/lexicon.ts, which wins);
// - not an infinitive of a language whose dictionary does not tag parts of speech (Spanish and
//   Portuguese -ar/-er/-ir, Italian -are/-ere/-ire), and translated by a word mostly used as a noun;
// - its first sense's first translation, of one or two words, each a word the matcher's own knowledge
//   uses (sectors, kinds of business, functions, ranks, problems, the hand-written lexicon's English);
//   with LEXICON_MIN_TAGGED=n, also any English noun WordNet's corpus tagged at least n times (a larger
//   table: n=20 gives about 9,500 words, 66 kB gzipped, and measured no better);
// - a spelling that two languages translate differently is dropped (a false friend between them).
// Nothing here is chosen for a library or an evaluation set: the table follows from the dictionaries,
// WordNet and the matcher's general knowledge.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { WORDS } from '../lib/match/knowledge/lexicon';
import { normalise } from '../lib/match/text';
import { handWritten, INFINITIVE, MIN_LENGTH, isEnglish, mostlyNoun, nouns, wanted } from './noun-table-words';

const DICTD = process.env.FREEDICT_DIR ?? '/usr/share/dictd';
const LANGUAGES = ['deu', 'fra', 'spa', 'ita', 'nld', 'por'] as const;
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const b64 = (s: string) => [...s].reduce((n, ch) => n * 64 + BASE64.indexOf(ch), 0);

/** The first translation of an entry: its second line's first item, tags and notes off. */
function firstTranslation(entry: string): string | undefined {
  const lines = entry.split('\n').map((l) => l.trim()).filter(Boolean);
  const line = lines[1];
  if (!line) return undefined;
  const first = line.replace(/^1\.\s*/, '').replace(/\[[^\]]*\]/g, ' ').split(/[,;]/)[0]!;
  const text = first.replace(/<[^>]*>/g, ' ').replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
  return text || undefined;
}

const chosen = new Map<string, string>();
const conflicted = new Set<string>();
const counts: Record<string, number> = {};
let sourceVersions = '';
for (const lang of LANGUAGES) {
  const base = path.join(DICTD, `freedict-${lang}-eng`);
  if (!fs.existsSync(`${base}.index`)) throw new Error(`${base}.index is missing: apt-get install -y dict-freedict-${lang}-eng`);
  const data = zlib.gunzipSync(fs.readFileSync(`${base}.dict.dz`));
  const seen = new Set<string>();
  counts[lang] = 0;
  for (const line of fs.readFileSync(`${base}.index`, 'utf8').split('\n')) {
    const [head, offset, length] = line.split('\t');
    if (!head || !offset || !length) continue;
    const entry = data.subarray(b64(offset), b64(offset) + b64(length)).toString('utf8');
    if (head === '00databaseinfo' || head === '00-database-info') {
      const version = /Edition:?\s*([^\n]+)/i.exec(entry)?.[1]?.trim();
      if (version) sourceVersions += `${sourceVersions ? ', ' : ''}${lang}-eng ${version}`;
      continue;
    }
    if (/[\s\d…\-.]/.test(head)) continue;
    const word = normalise(head.replace(/ß/g, 'ss'));
    // The first entry of a headword is its first sense; later entries are further senses.
    if (seen.has(word)) continue;
    seen.add(word);
    if (word.length < MIN_LENGTH || !/^[a-z]+$/.test(word) || isEnglish(word) || handWritten.has(word)) continue;
    const tags = /<([^>]*)>/.exec(entry.split('\n')[0] ?? '')?.[1] ?? '';
    if ((lang === 'deu' || lang === 'fra') && !/\bn\b|\bpl\b/.test(tags)) continue;
    const translation = firstTranslation(entry);
    if (!translation || !/^[a-z]+(?: [a-z]+)?$/.test(translation)) continue;
    const parts = translation.split(' ');
    if (!parts.every(wanted) || !nouns.has(parts.join('_')) || !mostlyNoun(parts[parts.length - 1]!)) continue;
    if (INFINITIVE[lang]?.test(word)) continue;
    if (translation === word) continue;
    const old = chosen.get(word);
    if (old !== undefined && old !== translation) conflicted.add(word);
    else if (old === undefined) {
      chosen.set(word, translation);
      counts[lang]!++;
    }
  }
}
for (const w of conflicted) chosen.delete(w);

const lines = [...chosen].sort(([a], [b]) => (a < b ? -1 : 1)).map(([w, t]) => `${w} ${t}`);
const table = lines.join('\n');
const gzip = zlib.gzipSync(table).length;
// The table's own checks: one normalised word and its English a line, no word the hand-written lexicon
// has, and words that are also English left English.
for (const line of lines) {
  if (!/^[a-z]{4,} [a-z]+(?: [a-z]+)?$/.test(line)) throw new Error(`Bad table line: "${line}"`);
  if (Object.hasOwn(WORDS, line.slice(0, line.indexOf(' ')))) throw new Error(`In the hand-written lexicon: "${line}"`);
}
for (const english of ['revenue', 'garage', 'taller', 'personal', 'media'])
  if (chosen.has(english)) throw new Error(`An English word was translated: "${english}"`);
const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../.cache/freedict-nouns.txt');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, `${table}\n`);
console.log(`${out} (from ${sourceVersions}): ${lines.length} words, ${table.length} chars, ${gzip} bytes gzipped`, counts, `conflicts ${conflicted.size}`);
