import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAIL_MATCHES } from '../lib/mail/hosts';
import { ROOT, countStoreRows, readStoreRows, waitUntil } from './common';
import { FIREFOX_EXTENSION_DIR, clickWhenReady, findFirefox, launchTailorInFirefox, type TailorFirefox } from './firefox';
import { policyFirefox, tempDir } from './policy';

// Email in real Firefox (the MV2 build): turned on in Settings with a real click, Firefox granting the
// optional mail sites on that click, the mail script registered by the extension itself; a Gmail compose
// served at its real address; "Writing to …" in Firefox's own sidebar and in the sidebar's page pinned to
// the mail tab; Insert into email putting the snippet at the cursor.
//
// Firefox asks for optional permissions with a doorhanger that a headless browser cannot answer. Its own
// pref `extensions.webextOptionalPermissionPrompts` set to false (what Firefox's test suites use) grants
// them without the doorhanger, but only as Firefox always does: from a user action. The test checks that
// a request without one is still refused, so the click below is what grants the sites.

const read = (file: string) => fs.readFileSync(path.join(ROOT, 'tests/fixtures', file), 'utf8');
const DANA_URL = 'https://acme.lightning.force.com/lightning/r/Contact/0035g00000XyZabAAB/view';
const GMAIL_URL = 'https://mail.google.com/mail/u/0/#inbox?compose=new';
const GMAIL_BODY = 'div[aria-label="Message Body"][contenteditable="true"]';
// A compose to a colleague of Dana Whitfield's, at her company's domain; the Cc, at another company, is unknown.
const compose = read('mail/gmail/compose.html').replaceAll('jane.roe@acme.example', 'ap@mercyregional.example').replaceAll('m.brown@acme.example', 'someone@initech.example');
// Keyed by the address the request names: Firefox gives the document's request its fragment too.
const served = new Map([
  [DANA_URL, read('crm/salesforce/contact.html')],
  [GMAIL_URL, compose],
  [GMAIL_URL.split('#')[0]!, compose],
]);

const byRole = (role: string, name: string) => `::-p-aria([name=${JSON.stringify(name)}][role=${JSON.stringify(role)}])`;

interface UsageRow {
  type: string;
  crm?: string;
  recordId?: string;
}

