// A new prospect's first suggest, two or more checkouts side by side in one process: each checkout's lib/match is
// loaded as its own module (its own remembered readings), built as the extension ships it (bench/checkouts.ts;
// SOURCE=1: as tsx runs it), with its own compiled development taxonomy and 10,000 generated assets; each of N
// records of the other development sets (never the held-out ones, shuffled as `npm run bench:match` shuffles them)
// is suggested for once in every checkout, the order rotated from one record to the next, so the shared machine's
// load falls on all alike. Prints each checkout's median and p95. A checkout without node_modules of its own needs
// a node_modules link beside its lib (see resolve-ab.ts).
//   npx tsx bench/suggest-new-ab.ts <checkout> <checkout> [...]   (N=200 by default)
import type { Prospect } from '../lib/model';
import { BENCH_TODAY, checkoutArgs, loadCheckout } from './checkouts';
import { newProspects } from './new-prospects';

const roots = checkoutArgs('suggest-new-ab.ts');
const today = BENCH_TODAY;
const n = Number(process.env.N ?? 200);

let prospects: Prospect[] = [];
const variants = [];
for (const root of roots) {
  if (!prospects.length) prospects = newProspects(root).slice(0, n);
  const { m, assets, compiled } = await loadCheckout(root);
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
