// Which suggestions were counted as shown (impressions) for a tab's record: one impression per suggestion
// per record view (a detection of the record in that tab), however many panels show it. The side panel and
// a popped-out panel pinned to the same tab show the same record view; each used to count it.
import { defineStorageFamily, guardSchema } from './item';

export interface ShownOnView {
  /** The record's detection time (`tabRecord(tabId).detectedAt`): the record view counted. */
  detectedAt: number;
  /** The assets counted as shown on that view. */
  ids: string[];
}

const isShownOnView = (x: unknown): x is ShownOnView =>
  typeof x === 'object' && x !== null && typeof (x as ShownOnView).detectedAt === 'number' && Array.isArray((x as ShownOnView).ids) && (x as ShownOnView).ids.every((id) => typeof id === 'string');

/** Written by the panels (the one session item they write), under a lock; removed with the tab's record. */
export const shownOnView = /* @__PURE__ */ defineStorageFamily<ShownOnView | undefined>('session', 'shown:', {
  name: 'the suggestions counted as shown for tab',
  schema: guardSchema(isShownOnView, 'not the suggestions counted as shown (detectedAt and ids)'),
  fallback: undefined,
});

/** The ids not yet counted for this record view, and what the item holds once they are: a new view starts afresh. */
export function notYetShown(stored: ShownOnView | undefined, detectedAt: number, ids: readonly string[]): { fresh: string[]; next: ShownOnView } {
  const had = stored?.detectedAt === detectedAt ? stored.ids : [];
  const fresh = [...new Set(ids)].filter((id) => !had.includes(id));
  return { fresh, next: { detectedAt, ids: [...had, ...fresh] } };
}

/**
 * Claims the ids for the tab's record view and returns those no panel had claimed. The read and the write
 * run under a lock every page of the extension shares (Web Locks), so two panels opening at once cannot
 * both count a suggestion.
 */
export async function claimShown(tabId: number, detectedAt: number, ids: readonly string[]): Promise<string[]> {
  const claim = async () => {
    const item = shownOnView(tabId);
    const { fresh, next } = notYetShown(await item.get(), detectedAt, ids);
    if (fresh.length) await item.set(next);
    return fresh;
  };
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  return locks ? locks.request(`tailor:shown:${tabId}`, claim) : claim();
}
