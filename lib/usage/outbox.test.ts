import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startCollector, type Collector } from '../../tests/collector';
import { closedPort } from '../../tests/local-server';
import { TailorDB } from '../db/db';
import type { UsageEvent, UsageEventType } from '../model';
import { saveManagedMirror, parseManaged } from '../policy/managed';
import { lastDelivery, noAccessNote } from '../settings-rules';
import { userSettings } from '../state/settings-table';
import { installIdentity } from './identity';
import {
  discardOutbox,
  enqueueTestEvent,
  flushOutbox,
  loadOutboxState,
  testEventFate,
  type FlushOptions,
  type FlushResult,
} from './outbox';
import { recordUsage } from './record';
import { EVENT_NAMES, SENT_FIELDS, SENT_PROPERTIES, hashIdentifier } from './segment';

let db: TailorDB;
let collector: Collector | undefined;
let n = 0;
const name = () => `tailor-outbox-test-${n}`;
beforeEach(async () => {
  n++;
  db = new TailorDB(name());
  await db.open();
});
afterEach(async () => {
  await collector?.close();
  collector = undefined;
  db.close();
  await Dexie.delete(name());
});

const event = (i: number, type: UsageEventType = 'copy-link', extra: Partial<UsageEvent> = {}): UsageEvent => ({
  type,
  at: Date.UTC(2026, 2, 1, 9, 0, i),
  assetId: 'a1',
  crm: 'salesforce',
  recordType: 'contact',
  recordId: `003000000000${String(i).padStart(3, '0')}`,
  account: 'Mercy Regional Health',
  context: { personas: ['finance-leader'], industries: ['healthcare'], painPoints: ['manual-processes'], stage: 'decision' },
  ...extra,
});

async function useCollector(url: string, extra: Parameters<typeof userSettings.set>[1] = {}) {
  await userSettings.set(db, { collectorUrl: url, repId: 'dana@example.com', ...extra });
}

async function recordMany(count: number, from = 0): Promise<string[]> {
  const ids: string[] = [];
  for (let i = from; i < from + count; i++) ids.push((await recordUsage(db, event(i))).messageId!);
  return ids;
}

/** Flushes until the outbox is empty, moving a fake clock to each scheduled retry. */
async function drain(options: FlushOptions & { clock: { now: number } }, maxRounds = 50): Promise<FlushResult[]> {
  const results: FlushResult[] = [];
  for (let round = 0; round < maxRounds; round++) {
    const r = await flushOutbox(db, { ...options, now: () => options.clock.now });
    results.push(r);
    if (r.outcome === 'empty' || r.outcome === 'sent') return results;
    if (r.nextAttemptAt) options.clock.now = r.nextAttemptAt;
  }
  throw new Error(`the outbox did not drain in ${maxRounds} rounds: ${JSON.stringify(results.at(-1))}`);
}

