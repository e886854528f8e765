// The rules for each setting, as messages a person can act on. The settings form shows them beside
// the field; values set by policy go through the same rules, so a typo in a policy is shown too.
import type { SettingKey, Settings } from './settings';
import { PARAM_NAME, RESERVED_PARAMS } from './share';
import { checkEndpointUrl } from './net/endpoint';
import { failureCause, type FailureFacts } from './net/failure';
import type { OutboxState } from './state/settings-table';

/** How many tracking parameters a team may add (Tailor sets utm_source, utm_medium and utm_campaign itself). */
export const MAX_TRACKING_PARAMS = 20;

export const LIMITS = {
  retentionDays: { min: 1, max: 3650 },
  feedIntervalMinutes: { min: 15, max: 1440 },
} as const;

export type SettingErrors = Partial<Record<SettingKey, string>>;

export interface ParamRow {
  name: string;
  value: string;
}

// Control characters would corrupt a header or a log line.
const CONTROL = /[\u0000-\u001f\u007f]/;

export function paramRows(params: Readonly<Record<string, string>>): ParamRow[] {
  return Object.entries(params).map(([name, value]) => ({ name, value }));
}

/** Checks the rows of the tracking parameter editor: one message per row that is wrong. */
export function checkParamRows(rows: readonly ParamRow[]): { rowErrors: (string | undefined)[]; error?: string; params: Record<string, string> } {
  const params: Record<string, string> = {};
  const seen = new Map<string, number>();
  const rowErrors = rows.map((row, i): string | undefined => {
    const name = row.name.trim();
    const value = row.value.trim();
    if (!name && !value) return undefined;
    if (!name) return 'give the parameter a name';
    if (!PARAM_NAME.test(name)) return `"${name}" is not a parameter name: use letters, digits, _ . and - (up to 64)`;
    if (RESERVED_PARAMS.has(name.toLowerCase()))
      return `${name} is set by Tailor on every link and cannot be overridden`;
    const first = seen.get(name.toLowerCase());
    if (first !== undefined) return `${name} is already in row ${first + 1}`;
    seen.set(name.toLowerCase(), i);
    if (!value) return `give ${name} a value`;
    if (value.length > 500) return 'the value is longer than 500 characters';
    if (CONTROL.test(value)) return 'the value contains a control character';
    params[name] = value;
    return undefined;
  });
  const error = seen.size > MAX_TRACKING_PARAMS ? `at most ${MAX_TRACKING_PARAMS} parameters` : undefined;
  return { rowErrors, ...(error ? { error } : {}), params };
}

function checkInteger(value: number, { min, max }: { min: number; max: number }, unit: string): string | undefined {
  if (!Number.isInteger(value)) return `a whole number of ${unit}`;
  if (value < min || value > max) return `between ${min} and ${max} ${unit}`;
  return undefined;
}

/** Every problem with a set of settings, by field. An empty object means they are all fine. */
export function validateSettings(s: Partial<Settings>): SettingErrors {
  const errors: SettingErrors = {};
  if (s.repId !== undefined) {
    if (s.repId.length > 200) errors.repId = 'at most 200 characters';
    else if (CONTROL.test(s.repId)) errors.repId = 'contains a control character';
  }
  if (s.trackingParams !== undefined) {
    const checked = checkParamRows(paramRows(s.trackingParams));
    const firstRow = checked.rowErrors.find((e) => e !== undefined);
    if (checked.error ?? firstRow) errors.trackingParams = checked.error ?? firstRow;
  }
  if (s.retentionDays !== undefined) {
    const e = checkInteger(s.retentionDays, LIMITS.retentionDays, 'days');
    if (e) errors.retentionDays = e;
  }
  if (s.feedUrl !== undefined && s.feedUrl.trim()) {
    const checked = checkEndpointUrl(s.feedUrl, 'the feed address');
    if (!checked.ok) errors.feedUrl = checked.message;
  }
  if (s.feedIntervalMinutes !== undefined) {
    const e = checkInteger(s.feedIntervalMinutes, LIMITS.feedIntervalMinutes, 'minutes');
    if (e) errors.feedIntervalMinutes = e;
  }
  if (s.collectorUrl !== undefined && s.collectorUrl.trim()) {
    const checked = checkEndpointUrl(s.collectorUrl, 'the collector address');
    if (!checked.ok) errors.collectorUrl = checked.message;
  }
  if (s.collectorWriteKey !== undefined && s.collectorWriteKey) {
    // Sent as a basic-auth user name: printable ASCII, and no colon (it separates user from password).
    if (!/^[\x21-\x7e]+$/.test(s.collectorWriteKey)) errors.collectorWriteKey = 'use printable ASCII characters, no spaces';
    else if (s.collectorWriteKey.includes(':')) errors.collectorWriteKey = 'a write key cannot contain ":"';
    else if (s.collectorWriteKey.length > 500) errors.collectorWriteKey = 'at most 500 characters';
  }
  if (s.teamInsightsUrl !== undefined && s.teamInsightsUrl.trim()) {
    const checked = checkEndpointUrl(s.teamInsightsUrl, 'the team figures address');
    if (!checked.ok) errors.teamInsightsUrl = checked.message;
  }
  if (s.hashSalt !== undefined) {
    if (s.hashSalt.length > 500) errors.hashSalt = 'at most 500 characters';
    else if (CONTROL.test(s.hashSalt)) errors.hashSalt = 'contains a control character';
  }
  return errors;
}

