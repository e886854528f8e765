// Where the Team view's figures live: one row of the settings store holds the last good team figures
// file, replaced in one write only after a new one validated (so a broken file never shows, and
// never loses the one before it). A second row holds how the subscription by URL is going.
import type { TailorDB } from '../db/db';
import { sha256Hex, type PeriodicFetchError } from '../net/periodic-fetch';
import { describeProblem, formatBytes, type Problem } from '../pack/problems';
import { teamFigures, teamStatus } from '../state/settings-table';
import { MAX_TEAM_FIGURES_BYTES, readTeamFigures, type TeamFigures } from './figures';

export type TeamFiguresSource = { kind: 'file'; name: string } | { kind: 'url'; url: string };

/** The figures the Team view shows, and where they came from. */
export interface StoredTeamFigures {
  figures: TeamFigures;
  source: TeamFiguresSource;
  /** When this browser took them in. */
  loadedAt: number;
  /** SHA-256 of the file's text: the same bytes again are neither parsed nor written. */
  contentHash: string;
}

/** What went wrong: the check's own kinds (lib/net/periodic-fetch.ts), a file that fails its rules, or the write. */
export type TeamSyncErrorKind = PeriodicFetchError<'not-figures'>['kind'] | 'invalid' | 'storage';

export interface TeamSyncError {
  kind: TeamSyncErrorKind;
  message: string;
  at: number;
  status?: number;
}

/** How the subscription to the team figures URL is going; one row, replaced when the URL changes. */
export interface TeamSyncStatus {
  url: string;
  etag?: string;
  lastModified?: string;
  lastAttemptAt?: number;
  /** The last time the URL answered with valid figures or "not modified". */
  lastSuccessAt?: number;
  /** The last time the URL changed the figures. */
  lastChangedAt?: number;
  failures: number;
  lastError?: TeamSyncError;
  nextAttemptAt?: number;
}

// The rows as their items check them (figures and source objects; a status's url); the rest is what this
// module and ./sync.ts wrote.
export const loadTeamFigures = (db: TailorDB): Promise<StoredTeamFigures | undefined> => teamFigures.get(db) as Promise<StoredTeamFigures | undefined>;

export const loadTeamStatus = (db: TailorDB): Promise<TeamSyncStatus | undefined> => teamStatus.get(db) as Promise<TeamSyncStatus | undefined>;

/** At most `max` problems as one sentence, and how many more there were. */
export function describeProblems(problems: readonly Problem[], max = 3): string {
  const shown = problems.slice(0, max).map(describeProblem).join('; ');
  return problems.length > max ? `${shown} (and ${problems.length - max} more problems)` : shown;
}

export type OpenTeamFileResult = { ok: true; stored: StoredTeamFigures } | { ok: false; errors: Problem[] };

/**
 * Takes in a team figures file opened from disk. It replaces the figures shown only when valid; the
 * subscription's validators are dropped, so the next check of a subscribed URL fetches its file whole
 * and the URL (set by the marketer or by policy) takes over again.
 */
export async function openTeamFiguresFile(db: TailorDB, text: string, name: string, now = Date.now()): Promise<OpenTeamFileResult> {
  const bytes = new TextEncoder().encode(text).byteLength;
  if (bytes > MAX_TEAM_FIGURES_BYTES)
    return {
      ok: false,
      errors: [{ file: name, where: '(file)', message: `the file is ${formatBytes(bytes)}; Tailor reads team figures up to ${formatBytes(MAX_TEAM_FIGURES_BYTES)}` }],
    };
  const checked = readTeamFigures(text, name);
  if (!checked.ok) return checked;
  const stored: StoredTeamFigures = { figures: checked.figures, source: { kind: 'file', name }, loadedAt: now, contentHash: await sha256Hex(text) };
  await db.transaction('rw', db.settings, async () => {
    await teamFigures.set(db, stored);
    const status = await loadTeamStatus(db);
    if (status) {
      const { etag: _e, lastModified: _l, ...rest } = status;
      await teamStatus.set(db, rest);
    }
  });
  return { ok: true, stored };
}
