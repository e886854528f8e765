import { describe, expect, it } from 'vitest';
import { plural, pluralWord, relativeTime } from './format';
import { feedSyncNotice, testEventNotice } from './notices';

describe('times on the settings page', () => {
  const now = Date.UTC(2026, 2, 12, 10, 0);
  it('says how long ago or how soon', () => {
    expect(relativeTime(now - 10_000, now, 'en')).toBe('just now');
    expect(relativeTime(now - 3 * 60_000, now, 'en')).toBe('3 minutes ago');
    expect(relativeTime(now + 2 * 3_600_000, now, 'en')).toBe('in 2 hours');
    expect(relativeTime(now - 3 * 86_400_000, now, 'en')).toBe('3 days ago');
  });
  it('counts in words', () => {
    expect(plural(1, 'event')).toBe('1 event');
    expect(plural(50000, 'event')).toBe('50,000 events');
    expect(plural(0, 'share')).toBe('0 shares');
    expect(plural(1, 'won deal')).toBe('1 won deal');
    expect(plural(2, 'person', 'people')).toBe('2 people');
  });
  it('picks the word alone, with English rules whatever the number', () => {
    expect(pluralWord(1, 'link')).toBe('link');
    expect(pluralWord(0, 'link')).toBe('links');
    expect(pluralWord(1.5, 'email')).toBe('emails');
    expect(pluralWord(-1, 'day')).toBe('day');
  });
});

describe('what the settings page says after a sync or a test event', () => {
  const url = 'https://feeds.example.com/p.json';
  const status = { url, failures: 0, pack: { name: 'Northwind', assets: 64 } };
  it('reports a sync, and a declined permission prompt that did not matter', () => {
    expect(feedSyncNotice({ result: 'updated', status }, true, url)).toEqual({ tone: 'ok', text: 'Synced: 64 assets from “Northwind”.' });
    expect(feedSyncNotice({ result: 'not-modified', status }, false, url).text).toBe(
      'Synced: the feed has not changed. Access to feeds.example.com was not granted; its server allows cross-origin reads, so the feed works anyway.',
    );
  });
  it('reports a failure, and a declined prompt beside it', () => {
    const failed = { result: 'failed' as const, status: { ...status, failures: 1, lastError: { kind: 'unreachable' as const, message: 'could not reach feeds.example.com', at: 1 } } };
    expect(feedSyncNotice(failed, false, url)).toEqual({
      tone: 'error',
      text: 'Sync failed: could not reach feeds.example.com. Access to feeds.example.com was not granted.',
    });
  });
  it('reports what became of a test event', () => {
    const c = 'https://collector.example.com/v1/batch';
    expect(testEventNotice({ messageId: 'm1', ms: 42, fate: { fate: 'delivered' } }, true, c, 0).text).toBe(
      'Test event delivered to collector.example.com in 42 ms (messageId m1).',
    );
    expect(testEventNotice({ messageId: 'm1', ms: 42, fate: { fate: 'rejected', message: 'HTTP 400' } }, true, c, 0).text).toBe(
      'The collector refused the test event: HTTP 400.',
    );
    expect(testEventNotice({ messageId: 'm1', ms: 9, fate: { fate: 'waiting', message: 'could not reach collector.example.com' } }, false, c, 0).text).toBe(
      'Not delivered yet: could not reach collector.example.com. It stays in the outbox. Access to collector.example.com was not granted.',
    );
  });
});
