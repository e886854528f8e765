// The declared items against real storage semantics: WXT's fake browser storage (areas, change events)
// and a real IndexedDB (fake-indexeddb) under Dexie, transactions and live queries included.
import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { freshDbPerTest } from '../../tests/fresh-db';
import type { TailorDB } from '../db/db';
import type { Prospect } from '../model';
import { DEFAULT_SETTINGS } from '../settings';
import { defineStorageFamily, defineStorageItem, getItems, removeItems } from './item';
import * as local from './local';
import { mailEnabled } from './local';
import { defineRowItem } from './row';
import * as session from './session';
import { pageDraft } from './session';
import * as settingsTable from './settings-table';
import { emailHintDismissed, feedStatus, identity, outboxState, userSettings } from './settings-table';
import * as tabRecords from './tab-record';
import { tabRecord } from './tab-record';
import * as shownItems from './shown';
import { claimShown, notYetShown, shownOnView } from './shown';
import * as tabMails from './tab-mail';
import { tabMail } from './tab-mail';
import * as tabViews from './tab-view';
import { tabView } from './tab-view';

const prospect: Prospect = { name: 'Dana Reyes', title: 'VP Support', source: { crm: 'salesforce', recordType: 'contact', recordId: '003A' } };
/** Lets the fake browser's change events and Dexie's live queries run. */
const settle = () => new Promise((r) => setTimeout(r, 20));

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  fakeBrowser.reset();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

describe('an item in browser storage', () => {
  const count = defineStorageItem('local', 'test:count', { name: 'the test count', schema: v.number(), fallback: 0 });

  it('reads its default when nothing is stored, and what was set after', async () => {
    expect(await count.get()).toBe(0);
    await count.set(3);
    expect(await count.get()).toBe(3);
    expect(await browser.storage.local.get('test:count')).toEqual({ 'test:count': 3 });
    await count.remove();
    expect(await count.get()).toBe(0);
    expect(warn).not.toHaveBeenCalled();
  });

  it('reads a stored value that does not fit its schema as the default, and says which key and why', async () => {
    await browser.storage.local.set({ 'test:count': 'seven' });
    expect(await count.get()).toBe(0);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toMatch(/the test count stored at local storage "test:count".*number.*default/);
  });

  it('fires watch on every change in its own area and key only, with the parsed value', async () => {
    const seen: number[] = [];
    const stop = count.watch((n) => seen.push(n));
    await count.set(1);
    await browser.storage.session.set({ 'test:count': 5 }); // another area
    await browser.storage.local.set({ 'test:other': 5 }); // another key
    await browser.storage.local.set({ 'test:count': 'bad' });
    await count.set(2);
    await count.remove();
    stop();
    await count.set(9);
    expect(seen).toEqual([1, 0, 2, 0]);
  });

  it('subscribe gives the value now, then every change, until stopped', async () => {
    await count.set(4);
    const seen: number[] = [];
    const stop = count.subscribe((n) => seen.push(n));
    await settle();
    await count.set(5);
    stop();
    await count.set(6);
    await settle();
    expect(seen).toEqual([4, 5]);
  });

  it('subscribe gives the default when storage cannot be read, and says so', async () => {
    vi.spyOn(browser.storage.local, 'get').mockRejectedValue(new Error('storage is gone'));
    const seen: number[] = [];
    count.subscribe((n) => seen.push(n));
    await settle();
    expect(seen).toEqual([0]);
    expect(String(warn.mock.calls[0]![0])).toContain('could not read the test count');
  });

  it('subscribe does not let a slow first read overwrite a newer change', async () => {
    let answer!: (x: Record<string, unknown>) => void;
    vi.spyOn(browser.storage.local, 'get').mockReturnValueOnce(new Promise((r) => (answer = r)) as never);
    const seen: number[] = [];
    count.subscribe((n) => seen.push(n));
    await count.set(8);
    answer({ 'test:count': 1 });
    await settle();
    expect(seen).toEqual([8]);
  });
});

