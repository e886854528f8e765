import { describe, expect, it } from 'vitest';
import { backoffDelay, parseRetryAfter, retryDelay } from './backoff';
import { allowedScheme, checkEndpointUrl, endpointOrigins, originPattern } from './endpoint';

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
