// Insights' Team view: the whole team's usage from the file `tailor insights` writes (opened from disk,
// or subscribed to by URL in Settings), with the same cards, charts and tables as "This browser".
import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { ChartOrEmpty, FigureTable, INFLUENCE_NO_AMOUNT, TopSharesCard } from '@/components/chart';
import { usePageDb } from '@/hooks/use-db';
import { useLiveQuery } from '@/hooks/use-live-query';
import { useNow } from '@/hooks/use-now';
import { loadLibrary } from '@/lib/db/library';
import { ASSET_TYPE_LABELS, todayIso } from '@/lib/model';
import { describeProblem, type Problem } from '@/lib/pack/problems';
import { loadEffectiveSettings } from '@/lib/policy/managed';
import { buildTeamView } from '@/lib/team/report';
import { loadTeamFigures, loadTeamStatus, openTeamFiguresFile } from '@/lib/team/store';
import { formatWhen, money, plural, pluralWord } from '@/lib/notices/format';
import { hostOf } from '@/lib/notices/notices';
import { wonDealAmounts } from '@/lib/usage/report';

const pct = (x: number) => `${Math.round(x * 100)}%`;

export function TeamInsights({ switcher }: { switcher: ComponentChildren }) {
  const db = usePageDb();
  const now = useNow();
  const data = useLiveQuery(async () => {
    const [stored, status, library, settings] = await Promise.all([loadTeamFigures(db), loadTeamStatus(db), loadLibrary(db), loadEffectiveSettings(db)]);
    return { stored, status, library, settings };
  }, []);
  const [problems, setProblems] = useState<{ file: string; errors: Problem[] }>();
  const [opened, setOpened] = useState<string>();

  const view = useMemo(() => {
    const v = data.value;
    if (!v?.stored) return undefined;
    return buildTeamView({
      figures: v.stored.figures,
      assets: v.library.assets,
      taxonomy: v.library.taxonomy,
      pseudonymiseReps: v.settings.pseudonymiseReps,
      today: todayIso(),
    });
  }, [data.value]);

  const openFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setProblems(undefined);
    setOpened(undefined);
    const result = await openTeamFiguresFile(db, await file.text(), file.name).catch((e: unknown) => ({
      ok: false as const,
      errors: [{ file: file.name, where: '(file)', message: e instanceof Error ? e.message : String(e) }],
    }));
    if (result.ok) setOpened(file.name);
    else setProblems({ file: file.name, errors: result.errors });
  };

  if (data.error) return <p class="error" role="alert">The team figures could not be loaded: {data.error.message}</p>;
  if (!data.value) return <p role="status">Opening the team figures…</p>;
  const { stored, status, settings } = data.value;
  const url = settings.teamInsightsUrl.trim();
  const failing = url && status?.url === url && status.lastError ? status.lastError : undefined;

  const source = stored
    ? stored.source.kind === 'url'
      ? `from ${stored.source.url}, synced ${formatWhen(stored.loadedAt, now)}`
      : `from ${stored.source.name}, opened ${formatWhen(stored.loadedAt, now)}`
    : undefined;

  return (
    <section aria-labelledby="insights-title" class="insights" id="insights-panel" role="tabpanel">
      <div class="section-head">
        <h2 id="insights-title">Insights</h2>
        {switcher}
        {source ? (
          <span class="muted small-text" data-testid="team-source">
            {view?.range.from && view.range.to ? `${view.range.from} to ${view.range.to} · ` : ''}
            {source}
          </span>
        ) : null}
        <div class="head-actions">
          <label class="button-like">
            Open a team figures file…
            <input
              type="file"
              accept=".json,application/json"
              class="visually-hidden"
              data-testid="team-file"
              onChange={(e) => void openFile(e.currentTarget)}
            />
          </label>
        </div>
      </div>

      {problems ? (
        <div class="warning-banner" role="alert" data-testid="team-file-problems">
          <p>
            {problems.file} is not a team figures file Tailor can show ({plural(problems.errors.length, 'problem')}); the Team view is as
            it was:
          </p>
          <ul class="problems">
            {problems.errors.slice(0, 10).map((p, i) => (
              <li key={i}>{describeProblem(p)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {opened ? (
        <p class="muted" role="status">
          Showing {opened}.{url ? ` The figures at ${hostOf(url)} take over again at their next check.` : ''}
        </p>
      ) : null}
      {failing ? (
        <p class="warning-banner" role="alert" data-testid="team-sync-failing">
          The latest check of {hostOf(url)} failed: {failing.message}. {stored ? 'These are the last good figures. ' : ''}
          <a href="#settings">See Settings</a>.
        </p>
      ) : null}

      {!stored || !view ? (
        <div class="panel-card" data-testid="team-empty">
          <h3>No team figures yet</h3>
          <p>
            The Team view shows every rep’s usage together: influence on won deals across reps, reps side by side, and coverage
            gaps from every rep’s prospects. It reads the file <code>tailor insights</code> writes from your collector’s export:
          </p>
          <pre>npm run --silent tailor -- insights exports/ --library library.json --out team-insights.json</pre>
          <p>
            Open that file here, or publish it at an address and set it in <a href="#settings">Settings</a> (your organisation can
            set it by policy), and Tailor keeps it current.
          </p>
        </div>
      ) : (
        <TeamFigures view={view} />
      )}
    </section>
  );
}

function TeamFigures({ view }: { view: ReturnType<typeof buildTeamView> }) {
  const t = view.totals;
  const shortDay = (d: string) => new Date(`${d}T00:00:00`).toLocaleDateString(undefined, { month: 'short', day: 'numeric' });
  return (
    <>
      <ul class="kpis" aria-label="Team totals">
        <li>
          <strong data-testid="team-kpi-shares">{t.shares.toLocaleString()}</strong> {pluralWord(t.shares, 'share')}
          <span class="muted">
            {plural(t.linkCopies, 'link')}, {plural(t.emailCopies, 'email')}
          </span>
        </li>
        <li>
          <strong>{t.suggested.toLocaleString()}</strong> {pluralWord(t.suggested, 'suggestion')} shown<span class="muted">{t.opened.toLocaleString()} opened</span>
        </li>
        <li>
          <strong data-testid="team-kpi-waste">{view.waste ? pct(view.waste.share) : '–'}</strong> never shared
          <span class="muted">
            {view.waste?.from === 'library'
              ? `${view.waste.neverShared} of ${view.waste.active} active ${pluralWord(view.waste.active ?? 0, 'asset')} in this browser’s library`
              : view.waste
                ? 'of the library the figures were made with'
                : 'no library to compare with'}
          </span>
        </li>
        <li>
          <strong>{t.requested.toLocaleString()}</strong> content {pluralWord(t.requested, 'request')}
          <span class="muted">
            {t.notRelevant.toLocaleString()} not relevant, {plural(t.flagged, 'flag')}
          </span>
        </li>
        <li>
          <strong data-testid="team-kpi-won">{t.wonDeals}</strong> won {pluralWord(t.wonDeals, 'deal')} influenced by content
          <span class="muted">{wonDealAmounts(t.influencedRevenue)}</span>
        </li>
        <li>
          <strong data-testid="team-kpi-reps">{view.reps.length}</strong> {pluralWord(view.reps.length, 'rep')}
          <span class="muted">
            {plural(view.messages, 'event')} counted
            {view.duplicates ? `, ${plural(view.duplicates, 'repeat')} dropped` : ''}
            {view.skipped ? `, ${view.skipped} unreadable` : ''}
          </span>
        </li>
      </ul>

      {view.days.length > 0 ? (
        <article class="panel-card">
          <h3>Activity across the team</h3>
          <ChartOrEmpty
            kind="line"
            labels={view.days.map((d) => shortDay(d.day))}
            series={[
              { label: 'Shares', values: view.days.map((d) => d.shares) },
              { label: 'Suggestions shown', values: view.days.map((d) => d.suggested) },
            ]}
            summary="Shares and suggestions shown per day, across the team"
            empty="Nothing shared or shown by the team in this file: each day’s shares and suggestions shown appear here."
            emptyTestId="team-activity-empty"
          >
            <details>
              <summary>Show as a table</summary>
              <FigureTable caption="Team activity per day" columns={['Day', 'Shares', 'Shown', 'Opened']} rows={view.days.map((d) => [d.day, d.shares, d.suggested, d.opened])} />
            </details>
          </ChartOrEmpty>
        </article>
      ) : null}

      {/* Full width: the reps' table has up to nine columns, more than half the page holds. */}
      <article class="panel-card">
        <h3>Reps side by side</h3>
        {/* The table stays when the chart has nothing to draw: it also counts what reps were shown. */}
        <ChartOrEmpty
          kind="bar"
          labels={view.reps.map((r) => r.name)}
          series={[
            { label: 'Shares', values: view.reps.map((r) => r.shares) },
            { label: 'Requests', values: view.reps.map((r) => r.requested) },
            { label: 'Not relevant', values: view.reps.map((r) => r.notRelevant) },
          ]}
          summary="Shares, content requests and not-relevant marks by rep"
          empty="No rep shared, requested or marked content not relevant in this file."
          emptyTestId="team-reps-empty"
        />
        <FigureTable
          caption="Usage by rep"
          columns={[
            'Rep',
            'Shares',
            'Shown',
            ...(view.has.repOpened ? ['Opened'] : []),
            'Requests',
            'Not relevant',
            'Flagged',
            ...(view.has.repInfluence ? ['Won deals', 'Amounts influenced'] : []),
          ]}
          rows={view.reps.map((r) => [
            r.name,
            r.shares,
            r.suggested,
            ...(view.has.repOpened ? [r.opened ?? 0] : []),
            r.requested,
            r.notRelevant,
            r.flagged,
            ...(view.has.repInfluence ? [r.wonDeals ?? 0, money(r.influencedRevenue ?? 0)] : []),
          ])}
        />
      </article>

      <div class="grid-2">
        <article class="panel-card">
          <h3>Content influence across reps</h3>
          <ChartOrEmpty
            kind="horizontal-bar"
            labels={view.influence.slice(0, 10).map((a) => a.title)}
            series={[{ label: 'Won deal amounts influenced', values: view.influence.slice(0, 10).map((a) => a.influencedRevenue) }]}
            summary="Amounts of the won deals each asset influenced, shared by any rep on the deal's account"
            empty="No won deals influenced by shared content in this file: when a rep’s deal is won, its amount shows here against each asset shared on its account."
            emptyTestId="team-influence-empty"
            zeros={INFLUENCE_NO_AMOUNT}
          >
            <FigureTable
              caption="Won deals content influenced (any rep’s share on the account, up to 365 days before the win)"
              columns={view.influence.some((a) => a.wonDeals !== undefined) ? ['Asset', 'Won deals', 'Won deal amounts', 'Shares'] : ['Asset', 'Won deal amounts', 'Shares']}
              rows={view.influence.map((a) =>
                a.wonDeals !== undefined ? [a.title, a.wonDeals, money(a.influencedRevenue), a.shares] : [a.title, money(a.influencedRevenue), a.shares],
              )}
              limit={10}
            />
          </ChartOrEmpty>
        </article>
        <TopSharesCard
          rows={view.topByShares.map((a) => ({ title: a.title, shares: a.shares, opened: a.opened, shown: a.suggested }))}
          summary="The ten assets the team shared most"
          empty="No content shared by the team in this file: shares appear here when reps copy a link or a snippet"
          emptyTestId="team-top-shares-empty"
          caption="Most shared across the team"
        />
      </div>

      <div class="grid-2">
        <article class="panel-card">
          <h3>Used vs never used</h3>
          {view.waste?.from === 'library' ? (
            <ChartOrEmpty
              kind="doughnut"
              labels={['Shared by a rep', 'Never shared']}
              series={[{ label: 'Active assets', values: [view.waste.active! - view.waste.neverShared!, view.waste.neverShared!] }]}
              summary={`${view.waste.active! - view.waste.neverShared!} active assets shared by at least one rep, ${view.waste.neverShared} never shared`}
              height={200}
              empty="The library the figures were made with had no active assets."
              emptyTestId="team-waste-empty"
            />
          ) : null}
          {view.waste?.from === 'file' ? (
            <p class="muted" data-testid="team-never-shared-scope">
              The {pct(view.waste.share)} above is of the library the figures were made with; the file does not list that
              library’s assets. The list below is this browser’s library: {view.neverShared.length} of its{' '}
              {plural(view.libraryActive, 'active asset')} were shared by no rep in the file’s range.
            </p>
          ) : null}
          <FigureTable
            caption="In this browser’s library, shared by no rep (most suggested first)"
            columns={['Asset', 'Type', 'Shown']}
            rows={view.neverShared.map((a) => [a.title, a.type ? ASSET_TYPE_LABELS[a.type] : '', a.suggested])}
            limit={10}
          />
        </article>
        <article class="panel-card">
          <h3>Feedback</h3>
          <FigureTable
            caption="Assets reps most often marked not relevant or flagged"
            columns={['Asset', 'Not relevant', 'Flagged']}
            rows={view.feedback.map((f) => [f.title, f.notRelevant, f.flagged])}
            limit={10}
          />
        </article>
      </div>

      <div class="grid-2">
        <article class="panel-card">
          <h3>Coverage gaps across the team</h3>
          {view.has.coverage ? (
            <>
              <p class="muted">
                Persona and industry pairs seen on reps’ prospects with no active asset tagged for both: {view.coverageGaps.length} of{' '}
                {view.coveragePairs} pairs.
              </p>
              <FigureTable
                caption="Gaps, most prospects first"
                columns={['Persona', 'Industry', 'Prospects (all reps)']}
                rows={view.coverageGaps.map((g) => [g.persona, g.industry, g.prospects])}
                limit={15}
              />
            </>
          ) : (
            <p class="muted" data-testid="team-no-coverage">
              This file does not carry the personas and industries of reps’ prospects, so gaps across the team cannot be shown. This
              browser’s own gaps are under This browser.
            </p>
          )}
        </article>
      </div>

      {view.skippedExamples.length > 0 ? (
        <details class="muted small-text">
          <summary>
            {plural(view.skipped, 'line')} of the export could not be read by <code>tailor insights</code>
          </summary>
          <ul>
            {view.skippedExamples.map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}
