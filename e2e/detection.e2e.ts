import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, countRows, launchTailor, waitUntil, type TailorBrowser } from './harness';

// Fixture pages served at their real CRM addresses: the content script's own match patterns apply.
const fixtures = path.join(ROOT, 'tests/fixtures/crm');
const page = (file: string) => fs.readFileSync(path.join(fixtures, file), 'utf8');

interface Stored {
  prospect: { name?: string; title?: string; company?: string; stage?: string; source?: { crm: string; recordId?: string } };
  amount?: string;
}

/** Lightning moving to another contact without a page load: the address first, then (after `delayMs`)
 * the old record hidden and the next one shown. */
function navigateInPlace(crm: Page, recordId: string, name: string, delayMs: number) {
  return crm.evaluate(
    ([id, who, delay]) => {
      history.pushState({}, '', `/lightning/r/Contact/${id}/view`);
      const swap = () => {
        const active = document.querySelector('.windowViewMode-normal.active')!;
        active.classList.remove('active');
        (active as HTMLElement).style.display = 'none';
        const next = document.createElement('div');
        next.className = 'windowViewMode-normal oneContent active';
        const highlights = document.createElement('records-highlights2');
        const field = document.createElement('div');
        field.setAttribute('slot', 'primaryField');
        field.textContent = who;
        highlights.append(field);
        next.append(highlights);
        active.parentElement!.append(next);
      };
      if (delay) setTimeout(swap, delay);
      else swap();
    },
    [recordId, name, delayMs] as const,
  );
}

