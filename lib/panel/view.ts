// What the side panel paints for a record, as plain data: computed by the panel itself, or ahead of
// time by the background when the record is detected, so an opening panel paints at once and
// replaces it with its own identical result when the library has loaded.
import { STAGE_LABELS, type AssetType, type Prospect, type ResolvedContext } from '../model';
import { oneLineSummary } from '../share';
import { GOOD_MATCH_SCORE } from '../usage/report';
import type { Chip, PanelSuggestions } from './suggest';

export interface PanelItem {
  id: string;
  title: string;
  url: string;
  type: AssetType;
  summary: string;
  reasons: string[];
}

export interface PanelView {
  /** The record's detection time: a view belongs to one detected record. */
  detectedAt: number;
  prospect: Prospect;
  chips: Chip[];
  stageLabel?: string;
  context: ResolvedContext;
  items: PanelItem[];
  /** Nothing was known about the prospect: general picks. */
  general: boolean;
  /** The best fit is weak: say so and offer to ask marketing. */
  weak: boolean;
  bestScore?: number;
  /** The rep's saved correction of this record applies (the prospect card says "corrected by you"). */
  corrected?: true;
}

export function toPanelView(s: PanelSuggestions, detectedAt: number): PanelView {
  const bestScore = s.ranking.suggestions[0]?.score;
  return {
    detectedAt,
    prospect: s.prospect,
    chips: s.chips,
    ...(s.resolution.stage ? { stageLabel: STAGE_LABELS[s.resolution.stage.stage] } : {}),
    context: {
      personas: s.resolution.personas.map((r) => r.id),
      industries: s.resolution.industries.map((r) => r.id),
      painPoints: s.resolution.painPoints.map((r) => r.id),
      ...(s.resolution.stage ? { stage: s.resolution.stage.stage } : {}),
    },
    items: s.ranking.suggestions.map(({ asset, reasons }) => ({ id: asset.id, title: asset.title, url: asset.url, type: asset.type, summary: oneLineSummary(asset.description), reasons })),
    general: s.ranking.general,
    weak: !s.ranking.general && (bestScore ?? 0) < GOOD_MATCH_SCORE,
    ...(bestScore !== undefined ? { bestScore } : {}),
  };
}

/**
 * The prospect at a glance: its personas and industries, then the first pain point, and how many more
 * there are ("Support leader · Healthcare · Ticket backlog +2"), so the card fits a line or two.
 */
export function glanceOf(chips: readonly Chip[], maxShown = 3): { shown: Chip[]; more: number } {
  const order = [...chips.filter((c) => c.kind === 'personas'), ...chips.filter((c) => c.kind === 'industries'), ...chips.filter((c) => c.kind === 'painPoints')];
  const firstPain = order.findIndex((c) => c.kind === 'painPoints');
  // Every persona and industry up to the limit, and at least one pain point when there is one.
  const room = Math.max(1, maxShown);
  let shown = order.slice(0, room);
  if (firstPain >= room) shown = [...order.slice(0, room - 1), order[firstPain]!];
  return { shown, more: chips.length - shown.length };
}

/**
 * A reason in a few words, for the one-line summary under a suggestion: the label it names, without the
 * "Persona:" prefix or the quote it came from ('Persona: Finance leader (from "CFO")' -> 'Finance leader').
 */
export function shortReason(reason: string): string {
  const m = /^[A-Z][a-z ]{2,20}: (.+?)(?: \((?:from |deal at )?["“].*["”]\))?$/.exec(reason);
  return m ? m[1]! : reason;
}

/** What sets a suggestion apart comes first in its one-line reason: the prospect's persona and industry are
 * the same on most suggestions of a record, so its pain points, stage and newness lead and the line's end
 * (cut off at the panel's width) is what repeats. The full reasons keep their order. */
const REASON_ORDER = ['Pain point:', 'Stage:', 'New:'];
export function reasonLine(reasons: readonly string[]): string {
  const rank = (r: string) => {
    const i = REASON_ORDER.findIndex((p) => r.startsWith(p));
    return i === -1 ? REASON_ORDER.length : i;
  };
  return reasons
    .map((r, i) => ({ r, i, k: rank(r) }))
    .sort((a, b) => a.k - b.k || a.i - b.i)
    .map(({ r }) => shortReason(r))
    .join(' · ');
}
