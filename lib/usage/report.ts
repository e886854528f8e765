// The insights page's figures, from a period's roll-up and the library: what is used, what is wasted,
// what is missing, and what was shared on deals that were won.
import {
  TAXONOMY_KINDS,
  isExpired,
  type Asset,
  type AssetType,
  type ContentRequest,
  type Counts,
  type DayRollup,
  type Outcome,
  type ProspectSeen,
  type Taxonomy,
  type TaxonomyKind,
} from '../model';
import { NO_REP, shares } from './rollup';
import { ownValue } from '../own';
import { money, plural } from '../notices/format';

export interface AssetFigure {
  id: string;
  title: string;
  type: AssetType;
  impressions: number;
  opens: number;
  shares: number;
}

export interface DimensionFigure {
  id: string;
  label: string;
  impressions: number;
  shares: number;
}

export interface InsightsReport {
  totals: {
    impressions: number;
    opens: number;
    linkCopies: number;
    emailCopies: number;
    notRelevant: number;
    flags: number;
    requests: number;
    /** Every deal won in the period, and their revenue. */
    wonDeals: number;
    revenue: number;
    /** Of those, the deals with content shared on their account before the win (what "Content influence" credits). */
    wonWithContent: number;
    revenueWithContent: number;
  };
  /** Won deals with nothing shared on their account before the win: "Content influence" leaves them out. */
  wonWithoutContent: { dealKey: string; name?: string; account: string; sharesAfterWin: number }[];
  waste: { active: number; used: number; neverUsed: number; wasteShare: number; neverUsedAssets: AssetFigure[] };
  topByShares: AssetFigure[];
  usage: Record<TaxonomyKind | 'stages', DimensionFigure[]>;
  /** `unnamed`: this browser's events while no rep id was set; `rep` then says so. */
  reps: { rep: string; unnamed: boolean; impressions: number; shares: number; requests: number; notRelevant: number }[];
  coverage: {
    personas: { id: string; label: string }[];
    industries: { id: string; label: string }[];
    /** cells[p][i]: persona p by industry i. */
    cells: CoverageCell[][];
  };
  unmet: { context: string; prospects: number; bestScore: number }[];
  requests: ContentRequest[];
  feedback: { id: string; title: string; notRelevant: number; flags: number; reasons: string[] }[];
  influence: { id: string; title: string; deals: number; revenue: number }[];
}

/** One persona by industry cell of the coverage matrix. */
export interface CoverageCell {
  /** Assets tagged with both this persona and this industry. */
  assets: number;
  /** Assets that fit here only because they name no persona or no industry (they fit any). */
  anyAssets: number;
  /** Prospects seen read as both. */
  prospects: number;
  /** Prospects were seen here and no asset is tagged for them: content fitting any does not fill it. */
  gap: boolean;
}

export interface ReportInput {
  rollup: DayRollup;
  assets: readonly Asset[];
  taxonomy: Taxonomy;
  prospects: readonly ProspectSeen[];
  requests: readonly ContentRequest[];
  outcomes: readonly Outcome[];
  today: string;
  /** Per won deal credited with nothing (by dealKey): shares on its account after the win (store.ts sharesAfterWin). */
  sharesAfterWin?: ReadonlyMap<string, number>;
  /** A prospect whose best suggestion scored below this had no good match. */
  goodMatchScore?: number;
}

/** How the insights name the rep of events recorded while no rep id was set. */
export const NO_REP_LABEL = 'You (no rep ID set)';

/** A sum of won deals' amounts. They carry no currency (lib/crm/amount.ts reads the number a CRM shows;
 * a rep types a bare one), so the figure says where it comes from instead of guessing one. */
export const wonDealAmounts = (total: number) => `${money(total)} in won deal amounts, as the CRMs show them`;

export const GOOD_MATCH_SCORE = 0.5;

const count = (c: Counts | undefined, type: keyof Counts) => c?.[type] ?? 0;

