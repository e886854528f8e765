// The team library feed: a library pack at a URL the marketer publishes. Tailor fetches it (asking
// only for changes), checks the whole pack, and only then replaces the feed's part of the library in
// one transaction. Whatever goes wrong, the library stays as it was and the status says why.
import type { TailorDB } from '../db/db';
import { importPackIntoDb, type ImportSummary } from '../db/library';
import { TAXONOMY_KINDS, type AssetOrigin } from '../model';
import { readPack } from '../pack/pack';
import { MAX_LIBRARY_BYTES, describeProblem } from '../pack/problems';
import { feedStatus, sampleLibrary } from '../state/settings-table';
import { backoffDelay } from '../teams/backoff';
import { checkEndpointUrl } from '../teams/endpoint';
import { fetchLimited, type PeriodicFetchOptions } from '../teams/fetch-limited';
import { carryOverRenames, detectRenames, type TaxonomyRename } from './renames';

export const FEED_TIMEOUT_MS = 30_000;
/** Repeated failures wait longer, up to a day between attempts. */
export const FEED_MAX_BACKOFF_MS = 24 * 60 * 60_000;
/** The feed status keeps this many warning sentences; the count covers the rest. */
export const FEED_MAX_WARNING_MESSAGES = 20;
/**
 * The assets a feed may match and update: its own, and a pack's (the sample library, or one the
 * marketer imported), which it updates rather than duplicates. A rep's own ('local') assets are never
 * matched: they stay as the rep made them.
 */
export const FEED_MATCH_ORIGINS: AssetOrigin[] = ['feed', 'pack'];

export type FeedErrorKind =
  | 'config'
  | 'unreachable'
  | 'timeout'
  | 'http'
  | 'too-big'
  | 'truncated'
  | 'insecure-redirect'
  | 'redirect'
  | 'storage'
  | 'not-a-pack'
  | 'invalid';

export interface FeedError {
  kind: FeedErrorKind;
  message: string;
  at: number;
  status?: number;
}

/** What Tailor knows about the feed it is subscribed to; one row, replaced when the URL changes. */
export interface FeedStatus {
  url: string;
  etag?: string;
  lastModified?: string;
  /** SHA-256 of the last pack applied: the same bytes again are neither parsed nor written. */
  contentHash?: string;
  lastAttemptAt?: number;
  /** The last time the feed answered with a usable pack or "not modified". */
  lastSuccessAt?: number;
  /** The last time the feed changed the library. */
  lastChangedAt?: number;
  pack?: { name?: string; updatedAt?: string; assets: number };
  summary?: ImportSummary;
  /** How many warnings the last pack applied gave: the pack's own, and feed assets left out. */
  warnings?: number;
  /** The first of those warnings, as sentences (feed assets left out first: they change what a rep sees). */
  warningMessages?: string[];
  /** Taxonomy ids the last pack applied renamed (same label, new id), which Tailor carried over. */
  renamed?: TaxonomyRename[];
  /** Consecutive failed attempts. */
  failures: number;
  lastError?: FeedError;
  nextAttemptAt?: number;
}

export type FeedSyncResult = 'updated' | 'unchanged' | 'not-modified' | 'failed';

export interface FeedSyncOutcome {
  result: FeedSyncResult;
  status: FeedStatus;
}

export type FeedSyncOptions = PeriodicFetchOptions;

export const loadFeedStatus = (db: TailorDB): Promise<FeedStatus | undefined> => feedStatus.get(db);

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
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

function httpAdvice(status: number): string {
  if (status === 401 || status === 403) return ': the feed must be readable without signing in';
  if (status === 404 || status === 410) return ': check the address';
  if (status >= 500) return ': the server has a problem';
  return '';
}

/**
 * Is the feed due for a check? Success waits one interval; a failure pushes the next attempt back.
 * The slack lets an alarm that fires a moment early still count.
 */
export function isFeedDue(status: FeedStatus | undefined, url: string, now: number, slackMs = 60_000): boolean {
  if (!status || status.url !== url) return true;
  return status.nextAttemptAt === undefined || now >= status.nextAttemptAt - slackMs;
}

