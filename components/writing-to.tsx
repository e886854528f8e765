// "Writing to …": the email the rep is writing, and the record Tailor took the recipient for; for a
// recipient Tailor has never seen, a way to pick a recent record (or describe them in the form below).
import type { TabMail } from '@/lib/mail/tab-mail';
import { EMAIL_CLOSED } from '@/lib/mail/writing-to';
import type { Prospect } from '@/lib/model';
import { secondLine, writingToLines } from '@/lib/panel/writing-to-lines';

export interface RecentRecord {
  key: string;
  label: string;
}

export interface WritingToProps {
  mail: TabMail;
  /** The record shown for the compose, when there is one. */
  prospect?: Prospect;
  now: number;
  recent: readonly RecentRecord[];
  onPick(key: string): void;
}

export function WritingTo({ mail, prospect, now, recent, onPick }: WritingToProps) {
  const { heading, record } = writingToLines(mail, prospect, now);
  // Two lines at the panel's width, one sentence to a screen reader: who the email is to on the first (the
  // address whole where it fits), the record's name, kind and when it was seen on a quieter second; the " · "
  // shown between the kind and when it was seen is not read (theme.css gives it empty alternative text). A
  // line too long for the panel is cut with "…", the whole of it in a tooltip.
  return (
    <section class="writing-to" aria-label="Email you are writing" data-testid="writing-to">
      <p class="wt-lines">
        <span class="wt-first">
          <strong title={heading}>{heading}</strong>
          {record ? ':' : null}
        </span>
        {record ? (
          <span class="wt-second" title={secondLine(record)}>
            <span class="wt-who">{` ${record.who}`}</span>
            {record.kind ? ', ' : null}
            {record.kind ? <span class="wt-kind">{record.kind}</span> : null}
            <span class="wt-seen">{` ${record.seen}`}</span>
          </span>
        ) : null}
      </p>
      {!mail.open ? (
        <p class="muted small-text" role="status">
          {EMAIL_CLOSED}
        </p>
      ) : null}
      {mail.open && !mail.match && mail.recipients.length > 0 ? (
        <div class="writing-to-unknown">
          <p class="muted small-text">Tailor has not seen this person in your CRM. Describe them below, or pick a recent record:</p>
          {recent.length ? (
            <select aria-label="Pick a recent record" value="" onChange={(e) => (e.target as HTMLSelectElement).value && onPick((e.target as HTMLSelectElement).value)}>
              <option value="">Recent records…</option>
              {recent.map((r) => (
                <option key={r.key} value={r.key}>
                  {r.label}
                </option>
              ))}
            </select>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
