// The panel's first paint reads the view the background prepared for the followed tab. Two ways, timed in
// turn on the panel's page in real Chromium, with the session area holding TABS tabs' records, views (a
// real view of the sample library) and shown items, as a rep with many CRM tabs open has:
// - the whole session area, asked for at once with the active tab (until 2026-12-02);
// - the active tab, then its `view:<tabId>` item alone (since).
//   npm run build && npx tsx bench/first-paint-read.ts          (TABS=1 for one tab; RUNS=100 for fewer)
// Only the reads are timed (not the paint): the one step the two ways differ in.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, launchTailor } from '../e2e/harness';
import type { Asset } from '../lib/model';
import { readPack } from '../lib/pack/pack';
import { computePanelView } from '../lib/panel/model';
import { panelLibrary } from '../lib/panel/suggest';
import type { PanelView } from '../lib/panel/view';

const TABS = Number(process.env.TABS ?? 50);
const RUNS = Number(process.env.RUNS ?? 300);

const read = readPack(fs.readFileSync(path.join(ROOT, 'public/sample-library.json'), 'utf8'));
if (!read.ok) throw new Error('the sample library is invalid');
const library = panelLibrary(read.value.assets as Asset[], read.value.taxonomy);
const prospect = {
  name: 'Dana Whitfield',
  title: 'Sr. Director, Customer Care',
  company: 'Pinecrest Health',
  industry: 'Hospitals and Health Care',
  notes: 'Tickets are piling up and we keep missing SLAs. Agents are burned out.',
  source: { crm: 'salesforce' as const, recordType: 'contact', recordId: '0035g00000XyZabAAB' },
};
const view = computePanelView(library, prospect, { correction: undefined, feedback: [] }, '2026-12-02', 1);

const tailor = await launchTailor();
try {
  const page = await tailor.openPage('sidepanel.html');
  // tsx names the functions it compiles with a helper the page does not have.
  await page.evaluate('globalThis.__name = (f) => f');
  const result = await page.evaluate(
    async ({ view, TABS, RUNS }: { view: PanelView; TABS: number; RUNS: number }) => {
      const [me] = await chrome.tabs.query({ active: true, currentWindow: true });
      const items: Record<string, unknown> = {};
      for (let i = 0; i < TABS; i++) {
        const tabId = i === 0 ? me!.id! : 100_000 + i;
        items[`view:${tabId}`] = { ...view, detectedAt: i + 1 };
        items[`tab:${tabId}`] = { prospect: view.prospect, detectedAt: i + 1 };
        items[`shown:${tabId}`] = { detectedAt: i + 1, ids: view.items.map((x) => x.id) };
      }
      await chrome.storage.session.set(items);
      // The background may prepare the seeded records' views again once it has read the library: let it.
      await new Promise((r) => setTimeout(r, 3000));
      await chrome.storage.session.set(items);
      const whole = async () => {
        const [[tab], stored] = await Promise.all([chrome.tabs.query({ active: true, currentWindow: true }), chrome.storage.session.get(null)]);
        return stored[`view:${tab!.id}`];
      };
      const key = async () => {
        const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
        const k = `view:${tab!.id}`;
        return (await chrome.storage.session.get(k))[k];
      };
      const times: Record<'whole' | 'key', number[]> = { whole: [], key: [] };
      for (let i = 0; i < RUNS; i++) {
        // In turn, each first half the time.
        for (const [name, f] of (i % 2 ? [['whole', whole], ['key', key]] : [['key', key], ['whole', whole]]) as ['whole' | 'key', () => Promise<unknown>][]) {
          const t = performance.now();
          const got = (await f()) as { items?: unknown } | undefined;
          times[name].push(performance.now() - t);
          if (!got?.items) throw new Error(`${name}: the view was not read`);
        }
      }
      const at = (a: number[], p: number) => [...a].sort((x, y) => x - y)[Math.floor(p * (a.length - 1))]!;
      const bytes = new Blob([JSON.stringify(await chrome.storage.session.get(null))]).size;
      const figures = (a: number[]) => `median ${at(a, 0.5).toFixed(1)} ms, p90 ${at(a, 0.9).toFixed(1)} ms, min ${at(a, 0).toFixed(1)} ms`;
      return { bytes, whole: figures(times.whole), key: figures(times.key) };
    },
    { view, TABS, RUNS },
  );
  console.log(`session area: ${TABS} tabs, ${result.bytes.toLocaleString('en')} bytes; ${RUNS} reads each way, in turn`);
  console.log(`  whole area, with the tab at once: ${result.whole}`);
  console.log(`  the tab, then its view's key:     ${result.key}`);
} finally {
  await tailor.close();
}
