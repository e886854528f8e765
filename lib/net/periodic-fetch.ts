// A document Tailor checks at an address on a schedule (the team library feed, the team figures file).
// Both syncs do the same before their own checks: one conditional GET (If-None-Match and
// If-Modified-Since from the last good answer), the answer sorted into "failed", "not modified" or a
// body to check, failures worded for whoever set the address, and the same status arithmetic (when the
// next check is due, how failures push it back). What each does with the body (check it whole, then
// swap it in in one write, keeping the last good one otherwise) stays with it.
import { backoffDelay, type BackoffOptions } from './backoff';
import { checkEndpointUrl } from './endpoint';
import { failureCause } from './failure';
import { fetchLimited, type FetchFailureKind, type PeriodicFetchOptions } from './fetch-limited';

/** What every periodic sync's status row holds. */
export interface PeriodicStatus {
  url: string;
  etag?: string;
  lastModified?: string;
  lastAttemptAt?: number;
  failures: number;
  lastError?: { kind: string; message: string; at: number; status?: number };
  nextAttemptAt?: number;
}

/** The validators of the last good answer, sent back to ask only for a change. */
export interface Validators {
  etag?: string;
  lastModified?: string;
}

/** How a document is named in what Settings says when a check fails. */
export interface DocumentWording<K extends string> {
  /** The address, when it is not one Tailor may fetch: "the feed address". */
  address: string;
  /** What answers: "the feed" (in "the feed answered HTTP 404", "the feed returned a web page"). */
  source: string;
  /** What must be readable without signing in, on HTTP 401 and 403: "the feed". */
  readable: string;
  /** What a web page came instead of: "a library pack". */
  expected: string;
  /** The button to sync by hand and allow access, when the browser blocked a cross-origin read: "Sync now". */
  syncNow: string;
  /** The sentence when the body is not UTF-8 and no decoder reads other encodings ("<source> is not UTF-8 text" if not given). */
  notUtf8?: string;
  /** The error kind for a web page or a body that is not UTF-8. */
  notDocument: K;
}

export type PeriodicFetchError<K extends string> = { kind: 'config' | 'http' | FetchFailureKind | K; message: string; status?: number };

export type FetchedDocument<K extends string, E extends string = 'utf-8'> =
  | { outcome: 'failed'; error: PeriodicFetchError<K> }
  | { outcome: 'not-modified'; validators: Validators }
  | { outcome: 'fetched'; status: number; text: string; encoding: E; validators: Validators; url: URL };

/** A body's bytes as text, and the encoding they were read in. */
export interface DecodedBody<E extends string> {
  text: string;
  encoding: E;
}

/** Reads a body's bytes, given the charset label its Content-Type declares, if any. */
export type BodyDecoder<E extends string> = (bytes: Uint8Array, declaredCharset: string | undefined) => DecodedBody<E>;

export interface DocumentFetchOptions<E extends string = 'utf-8'> extends PeriodicFetchOptions {
  timeoutMs: number;
  maxBytes: number;
  /** How the body's bytes become text. Without one, only UTF-8 is read: other bytes fail with the wording's notUtf8. */
  decode?: BodyDecoder<E>;
}

/** A body that is UTF-8, as text (a byte-order mark taken off); undefined when it is not. */
function utf8Body<E extends string>(bytes: Uint8Array): DecodedBody<E> | undefined {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' as E };
  } catch {
    return undefined;
  }
}

