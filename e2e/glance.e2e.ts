import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractProspect } from '../lib/crm';
import { SAME_REASONS } from '../lib/panel/view';
import { seriousViolations } from './axe';
import { ROOT, countRows, launchTailor, waitUntil, type TailorBrowser } from './harness';

// Suggestions at a glance: at the size of a side panel on a laptop (360 x 720), for every demo record
// and every fixture record, the top two suggestions (title, type and Copy link) are in view without
// scrolling; a confirmation never covers the list, and goes when the record changes.

// The fixture records and the development set A's, read from their pages as the content script does
// (independent-b is held out: its pages are not looked at).
const fixtures = ['tests/fixtures/crm', 'tests/fixtures/crm/independent-a'].flatMap((dir) =>
  (JSON.parse(fs.readFileSync(path.join(ROOT, dir, 'cases.json'), 'utf8')) as { file: string; url: string; expect: object | null }[])
    .filter((c) => c.expect)
    .map((c) => {
      const { document } = parseHTML(fs.readFileSync(path.join(ROOT, dir, c.file), 'utf8'));
      const prospect = extractProspect(document as unknown as Document, c.url);
      if (!prospect) throw new Error(`the fixture ${dir}/${c.file} must read as a record`);
      return { name: `fixture ${path.relative('tests/fixtures/crm', path.join(dir, c.file))}`, prospect };
    }),
);
const DEMO: [string, string][] = [
  ['salesforce-contact.html', 'https://acme.lightning.force.com/lightning/r/Contact/0035g00000XyZabAAB/view'],
  ['hubspot-contact.html', 'https://app-eu1.hubspot.com/contacts/8765432/record/0-1/51'],
  ['linkedin-profile.html', 'https://www.linkedin.com/in/priya-raman-cx/'],
  ['zoho-deal.html', 'https://crm.zoho.in/crm/org70012345/tab/Potentials/5123000000222222'],
];
const demos = DEMO.map(([file, url]) => {
  const { document } = parseHTML(fs.readFileSync(path.join(ROOT, 'demo', file), 'utf8'));
  const prospect = extractProspect(document as unknown as Document, url);
  if (!prospect) throw new Error(`the demo page ${file} must read as a record`);
  return { name: `demo ${file}`, prospect };
});

/** Is the element wholly inside the page's viewport? */
const wholeInView = (l: Locator) =>
  l.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth;
  });
const box = (l: Locator) => l.evaluate((el) => JSON.parse(JSON.stringify(el.getBoundingClientRect())) as DOMRect);
/**
 * What the one or two lines of chips hide that a rep needs: "Details" (the way into the card) and the "+N"
 * of chips not shown must be wholly inside the clipping box (the chips line, or its line of chips), and no line of text may be cut through
 * by its edge (half a third line peeking out under the second).
 */
const glanceCuts = (l: Locator) =>
  l.evaluate((button) => {
    const cuts: string[] = [];
    const top = button.getBoundingClientRect().top + button.clientTop;
    const bottom = top + button.clientHeight;
    for (const part of button.querySelectorAll('.glance-open, .glance-more')) {
      const r = part.getBoundingClientRect();
      // A line of chips clips what overflows it at its right edge.
      const line = part.closest('.glance-line')?.getBoundingClientRect();
      const cutAcross = line ? r.left < line.left - 0.5 || r.right > line.right + 0.5 : false;
      if (r.height === 0 || r.top < top - 0.5 || r.bottom > bottom + 0.5 || cutAcross) cuts.push(`"${part.textContent!.trim()}" is hidden`);
    }
    const range = document.createRange();
    range.selectNodeContents(button);
    for (const r of range.getClientRects()) if (r.height > 2 && r.top < bottom - 0.5 && r.bottom > bottom + 0.5) cuts.push('a line is cut through by the bottom edge');
    return [...new Set(cuts)];
  });

/**
 * Whether the prospect's first pain point can be read at a glance: the first pain chip's part left visible
 * by every box that clips it, up to the chips line, is its whole height and at least 40 px wide (or all of it).
 * Undefined when the line shows no pain chip.
 */
