// When to try a failing endpoint again: exponential backoff with jitter, so a thousand browsers that
// lost the same server do not come back to it in the same second, and the server's own Retry-After.

export interface BackoffOptions {
  baseMs: number;
  capMs: number;
  /** A number in [0, 1); Math.random unless a test fixes it. */
  random?: () => number;
}

/**
 * The wait before attempt `failures + 1`: base × 2^(failures − 1), capped, then "equal jitter"
 * (half fixed, half random), so it never collapses to zero yet never synchronises either.
 */
export function backoffDelay(failures: number, options: BackoffOptions): number {
  const random = options.random ?? Math.random;
  const exponent = Math.max(0, Math.min(failures - 1, 30));
  const ceiling = Math.min(options.capMs, options.baseMs * 2 ** exponent);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/** Retry-After as milliseconds from `now`: delay-seconds or an HTTP date. Undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (!value) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}

/** The wait after a failure: the server's Retry-After when it asks for longer than backoff, within `maxMs`. */
export function retryDelay(
  failures: number,
  retryAfterMs: number | undefined,
  options: BackoffOptions & { maxMs: number },
): number {
  const backoff = backoffDelay(failures, options);
  return Math.min(options.maxMs, Math.max(backoff, retryAfterMs ?? 0));
}
