// The marketer's 50,000-row CSV import in real Chromium: time to a preview and to a written library,
// and how responsive the page stays meanwhile, side by side with parsing on the page's main thread.
//   npm run bench:import
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { assetsToCsv } from '../lib/pack/csv';
import type { LibraryPack } from '../lib/model';
import { bundleForPage, ROOT, countRows, launchTailor, waitUntil } from '../e2e/harness';
import { generateAssets } from './generate';

const ROWS = Number(process.env.ROWS ?? 50_000);
const sample: LibraryPack = JSON.parse(fs.readFileSync(path.join(ROOT, 'public/sample-library.json'), 'utf8'));
const generated = generateAssets(ROWS, sample.taxonomy, 7).map((a) => ({
  ...a,
  // CSV names taxonomy entries by label, as a marketer's spreadsheet does.
  personas: a.personas.map((id) => sample.taxonomy.personas.find((e) => e.id === id)!.label),
  industries: a.industries.map((id) => sample.taxonomy.industries.find((e) => e.id === id)!.label),
  painPoints: a.painPoints.map((id) => sample.taxonomy.painPoints.find((e) => e.id === id)!.label),
}));
const csv = assetsToCsv(generated);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tailor-bench-'));
const csvPath = path.join(dir, `library-${ROWS}.csv`);
fs.writeFileSync(csvPath, csv);

// The naive approach: the same parser and checks, run on the page's main thread.
const naiveSource = await bundleForPage(`import { readAssetsCsv } from './lib/pack/csv'; globalThis.readAssetsCsv = readAssetsCsv;`);

const tailor = await launchTailor();
try {
  await waitUntil(() => countRows(tailor.worker, 'assets'), (n) => n > 0, 'the sample library');
  const page = await tailor.openPage('options.html#library');
  await page.getByTestId('library-summary').waitFor();
  // tsx names functions with an __name helper that the page does not have.
  await page.evaluate('globalThis.__name = (f) => f');

  // Frame watcher: the longest gap between animation frames is what a marketer feels as a freeze.
  const startWatch = () =>
    page.evaluate(() => {
      const w = window as unknown as { __gaps: number[]; __watch: boolean };
      w.__gaps = [];
      w.__watch = true;
      let last = performance.now();
      const tick = (t: number) => {
        w.__gaps.push(t - last);
        last = t;
        if (w.__watch) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
  const stopWatch = () =>
    page.evaluate(() => {
      const w = window as unknown as { __gaps: number[]; __watch: boolean };
      w.__watch = false;
      const gaps = w.__gaps.slice(1).sort((a, b) => a - b);
      return { max: gaps.at(-1) ?? 0, p95: gaps[Math.floor(gaps.length * 0.95)] ?? 0, frames: gaps.length };
    });

  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import content' });
  await startWatch();
  const t0 = Date.now();
  await dialog.locator('input[type=file]').setInputFiles(csvPath);
  await dialog.getByTestId('import-summary').waitFor({ timeout: 120_000 });
  const toPreview = Date.now() - t0;
  const previewFrames = await stopWatch();
  await startWatch();
  const t1 = Date.now();
  await dialog.getByRole('button', { name: new RegExp(`^Import ${ROWS.toLocaleString('en-US').replace(/,/g, ',?')} assets`) }).click();
  await dialog.getByTestId('import-done').waitFor({ timeout: 120_000 });
  const toWrite = Date.now() - t1;
  const writeFrames = await stopWatch();
  await dialog.getByRole('button', { name: 'Done' }).click();
  const total = await countRows(tailor.worker, 'assets');

  // The table with every row: time until it shows the new count, and frame gaps while scrolling through it.
  const t2 = Date.now();
  await page.getByTestId('library-summary').getByText(`${total} assets`).waitFor({ timeout: 60_000 });
  const toTable = Date.now() - t2;
  await startWatch();
  await page.evaluate(async () => {
    const body = document.querySelector('.lt-body')!;
    for (let i = 1; i <= 40; i++) {
      body.scrollTop = (body.scrollHeight * i) / 40;
      await new Promise((r) => requestAnimationFrame(() => r(null)));
    }
  });
  const scrollFrames = await stopWatch();
  const searchT = Date.now();
  await page.getByPlaceholder('Search titles, URLs, descriptions, tags').fill('procurement audit');
  await page.getByRole('status').getByText(/shown/).first().waitFor();
  const searchMs = Date.now() - searchT;

  // Naive: the same parse on the main thread, in the same browser.
  await page.evaluate(naiveSource);
  const text = fs.readFileSync(csvPath, 'utf8');
  await startWatch();
  const naive = await page.evaluate((t) => {
    const taxonomy = { personas: [], industries: [], painPoints: [] };
    const start = performance.now();
    const r = (globalThis as unknown as { readAssetsCsv: (t: string, o: object) => { rows: unknown[] } }).readAssetsCsv(t, { taxonomy, addTaxonomy: true });
    return { ms: performance.now() - start, rows: r.rows.length };
  }, text);
  await new Promise((r) => setTimeout(r, 100));
  const naiveFrames = await stopWatch();

  const mb = (fs.statSync(csvPath).size / 1024 / 1024).toFixed(1);
  const f = (n: number) => `${Math.round(n)} ms`;
  console.log(`\nCSV import of ${ROWS.toLocaleString('en-US')} rows (${mb} MB) in Chromium ${tailor.context.browser()?.version() ?? ''}\n`);
  console.log('| approach | to preview | to written library | longest frame gap | p95 frame gap |');
  console.log('|---|---|---|---|---|');
  console.log(`| Tailor: worker parses, checks and writes | ${f(toPreview)} | ${f(toWrite)} (total ${f(toPreview + toWrite)}) | ${f(Math.max(previewFrames.max, writeFrames.max))} | ${f(Math.max(previewFrames.p95, writeFrames.p95))} |`);
  console.log(`| naive: parse and check on the page's main thread | ${f(naive.ms)} (parse only) | not measured | ${f(naiveFrames.max)} | ${f(naiveFrames.p95)} |`);
  console.log(`\nLibrary table with ${total.toLocaleString('en-US')} rows: shown ${f(toTable)} after the import; scrolling top to bottom in 40 jumps: longest frame gap ${f(scrollFrames.max)}, p95 ${f(scrollFrames.p95)}; filtering by two words: ${f(searchMs)}.`);
  if (tailor.errors.length) console.log(`\npage errors: ${tailor.errors.join('; ')}`);
  if (toPreview + toWrite > 10_000) process.exitCode = 1;
} finally {
  await tailor.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
