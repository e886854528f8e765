// Insights' Team view in real Chromium: a team figures file (what `tailor insights` writes) opened from
// disk, subscribed to by URL on a local server (ETag, a broken file that keeps the last good one), and
// set by enterprise policy with reps pseudonymised.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type LocalServer } from '../tests/local-server';
import { seriousViolations } from './axe';
import { ROOT, launchTailor, wordsForFigures, type TailorBrowser } from './harness';
import { pinnedExtension, policyChromium, tempDir, type PolicyChromium } from './policy';

const fixtures = path.join(ROOT, 'tests/fixtures/team');
const contractFile = path.join(fixtures, 'contract.json');
const extendedText = fs.readFileSync(path.join(fixtures, 'extended.json'), 'utf8');
const sample = JSON.parse(fs.readFileSync(path.join(ROOT, 'public/sample-library.json'), 'utf8')) as { assets: { id: string; expiresAt?: string }[] };
const contract = JSON.parse(fs.readFileSync(contractFile, 'utf8')) as { totals: { shares: number; wonDeals: number }; reps: { id: string }[] };

const eventually = <T>(read: () => T | Promise<T>, options: { timeout: number } = { timeout: 10_000 }) => expect.poll(read, options);
const card = (page: Page, heading: string) => page.locator('.st-card', { has: page.getByRole('heading', { name: heading, exact: true }) });

interface Published {
  server: LocalServer;
  url: string;
  body: string;
  etag: string;
}

/** A server publishing a team figures file with an ETag, answering 304 to a matching If-None-Match. */
async function publish(options: { cors: boolean }): Promise<Published> {
  const cors = options.cors ? { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': 'ETag' } : ({} as Record<string, string>);
  const state: Published = { server: undefined as unknown as LocalServer, url: '', body: extendedText, etag: '"v1"' };
  state.server = await startServer((req, res) => {
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { ...cors, 'Access-Control-Allow-Headers': 'if-none-match, if-modified-since' });
      res.end();
    } else if (req.headers['if-none-match'] === state.etag) {
      res.writeHead(304, { ...cors, ETag: state.etag });
      res.end();
    } else {
      res.writeHead(200, { ...cors, 'Content-Type': 'application/json', ETag: state.etag });
      res.end(state.body);
    }
  });
  state.url = `${state.server.url}/reports/team-insights.json`;
  return state;
}

