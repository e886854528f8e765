// Hostile answers from a team feed and a collector, in real Chromium: a redirect through a plain-http
// hop. 127.0.0.2 stands for a host that is not this machine (plain http to it is not allowed); this
// copy of the extension even holds a host permission for it, so nothing but Tailor's own rule keeps
// a request from reaching it.
import fs from 'node:fs';
import path from 'node:path';
import type { ServerResponse } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCollector, type Collector } from '../tests/collector';
import { startServer, type LocalServer, type SeenRequest } from '../tests/local-server';
import { ROOT, countRows, launchTailor, type TailorBrowser } from './harness';
import { pinnedExtension, policyChromium, tempDir } from './policy';

const packText = fs.readFileSync(path.join(ROOT, 'tests/fixtures/eval/dev/library.json'), 'utf8');
const pack = JSON.parse(packText) as { name: string; assets: { id: string }[] };
/** The pack an attacker serves at the end of the chain: one asset that would replace the library. */
const hostilePack = JSON.stringify({
  format: 'tailor-library',
  version: 1,
  name: 'Hostile',
  taxonomy: { personas: [], industries: [], painPoints: [] },
  assets: [{ id: 'evil', title: 'Read this', url: 'https://evil.example/', type: 'other' }],
});

const eventually = <T>(read: () => T | Promise<T>, timeout = 15_000) => expect.poll(read, { timeout });
const card = (page: Page, heading: string) => page.locator('.st-card', { has: page.getByRole('heading', { name: heading, exact: true }) });

describe('redirects through a plain-http hop', () => {
  let tailor: TailorBrowser;
  let feed: LocalServer;
  let hop: LocalServer;
  let collector: Collector;
  let page: Page;
  let tmp: string;
  let redirecting = false;

  beforeAll(async () => {
    tmp = tempDir('tailor-network-ext-');
    const ext = pinnedExtension(tmp, { hostPermissions: ['http://127.0.0.1/*', 'http://127.0.0.2/*'] });
    feed = await startServer((req: SeenRequest, res: ServerResponse) => {
      if (req.url === '/hostile.json') {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(hostilePack);
      } else if (redirecting) {
        res.writeHead(302, { Location: `${hop.url}/hop` });
        res.end();
      } else {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(packText);
      }
    });
    // The hop sends everything on to an address Tailor allows, as an attacker on the path would.
    hop = await startServer((req, res) => {
      res.writeHead(req.method === 'POST' ? 307 : 302, { Location: req.method === 'POST' ? `${collector.url}?via=hop` : `${feed.url}/hostile.json` });
      res.end();
    }, 0, '127.0.0.2');
    collector = await startCollector();
    tailor = await launchTailor({ extensionDir: ext.dir });
    page = await tailor.openPage('options.html#settings');
  });
  afterAll(async () => {
    await tailor?.close();
    await Promise.all([feed?.close(), hop?.close(), collector?.close()]);
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('a feed redirected through an http hop never replaces the library', async () => {
    await page.getByLabel('Feed address').fill(`${feed.url}/library.json`);
    await page.getByRole('button', { name: 'Subscribe' }).click();
    await eventually(() => countRows(tailor.worker, 'assets')).toBe(pack.assets.length);

    redirecting = true;
    await page.getByRole('button', { name: 'Sync now' }).click();
    await eventually(() => page.getByTestId('feed-last-error').textContent()).toMatch(
      /answered with a redirect, and the browser does not let Tailor see where it leads, so Tailor did not follow it.*Your library is as it was/,
    );
    expect(feed.requests.at(-1)?.url).toBe('/library.json');
    expect(hop.requests).toHaveLength(0);
    expect(feed.requests.some((r) => r.url === '/hostile.json')).toBe(false);
    expect(await countRows(tailor.worker, 'assets')).toBe(pack.assets.length);
  });

  it('a collector POST redirected (307) to plain http never reaches it, and the events stay queued', async () => {
    collector.override((req, res) => {
      if (req.url.includes('via=hop')) return false;
      res.writeHead(307, { Location: `${hop.url}/v1/batch` });
      res.end();
      return true;
    });
    await page.getByLabel('Collector address').fill(collector.url);
    await card(page, 'Usage export').getByRole('button', { name: 'Save' }).click();
    await eventually(() => page.getByTestId('collector-notice').textContent()).toBe('Saved.');
    await page.getByRole('button', { name: 'Send a test event' }).click();
    await eventually(() => page.getByTestId('test-event-result').textContent()).toMatch(
      /^Not delivered yet: .*answered with a redirect, and the browser does not let Tailor see where it leads.*It stays in the outbox/,
    );
    await eventually(() => page.getByTestId('outbox-last-error').textContent()).toMatch(/answered with a redirect.*Nothing is lost/);
    expect(hop.requests).toHaveLength(0);
    expect(collector.received.size).toBe(0);
    expect(collector.server.requests.length).toBeGreaterThanOrEqual(1);
    expect(await countRows(tailor.worker, 'outbox')).toBe(1);
  });
});

describe('a policy with values Tailor cannot use', () => {
  let tailor: TailorBrowser;
  let collector: Collector;
  let tmp: string;

  beforeAll(async () => {
    tmp = tempDir('tailor-network-policy-');
    const ext = pinnedExtension(tmp, { hostPermissions: ['http://127.0.0.1/*'] });
    collector = await startCollector();
    const chromium = policyChromium(tmp);
    // A key without a collector address, an address Tailor will not use, a rep id with a control
    // character, and a tracking parameter that would override Tailor's own.
    chromium.setPolicy(ext.id, {
      collectorWriteKey: 'wk_policy',
      feedUrl: 'http://feeds.example.com/pack.json',
      repId: 'dana\u0007@example.com',
      trackingParams: { utm_source: 'it' },
      hashIdentifiers: true,
    });
    tailor = await launchTailor({ extensionDir: ext.dir, executablePath: chromium.executablePath });
  });
  afterAll(async () => {
    await tailor?.close();
    await collector?.close();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('lists each unusable value in Settings, and never sends the policy’s key to the rep’s collector', async () => {
    const page = await tailor.openPage('options.html#settings');
    const notice = page.getByTestId('policy-notice');
    await eventually(() => notice.textContent(), 20_000).toContain('collectorWriteKey (not used: the policy sets no usable collectorUrl');
    const text = await notice.textContent();
    expect(text).toContain('feedUrl (the feed address must use https://');
    expect(text).toContain('repId (contains a control character)');
    expect(text).toContain('trackingParams (utm_source is set by Tailor on every link and cannot be overridden)');
    expect(text).toMatch(/manages Hashed identifiers\./);
    expect(await page.getByLabel('Feed address').isDisabled()).toBe(false);

    // The rep points Tailor at a collector of their choosing: the organisation's key does not go there.
    await page.getByLabel('Collector address').fill(collector.url);
    await card(page, 'Usage export').getByRole('button', { name: 'Save' }).click();
    await eventually(() => page.getByTestId('collector-notice').textContent()).toBe('Saved.');
    await page.getByRole('button', { name: 'Send a test event' }).click();
    await eventually(() => page.getByTestId('test-event-result').textContent()).toMatch(/^Test event delivered/);
    expect(collector.batches.map((b) => b.authorization)).toEqual([undefined]);
    expect(tailor.errors).toEqual([]);
  });
});
