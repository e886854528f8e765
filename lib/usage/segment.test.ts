import { describe, expect, it } from 'vitest';
import type { TrackMessage, UsageEvent } from '../model';
import {
  FIELD_LIMITS,
  MAX_LIST_ENTRIES,
  MAX_MESSAGE_BYTES,
  SENT_PROPERTIES,
  buildTrackMessage,
  fitString,
  hashIdentifier,
  limitMessage,
  prepareForSending,
  testTrackMessage,
} from './segment';

const bytes = (s: string) => new TextEncoder().encode(s).byteLength;
const jsonBytes = (s: string) => bytes(JSON.stringify(s)) - 2;

describe('fitString', () => {
  it('keeps a string within its limit as it is', () => {
    expect(fitString('Mercy Regional', 14)).toBe('Mercy Regional');
  });

  it.each([
    ['ASCII', 'a'.repeat(5000)],
    ['three-byte characters', '€'.repeat(5000)],
    ['characters JSON escapes as six bytes', '\u0001'.repeat(5000)],
    ['emoji (surrogate pairs)', '😀'.repeat(5000)],
    ['a mix', 'a€\u0001😀"\\'.repeat(2000)],
  ])('cuts %s to the byte limit of its JSON text, with an ellipsis', (_what, value) => {
    for (const limit of [10, 64, 1024]) {
      const cut = fitString(value, limit);
      expect(jsonBytes(cut)).toBeLessThanOrEqual(limit);
      expect(jsonBytes(cut)).toBeGreaterThan(limit - 12);
      expect(cut.endsWith('…')).toBe(true);
      expect(value.startsWith(cut.slice(0, -1))).toBe(true);
      // No lone half of a surrogate pair.
      expect(cut).toBe(cut.toWellFormed());
    }
  });
});

/** Every field at its worst: as long as anything could make it, in the characters that cost the most. */
function worstEvent(): UsageEvent {
  const huge = '\u0001😀'.repeat(50_000);
  const ids = Array.from({ length: 1000 }, () => huge);
  return {
    type: 'not-relevant',
    at: Date.UTC(2026, 0, 1),
    assetId: huge,
    crm: huge as UsageEvent['crm'],
    recordType: huge,
    recordId: huge,
    account: huge,
    rep: huge,
    reason: huge,
    amount: 1e300,
    context: { personas: ids, industries: ids, painPoints: ids, stage: huge as 'decision' },
  } as UsageEvent;
}

describe('what goes to a collector is cut to what it takes', () => {
  it('the largest message Tailor can build stays under its ceiling (Segment takes 32 KB)', async () => {
    const huge = '\u0001😀'.repeat(50_000);
    const message = await buildTrackMessage(worstEvent(), {
      messageId: crypto.randomUUID(),
      anonymousId: huge,
      asset: { title: huge, type: huge as 'other', url: huge },
      version: huge,
    });
    const size = bytes(JSON.stringify(message));
    expect(size).toBeLessThanOrEqual(MAX_MESSAGE_BYTES);
    expect(MAX_MESSAGE_BYTES).toBeLessThanOrEqual(32 * 1024);
    for (const [key, limit] of Object.entries(FIELD_LIMITS)) {
      const value = (message.properties as Record<string, unknown>)[key];
      if (typeof value === 'string') expect(jsonBytes(value), key).toBeLessThanOrEqual(limit);
    }
    expect((message.properties.personas as string[]).length).toBe(MAX_LIST_ENTRIES);
    expect(jsonBytes(message.userId!)).toBeLessThanOrEqual(FIELD_LIMITS.userId);
  });

  it('keeps ordinary values whole', async () => {
    const message = await buildTrackMessage(
      { type: 'copy-link', at: 0, assetId: 'a1', recordId: '0035g00000XyZabAAB', account: 'Mercy Regional Health', context: { personas: ['cfo'], industries: [], painPoints: [] } } as UsageEvent,
      { messageId: 'm1', anonymousId: 'x', asset: { title: 'How Mercy cut approvals', type: 'case-study', url: 'https://example.com/a?b=c' }, version: '1.0.0' },
    );
    expect(message.properties).toMatchObject({ asset_id: 'a1', record_id: '0035g00000XyZabAAB', asset_title: 'How Mercy cut approvals', asset_url: 'https://example.com/a?b=c' });
  });

  it('has a limit for every string property it sends', () => {
    const lists = new Set(['personas', 'industries', 'pain_points']);
    const numbersAndFlags = new Set(['amount', 'identifiers_hashed', 'test']);
    for (const { name } of SENT_PROPERTIES) if (!lists.has(name) && !numbersAndFlags.has(name)) expect(FIELD_LIMITS, name).toHaveProperty(name);
  });

  it('cuts a message queued before the limits (an older version) when it leaves', async () => {
    const old: TrackMessage = {
      type: 'track',
      event: 'Content Opened',
      messageId: 'm1',
      timestamp: new Date(0).toISOString(),
      anonymousId: 'x',
      properties: { asset_title: 'x'.repeat(100_000), identifiers_hashed: false },
    };
    const sent = await prepareForSending(old);
    expect(jsonBytes(sent.properties.asset_title as string)).toBeLessThanOrEqual(FIELD_LIMITS.asset_title);
    expect(limitMessage(sent)).toEqual(sent);
  });
});

describe('hashing at send time', () => {
  const plain = (): TrackMessage => ({
    type: 'track',
    event: 'Content Link Copied',
    messageId: 'm1',
    timestamp: new Date(0).toISOString(),
    userId: 'dana@example.com',
    properties: { record_id: '003A', account: 'Mercy Regional Health', identifiers_hashed: false },
  });

  it('hashes the identifiers of a message queued plain when the settings now ask for hashing', async () => {
    const sent = await prepareForSending(plain(), { hash: { salt: 's' } });
    expect(sent.properties).toEqual({
      record_id: await hashIdentifier('003A', 's'),
      account: await hashIdentifier('Mercy Regional Health', 's'),
      identifiers_hashed: true,
    });
    expect(JSON.stringify(sent)).not.toContain('Mercy');
  });

  it('never hashes twice, sends plain when hashing is off, and leaves the test event alone', async () => {
    const once = await prepareForSending(plain(), { hash: { salt: 's' } });
    expect(await prepareForSending(once, { hash: { salt: 's' } })).toEqual(once);
    expect(await prepareForSending(plain())).toEqual(plain());
    const test = testTrackMessage({ messageId: 't', at: 0, anonymousId: 'x', version: '1' });
    expect(await prepareForSending(test, { hash: { salt: 's' } })).toEqual(test);
  });
});
