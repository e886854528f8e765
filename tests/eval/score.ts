// The suggestion-quality metrics of the evaluation scorer (tests/fixtures/eval/README.md), as a library: nDCG@5 over graded gains
// and resolution precision, recall and F1, so the test suite can hold every evaluation set to them.
import fs from 'node:fs';
import path from 'node:path';
import { compileTaxonomy, contextOf, rankAssets, resolveProspect, type Resolution } from '../../lib/match';
import type { RelatedWords } from '../../lib/match/related-words';
import type { LibraryPack, PackAsset, Prospect, TaxonomyKind } from '../../lib/model';
import { readPack } from '../../lib/pack/pack';

export interface EvalCase {
  id: string;
  prospect: Prospect;
  expect: Record<TaxonomyKind, string[]>;
}

export interface EvalScore {
  cases: number;
  ndcg: number;
  f1: Record<TaxonomyKind, { precision: number; recall: number; f1: number }>;
  expired: number;
  unknown: number;
  misses: string[];
  /** How many case-and-kind readings each sort of `mend` would change. */
  mends: Record<Mend, Record<TaxonomyKind, number>>;
}

const K = 5;
const FIELDS: TaxonomyKind[] = ['personas', 'industries', 'painPoints'];

export function loadEvalSet(dir: string): { pack: LibraryPack; cases: EvalCase[] } {
  const read = readPack(fs.readFileSync(path.join(dir, 'library.json'), 'utf8'));
  if (!read.ok) throw new Error(`${dir}/library.json is invalid: ${read.errors[0]?.message}`);
  const cases = fs
    .readFileSync(path.join(dir, 'cases.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as EvalCase);
  return { pack: read.value, cases };
}

/** A second reader's filing of a set's cases: per case id, the ids a careful marketer who saw neither the matcher nor
 * the set's expected ids filed the prospect under (`second-reading.jsonl` beside `cases.jsonl`, one
 * `{"id", "personas", "industries", "painPoints"}` object a line). */
export type Reading = ReadonlyMap<string, Record<TaxonomyKind, string[]>>;

/** The second reading of the set in `dir`, or undefined when it has none; a line that does not parse, a case with no
 * line or two, or an id not in the taxonomy stops it with the file and line. */
export function loadSecondReading(dir: string, pack: LibraryPack, cases: readonly EvalCase[]): Reading | undefined {
  const file = path.join(dir, 'second-reading.jsonl');
  if (!fs.existsSync(file)) return undefined;
  const known = Object.fromEntries(FIELDS.map((f) => [f, new Set(pack.taxonomy[f].map((e) => e.id))])) as Record<TaxonomyKind, Set<string>>;
  const reading = new Map<string, Record<TaxonomyKind, string[]>>();
  fs.readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      const where = `${file}:${i + 1}`;
      let row: Record<string, unknown>;
      try {
        row = JSON.parse(line) as Record<string, unknown>;
      } catch (e) {
        throw new Error(`${where}: not JSON (${(e as Error).message})`);
      }
      if (typeof row !== 'object' || row === null || Array.isArray(row)) throw new Error(`${where}: not an object`);
      const id = row.id;
      if (typeof id !== 'string' || !id) throw new Error(`${where}: no "id"`);
      if (reading.has(id)) throw new Error(`${where}: case ${id} read twice`);
      const ids = {} as Record<TaxonomyKind, string[]>;
      for (const f of FIELDS) {
        const value = row[f] ?? [];
        if (!Array.isArray(value) || value.some((x) => typeof x !== 'string')) throw new Error(`${where}: "${f}" is not a list of ids`);
        const unknown = value.find((x: string) => !known[f].has(x));
        if (unknown !== undefined) throw new Error(`${where}: "${f}" has ${unknown}, not in the taxonomy`);
        ids[f] = value as string[];
      }
      reading.set(id, ids);
    });
  const unread = cases.find((c) => !reading.has(c.id));
  if (unread) throw new Error(`${file}: no line for case ${unread.id}`);
  return reading;
}

/** What the ranking is given in place of the reading's errors of one sort (`mend`): per case and kind, with R
 * the ids read and G the expected ones, `extras` drops the wrong ids read beside a right one (or when none
 * is expected), `substitutions` puts G in place of R when R is all wrong and G is not empty, `misses` adds
 * the expected ids not read when nothing wrong was read. The three are disjoint: each case and kind is
 * mended by at most one. */
export type Mend = 'extras' | 'substitutions' | 'misses';

export function mended(read: readonly string[], want: readonly string[], mend: Mend): string[] | undefined {
  const wrong = read.filter((x) => !want.includes(x));
  const right = read.filter((x) => want.includes(x));
  const missed = want.filter((x) => !read.includes(x));
  if (mend === 'extras' && wrong.length && (right.length || want.length === 0)) return right;
  if (mend === 'substitutions' && wrong.length && !right.length && want.length) return [...want];
  if (mend === 'misses' && missed.length && !wrong.length) return [...read, ...missed];
  return undefined;
}

