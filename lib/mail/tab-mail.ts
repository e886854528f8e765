// The compose a mail tab's rep is in, kept by the background in session storage beside the tab's record
// (tabMail in lib/state/items.ts): who it is addressed to and which record Tailor took them for.
import type { MailClientId } from './hosts';

export type MailMatchedBy = 'email' | 'domain' | 'picked';

export interface TabMail {
  client: MailClientId;
  composeId: string;
  recipients: string[];
  reply: boolean;
  /** False once the compose has closed: the panel keeps the prospect but can no longer insert. */
  open: boolean;
  match?: { recipient: string; by: MailMatchedBy; key: string; lastSeenAt: number };
  updatedAt: number;
}