const firstPainSeen = (l: Locator) =>
  l.evaluate((button) => {
    const chip = button.querySelector('.glance-painPoints');
    if (!chip) return undefined;
    const r = chip.getBoundingClientRect();
    let [left, right, top, bottom] = [r.left, r.right, r.top, r.bottom];
    for (let el = chip.parentElement; el; el = el.parentElement) {
      if (getComputedStyle(el).overflow !== 'visible') {
        const c = el.getBoundingClientRect();
        [left, right, top, bottom] = [Math.max(left, c.left), Math.min(right, c.right), Math.max(top, c.top), Math.min(bottom, c.bottom)];
      }
      if (el === button) break;
    }
    const wholeHeight = bottom - top >= r.height - 0.5;
    return wholeHeight && right - left >= Math.min(40, r.width - 0.5);
  });

/**
 * Where two suggestions next to each other start their one-line reasons alike (the first two reasons, about
 * what shows at 360 px) without saying they have the same reasons; and where one says so but has not.
 */
const alikeReasonLines = (list: Locator) =>
  list.evaluateAll(
    (lis, same) => {
      const rows = lis.map((li) => ({
        line: li.querySelector('.s-why-line')?.textContent ?? '',
        reasons: [...li.querySelectorAll('.s-reasons li')].map((r) => r.textContent ?? '').sort().join('\n'),
      }));
      const start = (line: string) => line.split(' · ').slice(0, 2).join(' · ');
      const misses: string[] = [];
      for (let i = 1; i < rows.length; i++) {
        const [above, row] = [rows[i - 1]!, rows[i]!];
        if (row.line.startsWith(same)) {
          if (row.reasons !== above.reasons) misses.push(`suggestion ${i + 1} says "${same}" but its reasons differ`);
        } else if (row.line && start(row.line) === start(above.line)) misses.push(`suggestions ${i} and ${i + 1} both read "${start(row.line)} …"`);
      }
      return misses;
    },
    SAME_REASONS,
  );

/** How many lines the element's text takes (its text's boxes, by their distinct tops). */
const textLines = (l: Locator) =>
  l.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
  });