describe('email in Firefox', () => {
  let tailor: TailorFirefox;
  let options: Page;
  let gmail: Page;
  let gmailTab: number;
  let panel: Page;

  const registered = () => options.evaluate(async () => (await browser.scripting.getRegisteredContentScripts()).map((s) => s.id));
  const mailState = () =>
    options.evaluate(async (key) => (await browser.storage.session.get(key))[key] as { recipients: string[]; match?: { by: string } } | undefined, `mail:${gmailTab}`);
  /** Firefox's own sidebar, read from the options page (the extension's windows share its process). */
  const sidebarBanner = () =>
    options.evaluate(() => {
      const getViews = browser.extension.getViews as unknown as (filter: { type: 'sidebar' }) => (typeof globalThis)[];
      return getViews({ type: 'sidebar' })[0]?.document.querySelector('[data-testid="writing-to"]')?.textContent ?? undefined;
    });
  const textOf = (page: Page, selector: string) => page.$eval(selector, (el) => el.textContent ?? '').catch(() => '');

  beforeAll(async () => {
    tailor = await launchTailorInFirefox({ prefs: { 'extensions.webextOptionalPermissionPrompts': false } });
  });
  afterAll(async () => {
    await tailor?.close();
  });

  it('holds no mail site and registers no mail script until email is turned on', async () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')) as { permissions: string[]; optional_permissions: string[] };
    expect(manifest.permissions.filter((p) => p.includes('://'))).toEqual([]);
    expect(manifest.optional_permissions).toEqual(expect.arrayContaining([...MAIL_MATCHES]));
    options = await tailor.openPage('options.html#settings');
    expect(await registered()).toEqual([]);
    expect(await options.evaluate((origins) => browser.permissions.contains({ origins }), [...MAIL_MATCHES])).toBe(false);
    // Without a user action Firefox refuses the request, the pref notwithstanding.
    const asked = await options.evaluate((origins) => browser.permissions.request({ origins }).then(String, (e: Error) => e.message), [...MAIL_MATCHES]);
    expect(asked).toMatch(/user input handler/);
  });

  it('a CRM record is seen: Dana Whitfield, read by the real content script', async () => {
    const crm = await tailor.openServedPage(DANA_URL, served);
    const tabId = await waitUntil(
      () => options.evaluate(async (url) => {
        const all = (await browser.storage.session.get(null)) as Record<string, { prospect?: { source?: { url?: string } } }>;
        const key = Object.keys(all).find((k) => k.startsWith('tab:') && all[k]?.prospect?.source?.url === url);
        return key ? Number(key.slice(4)) : undefined;
      }, DANA_URL),
      (id) => id !== undefined,
      'the CRM tab’s record',
    );
    const crmPanel = await tailor.openPage(`sidepanel.html?tabId=${tabId}`);
    await crmPanel.waitForSelector(byRole('heading', 'Dana Whitfield'));
    await waitUntil(() => options.evaluate(countStoreRows, 'prospects'), (n) => n >= 1, 'Dana remembered');
    await crmPanel.close();
    await crm.close();
  });

  it('turns email on in Settings with a click: Firefox grants the mail sites, the open Gmail tab is followed', async () => {
    gmail = await tailor.openServedPage(GMAIL_URL, served);
    await options.bringToFront();
    await clickWhenReady(options, byRole('checkbox', 'Suggest content in emails I write'));
    await waitUntil(() => textOf(options, '[data-testid="email-notice"]'), (t) => t.startsWith('Email is on'), 'email on');
    expect(await options.evaluate((origins) => browser.permissions.contains({ origins }), [...MAIL_MATCHES])).toBe(true);
    expect(await registered()).toEqual(['tailor-mail']);
    gmailTab = (await options.evaluate(async () => (await browser.tabs.query({ url: 'https://mail.google.com/*' }))[0]?.id))!;
    expect(gmailTab).toBeTypeOf('number');
    const state = await waitUntil(mailState, (m) => m?.recipients.length === 2, 'the compose’s recipients');
    expect(state!.recipients).toEqual(['ap@mercyregional.example', 'someone@initech.example']);
    expect(state!.match?.by).toBe('domain');
  });

  it('shows "Writing to …" in Firefox’s sidebar while the Gmail tab is active, and in the panel pinned to it', async () => {
    await gmail.bringToFront();
    const expected = /^Writing to ap@mercyregional\.example and 1 more: Dana Whitfield, Salesforce contact seen (just now|\d+ min ago) \(same company\)$/;
    await waitUntil(sidebarBanner, (t) => t !== undefined && expected.test(t), '"Writing to" in the sidebar');
    panel = await tailor.openPage(`sidepanel.html?tabId=${gmailTab}`);
    await waitUntil(() => textOf(panel, '[data-testid="writing-to"]'), (t) => expected.test(t), '"Writing to" in the pinned panel');
    await panel.waitForSelector(byRole('heading', 'Dana Whitfield'));
  });

  it('Insert into email puts the snippet at the cursor of the compose, and counts as an email share', async () => {
    // The rep's cursor, just after the greeting.
    await gmail.bringToFront();
    await gmail.evaluate((selector) => {
      const body = document.querySelector<HTMLElement>(selector)!;
      body.focus();
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      let node: Node | null;
      while ((node = walker.nextNode())) if (node.textContent!.includes('Hi Jane,')) break;
      const range = document.createRange();
      range.setStart(node!, node!.textContent!.indexOf('Hi Jane,') + 'Hi Jane,'.length);
      range.collapse(true);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    }, GMAIL_BODY);
    await panel.bringToFront();
    const first = 'ul[aria-label="Suggested content"] > li:first-child';
    const title = await panel.$eval(`${first} h3`, (h) => h.textContent ?? '');
    await clickWhenReady(panel, `${first} ${byRole('button', 'Insert into email')}`);
    await waitUntil(() => panel.$$eval('[role="status"]', (all) => all.map((s) => s.textContent ?? '')), (all) => all.some((t) => t.includes(`Inserted into email: ${title}`)), 'the insert confirmed');
    const html = await gmail.$eval(GMAIL_BODY, (b) => b.innerHTML);
    const escaped = title.replace(/&/g, '&amp;').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expect(html).toMatch(new RegExp(`^<div>Hi Jane,<p><a href="https://[^"]+utm_source=tailor[^"]*">${escaped}</a>`));
    expect(html).toContain('<div>Thanks for your time today.</div>');
    const shares = await waitUntil(
      () => options.evaluate(readStoreRows, 'events') as Promise<UsageRow[]>,
      (e) => e.some((x) => x.type === 'copy-email'),
      'the share recorded',
    );
    expect(shares.filter((e) => e.type === 'copy-email')).toEqual([expect.objectContaining({ crm: 'salesforce', recordId: '0035g00000XyZabAAB' })]);
    expect(tailor.errors).toEqual([]);
  });

  it('Firefox: the snippet goes in as nodes, never as a paste an editor would take empty', async () => {
    // Firefox keeps, with each item of a paste's data, who set it, and hides from the page what an
    // extension set: an editor taking Tailor's paste (as Outlook's Roosterjs would) would get nothing.
    // So in Firefox Tailor does not offer one. The page's own handler, in the page's own world:
    await gmail.bringToFront();
    await gmail.evaluate((selector) => {
      const body = document.querySelector<HTMLElement>(selector)!;
      body.addEventListener('paste', (e) => {
        e.preventDefault();
        body.dataset.pasted = JSON.stringify([e.clipboardData?.getData('text/html') ?? null]);
      });
    }, GMAIL_BODY);
    const links = () => gmail.$eval(GMAIL_BODY, (b) => b.querySelectorAll('a[href*="utm_source=tailor"]').length);
    const before = await links();
    await panel.bringToFront();
    await clickWhenReady(panel, `ul[aria-label="Suggested content"] > li:first-child ${byRole('button', 'Insert into email')}`);
    await waitUntil(links, (n) => n === before + 1, 'the snippet in the message');
    expect(await gmail.$eval(GMAIL_BODY, (b) => b.dataset.pasted ?? null)).toBeNull();
    expect(tailor.errors).toEqual([]);
  });
});

