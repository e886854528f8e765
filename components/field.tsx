import type { ComponentChildren } from 'preact';

export interface FieldProps {
  id: string;
  label: string;
  error?: string;
  warning?: string;
  hint?: string;
  children: ComponentChildren;
}

/** A labelled form field with its message beside it, tied to the input for screen readers. */
export function Field({ id, label, error, warning, hint, children }: FieldProps) {
  return (
    <div class={`field${error ? ' has-error' : ''}`}>
      <label for={id}>{label}</label>
      {children}
      {hint && !error && !warning ? <p class="field-hint" id={`${id}-hint`}>{hint}</p> : null}
      {error ? (
        <p class="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : warning ? (
        <p class="field-warning" id={`${id}-warning`}>
          {warning}
        </p>
      ) : null}
    </div>
  );
}

/** aria attributes for the input inside a Field. */
export function fieldAria(id: string, error?: string, warning?: string, hint?: string) {
  const describedBy = error ? `${id}-error` : warning ? `${id}-warning` : hint ? `${id}-hint` : undefined;
  return { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy };
}
