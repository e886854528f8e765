// Suggestions worked out before the rep opens the panel, for its first paint: the library is kept in
// memory here, and every tab's prepared view follows the library and the panel's inputs as they change
// (lib/background/view-refresher.ts), not only when the record is read.
//
// A service worker sleeps when idle, and Dexie's change notifications from the pages do not wake it:
// the pages send `views:stale` after they write what the views depend on (hooks/use-db.ts; an import,
// written by the options page's import worker: hooks/use-importer.ts), which wakes it; woken so, it
// removes the views at once and prepares them again once the library has been read. On any start with
// records about, every view is prepared again too (the date may have moved on, a write may have come
// without a message). Then liveQuery follows every change while the worker is awake. A correction is
// announced before it is written (`views:correcting`): the record's views go, and none is written for
// its tabs until the change comes, so no panel opened after the correction paints the record as it was.
import { liveQuery } from 'dexie';
import { viewRefresher } from '@/lib/background/view-refresher';
import { getDb } from '@/lib/db/db';
import { loadLibrary } from '@/lib/db/library';
import { onMessages } from '@/lib/messaging';
import { recordKey, todayIso } from '@/lib/model';
import { computePanelView, loadPanelInputs } from '@/lib/panel/model';
import { panelLibrary, type PanelLibrary } from '@/lib/panel/suggest';
import { removeItems } from '@/lib/state/item';
import { feedback } from '@/lib/state/repositories';
import { tabRecord } from '@/lib/state/tab-record';
import { tabView, type PreparedView } from '@/lib/state/tab-view';

const refresher = viewRefresher<PanelLibrary>({
  tabs: () => tabRecord.ids(),
  async compute(library, tabId) {
    const record = await tabRecord(tabId).get();
    if (!record) return undefined;
    const inputs = await loadPanelInputs(getDb(), recordKey(record.prospect.source));
    return computePanelView(library, record.prospect, inputs, todayIso(), record.detectedAt);
  },
  write: (tabId, view) => tabView(tabId).set(view as PreparedView),
  remove: (tabIds) => removeItems(...tabIds.map((id) => tabView(id))),
  warn: (tabId, e) => console.warn(tabId < 0 ? 'Tailor could not remove the prepared suggestions' : `Tailor could not prepare suggestions for tab ${tabId}`, e),
});

let watching = false;
/** Whether this worker has read the library since it started (liveQuery then reports every change). */
let libraryRead = false;

/** Follows the library and the panel's inputs (once, however often it is called). */
function watch() {
  if (watching) return;
  watching = true;
  const db = getDb();
  const stop = (e: unknown) => {
    console.warn('Tailor stopped following the library for the prepared suggestions', e);
    watching = false;
  };
  liveQuery(() => loadLibrary(db)).subscribe({
    next: ({ assets, taxonomy }) => {
      refresher.library(panelLibrary(assets, taxonomy), libraryRead);
      libraryRead = true;
    },
    error: (e: unknown) => {
      libraryRead = false;
      stop(e);
    },
  });
  // The rep's corrections and "not relevant" marks: what loadPanelInputs reads, for any record.
  let inputsRead = false;
  liveQuery(() => Promise.all([db.corrections.toArray(), feedback.recent(db)])).subscribe({
    next: () => {
      if (inputsRead) refresher.invalidate();
      inputsRead = true;
    },
    error: stop,
  });
}

/** Prepares a tab's view for its new record (the record is stored first). */
export function precomputeView(tabId: number): void {
  watch();
  refresher.prepare(tabId);
}

/**
 * The tab's record is gone (closed, or another page loading): a view still being worked out for it is
 * not written. Called in the same task as the removal of its stored view, before it.
 */
export function forgetView(tabId: number): void {
  refresher.forget(tabId);
}

export function registerSuggestions() {
  // A start with records about: prepare their views again with the library as it is now.
  void tabRecord
    .ids()
    .then((ids) => ids.length > 0 && watch())
    .catch((e: unknown) => console.warn('Tailor could not list the tabs with records', e));
  onMessages({
    'views:stale': async () => {
      // Awake and following the database: liveQuery sees the write too, and prepares the views again.
      if (libraryRead) return null;
      // Just woken (by this message, most likely): the views were prepared before the write.
      if ((await tabRecord.ids()).length === 0) return null;
      refresher.invalidate();
      watch();
      return null;
    },
    'views:correcting': async ({ recordKey: key }) => {
      // Every tab on the record (a record can be open in several), before the correction is written.
      const ids = await tabRecord.ids();
      const records = await Promise.all(ids.map((id) => tabRecord(id).get()));
      await refresher.drop(ids.filter((_, i) => recordKey(records[i]?.prospect.source) === key));
      return null;
    },
  });
}
