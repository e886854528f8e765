import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TailorDB } from '../db/db';
import type { UsageEvent } from '../model';
import { recordUsageBatch as recordEvents } from './record';
import { creditWonDeal, loadRollups, noteProspectSeen, pruneUsage } from './store';

let db: TailorDB;
let n = 0;
beforeEach(() => {
  db = new TailorDB(`tailor-usage-${n++}`);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const ctx = { personas: ['cfo'], industries: [], painPoints: [] };
const at = (day: number, hour = 12) => new Date(2026, 10, day, hour).getTime();
const ev = (type: UsageEvent['type'], assetId: string, when: number, account = 'mercy'): UsageEvent => ({ type, assetId, at: when, account, context: ctx });

describe('usage store', () => {
  it('writes events and their roll-ups together', async () => {
    await recordEvents(db, [ev('impression', 'a', at(2)), ev('copy-link', 'a', at(2))]);
    await recordEvents(db, [ev('copy-email', 'a', at(2, 18)), ev('impression', 'b', at(3))]);
    expect(await db.events.count()).toBe(4);
    const days = await loadRollups(db, '2026-11-01', '2026-11-30');
    expect(days.map((d) => [d.day, d.counts])).toEqual([
      ['2026-11-02', { impression: 1, 'copy-link': 1, 'copy-email': 1 }],
      ['2026-11-03', { impression: 1 }],
    ]);
  });

  it('credits a won deal with what was shared on its account before it was won, once', async () => {
    await recordEvents(db, [
      ev('copy-link', 'a', at(2)),
      ev('copy-email', 'b', at(3)),
      ev('impression', 'c', at(3)),
      ev('copy-link', 'd', at(3), 'other account'),
      ev('copy-link', 'e', at(20)),
    ]);
    const outcome = await creditWonDeal(db, { dealKey: 'sf:opportunity:1', account: 'mercy', wonAt: at(10) });
    expect(outcome.assetIds.sort()).toEqual(['a', 'b']);
    await creditWonDeal(db, { dealKey: 'sf:opportunity:1', account: 'mercy', wonAt: at(11), amount: 42_000 });
    expect(await db.outcomes.toArray()).toEqual([{ dealKey: 'sf:opportunity:1', account: 'mercy', wonAt: at(10), assetIds: ['a', 'b'], amount: 42_000 }]);
  });

  it('remembers prospects seen and prunes old usage', async () => {
    await noteProspectSeen(db, 'k', { title: 'CFO' }, ctx, 0.4, 100);
    await noteProspectSeen(db, 'k', { title: 'CFO' }, ctx, 0.9, 200);
    expect(await db.prospects.get('k')).toMatchObject({ firstSeenAt: 100, lastSeenAt: 200, views: 2, bestScore: 0.9 });
    await recordEvents(db, [ev('impression', 'a', at(1)), ev('impression', 'a', at(20))]);
    expect(await pruneUsage(db, 10, at(22))).toBe(1);
    expect((await loadRollups(db, '2026-01-01', '2026-12-31')).map((d) => d.day)).toEqual(['2026-11-20']);
  });
});
