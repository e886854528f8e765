// Two or more checkouts' matchers timed side by side in one process: each checkout's lib/match is loaded as its
// own module (built as the extension ships it; SOURCE=1: as tsx runs it), with its own development pack, 10,000
// generated assets and compiled taxonomy, and the rounds alternate between them (the order rotated each round), so
// the shared machine's load falls on all alike. It prints, per checkout, the median resolveProspect and the median
// suggest (rankAssets of a fresh resolveProspect, as `npm run bench:match` times it) over the development
// prospects. A checkout without node_modules of its own (`git archive <commit> lib bench tests/fixtures/eval/dev |
// tar -x -C <dir>`) needs a node_modules link beside its lib.
//   npx tsx bench/resolve-ab.ts <checkout> <checkout> [...]   (ROUNDS=30 by default)
import fs from 'node:fs';
import path from 'node:path';
import type { Prospect } from '../lib/model';
import { BENCH_TODAY, checkoutArgs, loadCheckout } from './checkouts';

const roots = checkoutArgs('resolve-ab.ts');
const today = BENCH_TODAY;
const rounds = Number(process.env.ROUNDS ?? 30);

const variants = [];
for (const root of roots) {
  const { m, assets, compiled } = await loadCheckout(root);
  const prospects: Prospect[] = fs
    .readFileSync(path.join(root, 'tests/fixtures/eval/dev/cases.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { prospect: Prospect }).prospect);
  variants.push({ root, m, prospects, assets, compiled, resolve: [] as number[], suggest: [] as number[] });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
for (let round = 0; round < rounds; round++)
  for (let k = 0; k < variants.length; k++) {
    const v = variants[(round + k) % variants.length]!;
    for (const p of v.prospects) {
      let t = performance.now();
      v.m.resolveProspect(p, v.compiled);
      v.resolve.push(performance.now() - t);
      t = performance.now();
      v.m.rankAssets(v.assets, v.m.resolveProspect(p, v.compiled), { today, limit: 5 });
      v.suggest.push(performance.now() - t);
    }
  }
for (const v of variants) console.log(`${v.root}: resolve ${median(v.resolve).toFixed(3)} ms, suggest ${median(v.suggest).toFixed(3)} ms (median of ${v.resolve.length})`);
