import { useState } from 'preact/hooks';
import type { TaxonomyEntry, TaxonomyKind } from '@/lib/model';
import { TAXONOMY_KIND_LABELS } from '@/lib/model';
import type { TaxonomyResult } from '@/lib/library/taxonomy-ops';
import { Field, fieldAria } from './field';

export interface TaxonomyEntryRowProps {
  kind: TaxonomyKind;
  entry: TaxonomyEntry;
  others: readonly TaxonomyEntry[];
  usage: number;
  /** Recently seen prospects this entry would be read into (a preview of the aliases at work). */
  preview?: string[];
  /** The same, for the label and aliases being edited, so the effect of an alias shows before saving. */
  previewFor?: (draft: { label: string; aliases: string[] }) => string[];
  onUpdate: (next: { label: string; aliases: string[]; id?: string }) => Promise<TaxonomyResult>;
  onMerge: (targetId: string) => Promise<TaxonomyResult>;
  onDelete: (replacementId: string | undefined) => Promise<TaxonomyResult>;
}

const aliasHint: Record<TaxonomyKind, string> = {
  personas: 'Job titles as they appear in CRMs and on LinkedIn, one per line (CFO, VP Finance, Head of FP&A…).',
  industries: 'Synonyms and CRM or LinkedIn industry names, one per line (Hospitals and Health Care, clinic…).',
  painPoints: 'Phrases prospects use in notes and emails, one per line (reconciling spreadsheets, month-end close…).',
};

/** One taxonomy entry: what it is called, what it is recognised by, and the edits that keep assets valid. */
export function TaxonomyEntryRow({ kind, entry, others, usage, preview, previewFor, onUpdate, onMerge, onDelete }: TaxonomyEntryRowProps) {
  const [mode, setMode] = useState<'view' | 'edit' | 'merge' | 'delete'>('view');
  const [label, setLabel] = useState(entry.label);
  const [id, setId] = useState(entry.id);
  const [aliases, setAliases] = useState(entry.aliases.join('\n'));
  const [target, setTarget] = useState('');
  const [error, setError] = useState<{ field: string; message: string }>();
  const one = TAXONOMY_KIND_LABELS[kind].one.toLowerCase();
  const base = `tx-${kind}-${entry.id}`;

  const run = async (action: () => Promise<TaxonomyResult>) => {
    const r = await action();
    if (r.ok) {
      setError(undefined);
      setMode('view');
    } else setError({ field: r.field, message: r.message });
  };

  return (
    <li class="tx-entry">
      <div class="tx-summary">
        <div>
          <strong>{entry.label}</strong> <code class="muted">{entry.id}</code>
          <p class="muted tx-aliases">{entry.aliases.length ? entry.aliases.join(' · ') : 'No aliases yet.'}</p>
          {preview?.length ? (
            <p class="tx-preview">
              Recently seen: {preview.slice(0, 4).join('; ')}
              {preview.length > 4 ? ` and ${preview.length - 4} more` : ''}
            </p>
          ) : null}
        </div>
        <span class="muted tx-usage">{usage} asset{usage === 1 ? '' : 's'}</span>
        {mode === 'view' ? (
          <div class="tx-actions">
            <button type="button" onClick={() => setMode('edit')} aria-label={`Edit ${entry.label}`}>
              Edit
            </button>
            <button type="button" onClick={() => setMode('merge')} aria-label={`Merge ${entry.label} into another`} disabled={others.length === 0}>
              Merge…
            </button>
            <button type="button" class="danger" onClick={() => setMode('delete')} aria-label={`Delete ${entry.label}`}>
              Delete…
            </button>
          </div>
        ) : null}
      </div>

      {mode === 'edit' ? (
        <form
          class="tx-form"
          onSubmit={(e) => {
            e.preventDefault();
            void run(() => onUpdate({ label, id, aliases: aliases.split(/[\n,]/).map((a) => a.trim()).filter(Boolean) }));
          }}
        >
          <div class="field-row">
            <Field id={`${base}-label`} label="Label" error={error?.field === 'label' ? error.message : undefined}>
              <input value={label} onInput={(e) => setLabel((e.target as HTMLInputElement).value)} {...fieldAria(`${base}-label`, error?.field === 'label' ? error.message : undefined)} />
            </Field>
            <Field id={`${base}-id`} label="Id" error={error?.field === 'id' ? error.message : undefined} hint="Changing it retags every asset.">
              <input value={id} onInput={(e) => setId((e.target as HTMLInputElement).value)} {...fieldAria(`${base}-id`, error?.field === 'id' ? error.message : undefined, undefined, 'Changing it retags every asset.')} />
            </Field>
          </div>
          <Field id={`${base}-aliases`} label="Aliases" hint={aliasHint[kind]} error={error?.field === 'aliases' ? error.message : undefined}>
            <textarea rows={4} value={aliases} onInput={(e) => setAliases((e.target as HTMLTextAreaElement).value)} {...fieldAria(`${base}-aliases`, error?.field === 'aliases' ? error.message : undefined, undefined, aliasHint[kind])} />
          </Field>
          {previewFor ? <DraftPreview names={previewFor({ label, aliases: aliases.split(/[\n,]/).map((a) => a.trim()).filter(Boolean) })} /> : null}
          <div class="form-actions">
            <button type="submit" class="primary">Save</button>
            <button type="button" onClick={() => setMode('view')}>Cancel</button>
          </div>
        </form>
      ) : null}

      {mode === 'merge' || mode === 'delete' ? (
        <form
          class="tx-form"
          onSubmit={(e) => {
            e.preventDefault();
            void run(() => (mode === 'merge' ? onMerge(target) : onDelete(target || undefined)));
          }}
        >
          <Field
            id={`${base}-target`}
            label={mode === 'merge' ? `Merge "${entry.label}" into` : `Its ${usage} asset${usage === 1 ? '' : 's'} will be tagged instead with`}
            error={error?.field === 'target' ? error.message : undefined}
            hint={mode === 'merge' ? `Its assets move there; "${entry.label}" and its aliases become aliases of it.` : `Or leave them without this ${one}.`}
          >
            <select value={target} onChange={(e) => setTarget((e.target as HTMLSelectElement).value)} {...fieldAria(`${base}-target`, error?.field === 'target' ? error.message : undefined)}>
              <option value="">{mode === 'merge' ? 'Choose…' : `No ${one} (remove the tag)`}</option>
              {others.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
            </select>
          </Field>
          <div class="form-actions">
            <button type="submit" class={mode === 'delete' ? 'danger' : 'primary'} disabled={mode === 'merge' && !target}>
              {mode === 'merge' ? 'Merge' : `Delete ${one}`}
            </button>
            <button type="button" onClick={() => setMode('view')}>Cancel</button>
          </div>
        </form>
      ) : null}
    </li>
  );
}

function DraftPreview({ names }: { names: string[] }) {
  return (
    <p class="tx-preview" role="status">
      {names.length === 0
        ? 'No recently seen prospect would be read as this.'
        : `Recently seen prospects read as this: ${names.slice(0, 5).join('; ')}${names.length > 5 ? ` and ${names.length - 5} more` : ''}.`}
    </p>
  );
}
