import Dexie, { type IndexableType } from 'dexie';
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
    assets: [
      {
        id: 'a3', title: 'Datasheet', url: 'https://e.example/a3', type: 'datasheet', personas: [], industries: ['i'],
        painPoints: ['p1'], tags: [], origin: 'feed', addedAt: 3, updatedAt: 4, reviewBy: '2026-01-01',
      },
    ],
    flags: [{ assetId: 'a3', at: 10, status: 'open', reason: 'Pricing changed', rep: 'sam' }],
    corrections: [{ key: 'hubspot:contact:51', fields: { title: 'CFO' }, added: { personas: ['p'] }, removed: {}, updatedAt: 9 }],
  },
  3: {
    assets: [
      {
        id: 'a4', title: 'Webinar', url: 'https://e.example/a4', type: 'webinar', personas: ['p'], industries: [],
        painPoints: [], tags: ['t'], origin: 'local', addedAt: 5, updatedAt: 5, stage: 'consideration',
      },
    ],
  },
  4: {
    events: [{ type: 'copy-email', at: 2000, assetId: 'a4', account: 'mercy regional', rep: 'kim', context: { personas: [], industries: [], painPoints: [] } }],
    rollups: [{ day: '2026-11-02', counts: { 'copy-email': 1 }, assets: { a4: { 'copy-email': 1 } }, personas: {}, industries: {}, painPoints: {}, stages: {}, reps: { kim: { 'copy-email': 1 } }, reasons: {} }],
    outcomes: [{ dealKey: 'salesforce:opportunity:006x', account: 'mercy regional', amount: 50000, wonAt: 3000, assetIds: ['a4'] }],
  },
  5: {
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
  6: {
    events: [{ type: 'not-relevant', at: 3000, assetId: 'a1', reason: 'Wrong industry', context: { personas: [], industries: [], painPoints: [] } }],
    requests: [{ createdAt: 7, status: 'planned', note: 'A logistics webinar', prospect: {}, context: { personas: [], industries: [], painPoints: [] } }],
  },
};

/** The secondary indexes each table has in the latest schema, as lists of properties. */
function latestIndexes(table: string): string[][] {
  let spec: string | null | undefined;
  for (const s of SCHEMA) if (table in s.stores) spec = s.stores[table];
  if (!spec) return [];
  return spec
    .split(',')
    .slice(1)
    .map((i) => i.trim().replace(/^[&*]/, ''))
    .filter(Boolean)
    .map((i) => i.replace(/^\[|\]$/g, '').split('+'));
}

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
      // Every index of the latest schema finds every upgraded row that has the indexed values.
      for (const [table, list] of Object.entries(rows)) {
        for (const index of latestIndexes(table)) {
          for (const row of list as Record<string, unknown>[]) {
            const value = index.map((prop) => row[prop]);
            if (value.some((x) => x === undefined)) continue;
            const name = index.length > 1 ? `[${index.join('+')}]` : index[0]!;
            const key = (index.length > 1 ? value : value[0]) as IndexableType;
            const found = await db.table(table).where(name).equals(key).count();
            expect(found, `${table} by ${name}`).toBeGreaterThan(0);
          }
        }
      }
      db.close();
    });
  }
});