describe('suggestions at a glance, at 360 x 720', () => {
  let tailor: TailorBrowser;
  let panel: Page;
  let tabId: number;
  let n = 0;
  const show = (prospect: object) =>
    tailor.worker.evaluate(([id, p, at]) => chrome.storage.session.set({ [`tab:${id}`]: { prospect: p, detectedAt: at } }), [tabId, prospect, Date.now() + n++] as const);
  const items = () => panel.getByRole('list', { name: 'Suggested content' }).locator(':scope > li');

  beforeAll(async () => {
    tailor = await launchTailor();
    await waitUntil(() => countRows(tailor.worker, 'assets'), (c) => c > 0, 'the sample library');
    const crmTab = await tailor.context.newPage();
    await crmTab.goto('about:blank');
    tabId = await tailor.worker.evaluate(async () => Math.max(...(await chrome.tabs.query({})).map((t: { id?: number }) => t.id!)));
    await show(demos[0]!.prospect);
    panel = await tailor.openPage(`sidepanel.html?tabId=${tabId}`);
    await panel.setViewportSize({ width: 360, height: 720 });
    await items().first().waitFor();
  });
  afterAll(async () => {
    await tailor?.close();
  });

  it('shows the top two suggestions without scrolling, and the chips line with its Details and +N, for every demo and fixture record', async () => {
    const misses: string[] = [];
    for (const { name, prospect } of [...demos, ...fixtures]) {
      const heading = (prospect as { name?: string; company?: string; title?: string }).name ?? (prospect as { company?: string }).company;
      await show(prospect);
      if (heading) await panel.getByRole('heading', { name: heading, exact: true }).waitFor();
      await expect.poll(() => items().count(), { message: name }).toBeGreaterThanOrEqual(2);
      for (const i of [0, 1]) {
        const item = items().nth(i);
        for (const [what, part] of [
          ['title', item.getByRole('heading')],
          ['type', item.locator('.type-badge')],
          ['Copy link', item.getByRole('button', { name: 'Copy link' })],
        ] as const)
          if (!(await wholeInView(part))) misses.push(`${name}: suggestion ${i + 1}'s ${what} is below the fold`);
      }
      for (const cut of await glanceCuts(panel.locator('.pc-glance'))) misses.push(`${name}: in the chips line, ${cut}`);
      for (const miss of await alikeReasonLines(items())) misses.push(`${name}: ${miss}`);
      if ((await firstPainSeen(panel.locator('.pc-glance'))) === false) misses.push(`${name}: the first pain point is cut out of the chips line`);
      expect(await panel.evaluate(() => document.querySelector('main')!.scrollTop)).toBe(0);
    }
    expect(misses).toEqual([]);
  });

  it('shows that there are pain points, and how many, however long the persona and industry labels', async () => {
    // Long persona and industry labels first, then several pain points: before, the one line of chips cut
    // the first pain point to nothing and its "+N" counted personas too.
    const prospect = {
      ...demos[0]!.prospect,
      name: 'Morgan Long-Labels',
      title: 'Chief Customer Experience Officer and Head of Procurement and Vendor Management',
      company: 'Northwind Media, Entertainment and Gaming Group',
      industry: 'Media, entertainment and gaming',
      notes: 'Agent burnout and attrition are up, channels and tools are disconnected, there is no insight into support data and response times are slow.',
    };
    await show(prospect);
    await panel.getByRole('heading', { name: prospect.name, exact: true }).waitFor();
    const glance = panel.locator('.pc-glance');
    // The labels before the pain points are long enough to be cut at this width.
    expect(await glance.locator('.glance-chip:not(.glance-painPoints)').evaluateAll((chips) => chips.some((c) => c.scrollWidth > c.clientWidth))).toBe(true);
    expect(await firstPainSeen(glance)).toBe(true);
    expect(await glanceCuts(glance)).toEqual([]);
    const shown = await glance.locator('.glance-painPoints').count();
    const more = glance.locator('.glance-more[title$="more pain points"], .glance-more[title$="more pain point"]');
    const counted = (await more.count()) ? Number(/\d+/.exec((await more.textContent())!)![0]) : 0;
    await glance.click();
    const pains = await panel.getByRole('group', { name: 'Pain points' }).locator('.context-chip').count();
    expect(pains).toBeGreaterThanOrEqual(3);
    expect(shown + counted).toBe(pains);
    await panel.getByRole('button', { name: 'Hide details' }).click();
    await glance.waitFor();
  });

  it("keeps each demo record's short persona whole, cuts a long one before the industry (the job title above says it), and leads with the pain its top suggestion answers", async () => {
    const misses: string[] = [];
    for (const { name, prospect } of demos) {
      await show(prospect);
      await panel.getByRole('heading', { name: (prospect as { name?: string }).name ?? prospect.company!, exact: true }).waitFor();
      const glance = panel.locator('.pc-glance');
      const chips = await glance.locator('.glance-who .glance-chip').evaluateAll((cs) =>
        cs.map((c) => ({ kind: c.className, label: c.textContent!, cut: c.scrollWidth > c.clientWidth + 0.5, shown: Math.floor(((c.textContent ?? '').length * c.clientWidth) / Math.max(1, c.scrollWidth)) })),
      );
      const persona = chips.find((c) => c.kind.includes('glance-personas'));
      for (const c of chips) {
        // A short persona is never cut; the industry is cut only after a short persona (kept whole) or a long
        // one cut down to its least; a long persona may be cut.
        if (c.cut && c.kind.includes('glance-whole')) misses.push(`${name}: the short persona "${c.label}" is cut`);
        if (c.cut && c.kind.includes('glance-industries') && persona && !persona.kind.includes('glance-whole') && !persona.cut) misses.push(`${name}: "${c.label}" is cut while the long persona is whole`);
      }
      if (persona?.cut && persona.shown < 8) misses.push(`${name}: the persona "${persona.label}" is cut to ${persona.shown} characters`);
      if (!chips.some((c) => c.kind.includes('glance-industries')) && prospect.industry) misses.push(`${name}: no industry at a glance`);
      const painChip = glance.locator('.glance-painPoints').first();
      const pain = (await painChip.count()) ? await painChip.getAttribute('title') : null;
      if (pain) {
        const topReasons = await items().first().locator('.s-reasons li').allTextContents();
        if (!topReasons.some((r) => r.startsWith(`Pain point: ${pain} `))) misses.push(`${name}: the glance leads with "${pain}", which the top suggestion does not answer`);
      }
    }
    expect(misses).toEqual([]);
  });

  it('says beside the tabs what the boxes are for, on the tabs\' line and whole, until a box is ticked', async () => {
    await show(demos[1]!.prospect);
    await panel.getByRole('heading', { name: demos[1]!.prospect.name!, exact: true }).waitFor();
    const hint = panel.locator('.tabs .pick-hint');
    await hint.waitFor();
    expect(await hint.textContent()).toBe('Tick to copy several');
    const [h, search] = [await box(hint), await box(panel.getByRole('tab', { name: 'Search' }))];
    expect(h.left).toBeGreaterThanOrEqual(search.right);
    expect(h.right).toBeLessThanOrEqual(360);
    expect(Math.abs((h.top + h.bottom) / 2 - (search.top + search.bottom) / 2)).toBeLessThan(4);
    expect(await hint.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
    expect(await textLines(hint)).toBe(1);
    const tick = items().first().getByRole('checkbox');
    await tick.check();
    await panel.getByRole('region', { name: 'Selected content' }).waitFor();
    expect(await hint.count()).toBe(0);
    await tick.uncheck();
    await hint.waitFor();
  });

  it('opens "More" into menu items that light up under the pointer and show the keyboard focus; axe-clean in both themes', async () => {
    await show(demos[1]!.prospect);
    await panel.getByRole('heading', { name: demos[1]!.prospect.name!, exact: true }).waitFor();
    const first = items().first();
    const more = first.getByRole('button', { name: 'More actions' });
    await more.focus();
    await panel.keyboard.press('Enter');
    const menu = first.getByRole('group', { name: /^More actions for / });
    await menu.waitFor();
    const item = menu.getByRole('button', { name: 'Not relevant' });
    const look = () => item.evaluate((el) => ({ background: getComputedStyle(el).backgroundColor, outline: getComputedStyle(el).outlineStyle }));
    // From the keyboard: Tab from "More" reaches the first item, with a visible focus ring.
    await panel.keyboard.press('Tab');
    expect(await item.evaluate((el) => el === document.activeElement)).toBe(true);
    expect((await look()).outline).not.toBe('none');
    // Under the pointer: the item is filled, as a menu item is.
    await item.evaluate((el) => (el as HTMLElement).blur());
    await panel.mouse.move(0, 0);
    const atRest = await look();
    await item.hover();
    expect((await look()).background).not.toBe(atRest.background);
    // The menu sits inside the list, below the row: it covers nothing, and the row's buttons stay in view.
    expect((await box(menu)).top).toBeGreaterThanOrEqual((await box(more)).bottom - 0.5);
    for (const scheme of ['light', 'dark'] as const) {
      await panel.emulateMedia({ colorScheme: scheme });
      expect(await seriousViolations(panel), scheme).toEqual([]);
    }
    await panel.emulateMedia({ colorScheme: 'light' });
    await item.focus();
    await panel.keyboard.press('Escape');
    await expect.poll(() => menu.count()).toBe(0);
    expect(await more.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('says what it copied below the list, never over it, and forgets it on the next record', async () => {
    await show(demos[0]!.prospect);
    await panel.getByRole('heading', { name: demos[0]!.prospect.name!, exact: true }).waitFor();
    const main = panel.locator('main');
    const bottomBefore = (await box(main)).bottom;
    await items().first().getByRole('button', { name: 'Copy link' }).click();
    const toast = panel.getByRole('status').filter({ hasText: /^(Link copied|Could not copy)/ });
    await toast.waitFor();
    // The list gives up room at its bottom edge: what was in view stays where it was, nothing is covered.
    expect((await box(toast)).top).toBeGreaterThanOrEqual((await box(main)).bottom - 0.5);
    expect((await box(main)).bottom).toBeLessThan(bottomBefore);
    expect(await wholeInView(items().first().getByRole('button', { name: 'Copy link' }))).toBe(true);
    await show(demos[1]!.prospect);
    await panel.getByRole('heading', { name: demos[1]!.prospect.name!, exact: true }).waitFor();
    await expect.poll(() => toast.count()).toBe(0);
  });

  it("brings the next record's suggestions forward from the Search tab, and keeps the search for later", async () => {
    await show(demos[0]!.prospect);
    await panel.getByRole('heading', { name: demos[0]!.prospect.name!, exact: true }).waitFor();
    await panel.getByRole('tab', { name: 'Search' }).click();
    const query = panel.getByRole('searchbox', { name: 'Search library' });
    await query.fill('onboarding');
    await show(demos[1]!.prospect);
    await panel.getByRole('heading', { name: demos[1]!.prospect.name!, exact: true }).waitFor();
    await expect.poll(() => panel.getByRole('tab', { name: 'Suggested' }).getAttribute('aria-selected')).toBe('true');
    expect(await wholeInView(items().first().getByRole('button', { name: 'Copy link' }))).toBe(true);
    await panel.getByRole('tab', { name: 'Search' }).click();
    expect(await query.inputValue()).toBe('onboarding');
    await panel.getByRole('tab', { name: 'Suggested' }).click();
  });

  it('keeps a suggestion’s actions on one row, "More" included, when Insert into email is offered (a compose open)', async () => {
    await show(demos[0]!.prospect);
    await panel.getByRole('heading', { name: demos[0]!.prospect.name!, exact: true }).waitFor();
    const mail = { client: 'gmail', composeId: 'c1', recipients: ['someone@example.com'], reply: false, open: true, updatedAt: Date.now() };
    await tailor.worker.evaluate(([id, m]) => chrome.storage.session.set({ [`mail:${id}`]: m }), [tabId, mail] as const);
    try {
      for (const i of [0, 1]) {
        const item = items().nth(i);
        await item.getByRole('button', { name: 'Insert into email' }).waitFor();
        const row = ['Insert into email', 'Copy link', 'More actions'];
        const tops = await Promise.all(row.map(async (name) => Math.round((await box(item.getByRole('button', { name, exact: true }))).top)));
        expect(new Set(tops).size, `suggestion ${i + 1}'s action tops: ${tops.join(', ')}`).toBe(1);
        for (const name of row) expect(await textLines(item.getByRole('button', { name, exact: true })), name).toBe(1);
        expect(await wholeInView(item.getByRole('button', { name: 'More actions' }))).toBe(true);
        // One filled button: Insert into email, what the rep writing an email came for; Copy link outlined.
        const fill = (name: string) => item.getByRole('button', { name, exact: true }).evaluate((el) => getComputedStyle(el).backgroundColor);
        const filled = await item.locator('.s-actions button.primary').allTextContents();
        expect(filled).toEqual(['Insert into email']);
        expect(await fill('Copy link')).not.toBe(await fill('Insert into email'));
      }
      for (const scheme of ['light', 'dark'] as const) {
        await panel.emulateMedia({ colorScheme: scheme });
        expect(await seriousViolations(panel), scheme).toEqual([]);
      }
      await panel.emulateMedia({ colorScheme: 'light' });
      // Copy for email is one click further, under "More".
      const first = items().first();
      await first.getByRole('button', { name: 'More actions' }).click();
      expect(await wholeInView(first.getByRole('button', { name: 'Copy for email' }))).toBe(true);
      await first.getByRole('button', { name: 'More actions' }).click();
    } finally {
      await tailor.worker.evaluate((id) => chrome.storage.session.remove(`mail:${id}`), tabId);
      await expect.poll(() => panel.getByRole('button', { name: 'Insert into email' }).count()).toBe(0);
    }
  });

  it("fits Chrome's narrowest side panel, 320 px: the hint whole beside the tabs, each suggestion's actions on one row, the chips line's Details and +N, for every demo record, a compose open or not", async () => {
    const misses: string[] = [];
    await panel.setViewportSize({ width: 320, height: 720 });
    try {
      for (const compose of [false, true]) {
        const mail = { client: 'gmail', composeId: 'c1', recipients: ['someone@example.com'], reply: false, open: true, updatedAt: Date.now() };
        if (compose) await tailor.worker.evaluate(([id, m]) => chrome.storage.session.set({ [`mail:${id}`]: m }), [tabId, mail] as const);
        const row = compose ? ['Insert into email', 'Copy link', 'More actions'] : ['Copy link', 'Copy for email', 'More actions'];
        for (const { name: record, prospect } of demos) {
          const name = `${record}${compose ? ', compose open' : ''}`;
          await show(prospect);
          await panel.getByRole('heading', { name: (prospect as { name?: string }).name ?? prospect.company!, exact: true }).waitFor();
          await items().first().getByRole('button', { name: row[0], exact: true }).waitFor();
          const hint = panel.locator('.tabs .pick-hint');
          const [h, search, tabs] = [await box(hint), await box(panel.getByRole('tab', { name: 'Search' })), await box(panel.locator('.tabs'))];
          if (await hint.evaluate((e) => e.scrollWidth > e.clientWidth + 0.5 || e.scrollHeight > e.clientHeight + 0.5)) misses.push(`${name}: the hint "${await hint.textContent()}" is cut`);
          if (h.left < search.right || h.right > tabs.right + 0.5 || h.bottom > tabs.bottom + 0.5) misses.push(`${name}: the hint is not beside the tabs, on their line`);
          for (const i of [0, 1]) {
            const item = items().nth(i);
            const right = (await box(item)).right;
            const buttons = await Promise.all(row.map(async (label) => ({ label, at: await box(item.getByRole('button', { name: label, exact: true })), lines: await textLines(item.getByRole('button', { name: label, exact: true })) })));
            if (new Set(buttons.map((b) => Math.round(b.at.top))).size > 1) misses.push(`${name}: suggestion ${i + 1}'s actions take more than one row`);
            for (const b of buttons) {
              if (b.lines !== 1) misses.push(`${name}: suggestion ${i + 1}'s "${b.label}" wraps`);
              if (b.at.right > right + 0.5) misses.push(`${name}: suggestion ${i + 1}'s "${b.label}" sticks out of its card`);
            }
          }
          for (const cut of await glanceCuts(panel.locator('.pc-glance'))) misses.push(`${name}: in the chips line, ${cut}`);
        }
      }
    } finally {
      await tailor.worker.evaluate((id) => chrome.storage.session.remove(`mail:${id}`), tabId);
      await expect.poll(() => panel.getByRole('button', { name: 'Insert into email' }).count()).toBe(0);
      await panel.setViewportSize({ width: 360, height: 720 });
    }
    expect(misses).toEqual([]);
  });

  it('opens the prospect card with "Hide details" on one line, for every demo record', async () => {
    for (const { name, prospect } of demos) {
      await show(prospect);
      const heading = (prospect as { name?: string; company?: string }).name ?? (prospect as { company?: string }).company;
      if (heading) await panel.getByRole('heading', { name: heading, exact: true }).waitFor();
      await panel.locator('.pc-glance').click();
      const hide = panel.getByRole('button', { name: 'Hide details' });
      await hide.waitFor();
      expect(await textLines(hide), name).toBe(1);
      expect(await wholeInView(hide), name).toBe(true);
      await hide.click();
      await panel.locator('.pc-glance').waitFor();
    }
  });

  it('opens the full explanation of a suggestion on a click, from a one-line summary', async () => {
    const why = items().first().locator('details.s-why');
    const line = await why.locator('summary').textContent();
    expect(line).toMatch(/\S · \S|Fits any|broadly useful/);
    expect(await why.getByRole('list', { name: 'Why' }).isVisible()).toBe(false);
    await why.locator('summary').click();
    await why.getByRole('list', { name: 'Why' }).waitFor();
    expect(await why.getByRole('list', { name: 'Why' }).textContent()).toMatch(/Persona: |Pain point: |Industry: /);
  });
});
