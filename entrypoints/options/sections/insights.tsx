import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { ChartOrEmpty, FigureTable, INFLUENCE_NO_AMOUNT, TopSharesCard } from '@/components/chart';
import { usePageDb } from '@/hooks/use-db';
import { useStorageWarning } from '@/hooks/use-storage-warning';
import { downloadParts, downloadText } from '@/hooks/download';
import { useLiveQuery } from '@/hooks/use-live-query';
import { loadLibrary } from '@/lib/db/library';
import { ASSET_TYPE_LABELS, TAXONOMY_KIND_LABELS, todayIso } from '@/lib/model';
import { addDays } from '@/lib/library/status';
import { loadEffectiveSettings } from '@/lib/policy/managed';
import { assetMetrics, assetMetricsToCsv, eventsFileParts } from '@/lib/usage/export';
import { buildReport, describeCoverageCell, NO_REP_LABEL, wonDealAmounts } from '@/lib/usage/report';
import { mergeRollups, shares } from '@/lib/usage/rollup';
import * as tables from '@/lib/state/repositories';
import { eventsSince, loadRollups, sharesAfterWin } from '@/lib/usage/store';
import { money, plural, pluralWord } from '@/lib/notices/format';
import { TeamInsights } from './team-insights';

const PERIODS = [
  { days: 7, label: 'Last 7 days' },
  { days: 30, label: 'Last 30 days' },
  { days: 90, label: 'Last 90 days' },
  { days: 365, label: 'Last 12 months' },
];

const dayStart = (day: string) => new Date(`${day}T00:00:00`).getTime();
const pct = (x: number) => `${Math.round(x * 100)}%`;

type InsightsView = 'browser' | 'team';
const hashParams = () => new URLSearchParams(location.hash.split('?')[1] ?? '');
const viewFromHash = (): InsightsView => (hashParams().get('view') === 'team' ? 'team' : 'browser');

/**
 * Insights, of this browser's own usage or of the whole team's (from the file `tailor insights`
 * writes). "#insights?view=team" opens the Team view.
 */
