// npm run demo: Tailor in Chromium with the sample library and CRM record pages served at their real
// addresses, walking a rep's flow. With a display the browser stays open for you to try; without one it
// runs headless and writes screenshots to demo-output/ (or the folder DEMO_OUTPUT names).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, EXTENSION_DIR, ROOT, watchErrors } from '../e2e/harness';
import { findChromium } from '../e2e/chromium';

const out = process.env.DEMO_OUTPUT ? path.resolve(process.env.DEMO_OUTPUT) : path.join(ROOT, 'demo-output');
const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY || process.platform === 'darwin' || process.platform === 'win32') && !process.env.CI && !process.argv.includes('--headless');
const pages = path.join(ROOT, 'demo');

/** The width and height of a side panel on a laptop (issue 16), at which the panel is judged. */
const PANEL_SIZE = { width: 360, height: 720 };

const RECORDS: [string, string, string][] = [
  ['Salesforce contact', 'https://acme.lightning.force.com/lightning/r/Contact/0035g00000XyZabAAB/view', 'salesforce-contact.html'],
  ['HubSpot contact', 'https://app-eu1.hubspot.com/contacts/8765432/record/0-1/51', 'hubspot-contact.html'],
  ['LinkedIn profile', 'https://www.linkedin.com/in/priya-raman-cx/', 'linkedin-profile.html'],
  ['Zoho deal (Closed Won)', 'https://crm.zoho.in/crm/org70012345/tab/Potentials/5123000000222222', 'zoho-deal.html'],
];

if (!fs.existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
  console.error('No built extension: run "npm run build" first (npm run demo does).');
  process.exit(1);
}
fs.mkdirSync(out, { recursive: true });
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'tailor-demo-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: findChromium(),
  headless: !headed,
  args: [...CHROMIUM_ARGS, `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`],
  viewport: headed ? null : { width: 1280, height: 800 },
});
const errors: string[] = [];
const bodies = new Map(RECORDS.map(([, url, file]) => [url, fs.readFileSync(path.join(pages, file), 'utf8')]));
// The won deal as it stood before it was won: the same record in negotiation, where the rep shares content.
const [, dealUrl] = RECORDS[3]!;
const wonDeal = bodies.get(dealUrl)!;
const dealInNegotiation = wonDeal.replace('>Closed Won<', '>Negotiation/Review<');
if (dealInNegotiation === wonDeal) throw new Error('demo/zoho-deal.html must show the stage "Closed Won"');
bodies.set(dealUrl, dealInNegotiation);
await context.route(/^https:\/\/(acme\.lightning\.force\.com|app-eu1\.hubspot\.com|www\.linkedin\.com|crm\.zoho\.in)\//, (route) => {
  const body = bodies.get(route.request().url().split('#')[0]!);
  return body ? route.fulfill({ contentType: 'text/html; charset=utf-8', body }) : route.fulfill({ status: 404, contentType: 'text/html', body: '<h1>Not part of the demo</h1>' });
});

const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(worker.url()).host;
const sampleSize = JSON.parse(fs.readFileSync(path.join(ROOT, 'public/sample-library.json'), 'utf8')).assets.length;
for (let i = 0; i < 200; i++) {
  const n = await worker.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('tailor');
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('assets')) return resolve(0);
          const req = db.transaction('assets').objectStore('assets').count();
          req.onsuccess = () => {
            db.close();
            resolve(req.result);
          };
        };
        open.onerror = () => resolve(0);
      }),
  );
  if (n >= sampleSize) break;
  await new Promise((r) => setTimeout(r, 100));
}

