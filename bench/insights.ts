// Insights over a year of usage in real Chromium: a million events in IndexedDB, the insights page
// from daily roll-ups versus the naive scan of every event, and what recording one event costs.
//   npm run build && npm run bench:insights        (EVENTS=200000 for a quicker run)
import fs from 'node:fs';
import path from 'node:path';
import type { LibraryPack, UsageEvent, UsageEventType } from '../lib/model';
import { readPack } from '../lib/pack/pack';
import { addDays } from '../lib/library/status';
import { todayIso } from '../lib/model';
import type { DayRollup } from '../lib/model';
import { addToRollup, dayOf, emptyRollup } from '../lib/usage/rollup';
import { bundleForPage, ROOT, countRows, launchTailor, waitUntil } from '../e2e/harness';
import { rng } from './generate';

const EVENTS = Number(process.env.EVENTS ?? 1_000_000);
const read = readPack(fs.readFileSync(path.join(ROOT, 'public/sample-library.json'), 'utf8'));
if (!read.ok) throw new Error('the sample library is invalid');
const sample: LibraryPack = read.value;
const now = Date.now();
const YEAR = 365 * 86_400_000;

const TYPES: [UsageEventType, number][] = [
  ['impression', 0.72],
  ['open', 0.08],
  ['copy-link', 0.1],
  ['copy-email', 0.05],
  ['not-relevant', 0.03],
  ['flag', 0.01],
  ['request', 0.01],
];
const REPS = ['sam@acme.example', 'kim@acme.example', 'lee@acme.example', 'ana@acme.example', 'raj@acme.example', 'eve@acme.example'];

function generateEvents(n: number): UsageEvent[] {
  const r = rng(99);
  const used = sample.assets.slice(0, Math.floor(sample.assets.length * 0.55));
  const out: UsageEvent[] = new Array(n);
  for (let i = 0; i < n; i++) {
    let x = r();
    let type: UsageEventType = 'impression';
    for (const [t, p] of TYPES) {
      if (x < p) {
        type = t;
        break;
      }
      x -= p;
    }
    const asset = type === 'request' ? undefined : used[Math.floor(r() * r() * used.length)]!;
    out[i] = {
      type,
      at: now - Math.floor(r() * YEAR),
      ...(asset ? { assetId: asset.id } : {}),
      crm: 'salesforce',
      recordType: 'contact',
      recordId: `003${i % 20000}`,
      account: `account ${i % 2000}`,
      rep: REPS[i % REPS.length]!,
      context: {
        personas: asset?.personas.slice(0, 1) ?? [],
        industries: asset?.industries.slice(0, 1) ?? [],
        painPoints: asset?.painPoints.slice(0, 2) ?? [],
        stage: asset?.stage,
      },
      ...(type === 'not-relevant' && r() < 0.5 ? { reason: 'Wrong persona' } : {}),
    };
  }
  return out;
}

const genStart = Date.now();
const events = generateEvents(EVENTS);
const days = new Map<string, DayRollup>();
for (const e of events) {
  const d = dayOf(e.at);
  addToRollup(days.get(d) ?? days.set(d, emptyRollup(d)).get(d)!, e);
}
console.log(`generated ${EVENTS.toLocaleString('en-US')} events over 365 days and ${days.size} daily roll-ups in ${Date.now() - genStart} ms`);

const benchScript = await bundleForPage(`import { TailorDB } from './lib/db/db'; import { recordUsage } from './lib/usage/record';
      globalThis.benchRecord = async (event) => { const db = globalThis.__db ??= new TailorDB(); await recordUsage(db, event); };`);

