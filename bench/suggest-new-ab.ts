// A new prospect's first suggest, two or more checkouts side by side in one process: each checkout's lib/match
// is loaded as its own module (its own remembered readings), with its own compiled development taxonomy and
// 10,000 generated assets; each of N records of the other development sets (never the held-out ones, shuffled
// as `npm run bench:match` shuffles them) is suggested for once in every checkout, the order rotated from one
// record to the next, so the shared machine's load falls on all alike. Prints each checkout's median and p95.
// A checkout without node_modules of its own needs a node_modules link beside its lib (see resolve-ab.ts).
//   npx tsx bench/suggest-new-ab.ts <checkout> <checkout> [...]   (N=200 by default)
import fs from 'node:fs';
import path from 'node:path';
import type { Prospect } from '../lib/model';

type Match = typeof import('../lib/match');
type Pack = typeof import('../lib/pack/pack');
type Generate = typeof import('./generate');

const roots = process.argv.slice(2).map((r) => path.resolve(r));
if (roots.length < 2) throw new Error('usage: npx tsx bench/suggest-new-ab.ts <checkout> <checkout> [...]');
const today = '2026-11-22';
const n = Number(process.env.N ?? 200);

/** The other development sets' records, each once, shuffled with bench:match's seed. */
function newProspects(root: string, rng: Generate['rng']): Prospect[] {
  const evalDir = path.join(root, 'tests/fixtures/eval');
  const seen = new Set<string>();
  const all: Prospect[] = [];
  for (const dir of fs.readdirSync(evalDir).sort()) {
    if (dir === 'dev' || dir.startsWith('heldout-')) continue;
    const file = path.join(evalDir, dir, 'cases.jsonl');
    if (!fs.existsSync(file)) continue;
    for (const line of fs.readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
      const prospect = (JSON.parse(line) as { prospect: Prospect }).prospect;
      const key = JSON.stringify(prospect);
      if (!seen.has(key)) (seen.add(key), all.push(prospect));
    }
  }
  const r = rng(11);
  for (let i = all.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  return all;
}

let prospects: Prospect[] = [];
const variants = [];
for (const root of roots) {
  const m = (await import(path.join(root, 'lib/match/index.ts'))) as Match;
  const { readPack } = (await import(path.join(root, 'lib/pack/pack.ts'))) as Pack;
  const { generateAssets, rng } = (await import(path.join(root, 'bench/generate.ts'))) as Generate;
  const read = readPack(fs.readFileSync(path.join(root, 'tests/fixtures/eval/dev/library.json'), 'utf8'));
  if (!read.ok) throw new Error(`${root}: the development pack is invalid`);
  if (!prospects.length) prospects = newProspects(root, rng).slice(0, n);
  const assets = generateAssets(10000, read.value.taxonomy, 10000);
  const compiled = m.compileTaxonomy(read.value.taxonomy, assets);
  m.rankAssets(assets, m.resolveProspect({}, compiled), { today });
  variants.push({ root, m, assets, compiled, times: [] as number[] });
}

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))]!;
for (const [i, p] of prospects.entries())
  for (let k = 0; k < variants.length; k++) {
    const v = variants[(i + k) % variants.length]!;
    const t = performance.now();
    v.m.rankAssets(v.assets, v.m.resolveProspect(p, v.compiled), { today, limit: 5 });
    v.times.push(performance.now() - t);
  }
for (const v of variants)
  console.log(`${v.root}: new prospect, first suggest: median ${quantile(v.times, 0.5).toFixed(3)} ms, p95 ${quantile(v.times, 0.95).toFixed(2)} ms (${v.times.length} prospects)`);