describe('the Team view, from a file and from a URL set in Settings', () => {
  let tailor: TailorBrowser;
  let published: Published;
  let tmp: string;
  let insights: Page;

  beforeAll(async () => {
    // Headless Chromium cannot answer a permission prompt: this copy holds the local server's origin.
    tmp = tempDir('tailor-team-view-');
    const ext = pinnedExtension(tmp, { hostPermissions: ['http://127.0.0.1/*'] });
    published = await publish({ cors: false });
    tailor = await launchTailor({ extensionDir: ext.dir });
    insights = await tailor.openPage('options.html#insights');
  });
  afterAll(async () => {
    await tailor?.close();
    await published?.server.close();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('switches between This browser and Team, and says how to get team figures', async () => {
    await insights.getByTestId('kpi-shares').waitFor();
    await insights.getByRole('tab', { name: 'Team' }).click();
    await insights.getByTestId('team-empty').waitFor();
    expect(await insights.getByTestId('team-empty').textContent()).toContain('tailor -- insights');
    expect(insights.url()).toMatch(/#insights\?view=team$/);
    await insights.getByRole('tab', { name: 'This browser' }).click();
    await insights.getByTestId('kpi-shares').waitFor();
    expect(await insights.getByTestId('team-empty').count()).toBe(0);
  });

  it('opens a team figures file from disk and shows the team’s figures', async () => {
    await insights.getByRole('tab', { name: 'Team' }).click();
    await insights.getByTestId('team-file').setInputFiles(contractFile);
    await eventually(() => insights.getByTestId('team-kpi-shares').textContent()).toBe(String(contract.totals.shares));
    expect(await insights.getByTestId('team-kpi-won').textContent()).toBe(String(contract.totals.wonDeals));
    expect(await insights.getByTestId('team-kpi-reps').textContent()).toBe(String(contract.reps.length));
    expect(await insights.getByTestId('team-source').textContent()).toMatch(/from contract\.json, opened .*just now/);
    const reps = insights.getByRole('region', { name: 'Usage by rep' });
    for (const rep of contract.reps) await reps.getByRole('rowheader', { name: rep.id }).waitFor();
    // Titles come from this browser's library (the sample), not bare ids.
    await insights.getByRole('region', { name: /Won deals content influenced/ }).getByText('Quillpoint scaled from 5,000').waitFor();
    // The file carries no coverage: the view says so rather than showing an empty table.
    await insights.getByTestId('team-no-coverage').waitFor();
    // It stays across a reload (it is stored), and "This browser" is still this browser's own.
    await insights.reload();
    await eventually(() => insights.getByTestId('team-kpi-shares').textContent()).toBe(String(contract.totals.shares));
  });

  it('a broken file says where it is broken and leaves the figures as they were', async () => {
    const broken = path.join(tmp, 'broken.json');
    const data = JSON.parse(extendedText) as { totals: Record<string, unknown> };
    data.totals.wonDeals = 'four';
    fs.writeFileSync(broken, JSON.stringify(data));
    await insights.getByTestId('team-file').setInputFiles(broken);
    await eventually(() => insights.getByTestId('team-file-problems').textContent()).toContain('broken.json, totals.wonDeals: wonDeals must be a number, not "four"');
    expect(await insights.getByTestId('team-kpi-shares').textContent()).toBe(String(contract.totals.shares));
    expect(await insights.getByTestId('team-source').textContent()).toContain('contract.json');
  });

  it('a file made with the marketer’s pack says what its never-shared list counts', async () => {
    // `tailor insights --library pack.json`: the share never shared is the pack's (12 of its 14 assets);
    // the file lists the assets seen in the export, not the pack's, so the list below is this browser's library.
    const withPack = path.join(tmp, 'with-pack.json');
    const data = JSON.parse(extendedText) as { to: string; wasteShare: number | null; assets: { id: string; shares: number }[] };
    data.wasteShare = 12 / 14;
    fs.writeFileSync(withPack, JSON.stringify(data));
    await insights.getByTestId('team-file').setInputFiles(withPack);
    await eventually(() => insights.getByTestId('team-kpi-waste').textContent()).toBe('86%');
    // Active on the file's last day (2026-11-30): five of the sample's assets have expired by then.
    const active = sample.assets.filter((a) => !a.expiresAt || a.expiresAt >= data.to);
    const shared = new Set(data.assets.filter((a) => a.shares > 0).map((a) => a.id));
    const neverShared = active.filter((a) => !shared.has(a.id)).length;
    const scope = await insights.getByTestId('team-never-shared-scope').textContent();
    expect(scope).toContain('The 86% above is of the library the figures were made with');
    expect(scope).toContain(`this browser’s library: ${neverShared} of its ${active.length} active assets were shared by no rep`);
    const list = insights.getByRole('region', { name: /^In this browser’s library, shared by no rep/ });
    expect(await list.textContent()).toContain(`Showing 10 of ${neverShared}.`);
  });

  it('a file in which nothing was shared: each chart with nothing to draw says so, with no empty frame', async () => {
    const none = path.join(tmp, 'nothing-shared.json');
    const data = JSON.parse(fs.readFileSync(contractFile, 'utf8')) as { totals: Record<string, number>; assets: Record<string, unknown>[]; reps: Record<string, unknown>[] };
    for (const key of ['linkCopies', 'emailCopies', 'shares', 'notRelevant', 'requested', 'wonDeals', 'influencedRevenue']) data.totals[key] = 0;
    for (const a of data.assets) Object.assign(a, { shares: 0, notRelevant: 0, influencedRevenue: 0 });
    for (const r of data.reps) Object.assign(r, { shares: 0, notRelevant: 0, requested: 0 });
    fs.writeFileSync(none, JSON.stringify(data));
    await insights.getByTestId('team-file').setInputFiles(none);
    await eventually(() => insights.getByTestId('team-kpi-shares').textContent()).toBe('0');
    const article = (heading: string) => insights.locator('article', { has: insights.getByRole('heading', { name: heading, level: 3 }) });
    expect(await article('Top content by shares').getByTestId('team-top-shares-empty').textContent()).toBe(
      'No content shared by the team in this file: shares appear here when reps copy a link or a snippet',
    );
    expect(await article('Top content by shares').locator('canvas, table').count()).toBe(0);
    // Reps were shown suggestions all the same: their table stays, the empty chart does not.
    expect(await article('Reps side by side').getByTestId('team-reps-empty').textContent()).toBe('No rep shared, requested or marked content not relevant in this file.');
    expect(await article('Reps side by side').locator('canvas').count()).toBe(0);
    await insights.getByRole('region', { name: 'Usage by rep' }).getByRole('rowheader', { name: data.reps[0]!.id as string }).waitFor();
    expect(await seriousViolations(insights)).toEqual([]);
    // Back to the file with the reps' influence, for what follows.
    await insights.getByTestId('team-file').setInputFiles(path.join(tmp, 'with-pack.json'));
    await eventually(() => insights.getByTestId('team-kpi-waste').textContent()).toBe('86%');
  });

  it('shows every column of "Usage by rep" at 1280 px, the nine a file with reps’ influence has', async () => {
    const reps = insights.getByRole('region', { name: 'Usage by rep' });
    await reps.getByRole('columnheader', { name: 'Amounts influenced' }).waitFor();
    const box = (await reps.boundingBox())!;
    const headers = await reps.getByRole('columnheader').evaluateAll((cells) =>
      cells.map((c) => ({ name: c.textContent, right: c.getBoundingClientRect().right })),
    );
    expect(headers.map((h) => h.name)).toContain('Flagged');
    expect(headers.filter((h) => h.right > box.x + box.width + 0.5)).toEqual([]);
  });

  it('subscribes by URL in Settings; the next sync is a 304 that changes nothing', async () => {
    const settings = await tailor.openPage('options.html#settings');
    await settings.getByLabel('Team figures address').fill(published.url);
    await card(settings, 'Team figures').getByRole('button', { name: 'Subscribe' }).click();
    await eventually(() => settings.getByTestId('team-notice').textContent(), { timeout: 15_000 }).toBe('Synced: the Team view shows the new figures.');
    expect(await settings.getByTestId('data-sent').textContent()).toContain(`To the team figures at 127.0.0.1:${published.server.port}`);
    await eventually(() => insights.getByTestId('team-source').textContent()).toContain(`2026-11-01 to 2026-11-30 · from ${published.url}, synced`);
    // The file's optional figures: activity per day, reps' influence, coverage gaps from every rep's prospects.
    await insights.getByRole('heading', { name: 'Activity across the team' }).waitFor();
    const gaps = insights.getByRole('region', { name: 'Gaps, most prospects first' });
    // Two pairs seen on reps' prospects have no asset tagged for both in the sample library.
    await eventually(() => gaps.locator('tbody tr').allTextContents()).toEqual([
      'Finance executiveHealthcare and life sciences9',
      'Security and complianceRetail and e-commerce6',
    ]);
    expect(await insights.getByRole('region', { name: 'Usage by rep' }).textContent()).toContain('Amounts influenced');
    // Deal amounts carry no currency: the influence table and chart say "won deal amounts", as the totals do, never revenue.
    expect(await insights.getByRole('region', { name: /Won deals content influenced/ }).getByRole('columnheader').allTextContents()).toEqual(['Asset', 'Won deals', 'Won deal amounts', 'Shares']);
    await insights.getByRole('img', { name: "Amounts of the won deals each asset influenced, shared by any rep on the deal's account", exact: true }).waitFor();
    expect(await wordsForFigures(insights)).not.toContainEqual(expect.stringMatching(/revenue/i));

    const before = await insights.getByTestId('team-source').textContent();
    const requests = published.server.requests.length;
    await card(settings, 'Team figures').getByRole('button', { name: 'Sync figures now' }).click();
    await eventually(() => settings.getByTestId('team-notice').textContent()).toBe('Synced: the team figures have not changed.');
    expect(published.server.requests.length).toBe(requests + 1);
    expect(published.server.requests.at(-1)?.headers['if-none-match']).toBe('"v1"');
    expect(await insights.getByTestId('team-source').textContent()).toBe(before);
    await settings.close();
  });

  it('a broken file at the URL keeps the last good figures, and Settings and the Team view say why', async () => {
    const data = JSON.parse(extendedText) as { reps: Record<string, unknown>[] };
    data.reps[1]!.shares = -3;
    published.body = JSON.stringify(data);
    published.etag = '"v2"';
    const settings = await tailor.openPage('options.html#settings');
    await card(settings, 'Team figures').getByRole('button', { name: 'Sync figures now' }).click();
    await eventually(() => settings.getByTestId('team-last-error').textContent()).toMatch(
      /the team figures file is invalid: .*reps\[1\]\.shares: shares must not be negative\..*The Team view keeps the last good figures/,
    );
    expect(await settings.getByTestId('team-last-success').textContent()).toMatch(/just now/);
    await eventually(() => insights.getByTestId('team-sync-failing').textContent()).toMatch(/reps\[1\]\.shares.*These are the last good figures/);
    expect(await insights.getByTestId('team-source').textContent()).toContain(published.url);
    await insights.getByRole('heading', { name: 'Activity across the team' }).waitFor();
    await settings.close();
  });

  it('shows reps pseudonymised when asked, in the same order every time', async () => {
    const settings = await tailor.openPage('options.html#settings');
    await settings.getByLabel('Show reps as Rep 1, Rep 2…').check();
    const reps = insights.getByRole('region', { name: 'Usage by rep' });
    await reps.getByRole('rowheader', { name: 'Rep 1' }).waitFor();
    expect(await reps.textContent()).not.toContain('@tidewell.example');
    const first = await reps.textContent();
    await insights.reload();
    await eventually(() => insights.getByRole('region', { name: 'Usage by rep' }).textContent()).toBe(first);
    await settings.getByLabel('Show reps as Rep 1, Rep 2…').uncheck();
    await reps.getByRole('rowheader', { name: contract.reps[0]!.id }).waitFor();
    await settings.close();
  });

  it('has no serious accessibility problems in the Team view, light or dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await insights.emulateMedia({ colorScheme: scheme });
      expect(await seriousViolations(insights)).toEqual([]);
    }
    expect(tailor.errors).toEqual([]);
  });
});

describe('the Team view set by enterprise policy', () => {
  let tailor: TailorBrowser;
  let published: Published;
  let chromium: PolicyChromium;
  let tmp: string;

  beforeAll(async () => {
    tmp = tempDir('tailor-team-policy-');
    // No host permissions: a server that allows cross-origin reads works without them.
    const ext = pinnedExtension(tmp);
    published = await publish({ cors: true });
    chromium = policyChromium(tmp);
    chromium.setPolicy(ext.id, { teamInsightsUrl: published.url, pseudonymiseReps: true });
    tailor = await launchTailor({ extensionDir: ext.dir, executablePath: chromium.executablePath });
    expect(tailor.extensionId).toBe(ext.id);
  });
  afterAll(async () => {
    await tailor?.close();
    await published?.server.close();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('the team’s figures arrive with no one touching anything, reps pseudonymised and locked', async () => {
    const insights = await tailor.openPage('options.html#insights?view=team');
    await eventually(() => insights.getByTestId('team-source').textContent(), { timeout: 30_000 }).toContain(`from ${published.url}`);
    const reps = insights.getByRole('region', { name: 'Usage by rep' });
    await reps.getByRole('rowheader', { name: 'Rep 1' }).waitFor();
    expect(await reps.textContent()).not.toContain('@tidewell.example');

    const settings = await tailor.openPage('options.html#settings');
    await settings.getByTestId('policy-notice').waitFor();
    expect(await settings.getByLabel('Team figures address').inputValue()).toBe(published.url);
    expect(await settings.getByLabel('Team figures address').isDisabled()).toBe(true);
    expect(await settings.getByLabel('Show reps as Rep 1, Rep 2…').isDisabled()).toBe(true);
    expect(await settings.getByTestId('policy-notice').textContent()).toContain('Team figures address, Pseudonymised reps');
    // No permission for the server's site, and none needed: it allows cross-origin reads, so no note asks for it.
    await eventually(() => settings.getByTestId('team-last-success').textContent()).not.toBe('Never');
    expect(await settings.getByTestId('team-last-error').count()).toBe(0);
    expect(await settings.getByTestId('team-no-access').count()).toBe(0);
    expect(tailor.errors).toEqual([]);
  });
});
