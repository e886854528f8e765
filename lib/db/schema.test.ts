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
      const rows = ROWS_BY_VERSION[old.version]!;
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
      db.close();
    });
  }
});