describe('recordUsage', () => {
  it('records the event and queues nothing when no collector is configured, and nothing is sent', async () => {
    const result = await recordUsage(db, event(1));
    expect(result.messageId).toBeUndefined();
    expect(await db.events.count()).toBe(1);
    expect(await db.outbox.count()).toBe(0);
    let calls = 0;
    const flush = await flushOutbox(db, { fetch: async () => { calls++; return new Response(''); } });
    expect(flush.outcome).toBe('not-configured');
    expect(calls).toBe(0);
  });

  it('adds the event and its message together when a collector is configured', async () => {
    await useCollector('https://collector.example.com/v1/batch');
    await db.assets.add({
      id: 'a1', title: 'Mercy Regional case study', url: 'https://content.example/mercy', type: 'case-study',
      personas: [], industries: [], painPoints: [], tags: [], origin: 'feed', addedAt: 1, updatedAt: 1,
    });
    const result = await recordUsage(db, event(7, 'copy-link', { reason: 'shared in follow-up' }));
    const stored = await db.events.get(result.eventId);
    expect(stored?.recordId).toBe('003000000000007');
    const [row] = await db.outbox.toArray();
    expect(row).toMatchObject({ eventId: result.eventId, messageId: result.messageId });
    expect(row!.message).toEqual({
      type: 'track',
      event: 'Content Link Copied',
      messageId: result.messageId,
      timestamp: '2026-03-01T09:00:07.000Z',
      userId: 'dana@example.com',
      context: { library: { name: 'tailor', version: expect.stringMatching(/^\d+\.\d+\.\d+/) } },
      properties: {
        tailor_event: 'copy-link',
        asset_id: 'a1',
        asset_title: 'Mercy Regional case study',
        asset_type: 'case-study',
        asset_url: 'https://content.example/mercy',
        crm: 'salesforce',
        record_type: 'contact',
        record_id: '003000000000007',
        account: 'Mercy Regional Health',
        personas: ['finance-leader'],
        industries: ['healthcare'],
        pain_points: ['manual-processes'],
        stage: 'decision',
        reason: 'shared in follow-up',
        identifiers_hashed: false,
      },
    });
  });

  it('sends only the fields the settings page lists', async () => {
    await useCollector('https://collector.example.com/v1/batch');
    await recordUsage(db, event(1, 'won', { amount: 125000, reason: 'closed' }));
    const [row] = await db.outbox.toArray();
    const documented = new Set(SENT_PROPERTIES.map((p) => p.name));
    for (const key of Object.keys(row!.message.properties)) expect(documented, key).toContain(key);
    const topLevel = new Set(SENT_FIELDS.map((f) => f.name.split('.')[0]));
    for (const key of Object.keys(row!.message)) if (key !== 'properties' && key !== 'anonymousId') expect(topLevel, key).toContain(key);
    expect(row!.message.event).toBe('Deal Won');
  });

  it('names every kind of event', () => {
    expect(new Set(Object.values(EVENT_NAMES)).size).toBe(Object.keys(EVENT_NAMES).length);
  });

  it('hashes record ids and accounts with the install’s salt, or the organisation’s when set', async () => {
    await useCollector('https://collector.example.com/v1/batch', { hashIdentifiers: true });
    await recordUsage(db, event(1));
    const { salt } = await installIdentity(db);
    let [row] = await db.outbox.toArray();
    expect(row!.message.properties.record_id).toBe(await hashIdentifier('003000000000001', salt));
    expect(row!.message.properties.account).toBe(await hashIdentifier('Mercy Regional Health', salt));
    expect(row!.message.properties.record_id).toMatch(/^[0-9a-f]{64}$/);
    expect(row!.message.properties.identifiers_hashed).toBe(true);

    await saveManagedMirror(db, parseManaged({ hashSalt: 'team-secret' }));
    await db.outbox.clear();
    await recordUsage(db, event(1));
    [row] = await db.outbox.toArray();
    expect(row!.message.properties.account).toBe(await hashIdentifier('Mercy Regional Health', 'team-secret'));
    // The same record hashes the same on every browser that shares the salt, and never as itself.
    expect(row!.message.properties.account).not.toBe(await hashIdentifier('Mercy Regional Health', salt));
    expect(JSON.stringify(row!.message)).not.toContain('Mercy');
  });

  it('uses the collector and rep id a policy sets', async () => {
    await saveManagedMirror(db, parseManaged({ collectorUrl: 'https://it.example/collect', repId: 'it-set@example.com' }));
    await recordUsage(db, event(1));
    expect((await db.outbox.toArray())[0]!.message.userId).toBe('it-set@example.com');
  });

  it('sends an anonymous install id when the rep has no id', async () => {
    await userSettings.set(db, { collectorUrl: 'https://collector.example.com/v1/batch' });
    await recordUsage(db, event(1));
    const [row] = await db.outbox.toArray();
    expect(row!.message.userId).toBeUndefined();
    expect(row!.message.anonymousId).toBe((await installIdentity(db)).anonymousId);
  });

  it('writes neither the event nor its message when the transaction fails', async () => {
    await useCollector('https://collector.example.com/v1/batch');
    db.outbox.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(recordUsage(db, event(1))).rejects.toThrow('disk full');
    expect(await db.events.count()).toBe(0);
  });

  it('keeps the outbox within its bound, dropping the oldest and counting them', async () => {
    await useCollector('https://collector.example.com/v1/batch');
    const ids: string[] = [];
    for (let i = 0; i < 15; i++) ids.push((await recordUsage(db, event(i), { maxOutboxRows: 10, now: 1000 + i })).messageId!);
    const left = await db.outbox.orderBy(':id').toArray();
    expect(left.map((r) => r.messageId)).toEqual(ids.slice(5));
    expect(await db.events.count()).toBe(15);
    expect(await loadOutboxState(db)).toMatchObject({ dropped: 5, lastDroppedAt: 1014 });
  });
});