export function InsightsSection() {
  const [view, setView] = useState<InsightsView>(viewFromHash);
  useEffect(() => {
    const onHash = () => setView(viewFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const choose = (next: InsightsView) => {
    setView(next);
    const params = hashParams();
    if (next === 'team') params.set('view', 'team');
    else params.delete('view');
    const query = params.toString();
    history.replaceState(null, '', `#insights${query ? `?${query}` : ''}`);
  };
  const switcher = (
    <div class="segmented" role="tablist" aria-label="Whose usage">
      {(
        [
          ['browser', 'This browser'],
          ['team', 'Team'],
        ] as const
      ).map(([id, label]) => (
        <button key={id} type="button" role="tab" id={`insights-tab-${id}`} aria-controls="insights-panel" aria-selected={view === id} onClick={() => choose(id)}>
          {label}
        </button>
      ))}
    </div>
  );
  return view === 'team' ? <TeamInsights switcher={switcher} /> : <BrowserInsights switcher={switcher} />;
}

/** Content ROI from this browser's usage: what reps use, what is wasted, what is missing, what helped win deals. */
function BrowserInsights({ switcher }: { switcher: ComponentChildren }) {
  const db = usePageDb();
  const today = todayIso();
  // "#insights?days=365" opens a given period.
  const [days, setDays] = useState(() => {
    const asked = Number(hashParams().get('days'));
    return PERIODS.some((p) => p.days === asked) ? asked : 30;
  });
  const [dimension, setDimension] = useState<'personas' | 'industries' | 'painPoints' | 'stages'>('personas');
  const from = addDays(today, -(days - 1));
  const data = useLiveQuery(async () => {
    const started = performance.now();
    const [rollups, library, prospects, requests, outcomes, settings] = await Promise.all([
      loadRollups(db, from, today),
      loadLibrary(db),
      tables.prospects.seenSince(db, dayStart(from)),
      tables.requests.createdSince(db, dayStart(from)),
      tables.outcomes.wonSince(db, dayStart(from)),
      loadEffectiveSettings(db),
    ]);
    const lateShares = await sharesAfterWin(db, outcomes);
    return { rollups, library, prospects, requests, outcomes, lateShares, settings, loadMs: performance.now() - started };
  }, [from, today]);

  const computed = useMemo(() => {
    if (!data.value) return undefined;
    const { rollups, library, prospects, requests, outcomes, lateShares } = data.value;
    const started = performance.now();
    const period = mergeRollups(rollups);
    const report = buildReport({ rollup: period, assets: library.assets, taxonomy: library.taxonomy, prospects, requests, outcomes, today, sharesAfterWin: lateShares });
    const byDay = new Map(rollups.map((r) => [r.day, r]));
    const series: string[] = [];
    for (let d = from; d <= today; d = addDays(d, 1)) series.push(d);
    return { period, report, series, byDay, buildMs: performance.now() - started };
  }, [data.value, from, today]);

  const storageShort = useStorageWarning();
  /** Events written so far while an export runs. */
  const [exporting, setExporting] = useState<number>();

  if (data.error) return <p class="error" role="alert">Insights could not be loaded: {data.error.message}</p>;
  if (!data.value || !computed) return <p role="status">Adding up usage…</p>;
  const { report, period, series, byDay } = computed;
  const { library, outcomes } = data.value;
  const t = report.totals;

  const exportEvents = async (format: 'csv' | 'json') => {
    setExporting(0);
    try {
      const parts = await eventsFileParts(eventsSince(db, dayStart(from)), format, library.assets, setExporting);
      downloadParts(`tailor-events-${from}-${today}.${format}`, parts, format === 'csv' ? 'text/csv' : 'application/json');
    } finally {
      setExporting(undefined);
    }
  };
  const exportMetrics = (format: 'csv' | 'json') => {
    const rows = assetMetrics(period, library.assets, outcomes);
    if (format === 'csv') downloadText(`tailor-asset-metrics-${from}-${today}.csv`, `\ufeff${assetMetricsToCsv(rows)}`, 'text/csv');
    else downloadText(`tailor-asset-metrics-${from}-${today}.json`, JSON.stringify(rows, null, 1), 'application/json');
  };

  const dim = dimension === 'stages' ? report.usage.stages : report.usage[dimension];
  const dimLabel = dimension === 'stages' ? 'Funnel stage' : TAXONOMY_KIND_LABELS[dimension].one;
  const shortDay = (d: string) => new Date(`${d}T00:00:00`).toLocaleDateString(undefined, { month: 'short', day: 'numeric' });

  return (
    <section aria-labelledby="insights-title" class="insights" id="insights-panel" role="tabpanel">
      <div class="section-head">
        <h2 id="insights-title">Insights</h2>
        {switcher}
        <label>
          <span class="visually-hidden">Period</span>
          <select value={days} onChange={(e) => setDays(Number((e.target as HTMLSelectElement).value))}>
            {PERIODS.map((p) => (
              <option key={p.days} value={p.days}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
        <span class="muted small-text" data-testid="insights-timing">
          {from} to {today} · computed in {Math.round(data.value.loadMs + computed.buildMs)} ms
        </span>
        <div class="head-actions">
          {exporting !== undefined ? (
            <span class="muted small-text" role="status">
              Exporting events… {exporting.toLocaleString()} so far
            </span>
          ) : null}
          <details class="facet-menu export-menu">
            <summary>Export</summary>
            <div class="menu">
              <button type="button" disabled={exporting !== undefined} onClick={() => void exportEvents('csv')}>Events as CSV</button>
              <button type="button" disabled={exporting !== undefined} onClick={() => void exportEvents('json')}>Events as JSON</button>
              <button type="button" onClick={() => exportMetrics('csv')}>Per-asset metrics as CSV</button>
              <button type="button" onClick={() => exportMetrics('json')}>Per-asset metrics as JSON</button>
            </div>
          </details>
        </div>
      </div>

      {storageShort ? (
        <p class="warning-banner" role="alert">
          {storageShort}
        </p>
      ) : null}

      {t.impressions + t.requests === 0 ? (
        <p class="muted" role="status">
          No usage in this period yet. What reps are shown, open, copy, flag and request in the side panel appears here.
        </p>
      ) : null}
      <ul class="kpis" aria-label="Totals for the period">
        <li><strong data-testid="kpi-shares">{(t.linkCopies + t.emailCopies).toLocaleString()}</strong> {pluralWord(t.linkCopies + t.emailCopies, 'share')}<span class="muted">{plural(t.linkCopies, 'link')}, {plural(t.emailCopies, 'email')}</span></li>
        <li><strong>{t.impressions.toLocaleString()}</strong> {pluralWord(t.impressions, 'suggestion')} shown<span class="muted">{t.opens.toLocaleString()} opened</span></li>
        <li><strong data-testid="kpi-waste">{pct(report.waste.wasteShare)}</strong> never shared<span class="muted">{report.waste.neverUsed.toLocaleString()} of {plural(report.waste.active, 'active asset')}</span></li>
        <li><strong>{t.requests.toLocaleString()}</strong> content {pluralWord(t.requests, 'request')}<span class="muted">{t.notRelevant.toLocaleString()} not relevant, {plural(t.flags, 'flag')}</span></li>
        <li data-testid="kpi-won"><strong>{t.wonDeals.toLocaleString()}</strong> won {pluralWord(t.wonDeals, 'deal')}<span class="muted">{wonDealAmounts(t.revenue)}</span></li>
        <li data-testid="kpi-won-content"><strong>{t.wonWithContent.toLocaleString()}</strong> of {t.wonDeals.toLocaleString()} with content<span class="muted">shared before the win · {money(t.revenueWithContent)} of those amounts</span></li>
      </ul>

      <article class="panel-card">
        <h3>Activity</h3>
        <ChartOrEmpty
          kind="line"
          labels={series.map(shortDay)}
          series={[
            { label: 'Shares', values: series.map((d) => shares(byDay.get(d)?.counts)) },
            { label: 'Suggestions shown', values: series.map((d) => byDay.get(d)?.counts.impression ?? 0) },
          ]}
          summary={`Shares and suggestions shown per day from ${from} to ${today}`}
          empty="Nothing shared or shown in this period: each day’s shares and suggestions shown appear here."
          emptyTestId="activity-empty"
        >
          <details>
            <summary>Show as a table</summary>
            <FigureTable
              caption="Activity per day"
              columns={['Day', 'Shares', 'Shown', 'Opened']}
              rows={series.filter((d) => byDay.has(d)).map((d) => [d, shares(byDay.get(d)!.counts), byDay.get(d)!.counts.impression ?? 0, byDay.get(d)!.counts.open ?? 0])}
            />
          </details>
        </ChartOrEmpty>
      </article>

      <div class="grid-2">
        <article class="panel-card">
          <h3>Used vs never used</h3>
          <ChartOrEmpty
            kind="doughnut"
            labels={['Shared at least once', 'Never shared']}
            series={[{ label: 'Active assets', values: [report.waste.used, report.waste.neverUsed] }]}
            summary={`${report.waste.used} active assets shared, ${report.waste.neverUsed} never shared`}
            height={200}
            empty="No active assets in the library: once there are, this shows how many were shared and which never were."
            emptyTestId="waste-empty"
          >
            <FigureTable
              caption="Never shared in this period (most shown first)"
              columns={['Asset', 'Type', 'Shown']}
              rows={report.waste.neverUsedAssets.map((a) => [a.title, ASSET_TYPE_LABELS[a.type], a.impressions])}
              limit={10}
            />
          </ChartOrEmpty>
        </article>
        <TopSharesCard
          rows={report.topByShares.map((a) => ({ title: a.title, shares: a.shares, opened: a.opens, shown: a.impressions }))}
          summary="The ten most shared assets"
          empty="No content shared yet: shares appear here when reps copy a link or a snippet"
          emptyTestId="top-shares-empty"
          caption="Most shared"
        />
      </div>

      <article class="panel-card">
        <div class="card-head">
          <h3>Usage by {dimLabel.toLowerCase()}</h3>
          <label>
            <span class="visually-hidden">Break down by</span>
            <select value={dimension} onChange={(e) => setDimension((e.target as HTMLSelectElement).value as typeof dimension)}>
              <option value="personas">Persona</option>
              <option value="industries">Industry</option>
              <option value="painPoints">Pain point</option>
              <option value="stages">Funnel stage</option>
            </select>
          </label>
        </div>
        <ChartOrEmpty
          kind="horizontal-bar"
          labels={dim.map((d) => d.label)}
          series={[
            { label: 'Shares', values: dim.map((d) => d.shares) },
            { label: 'Shown', values: dim.map((d) => d.impressions) },
          ]}
          summary={`Shares and suggestions shown by ${dimLabel.toLowerCase()}`}
          empty={`Nothing shared or shown in this period: shares and suggestions shown appear here by the ${dimLabel.toLowerCase()} of the prospect they were for.`}
          emptyTestId="usage-by-empty"
        >
          <FigureTable caption={`Usage by ${dimLabel.toLowerCase()}`} columns={[dimLabel, 'Shares', 'Shown']} rows={dim.map((d) => [d.label, d.shares, d.impressions])} />
        </ChartOrEmpty>
      </article>

      <article class="panel-card">
        <h3>Coverage: assets and prospects by persona and industry</h3>
        <p class="muted">
          Each cell: assets tagged for both / prospects seen, and under them the general assets that fit any persona or industry (“+4
          for any”). Highlighted cells are gaps: prospects seen, no content tagged for them.
        </p>
        <div class="matrix-wrap" tabIndex={0} role="region" aria-label="Coverage matrix (scrolls sideways)">
          <table class="matrix">
            <caption class="visually-hidden">Assets tagged for each persona (rows) and industry (columns), general assets that fit any, and prospects seen; gaps marked</caption>
            <thead>
              <tr>
                <th scope="col">Persona</th>
                {report.coverage.industries.map((i) => (
                  <th key={i.id} scope="col" class="matrix-col">
                    <span>{i.label}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {report.coverage.personas.map((p, pi) => (
                <tr key={p.id}>
                  <th scope="row">{p.label}</th>
                  {report.coverage.cells[pi]!.map((c, ii) => {
                    const { text, any, spoken } = describeCoverageCell(c);
                    return (
                      <td key={ii} class={c.gap ? 'gap' : c.assets === 0 ? 'empty' : undefined} title={spoken}>
                        <span aria-hidden="true">
                          {text}
                          {any ? <small class="matrix-any">{any}</small> : null}
                        </span>
                        <span class="visually-hidden">{spoken}</span>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </article>

      <div class="grid-2">
        <article class="panel-card">
          <h3>Unmet needs</h3>
          <FigureTable caption="Prospects with no good match, by how they were read" columns={['Context', 'Prospects']} rows={report.unmet.map((u) => [u.context, u.prospects])} limit={10} />
          <FigureTable
            caption="Reps' content requests"
            columns={['Request', 'Status']}
            rows={report.requests.map((r) => [`${r.note}${r.prospect.title ? ` (${r.prospect.title})` : ''}`, r.status])}
            limit={10}
          />
        </article>
        <article class="panel-card">
          <h3>Feedback</h3>
          <FigureTable
            caption="Assets most often marked not relevant or flagged"
            columns={['Asset', 'Not relevant', 'Flagged', 'Reasons']}
            rows={report.feedback.map((f) => [f.title, f.notRelevant, f.flags, f.reasons.join('; ')])}
            limit={10}
          />
        </article>
      </div>

      <div class="grid-2">
        <article class="panel-card">
          <h3>Content influence</h3>
          <ChartOrEmpty
            kind="horizontal-bar"
            labels={report.influence.slice(0, 10).map((a) => a.title)}
            series={[{ label: 'Won deal amounts', values: report.influence.slice(0, 10).map((a) => a.revenue) }]}
            summary="Amounts of the won deals each asset was shared on"
            empty={
              t.wonDeals
                ? 'No won deal in this period had content shared on its account before it was won.'
                : 'No won deals in this period: when a deal is marked won, its amount shows here against each asset shared on its account before the win.'
            }
            emptyTestId="influence-empty"
            zeros={INFLUENCE_NO_AMOUNT}
          >
            <FigureTable caption="Shared on won deals" columns={['Asset', 'Won deals', 'Won deal amounts']} rows={report.influence.map((a) => [a.title, a.deals, money(a.revenue)])} limit={10} />
          </ChartOrEmpty>
          {report.wonWithoutContent.length ? (
            <div class="muted small-text" data-testid="won-without-content">
              <p>
                {plural(report.wonWithoutContent.length, 'won deal')} {report.wonWithoutContent.length === 1 ? 'is' : 'are'} not counted here: a deal credits
                what was shared on its account's records before it was first seen won, and what is shared after a win did not help win it.
              </p>
              <ul>
                {report.wonWithoutContent.slice(0, 5).map((d) => (
                  <li key={d.dealKey}>
                    {d.name ?? d.dealKey} ({d.account}):{' '}
                    {d.sharesAfterWin
                      ? `${plural(d.sharesAfterWin, 'share')} on its account after it was won, none before`
                      : 'nothing shared on its account before it was won'}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </article>
        <article class="panel-card">
          <h3>By rep</h3>
          <FigureTable caption="Usage by rep" columns={['Rep', 'Shares', 'Shown', 'Requests', 'Not relevant']} rows={report.reps.map((r) => [r.rep, r.shares, r.impressions, r.requests, r.notRelevant])} />
          {report.reps.some((r) => r.unnamed) ? (
            <p class="muted small-text" data-testid="no-rep-id">
              “{NO_REP_LABEL}” is what you did in this browser while no rep ID was set. <a href="#settings">Set your rep ID in Settings, under You</a>.
            </p>
          ) : null}
        </article>
      </div>

      <p class="muted small-text">
        Usage older than {data.value.settings.retentionDays} days is removed once a day. <a href="#settings">Change it in Settings</a>.
      </p>
    </section>
  );
}
