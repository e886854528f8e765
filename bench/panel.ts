// The rep's side panel with a 10,000-asset library in IndexedDB, in real Chromium: from opening the
// panel to suggestions painted, and a search keystroke to results painted; beside the naive approach
// (one Fuse.js index over every field, the prospect's text as the query), timed in the same page.
//   npm run build && npm run bench:panel          (ASSETS=50000 for a bigger library; OPENS=5 for fewer opens;
//   EXTENSION=<other build>/.output/chrome-mv3 to measure another build the same way;
//   VARIANT=<other build>/.output/chrome-mv3[,<another>] to open those builds' panel pages too, in turn with this one's;
//   EARLIER=0 to leave out the earlier way's opens)
//
// The bench runs a copy of the build (in a temporary folder, never shipped) with one page added: the floor,
// a static extension page with one element and no script, opened in the real side panel the same way
// (the same click, chrome.sidePanel.open), to show what the browser itself takes to show a panel page.
//
// Ways of opening the panel, in turn:
// - the real side panel, as a rep opens it: a click (chrome.sidePanel.open needs a user gesture) in an
//   extension page, then Chrome creates the panel's page at its address; the bench adds no script to it,
//   and reads what the page noted (navigation timing, the first paint's marks, Element Timing of the first
//   suggestion, paint timing) over the DevTools protocol once it is ready;
// - the way this bench opened it until 2026-12-02: a new tab (about:blank) sent to the panel's address,
//   with Playwright's init script watching the page (it adds script, and a cross-process navigation).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import type { Asset, LibraryPack } from '../lib/model';
import { readPack } from '../lib/pack/pack';
import { bundleForPage, EXTENSION_DIR, ROOT, countRows, launchTailor, waitUntil } from '../e2e/harness';
import { generateAssets } from './generate';

const SIZE = Number(process.env.ASSETS ?? 10_000);
/** Panel opens of each kind (OPENS=5 for a quick look). */
const OPENS = Number(process.env.OPENS ?? 15);
// Another build to measure with the same bench (an earlier commit's .output/chrome-mv3, for comparison).
const EXTENSION = process.env.EXTENSION ?? EXTENSION_DIR;
/** Other builds whose panel pages are opened in turn with this one's (comma-separated; their panel's files copied in beside). */
const VARIANT = process.env.VARIANT;
const EARLIER = process.env.EARLIER !== '0';
const read = readPack(fs.readFileSync(path.join(ROOT, 'public/sample-library.json'), 'utf8'));
if (!read.ok) throw new Error('the sample library is invalid');
const sample: LibraryPack = read.value;
const assets: Asset[] = generateAssets(SIZE, sample.taxonomy, 11).map((a) => ({ ...a, origin: 'pack', addedAt: 1, updatedAt: 1 }));
// What the naive approach is given: the same record's text.
const prospect = {
  title: 'Chief Financial Officer',
  industry: '',
  notes: 'Invoices sit for a week waiting on sign-off from department heads. Month-end close is reconciled in spreadsheets.',
};

const naive = await bundleForPage(`import Fuse from 'fuse.js';
      globalThis.naiveSuggest = (assets, query) => {
        const t = performance.now();
        const fuse = new Fuse(assets, { keys: ['title', 'description', 'tags', 'personas', 'industries', 'painPoints', 'type'], ignoreLocation: true, threshold: 0.4 });
        const built = performance.now() - t;
        const t2 = performance.now();
        fuse.search(query).slice(0, 5);
        return { built, search: performance.now() - t2 };
      };`);

/** One open of the real side panel, in ms from its navigation start unless said. */
interface RealOpen {
  clickToStart: number;
  clickToShown: number;
  shown: number;
  dcl: number;
  /** The load event, and when the page was first visible (Chrome shows the side panel's page once loaded). */
  load: number;
  visible: number;
  firstPaintBuilt: number;
  fcp: number;
  lcp: number;
  ready: number;
}

