// The outbox: usage messages waiting for the team's collector, in IndexedDB so they survive the
// worker sleeping and the browser closing. A message leaves the outbox only when the collector has
// answered 2xx for it (or refused that one message for good), so nothing is lost; a message may be
// sent twice (the answer lost on the way back), which its messageId lets the collector absorb.
import type { TailorDB } from '../db/db';
import { loadEffectiveSettings } from '../policy/managed';
import { parseRetryAfter, retryDelay } from '../net/backoff';
import { checkEndpointUrl } from '../net/endpoint';
import { failureCause } from '../net/failure';
import { fetchLimited } from '../net/fetch-limited';
import { decodeText } from '../pack/decode';
import { validateSettings } from '../settings-rules';
import { outboxState, type OutboxState } from '../state/settings-table';
import { TAILOR_VERSION } from '../version';
import { installIdentity } from './identity';
import type { OutboxRow, TrackMessage } from '../model';
import { batchBody, prepareForSending, testTrackMessage } from './segment';

/** A collector away for weeks must not fill the disk: past this many messages the oldest go. */
export const MAX_OUTBOX_ROWS = 50_000;
/** Segment's limits: 500 KB a batch, 32 KB a message. Batches stay under them with room to spare. */
export const MAX_BATCH_MESSAGES = 100;
export const MAX_BATCH_BYTES = 450 * 1024;
export const COLLECTOR_TIMEOUT_MS = 15_000;
export const OUTBOX_BACKOFF = { baseMs: 10_000, capMs: 60 * 60_000, maxMs: 24 * 60 * 60_000 } as const;
/** Statuses that mean "this payload is wrong" (not the server, not the key): split to find the bad message. */
export const PAYLOAD_REJECTED = new Set([400, 413, 422]);
/**
 * While the collector has accepted nothing in a flush, this many refused requests in a row mean it
 * refuses everything (a gateway, a quota, a wrong source), not a bad message: the search stops there.
 */
export const MAX_REFUSALS_BEFORE_ANY_ACCEPTED = 16;


export type { OutboxState };

const emptyState = (): OutboxState => ({ sent: 0, dropped: 0, rejected: 0, discarded: 0, failures: 0 });

export function loadOutboxState(db: TailorDB): Promise<OutboxState> {
  return outboxState.get(db).then((stored) => ({ ...emptyState(), ...stored }));
}

/** Reads, changes and writes the state row; call inside a transaction that includes `settings`. */
async function updateState(db: TailorDB, change: (s: OutboxState) => OutboxState): Promise<OutboxState> {
  const next = change(await loadOutboxState(db));
  await outboxState.set(db, next);
  return next;
}

/**
 * Adds messages and keeps the outbox within `maxRows`, dropping the oldest. Must run inside a
 * read-write transaction over `outbox` and `settings`. Keys only grow, so "the newest maxRows" is
 * every key above (newest − maxRows): one range delete, without counting the table.
 */
export async function addToOutbox(
  db: TailorDB,
  rows: readonly OutboxRow[],
  options: { maxRows: number; now: number },
): Promise<{ ids: number[]; dropped: number }> {
  const ids: number[] = [];
  for (const row of rows) ids.push((await db.outbox.add({ ...row })) as number);
  const newest = ids[ids.length - 1];
  if (newest === undefined) return { ids, dropped: 0 };
  const dropped = await db.outbox.where(':id').belowOrEqual(newest - options.maxRows).delete();
  if (dropped > 0)
    await updateState(db, (s) => ({ ...s, dropped: s.dropped + dropped, lastDroppedAt: options.now }));
  return { ids, dropped };
}

/** Queues the settings page's test event; returns its row id and messageId. */
export async function enqueueTestEvent(
  db: TailorDB,
  options: { now?: number; maxRows?: number } = {},
): Promise<{ id: number; messageId: string }> {
  const now = options.now ?? Date.now();
  const settings = await loadEffectiveSettings(db);
  const identity = await installIdentity(db);
  const messageId = crypto.randomUUID();
  const message = testTrackMessage({ messageId, at: now, userId: settings.repId, anonymousId: identity.anonymousId, version: TAILOR_VERSION });
  return db.transaction('rw', db.outbox, db.settings, async () => {
    const { ids } = await addToOutbox(db, [{ messageId, createdAt: now, message }], { maxRows: options.maxRows ?? MAX_OUTBOX_ROWS, now });
    return { id: ids[0]!, messageId };
  });
}