describe('a family of items (one per tab)', () => {
  const notes = defineStorageFamily('session', 'note:', { name: 'the note of tab', schema: v.string(), fallback: '' });

  it('keeps one key per id, lists the ids stored, and removes several in one change', async () => {
    await notes(3).set('three');
    await notes(12).set('twelve');
    await browser.storage.session.set({ 'notebook:1': 'x', 'note:abc': 'y' });
    expect((await notes.ids()).sort((a, b) => a - b)).toEqual([3, 12]);
    expect(await notes(3).get()).toBe('three');
    const events: string[][] = [];
    browser.storage.onChanged.addListener((changes) => void events.push(Object.keys(changes)));
    await removeItems(notes(3), notes(12));
    expect(events).toEqual([['note:3', 'note:12']]);
    expect(await notes.ids()).toEqual([]);
  });

  it('reads several items in one storage call, each through its own schema and default', async () => {
    const counts = defineStorageFamily('session', 'count:', { name: 'the count of tab', schema: v.number(), fallback: 0 });
    await browser.storage.session.set({ 'note:3': 'three', 'count:3': 'not a number', 'note:4': 'four' });
    const get = vi.spyOn(browser.storage.session, 'get');
    expect(await getItems(notes(3), counts(3), notes(5))).toEqual(['three', 0, '']);
    expect(get.mock.calls).toEqual([[['note:3', 'count:3', 'note:5']]]);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toContain('the count of tab 3');
    await expect(getItems(notes(3), defineStorageItem('local', 'test:count', { name: 'the test count', schema: v.number(), fallback: 0 }))).rejects.toThrow(/one storage area/);
  });

  it('names the id in what it says about a bad value', async () => {
    await browser.storage.session.set({ 'note:7': 42 });
    expect(await notes(7).get()).toBe('');
    expect(String(warn.mock.calls[0]![0])).toContain('the note of tab 7');
  });
});

