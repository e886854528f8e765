import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { TailorDB } from './db';
import { LATEST_VERSION, SCHEMA } from './schema';

// Rows as each schema version stored them. A new version adds its rows here; the test below opens
// every older version filled with rows and upgrades it to the latest.
const ROWS_BY_VERSION: Record<number, Record<string, unknown[]>> = {
  1: {
    assets: [
      {
        id: 'a1', title: 'Case study', url: 'https://e.example/a1', type: 'case-study', personas: ['p'],
        industries: [], painPoints: [], tags: ['x'], origin: 'pack', addedAt: 1, updatedAt: 1,
      },
      {
        id: 'a2', title: 'Local', url: 'https://e.example/a2', type: 'video', personas: [], industries: [],
        painPoints: [], tags: [], origin: 'local', addedAt: 2, updatedAt: 2, archived: true,
      },
    ],
    taxonomy: [{ kind: 'personas', id: 'p', label: 'P', aliases: ['Chief P'], origin: 'pack' }],
    events: [{ type: 'copy-link', at: 1000, assetId: 'a1', context: { personas: ['p'], industries: [], painPoints: [] } }],
    prospects: [{ key: 'salesforce:contact:003', prospect: { title: 'CFO' }, context: { personas: [], industries: [], painPoints: [] }, firstSeenAt: 1, lastSeenAt: 2, views: 2 }],
    requests: [{ createdAt: 5, status: 'open', note: 'Need a retail case study', prospect: {}, context: { personas: [], industries: [], painPoints: [] } }],
    settings: [{ key: 'rep', value: 'dana@example.com' }],
  },
  2: {
    outbox: [
      {
        messageId: 'b7c4d3e2-0000-4000-8000-000000000001', eventId: 1, createdAt: 1000,
        message: {
          type: 'track', event: 'Content Link Copied', messageId: 'b7c4d3e2-0000-4000-8000-000000000001',
          timestamp: '1970-01-01T00:00:01.000Z', userId: 'dana@example.com', properties: { asset_id: 'a1' },
        },
      },
    ],
  },
};

let n = 0;
const freshName = () => `tailor-migration-${Date.now()}-${n++}`;
afterEach(async () => {
  for (const name of await Dexie.getDatabaseNames()) if (name.startsWith('tailor-migration-')) await Dexie.delete(name);
});

describe('database migrations', () => {
  it('has rows recorded for every schema version', () => {
    for (const s of SCHEMA) expect(ROWS_BY_VERSION[s.version], `rows for version ${s.version}`).toBeDefined();
  });

  for (const old of SCHEMA) {
    it(`opens a version ${old.version} database with rows in it and upgrades to version ${LATEST_VERSION} with nothing lost`, async () => {
      const name = freshName();
      const legacy = new Dexie(name);
      for (const s of SCHEMA.filter((s) => s.version <= old.version)) {
        const v = legacy.version(s.version).stores(s.stores);
        if (s.upgrade) v.upgrade(s.upgrade);
      }
      // A database at version N holds rows of every table it has: those of versions 1 to N.
      const rows: Record<string, unknown[]> = {};
      for (const s of SCHEMA.filter((s) => s.version <= old.version))
        for (const [table, list] of Object.entries(ROWS_BY_VERSION[s.version]!)) rows[table] = [...(rows[table] ?? []), ...list];
      await legacy.transaction('rw', legacy.tables, async () => {
        for (const [table, list] of Object.entries(rows)) await legacy.table(table).bulkAdd(list);
      });
      legacy.close();

      const db = new TailorDB(name);
      await db.open();
      expect(db.verno).toBe(LATEST_VERSION);
      for (const [table, list] of Object.entries(rows)) {
        const stored = await db.table(table).toArray();
        expect(stored, table).toHaveLength(list.length);
        for (const row of list) expect(stored).toContainEqual(expect.objectContaining(row as object));
      }
      // The indexes the app queries work on the upgraded rows.
      expect(await db.assets.where('url').equals('https://e.example/a2').count()).toBe(1);
      expect(await db.events.where('[assetId+at]').between(['a1', 0], ['a1', Infinity]).count()).toBe(1);
      expect(await db.outbox.where(':id').belowOrEqual(1).count()).toBe(old.version >= 2 ? 1 : 0);
      db.close();
    });
  }
});
