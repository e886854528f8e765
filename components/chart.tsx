import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { chartSpec, horizontalBarHeight, nothingToDraw, type ChartKind, type ChartValues } from '@/lib/usage/chart-spec';

// Only the pieces the insights use, so the bundle carries no other chart types.
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, DoughnutController, ArcElement, CategoryScale, LinearScale, Tooltip, Legend);

export interface ChartSeries {
  label: string;
  values: number[];
}

export interface ChartProps {
  kind: ChartKind;
  labels: string[];
  /** Counts (the default) step in whole numbers; fractions keep Chart.js's own steps. */
  values?: ChartValues;
  series: ChartSeries[];
  /** What the chart shows, for screen readers; the table beside it has the figures. */
  summary: string;
  /** Pixels; a horizontal bar chart's default grows with its bars. */
  height?: number;
}

const PALETTE = ['#4338ca', '#0f9e9a', '#d97706', '#be185d', '#2563eb', '#65a30d'];

function cssVar(name: string, fallback: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

/** A Chart.js chart as a described image; pair it with a FigureTable holding the same numbers. */
export function ChartView({ kind, labels, series, summary, values, height }: ChartProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const spec = chartSpec({ kind, labels, values });
    const fg = cssVar('--fg-muted', '#545a70');
    const grid = cssVar('--border', '#d9dce6');
    const config: ChartConfiguration = {
      type: kind === 'horizontal-bar' ? 'bar' : kind,
      data: {
        labels: spec.axisLabels,
        datasets: series.map((s, i) => ({
          label: s.label,
          data: s.values,
          backgroundColor: kind === 'doughnut' ? PALETTE : PALETTE[i % PALETTE.length],
          borderColor: kind === 'doughnut' ? cssVar('--bg', '#fff') : PALETTE[i % PALETTE.length],
          borderWidth: kind === 'line' ? 2 : 1,
          pointRadius: kind === 'line' ? 0 : undefined,
          tension: spec.tension,
        })),
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        indexAxis: kind === 'horizontal-bar' ? 'y' : 'x',
        plugins: {
          legend: { display: series.length > 1 || kind === 'doughnut', labels: { color: fg } },
          // The axis may show a label wrapped or cut; the tooltip names it in full.
          tooltip: { callbacks: { title: (items) => (items[0] ? (labels[items[0].dataIndex] ?? '') : '') } },
        },
        scales: (() => {
          const { categoryTicks: cat, valueTicks } = spec;
          if (!cat) return {};
          const category = {
            ticks: {
              color: fg,
              autoSkip: cat.autoSkip,
              maxRotation: cat.maxRotation,
              ...(cat.shown
                ? { callback(this: { getLabelForValue(v: number): string }, value: string | number, index: number) {
                    return cat.shown!.has(index) ? this.getLabelForValue(Number(value)) : '';
                  } }
                : {}),
            },
            grid: { color: grid },
          };
          const value = { ticks: { color: fg, ...valueTicks }, grid: { color: grid }, beginAtZero: true };
          return kind === 'horizontal-bar' ? { x: value, y: category } : { x: category, y: value };
        })(),
      },
    };
    // The category labels Chart.js actually drew (after any skipping), for the browser tests.
    const el = canvas.current;
    config.plugins = [
      {
        id: 'drawnLabels',
        afterUpdate(chart) {
          const axis = kind === 'doughnut' ? undefined : chart.scales[kind === 'horizontal-bar' ? 'y' : 'x'];
          const drawn = (axis?.ticks ?? []).map((t) => (Array.isArray(t.label) ? t.label.join(' ') : String(t.label ?? ''))).filter(Boolean);
          el.dataset.labels = JSON.stringify(drawn);
        },
      },
    ];
    const chart = new Chart(el, config);
    return () => chart.destroy();
  }, [kind, values, JSON.stringify(labels), JSON.stringify(series)]);
  return (
    <div class="chart" style={{ height: `${height ?? (kind === 'horizontal-bar' ? horizontalBarHeight(labels.length) : 220)}px` }}>
      <canvas ref={canvas} role="img" aria-label={summary} />
    </div>
  );
}

