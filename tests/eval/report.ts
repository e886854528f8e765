// Prints the quality figures of every evaluation set: npm run eval
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { useForeignNouns, useNaceTable, useOccupationTable, useTradeTable } from '../../lib/match/lexicon';
import { relatedStems } from '../../lib/match/related-words';
import type { TaxonomyKind } from '../../lib/model';
import { loadEvalSet, loadSecondReading, scoreSet, type EvalScore } from './score';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/eval');
const verbose = process.argv.includes('--verbose');
// --wordnet=ranking, --wordnet=pains or --wordnet=both: the matcher with WordNet's related words
// (lib/match/related-words.ts), off by default.
const wordnet = process.argv.find((a) => a.startsWith('--wordnet='))?.slice('--wordnet='.length);
const options = {
  ranking: wordnet === 'ranking' || wordnet === 'both' ? relatedStems : undefined,
  pains: wordnet === 'pains' || wordnet === 'both' ? relatedStems : undefined,
};
/** A table file a flag names, as text; a missing one stops the report with `how` to make it. */
function tableFile(flag: string, file: string | undefined, how: string): string {
  if (!file || !fs.existsSync(file)) {
    console.error(`${flag}: no file ${file ?? ''} (${how})`);
    process.exit(2);
  }
  return fs.readFileSync(file, 'utf8').trim();
}
// --foreign-nouns: titles, industries, company names and notes also read through the FreeDict table, off by
// default and never committed (GPL-derived): made on this machine by scripts/build-lexicon-table.ts.
// --foreign-nouns=file: another table of that format read the same way (scripts/build-omw-table.ts, from wordnets
// whose licence lets a derived table ship).
const foreignArg = process.argv.find((a) => a === '--foreign-nouns' || a.startsWith('--foreign-nouns='));
if (foreignArg) {
  const table = foreignArg.includes('=') ? foreignArg.slice('--foreign-nouns='.length) : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../.cache/freedict-nouns.txt');
  useForeignNouns(tableFile('--foreign-nouns', table, "install Debian's dict-freedict-{deu,fra,spa,ita,nld,por}-eng and run npx tsx scripts/build-lexicon-table.ts"));
}
// --no-nace: without the NACE Rev. 2 class-title table the matcher reads CRM industry values and company names
// through (lib/match/nace-table.generated.ts); --nace=file: another table of that format (scripts/build-nace-table.ts
// with NACE_OUT=file.txt), read as the default one is, or with --nace-everywhere as the FreeDict table is read
// (titles, notes and compounds' parts too). Measured: docs/matching.md.
if (process.argv.includes('--no-nace')) useNaceTable(undefined);
const naceArg = process.argv.find((a) => a.startsWith('--nace='));
if (naceArg) {
  const table = naceArg.slice('--nace='.length);
  const text = tableFile('--nace', table, `make one with NACE_OUT=${table} npx tsx scripts/build-nace-table.ts <DV_NOGA_CLASS.lsl>`);
  useNaceTable(process.argv.includes('--nace-everywhere') ? undefined : text);
  if (process.argv.includes('--nace-everywhere')) useForeignNouns(text);
}
// --esco=file[:industries,titles]: another occupation table (scripts/build-esco-table.ts with ESCO_OUT=file.txt) read
// in the uses named (both when none is); --no-esco: without the default one (lib/match/occupation-table.generated.ts,
// read in titles). Measured: docs/matching.md, "Occupations in six languages from ESCO".
if (process.argv.includes('--no-esco')) useOccupationTable(undefined);
// --no-trades: without the trade table a company's name and a CRM industry value are read through for the people of a trade
// (lib/match/trade-table.generated.ts, "Deshollinadores", "Barbearia"). Measured: docs/matching.md, "Kinds of business
// named by their people in six languages".
if (process.argv.includes('--no-trades')) useTradeTable(undefined);
const escoArg = process.argv.find((a) => a.startsWith('--esco='));
if (escoArg) {
  const [table, uses] = escoArg.slice('--esco='.length).split(':');
  const text = tableFile('--esco', table, `make one with ESCO_OUT=${table} npx tsx scripts/build-esco-table.ts ...`);
  const named = (uses ?? 'industries,titles').split(',');
  useOccupationTable(text, { industries: named.includes('industries'), titles: named.includes('titles') });
}
// --gold: nDCG@5 also with the cases' expected personas, industries and pain points given to the ranking in place of
// the resolver's (all three, then one kind at a time): the share of each set's loss that is resolution, by kind.
const gold = process.argv.includes('--gold');
const GOLD: TaxonomyKind[][] = [['personas', 'industries', 'painPoints'], ['personas'], ['industries'], ['painPoints']];
const goldColumns = gold ? ' gold resolution | gold personas | gold industries | gold pain points |' : '';
console.log(`| set | cases | nDCG@5 | personas F1 | industries F1 | pain points F1 | expired |${goldColumns}`);
console.log(`|---|---|---|---|---|---|---|${gold ? '---|---|---|---|' : ''}`);
// --mend: nDCG@5 with the reading's errors of one sort mended from the cases (tests/eval/score.ts, `mended`): how much
// of the loss to resolution is wrong ids read beside right ones, wrong ids instead of right ones, or right ones not read.
const mend = process.argv.includes('--mend');
const MENDS = ['extras', 'substitutions', 'misses'] as const;
const MEND_KINDS: TaxonomyKind[][] = [['personas', 'industries', 'painPoints'], ['personas'], ['industries'], ['painPoints']];
const mendSums = new Map<string, { ndcg: number; count: number }>();
const add = (label: string, ndcg: number, count: number) => {
  const sum = mendSums.get(label) ?? { ndcg: 0, count: 0 };
  mendSums.set(label, { ndcg: sum.ndcg + ndcg, count: sum.count + count });
};
// --second-reading: for each development set with a second reader's filing (second-reading.jsonl, tests/fixtures/eval/README.md),
// a row more with that filing scored against the expected ids and ranked in place of the resolver's reading.
const secondReading = process.argv.includes('--second-reading');
const readingPairs: { read: EvalScore; second: EvalScore }[] = [];
const goldSums = GOLD.map(() => 0);
const ndcgs: number[] = [];
const heldOut: number[] = [];
// Held-out sets (heldout-*): their totals only, never a miss (tests/fixtures/eval/README.md).
const isHeldOut = (name: string) => name.startsWith('heldout-');
for (const name of fs.readdirSync(root).sort()) {
  if (!fs.existsSync(path.join(root, name, 'cases.jsonl'))) continue;
  const { pack, cases } = loadEvalSet(path.join(root, name));
  const s = scoreSet(pack, cases, '2026-11-22', options);
  const f = (x: number) => x.toFixed(3);
  (isHeldOut(name) ? heldOut : ndcgs).push(s.ndcg);
  const golds = gold && !isHeldOut(name) ? GOLD.map((kinds) => scoreSet(pack, cases, '2026-11-22', { ...options, gold: kinds }).ndcg) : [];
  golds.forEach((g, i) => (goldSums[i]! += g));
  console.log(`| ${name} | ${s.cases} | ${f(s.ndcg)} | ${f(s.f1.personas.f1)} | ${f(s.f1.industries.f1)} | ${f(s.f1.painPoints.f1)} | ${s.expired} |${golds.map((g) => ` ${f(g)} |`).join('')}`);
  const reading = secondReading && !isHeldOut(name) ? loadSecondReading(path.join(root, name), pack, cases) : undefined;
  if (reading) {
    const r = scoreSet(pack, cases, '2026-11-22', { ...options, reading });
    readingPairs.push({ read: s, second: r });
    console.log(`| ${name} (second reader) | ${r.cases} | ${f(r.ndcg)} | ${f(r.f1.personas.f1)} | ${f(r.f1.industries.f1)} | ${f(r.f1.painPoints.f1)} | ${r.expired} |`);
  }
  if (mend && !isHeldOut(name)) {
    add('as read', s.ndcg, 0);
    for (const sort of MENDS)
      for (const kinds of MEND_KINDS) {
        const m = scoreSet(pack, cases, '2026-11-22', { ...options, mend: { sort, kinds } });
        add(`${sort}: ${kinds.length > 1 ? 'all kinds' : kinds[0]}`, m.ndcg, kinds.reduce((sum, k) => sum + s.mends[sort][k], 0));
      }
    add('gold (all mended)', scoreSet(pack, cases, '2026-11-22', { ...options, gold: ['personas', 'industries', 'painPoints'] }).ndcg, 0);
  }
  if (verbose && !isHeldOut(name)) for (const m of s.misses) console.log(`    ${m}`);
}
if (mend) {
  console.log(`\n| mended (all ${ndcgs.length} sets) | readings mended | mean nDCG@5 | gain |`);
  console.log('|---|---|---|---|');
  const base = mendSums.get('as read')!.ndcg / ndcgs.length;
  for (const [label, { ndcg, count }] of mendSums) console.log(`| ${label} | ${count} | ${(ndcg / ndcgs.length).toFixed(4)} | ${(ndcg / ndcgs.length - base).toFixed(4)} |`);
}
const mean = (xs: number[]) => (xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(4);
console.log(`\nmean nDCG@5 over ${ndcgs.length} development sets: ${mean(ndcgs)}`);
if (gold) console.log(`with gold resolution: all ${GOLD.map((kinds, i) => `${kinds.length > 1 ? '' : `${kinds[0]} `}${(goldSums[i]! / ndcgs.length).toFixed(4)}`).join(', only ')}`);
if (readingPairs.length) {
  const avg = (pick: (x: EvalScore) => number, which: 'read' | 'second') => (readingPairs.reduce((sum, p) => sum + pick(p[which]), 0) / readingPairs.length).toFixed(3);
  const line = (which: 'read' | 'second') =>
    `nDCG@5 ${avg((x) => x.ndcg, which)}, F1 ${(['personas', 'industries', 'painPoints'] as const).map((k) => avg((x) => x.f1[k].f1, which)).join(' / ')}`;
  console.log(`over the ${readingPairs.length} sets with a second reading: as read ${line('read')}; the second reader's filing ${line('second')}`);
}
if (heldOut.length) console.log(`mean nDCG@5 over ${heldOut.length} held-out sets: ${mean(heldOut)}`);
