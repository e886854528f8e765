import { useMemo, useState } from 'preact/hooks';
import { ASSET_TYPES, ASSET_TYPE_LABELS, STAGES, STAGE_LABELS, TAXONOMY_KINDS, TAXONOMY_KIND_LABELS, type Asset, type AssetType, type PackAsset, type Stage, type Taxonomy } from '@/lib/model';
import { checkAssetDraft, type AssetDraft } from '@/lib/library/asset-form';
import { ChipPicker } from './chip-picker';
import { Field, fieldAria } from './field';

export type { TagSuggestion } from '@/lib/library/suggest-tags';
import type { TagSuggestion } from '@/lib/library/suggest-tags';

export interface AssetEditorProps {
  /** The id the asset has or will have. */
  id: string;
  isNew: boolean;
  initial: AssetDraft;
  taxonomy: Taxonomy;
  assets: readonly Pick<Asset, 'id' | 'url' | 'title'>[];
  /** Taxonomy entries the matcher reads in the draft's title, description and URL. */
  suggest?: (draft: AssetDraft) => TagSuggestion[];
  onSave: (asset: PackAsset & { reviewBy?: string }) => Promise<void>;
  onCancel: () => void;
}

export function AssetEditor({ id, isNew, initial, taxonomy, assets, suggest, onSave, onCancel }: AssetEditorProps) {
  const [draft, setDraft] = useState<AssetDraft>(initial);
  const [tagText, setTagText] = useState(initial.tags.join(', '));
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string>();
  const check = useMemo(() => checkAssetDraft(draft, { id, taxonomy, assets }), [draft, id, taxonomy, assets]);
  const suggestions = useMemo(
    () => (suggest ? suggest(draft).filter((s) => !draft[s.kind].includes(s.id)) : []),
    [suggest, draft],
  );
  const set = <K extends keyof AssetDraft>(key: K, value: AssetDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const shown = (f: keyof AssetDraft) => (submitted ? check.errors[f] : undefined);

  const submit = async (e: Event) => {
    e.preventDefault();
    setSubmitted(true);
    if (!check.asset) {
      const first = Object.keys(check.errors)[0];
      if (first) (document.getElementById(`asset-${first}`) as HTMLElement | null)?.focus();
      return;
    }
    setSaving(true);
    setSaveError(undefined);
    try {
      await onSave(check.asset);
    } catch (err) {
      setSaveError(err instanceof Error ? err.message : String(err));
    } finally {
      setSaving(false);
    }
  };

  const text = (f: 'title' | 'url' | 'publishedAt' | 'expiresAt' | 'reviewBy', label: string, type: 'text' | 'url' | 'date' = 'text', hint?: string) => (
    <Field id={`asset-${f}`} label={label} error={shown(f)} warning={f === 'url' ? check.warnings.url : undefined} hint={hint}>
      <input
        type={type as 'text'}
        value={draft[f]}
        onInput={(e) => set(f, (e.target as HTMLInputElement).value)}
        {...fieldAria(`asset-${f}`, shown(f), f === 'url' ? check.warnings.url : undefined, hint)}
      />
    </Field>
  );

  return (
    <form class="asset-editor" onSubmit={submit} noValidate aria-label={isNew ? 'New asset' : 'Edit asset'}>
      <h2>{isNew ? 'New asset' : 'Edit asset'}</h2>
      {text('title', 'Title')}
      {text('url', 'URL', 'url', 'The web address reps share: http:// or https:// only.')}
      <div class="field-row">
        <Field id="asset-type" label="Type" error={shown('type')}>
          <select id="asset-type" value={draft.type} onChange={(e) => set('type', (e.target as HTMLSelectElement).value as AssetType)}>
            {ASSET_TYPES.map((t) => (
              <option key={t} value={t}>
                {ASSET_TYPE_LABELS[t]}
              </option>
            ))}
          </select>
        </Field>
        <Field id="asset-stage" label="Funnel stage">
          <select id="asset-stage" value={draft.stage} onChange={(e) => set('stage', (e.target as HTMLSelectElement).value as Stage | '')}>
            <option value="">Any stage</option>
            {STAGES.map((s) => (
              <option key={s} value={s}>
                {STAGE_LABELS[s]}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field id="asset-description" label="Description" error={shown('description')} hint="One or two sentences reps can paste into an email.">
        <textarea
          rows={3}
          value={draft.description}
          onInput={(e) => set('description', (e.target as HTMLTextAreaElement).value)}
          {...fieldAria('asset-description', shown('description'), undefined, 'One or two sentences reps can paste into an email.')}
        />
      </Field>

      {suggestions.length > 0 ? (
        <div class="suggested-tags" role="group" aria-label="Suggested tags">
          <p class="muted">Suggested from the title, description and URL:</p>
          <div class="chips">
            {suggestions.map((s) => (
              <button
                type="button"
                class="chip suggestion"
                key={`${s.kind}:${s.id}`}
                title={`Because of "${s.because}"`}
                onClick={() => set(s.kind, [...draft[s.kind], s.id])}
              >
                + {TAXONOMY_KIND_LABELS[s.kind].one}: {s.label}
              </button>
            ))}
          </div>
        </div>
      ) : null}

      {TAXONOMY_KINDS.map((kind) => (
        <ChipPicker
          key={kind}
          legend={`${TAXONOMY_KIND_LABELS[kind].many}${kind === 'painPoints' ? '' : ' (none: fits any)'}`}
          entries={taxonomy[kind]}
          selected={draft[kind]}
          onChange={(ids) => set(kind, ids)}
          error={shown(kind)}
        />
      ))}

      <div class="field-row">
        {text('publishedAt', 'Published', 'date')}
        {text('expiresAt', 'Expires', 'date', 'Never suggested after this day.')}
        {text('reviewBy', 'Review by', 'date', 'Appears in the review queue from this day.')}
      </div>
      <Field id="asset-tags" label="Tags" hint="Keywords, separated by commas.">
        <input
          value={tagText}
          onInput={(e) => {
            const value = (e.target as HTMLInputElement).value;
            setTagText(value);
            set('tags', value.split(',').map((t) => t.trim()).filter(Boolean));
          }}
          {...fieldAria('asset-tags', undefined, undefined, 'Keywords, separated by commas.')}
        />
      </Field>
      {saveError ? <p class="field-error" role="alert">Could not save: {saveError}</p> : null}
      {submitted && !check.asset ? (
        <p class="field-error" role="alert">
          Fix the {Object.keys(check.errors).length === 1 ? 'field' : `${Object.keys(check.errors).length} fields`} marked above.
        </p>
      ) : null}
      <div class="form-actions">
        <button type="submit" class="primary" disabled={saving}>
          {saving ? 'Saving…' : isNew ? 'Add asset' : 'Save changes'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
