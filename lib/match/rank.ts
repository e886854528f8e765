// The library ranked for a resolved prospect: fit by persona, industry and pain points first, then
// funnel stage and freshness; never anything expired or archived; a mix of types when scores are
// close; a rep's "not relevant" pushes an asset down for prospects like the one it was dismissed for.
import { STAGES, STAGE_LABELS, TAXONOMY_KINDS, isExpired, type PackAsset, type ResolvedContext, type TaxonomyKind } from '../model';
import { contextOf, describeResolved, isEmptyResolution, type Resolution } from './resolve';

export interface NotRelevantFeedback {
  assetId: string;
  /** How the prospect was read when the rep dismissed the asset. */
  context: ResolvedContext;
}

export interface RankOptions {
  /** YYYY-MM-DD: assets expired before this day are never suggested. */
  today: string;
  limit?: number;
  feedback?: readonly NotRelevantFeedback[];
}

export interface Suggestion<T extends PackAsset> {
  asset: T;
  /** 0 to 1: how much of what is known about the prospect the asset fits. */
  score: number;
  reasons: string[];
}

export interface Ranking<T extends PackAsset> {
  suggestions: Suggestion<T>[];
  /** Nothing was known about the prospect: these are broadly useful picks. */
  general: boolean;
}

const WEIGHTS = { stage: 0.3, fresh: 0.1, diversity: 0.15, feedback: 2 } as const;
const DAY = 86_400_000;

/** How alike two prospects were read: shared taxonomy ids over all ids (1 when both are blank). */
export function contextSimilarity(a: ResolvedContext, b: ResolvedContext): number {
  let shared = 0;
  let total = 0;
  for (const kind of TAXONOMY_KINDS) {
    const x = new Set(a[kind]);
    const y = new Set(b[kind]);
    for (const id of x) if (y.has(id)) shared++;
    total += new Set([...x, ...y]).size;
  }
  return total === 0 ? 1 : shared / total;
}

function freshness(publishedAt: string | undefined, today: string): number {
  if (!publishedAt) return 0;
  const age = (Date.parse(today) - Date.parse(publishedAt)) / DAY;
  if (!Number.isFinite(age) || age < 0) return 0;
  return age >= 365 ? 0 : 1 - age / 365;
}

const monthYear = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' });

export function rankAssets<T extends PackAsset & { archived?: boolean }>(
  assets: readonly T[],
  resolution: Resolution,
  options: RankOptions,
): Ranking<T> {
  const limit = options.limit ?? 5;
  const context = contextOf(resolution);
  const general = isEmptyResolution(resolution);
  const stageIndex = resolution.stage ? STAGES.indexOf(resolution.stage.stage) : -1;
  const painCap = Math.min(resolution.painPoints.length, 2);
  const best = 2 + painCap + (stageIndex >= 0 ? WEIGHTS.stage : 0) + WEIGHTS.fresh;

  const feedbackByAsset = new Map<string, NotRelevantFeedback[]>();
  for (const f of options.feedback ?? []) feedbackByAsset.set(f.assetId, [...(feedbackByAsset.get(f.assetId) ?? []), f]);

  const scored: { asset: T; raw: number; reasons: string[] }[] = [];
  for (const asset of assets) {
    if (asset.archived || isExpired(asset, options.today)) continue;
    const reasons: string[] = [];
    let raw = 0;
    for (const kind of ['personas', 'industries'] as const satisfies readonly TaxonomyKind[]) {
      const wanted = resolution[kind];
      if (asset[kind].length === 0) {
        raw += 0.5;
        continue;
      }
      if (wanted.length === 0) {
        raw += 0.5;
        continue;
      }
      const hit = wanted.find((r) => asset[kind].includes(r.id));
      if (hit) {
        raw += hit.evidence.confidence >= 0.7 ? 1 : 0.8;
        reasons.push(describeResolved(kind, hit));
      }
    }
    const pains = resolution.painPoints.filter((r) => asset.painPoints.includes(r.id));
    raw += Math.min(pains.length, 2);
    for (const p of pains) reasons.push(describeResolved('painPoints', p));

    if (stageIndex >= 0 && asset.stage) {
      const distance = Math.abs(STAGES.indexOf(asset.stage) - stageIndex);
      if (distance === 0) {
        raw += WEIGHTS.stage;
        reasons.push(`Stage: ${STAGE_LABELS[asset.stage]} (deal at "${resolution.stage!.from}")`);
      } else if (distance === 1) raw += WEIGHTS.stage / 3;
    }
    const fresh = freshness(asset.publishedAt, options.today);
    raw += WEIGHTS.fresh * fresh;
    if (fresh > 0.75 && asset.publishedAt) reasons.push(`New: published ${monthYear(asset.publishedAt)}`);

    for (const f of feedbackByAsset.get(asset.id) ?? []) raw -= WEIGHTS.feedback * contextSimilarity(context, f.context);

    if (general) reasons.unshift('Nothing is known about this prospect yet: broadly useful content');
    else if (reasons.length === 0 || (asset.personas.length === 0 && asset.industries.length === 0)) reasons.push('Fits any persona and industry');
    scored.push({ asset, raw, reasons });
  }

  scored.sort((a, b) => b.raw - a.raw || (b.asset.publishedAt ?? '').localeCompare(a.asset.publishedAt ?? '') || a.asset.title.localeCompare(b.asset.title));

  // A mix of types near the top: among close scores, a type already picked counts a little against.
  const picked: typeof scored = [];
  const pool = scored.slice(0, Math.max(limit * 6, 30));
  const typeCount = new Map<string, number>();
  while (picked.length < limit && pool.length > 0) {
    let bestAt = 0;
    let bestValue = -Infinity;
    for (let i = 0; i < pool.length; i++) {
      const value = pool[i]!.raw - WEIGHTS.diversity * (typeCount.get(pool[i]!.asset.type) ?? 0);
      if (value > bestValue) {
        bestValue = value;
        bestAt = i;
      }
    }
    const [chosen] = pool.splice(bestAt, 1);
    picked.push(chosen!);
    typeCount.set(chosen!.asset.type, (typeCount.get(chosen!.asset.type) ?? 0) + 1);
  }

  return {
    general,
    suggestions: picked.map((s) => ({
      asset: s.asset,
      score: Math.max(0, Math.min(1, Math.round((s.raw / best) * 1000) / 1000)),
      reasons: s.reasons,
    })),
  };
}
