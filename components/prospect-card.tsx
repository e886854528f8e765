import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import {
  CRM_LABELS,
  TAXONOMY_KINDS,
  TAXONOMY_KIND_LABELS,
  type Prospect,
  type Taxonomy,
  type TaxonomyKind,
} from '@/lib/model';
import type { Chip } from '@/lib/panel/suggest';
import { glanceChipClass, glanceOf } from '@/lib/panel/view';


export type EditableField = 'name' | 'title' | 'company' | 'industry' | 'notes' | 'stage';

export interface ProspectCardProps {
  prospect: Prospect;
  chips: readonly Chip[];
  /** The funnel stage the deal stage was read as, if any. */
  stageLabel?: string;
  taxonomy: Taxonomy;
  corrected: boolean;
  onRemoveChip: (kind: TaxonomyKind, id: string) => void;
  onAddChip: (kind: TaxonomyKind, id: string) => void;
  onEditFields: (fields: Partial<Record<EditableField, string>>) => void;
  onResetCorrections: () => void;
  /** The panel's first paint: the prospect shown, corrections not possible yet. */
  waiting?: boolean;
}

const FIELDS: { key: EditableField; label: string; multiline?: boolean }[] = [
  { key: 'name', label: 'Name' },
  { key: 'title', label: 'Job title' },
  { key: 'company', label: 'Company' },
  { key: 'industry', label: 'Industry' },
  { key: 'stage', label: 'Deal stage' },
  { key: 'notes', label: 'Notes', multiline: true },
];

