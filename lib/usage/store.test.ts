import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TailorDB } from '../db/db';
import type { UsageEvent } from '../model';
import { userSettings } from '../state/settings-table';
import { recordUsageBatch as recordEvents } from './record';
import { buildReport } from './report';
import { emptyRollup } from './rollup';
import { creditWonDeal, creditWonDealOnce, eventsSince, loadRollups, noteProspectSeen, pruneUsage, sharesAfterWin } from './store';

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

  it('does not credit what was shared after the win when the won deal is viewed again', async () => {
    await recordEvents(db, [ev('copy-link', 'before', at(2))]);
    await creditWonDeal(db, { dealKey: 'sf:opportunity:1', account: 'mercy', wonAt: at(10) });
    // Shared on the account after it was won, then the deal's page is opened again.
    await recordEvents(db, [ev('copy-email', 'after', at(12))]);
    const again = await creditWonDeal(db, { dealKey: 'sf:opportunity:1', account: 'mercy', wonAt: at(14) });
    expect(again).toMatchObject({ wonAt: at(10), assetIds: ['before'] });
    expect((await db.outcomes.get('sf:opportunity:1'))!.assetIds).toEqual(['before']);
  });

  it('counts a deal marked won twice once, with its revenue once', async () => {
    await recordEvents(db, [ev('copy-link', 'a', at(2))]);
    const deal = { dealKey: 'sf:opportunity:1', account: 'mercy', amount: 42_000, wonAt: at(10) };
    await creditWonDeal(db, deal);
    await creditWonDeal(db, { ...deal, wonAt: at(11) });
    const report = buildReport({
      rollup: emptyRollup('period'), assets: [], taxonomy: { personas: [], industries: [], painPoints: [] },
      prospects: [], requests: [], outcomes: await db.outcomes.toArray(), today: '2026-11-22',
    });
    expect(report.totals).toMatchObject({ wonDeals: 1, revenue: 42_000 });
    expect(report.influence).toEqual([{ id: 'a', title: 'a', deals: 1, revenue: 42_000 }]);
  });

  it('tells a won deal with content shared before the win from one with a link copied only after it', async () => {
    // Mercy: shared, then won. Acme: first seen won (its record page already read "Closed Won"), then a link copied on it.
    await recordEvents(db, [ev('copy-link', 'a', at(2))]);
    await creditWonDeal(db, { dealKey: 'zoho:deal:1', account: 'mercy', amount: 50_000, wonAt: at(10) });
    await creditWonDeal(db, { dealKey: 'zoho:deal:2', account: 'acme', name: 'Acme expansion', amount: 64_000, wonAt: at(11) });
    await recordEvents(db, [ev('impression', 'b', at(11, 13), 'acme'), ev('copy-link', 'b', at(11, 14), 'acme')]);
    await creditWonDeal(db, { dealKey: 'zoho:deal:2', account: 'acme', wonAt: at(12) });
    const outcomes = await db.outcomes.toArray();
    const report = buildReport({
      rollup: emptyRollup('period'), assets: [], taxonomy: { personas: [], industries: [], painPoints: [] },
      prospects: [], requests: [], outcomes, today: '2026-11-22', sharesAfterWin: await sharesAfterWin(db, outcomes),
    });
    expect(report.totals).toMatchObject({ wonDeals: 2, revenue: 114_000, wonWithContent: 1, revenueWithContent: 50_000 });
    expect(report.influence).toEqual([{ id: 'a', title: 'a', deals: 1, revenue: 50_000 }]);
    expect(report.wonWithoutContent).toEqual([{ dealKey: 'zoho:deal:2', account: 'acme', name: 'Acme expansion', sharesAfterWin: 1 }]);
  });

  it('records one won event the first time a deal is credited, none on later views or marks', async () => {
    await userSettings.set(db, { repId: 'dana@example.com' });
    await noteProspectSeen(db, 'salesforce:opportunity:006A', { name: 'Mercy renewal' }, { ...ctx, stage: 'decision' }, 0.8, at(1));
    await recordEvents(db, [ev('copy-link', 'a', at(2))]);
    const won = {
      dealKey: 'salesforce:opportunity:006A', account: 'mercy', name: 'Mercy renewal', amount: 125_000, wonAt: at(10),
      crm: 'salesforce' as const, recordType: 'opportunity', recordId: '006A',
    };
    const first = await creditWonDealOnce(db, won);
    expect(first).toMatchObject({ firstCredit: true, outcome: { assetIds: ['a'], amount: 125_000 } });
    expect(first.eventId).toBeTypeOf('number');
    // The page is viewed again, then the rep also clicks "Mark won".
    const second = await creditWonDealOnce(db, { ...won, wonAt: at(11) });
    const third = await creditWonDealOnce(db, { ...won, wonAt: at(12), rep: 'kim' });
    expect([second.firstCredit, third.firstCredit, second.eventId, third.eventId]).toEqual([false, false, undefined, undefined]);

    const wins = await db.events.where('[type+at]').between(['won', 0], ['won', Infinity]).toArray();
    expect(wins).toEqual([
      {
        id: first.eventId, type: 'won', at: at(10), crm: 'salesforce', recordType: 'opportunity', recordId: '006A', account: 'mercy',
        rep: 'dana@example.com', amount: 125_000, context: { ...ctx, stage: 'decision' },
      },
    ]);
    expect((await loadRollups(db, '2026-11-10', '2026-11-10'))[0]!.counts).toEqual({ won: 1 });
    expect(await db.outcomes.count()).toBe(1);
  });

  it('sends an auto-detected win to the team collector once', async () => {
    await userSettings.set(db, { collectorUrl: 'https://collector.example.com/v1/batch', repId: 'dana@example.com' });
    const won = { dealKey: 'hubspot:deal:77', account: 'mercy', amount: 9_000, wonAt: at(10), crm: 'hubspot' as const, recordType: 'deal', recordId: '77' };
    await creditWonDealOnce(db, won);
    await creditWonDealOnce(db, { ...won, wonAt: at(11) });
    const queued = await db.outbox.toArray();
    expect(queued.map((r) => [r.message.event, r.message.userId, r.message.properties.amount, r.message.properties.record_id])).toEqual([
      ['Deal Won', 'dana@example.com', 9_000, '77'],
    ]);
  });

  it('reads the events of a period a batch at a time, in time order, each once, ties included', async () => {
    // Recorded out of time order, several at the same moment, some before the period.
    const times = [at(5), at(2), at(9), at(5), at(5), at(1), at(7), at(5), at(3)];
    await recordEvents(db, times.map((t, i) => ev('impression', `a${i}`, t)));
    const read: UsageEvent[] = [];
    for await (const batch of eventsSince(db, at(2), 2)) {
      expect(batch.length).toBeLessThanOrEqual(2);
      read.push(...batch);
    }
    expect(read.map((e) => e.at)).toEqual(times.filter((t) => t >= at(2)).sort((a, b) => a - b));
    expect(new Set(read.map((e) => e.id)).size).toBe(read.length);
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
