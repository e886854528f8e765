// Usage in the database: roll-ups read for a period, won deals credited, prospects remembered, old
// events pruned. Events are written by record.ts.
import type { TailorDB } from '../db/db';
import { emptyContext, type DayRollup, type Outcome, type ProspectSeen, type ResolvedContext, type Prospect, type UsageEvent } from '../model';
import type { WonDeal, WonDealSighting } from './outcomes';
import { recordUsage, type RecordOptions } from './record';
import { dayOf, SHARE_TYPES } from './rollup';

export async function loadRollups(db: TailorDB, fromDay: string, toDay: string): Promise<DayRollup[]> {
  return db.rollups.where('day').between(fromDay, toDay, true, true).toArray();
}

async function credit(db: TailorDB, deal: WonDeal): Promise<{ outcome: Outcome; firstCredit: boolean }> {
  return db.transaction('rw', db.events, db.outcomes, async () => {
    const old = await db.outcomes.get(deal.dealKey);
    // The deal was won when it was first seen won: a later look at it must not credit later shares.
    const wonAt = old?.wonAt ?? deal.wonAt;
    const shared = await db.events
      .where('account')
      .equals(deal.account)
      .filter((e) => SHARE_TYPES.includes(e.type) && e.at <= wonAt && e.assetId !== undefined)
      .toArray();
    const outcome: Outcome = {
      dealKey: deal.dealKey,
      account: deal.account,
      wonAt,
      assetIds: [...new Set([...(old?.assetIds ?? []), ...shared.map((e) => e.assetId!)])],
      ...(deal.name ?? old?.name ? { name: deal.name ?? old?.name } : {}),
      ...(deal.amount ?? old?.amount ? { amount: deal.amount ?? old?.amount } : {}),
    };
    await db.outcomes.put(outcome);
    return { outcome, firstCredit: !old };
  });
}

/**
 * A deal was won: credit the assets shared on its account's records (contacts, the account, this deal)
 * before it was won. Seeing the same won deal again updates it (a later amount), never counts it twice.
 */
export async function creditWonDeal(db: TailorDB, deal: WonDeal): Promise<Outcome> {
  return (await credit(db, deal)).outcome;
}

/**
 * For each won deal credited with nothing, how many shares were made on its account after it was won:
 * they do not count (they could not have helped win it), and the insights say so.
 */
export async function sharesAfterWin(db: TailorDB, outcomes: readonly Outcome[]): Promise<Map<string, number>> {
  const after = new Map<string, number>();
  for (const o of outcomes) {
    if (o.assetIds.length > 0) continue;
    const n = await db.events
      .where('account')
      .equals(o.account)
      .filter((e) => SHARE_TYPES.includes(e.type) && e.at > o.wonAt)
      .count();
    after.set(o.dealKey, n);
  }
  return after;
}

/**
 * A deal seen won (its record page reads won, or the rep marked it): credits it, and the first time only
 * records its 'won' usage event, so the events export and the team's collector get each win once, with
 * its amount. Later sightings (another view, "Mark won" again) update the credit and record nothing.
 */
export async function creditWonDealOnce(
  db: TailorDB,
  deal: WonDealSighting,
  options: RecordOptions = {},
): Promise<{ outcome: Outcome; firstCredit: boolean; eventId?: number }> {
  const { outcome, firstCredit } = await credit(db, deal);
  if (!firstCredit) return { outcome, firstCredit };
  const context = deal.context ?? (await db.prospects.get(deal.dealKey))?.context ?? emptyContext();
  const event: UsageEvent = {
    type: 'won',
    at: outcome.wonAt,
    ...(deal.crm ? { crm: deal.crm } : {}),
    ...(deal.recordType ? { recordType: deal.recordType } : {}),
    ...(deal.recordId ? { recordId: deal.recordId } : {}),
    account: outcome.account,
    ...(deal.rep ? { rep: deal.rep } : {}),
    ...(outcome.amount !== undefined ? { amount: outcome.amount } : {}),
    context,
  };
  const { eventId } = await recordUsage(db, event, options);
  return { outcome, firstCredit, eventId };
}

/** Remembers a record the rep looked at and how well the library could serve it. */
export async function noteProspectSeen(
  db: TailorDB,
  key: string,
  prospect: Prospect,
  context: ResolvedContext,
  bestScore: number | undefined,
  now = Date.now(),
): Promise<void> {
  await db.transaction('rw', db.prospects, async () => {
    const old = await db.prospects.get(key);
    const row: ProspectSeen = {
      key,
      prospect,
      context,
      ...(bestScore !== undefined ? { bestScore } : {}),
      firstSeenAt: old?.firstSeenAt ?? now,
      lastSeenAt: now,
      views: (old?.views ?? 0) + 1,
    };
    await db.prospects.put(row);
  });
}

/** Deletes events and roll-ups older than the retention period; returns how many events went. */
export async function pruneUsage(db: TailorDB, retentionDays: number, now = Date.now()): Promise<number> {
  const cutoff = now - retentionDays * 86_400_000;
  return db.transaction('rw', db.events, db.rollups, async () => {
    const removed = await db.events.where('at').below(cutoff).delete();
    await db.rollups.where('day').below(dayOf(cutoff)).delete();
    return removed;
  });
}

/** The events from a time on, in time order, a batch at a time (each batch one short read, from the
 * `at` index, carrying on after the last event of the one before). */
export async function* eventsSince(db: TailorDB, fromMs: number, batchSize = 5000): AsyncGenerator<UsageEvent[]> {
  let lastAt = fromMs;
  let lastId = -1;
  for (;;) {
    const at = lastAt;
    const id = lastId;
    const batch = await db.events
      .where('at')
      .aboveOrEqual(at)
      .filter((e) => e.at > at || e.id! > id)
      .limit(batchSize)
      .toArray();
    if (batch.length === 0) return;
    const last = batch[batch.length - 1]!;
    lastAt = last.at;
    lastId = last.id!;
    yield batch;
  }
}
