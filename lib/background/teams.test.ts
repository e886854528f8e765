// The background's team service with WXT's fake browser APIs, a real (fake-indexeddb) database and
// real local servers: alarms, policy reads, messages and sends as a worker lives through them.
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startCollector, type Collector } from '../../tests/collector';
import { closedPort, startServer, type LocalServer } from '../../tests/local-server';
import { TailorDB } from '../db/db';
import { loadFeedStatus } from '../feed/sync';
import { packToJson } from '../pack/pack';
import { loadManagedMirror, parseManaged, saveManagedMirror } from '../policy/managed';
import type { UsageEvent } from '../model';
import { feedStatus, userSettings } from '../state/settings-table';
import { recordUsageBatch } from '../usage/record';
import { FEED_ALARM, OUTBOX_ALARM, OUTBOX_RETRY_ALARM, POLICY_ALARM, startTeams, type Teams } from './teams';

let db: TailorDB;
let teams: Teams | undefined;
let feed: LocalServer | undefined;
let collector: Collector | undefined;
let n = 0;

beforeEach(async () => {
  fakeBrowser.reset();
  // The fake browser has no permissions API: Tailor holds every host it asks about.
  Object.assign(fakeBrowser.permissions, { contains: async () => true });
  db = new TailorDB(`tailor-service-test-${n++}`);
  await db.open();
});
afterEach(async () => {
  await teams?.settled();
  teams?.stop();
  teams = undefined;
  await feed?.close();
  await collector?.close();
  feed = undefined;
  collector = undefined;
  db.close();
  await Dexie.delete(db.name);
  vi.restoreAllMocks();
});

const pack = packToJson({
  format: 'tailor-library',
  version: 1,
  name: 'Team',
  taxonomy: { personas: [], industries: [], painPoints: [] },
  assets: [{ id: 't1', title: 'One', url: 'https://c.example/1', type: 'video', personas: [], industries: [], painPoints: [], tags: [] }],
});

async function startFeed() {
  return startServer((req, res) => {
    if (req.headers['if-none-match'] === '"v1"') {
      res.writeHead(304);
      res.end();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'application/json', ETag: '"v1"' });
    res.end(pack);
  });
}

type Reply = { ok: boolean; value?: unknown; error?: string };
const ownPage = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') });
function ask(message: unknown, sender: { id?: string; url?: string } = ownPage()): Promise<Reply> {
  return new Promise((resolve) => void fakeBrowser.runtime.onMessage.trigger(message, sender, resolve));
}

const event = (i: number): UsageEvent => ({
  type: 'open',
  at: 1_700_000_000_000 + i,
  assetId: 't1',
  context: { personas: [], industries: [], painPoints: [] },
});

/** Records as the panel does: written through the database, then the background is told (usage:recorded). */
async function recordFromPage(...events: UsageEvent[]) {
  const recorded = await recordUsageBatch(db, events);
  expect(await ask({ type: 'usage:recorded' })).toEqual({ ok: true, value: null });
  return recorded;
}

