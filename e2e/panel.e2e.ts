import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { countRows, launchTailor, waitUntil, wordsForFigures, type TailorBrowser } from './harness';

// The rep's side panel, opened as a tab pinned to a CRM tab (`?tabId=`), as a popped-out panel is.
// The record the CRM tab shows is put where the background keeps it (session storage); detection
// itself is tested in detection.e2e.ts.

const dana = {
  name: 'Dana Whitfield',
  title: 'Sr. Director, Customer Care',
  company: 'Pinecrest Health',
  industry: 'Hospitals and Health Care',
  notes: 'Tickets are piling up and we keep missing SLAs. Agents are burned out.',
  stage: 'Needs Analysis',
  source: { crm: 'salesforce', recordType: 'contact', recordId: '0035g00000XyZabAAB', url: 'https://acme.lightning.force.com/lightning/r/Contact/0035g00000XyZabAAB/view' },
};
const omar = {
  name: 'Omar Haddad',
  title: 'CFO',
  company: 'Ledgerstone Credit Union',
  industry: 'Banking',
  source: { crm: 'hubspot', recordType: 'contact', recordId: '51', url: 'https://app-eu1.hubspot.com/contacts/123/record/0-1/51' },
};

async function readStore<T>(t: TailorBrowser, store: string): Promise<T[]> {
  return t.worker.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('tailor');
        open.onsuccess = () => {
          const req = open.result.transaction(name).objectStore(name).getAll();
          req.onsuccess = () => {
            open.result.close();
            resolve(req.result as T[]);
          };
          req.onerror = () => reject(req.error);
        };
        open.onerror = () => reject(open.error);
      }),
    store,
  );
}

