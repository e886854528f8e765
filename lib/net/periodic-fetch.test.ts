// The check both periodic syncs share (the library feed, the team figures), against a real server.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startServer, type LocalServer } from '../../tests/local-server';
import { declaredCharset, failedStatus, fetchDocument, isSyncDue, sha256Hex, startAttempt, type DocumentWording, type PeriodicStatus } from './periodic-fetch';

const WORDING: DocumentWording<'not-a-doc'> = {
  address: 'the doc address',
  source: 'the doc',
  readable: 'the doc file',
  expected: 'a doc',
  syncNow: 'Sync doc now',
  notUtf8: 'the doc is not UTF-8 text',
  notDocument: 'not-a-doc',
};
const OPTIONS = { timeoutMs: 5_000, maxBytes: 10_000 };

let server: LocalServer;
beforeEach(async () => {
  server = await startServer((req, res) => {
    if (req.headers['if-none-match'] === '"v1"') {
      res.writeHead(304, { ETag: '"v1"' });
      res.end();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'application/json', ETag: '"v1"', 'Last-Modified': 'Tue, 01 Dec 2026 10:00:00 GMT' });
    res.end('{"doc":1}');
  });
});
afterEach(() => server.close());

describe('fetching a periodically checked document', () => {
  it('returns the body and its validators, then asks only for a change and hears "not modified"', async () => {
    const first = await fetchDocument(`${server.url}/doc.json`, {}, OPTIONS, WORDING);
    expect(first).toMatchObject({ outcome: 'fetched', status: 200, text: '{"doc":1}', validators: { etag: '"v1"', lastModified: 'Tue, 01 Dec 2026 10:00:00 GMT' } });
    expect(server.requests[0]!.headers['if-none-match']).toBeUndefined();

    const again = await fetchDocument(`${server.url}/doc.json`, { etag: '"v1"', lastModified: 'Tue, 01 Dec 2026 10:00:00 GMT' }, OPTIONS, WORDING);
    expect(again).toEqual({ outcome: 'not-modified', validators: { etag: '"v1"' } });
    expect(server.requests[1]!.headers).toMatchObject({ 'if-none-match': '"v1"', 'if-modified-since': 'Tue, 01 Dec 2026 10:00:00 GMT' });
  });

  it('sends no validators without host access (a plain GET passes CORS without a preflight)', async () => {
    const out = await fetchDocument(`${server.url}/doc.json`, { etag: '"v1"' }, { ...OPTIONS, hostAccess: false }, WORDING);
    expect(out.outcome).toBe('fetched');
    expect(server.requests[0]!.headers['if-none-match']).toBeUndefined();
  });

  it('words each failure for the document, and returns no body', async () => {
    const answer = (status: number, type: string, body: string | Buffer) =>
      server.handle((_req, res) => {
        res.writeHead(status, { 'Content-Type': type });
        res.end(body);
      });
    const get = () => fetchDocument(`${server.url}/doc.json`, {}, OPTIONS, WORDING);

    answer(403, 'text/plain', 'no');
    expect(await get()).toEqual({
      outcome: 'failed',
      error: { kind: 'http', status: 403, message: 'the doc answered HTTP 403 (Forbidden): the doc file must be readable without signing in' },
    });
    answer(200, 'text/html; charset=utf-8', '<!doctype html><title>Sign in</title>');
    expect(await get()).toEqual({
      outcome: 'failed',
      error: { kind: 'not-a-doc', status: 200, message: 'the doc returned a web page (text/html), not a doc: check the address, or whether the server shows a sign-in page' },
    });
    answer(200, 'application/json', Buffer.from([0x7b, 0xff, 0xfe, 0x7d]));
    expect(await get()).toEqual({ outcome: 'failed', error: { kind: 'not-a-doc', status: 200, message: 'the doc is not UTF-8 text' } });

    const bad = await fetchDocument('ftp://example.com/doc.json', {}, OPTIONS, WORDING);
    expect(bad).toMatchObject({ outcome: 'failed', error: { kind: 'config' } });
    expect(bad.outcome === 'failed' && bad.error.message).toContain('the doc address');
  });

  it('hands the bytes and the declared charset to a decoder when given one, and checks for a web page in its text', async () => {
    const seen: (string | undefined)[] = [];
    const latin1 = (bytes: Uint8Array, charset: string | undefined) => {
      seen.push(charset);
      return { text: Buffer.from(bytes).toString('latin1'), encoding: 'latin1' as const };
    };
    server.handle((req, res) => {
      res.writeHead(200, { 'Content-Type': req.url === '/page' ? 'text/plain; charset=ISO-8859-1' : 'application/json; Charset="ISO-8859-1"' });
      res.end(req.url === '/page' ? Buffer.from('  <p>Sign in</p>') : Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]));
    });
    const out = await fetchDocument(`${server.url}/doc.json`, {}, { ...OPTIONS, decode: latin1 }, WORDING);
    expect(out).toMatchObject({ outcome: 'fetched', text: '{"é"}', encoding: 'latin1' });
    expect(seen).toEqual(['iso-8859-1']);
    expect(await fetchDocument(`${server.url}/page`, {}, { ...OPTIONS, decode: latin1 }, WORDING)).toMatchObject({ outcome: 'failed', error: { kind: 'not-a-doc' } });
  });

  it('reads the charset parameter of a Content-Type, quoted or not', () => {
    expect(
      ['application/json; charset=windows-1252', 'text/plain;Charset="UTF-16LE"; x=1', 'application/json', 'text/plain; format=flowed', null].map(declaredCharset),
    ).toEqual(['windows-1252', 'UTF-16LE', undefined, undefined, undefined]);
  });

  it('says which button allows access when the browser blocked a read without permission', async () => {
    const blocked = () => Promise.reject(new TypeError('Failed to fetch'));
    const out = await fetchDocument(`${server.url}/doc.json`, {}, { ...OPTIONS, hostAccess: false, fetch: blocked }, WORDING);
    expect(out).toMatchObject({ outcome: 'failed', error: { kind: 'unreachable' } });
    expect(out.outcome === 'failed' && out.error.message).toMatch(
      /Tailor has no permission for http:\/\/127\.0\.0\.1:\d+ and the server does not allow cross-origin requests: choose Sync doc now and allow access/,
    );
  });
});

