import { useState } from 'preact/hooks';

export interface ManualProspect {
  title: string;
  industry: string;
  notes: string;
}

const NO_RECORD = 'No CRM record on this page. Describe who you are talking to:';

/**
 * With no CRM record on screen, the rep describes the prospect in a few words. `intro` says why the form
 * is there (none when what is above it already says so).
 */
export function ManualProspectForm({ initial, intro = NO_RECORD, onSubmit }: { initial?: ManualProspect; intro?: string; onSubmit: (p: ManualProspect) => void }) {
  const [value, setValue] = useState<ManualProspect>(initial ?? { title: '', industry: '', notes: '' });
  const set = (k: keyof ManualProspect) => (e: Event) => setValue({ ...value, [k]: (e.target as HTMLInputElement).value });
  return (
    <form
      class="manual-form"
      aria-label="Describe the prospect"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(value);
      }}
    >
      {intro ? <p class="muted">{intro}</p> : null}
      <label class="pc-field">
        <span>Job title</span>
        <input value={value.title} placeholder="e.g. VP Finance" onInput={set('title')} />
      </label>
      <label class="pc-field">
        <span>Industry</span>
        <input value={value.industry} placeholder="e.g. Hospitals and Health Care" onInput={set('industry')} />
      </label>
      <label class="pc-field">
        <span>Notes</span>
        <textarea rows={3} value={value.notes} placeholder="What they said, what hurts" onInput={set('notes')} />
      </label>
      <button type="submit" class="primary small">
        Suggest content
      </button>
    </form>
  );
}