const tailor = await launchTailor();
try {
  await waitUntil(() => countRows(tailor.worker, 'assets'), (n) => n > 0, 'the sample library');
  const page = await tailor.openPage('options.html#library');
  await page.getByTestId('library-summary').waitFor();
  await page.evaluate('globalThis.__name = (f) => f');

  const writeStart = Date.now();
  const put = (store: string, rows: unknown[]) =>
    page.evaluate(
      ([name, list]) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('tailor');
          open.onsuccess = () => {
            const tx = open.result.transaction(name as string, 'readwrite');
            const s = tx.objectStore(name as string);
            for (const row of list as unknown[]) s.put(row);
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
          open.onerror = () => reject(open.error);
        }),
      [store, rows] as const,
    );
  for (let i = 0; i < events.length; i += 50_000) await put('events', events.slice(i, i + 50_000));
  await put('rollups', [...days.values()]);
  console.log(`wrote them to IndexedDB in ${Math.round((Date.now() - writeStart) / 1000)} s`);

  // Insights from roll-ups: navigate and time, in the page from the navigation's start, when the year's
  // totals are painted and when every chart is drawn; three times.
  // tsx names functions with a helper the pages do not have: give every page one.
  await page.addInitScript('globalThis.__name = (f) => f');
  await page.addInitScript(() => {
    const w = window as unknown as { __totals?: number };
    new MutationObserver((_, obs) => {
      if (document.querySelector('[data-testid="kpi-shares"]')) {
        requestAnimationFrame(() => (w.__totals = performance.now()));
        obs.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  const times: number[] = [];
  const chartTimes: number[] = [];
  const from365 = addDays(todayIso(), -364);
  for (let run = 0; run < 3; run++) {
    await page.goto('about:blank');
    await page.goto(`chrome-extension://${tailor.extensionId}/options.html#insights?days=365`);
    await page.getByTestId('insights-timing').getByText(`${from365} to`).waitFor();
    await page.waitForFunction(() => (window as unknown as { __totals?: number }).__totals !== undefined);
    // Chart.js marks a drawn chart's canvas; wait for all of them, then for the frame after.
    const charts = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const check = () => {
            const canvases = [...document.querySelectorAll('canvas')];
            if (canvases.length > 0 && canvases.every((c) => c.width > 0 && (c as HTMLCanvasElement & { $chartjs?: unknown }).$chartjs))
              requestAnimationFrame(() => resolve(performance.now()));
            else requestAnimationFrame(check);
          };
          check();
        }),
    );
    times.push(await page.evaluate(() => (window as unknown as { __totals: number }).__totals));
    chartTimes.push(charts);
  }
  const timing = await page.getByTestId('insights-timing').textContent();
  const shares = await page.getByTestId('kpi-shares').textContent();

  // The naive approach: read the year's events and count them.
  await page.evaluate('globalThis.__name = (f) => f');
  const naive = await page.evaluate(
    (since) =>
      new Promise<{ ms: number; events: number; shares: number }>((resolve, reject) => {
        const start = performance.now();
        const open = indexedDB.open('tailor');
        open.onsuccess = () => {
          const req = open.result.transaction('events').objectStore('events').index('at').getAll(IDBKeyRange.lowerBound(since));
          req.onsuccess = () => {
            const list = req.result as { type: string; assetId?: string }[];
            const byAsset = new Map<string, number>();
            let sharesCount = 0;
            for (const e of list) {
              if (e.type === 'copy-link' || e.type === 'copy-email') {
                sharesCount++;
                if (e.assetId) byAsset.set(e.assetId, (byAsset.get(e.assetId) ?? 0) + 1);
              }
            }
            open.result.close();
            resolve({ ms: performance.now() - start, events: list.length, shares: sharesCount });
          };
          req.onerror = () => reject(req.error);
        };
      }),
    new Date(`${addDays(todayIso(), -364)}T00:00:00`).getTime(),
  );

  // Recording one event with a million in the store, from the side panel where reps record them:
  // wall time, and main-thread time the call blocks.
  const panel = await tailor.openPage('sidepanel.html');
  await panel.evaluate('globalThis.__name = (f) => f');
  await panel.evaluate(benchScript);
  const record = await panel.evaluate(async () => {
    const w = globalThis as unknown as { benchRecord: (e: unknown) => Promise<void> };
    const lat: number[] = [];
    const sync: number[] = [];
    for (let i = 0; i < 60; i++) {
      const event = { type: 'copy-link', at: Date.now(), assetId: 'bench', rep: 'bench', context: { personas: [], industries: [], painPoints: [] } };
      const t0 = performance.now();
      const p = w.benchRecord(event);
      sync.push(performance.now() - t0);
      await p;
      lat.push(performance.now() - t0);
    }
    const q = (xs: number[], f: number) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * f)]!;
    return { median: q(lat.slice(10), 0.5), p95: q(lat.slice(10), 0.95), syncMax: Math.max(...sync.slice(10)) };
  });

  const med = Math.round([...times].sort((a, b) => a - b)[1]!);
  const chartsMed = Math.round([...chartTimes].sort((a, b) => a - b)[1]!);
  console.log(`\nInsights over ${EVENTS.toLocaleString('en-US')} events in a year, Chromium ${tailor.context.browser()?.version() ?? ''}\n`);
  console.log('| approach | time to the year\'s figures | reads |');
  console.log('|---|---|---|');
  console.log(`| Tailor: daily roll-ups (page start to the year's totals painted, median of 3) | ${med} ms (${timing?.replace(/.*computed in /, 'read and computed in ')}); every chart drawn: ${chartsMed} ms | ${days.size} roll-up rows |`);
  console.log(`| naive: read every event of the year and count | ${Math.round(naive.ms)} ms (counting shares only) | ${naive.events.toLocaleString('en-US')} events |`);
  console.log(`\nshares shown: ${shares}; naive count: ${naive.shares.toLocaleString('en-US')}`);
  console.log(`recording one event (event, roll-up and outbox check in one transaction): median ${record.median.toFixed(1)} ms, p95 ${record.p95.toFixed(1)} ms of async work; the call blocks the page's main thread at most ${record.syncMax.toFixed(2)} ms`);
  if (tailor.errors.length) console.log(`page errors: ${tailor.errors.join('; ')}`);
  if (med > 1000) process.exitCode = 1;
} finally {
  await tailor.close();
}