describe('the declared session items', () => {
  it("a tab's record: the prospect checked whole, an invalid one read as none", async () => {
    await tabRecord(4).set({ prospect, detectedAt: 10, amount: '$5,000' });
    expect(await browser.storage.session.get('tab:4')).toEqual({ 'tab:4': { prospect, detectedAt: 10, amount: '$5,000' } });
    expect(await tabRecord(4).get()).toEqual({ prospect, detectedAt: 10, amount: '$5,000' });
    await browser.storage.session.set({ 'tab:5': { prospect: { source: { crm: 'no-such-crm' } }, detectedAt: 1 } });
    expect(await tabRecord(5).get()).toBeUndefined();
    expect(String(warn.mock.calls[0]![0])).toMatch(/tab 5.*prospect is not valid/);
    // A record shown for an email keeps saying so; one written before that mark reads as a CRM page's.
    await tabRecord(6).set({ prospect, detectedAt: 11, viaEmail: true });
    expect(await tabRecord(6).get()).toEqual({ prospect, detectedAt: 11, viaEmail: true });
  });

  it("a tab's prepared view: a value without items is none", async () => {
    await browser.storage.session.set({ 'view:2': { chips: [], detectedAt: 3 } });
    expect(await tabView(2).get()).toBeUndefined();
    const view = { detectedAt: 3, prospect, chips: [], context: { personas: [], industries: [], painPoints: [] }, items: [], general: true, weak: false };
    await tabView(2).set(view);
    expect(await tabView(2).get()).toEqual(view);
  });

  it('the suggestions counted as shown on a record view: once each, afresh for a new view', async () => {
    expect(notYetShown(undefined, 5, ['a', 'b', 'a'])).toEqual({ fresh: ['a', 'b'], next: { detectedAt: 5, ids: ['a', 'b'] } });
    expect(notYetShown({ detectedAt: 5, ids: ['a', 'b'] }, 5, ['b', 'c'])).toEqual({ fresh: ['c'], next: { detectedAt: 5, ids: ['a', 'b', 'c'] } });
    expect(notYetShown({ detectedAt: 5, ids: ['a', 'b'] }, 9, ['b'])).toEqual({ fresh: ['b'], next: { detectedAt: 9, ids: ['b'] } });
    // Two panels on tab 3's record view: the second claims nothing the first counted.
    expect(await claimShown(3, 5, ['a', 'b'])).toEqual(['a', 'b']);
    expect(await claimShown(3, 5, ['a', 'b', 'c'])).toEqual(['c']);
    expect(await shownOnView(3).get()).toEqual({ detectedAt: 5, ids: ['a', 'b', 'c'] });
    // Another tab, and the record detected again: counted afresh.
    expect(await claimShown(4, 5, ['a'])).toEqual(['a']);
    expect(await claimShown(3, 8, ['a'])).toEqual(['a']);
    await browser.storage.session.set({ 'shown:6': { detectedAt: 1, ids: [1] } });
    expect(await shownOnView(6).get()).toBeUndefined();
  });

  it("a tab's email: read whole with its match, anything of another shape read as none", async () => {
    const mail = { client: 'outlook' as const, composeId: 'c2', recipients: ['jane.roe@acme.example'], reply: true, open: true, match: { recipient: 'jane.roe@acme.example', by: 'website' as const, key: 'salesforce:account:1', lastSeenAt: 5 }, updatedAt: 9 };
    await tabMail(3).set(mail);
    expect(await tabMail(3).get()).toEqual(mail);
    const { match: _, ...unmatched } = mail;
    await tabMail(3).set(unmatched);
    expect(await tabMail(3).get()).toEqual(unmatched);
    for (const bad of [{ ...mail, client: 'yahoo' }, { ...mail, recipients: [1] }, { ...mail, open: 'yes' }, { ...mail, match: { ...mail.match, by: 'guess' } }, { ...mail, updatedAt: undefined }, [mail]]) {
      await browser.storage.session.set({ 'mail:4': bad });
      expect(await tabMail(4).get(), JSON.stringify(bad)).toBeUndefined();
    }
    expect(String(warn.mock.calls[0]![0])).toContain('the email being written in tab 4');
  });

  it('the captured page: a head past the limit is refused', async () => {
    await browser.storage.session.set({ pageDraft: { url: 'https://x.example/', title: 'X', head: 'h'.repeat(256 * 1024 + 1) } });
    expect(await pageDraft.get()).toBeUndefined();
    await pageDraft.set({ url: 'https://x.example/', title: 'X', head: '<title>X</title>' });
    expect((await pageDraft.get())?.title).toBe('X');
  });

  it('email turned on: only true is on', async () => {
    expect(await mailEnabled.get()).toBe(false);
    await browser.storage.local.set({ 'mail:enabled': 'yes' });
    expect(await mailEnabled.get()).toBe(false);
    await mailEnabled.set(true);
    expect(await mailEnabled.get()).toBe(true);
  });

  it('no two items share a key in one place, and no fixed key falls under a prefix of the same place', () => {
    // Fixed keys and prefixes, by where they live: storage areas, and the settings table.
    const fixed: string[] = [];
    const prefixes: string[] = [];
    for (const item of [...Object.values(session), ...Object.values(tabRecords), ...Object.values(tabViews), ...Object.values(tabMails), ...Object.values(shownItems), ...Object.values(local), ...Object.values(settingsTable)] as unknown[]) {
      if (typeof item === 'function' && 'prefix' in item) prefixes.push(`${(item as typeof tabRecord)(0).area}|${(item as typeof tabRecord).prefix}`);
      else if (typeof item === 'object' && item !== null && 'prefix' in item) prefixes.push(`table|${(item as typeof userSettings).prefix}`);
      else if (typeof item === 'object' && item !== null && 'key' in item) fixed.push(`${'area' in item ? String(item.area) : 'table'}|${String(item.key)}`);
    }
    expect(fixed.length).toBeGreaterThanOrEqual(9);
    expect(prefixes.length).toBe(5);
    expect(new Set(fixed).size).toBe(fixed.length);
    for (const p of prefixes) {
      expect(fixed.filter((k) => k.startsWith(p))).toEqual([]);
      expect(prefixes.filter((q) => q !== p && (q.startsWith(p) || p.startsWith(q)))).toEqual([]);
    }
  });
});

