import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, countStoreRows, readStoreRows, waitUntil } from './common';
import { clickWhenReady, launchTailorInFirefox, type TailorFirefox } from './firefox';

// The rep's main flow in real Firefox (the MV2 build with its sidebar): the sample library seeded and
// shown in the options page, a Salesforce record read by the real content script from a page served at
// its real address, its suggestions in Firefox's own sidebar (which Firefox opens on install and which
// follows the active tab) and in the sidebar's page opened as a tab pinned to the CRM tab with
// `?tabId=` (as the Chromium tests open the side panel), a link and an email snippet copied.
// One browser for the whole file: Firefox takes 5-7 s to start.

const fixture = (file: string) => fs.readFileSync(path.join(ROOT, 'tests/fixtures/crm', file), 'utf8');
const DANA_URL = 'https://acme.lightning.force.com/lightning/r/Contact/0035g00000XyZabAAB/view';
const OMAR_URL = 'https://app-eu1.hubspot.com/contacts/8765432/record/0-1/51';
const served = new Map([
  [DANA_URL, fixture('salesforce/contact.html')],
  [OMAR_URL, fixture('hubspot/contact.html')],
]);
const sampleAssets = (JSON.parse(fs.readFileSync(path.join(ROOT, 'public/sample-library.json'), 'utf8')) as { assets: { title: string }[] }).assets;

interface Stored {
  prospect: { name?: string; title?: string; company?: string; source?: { crm: string; recordId?: string; url?: string } };
}
interface UsageRow {
  type: string;
  assetId?: string;
  crm?: string;
  recordId?: string;
  context: { personas: string[] };
}

/** Puppeteer's ARIA query: the element with this role and accessible name. */
const byRole = (role: string, name: string) => `::-p-aria([name=${JSON.stringify(name)}][role=${JSON.stringify(role)}])`;

