// One setting: its label, the control, and beside it the hint, the problem, or the note that the
// organisation sets it. The control names these through aria-describedby (use `describedBy`).
import type { ComponentChildren } from 'preact';
import { LockIcon } from './lock-icon';

export interface SettingFieldProps {
  id: string;
  label: string;
  hint?: ComponentChildren;
  error?: string;
  locked?: boolean;
  children: ComponentChildren;
}

/** The ids of the texts that describe a control, for its aria-describedby. */
export function describedBy(id: string, parts: { hint?: unknown; error?: unknown; locked?: unknown }): string | undefined {
  const ids = [parts.locked ? `${id}-locked` : '', parts.error ? `${id}-error` : '', parts.hint ? `${id}-hint` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function LockedNote({ id }: { id: string }) {
  return (
    <p id={`${id}-locked`} class="st-locked">
      <LockIcon /> Set by your organisation
    </p>
  );
}

export function SettingField({ id, label, hint, error, locked, children }: SettingFieldProps) {
  return (
    <div class={`st-field${error ? ' has-error' : ''}`}>
      <label for={id}>{label}</label>
      {children}
      {locked && <LockedNote id={id} />}
      {error && (
        <p id={`${id}-error`} class="st-error">
          {error}
        </p>
      )}
      {hint && (
        <p id={`${id}-hint`} class="st-hint">
          {hint}
        </p>
      )}
    </div>
  );
}
