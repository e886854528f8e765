import { useState } from 'preact/hooks';
import type { ImporterState } from '@/hooks/use-importer';
import type { ImportMode } from '@/lib/pack/plan';
import { describeProblem } from '@/lib/pack/problems';
import { listWithAnd, sentence } from '@/lib/pack/wording';
import { taxonomyChanges, type PreviewItem, type TaxonomyRename } from '@/lib/pack/import-preview';
import { plural } from '@/lib/notices/format';
import { TAXONOMY_KINDS, TAXONOMY_KIND_LABELS, type TaxonomyEntry, type TaxonomyKind } from '@/lib/model';

export interface ImportPanelProps {
  state: ImporterState;
  onChoose: (file: File, addTaxonomy: boolean) => void;
  onConfirm: (mode: ImportMode) => void;
  onReset: () => void;
  onClose: () => void;
}

const PHASES = { reading: 'Reading the file', checking: 'Checking every row', writing: 'Writing to your library' };

function ItemList({ items, label }: { items: readonly PreviewItem[]; label: string }) {
  if (items.length === 0) return null;
  const shown = items.slice(0, 50);
  return (
    <details>
      <summary>
        {label}: {items.length}
      </summary>
      <ul class="preview-list">
        {shown.map((i) => (
          <li key={i.id}>
            {i.title}
            {i.changes?.length ? <span class="muted"> (changes {i.changes.join(', ')})</span> : null}
          </li>
        ))}
        {items.length > shown.length ? <li class="muted">and {items.length - shown.length} more</li> : null}
      </ul>
    </details>
  );
}

/**
 * What confirming does, in the button's words: "Import 3 assets and 9 taxonomy entries", "Add 9 taxonomy
 * entries", "Add 3 aliases to 2 taxonomy entries" (aliases a pack gives entries the library already has),
 * "Rename 1 taxonomy entry", "Add 3 aliases and rename 1 entry" (entries the pack gives another label).
 */
export function importLabel(
  assets: number,
  taxonomyAdds: number,
  rejected: number,
  removed: number,
  aliases = { count: 0, entries: 0 },
  renames = 0,
): string {
  const entries = (n: number) => plural(n, 'taxonomy entry', 'taxonomy entries');
  const extras = [...(taxonomyAdds ? [entries(taxonomyAdds)] : []), ...(aliases.count ? [plural(aliases.count, 'alias', 'aliases')] : [])];
  const rename = renames ? `rename ${plural(renames, 'entry', 'entries')}` : '';
  /** Renaming is a verb of its own, after what is added: "Add 3 aliases and rename 1 entry". */
  const andRename = (clause: string) => (rename ? `${clause}${clause.includes(' and ') ? ', and' : ' and'} ${rename}` : clause);
  if (removed) return `Replace the library: import ${listWithAnd([plural(assets, 'asset'), ...extras])}${rename ? `, ${rename}` : ''}, remove ${removed}`;
  const skip = rejected ? `, skip ${rejected} rejected` : '';
  if (assets === 0 && !extras.length && renames) return `Rename ${entries(renames)}${skip}`;
  if (assets === 0 && aliases.count && !taxonomyAdds && !renames) return `Add ${plural(aliases.count, 'alias', 'aliases')} to ${entries(aliases.entries)}${skip}`;
  if (assets === 0 && extras.length) return `${andRename(`Add ${listWithAnd(extras)}`)}${skip}`;
  return `${andRename(`Import ${listWithAnd([plural(assets, 'asset'), ...extras])}`)}${skip}`;
}