/** `gold`: the kinds ranked with the case's expected ids in place of the resolver's (at full confidence), everything
 * else as resolved: how much of a set's distance to 1.0 is resolution and how much the ranking itself. `reading`: a
 * second reader's ids scored and ranked in place of the resolver's (all three kinds): how far a careful reader who
 * never saw the expected ids agrees with them, and what the ranking makes of such a reading. */
export function scoreSet(
  pack: LibraryPack,
  cases: readonly EvalCase[],
  today: string,
  options: { ranking?: RelatedWords; pains?: RelatedWords; gold?: readonly TaxonomyKind[]; mend?: { sort: Mend; kinds: readonly TaxonomyKind[] }; reading?: Reading } = {},
): EvalScore {
  const assets = new Map(pack.assets.map((a) => [a.id, a]));
  const expired = (a: PackAsset) => a.expiresAt !== undefined && a.expiresAt < today;
  const overlap = (xs: string[], ys: string[]) => xs.filter((x) => ys.includes(x)).length;
  const fit = (tags: string[], want: string[]) => (want.length === 0 || tags.length === 0 ? 0.5 : overlap(tags, want) > 0 ? 1 : 0);
  const gain = (a: PackAsset | undefined, e: EvalCase['expect']) =>
    !a || expired(a) ? 0 : fit(a.personas, e.personas) + fit(a.industries, e.industries) + Math.min(overlap(a.painPoints, e.painPoints), 2);
  const dcg = (gains: number[]) => gains.slice(0, K).reduce((s, g, i) => s + g / Math.log2(i + 2), 0);

  const compiled = compileTaxonomy(pack.taxonomy, pack.assets, { relatedWords: options.pains });
  const tally = Object.fromEntries(FIELDS.map((f) => [f, { tp: 0, fp: 0, fn: 0 }])) as Record<TaxonomyKind, { tp: number; fp: number; fn: number }>;
  let ndcgSum = 0;
  let expiredHits = 0;
  let unknown = 0;
  const mends = Object.fromEntries((['extras', 'substitutions', 'misses'] as const).map((m) => [m, { personas: 0, industries: 0, painPoints: 0 }])) as EvalScore['mends'];
  const misses: string[] = [];
  for (const c of cases) {
    const resolution = resolveProspect(c.prospect, compiled);
    const given = options.reading?.get(c.id);
    const ctx = given ?? contextOf(resolution);
    const ranked: Resolution = { ...resolution };
    const asFiled = (ids: readonly string[]) => ids.map((id) => ({ id, label: id, evidence: { field: 'rep' as const, quote: '', via: 'taxonomy' as const, confidence: 1 } }));
    if (given) for (const kind of FIELDS) ranked[kind] = asFiled(given[kind]);
    for (const kind of options.gold ?? []) ranked[kind] = asFiled(c.expect[kind]);
    if (options.mend)
      for (const kind of options.mend.kinds) {
        const ids = mended(ctx[kind], c.expect[kind], options.mend.sort);
        if (ids) ranked[kind] = ids.map((id) => resolution[kind].find((r) => r.id === id) ?? asFiled([id])[0]!);
      }
    const ids = rankAssets(pack.assets, ranked, { today, limit: K, relatedWords: options.ranking, company: c.prospect.company }).suggestions.map((s) => s.asset.id);
    for (const f of FIELDS) {
      const got = new Set(ctx[f]);
      const want = new Set(c.expect[f]);
      for (const x of got) want.has(x) ? tally[f].tp++ : tally[f].fp++;
      for (const x of want) if (!got.has(x)) tally[f].fn++;
      for (const sort of ['extras', 'substitutions', 'misses'] as const) if (mended(ctx[f], c.expect[f], sort)) mends[sort][f]++;
      if ([...got].sort().join() !== [...want].sort().join()) misses.push(`${c.id} ${f}: got [${[...got]}] want [${[...want]}]`);
    }
    for (const id of ids) {
      const a = assets.get(id);
      if (!a) unknown++;
      else if (expired(a)) expiredHits++;
    }
    const gains = ids.map((id) => gain(assets.get(id), c.expect));
    const ideal = [...assets.values()].map((a) => gain(a, c.expect)).sort((x, y) => y - x);
    ndcgSum += dcg(ideal) > 0 ? dcg(gains) / dcg(ideal) : 1;
  }
  const f1 = {} as EvalScore['f1'];
  for (const f of FIELDS) {
    const { tp, fp, fn } = tally[f];
    const precision = tp + fp ? tp / (tp + fp) : 1;
    const recall = tp + fn ? tp / (tp + fn) : 1;
    f1[f] = { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
  }
  return { cases: cases.length, ndcg: ndcgSum / cases.length, f1, expired: expiredHits, unknown, misses, mends };
}
