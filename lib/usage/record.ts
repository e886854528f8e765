// Recording what a rep did. In one transaction: the events, their days' roll-ups (what the insights
// read) and, when the team has a collector, their messages in the outbox; so an event is recorded,
// counted and queued for export, or none of that. Messages are built (and hashed) before the
// transaction opens: an await on WebCrypto inside it would let IndexedDB commit early.
import type { TailorDB } from '../db/db';
import type { DayRollup, OutboxRow, UsageEvent } from '../model';
import { loadEffectiveSettings } from '../policy/managed';
import { collectorConfigured } from '../settings-rules';
import { TAILOR_VERSION } from '../version';
import { installIdentity } from './identity';
import { MAX_OUTBOX_ROWS, addToOutbox } from './outbox';
import { addToRollup, dayOf, emptyRollup } from './rollup';
import { buildTrackMessage } from './segment';

export interface RecordOptions {
  now?: number;
  /** The outbox keeps at most this many messages; the oldest go first (and are counted). */
  maxOutboxRows?: number;
}

export interface RecordResult {
  eventIds: number[];
  /** Set for each event queued for the collector. */
  messageIds: (string | undefined)[];
  /** Old messages dropped to keep the outbox within its bound. */
  dropped: number;
}

export async function recordUsageBatch(db: TailorDB, given: readonly UsageEvent[], options: RecordOptions = {}): Promise<RecordResult> {
  if (given.length === 0) return { eventIds: [], messageIds: [], dropped: 0 };
  const now = options.now ?? Date.now();
  const settings = await loadEffectiveSettings(db);
  // A page can record before its own copy of the settings has loaded: the rep is who the settings say.
  const repId = settings.repId.trim();
  const events = repId ? given.map((e) => (e.rep?.trim() ? e : { ...e, rep: repId })) : given;
  let rows: (OutboxRow | undefined)[] = events.map(() => undefined);
  if (collectorConfigured(settings)) {
    const identity = await installIdentity(db);
    const assetIds = [...new Set(events.flatMap((e) => (e.assetId ? [e.assetId] : [])))];
    const assets = new Map((await db.assets.bulkGet(assetIds)).flatMap((a) => (a ? [[a.id, a] as const] : [])));
    rows = await Promise.all(
      events.map(async (event) => {
        const messageId = crypto.randomUUID();
        const asset = event.assetId ? assets.get(event.assetId) : undefined;
        const message = await buildTrackMessage(event, {
          messageId,
          userId: settings.repId,
          anonymousId: identity.anonymousId,
          ...(asset ? { asset } : {}),
          ...(settings.hashIdentifiers ? { hash: { salt: settings.hashSalt || identity.salt } } : {}),
          version: TAILOR_VERSION,
        });
        return { messageId, createdAt: now, message };
      }),
    );
  }
  return db.transaction('rw', [db.events, db.rollups, db.outbox, db.settings], async () => {
    const eventIds: number[] = [];
    for (const event of events) {
      const { id: _ignored, ...stored } = event;
      eventIds.push((await db.events.add({ ...stored })) as number);
    }
    const days = [...new Set(events.map((e) => dayOf(e.at)))];
    const existing = await db.rollups.bulkGet(days);
    const byDay = new Map<string, DayRollup>(days.map((d, i) => [d, existing[i] ?? emptyRollup(d)]));
    for (const e of events) addToRollup(byDay.get(dayOf(e.at))!, e);
    await db.rollups.bulkPut([...byDay.values()]);

    const queued = rows.flatMap((row, i) => (row ? [{ ...row, eventId: eventIds[i]! }] : []));
    const { dropped } = queued.length
      ? await addToOutbox(db, queued, { maxRows: options.maxOutboxRows ?? MAX_OUTBOX_ROWS, now })
      : { dropped: 0 };
    return { eventIds, messageIds: rows.map((r) => r?.messageId), dropped };
  });
}

/** One event: see recordUsageBatch. */
export async function recordUsage(
  db: TailorDB,
  event: UsageEvent,
  options: RecordOptions = {},
): Promise<{ eventId: number; messageId?: string; dropped: number }> {
  const r = await recordUsageBatch(db, [event], options);
  return { eventId: r.eventIds[0]!, ...(r.messageIds[0] ? { messageId: r.messageIds[0] } : {}), dropped: r.dropped };
}
