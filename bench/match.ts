// Matcher and search speed, side by side with the naive approach (one Fuse.js index over every field;
// the prospect's title, industry and notes as its query), at 1k, 10k and 50k assets. The matcher and the search
// are timed as the extension ships them (bench/shipped-matcher.ts: built by Vite as `wxt build` builds the
// panel); --source times lib/match and lib/search as tsx runs them instead.
//   npm run bench:match [-- --sizes=10000] [-- --source]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fuse from 'fuse.js';
import type { PackAsset, Prospect } from '../lib/model';
import { readPack } from '../lib/pack/pack';
import { generateAssets, rng } from './generate';
import { newProspects as readNewProspects } from './new-prospects';
import { bundlerName, loadShipped } from './shipped-matcher';

type Match = typeof import('../lib/match');
type Search = typeof import('../lib/search');

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fromSource = process.argv.includes('--source');
const [match, search] = fromSource
  ? [
      { module: (await import('../lib/match')) as Match, description: 'lib/match/index.ts' },
      { module: (await import('../lib/search')) as Search, description: 'lib/search/index.ts' },
    ]
  : [await loadShipped<Match>(root, 'lib/match/index.ts'), await loadShipped<Search>(root, 'lib/search/index.ts')];
const { compileTaxonomy, rankAssets, resolveProspect } = match.module;
const { buildSearchIndex, searchAssets } = search.module;
const timed = fromSource
  ? `the source as tsx runs it (${match.description}, ${search.description})`
  : `the code as the extension ships it, built by ${await bundlerName()} as \`wxt build\` builds the panel (${match.description}; ${search.description})`;
const read = readPack(fs.readFileSync(path.join(root, 'tests/fixtures/eval/dev/library.json'), 'utf8'));
if (!read.ok) throw new Error('the development pack is invalid');
const taxonomy = read.value.taxonomy;
const prospects: Prospect[] = fs
  .readFileSync(path.join(root, 'tests/fixtures/eval/dev/cases.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l).prospect);
// New prospects: the records of the other development sets (never the held-out ones), each suggested for
// once, before any warm-up, so that what the resolver remembers of a word read before does not help it: what a
// rep's first look at a record costs. Shuffled once; each library size gets its own 200 that no earlier size met.
const NEW_PER_SIZE = 200;
const newProspects: Prospect[] = readNewProspects(root);
const today = '2026-11-22';
const gc = (globalThis as { gc?: () => void }).gc;

// Timed rounds: enough that two runs in a row agree on the medians within about 5 %.
const WARMUP_ROUNDS = 10;
const SUGGEST_ROUNDS = 40;
const SEARCH_ROUNDS = 5;
/** The list starting at its offset-th item, wrapping round: each round meets the items in a new order. */
const rotated = <T>(xs: T[], offset: number) => xs.map((_, i) => xs[(i + offset) % xs.length]!);

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))]!;
const time = (fn: () => void) => {
  const t = performance.now();
  fn();
  return performance.now() - t;
};
const heap = () => {
  gc?.();
  return process.memoryUsage().heapUsed;
};
const ms = (x: number) => (x >= 100 ? `${Math.round(x)} ms` : x >= 1 ? `${x.toFixed(1)} ms` : `${x.toFixed(2)} ms`);
const mb = (x: number) => `${(x / 1024 / 1024).toFixed(0)} MB`;

/** A typo a person makes: two letters swapped in each word of four or more letters. */
function typo(text: string): string {
  return text
    .split(' ')
    .map((w) => (w.length >= 5 ? `${w.slice(0, 2)}${w[3]}${w[2]}${w.slice(4)}` : w))
    .join(' ');
}

function queriesFor(assets: PackAsset[], n: number) {
  const r = rng(5);
  return Array.from({ length: n }, (_, i) => {
    const a = assets[Math.floor(r() * assets.length)]!;
    // The made-up customer name and a topic word, as a rep remembers an asset.
    const name = /[A-Z][a-z]+ [A-Z][a-z]+/.exec(a.title.slice(1))?.[0] ?? a.title;
    const topic = a.title.split(' fixed ')[1]?.split(' ')[0] ?? '';
    const kind = i % 3;
    const text = kind === 0 ? `${name} ${topic}` : kind === 1 ? typo(`${name} ${topic}`) : name.split(' ')[0]!.slice(0, 5);
    return { text, target: a.id, isTypo: kind === 1 };
  });
}

