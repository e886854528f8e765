import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { countRows, launchTailor, waitUntil, type TailorBrowser } from './harness';

// Reps' corrections become phrases in the taxonomy: three reps' records corrected in the real panel
// (Ticket backlog added by hand to prospects whose notes say "digging out of the weekend"), the
// suggestion in the options page, "Add as phrase", and a new prospect saying it read as the pain.

const record = (id: string, name: string, notes: string) => ({
  name,
  title: 'Director of Customer Support',
  company: `${name.split(' ')[1]} Outfitters`,
  notes,
  source: { crm: 'salesforce', recordType: 'contact', recordId: id, url: `https://acme.lightning.force.com/lightning/r/Contact/${id}/view` },
});
const corrected = [
  record('0035g00000PhrA1AAB', 'Ana Ortiz', 'Every Monday my people are digging out of the weekend, and the shared mailbox is a mess.'),
  record('0035g00000PhrB2AAB', 'Ben Kowalski', 'Agents spend the morning digging out of the weekend. Honestly the shared mailbox is a mess.'),
  record('0035g00000PhrC3AAB', 'Cleo Nakamura', 'Since the merger the team is digging out of the weekend until Tuesday; the shared mailbox is a mess too.'),
];
const newcomer = record('0035g00000PhrD4AAB', 'Dev Patel', 'We are still digging out of the weekend on Wednesdays.');