describe('the side panel in Chromium', () => {
  let tailor: TailorBrowser;
  let tabId: number;
  let panel: Page;
  const show = (prospect: object) =>
    tailor.worker.evaluate(([id, p]) => chrome.storage.session.set({ [`tab:${id}`]: { prospect: p, detectedAt: Date.now() } }), [tabId, prospect] as const);
  const list = () => panel.getByRole('list', { name: 'Suggested content' });
  // The suggestions themselves, not the lists of reasons inside them.
  const items = () => list().locator(':scope > li');
  // The clipboard is read from an ordinary web page allowed to read it: extension pages cannot be
  // granted that permission, and Tailor itself never asks for it.
  let reader: Page;
  const readClipboard = async () => {
    await reader.bringToFront();
    const value = await reader.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      const html = item!.types.includes('text/html') ? await (await item!.getType('text/html')).text() : '';
      return { html, text: await (await item!.getType('text/plain')).text() };
    });
    await panel.bringToFront();
    return value;
  };
  const clipboard = async () => (await readClipboard()).text;
  // The prospect card shows how Tailor read the prospect at a glance; the groups of chips open on a click.
  const details = async () => {
    const glance = panel.locator('.pc-glance');
    await glance.waitFor();
    await glance.click();
  };

  beforeAll(async () => {
    tailor = await launchTailor();
    await waitUntil(() => countRows(tailor.worker, 'assets'), (n) => n > 0, 'the sample library');
    await tailor.context.route('https://clipboard.test/**', (r) => r.fulfill({ contentType: 'text/html', body: '<title>reader</title>' }));
    await tailor.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://clipboard.test' });
    reader = await tailor.context.newPage();
    await reader.goto('https://clipboard.test/');
    const crmTab = await tailor.context.newPage();
    await crmTab.goto('about:blank');
    tabId = await tailor.worker.evaluate(async () => Math.max(...(await chrome.tabs.query({})).map((t: { id?: number }) => t.id!)));
    await show(dana);
    panel = await tailor.openPage(`sidepanel.html?tabId=${tabId}`);
    await panel.setViewportSize({ width: 360, height: 800 });
  });
  afterAll(async () => {
    await tailor?.close();
  });

  it('shows the prospect, what Tailor read, and suggestions with reasons', async () => {
    await list().waitFor();
    await panel.getByRole('heading', { name: 'Dana Whitfield' }).waitFor();
    // At a glance: one line of what was read, which opens into the full card.
    const glance = panel.getByRole('button', { name: /^Read as Support leader\b.*Details$/ });
    expect(await glance.getAttribute('aria-expanded')).toBe('false');
    await glance.click();
    const personas = panel.getByRole('group', { name: 'Personas' });
    expect(await personas.textContent()).toContain('Support leader');
    expect(await personas.textContent()).toContain('from “Sr. Director, Customer Care”');
    await expect.poll(() => items().count()).toBe(5);
    const first = items().first();
    expect(await first.getByRole('link').getAttribute('href')).toMatch(/^https:\/\//);
    expect(await first.textContent()).toMatch(/Persona: Support leader \(from "Sr\. Director, Customer Care"\)/);
    await expect.poll(() => readStore<{ type: string }>(tailor, 'events').then((e) => e.filter((x) => x.type === 'impression').length)).toBe(5);
  });

  it('counts each suggestion shown once per record view, however many panels show it', async () => {
    // A second panel pinned to the same tab (the pop-out beside the side panel) shows the same record view.
    const second = await tailor.openPage(`sidepanel.html?tabId=${tabId}`);
    const secondItems = second.getByRole('list', { name: 'Suggested content' }).locator(':scope > li');
    await secondItems.first().getByRole('button', { name: 'Copy link' }).and(second.locator(':enabled')).waitFor();
    expect(await secondItems.count()).toBe(5);
    // Something the rep does in that panel, recorded after what it showed would have been.
    await second.bringToFront();
    await secondItems.first().getByRole('button', { name: 'Copy link' }).click();
    await second.getByRole('status').getByText(/^Link copied: /).waitFor();
    const events = await waitUntil(() => readStore<{ type: string; assetId: string }>(tailor, 'events'), (e) => e.some((x) => x.type === 'copy-link'), 'the copy from the second panel');
    const impressions = events!.filter((x) => x.type === 'impression');
    expect(impressions).toHaveLength(5);
    expect(new Set(impressions.map((x) => x.assetId)).size).toBe(5);
    await second.close();
    await panel.bringToFront();
  });

  it('copies a tracked link and says so', async () => {
    const first = items().first();
    const href = await first.getByRole('link').getAttribute('href');
    await first.getByRole('button', { name: 'Copy link' }).click();
    await panel.getByRole('status').getByText(/^Link copied: /).waitFor();
    const copied = new URL(await clipboard());
    expect(`${copied.origin}${copied.pathname}`).toBe(href!.split('?')[0]);
    expect(copied.searchParams.get('utm_source')).toBe('tailor');
    expect(copied.searchParams.get('utm_medium')).toBe('sales');
    expect(copied.searchParams.get('utm_campaign')).toMatch(/^tw-\d+$/);
    const events = await readStore<{ type: string; assetId: string; crm: string; recordId: string; context: { personas: string[] } }>(tailor, 'events');
    const copy = events.find((e) => e.type === 'copy-link')!;
    expect(copy).toMatchObject({ crm: 'salesforce', recordId: '0035g00000XyZabAAB', assetId: copied.searchParams.get('utm_campaign') });
    expect(copy.context.personas).toEqual(['support-leader']);
  });

  it('copies several items as one email snippet, rich and plain', async () => {
    const titles = [await items().nth(0).getByRole('heading').textContent(), await items().nth(1).getByRole('heading').textContent()];
    await items().nth(0).getByRole('checkbox').check();
    await items().nth(1).getByRole('checkbox').check();
    await panel.getByRole('region', { name: 'Selected content' }).getByRole('button', { name: 'Copy 2 for email' }).click();
    await panel.getByRole('status').getByText('Copied 2 items for email').waitFor();
    const { html, text } = await readClipboard();
    for (const t of titles) {
      expect(text).toContain(t);
      expect(html).toContain('<a href="https://');
    }
    expect(text).toMatch(/utm_source=tailor/);
  });

  it('remembers a correction for the record across reloads', async () => {
    await panel.getByRole('group', { name: 'Pain points' }).getByRole('button', { name: 'Remove Agent burnout and attrition' }).click();
    const industriesGroup = panel.getByRole('group', { name: 'Industries' });
    await industriesGroup.getByRole('button', { name: 'Add an industry' }).click();
    // Moving through the choices with the keyboard adds nothing until the rep says Add.
    const picker = panel.getByRole('combobox', { name: 'Add an industry' });
    const before = await industriesGroup.locator('.context-chip').count();
    await picker.press('ArrowDown');
    await picker.press('ArrowDown');
    expect(await industriesGroup.locator('.context-chip').count()).toBe(before);
    await picker.selectOption({ label: 'Banking and insurance' });
    await industriesGroup.getByRole('button', { name: 'Add', exact: true }).click();
    await panel.getByText('Your corrections are remembered for this record.').waitFor();
    // The background has prepared the record's view again, with this correction.
    const preparedChips = () =>
      tailor.worker.evaluate(
        (id) => chrome.storage.session.get(`view:${id}`).then((r) => ((r[`view:${id}`] as { chips?: { label: string }[] } | undefined)?.chips ?? []).map((c) => c.label)),
        tabId,
      );
    await waitUntil(preparedChips, (labels) => labels.includes('Banking and insurance'), 'the view prepared with the new industry');
    // The background is busy for a moment (preparing many tabs' views, a feed sync) when the rep changes
    // the persona: it learns of the correction late, and the view it prepared before stays meanwhile.
    const busy = tailor.worker.evaluate(() => {
      const until = Date.now() + 2000;
      while (Date.now() < until);
    });
    const personas = panel.getByRole('group', { name: 'Personas' });
    await personas.getByRole('button', { name: 'Remove Support leader' }).click();
    await waitUntil(() => personas.textContent(), (t) => !t?.includes('Support leader'), 'the persona removed');
    // The first reading of the prospect the reloaded page shows (the first paint's, or the full panel's)
    // already has the correction: never the view the background prepared before it, not even briefly.
    await panel.addInitScript(() => {
      new MutationObserver((_, observer) => {
        const glance = [...document.querySelectorAll('.pc-glance')].find((el) => !el.closest('[hidden]'));
        if (!glance) return;
        (window as { firstGlance?: string }).firstGlance = glance.textContent ?? '';
        observer.disconnect();
      }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    await panel.reload();
    await list().waitFor();
    const firstGlance = await waitUntil(() => panel.evaluate(() => (window as { firstGlance?: string }).firstGlance), (g) => g !== undefined, 'the prospect on screen');
    expect(firstGlance).toContain('corrected by you');
    expect(firstGlance).toContain('Banking and insurance');
    expect(firstGlance).not.toContain('Support leader');
    await busy;
    await details();
    const pains = await panel.getByRole('group', { name: 'Pain points' }).textContent();
    expect(pains).not.toContain('Agent burnout');
    const industries = await panel.getByRole('group', { name: 'Industries' }).textContent();
    expect(industries).toContain('Banking and insurance');
    expect(industries).toContain('added by you');
    await panel.getByRole('button', { name: 'Undo all corrections' }).click();
    await expect.poll(() => panel.getByRole('group', { name: 'Pain points' }).textContent()).toContain('Agent burnout');
  });

  it('lets the rep correct a prospect described by hand, which is no CRM record', async () => {
    await tailor.worker.evaluate((id) => chrome.storage.session.remove(`tab:${id}`), tabId);
    await panel.getByLabel('Job title').fill('CFO');
    await panel.getByLabel('Notes').fill('Tickets are piling up and agents are burned out.');
    await panel.getByRole('button', { name: 'Suggest content' }).click();
    await details();
    const pains = panel.getByRole('group', { name: 'Pain points' });
    const burnout = pains.getByRole('button', { name: /^Remove Agent burnout/ });
    await burnout.waitFor();
    await burnout.click();
    await expect.poll(() => pains.textContent()).not.toContain('Agent burnout');
    await list().waitFor();
    await show(dana);
    await panel.getByRole('heading', { name: 'Dana Whitfield' }).waitFor();
  });

  it('follows the tab to another record', async () => {
    await show(omar);
    await panel.getByRole('heading', { name: 'Omar Haddad' }).waitFor({ timeout: 1000 });
    await details();
    expect(await panel.getByRole('group', { name: 'Personas' }).textContent()).toContain('Finance executive');
  });

  it('hides an asset marked not relevant for prospects like this, and flags one as outdated', async () => {
    const first = items().first();
    const title = await first.getByRole('heading').textContent();
    await first.getByRole('button', { name: 'More actions' }).click();
    await first.getByRole('button', { name: 'Not relevant' }).click();
    await first.getByRole('combobox', { name: /Why not/ }).selectOption('Wrong persona');
    await first.getByRole('button', { name: 'Hide for prospects like this' }).click();
    await expect.poll(() => list().getByRole('heading').allTextContents()).not.toContain(title);
    const second = items().first();
    await second.getByRole('button', { name: 'More actions' }).click();
    await second.getByRole('button', { name: 'Flag as outdated' }).click();
    await second.getByRole('textbox', { name: /What is out of date/ }).fill('Pricing changed in October');
    await second.getByRole('button', { name: 'Send flag to marketing' }).click();
    await panel.getByRole('status').getByText('Flag sent to marketing. Thank you.').waitFor();
    const flags = await readStore<{ reason: string; status: string; recordKey: string }>(tailor, 'flags');
    expect(flags).toEqual([expect.objectContaining({ reason: 'Pricing changed in October', status: 'open', recordKey: 'hubspot:contact:51' })]);
    const events = await readStore<{ type: string; reason?: string }>(tailor, 'events');
    expect(events.find((e) => e.type === 'not-relevant')?.reason).toBe('Wrong persona');
  });

  it('sends a content request with the prospect’s context', async () => {
    await panel.getByRole('button', { name: 'Nothing fits? Ask marketing' }).click();
    await panel.getByRole('button', { name: 'Send request' }).click();
    await panel.getByText(/Say what you need/).waitFor();
    await panel.getByLabel('What would help with this prospect?').fill('A credit union case study about member support');
    await panel.getByRole('button', { name: 'Send request' }).click();
    await panel.getByRole('status').getByText('Request sent to marketing.').waitFor();
    const [request] = await readStore<{ note: string; prospect: { title: string }; context: { personas: string[] } }>(tailor, 'requests');
    expect(request).toMatchObject({ note: 'A credit union case study about member support', prospect: { title: 'CFO' }, context: { personas: ['finance-exec'] } });
  });

  it('searches the library with a typo, with facets', async () => {
    await panel.getByRole('tab', { name: 'Search' }).click();
    const box = panel.getByRole('searchbox', { name: 'Search library' });
    await box.fill('omnichanel');
    const results = panel.getByRole('list', { name: 'Search results' });
    await results.waitFor();
    expect(await results.getByRole('heading').first().textContent()).toMatch(/Omnichannel/);
    await panel.getByRole('combobox', { name: 'Type' }).selectOption('case-study');
    await expect.poll(async () => (await results.getByText(/^Case study$/).count()) === (await results.locator(':scope > li').count())).toBe(true);

    // A broad word: ten results first, more on request; the search is still there after a look at the suggestions.
    await panel.getByRole('combobox', { name: 'Type' }).selectOption('');
    await box.fill('support');
    const more = panel.getByRole('button', { name: /^Show more results/ });
    await more.waitFor();
    expect(await results.locator(':scope > li').count()).toBe(10);
    await more.click();
    await expect.poll(() => results.locator(':scope > li').count()).toBeGreaterThan(10);
    await panel.getByRole('tab', { name: 'Suggested' }).click();
    await panel.getByRole('tab', { name: 'Search' }).click();
    expect(await box.inputValue()).toBe('support');
    await panel.getByRole('tab', { name: 'Suggested' }).click();
  });

  it('works from the keyboard alone, with visible focus', async () => {
    await panel.reload();
    await list().waitFor();
    const copyButton = items().first().getByRole('button', { name: 'Copy link' });
    for (let i = 0; i < 60 && !(await copyButton.evaluate((el) => el === document.activeElement)); i++) await panel.keyboard.press('Tab');
    expect(await copyButton.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await copyButton.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    await panel.keyboard.press('Enter');
    await panel.getByRole('status').getByText(/^Link copied: /).waitFor();
  });

  it('has no serious accessibility problems, light or dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await panel.emulateMedia({ colorScheme: scheme });
      expect(await seriousViolations(panel), scheme).toEqual([]);
    }
    await panel.emulateMedia({ colorScheme: 'light' });
  });

  /** Shows an open opportunity of `company` and marks it won with `amount` from the panel. */
  const markWon = async (name: string, company: string, recordId: string, amount: string) => {
    await show({ name, company, stage: 'Negotiation/Review', source: { crm: 'salesforce', recordType: 'opportunity', recordId } });
    await panel.getByRole('heading', { name }).waitFor();
    await panel.getByRole('button', { name: 'Deal won? Credit the content shared' }).click();
    await panel.getByLabel('Amount (optional)').fill(amount);
    await panel.getByRole('button', { name: 'Mark won' }).click();
  };

  it('credits the content shared on an account when the rep marks its deal won', async () => {
    await markWon('Pinecrest - Patient Support Platform', 'Pinecrest Health', '0065g00000QrStUAAV', '$50,000');
    await panel.getByRole('status').getByText(/Deal won: [1-9]\d* shared assets? credited\./).waitFor();
    const shared = (await readStore<{ type: string; account?: string; assetId: string }>(tailor, 'events')).filter(
      (e) => (e.type === 'copy-link' || e.type === 'copy-email') && e.account === 'pinecrest health',
    );
    const [outcome] = await readStore<{ dealKey: string; amount: number; assetIds: string[] }>(tailor, 'outcomes');
    expect(outcome).toMatchObject({ dealKey: 'salesforce:opportunity:0065g00000QrStUAAV', amount: 50_000 });
    expect(outcome!.assetIds.sort()).toEqual([...new Set(shared.map((e) => e.assetId))].sort());
  });

  it('does not credit a link copied on a deal after it was won', async () => {
    await markWon('Lakeside Transit - Rider Support', 'Lakeside Transit', '0065g00000LkSdTAAV', '14,000');
    await panel.getByRole('status').getByText('Deal won: 0 shared assets credited.').waitFor();
    await list().waitFor();
    await items().first().getByRole('button', { name: 'Copy link' }).click();
    await panel.getByRole('status').getByText(/^Link copied: /).waitFor();
    const outcomes = await readStore<{ dealKey: string; assetIds: string[] }>(tailor, 'outcomes');
    expect(outcomes.find((o) => o.dealKey === 'salesforce:opportunity:0065g00000LkSdTAAV')?.assetIds).toEqual([]);
  });

  it('shows what reps did in the panel on the insights page', async () => {
    const events = await readStore<{ type: string; assetId?: string }>(tailor, 'events');
    const shares = events.filter((e) => e.type === 'copy-link' || e.type === 'copy-email').length;
    expect(shares).toBeGreaterThanOrEqual(4);
    const insights = await tailor.openPage('options.html#insights?days=7');
    await insights.getByTestId('kpi-shares').waitFor();
    // At a laptop's width the coverage matrix fits: the sample's twelve industries, names read upwards.
    await insights.setViewportSize({ width: 1280, height: 800 });
    const overflow = () => insights.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    const matrix = insights.getByRole('region', { name: /Coverage matrix/ });
    const matrixOverflow = () => matrix.evaluate((e) => e.scrollWidth - e.clientWidth);
    expect(await overflow(), 'the insights page is wider than the window').toBeLessThanOrEqual(0);
    await expect.poll(matrixOverflow, { message: 'the coverage matrix is cut at 1,280 px' }).toBeLessThanOrEqual(0);
    // Narrower, the page still does not scroll sideways: the matrix scrolls in its own box, and shows it does
    // (a scrollbar always drawn, the persona column kept in view), from the keyboard too.
    await insights.setViewportSize({ width: 900, height: 800 });
    await expect.poll(matrixOverflow).toBeGreaterThan(0);
    expect(await overflow(), 'the insights page is wider than the window').toBeLessThanOrEqual(0);
    expect(await matrix.evaluate((e) => [getComputedStyle(e).scrollbarWidth, e.tabIndex])).toEqual(['thin', 0]);
    await matrix.focus();
    await insights.keyboard.press('ArrowRight');
    await expect.poll(() => matrix.evaluate((e) => e.scrollLeft)).toBeGreaterThan(0);
    const persona = matrix.getByRole('rowheader', { name: 'Support leader', exact: true });
    const box = (await matrix.boundingBox())!;
    expect((await persona.boundingBox())!.x, 'the persona column scrolled out of view').toBeGreaterThanOrEqual(box.x - 1);
    await insights.setViewportSize({ width: 1280, height: 800 });
    expect(await insights.getByRole('table', { name: 'Shared on won deals' }).textContent()).toContain('50,000');
    // Two won deals: Pinecrest with content shared before the win, Lakeside with a link copied only after it.
    expect(await insights.getByTestId('kpi-won').textContent()).toBe('2 won deals64,000 in won deal amounts, as the CRMs show them');
    expect(await insights.getByTestId('kpi-won-content').textContent()).toBe('1 of 2 with contentshared before the win · 50,000 of those amounts');
    expect(await insights.getByRole('table', { name: 'Shared on won deals' }).textContent()).not.toContain('64,000');
    // Amounts are kept as the CRMs show them, with no currency: the tables and charts name them as the totals
    // above do ("won deal amounts"), and nothing a marketer reads calls them revenue.
    expect(await insights.getByRole('table', { name: 'Shared on won deals' }).getByRole('columnheader').allTextContents()).toEqual(['Asset', 'Won deals', 'Won deal amounts']);
    await insights.getByRole('img', { name: 'Amounts of the won deals each asset was shared on', exact: true }).waitFor();
    expect(await wordsForFigures(insights)).not.toContainEqual(expect.stringMatching(/revenue/i));
    const notCounted = await insights.getByTestId('won-without-content').textContent();
    expect(notCounted).toContain('1 won deal is not counted here');
    expect(notCounted).toContain('Lakeside Transit - Rider Support (lakeside transit): 1 share on its account after it was won, none before');
    // What the charts drew (components/chart.tsx writes the category labels Chart.js kept after any skipping).
    const drawn = async (heading: string) =>
      JSON.parse((await insights.locator('article', { has: insights.getByRole('heading', { name: heading, level: 3 }) }).locator('canvas').getAttribute('data-labels'))!) as string[];
    const personas = await insights.getByRole('table', { name: 'Usage by persona' }).locator('tbody th').allTextContents();
    expect(personas.length).toBeGreaterThan(5);
    // Every persona's bar carries its own label (wrapped labels read back joined).
    expect(await drawn('Usage by persona')).toEqual(personas);
    // Once there is a share, its chart and table, and no empty line.
    const top = await insights.getByRole('table', { name: 'Most shared' }).locator('tbody th').allTextContents();
    expect(top.length).toBeGreaterThan(0);
    expect((await drawn('Top content by shares')).length).toBe(top.length);
    expect(await insights.getByTestId('top-shares-empty').count()).toBe(0);
    // The activity's last label is the range's last day, today in local time, also over 30 days (labels thinned).
    const today = await insights.evaluate(() => new Date().toLocaleDateString(undefined, { month: 'short', day: 'numeric' }));
    expect((await drawn('Activity')).at(-1)).toBe(today);
    const from30 = await insights.evaluate(() => {
      const d = new Date();
      d.setDate(d.getDate() - 29);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')} to`;
    });
    await insights.getByRole('combobox', { name: 'Period', exact: true }).selectOption('30');
    await insights.getByTestId('insights-timing').filter({ hasText: from30 }).waitFor();
    const month = await waitUntil(() => drawn('Activity'), (labels) => labels.length !== 7, 'the activity chart redrawn for 30 days');
    expect(month.at(-1)).toBe(today);
    expect(month.length).toBeLessThanOrEqual(10);
    const reps = insights.getByRole('table', { name: 'Usage by rep' });
    expect(await reps.textContent()).toContain('You (no rep ID set)');
    expect(await reps.textContent()).not.toContain('unknown');
    expect(await insights.getByTestId('no-rep-id').getByRole('link').getAttribute('href')).toBe('#settings');
    expect(await insights.getByTestId('influence-empty').count()).toBe(0);
    expect(await insights.getByTestId('kpi-shares').textContent()).toBe(String(shares));
    const requests = insights.getByRole('table', { name: "Reps' content requests" });
    expect(await requests.textContent()).toContain('A credit union case study about member support');
    const feedback = insights.getByRole('table', { name: 'Assets most often marked not relevant or flagged' });
    expect(await feedback.textContent()).toContain('Pricing changed in October');
    expect(await feedback.textContent()).toContain('Wrong persona');
    expect(await seriousViolations(insights)).toEqual([]);
    await insights.close();
  });

  it('lets the rep describe a prospect when no record is on screen', async () => {
    await tailor.worker.evaluate((id) => chrome.storage.session.remove(`tab:${id}`), tabId);
    const form = panel.getByRole('form', { name: 'Describe the prospect' });
    await form.waitFor();
    await form.getByLabel('Job title').fill('VP Finance');
    await form.getByLabel('Industry').fill('Insurance');
    await form.getByRole('button', { name: 'Suggest content' }).click();
    await list().waitFor();
    await details();
    expect(await panel.getByRole('group', { name: 'Personas' }).textContent()).toContain('Finance executive');
    expect(await panel.getByRole('group', { name: 'Industries' }).textContent()).toContain('Banking and insurance');
  });

  it('shows an error with a retry when the library cannot be read, and the empty library', async () => {
    await tailor.worker.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('tailor');
          open.onsuccess = () => {
            const tx = open.result.transaction('taxonomy', 'readwrite');
            tx.objectStore('taxonomy').put({ kind: 'bogus', id: 'x', label: 'X', aliases: [], origin: 'local' });
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await panel.reload();
    await panel.getByRole('alert').getByText(/could not open your library/).waitFor();
    await tailor.worker.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const open = indexedDB.open('tailor');
          open.onsuccess = () => {
            const tx = open.result.transaction(['taxonomy', 'assets'], 'readwrite');
            tx.objectStore('taxonomy').delete(['bogus', 'x']);
            tx.objectStore('assets').clear();
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
          };
        }),
    );
    await panel.getByRole('button', { name: 'Try again' }).click();
    await panel.getByText('Your content library is empty').waitFor();
    await panel.getByRole('link', { name: 'Set up your library' }).waitFor();
    expect(tailor.errors.filter((e) => !e.includes('could not open'))).toEqual([]);
  });
});
