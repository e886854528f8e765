// The two halves of a suggestion timed apart: the median resolveProspect and rankAssets over the development
// prospects, 25 rounds, at 10,000 generated assets. Run from the root of a checkout, so that two checkouts
// can be compared run for run (interleave them: the machine's load moves both halves).
//   npx tsx bench/resolve-split.ts
import fs from 'node:fs';
import path from 'node:path';
import { compileTaxonomy, rankAssets, resolveProspect } from '../lib/match';
import type { Prospect } from '../lib/model';
import { readPack } from '../lib/pack/pack';
import { generateAssets } from './generate';

const root = process.cwd();
const read = readPack(fs.readFileSync(path.join(root, 'tests/fixtures/eval/dev/library.json'), 'utf8'));
if (!read.ok) throw new Error(`tests/fixtures/eval/dev/library.json: ${JSON.stringify(read.errors)}`);
const taxonomy = read.value.taxonomy;
const prospects: Prospect[] = fs
  .readFileSync(path.join(root, 'tests/fixtures/eval/dev/cases.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => (JSON.parse(line) as { prospect: Prospect }).prospect);
const today = '2026-11-22';
const assets = generateAssets(10000, taxonomy, 10000);
const compiled = compileTaxonomy(taxonomy, assets);
rankAssets(assets, resolveProspect({}, compiled), { today });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const resolveTimes: number[] = [];
const rankTimes: number[] = [];
for (let round = 0; round < 25; round++)
  for (const p of prospects) {
    let t = performance.now();
    const r = resolveProspect(p, compiled);
    resolveTimes.push(performance.now() - t);
    t = performance.now();
    rankAssets(assets, r, { today, limit: 5 });
    rankTimes.push(performance.now() - t);
  }
console.log(`${path.basename(root)} resolve ${median(resolveTimes).toFixed(3)} rank ${median(rankTimes).toFixed(3)}`);
