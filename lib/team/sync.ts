// The team figures by URL: the file `tailor insights` writes, published where the marketer's browser
// can read it. Tailor fetches it (asking only for changes), checks it whole, and only then swaps it
// in, in one write; whatever goes wrong, the last good figures stay and the status says why.
import type { TailorDB } from '../db/db';
import { httpStatusLabel } from '../feed/sync';
import { backoffDelay } from '../teams/backoff';
import { checkEndpointUrl } from '../teams/endpoint';
import { fetchLimited, type PeriodicFetchOptions } from '../teams/fetch-limited';
import { MAX_TEAM_FIGURES_BYTES, readTeamFigures } from './figures';
import { teamFigures, teamStatus } from '../state/settings-table';
import {
  describeProblems,
  loadTeamFigures,
  loadTeamStatus,
  sha256Hex,
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
export function isTeamSyncDue(status: TeamSyncStatus | undefined, url: string, now: number, slackMs = 60_000): boolean {
  if (!status || status.url !== url) return true;
  return status.nextAttemptAt === undefined || now >= status.nextAttemptAt - slackMs;
}

function httpAdvice(status: number): string {
  if (status === 401 || status === 403) return ': the file must be readable without signing in';
  if (status === 404 || status === 410) return ': check the address';
  if (status >= 500) return ': the server has a problem';
  return '';
}

/** Checks the team figures URL once and swaps in a new valid file. Every network read happens before the one write. */
export async function syncTeamFigures(db: TailorDB, url: string, options: TeamSyncOptions = {}): Promise<TeamSyncOutcome> {
  const now = (options.now ?? Date.now)();
  const previous = await loadTeamStatus(db);
  const base: TeamSyncStatus = previous && previous.url === url ? { ...previous } : { url, failures: 0 };
  base.lastAttemptAt = now;
  const intervalMs = (options.intervalMinutes ?? TEAM_SYNC_INTERVAL_MINUTES) * 60_000;

  const fail = async (error: Omit<TeamSyncError, 'at'>): Promise<TeamSyncOutcome> => {
    const failures = base.failures + 1;
    const status: TeamSyncStatus = {
      ...base,
      failures,
      lastError: { ...error, at: now },
      nextAttemptAt: now + backoffDelay(failures, { baseMs: intervalMs, capMs: TEAM_SYNC_MAX_BACKOFF_MS, random: options.random }),
    };
    await teamStatus.set(db, status);
    return { result: 'failed', status };
  };
  const succeeded = (validators: Pick<TeamSyncStatus, 'etag' | 'lastModified'>, extra: Partial<TeamSyncStatus> = {}): TeamSyncStatus => {
    const { lastError: _dropped, etag: _e, lastModified: _l, ...rest } = base;
    return { ...rest, ...validators, ...extra, failures: 0, lastSuccessAt: now, nextAttemptAt: now + intervalMs };
  };

  const checked = checkEndpointUrl(url, 'the team figures address');
  if (!checked.ok) return fail({ kind: 'config', message: checked.message });

  const conditional = options.hostAccess !== false;
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (conditional && base.etag) headers['If-None-Match'] = base.etag;
  if (conditional && base.lastModified) headers['If-Modified-Since'] = base.lastModified;

  const response = await fetchLimited(checked.url.href, {
    headers,
    timeoutMs: options.timeoutMs ?? TEAM_SYNC_TIMEOUT_MS,
    maxBytes: options.maxBytes ?? MAX_TEAM_FIGURES_BYTES,
    readBodyWhen: (status) => status >= 200 && status < 300,
    fetch: options.fetch,
    name: 'the team figures address',
  });
  if (!response.ok) {
    const noAccess =
      response.kind === 'unreachable' && options.hostAccess === false
        ? `. Tailor has no permission for ${checked.url.origin} and the server does not allow cross-origin requests: choose Sync figures now (Settings, Team figures) and allow access, or have the server send Access-Control-Allow-Origin`
        : '';
    return fail({ kind: response.kind, message: `${response.message}${noAccess}`, ...(response.status !== undefined ? { status: response.status } : {}) });
  }
  const validators = {
    ...(response.headers.get('etag') ? { etag: response.headers.get('etag')! } : {}),
    ...(response.headers.get('last-modified') ? { lastModified: response.headers.get('last-modified')! } : {}),
  };
  if (response.status === 304) {
    // Nothing to read, check or swap: one small status row records the check.
    const status = succeeded(validators);
    await teamStatus.set(db, status);
    return { result: 'not-modified', status };
  }
  if (response.status < 200 || response.status >= 300)
    return fail({
      kind: 'http',
      status: response.status,
      message: `the team figures address answered ${httpStatusLabel(response.status, response.statusText)}${httpAdvice(response.status)}`,
    });

  const contentType = (response.headers.get('content-type') ?? '').toLowerCase();
  if (contentType.includes('html') || response.text.trimStart().startsWith('<'))
    return fail({
      kind: 'not-figures',
      status: response.status,
      message: `the team figures address returned a web page${contentType ? ` (${contentType.split(';')[0]})` : ''}, not the JSON \`tailor insights\` writes: check the address, or whether the server shows a sign-in page`,
    });
  if (!response.utf8)
    return fail({ kind: 'not-figures', status: response.status, message: 'the team figures file is not UTF-8 text' });

  const contentHash = await sha256Hex(response.text);
  const current = await loadTeamFigures(db);
  if (current && current.contentHash === contentHash && current.source.kind === 'url' && current.source.url === url) {
    const status = succeeded(validators);
    await teamStatus.set(db, status);
    return { result: 'unchanged', status };
  }

  const figures = readTeamFigures(response.text, checked.url.href);
  if (!figures.ok)
    return fail({ kind: 'invalid', status: response.status, message: `the team figures file is invalid: ${describeProblems(figures.errors)}` });

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