/** "a persona", "an industry". */
const article = (noun: string) => `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;

/** One line of chips at a glance; each label may be cut at the panel's width (its full text in its title). */
const glanceChips = (chips: readonly Chip[]) =>
  chips.map((c, i) => (
    <Fragment key={`${c.kind}:${c.id}`}>
      {i > 0 ? <span class="glance-sep"> · </span> : null}
      <span class={glanceChipClass(c)} title={c.label}>
        {c.label}
      </span>
    </Fragment>
  ));

/** "+2": how many more of a line's kind the card holds; never cut. */
function GlanceMore({ count, what, many }: { count: number; what: string; many: string }) {
  const label = `${count} more ${count === 1 ? what : many}`;
  return (
    <span class="glance-more" title={label}>
      {` +${count}`}
      <span class="visually-hidden"> more</span>
    </span>
  );
}

/** Who the rep is looking at, and what Tailor made of it: every part can be corrected. */
export function ProspectCard({
  prospect,
  chips,
  stageLabel,
  taxonomy,
  corrected,
  onRemoveChip,
  onAddChip,
  onEditFields,
  onResetCorrections,
  waiting = false,
}: ProspectCardProps) {
  const [open, setOpen] = useState(false);
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState<TaxonomyKind | null>(null);
  const [choice, setChoice] = useState('');
  const [values, setValues] = useState<Partial<Record<EditableField, string>>>({});
  const subtitle = [prospect.title, prospect.company].filter(Boolean).join(' · ');
  const crm = prospect.source ? CRM_LABELS[prospect.source.crm] : undefined;
  const glance = glanceOf(chips);
  const correctedBadge = corrected ? (
    <span class="glance-corrected">
      corrected by you<span class="visually-hidden">:</span>{' '}
    </span>
  ) : null;

  return (
    <section class={`prospect-card${open ? ' open' : ''}`} aria-labelledby="prospect-name">
      <div class="pc-head">
        <div class="pc-id">
          <h2 id="prospect-name">{prospect.name || prospect.company || prospect.title || 'This prospect'}</h2>
          {subtitle && subtitle !== prospect.name ? <p class="pc-sub" title={subtitle}>{subtitle}</p> : null}
        </div>
        {open ? (
          <button type="button" class="small quiet" aria-expanded="true" aria-controls="pc-details" onClick={() => setOpen(false)}>
            Hide details
          </button>
        ) : null}
      </div>
      {/* At a glance: how Tailor read the prospect, one or two lines that open into the card to correct. */}
      {!open ? (
        <button type="button" class="pc-glance" aria-expanded="false" aria-controls="pc-details" disabled={waiting} onClick={() => setOpen(true)}>
          <span class="visually-hidden">Read as </span>
          {glance.who.length || glance.pains.length ? (
            <>
              <span class="glance-line glance-who">
                {correctedBadge}
                {glance.who.length ? glanceChips(glance.who) : <span class="muted">No persona or industry read</span>}
                {glance.whoMore ? <GlanceMore count={glance.whoMore} what="persona or industry" many="personas and industries" /> : null}
              </span>
              <span class="glance-line glance-pains">
                <span class="visually-hidden">, pain points: </span>
                {glance.pains.length ? glanceChips(glance.pains) : <span class="muted">No pain point read</span>}
                {glance.painsMore ? <GlanceMore count={glance.painsMore} what="pain point" many="pain points" /> : null}
              </span>
            </>
          ) : (
            <span class="glance-none">
              {correctedBadge}
              <span class="muted">Nothing read yet: add a persona, industry or pain point</span>
            </span>
          )}
          <span class="glance-open">
            {' '}
            Details<span aria-hidden="true"> ▾</span>
          </span>
        </button>
      ) : (
        <div id="pc-details">
          <div class="pc-head">
            <p class="pc-meta muted">
              {[prospect.industry, prospect.stage ? `Stage: ${prospect.stage}${stageLabel ? ` (${stageLabel})` : ''}` : undefined, crm && prospect.source?.recordType ? `${crm} ${prospect.source.recordType}` : crm]
                .filter(Boolean)
                .join(' · ')}
            </p>
            <button
              type="button"
              class="small"
              aria-expanded={editing}
              disabled={waiting}
              onClick={() => {
                setValues(Object.fromEntries(FIELDS.map((f) => [f.key, prospect[f.key] ?? ''])));
                setEditing(!editing);
              }}
            >
              {editing ? 'Close' : 'Edit'}
            </button>
          </div>

          {editing ? (
            <form
              class="pc-edit"
              onSubmit={(e) => {
                e.preventDefault();
                onEditFields(values);
                setEditing(false);
              }}
            >
              {FIELDS.map((f) => (
                <label key={f.key} class="pc-field">
                  <span>{f.label}</span>
                  {f.multiline ? (
                    <textarea rows={3} value={values[f.key] ?? ''} onInput={(e) => setValues({ ...values, [f.key]: (e.target as HTMLTextAreaElement).value })} />
                  ) : (
                    <input value={values[f.key] ?? ''} onInput={(e) => setValues({ ...values, [f.key]: (e.target as HTMLInputElement).value })} />
                  )}
                </label>
              ))}
              <div class="form-actions">
                <button type="submit" class="primary">
                  Save for this record
                </button>
                <button type="button" onClick={() => setEditing(false)}>
                  Cancel
                </button>
              </div>
            </form>
          ) : null}

          {TAXONOMY_KINDS.map((kind) => {
            const mine = chips.filter((c) => c.kind === kind);
            const available = taxonomy[kind].filter((e) => !mine.some((c) => c.id === e.id));
            const one = TAXONOMY_KIND_LABELS[kind].one.toLowerCase();
            return (
              <div class="pc-chips" key={kind} role="group" aria-label={TAXONOMY_KIND_LABELS[kind].many}>
                <span class="pc-kind">{TAXONOMY_KIND_LABELS[kind].many}</span>
                <ul class="chips">
                  {mine.map((c) => (
                    <li key={c.id} class="chip on context-chip">
                      <span>
                        {c.label}
                        <span class="chip-source">{c.source}</span>
                      </span>
                      <button type="button" class="chip-remove" disabled={waiting} aria-label={`Remove ${c.label}`} onClick={() => onRemoveChip(kind, c.id)}>
                        ×
                      </button>
                    </li>
                  ))}
                  {mine.length === 0 ? <li class="muted pc-none">none found</li> : null}
                  <li>
                    {adding === kind ? (
                      // Chosen, then added: a select that added on change would add whatever an arrow key
                      // passes over.
                      <form
                        class="chip-add"
                        onSubmit={(e) => {
                          e.preventDefault();
                          if (choice) onAddChip(kind, choice);
                          setAdding(null);
                          setChoice('');
                        }}
                        onKeyDown={(e) => {
                          if (e.key === 'Escape') {
                            e.stopPropagation();
                            setAdding(null);
                          }
                        }}
                      >
                        <select aria-label={`Add ${article(one)}`} value={choice} autoFocus onChange={(e) => setChoice((e.target as HTMLSelectElement).value)}>
                          <option value="">Choose…</option>
                          {available.map((e) => (
                            <option key={e.id} value={e.id}>
                              {e.label}
                            </option>
                          ))}
                        </select>
                        <button type="submit" class="small primary" disabled={!choice}>
                          Add
                        </button>
                        <button type="button" class="small" onClick={() => setAdding(null)}>
                          Cancel
                        </button>
                      </form>
                    ) : (
                      <button
                        type="button"
                        class="chip add-chip"
                        disabled={waiting || available.length === 0}
                        aria-label={`Add ${article(one)}`}
                        onClick={() => {
                          setChoice('');
                          setAdding(kind);
                        }}
                      >
                        + Add
                      </button>
                    )}
                  </li>
                </ul>
              </div>
            );
          })}
          {corrected ? (
            <p class="pc-corrected muted">
              Your corrections are remembered for this record.{' '}
              <button type="button" class="link" onClick={onResetCorrections}>
                Undo all corrections
              </button>
            </p>
          ) : null}
        </div>
      )}
    </section>
  );
}
