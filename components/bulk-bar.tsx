import { useState } from 'preact/hooks';
import { TAXONOMY_KINDS, TAXONOMY_KIND_LABELS, type Taxonomy } from '@/lib/model';
import type { BulkAction, TagField } from '@/lib/library/bulk';

export interface BulkBarProps {
  count: number;
  taxonomy: Taxonomy;
  onAction: (action: BulkAction) => void;
  onClear: () => void;
}

const FIELD_LABELS: Record<TagField, string> = {
  personas: TAXONOMY_KIND_LABELS.personas.one,
  industries: TAXONOMY_KIND_LABELS.industries.one,
  painPoints: TAXONOMY_KIND_LABELS.painPoints.one,
  tags: 'Keyword tag',
};

/** What to do with the selected assets: tag, untag, archive, restore, delete (each undoable). */
export function BulkBar({ count, taxonomy, onAction, onClear }: BulkBarProps) {
  const [field, setField] = useState<TagField>('personas');
  const [value, setValue] = useState('');
  const [confirmDelete, setConfirmDelete] = useState(false);
  const values = field === 'tags' ? [] : taxonomy[field];
  const chosen = value.trim();

  return (
    <div class="bulk-bar" role="region" aria-label="Selected assets">
      <strong>{count} selected</strong>
      <div class="bulk-tag" role="group" aria-label="Tag or untag the selected assets">
        <label>
          <span class="visually-hidden">Field</span>
          <select
            value={field}
            onChange={(e) => {
              setField((e.target as HTMLSelectElement).value as TagField);
              setValue('');
            }}
          >
            {[...TAXONOMY_KINDS, 'tags' as const].map((f) => (
              <option key={f} value={f}>
                {FIELD_LABELS[f]}
              </option>
            ))}
          </select>
        </label>
        {field === 'tags' ? (
          <label>
            <span class="visually-hidden">Keyword tag</span>
            <input value={value} placeholder="keyword" onInput={(e) => setValue((e.target as HTMLInputElement).value)} />
          </label>
        ) : (
          <label>
            <span class="visually-hidden">{FIELD_LABELS[field]}</span>
            <select value={value} onChange={(e) => setValue((e.target as HTMLSelectElement).value)}>
              <option value="">Choose…</option>
              {values.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.label}
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="button" disabled={!chosen} onClick={() => onAction({ kind: 'tag', field, values: [chosen] })}>
          Tag
        </button>
        <button type="button" disabled={!chosen} onClick={() => onAction({ kind: 'untag', field, values: [chosen] })}>
          Untag
        </button>
      </div>
      <button type="button" onClick={() => onAction({ kind: 'archive' })}>
        Archive
      </button>
      <button type="button" onClick={() => onAction({ kind: 'unarchive' })}>
        Restore
      </button>
      {confirmDelete ? (
        <span class="confirm">
          Delete {count}?{' '}
          <button
            type="button"
            class="danger"
            onClick={() => {
              setConfirmDelete(false);
              onAction({ kind: 'delete' });
            }}
          >
            Yes, delete
          </button>
          <button type="button" onClick={() => setConfirmDelete(false)}>
            No
          </button>
        </span>
      ) : (
        <button type="button" class="danger" onClick={() => setConfirmDelete(true)}>
          Delete
        </button>
      )}
      <button type="button" class="link" onClick={onClear}>
        Clear selection
      </button>
    </div>
  );
}
