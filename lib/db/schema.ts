// Every version of the database schema, oldest first. A schema change is a new entry here (never an
// edit of an old one) with a migration test in schema.test.ts that opens the previous version with
// rows in it and checks nothing is lost.
import type { Transaction } from 'dexie';

export interface SchemaVersion {
  version: number;
  /** Dexie store definitions: primary key first, then only the indexes something queries. */
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

export const SCHEMA: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      // url: import matches by URL and the editor warns on duplicates; origin: a feed replaces its own.
      assets: 'id, url, origin',
      taxonomy: '[kind+id], kind',
      // at: retention pruning and period reports; [assetId+at]: one asset's history; [type+at]: counts by action.
      events: '++id, at, [assetId+at], [type+at]',
      prospects: 'key, lastSeenAt',
      requests: '++id, createdAt, status',
      settings: 'key',
    },
  },
  {
    version: 2,
    stores: {
      // Reps' "Flag as outdated": the review queue lists open ones; an asset's row shows its flags.
      flags: '++id, assetId, status',
      // Reps' corrections to a detected prospect, by CRM record key.
      corrections: 'key',
    },
  },
  {
    version: 3,
    stores: {
      // Drops the url index: nothing queries it (imports and the editor match URLs in memory), and
      // keeping it cost a fifth of the time of writing a 50,000-asset import.
      assets: 'id, origin',
    },
  },
  {
    version: 4,
    stores: {
      // account: a won deal credits what was shared on its account's records.
      events: '++id, at, [assetId+at], [type+at], account',
      // One row of counters per day: insights for a year read 365 rows, not every event.
      rollups: 'day',
      // Won deals and the assets credited to them.
      outcomes: 'dealKey, wonAt',
    },
  },
  {
    version: 5,
    stores: {
      // Usage events waiting for the team's collector, oldest first by the auto-increment key (nothing
      // else is queried: the sender reads from the front, the bound trims below a key).
      outbox: '++id',
    },
  },
  {
    version: 6,
    stores: {
      // Drops indexes nothing queries (every event, request and taxonomy row paid to keep them):
      // taxonomy by kind, an asset's history by [assetId+at], requests by status. The rest stay.
      taxonomy: '[kind+id]',
      events: '++id, at, [type+at], account',
      requests: '++id, createdAt',
    },
  },
];

export const LATEST_VERSION = SCHEMA[SCHEMA.length - 1]!.version;
