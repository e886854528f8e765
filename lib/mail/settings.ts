// Whether the rep has turned email on (Settings) is kept in local storage (mailEnabled in
// lib/state/local.ts), so the mail page's script can see it turned off. The browser's permission for the
// mail sites is the second half, and the organisation's policy (`emailAllowed`, false to forbid) the third.
import { MAIL_MATCHES } from './hosts';

/** The permission request for the mail sites, as permissions.request/contains/remove take it. */
export const MAIL_PERMISSIONS = { origins: [...MAIL_MATCHES] };

/** Email is on only when the organisation allows it, the rep turned it on and the browser granted the sites. */
export function mailIsOn(state: { allowedByPolicy: boolean; enabledByRep: boolean; permitted: boolean }): boolean {
  return state.allowedByPolicy && state.enabledByRep && state.permitted;
}

/** Why the rep cannot turn email on, when the organisation forbids it (shown beside the locked toggle). */
export const MAIL_FORBIDDEN_REASON = 'Your organisation has turned email off: Tailor does not read mail pages.';
