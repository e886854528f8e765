import { useEffect, useMemo, useState } from 'preact/hooks';
import { AssetEditor } from '@/components/asset-editor';
import { BulkBar } from '@/components/bulk-bar';
import { FacetMenu } from '@/components/facet-menu';
import { ImportPanel } from '@/components/import-panel';
import { LibraryTable } from '@/components/library-table';
import { Modal } from '@/components/modal';
import { Toast } from '@/components/toast';
import { usePageDb } from '@/hooks/use-db';
import { downloadText } from '@/hooks/download';
import { useImporter } from '@/hooks/use-importer';
import { usePendingPageDraft } from '@/hooks/use-pending-page-draft';
import { useLiveQuery } from '@/hooks/use-live-query';
import { applyBulk, saveAsset, undo, type UndoRecord } from '@/lib/db/curation';
import { loadLibrary, packAssetsOf } from '@/lib/db/library';
import { draftFromAsset, type AssetDraft } from '@/lib/library/asset-form';
import type { BulkAction } from '@/lib/library/bulk';
import { countFacets, emptyFilter, filterRows, sortRows, toRow, type LibraryFilter, type Sort, type SortKey } from '@/lib/library/filter';
import { ASSET_STATUSES, STATUS_LABELS, assetStatuses } from '@/lib/library/status';
import { ASSET_TYPES, ASSET_TYPE_LABELS, STAGES, STAGE_LABELS, TAXONOMY_KINDS, TAXONOMY_KIND_LABELS, todayIso, type Asset, type LibraryPack } from '@/lib/model';
import { assetsToCsv } from '@/lib/pack/csv';
import { compileTaxonomy } from '@/lib/match';
import { suggestTags } from '@/lib/library/suggest-tags';
import { packToJson } from '@/lib/pack/pack';
import * as tables from '@/lib/state/repositories';
import { plural } from '@/lib/notices/format';

type Editing = { id: string; isNew: boolean; draft: AssetDraft; resolvesFlags?: boolean };

const newAssetId = () => `a-${crypto.randomUUID().slice(0, 8)}`;

