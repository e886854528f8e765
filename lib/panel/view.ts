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
}

export const viewKey = (tabId: number): string => `view:${tabId}`;

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
