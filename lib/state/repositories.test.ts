// The repositories over a real IndexedDB (fake-indexeddb): what the pages used to query themselves.
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDbPerTest } from '../../tests/fresh-db';
import type { TailorDB } from '../db/db';
import type { ProspectSeen } from '../model';
import { emptyCorrection, withChip } from '../panel/corrections';
import { corrections, prospects, requests } from './repositories';

const testDb = freshDbPerTest('tailor-repositories-test');
let db: TailorDB;
beforeEach(() => void (db = testDb()));

const context = { personas: [], industries: [], painPoints: [] };

describe('corrections', () => {
  it('keeps a correction by its record, replaces it, and removes it', async () => {
    const key = 'salesforce:contact:003A';
    const added = withChip(emptyCorrection(key), 'personas', 'cfo', 'add', 1);
    await corrections.save(db, added);
    expect(await corrections.get(db, key)).toEqual(added);
    const more = withChip(added, 'industries', 'healthcare', 'add', 2);
    await corrections.save(db, more);
    expect(await corrections.get(db, key)).toEqual(more);
    expect(await db.corrections.count()).toBe(1);
    await corrections.remove(db, key);
    expect(await corrections.get(db, key)).toBeUndefined();
  });
});

describe('prospects and requests', () => {
  it('lists the records seen most recently first, and since a time', async () => {
    const seen = (key: string, lastSeenAt: number): ProspectSeen => ({ key, prospect: { source: { crm: 'manual' } }, context, firstSeenAt: 0, lastSeenAt, views: 1 });
    await db.prospects.bulkPut([seen('a', 10), seen('b', 30), seen('c', 20)]);
    expect((await prospects.recent(db, 2)).map((p) => p.key)).toEqual(['b', 'c']);
    expect((await prospects.seenSince(db, 20)).map((p) => p.key).sort()).toEqual(['b', 'c']);
    expect((await prospects.get(db, 'a'))?.lastSeenAt).toBe(10);
  });

  it('adds requests and lists them newest first', async () => {
    for (const createdAt of [5, 15, 10]) await requests.add(db, { createdAt, status: 'open', note: `n${createdAt}`, prospect: {}, context });
    expect((await requests.newestFirst(db)).map((r) => r.createdAt)).toEqual([15, 10, 5]);
    expect((await requests.createdSince(db, 10)).map((r) => r.note).sort()).toEqual(['n10', 'n15']);
  });
});
