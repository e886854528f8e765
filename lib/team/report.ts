// The Team view's figures, from a team figures file and this browser's library (for titles and what
// was never shared): what only the whole team's usage shows, the influence of content on won deals
// across reps, reps' use side by side, and coverage gaps from every rep's prospects.
import { isExpired, type Asset, type AssetType, type Taxonomy } from '../model';
import type { TeamFigures } from './figures';

export interface TeamAssetRow {
  id: string;
  title: string;
  type?: AssetType;
  suggested: number;
  opened: number;
  shares: number;
  notRelevant: number;
  flagged: number;
  influencedRevenue: number;
  wonDeals?: number;
}

export interface TeamRepRow {
  /** What the view shows: the rep's id, or "Rep 3" when reps are pseudonymised. */
  name: string;
  suggested: number;
  shares: number;
  notRelevant: number;
  flagged: number;
  requested: number;
  opened?: number;
  wonDeals?: number;
  influencedRevenue?: number;
}

export interface TeamCoverageGap {
  persona: string;
  industry: string;
  prospects: number;
  assets: number;
}

export interface TeamView {
  totals: TeamFigures['totals'];
  messages: number;
  duplicates: number;
  skipped: number;
  skippedExamples: string[];
  /** From the file (the command line had the library), else from this browser's library; null when neither knows. */
  waste: { share: number; from: 'file' | 'library'; neverShared?: number; active?: number } | null;
  topByShares: TeamAssetRow[];
  /** Assets whose shares influenced won deals, most revenue first. */
  influence: TeamAssetRow[];
  feedback: TeamAssetRow[];
  /** This browser's active assets no rep shared in the file's range, most suggested first. */
  neverShared: TeamAssetRow[];
  /** This browser's active assets (what `neverShared` is out of, whichever library `waste` counts). */
  libraryActive: number;
  reps: TeamRepRow[];
  /** Whether the file carries each optional figure (the view says what it cannot show). */
  has: { repOpened: boolean; repInfluence: boolean; days: boolean; coverage: boolean };
  days: NonNullable<TeamFigures['days']>;
  /** Only when the file carries coverage: persona × industry pairs seen with no asset tagged for both. */
  coverageGaps: TeamCoverageGap[];
  coveragePairs: number;
  range: { from?: string; to?: string };
}

/** FNV-1a: a stable, well-spread order of rep ids that follows neither their names nor their figures. */
function stableHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * "Rep 1", "Rep 2"… for each rep id, numbered in a stable order of the ids (the same reps get the same
 * numbers in every file and period; a rep who joins can shift the numbers after theirs).
 */
export function pseudonymsFor(ids: readonly string[]): Map<string, string> {
  const ordered = [...new Set(ids)].sort((a, b) => stableHash(a) - stableHash(b) || (a < b ? -1 : a > b ? 1 : 0));
  return new Map(ordered.map((id, i) => [id, `Rep ${i + 1}`]));
}

export interface TeamViewInput {
  figures: TeamFigures;
  /** This browser's library: titles, types, and what was never shared. */
  assets: readonly Asset[];
  taxonomy: Taxonomy;
  pseudonymiseReps: boolean;
  today: string;
}

