// Reading a CRM record page in real Chromium: each fixture page, a page with 10,000 fields and a 10 MB
// page, side by side with the naive approach (scan every element for label/value pairs).
//   npm run build && npm run bench:extract
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { bundleForPage, CHROMIUM_ARGS, ROOT } from '../e2e/harness';
import { findChromium } from '../e2e/chromium';

const fixtures = path.join(ROOT, 'tests/fixtures/crm');
const cases: { file: string; url: string; expect: unknown }[] = JSON.parse(fs.readFileSync(path.join(fixtures, 'cases.json'), 'utf8'));
const records = cases.filter((c) => c.expect !== null);

const script = await bundleForPage(`import { LIVE_PAGE_MS, readRecord } from './lib/crm';
      // As the content script reads a live page: under its deadline.
      globalThis.tailorExtract = (url) => readRecord(document, url, { maxMs: LIVE_PAGE_MS });
      // The same reading whole (no deadline): what the page really costs, however loaded the machine.
      globalThis.tailorWhole = (url) => readRecord(document, url).record;
      // The naive approach: every element's text, label/value pairs by looking at each element's next sibling.
      globalThis.naiveExtract = () => {
        const out = {};
        for (const el of document.querySelectorAll('*')) {
          const label = (el.textContent || '').trim();
          if (label.length > 0 && label.length < 30 && el.nextElementSibling) out[label] = (el.nextElementSibling.textContent || '').trim();
        }
        return out;
      };`);

const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
const context = await browser.newContext();
const page = await context.newPage();
const q = (xs: number[], f: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * f))]!;
const fmt = (x: number) => (x < 1 ? `${x.toFixed(2)} ms` : `${x.toFixed(1)} ms`);

async function measure(html: string, url: string, runs: number) {
  await page.route('**/*', (r) => r.fulfill({ contentType: 'text/html', body: html }));
  await page.goto(url, { timeout: 120_000 });
  await page.unroute('**/*');
  await page.evaluate(script);
  return page.evaluate(
    ({ url, runs }) => {
      const w = globalThis as unknown as { tailorExtract: (u: string) => { record: unknown; complete: boolean }; tailorWhole: (u: string) => unknown; naiveExtract: () => unknown };
      const ours: number[] = [];
      const whole: number[] = [];
      const naive: number[] = [];
      let found: unknown;
      let complete = 0;
      for (let i = 0; i < runs; i++) {
        let t = performance.now();
        const reading = w.tailorExtract(url);
        ours.push(performance.now() - t);
        found = reading.record;
        if (reading.complete) complete++;
        t = performance.now();
        w.tailorWhole(url);
        whole.push(performance.now() - t);
        t = performance.now();
        w.naiveExtract();
        naive.push(performance.now() - t);
      }
      return { ours, whole, naive, complete, found: found !== null };
    },
    { url, runs },
  );
}

const rows: string[] = [];
const all: number[] = [];
for (const c of records) {
  const r = await measure(fs.readFileSync(path.join(fixtures, c.file), 'utf8'), c.url, 60);
  all.push(...r.ours.slice(10));
  rows.push(`| ${c.file} | ${fmt(q(r.ours.slice(10), 0.5))} / ${fmt(q(r.ours.slice(10), 0.95))} | ${fmt(q(r.naive.slice(10), 0.5))} | ${r.found ? 'record' : 'nothing'} |`);
}

const base = fs.readFileSync(path.join(fixtures, 'salesforce/contact.html'), 'utf8');
const fields = Array.from({ length: 10_000 }, (_, i) => `<records-record-layout-item field-label="Custom ${i}"><span class="test-id__field-label">Custom ${i}</span><div slot="outputField">value ${i}</div></records-record-layout-item>`).join('');
const many = await measure(base.replace('<section class="record-details">', `<section class="record-details">${fields}`), 'https://acme.lightning.force.com/lightning/r/Contact/0035g00000XyZabAAB/view', 15);
const filler = `<p>${'Meeting notes and activity history, '.repeat(30)}</p>`.repeat(10_000);
const huge = base.replace('<aside', `<div class="activity">${filler}</div><aside`);
const big = await measure(huge, 'https://acme.lightning.force.com/lightning/r/Contact/0035g00000XyZabAAB/view', 5);

const content = path.join(ROOT, '.output/chrome-mv3/content-scripts/crm.js');
const size = fs.existsSync(content) ? fs.statSync(content).size : 0;
const gz = size ? gzipSync(fs.readFileSync(content)).length : 0;

console.log(`\nCRM record pages read in Chromium ${browser.version()} (median / p95 of 50 readings each)\n`);
console.log('| page | Tailor | naive scan of every element | result |');
console.log('|---|---|---|---|');
for (const r of rows) console.log(r);
console.log(`| all record pages | ${fmt(q(all, 0.5))} / ${fmt(q(all, 0.95))} | | |`);
console.log(`| Salesforce contact with 10,000 extra fields | ${fmt(q(many.ours, 0.5))} / ${fmt(Math.max(...many.ours))} (max) | ${fmt(q(many.naive, 0.5))} | ${many.found ? 'record' : 'nothing'} |`);
console.log(`| Salesforce contact in a ${(huge.length / 1024 / 1024).toFixed(1)} MB page | ${fmt(q(big.ours, 0.5))} / ${fmt(Math.max(...big.ours))} (max) | ${fmt(q(big.naive, 0.5))} | ${big.found ? 'record' : 'nothing'} |`);
console.log(`\nRead whole (no deadline): 10,000 fields ${fmt(q(many.whole, 0.5))} median; 10 MB page ${fmt(q(big.whole, 0.5))} median. Finished within the 50 ms deadline: ${many.complete}/${many.ours.length} and ${big.complete}/${big.ours.length}.`);
console.log(`\ncontent script: ${(size / 1024).toFixed(1)} KB, ${(gz / 1024).toFixed(1)} KB gzipped${size ? '' : ' (run npm run build first)'}`);
await browser.close();
