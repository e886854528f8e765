// Whether the rep has turned email on (Settings) is kept in local storage (mailEnabled in
// lib/state/local.ts), so the mail page's script can see it turned off. The browser's permission for the
// mail sites is the second half, and the organisation's policy (`emailAllowed`, false to forbid) the third.
import { isMailPage, MAIL_MATCHES } from './hosts';

/** The permission request for the mail sites, as permissions.request/contains/remove take it. */
export const MAIL_PERMISSIONS = { origins: [...MAIL_MATCHES] };

/** Email is on only when the organisation allows it, the rep turned it on and the browser granted the sites. */
export function mailIsOn(state: { allowedByPolicy: boolean; enabledByRep: boolean; permitted: boolean }): boolean {
  return state.allowedByPolicy && state.enabledByRep && state.permitted;
}

/** Why the rep cannot turn email on, when the organisation forbids it (shown beside the locked toggle). */
export const MAIL_FORBIDDEN_REASON = 'Your organisation has turned email off: Tailor does not read mail pages.';

/** "here": the page is Gmail or Outlook on the web; "maybe": the browser does not show Tailor which page it is. */
export type EmailOffHint = 'here' | 'maybe';

/**
 * Whether the panel says that email can be turned on. Never while email is on or forbidden, nor once the
 * rep said "Not now" to it (`dismissed`, kept in the settings table: emailHintDismissed). The browser shows
 * Tailor a tab's address only on sites Tailor holds (the CRM pages, the mail sites once allowed; in Firefox
 * also the tab whose toolbar button opened the sidebar). On a mail site it says it can help there. A page
 * whose address is hidden may be a mail site, but is most often not (it is any page of any other site): the
 * hint is put as a question there, and only where the panel has nothing else to show (`prospectShown`
 * false: no record, no prospect described by hand), so it is not said on every page a rep opens.
 */
export function emailOffHint(state: { url: string | undefined; on: boolean; allowedByPolicy: boolean; dismissed: boolean; prospectShown: boolean }): EmailOffHint | undefined {
  if (state.on || !state.allowedByPolicy || state.dismissed) return undefined;
  if (!state.url) return state.prospectShown ? undefined : 'maybe';
  return isMailPage(state.url) ? 'here' : undefined;
}