/**
 * Removes the bundled sample library when a team feed first fills the library: a rep subscribed to
 * their team's content should not see a fictional vendor's. Only the untouched seed goes (its assets
 * carry the seeding time), and only once. Runs inside the caller's transaction.
 */
async function retireSampleLibrary(db: TailorDB, now: number): Promise<number> {
  const value = await sampleLibrary.get(db);
  if (!value || value.name === undefined || value.at === undefined || value.retiredAt !== undefined) return 0;
  const sample = await db.assets.where('origin').equals('pack').filter((a) => a.addedAt === value.at).primaryKeys();
  await db.assets.bulkDelete(sample);
  const survivors = await db.assets.toArray();
  const inUse = new Set(survivors.flatMap((a) => TAXONOMY_KINDS.flatMap((k) => a[k].map((id) => `${k}:${id}`))));
  const unused = (await db.taxonomy.toArray()).filter((r) => r.origin === 'pack' && !inUse.has(`${r.kind}:${r.id}`));
  await db.taxonomy.bulkDelete(unused.map((r): [typeof r.kind, string] => [r.kind, r.id]));
  await sampleLibrary.set(db, { ...value, retiredAt: now });
  return sample.length;
}

/**
 * Checks the feed once and applies a new pack. Every network read happens before the one write
 * transaction opens (an await on fetch inside it would let IndexedDB commit half of it).
 */