describe('a row of the settings table', () => {
  const testDb = freshDbPerTest('tailor-state-test');
  let db: TailorDB;
  beforeEach(() => void (db = testDb()));

  const marker = defineRowItem('test:marker', { name: 'the test marker', schema: v.object({ at: v.number() }), fallback: undefined as { at: number } | undefined });

  it('reads its default, then what was set, in the settings table under its key', async () => {
    expect(await marker.get(db)).toBeUndefined();
    await marker.set(db, { at: 5 });
    expect(await db.settings.get('test:marker')).toEqual({ key: 'test:marker', value: { at: 5 } });
    expect(await marker.get(db)).toEqual({ at: 5 });
    await marker.remove(db);
    expect(await marker.get(db)).toBeUndefined();
  });

  it('reads a row that does not fit as the default, and says so', async () => {
    await db.settings.put({ key: 'test:marker', value: { at: 'noon' } });
    expect(await marker.get(db)).toBeUndefined();
    expect(String(warn.mock.calls[0]![0])).toMatch(/the test marker stored at the settings table's row "test:marker": at: .*number/);
  });

  it("joins the caller's transaction: a failed transaction writes nothing", async () => {
    await expect(
      db.transaction('rw', db.settings, async () => {
        await marker.set(db, { at: 1 });
        expect(await marker.get(db)).toEqual({ at: 1 });
        throw new Error('no');
      }),
    ).rejects.toThrow('no');
    expect(await marker.get(db)).toBeUndefined();
  });

  it('subscribe gives the value now and again when any write changes it', async () => {
    const seen: ({ at: number } | undefined)[] = [];
    const stop = marker.subscribe(db, (m) => seen.push(m));
    await settle();
    await marker.set(db, { at: 2 });
    await settle();
    await db.settings.put({ key: 'test:marker', value: { at: 3 } });
    await settle();
    stop();
    await marker.set(db, { at: 4 });
    await settle();
    expect(seen).toEqual([undefined, { at: 2 }, { at: 3 }]);
  });

  it('a default object is a fresh copy each time: changing one read never changes the next', async () => {
    const state = await outboxState.get(db);
    (state as Record<string, unknown>).sent = 99;
    expect(await outboxState.get(db)).toEqual({});
  });

  it('the declared rows keep the shapes earlier versions wrote', async () => {
    await db.settings.bulkPut([
      { key: 'feed:status', value: { url: 'https://feed.example/pack.json', failures: 2, lastSuccessAt: 1 } },
      { key: 'install:identity', value: { anonymousId: 'a-1', salt: 'ff' } },
    ]);
    expect(await feedStatus.get(db)).toEqual({ url: 'https://feed.example/pack.json', failures: 2, lastSuccessAt: 1 });
    expect(await identity.get(db)).toEqual({ anonymousId: 'a-1', salt: 'ff' });
    await db.settings.put({ key: 'install:identity', value: { anonymousId: 7 } });
    expect(await identity.get(db)).toBeUndefined();
  });

  it('the email hint dismissed: a database from before it (no such row) reads as not dismissed; "Not now" is kept', async () => {
    // A database an earlier version wrote: settings rows, none for the hint. A new row needs no migration:
    // its absence reads as the default, and the schema (no index) is unchanged.
    await db.settings.bulkPut([
      { key: 'setting:repId', value: 'rep-7' },
      { key: 'install:identity', value: { anonymousId: 'a-1', salt: 'ff' } },
    ]);
    expect(await emailHintDismissed.get(db)).toBeUndefined();
    await emailHintDismissed.set(db, { at: 1_700_000_000_000 });
    expect(await emailHintDismissed.get(db)).toEqual({ at: 1_700_000_000_000 });
    expect((await userSettings.get(db)).repId).toBe('rep-7');
    // A damaged row shows the hint again rather than failing.
    await db.settings.put({ key: emailHintDismissed.key, value: 'yes' });
    expect(await emailHintDismissed.get(db)).toBeUndefined();
  });

  it("the rep's settings: defaults, each row checked by its own type, unknown rows left alone", async () => {
    expect(await userSettings.get(db)).toEqual(DEFAULT_SETTINGS);
    await db.settings.bulkPut([
      { key: 'setting:repId', value: 'dana@example.com' },
      { key: 'setting:retentionDays', value: 'forever' },
      { key: 'setting:trackingParams', value: ['not', 'a', 'map'] },
      { key: 'setting:retired', value: true },
    ]);
    const read = await userSettings.get(db);
    expect(read).toEqual({ ...DEFAULT_SETTINGS, repId: 'dana@example.com' });
    expect(warn.mock.calls.map((c) => String(c[0]))).toEqual([
      expect.stringContaining('the setting retentionDays'),
      expect.stringContaining('the setting trackingParams'),
    ]);
    await userSettings.set(db, { retentionDays: 30, ...({ retired: false } as object) });
    expect(await db.settings.get('setting:retentionDays')).toEqual({ key: 'setting:retentionDays', value: 30 });
    expect(await db.settings.get('setting:retired')).toEqual({ key: 'setting:retired', value: true });
    expect(DEFAULT_SETTINGS.trackingParams).toEqual({});
  });
});
