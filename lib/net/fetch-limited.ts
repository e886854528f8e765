// One HTTP request to a team endpoint with the limits a background job needs: a deadline for the
// whole exchange (headers and body), a cap on the body read as a stream, and failures sorted into
// kinds a person can act on. No cookies are sent: feeds and collectors are read as anonymous clients.
import { allowedScheme } from './endpoint';

export type FetchFailureKind = 'unreachable' | 'offline' | 'timeout' | 'too-big' | 'truncated' | 'insecure-redirect' | 'redirect';

export interface FetchLimitedOptions {
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  timeoutMs: number;
  /** Bodies longer than this are not read past it. */
  maxBytes: number;
  /** Read the body only for these statuses (others come back with an empty text). */
  readBodyWhen?: (status: number) => boolean;
  fetch?: typeof fetch;
  /** What the endpoint is, in messages ("the feed"); the host name when not given. */
  name?: string;
}

export type FetchLimitedResult =
  | {
      ok: true;
      status: number;
      statusText: string;
      headers: Headers;
      bytes: number;
      /** The body's bytes, empty when it was not read: the caller reads them as text once (`decodeText`). */
      body: Uint8Array;
    }
  | { ok: false; kind: FetchFailureKind; message: string; status?: number };

export function formatSize(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

const seconds = (ms: number) => (ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`);

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** Redirects Tailor follows for one request: more than this and it stops, as for a loop. */
export const MAX_REDIRECTS = 5;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

export async function fetchLimited(url: string, options: FetchLimitedOptions): Promise<FetchLimitedResult> {
  const doFetch = options.fetch ?? fetch;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  const host = (() => {
    try {
      return new URL(url).host;
    } catch {
      return url;
    }
  })();
  const timeout = (): FetchLimitedResult => ({
    ok: false,
    kind: 'timeout',
    message: `${host} did not answer within ${seconds(options.timeoutMs)}`,
  });
  const name = options.name ?? host;
  const stop = async (response: Response, kind: FetchFailureKind, message: string): Promise<FetchLimitedResult> => {
    await response.body?.cancel().catch(() => undefined);
    return { ok: false, kind, message };
  };
  try {
    // Redirects are followed here, one hop at a time, so that every address is checked before it is
    // asked for: fetch's own following would already have sent the request (and a POST's body) to
    // a plain-http hop before Tailor could look at where it ended.
    let current = new URL(url);
    let method = options.method ?? 'GET';
    const requestHeaders: Record<string, string> = { ...options.headers };
    let response: Response;
    for (let hops = 0; ; hops++) {
      try {
        response = await doFetch(current.href, {
          method,
          headers: requestHeaders,
          body: method === 'POST' ? options.body : undefined,
          signal: controller.signal,
          credentials: 'omit',
          // Tailor keeps its own validators (ETag, Last-Modified); the HTTP cache must not answer for the server.
          cache: 'no-store',
          redirect: 'manual',
        });
      } catch (e) {
        if (timedOut) return timeout();
        // Offline, fetch fails as it does for a blocked cross-origin read: the browser's own flag tells them apart.
        if (typeof navigator !== 'undefined' && navigator.onLine === false)
          return { ok: false, kind: 'offline', message: `could not reach ${current.host}: this browser is offline` };
        const detail = e instanceof Error && e.message ? ` (${e.message})` : '';
        return { ok: false, kind: 'unreachable', message: `could not reach ${current.host}${detail}` };
      }
      // Browsers hide a redirect's target from fetch (an "opaque redirect": no status, no Location):
      // a target Tailor cannot check is a target it does not ask for.
      if (response.type === 'opaqueredirect')
        return stop(
          response,
          'redirect',
          `${name} answered with a redirect, and the browser does not let Tailor see where it leads, so Tailor did not follow it: use the address it leads to`,
        );
      if (!REDIRECT_STATUSES.has(response.status)) break;
      const location = response.headers.get('location');
      // A 3xx without a Location is an answer, not a redirect: the caller sees its status.
      if (location === null) break;
      let next: URL;
      try {
        next = new URL(location, current);
      } catch {
        return stop(response, 'redirect', `${name} redirected to "${location.slice(0, 200)}", which is not a web address`);
      }
      if (!allowedScheme(next))
        return stop(response, 'insecure-redirect', `${name} redirected to ${next.href}, which is not https`);
      if (next.username || next.password)
        return stop(response, 'insecure-redirect', `${name} redirected to an address with a user name or password in it`);
      if (hops >= MAX_REDIRECTS)
        return stop(response, 'redirect', `${name} redirected more than ${MAX_REDIRECTS} times: Tailor stopped at ${next.href}`);
      // 301, 302 and 303 turn a POST into a GET without its body: what was to be sent would be lost.
      if (method === 'POST' && response.status !== 307 && response.status !== 308)
        return stop(
          response,
          'redirect',
          `${name} answered HTTP ${response.status}, a redirect that drops what was sent: use the address it leads to (${next.href})`,
        );
      if (response.status === 303) method = 'GET';
      // A key for one server is not handed to another.
      if (next.origin !== current.origin)
        for (const key of Object.keys(requestHeaders)) if (key.toLowerCase() === 'authorization') delete requestHeaders[key];
      await response.body?.cancel().catch(() => undefined);
      current = next;
    }

    const { status, statusText } = response;
    const headers = response.headers;
    const wanted = options.readBodyWhen ? options.readBodyWhen(status) : true;
    if (!wanted || !response.body) {
      await response.body?.cancel().catch(() => undefined);
      return { ok: true, status, statusText, headers, bytes: 0, body: new Uint8Array(0) };
    }

    const declaredText = headers.get('content-length');
    const declared = declaredText !== null && /^\d+$/.test(declaredText) ? Number(declaredText) : undefined;
    // With a content coding the length is of the compressed bytes, not of what the reader yields.
    const encoded = (headers.get('content-encoding') ?? 'identity').toLowerCase() !== 'identity';
    if (declared !== undefined && !encoded && declared > options.maxBytes) {
      controller.abort();
      return {
        ok: false,
        kind: 'too-big',
        status,
        message: `the response is ${formatSize(declared)}, over Tailor's limit of ${formatSize(options.maxBytes)}`,
      };
    }

    const reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    let bytes = 0;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        bytes += value.byteLength;
        if (bytes > options.maxBytes) {
          controller.abort();
          await reader.cancel().catch(() => undefined);
          return {
            ok: false,
            kind: 'too-big',
            status,
            message: `the response is over Tailor's limit of ${formatSize(options.maxBytes)}; Tailor stopped reading it there`,
          };
        }
        chunks.push(value);
      }
    } catch {
      if (timedOut) return timeout();
      return {
        ok: false,
        kind: 'truncated',
        status,
        message: `the connection closed after ${formatSize(bytes)}${declared !== undefined && !encoded ? ` of ${formatSize(declared)}` : ''}, before the whole response arrived`,
      };
    }
    if (declared !== undefined && !encoded && bytes < declared)
      return {
        ok: false,
        kind: 'truncated',
        status,
        message: `only ${formatSize(bytes)} of ${formatSize(declared)} arrived: the download was cut short`,
      };

    return { ok: true, status, statusText, headers, bytes, body: concat(chunks, bytes) };
  } finally {
    clearTimeout(timer);
  }
}

/** What a periodic, conditional download (the library feed, the team figures) can be given. */
export interface PeriodicFetchOptions {
  fetch?: typeof fetch;
  now?: () => number;
  random?: () => number;
  timeoutMs?: number;
  maxBytes?: number;
  /** The check interval: after a failure the next attempt waits this long, doubling with each failure. */
  intervalMinutes?: number;
  /**
   * Whether Tailor holds the host permission for the address. Without it the browser applies CORS: a
   * plain GET (no conditional headers, which would need a preflight) is the request most servers allow.
   */
  hostAccess?: boolean;
}
