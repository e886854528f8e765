import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, countRows, launchTailor, waitUntil, type TailorBrowser } from './harness';

// The panel's first paint (entrypoints/sidepanel/first-paint.ts) and its hand-over to the full panel,
// with a record detected by the real content script and the background's prepared view: the
// suggestions appear from the small first script, and the full panel takes over with the same list
// at the same place, with no frame in between that shows no list, two lists or a "Loading".

interface Snapshot {
  /** Whether the first paint's container was still in the page. */
  firstPaint: boolean;
  lists: number;
  titles: string[];
  top: number;
  actionsReady: boolean;
  loading: boolean;
  /** How the tabs and the first suggestion's buttons look (computed opacity and colours). */
  look: string;
}

describe('the panel’s first paint in Chromium', () => {
  let tailor: TailorBrowser;
  let tabId: number;

  beforeAll(async () => {
    tailor = await launchTailor();
    const recordUrl = 'https://acme.lightning.force.com/lightning/r/Contact/0035g00000XyZabAAB/view';
    const html = fs.readFileSync(path.join(ROOT, 'tests/fixtures/crm/salesforce/contact.html'), 'utf8');
    await tailor.context.route(recordUrl, (r) => r.fulfill({ contentType: 'text/html', body: html }));
    // A rep with a library: the record is opened once the sample library is in the database. (A view
    // prepared before the library arrived would hold no suggestions, and is not prepared again until the
    // record is read again.)
    await waitUntil(() => countRows(tailor.worker, 'assets'), (n) => n > 0, 'the sample library', 30_000);
    const crm = await tailor.context.newPage();
    await crm.goto(recordUrl);
    const key = await waitUntil(
      () => tailor.worker.evaluate(async () => Object.keys(await chrome.storage.session.get(null)).find((k) => k.startsWith('view:'))),
      (k) => k !== undefined,
      'the background to prepare suggestions',
      30_000,
    );
    tabId = Number(key!.slice('view:'.length));
  });
  afterAll(() => tailor?.close());

  it('paints the prepared suggestions, then hands over to the full panel with the same list in the same place', async () => {
    const panel = await tailor.context.newPage();
    await panel.setViewportSize({ width: 360, height: 720 });
    // Every batch of changes to the page, as it stands when the changes are done (before the next paint).
    await panel.addInitScript(() => {
      const log: Snapshot[] = [];
      (window as unknown as { __log: Snapshot[] }).__log = log;
      const snapshot = () => {
        const lists = [...document.querySelectorAll('ul[aria-label="Suggested content"]')].filter((l) => l.checkVisibility());
        const items = lists[0] ? [...lists[0].querySelectorAll(':scope > li')] : [];
        return {
          firstPaint: document.getElementById('first-paint') !== null,
          lists: lists.length,
          titles: items.map((li) => li.querySelector('.s-title')!.textContent!),
          top: items[0]?.getBoundingClientRect().top ?? -1,
          actionsReady: items.some((li) => [...li.querySelectorAll('button')].some((b) => !b.disabled)),
          loading: [...document.querySelectorAll('[role="status"]')].some((s) => s.checkVisibility() && s.textContent === 'Loading suggestions…'),
          look: [...[...document.querySelectorAll('[role="tab"]')].filter((t) => t.checkVisibility()), ...(items[0]?.querySelectorAll('button') ?? [])]
            .map((b) => {
              const c = getComputedStyle(b);
              return `${b.textContent}: ${c.opacity} ${c.color} ${c.backgroundColor}`;
            })
            .join('; '),
        };
      };
      new MutationObserver(() => {
        const s = snapshot();
        if (s.lists > 0 || log.length > 0) log.push(s);
      }).observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
    });
    const errors: string[] = [];
    panel.on('pageerror', (e) => errors.push(e.message));
    panel.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await panel.goto(`chrome-extension://${tailor.extensionId}/sidepanel.html?tabId=${tabId}`);
    // The full panel in charge: its Copy link works.
    await panel.getByRole('list', { name: 'Suggested content' }).locator(':scope > li').first().getByRole('button', { name: 'Copy link' }).and(panel.locator(':enabled')).waitFor();
    const log = await panel.evaluate(() => (window as unknown as { __log: Snapshot[] }).__log);

    const first = log[0]!;
    expect(first.firstPaint, 'the suggestions first appear from the first paint').toBe(true);
    expect(first.actionsReady, 'the first paint’s actions wait for the full panel').toBe(false);
    expect(first.titles.length).toBeGreaterThan(0);
    const handedOver = log.findIndex((s) => !s.firstPaint);
    expect(handedOver, 'the full panel took over').toBeGreaterThan(0);
    for (const s of log) {
      expect(s.lists, 'one list shown at every moment').toBe(1);
      expect(s.loading, 'no "Loading" once the suggestions are shown').toBe(false);
      expect(s.titles, 'the same suggestions throughout').toEqual(first.titles);
      expect(s.top, 'the list does not move').toBe(first.top);
      expect(s.look, 'the tabs and buttons look the same before and after the hand-over').toBe(first.look);
    }
    expect(log.at(-1)!.actionsReady).toBe(true);
    expect(errors).toEqual([]);
    await panel.close();
  });
});
