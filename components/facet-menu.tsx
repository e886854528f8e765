export interface FacetOption {
  value: string;
  label: string;
  count: number;
}

export interface FacetMenuProps {
  label: string;
  options: readonly FacetOption[];
  selected: readonly string[];
  onChange: (values: string[]) => void;
}

/** A filter dropdown of checkboxes with counts; values within it are alternatives. */
export function FacetMenu({ label, options, selected, onChange }: FacetMenuProps) {
  return (
    <details class="facet-menu">
      <summary>
        {label}
        {selected.length ? <span class="badge">{selected.length}</span> : null}
      </summary>
      <fieldset>
        <legend class="visually-hidden">{label}</legend>
        {options.map((o) => (
          <label key={o.value} class="check">
            <input
              type="checkbox"
              checked={selected.includes(o.value)}
              onChange={(e) =>
                onChange((e.target as HTMLInputElement).checked ? [...selected, o.value] : selected.filter((v) => v !== o.value))
              }
            />
            {o.label} <span class="muted">({o.count})</span>
          </label>
        ))}
        {selected.length ? (
          <button type="button" class="link" onClick={() => onChange([])}>
            Clear
          </button>
        ) : null}
      </fieldset>
    </details>
  );
}
