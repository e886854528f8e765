// A checkout's matcher loaded as its own module, for timing checkouts side by side in one process
// (bench/resolve-ab.ts, bench/suggest-new-ab.ts): its lib/match built as the extension ships it (bench/shipped-matcher.ts;
// SOURCE=1: as tsx runs it), its development pack's taxonomy compiled over 10,000 generated assets, the
// ranking's preparation done.
import fs from 'node:fs';
import path from 'node:path';
import { loadShipped } from './shipped-matcher';

type Match = typeof import('../lib/match');
type Pack = typeof import('../lib/pack/pack');
type Generate = typeof import('./generate');

export const BENCH_TODAY = '2026-11-22';

/** The checkouts named on the command line, two or more, as absolute paths. */
export function checkoutArgs(script: string): string[] {
  const roots = process.argv.slice(2).map((r) => path.resolve(r));
  if (roots.length < 2) throw new Error(`usage: npx tsx bench/${script} <checkout> <checkout> [...]`);
  return roots;
}

export async function loadCheckout(root: string) {
  const m = process.env.SOURCE ? ((await import(path.join(root, 'lib/match/index.ts'))) as Match) : (await loadShipped<Match>(root, 'lib/match/index.ts')).module;
  const { readPack } = (await import(path.join(root, 'lib/pack/pack.ts'))) as Pack;
  const { generateAssets } = (await import(path.join(root, 'bench/generate.ts'))) as Generate;
  const read = readPack(fs.readFileSync(path.join(root, 'tests/fixtures/eval/dev/library.json'), 'utf8'));
  if (!read.ok) throw new Error(`${root}: the development pack is invalid`);
  const assets = generateAssets(10000, read.value.taxonomy, 10000);
  const compiled = m.compileTaxonomy(read.value.taxonomy, assets);
  m.rankAssets(assets, m.resolveProspect({}, compiled), { today: BENCH_TODAY });
  return { root, m, assets, compiled };
}
