// Recording what a rep did: the event goes into `events` and, when the team has a collector, its
// message into the outbox, in one transaction, so an event is either both recorded and queued for
// export or neither. The message is built (and hashed) before the transaction opens: an await on
// WebCrypto inside it would let IndexedDB commit early.
import type { TailorDB } from '../db/db';
import type { UsageEvent } from '../model';
import { loadEffectiveSettings } from '../policy/managed';
import { collectorConfigured } from '../teams/validate';
import { TAILOR_VERSION } from '../version';
import { installIdentity } from './identity';
import { MAX_OUTBOX_ROWS, addToOutbox } from './outbox';
import { buildTrackMessage, type OutboxRow } from './segment';

export interface RecordOptions {
  now?: number;
  /** The outbox keeps at most this many messages; the oldest go first (and are counted). */
  maxOutboxRows?: number;
}

export interface RecordResult {
  eventId: number;
  /** Set when the event was queued for the collector. */
  messageId?: string;
  /** Old messages dropped to keep the outbox within its bound. */
  dropped: number;
}

export async function recordUsage(db: TailorDB, event: UsageEvent, options: RecordOptions = {}): Promise<RecordResult> {
  const now = options.now ?? Date.now();
  const settings = await loadEffectiveSettings(db);
  let row: OutboxRow | undefined;
  if (collectorConfigured(settings)) {
    const identity = await installIdentity(db);
    const asset = event.assetId ? await db.assets.get(event.assetId) : undefined;
    const messageId = crypto.randomUUID();
    const message = await buildTrackMessage(event, {
      messageId,
      userId: settings.repId,
      anonymousId: identity.anonymousId,
      ...(asset ? { asset } : {}),
      ...(settings.hashIdentifiers ? { hash: { salt: settings.hashSalt || identity.salt } } : {}),
      version: TAILOR_VERSION,
    });
    row = { messageId, createdAt: now, message };
  }
  return db.transaction('rw', db.events, db.outbox, db.settings, async () => {
    const { id: _ignored, ...stored } = event;
    const eventId = (await db.events.add({ ...stored })) as number;
    if (!row) return { eventId, dropped: 0 };
    const { dropped } = await addToOutbox(db, [{ ...row, eventId }], { maxRows: options.maxOutboxRows ?? MAX_OUTBOX_ROWS, now });
    return { eventId, messageId: row.messageId, dropped };
  });
}
