// The tables as the pages and the background use them: each query or write one named function, so no
// hook, component or entrypoint reaches into Dexie itself, and each index a query needs is found beside
// the query (lib/db/schema.ts lists which exist).
import type { TailorDB } from '../db/db';
import type { NotRelevantFeedback } from '../match';
import type { Asset, AssetFlag, ContentRequest, Outcome, ProspectCorrection, ProspectSeen } from '../model';

/** How many of the latest "not relevant" marks push assets down for prospects read alike. */
export const FEEDBACK_LIMIT = 500;

/** The library's assets. */
export const assets = {
  all: (db: TailorDB): Promise<Asset[]> => db.assets.toArray(),
};

/** The rep's corrections to detected prospects, one per CRM record. */
export const corrections = {
  get: (db: TailorDB, key: string): Promise<ProspectCorrection | undefined> => db.corrections.get(key),
  save: async (db: TailorDB, correction: ProspectCorrection): Promise<void> => void (await db.corrections.put({ ...correction })),
  remove: (db: TailorDB, key: string): Promise<void> => db.corrections.delete(key),
};

/** The reps' "not relevant" marks, as the ranking learns from them. */
export const feedback = {
  /** The latest marks, newest first. */
  async recent(db: TailorDB, limit = FEEDBACK_LIMIT): Promise<NotRelevantFeedback[]> {
    const events = await db.events.where('[type+at]').between(['not-relevant', 0], ['not-relevant', Infinity]).reverse().limit(limit).toArray();
    return events.filter((e) => e.assetId).map((e): NotRelevantFeedback => ({ assetId: e.assetId!, context: e.context }));
  },
};

/** The CRM records reps have met. */
export const prospects = {
  get: (db: TailorDB, key: string): Promise<ProspectSeen | undefined> => db.prospects.get(key),
  /** The most recently seen first. */
  recent: (db: TailorDB, limit: number): Promise<ProspectSeen[]> => db.prospects.orderBy('lastSeenAt').reverse().limit(limit).toArray(),
  seenSince: (db: TailorDB, since: number): Promise<ProspectSeen[]> => db.prospects.where('lastSeenAt').aboveOrEqual(since).toArray(),
};

/** Reps' requests for content marketing does not have yet. */
export const requests = {
  add: async (db: TailorDB, request: Omit<ContentRequest, 'id'>): Promise<void> => void (await db.requests.add(request)),
  newestFirst: (db: TailorDB): Promise<ContentRequest[]> => db.requests.orderBy('createdAt').reverse().toArray(),
  createdSince: (db: TailorDB, since: number): Promise<ContentRequest[]> => db.requests.where('createdAt').aboveOrEqual(since).toArray(),
};

/** Reps' "outdated" flags on assets. */
export const flags = {
  open: (db: TailorDB): Promise<AssetFlag[]> => db.flags.where('status').equals('open').toArray(),
};

/** Won deals and what they credited. */
export const outcomes = {
  wonSince: (db: TailorDB, since: number): Promise<Outcome[]> => db.outcomes.where('wonAt').aboveOrEqual(since).toArray(),
};

/** Usage messages waiting for the team's collector. */
export const outbox = {
  pending: (db: TailorDB): Promise<number> => db.outbox.count(),
};
