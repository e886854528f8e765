import { afterEach, describe, expect, it, vi } from 'vitest';
import { failureCause } from './failure';
import { fetchLimited } from './fetch-limited';

describe('why a request to a team endpoint failed: one rule for the feed, the team figures and the collector', () => {
  it('puts a timeout or an offline browser down to the network, with or without the host permission', () => {
    for (const hostAccess of [false, true, undefined]) {
      expect(failureCause({ kind: 'timeout' }, hostAccess)).toBe('network');
      expect(failureCause({ kind: 'offline' }, hostAccess)).toBe('network');
    }
  });

  it('puts a request refused with no answer down to permission only on a site Tailor holds no permission for', () => {
    expect(failureCause({ kind: 'unreachable' }, false)).toBe('permission');
    expect(failureCause({ kind: 'unreachable' }, true)).toBe('network');
    expect(failureCause({ kind: 'unreachable' }, undefined)).toBe('network');
  });

  it('puts anything with an HTTP status down to the server, which was reached', () => {
    expect(failureCause({ kind: 'http', status: 503 }, false)).toBe('server');
    expect(failureCause({ kind: 'unreachable', status: 403 }, false)).toBe('server');
    expect(failureCause({ kind: 'too-big', status: 200 }, false)).toBe('server');
    expect(failureCause({ status: 401 }, undefined)).toBe('server');
  });

  it('leaves the rest, and a failure stored before kinds were kept, to their own messages', () => {
    for (const kind of ['redirect', 'insecure-redirect', 'config', 'truncated', undefined]) expect(failureCause({ kind }, false)).toBe('other');
  });
});

describe('fetchLimited sorts a request that got no answer', () => {
  const refused = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;
  const never = ((_url: string, init?: RequestInit) => new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))))) as typeof fetch;
  const onLine = (value: boolean) => vi.stubGlobal('navigator', { onLine: value });
  afterEach(() => vi.unstubAllGlobals());

  it('as offline when the browser says so, as unreachable otherwise, and a deadline passed as a timeout', async () => {
    onLine(false);
    expect(await fetchLimited('https://feeds.example.com/p.json', { timeoutMs: 1000, maxBytes: 100, fetch: refused })).toEqual({
      ok: false,
      kind: 'offline',
      message: 'could not reach feeds.example.com: this browser is offline',
    });
    onLine(true);
    expect(await fetchLimited('https://feeds.example.com/p.json', { timeoutMs: 1000, maxBytes: 100, fetch: refused })).toMatchObject({ ok: false, kind: 'unreachable' });
    expect(await fetchLimited('https://feeds.example.com/p.json', { timeoutMs: 20, maxBytes: 100, fetch: never })).toMatchObject({ ok: false, kind: 'timeout' });
  });
});
