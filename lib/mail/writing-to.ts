// The panel's "Writing to …" line, as text: who the compose is addressed to and what Tailor took them for.
import { CRM_LABELS, type Prospect } from '../model';
import type { TabMail } from './tab-mail';

/** "just now", "5 min ago", "2 h ago", "3 days ago". */
export function ago(ms: number): string {
  const min = Math.floor(Math.max(0, ms) / 60_000);
  if (min < 1) return 'just now';
  if (min < 60) return `${min} min ago`;
  const h = Math.floor(min / 60);
  if (h < 24) return `${h} h ago`;
  const d = Math.floor(h / 24);
  return `${d} day${d === 1 ? '' : 's'} ago`;
}

/** Who a record is ("Jane Roe", else its company) and what it is ("Salesforce contact"; empty for a record of no known kind). */
export function recordParts(prospect: Prospect): { who: string; kind: string } {
  const crm = prospect.source ? CRM_LABELS[prospect.source.crm] : undefined;
  return { who: prospect.name ?? prospect.company ?? 'A record', kind: [crm, prospect.source?.recordType].filter(Boolean).join(' ') };
}

/** "Jane Roe, Salesforce contact seen 2 h ago" for the record the compose was matched to. */
export function recordLine(prospect: Prospect, lastSeenAt: number, now: number): string {
  const { who, kind } = recordParts(prospect);
  return `${who}${kind ? `, ${kind}` : ''} seen ${ago(now - lastSeenAt)}`;
}

/** The addresses the rep is writing to, as a short phrase: the first one and how many more; undefined for none. */
export function recipientsPhrase(mail: TabMail): string | undefined {
  const first = mail.match?.recipient ?? mail.recipients[0];
  if (!first) return undefined;
  const more = mail.recipients.filter((r) => r !== first).length;
  return more ? `${first} and ${more} more` : first;
}

/** The banner's heading, as a rep would say it: "Writing to jane.roe@acme.example", "New email: no recipient yet". */
export function emailHeading(mail: TabMail): string {
  const to = recipientsPhrase(mail);
  if (!to) return mail.reply ? 'Reply: no recipient yet' : 'New email: no recipient yet';
  return `${mail.reply ? 'Replying to' : 'Writing to'} ${to}`;
}

/** What follows the banner's heading for the record the compose was matched to: ": Jane Roe, Salesforce contact seen 2 h ago (same company)"; empty for none. */
export function matchedLine(mail: TabMail, prospect: Prospect | undefined, now: number): string {
  if (!mail.match || !prospect) return '';
  return `: ${recordLine(prospect, mail.match.lastSeenAt, now)}${mail.match.by === 'domain' || mail.match.by === 'website' ? ' (same company)' : ''}`;
}

/** Under the heading, once the compose has closed. */
export const EMAIL_CLOSED = 'That email is closed: click in an open one to insert content.';