export function LibrarySection() {
  const db = usePageDb();
  const { draft: pendingDraft, consume: consumePendingDraft } = usePendingPageDraft();
  const data = useLiveQuery(async () => {
    const [library, flags] = await Promise.all([loadLibrary(db), tables.flags.open(db)]);
    return { library, flags };
  }, []);
  const today = todayIso();
  const [filter, setFilter] = useState<LibraryFilter>(emptyFilter);
  const [sort, setSort] = useState<Sort>({ key: 'title', direction: 'asc' });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [editing, setEditing] = useState<Editing | null>(null);
  const [importing, setImporting] = useState(false);
  const [toast, setToast] = useState<{ message: string; undo?: UndoRecord } | null>(null);
  const importer = useImporter();

  const rows = useMemo(() => {
    if (!data.value) return [];
    const flagsByAsset = new Map<string, number>();
    for (const f of data.value.flags) flagsByAsset.set(f.assetId, (flagsByAsset.get(f.assetId) ?? 0) + 1);
    return data.value.library.assets.map((a) => {
      const flags = flagsByAsset.get(a.id) ?? 0;
      return toRow(a, assetStatuses(a, today, flags), flags);
    });
  }, [data.value, today]);
  // Sorted once per library or sort order; a keystroke in the search only filters (in order).
  const sorted = useMemo(() => sortRows(rows, sort), [rows, sort]);
  const visible = useMemo(() => filterRows(sorted, filter), [sorted, filter]);
  const counts = useMemo(() => countFacets(filterRows(rows, { ...emptyFilter(), text: filter.text })), [rows, filter.text]);
  const taxonomy = data.value?.library.taxonomy;
  // Tag suggestions read the editor's text as the panel reads prospects: with the library's own content.
  const compiled = useMemo(() => (taxonomy ? compileTaxonomy(taxonomy, data.value?.library.assets) : undefined), [taxonomy, data.value?.library.assets]);

  useEffect(() => {
    if (pendingDraft && data.value) {
      setEditing({ id: newAssetId(), isNew: true, draft: draftFromAsset(pendingDraft) });
      consumePendingDraft();
    }
  }, [pendingDraft, data.value !== undefined]);

  // "#library?edit=<id>" (from the review queue) opens that asset in the editor.
  useEffect(() => {
    const openFromHash = () => {
      const params = new URLSearchParams(location.hash.split('?')[1] ?? '');
      const id = params.get('edit');
      const asset = id ? data.value?.library.assets.find((a) => a.id === id) : undefined;
      if (asset) {
        setEditing({ id: asset.id, isNew: false, draft: draftFromAsset(asset), resolvesFlags: params.get('flags') === 'resolve' });
        history.replaceState(null, '', '#library');
      }
    };
    openFromHash();
    window.addEventListener('hashchange', openFromHash);
    return () => window.removeEventListener('hashchange', openFromHash);
  }, [data.value !== undefined]);

  const onSort = (key: SortKey) =>
    setSort((s) => (s.key === key ? { key, direction: s.direction === 'asc' ? 'desc' : 'asc' } : { key, direction: 'asc' }));

  const onBulk = async (action: BulkAction) => {
    const ids = [...selected];
    try {
      const record = await applyBulk(db, ids, action);
      setToast({ message: `${record.label}.`, undo: record });
      if (action.kind === 'delete') setSelected(new Set());
    } catch (e) {
      setToast({ message: `Nothing changed: ${(e as Error).message}` });
    }
  };

  const exportAs = (format: 'json' | 'csv', scope: 'all' | 'filtered') => {
    if (!data.value) return;
    const list = scope === 'all' ? data.value.library.assets : visible.map((r) => r.asset);
    const { assets: packAssets, archived } = packAssetsOf(list);
    const stamp = today;
    if (format === 'json') {
      const pack: LibraryPack = {
        format: 'tailor-library',
        version: 1,
        name: 'Tailor library export',
        updatedAt: new Date().toISOString(),
        taxonomy: data.value.library.taxonomy,
        assets: packAssets,
      };
      downloadText(`tailor-library-${stamp}.json`, packToJson(pack), 'application/json');
    } else {
      downloadText(`tailor-library-${stamp}.csv`, `\ufeff${assetsToCsv(packAssets)}`, 'text/csv');
    }
    const leftOut = archived ? ` (${archived} archived left out)` : '';
    setToast({ message: `Exported ${packAssets.length} asset${packAssets.length === 1 ? '' : 's'} as ${format.toUpperCase()}${leftOut}.` });
  };


  if (data.error) return <p class="error" role="alert">The library could not be opened: {data.error.message}</p>;
  if (!data.value || !taxonomy) return <p role="status">Opening your library…</p>;
  const facetOptions = <T extends string>(values: readonly T[], label: (v: T) => string, map: Map<T, number>) =>
    values.map((v) => ({ value: v, label: label(v), count: map.get(v) ?? 0 }));

  return (
    <section aria-labelledby="library-title" class="library-section">
      <div class="section-head">
        <h2 id="library-title">Library</h2>
        <p class="muted" data-testid="library-summary">
          {plural(rows.length, 'asset')}, {plural(taxonomy.personas.length, 'persona')}, {plural(taxonomy.industries.length, 'industry', 'industries')},{' '}
          {plural(taxonomy.painPoints.length, 'pain point')}.
        </p>
        <div class="head-actions">
          <button type="button" class="primary" onClick={() => setEditing({ id: newAssetId(), isNew: true, draft: draftFromAsset() })}>
            Add asset
          </button>
          <button type="button" onClick={() => setImporting(true)}>
            Import…
          </button>
          <details class="facet-menu export-menu">
            <summary>Export</summary>
            <div
              class="menu"
              onClick={(e) => {
                // A choice made closes the menu.
                const details = (e.currentTarget as HTMLElement).closest('details');
                if ((e.target as HTMLElement).closest('button') && details) details.open = false;
              }}
            >
              <button type="button" onClick={() => exportAs('json', 'all')}>All as JSON pack</button>
              <button type="button" onClick={() => exportAs('csv', 'all')}>All as CSV</button>
              <button type="button" onClick={() => exportAs('json', 'filtered')}>Shown ({visible.length}) as JSON pack</button>
              <button type="button" onClick={() => exportAs('csv', 'filtered')}>Shown ({visible.length}) as CSV</button>
            </div>
          </details>
        </div>
      </div>

      {rows.length === 0 ? (
        <div class="library-empty" data-testid="library-empty">
          <p>
            <strong>Your library is empty.</strong> Reps see suggestions as soon as it holds content.
          </p>
          <p>
            Choose <strong>Import…</strong> above for a library pack (.json) or a spreadsheet saved as CSV, or{' '}
            <strong>Add asset</strong> for one at a time. If your marketing team publishes a library feed, set its address in{' '}
            <a href="#settings">Settings</a>.
          </p>
        </div>
      ) : (
        <>
        <div class="toolbar" role="search">
          <label class="search">
            <span class="visually-hidden">Search assets</span>
            <input
              type="search"
              placeholder="Search titles, URLs, descriptions, tags"
              value={filter.text}
              onInput={(e) => setFilter((f) => ({ ...f, text: (e.target as HTMLInputElement).value }))}
            />
          </label>
          <FacetMenu label="Status" options={facetOptions(ASSET_STATUSES, (s) => STATUS_LABELS[s], counts.statuses)} selected={filter.statuses} onChange={(v) => setFilter((f) => ({ ...f, statuses: v as typeof f.statuses }))} />
          <FacetMenu label="Type" options={facetOptions(ASSET_TYPES, (t) => ASSET_TYPE_LABELS[t], counts.types)} selected={filter.types} onChange={(v) => setFilter((f) => ({ ...f, types: v as typeof f.types }))} />
          <FacetMenu label="Stage" options={facetOptions(STAGES, (s) => STAGE_LABELS[s], counts.stages)} selected={filter.stages} onChange={(v) => setFilter((f) => ({ ...f, stages: v as typeof f.stages }))} />
          {TAXONOMY_KINDS.map((kind) => (
            <FacetMenu
              key={kind}
              label={TAXONOMY_KIND_LABELS[kind].one}
              options={taxonomy[kind].map((e) => ({ value: e.id, label: e.label, count: counts[kind].get(e.id) ?? 0 }))}
              selected={filter[kind]}
              onChange={(v) => setFilter((f) => ({ ...f, [kind]: v }))}
            />
          ))}
          <span class="muted" role="status" aria-live="polite">
            {visible.length === rows.length ? plural(rows.length, 'asset') : `${visible.length} of ${rows.length} shown`}
          </span>
        </div>

        {selected.size > 0 ? <BulkBar count={selected.size} taxonomy={taxonomy} onAction={onBulk} onClear={() => setSelected(new Set())} /> : null}

        <LibraryTable
          rows={visible}
          taxonomy={taxonomy}
          sort={sort}
          selected={selected}
          onSort={onSort}
          onToggle={(id, on) =>
            setSelected((s) => {
              const next = new Set(s);
              if (on) next.add(id);
              else next.delete(id);
              return next;
            })
          }
          onToggleAll={(on) => setSelected(on ? new Set(visible.map((r) => r.asset.id)) : new Set())}
          onEdit={(id) => {
            const asset = data.value?.library.assets.find((a) => a.id === id);
            if (asset) setEditing({ id, isNew: false, draft: draftFromAsset(asset) });
          }}
        />
        </>
      )}

      {editing ? (
        <Modal label={editing.isNew ? 'New asset' : 'Edit asset'} onClose={() => setEditing(null)} wide>
          <AssetEditor
            id={editing.id}
            isNew={editing.isNew}
            initial={editing.draft}
            taxonomy={taxonomy}
            assets={data.value.library.assets}
            suggest={compiled ? (draft) => suggestTags(draft, compiled) : undefined}
            onSave={async (asset) => {
              await saveAsset(db, asset, Date.now(), { resolvesFlags: editing.resolvesFlags });
              setEditing(null);
              setToast({ message: `${editing.isNew ? 'Added' : 'Saved'} “${asset.title}”${editing.resolvesFlags ? '; reps’ flags on it are resolved' : ''}.` });
            }}
            onCancel={() => setEditing(null)}
          />
        </Modal>
      ) : null}

      {importing ? (
        <Modal
          label="Import content"
          wide
          onClose={() => {
            setImporting(false);
            importer.reset();
          }}
        >
          <ImportPanel
            state={importer.state}
            onChoose={importer.choose}
            onConfirm={importer.confirm}
            onReset={importer.reset}
            onClose={() => {
              setImporting(false);
              importer.reset();
            }}
          />
        </Modal>
      ) : null}

      {toast ? (
        <Toast
          message={toast.message}
          actionLabel={toast.undo ? 'Undo' : undefined}
          onAction={
            toast.undo
              ? () => {
                  const record = toast.undo!;
                  void undo(db, record).then(() => setToast({ message: `Undone: ${record.label.toLowerCase()}.` }));
                }
              : undefined
          }
          onDismiss={() => setToast(null)}
        />
      ) : null}
    </section>
  );
}