describe('the status of a periodic sync', () => {
  const now = 1_800_000_000_000;
  const backoff = { baseMs: 60 * 60_000, capMs: 24 * 60 * 60_000, random: () => 0.5 };

  it('starts from the last status for the same address, or afresh when the address changed', () => {
    const last: PeriodicStatus = { url: 'https://a.example/doc', etag: '"v1"', failures: 2 };
    expect(startAttempt(last, 'https://a.example/doc', now)).toEqual({ ...last, lastAttemptAt: now });
    expect(last.lastAttemptAt).toBeUndefined();
    expect(startAttempt(last, 'https://b.example/doc', now)).toEqual({ url: 'https://b.example/doc', failures: 0, lastAttemptAt: now });
  });

  it('counts failures and pushes the next attempt back further each time, within the cap', () => {
    const once = failedStatus({ url: 'u', failures: 0 } as PeriodicStatus, { kind: 'http', message: 'down' }, now, backoff);
    const twice = failedStatus(once, { kind: 'http', message: 'down' }, now, backoff);
    expect(once).toMatchObject({ failures: 1, lastError: { kind: 'http', message: 'down', at: now } });
    expect(twice.failures).toBe(2);
    expect(twice.nextAttemptAt! - now).toBeGreaterThan(once.nextAttemptAt! - now);
    const many = failedStatus({ url: 'u', failures: 40 } as PeriodicStatus, { kind: 'http', message: 'down' }, now, backoff);
    expect(many.nextAttemptAt! - now).toBeLessThanOrEqual(backoff.capMs);
  });

  it('is due for a new address, when no attempt is planned, and from a minute before the planned one', () => {
    const status: PeriodicStatus = { url: 'u', failures: 0, nextAttemptAt: now + 10 * 60_000 };
    expect(isSyncDue(undefined, 'u', now)).toBe(true);
    expect(isSyncDue(status, 'other', now)).toBe(true);
    expect(isSyncDue({ url: 'u', failures: 0 }, 'u', now)).toBe(true);
    expect(isSyncDue(status, 'u', now)).toBe(false);
    expect(isSyncDue(status, 'u', now + 9 * 60_000)).toBe(true);
  });

  it('hashes text as SHA-256 in hex', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