/** A path as the user will look for it: inside the project relative to it, elsewhere whole. */
const shown = (p: string) => {
  const r = path.relative(ROOT, p);
  return r && !r.startsWith('..') && !path.isAbsolute(r) ? r : p;
};
const shot = async (page: Page, name: string) => {
  const file = path.join(out, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  console.log(`  ${shown(file)}`);
};
const recordTab = async (page: Page) => {
  const url = page.url();
  for (let i = 0; i < 100; i++) {
    const key = await worker.evaluate(async (u) => {
      const all = (await chrome.storage.session.get(null)) as Record<string, { prospect?: { source?: { url?: string } } }>;
      return Object.keys(all).find((k) => k.startsWith('view:') && all[`tab:${k.slice(5)}`]?.prospect?.source?.url === u);
    }, url);
    if (key) return Number(key.slice(5));
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Tailor did not detect the record at ${url}`);
};

async function walk() {
  console.log(headed ? 'Tailor demo: a browser window opens with the extension loaded.' : `Tailor demo (headless): screenshots in ${shown(out)}${path.sep}`);
  const crm = await context.newPage();
  watchErrors(crm, errors);
  await crm.goto(RECORDS[0]![1]);
  const tabId = await recordTab(crm);

  // The side panel, pinned to the CRM tab, as "Pop out" opens it; at the size of a side panel on a laptop.
  const panel = await context.newPage();
  watchErrors(panel, errors);
  await panel.setViewportSize(PANEL_SIZE);
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
  await panel.getByRole('list', { name: 'Suggested content' }).waitFor();
  await panel.getByRole('heading', { name: 'Dana Whitfield' }).waitFor();
  // The prospect at a glance (one or two lines of chips; the full card opens from it).
  await panel.getByRole('button', { name: /^Read as .*Support leader/ }).waitFor();
  if (!headed) {
    await shot(panel, '1-panel-salesforce-contact');
    await panel.emulateMedia({ colorScheme: 'dark' });
    await shot(panel, '2-panel-dark');
    await panel.emulateMedia({ colorScheme: 'light' });
  }
  const first = panel.getByRole('list', { name: 'Suggested content' }).locator(':scope > li').first();
  await first.getByRole('button', { name: 'Copy link' }).click();
  await panel.getByRole('status').getByText(/Link copied|Could not copy/).waitFor();
  if (!headed) await shot(panel, '3-link-copied');

  // The rep moves on to a HubSpot contact in the same tab: the panel follows.
  await crm.goto(RECORDS[1]![1]);
  await panel.getByRole('heading', { name: 'Omar Haddad' }).waitFor({ timeout: 15_000 });
  if (!headed) await shot(panel, '4-panel-hubspot-contact');

  await panel.getByRole('tab', { name: 'Search' }).click();
  await panel.getByRole('searchbox', { name: 'Search library' }).fill('omnichanel');
  await panel.getByRole('list', { name: 'Search results' }).waitFor();
  if (!headed) await shot(panel, '5-search-with-a-typo');
  await panel.getByRole('tab', { name: 'Suggested' }).click();

  // A LinkedIn profile: the same panel on a social profile.
  await crm.goto(RECORDS[2]![1]);
  await panel.getByRole('heading', { name: 'Priya Raman' }).waitFor({ timeout: 15_000 });
  if (!headed) await shot(panel, '6-panel-linkedin-profile');

  // A deal in negotiation: the rep shares content on it, as a rep would before the win.
  await crm.goto(dealUrl);
  await panel.getByRole('button', { name: 'Deal won? Credit the content shared' }).waitFor({ timeout: 15_000 });
  await panel.getByRole('list', { name: 'Suggested content' }).locator(':scope > li').first().getByRole('button', { name: 'Copy link' }).click();
  await panel.getByRole('status').getByText(/Link copied|Could not copy/).waitFor();
  // Later the CRM shows the deal won: what was shared on it before the win is credited (the insights show it).
  bodies.set(dealUrl, wonDeal);
  await crm.goto(dealUrl);
  await panel.getByText(/^Won deal: content shared with Brightcrest University before the win counts toward it/).waitFor({ timeout: 15_000 });
  if (!headed) await shot(panel, '7-panel-won-deal');

  const options = await context.newPage();
  watchErrors(options, errors);
  await options.goto(`chrome-extension://${extensionId}/options.html#library`);
  await options.getByTestId('library-summary').waitFor();
  if (!headed) await shot(options, '8-library');
  await options.goto(`chrome-extension://${extensionId}/options.html#insights`);
  await options.getByTestId('kpi-shares').waitFor();
  // The won deal is credited with the link shared on it before the win.
  await options.getByTestId('kpi-won-content').filter({ hasText: /^1 of 1 with content/ }).waitFor({ timeout: 15_000 });
  if (!headed) await shot(options, '9-insights');

  if (errors.length) console.log(`\npage errors:\n${errors.join('\n')}`);
  if (headed) {
    for (const [label, url] of RECORDS) console.log(`  ${label}: ${url}`);
    console.log('\nTry it: open a record tab, click the Tailor icon in the toolbar (or press Alt+Shift+T). Close the browser to end the demo.');
    await crm.bringToFront();
    await new Promise<void>((resolve) => context.on('close', () => resolve()));
  } else {
    await context.close();
  }
}

try {
  await walk();
} catch (e) {
  // Say what stopped the walk in one line, not a stack trace; the browser and its profile go either way.
  console.error(`\nThe demo stopped: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  process.exitCode = 1;
  await context.close().catch(() => undefined);
}
fs.rmSync(profile, { recursive: true, force: true });