describe('Tailor in Firefox', () => {
  let tailor: TailorFirefox;
  let options: Page;
  let crm: Page;
  let panel: Page;
  let tabId: number;

  // The extension's own pages are privileged: session storage and the extension's IndexedDB are read
  // from the options page, as the Chromium tests read them from the service worker.
  const session = () => options.evaluate(async () => (await browser.storage.session.get(null)) as Record<string, Stored>);
  const events = () => options.evaluate(readStoreRows, 'events') as Promise<UsageRow[]>;
  /** Firefox's sidebar, read from the options page: the extension's windows share its process. */
  const sidebar = () =>
    options.evaluate(() => {
      // Firefox's `sidebar` view type is not in the Chrome-shaped types.
      const getViews = browser.extension.getViews as unknown as (filter: { type: 'sidebar' }) => (typeof globalThis)[];
      const [view] = getViews({ type: 'sidebar' });
      if (!view) return undefined;
      const doc = view.document;
      return {
        url: view.location.href,
        heading: doc.querySelector('#prospect-name')?.textContent ?? undefined,
        suggestions: doc.querySelectorAll('ul[aria-label="Suggested content"] > li').length,
        text: doc.body.textContent ?? '',
      };
    });
  const textOf = (page: Page, selector: string) => page.$eval(selector, (el) => el.textContent ?? '');
  const suggestions = () => panel.$$eval('ul[aria-label="Suggested content"] > li', (items) => items.map((li) => li.querySelector('h3')?.textContent ?? ''));
  /** The clipboard, read from the CRM tab: an ordinary page, as a rep pasting into the CRM would. */
  const clipboard = () =>
    crm.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      const read = async (type: string) => (item?.types.includes(type) ? (await item.getType(type)).text() : '');
      return { text: await read('text/plain'), html: await read('text/html') };
    });
  // Conditions are polled from here: puppeteer's in-page waitForFunction needs `new Function`, which an
  // extension page's content security policy refuses in Firefox 140.
  const status = (pattern: RegExp) =>
    waitUntil(() => panel.$$eval('[role="status"]', (all) => all.map((s) => s.textContent ?? '')), (all) => all.some((t) => pattern.test(t)), `a status ${pattern}`);

  beforeAll(async () => {
    tailor = await launchTailorInFirefox();
  });
  afterAll(async () => {
    await tailor?.close();
  });

  it('seeds the sample library on install and shows it in the options page', async () => {
    options = await tailor.openPage('options.html');
    await waitUntil(() => options.evaluate(countStoreRows, 'assets'), (n) => n === sampleAssets.length, 'the sample library');
    const table = await options.waitForSelector(byRole('table', 'Assets'));
    await waitUntil(() => table!.evaluate((t) => t.getAttribute('aria-rowcount')), (n) => n === String(sampleAssets.length + 1), 'every asset in the table');
    const shown = await table!.$$eval('.lt-body [role="row"]', (rows) => rows.map((r) => r.querySelector('.col-title')?.textContent ?? ''));
    expect(shown.length).toBeGreaterThan(5);
    for (const title of shown.slice(0, 5)) expect(sampleAssets.some((a) => title.startsWith(a.title))).toBe(true);
    expect(await options.$eval('body', (b) => b.textContent)).toContain(`${sampleAssets.length} assets`);
  });

  it('reads the Salesforce record on the page with the real content script', async () => {
    crm = await tailor.openServedPage(DANA_URL, served);
    const all = await waitUntil(session, (s) => Object.values(s).some((r) => r.prospect?.source?.url === DANA_URL), `a record from ${DANA_URL}`);
    const key = Object.keys(all).find((k) => all[k]!.prospect?.source?.url === DANA_URL)!;
    tabId = Number(key.slice('tab:'.length));
    expect(all[key]!.prospect).toMatchObject({
      name: 'Dana Whitfield',
      title: 'Chief Financial Officer',
      company: 'Mercy Regional Health',
      source: { crm: 'salesforce', recordId: '0035g00000XyZabAAB' },
    });
  });

  it('shows the record of the active tab in Firefox’s own sidebar', async () => {
    const shown = await waitUntil(sidebar, (v) => v?.heading === 'Dana Whitfield' && v.suggestions === 5, 'Dana Whitfield and five suggestions in the sidebar');
    expect(shown!.url).toBe(`${tailor.origin}/sidepanel.html`);
    expect(shown!.text).toContain('Finance executive');
    expect(shown!.text).toContain('Persona: Finance executive (from "Chief Financial Officer")');
  });

  it('shows the prospect, what Tailor read, and suggestions with reasons in the panel pinned to the CRM tab', async () => {
    panel = await tailor.openPage(`sidepanel.html?tabId=${tabId}`);
    await panel.waitForSelector(byRole('heading', 'Dana Whitfield'));
    // How Tailor read the prospect opens from its one line at a glance.
    await clickWhenReady(panel, '.pc-glance');
    const personas = await textOf(panel, byRole('group', 'Personas'));
    expect(personas).toContain('Finance executive');
    expect(personas).toContain('from “Chief Financial Officer”');
    expect(await textOf(panel, byRole('group', 'Industries'))).toContain('Healthcare and life sciences');
    await waitUntil(suggestions, (titles) => titles.length === 5, 'five suggestions');
    const first = await panel.$('ul[aria-label="Suggested content"] > li');
    expect(await first!.$eval('h3 a', (a) => a.getAttribute('href'))).toMatch(/^https:\/\//);
    expect(await first!.evaluate((li) => li.textContent)).toContain('Persona: Finance executive (from "Chief Financial Officer")');
    // What was shown on this record view is counted once: by the sidebar (while the CRM tab was active),
    // not again by this panel pinned to the same tab (checked again once this panel has recorded a share).
    const shownIds = await panel.$$eval('ul[aria-label="Suggested content"] > li h3', (titles) => titles.map((h) => h.id.replace(/^s-(.*)-title$/, '$1')));
    const impressions = await waitUntil(events, (e) => e.filter((x) => x.type === 'impression').length === 5, 'five impressions').then((e) =>
      e.filter((x) => x.type === 'impression'),
    );
    expect(impressions.every((x) => x.crm === 'salesforce' && x.recordId === '0035g00000XyZabAAB')).toBe(true);
    expect(new Set(impressions.map((x) => x.assetId))).toEqual(new Set(shownIds));
    // The sidebar follows the active tab, which is now this one: no CRM record there.
    await waitUntil(sidebar, (v) => v?.heading === undefined && (v?.text.includes('No CRM record on this page') ?? false), 'the sidebar following the active tab');
  });

  it('copies a tracked link, says so, and records the share', async () => {
    const first = 'ul[aria-label="Suggested content"] > li:first-child';
    const href = await panel.$eval(`${first} h3 a`, (a) => a.getAttribute('href')!);
    const [title] = await suggestions();
    await panel.bringToFront();
    await clickWhenReady(panel, `${first} ${byRole('button', 'Copy link')}`);
    await status(/^Link copied: /);
    expect(await textOf(panel, '[role="status"]')).toContain(`Link copied: ${title}`);
    const copied = new URL((await clipboard()).text);
    expect(`${copied.origin}${copied.pathname}`).toBe(href.split('?')[0]);
    expect(copied.searchParams.get('utm_source')).toBe('tailor');
    expect(copied.searchParams.get('utm_medium')).toBe('sales');
    expect(copied.searchParams.get('utm_campaign')).toMatch(/^tw-\d+$/);
    const share = await waitUntil(events, (e) => e.some((x) => x.type === 'copy-link'), 'the share recorded').then((e) => e.find((x) => x.type === 'copy-link')!);
    expect(share).toMatchObject({ crm: 'salesforce', recordId: '0035g00000XyZabAAB', assetId: copied.searchParams.get('utm_campaign') });
    expect(share.context.personas).toEqual(['finance-exec']);
    expect((await events()).filter((x) => x.type === 'impression')).toHaveLength(5);
  });

  it('copies two suggestions as one email snippet, rich and plain', async () => {
    const titles = (await suggestions()).slice(0, 2);
    for (const title of titles) await clickWhenReady(panel, byRole('checkbox', `Select ${title}`));
    await clickWhenReady(panel, `${byRole('region', 'Selected content')} ${byRole('button', 'Copy 2 for email')}`);
    await status(/^Copied 2 items for email/);
    const { text, html } = await clipboard();
    for (const title of titles) {
      expect(text).toContain(title);
      expect(html).toContain(title.replace(/&/g, '&amp;'));
    }
    expect(html).toContain('<a href="https://');
    expect(text).toMatch(/utm_source=tailor/);
  });

  it('follows the CRM tab to the next record, in the pinned panel and in the sidebar', async () => {
    await crm.goto(OMAR_URL);
    await panel.waitForSelector(byRole('heading', 'Omar Haddad'), { timeout: 10_000 });
    await clickWhenReady(panel, '.pc-glance');
    expect(await textOf(panel, byRole('group', 'Personas'))).toContain('Finance executive');
    expect(await textOf(panel, byRole('group', 'Industries'))).toContain('Banking and insurance');
    await crm.bringToFront();
    await waitUntil(sidebar, (v) => v?.heading === 'Omar Haddad', 'Omar Haddad in the sidebar');
  });

  it('reported no error from any of the extension’s pages, its background or its content script', async () => {
    // The channel is checked first: an uncaught error and a logged one, made on purpose in an extension
    // page, must arrive, or an empty list would prove nothing.
    await options.evaluate(() => {
      console.error('Tailor e2e probe: logged');
      setTimeout(() => {
        throw new Error('Tailor e2e probe: thrown');
      });
    });
    const probes = (lines: string[]) => lines.filter((l) => l.includes('Tailor e2e probe'));
    await waitUntil(async () => probes(tailor.errors).length, (n) => n === 2, 'both probes in the browser output');
    expect(tailor.errors.filter((l) => !l.includes('Tailor e2e probe'))).toEqual([]);
  });
});
