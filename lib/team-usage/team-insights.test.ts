import { describe, expect, it } from 'vitest';
import { SIZING_LINES, TeamInsightsBuilder, parseTimestamp, type TeamInsights } from './team-insights';
import { MessageIdSet, slotsFor } from './message-id-set';

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
    expect(r.assets[1]).toEqual({ id: 'b', suggested: 1, opened: 1, shares: 1, notRelevant: 0, flagged: 0, influencedRevenue: 0, wonDeals: 0 });
    const additions = { wonDeals: 0, influencedRevenue: 0 };
    expect(r.reps).toEqual([
      { id: 'anon-1', suggested: 0, shares: 1, notRelevant: 0, flagged: 0, requested: 0, opened: 0, ...additions },
      { id: 'ed', suggested: 0, shares: 1, notRelevant: 0, flagged: 0, requested: 0, opened: 0, ...additions },
      { id: 'dana', suggested: 1, shares: 0, notRelevant: 1, flagged: 1, requested: 1, opened: 1, ...additions },
    ]);
    // The contract's fields first, in its order; then the additions.
    expect(Object.keys(r)).toEqual(['messages', 'duplicates', 'skipped', 'skippedExamples', 'totals', 'assets', 'reps', 'wasteShare', 'from', 'to', 'generatedAt', 'days', 'coverage']);
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
    // opp-1 (4000, won 03-03) is influenced by early and a (shared by dana and ed); opp-2 (0, won 03-20)
    // by a and late (early, 2025-03-05, is more than a year before it); the hubspot deal by nothing.
    expect(Object.fromEntries(r.assets.map((a) => [a.id, a.wonDeals]))).toEqual({ early: 1, a: 2, other: 0, late: 1 });
    expect(r.reps.map((p) => [p.id, p.wonDeals, p.influencedRevenue]).sort()).toEqual([
      ['dana', 2, 4000],
      ['ed', 2, 4000],
    ]);
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

