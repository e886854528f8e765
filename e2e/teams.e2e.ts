// Teams in real Chromium: a library feed and a usage collector on local servers, set up through the
// settings page, and the same deployed by enterprise policy to a fresh profile.
import fs from 'node:fs';
import path from 'node:path';
import type { ServerResponse } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCollector, type Collector } from '../tests/collector';
import { startServer, type LocalServer, type SeenRequest } from '../tests/local-server';
import { seriousViolations } from './axe';
import { bundleForPage, ROOT, countRows, launchTailor, type TailorBrowser } from './harness';
import { pinnedExtension, policyChromium, tempDir, type PolicyChromium } from './policy';

const packText = fs.readFileSync(path.join(ROOT, 'tests/fixtures/eval/dev/library.json'), 'utf8');
const pack = JSON.parse(packText) as { name: string; assets: { id: string; title: string }[] };
// The same pack as a marketer's editor saves it on Windows: two titles with accents, its bytes Windows-1252
// (Latin-1 but for "–", 0x96), served with no charset.
const accented = ['Étude de cas – Café Müller', 'Leitfaden für Öffentliche Träger'];
const cp1252Pack = Buffer.from(
  JSON.stringify({ ...pack, assets: pack.assets.map((a, i) => (i < accented.length ? { ...a, title: accented[i] } : a)) }).replace(/–/g, '\u0096'),
  'latin1',
);
const sample = JSON.parse(fs.readFileSync(path.join(ROOT, 'public/sample-library.json'), 'utf8')) as { assets: unknown[] };

interface Feed {
  server: LocalServer;
  url: string;
  /** How the next requests are answered: the pack (with an ETag), or a failure. */
  mode: 'pack' | '500' | 'html' | 'cp1252';
}

async function startFeed(options: { cors: boolean }): Promise<Feed> {
  const cors = options.cors
    ? { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': 'ETag' }
    : ({} as Record<string, string>);
  const feed: Feed = { server: undefined as unknown as LocalServer, url: '', mode: 'pack' };
  feed.server = await startServer((req: SeenRequest, res: ServerResponse) => {
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { ...cors, 'Access-Control-Allow-Headers': 'if-none-match, if-modified-since' });
      res.end();
      return;
    }
    if (feed.mode === '500') {
      res.writeHead(500, cors);
      res.end('internal error');
    } else if (feed.mode === 'html') {
      res.writeHead(200, { ...cors, 'Content-Type': 'text/html' });
      res.end('<!doctype html><title>Sign in</title><p>Please sign in');
    } else if (feed.mode === 'cp1252') {
      res.writeHead(200, { ...cors, 'Content-Type': 'application/json' });
      res.end(cp1252Pack);
    } else if (req.headers['if-none-match'] === '"v1"') {
      res.writeHead(304, { ...cors, ETag: '"v1"' });
      res.end();
    } else {
      res.writeHead(200, { ...cors, 'Content-Type': 'application/json', ETag: '"v1"' });
      res.end(packText);
    }
  });
  feed.url = `${feed.server.url}/tailor/library.json`;
  return feed;
}

const usageEvent = (i: number) => ({
  type: 'copy-link',
  at: Date.now() - i * 1000,
  assetId: pack.assets[i % pack.assets.length]!.id,
  crm: 'hubspot',
  recordType: 'contact',
  recordId: `51${i}`,
  account: 'Mercy Regional Health',
  context: { personas: [], industries: [], painPoints: [] },
});

/** expect.poll with room for a machine that is busy running other suites. */
const eventually = <T>(read: () => T | Promise<T>, options: { timeout: number } = { timeout: 10_000 }) => expect.poll(read, options);

/** One card of the settings page, by its heading. */
const card = (page: Page, heading: string) => page.locator('.st-card', { has: page.getByRole('heading', { name: heading, exact: true }) });

/**
 * Records events the way the rep's panel does: Tailor's own recordUsageBatch runs in an extension page and
 * writes them through IndexedDB (events, day roll-ups, outbox), then the page tells the background
 * (`usage:recorded`), which sends them. The code is lib/ bundled as it is, so the messages the collector
 * receives are built by the product, under the settings (and policy) the extension holds.
 */
