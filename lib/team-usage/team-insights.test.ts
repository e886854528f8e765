import { describe, expect, it } from 'vitest';
import { TeamInsightsBuilder, parseTimestamp, type TeamInsights } from './team-insights';
import { MessageIdSet } from './message-id-set';

let n = 0;
const msg = (event: string, at: string, props: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) => ({
  type: 'track',
  event,
  messageId: `m-${++n}`,
  timestamp: at,
  userId: 'dana',
  properties: props,
  ...extra,
});

function run(lines: unknown[], options: ConstructorParameters<typeof TeamInsightsBuilder>[0] = {}, library?: Parameters<TeamInsightsBuilder['result']>[0]): TeamInsights {
  const b = new TeamInsightsBuilder(options);
  lines.forEach((l, i) => b.addLine(typeof l === 'string' ? l : JSON.stringify(l), 'events.jsonl', i + 1));
  return b.result(library);
}

describe('team insights', () => {
  it('counts each event kind, by asset and by rep, most shares first then id', () => {
    const r = run([
      msg('Content Suggested', '2026-03-01T09:00:00.000Z', { asset_id: 'b' }),
      msg('Content Opened', '2026-03-01T09:01:00.000Z', { asset_id: 'b' }),
      msg('Content Link Copied', '2026-03-01T09:02:00.000Z', { asset_id: 'b' }, { userId: 'ed' }),
      msg('Content Email Copied', '2026-03-01T09:03:00.000Z', { asset_id: 'a' }, { userId: undefined, anonymousId: 'anon-1' }),
      msg('Content Marked Not Relevant', '2026-03-01T09:04:00.000Z', { asset_id: 'c' }),
      msg('Content Flagged Outdated', '2026-03-01T09:05:00.000Z', { asset_id: 'c' }),
      msg('Content Requested', '2026-03-01T09:06:00.000Z', {}),
    ]);
    expect(r.messages).toBe(7);
    expect(r.totals).toEqual({ suggested: 1, opened: 1, linkCopies: 1, emailCopies: 1, shares: 2, notRelevant: 1, flagged: 1, requested: 1, wonDeals: 0, influencedRevenue: 0 });
    expect(r.assets.map((a) => a.id)).toEqual(['a', 'b', 'c']);
    expect(r.assets[1]).toEqual({ id: 'b', suggested: 1, opened: 1, shares: 1, notRelevant: 0, flagged: 0, influencedRevenue: 0 });
    expect(r.reps).toEqual([
      { id: 'anon-1', suggested: 0, shares: 1, notRelevant: 0, flagged: 0, requested: 0 },
      { id: 'ed', suggested: 0, shares: 1, notRelevant: 0, flagged: 0, requested: 0 },
      { id: 'dana', suggested: 1, shares: 0, notRelevant: 1, flagged: 1, requested: 1 },
    ]);
    expect(Object.keys(r)).toEqual(['messages', 'duplicates', 'skipped', 'skippedExamples', 'totals', 'assets', 'reps', 'wasteShare']);
    expect(r.wasteShare).toBeNull();
  });

  it('drops repeats of a messageId, reads batch bodies, ignores other sources and test events', () => {
    const a = msg('Content Link Copied', '2026-03-01T09:00:00.000Z', { asset_id: 'x' });
    const r = run([
      a,
      { batch: [a, msg('Content Suggested', '2026-03-01T09:00:00.000Z', { asset_id: 'x' }), msg('Tailor Test Event', '2026-03-01T09:00:00.000Z', { test: true })], sentAt: '2026-03-01T09:00:01.000Z' },
      msg('Order Completed', '2026-03-01T09:00:00.000Z'),
      { type: 'identify', userId: 'dana', traits: {} },
      '',
    ]);
    expect(r).toMatchObject({ messages: 2, duplicates: 1, skipped: 0, totals: { shares: 1, suggested: 1 } });
  });

  it('skips what cannot be read, names it by file:line, at most ten, and keeps the rest', () => {
    const lines: unknown[] = [
      '{"event": "Content Opened", ',
      msg('Content Opened', 'yesterday'),
      msg('Content Opened', '2026-02-31T10:00:00.000Z'),
      { ...msg('Content Opened', '2026-03-01T10:00:00.000Z'), messageId: undefined },
      { type: 'track', messageId: 'x', timestamp: '2026-03-01T10:00:00.000Z' },
      msg('Deal Won', '2026-03-01T10:00:00.000Z', { crm: 'hubspot', record_id: '1', amount: 'lots' }),
      { batch: 'nope' },
      { batch: [42] },
      '[1, 2]',
      ...Array.from({ length: 5 }, () => 'not json'),
      msg('Content Opened', '2026-03-01T10:00:00.000Z'),
    ];
    const r = run(lines);
    expect(r.messages).toBe(1);
    expect(r.skipped).toBe(14);
    expect(r.skippedExamples).toHaveLength(10);
    expect(r.skippedExamples.slice(0, 9)).toEqual([
      'events.jsonl:1: not JSON',
      'events.jsonl:2: "timestamp" is not a date and time ("yesterday")',
      'events.jsonl:3: "timestamp" is not a date and time ("2026-02-31T10:00:00.000Z")',
      'events.jsonl:4: no "messageId"',
      'events.jsonl:5: no "event"',
      'events.jsonl:6: "amount" is not a number ("lots")',
      'events.jsonl:7: "batch" is not a list of messages',
      'events.jsonl:8: batch message 1: not a message object',
      'events.jsonl:9: not a message object',
    ]);
  });

  it('reads timestamps with offsets and without milliseconds, the same instant as Z', () => {
    expect(parseTimestamp('2026-03-01T11:00:07+02:00')).toBe(Date.parse('2026-03-01T09:00:07Z'));
    expect(parseTimestamp('2026-03-01T09:00:07.120Z')).toBe(Date.parse('2026-03-01T09:00:07.120Z'));
    expect(parseTimestamp('2026-03-01 09:00:07.1234Z')).toBe(Date.parse('2026-03-01T09:00:07.123Z'));
    for (const bad of ['2026-03-01', '2026-03-01T09:00:07', '2026-13-01T00:00:00Z', '2026-03-01T24:00:00.000Z', 1772355607000, null])
      expect(parseTimestamp(bad)).toBeNaN();
  });

  it('keeps to --from/--to (UTC days, inclusive)', () => {
    const r = run(
      [
        msg('Content Opened', '2026-02-28T23:59:59.999Z'),
        msg('Content Opened', '2026-03-01T00:00:00.000Z'),
        msg('Content Opened', '2026-03-31T23:59:59.999Z'),
        msg('Content Opened', '2026-04-01T00:00:00.000Z'),
      ],
      { from: '2026-03-01', to: '2026-03-31' },
    );
    expect(r.messages).toBe(2);
  });

  it('credits a won deal to the assets shared on its account before it, within a year, once per deal', () => {
    const share = (asset: string, at: string, account = 'acme', rep = 'dana') => msg('Content Link Copied', at, { asset_id: asset, account }, { userId: rep });
    const won = (at: string, amount: unknown, recordId = 'opp-1', rep = 'dana') => msg('Deal Won', at, { crm: 'salesforce', record_id: recordId, account: 'acme', amount }, { userId: rep });
    const r = run(
      [
        share('old', '2025-02-01T00:00:00.000Z'), // more than 365 days before the win
        share('early', '2025-03-05T00:00:00.000Z'), // before the range, within the year
        share('a', '2026-03-01T00:00:00.000Z'),
        share('a', '2026-03-02T00:00:00.000Z', 'acme', 'ed'),
        share('other', '2026-03-02T00:00:00.000Z', 'globex'),
        won('2026-03-04T00:00:00.000Z', 5000),
        won('2026-03-03T00:00:00.000Z', '4000', 'opp-1', 'ed'), // the same deal, seen earlier by another rep
        share('late', '2026-03-03T12:00:00.000Z'), // after the win
        won('2026-03-20T00:00:00.000Z', undefined, 'opp-2'), // no amount: 0
        msg('Deal Won', '2026-03-21T00:00:00.000Z', { crm: 'hubspot', record_id: '9', account: 'nobody-shared', amount: 700 }),
      ],
      { from: '2026-03-01', to: '2026-03-31' },
    );
    expect(r.totals.wonDeals).toBe(3);
    expect(r.totals.influencedRevenue).toBe(4000);
    const byId = Object.fromEntries(r.assets.map((a) => [a.id, a.influencedRevenue]));
    expect(byId).toEqual({ early: 4000, a: 4000, other: 0, late: 0 });
    // The year-old share counts for nothing in the range, so it is not listed.
    expect(r.assets.find((a) => a.id === 'old')).toBeUndefined();
  });

  it('gives the share of active assets never shared, with the library', () => {
    const r = run([msg('Content Link Copied', '2026-03-01T00:00:00.000Z', { asset_id: 'a' }), msg('Content Suggested', '2026-03-01T00:00:00.000Z', { asset_id: 'b' })], {}, {
      today: '2026-03-31',
      assets: [{ id: 'a' }, { id: 'b' }, { id: 'c', expiresAt: '2026-03-30' }, { id: 'd', archived: true }, { id: 'e', expiresAt: '2026-03-31' }],
    });
    expect(r.wasteShare).toBeCloseTo(2 / 3);
  });
});

describe('MessageIdSet', () => {
  it('tells new ids from seen ones, UUIDs and others, across growth', () => {
    const set = new MessageIdSet(undefined, 16);
    const ids = Array.from({ length: 50_000 }, (_, i) => (i % 2 ? crypto.randomUUID() : `ajs-next-${i}`));
    expect(ids.filter((id) => set.add(id))).toHaveLength(50_000);
    expect(ids.filter((id) => set.add(id))).toHaveLength(0);
    expect(set.size).toBe(50_000);
    // The uppercase spelling of a UUID is another string, so another id.
    expect(set.add(ids[1]!.toUpperCase())).toBe(true);
    expect(set.add('00000000-0000-0000-0000-000000000000')).toBe(true);
    expect(set.add('00000000-0000-0000-0000-000000000000')).toBe(false);
  });
});
