// The team figures by URL: the file `tailor insights` writes, published where the marketer's browser
// can read it. Tailor fetches it (asking only for changes), checks it whole, and only then swaps it
// in, in one write; whatever goes wrong, the last good figures stay and the status says why.
import type { TailorDB } from '../db/db';
import type { PeriodicFetchOptions } from '../net/fetch-limited';
import { failedStatus, fetchDocument, isSyncDue, sha256Hex, startAttempt, type DocumentWording } from '../net/periodic-fetch';
import { MAX_TEAM_FIGURES_BYTES, readTeamFigures } from './figures';
import { teamFigures, teamStatus } from '../state/settings-table';
import {
  describeProblems,
  loadTeamFigures,
  loadTeamStatus,
  type StoredTeamFigures,
  type TeamSyncError,
  type TeamSyncStatus,
} from './store';

export const TEAM_SYNC_TIMEOUT_MS = 30_000;
/** How often a subscribed URL is checked: `tailor insights` typically runs once a day. */
export const TEAM_SYNC_INTERVAL_MINUTES = 60;
/** Repeated failures wait longer, up to a day between attempts. */
export const TEAM_SYNC_MAX_BACKOFF_MS = 24 * 60 * 60_000;

export type TeamSyncResult = 'updated' | 'unchanged' | 'not-modified' | 'failed';

export interface TeamSyncOutcome {
  result: TeamSyncResult;
  status: TeamSyncStatus;
}

export type TeamSyncOptions = PeriodicFetchOptions;

/** Is the subscription due for a check? As the library feed: one interval after success, backoff after failure. */
export const isTeamSyncDue = isSyncDue;

const TEAM_WORDING: DocumentWording<'not-figures'> = {
  address: 'the team figures address',
  source: 'the team figures address',
  readable: 'the file',
  expected: 'the JSON `tailor insights` writes',
  syncNow: 'Sync figures now (Settings, Team figures)',
  notUtf8: 'the team figures file is not UTF-8 text',
  notDocument: 'not-figures',
};

/** Checks the team figures URL once and swaps in a new valid file. Every network read happens before the one write. */
export async function syncTeamFigures(db: TailorDB, url: string, options: TeamSyncOptions = {}): Promise<TeamSyncOutcome> {
  const now = (options.now ?? Date.now)();
  const base = startAttempt(await loadTeamStatus(db), url, now);
  const intervalMs = (options.intervalMinutes ?? TEAM_SYNC_INTERVAL_MINUTES) * 60_000;

  const fail = async (error: Omit<TeamSyncError, 'at'>): Promise<TeamSyncOutcome> => {
    const status = failedStatus(base, error, now, { baseMs: intervalMs, capMs: TEAM_SYNC_MAX_BACKOFF_MS, random: options.random });
    await teamStatus.set(db, status);
    return { result: 'failed', status };
  };
  const succeeded = (validators: Pick<TeamSyncStatus, 'etag' | 'lastModified'>, extra: Partial<TeamSyncStatus> = {}): TeamSyncStatus => {
    const { lastError: _dropped, etag: _e, lastModified: _l, ...rest } = base;
    return { ...rest, ...validators, ...extra, failures: 0, lastSuccessAt: now, nextAttemptAt: now + intervalMs };
  };

  const fetched = await fetchDocument(
    url,
    base,
    { ...options, timeoutMs: options.timeoutMs ?? TEAM_SYNC_TIMEOUT_MS, maxBytes: options.maxBytes ?? MAX_TEAM_FIGURES_BYTES },
    TEAM_WORDING,
  );
  if (fetched.outcome === 'failed') return fail(fetched.error);
  const { validators } = fetched;
  if (fetched.outcome === 'not-modified') {
    // Nothing to read, check or swap: one small status row records the check.
    const status = succeeded(validators);
    await teamStatus.set(db, status);
    return { result: 'not-modified', status };
  }

  const contentHash = await sha256Hex(fetched.text);
  const current = await loadTeamFigures(db);
  if (current && current.contentHash === contentHash && current.source.kind === 'url' && current.source.url === url) {
    const status = succeeded(validators);
    await teamStatus.set(db, status);
    return { result: 'unchanged', status };
  }

  const figures = readTeamFigures(fetched.text, fetched.url.href);
  if (!figures.ok)
    return fail({ kind: 'invalid', status: fetched.status, message: `the team figures file is invalid: ${describeProblems(figures.errors)}` });

  const stored: StoredTeamFigures = { figures: figures.figures, source: { kind: 'url', url }, loadedAt: now, contentHash };
  const status = succeeded(validators, { lastChangedAt: now });
  try {
    // The swap: the new figures and the status that names them, in one transaction.
    await db.transaction('rw', db.settings, async () => {
      await teamFigures.set(db, stored);
      await teamStatus.set(db, status);
    });
  } catch (e) {
    const detail = e instanceof Error ? e.message || e.name : String(e);
    return fail({ kind: 'storage', message: `the team figures could not be saved in this browser's database: ${detail}` });
  }
  return { result: 'updated', status };
}