describe('suggested phrases from reps’ corrections, in Chromium', () => {
  let tailor: TailorBrowser;
  let tabId: number;
  let panel: Page;
  let options: Page;
  const show = (prospect: object) =>
    tailor.worker.evaluate(([id, p]) => chrome.storage.session.set({ [`tab:${id}`]: { prospect: p, detectedAt: Date.now() } }), [tabId, prospect] as const);
  const painGroup = () => panel.getByRole('group', { name: 'Pain points' });
  /** Shows a record in the panel with its chips open. */
  const open = async (prospect: { name: string }) => {
    await show(prospect);
    await panel.getByRole('heading', { name: prospect.name }).waitFor();
    const glance = panel.locator('.pc-glance');
    await glance.waitFor();
    if ((await glance.getAttribute('aria-expanded')) !== 'true') await glance.click();
    await painGroup().waitFor();
  };
  const suggestions = () => options.getByRole('list', { name: "Suggested phrases from reps' corrections" }).locator(':scope > li');

  beforeAll(async () => {
    tailor = await launchTailor();
    await waitUntil(() => countRows(tailor.worker, 'assets'), (n) => n > 0, 'the sample library');
    const crmTab = await tailor.context.newPage();
    await crmTab.goto('about:blank');
    tabId = await tailor.worker.evaluate(async () => Math.max(...(await chrome.tabs.query({})).map((t: { id?: number }) => t.id!)));
    await show(newcomer);
    panel = await tailor.openPage(`sidepanel.html?tabId=${tabId}`);
    await panel.setViewportSize({ width: 360, height: 800 });
  });
  afterAll(async () => {
    await tailor?.close();
  });

  it('starts with an empty list that says what will appear there, and the newcomer not read as Ticket backlog', async () => {
    await open(newcomer);
    expect(await painGroup().textContent()).not.toContain('Ticket backlog');
    options = await tailor.openPage('options.html#taxonomy');
    const empty = options.getByTestId('phrase-suggestions-empty');
    await empty.waitFor();
    expect(await empty.textContent()).toContain('0 prospects with a pain point added by hand so far');
  });

  it('suggests the words the notes share once three reps’ records have the pain added by hand in the panel', async () => {
    for (const p of corrected) {
      await open(p);
      expect(await painGroup().textContent()).not.toContain('Ticket backlog');
      await painGroup().getByRole('button', { name: 'Add a pain point' }).click();
      await painGroup().getByRole('combobox', { name: 'Add a pain point' }).selectOption({ label: 'Ticket backlog' });
      await painGroup().getByRole('button', { name: 'Add', exact: true }).click();
      await panel.getByText('Your corrections are remembered for this record.').waitFor();
      await expect.poll(() => painGroup().textContent()).toContain('Ticket backlog');
    }
    await waitUntil(() => countRows(tailor.worker, 'corrections'), (n) => n === 3, 'three corrections');
    // The options page follows the database: no reload.
    await expect.poll(() => suggestions().count(), { timeout: 15_000 }).toBe(2);
    const first = suggestions().first();
    expect(await first.textContent()).toContain('“digging out of the weekend” for Ticket backlog');
    expect(await first.textContent()).toContain('Reps added Ticket backlog to 3 prospects whose notes said it, as in:');
    expect(await first.locator('mark').textContent()).toBe('digging out of the weekend');
    expect(await suggestions().nth(1).textContent()).toContain('“shared mailbox is a mess” for Ticket backlog');
  });

  it('is accessible in light and dark, and looks right (screenshots)', async () => {
    const dir = process.env.TAILOR_SCREENSHOTS ?? fs.mkdtempSync(path.join(os.tmpdir(), 'tailor-phrases-'));
    for (const scheme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme: scheme });
      expect(await seriousViolations(options), scheme).toEqual([]);
      await options.locator('.ps-area').screenshot({ path: path.join(dir, `phrase-suggestions-${scheme}.png`) });
    }
    await options.emulateMedia({ colorScheme: 'light' });
  });

  it('dismisses a suggestion from the keyboard, says so, and does not suggest it again after a reload', async () => {
    const dismiss = options.getByRole('button', { name: 'Dismiss “shared mailbox is a mess” for Ticket backlog' });
    await dismiss.focus();
    await options.keyboard.press('Enter');
    await options.getByRole('status').getByText('Dismissed “shared mailbox is a mess” for Ticket backlog: it will not be suggested again.').waitFor();
    await expect.poll(() => suggestions().count()).toBe(1);
    // The keyboard stays in the list: on the suggestion that is left.
    // (Focus moves once the list has re-rendered without it: waited for, not read at once.)
    await expect.poll(() => options.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Add as phrase “digging out of the weekend” to Ticket backlog');
    await options.reload();
    await suggestions().first().waitFor();
    expect(await suggestions().count()).toBe(1);
    expect(await suggestions().first().locator('.ps-head').textContent()).toBe('“digging out of the weekend” for Ticket backlog');
  });

  it('gathers corrections by file: downloads this browser’s, refuses a bad file, counts a record once, forgets on request', async () => {
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: "Download this browser's corrections (3)" }).click()]);
    const file = JSON.parse(fs.readFileSync((await download.path())!, 'utf8'));
    expect(file.format).toBe('tailor-corrections');
    expect(file.corrections.map((c: { notes: string }) => c.notes).sort()).toEqual(corrected.map((p) => p.notes).sort());
    // Only what suggestions need: no names, titles or companies.
    for (const p of corrected) expect(JSON.stringify(file)).not.toContain(p.name);
    const picker = options.getByLabel("Add reps' corrections files…");
    await picker.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "tailor-corrections"') });
    await options.getByTestId('ps-files-notice').getByText(/^Nothing was added: broken\.json, \(top level\): not JSON/).waitFor();
    await picker.setInputFiles({ name: 'ana.json', mimeType: 'application/json', buffer: fs.readFileSync((await download.path())!) });
    await options.getByTestId('ps-files-notice').getByText('Added the corrections of 3 records from 1 file.').waitFor();
    // The same records, from this browser and from the file, count once.
    expect(await suggestions().first().locator('.ps-support').textContent()).toContain('to 3 prospects');
    await options.getByRole('button', { name: 'Forget the 3 records from files' }).click();
    await options.getByTestId('ps-files-notice').getByText('Forgot the corrections added from files. This browser’s own corrections stay.').waitFor();
    await expect.poll(() => options.getByRole('button', { name: /^Forget the/ }).count()).toBe(0);
  });

  it('adds a suggestion as a phrase of its pain point, shown in the taxonomy, and the panel reads a new prospect’s words as that pain', async () => {
    await options.getByRole('button', { name: 'Add as phrase “digging out of the weekend” to Ticket backlog' }).click();
    await options.getByRole('status').getByText('Added “digging out of the weekend” to the phrases of Ticket backlog. Publish the library for reps to get it.').waitFor();
    await options.getByTestId('phrase-suggestions-empty').waitFor();
    expect(await options.getByTestId('phrase-suggestions-empty').textContent()).toContain('3 prospects with a pain point added by hand so far');
    await options.getByRole('tab', { name: /^Pain points/ }).click();
    const entry = options.locator('.tx-entry').filter({ has: options.getByText('Ticket backlog', { exact: true }) });
    expect(await entry.locator('.tx-aliases').textContent()).toContain('digging out of the weekend');
    // The hand editor shows the same alias: one code path.
    await entry.getByRole('button', { name: 'Edit Ticket backlog' }).click();
    expect(await entry.getByLabel('Aliases').inputValue()).toContain('\ndigging out of the weekend');
    await entry.getByRole('button', { name: 'Cancel' }).click();

    await panel.bringToFront();
    await open(newcomer);
    await expect.poll(() => painGroup().textContent()).toContain('Ticket backlog');
    expect(await painGroup().textContent()).not.toContain('added by you');
    expect(tailor.errors).toEqual([]);
  });
});
