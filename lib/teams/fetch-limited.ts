// One HTTP request to a team endpoint with the limits a background job needs: a deadline for the
// whole exchange (headers and body), a cap on the body read as a stream, and failures sorted into
// kinds a person can act on. No cookies are sent: feeds and collectors are read as anonymous clients.
import { allowedScheme } from './endpoint';

export type FetchFailureKind = 'unreachable' | 'timeout' | 'too-big' | 'truncated' | 'insecure-redirect';

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
      /** The body as UTF-8 text (a byte-order mark removed); empty when it was not read. */
      text: string;
      bytes: number;
      /** False when the body was not valid UTF-8 (it was decoded with replacement characters). */
      utf8: boolean;
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

/** The address a redirect ended at when Tailor must not use it; undefined when there was none or it is fine. */
function insecureRedirect(requested: string, final: string): string | undefined {
  if (!final || final === requested) return undefined;
  let url: URL;
  try {
    url = new URL(final);
  } catch {
    return undefined;
  }
  return allowedScheme(url) ? undefined : url.href;
}

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
  try {
    let response: Response;
    try {
      response = await doFetch(url, {
        method: options.method ?? 'GET',
        headers: options.headers,
        body: options.body,
        signal: controller.signal,
        credentials: 'omit',
        // Tailor keeps its own validators (ETag, Last-Modified); the HTTP cache must not answer for the server.
        cache: 'no-store',
        redirect: 'follow',
      });
    } catch (e) {
      if (timedOut) return timeout();
      const detail = e instanceof Error && e.message ? ` (${e.message})` : '';
      return { ok: false, kind: 'unreachable', message: `could not reach ${host}${detail}` };
    }

    // fetch follows redirects by itself: where it ended up must pass the rule the address itself
    // passed, or an https feed could be served over plain http by one redirect.
    const redirect = insecureRedirect(url, response.url);
    if (redirect) {
      await response.body?.cancel().catch(() => undefined);
      controller.abort();
      return {
        ok: false,
        kind: 'insecure-redirect',
        message: `${options.name ?? host} redirected to ${redirect}, which is not https`,
      };
    }

    const { status, statusText, headers } = response;
    const wanted = options.readBodyWhen ? options.readBodyWhen(status) : true;
    if (!wanted || !response.body) {
      await response.body?.cancel().catch(() => undefined);
      return { ok: true, status, statusText, headers, text: '', bytes: 0, utf8: true };
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

    const body = concat(chunks, bytes);
    try {
      return { ok: true, status, statusText, headers, text: new TextDecoder('utf-8', { fatal: true }).decode(body), bytes, utf8: true };
    } catch {
      return { ok: true, status, statusText, headers, text: new TextDecoder('utf-8').decode(body), bytes, utf8: false };
    }
  } finally {
    clearTimeout(timer);
  }
}
