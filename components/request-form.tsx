import { useState } from 'preact/hooks';

export interface RequestFormProps {
  /** What the request will carry, shown so the rep knows marketing sees it: "CFO · Healthcare · Manual processes". */
  contextSummary: string;
  onSubmit: (note: string) => Promise<void>;
  onCancel: () => void;
}

/** "Nothing fits? Ask marketing": a note, sent with the prospect's context. */
export function RequestForm({ contextSummary, onSubmit, onCancel }: RequestFormProps) {
  const [note, setNote] = useState('');
  const [error, setError] = useState<string>();
  const [sending, setSending] = useState(false);
  return (
    <form
      class="request-form"
      aria-label="Ask marketing for content"
      onSubmit={async (e) => {
        e.preventDefault();
        if (!note.trim()) {
          setError('Say what you need, for example "a case study for a mid-size hospital".');
          return;
        }
        setSending(true);
        try {
          await onSubmit(note.trim());
        } catch (err) {
          setError(`Could not save the request: ${(err as Error).message}`);
        } finally {
          setSending(false);
        }
      }}
    >
      <label for="request-note">What would help with this prospect?</label>
      <textarea
        id="request-note"
        rows={3}
        maxLength={1000}
        value={note}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'request-error' : 'request-context'}
        onInput={(e) => {
          setNote((e.target as HTMLTextAreaElement).value);
          setError(undefined);
        }}
      />
      <p id="request-context" class="muted small-text">
        Marketing will see: {contextSummary || 'no prospect details'}.
      </p>
      {error ? (
        <p id="request-error" class="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div class="form-actions">
        <button type="submit" class="primary small" disabled={sending}>
          Send request
        </button>
        <button type="button" class="small" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