/** What the panel's page noted, read once it is ready (Element Timing and LCP entries are buffered). */
const readPanelTimes = `(async () => {
  const buffered = (type) => new Promise((resolve) => {
    const seen = [];
    const o = new PerformanceObserver((list) => seen.push(...list.getEntries()));
    o.observe({ type, buffered: true });
    setTimeout(() => { seen.push(...o.takeRecords()); o.disconnect(); resolve(seen); }, 50);
  });
  const element = (await buffered('element')).find((e) => e.identifier === 'tailor-first-suggestion');
  const lcp = (await buffered('largest-contentful-paint')).at(-1);
  const nav = performance.getEntriesByType('navigation')[0];
  const mark = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
  return JSON.stringify({
    origin: performance.timeOrigin,
    shown: element ? element.renderTime : null,
    dcl: nav ? nav.domContentLoadedEventStart : null,
    load: nav ? nav.loadEventStart : null,
    visible: performance.getEntriesByType('visibility-state').find((e) => e.name === 'visible')?.startTime ?? null,
    firstPaintBuilt: mark('tailor:first-paint'),
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    lcp: lcp ? lcp.renderTime || lcp.startTime : null,
    ready: mark('tailor:full-panel'),
  });
})()`;

/** The full panel in charge: its first suggestion's Copy link enabled (every build has one). */
const panelReady = `document.getElementById('first-paint') === null && [...document.querySelectorAll('[aria-label="Suggested content"] > li button')].some((b) => !b.disabled && b.checkVisibility())`;

/**
 * The floor: the least an extension page can be, one element of text marked for Element Timing as the
 * first suggestion's title is, no stylesheet and no script. What the browser takes to show it in the side
 * panel, from the same click, is what no change to Tailor's page can go below.
 */
const FLOOR_HTML = `<!doctype html>
<html lang="en"><head><meta charset="UTF-8"><title>Floor</title></head>
<body><h3 elementtiming="tailor-first-suggestion">The first suggestion's title</h3></body></html>
`;
/**
 * The same with one small module script, as any page that reads storage needs: the browser then creates
 * the page's script context with the extension's APIs, which a page without script may never do.
 */
const FLOOR_SCRIPT_HTML = FLOOR_HTML.replace('<title>Floor</title>', '<title>Floor</title><script type="module" src="/floor.js"></script>');
const FLOOR_SCRIPT = `performance.mark('floor:script');\n`;
/**
 * And the least a page can do that paints what the background prepared: the same two reads as Tailor's
 * first paint (the window's active tab, then its prepared view), then one element of text.
 */
const FLOOR_READ_HTML = FLOOR_HTML.replace('<title>Floor</title>', '<title>Floor</title><script type="module" src="/floor-read.js"></script>').replace(/<h3[^]*<\/h3>/, '');
const FLOOR_READ = `const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
const key = 'view:' + tab.id;
const view = (await chrome.storage.session.get(key))[key];
const h3 = document.createElement('h3');
h3.setAttribute('elementtiming', 'tailor-first-suggestion');
h3.textContent = view.items[0].title;
document.body.append(h3);
performance.mark('tailor:first-paint');
`;
/** Its Element Timing entry is the sign it is on screen (no full panel to wait for). */
const floorReady = `performance.getEntriesByType('element').length > 0 || new Promise((resolve) => {
  new PerformanceObserver((l, o) => { o.disconnect(); resolve(true); }).observe({ type: 'element', buffered: true });
  setTimeout(() => resolve(false), 200);
})`;

/** A page opened in the real side panel: its file in the extension, and when it is done. */
interface PanelPage {
  name: string;
  file: string;
  ready: string;
}

/**
 * The bench's copy of the build: the build's files, the floor page, and, with VARIANT, the other build's
 * panel pages as variant-N.html with the scripts and styles it names (their names carry a hash of their
 * content, so a name both builds have is the same file).
 */
