// Launches the built Firefox extension (.output/firefox-mv2) in real Firefox, driven by puppeteer-core
// over WebDriver BiDi, and gives tests its pages and every error its code reported. The Chromium
// counterpart is harness.ts.
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { ROOT, findExecutable, waitUntil } from './common';

export const FIREFOX_EXTENSION_DIR = path.join(ROOT, '.output/firefox-mv2');

export function findFirefox(): string {
  return findExecutable({
    browser: 'Firefox',
    envVar: 'FIREFOX_PATH',
    paths: ['/usr/bin/firefox-esr'],
    names: ['firefox-esr', 'firefox'],
    install: 'Debian/Ubuntu: sudo apt-get install -y firefox-esr, from the security repository for a recent ESR',
  });
}

export interface TailorFirefox {
  browser: Browser;
  /** The extension's origin, moz-extension://<uuid>: the UUID is fixed at launch so tests can open its pages. */
  origin: string;
  /** Uncaught errors and rejections in any of the extension's contexts, and the errors and warnings Tailor logs. */
  errors: string[];
  /** Opens one of the extension's pages (e.g. `sidepanel.html?tabId=3`) in a new tab, loaded. */
  openPage(pathAndQuery: string): Promise<Page>;
  /** Opens a new tab whose https requests are answered from `served` (URL to HTML; 404 for the rest), at `url`. */
  openServedPage(url: string, served: ReadonlyMap<string, string>): Promise<Page>;
  close(): Promise<void>;
}

/** Loads a URL in a tab and waits for its load event. Firefox sends BiDi no load event for moz-extension
 * pages, so `page.goto` to them never resolves; the browsing context's own navigate (puppeteer's BiDi
 * internals, not in its public types) waits for the document to be complete instead. */
export async function navigate(page: Page, url: string): Promise<void> {
  const frame = page.mainFrame() as unknown as { browsingContext?: { navigate(url: string, wait: 'complete'): Promise<unknown> } };
  if (!frame.browsingContext) throw new Error('navigate: this page is not driven over WebDriver BiDi');
  await frame.browsingContext.navigate(url, 'complete');
}

/** Clicks an element as a rep would: once it is shown and enabled (the panel's first paint shows its
 * actions disabled), scrolled to the middle of the view first, since puppeteer clicks whatever lies at
 * the element's centre. */
export async function clickWhenReady(page: Page, selector: string): Promise<void> {
  await page.waitForSelector(selector, { visible: true });
  // Read the element afresh on every poll: the panel may replace it as it renders, and a handle to the first paint's
  // element stays disabled after the live one is enabled.
  await waitUntil(
    async () => {
      const live = await page.$(selector);
      if (!live) return true;
      try {
        return await live.evaluate((el) => (el as HTMLButtonElement).disabled === true);
      } finally {
        await live.dispose();
      }
    },
    (disabled) => !disabled,
    `${selector} enabled`,
  );
  const element = await page.waitForSelector(selector, { visible: true });
  if (!element) throw new Error(`clickWhenReady: no ${selector}`);
  await element.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await element.click();
}

/** Which lines of the browser's output are the extension's errors. Firefox prints uncaught errors as
 * `JavaScript error: <url>, line N: ...` (stderr) and, with the devtools.console.stdout prefs, console
 * calls as `console.error: "..."` (stdout), where the browser's own components print too: of those,
 * only Tailor's (its messages all begin with "Tailor") are taken. */
export function extensionErrorLine(line: string, origin: string): boolean {
  if (line.startsWith('JavaScript error: ')) return line.includes(`${origin}/`);
  return /^console\.(error|warn): "Tailor/.test(line);
}

export async function launchTailorInFirefox(
  options: { extensionDir?: string; executablePath?: string; prefs?: Record<string, string | number | boolean> } = {},
): Promise<TailorFirefox> {
  const extensionDir = options.extensionDir ?? FIREFOX_EXTENSION_DIR;
  const manifestPath = path.join(extensionDir, 'manifest.json');
  if (!fs.existsSync(manifestPath))
    throw new Error(`No built Firefox extension at ${extensionDir}: run "npm run build:firefox" first (npm test does).`);
  const geckoId = (JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as { browser_specific_settings?: { gecko?: { id?: string } } })
    .browser_specific_settings?.gecko?.id;
  if (!geckoId) throw new Error(`${manifestPath} has no browser_specific_settings.gecko.id`);
  const uuid = randomUUID();
  const origin = `moz-extension://${uuid}`;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: options.executablePath ?? findFirefox(),
    headless: true,
    // Without it Firefox refuses to navigate a tab to a moz-extension page over BiDi.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      // The extension's internal UUID, and so its origin, is ours to choose.
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
      // Extension pages' console messages reach no BiDi listener: have Firefox print them instead.
      'devtools.console.stdout.content': true,
      // Lets a page read the clipboard without Firefox's Paste prompt (Firefox's own testing pref), so a
      // test can check what Tailor copied. Tailor itself only writes the clipboard.
      'dom.events.testing.asyncClipboard': true,
      ...options.prefs,
    },
  });
  const errors: string[] = [];
  const child = browser.process();
  for (const stream of [child?.stdout, child?.stderr]) {
    let rest = '';
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) if (extensionErrorLine(line, origin)) errors.push(line);
    });
  }
  try {
    const installed = await browser.installExtension(extensionDir);
    if (installed !== geckoId) throw new Error(`Firefox installed the extension as ${installed}, not ${geckoId}`);
  } catch (e) {
    await browser.close();
    throw e;
  }
  return {
    browser,
    origin,
    errors,
    async openPage(pathAndQuery) {
      const page = await browser.newPage();
      await navigate(page, `${origin}/${pathAndQuery.replace(/^\//, '')}`);
      return page;
    },
    async openServedPage(url, served) {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (request: HTTPRequest) => {
        const body = served.get(request.url());
        (body === undefined
          ? request.respond({ status: 404, contentType: 'text/plain', body: 'not found' })
          : request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body })
        ).catch((e: unknown) => {
          // A request the page dropped before it was answered (a favicon as the tab navigates on) is gone.
          if (!String((e as Error).message).includes('no such request')) errors.push(`answering ${request.url()}: ${String(e)}`);
        });
      });
      await page.goto(url);
      return page;
    },
    async close() {
      await browser.close();
    },
  };
}