describe('the team service', () => {
  it('sends nothing and sets no alarm when nothing is configured', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    teams = startTeams(db, { flushDelayMs: 5 });
    await teams.started;
    expect(await recordFromPage(event(1))).toMatchObject({ eventIds: [1] });
    expect(await db.outbox.count()).toBe(0);
    expect(await ask({ type: 'feed:sync' })).toEqual({ ok: true, value: { result: 'not-configured' } });
    await new Promise((r) => setTimeout(r, 50));
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });

  it('syncs a feed a policy sets at start-up, and a worker restart does not push its alarm back', async () => {
    feed = await startFeed();
    await fakeBrowser.storage.managed.set({ feedUrl: `${feed.url}/p.json`, feedIntervalMinutes: 30 });
    teams = startTeams(db);
    await teams.started;
    await expect.poll(() => db.assets.count()).toBe(1);
    const alarm = await fakeBrowser.alarms.get(FEED_ALARM);
    expect(alarm).toMatchObject({ periodInMinutes: 30 });

    await teams.settled();
    teams.stop();
    teams = startTeams(db);
    await teams.started;
    expect(await fakeBrowser.alarms.get(FEED_ALARM)).toEqual(alarm);
    // Not due again yet: a restart costs no request.
    expect(feed.requests).toHaveLength(1);

    // The alarm fires once the interval has passed: the feed is asked for changes only.
    const status = (await loadFeedStatus(db))!;
    await db.settings.put({ key: feedStatus.key, value: { ...status, nextAttemptAt: Date.now() - 1 } });
    await fakeBrowser.alarms.onAlarm.trigger({ name: FEED_ALARM, scheduledTime: Date.now(), persistAcrossSessions: true });
    await expect.poll(() => feed!.requests.length).toBe(2);
    expect(feed.requests[1]?.headers['if-none-match']).toBe('"v1"');
  });

  it('changes the alarm when the interval changes, and removes it when the feed goes', async () => {
    feed = await startFeed();
    await userSettings.set(db, { feedUrl: `${feed.url}/p.json` });
    teams = startTeams(db);
    await teams.started;
    expect(await fakeBrowser.alarms.get(FEED_ALARM)).toMatchObject({ periodInMinutes: 60 });
    await userSettings.set(db, { feedIntervalMinutes: 120 });
    await ask({ type: 'teams:refresh' });
    expect(await fakeBrowser.alarms.get(FEED_ALARM)).toMatchObject({ periodInMinutes: 120 });
    await userSettings.set(db, { feedUrl: '' });
    await ask({ type: 'teams:refresh' });
    expect(await fakeBrowser.alarms.get(FEED_ALARM)).toBeUndefined();
  });

  it('creates and updates the feed alarm when Settings saves a feed and asks for a sync', async () => {
    feed = await startFeed();
    teams = startTeams(db);
    await teams.started;
    expect(await fakeBrowser.alarms.get(FEED_ALARM)).toBeUndefined();

    // What Settings does on save: write the settings, then ask for a sync (no teams:refresh).
    await userSettings.set(db, { feedUrl: `${feed.url}/p.json`, feedIntervalMinutes: 240 });
    expect(await ask({ type: 'feed:sync' })).toMatchObject({ ok: true, value: { result: 'updated' } });
    expect(await fakeBrowser.alarms.get(FEED_ALARM)).toMatchObject({ periodInMinutes: 240 });
    // One request: reconciling the alarms does not run a second sync of its own.
    expect(feed.requests).toHaveLength(1);

    await userSettings.set(db, { feedIntervalMinutes: 30 });
    expect(await ask({ type: 'feed:sync' })).toMatchObject({ ok: true, value: { result: 'not-modified' } });
    expect(await fakeBrowser.alarms.get(FEED_ALARM)).toMatchObject({ periodInMinutes: 30 });
    expect(feed.requests).toHaveLength(2);
  });

  it('keeps the policy it had when storage.managed reads empty at start-up, and takes a change event', async () => {
    await saveManagedMirror(db, parseManaged({ collectorUrl: 'https://it.example/collect', repId: 'it@example.com' }));
    teams = startTeams(db);
    await teams.started;
    expect((await loadManagedMirror(db))?.values).toEqual({ collectorUrl: 'https://it.example/collect', repId: 'it@example.com' });
    expect(await fakeBrowser.alarms.get(POLICY_ALARM)).toBeDefined();
    expect(await fakeBrowser.alarms.get(OUTBOX_ALARM)).toMatchObject({ periodInMinutes: 5 });

    await fakeBrowser.storage.managed.set({ repId: 'new@example.com' });
    await expect.poll(async () => (await loadManagedMirror(db))?.values).toEqual({ repId: 'new@example.com' });
    // No collector any more: its alarm goes.
    await expect.poll(() => fakeBrowser.alarms.get(OUTBOX_ALARM)).toBeUndefined();
  });

  it('takes Firefox’s error for "no managed storage" as no policy', async () => {
    await saveManagedMirror(db, parseManaged({ repId: 'old@example.com' }));
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    teams = startTeams(db);
    await teams.started;
    expect((await loadManagedMirror(db))?.values).toEqual({});
    expect(await fakeBrowser.alarms.get(POLICY_ALARM)).toBeUndefined();
  });

  it('answers only Tailor’s own pages, and checks what they send', async () => {
    teams = startTeams(db);
    await teams.started;
    expect(await ask({ type: 'feed:sync' }, { id: 'another-extension', url: 'chrome-extension://another-extension/x.html' })).toEqual({
      ok: false,
      error: 'this request is only accepted from Tailor’s own pages',
    });
    expect(await ask({ type: 'feed:sync' }, { id: fakeBrowser.runtime.id, url: 'https://acme.lightning.force.com/lightning/r/Contact/003/view' })).toMatchObject({ ok: false });
  });

  it('sends recorded usage to the collector soon after, and a test event on request', async () => {
    collector = await startCollector();
    await userSettings.set(db, { collectorUrl: collector.url, repId: 'rep@example.com' });
    teams = startTeams(db, { flushDelayMs: 1_000 });
    await teams.started;
    const recorded = await Promise.all([1, 2, 3].map((i) => recordFromPage(event(i))));
    const ids = recorded.map((r) => r.messageIds[0]!);
    await expect.poll(() => ids.every((id) => collector!.received.has(id)), { timeout: 5_000 }).toBe(true);
    // One batch: the three arrived within the delay.
    expect(collector.batches.map((b) => b.size)).toEqual([3]);

    const test = await ask({ type: 'outbox:test-event' });
    expect(test).toMatchObject({ ok: true, value: { fate: { fate: 'delivered' } } });
    expect(collector.received.get((test.value as { messageId: string }).messageId)?.event).toBe('Tailor Test Event');
  });

  it('schedules a retry alarm that outlives the worker when the collector is away', async () => {
    await userSettings.set(db, { collectorUrl: `http://127.0.0.1:${await closedPort()}/v1/batch` });
    teams = startTeams(db, { flushDelayMs: 5 });
    await teams.started;
    await recordFromPage(event(1));
    await expect.poll(() => fakeBrowser.alarms.get(OUTBOX_RETRY_ALARM)).toBeDefined();
    const retry = await fakeBrowser.alarms.get(OUTBOX_RETRY_ALARM);
    expect(retry!.scheduledTime).toBeGreaterThanOrEqual(Date.now() + 25_000);
    expect(await db.outbox.count()).toBe(1);
  });
});