describe('sending the outbox to a collector', () => {
  it('posts Segment batch calls with the write key as basic-auth user, and empties the outbox', async () => {
    collector = await startCollector();
    await useCollector(collector.url, { collectorWriteKey: 'wk_live_123' });
    const ids = await recordMany(3);
    const r = await flushOutbox(db, { now: () => Date.UTC(2026, 2, 1, 10) });
    expect(r).toMatchObject({ outcome: 'sent', sent: 3, pending: 0 });
    expect([...collector.received.keys()].sort()).toEqual([...ids].sort());
    const [request] = collector.server.requests;
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.headers.authorization).toBe(`Basic ${Buffer.from('wk_live_123:').toString('base64')}`);
    expect(request?.headers.cookie).toBeUndefined();
    expect(JSON.parse(request!.body)).toMatchObject({ sentAt: '2026-03-01T10:00:00.000Z', batch: [{ type: 'track', event: 'Content Link Copied' }, {}, {}] });
    expect(await db.outbox.count()).toBe(0);
    expect(await loadOutboxState(db)).toMatchObject({ sent: 3, failures: 0, lastSentAt: Date.UTC(2026, 2, 1, 10) });
  });

  it('sends no Authorization header without a write key', async () => {
    collector = await startCollector();
    await useCollector(collector.url);
    await recordMany(1);
    await flushOutbox(db);
    expect(collector.server.requests[0]?.headers.authorization).toBeUndefined();
  });

  it('sends in batches of at most 100 messages', async () => {
    collector = await startCollector();
    await useCollector(collector.url);
    await recordMany(250);
    const r = await flushOutbox(db);
    expect(r.sent).toBe(250);
    expect(collector.batches.map((b) => b.size)).toEqual([100, 100, 50]);
  });

  it('keeps everything through a collector that fails, then recovers, and delivers every event', async () => {
    collector = await startCollector();
    await useCollector(collector.url);
    const ids = await recordMany(40);
    let request = 0;
    const script = ['500', '503', 'reset', '429', 'ok', '502', 'ok'];
    collector.override((_req, res) => {
      const step = script[request++] ?? 'ok';
      if (step === 'ok') return false;
      if (step === 'reset') {
        res.socket?.destroy();
        return true;
      }
      res.writeHead(Number(step), step === '429' ? { 'Retry-After': '90' } : {});
      res.end('try later');
      return true;
    });
    const clock = { now: 1_000_000 };
    const results = await drain({ clock, batchSize: 10, random: () => 0.5 });
    const failed = results.filter((r) => r.outcome === 'failed');
    expect(failed.map((r) => r.status)).toEqual([500, 503, undefined, 429, 502]);
    expect(failed[2]?.error).toMatch(/could not reach 127\.0\.0\.1/);
    // Backoff grows; the 429's Retry-After (90 s) outlasts its backoff.
    const waits = failed.map((r, i) => r.nextAttemptAt! - (i === 0 ? 1_000_000 : failed[i - 1]!.nextAttemptAt!));
    expect(waits[1]).toBeGreaterThan(waits[0]!);
    expect(waits[3]).toBeGreaterThanOrEqual(90_000);
    expect([...collector.received.keys()].sort()).toEqual([...ids].sort());
    expect(await db.outbox.count()).toBe(0);
    const state = await loadOutboxState(db);
    expect(state).toMatchObject({ sent: 40, failures: 0, rejected: 0, dropped: 0 });
    expect(state.lastError).toBeUndefined();
  });

  it('puts a failure down to permission only when the collector’s site refused with no answer, not a timeout (the rule the feeds follow)', async () => {
    await useCollector('https://collector.example.com/v1/batch');
    await recordMany(1);
    const refused = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;
    const hangs = ((_url: string, init?: RequestInit) => new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))))) as typeof fetch;
    const blocked = await flushOutbox(db, { fetch: refused, hostAccess: false, force: true });
    expect(blocked.outcome === 'failed' && blocked.error).toMatch(/no permission for https:\/\/collector\.example\.com/);
    let state = await loadOutboxState(db);
    expect(state.lastError).toMatchObject({ kind: 'unreachable' });
    expect(noAccessNote(false, lastDelivery('https://collector.example.com/v1/batch', state))).toBe('failing');
    const slow = await flushOutbox(db, { fetch: hangs, hostAccess: false, force: true, timeoutMs: 50 });
    expect(slow.outcome === 'failed' && slow.error).toBe('collector.example.com did not answer within 0.1 s');
    state = await loadOutboxState(db);
    expect(state.lastError).toMatchObject({ kind: 'timeout' });
    expect(noAccessNote(false, lastDelivery('https://collector.example.com/v1/batch', state))).toBeUndefined();
  });

  it('waits out its backoff unless forced', async () => {
    await useCollector(`http://127.0.0.1:${await closedPort()}/v1/batch`);
    await recordMany(2);
    const first = await flushOutbox(db, { now: () => 1000, random: () => 0 });
    expect(first).toMatchObject({ outcome: 'failed', pending: 2, nextAttemptAt: 1000 + 5_000 });
    let calls = 0;
    const counting: typeof fetch = async (input, init) => {
      calls++;
      return fetch(input, init);
    };
    expect(await flushOutbox(db, { now: () => 2000, fetch: counting })).toMatchObject({ outcome: 'waiting', nextAttemptAt: 6000 });
    expect(calls).toBe(0);
    expect((await flushOutbox(db, { now: () => 2000, fetch: counting, force: true })).outcome).toBe('failed');
    expect(calls).toBe(1);
    // A new collector address does not inherit the old one's backoff.
    collector = await startCollector();
    await useCollector(collector.url);
    expect(await flushOutbox(db, { now: () => 2500 })).toMatchObject({ outcome: 'sent', sent: 2 });
    expect(await loadOutboxState(db)).toMatchObject({ failures: 0 });
  });

  it('survives a slow collector: the timed-out batch comes again and the collector drops the duplicates', async () => {
    collector = await startCollector();
    await useCollector(collector.url);
    const ids = await recordMany(30);
    let slow = 2;
    const pending: (() => void)[] = [];
    collector.override((_req, res, batch) => {
      if (slow <= 0) return false;
      slow--;
      // The collector takes the batch in, but answers after the client has given up.
      collector!.store(batch);
      pending.push(() => {
        res.writeHead(200);
        res.end('{}');
      });
      return true;
    });
    const clock = { now: 0 };
    // Long enough that a loaded machine never times out a prompt answer; the slow ones never come.
    const results = await drain({ clock, batchSize: 10, timeoutMs: 1500 });
    for (const answer of pending) answer();
    expect(results.filter((r) => r.outcome === 'failed').map((r) => r.error)).toEqual([
      expect.stringMatching(/did not answer within 1\.5 s/),
      expect.stringMatching(/did not answer within 1\.5 s/),
    ]);
    expect(collector.received.size).toBe(30);
    expect([...collector.received.keys()].sort()).toEqual([...ids].sort());
    expect(collector.duplicates).toBe(20);
  });

  it('isolates a message the collector refuses: splits the batch, drops only that one, and counts it', async () => {
    collector = await startCollector();
    await useCollector(collector.url);
    const ids = await recordMany(10);
    const poison = (await recordUsage(db, event(99, 'not-relevant', { reason: 'POISON' }))).messageId!;
    ids.push(...(await recordMany(5, 100)));
    collector.override((_req, res, batch) => {
      if (!batch.some((m) => m.properties.reason === 'POISON')) return false;
      res.writeHead(400, { 'Content-Type': 'application/json' });
      res.end('{"error":"reason is not allowed"}');
      return true;
    });
    const r = await flushOutbox(db);
    expect(r).toMatchObject({ outcome: 'sent', sent: 15, rejected: 1, pending: 0 });
    expect([...collector.received.keys()].sort()).toEqual([...ids].sort());
    expect(collector.received.has(poison)).toBe(false);
    // 16 messages: whole, halves, quarters… down to the one: a handful of requests, not one per message.
    expect(collector.server.requests.length).toBeLessThanOrEqual(10);
    const state = await loadOutboxState(db);
    expect(state).toMatchObject({ rejected: 1, sent: 15, lastRejected: { messageId: poison, event: 'Content Marked Not Relevant', status: 400 } });
    expect(state.lastRejected?.message).toMatch(/HTTP 400.*reason is not allowed/);
  });

  it('keeps every message when the collector refuses every one of them (400 to everything), and backs off', async () => {
    collector = await startCollector();
    await useCollector(collector.url);
    const ids = await recordMany(30);
    collector.override((_req, res) => {
      res.writeHead(400, { 'Content-Type': 'application/json' });
      res.end('{"error":"source disabled"}');
      return true;
    });
    const clock = { now: Date.UTC(2026, 2, 1, 10) };
    const r = await flushOutbox(db, { now: () => clock.now, random: () => 0 });
    expect(r).toMatchObject({ outcome: 'failed', sent: 0, rejected: 0, pending: 30, status: 400 });
    expect(r.error).toMatch(/HTTP 400.*source disabled.*for every message Tailor sent it, together and alone.*keeps them all/);
    expect(r.nextAttemptAt).toBeGreaterThan(clock.now);
    // A bounded search, not one request per message.
    expect(collector.server.requests.length).toBeLessThanOrEqual(16);
    const state = await loadOutboxState(db);
    expect(state).toMatchObject({ rejected: 0, failures: 1, lastError: { status: 400 } });
    expect(state.lastRejected).toBeUndefined();
    // Until the retry is due, nothing is sent; then the collector is back and everything arrives.
    expect(await flushOutbox(db, { now: () => clock.now + 1000 })).toMatchObject({ outcome: 'waiting', pending: 30 });
    collector.override(undefined);
    clock.now = r.nextAttemptAt!;
    expect(await flushOutbox(db, { now: () => clock.now })).toMatchObject({ outcome: 'sent', sent: 30, pending: 0 });
    expect([...collector.received.keys()].sort()).toEqual([...ids].sort());
  });

  it('keeps a lone message the collector refuses until others prove the collector takes messages', async () => {
    collector = await startCollector();
    await useCollector(collector.url);
    const poison = (await recordUsage(db, event(99, 'not-relevant', { reason: 'POISON' }))).messageId!;
    collector.override((_req, res, batch) => {
      if (!batch.some((m) => m.properties.reason === 'POISON')) return false;
      res.writeHead(400);
      res.end('bad reason');
      return true;
    });
    expect(await flushOutbox(db)).toMatchObject({ outcome: 'failed', rejected: 0, pending: 1 });
    const good = await recordMany(3);
    expect(await flushOutbox(db, { force: true })).toMatchObject({ outcome: 'sent', sent: 3, rejected: 1, pending: 0 });
    expect([...collector.received.keys()].sort()).toEqual([...good].sort());
    expect((await loadOutboxState(db)).lastRejected?.messageId).toBe(poison);
  });

  it('hashes, when hashing is turned on, the identifiers of messages queued before', async () => {
    collector = await startCollector();
    await useCollector(collector.url);
    const ids = await recordMany(3);
    await userSettings.set(db, { hashIdentifiers: true, hashSalt: 'team-secret' });
    expect(await flushOutbox(db)).toMatchObject({ outcome: 'sent', sent: 3 });
    for (const request of collector.server.requests) expect(request.body).not.toContain('Mercy');
    const first = collector.received.get(ids[0]!)!;
    expect(first.properties).toMatchObject({
      identifiers_hashed: true,
      account: await hashIdentifier('Mercy Regional Health', 'team-secret'),
      record_id: await hashIdentifier('003000000000000', 'team-secret'),
    });
  });

  it('cuts every message to what a collector takes, queued ones too, and keeps batches under 500 KB', async () => {
    collector = await startCollector();
    await useCollector(collector.url);
    const huge = '\u0001😀'.repeat(2_000);
    await recordUsage(db, event(1, 'not-relevant', { reason: huge, account: huge, recordId: huge }));
    // A row queued by an older version, before the limits.
    const [row] = await db.outbox.toArray();
    await db.outbox.add({ messageId: 'old-1', createdAt: 0, message: { ...row!.message, messageId: 'old-1', properties: { ...row!.message.properties, asset_title: huge, reason: huge } } });
    for (let i = 0; i < 120; i++)
      await db.outbox.add({ messageId: `old-${i + 2}`, createdAt: 0, message: { ...row!.message, messageId: `old-${i + 2}`, properties: { ...row!.message.properties, asset_url: huge, reason: huge } } });
    expect(await flushOutbox(db)).toMatchObject({ outcome: 'sent', sent: 122, pending: 0 });
    expect(collector.server.requests.length).toBeGreaterThanOrEqual(2);
    for (const request of collector.server.requests) {
      expect(Buffer.byteLength(request.body)).toBeLessThan(500 * 1024);
      for (const m of JSON.parse(request.body).batch) expect(Buffer.byteLength(JSON.stringify(m))).toBeLessThanOrEqual(32 * 1024);
    }
  });

  it('does not send with a write key the request cannot carry, and says why', async () => {
    collector = await startCollector();
    // Policy values are checked as they are read (lib/policy/managed.ts); a stored setting that skipped
    // the settings form is refused here too.
    await useCollector(collector.url, { collectorWriteKey: 'clé' });
    await recordMany(2);
    const r = await flushOutbox(db);
    expect(r).toMatchObject({ outcome: 'failed', pending: 2 });
    expect(r.error).toMatch(/write key cannot be sent \(use printable ASCII/);
    expect(collector.server.requests).toHaveLength(0);
    expect((await loadOutboxState(db)).lastError?.message).toBe(r.error);
  });

  it('keeps every message when the collector refuses the write key, and says so', async () => {
    collector = await startCollector();
    await useCollector(collector.url, { collectorWriteKey: 'wrong' });
    await recordMany(5);
    collector.override((_req, res) => {
      res.writeHead(401);
      res.end();
      return true;
    });
    const r = await flushOutbox(db);
    expect(r).toMatchObject({ outcome: 'failed', status: 401, pending: 5 });
    expect(r.error).toMatch(/HTTP 401.*check the write key/);
    expect((await loadOutboxState(db)).lastError?.message).toBe(r.error);
  });

  it('loses nothing across a restart in the middle of a send', async () => {
    collector = await startCollector();
    await useCollector(collector.url);
    const ids = await recordMany(30);
    let requests = 0;
    let hung: (() => void) | undefined;
    const reached = new Promise<void>((resolve) => {
      collector!.override((_req, res, batch) => {
        requests++;
        if (requests !== 2) return false;
        // The second batch arrives, then the browser goes away before the answer does.
        collector!.store(batch);
        hung = () => res.destroy();
        resolve();
        return true;
      });
    });
    const flushing = flushOutbox(db, { batchSize: 10, timeoutMs: 5000 });
    await reached;
    db.close();
    hung?.();
    await flushing.catch(() => undefined);

    const again = new TailorDB(name());
    await again.open();
    try {
      expect(await again.outbox.count()).toBe(20);
      collector.override(undefined);
      const r = await flushOutbox(again, { force: true });
      expect(r).toMatchObject({ pending: 0 });
      expect([...collector.received.keys()].sort()).toEqual([...ids].sort());
      expect(collector.duplicates).toBe(10);
      expect(await again.events.count()).toBe(30);
    } finally {
      again.close();
    }
  });
});