export function buildTeamView(input: TeamViewInput): TeamView {
  const { figures, assets, taxonomy } = input;
  const byId = new Map(assets.map((a) => [a.id, a]));
  const rowOf = (a: TeamFigures['assets'][number]): TeamAssetRow => {
    const local = byId.get(a.id);
    return {
      id: a.id,
      title: local?.title ?? a.title ?? a.id,
      ...(local ? { type: local.type } : {}),
      suggested: a.suggested,
      opened: a.opened,
      shares: a.shares,
      notRelevant: a.notRelevant,
      flagged: a.flagged,
      influencedRevenue: a.influencedRevenue,
      ...(a.wonDeals !== undefined ? { wonDeals: a.wonDeals } : {}),
    };
  };
  const rows = figures.assets.map(rowOf);
  const topByShares = rows
    .filter((r) => r.shares > 0)
    .sort((a, b) => b.shares - a.shares || a.id.localeCompare(b.id))
    .slice(0, 10);
  const influence = rows
    .filter((r) => r.influencedRevenue !== 0 || (r.wonDeals ?? 0) > 0)
    .sort((a, b) => b.influencedRevenue - a.influencedRevenue || a.id.localeCompare(b.id));
  const feedback = rows
    .filter((r) => r.notRelevant + r.flagged > 0)
    .sort((a, b) => b.notRelevant + b.flagged - (a.notRelevant + a.flagged) || a.id.localeCompare(b.id))
    .slice(0, 20);

  const sharedIds = new Set(figures.assets.filter((a) => a.shares > 0).map((a) => a.id));
  const suggestedOf = new Map(figures.assets.map((a) => [a.id, a]));
  const active = assets.filter((a) => !a.archived && !isExpired(a, figures.to ?? input.today));
  const neverShared = active
    .filter((a) => !sharedIds.has(a.id))
    .map((a) => rowOf(suggestedOf.get(a.id) ?? { id: a.id, suggested: 0, opened: 0, shares: 0, notRelevant: 0, flagged: 0, influencedRevenue: 0 }))
    .sort((a, b) => b.suggested - a.suggested || a.title.localeCompare(b.title));
  const waste: TeamView['waste'] =
    figures.wasteShare !== null
      ? { share: figures.wasteShare, from: 'file' }
      : active.length > 0
        ? { share: neverShared.length / active.length, from: 'library', neverShared: neverShared.length, active: active.length }
        : null;

  const names = input.pseudonymiseReps ? pseudonymsFor(figures.reps.map((r) => r.id)) : undefined;
  const reps: TeamRepRow[] = figures.reps.map((r) => ({
    name: names?.get(r.id) ?? r.id,
    suggested: r.suggested,
    shares: r.shares,
    notRelevant: r.notRelevant,
    flagged: r.flagged,
    requested: r.requested,
    ...(r.opened !== undefined ? { opened: r.opened } : {}),
    ...(r.wonDeals !== undefined ? { wonDeals: r.wonDeals } : {}),
    ...(r.influencedRevenue !== undefined ? { influencedRevenue: r.influencedRevenue } : {}),
  }));
  // Pseudonyms must not give away who is who by the order of the file (most shares first): sort by name.
  if (names) reps.sort((a, b) => Number(a.name.slice(4)) - Number(b.name.slice(4)));

  const labelOf = (kind: 'personas' | 'industries', id: string) => taxonomy[kind].find((e) => e.id === id)?.label ?? id;
  const taggedFor = (persona: string, industry: string) =>
    active.filter((a) => a.personas.includes(persona) && a.industries.includes(industry)).length;
  const coverage = figures.coverage ?? [];
  const coverageGaps = coverage
    .map((c) => ({ persona: c.persona, industry: c.industry, prospects: c.prospects, assets: c.assets ?? taggedFor(c.persona, c.industry) }))
    .filter((c) => c.prospects > 0 && c.assets === 0)
    .sort((a, b) => b.prospects - a.prospects || a.persona.localeCompare(b.persona) || a.industry.localeCompare(b.industry))
    .map((c) => ({ ...c, persona: labelOf('personas', c.persona), industry: labelOf('industries', c.industry) }));

  return {
    totals: figures.totals,
    messages: figures.messages,
    duplicates: figures.duplicates,
    skipped: figures.skipped,
    skippedExamples: figures.skippedExamples ?? [],
    waste,
    topByShares,
    influence,
    feedback,
    neverShared,
    libraryActive: active.length,
    reps,
    has: {
      repOpened: figures.reps.some((r) => r.opened !== undefined),
      repInfluence: figures.reps.some((r) => r.influencedRevenue !== undefined),
      days: figures.days !== undefined,
      coverage: figures.coverage !== undefined,
    },
    days: [...(figures.days ?? [])].sort((a, b) => a.day.localeCompare(b.day)),
    coverageGaps,
    coveragePairs: coverage.length,
    range: { ...(figures.from ? { from: figures.from } : {}), ...(figures.to ? { to: figures.to } : {}) },
  };
}
