// Redirects from a team endpoint, with real servers: every hop is checked before it is asked for.
// 127.0.0.2 stands for a host that is not this machine (plain http to it is not allowed), so a
// request that reached it would show in its log.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startServer, type Handler, type LocalServer } from '../../tests/local-server';
import { MAX_REDIRECTS, fetchLimited } from './fetch-limited';

const redirect = (status: number, location: string): Handler => (_req, res) => {
  res.writeHead(status, { Location: location });
  res.end();
};
const ok: Handler = (req, res) => {
  res.writeHead(200, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify({ path: req.url, method: req.method }));
};

let home: LocalServer;
let other: LocalServer;
let away: LocalServer;
beforeEach(async () => {
  home = await startServer(ok);
  other = await startServer(ok);
  away = await startServer(ok, 0, '127.0.0.2');
});
afterEach(async () => {
  await Promise.all([home.close(), other.close(), away.close()]);
});

const get = (url: string) => fetchLimited(url, { timeoutMs: 5000, maxBytes: 10_000, name: 'the feed' });
const post = (url: string, headers: Record<string, string> = {}) =>
  fetchLimited(url, { method: 'POST', body: '{"batch":[]}', headers, timeoutMs: 5000, maxBytes: 10_000 });

describe('a redirect from a team endpoint', () => {
  it('follows a chain of allowed hops, across origins, to the answer', async () => {
    home.handle((req, res) => (req.url === '/a' ? redirect(301, '/b')(req, res) : redirect(302, `${other.url}/c`)(req, res)));
    other.handle((req, res) => (req.url === '/c' ? redirect(308, '/pack.json')(req, res) : ok(req, res)));
    const out = await get(`${home.url}/a`);
    expect(out).toMatchObject({ ok: true, status: 200 });
    expect(out.ok && JSON.parse(new TextDecoder().decode(out.body))).toEqual({ path: '/pack.json', method: 'GET' });
    expect(home.requests.map((r) => r.url)).toEqual(['/a', '/b']);
    expect(other.requests.map((r) => r.url)).toEqual(['/c', '/pack.json']);
  });

  it('never asks a plain-http hop, even when the chain would end at an allowed address', async () => {
    home.handle(redirect(302, `${away.url}/hop`));
    away.handle(redirect(302, `${other.url}/pack.json`));
    const out = await get(`${home.url}/pack.json`);
    expect(out).toEqual({ ok: false, kind: 'insecure-redirect', message: `the feed redirected to ${away.url}/hop, which is not https` });
    expect(away.requests).toHaveLength(0);
    expect(other.requests).toHaveLength(0);
  });

  it('checks hops further down the chain too', async () => {
    home.handle(redirect(307, `${other.url}/next`));
    other.handle(redirect(307, `${away.url}/v1/batch`));
    const out = await post(`${home.url}/v1/batch`);
    expect(out).toMatchObject({ ok: false, kind: 'insecure-redirect' });
    expect(other.requests).toHaveLength(1);
    expect(away.requests).toHaveLength(0);
  });

  it('a POST redirected with 307 to plain http never sends its body there', async () => {
    home.handle(redirect(307, `${away.url}/v1/batch`));
    const out = await post(`${home.url}/v1/batch`, { Authorization: 'Basic a2V5Og==' });
    expect(out).toMatchObject({ ok: false, kind: 'insecure-redirect' });
    expect(away.requests).toHaveLength(0);
  });

  it('a POST follows 307 and 308 with its body, and its key only within one origin', async () => {
    home.handle((req, res) => (req.url === '/v1/batch' ? redirect(307, '/v2/batch')(req, res) : redirect(308, `${other.url}/v3/batch`)(req, res)));
    const out = await post(`${home.url}/v1/batch`, { Authorization: 'Basic a2V5Og==', 'Content-Type': 'application/json' });
    expect(out).toMatchObject({ ok: true, status: 200 });
    expect(home.requests.map((r) => [r.method, r.url, r.body, r.headers.authorization])).toEqual([
      ['POST', '/v1/batch', '{"batch":[]}', 'Basic a2V5Og=='],
      ['POST', '/v2/batch', '{"batch":[]}', 'Basic a2V5Og=='],
    ]);
    expect(other.requests.map((r) => [r.method, r.body, r.headers.authorization])).toEqual([['POST', '{"batch":[]}', undefined]]);
  });

  it.each([301, 302, 303])('a POST answered %i (which would turn it into a GET without its body) stops there', async (status) => {
    home.handle(redirect(status, `${other.url}/elsewhere`));
    const out = await post(`${home.url}/v1/batch`);
    expect(out).toMatchObject({ ok: false, kind: 'redirect', message: expect.stringMatching(new RegExp(`answered HTTP ${status}, a redirect that drops what was sent`)) });
    expect(other.requests).toHaveLength(0);
  });

  it(`stops after ${MAX_REDIRECTS} redirects`, async () => {
    home.handle((req, res) => redirect(302, `/loop${Number(req.url.slice(5) || 0) + 1}`)(req, res));
    const out = await get(`${home.url}/loop0`);
    expect(out).toMatchObject({ ok: false, kind: 'redirect', message: expect.stringMatching(/redirected more than 5 times/) });
    expect(home.requests).toHaveLength(MAX_REDIRECTS + 1);
  });

  it('refuses a redirect whose target the browser hides (an opaque redirect), without asking further', async () => {
    // What a browser's fetch gives for redirect: 'manual' (Node's gives the real 3xx): no status, no Location.
    const calls: string[] = [];
    const browserLike = (async (input: string | URL | Request) => {
      calls.push(String(input));
      const response = new Response(null, { status: 200 });
      Object.defineProperty(response, 'type', { value: 'opaqueredirect' });
      Object.defineProperty(response, 'status', { value: 0 });
      return response;
    }) as typeof fetch;
    const out = await fetchLimited('https://feeds.example.com/pack.json', { timeoutMs: 1000, maxBytes: 1000, fetch: browserLike, name: 'the feed' });
    expect(out).toEqual({
      ok: false,
      kind: 'redirect',
      message: 'the feed answered with a redirect, and the browser does not let Tailor see where it leads, so Tailor did not follow it: use the address it leads to',
    });
    expect(calls).toEqual(['https://feeds.example.com/pack.json']);
  });

  it('hands a 3xx without a Location to the caller as an answer', async () => {
    home.handle((_req, res) => {
      res.writeHead(302);
      res.end();
    });
    expect(await get(`${home.url}/x`)).toMatchObject({ ok: true, status: 302 });
  });
});
