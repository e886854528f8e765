// Suggestions worked out when a record is detected, before the rep opens the panel: the library is
// kept in memory here (and refreshed when it changes), so the panel can paint the moment it opens.
import { liveQuery } from 'dexie';
import { getDb } from '@/lib/db/db';
import { loadLibrary } from '@/lib/db/library';
import { recordKey, todayIso } from '@/lib/model';
import { computePanelView, loadPanelInputs } from '@/lib/panel/model';
import { panelLibrary, type PanelLibrary } from '@/lib/panel/suggest';
import { tabView } from '@/lib/state/tab-view';
import type { TabRecord } from '@/lib/state/tab-record';

let library: Promise<PanelLibrary> | undefined;

function currentLibrary(): Promise<PanelLibrary> {
  if (!library) {
    const db = getDb();
    library = new Promise((resolve, reject) => {
      liveQuery(() => loadLibrary(db)).subscribe({
        next: ({ assets, taxonomy }) => {
          const fresh = panelLibrary(assets, taxonomy);
          library = Promise.resolve(fresh);
          resolve(fresh);
        },
        error: (e: unknown) => {
          library = undefined;
          reject(e);
        },
      });
    });
  }
  return library;
}

/** Works out what the panel will show for a tab's record and leaves it beside the record. */
export async function precomputeView(tabId: number, record: TabRecord): Promise<void> {
  const [lib, inputs] = await Promise.all([currentLibrary(), loadPanelInputs(getDb(), recordKey(record.prospect.source))]);
  const view = computePanelView(lib, record.prospect, inputs, todayIso(), record.detectedAt);
  await tabView(tabId).set(view);
}
