// The tracking parameters added to every copied link: a list of name and value rows.
import type { ParamRow } from '@/lib/settings-rules';
import { LockIcon } from './lock-icon';

export interface TrackingParamsEditorProps {
  rows: ParamRow[];
  rowErrors: (string | undefined)[];
  error?: string;
  locked: boolean;
  onChange(rows: ParamRow[]): void;
}

export function TrackingParamsEditor({ rows, rowErrors, error, locked, onChange }: TrackingParamsEditorProps) {
  const set = (i: number, patch: Partial<ParamRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset class="st-params" aria-describedby={['params-hint', locked ? 'params-locked' : '', error ? 'params-error' : ''].filter(Boolean).join(' ')}>
      <legend>Tracking parameters</legend>
      <p id="params-hint" class="st-hint">
        Added to every link you copy, after Tailor’s own <code>utm_source</code>, <code>utm_medium</code> and{' '}
        <code>utm_campaign</code> (which cannot be changed here). Names use letters, digits, <code>_ . -</code>.
      </p>
      {locked && (
        <p id="params-locked" class="st-locked">
          <LockIcon /> Set by your organisation
        </p>
      )}
      {rows.length === 0 && <p class="st-muted">No parameters.</p>}
      <ol class="st-param-rows">
        {rows.map((row, i) => {
          const problem = rowErrors[i];
          return (
            <li key={i} class={problem ? 'has-error' : undefined}>
              <label class="visually-hidden" for={`param-name-${i}`}>
                Parameter {i + 1} name
              </label>
              <input
                id={`param-name-${i}`}
                value={row.name}
                placeholder="name"
                disabled={locked}
                aria-invalid={problem ? true : undefined}
                aria-describedby={problem ? `param-error-${i}` : undefined}
                onInput={(e) => set(i, { name: e.currentTarget.value })}
              />
              <span aria-hidden="true">=</span>
              <label class="visually-hidden" for={`param-value-${i}`}>
                Parameter {i + 1} value
              </label>
              <input
                id={`param-value-${i}`}
                value={row.value}
                placeholder="value"
                disabled={locked}
                aria-invalid={problem ? true : undefined}
                aria-describedby={problem ? `param-error-${i}` : undefined}
                onInput={(e) => set(i, { value: e.currentTarget.value })}
              />
              {!locked && (
                <button type="button" onClick={() => onChange(rows.filter((_, j) => j !== i))} aria-label={`Remove parameter ${i + 1}${row.name ? ` (${row.name})` : ''}`}>
                  Remove
                </button>
              )}
              {problem && (
                <p id={`param-error-${i}`} class="st-error">
                  {problem}
                </p>
              )}
            </li>
          );
        })}
      </ol>
      {error && (
        <p id="params-error" class="st-error">
          {error}
        </p>
      )}
      {!locked && (
        <button type="button" onClick={() => onChange([...rows, { name: '', value: '' }])}>
          Add parameter
        </button>
      )}
    </fieldset>
  );
}
