import { useRef } from 'preact/hooks';
import { useVirtualRows } from '@/hooks/use-virtual-rows';
import { ASSET_TYPE_LABELS, STAGE_LABELS, type Taxonomy } from '@/lib/model';
import type { LibraryRow, Sort, SortKey } from '@/lib/library/filter';
import { STATUS_LABELS } from '@/lib/library/status';
import { SafeLink } from './safe-link';

export interface LibraryTableProps {
  rows: readonly LibraryRow[];
  taxonomy: Taxonomy;
  sort: Sort;
  selected: ReadonlySet<string>;
  onSort: (key: SortKey) => void;
  onToggle: (id: string, on: boolean) => void;
  onToggleAll: (on: boolean) => void;
  onEdit: (id: string) => void;
}

const ROW_HEIGHT = 60;
/** Tags a row shows (two lines at most); the rest behind "+N", in full in a popover and to screen readers. */
const SHOWN_TAGS = 2;

const COLUMNS: { key?: SortKey; label: string; class: string }[] = [
  { key: 'title', label: 'Title', class: 'col-title' },
  { key: 'type', label: 'Type', class: 'col-type' },
  { label: 'Tagged for', class: 'col-tags' },
  { key: 'stage', label: 'Stage', class: 'col-stage' },
  { key: 'status', label: 'Status', class: 'col-status' },
  { key: 'expiresAt', label: 'Expires', class: 'col-date' },
];

/** Every asset in one scrollable table; only the rows in view are in the page. */
export function LibraryTable({ rows, taxonomy, sort, selected, onSort, onToggle, onToggleAll, onEdit }: LibraryTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualRows(rows.length, ROW_HEIGHT, scrollRef);
  const labels = (kind: 'personas' | 'industries', ids: string[]) =>
    ids.map((id) => taxonomy[kind].find((e) => e.id === id)?.label ?? id);
  const allSelected = rows.length > 0 && rows.every((r) => selected.has(r.asset.id));

  return (
    <>
    <div class="library-table" role="table" aria-label="Assets" aria-rowcount={rows.length + 1}>
      <div class="lt-head" role="rowgroup">
        <div class="lt-row" role="row" aria-rowindex={1}>
          <div class="col-select" role="columnheader">
            <input
              type="checkbox"
              aria-label={allSelected ? 'Select none' : `Select all ${rows.length} shown`}
              checked={allSelected}
              onChange={(e) => onToggleAll((e.target as HTMLInputElement).checked)}
            />
          </div>
          {COLUMNS.map((c) => (
            <div
              key={c.label}
              class={c.class}
              role="columnheader"
              aria-sort={c.key && sort.key === c.key ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}
            >
              {c.key ? (
                <button type="button" class="sort" onClick={() => onSort(c.key!)}>
                  {c.label}
                  <span aria-hidden="true">{sort.key === c.key ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}</span>
                </button>
              ) : (
                c.label
              )}
            </div>
          ))}
          <div class="col-actions" role="columnheader">
            <span class="visually-hidden">Actions</span>
          </div>
        </div>
      </div>
      {/* No rows: the body takes no height, so "No assets match" shows under the header, not a screen below. */}
      <div class={`lt-body${rows.length === 0 ? ' lt-body-empty' : ''}`} ref={scrollRef} role="rowgroup">
        <div role="presentation" style={{ height: `${virtualizer.getTotalSize()}px`, position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index]!;
            const a = row.asset;
            const personas = labels('personas', a.personas);
            const industries = labels('industries', a.industries);
            const tagged = [...personas, ...industries];
            return (
              <div
                key={a.id}
                class={`lt-row${selected.has(a.id) ? ' selected' : ''}`}
                role="row"
                aria-rowindex={item.index + 2}
                style={{ transform: `translateY(${item.start}px)`, height: `${ROW_HEIGHT}px` }}
              >
                <div class="col-select" role="cell">
                  <input
                    type="checkbox"
                    aria-label={`Select ${a.title}`}
                    checked={selected.has(a.id)}
                    onChange={(e) => onToggle(a.id, (e.target as HTMLInputElement).checked)}
                  />
                </div>
                <div class="col-title" role="cell">
                  <SafeLink href={a.url} class="lt-title">
                    {a.title}
                  </SafeLink>
                  <span class="lt-url muted">{a.url}</span>
                </div>
                <div class="col-type" role="cell">
                  {ASSET_TYPE_LABELS[a.type]}
                </div>
                <div class="col-tags" role="cell">
                  {tagged.length ? <TagList id={`lt-tags-${item.index}`} title={a.title} personas={personas} industries={industries} /> : <span class="muted">Anyone</span>}
                </div>
                <div class="col-stage" role="cell">
                  {a.stage ? STAGE_LABELS[a.stage] : <span class="muted">Any</span>}
                </div>
                <div class="col-status" role="cell">
                  {row.statuses.map((s) => (
                    <span key={s} class={`status status-${s}`}>
                      {STATUS_LABELS[s]}
                      {s === 'flagged' && row.openFlags > 1 ? ` (${row.openFlags})` : ''}
                    </span>
                  ))}
                </div>
                <div class="col-date" role="cell">
                  {a.expiresAt ?? ''}
                </div>
                <div class="col-actions" role="cell">
                  <button type="button" onClick={() => onEdit(a.id)} aria-label={`Edit ${a.title}`}>
                    Edit
                  </button>
                </div>
              </div>
            );
          })}
        </div>
      </div>
    </div>
    {rows.length === 0 ? <p class="lt-empty">No assets match the search and filters.</p> : null}
    </>
  );
}

/**
 * An asset's personas and industries: the first few as chips, the rest as "+N", a button that opens the
 * full list in a popover (the top layer: the row's cell, which clips, does not cut it), with the list in
 * its title for a mouse. Screen readers are given the full list in the cell's text.
 */
function TagList({ id, title, personas, industries }: { id: string; title: string; personas: readonly string[]; industries: readonly string[] }) {
  const tagged = [...personas, ...industries];
  const more = tagged.length - SHOWN_TAGS;
  return (
    <>
      <span class="visually-hidden">{tagged.join(', ')}</span>
      <span class="lt-tags" aria-hidden="true">
        {tagged.slice(0, SHOWN_TAGS).map((t, i) => (
          <span key={i} class="lt-tag" title={t}>
            {t}
          </span>
        ))}
      </span>
      {more > 0 ? (
        <>
          <button type="button" class="lt-more" popovertarget={id} title={tagged.join(', ')}>
            +{more}
            <span class="visually-hidden"> more: all {tagged.length} tags of {title}</span>
          </button>
          <div id={id} popover="auto" class="lt-tags-pop">
            {personas.length ? <TagGroup name="Personas" tags={personas} /> : null}
            {industries.length ? <TagGroup name="Industries" tags={industries} /> : null}
          </div>
        </>
      ) : null}
    </>
  );
}

const TagGroup = ({ name, tags }: { name: string; tags: readonly string[] }) => (
  <>
    <p class="lt-pop-head">{name}</p>
    <ul aria-label={name}>
      {tags.map((t, i) => (
        <li key={i}>{t}</li>
      ))}
    </ul>
  </>
);
