// Whether the rep has turned email on (Settings) is kept in local storage (mailEnabled in
// lib/state/items.ts), so the mail page's script can see it turned off. The browser's permission for the
// mail sites is the other half.
import { MAIL_MATCHES } from './hosts';

/** The permission request for the mail sites, as permissions.request/contains/remove take it. */
export const MAIL_PERMISSIONS = { origins: [...MAIL_MATCHES] };

