import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAIL_MATCHES } from '../lib/mail/hosts';
import { seriousViolations } from './axe';
import { logChanges, type Snapshot } from './first-paint-log';
import { EXTENSION_DIR, ROOT, countRows, launchTailor, waitUntil, type TailorBrowser } from './harness';
import { pinnedExtension, policyChromium, tempDir, type PolicyChromium } from './policy';

// Email in real Chromium: Gmail and Outlook on the web served at their real addresses from fixture pages
// that follow their compose structure (tests/fixtures/mail), the mail script registered by the
// extension itself once email is turned on in Settings, the panel opened as a tab pinned to the mail tab.

const fixture = (file: string) => fs.readFileSync(path.join(ROOT, 'tests/fixtures', file), 'utf8');
const eventually = <T>(read: () => T | Promise<T>, timeout = 15_000) => expect.poll(read, { timeout });

const GMAIL_NEW = 'https://mail.google.com/mail/u/0/#inbox?compose=new';
const GMAIL_THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJGhmdtqB';
const OUTLOOK = 'https://outlook.office.com/mail/';
const OUTLOOK_LIVE_REPLY = 'https://outlook.live.com/mail/0/inbox/id/AQQkADAwATM';
const OUTLOOK_365 = 'https://outlook.office365.com/mail/';
/** A page on a site Tailor holds no access to: the browser does not show Tailor its address. */
const ELSEWHERE = 'https://news.example.org/today';
const SALESFORCE_DANA = 'https://acme.lightning.force.com/lightning/r/Contact/0035g00000XyZabAAB/view';
const DYNAMICS_ASHBY = 'https://ashby.crm.dynamics.com/main.aspx?appid=x#pagetype=entityrecord&etn=account&id={11111111-2222-3333-4444-555555555555}';
const GMAIL_OTHER_ACCOUNT = 'https://mail.google.com/mail/u/1/#inbox?compose=new';
const GMAIL_BODY = 'div[aria-label="Message Body"][contenteditable="true"]';
const OUTLOOK_BODY = 'div[aria-label^="Message body"][contenteditable="true"]';

/** A record seen earlier whose page showed the person's address (the CRM adapters read it where shown). */
const jane = {
  key: 'salesforce:contact:0035g00000JaneRAAB',
  prospect: {
    name: 'Jane Roe',
    title: 'VP Finance',
    company: 'Acme Corp',
    industry: 'Manufacturing',
    email: 'jane.roe@acme.example',
    source: { crm: 'salesforce', recordType: 'contact', recordId: '0035g00000JaneRAAB', url: 'https://acme.lightning.force.com/lightning/r/Contact/0035g00000JaneRAAB/view' },
  },
  context: { personas: [], industries: [], painPoints: [] },
  firstSeenAt: Date.now() - 3 * 3_600_000,
  lastSeenAt: Date.now() - 2 * 3_600_000 - 60_000,
  views: 1,
};

interface TabMailState {
  composeId: string;
  recipients: string[];
  open: boolean;
  match?: { key: string; by: string };
}

/** Puts the rep's cursor in the nth compose body, just after `text`. */
function cursorAfter(page: Page, bodySelector: string, index: number, text: string) {
  return page.evaluate(
    ([selector, i, t]) => {
      const body = document.querySelectorAll<HTMLElement>(selector)[i]!;
      body.focus();
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      let node: Node | null;
      while ((node = walker.nextNode())) if (node.textContent!.includes(t)) break;
      const range = document.createRange();
      range.setStart(node!, node!.textContent!.indexOf(t) + t.length);
      range.collapse(true);
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    },
    [bodySelector, index, text] as const,
  );
}

/** Opens another compose window beside the first, addressed to `address` (Gmail's dialog, Outlook's compose). */
function openSecondCompose(page: Page, rootSelector: string, address: string) {
  return page.evaluate(
    ([selector, to]) => {
      const first = document.querySelector(selector)!;
      const second = first.cloneNode(true) as Element;
      second.setAttribute('data-test', 'second');
      second.querySelector('[name="cc"]')?.remove();
      for (const el of second.querySelectorAll('[email], [data-hovercard-id], [title], [aria-label]')) {
        for (const attr of ['email', 'data-hovercard-id', 'title', 'aria-label']) {
          const value = el.getAttribute(attr);
          if (value?.includes('jane.roe@acme.example')) el.setAttribute(attr, value.replace('jane.roe@acme.example', to));
        }
      }
      first.parentElement!.append(second);
    },
    [rootSelector, address] as const,
  );
}

const bodyHtml = (page: Page, bodySelector: string, index: number) =>
  page.evaluate(([selector, i]) => document.querySelectorAll(selector)[i]!.innerHTML, [bodySelector, index] as const);