let recorder: Promise<string> | undefined;
const recorderBundle = () =>
  (recorder ??= bundleForPage(`
        import { TailorDB } from './lib/db/db';
        import { sendMessage } from './lib/messaging';
        import { recordUsageBatch } from './lib/usage/record';
        globalThis.__tailorRecord = async (events) => {
          const db = new TailorDB();
          try {
            const { messageIds } = await recordUsageBatch(db, events);
            await sendMessage({ type: 'usage:recorded' });
            return messageIds;
          } finally {
            db.close();
          }
        };`));

async function recordFromPage(page: Page, count: number): Promise<string[]> {
  await page.evaluate(await recorderBundle());
  const messageIds = await page.evaluate(
    (events) => (globalThis as unknown as { __tailorRecord(e: unknown[]): Promise<(string | undefined)[]> }).__tailorRecord(events),
    Array.from({ length: count }, (_, i) => usageEvent(i)),
  );
  return messageIds.map((id, i) => {
    if (!id) throw new Error(`event ${i} was recorded but not queued for the collector: ${JSON.stringify(messageIds)}`);
    return id;
  });
}

describe('a team feed and a usage collector, set up in Settings', () => {
  let tailor: TailorBrowser;
  let feed: Feed;
  let collector: Collector;
  let page: Page;
  let tmp: string;

  beforeAll(async () => {
    // Headless Chromium cannot answer a permission prompt: this copy holds the local servers'
    // origin from the start, so permissions.request resolves at once, as after a rep's "Allow".
    tmp = tempDir('tailor-teams-ext-');
    const ext = pinnedExtension(tmp, { hostPermissions: ['http://127.0.0.1/*'] });
    [feed, collector] = await Promise.all([startFeed({ cors: false }), startCollector({ cors: false })]);
    tailor = await launchTailor({ extensionDir: ext.dir });
    page = await tailor.openPage('options.html#settings');
  });
  afterAll(async () => {
    await tailor?.close();
    await Promise.all([feed?.server.close(), collector?.close()]);
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('says nothing leaves the browser before anything is configured', async () => {
    await eventually(() => countRows(tailor.worker, 'assets'), { timeout: 15_000 }).toBe(sample.assets.length);
    await page.getByTestId('nothing-sent').waitFor();
    expect(feed.server.requests).toHaveLength(0);
    expect(collector.server.requests).toHaveLength(0);
  });

  it('subscribing fills the library from the feed, and the next sync is a 304', async () => {
    await page.getByLabel('Feed address').fill(feed.url);
    await page.getByRole('button', { name: 'Subscribe' }).click();
    await eventually(() => page.getByTestId('feed-notice').textContent(), { timeout: 15_000 })
      .toBe(`Synced: ${pack.assets.length} assets from “${pack.name}”.`);
    // The team's library replaces the bundled sample.
    expect(await countRows(tailor.worker, 'assets')).toBe(pack.assets.length);
    await eventually(() => page.getByTestId('feed-last-success').textContent()).toMatch(/just now.*64 assets from “Northwind Flow/);
    expect(await page.getByTestId('data-sent').textContent()).toContain(`To the team feed at 127.0.0.1:${feed.server.port}`);

    await page.getByRole('button', { name: 'Sync now' }).click();
    await eventually(() => page.getByTestId('feed-notice').textContent()).toBe('Synced: the feed has not changed.');
    expect(feed.server.requests.at(-1)?.headers['if-none-match']).toBe('"v1"');

    const library = await tailor.openPage('options.html#library');
    await library.getByText(`${pack.assets.length} assets,`).waitFor();
    await library.close();
  });

  it('a feed that fails leaves the library as it was and shows why, and when it last synced', async () => {
    feed.mode = '500';
    await page.getByRole('button', { name: 'Sync now' }).click();
    await eventually(() => page.getByTestId('feed-last-error').textContent()).toMatch(/HTTP 500 \(Internal Server Error\).*Your library is as it was/);
    expect(await page.getByTestId('feed-last-success').textContent()).toMatch(/64 assets/);
    expect(await countRows(tailor.worker, 'assets')).toBe(pack.assets.length);

    feed.mode = 'html';
    await page.getByRole('button', { name: 'Sync now' }).click();
    await eventually(() => page.getByTestId('feed-last-error').textContent()).toMatch(/a web page \(text\/html\), not a library pack.*2 failures in a row/);
    expect(await countRows(tailor.worker, 'assets')).toBe(pack.assets.length);
    feed.mode = 'pack';
  });

  it('checks every field and says what is wrong beside it', async () => {
    await page.getByLabel('Collector address').fill('http://collector.example.com/batch');
    await card(page, 'Usage export').getByRole('button', { name: 'Save' }).click();
    await eventually(() => page.locator('#collector-url-error').textContent()).toMatch(/must use https:\/\//);
    expect(await page.getByLabel('Collector address').evaluate((el) => el === document.activeElement)).toBe(true);

    await page.getByRole('button', { name: 'Add parameter' }).click();
    await page.getByLabel('Parameter 1 name').fill('utm_source');
    await page.getByLabel('Parameter 1 value').fill('x');
    await card(page, 'You').getByRole('button', { name: 'Save' }).click();
    await page.getByText('utm_source is set by Tailor on every link and cannot be overridden').waitFor();
    await page.getByLabel('Parameter 1 name').fill('team');
    await card(page, 'You').getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved.').waitFor();
  });

  it('a test event from Settings goes through the outbox to the collector', async () => {
    await page.getByLabel('Collector address').fill(collector.url);
    await page.getByLabel('Write key (optional)').fill('wk_test_123');
    await card(page, 'Usage export').getByRole('button', { name: 'Save' }).click();
    await eventually(() => page.getByTestId('collector-notice').textContent()).toBe('Saved.');
    await page.getByRole('button', { name: 'Send a test event' }).click();
    await eventually(() => page.getByTestId('test-event-result').textContent(), { timeout: 15_000 })
      .toMatch(new RegExp(`^Test event delivered to 127\\.0\\.0\\.1:${collector.server.port} in \\d+ ms`));
    const test = [...collector.received.values()].find((m) => m.event === 'Tailor Test Event');
    expect(test).toMatchObject({ type: 'track', properties: { test: true } });
    expect(collector.batches.at(-1)?.authorization).toBe(`Basic ${Buffer.from('wk_test_123:').toString('base64')}`);
    expect(await page.getByTestId('data-sent').textContent()).toContain('properties.record_id');
  });

  it('usage recorded in the extension reaches the collector once each, through a collector outage', async () => {
    collector.override((_req, res) => {
      res.writeHead(503, { 'Retry-After': '1' });
      res.end('maintenance');
      return true;
    });
    const ids = await recordFromPage(page, 6);
    expect(new Set(ids).size).toBe(6);
    await eventually(() => page.getByTestId('outbox-last-error').textContent(), { timeout: 15_000 }).toMatch(/HTTP 503.*Nothing is lost/);
    expect(await page.getByTestId('outbox-pending').textContent()).toBe('6 events');
    for (const id of ids) expect(collector.received.has(id)).toBe(false);

    collector.override(undefined);
    // The background retries on its own, after its backoff.
    await eventually(() => ids.filter((id) => collector.received.has(id)).length, { timeout: 30_000 }).toBe(6);
    await eventually(() => page.getByTestId('outbox-pending').textContent()).toBe('0 events');
    const received = ids.map((id) => collector.received.get(id)!);
    expect(received.every((m) => m.event === 'Content Link Copied' && m.properties.crm === 'hubspot')).toBe(true);
    expect(await countRows(tailor.worker, 'events')).toBe(6);
    expect(tailor.errors).toEqual([]);
  });
  it('has no serious accessibility problems in light or dark, and works from the keyboard', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await seriousViolations(page), colorScheme).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: null });
    await page.getByLabel('Feed address').focus();
    for (const next of ['feed-interval', 'Save', 'Sync now']) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent)).toBe(next);
    }
    const before = feed.server.requests.length;
    await page.keyboard.press('Enter');
    await eventually(() => feed.server.requests.length).toBe(before + 1);
    await eventually(() => page.getByTestId('feed-notice').textContent()).toBe('Synced: the feed has not changed.');
  });

  it('a pack saved as Windows-1252 keeps its accents, and Settings say how it was read without failing the sync', async () => {
    feed.mode = 'cp1252';
    await page.getByRole('button', { name: 'Sync now' }).click();
    await eventually(() => page.getByTestId('feed-notice').textContent()).toBe(`Synced: ${pack.assets.length} assets from “${pack.name}”.`);
    const warning = page.getByTestId('feed-encoding-warning');
    expect(await warning.textContent()).toBe(
      'This file is not UTF-8; it was read as Windows-1252: check accented letters and symbols, or save it as UTF-8, which a library pack should be.',
    );
    expect(await warning.isVisible()).toBe(true);
    // In the values' column, under the line it is about, not pushing the values off the card.
    const [warningBox, syncedBox, cardBox] = await Promise.all([warning.boundingBox(), page.getByTestId('feed-last-success').boundingBox(), card(page, 'Team library feed').boundingBox()]);
    expect(warningBox!.x).toBe(syncedBox!.x);
    expect(warningBox!.x + warningBox!.width).toBeLessThanOrEqual(cardBox!.x + cardBox!.width);
    expect(await page.getByTestId('feed-last-error').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    const library = await tailor.openPage('options.html#library');
    const search = library.getByPlaceholder('Search titles, URLs, descriptions, tags');
    for (const title of accented) {
      await search.fill(title);
      await library.getByText(title, { exact: true }).waitFor();
    }
    expect(await library.getByText('\ufffd').count()).toBe(0);
    await library.close();
    expect(tailor.errors).toEqual([]);
  });
});

