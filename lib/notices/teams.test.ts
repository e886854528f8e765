import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../settings';
import { backoffDelay, parseRetryAfter, retryDelay } from '../net/backoff';
import { allowedScheme, checkEndpointUrl, endpointOrigins, originPattern } from '../net/endpoint';
import { checkParamRows, collectorConfigured, validateSettings } from '../settings-rules';
import { plural, relativeTime } from './format';
import { feedSyncNotice, testEventNotice } from './notices';

describe('endpoint addresses', () => {
  it.each([
    ['https://feeds.example.com/team/pack.json', true],
    ['http://localhost:8080/pack.json', true],
    ['http://127.0.0.1:5173/pack.json', true],
    ['http://feeds.example.com/pack.json', false],
    ['http://192.168.1.4/pack.json', false],
    ['ftp://feeds.example.com/pack.json', false],
    ['javascript:alert(1)', false],
    ['feeds.example.com/pack.json', false],
    ['https://user:secret@collector.example.com/v1/batch', false],
  ])('%s → %s', (url, ok) => {
    expect(checkEndpointUrl(url).ok).toBe(ok);
  });

  it('says why an address is refused', () => {
    expect(checkEndpointUrl('http://feeds.example.com/p.json', 'the feed address')).toEqual({
      ok: false,
      message: 'the feed address must use https:// (plain http:// is only allowed for localhost and 127.0.0.1)',
    });
    expect(checkEndpointUrl('feeds.example.com')).toMatchObject({ message: expect.stringMatching(/starting with https:\/\//) });
  });

  it('names the origin a host permission covers, without the port', () => {
    expect(originPattern('http://127.0.0.1:4321/pack.json')).toBe('http://127.0.0.1/*');
    expect(originPattern('https://api.segment.io/v1/batch')).toBe('https://api.segment.io/*');
    expect(endpointOrigins(['https://a.example/x', '', 'https://a.example/y', 'nonsense', 'http://localhost:1/z'])).toEqual([
      'https://a.example/*',
      'http://localhost/*',
    ]);
  });
});

describe('the endpoint rule', () => {
  it('uses the endpoint rule', () => {
    expect(allowedScheme(new URL('http://localhost/x'))).toBe(true);
    expect(allowedScheme(new URL('http://feeds.example.com/x'))).toBe(false);
    expect(allowedScheme(new URL('https://feeds.example.com/x'))).toBe(true);
  });
});

describe('setting rules', () => {
  it('accepts the defaults', () => expect(validateSettings(DEFAULT_SETTINGS)).toEqual({}));

  it('reports each bad field beside it', () => {
    const errors = validateSettings({
      repId: 'x'.repeat(201),
      retentionDays: 0,
      feedUrl: 'http://feeds.example.com/p.json',
      feedIntervalMinutes: 5,
      collectorUrl: 'not a url',
      collectorWriteKey: 'has:colon',
      trackingParams: { utm_source: 'x' },
      hashSalt: 'bad\u0000salt',
      teamInsightsUrl: 'ftp://figures.example.com/team.json',
    });
    expect(Object.keys(errors).sort()).toEqual(
      ['collectorUrl', 'collectorWriteKey', 'feedIntervalMinutes', 'feedUrl', 'hashSalt', 'repId', 'retentionDays', 'teamInsightsUrl', 'trackingParams'].sort(),
    );
    expect(errors.teamInsightsUrl).toBe('ftp: addresses are not allowed: the team figures address must start with https://');
    expect(errors.retentionDays).toBe('between 1 and 3650 days');
    expect(errors.feedIntervalMinutes).toBe('between 15 and 1440 minutes');
    expect(errors.trackingParams).toBe('utm_source is set by Tailor on every link and cannot be overridden');
  });

  it('checks tracking parameter rows one by one', () => {
    const { rowErrors, params } = checkParamRows([
      { name: 'team', value: 'emea' },
      { name: 'bad name', value: 'x' },
      { name: 'UTM_Campaign', value: 'x' },
      { name: 'Team', value: 'again' },
      { name: '', value: '' },
      { name: 'region', value: '' },
      { name: 'rep.id', value: 'r-1' },
    ]);
    expect(rowErrors).toEqual([
      undefined,
      '"bad name" is not a parameter name: use letters, digits, _ . and - (up to 64)',
      'UTM_Campaign is set by Tailor on every link and cannot be overridden',
      'Team is already in row 1',
      undefined,
      'give region a value',
      undefined,
    ]);
    expect(params).toEqual({ team: 'emea', 'rep.id': 'r-1' });
  });

  it('counts a collector as configured only with an address Tailor will send to', () => {
    expect(collectorConfigured({ collectorUrl: '' })).toBe(false);
    expect(collectorConfigured({ collectorUrl: 'http://collector.example.com/batch' })).toBe(false);
    expect(collectorConfigured({ collectorUrl: 'https://collector.example.com/batch' })).toBe(true);
  });
});

describe('backoff', () => {
  it('doubles from the base up to the cap, with half of each wait random', () => {
    const opts = { baseMs: 1000, capMs: 60_000 };
    expect([1, 2, 3, 4].map((f) => backoffDelay(f, { ...opts, random: () => 0 }))).toEqual([500, 1000, 2000, 4000]);
    expect([1, 2, 3, 4].map((f) => backoffDelay(f, { ...opts, random: () => 0.999999 }))).toEqual([1000, 2000, 4000, 8000]);
    expect(backoffDelay(40, { ...opts, random: () => 0.999999 })).toBe(60_000);
  });

  it('spreads the waits of many clients', () => {
    const waits = new Set(Array.from({ length: 50 }, () => backoffDelay(5, { baseMs: 1000, capMs: 60_000 })));
    expect(waits.size).toBeGreaterThan(40);
    for (const w of waits) expect(w).toBeGreaterThanOrEqual(8000);
  });

  it('reads Retry-After as seconds or a date, and waits at least that long', () => {
    const now = Date.parse('2026-03-01T10:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Sun, 01 Mar 2026 10:05:00 GMT', now)).toBe(300_000);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
    const limits = { baseMs: 1000, capMs: 60_000, maxMs: 3_600_000, random: () => 0 };
    expect(retryDelay(1, 120_000, limits)).toBe(120_000);
    expect(retryDelay(1, undefined, limits)).toBe(500);
    expect(retryDelay(1, 99 * 3_600_000, limits)).toBe(3_600_000);
  });
});

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
