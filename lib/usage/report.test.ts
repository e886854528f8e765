import { describe, expect, it } from 'vitest';
import type { Asset, ProspectSeen, Taxonomy, UsageEvent, UsageEventType } from '../model';
import { buildReport } from './report';
import { addToRollup, dayOf, emptyRollup, mergeRollups } from './rollup';

const taxonomy: Taxonomy = {
  personas: [
    { id: 'cfo', label: 'Finance leader', aliases: [] },
    { id: 'cio', label: 'IT leader', aliases: [] },
  ],
  industries: [
    { id: 'health', label: 'Healthcare', aliases: [] },
    { id: 'bank', label: 'Banking', aliases: [] },
  ],
  painPoints: [{ id: 'manual', label: 'Manual work', aliases: [] }],
};
const asset = (id: string, over: Partial<Asset> = {}): Asset => ({
  id, title: id.toUpperCase(), url: `https://e.example/${id}`, type: 'case-study', personas: [], industries: [], painPoints: [], tags: [], origin: 'pack', addedAt: 0, updatedAt: 0, ...over,
});
const assets = [
  asset('a', { personas: ['cfo'], industries: ['health'] }),
  asset('b', { personas: ['cio'] }),
  asset('c'),
  asset('d', { expiresAt: '2020-01-01' }),
  asset('e', { archived: true }),
];
const ctx = (personas: string[], industries: string[], painPoints: string[] = []) => ({ personas, industries, painPoints, stage: 'decision' as const });
const ev = (type: UsageEventType, assetId: string | undefined, at: number, rep = 'sam', reason?: string): UsageEvent => ({
  type, assetId, at, rep, context: ctx(['cfo'], ['health'], ['manual']), ...(reason ? { reason } : {}),
});

// Day 1: a shown twice, copied once as a link, once for email; b shown, not relevant ("Wrong persona").
// Day 2: a shown and opened; c shown, flagged; one request by kim.
const D1 = new Date(2026, 10, 2, 10).getTime();
const D2 = new Date(2026, 10, 3, 16).getTime();
const events = [
  ev('impression', 'a', D1), ev('impression', 'a', D1), ev('copy-link', 'a', D1), ev('copy-email', 'a', D1),
  ev('impression', 'b', D1), ev('not-relevant', 'b', D1, 'sam', 'Wrong persona'),
  ev('impression', 'a', D2, 'kim'), ev('open', 'a', D2, 'kim'), ev('impression', 'c', D2, 'kim'), ev('flag', 'c', D2, 'kim', 'Old pricing'),
  ev('request', undefined, D2, 'kim'),
];

function rollupsOf(list: UsageEvent[]) {
  const days = new Map<string, ReturnType<typeof emptyRollup>>();
  for (const e of list) {
    const day = dayOf(e.at);
    addToRollup(days.get(day) ?? days.set(day, emptyRollup(day)).get(day)!, e);
  }
  return [...days.values()];
}

const seen = (key: string, personas: string[], industries: string[], bestScore: number): ProspectSeen => ({
  key, prospect: {}, context: ctx(personas, industries), bestScore, firstSeenAt: D1, lastSeenAt: D2, views: 1,
});

describe('daily roll-ups and the insights report', () => {
  const days = rollupsOf(events);
  const period = mergeRollups(days);
  const report = buildReport({
    rollup: period,
    assets,
    taxonomy,
    prospects: [seen('s:c:1', ['cfo'], ['bank'], 0.2), seen('s:c:2', ['cfo'], ['bank'], 0.3), seen('s:c:3', ['cio'], ['health'], 0.9)],
    requests: [],
    outcomes: [
      { dealKey: 's:o:1', account: 'mercy', amount: 50_000, wonAt: D2, assetIds: ['a', 'c'] },
      { dealKey: 's:o:2', account: 'acme', amount: 20_000, wonAt: D2, assetIds: ['a'] },
    ],
    today: '2026-11-22',
  });

  it('rolls events up by day', () => {
    expect(days.map((d) => d.day)).toEqual(['2026-11-02', '2026-11-03']);
    expect(days[0]!.assets.a).toEqual({ impression: 2, 'copy-link': 1, 'copy-email': 1 });
    expect(period.assets.a).toEqual({ impression: 3, 'copy-link': 1, 'copy-email': 1, open: 1 });
    expect(period.reps).toEqual({
      sam: { impression: 3, 'copy-link': 1, 'copy-email': 1, 'not-relevant': 1 },
      kim: { impression: 2, open: 1, flag: 1, request: 1 },
    });
  });

  it('totals what reps did', () => {
    expect(report.totals).toEqual({
      impressions: 5, opens: 1, linkCopies: 1, emailCopies: 1, notRelevant: 1, flags: 1, requests: 1, wonDeals: 2, revenue: 70_000,
    });
  });

  it('measures waste over active assets only (not expired, not archived)', () => {
    // Active: a, b, c. Shared: a. Never shared: b, c -> 2 of 3.
    expect(report.waste).toMatchObject({ active: 3, used: 1, neverUsed: 2 });
    expect(report.waste.wasteShare).toBeCloseTo(2 / 3);
    expect(report.topByShares.map((f) => [f.id, f.shares, f.impressions, f.opens])).toEqual([['a', 2, 3, 1]]);
  });

  it('counts usage by persona and by rep', () => {
    expect(report.usage.personas[0]).toEqual({ id: 'cfo', label: 'Finance leader', impressions: 5, shares: 2 });
    expect(report.reps.map((r) => [r.rep, r.shares, r.requests])).toEqual([['sam', 2, 0], ['kim', 0, 1]]);
  });

  it('fills the coverage matrix with fitting assets and prospects seen', () => {
    const cell = (p: string, i: string) =>
      report.coverage.cells[report.coverage.personas.findIndex((x) => x.id === p)]![report.coverage.industries.findIndex((x) => x.id === i)]!;
    // cfo x health: a (specific) + c (fits any); b is for cio only.
    expect(cell('cfo', 'health')).toEqual({ assets: 2, prospects: 0 });
    expect(cell('cfo', 'bank')).toEqual({ assets: 1, prospects: 2 });
    expect(cell('cio', 'health')).toEqual({ assets: 2, prospects: 1 });
  });

  it('lists unmet needs, feedback with reasons, and content influence with revenue', () => {
    expect(report.unmet).toEqual([{ context: 'Finance leader · Banking', prospects: 2, bestScore: 0.2 }]);
    expect(report.feedback).toEqual([
      { id: 'b', title: 'B', notRelevant: 1, flags: 0, reasons: ['Wrong persona'] },
      { id: 'c', title: 'C', notRelevant: 0, flags: 1, reasons: ['Old pricing'] },
    ]);
    expect(report.influence).toEqual([
      { id: 'a', title: 'A', deals: 2, revenue: 70_000 },
      { id: 'c', title: 'C', deals: 1, revenue: 50_000 },
    ]);
  });
});