describe('email: Gmail and Outlook on the web in Chromium', () => {
  let tailor: TailorBrowser;
  let tmp: string;
  let options: Page;
  const served = new Map<string, string>();

  // A mail tab's address is visible to Tailor (it holds the mail sites); a CRM tab is found by the record
  // the background keeps for it.
  const tabIdOf = (page: Page) => {
    const url = page.url();
    return waitUntil(
      () =>
        tailor.worker.evaluate(async (u) => {
          const tab = (await chrome.tabs.query({})).find((t) => t.url === u);
          if (tab) return tab.id;
          const all = (await chrome.storage.session.get(null)) as Record<string, { prospect?: { source?: { url?: string } } }>;
          const key = Object.keys(all).find((k) => k.startsWith('tab:') && all[k]?.prospect?.source?.url === u);
          return key ? Number(key.slice(4)) : undefined;
        }, url),
      (id) => id !== undefined,
      `the tab of ${url}`,
    ) as Promise<number>;
  };
  const mailState = (tabId: number) =>
    tailor.worker.evaluate(async (key) => ((await chrome.storage.session.get(key)) as Record<string, TabMailState | undefined>)[key], `mail:${tabId}`);
  const registered = () => tailor.worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id));
  const events = () =>
    tailor.worker.evaluate(
      () =>
        new Promise<{ type: string; assetId?: string; recordId?: string; crm?: string; account?: string }[]>((resolve, reject) => {
          const open = indexedDB.open('tailor');
          open.onsuccess = () => {
            const req = open.result.transaction('events').objectStore('events').getAll();
            req.onsuccess = () => {
              open.result.close();
              resolve(req.result);
            };
            req.onerror = () => reject(req.error);
          };
          open.onerror = () => reject(open.error);
        }),
    );
  /** The email shares recorded so far, oldest first. */
  const emailShares = () => events().then((all) => all.filter((e) => e.type === 'copy-email'));
  const openMail = async (url: string, file: string) => {
    served.set(new URL(url).origin + new URL(url).pathname, fixture(file));
    const page = await tailor.context.newPage();
    await page.goto(url);
    return page;
  };
  const panelFor = async (tabId: number) => {
    const panel = await tailor.openPage(`sidepanel.html?tabId=${tabId}`);
    await panel.setViewportSize({ width: 380, height: 900 });
    return panel;
  };
  const banner = (panel: Page) => panel.getByTestId('writing-to');
  /** How many lines the banner's first paragraph takes on screen (text a screen reader alone reads left out). */
  const bannerLines = (panel: Page) =>
    banner(panel).evaluate((b) => {
      const tops = new Set<number>();
      const walker = document.createTreeWalker(b.querySelector('p')!, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (n.parentElement!.closest('.visually-hidden') || getComputedStyle(n.parentElement!).fontSize === '0px') continue;
        const range = document.createRange();
        range.selectNodeContents(n);
        for (const r of range.getClientRects()) if (r.width > 0) tops.add(r.top);
      }
      // Text of two sizes on one line starts a few pixels apart: a new line is a line-height further down.
      return [...tops].sort((x, y) => x - y).filter((t, i, all) => i === 0 || t - all[i - 1]! > 8).length;
    });
  const insertButtons = (panel: Page) => panel.getByRole('list', { name: 'Suggested content' }).getByRole('button', { name: 'Insert into email' });

  beforeAll(async () => {
    // Headless Chromium cannot answer a permission prompt: this copy holds the mail sites from the start,
    // so the Settings toggle's permissions.request resolves at once, as after a rep's "Allow". Email
    // stays off until the toggle all the same: the mail script is registered only then.
    tmp = tempDir('tailor-mail-ext-');
    const ext = pinnedExtension(tmp, { hostPermissions: [...MAIL_MATCHES] });
    tailor = await launchTailor({ extensionDir: ext.dir });
    await waitUntil(() => countRows(tailor.worker, 'assets'), (n) => n > 0, 'the sample library');
    await tailor.context.route(/^https:\/\/(mail\.google\.com|outlook\.office\.com|outlook\.office365\.com|outlook\.live\.com|acme\.lightning\.force\.com|ashby\.crm\.dynamics\.com|news\.example\.org)\//, (route) => {
      const u = new URL(route.request().url());
      const body = served.get(u.origin + u.pathname);
      return body ? route.fulfill({ contentType: 'text/html; charset=utf-8', body }) : route.fulfill({ status: 404, body: 'not found' });
    });

    // A CRM record seen for real: Dana Whitfield of Mercy Regional Health, on a Salesforce page with the panel open.
    served.set(SALESFORCE_DANA, fixture('crm/salesforce/contact.html'));
    const crm = await tailor.context.newPage();
    await crm.goto(SALESFORCE_DANA);
    const crmPanel = await panelFor(await tabIdOf(crm));
    await crmPanel.getByRole('heading', { name: 'Dana Whitfield' }).waitFor();
    await waitUntil(() => countRows(tailor.worker, 'prospects'), (n) => n >= 1, 'Dana seen');
    await crmPanel.close();
    // And one seen earlier whose record showed her address.
    await tailor.worker.evaluate(
      (row) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('tailor');
          open.onsuccess = () => {
            const tx = open.result.transaction('prospects', 'readwrite');
            tx.objectStore('prospects').put(row);
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
          open.onerror = () => reject(open.error);
        }),
      jane,
    );
  });
  afterAll(async () => {
    await tailor?.close();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  let gmail: Page;
  let gmailTab: number;
  let gmailPanel: Page;

  it('reads no mail page until the rep turns email on: nothing installed up front', async () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest.host_permissions).toBeUndefined();
    expect(JSON.stringify(manifest.content_scripts)).not.toContain('mail');
    expect(manifest.optional_host_permissions).toEqual(expect.arrayContaining([...MAIL_MATCHES]));

    gmail = await openMail(GMAIL_NEW, 'mail/gmail/compose.html');
    gmailTab = await tabIdOf(gmail);
    expect(await registered()).toEqual([]);
    expect(await mailState(gmailTab)).toBeUndefined();
  });

  let elsewhere: Page;
  let elsewhereTab: number | undefined;

  it('email off: on Gmail the panel says Tailor can help with the email, and Turn on email opens Settings at the toggle', async () => {
    const panel = await panelFor(gmailTab);
    const hint = panel.getByTestId('email-off');
    await eventually(() => hint.textContent()).toBe('Tailor can suggest content here, in the email you write, when email is turned on. Turn on emailNot now');
    await panel.getByRole('form', { name: 'Describe the prospect' }).waitFor();
    const [settings] = await Promise.all([tailor.context.waitForEvent('page'), hint.getByRole('button', { name: 'Turn on email' }).click()]);
    await eventually(() => settings.evaluate(() => (document.activeElement as HTMLInputElement | null)?.closest('label')?.textContent?.trim())).toBe(
      'Suggest content in emails I write',
    );
    expect(new URL(settings.url()).hash).toBe('#settings?focus=email');
    expect(await settings.getByLabel('Suggest content in emails I write').isChecked()).toBe(false);
    await settings.close();

    // A page whose address the browser does not show Tailor (it holds no access there, and none to CRM
    // pages either: Chromium shows an extension the address only on sites it holds) may be a mail site:
    // asked as a question.
    served.set(ELSEWHERE, '<!doctype html><title>News</title><p>Today</p>');
    const tabIds = () => tailor.worker.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id!));
    const before = await tabIds();
    elsewhere = await tailor.context.newPage();
    await elsewhere.goto(ELSEWHERE);
    [elsewhereTab] = (await tabIds()).filter((id) => !before.includes(id));
    expect(await tailor.worker.evaluate(async (id) => (await chrome.tabs.get(id)).url, elsewhereTab!)).toBeUndefined();
    await panel.goto(`chrome-extension://${tailor.extensionId}/sidepanel.html?tabId=${elsewhereTab}`);
    await eventually(() => panel.getByTestId('email-off').textContent()).toMatch(/^Writing in Gmail or Outlook on the web\? Tailor can suggest content there when email is turned on\./);
    for (const scheme of ['light', 'dark'] as const) {
      await panel.emulateMedia({ colorScheme: scheme });
      expect(await seriousViolations(panel), scheme).toEqual([]);
    }
    await panel.emulateMedia({ colorScheme: 'light' });

    // "Not now", from the keyboard: the hint goes, the focus stays in the panel's content, the panel says
    // where email is still to be found; and it stays gone, here and on Gmail, in panels opened afterwards.
    const notNow = panel.getByTestId('email-off').getByRole('button', { name: 'Not now: do not mention email again' });
    await notNow.focus();
    await panel.keyboard.press('Enter');
    await eventually(() => panel.getByTestId('email-off').count()).toBe(0);
    expect(await panel.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');
    await panel.getByRole('status').getByText('Tailor will not mention email again. You can turn it on in Settings at any time.').waitFor();
    await panel.reload();
    await panel.getByRole('form', { name: 'Describe the prospect' }).waitFor();
    const onGmail = await panelFor(gmailTab);
    await onGmail.getByRole('form', { name: 'Describe the prospect' }).waitFor();
    for (const p of [panel, onGmail]) expect(await p.getByTestId('email-off').count()).toBe(0);
    await onGmail.close();
    await panel.close();
  });

  it('turns email on in Settings, with what it reads and what never; the open Gmail tab is followed at once', async () => {
    options = await tailor.openPage('options.html#settings');
    const privacy = await options.getByTestId('email-privacy').textContent();
    expect(privacy).toContain('only the recipients’ addresses');
    expect(privacy).toContain('never reads your messages or your inbox');
    await options.getByLabel('Suggest content in emails I write').check();
    await eventually(() => options.getByTestId('email-notice').textContent()).toMatch(/^Email is on/);
    expect(await registered()).toEqual(['tailor-mail']);
    await eventually(() => mailState(gmailTab).then((m) => m?.recipients)).toEqual(['jane.roe@acme.example', 'm.brown@acme.example']);
    // Email on: nothing more is said of it on a page with no record.
    const panel = await tailor.openPage(`sidepanel.html?tabId=${elsewhereTab}`);
    await panel.getByRole('form', { name: 'Describe the prospect' }).waitFor();
    expect(await panel.getByText('No CRM record on this page. Describe who you are talking to:').count()).toBe(1);
    expect(await panel.getByTestId('email-off').count()).toBe(0);
    await panel.close();
    await elsewhere.close();
  });

  it('Gmail: a compose to a record’s address shows that prospect; Insert into email puts the snippet at the cursor', async () => {
    gmailPanel = await panelFor(gmailTab);
    await eventually(() => banner(gmailPanel).textContent()).toBe(
      'Writing to jane.roe@acme.example and 1 more: Jane Roe, Salesforce contact seen 2 h ago',
    );
    await gmailPanel.getByRole('heading', { name: 'Jane Roe' }).waitFor();
    await cursorAfter(gmail, GMAIL_BODY, 0, 'Hi Jane,');

    const first = gmailPanel.getByRole('list', { name: 'Suggested content' }).locator(':scope > li').first();
    const title = (await first.getByRole('heading').textContent())!;
    await first.getByRole('button', { name: 'Insert into email' }).click();
    await gmailPanel.getByRole('status').getByText(`Inserted into email: ${title}`).waitFor();
    const html = await bodyHtml(gmail, GMAIL_BODY, 0);
    // At the cursor: right after "Hi Jane,", before the rest of the message, as a paragraph with a tracked link.
    expect(html).toMatch(new RegExp(`^<div>Hi Jane,<p><a href="https://[^"]+utm_source=tailor[^"]*">${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</a>`));
    expect(html).toContain('<div>Thanks for your time today.</div>');
    // The share is recorded after the toast says it was inserted: wait for it.
    await eventually(() => emailShares().then((shared) => shared.length)).toBe(1);
    expect((await emailShares())[0]).toMatchObject({ crm: 'salesforce', recordId: '0035g00000JaneRAAB', account: 'acme' });
  });

  it('Gmail: the first paint of the compose page already has the banner and Insert into email: nothing moves when the full panel takes over', async () => {
    const panel = await tailor.context.newPage();
    await panel.setViewportSize({ width: 360, height: 720 });
    await logChanges(panel);
    await panel.goto(`chrome-extension://${tailor.extensionId}/sidepanel.html?tabId=${gmailTab}`);
    // The full panel in charge: its Insert into email works.
    await insertButtons(panel).first().and(panel.locator(':enabled')).waitFor();
    const log = await panel.evaluate(() => (window as unknown as { __log: Snapshot[] }).__log);
    const first = log[0]!;
    expect(first.firstPaint, 'the suggestions first appear from the first paint').toBe(true);
    expect(first.actionsReady, 'the first paint’s actions wait for the full panel').toBe(false);
    expect(first.actions, 'the first paint offers Insert into email').toEqual(['Insert into email', 'Copy link', 'More ▾']);
    expect(first.bannerTop, 'the first paint says who the email is to').toBeGreaterThanOrEqual(0);
    expect(log.findIndex((s) => !s.firstPaint), 'the full panel took over').toBeGreaterThan(0);
    for (const s of log) {
      expect(s.lists, 'one list shown at every moment').toBe(1);
      expect(s.titles).toEqual(first.titles);
      expect(s.actions, 'the same buttons throughout').toEqual(first.actions);
      expect(s.bannerTop, 'the banner does not move').toBe(first.bannerTop);
      expect(s.top, 'the list does not move').toBe(first.top);
      expect(s.look, 'the buttons look the same before and after the hand-over').toBe(first.look);
    }
    expect(log.at(-1)!.actionsReady).toBe(true);
    expect(await panel.getByTestId('writing-to').textContent()).toBe('Writing to jane.roe@acme.example and 1 more: Jane Roe, Salesforce contact seen 2 h ago');
    // Read at a glance at the side panel's width: who on one line, the record on a quieter second; nothing cut
    // off sideways; and still one sentence to a screen reader.
    expect(await bannerLines(panel), 'the banner’s lines at 360 px').toBeLessThanOrEqual(2);
    expect(await banner(panel).evaluate((b) => b.scrollWidth <= b.clientWidth), 'nothing overflows the banner').toBe(true);
    expect(await banner(panel).ariaSnapshot()).toContain(
      ['  - paragraph:', '    - strong: Writing to jane.roe@acme.example and 1 more', '    - text: ": Jane Roe, Salesforce contact seen 2 h ago"'].join('\n'),
    );
    expect(await seriousViolations(panel)).toEqual([]);
    await panel.close();
  });

  it('Gmail: a second compose window is followed once the rep is in it, matched by company domain', async () => {
    await openSecondCompose(gmail, '[role="dialog"]', 'ap@mercyregional.example');
    await cursorAfter(gmail, GMAIL_BODY, 1, 'Thanks for your time today.');
    await eventually(() => banner(gmailPanel).textContent()).toMatch(/^Writing to ap@mercyregional\.example: Dana Whitfield, Salesforce contact seen (just now|\d+ min ago) \(same company\)$/);
    await gmailPanel.getByRole('heading', { name: 'Dana Whitfield' }).waitFor();
    await insertButtons(gmailPanel).first().click();
    await gmailPanel.getByRole('status').getByText(/^Inserted into email: /).waitFor();
    expect(await bodyHtml(gmail, GMAIL_BODY, 1)).toMatch(/Thanks for your time today\.<p><a href="https:\/\//);
    // The first window is untouched.
    expect((await bodyHtml(gmail, GMAIL_BODY, 0)).match(/<p>/g)).toHaveLength(1);
    await eventually(() => emailShares().then((shared) => shared.at(-1))).toMatchObject({ recordId: '0035g00000XyZabAAB' });
  });

  it('Gmail: a compose closed before the click gets nothing, and the panel says it is closed', async () => {
    const { composeId } = (await mailState(gmailTab))!;
    await gmail.evaluate(() => document.querySelector('[data-test="second"]')!.remove());
    // The click racing the close: the mail page answers that the compose is gone.
    const reply = await gmailPanel.evaluate(
      ([tabId, id]) => chrome.runtime.sendMessage({ type: 'mail:insert', tabId, composeId: id, html: '<p>late</p>' }),
      [gmailTab, composeId] as const,
    );
    expect(reply).toEqual({ ok: true, value: { inserted: false, reason: 'closed' } });
    // And once the page has noticed: the panel keeps the prospect, says so, and offers no insert.
    await banner(gmailPanel).getByText('That email is closed').waitFor();
    await eventually(() => insertButtons(gmailPanel).count()).toBe(0);
    expect(await gmail.evaluate(() => document.body.innerHTML.includes('late'))).toBe(false);
    expect((await bodyHtml(gmail, GMAIL_BODY, 0)).match(/<p>/g)).toHaveLength(1);
  });

  it('Gmail: a reply in a thread to someone never seen; only the reply’s recipients count; pick a recent record', async () => {
    const thread = await openMail(GMAIL_THREAD, 'mail/gmail/thread.html');
    const tab = await tabIdOf(thread);
    const panel = await panelFor(tab);
    await eventually(() => banner(panel).locator('strong').textContent()).toBe('Replying to sam.lee@globex.example');
    await banner(panel).getByText('Tailor has not seen this person in your CRM').waitFor();
    await panel.getByRole('form', { name: 'Describe the prospect' }).waitFor();
    // Said once, in the banner: no "No CRM record on this page" under it.
    expect(await panel.getByText('No CRM record on this page').count()).toBe(0);
    const picker = banner(panel).getByRole('combobox', { name: 'Pick a recent record' });
    // Jane, met only in an email since her record was seen 2 h ago, is listed as seen then.
    expect(await picker.locator('option', { hasText: 'Jane Roe' }).textContent()).toBe('Jane Roe, Salesforce contact seen 2 h ago');
    const dana = await picker.locator('option', { hasText: 'Dana Whitfield' }).getAttribute('value');
    await picker.selectOption(dana!);
    await eventually(() => banner(panel).textContent()).toMatch(/^Replying to sam\.lee@globex\.example: Dana Whitfield, Salesforce contact seen/);
    await cursorAfter(thread, GMAIL_BODY, 0, 'Hi Sam,');
    await insertButtons(panel).first().click();
    await panel.getByRole('status').getByText(/^Inserted into email: /).waitFor();
    const html = await bodyHtml(thread, GMAIL_BODY, 0);
    expect(html).toMatch(/^<div>Hi Sam,<p><a href="https:\/\//);
    expect(html).toContain('<blockquote class="gmail_quote">');
    await panel.close();
    await thread.close();
  });

  let outlook: Page;
  let outlookTab: number;
  let outlookPanel: Page;

  it('Outlook: a compose to a record’s address shows that prospect; Insert into email puts the snippet at the cursor', async () => {
    outlook = await openMail(OUTLOOK, 'mail/outlook/compose.html');
    outlookTab = await tabIdOf(outlook);
    outlookPanel = await panelFor(outlookTab);
    // Jane's record was on screen a moment ago, in the Gmail tab's panel, but only for the email written to
    // her: when the record was last seen in the CRM is still 2 h ago.
    await eventually(() => banner(outlookPanel).textContent()).toBe('Writing to jane.roe@acme.example: Jane Roe, Salesforce contact seen 2 h ago');
    await cursorAfter(outlook, OUTLOOK_BODY, 0, 'Hi Jane,');
    await insertButtons(outlookPanel).first().click();
    await outlookPanel.getByRole('status').getByText(/^Inserted into email: /).waitFor();
    const html = await bodyHtml(outlook, OUTLOOK_BODY, 0);
    expect(html).toMatch(/^<div>Hi Jane,<p><a href="https:\/\/[^"]+utm_source=tailor/);
    expect(html).toContain('<div id="Signature"><div>Riley Rep</div></div>');
  });

  it('Outlook with an editor that keeps its own model (as Roosterjs): the snippet is pasted into it, survives its next paint, and is a share', async () => {
    served.set(OUTLOOK_365, fixture('mail/outlook/compose.html').replace('</body>', `<script>${fixture('mail/outlook/editor-model.js')}</script></body>`));
    const page = await tailor.context.newPage();
    await page.goto(OUTLOOK_365);
    const panel = await panelFor(await tabIdOf(page));
    await eventually(() => banner(panel).textContent()).toMatch(/^Writing to jane\.roe@acme\.example: Jane Roe/);
    await cursorAfter(page, OUTLOOK_BODY, 0, 'Hi Jane,');
    const shares = (await emailShares()).length;
    await insertButtons(panel).first().click();
    await panel.getByRole('status').getByText(/^Inserted into email: /).waitFor();
    // The editor took it as a paste, at the cursor.
    expect(await page.evaluate((selector) => document.querySelector<HTMLElement>(selector)!.dataset.pastes, OUTLOOK_BODY)).toBe('1');
    // The rep types on: the editor paints the body again from its model, and the snippet is still there.
    await cursorAfter(page, OUTLOOK_BODY, 0, 'Thanks for your time today.');
    await page.keyboard.type('!');
    await eventually(() => bodyHtml(page, OUTLOOK_BODY, 0)).toContain('Thanks for your time today.!');
    expect(await bodyHtml(page, OUTLOOK_BODY, 0)).toMatch(/^<div>Hi Jane,<p><a href="https:\/\/[^"]+utm_source=tailor[^"]*">[^<]+<\/a>/);
    await eventually(() => emailShares().then((shared) => shared.length)).toBe(shares + 1);
    expect((await emailShares()).at(-1)).toMatchObject({ crm: 'salesforce', recordId: '0035g00000JaneRAAB' });
    await panel.close();
    await page.close();
  });

  it('Outlook: a second compose, then closed before the click', async () => {
    await openSecondCompose(outlook, '[data-app-section="MailCompose"]', 'ap@mercyregional.example');
    await cursorAfter(outlook, OUTLOOK_BODY, 1, 'Thanks for your time today.');
    await eventually(() => banner(outlookPanel).textContent()).toMatch(/^Writing to ap@mercyregional\.example: Dana Whitfield/);
    await insertButtons(outlookPanel).first().click();
    await outlookPanel.getByRole('status').getByText(/^Inserted into email: /).waitFor();
    expect(await bodyHtml(outlook, OUTLOOK_BODY, 1)).toMatch(/Thanks for your time today\.<p><a href="https:\/\//);

    const { composeId } = (await mailState(outlookTab))!;
    await outlook.evaluate(() => document.querySelector('[data-test="second"]')!.remove());
    const reply = await outlookPanel.evaluate(
      ([tabId, id]) => chrome.runtime.sendMessage({ type: 'mail:insert', tabId, composeId: id, html: '<p>late</p>' }),
      [outlookTab, composeId] as const,
    );
    expect(reply).toEqual({ ok: true, value: { inserted: false, reason: 'closed' } });
    await banner(outlookPanel).getByText('That email is closed').waitFor();
    await eventually(() => insertButtons(outlookPanel).count()).toBe(0);
  });

  it('Outlook: Insert into an email that closed a moment before the click: nothing inserted, and said once', async () => {
    await cursorAfter(outlook, OUTLOOK_BODY, 0, 'Hi Jane,');
    await eventually(() => insertButtons(outlookPanel).count()).toBeGreaterThan(0);
    await outlookPanel.getByRole('status').getByText('That email is closed').waitFor({ state: 'detached' });
    // The compose stops being one in a way the page's script does not watch for, so it learns of it only
    // from the click: the click meets an email that has just closed.
    const html = await bodyHtml(outlook, OUTLOOK_BODY, 0);
    await outlook.evaluate((selector) => document.querySelector(selector)!.setAttribute('data-test', 'closing'), OUTLOOK_BODY);
    await outlook.evaluate(() => document.querySelector('[data-test="closing"]')!.removeAttribute('contenteditable'));
    await insertButtons(outlookPanel).first().click();
    await outlookPanel.getByRole('status').getByText('Nothing was inserted.', { exact: true }).waitFor();
    await banner(outlookPanel).getByText('That email is closed: click in an open one to insert content.').waitFor();
    expect(await outlookPanel.getByText(/That email is closed/).count()).toBe(1);
    await outlook.evaluate(() => document.querySelector('[data-test="closing"]')!.setAttribute('contenteditable', 'true'));
    expect(await bodyHtml(outlook, OUTLOOK_BODY, 0)).toBe(html);
  });

  it('Outlook.com: an inline reply to someone never seen, described by hand, then inserted', async () => {
    const reply = await openMail(OUTLOOK_LIVE_REPLY, 'mail/outlook/reply.html');
    const panel = await panelFor(await tabIdOf(reply));
    await eventually(() => banner(panel).locator('strong').textContent()).toBe('Replying to sam.lee@globex.example');
    const form = panel.getByRole('form', { name: 'Describe the prospect' });
    await form.getByLabel('Job title').fill('CFO');
    await form.getByLabel('Industry').fill('Banking');
    await form.getByRole('button', { name: 'Suggest content' }).click();
    await cursorAfter(reply, OUTLOOK_BODY, 0, 'Hi Sam,');
    await insertButtons(panel).first().click();
    await panel.getByRole('status').getByText(/^Inserted into email: /).waitFor();
    const html = await bodyHtml(reply, OUTLOOK_BODY, 0);
    expect(html).toMatch(/^<div>Hi Sam,<p><a href="https:\/\//);
    expect(html).toContain('<div id="divRplyFwdMsg">');
    await panel.close();
    await reply.close();
  });

  it('a recipient at a company whose record only has a website: matched by the website’s domain', async () => {
    // Ashby Water & Power's Dynamics 365 account, seen for real: its name says nothing of ashbyutilities.example,
    // its Website field does.
    served.set(new URL(DYNAMICS_ASHBY).origin + new URL(DYNAMICS_ASHBY).pathname, fixture('crm/dynamics/account.html'));
    const seenBefore = await countRows(tailor.worker, 'prospects');
    const crm = await tailor.context.newPage();
    await crm.goto(DYNAMICS_ASHBY);
    const crmPanel = await panelFor(await tabIdOf(crm));
    await crmPanel.getByRole('heading', { name: 'Ashby Water & Power', exact: true }).waitFor();
    // The heading can come from the panel's first paint; the record is remembered once the full panel shows it.
    await waitUntil(() => countRows(tailor.worker, 'prospects'), (n) => n > seenBefore, 'Ashby Water & Power seen');
    await crmPanel.close();
    await crm.close();

    // A compose in another Gmail account, to a colleague there Tailor has never seen (and a Cc as unknown).
    served.set(
      new URL(GMAIL_OTHER_ACCOUNT).origin + new URL(GMAIL_OTHER_ACCOUNT).pathname,
      fixture('mail/gmail/compose.html').replaceAll('jane.roe@acme.example', 'ops@mail.ashbyutilities.example').replaceAll('m.brown@acme.example', 'someone@initech.example'),
    );
    const page = await tailor.context.newPage();
    await page.goto(GMAIL_OTHER_ACCOUNT);
    const tab = await tabIdOf(page);
    const panel = await panelFor(tab);
    await eventually(() => banner(panel).textContent()).toMatch(
      /^Writing to ops@mail\.ashbyutilities\.example and 1 more: Ashby Water & Power, Dynamics 365 account seen (just now|\d+ min ago) \(same company\)$/,
    );
    expect(await mailState(tab)).toMatchObject({ match: { by: 'website', key: expect.stringMatching(/^dynamics:account:/) } });
    // The banner names the match as soon as the mail state has it; the suggestions are for it once its card shows
    // (a click before that shares from the list as it was, for the prospect not yet matched).
    await panel.getByRole('heading', { name: 'Ashby Water & Power', exact: true }).waitFor();
    await cursorAfter(page, GMAIL_BODY, 0, 'Hi Jane,');
    await insertButtons(panel).first().click();
    await panel.getByRole('status').getByText(/^Inserted into email: /).waitFor();
    expect(await bodyHtml(page, GMAIL_BODY, 0)).toMatch(/^<div>Hi Jane,<p><a href="https:\/\//);
    await eventually(() => emailShares().then((shared) => shared.at(-1))).toMatchObject({ crm: 'dynamics', recordId: '11111111-2222-3333-4444-555555555555' });
    await panel.close();
    await page.close();
  });

  it('turning email off stops following mail pages and forgets what it followed', async () => {
    await options.bringToFront();
    await options.getByLabel('Suggest content in emails I write').uncheck();
    await eventually(() => options.getByTestId('email-notice').textContent()).toMatch(/^Email is off/);
    expect(await registered()).toEqual([]);
    expect(await mailState(gmailTab)).toBeUndefined();
    await eventually(() => banner(outlookPanel).count()).toBe(0);
    // The page's own script has stopped too: it no longer answers, even for the compose still open.
    const html = await bodyHtml(outlook, OUTLOOK_BODY, 0);
    const reply = await outlookPanel.evaluate(
      (tabId) => chrome.runtime.sendMessage({ type: 'mail:insert', tabId, composeId: 'c1', html: '<p>after off</p>' }),
      outlookTab,
    );
    expect(reply).toEqual({ ok: true, value: { inserted: false, reason: 'closed' } });
    expect(await bodyHtml(outlook, OUTLOOK_BODY, 0)).toBe(html);
    expect(tailor.errors).toEqual([]);
  });
});

describe('email and the organisation’s policy (emailAllowed) in Chromium', () => {
  let tailor: TailorBrowser;
  let chromium: PolicyChromium;
  let extensionId: string;
  let tmp: string;
  let options: Page;
  let gmail: Page;
  let gmailTab: number;

  const registered = () => tailor.worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id));
  const repChoice = () => tailor.worker.evaluate(async () => (await chrome.storage.local.get('mail:enabled'))['mail:enabled'] as boolean | undefined);
  const mailState = (tabId: number) => tailor.worker.evaluate(async (key) => (await chrome.storage.session.get(key))[key] as TabMailState | undefined, `mail:${tabId}`);
  const toggle = () => options.getByLabel('Suggest content in emails I write');
  const setPolicy = async (policy: Record<string, unknown>) => {
    chromium.setPolicy(extensionId, policy);
    const page = await tailor.context.newPage();
    await page.goto('chrome://policy');
    await page.locator('#reload-policies').click();
    await page.close();
  };

  beforeAll(async () => {
    tmp = tempDir('tailor-mail-policy-');
    // The mail sites held from the start, as in the test above (headless Chromium answers no prompt):
    // so only the policy and the rep's choice decide here.
    const ext = pinnedExtension(tmp, { hostPermissions: [...MAIL_MATCHES] });
    extensionId = ext.id;
    chromium = policyChromium(tmp);
    chromium.setPolicy(extensionId, { emailAllowed: false });
    tailor = await launchTailor({ extensionDir: ext.dir, executablePath: chromium.executablePath });
    expect(tailor.extensionId).toBe(extensionId);
    await tailor.context.route(/^https:\/\/mail\.google\.com\//, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: fixture('mail/gmail/compose.html') }));
  });
  afterAll(async () => {
    await tailor?.close();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('forbidden: the toggle is off and locked with the reason; no mail page is read, even if the rep had turned it on', async () => {
    options = await tailor.openPage('options.html#settings');
    await eventually(() => options.getByTestId('email-policy').textContent(), 20_000).toContain('Your organisation has turned email off: Tailor does not read mail pages.');
    expect(await options.getByTestId('policy-notice').textContent()).toContain('Email (Gmail, Outlook)');
    await eventually(() => toggle().isDisabled()).toBe(true);
    expect(await toggle().isChecked()).toBe(false);
    // A rep's "on" from before the policy (or written behind the page's back) is turned off again.
    await tailor.worker.evaluate(() => chrome.storage.local.set({ 'mail:enabled': true }));
    await eventually(() => repChoice()).toBe(false);
    expect(await registered()).toEqual([]);

    gmail = await tailor.context.newPage();
    await gmail.goto(GMAIL_NEW);
    gmailTab = (await tailor.worker.evaluate(async () => (await chrome.tabs.query({ url: 'https://mail.google.com/*' }))[0]?.id))!;
    expect(gmailTab).toBeTypeOf('number');
    expect(await registered()).toEqual([]);
    expect(await mailState(gmailTab)).toBeUndefined();
  });

  it('allowed: the choice is the rep’s; turned on, the open Gmail tab is followed', async () => {
    await setPolicy({ emailAllowed: true });
    await eventually(() => options.getByTestId('email-policy').textContent(), 20_000).toContain('turning it on is your choice');
    await eventually(() => toggle().isDisabled()).toBe(false);
    await toggle().check();
    await eventually(() => options.getByTestId('email-notice').textContent()).toMatch(/^Email is on/);
    expect(await registered()).toEqual(['tailor-mail']);
    await eventually(() => mailState(gmailTab).then((m) => m?.recipients)).toEqual(['jane.roe@acme.example', 'm.brown@acme.example']);
  });

  it('forbidden while on: turned off at once, the script removed, what it followed forgotten', async () => {
    await setPolicy({ emailAllowed: false });
    await eventually(() => registered(), 20_000).toEqual([]);
    await eventually(() => repChoice()).toBe(false);
    await eventually(() => mailState(gmailTab)).toBeUndefined();
    await eventually(() => toggle().isDisabled()).toBe(true);
    expect(await toggle().isChecked()).toBe(false);
    await options.getByTestId('email-policy').getByText('Your organisation has turned email off').waitFor();
    // The page's own script has stopped too: a change of recipients is no longer reported.
    await gmail.evaluate(() => document.querySelector('[data-hovercard-id="jane.roe@acme.example"]')!.setAttribute('data-hovercard-id', 'new@acme.example'));
    const reply = await options.evaluate((tabId) => chrome.runtime.sendMessage({ type: 'mail:insert', tabId, composeId: 'c1', html: '<p>x</p>' }), gmailTab);
    expect(reply).toEqual({ ok: true, value: { inserted: false, reason: 'closed' } });
    expect(await mailState(gmailTab)).toBeUndefined();
    expect(tailor.errors).toEqual([]);
  });
});