export type TestEventFate =
  | { fate: 'delivered' }
  | { fate: 'rejected'; message: string }
  | { fate: 'waiting'; message?: string; nextAttemptAt?: number };

/** What became of a test event after a flush. */
export async function testEventFate(db: TailorDB, id: number, messageId: string): Promise<TestEventFate> {
  const [row, state] = await Promise.all([db.outbox.get(id), loadOutboxState(db)]);
  if (row) return { fate: 'waiting', ...(state.lastError ? { message: state.lastError.message } : {}), ...(state.nextAttemptAt ? { nextAttemptAt: state.nextAttemptAt } : {}) };
  if (state.lastRejected?.messageId === messageId) return { fate: 'rejected', message: state.lastRejected.message };
  return { fate: 'delivered' };
}

/** Empties the outbox on request (the settings page's "Discard"), counting what went. */
export async function discardOutbox(db: TailorDB): Promise<number> {
  return db.transaction('rw', db.outbox, db.settings, async () => {
    const n = await db.outbox.count();
    await db.outbox.clear();
    await updateState(db, (s) => ({ ...s, discarded: s.discarded + n, failures: 0 }));
    return n;
  });
}

export interface FlushOptions {
  fetch?: typeof fetch;
  now?: () => number;
  random?: () => number;
  timeoutMs?: number;
  /** Send now even if a retry is scheduled later (the settings page's test event, a person's click). */
  force?: boolean;
  /** Batches per flush, so one flush ends while the worker is still alive; the caller flushes again. */
  maxBatches?: number;
  batchSize?: number;
  maxBatchBytes?: number;
  /** Whether Tailor holds the collector's host permission (only changes the wording of a failure). */
  hostAccess?: boolean;
}

export type FlushOutcome = 'not-configured' | 'empty' | 'waiting' | 'sent' | 'more' | 'failed';

export interface FlushResult {
  outcome: FlushOutcome;
  sent: number;
  rejected: number;
  pending: number;
  error?: string;
  status?: number;
  nextAttemptAt?: number;
}

type Post =
  | { kind: 'accepted' }
  | { kind: 'rejected'; status: number; message: string }
  | { kind: 'retry'; message: string; status?: number; retryAfterMs?: number; /** Why, when no answer came (the fetch's failure kind, or 'config'). */ failure?: string };

function bodySnippet(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (!flat) return '';
  return `: "${flat.length > 160 ? `${flat.slice(0, 159)}…` : flat}"`;
}

function retryAdvice(status: number): string {
  if (status === 401 || status === 403) return ' (check the write key)';
  if (status === 404 || status === 405) return ' (check the collector address)';
  return '';
}

/**
 * Reads a batch from the front of the outbox: up to `size` messages and `maxBytes` of JSON, each
 * message as it will leave (see prepareForSending), measured as sent.
 */
async function nextBatch(
  db: TailorDB,
  size: number,
  maxBytes: number,
  prepare: (m: TrackMessage) => Promise<TrackMessage>,
): Promise<OutboxRow[]> {
  const rows = await db.outbox.orderBy(':id').limit(size).toArray();
  const out: OutboxRow[] = [];
  let bytes = 0;
  const encoder = new TextEncoder();
  for (const row of rows) {
    const message = await prepare(row.message);
    const n = encoder.encode(JSON.stringify(message)).byteLength + 1;
    if (out.length > 0 && bytes + n > maxBytes) break;
    out.push({ ...row, message });
    bytes += n;
  }
  return out;
}

/**
 * Sends what the outbox holds, oldest first, in batches. 2xx: the batch's rows are deleted. 5xx, 429,
 * timeouts, network errors, and refusals of the key or address: everything stays, and the next
 * attempt waits (exponential backoff with jitter, or longer if the collector says Retry-After).
 * 400, 413 or 422: the batch is split in halves until the message the collector refuses is alone;
 * only that one is dropped, and counted, and only when the collector accepted others: when it refuses
 * every half, nothing is dropped, and the attempt counts as a failure (backoff, error recorded).
 */