function benchCopy(): { dir: string; pages: PanelPage[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tailor-bench-ext-'));
  fs.cpSync(EXTENSION, dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'floor.html'), FLOOR_HTML);
  fs.writeFileSync(path.join(dir, 'floor-script.html'), FLOOR_SCRIPT_HTML);
  fs.writeFileSync(path.join(dir, 'floor.js'), FLOOR_SCRIPT);
  fs.writeFileSync(path.join(dir, 'floor-read.html'), FLOOR_READ_HTML);
  fs.writeFileSync(path.join(dir, 'floor-read.js'), FLOOR_READ);
  // The manifest names sidepanel.html as the panel's page; every other page is opened through
  // sidePanel.setOptions. Tailor's page is opened that way too, as tailor-copy.html, so that it compares
  // with the floors and variants on equal terms, and the two rows of Tailor show what the default path is worth.
  fs.copyFileSync(path.join(dir, 'sidepanel.html'), path.join(dir, 'tailor-copy.html'));
  const pages: PanelPage[] = [
    { name: 'Tailor', file: 'sidepanel.html', ready: panelReady },
    { name: 'Tailor at another path (as the pages below)', file: 'tailor-copy.html', ready: panelReady },
    { name: 'the floor with the first paint’s two reads, then one element', file: 'floor-read.html', ready: floorReady },
    { name: 'the floor with one script (a mark)', file: 'floor-script.html', ready: floorReady },
    { name: 'the floor (static page, no script)', file: 'floor.html', ready: floorReady },
  ];
  // VARIANT=a,b: each build's panel page as variant-1.html, variant-2.html, after Tailor's.
  for (const [n, variant] of (VARIANT ? VARIANT.split(',') : []).entries()) {
    for (const sub of ['chunks', 'assets']) {
      if (!fs.existsSync(path.join(variant, sub))) continue;
      for (const f of fs.readdirSync(path.join(variant, sub))) if (!fs.existsSync(path.join(dir, sub, f))) fs.copyFileSync(path.join(variant, sub, f), path.join(dir, sub, f));
    }
    fs.copyFileSync(path.join(variant, 'sidepanel.html'), path.join(dir, `variant-${n + 1}.html`));
    pages.splice(2 + n, 0, { name: `variant ${n + 1} (${variant})`, file: `variant-${n + 1}.html`, ready: panelReady });
  }
  return { dir, pages };
}

/**
 * Opens the real side panel with a click in `clicker`, waits for it to be ready, reads its times, and
 * closes it. The panel's page is found among the browser's targets and spoken to over a DevTools session
 * (messages relayed through the clicker's session), which adds no script to the page.
 */
async function openRealPanel(cdp: CDPSession, clicker: Page, windowId: number, page: PanelPage): Promise<RealOpen> {
  const pages = /\/(sidepanel|tailor-copy|floor|floor-script|floor-read|variant-\d+)\.html(\?|$)/;
  const isPanel = (t: { type: string; url: string }) => t.type === 'page' && pages.test(t.url) && !t.url.includes('tabId=');
  const panelTarget = async () => (await cdp.send('Target.getTargets')).targetInfos.find(isPanel);
  if (await panelTarget()) throw new Error('a side panel is already open');
  // Which page the side panel opens (set before the click, which must call open at once).
  await clicker.evaluate((file) => chrome.sidePanel.setOptions({ path: file, enabled: true }), page.file);
  await clicker.click('#open-panel');
  const target = await waitUntil(panelTarget, (t) => t !== undefined, 'the side panel to open', 30_000);
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target!.targetId, flatten: false });
  let id = 0;
  const replies = new Map<number, (v: { result?: { result?: { value?: unknown } }; error?: { message: string } }) => void>();
  const onMessage = (e: { sessionId?: string; message: string }) => {
    if (e.sessionId !== sessionId) return;
    const m = JSON.parse(e.message) as { id?: number };
    if (m.id !== undefined) replies.get(m.id)?.(m as never);
  };
  cdp.on('Target.receivedMessageFromTarget', onMessage);
  const evaluate = async (expression: string): Promise<unknown> => {
    const i = ++id;
    const reply = new Promise<{ result?: { result?: { value?: unknown } }; error?: { message: string } }>((resolve) => replies.set(i, resolve));
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: i, method: 'Runtime.evaluate', params: { expression, returnByValue: true, awaitPromise: true } }) });
    const r = await reply;
    replies.delete(i);
    if (r.error) throw new Error(r.error.message);
    return r.result?.result?.value;
  };
  try {
    if (!new URL(target!.url).pathname.endsWith(`/${page.file}`)) throw new Error(`the side panel opened ${target!.url}, not ${page.file}`);
    await waitUntil(() => evaluate(page.ready), (ready) => ready === true, `${page.file} to be ready in the side panel`, 60_000);
    const t = JSON.parse((await evaluate(readPanelTimes)) as string) as Record<'origin' | 'shown' | 'dcl' | 'load' | 'visible' | 'firstPaintBuilt' | 'fcp' | 'lcp' | 'ready', number | null>;
    const clickedAt = await clicker.evaluate(() => (window as unknown as { clickedAt: number }).clickedAt);
    const num = (x: number | null) => x ?? NaN;
    return {
      clickToStart: t.origin! - clickedAt,
      clickToShown: t.origin! + num(t.shown) - clickedAt,
      shown: num(t.shown),
      dcl: num(t.dcl),
      load: num(t.load),
      visible: num(t.visible),
      firstPaintBuilt: num(t.firstPaintBuilt),
      fcp: num(t.fcp),
      lcp: num(t.lcp),
      ready: num(t.ready),
    };
  } finally {
    cdp.off('Target.receivedMessageFromTarget', onMessage);
    await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
    await clicker.evaluate((windowId) => (chrome.sidePanel as unknown as { close(o: { windowId: number }): Promise<void> }).close({ windowId }), windowId);
    await waitUntil(panelTarget, (t) => t === undefined, 'the side panel to close', 30_000);
  }
}