describe('prospect detection in Chromium', () => {
  let tailor: TailorBrowser;
  const served = new Map<string, string>();

  /** The tab showing `p`: the key under which the background stored a record from that page. */
  const tabIdOf = async (p: Page) => {
    const url = p.url();
    const key = await waitUntil(
      () =>
        tailor.worker.evaluate(async (u) => {
          const all = (await chrome.storage.session.get(null)) as Record<string, Stored>;
          return Object.keys(all).find((k) => k.startsWith('tab:') && all[k]?.prospect.source && (all[k]!.prospect.source as { url?: string }).url === u);
        }, url),
      (k) => k !== undefined,
      `a record from ${url}`,
    );
    return Number(key!.slice(4));
  };
  const stored = (tabId: number) =>
    tailor.worker.evaluate(async (key) => ((await chrome.storage.session.get(key)) as Record<string, Stored | undefined>)[key], `tab:${tabId}`);

  beforeAll(async () => {
    tailor = await launchTailor();
    await waitUntil(() => countRows(tailor.worker, 'assets'), (n) => n > 0, 'the sample library');
    const routes: [string, string][] = [
      ['https://acme.lightning.force.com/lightning/r/Contact/0035g00000XyZabAAB/view', 'salesforce/contact.html'],
      ['https://acme.lightning.force.com/lightning/r/Contact/0035g00000PrIyaAAB/view', 'salesforce/lazy.html'],
      ['https://acme.lightning.force.com/lightning/r/Opportunity/0065g00000QrStUAAV/view', 'salesforce/opportunity.html'],
      ['https://app-eu1.hubspot.com/contacts/8765432/record/0-1/51', 'hubspot/contact.html'],
      ['https://www.linkedin.com/in/priya-raman-cx/', 'linkedin/profile.html'],
      ['https://crm.zoho.in/crm/org70012345/tab/Potentials/5123000000222222', 'zoho/deal.html'],
      ['https://example.com/blog/post', 'linkedin/feed.html'],
    ];
    for (const [url, file] of routes) served.set(url, page(file));
    await tailor.context.route(/^https:\/\/(acme\.lightning\.force\.com|app-eu1\.hubspot\.com|www\.linkedin\.com|crm\.zoho\.in|example\.com)\//, (route) => {
      const body = served.get(route.request().url());
      return body ? route.fulfill({ contentType: 'text/html; charset=utf-8', body }) : route.fulfill({ status: 404, body: 'not found' });
    });
  });
  afterAll(async () => {
    await tailor?.close();
  });

  it('detects a Salesforce contact, then follows a single-page navigation to another record', async () => {
    const crm = await tailor.context.newPage();
    await crm.goto('https://acme.lightning.force.com/lightning/r/Contact/0035g00000XyZabAAB/view');
    const tabId = await tabIdOf(crm);
    await expect.poll(() => stored(tabId).then((s) => s?.prospect.name), { timeout: 10_000 }).toBe('Dana Whitfield');
    expect((await stored(tabId))?.prospect).toMatchObject({ title: 'Chief Financial Officer', company: 'Mercy Regional Health', source: { crm: 'salesforce', recordId: '0035g00000XyZabAAB' } });

    // Lightning swaps the record in place: a new address, the old record hidden, the new one shown.
    await navigateInPlace(crm, '0035g00000NeWidAAB', 'Jordan Lee', 0);
    await expect.poll(() => stored(tabId).then((s) => s?.prospect), { timeout: 5_000 }).toMatchObject({ name: 'Jordan Lee', source: { recordId: '0035g00000NeWidAAB' } });
    await crm.close();
  });

  it('never pairs the next record’s address with the fields of the one before, while the next one loads', async () => {
    const crm = await tailor.context.newPage();
    await crm.goto('https://acme.lightning.force.com/lightning/r/Contact/0035g00000XyZabAAB/view');
    const tabId = await tabIdOf(crm);
    await expect.poll(() => stored(tabId).then((s) => s?.prospect.name), { timeout: 10_000 }).toBe('Dana Whitfield');
    // Every record the background is told about this tab, from here on.
    await tailor.worker.evaluate((id) => {
      const seen: unknown[] = [];
      (globalThis as unknown as { __seen: unknown[] }).__seen = seen;
      chrome.storage.onChanged.addListener((changes, area) => {
        if (area === 'session' && changes[`tab:${id}`]) seen.push(changes[`tab:${id}`]!.newValue);
      });
    }, tabId);
    // A slow CRM: the address changes at once, the next record arrives 700 ms later.
    await navigateInPlace(crm, '0035g00000SloWaAAB', 'Sam Ortiz', 700);
    await expect.poll(() => stored(tabId).then((s) => s?.prospect.name), { timeout: 5_000 }).toBe('Sam Ortiz');
    const seen = await tailor.worker.evaluate(() => (globalThis as unknown as { __seen: { prospect?: { name?: string; source?: { recordId?: string } } }[] }).__seen);
    expect(seen.filter((r) => r?.prospect?.source?.recordId === '0035g00000SloWaAAB').map((r) => r.prospect?.name)).toEqual(['Sam Ortiz']);
    await crm.close();
  });

  it('picks up a field that renders a second late', async () => {
    const crm = await tailor.context.newPage();
    await crm.goto('https://acme.lightning.force.com/lightning/r/Contact/0035g00000PrIyaAAB/view');
    const tabId = await tabIdOf(crm);
    await expect.poll(() => stored(tabId).then((s) => s?.prospect.name), { timeout: 10_000 }).toBe('Priya Nair');
    await expect.poll(() => stored(tabId).then((s) => s?.prospect.title), { timeout: 10_000 }).toBe('VP Operations');
    await crm.close();
  });

  it('reads HubSpot on a regional host and LinkedIn, and nothing on other sites', async () => {
    const hubspot = await tailor.context.newPage();
    await hubspot.goto('https://app-eu1.hubspot.com/contacts/8765432/record/0-1/51');
    const hubspotTab = await tabIdOf(hubspot);
    await expect.poll(() => stored(hubspotTab).then((s) => s?.prospect), { timeout: 10_000 }).toMatchObject({ name: 'Omar Haddad', title: 'VP, Finance', source: { crm: 'hubspot' } });

    const linkedin = await tailor.context.newPage();
    await linkedin.goto('https://www.linkedin.com/in/priya-raman-cx/');
    const linkedinTab = await tabIdOf(linkedin);
    await expect.poll(() => stored(linkedinTab).then((s) => s?.prospect), { timeout: 10_000 }).toMatchObject({ name: 'Priya Raman', company: 'Cobaltline Telecom', source: { crm: 'linkedin' } });

    const other = await tailor.context.newPage();
    await other.goto('https://example.com/blog/post');
    // The content script does not run there at all: no record comes from that site.
    expect(await tailor.worker.evaluate(async () => (chrome.runtime.getManifest().content_scripts ?? []).flatMap((c) => c.matches ?? []))).not.toContain('<all_urls>');
    await linkedin.goto('https://example.com/blog/post');
    await expect.poll(() => stored(linkedinTab), { timeout: 5_000 }).toBeUndefined();
    const all = await tailor.worker.evaluate(async () => JSON.stringify(await chrome.storage.session.get(null)));
    expect(all).not.toContain('example.com');
    await Promise.all([hubspot.close(), linkedin.close(), other.close()]);
  });

  it('shows the detected prospect’s suggestions in the panel, and follows a record change', async () => {
    const crm = await tailor.context.newPage();
    await crm.goto('https://app-eu1.hubspot.com/contacts/8765432/record/0-1/51');
    const tabId = await tabIdOf(crm);
    const panel = await tailor.openPage(`sidepanel.html?tabId=${tabId}`);
    await panel.getByRole('heading', { name: 'Omar Haddad' }).waitFor();
    const suggestions = panel.getByRole('list', { name: 'Suggested content' }).locator(':scope > li');
    await expect.poll(() => suggestions.count()).toBeGreaterThan(0);
    expect(await panel.getByRole('group', { name: 'Personas' }).textContent()).toContain('Finance executive');
    expect(await panel.getByRole('group', { name: 'Industries' }).textContent()).toContain('Banking and insurance');
    await crm.bringToFront();
    await crm.goto('https://acme.lightning.force.com/lightning/r/Contact/0035g00000XyZabAAB/view');
    await panel.getByRole('heading', { name: 'Dana Whitfield' }).waitFor({ timeout: 10_000 });
    await panel.close();
    await crm.close();
  });

  it('forgets a tab’s record when the tab closes', async () => {
    const crm = await tailor.context.newPage();
    await crm.goto('https://app-eu1.hubspot.com/contacts/8765432/record/0-1/51');
    const tabId = await tabIdOf(crm);
    await expect.poll(() => stored(tabId).then((s) => s?.prospect.name), { timeout: 10_000 }).toBe('Omar Haddad');
    await crm.close();
    await expect.poll(() => stored(tabId), { timeout: 5_000 }).toBeUndefined();
  });

  it('credits the content shared on an account when its deal is seen won', async () => {
    // A rep shared an asset on a contact of Brightcrest University, then the deal shows Closed Won.
    await tailor.worker.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('tailor');
          open.onsuccess = () => {
            const tx = open.result.transaction('events', 'readwrite');
            tx.objectStore('events').add({ type: 'copy-link', at: Date.now() - 86_400_000, assetId: 'tw-005', account: 'brightcrest university', context: { personas: [], industries: [], painPoints: [] } });
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    const crm = await tailor.context.newPage();
    await crm.goto('https://crm.zoho.in/crm/org70012345/tab/Potentials/5123000000222222');
    const outcomes = () =>
      tailor.worker.evaluate(
        () =>
          new Promise<unknown[]>((resolve) => {
            const open = indexedDB.open('tailor');
            open.onsuccess = () => {
              const req = open.result.transaction('outcomes').objectStore('outcomes').getAll();
              req.onsuccess = () => {
                open.result.close();
                resolve(req.result);
              };
            };
          }),
      );
    await expect.poll(outcomes, { timeout: 10_000 }).toEqual([
      expect.objectContaining({ dealKey: 'zoho:deal:5123000000222222', account: 'brightcrest university', amount: 64_000, assetIds: ['tw-005'] }),
    ]);
    await crm.close();
  });

  it('keeps the content script small', () => {
    const size = fs.statSync(path.join(ROOT, '.output/chrome-mv3/content-scripts/crm.js')).size;
    const gzipped = gzipSync(fs.readFileSync(path.join(ROOT, '.output/chrome-mv3/content-scripts/crm.js'))).length;
    expect(size).toBeGreaterThan(1000);
    expect(gzipped).toBeLessThanOrEqual(15 * 1024);
  });
});
