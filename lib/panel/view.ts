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

/** The prospect at a glance, in two lines: who (personas, then industries) and what hurts (pain points). */
export interface Glance {
  who: Chip[];
  /** Personas and industries not shown. */
  whoMore: number;
  pains: Chip[];
  /** Pain points not shown: with `pains`, how many the rep will find in the card. */
  painsMore: number;
}

/**
 * The prospect at a glance: its personas and industries on one line, its first pain point and how many
 * more on the other ("Support leader · Healthcare" / "Ticket backlog +2"). Each line has its own count,
 * so a long label can be cut at the panel's width but never hide that there are pain points, nor how many.
 */
export function glanceOf(chips: readonly Chip[], maxWho = 2, maxPains = 1): Glance {
  const whoAll = [...chips.filter((c) => c.kind === 'personas'), ...chips.filter((c) => c.kind === 'industries')];
  const painsAll = chips.filter((c) => c.kind === 'painPoints');
  const who = whoAll.slice(0, Math.max(1, maxWho));
  const pains = painsAll.slice(0, Math.max(1, maxPains));
  return { who, whoMore: whoAll.length - who.length, pains, painsMore: painsAll.length - pains.length };
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
