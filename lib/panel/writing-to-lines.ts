// The "Writing to …" banner in two lines for the side panel's width: who the email is to on the first, the
// record's name, what it is and when it was seen on a quieter second. Together they still read
// as the one sentence lib/mail/writing-to.ts writes (emailHeading + matchedLine), which a screen reader
// reads out; the pieces only decide where the line breaks and what is cut with an ellipsis.
import type { Prospect } from '../model';
import { ago, emailHeading, recordParts } from '../mail/writing-to';
import type { TabMail } from '../mail/tab-mail';

export interface WritingToLines {
  /** "Writing to jane.roe@acme.example and 1 more", "New email: no recipient yet". */
  heading: string;
  /** The record the compose was matched to, when there is one. */
  record?: {
    /** "Jane Roe": starts the second line. */
    who: string;
    /** "Salesforce contact": after the name (", Salesforce contact"); absent for a record of no known kind. */
    kind?: string;
    /** "seen 2 h ago", with " (same company)" for a match by the company's domain or website. */
    seen: string;
  };
}

export function writingToLines(mail: TabMail, prospect: Prospect | undefined, now: number): WritingToLines {
  const heading = emailHeading(mail);
  if (!mail.match || !prospect) return { heading };
  const { who, kind } = recordParts(prospect);
  const sameCompany = mail.match.by === 'domain' || mail.match.by === 'website';
  return {
    heading,
    record: {
      who,
      ...(kind ? { kind } : {}),
      seen: `seen ${ago(now - mail.match.lastSeenAt)}${sameCompany ? ' (same company)' : ''}`,
    },
  };
}

/** The second line as shown and as its tooltip gives it whole: "Jane Roe, Salesforce contact · seen 2 h ago". */
export function secondLine(record: NonNullable<WritingToLines['record']>): string {
  return `${record.who}${record.kind ? `, ${record.kind} ·` : ''} ${record.seen}`;
}
