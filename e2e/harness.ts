// Launches the built extension in real Chromium (the system browser, driven by playwright-core) and
// gives tests its pages, with every console error and page error collected.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { findChromium } from './chromium';
import { ROOT, countStoreRows } from './common';

export { ROOT, bundleForPage, waitUntil } from './common';
export const EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3');

export interface TailorBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  userDataDir: string;
  /** Console errors and uncaught exceptions from every page opened through `openPage`. */
  errors: string[];
  openPage(pathAndQuery: string): Promise<Page>;
  close(): Promise<void>;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
];

export function watchErrors(page: Page, errors: string[]) {
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`${page.url()}: console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`${page.url()}: ${err.message}`));
}

export async function launchTailor(
  options: { userDataDir?: string; extensionDir?: string; executablePath?: string } = {},
): Promise<TailorBrowser> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!fs.existsSync(path.join(extensionDir, 'manifest.json')))
    throw new Error(`No built extension at ${extensionDir}: run "npm run build" first (npm test does).`);
  const userDataDir = options.userDataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'tailor-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: options.executablePath ?? findChromium(),
    headless: true,
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
    viewport: { width: 1280, height: 800 },
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  const errors: string[] = [];
  return {
    context,
    worker,
    extensionId,
    userDataDir,
    errors,
    async openPage(pathAndQuery: string) {
      const page = await context.newPage();
      watchErrors(page, errors);
      await page.goto(`chrome-extension://${extensionId}/${pathAndQuery.replace(/^\//, '')}`);
      return page;
    },
    async close() {
      await context.close();
      if (!options.userDataDir) fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** What a page calls its figures: every table's caption and column headers, and every chart's summary (its canvas's accessible name). */
export function wordsForFigures(page: Page): Promise<string[]> {
  return page
    .locator('caption, th[scope="col"], canvas[aria-label]')
    .evaluateAll((els) => els.map((e) => (e instanceof HTMLCanvasElement ? e.getAttribute('aria-label')! : e.textContent!.trim())));
}

/** Counts a store's rows in the extension's IndexedDB, from the service worker, with the raw IDB API. */
export async function countRows(worker: Worker, store: string): Promise<number> {
  return worker.evaluate(countStoreRows, store);
}
