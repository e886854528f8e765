import { useState } from 'preact/hooks';

export interface DealWonProps {
  account: string;
  /** The CRM already shows the deal as won (and Tailor credited it). */
  won: boolean;
  onMarkWon: (amount: number | undefined) => Promise<void>;
}

/** On a deal: credit the content shared on its account's records when the deal is won. */
export function DealWon({ account, won, onMarkWon }: DealWonProps) {
  const [open, setOpen] = useState(false);
  const [amount, setAmount] = useState('');
  const [error, setError] = useState<string>();
  if (won) return <p class="deal-won muted small-text">Won deal: content shared with {account} before the win counts toward it in Insights.</p>;
  if (!open)
    return (
      <button type="button" class="small quiet" onClick={() => setOpen(true)}>
        Deal won? Credit the content shared
      </button>
    );
  return (
    <form
      class="deal-won"
      aria-label="Mark the deal won"
      onSubmit={async (e) => {
        e.preventDefault();
        const value = amount.trim() ? Number(amount.replace(/[^\d.]/g, '')) : undefined;
        if (value !== undefined && !(value > 0)) {
          setError('Write the amount as a number, or leave it empty.');
          return;
        }
        await onMarkWon(value);
        setOpen(false);
      }}
    >
      <label for="won-amount">Amount (optional)</label>
      <input id="won-amount" inputMode="decimal" value={amount} aria-invalid={error ? true : undefined} aria-describedby={error ? 'won-error' : undefined} onInput={(e) => setAmount((e.target as HTMLInputElement).value)} />
      {error ? (
        <p id="won-error" class="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div class="form-actions">
        <button type="submit" class="primary small">
          Mark won
        </button>
        <button type="button" class="small" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
