// Email is off, and the rep may be writing one: say that Tailor can help there, and where to turn it on.
import type { EmailOffHint as Hint } from '@/lib/mail/settings';

export function EmailOffHint({ hint, onTurnOn }: { hint: Hint; onTurnOn(): void }) {
  return (
    <p class="muted small-text" data-testid="email-off">
      {hint === 'here'
        ? 'Tailor can suggest content here, in the email you write, when email is turned on. '
        : 'Writing in Gmail or Outlook on the web? Tailor can suggest content there when email is turned on. '}
      <button type="button" class="link" onClick={onTurnOn}>
        Turn on email
      </button>
    </p>
  );
}