/** True when a collector is configured with an address Tailor will send to. */
export const collectorConfigured = (s: Pick<Settings, 'collectorUrl'>): boolean =>
  s.collectorUrl.trim() !== '' && checkEndpointUrl(s.collectorUrl).ok;

export const feedConfigured = (s: Pick<Settings, 'feedUrl'>): boolean =>
  s.feedUrl.trim() !== '' && checkEndpointUrl(s.feedUrl).ok;

export const teamInsightsConfigured = (s: Pick<Settings, 'teamInsightsUrl'>): boolean =>
  s.teamInsightsUrl.trim() !== '' && checkEndpointUrl(s.teamInsightsUrl).ok;

/** How the last attempt to reach a configured address went: its failure (what failureCause reads), or whether
 * anything has got through. */
export type LastAttempt = 'succeeded' | 'never' | { failed: FailureFacts };

/**
 * When to say Tailor has no permission for a configured address's site (the feed's, the team figures', the
 * collector's), and what: only while that could be why nothing arrives. A server that allows cross-origin
 * requests is reached without the permission, so beside one that works the note would only invite reps to
 * accept a prompt they do not need. 'failing' when the last attempt failed in the way a missing permission
 * makes it fail (failureCause: no answer at all, not a timeout, not offline), 'untried' when nothing has got
 * through yet; nothing while the last attempt is unknown.
 */
export function noAccessNote(hostAccess: boolean | undefined, last: LastAttempt | undefined): 'failing' | 'untried' | undefined {
  if (hostAccess !== false || last === undefined || last === 'succeeded') return undefined;
  if (last === 'never') return 'untried';
  return failureCause(last.failed, hostAccess) === 'permission' ? 'failing' : undefined;
}

/** What a subscription's card knows of its last checks (the feed's, the team figures'): the address they
 * were for, and how they went. */
export interface SyncOutcome {
  url: string;
  lastSuccessAt?: number;
  lastError?: FailureFacts;
}

/** The last check of a subscribed address: its failure, or whether one succeeded. Checks of another address, or none, are 'never'. */
export function lastSync(url: string, status: SyncOutcome | undefined): LastAttempt | undefined {
  const address = url.trim();
  if (!address) return undefined;
  const here = status?.url === address ? status : undefined;
  if (here?.lastError) return { failed: here.lastError };
  return here?.lastSuccessAt === undefined ? 'never' : 'succeeded';
}

/** The last delivery to a collector address: a failure there, or whether anything was delivered; unknown
 * while the outbox's state is. */
export function lastDelivery(url: string, state: Pick<OutboxState, 'sent' | 'lastError' | 'failingUrl'> | undefined): LastAttempt | undefined {
  if (!url.trim() || !state) return undefined;
  const href = (() => {
    try {
      return new URL(url.trim()).href;
    } catch {
      return undefined;
    }
  })();
  if (state.lastError && (state.failingUrl === undefined || state.failingUrl === href)) return { failed: state.lastError };
  return state.sent === 0 ? 'never' : 'succeeded';
}
