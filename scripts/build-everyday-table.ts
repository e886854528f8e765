// Builds lib/match/everyday-table.generated.ts: English's everyday words, as WordNet 3.1 counts them, in the forms
// the notes write them. index.sense gives, for each sense of a lemma, how often the sense was tagged in the SemCor
// corpus; a lemma whose senses were tagged EVERYDAY_COUNT times or more ("year", "time", "bring", "not") is one of
// the language's commonest, against a trade's word ("turf", "stripper", "waterflood": tagged a few times or never).
// Counted per word, not per stem: "hearing" (of hearing aids), "developer", "office" and "information" are words of
// their own, however common "hear", "develop" or "inform" are. A noun's or verb's regular inflections ("years",
// "takes", "called") are its word too, unless WordNet lists the form as a word of another part of speech of its own
// ("hearing", "meeting" as nouns; "developed" as an adjective). The matcher reads the table where a word seen on one
// asset of a library would otherwise speak for a segment (lib/match/resolve.ts, `libraryIndustries`).
// Regenerate: npx tsx scripts/build-everyday-table.ts
import fs from 'node:fs';
import path from 'node:path';
import { dict, writeWordnetTable } from './wordnet-db';

const EVERYDAY_COUNT = 200;
/** lemma -> its count over all senses; lemma -> the parts of speech WordNet lists it under (n, v, a, r). */
const counts = new Map<string, number>();
const partsOf = new Map<string, Set<string>>();
const POS = ['', 'n', 'v', 'a', 'r', 'a'];
for (const line of fs.readFileSync(path.join(dict, 'index.sense'), 'utf8').split('\n')) {
  const [key, , , count] = line.split(' ');
  if (!key || count === undefined) continue;
  const at = key.indexOf('%');
  const lemma = key.slice(0, at);
  if (!/^[a-z]+$/.test(lemma)) continue;
  counts.set(lemma, (counts.get(lemma) ?? 0) + Number(count));
  const parts = partsOf.get(lemma) ?? new Set<string>();
  parts.add(POS[Number(key[at + 1])]!);
  partsOf.set(lemma, parts);
}

/** A short verb's last consonant doubled before -ed and -ing ("get", "run", "plan", "begin"). */
const doubles = (w: string) => /[^aeiou][aeiou][bdfgklmnprstvz]$/.test(w) && (w.length <= 4 || /^(begin|forget|admit|commit|occur|prefer|refer|permit|submit|regret|upset|omit|control|equip)$/.test(w));
/** The regular inflections of a lemma for one part of speech. */
function inflections(w: string, pos: string): string[] {
  const es = /(s|x|z|ch|sh)$/.test(w) ? `${w}es` : /[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : `${w}s`;
  if (pos === 'n') return [es, ...(w.endsWith('man') ? [`${w.slice(0, -3)}men`] : [])];
  if (pos === 'v') {
    const base = w.endsWith('e') && !w.endsWith('ee') ? w.slice(0, -1) : doubles(w) ? w + w.at(-1) : w;
    const ed = w.endsWith('e') ? `${w}d` : /[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ied` : `${base}ed`;
    return [es, ed, `${base}ing`];
  }
  return [];
}

const table = new Set<string>();
for (const [lemma, n] of counts) {
  if (n < EVERYDAY_COUNT) continue;
  table.add(lemma);
  for (const pos of partsOf.get(lemma)!)
    for (const form of inflections(lemma, pos)) {
      // A form WordNet lists as a word of its own under another part of speech is that word ("hearing" the noun).
      const own = partsOf.get(form);
      if (own && ![...own].every((p) => p === pos)) continue;
      table.add(form);
    }
}
const list = [...table].sort();
writeWordnetTable({
  script: 'build-everyday-table.ts',
  file: 'everyday-table.generated.ts',
  constName: 'EVERYDAY_TABLE',
  what: `${list.length} words`,
  format: `Words whose WordNet senses were tagged ${EVERYDAY_COUNT} times or more in SemCor, counted per word, and their regular inflections; space-separated.`,
  table: list.join(' '),
});
