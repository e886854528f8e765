import type { TaxonomyEntry } from '@/lib/model';

export interface ChipPickerProps {
  legend: string;
  entries: readonly TaxonomyEntry[];
  selected: readonly string[];
  onChange: (ids: string[]) => void;
  error?: string;
  describedBy?: string;
}

/** Taxonomy entries as toggle buttons: one click to tag, one to untag. */
export function ChipPicker({ legend, entries, selected, onChange, error }: ChipPickerProps) {
  const errorId = `${legend.replace(/\W+/g, '-').toLowerCase()}-error`;
  return (
    <fieldset class="chip-picker" aria-describedby={error ? errorId : undefined}>
      <legend>{legend}</legend>
      {entries.length === 0 ? <p class="muted">None in the taxonomy yet.</p> : null}
      <div class="chips">
        {entries.map((e) => {
          const on = selected.includes(e.id);
          return (
            <button
              type="button"
              key={e.id}
              class={`chip${on ? ' on' : ''}`}
              aria-pressed={on}
              title={e.aliases.length ? `Also: ${e.aliases.join(', ')}` : undefined}
              onClick={() => onChange(on ? selected.filter((id) => id !== e.id) : [...selected, e.id])}
            >
              {e.label}
            </button>
          );
        })}
      </div>
      {error ? (
        <p class="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
