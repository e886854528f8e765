// What the side panel paints for a record, as plain data: computed by the panel itself, or ahead of
// time by the background when the record is detected, so an opening panel paints at once and
// replaces it with its own identical result when the library has loaded.
import { OWN_STORY_REASON, STAGE_LABELS, type AssetType, type Prospect, type ResolvedContext } from '../model';
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
    chips: painsBySuggestions(s.chips, s.ranking.suggestions),
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
 * The prospect's pain points in the order of how many of the suggestions answer them (most first; ties
 * keep the order they were read in), the other chips where they were: the glance leads with its first pain
 * point, and that is then the one the suggestions below are about, not the first one the notes happened to
 * name (the demo's Salesforce contact read "Slow response times +3" over four suggestions of five about
 * data privacy and compliance). Where the top suggestion answers one of them, the glance leads with that one
 * (the most answered of those): the pain at a glance is the one the first suggestion is about, even where
 * later suggestions answer another more often (the demo's HubSpot contact, once its members leaving read as
 * churn, led with the board's AI question over a top suggestion about churn).
 */
export function painsBySuggestions(chips: readonly Chip[], suggestions: readonly { asset: { painPoints: readonly string[] } }[]): Chip[] {
  const answered = (c: Chip) => suggestions.filter((s) => s.asset.painPoints.includes(c.id)).length;
  const pains = chips
    .filter((c) => c.kind === 'painPoints')
    .map((c, i) => ({ c, i, n: answered(c) }))
    .sort((a, b) => b.n - a.n || a.i - b.i)
    .map(({ c }) => c);
  const lead = pains.findIndex((c) => suggestions[0]?.asset.painPoints.includes(c.id));
  if (lead > 0) pains.unshift(...pains.splice(lead, 1));
  let next = 0;
  return chips.map((c) => (c.kind === 'painPoints' ? pains[next++]! : c));
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

/** Persona labels this short (about what 9em holds) are never cut at a glance: "Support leader" stays whole
 * and the industry after it gives way; a longer one ("Customer experience executive") gives way first, down
 * to 9em, as the job title above says it in full. */
export const GLANCE_WHOLE_PERSONA_CHARS = 16;

/** The class of a chip at a glance (components/prospect-card.tsx and the first paint). */
export const glanceChipClass = (c: Chip): string =>
  `glance-chip glance-${c.kind}${c.kind === 'personas' && c.label.length <= GLANCE_WHOLE_PERSONA_CHARS ? ' glance-whole' : ''}`;

/**
 * The prospect at a glance: its persona and industry on one line (more of them counted in "+N"), its first
 * pain point and how many more on the other ("Support leader · Healthcare" / "Ticket backlog +2"). Each line has its own count,
 * so a long label can be cut at the panel's width but never hide that there are pain points, nor how many.
 */
export function glanceOf(chips: readonly Chip[], maxWho = 2, maxPains = 1): Glance {
  const personas = chips.filter((c) => c.kind === 'personas');
  const industries = chips.filter((c) => c.kind === 'industries');
  const whoAll = [...personas, ...industries];
  const painsAll = chips.filter((c) => c.kind === 'painPoints');
  // The first persona and the first industry before a second persona: the industry is said nowhere else on
  // the card, a second persona is another reading of the same job title.
  const firsts = [personas[0], industries[0]].filter((c): c is Chip => c !== undefined);
  const who = [...firsts, ...whoAll.filter((c) => !firsts.includes(c))].slice(0, Math.max(1, maxWho));
  who.sort((a, b) => whoAll.indexOf(a) - whoAll.indexOf(b));
  const pains = painsAll.slice(0, Math.max(1, maxPains));
  return { who, whoMore: whoAll.length - who.length, pains, painsMore: painsAll.length - pains.length };
}

/**
 * A reason in a few words, for the one-line summary under a suggestion: the label it names, without the
 * "Persona:" prefix or the quote it came from ('Persona: Finance leader (from "CFO")' -> 'Finance leader').
 */
export function shortReason(reason: string): string {
  if (reason.startsWith(`${OWN_STORY_REASON}:`)) return OWN_STORY_REASON;
  const m = /^[A-Z][a-z ]{2,20}: (.+?)(?: \((?:from |deal at )?["“].*["”]\))?$/.exec(reason);
  return m ? m[1]! : reason;
}

/** Said, first, on the line of a suggestion whose reasons are those of the one above it. */
export const SAME_REASONS = 'Same reasons as above';

/**
 * Each suggestion's reasons in one line, what sets it apart from its neighbours first: the reasons the
 * suggestion above or below it lacks, then the fewer of the list's suggestions share a reason the sooner it
 * comes (the persona and industry every suggestion of a record shares come last, where the line is cut off
 * at the panel's width), then pain points, stage and newness before persona and industry. A suggestion whose
 * reasons are exactly those of the one above it says so first ("Same reasons as above · ..."): nothing in
 * its reasons sets it apart, its type and summary do. Before, four suggestions in a row on the demo's
 * HubSpot contact read "AI strategy uncertainty · Customer …" each. The full reasons keep their order.
 */
const REASON_ORDER = ['Pain point:', 'Stage:', 'New:'];
export function reasonLines(items: readonly { reasons: readonly string[] }[]): string[] {
  const kindRank = (r: string) => {
    const i = REASON_ORDER.findIndex((p) => r.startsWith(p));
    return i === -1 ? REASON_ORDER.length : i;
  };
  const shorts = items.map((item) => [...new Set(item.reasons.map(shortReason))]);
  const shared = new Map<string, number>();
  for (const line of shorts) for (const r of line) shared.set(r, (shared.get(r) ?? 0) + 1);
  return items.map((item, at) => {
    const neighbours = [shorts[at - 1], shorts[at + 1]].filter((n): n is string[] => n !== undefined);
    // 0 when a neighbour lacks it (it tells the two apart), 1 when every neighbour has it too.
    const common = (r: string) => (neighbours.some((n) => !n.includes(r)) ? 0 : 1);
    const ordered = item.reasons
      .map((r, i) => ({ short: shortReason(r), i, k: kindRank(r) }))
      .filter(({ short }, i, all) => all.findIndex((o) => o.short === short) === i)
      // "Their own story" first of all: the rep must not miss it.
      .sort((a, b) => Number(b.short === OWN_STORY_REASON) - Number(a.short === OWN_STORY_REASON) || common(a.short) - common(b.short) || shared.get(a.short)! - shared.get(b.short)! || a.k - b.k || a.i - b.i)
      .map(({ short }) => short);
    const above = at > 0 ? shorts[at - 1]! : undefined;
    const same = above !== undefined && ordered.length > 0 && above.length === ordered.length && ordered.every((r) => above.includes(r));
    return (same ? [SAME_REASONS, ...ordered] : ordered).join(' · ');
  });
}
