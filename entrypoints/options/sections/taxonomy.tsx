import { useMemo, useState } from 'preact/hooks';
import { Field, fieldAria } from '@/components/field';
import { TaxonomyEntryRow } from '@/components/taxonomy-entry-row';
import { usePageDb } from '@/hooks/use-db';
import { useLiveQuery } from '@/hooks/use-live-query';
import { applyTaxonomyChange } from '@/lib/db/curation';
import { loadLibrary } from '@/lib/db/library';
import { addEntry, deleteEntry, mergeEntries, updateEntry, usageCounts, type TaxonomyResult } from '@/lib/library/taxonomy-ops';
import { compileTaxonomy, contextOf, resolveProspect } from '@/lib/match';
import * as tables from '@/lib/state/repositories';
import { TAXONOMY_KINDS, TAXONOMY_KIND_LABELS, type Asset, type ProspectSeen, type Taxonomy, type TaxonomyKind } from '@/lib/model';
import { PhraseSuggestionsSection } from './phrase-suggestions';

/** Recently seen prospects each entry would read them as: "Dana Whitfield (CFO)". */
function previews(taxonomy: Taxonomy, assets: readonly Asset[], prospects: readonly ProspectSeen[], kind: TaxonomyKind): Map<string, string[]> {
  // With the library's assets, as the panel reads prospects.
  const compiled = compileTaxonomy(taxonomy, assets);
  const out = new Map<string, string[]>();
  for (const seen of prospects) {
    const ids = contextOf(resolveProspect(seen.prospect, compiled))[kind];
    const who = [seen.prospect.name, seen.prospect.title ?? seen.prospect.industry].filter(Boolean).join(', ') || seen.key;
    for (const id of ids) out.set(id, [...(out.get(id) ?? []), who]);
  }
  return out;
}

export function TaxonomySection() {
  const db = usePageDb();
  const library = useLiveQuery(() => loadLibrary(db), []);
  const recent = useLiveQuery(() => tables.prospects.recent(db, 200), []);
  const [kind, setKind] = useState<TaxonomyKind>('personas');
  const [newLabel, setNewLabel] = useState('');
  const [newError, setNewError] = useState<string>();

  const preview = useMemo(
    () => (library.value && recent.value ? previews(library.value.taxonomy, library.value.assets, recent.value, kind) : new Map<string, string[]>()),
    [library.value, recent.value, kind],
  );
  if (library.error) return <p class="error" role="alert">The taxonomy could not be opened: {library.error.message}</p>;
  if (!library.value) return <p role="status">Opening the taxonomy…</p>;
  const { taxonomy, assets } = library.value;
  const counts = usageCounts(assets, kind);
  // Each edit is worked out again on the taxonomy as it is when it is written (see applyTaxonomyChange).
  const apply = (edit: (current: Taxonomy) => TaxonomyResult): Promise<TaxonomyResult> => applyTaxonomyChange(db, edit);
  const one = TAXONOMY_KIND_LABELS[kind].one;

  return (
    <section aria-labelledby="taxonomy-title" class="taxonomy-section">
      <h2 id="taxonomy-title">Taxonomy</h2>
      <p class="muted">
        How Tailor reads prospects: each entry's label and aliases are what it recognises in job titles, industries and notes.
        Renames, merges and deletes carry every asset along.
      </p>
      <div class="segmented" role="tablist" aria-label="Kind of entry">
        {TAXONOMY_KINDS.map((k) => (
          <button
            key={k}
            type="button"
            role="tab"
            id={`tab-${k}`}
            aria-controls="taxonomy-panel"
            aria-selected={k === kind}
            onClick={() => setKind(k)}
          >
            {TAXONOMY_KIND_LABELS[k].many} ({taxonomy[k].length})
          </button>
        ))}
      </div>
      <div id="taxonomy-panel" role="tabpanel" aria-labelledby={`tab-${kind}`}>
        <form
          class="tx-add"
          onSubmit={async (e) => {
            e.preventDefault();
            const r = await apply((t) => addEntry(t, kind, newLabel));
            if (r.ok) {
              setNewLabel('');
              setNewError(undefined);
            } else setNewError(r.message);
          }}
        >
          <Field id="tx-new" label={`New ${one.toLowerCase()}`} error={newError}>
            <input value={newLabel} placeholder={`${one} label`} onInput={(e) => setNewLabel((e.target as HTMLInputElement).value)} {...fieldAria('tx-new', newError)} />
          </Field>
          <button type="submit" class="primary">
            Add {one.toLowerCase()}
          </button>
        </form>
        <ul class="tx-list">
          {taxonomy[kind].map((entry) => (
            <TaxonomyEntryRow
              key={`${kind}:${entry.id}`}
              kind={kind}
              entry={entry}
              others={taxonomy[kind].filter((e) => e.id !== entry.id)}
              usage={counts.get(entry.id) ?? 0}
              preview={preview.get(entry.id)}
              previewFor={(draft) =>
                previews({ ...taxonomy, [kind]: taxonomy[kind].map((e) => (e.id === entry.id ? { ...e, ...draft } : e)) }, assets, recent.value ?? [], kind).get(entry.id) ?? []
              }
              onUpdate={(next) => apply((t) => updateEntry(t, kind, entry.id, next))}
              onMerge={(target) => apply((t) => mergeEntries(t, kind, entry.id, target))}
              onDelete={(replacement) => apply((t) => deleteEntry(t, kind, entry.id, replacement))}
            />
          ))}
        </ul>
      </div>
      <PhraseSuggestionsSection taxonomy={taxonomy} />
    </section>
  );
}
