// The webmail sites Tailor can read a compose on, as browser match patterns. Nothing here is installed:
// the rep turns email on in Settings, the browser asks for these sites then, and only then does the
// background register the mail content script for them.
export const MAIL_MATCHES = [
  'https://mail.google.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.live.com/*',
] as const;

export type MailClientId = 'gmail' | 'outlook';

/** Which webmail this page is (https only), or undefined. */
export function mailClientOf(url: string | URL | undefined): MailClientId | undefined {
  if (!url) return undefined;
  try {
    const u = typeof url === 'string' ? new URL(url) : url;
    if (u.protocol !== 'https:') return undefined;
    if (u.hostname === 'mail.google.com') return 'gmail';
    if (['outlook.office.com', 'outlook.office365.com', 'outlook.live.com'].includes(u.hostname)) return 'outlook';
    return undefined;
  } catch {
    return undefined;
  }
}

export const isMailPage = (url: string | URL | undefined): boolean => mailClientOf(url) !== undefined;
