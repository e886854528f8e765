// The team library feed: a library pack at a URL the marketer publishes. Tailor fetches it (asking
// only for changes), checks the whole pack, and only then replaces the feed's part of the library in
// one transaction. Whatever goes wrong, the library stays as it was and the status says why.
import type { TailorDB } from '../db/db';
import { importPackIntoDb, type ImportSummary } from '../db/library';
import { TAXONOMY_KINDS, type AssetOrigin } from '../model';
import { decodeText } from '../pack/decode';
import { isEncodingWarning, readPack } from '../pack/pack';
import { MAX_LIBRARY_BYTES, describeProblem } from '../pack/problems';
import type { PeriodicFetchOptions } from '../net/fetch-limited';
import { failedStatus, fetchDocument, isSyncDue, sha256Hex, startAttempt, type DocumentWording, type PeriodicFetchError } from '../net/periodic-fetch';
import { feedStatus, sampleLibrary } from '../state/settings-table';
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

/** What went wrong: the check's own kinds (lib/net/periodic-fetch.ts), a pack that fails its rules, or the write. */
export type FeedErrorKind = PeriodicFetchError<'not-a-pack'>['kind'] | 'invalid' | 'storage';

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
  /**
   * One of them, when the pack's bytes were not UTF-8 and were read as Windows-1252, as the pack reader
   * words it: Settings shows it unfolded, since it is about every title in the pack.
   */
  encodingWarning?: string;
  /** The first of the others, as sentences (feed assets left out first: they change what a rep sees). */
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

/** The feed's status row (checked for its url; the rest is what syncFeed wrote). */
export const loadFeedStatus = (db: TailorDB): Promise<FeedStatus | undefined> => feedStatus.get(db) as Promise<FeedStatus | undefined>;

/** Is the feed due for a check? One interval after success; failures push the next attempt back. */
export const isFeedDue = isSyncDue;

const FEED_WORDING: DocumentWording<'not-a-pack'> = {
  address: 'the feed address',
  source: 'the feed',
  readable: 'the feed',
  expected: 'a library pack',
  syncNow: 'Sync now',
  notDocument: 'not-a-pack',
};

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
  const base = startAttempt(await loadFeedStatus(db), url, now);
  const intervalMs = (options.intervalMinutes ?? 60) * 60_000;

  const fail = async (error: Omit<FeedError, 'at'>): Promise<FeedSyncOutcome> => {
    const status = failedStatus(base, error, now, { baseMs: intervalMs, capMs: FEED_MAX_BACKOFF_MS, random: options.random });
    await feedStatus.set(db, status);
    return { result: 'failed', status };
  };
  const succeeded = (extra: Partial<FeedStatus>): FeedStatus => {
    const { lastError: _dropped, ...rest } = base;
    return { ...rest, ...extra, failures: 0, lastSuccessAt: now, nextAttemptAt: now + intervalMs };
  };

  const fetched = await fetchDocument(
    url,
    base,
    // Read as a pack file is read by the command line and the import: UTF-8, UTF-16, else Windows-1252 with a warning.
    { ...options, timeoutMs: options.timeoutMs ?? FEED_TIMEOUT_MS, maxBytes: options.maxBytes ?? MAX_LIBRARY_BYTES, decode: decodeText },
    FEED_WORDING,
  );
  if (fetched.outcome === 'failed') return fail(fetched.error);
  const { validators } = fetched;
  if (fetched.outcome === 'not-modified') {
    // Nothing to read, parse or write in the library: one small status row records the check.
    const status = { ...succeeded({}), ...validators };
    await feedStatus.set(db, status);
    return { result: 'not-modified', status };
  }

  // The same text in another encoding is another answer (its warning is not the same): UTF-8's hash is the text's alone.
  const contentHash = await sha256Hex(fetched.encoding === 'utf-8' ? fetched.text : `${fetched.encoding}\n${fetched.text}`);
  if (contentHash === base.contentHash) {
    const { etag: _e, lastModified: _l, ...rest } = succeeded({});
    const status: FeedStatus = { ...rest, ...validators };
    await feedStatus.set(db, status);
    return { result: 'unchanged', status };
  }

  const pack = readPack(fetched.text, { file: fetched.url.href, encoding: fetched.encoding });
  if (!pack.ok) {
    const shown = pack.errors.slice(0, 3).map(describeProblem).join('; ');
    const more = pack.errors.length > 3 ? ` (and ${pack.errors.length - 3} more problems)` : '';
    return fail({ kind: 'invalid', status: fetched.status, message: `the feed's pack is invalid: ${shown}${more}` });
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
      const encodingWarning = pack.warnings.find(isEncodingWarning)?.message;
      const others = pack.warnings.filter((w) => !isEncodingWarning(w)).map(describeProblem);
      const warningMessages = [...clashes, ...others].slice(0, FEED_MAX_WARNING_MESSAGES);
      const { etag: _e, lastModified: _l, encodingWarning: _c, warningMessages: _w, renamed: _r, ...rest } = succeeded({});
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
        ...(encodingWarning ? { encodingWarning } : {}),
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
