// Renders public/icon/icon.svg to the PNG sizes the manifest uses, in the system Chromium.
// Run after editing the SVG: npx tsx scripts/make-icons.ts
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium } from '../e2e/chromium';

const dir = path.resolve('public/icon');
const svg = fs.readFileSync(path.join(dir, 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu'] });
for (const size of [16, 32, 48, 96, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`);
  await page.screenshot({ path: path.join(dir, `${size}.png`), omitBackground: true });
  await page.close();
}
await browser.close();
console.log('icons written to', dir);