describe('the settings page’s test event', () => {
  it('goes through the outbox and reports what became of it', async () => {
    collector = await startCollector();
    await useCollector(collector.url);
    const { id, messageId } = await enqueueTestEvent(db);
    await flushOutbox(db, { force: true });
    expect(await testEventFate(db, id, messageId)).toEqual({ fate: 'delivered' });
    expect(collector.received.get(messageId)).toMatchObject({ event: 'Tailor Test Event', properties: { test: true }, userId: 'dana@example.com' });
  });

  it('says why it is still waiting', async () => {
    await useCollector(`http://127.0.0.1:${await closedPort()}/v1/batch`);
    const { id, messageId } = await enqueueTestEvent(db);
    await flushOutbox(db, { force: true });
    expect(await testEventFate(db, id, messageId)).toMatchObject({ fate: 'waiting', message: expect.stringMatching(/could not reach/) });
  });

  it('says when the collector refused it', async () => {
    collector = await startCollector();
    await useCollector(collector.url);
    collector.override((_req, res, batch) => {
      if (!batch.some((m) => m.event === 'Tailor Test Event')) return false;
      res.writeHead(422);
      res.end('no tests please');
      return true;
    });
    await recordMany(1);
    const { id, messageId } = await enqueueTestEvent(db);
    await flushOutbox(db, { force: true });
    expect(await testEventFate(db, id, messageId)).toEqual({ fate: 'rejected', message: expect.stringMatching(/HTTP 422.*no tests please/) });
  });
});

describe('discarding the outbox', () => {
  it('empties it and counts what went', async () => {
    await useCollector('https://collector.example.com/v1/batch');
    await recordMany(4);
    expect(await discardOutbox(db)).toBe(4);
    expect(await db.outbox.count()).toBe(0);
    expect((await loadOutboxState(db)).discarded).toBe(4);
    expect(await db.events.count()).toBe(4);
  });
});