/** The charset parameter of a Content-Type header ("text/plain; charset=\"ISO-8859-1\"" gives "ISO-8859-1"). */
export function declaredCharset(contentType: string | null): string | undefined {
  return contentType?.match(/;\s*charset\s*=\s*(?:"([^"]*)"|([^;\s]*))/i)?.slice(1).find((v) => v) ?? undefined;
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 410: 'Gone',
  429: 'Too Many Requests', 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

export function httpStatusLabel(status: number, statusText?: string): string {
  const text = statusText || STATUS_TEXT[status];
  return text ? `HTTP ${status} (${text})` : `HTTP ${status}`;
}

function httpAdvice(status: number, readable: string): string {
  if (status === 401 || status === 403) return `: ${readable} must be readable without signing in`;
  if (status === 404 || status === 410) return ': check the address';
  if (status >= 500) return ': the server has a problem';
  return '';
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Is the document due for a check? Success waits one interval; a failure pushes the next attempt back.
 * The slack lets an alarm that fires a moment early still count.
 */
export function isSyncDue(status: PeriodicStatus | undefined, url: string, now: number, slackMs = 60_000): boolean {
  if (!status || status.url !== url) return true;
  return status.nextAttemptAt === undefined || now >= status.nextAttemptAt - slackMs;
}

/** The status an attempt starts from: the last one for this address, or a fresh one when the address changed. */
export function startAttempt<S extends PeriodicStatus>(previous: S | undefined, url: string, now: number): S {
  const base = (previous && previous.url === url ? { ...previous } : { url, failures: 0 }) as S;
  base.lastAttemptAt = now;
  return base;
}

/** One more failure: its error, and the next attempt pushed back by the backoff. */
export function failedStatus<S extends PeriodicStatus>(base: S, error: Omit<NonNullable<S['lastError']>, 'at'>, now: number, backoff: BackoffOptions): S {
  const failures = base.failures + 1;
  return { ...base, failures, lastError: { ...error, at: now }, nextAttemptAt: now + backoffDelay(failures, backoff) };
}

/**
 * Fetches the document once, asking only for a change when Tailor may send the validators (with host
 * access: without it the browser applies CORS, and a plain GET is what most servers allow). A body
 * comes back only when it is a 2xx answer that is not a web page, in UTF-8 or what the decoder reads.
 */
export async function fetchDocument<K extends string, E extends string = 'utf-8'>(
  url: string,
  last: Validators,
  options: DocumentFetchOptions<E>,
  wording: DocumentWording<K>,
): Promise<FetchedDocument<K, E>> {
  const failed = (error: PeriodicFetchError<K>): FetchedDocument<K, E> => ({ outcome: 'failed', error });
  const checked = checkEndpointUrl(url, wording.address);
  if (!checked.ok) return failed({ kind: 'config', message: checked.message });

  const conditional = options.hostAccess !== false;
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (conditional && last.etag) headers['If-None-Match'] = last.etag;
  if (conditional && last.lastModified) headers['If-Modified-Since'] = last.lastModified;

  const response = await fetchLimited(checked.url.href, {
    headers,
    timeoutMs: options.timeoutMs,
    maxBytes: options.maxBytes,
    readBodyWhen: (status) => status >= 200 && status < 300,
    fetch: options.fetch,
    name: wording.source,
  });
  if (!response.ok) {
    const noAccess =
      failureCause(response, options.hostAccess) === 'permission'
        ? `. Tailor has no permission for ${checked.url.origin} and the server does not allow cross-origin requests: choose ${wording.syncNow} and allow access, or have the server send Access-Control-Allow-Origin`
        : '';
    return failed({ kind: response.kind, message: `${response.message}${noAccess}`, ...(response.status !== undefined ? { status: response.status } : {}) });
  }
  const validators: Validators = {
    ...(response.headers.get('etag') ? { etag: response.headers.get('etag')! } : {}),
    ...(response.headers.get('last-modified') ? { lastModified: response.headers.get('last-modified')! } : {}),
  };
  if (response.status === 304) return { outcome: 'not-modified', validators };
  if (response.status < 200 || response.status >= 300)
    return failed({
      kind: 'http',
      status: response.status,
      message: `${wording.source} answered ${httpStatusLabel(response.status, response.statusText)}${httpAdvice(response.status, wording.readable)}`,
    });

  const contentType = (response.headers.get('content-type') ?? '').toLowerCase();
  // The body is read as text once: by the caller's decoder (the feed's decodeText), else as UTF-8 alone.
  const decoded: DecodedBody<E> | undefined = options.decode ? options.decode(response.body, declaredCharset(contentType)) : utf8Body<E>(response.body);
  // Bytes that are not UTF-8 are read again, with replacement characters, only to tell a web page apart.
  if (contentType.includes('html') || (decoded?.text ?? new TextDecoder().decode(response.body)).trimStart().startsWith('<'))
    return failed({
      kind: wording.notDocument,
      status: response.status,
      message: `${wording.source} returned a web page${contentType ? ` (${contentType.split(';')[0]})` : ''}, not ${wording.expected}: check the address, or whether the server shows a sign-in page`,
    });
  if (!decoded) return failed({ kind: wording.notDocument, status: response.status, message: wording.notUtf8 ?? `${wording.source} is not UTF-8 text` });
  return { outcome: 'fetched', status: response.status, text: decoded.text, encoding: decoded.encoding, validators, url: checked.url };
}