const rows: string[] = [];
// --sizes=10000 (or 1000,10000) times only those library sizes: a quicker run on a busy machine.
const sizesArg = process.argv.find((a) => a.startsWith('--sizes='))?.slice('--sizes='.length);
const sizes = sizesArg ? sizesArg.split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0) : [1_000, 10_000, 50_000];
for (const [sizeIndex, size] of sizes.entries()) {
  const assets = generateAssets(size, taxonomy, size);
  const naiveRuns = size >= 50_000 ? 3 : size >= 10_000 ? 5 : 15;

  const before = heap();
  let compiled!: ReturnType<typeof compileTaxonomy>;
  let index!: ReturnType<typeof buildSearchIndex>;
  const indexMs = time(() => {
    compiled = compileTaxonomy(taxonomy, assets);
    index = buildSearchIndex(assets, taxonomy);
    // The ranking's own preparation (tags as bit sets) happens on first use: count it here.
    rankAssets(assets, resolveProspect({}, compiled), { today });
  });
  const ourHeap = heap() - before;

  const before2 = heap();
  let fuse!: Fuse<PackAsset>;
  const fuseIndexMs = time(() => {
    fuse = new Fuse(assets, { keys: ['title', 'description', 'tags', 'personas', 'industries', 'painPoints', 'type'], includeScore: true, ignoreLocation: true, threshold: 0.4 });
  });
  const fuseHeap = heap() - before2;

  // Suggest: every development prospect, first in untimed warm-up rounds (the compiler's tiers, the
  // resolver's remembered readings), then in timed rounds, each starting one prospect further on.
  const suggest = (p: Prospect) => rankAssets(assets, resolveProspect(p, compiled), { today, limit: 5 });
  gc?.();
  const newTimes = newProspects.slice(sizeIndex * NEW_PER_SIZE, (sizeIndex + 1) * NEW_PER_SIZE).map((p) => time(() => suggest(p)));
  for (let round = 0; round < WARMUP_ROUNDS; round++) for (const p of prospects) suggest(p);
  gc?.();
  const suggestTimes: number[] = [];
  for (let round = 0; round < SUGGEST_ROUNDS; round++)
    for (const p of rotated(prospects, round)) suggestTimes.push(time(() => suggest(p)));
  const naiveSuggest: number[] = [];
  for (const p of prospects.slice(0, naiveRuns))
    naiveSuggest.push(time(() => fuse.search([p.title, p.industry, p.notes].filter(Boolean).join(' ')).slice(0, 5)));

  // Search: exact words, typos, words and a number; recall of the target in the top 10 for typos.
  const queries = queriesFor(assets, 300);
  // One untimed round counts the typo queries' targets and warms up; then timed rounds, rotated.
  let typoHits = 0;
  let typoTotal = 0;
  for (const q of queries) {
    const found = searchAssets(index, q.text, { limit: 10 }).map((r) => r.asset.id);
    if (q.isTypo) {
      typoTotal++;
      if (found.includes(q.target)) typoHits++;
    }
  }
  gc?.();
  const searchTimes: number[] = [];
  for (let round = 0; round < SEARCH_ROUNDS; round++)
    for (const q of rotated(queries, round * 37)) searchTimes.push(time(() => searchAssets(index, q.text, { limit: 10 })));
  const naiveSearch: number[] = [];
  let naiveTypoHits = 0;
  let naiveTypoTotal = 0;
  for (const q of queries.filter((x) => x.isTypo).slice(0, naiveRuns)) {
    let found: string[] = [];
    naiveSearch.push(time(() => (found = fuse.search(q.text).slice(0, 10).map((r) => r.item.id))));
    naiveTypoTotal++;
    if (found.includes(q.target)) naiveTypoHits++;
  }

  rows.push(
    `| ${size.toLocaleString('en-US')} | Tailor | ${ms(indexMs)} | ${ms(quantile(suggestTimes, 0.5))} / ${ms(quantile(suggestTimes, 0.95))} (${suggestTimes.length} timings) | ${ms(quantile(searchTimes, 0.5))} / ${ms(quantile(searchTimes, 0.95))} (${searchTimes.length} timings) | ${typoHits}/${typoTotal} | ${ms(quantile(newTimes, 0.5))} / ${ms(quantile(newTimes, 0.95))} (${newTimes.length} prospects) | ${mb(ourHeap)} |`,
    `| | naive Fuse | ${ms(fuseIndexMs)} | ${ms(quantile(naiveSuggest, 0.5))} / ${ms(quantile(naiveSuggest, 0.95))} (${naiveSuggest.length} runs) | ${ms(quantile(naiveSearch, 0.5))} / ${ms(quantile(naiveSearch, 0.95))} (${naiveSearch.length} runs) | ${naiveTypoHits}/${naiveTypoTotal} | | ${mb(fuseHeap)} |`,
  );
}

console.log(
  `\nNode ${process.version}. Timed: ${timed}; the naive approach: fuse.js as installed. Suggest: ${prospects.length} development prospects, ${WARMUP_ROUNDS} untimed rounds then ${SUGGEST_ROUNDS} timed, rotated. ` +
    `Search: 300 queries a size (a third with typos), 1 untimed round then ${SEARCH_ROUNDS} timed, rotated.` +
    `${gc ? '' : ' (Run with --expose-gc for memory figures.)'}\n`,
);
console.log('| assets | approach | load + index | suggest median / p95 | search median / p95 | typo queries: target in top 10 | new prospect, first suggest: median / p95 | heap |');
console.log('|---|---|---|---|---|---|---|---|');
for (const r of rows) console.log(r);