describe('deployed by enterprise policy to a fresh profile', () => {
  let tailor: TailorBrowser;
  let corsFeed: Feed;
  let plainFeed: Feed;
  let collector: Collector;
  let chromium: PolicyChromium;
  let extensionId: string;
  let page: Page;
  let tmp: string;
  const policy = () => ({
    feedUrl: corsFeed.url,
    feedIntervalMinutes: 30,
    collectorUrl: collector.url,
    collectorWriteKey: 'wk_policy',
    repId: 'dana@northwind.example',
    trackingParams: { team: 'emea' },
  });

  beforeAll(async () => {
    tmp = tempDir('tailor-policy-');
    // No host permissions at all, as a fresh install has: servers that allow cross-origin requests
    // (as Segment's API does) work without them.
    const ext = pinnedExtension(tmp);
    extensionId = ext.id;
    [corsFeed, plainFeed, collector] = await Promise.all([startFeed({ cors: true }), startFeed({ cors: false }), startCollector({ cors: true })]);
    chromium = policyChromium(tmp);
    chromium.setPolicy(extensionId, policy());
    tailor = await launchTailor({ extensionDir: ext.dir, executablePath: chromium.executablePath });
    expect(tailor.extensionId).toBe(extensionId);
  });
  afterAll(async () => {
    await tailor?.close();
    await Promise.all([corsFeed?.server.close(), plainFeed?.server.close(), collector?.close()]);
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('the marketer’s library arrives with no one touching anything', async () => {
    await eventually(() => countRows(tailor.worker, 'assets'), { timeout: 20_000 }).toBe(pack.assets.length);
    expect(corsFeed.server.requests.filter((r) => r.method === 'GET').length).toBeGreaterThanOrEqual(1);
  });

  it('settings show the organisation’s values, locked', async () => {
    page = await tailor.openPage('options.html#settings');
    await page.getByTestId('policy-notice').waitFor();
    const feedInput = page.getByLabel('Feed address');
    expect(await feedInput.inputValue()).toBe(corsFeed.url);
    expect(await feedInput.isDisabled()).toBe(true);
    expect(await page.getByLabel('Rep ID').inputValue()).toBe('dana@northwind.example');
    expect(await page.getByLabel('Rep ID').isDisabled()).toBe(true);
    expect(await page.getByLabel('Parameter 1 name').inputValue()).toBe('team');
    expect(await page.getByLabel('Collector address').isDisabled()).toBe(true);
    // The key itself never reaches the page.
    expect(await page.getByLabel('Write key (optional)').inputValue()).toBe('');
    expect(await page.content()).not.toContain('wk_policy');
    expect(await page.getByText('Set by your organisation').count()).toBeGreaterThanOrEqual(5);
    // Tailor has no permission for the feed's site, and synced anyway: its server allows CORS, so no note
    // invites the rep to a permission prompt they do not need.
    await eventually(() => page.getByTestId('feed-last-success').textContent()).toMatch(/64 assets/);
    expect(await page.getByTestId('feed-last-error').count()).toBe(0);
    expect(await page.getByTestId('feed-no-access').count()).toBe(0);
  });

  it('usage goes to the organisation’s collector, under the rep id and write key the policy sets', async () => {
    const ids = await recordFromPage(page, 3);
    await eventually(() => ids.filter((id) => collector.received.has(id)).length, { timeout: 20_000 }).toBe(3);
    expect(collector.received.get(ids[0]!)?.userId).toBe('dana@northwind.example');
    expect(collector.batches.at(-1)?.authorization).toBe(`Basic ${Buffer.from('wk_policy:').toString('base64')}`);
  });

  it('Settings show the collector delivering, with no “no permission” note beside it', async () => {
    // Tailor holds no permission for the collector's site and needs none: it allows cross-origin requests.
    await eventually(() => page.getByTestId('outbox-sent').textContent()).toMatch(/^3 events, last /);
    expect(await page.getByTestId('outbox-last-error').count()).toBe(0);
    expect(await page.getByTestId('collector-no-access').count()).toBe(0);
  });

  it('a policy change reaches the running browser; a feed without CORS or permission fails clearly and changes nothing', async () => {
    chromium.setPolicy(extensionId, { ...policy(), feedUrl: plainFeed.url });
    const policyPage = await tailor.context.newPage();
    await policyPage.goto('chrome://policy');
    await policyPage.locator('#reload-policies').click();
    await policyPage.close();
    await eventually(() => page.getByLabel('Feed address').inputValue(), { timeout: 20_000 }).toBe(plainFeed.url);
    await eventually(() => page.getByTestId('feed-last-error').textContent(), { timeout: 20_000 })
      .toMatch(/no permission for http:\/\/127\.0\.0\.1:\d+ and the server does not allow cross-origin requests/);
    // Here the missing permission may be why: the note says so beside the failing feed.
    expect(await page.getByTestId('feed-no-access').textContent()).toMatch(/^Syncing this feed fails, and Tailor does not have permission/);
    expect(await countRows(tailor.worker, 'assets')).toBe(pack.assets.length);
    expect(plainFeed.server.requests.length).toBeGreaterThanOrEqual(1);
  });
});

describe('a collector that does not answer, on a site Tailor has no permission for', () => {
  let tailor: TailorBrowser;
  let silent: LocalServer;
  let tmp: string;
  const waiting: ServerResponse[] = [];

  beforeAll(async () => {
    tmp = tempDir('tailor-silent-');
    const ext = pinnedExtension(tmp);
    // Takes every request, the browser's CORS preflight too, and never answers.
    silent = await startServer((_req, res) => {
      waiting.push(res);
    });
    const chromium = policyChromium(tmp);
    chromium.setPolicy(ext.id, { collectorUrl: `${silent.url}/v1/batch` });
    tailor = await launchTailor({ extensionDir: ext.dir, executablePath: chromium.executablePath });
  });
  afterAll(async () => {
    await tailor?.close();
    for (const res of waiting) res.destroy();
    await silent?.close();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('Settings say it did not answer in time, a network problem, and do not put it down to the missing permission', async () => {
    const page = await tailor.openPage('options.html#settings');
    await eventually(() => page.getByLabel('Collector address').inputValue()).toBe(`${silent.url}/v1/batch`);
    await recordFromPage(page, 1);
    // The collector's deadline is 15 s.
    await eventually(() => page.getByTestId('outbox-last-error').textContent(), { timeout: 40_000 }).toMatch(/did not answer within 15 s/);
    expect(await page.getByTestId('outbox-last-error').textContent()).not.toMatch(/no permission/);
    expect(await page.getByTestId('collector-no-access').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
