// How the insights' charts read: which labels an axis shows, how its numbers step, whether a line
// curves. Plain data (no Chart.js import): components/chart.tsx hands it to Chart.js with its colours.

export type ChartKind = 'bar' | 'horizontal-bar' | 'line' | 'doughnut';
/** What the value axis counts: whole things (shares, deals, money) or fractions (a share of 1). */
export type ChartValues = 'count' | 'fraction';

/** A category label longer than this many characters wraps; past two lines it is cut, with the full one in the tooltip. */
export const LABEL_LINE = 22;
const LABEL_LINES = 2;
/** At most this many day labels under a line chart; the last day always carries one. */
export const MAX_DAY_TICKS = 10;

/** A label on at most two lines of about LABEL_LINE characters, cut with "…" when longer. */
export function wrapLabel(label: string, line = LABEL_LINE, lines = LABEL_LINES): string | string[] {
  if (label.length <= line) return label;
  const out: string[] = [];
  let rest = label.trim();
  while (rest && out.length < lines) {
    if (rest.length <= line) {
      out.push(rest);
      rest = '';
      break;
    }
    const space = rest.lastIndexOf(' ', line);
    const cut = space > line / 3 ? space : line;
    out.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest) {
    const last = out[out.length - 1]!;
    out[out.length - 1] = `${last.length >= line ? last.slice(0, line - 1).trimEnd() : last}…`;
  }
  return out.length === 1 ? out[0]! : out;
}

/**
 * Which of `count` day labels a line chart shows: every step-th counted back from the last day, so the
 * range's end (today) is always labelled and the labels are evenly spaced.
 */
export function dayTickIndexes(count: number, max = MAX_DAY_TICKS): Set<number> {
  const step = Math.max(1, Math.ceil(count / max));
  const shown = new Set<number>();
  for (let i = count - 1; i >= 0; i -= step) shown.add(i);
  return shown;
}

/** A height for a horizontal bar chart that gives each bar room for a two-line label. */
export function horizontalBarHeight(bars: number, min = 220): number {
  return Math.max(min, 48 + bars * 34);
}

export interface ChartSpecInput {
  kind: ChartKind;
  labels: readonly string[];
  values?: ChartValues;
}

export interface CategoryTicks {
  autoSkip: boolean;
  maxRotation: number;
  /** Labels shown by index; undefined: every label, as given. */
  shown?: Set<number>;
}

export interface ChartSpec {
  /** The labels drawn on the category axis (wrapped); the tooltip uses the full ones. */
  axisLabels: (string | string[])[];
  /** No curve between points: a day's count is a point. */
  tension: 0;
  /** Ticks of the axis the categories sit on (x, or y for horizontal bars); undefined for a doughnut. */
  categoryTicks?: CategoryTicks;
  /** Ticks of the axis the numbers sit on; whole numbers only for counts. */
  valueTicks?: { precision?: number };
}

/** How a chart of `kind` draws its axes for these labels and values. */
export function chartSpec({ kind, labels, values = 'count' }: ChartSpecInput): ChartSpec {
  if (kind === 'doughnut') return { axisLabels: [...labels], tension: 0 };
  const valueTicks = values === 'count' ? { precision: 0 } : {};
  if (kind === 'line') {
    // Days: evenly spaced labels ending on the last day, never Chart.js's own skipping (which can drop it).
    return { axisLabels: [...labels], tension: 0, categoryTicks: { autoSkip: false, maxRotation: 0, shown: dayTickIndexes(labels.length) }, valueTicks };
  }
  // Bars: every bar carries its own label.
  return { axisLabels: labels.map((l) => wrapLabel(l)), tension: 0, categoryTicks: { autoSkip: false, maxRotation: 0 }, valueTicks };
}

/**
 * Whether a chart would draw nothing but its frame: no categories, or every value zero (no bar has a
 * length, a line lies flat on its axis, a doughnut has no slice). Such a card says what would fill it instead.
 */
export function nothingToDraw(labels: readonly string[], series: readonly { values: readonly number[] }[]): boolean {
  return labels.length === 0 || series.every((s) => s.values.every((v) => v === 0));
}