export function buildReport(input: ReportInput): InsightsReport {
  const { rollup, assets, taxonomy, prospects, requests, outcomes, today } = input;
  const threshold = input.goodMatchScore ?? GOOD_MATCH_SCORE;
  const labelOf = (kind: TaxonomyKind, id: string) => taxonomy[kind].find((e) => e.id === id)?.label ?? id;
  const figure = (a: Asset): AssetFigure => {
    const c = ownValue(rollup.assets, a.id);
    return { id: a.id, title: a.title, type: a.type, impressions: count(c, 'impression'), opens: count(c, 'open'), shares: shares(c) };
  };

  const active = assets.filter((a) => !a.archived && !isExpired(a, today));
  const figures = active.map(figure);
  const used = figures.filter((f) => f.shares > 0);
  const neverUsed = figures.filter((f) => f.shares === 0).sort((a, b) => b.impressions - a.impressions || a.title.localeCompare(b.title));

  const usage = {} as InsightsReport['usage'];
  for (const kind of TAXONOMY_KINDS) {
    usage[kind] = taxonomy[kind]
      .map((e) => ({ id: e.id, label: e.label, impressions: count(ownValue(rollup[kind], e.id), 'impression'), shares: shares(ownValue(rollup[kind], e.id)) }))
      .sort((a, b) => b.shares - a.shares || b.impressions - a.impressions);
  }
  usage.stages = Object.entries(rollup.stages)
    .map(([id, c]) => ({ id, label: id[0]!.toUpperCase() + id.slice(1), impressions: count(c, 'impression'), shares: shares(c) }))
    .sort((a, b) => b.shares - a.shares);

  const reps = Object.entries(rollup.reps)
    .map(([rep, c]) => ({ rep: rep === NO_REP ? NO_REP_LABEL : rep, unnamed: rep === NO_REP, impressions: count(c, 'impression'), shares: shares(c), requests: count(c, 'request'), notRelevant: count(c, 'not-relevant') }))
    .sort((a, b) => b.shares - a.shares);

  // Coverage: an asset with no persona (or industry) fits every one, but it is general content, not
  // content made for the cell; counted apart, or a library with a few general assets shows no gap at all.
  const personas = taxonomy.personas.map((e) => ({ id: e.id, label: e.label }));
  const industries = taxonomy.industries.map((e) => ({ id: e.id, label: e.label }));
  const cells: CoverageCell[][] = personas.map(() => industries.map(() => ({ assets: 0, anyAssets: 0, prospects: 0, gap: false })));
  const pIndex = new Map(personas.map((p, i) => [p.id, i]));
  const iIndex = new Map(industries.map((x, i) => [x.id, i]));
  const indexesOf = (ids: readonly string[], index: Map<string, number>, all: number) =>
    ids.length ? [...new Set(ids.flatMap((id) => (index.has(id) ? [index.get(id)!] : [])))] : Array.from({ length: all }, (_, i) => i);
  for (const a of active) {
    const specific = a.personas.length > 0 && a.industries.length > 0;
    for (const pi of indexesOf(a.personas, pIndex, personas.length))
      for (const ii of indexesOf(a.industries, iIndex, industries.length)) {
        if (specific) cells[pi]![ii]!.assets++;
        else cells[pi]![ii]!.anyAssets++;
      }
  }
  for (const seen of prospects) {
    for (const p of seen.context.personas) for (const i of seen.context.industries) {
      const pi = pIndex.get(p);
      const ii = iIndex.get(i);
      if (pi !== undefined && ii !== undefined) cells[pi]![ii]!.prospects++;
    }
  }
  for (const row of cells) for (const cell of row) cell.gap = cell.prospects > 0 && cell.assets === 0;

  // Unmet needs: prospects whose best suggestion was weak, grouped by how they were read.
  const unmetGroups = new Map<string, { prospects: number; bestScore: number }>();
  for (const seen of prospects) {
    if ((seen.bestScore ?? 0) >= threshold) continue;
    const parts = TAXONOMY_KINDS.flatMap((k) => seen.context[k].map((id) => labelOf(k, id)));
    const key = parts.length ? parts.join(' · ') : 'Nothing recognised';
    const g = unmetGroups.get(key) ?? { prospects: 0, bestScore: 1 };
    g.prospects++;
    g.bestScore = Math.min(g.bestScore, seen.bestScore ?? 0);
    unmetGroups.set(key, g);
  }
  const unmet = [...unmetGroups.entries()].map(([context, g]) => ({ context, ...g })).sort((a, b) => b.prospects - a.prospects).slice(0, 20);

  const byId = new Map(assets.map((a) => [a.id, a]));
  const reasonsFor = (id: string) =>
    Object.entries(ownValue(rollup.reasons, id) ?? {})
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([key, n]) => `${key.slice(key.indexOf(':') + 1)}${n > 1 ? ` (${n})` : ''}`);
  const feedback = Object.entries(rollup.assets)
    .map(([id, c]) => ({ id, title: byId.get(id)?.title ?? id, notRelevant: count(c, 'not-relevant'), flags: count(c, 'flag'), reasons: reasonsFor(id) }))
    .filter((f) => f.notRelevant + f.flags > 0)
    .sort((a, b) => b.notRelevant + b.flags - (a.notRelevant + a.flags))
    .slice(0, 20);

  const influenceMap = new Map<string, { deals: number; revenue: number }>();
  for (const o of outcomes)
    for (const id of new Set(o.assetIds)) {
      const f = influenceMap.get(id) ?? { deals: 0, revenue: 0 };
      f.deals++;
      f.revenue += o.amount ?? 0;
      influenceMap.set(id, f);
    }
  const influence = [...influenceMap.entries()]
    .map(([id, f]) => ({ id, title: byId.get(id)?.title ?? id, ...f }))
    .sort((a, b) => b.revenue - a.revenue || b.deals - a.deals);

  // The same rule as influence above: a won deal had content shared when its credit holds an asset.
  const withContent = outcomes.filter((o) => o.assetIds.length > 0);
  const revenueOf = (list: readonly Outcome[]) => list.reduce((s, o) => s + (o.amount ?? 0), 0);

  const c = rollup.counts;
  return {
    totals: {
      impressions: count(c, 'impression'),
      opens: count(c, 'open'),
      linkCopies: count(c, 'copy-link'),
      emailCopies: count(c, 'copy-email'),
      notRelevant: count(c, 'not-relevant'),
      flags: count(c, 'flag'),
      requests: count(c, 'request'),
      wonDeals: outcomes.length,
      revenue: revenueOf(outcomes),
      wonWithContent: withContent.length,
      revenueWithContent: revenueOf(withContent),
    },
    wonWithoutContent: outcomes
      .filter((o) => o.assetIds.length === 0)
      .map((o) => ({ dealKey: o.dealKey, account: o.account, ...(o.name ? { name: o.name } : {}), sharesAfterWin: input.sharesAfterWin?.get(o.dealKey) ?? 0 })),
    waste: {
      active: figures.length,
      used: used.length,
      neverUsed: neverUsed.length,
      wasteShare: figures.length ? neverUsed.length / figures.length : 0,
      neverUsedAssets: neverUsed,
    },
    topByShares: [...used].sort((a, b) => b.shares - a.shares || b.opens - a.opens).slice(0, 10),
    usage,
    reps,
    coverage: { personas, industries, cells },
    unmet,
    requests: [...requests].sort((a, b) => b.createdAt - a.createdAt).slice(0, 20),
    feedback,
    influence,
  };
}

/**
 * What a coverage cell says: on screen ("2 / 3", and under it "+4 for any" when general assets fit it) and
 * read out in full.
 */
export function describeCoverageCell(cell: CoverageCell): { text: string; any?: string; spoken: string } {
  const text = `${cell.assets} / ${cell.prospects}`;
  const spoken = [
    `${plural(cell.assets, 'asset', 'assets')} tagged for both`,
    ...(cell.anyAssets ? [`${plural(cell.anyAssets, 'asset', 'assets')} for any persona or industry`] : []),
    `${plural(cell.prospects, 'prospect', 'prospects')} seen`,
    ...(cell.gap ? ['gap'] : []),
  ].join(', ');
  return { text, ...(cell.anyAssets ? { any: `+${cell.anyAssets} for any` } : {}), spoken };
}