/** Each new entry its own chip, so "Operations manager, EMEA" reads as one name and not two. */
function NewTaxonomy({ added }: { added: Record<TaxonomyKind, readonly TaxonomyEntry[]> }) {
  return (
    <div class="new-taxonomy" data-testid="import-new-taxonomy">
      <p>New in the taxonomy:</p>
      <dl>
        {TAXONOMY_KINDS.filter((k) => added[k].length).map((k) => (
          <div key={k}>
            <dt>{TAXONOMY_KIND_LABELS[k].many}</dt>
            <dd>
              <ul class="chips" aria-label={`New ${TAXONOMY_KIND_LABELS[k].many.toLowerCase()}`}>
                {added[k].slice(0, 50).map((e) => (
                  <li key={e.id} class="chip">
                    {e.label}
                  </li>
                ))}
                {added[k].length > 50 ? <li class="muted">and {added[k].length - 50} more</li> : null}
              </ul>
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

/** Aliases the file gives entries the library already has: each entry, then its new aliases as chips. */
function NewAliases({ added }: { added: Record<TaxonomyKind, readonly TaxonomyEntry[]> }) {
  const entries = TAXONOMY_KINDS.flatMap((k) => added[k].map((e) => ({ kind: k, e })));
  return (
    <div class="new-taxonomy" data-testid="import-new-aliases">
      <p>New aliases of entries your taxonomy has:</p>
      <dl>
        {entries.slice(0, 50).map(({ kind, e }) => (
          <div key={`${kind}:${e.id}`}>
            <dt>
              {TAXONOMY_KIND_LABELS[kind].one} “{e.label}”
            </dt>
            <dd>
              <ul class="chips" aria-label={`New aliases of ${e.label}`}>
                {e.aliases.map((a) => (
                  <li key={a} class="chip">
                    {a}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ))}
      </dl>
      {entries.length > 50 ? <p class="muted">and {plural(entries.length - 50, 'entry', 'entries')} more</p> : null}
    </div>
  );
}

/** Entries the library has that the file gives another label (same id): "Persona “Support leader” becomes “Support lead”". */
function Renamed({ renamed }: { renamed: Record<TaxonomyKind, readonly TaxonomyRename[]> }) {
  const all = TAXONOMY_KINDS.flatMap((k) => renamed[k].map((r) => ({ kind: k, r })));
  return (
    <div class="new-taxonomy" data-testid="import-renamed">
      <p>Entries your taxonomy has that the file gives another label:</p>
      <ul aria-label="Renamed taxonomy entries">
        {all.slice(0, 50).map(({ kind, r }) => (
          <li key={`${kind}:${r.id}`}>
            {TAXONOMY_KIND_LABELS[kind].one} “{r.from}” becomes “{r.to}”
          </li>
        ))}
      </ul>
      {all.length > 50 ? <p class="muted">and {plural(all.length - 50, 'entry', 'entries')} more</p> : null}
    </div>
  );
}

/** Import a JSON pack or a CSV: choose or drop a file, see what it would do, then confirm. */
export function ImportPanel({ state, onChoose, onConfirm, onReset, onClose }: ImportPanelProps) {
  const [addTaxonomy, setAddTaxonomy] = useState(false);
  const [mode, setMode] = useState<ImportMode>('merge');
  /** Rows were rejected: only merging is safe (replacing would remove the assets those rows stood for). */
  const rejected = state.step === 'preview' && state.preview.rejected.length > 0;
  /** A file of no assets (a taxonomy pack): replacing would empty the library, so it only merges. */
  const noAssets = state.step === 'preview' && state.importable === 0;
  const mergeOnly = rejected || noAssets;
  const changes = state.step === 'preview' ? taxonomyChanges(state.preview) : undefined;
  const taxonomyAdds = changes?.added ?? 0;
  const aliasAdds = { count: changes?.aliases ?? 0, entries: changes?.aliasEntries ?? 0 };
  const renames = changes?.renamed ?? 0;
  const nothingNew = taxonomyAdds === 0 && aliasAdds.count === 0 && renames === 0;
  /**
   * Every asset the file has is in the library as it is (the same pack imported twice): merging changes
   * nothing, nor does replacing when it would remove nothing.
   */
  const allUnchanged =
    state.step === 'preview' &&
    state.importable > 0 &&
    state.preview.added.length === 0 &&
    state.preview.updated.length === 0 &&
    nothingNew &&
    !(mode === 'replace' && !mergeOnly && state.preview.removedOnReplace.length > 0);
  const nothingToDo = (state.step === 'preview' && state.importable === 0 && nothingNew) || allUnchanged;
  /** About the whole file (its characters could not all be read): seen before confirming, never folded away. */
  const fileWarnings = state.step === 'preview' ? state.preview.warnings.filter((w) => w.where === 'file') : [];
  const rowWarnings = state.step === 'preview' ? state.preview.warnings.filter((w) => w.where !== 'file') : [];
  const [dragging, setDragging] = useState(false);

  const pick = (files: FileList | null | undefined) => {
    const file = files?.[0];
    if (file) onChoose(file, addTaxonomy);
  };

  return (
    <section class="import-panel" aria-labelledby="import-title">
      <h2 id="import-title">Import content</h2>
      {state.step === 'idle' || state.step === 'failed' ? (
        <>
          <div
            class={`drop-zone${dragging ? ' dragging' : ''}`}
            onDragOver={(e) => {
              e.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={(e) => {
              e.preventDefault();
              setDragging(false);
              pick(e.dataTransfer?.files);
            }}
          >
            <p>Drop a library pack (.json) or a spreadsheet saved as CSV here, or</p>
            <label class="button-like">
              Choose a file
              <input
                type="file"
                accept=".json,.csv,application/json,text/csv"
                class="visually-hidden"
                onChange={(e) => pick((e.target as HTMLInputElement).files)}
              />
            </label>
            <p class="muted">
              CSV columns: title, url, type, description, personas, industries, painPoints, stage, publishedAt, expiresAt, tags, id.
              Lists separated by “;”. Nothing is written until you confirm.
            </p>
          </div>
          <label class="check">
            <input type="checkbox" checked={addTaxonomy} onChange={(e) => setAddTaxonomy((e.target as HTMLInputElement).checked)} />
            Add personas, industries and pain points the file names that are not in the taxonomy yet
          </label>
          {state.step === 'failed' ? (
            <p class="field-error" role="alert">
              The import failed: {state.message}. Your library is unchanged.
            </p>
          ) : null}
        </>
      ) : null}

      {state.step === 'working' ? (
        <div class="progress" role="status" aria-live="polite">
          <label for="import-progress">
            {PHASES[state.phase]}
            {state.fileName ? ` (${state.fileName})` : ''}…
          </label>
          <progress id="import-progress" max={state.total || 1} value={state.phase === 'reading' ? undefined : state.done} />
        </div>
      ) : null}

      {state.step === 'preview' ? (
        <div class="import-preview" aria-live="polite">
          <h3>{state.preview.fileName}</h3>
          {state.preview.fileErrors.length > 0 ? (
            <div role="alert">
              <p class="field-error">This file cannot be imported. Nothing was written.</p>
              <ul class="problems">
                {state.preview.fileErrors.slice(0, 100).map((p, i) => (
                  <li key={i}>{describeProblem(p)}</li>
                ))}
              </ul>
            </div>
          ) : (
            <>
              <p data-testid="import-summary">
                {state.preview.added.length} to add, {state.preview.updated.length} to update, {state.preview.unchanged} unchanged
                {state.preview.rejected.length ? `, ${state.preview.rejected.length} rejected` : ''}.
              </p>
              {state.preview.rejected.length > 0 ? (
                <div class="rejected">
                  <h4>Rejected rows (they will not be imported)</h4>
                  <table>
                    <thead>
                      <tr>
                        <th scope="col">Where</th>
                        <th scope="col">Field</th>
                        <th scope="col">Problem</th>
                      </tr>
                    </thead>
                    <tbody>
                      {state.preview.rejected.slice(0, 200).flatMap((r) =>
                        r.errors.map((e, i) => (
                          <tr key={`${r.where}-${i}`}>
                            <td>{r.where}</td>
                            <td>{e.field ?? ''}</td>
                            <td>{e.message}</td>
                          </tr>
                        )),
                      )}
                    </tbody>
                  </table>
                </div>
              ) : null}
              <ItemList items={state.preview.added} label="New assets" />
              <ItemList items={state.preview.updated} label="Updated assets (matched by ID, else URL)" />
              {taxonomyAdds ? <NewTaxonomy added={state.preview.newTaxonomy} /> : null}
              {aliasAdds.count ? <NewAliases added={state.preview.newAliases} /> : null}
              {renames ? <Renamed renamed={state.preview.renamed} /> : null}
              {rowWarnings.length ? (
                <details>
                  <summary>{plural(rowWarnings.length, 'warning')}</summary>
                  <ul class="problems">
                    {rowWarnings.slice(0, 100).map((p, i) => (
                      <li key={i}>{describeProblem(p)}</li>
                    ))}
                  </ul>
                </details>
              ) : null}
              {fileWarnings.length ? (
                <div class="warning-banner file-warnings" data-testid="import-file-warnings">
                  <p>Before you import, about the whole file:</p>
                  <ul>
                    {fileWarnings.map((p, i) => (
                      <li key={i}>{sentence(p.message)}</li>
                    ))}
                  </ul>
                </div>
              ) : null}
              <fieldset class="mode">
                <legend>How to import</legend>
                <label class="check">
                  <input type="radio" name="import-mode" checked={mode === 'merge'} onChange={() => setMode('merge')} />
                  Merge: add new assets and update matching ones; keep everything else
                </label>
                <label class="check">
                  <input
                    type="radio"
                    name="import-mode"
                    checked={mode === 'replace' && !mergeOnly}
                    disabled={mergeOnly}
                    aria-describedby={mergeOnly ? 'replace-needs-clean-file' : undefined}
                    onChange={() => setMode('replace')}
                  />
                  Replace: the library becomes this file ({plural(state.preview.removedOnReplace.length, 'asset')} not in it will be removed; a team feed's assets stay)
                </label>
                {mergeOnly ? (
                  <p id="replace-needs-clean-file" class="muted small-text">
                    {rejected
                      ? 'Replace needs a file with no rejected rows: an asset whose row was rejected would be removed from the library.'
                      : 'Replace needs a file with assets: this one has none, so replacing would empty the library.'}
                  </p>
                ) : null}
              </fieldset>
              <div class="form-actions">
                <button
                  type="button"
                  class={mode === 'replace' && !mergeOnly && state.preview.removedOnReplace.length ? 'danger' : 'primary'}
                  disabled={nothingToDo}
                  aria-describedby={nothingToDo ? 'import-nothing-to-do' : undefined}
                  onClick={() => onConfirm(mergeOnly ? 'merge' : mode)}
                >
                  {/* The button says what it will do, removals and new taxonomy entries included. */}
                  {importLabel(state.importable, taxonomyAdds, state.preview.rejected.length, mode === 'replace' && !mergeOnly ? state.preview.removedOnReplace.length : 0, aliasAdds, renames)}
                </button>
                <button type="button" onClick={onReset}>
                  Choose another file
                </button>
                {nothingToDo ? (
                  <p id="import-nothing-to-do" class="muted small-text form-note" data-testid="import-nothing">
                    {allUnchanged
                      ? `Nothing to import: every ${state.preview.rejected.length ? 'asset of the rows not rejected' : 'asset'} is already in the library as it is.`
                      : state.preview.rejected.length
                      ? 'Nothing to import: every row was rejected (see the table above).'
                      : `Nothing to import: the file has no assets${state.preview.kind === 'pack' ? ' and no taxonomy entries, aliases or labels your library does not have yet' : ''}.`}
                  </p>
                ) : null}
              </div>
            </>
          )}
          {state.preview.fileErrors.length > 0 ? (
            <div class="form-actions">
              <button type="button" onClick={onReset}>
                Choose another file
              </button>
            </div>
          ) : null}
        </div>
      ) : null}

      {state.step === 'committed' ? (
        <div role="status">
          <p data-testid="import-done">
            Imported {state.fileName}:{' '}
            {[
              ...(state.summary.added || state.summary.updated || !(state.taxonomyAdded || state.aliasesAdded || state.renamed)
                ? [`${state.summary.added} added`, `${state.summary.updated} updated`]
                : []),
              ...(state.summary.removed ? [`${state.summary.removed} removed`] : []),
              ...(state.taxonomyAdded ? [`${plural(state.taxonomyAdded, 'taxonomy entry', 'taxonomy entries')} added`] : []),
              ...(state.aliasesAdded ? [`${plural(state.aliasesAdded, 'alias', 'aliases')} added`] : []),
              ...(state.renamed ? [`${plural(state.renamed, 'taxonomy entry', 'taxonomy entries')} renamed`] : []),
            ].join(', ')}
            .
          </p>
          <div class="form-actions">
            <button type="button" class="primary" onClick={onClose}>
              Done
            </button>
            <button type="button" onClick={onReset}>
              Import another file
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