export interface FigureTableProps {
  caption: string;
  columns: string[];
  rows: (string | number)[][];
  /** Rows shown before "Show all". */
  limit?: number;
  children?: ComponentChildren;
}

/** The numbers behind a chart, as a real table. */
export function FigureTable({ caption, columns, rows, limit }: FigureTableProps) {
  const shown = limit ? rows.slice(0, limit) : rows;
  return (
    <div class="figure-table" tabIndex={0} role="region" aria-label={caption}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={c} scope="col" class={i > 0 ? 'num' : undefined}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((r, i) => (
            <tr key={i}>
              {r.map((cell, j) => (j === 0 ? <th key={j} scope="row">{cell}</th> : <td key={j} class="num">{typeof cell === 'number' ? cell.toLocaleString() : cell}</td>))}
            </tr>
          ))}
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} class="muted">
                Nothing in this period.
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
      {limit && rows.length > limit ? <p class="muted small-text">Showing {limit} of {rows.length}.</p> : null}
    </div>
  );
}

export interface ChartOrEmptyProps extends ChartProps {
  /** One line saying what would fill the chart, shown instead of empty axes. */
  empty: string;
  emptyTestId?: string;
  /** The figures' table, shown with the chart only (and with `zeros`). */
  children?: ComponentChildren;
  /**
   * For a chart whose rows can all weigh nothing and still be worth reading (won deals with no amount
   * recorded): one line saying why there are no bars, shown with the table in place of the chart. Without
   * it, only zeros read as nothing at all.
   */
  zeros?: string;
}

/** A chart and its table, or, with nothing to draw (no categories, only zeros), one line saying what would fill it (or, with `zeros`, why its rows draw no bars, above their table). */
export function ChartOrEmpty({ empty, emptyTestId, children, zeros, ...chart }: ChartOrEmptyProps) {
  if (nothingToDraw(chart.labels, chart.series)) {
    if (zeros && chart.labels.length)
      return (
        <>
          <p class="muted" data-testid={emptyTestId}>
            {zeros}
          </p>
          {children}
        </>
      );
    // chart-empty: a card holding only this line is as tall as the line in a grid row (theme.css).
    return (
      <p class="muted chart-empty" data-testid={emptyTestId}>
        {empty}
      </p>
    );
  }
  return (
    <>
      <ChartView {...chart} />
      {children}
    </>
  );
}

/** One asset's line in "Top content by shares": shares, then opens and suggestions shown. */
export interface TopSharesRow {
  title: string;
  shares: number;
  opened: number;
  shown: number;
}

export interface TopSharesCardProps {
  rows: readonly TopSharesRow[];
  /** The chart's summary for screen readers. */
  summary: string;
  empty: string;
  emptyTestId: string;
  /** The table's caption. */
  caption: string;
}

/** "Top content by shares", as Insights and the Team view show it: the chart of shares and its table. */
export function TopSharesCard({ rows, summary, empty, emptyTestId, caption }: TopSharesCardProps) {
  return (
    <article class="panel-card">
      <h3>Top content by shares</h3>
      <ChartOrEmpty
        kind="horizontal-bar"
        labels={rows.map((a) => a.title)}
        series={[{ label: 'Shares', values: rows.map((a) => a.shares) }]}
        summary={summary}
        empty={empty}
        emptyTestId={emptyTestId}
      >
        <FigureTable caption={caption} columns={['Asset', 'Shares', 'Opened', 'Shown']} rows={rows.map((a) => [a.title, a.shares, a.opened, a.shown])} />
      </ChartOrEmpty>
    </article>
  );
}

/** Content influence's line when the won deals content was shared on have no amount recorded. */
export const INFLUENCE_NO_AMOUNT = 'The won deals this content was shared on have no amount recorded, so there is nothing to chart: the deals are counted in the table.';