export async function flushOutbox(db: TailorDB, options: FlushOptions = {}): Promise<FlushResult> {
  const clock = options.now ?? Date.now;
  const settings = await loadEffectiveSettings(db);
  const pendingNow = () => db.outbox.count();
  if (!settings.collectorUrl.trim()) return { outcome: 'not-configured', sent: 0, rejected: 0, pending: await pendingNow() };
  const endpoint = checkEndpointUrl(settings.collectorUrl, 'the collector address');
  if (!endpoint.ok)
    return { outcome: 'not-configured', sent: 0, rejected: 0, pending: await pendingNow(), error: endpoint.message };

  const state = await loadOutboxState(db);
  const sameCollector = state.failingUrl === undefined || state.failingUrl === endpoint.url.href;
  if (!options.force && sameCollector && state.nextAttemptAt !== undefined && clock() < state.nextAttemptAt)
    return { outcome: 'waiting', sent: 0, rejected: 0, pending: await pendingNow(), nextAttemptAt: state.nextAttemptAt };

  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  const keyProblem = settings.collectorWriteKey ? validateSettings({ collectorWriteKey: settings.collectorWriteKey }).collectorWriteKey : undefined;
  if (settings.collectorWriteKey && !keyProblem) headers.Authorization = `Basic ${btoa(`${settings.collectorWriteKey}:`)}`;
  const host = endpoint.url.host;
  // Hashing applies to what leaves now, whenever it was queued.
  const hash = settings.hashIdentifiers ? { salt: settings.hashSalt || (await installIdentity(db)).salt } : undefined;
  const prepare = (m: TrackMessage) => prepareForSending(m, hash ? { hash } : {});

  const post = async (rows: readonly OutboxRow[]): Promise<Post> => {
    const response = await fetchLimited(endpoint.url.href, {
      method: 'POST',
      headers,
      body: batchBody(rows.map((r) => r.message), clock()),
      timeoutMs: options.timeoutMs ?? COLLECTOR_TIMEOUT_MS,
      maxBytes: 64 * 1024,
      readBodyWhen: (status) => status >= 400,
      fetch: options.fetch,
    });
    if (!response.ok && response.status === undefined) {
      const noAccess =
        failureCause(response, options.hostAccess) === 'permission'
          ? `. Tailor has no permission for ${endpoint.url.origin} and the collector does not allow cross-origin requests: allow access in Settings, or have it send Access-Control-Allow-Origin`
          : '';
      return { kind: 'retry', failure: response.kind, message: `${response.message}${noAccess}` };
    }
    // An error answer whose body could not be read whole still has its status, which is what counts.
    const status = response.status!;
    const text = response.ok ? decodeText(response.body).text : '';
    if (status >= 200 && status < 300) return { kind: 'accepted' };
    const statusText = response.ok ? response.statusText : '';
    const label = `${host} answered HTTP ${status}${statusText ? ` (${statusText})` : ''}`;
    if (PAYLOAD_REJECTED.has(status)) return { kind: 'rejected', status, message: `${label}${bodySnippet(text)}` };
    const retryAfterMs = response.ok ? parseRetryAfter(response.headers.get('retry-after'), clock()) : undefined;
    return {
      kind: 'retry',
      status,
      message: `${label}${retryAdvice(status)}${bodySnippet(text)}`,
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    };
  };

  let sent = 0;
  let rejected = 0;
  const accepted = (rows: readonly OutboxRow[]) =>
    db.transaction('rw', db.outbox, db.settings, async () => {
      await db.outbox.bulkDelete(rows.map((r) => r.id!));
      const at = clock();
      await updateState(db, ({ lastError: _e, nextAttemptAt: _n, failingUrl: _f, ...s }) => ({
        ...s,
        sent: s.sent + rows.length,
        lastSentAt: at,
        lastAttemptAt: at,
        failures: 0,
      }));
      sent += rows.length;
    });
  const refused = (row: OutboxRow, why: { status: number; message: string }) =>
    db.transaction('rw', db.outbox, db.settings, async () => {
      await db.outbox.delete(row.id!);
      const at = clock();
      await updateState(db, (s) => ({
        ...s,
        rejected: s.rejected + 1,
        lastAttemptAt: at,
        lastRejected: { messageId: row.messageId, event: row.message.event, status: why.status, message: why.message, at },
      }));
      rejected += 1;
    });

  /**
   * Sends one batch; a refused batch is split, level by level, until the refused messages are alone.
   * A message refused alone is dropped only once the collector has accepted something in this flush:
   * a collector that refuses every half is refusing everything, and then every message stays.
   */
  const deliver = async (rows: readonly OutboxRow[]): Promise<Post & { kind: 'retry' | 'accepted' }> => {
    let pieces: (readonly OutboxRow[])[] = [rows];
    const alone: { row: OutboxRow; why: { status: number; message: string } }[] = [];
    let refusals = 0;
    const refusingEverything = (why: { status: number; message: string }): Post & { kind: 'retry' } => ({
      kind: 'retry',
      status: why.status,
      message: `${why.message}, for every message Tailor sent it, together and alone: the collector seems to refuse everything (check it, and the write key's source), so Tailor keeps them all`,
    });
    while (pieces.length > 0) {
      const next: (readonly OutboxRow[])[] = [];
      for (const piece of pieces) {
        const result = await post(piece);
        if (result.kind === 'accepted') {
          await accepted(piece);
          continue;
        }
        if (result.kind === 'retry') return result;
        refusals += 1;
        if (piece.length === 1) alone.push({ row: piece[0]!, why: result });
        else {
          const mid = Math.ceil(piece.length / 2);
          next.push(piece.slice(0, mid), piece.slice(mid));
        }
        if (sent === 0 && refusals >= MAX_REFUSALS_BEFORE_ANY_ACCEPTED) return refusingEverything(result);
      }
      pieces = next;
    }
    if (alone.length > 0 && sent === 0) return refusingEverything(alone[alone.length - 1]!.why);
    for (const { row, why } of alone) await refused(row, why);
    return { kind: 'accepted' };
  };

  const failed = async (result: Post & { kind: 'retry' }): Promise<FlushResult> => {
    const at = clock();
    const next = await db.transaction('rw', db.settings, () =>
      updateState(db, (s) => {
        const failures = (s.failingUrl === undefined || s.failingUrl === endpoint.url.href ? s.failures : 0) + 1;
        const delay = retryDelay(failures, result.retryAfterMs, { ...OUTBOX_BACKOFF, random: options.random });
        return {
          ...s,
          failures,
          lastAttemptAt: at,
          lastError: { message: result.message, at, ...(result.status !== undefined ? { status: result.status } : {}), ...(result.failure ? { kind: result.failure } : {}) },
          nextAttemptAt: at + delay,
          failingUrl: endpoint.url.href,
        };
      }),
    );
    return {
      outcome: 'failed',
      sent,
      rejected,
      pending: await pendingNow(),
      error: result.message,
      ...(result.status !== undefined ? { status: result.status } : {}),
      nextAttemptAt: next.nextAttemptAt!,
    };
  };

  // A key the request cannot carry (btoa takes Latin-1 only) would throw in the middle of a send:
  // it is a failure the settings page shows, and nothing is sent without it.
  if (keyProblem && (await pendingNow()) > 0)
    return failed({ kind: 'retry', failure: 'config', message: `the collector's write key cannot be sent (${keyProblem}): nothing was sent; correct the key` });

  const maxBatches = options.maxBatches ?? 20;
  for (let i = 0; i < maxBatches; i++) {
    const rows = await nextBatch(db, options.batchSize ?? MAX_BATCH_MESSAGES, options.maxBatchBytes ?? MAX_BATCH_BYTES, prepare);
    if (rows.length === 0) break;
    const result = await deliver(rows);
    if (result.kind === 'retry') return failed(result);
  }
  const pending = await pendingNow();
  const outcome: FlushOutcome = pending > 0 ? 'more' : sent + rejected > 0 ? 'sent' : 'empty';
  return { outcome, sent, rejected, pending };
}
