// Whether the rep has turned email on (Settings): kept in the extension's local storage so the mail
// page's script can see it turned off. The browser's permission for the mail sites is the other half.
import { MAIL_MATCHES } from './hosts';

export const MAIL_ENABLED_KEY = 'mail:enabled';

/** The permission request for the mail sites, as permissions.request/contains/remove take it. */
export const MAIL_PERMISSIONS = { origins: [...MAIL_MATCHES] };

export async function readMailEnabled(): Promise<boolean> {
  const stored = await browser.storage.local.get(MAIL_ENABLED_KEY);
  return stored[MAIL_ENABLED_KEY] === true;
}
