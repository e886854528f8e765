// Email (Gmail, Outlook on the web): off until the rep turns it on; what Tailor reads there, and what not.
// The organisation can forbid it by policy: the toggle then shows off and locked, with the reason.
import { useEffect, useRef, useState } from 'preact/hooks';
import { MAIL_FORBIDDEN_REASON } from '@/lib/mail/settings';
import { NoticeLine, type Notice } from './notice';
import { LockIcon } from './lock-icon';

export interface EmailSettingsProps {
  /** On and permitted; undefined while unknown. */
  enabled: boolean | undefined;
  busy: boolean;
  /** What the organisation's policy says (emailAllowed), when it says anything. */
  policy?: 'forbidden' | 'allowed';
  notice?: Notice;
  /** Called from the click itself: turning on asks the browser for the mail sites there and then. */
  onToggle(on: boolean): void;
  /** Opened for this setting (the panel's "Turn on email"): brought into view, the toggle focused. */
  focused?: boolean;
}

export function EmailSettings({ enabled, busy, policy, notice, onToggle, focused }: EmailSettingsProps) {
  const toggle = useRef<HTMLInputElement>(null);
  const known = enabled !== undefined;
  useEffect(() => {
    // Once the toggle can take focus (it waits, disabled, until the setting is known).
    if (!focused || !known) return;
    toggle.current?.scrollIntoView({ block: 'center' });
    toggle.current?.focus();
  }, [focused, known]);
  // While the change is under way (the browser's prompt may be open), the box shows what was asked for.
  const [wanted, setWanted] = useState<boolean>();
  const forbidden = policy === 'forbidden';
  const checked = !forbidden && (busy && wanted !== undefined ? wanted : enabled === true);
  return (
    <section class="st-card" aria-labelledby="email-title" data-testid="email-settings">
      <h3 id="email-title">Email: Gmail and Outlook on the web</h3>
      <p class="st-muted">
        When you write to someone Tailor has seen as a CRM record, the panel shows them and their suggestions, and each
        suggestion can be inserted into your email at the cursor.
      </p>
      <p data-testid="email-privacy">
        Tailor reads only the recipients’ addresses of the email you are writing and where your cursor is in it. It never
        reads your messages or your inbox, and nothing of them leaves this browser. Your browser asks for access to
        mail.google.com, outlook.office.com, outlook.office365.com and outlook.live.com when you turn this on; turning it
        off gives that access back.
      </p>
      <label class="st-toggle">
        <input
          ref={toggle}
          type="checkbox"
          checked={checked}
          disabled={forbidden || busy || enabled === undefined}
          aria-describedby={policy ? 'email-policy' : undefined}
          onChange={(e) => {
            const on = (e.target as HTMLInputElement).checked;
            setWanted(on);
            onToggle(on);
          }}
        />
        Suggest content in emails I write
      </label>
      {forbidden ? (
        <p id="email-policy" class="st-locked" data-testid="email-policy">
          <LockIcon /> {MAIL_FORBIDDEN_REASON}
        </p>
      ) : policy === 'allowed' ? (
        <p id="email-policy" class="st-hint" data-testid="email-policy">
          Your organisation allows email; turning it on is your choice.
        </p>
      ) : null}
      <NoticeLine testId="email-notice" {...(notice ? { notice } : {})} />
    </section>
  );
}