const loadBefore = os.loadavg()[0]!;
const copy = benchCopy();
const tailor = await launchTailor({ extensionDir: copy.dir });
try {
  await waitUntil(() => countRows(tailor.worker, 'assets'), (n) => n > 0, 'the sample library');
  // Replace the library with the generated one, in the extension's own database.
  await tailor.worker.evaluate(
    (list) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('tailor');
        open.onsuccess = () => {
          const tx = open.result.transaction('assets', 'readwrite');
          const store = tx.objectStore('assets');
          store.clear();
          for (const a of list) store.put(a);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    assets,
  );
  // The rep opens a CRM record: the content script reads it, the background prepares suggestions.
  const recordUrl = 'https://acme.lightning.force.com/lightning/r/Contact/0035g00000XyZabAAB/view';
  const html = fs.readFileSync(path.join(ROOT, 'tests/fixtures/crm/salesforce/contact.html'), 'utf8');
  await tailor.context.route(recordUrl, (r) => r.fulfill({ contentType: 'text/html', body: html }));
  const crm = await tailor.context.newPage();
  await crm.goto(recordUrl);
  const tabId = Number(
    (await waitUntil(
      () => tailor.worker.evaluate(async () => Object.keys(await chrome.storage.session.get(null)).find((k) => k.startsWith('view:'))),
      (k) => k !== undefined,
      'the background to prepare suggestions',
      30_000,
    ))!.slice(5),
  );
  // Each open is a new tab, as the side panel is a new page each time it opens (no earlier panel to unload).
  // Times are from the navigation's start (the page starting to load): the suggestions in the page and the
  // next frame begun (requestAnimationFrame), then the frame with them on screen (Element Timing's
  // renderTime, the time the browser presented it), and the panel able to act on them (a Copy link enabled).
  const noteTimes = () => {
    const w = window as unknown as Record<string, number | undefined>;
    document.addEventListener('DOMContentLoaded', () => (w.__dcl = performance.now()));
    const list = '[aria-label="Suggested content"] > li';
    // Element Timing reports the text of elements that carry the attribute, set here before the frame is
    // painted; on every list that appears, since a list replaced before it reached the screen never paints.
    new PerformanceObserver((entries) => {
      for (const e of entries.getEntries() as (PerformanceEntry & { renderTime: number })[]) w.__shown ??= e.renderTime;
    }).observe({ type: 'element', buffered: true });
    new MutationObserver((_, obs) => {
      const first = document.querySelector(list);
      if (!first) return;
      if (w.__inserted === undefined) {
        w.__inserted = performance.now();
        requestAnimationFrame(() => (w.__painted = performance.now()));
      }
      if (w.__shown !== undefined) obs.disconnect();
      else if (!first.hasAttribute('elementtiming')) for (const e of [first, ...first.querySelectorAll('*')]) e.setAttribute('elementtiming', 'first-suggestion');
    }).observe(document, { childList: true, subtree: true });
    new MutationObserver((_, obs) => {
      const button = [...document.querySelectorAll<HTMLButtonElement>(`${list} button`)].find((b) => !b.disabled && b.checkVisibility());
      if (!button) return;
      obs.disconnect();
      w.__ready = performance.now();
    }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled', 'hidden'] });
  };
  type Open = { dcl: number; painted: number; shown: number; ready: number };
  const opens: Open[] = [];
  const realOpens = new Map<PanelPage, RealOpen[]>(copy.pages.map((p) => [p, []]));
  // The clicker: a light page of the extension's (its managed-storage schema, shown as text), with a
  // button whose click opens the side panel for the record's window.
  const clicker = await tailor.context.newPage();
  await clicker.goto(`chrome-extension://${tailor.extensionId}/managed-schema.json`);
  const windowId = await clicker.evaluate(async (tabId) => (await chrome.tabs.get(tabId)).windowId, tabId);
  await clicker.evaluate(
    ({ tabId }) => {
      const button = document.createElement('button');
      button.id = 'open-panel';
      button.textContent = 'Open Tailor';
      button.style.cssText = 'position:fixed;inset:0 auto auto 0;z-index:1;width:200px;height:50px';
      button.addEventListener('click', () => {
        (window as unknown as { clickedAt: number }).clickedAt = performance.timeOrigin + performance.now();
        void chrome.sidePanel.open({ tabId });
      });
      document.body.append(button);
    },
    { tabId },
  );
  const cdp = await tailor.context.newCDPSession(clicker);
  let panel: Page | undefined;
  for (let i = 0; i < OPENS; i++) {
    // The record's tab in front, as when the rep clicks Tailor's button on it.
    await tailor.worker.evaluate((tabId) => chrome.tabs.update(tabId, { active: true }), tabId);
    // One panel at a time: the previous open's page (the full panel, in the extension's process) is closed first.
    await panel?.close();
    panel = undefined;
    // Each page in turn, starting with a different one each round, so none always follows the same one.
    for (let k = 0; k < copy.pages.length; k++) {
      const page = copy.pages[(i + k) % copy.pages.length]!;
      realOpens.get(page)!.push(await openRealPanel(cdp, clicker, windowId, page));
    }
    if (process.env.DEBUG) console.log(JSON.stringify({ real: copy.pages.map((p) => realOpens.get(p)!.at(-1)) }, (_, v: unknown) => (typeof v === 'number' ? Math.round(v) : v)));
    if (!EARLIER && i < OPENS - 1) continue;
    panel = await tailor.context.newPage();
    await panel.setViewportSize({ width: 360, height: 800 });
    await panel.addInitScript(noteTimes);
    await panel.goto(`chrome-extension://${tailor.extensionId}/sidepanel.html?tabId=${tabId}`);
    await panel.waitForFunction(() => ['__shown', '__ready'].every((k) => (window as unknown as Record<string, unknown>)[k] !== undefined));
    opens.push(await panel.evaluate(() => {
      const w = window as unknown as Record<string, number>;
      return { dcl: w.__dcl!, painted: w.__painted!, shown: w.__shown!, ready: w.__ready! };
    }));
    if (process.env.DEBUG) console.log(JSON.stringify({ tab: opens.at(-1) }, (_, v: unknown) => (typeof v === 'number' ? Math.round(v) : v)));
  }
  panel = panel!;
  const loadAfter = os.loadavg()[0]!;
  // What the page loads before its first paint: the scripts and styles its HTML names.
  const panelHtml = fs.readFileSync(path.join(EXTENSION, 'sidepanel.html'), 'utf8');
  const firstFiles = [...panelHtml.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  const kb = (files: string[]) => (files.reduce((n, f) => n + fs.statSync(path.join(EXTENSION, f)).size, 0) / 1024).toFixed(1);

  // Keystrokes: each character typed, to the results rendered (work) and to the next frame painted.
  await panel.getByRole('tab', { name: 'Search' }).click();
  await panel.getByRole('searchbox', { name: 'Search library' }).waitFor();
  await panel.evaluate('globalThis.__name = (f) => f');
  await panel.waitForFunction(() => !document.body.textContent?.includes('Preparing search'));
  const keystrokes = await panel.evaluate(async () => {
    const box = document.querySelector('input[aria-label="Search library"]') as HTMLInputElement;
    const work: number[] = [];
    const frame: number[] = [];
    for (const query of ['workflow', 'approvals', 'torvexa helth', 'onbording checklist']) {
      box.value = '';
      box.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
      for (let i = 1; i <= query.length; i++) {
        const t = performance.now();
        box.value = query.slice(0, i);
        box.dispatchEvent(new Event('input', { bubbles: true }));
        // Preact renders in a microtask after the state change: a task later, the DOM is up to date.
        await new Promise((r) => setTimeout(r, 0));
        work.push(performance.now() - t);
        await new Promise((r) => requestAnimationFrame(() => r(null)));
        frame.push(performance.now() - t);
      }
    }
    return { work, frame };
  });

  await panel.evaluate(naive);
  const naiveRun = await panel.evaluate(
    ([list, q]) => (globalThis as unknown as { naiveSuggest: (a: unknown[], q: string) => { built: number; search: number } }).naiveSuggest(list, q),
    [assets, [prospect.title, prospect.industry, prospect.notes].join(' ')] as const,
  );

  const q = (xs: number[], f: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * f))]!;
  const ms = (x: number) => `${Math.round(x)} ms`;
  const med = (k: keyof Open) => q(opens.map((o) => o[k]), 0.5);
  const p90 = (k: keyof Open) => q(opens.map((o) => o[k]), 0.9);
  const n = (xs: number[]) => xs.filter((x) => Number.isFinite(x));
  const medOf = (xs: number[]) => (n(xs).length ? ms(q(n(xs), 0.5)) : 'n/a');
  const p90Of = (xs: number[]) => (n(xs).length ? ms(q(n(xs), 0.9)) : 'n/a');
  const real = (page: PanelPage, k: keyof RealOpen) => realOpens.get(page)!.map((o) => o[k]);
  const tailorPage = copy.pages[0]!;
  for (const [page, list] of realOpens) console.log(`real side panel, ${page.name}, on screen from the click: ${list.map((o) => (Number.isFinite(o.clickToShown) ? Math.round(o.clickToShown) : 'n/a')).join(', ')} ms`);
  if (EARLIER) console.log(`new tab (the earlier way), suggestions on screen: ${opens.map((o) => Math.round(o.shown)).join(', ')} ms`);
  console.log(`\nThe side panel with ${SIZE.toLocaleString('en-US')} assets in IndexedDB, Chromium ${tailor.context.browser()?.version() ?? ''}, ${EXTENSION === EXTENSION_DIR ? 'this build' : EXTENSION}; load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after`);
  console.log(`Before its first paint the page loads ${firstFiles.filter((f) => f.endsWith('.js')).length} script(s), ${kb(firstFiles.filter((f) => f.endsWith('.js')))} KB, and ${kb(firstFiles.filter((f) => f.endsWith('.css')))} KB of CSS (${firstFiles.join(', ')})\n`);
  console.log('| opened as | on screen (first suggestion; the floor: its one element), median (p90) | from the click | DOMContentLoaded | load / visible | first paint built | first contentful paint | largest contentful paint | actions ready |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const page of copy.pages)
    console.log(
      `| the real side panel: ${page.name} (click, no script added; ${realOpens.get(page)!.length} opens) | ${medOf(real(page, 'shown'))} (${p90Of(real(page, 'shown'))}) | ${medOf(real(page, 'clickToShown'))} (${p90Of(real(page, 'clickToShown'))}); click to navigation start ${medOf(real(page, 'clickToStart'))} | ${medOf(real(page, 'dcl'))} | ${medOf(real(page, 'load'))} / ${medOf(real(page, 'visible'))} | ${medOf(real(page, 'firstPaintBuilt'))} | ${medOf(real(page, 'fcp'))} | ${medOf(real(page, 'lcp'))} | ${medOf(real(page, 'ready'))} |`,
    );
  if (EARLIER)
    console.log(
      `| a new tab sent to the address, init script (until 2026-12-02; ${opens.length} opens) | ${ms(med('shown'))} (${ms(p90('shown'))}); next frame begun ${ms(med('painted'))} | | ${ms(med('dcl'))} | | | | | ${ms(med('ready'))} |`,
    );
  const gaps = realOpens.get(tailorPage)!.map((o, i) => o.shown - (realOpens.get(copy.pages.at(-1)!)![i]?.shown ?? NaN));
  console.log(`\nTailor above the floor, open by open (the same round): median ${medOf(gaps)} (p90 ${p90Of(gaps)}) on screen from the navigation start.`);
  console.log('\nTimes from the navigation start (the page starting to load) unless said; "n/a": this build does not mark its first suggestion for Element Timing, or its full panel taking over.\n');
  console.log('| approach | open to suggestions painted | search keystroke to results painted |');
  console.log('|---|---|---|');
  console.log(
    `| Tailor | real side panel: median ${medOf(real(tailorPage, 'shown'))} on screen (${medOf(real(tailorPage, 'clickToShown'))} from the click; the floor: ${medOf(real(copy.pages.at(-1)!, 'shown'))}) | rendered: median ${q(keystrokes.work, 0.5).toFixed(1)} ms, p95 ${q(keystrokes.work, 0.95).toFixed(1)} ms; painted (next frame): median ${q(keystrokes.frame, 0.5).toFixed(1)} ms (${keystrokes.work.length} keystrokes) |`,
  );
  console.log(`| naive: one Fuse index over all fields | index ${ms(naiveRun.built)} + query ${ms(naiveRun.search)} on top of loading | one query: ${ms(naiveRun.search)} |`);
  if (tailor.errors.length) console.log(`page errors: ${tailor.errors.join('; ')}`);
} finally {
  await tailor.close();
  fs.rmSync(copy.dir, { recursive: true, force: true });
}
