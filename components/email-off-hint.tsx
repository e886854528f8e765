// Email is off, and the rep may be writing one: say that Tailor can help there, and where to turn it on; or,
// "Not now", never again.
import type { EmailOffHint as Hint } from '@/lib/mail/settings';

export function EmailOffHint({ hint, onTurnOn, onDismiss }: { hint: Hint; onTurnOn(): void; onDismiss(): void }) {
  return (
    <p class="muted small-text email-off-hint" data-testid="email-off">
      {hint === 'here'
        ? 'Tailor can suggest content here, in the email you write, when email is turned on. '
        : 'Writing in Gmail or Outlook on the web? Tailor can suggest content there when email is turned on. '}
      <span class="hint-actions">
        <button type="button" class="link" onClick={onTurnOn}>
          Turn on email
        </button>
        {/* Named for what it does beyond its words: read alone (a screen reader's list of buttons), "Not now"
            would not say that the hint goes for good. */}
        <button type="button" class="link" aria-label="Not now: do not mention email again" onClick={onDismiss}>
          Not now
        </button>
      </span>
    </p>
  );
}
