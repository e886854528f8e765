// The rep's own settings: who they are in usage reports, the tracking parameters on copied links,
// and how long usage stays in the browser.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SettingKey, Settings } from '@/lib/settings';
import { LIMITS, checkParamRows, paramRows, validateSettings, type ParamRow } from '@/lib/settings-rules';
import { SettingField, describedBy } from './setting-field';
import { TrackingParamsEditor } from './tracking-params-editor';

export type GeneralSettings = Pick<Settings, 'repId' | 'trackingParams' | 'retentionDays'>;

export interface GeneralSettingsFormProps {
  values: GeneralSettings;
  locked: readonly SettingKey[];
  /** A note after saving ("Saved."), shown in a live region. */
  status?: string;
  onSave(patch: Partial<GeneralSettings>): void;
}

interface Draft {
  repId: string;
  params: ParamRow[];
  retentionDays: string;
}

const toDraft = (v: GeneralSettings): Draft => ({ repId: v.repId, params: paramRows(v.trackingParams), retentionDays: String(v.retentionDays) });

export function GeneralSettingsForm({ values, locked, status, onSave }: GeneralSettingsFormProps) {
  const [draft, setDraft] = useState(() => toDraft(values));
  const [dirty, setDirty] = useState(false);
  const [tried, setTried] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const incoming = JSON.stringify(values);
  useEffect(() => {
    if (!dirty) setDraft(toDraft(values));
  }, [incoming]);

  const is = (k: SettingKey) => locked.includes(k);
  const change = (patch: Partial<Draft>) => {
    setDraft({ ...draft, ...patch });
    setDirty(true);
  };
  const rows = checkParamRows(draft.params);
  const retention = Number(draft.retentionDays.trim() === '' ? NaN : draft.retentionDays);
  const errors = validateSettings({ repId: draft.repId, retentionDays: retention });
  if (draft.retentionDays.trim() === '' || Number.isNaN(retention)) errors.retentionDays = `a whole number of days, ${LIMITS.retentionDays.min} to ${LIMITS.retentionDays.max}`;
  const paramsInvalid = rows.error !== undefined || rows.rowErrors.some((e) => e !== undefined);
  const shown = tried ? errors : {};

  const submit = (e: Event) => {
    e.preventDefault();
    setTried(true);
    if (Object.keys(errors).length > 0 || paramsInvalid) {
      // Take the keyboard to the first field that needs attention.
      requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    const patch: Partial<GeneralSettings> = {};
    if (!is('repId')) patch.repId = draft.repId.trim();
    if (!is('trackingParams')) patch.trackingParams = rows.params;
    if (!is('retentionDays')) patch.retentionDays = retention;
    setDirty(false);
    onSave(patch);
  };

  return (
    <form ref={form} class="st-card" onSubmit={submit} noValidate aria-labelledby="general-title">
      <h3 id="general-title">You</h3>
      <SettingField
        id="rep-id"
        label="Rep ID"
        hint="Who you are in usage reports and in what is sent to your team’s collector: your work email or your ID in the CRM."
        error={shown.repId}
        locked={is('repId')}
      >
        <input
          id="rep-id"
          type="text"
          autocomplete="email"
          value={draft.repId}
          disabled={is('repId')}
          aria-invalid={shown.repId ? true : undefined}
          aria-describedby={describedBy('rep-id', { hint: true, error: shown.repId, locked: is('repId') })}
          onInput={(e) => change({ repId: e.currentTarget.value })}
        />
      </SettingField>
      <TrackingParamsEditor
        rows={draft.params}
        rowErrors={tried ? rows.rowErrors : []}
        {...(tried && rows.error ? { error: rows.error } : {})}
        locked={is('trackingParams')}
        onChange={(params) => change({ params })}
      />
      <SettingField
        id="retention-days"
        label="Keep usage for (days)"
        hint="Usage older than this is deleted from this browser."
        error={shown.retentionDays}
        locked={is('retentionDays')}
      >
        <input
          id="retention-days"
          type="number"
          inputMode="numeric"
          min={LIMITS.retentionDays.min}
          max={LIMITS.retentionDays.max}
          step={1}
          value={draft.retentionDays}
          disabled={is('retentionDays')}
          aria-invalid={shown.retentionDays ? true : undefined}
          aria-describedby={describedBy('retention-days', { hint: true, error: shown.retentionDays, locked: is('retentionDays') })}
          onInput={(e) => change({ retentionDays: e.currentTarget.value })}
        />
      </SettingField>
      <div class="st-actions">
        <button type="submit" class="primary" disabled={locked.includes('repId') && locked.includes('trackingParams') && locked.includes('retentionDays')}>
          Save
        </button>
        <p class="st-status" role="status">
          {dirty ? 'Unsaved changes.' : (status ?? '')}
        </p>
      </div>
    </form>
  );
}