describe('team insights: the additions the Team view reads', () => {
  const suggested = (at: string, props: Record<string, unknown>, rep = 'dana') => msg('Content Suggested', at, props, { userId: rep });
  const lines = [
    suggested('2026-02-28T23:59:00.000Z', { personas: ['cfo'], industries: ['health'], crm: 'salesforce', record_id: 'r0' }), // before the range
    suggested('2026-03-01T09:00:00.000Z', { asset_id: 'a', asset_title: 'Old title', personas: ['cfo', 'cto'], industries: ['health'], crm: 'salesforce', record_id: 'r1' }),
    suggested('2026-03-01T10:00:00.000Z', { asset_id: 'a', asset_title: 'New title', personas: ['cfo'], industries: ['health'], crm: 'salesforce', record_id: 'r1' }, 'ed'),
    suggested('2026-03-03T08:00:00.000Z', { asset_id: 'b', personas: ['cfo'], industries: ['health', 'bank'], crm: 'hubspot', record_id: 'r1' }),
    suggested('2026-03-03T09:00:00.000Z', { personas: ['cto'], industries: [], crm: 'hubspot', record_id: 'r2' }), // no industry: no pair
    suggested('2026-03-03T09:00:00.000Z', { personas: ['cto'], industries: ['bank'], crm: 'hubspot' }), // no record: no prospect
    msg('Content Opened', '2026-03-01T11:00:00.000Z', { asset_id: 'a' }),
    // Read after "New title" but earlier: the latest title by time stays.
    msg('Content Opened', '2026-03-01T08:00:00.000Z', { asset_id: 'a', asset_title: 'Earlier title' }),
    msg('Content Link Copied', '2026-03-03T12:00:00.000Z', { asset_id: 'a', account: 'acme' }),
  ];
  const range = { from: '2026-03-01', to: '2026-03-03', generatedAt: '2026-03-04T07:00:00.000Z' };

  it('gives the range, every day of it, titles, what each rep opened, and prospects per persona × industry', () => {
    const r = run(lines, range);
    expect([r.from, r.to, r.generatedAt]).toEqual(['2026-03-01', '2026-03-03', '2026-03-04T07:00:00.000Z']);
    expect(r.days).toEqual([
      { day: '2026-03-01', suggested: 2, opened: 2, shares: 0 },
      { day: '2026-03-02', suggested: 0, opened: 0, shares: 0 },
      { day: '2026-03-03', suggested: 3, opened: 0, shares: 1 },
    ]);
    expect(r.assets.map((a) => [a.id, a.title])).toEqual([
      ['a', 'New title'],
      ['b', undefined],
    ]);
    expect(r.assets[1]).not.toHaveProperty('title');
    expect(r.reps.map((p) => [p.id, p.suggested, p.opened])).toEqual([
      ['dana', 4, 2],
      ['ed', 1, 0],
    ]);
    // (salesforce, r1) met twice with cfo × health and (hubspot, r1) once: two prospects.
    expect(r.coverage).toEqual([
      { persona: 'cfo', industry: 'health', prospects: 2 },
      { persona: 'cfo', industry: 'bank', prospects: 1 },
      { persona: 'cto', industry: 'health', prospects: 1 },
    ]);
  });

  it('counts the active assets tagged for both of each pair, with the library', () => {
    const r = run(lines, range, {
      today: '2026-03-03',
      assets: [
        { id: 'x', personas: ['cfo'], industries: ['health'] },
        { id: 'y', personas: ['cfo'], industries: ['health'], archived: true },
        { id: 'z', personas: ['cto', 'cfo'], industries: ['bank'], expiresAt: '2026-03-02' },
        { id: 'w', personas: ['cto'], industries: ['health', 'bank'] },
      ],
    });
    expect(r.coverage).toEqual([
      { persona: 'cfo', industry: 'health', prospects: 2, assets: 1 },
      { persona: 'cfo', industry: 'bank', prospects: 1, assets: 0 },
      { persona: 'cto', industry: 'health', prospects: 1, assets: 1 },
    ]);
  });

  it('spans the days with activity when there is no range, and none when there is nothing', () => {
    const r = run([msg('Content Opened', '2026-03-01T11:00:00.000Z'), msg('Content Opened', '2026-03-03T01:00:00.000Z'), msg('Content Requested', '2026-03-09T01:00:00.000Z')]);
    expect([r.from, r.to]).toEqual([null, null]);
    expect(r.days.map((d) => [d.day, d.opened])).toEqual([
      ['2026-03-01', 1],
      ['2026-03-02', 0],
      ['2026-03-03', 1],
    ]);
    expect(run([]).days).toEqual([]);
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

describe('sizing the sets from the input', () => {
  // Suggestions on prospects of their own (a new coverage key each), and one in four an open (no key).
  const lines = Array.from({ length: SIZING_LINES * 3 }, (_, i) =>
    JSON.stringify({
      ...msg(i % 4 ? 'Content Suggested' : 'Content Opened', '2026-03-01T09:00:00.000Z', { asset_id: 'a', crm: 'hubspot', record_id: `r${i}`, personas: ['cfo'], industries: ['health'] }),
      messageId: crypto.randomUUID(),
    }),
  );
  const bytes = lines.reduce((s, l) => s + l.length + 1, 0);
  const feed = (b: TeamInsightsBuilder) => lines.forEach((l, i) => b.addLine(l, 'events.jsonl', i + 1));

  it('sizes both sets once, after the first lines, for what the whole input will hold', () => {
    const b = new TeamInsightsBuilder({ generatedAt: 'now' });
    b.expectBytes(bytes * 100);
    for (let i = 0; i < SIZING_LINES - 1; i++) b.addLine(lines[i]!, 'events.jsonl', i + 1);
    const before = b.setSlots;
    b.addLine(lines[SIZING_LINES - 1]!, 'events.jsonl', SIZING_LINES);
    // The first lines are a third of the lines: the whole input holds about 300 times as many.
    const sized = b.setSlots;
    expect(sized.ids).toBeGreaterThan(before.ids);
    expect(sized.ids).toBe(slotsFor(SIZING_LINES * 300));
    expect(sized.prospects).toBe(slotsFor((SIZING_LINES * 300 * 3) / 4));
    for (let i = SIZING_LINES; i < lines.length; i++) b.addLine(lines[i]!, 'events.jsonl', i + 1);
    expect(b.setSlots).toEqual(sized);
  });

  it('gives the same figures sized or not, whatever the estimate', () => {
    const plain = new TeamInsightsBuilder({ generatedAt: 'now' });
    feed(plain);
    expect(plain.setSlots.ids).toBe(2 ** 16); // where it starts, without an estimate
    for (const estimate of [1, bytes / 2, bytes * 50]) {
      const sized = new TeamInsightsBuilder({ generatedAt: 'now' });
      sized.expectBytes(estimate);
      feed(sized);
      expect(sized.result()).toEqual(plain.result());
    }
    expect(plain.result().coverage).toEqual([{ persona: 'cfo', industry: 'health', prospects: (lines.length * 3) / 4 }]);
  });

  it('tells pairs apart whatever characters their tags hold', () => {
    const r = run([
      msg('Content Suggested', '2026-03-01T09:00:00.000Z', { record_id: 'r1', personas: ['a\u0000b'], industries: ['c'] }),
      msg('Content Suggested', '2026-03-01T09:00:00.000Z', { record_id: 'r1', personas: ['a'], industries: ['b\u0000c'] }),
      msg('Content Suggested', '2026-03-01T09:00:00.000Z', { record_id: 'r1', personas: ['a', 'a', 7], industries: ['b\u0000c', ''] }),
    ]);
    expect(r.coverage).toEqual([
      { persona: '7', industry: 'b\u0000c', prospects: 1 },
      { persona: 'a', industry: 'b\u0000c', prospects: 1 },
      { persona: 'a\u0000b', industry: 'c', prospects: 1 },
    ]);
  });
});

describe('messages from lines wait to be counted together', () => {
  // Enough lines for several rounds of waiting messages, with repeats near and far, suggestions on
  // prospects met again, lines that cannot be read between them, batch bodies, and ids of every kind.
  const lines: string[] = [];
  const sent: unknown[] = [];
  for (let i = 0; i < 700; i++) {
    const at = `2026-03-${String(1 + (i % 28)).padStart(2, '0')}T09:00:00.000Z`;
    const props = { asset_id: `a${i % 7}`, asset_title: `Title ${i % 5}`, crm: ['hubspot', 'salesforce'][i % 2], record_id: `r${i % 90}`, account: `acc${i % 11}`, personas: [['cfo', 'cto'][i % 2], 'ceo'], industries: ['health'] };
    const m = i % 9 === 0 ? msg('Content Link Copied', at, props) : msg('Content Suggested', at, props, { messageId: i % 3 ? crypto.randomUUID() : `plain-${i}` });
    sent.push(m);
    lines.push(JSON.stringify(m));
    if (i % 50 === 7) lines.push('{not json');
    if (i % 13 === 0) lines.push(JSON.stringify(sent[Math.floor(i / 2)])); // a repeat, near or far
    if (i % 97 === 5) lines.push(JSON.stringify({ batch: [m, msg('Content Opened', at, props), { event: 'Content Opened', messageId: 'no-time' }] }));
    if (i % 120 === 3) lines.push(JSON.stringify(msg('Deal Won', at, { crm: 'hubspot', record_id: `deal${i}`, account: `acc${i % 11}`, amount: 1000 + i })));
  }

  it('gives the figures, and the examples in their order, that counting each message at once gives', () => {
    const waited = run(lines, { generatedAt: 'now' });
    const atOnce = new TeamInsightsBuilder({ generatedAt: 'now' });
    lines.forEach((l, i) => {
      let value: unknown;
      try {
        value = JSON.parse(l);
      } catch {
        atOnce.skip(`events.jsonl:${i + 1}`, 'not JSON');
        return;
      }
      const batch = (value as { batch?: unknown[] }).batch;
      if (batch) batch.forEach((m, j) => atOnce.addMessage(m, 'events.jsonl', i + 1, j));
      else atOnce.addMessage(value, 'events.jsonl', i + 1);
    });
    expect(waited).toEqual(atOnce.result());
    expect(waited.duplicates).toBeGreaterThan(40);
    expect(waited.skipped).toBe(14 + 8); // lines that are not JSON, batch messages without a timestamp
    expect(waited.skippedExamples.slice(0, 2)).toEqual(['events.jsonl:9: batch message 3: "timestamp" is not a date and time (absent)', 'events.jsonl:12: not JSON']);
    expect(waited.coverage.length).toBe(3);
    expect(waited.totals.wonDeals).toBe(6);
  });
});