describe('email forbidden by the organisation’s policy in Firefox (policies.json)', () => {
  let tailor: TailorFirefox;
  let tmp: string;
  let options: Page;

  beforeAll(async () => {
    tmp = tempDir('tailor-firefox-policy-');
    const { executablePath } = policyFirefox(tmp, findFirefox(), { '3rdparty': { Extensions: { 'tailor@tailor.example': { emailAllowed: false } } } });
    // The doorhanger off, as above: were the click to ask for the mail sites, Firefox would grant them.
    tailor = await launchTailorInFirefox({ executablePath, prefs: { 'extensions.webextOptionalPermissionPrompts': false } });
  });
  afterAll(async () => {
    await tailor?.close();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('shows the toggle off and locked with the reason; a click asks for nothing; a stored "on" is turned off', async () => {
    options = await tailor.openPage('options.html#settings');
    expect(await options.evaluate(() => browser.storage.managed.get())).toEqual({ emailAllowed: false });
    await waitUntil(() => options.$eval('[data-testid="email-policy"]', (e) => e.textContent ?? '').catch(() => ''), (t) => t.includes('Your organisation has turned email off'), 'the locked note', 20_000);
    expect(await options.$eval('[data-testid="policy-notice"]', (e) => e.textContent ?? '')).toContain('Email (Gmail, Outlook)');
    const box = (await options.waitForSelector(byRole('checkbox', 'Suggest content in emails I write')))!;
    expect(await box.evaluate((el) => [(el as HTMLInputElement).checked, (el as HTMLInputElement).disabled])).toEqual([false, true]);
    await box.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await box.click();
    expect(await options.evaluate((origins) => browser.permissions.contains({ origins }), [...MAIL_MATCHES])).toBe(false);
    // A rep's "on" from before the policy is turned off again by the background, and nothing registered.
    await options.evaluate(() => browser.storage.local.set({ 'mail:enabled': true }));
    await waitUntil(() => options.evaluate(async () => (await browser.storage.local.get('mail:enabled'))['mail:enabled']), (v) => v === false, 'the rep’s "on" undone');
    expect(await options.evaluate(async () => (await browser.scripting.getRegisteredContentScripts()).map((s) => s.id))).toEqual([]);
    expect(tailor.errors).toEqual([]);
  });
});
