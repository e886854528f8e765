import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, countRows, launchTailor, type TailorBrowser } from './harness';

const sample = JSON.parse(fs.readFileSync(path.join(ROOT, 'public/sample-library.json'), 'utf8'));

describe('the extension in Chromium', () => {
  let tailor: TailorBrowser;
  beforeAll(async () => {
    tailor = await launchTailor();
  });
  afterAll(async () => {
    await tailor?.close();
  });

  it('starts its service worker', () => {
    expect(tailor.worker.url()).toBe(`chrome-extension://${tailor.extensionId}/background.js`);
  });

  it('seeds the sample library into IndexedDB on install', async () => {
    await expect.poll(() => countRows(tailor.worker, 'assets'), { timeout: 15_000 }).toBe(sample.assets.length);
    const taxonomySize = sample.taxonomy.personas.length + sample.taxonomy.industries.length + sample.taxonomy.painPoints.length;
    expect(await countRows(tailor.worker, 'taxonomy')).toBe(taxonomySize);
  });

  it('renders the side panel page with no console errors', async () => {
    const page = await tailor.openPage('sidepanel.html');
    // Opened as a tab, the panel follows itself: no CRM record, so it asks who the prospect is.
    await page.getByRole('form', { name: 'Describe the prospect' }).waitFor();
    expect(await page.title()).toBe('Tailor');
    expect(tailor.errors).toEqual([]);
    await page.close();
  });

  it('renders the options page with no console errors', async () => {
    const page = await tailor.openPage('options.html');
    await page.getByText(`${sample.assets.length} assets, ${sample.taxonomy.personas.length} personas`).waitFor();
    expect(tailor.errors).toEqual([]);
    await page.close();
  });
});
