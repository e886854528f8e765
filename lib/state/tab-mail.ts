// The email being written in a mail tab, in session storage (one of the session items, ./session.ts): the
// background writes it from the mail page's reports; the panel, and its first paint, read it.
import { defineStorageFamily, guardSchema } from './item';

export type MailMatchedBy = 'email' | 'website' | 'domain' | 'picked';

export interface TabMail {
  client: 'gmail' | 'outlook';
  composeId: string;
  recipients: string[];
  reply: boolean;
  /** False once the compose has closed: the panel keeps the prospect but can no longer insert. */
  open: boolean;
  match?: { recipient: string; by: MailMatchedBy; key: string; lastSeenAt: number };
  updatedAt: number;
}

// A type check rather than valibot's: the panel's first-paint script reads this item (to paint "Writing to …"
// and the Insert into email buttons), and a valibot schema here would put valibot into that script.
const MATCHED_BY: readonly unknown[] = ['email', 'website', 'domain', 'picked'] satisfies MailMatchedBy[];
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isMatch = (x: unknown): boolean =>
  isObject(x) && typeof x.recipient === 'string' && MATCHED_BY.includes(x.by) && typeof x.key === 'string' && typeof x.lastSeenAt === 'number';

export const isTabMail = (x: unknown): x is TabMail =>
  isObject(x) &&
  (x.client === 'gmail' || x.client === 'outlook') &&
  typeof x.composeId === 'string' &&
  Array.isArray(x.recipients) &&
  x.recipients.every((r) => typeof r === 'string') &&
  typeof x.reply === 'boolean' &&
  typeof x.open === 'boolean' &&
  (x.match === undefined || isMatch(x.match)) &&
  typeof x.updatedAt === 'number';

export const tabMail = /* @__PURE__ */ defineStorageFamily<TabMail | undefined>('session', 'mail:', {
  name: 'the email being written in tab',
  schema: guardSchema(isTabMail, 'not an email being written (client, composeId, recipients, reply, open, updatedAt)'),
  fallback: undefined,
});
