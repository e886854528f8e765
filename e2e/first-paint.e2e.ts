import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { logChanges, type Snapshot } from './first-paint-log';
import { ROOT, countRows, launchTailor, waitUntil, type TailorBrowser } from './harness';

// The panel's first paint (entrypoints/sidepanel/first-paint.ts) and its hand-over to the full panel,
// with a record detected by the real content script and the background's prepared view: the
// suggestions appear from the small first script, and the full panel takes over with the same list
// at the same place, with no frame in between that shows no list, two lists or a "Loading".

/** Imports one asset through the options page's Import dialog, as marketing would. */
async function importAsset(options: Page, asset: Record<string, unknown>) {
  const sample = JSON.parse(fs.readFileSync(path.join(ROOT, 'public/sample-library.json'), 'utf8')) as Record<string, unknown>;
  await options.getByRole('button', { name: 'Import…' }).click();
  const dialog = options.getByRole('dialog', { name: 'Import content' });
  await dialog.locator('input[type=file]').setInputFiles({ name: 'fresh.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...sample, assets: [asset] })) });
  await dialog.getByRole('button', { name: 'Import 1 asset' }).click();
  await dialog.getByTestId('import-done').waitFor();
  await dialog.getByRole('button', { name: 'Done' }).click();
}

describe('the panel’s first paint in Chromium', () => {
  let tailor: TailorBrowser;
  let tabId: number;
  type View = { items: { id: string; title: string }[]; context: { personas: string[]; industries: string[]; painPoints: string[] } };
  /** The view the background prepared for the record's tab, read from any extension context. */
  const prepared = (where: Pick<Page, 'evaluate'>) => where.evaluate(async (key) => (await chrome.storage.session.get(key))[key] as View | undefined, `view:${tabId}`);

  beforeAll(async () => {
    tailor = await launchTailor();
    const recordUrl = 'https://acme.lightning.force.com/lightning/r/Contact/0035g00000XyZabAAB/view';
    const html = fs.readFileSync(path.join(ROOT, 'tests/fixtures/crm/salesforce/contact.html'), 'utf8');
    await tailor.context.route(recordUrl, (r) => r.fulfill({ contentType: 'text/html', body: html }));
    // A rep with a library: the record is opened once the sample library is in the database (a record
    // read before would get its view prepared again when the library arrives: the test below covers that
    // kind of change).
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
    await logChanges(panel);
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
      expect(s.look, 'the tabs, buttons and selection boxes look the same before and after the hand-over').toBe(first.look);
    }
    expect(log.at(-1)!.actionsReady).toBe(true);
    expect(errors).toEqual([]);
    await panel.close();
  });
  it('in the real side panel, following the window’s active tab, the first paint shows the prepared list', async () => {
    // The record's tab in front; a click in an extension page opens the side panel for it (a user gesture
    // is needed), and the panel, not pinned, works out the tab it follows.
    const view = (await prepared(tailor.worker))!;
    const clicker = await tailor.openPage('managed-schema.json');
    await clicker.evaluate((id) => {
      const button = document.createElement('button');
      button.id = 'open-panel';
      button.textContent = 'Open Tailor';
      button.style.cssText = 'position:fixed;inset:0 auto auto 0;width:200px;height:50px';
      button.addEventListener('click', () => void chrome.sidePanel.open({ tabId: id }));
      document.body.append(button);
    }, tabId);
    const cdp = await tailor.context.newCDPSession(clicker);
    const panelTarget = async () =>
      (await cdp.send('Target.getTargets')).targetInfos.find((t) => t.type === 'page' && /\/sidepanel\.html$/.test(t.url));
    // The clicker's tab stays behind the record's (a click reaches it all the same).
    await tailor.worker.evaluate((id) => chrome.tabs.update(id, { active: true }), tabId);
    await clicker.click('#open-panel');
    await waitUntil(panelTarget, (t) => t !== undefined, 'the side panel to open', 30_000);
    // What the page marked: the first paint drew the prepared view (not the empty one), and its first title.
    // Playwright does not list a side panel's page: it is reached over a DevTools session, adding no script.
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: (await panelTarget())!.targetId, flatten: false });
    let id = 0;
    const evaluate = (expression: string) =>
      new Promise<unknown>((resolve) => {
        const i = ++id;
        const onMessage = (e: { sessionId?: string; message: string }) => {
          const m = JSON.parse(e.message) as { id?: number; result?: { result?: { value?: unknown } } };
          if (e.sessionId !== sessionId || m.id !== i) return;
          cdp.off('Target.receivedMessageFromTarget', onMessage);
          resolve(m.result?.result?.value);
        };
        cdp.on('Target.receivedMessageFromTarget', onMessage);
        void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: i, method: 'Runtime.evaluate', params: { expression, returnByValue: true } }) });
      });
    const seen = await waitUntil(
      async () =>
        JSON.parse(
          (await evaluate(
            `JSON.stringify({ built: performance.getEntriesByName('tailor:first-paint').length, empty: performance.getEntriesByName('tailor:first-paint-empty').length, title: document.querySelector('#first-paint .s-title, .s-title')?.textContent ?? null })`,
          )) as string,
        ) as { built: number; empty: number; title: string | null },
      (v) => v.built + v.empty > 0,
      'the first paint in the side panel',
    );
    expect(seen).toEqual({ built: 1, empty: 0, title: view.items[0]!.title });
    const windowId = await clicker.evaluate(async (id) => (await chrome.tabs.get(id)).windowId, tabId);
    await clicker.evaluate((w) => (chrome.sidePanel as unknown as { close(o: { windowId: number }): Promise<void> }).close({ windowId: w }), windowId);
    await clicker.close();
  });

  it('prepares the view again when the library changes after the record was read: the first paint shows the new list', async () => {
    const before = (await prepared(tailor.worker))!;
    // A new asset that fits this prospect better than anything in the library: every persona, industry
    // and pain point the prospect was read as, published recently.
    const fresh = {
      id: 'fp-fresh-1',
      title: 'Close the month in three days: the approvals guide for finance chiefs',
      url: 'https://www.tidewell.example/guides/close-the-month',
      type: 'one-pager',
      description: 'Invoice sign-off and month-end close without spreadsheets.',
      ...before.context,
      stage: 'consideration',
      publishedAt: '2026-11-20',
      tags: ['month-end close', 'invoice approvals'],
    };
    const options = await tailor.openPage('options.html');
    await importAsset(options, fresh);
    // The background prepares the record's view again (before this change it kept the one prepared
    // when the record was read, until the record was read again).
    const after = await waitUntil(() => prepared(tailor.worker), (v) => v?.items[0]?.id === fresh.id, 'the background to prepare the view again with the new asset first', 30_000);
    expect(after!.items.map((i) => i.id)).not.toEqual(before.items.map((i) => i.id));

    const panel = await tailor.context.newPage();
    await panel.setViewportSize({ width: 360, height: 720 });
    await logChanges(panel);
    await panel.goto(`chrome-extension://${tailor.extensionId}/sidepanel.html?tabId=${tabId}`);
    await panel.getByRole('list', { name: 'Suggested content' }).locator(':scope > li').first().getByRole('button', { name: 'Copy link' }).and(panel.locator(':enabled')).waitFor();
    const log = await panel.evaluate(() => (window as unknown as { __log: Snapshot[] }).__log);
    expect(log[0]!.firstPaint, 'the suggestions first appear from the first paint').toBe(true);
    expect(log[0]!.titles[0], 'the first paint shows the new first suggestion').toBe(fresh.title);
    for (const s of log) expect(s.titles, 'no frame shows the old list').toEqual(log[0]!.titles);
    expect(log.some((s) => !s.firstPaint), 'the full panel took over').toBe(true);
    await panel.close();
    await options.close();
  });
  it('prepares the views again when the library changed while the background was asleep', async () => {
    const options = await tailor.openPage('options.html');
    const before = (await prepared(options))!;
    // The service worker stops, as Chrome stops it when idle: Dexie's notifications of the options
    // page's writes then reach nobody in the background.
    await tailor.worker.evaluate(() => ((globalThis as unknown as { asleep?: boolean }).asleep = false));
    const cdp = await tailor.context.newCDPSession(options);
    const { targetInfos } = await cdp.send('Target.getTargets');
    const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${tailor.extensionId}/`));
    await cdp.send('Target.closeTarget', { targetId: worker!.targetId });
    const another = { id: 'fp-fresh-2', title: 'Sign-off in a day: invoice approvals for finance teams', url: 'https://www.tidewell.example/guides/sign-off-in-a-day', type: 'one-pager', description: 'Invoice approvals without the wait.', ...before.context, stage: 'consideration', publishedAt: '2026-11-28', tags: ['invoice approvals'] };
    await importAsset(options, another);
    const after = await waitUntil(() => prepared(options), (v) => v?.items.some((i) => i.id === another.id) ?? false, 'the woken background to prepare the view again', 30_000);
    expect(after!.items.map((i) => i.id)).not.toEqual(before.items.map((i) => i.id));
    expect(await tailor.worker.evaluate(() => (globalThis as unknown as { asleep?: boolean }).asleep), 'the background was started again').toBeUndefined();
    await options.close();
  });
});
