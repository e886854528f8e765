import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Asset, ProspectSeen, Taxonomy, UsageEvent, UsageEventType } from '../model';
import { readPack } from '../pack/pack';
import { buildReport, describeCoverageCell, NO_REP_LABEL, wonDealAmounts } from './report';
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
      wonWithContent: 2, revenueWithContent: 70_000,
    });
    expect(report.wonWithoutContent).toEqual([]);
  });

  it('counts every won deal, and apart those content influence credits, so the two never disagree', () => {
    const outcomes = [
      { dealKey: 'z:deal:1', account: 'mercy', name: 'Mercy renewal', amount: 50_000, wonAt: D2, assetIds: ['a'] },
      { dealKey: 'z:deal:2', account: 'acme', name: 'Acme expansion', amount: 14_000, wonAt: D2, assetIds: [] },
      { dealKey: 'z:deal:3', account: 'globex', wonAt: D2, assetIds: [] },
    ];
    const r = buildReport({
      rollup: period, assets, taxonomy, prospects: [], requests: [], outcomes, today: '2026-11-22',
      sharesAfterWin: new Map([['z:deal:2', 1], ['z:deal:3', 0]]),
    });
    expect(r.totals).toMatchObject({ wonDeals: 3, revenue: 64_000, wonWithContent: 1, revenueWithContent: 50_000 });
    expect(r.influence.reduce((s, a) => s + a.revenue, 0)).toBe(r.totals.revenueWithContent);
    expect(r.wonWithoutContent).toEqual([
      { dealKey: 'z:deal:2', account: 'acme', name: 'Acme expansion', sharesAfterWin: 1 },
      { dealKey: 'z:deal:3', account: 'globex', sharesAfterWin: 0 },
    ]);
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

  it('says a sum of deal amounts comes from the CRMs, with no currency made up', () => {
    expect(wonDealAmounts(64000)).toBe(`${(64000).toLocaleString()} in won deal amounts, as the CRMs show them`);
    expect(wonDealAmounts(1234.6)).not.toMatch(/[$€£¥]|USD|EUR|revenue/);
  });

  it('names the rep of events recorded with no rep id set as you, not "unknown"', () => {
    const day = addToRollup(addToRollup(emptyRollup('2026-11-02'), ev('copy-link', 'a', D1, '')), ev('impression', 'a', D1, 'kim'));
    const { reps } = buildReport({ rollup: mergeRollups([day]), assets, taxonomy, prospects: [], requests: [], outcomes: [], today: '2026-11-03' });
    expect(reps.map((r) => [r.rep, r.unnamed, r.shares])).toEqual([
      [NO_REP_LABEL, true, 1],
      ['kim', false, 0],
    ]);
    expect(NO_REP_LABEL).toBe('You (no rep ID set)');
  });

  it('fills the coverage matrix with assets tagged for each cell, assets for any, and prospects seen', () => {
    const cell = (p: string, i: string) =>
      report.coverage.cells[report.coverage.personas.findIndex((x) => x.id === p)]![report.coverage.industries.findIndex((x) => x.id === i)]!;
    // cfo x health: a (tagged for both) + c (fits any); b is for cio only.
    expect(cell('cfo', 'health')).toEqual({ assets: 1, anyAssets: 1, prospects: 0, gap: false });
    // Prospects seen where only general content fits: gaps, though something could be shown.
    expect(cell('cfo', 'bank')).toEqual({ assets: 0, anyAssets: 1, prospects: 2, gap: true });
    // b names cio but no industry: it fits any industry, so it is not content for cio x health.
    expect(cell('cio', 'health')).toEqual({ assets: 0, anyAssets: 2, prospects: 1, gap: true });
    expect(cell('cio', 'bank')).toEqual({ assets: 0, anyAssets: 2, prospects: 0, gap: false });
  });

  it('says what a coverage cell holds, on screen and read out', () => {
    expect(describeCoverageCell({ assets: 2, anyAssets: 4, prospects: 3, gap: false })).toEqual({
      text: '2 / 3',
      any: '+4 for any',
      spoken: '2 assets tagged for both, 4 assets for any persona or industry, 3 prospects seen',
    });
    expect(describeCoverageCell({ assets: 0, anyAssets: 1, prospects: 2, gap: true })).toEqual({
      text: '0 / 2',
      any: '+1 for any',
      spoken: '0 assets tagged for both, 1 asset for any persona or industry, 2 prospects seen, gap',
    });
    expect(describeCoverageCell({ assets: 1, anyAssets: 0, prospects: 1, gap: false })).toEqual({
      text: '1 / 1',
      spoken: '1 asset tagged for both, 1 prospect seen',
    });
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

describe('coverage gaps with the sample library', () => {
  const pack = readPack(fs.readFileSync(path.resolve(__dirname, '../../public/sample-library.json'), 'utf8'));
  if (!pack.ok) throw new Error('sample library invalid');
  const library: Asset[] = pack.value.assets.map((a) => ({ ...a, origin: 'pack', addedAt: 0, updatedAt: 0 }));
  const report = buildReport({
    rollup: emptyRollup('period'),
    assets: library,
    taxonomy: pack.value.taxonomy,
    // Developers at hospitals: the sample has developer content for software and games only.
    prospects: [seen('s:c:1', ['developer'], ['health-life-sciences'], 0.3), seen('s:c:2', ['support-leader'], ['telecom'], 0.9)],
    requests: [],
    outcomes: [],
    today: '2026-11-22',
  });
  const cell = (p: string, i: string) =>
    report.coverage.cells[report.coverage.personas.findIndex((x) => x.id === p)]![report.coverage.industries.findIndex((x) => x.id === i)]!;

  it('highlights a cell where prospects were seen and no content is tagged for them', () => {
    const gap = cell('developer', 'health-life-sciences');
    expect(gap).toMatchObject({ assets: 0, prospects: 1, gap: true });
    // General assets (no persona or no industry) still fit; they are counted on their own.
    expect(gap.anyAssets).toBeGreaterThan(0);
    expect(cell('support-leader', 'telecom')).toMatchObject({ prospects: 1, gap: false });
    expect(cell('support-leader', 'telecom').assets).toBeGreaterThan(0);
  });

  it('leaves some cells without tagged content, which the old count hid', () => {
    const untagged = report.coverage.cells.flat().filter((c) => c.assets === 0);
    expect(untagged.length).toBeGreaterThan(0);
    expect(report.coverage.cells.flat().filter((c) => c.gap)).toHaveLength(1);
  });
});