export async function syncFeed(db: TailorDB, url: string, options: FeedSyncOptions = {}): Promise<FeedSyncOutcome> {
  const now = (options.now ?? Date.now)();
  const previous = await loadFeedStatus(db);
  const base: FeedStatus = previous && previous.url === url ? { ...previous } : { url, failures: 0 };
  base.lastAttemptAt = now;
  const intervalMs = (options.intervalMinutes ?? 60) * 60_000;

  const fail = async (error: Omit<FeedError, 'at'>): Promise<FeedSyncOutcome> => {
    const failures = base.failures + 1;
    const status: FeedStatus = {
      ...base,
      failures,
      lastError: { ...error, at: now },
      nextAttemptAt: now + backoffDelay(failures, { baseMs: intervalMs, capMs: FEED_MAX_BACKOFF_MS, random: options.random }),
    };
    await feedStatus.set(db, status);
    return { result: 'failed', status };
  };
  const succeeded = (extra: Partial<FeedStatus>): FeedStatus => {
    const { lastError: _dropped, ...rest } = base;
    return { ...rest, ...extra, failures: 0, lastSuccessAt: now, nextAttemptAt: now + intervalMs };
  };

  const checked = checkEndpointUrl(url, 'the feed address');
  if (!checked.ok) return fail({ kind: 'config', message: checked.message });

  const conditional = options.hostAccess !== false;
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (conditional && base.etag) headers['If-None-Match'] = base.etag;
  if (conditional && base.lastModified) headers['If-Modified-Since'] = base.lastModified;

  const maxBytes = options.maxBytes ?? MAX_LIBRARY_BYTES;
  const response = await fetchLimited(checked.url.href, {
    headers,
    timeoutMs: options.timeoutMs ?? FEED_TIMEOUT_MS,
    maxBytes,
    readBodyWhen: (status) => status >= 200 && status < 300,
    fetch: options.fetch,
    name: 'the feed',
  });
  if (!response.ok) {
    const noAccess =
      response.kind === 'unreachable' && options.hostAccess === false
        ? `. Tailor has no permission for ${checked.url.origin} and the server does not allow cross-origin requests: choose Sync now and allow access, or have the server send Access-Control-Allow-Origin`
        : '';
    return fail({
      kind: response.kind,
      message: `${response.message}${noAccess}`,
      ...(response.status !== undefined ? { status: response.status } : {}),
    });
  }
  const validators = {
    ...(response.headers.get('etag') ? { etag: response.headers.get('etag')! } : {}),
    ...(response.headers.get('last-modified') ? { lastModified: response.headers.get('last-modified')! } : {}),
  };
  if (response.status === 304) {
    // Nothing to read, parse or write in the library: one small status row records the check.
    const status = { ...succeeded({}), ...validators };
    await feedStatus.set(db, status);
    return { result: 'not-modified', status };
  }
  if (response.status < 200 || response.status >= 300)
    return fail({
      kind: 'http',
      status: response.status,
      message: `the feed answered ${httpStatusLabel(response.status, response.statusText)}${httpAdvice(response.status)}`,
    });

  const contentType = (response.headers.get('content-type') ?? '').toLowerCase();
  const firstChar = response.text.trimStart().charAt(0);
  if (contentType.includes('html') || firstChar === '<')
    return fail({
      kind: 'not-a-pack',
      status: response.status,
      message: `the feed returned a web page${contentType ? ` (${contentType.split(';')[0]})` : ''}, not a library pack: check the address, or whether the server shows a sign-in page`,
    });
  if (!response.utf8)
    return fail({ kind: 'not-a-pack', status: response.status, message: 'the feed is not UTF-8 text: save the pack as UTF-8 JSON' });

  const contentHash = await sha256Hex(response.text);
  if (contentHash === base.contentHash) {
    const { etag: _e, lastModified: _l, ...rest } = succeeded({});
    const status: FeedStatus = { ...rest, ...validators };
    await feedStatus.set(db, status);
    return { result: 'unchanged', status };
  }

  const pack = readPack(response.text, { file: checked.url.href });
  if (!pack.ok) {
    const shown = pack.errors.slice(0, 3).map(describeProblem).join('; ');
    const more = pack.errors.length > 3 ? ` (and ${pack.errors.length - 3} more problems)` : '';
    return fail({ kind: 'invalid', status: response.status, message: `the feed's pack is invalid: ${shown}${more}` });
  }

  try {
    return await db.transaction('rw', [db.assets, db.taxonomy, db.settings, db.corrections], async () => {
      await retireSampleLibrary(db, now);
      // Before the import: the rep's assets then no longer use the old ids, which go with the pack.
      const renames = detectRenames(await db.taxonomy.toArray(), pack.value);
      await carryOverRenames(db, renames);
      const summary = await importPackIntoDb(db, pack.value, { mode: 'replace', origin: 'feed', matchOrigins: FEED_MATCH_ORIGINS, now });
      const clashes = (summary.clashes ?? []).map(
        (c) =>
          `the feed's asset "${c.title}" was not imported: its id "${c.id}" is the id of your own asset "${c.kept}", which Tailor keeps as you made it`,
      );
      const warningMessages = [...clashes, ...pack.warnings.map(describeProblem)].slice(0, FEED_MAX_WARNING_MESSAGES);
      const { etag: _e, lastModified: _l, warningMessages: _w, renamed: _r, ...rest } = succeeded({});
      const status: FeedStatus = {
        ...rest,
        ...validators,
        contentHash,
        lastChangedAt: now,
        pack: {
          ...(pack.value.name ? { name: pack.value.name } : {}),
          ...(pack.value.updatedAt ? { updatedAt: pack.value.updatedAt } : {}),
          assets: pack.value.assets.length,
        },
        summary,
        warnings: clashes.length + pack.warnings.length,
        ...(renames.length > 0 ? { renamed: renames } : {}),
        ...(warningMessages.length > 0 ? { warningMessages } : {}),
      };
      await feedStatus.set(db, status);
      return { result: 'updated' as const, status };
    });
  } catch (e) {
    // The transaction rolled back whole (IndexedDB aborts it on any error): the library is as it was.
    return fail({ kind: 'storage', message: `the feed's pack could not be saved in this browser's database: ${storageDetail(e)}` });
  }
}

function storageDetail(e: unknown): string {
  const name = e instanceof Error ? e.name : '';
  const message = e instanceof Error ? e.message : String(e);
  const quota = /quota/i.test(name) || /quota/i.test(message);
  const detail = message || name || 'unknown error';
  return quota ? `${detail} (the browser's storage is full: free some space and sync again)` : detail;
}
