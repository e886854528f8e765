// Suggestions worked out when a record is detected, before the rep opens the panel: the library is
// kept in memory here (and refreshed when it changes), so the panel can paint the moment it opens.
import { liveQuery } from 'dexie';
import { getDb } from '@/lib/db/db';
import { loadLibrary } from '@/lib/db/library';
import type { NotRelevantFeedback } from '@/lib/match';
import { recordKey, todayIso } from '@/lib/model';
import { panelLibrary, panelSuggestions, type PanelLibrary } from '@/lib/panel/suggest';
import { toPanelView, viewKey } from '@/lib/panel/view';
import type { TabRecord } from '@/lib/tab-prospect';

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
  const db = getDb();
  const key = recordKey(record.prospect.source);
  const [lib, correction, feedback] = await Promise.all([
    currentLibrary(),
    key ? db.corrections.get(key) : undefined,
    db.events
      .where('[type+at]')
      .between(['not-relevant', 0], ['not-relevant', Infinity])
      .reverse()
      .limit(500)
      .toArray()
      .then((events) => events.filter((e) => e.assetId).map((e): NotRelevantFeedback => ({ assetId: e.assetId!, context: e.context }))),
  ]);
  const view = toPanelView(panelSuggestions(lib, record.prospect, correction, feedback, todayIso(), 5), record.detectedAt);
  await browser.storage.session.set({ [viewKey(tabId)]: view });
}
