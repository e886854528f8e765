// Keeps the views the background prepares for the panel's first paint (one per tab with a record) in
// step with what they are computed from: a tab's new record prepares its view; a change to the library
// or to the panel's inputs (corrections, "not relevant" marks) makes every prepared view out of date,
// so they are removed at once (the panel then paints "Loading" rather than a list about to be replaced)
// and prepared again, once per burst of changes however many rows or transactions the burst has.

export interface ViewSource<L> {
  /** The tabs that have a record now. */
  tabs(): Promise<number[]>;
  /** The view for a tab's record as it stands now, with this library (undefined: the tab has no record). */
  compute(library: L, tabId: number): Promise<unknown>;
  write(tabId: number, view: unknown): Promise<void>;
  /** Removes the prepared views of these tabs. */
  remove(tabIds: readonly number[]): Promise<void>;
  /** A tab whose view could not be prepared or removed (-1: the views of every tab could not be removed). */
  warn(tabId: number, error: unknown): void;
}

export interface ViewRefresher<L> {
  /** The library as it now is: the first one after a start (nothing known to have changed) or a changed one. */
  library(library: L, changed: boolean): void;
  /** The panel's inputs changed, or a page says it changed what the views are computed from. */
  invalidate(): void;
  /** A tab's record is new: prepare its view. */
  prepare(tabId: number): void;
  /**
   * A tab's record is gone (the tab closed, or loaded another page): a view for it being worked out now
   * is not written, nor one waiting to be. Call it before removing the tab's stored view, in the same
   * task: a view written after that removal would stay, for a tab that no longer has a record.
   */
  forget(tabId: number): void;
  /**
   * The rep is about to correct these tabs' record: their stored views are removed before this resolves,
   * and no view is written for them (one being worked out now, or later with the record as it was) until
   * the next change (`invalidate`, which the correction's write brings), which prepares them again.
   */
  drop(tabIds: readonly number[]): Promise<void>;
  /** How many tabs the refresher keeps anything for (waiting, or being worked out): not the tabs it ever saw. */
  tracked(): number;
  /** Resolves once nothing is left to do (for tests and for callers that wait). */
  idle(): Promise<void>;
}

/**
 * `settleMs`: how long to wait after a change for more of the same burst (a feed sync or an import that
 * writes in several transactions) before preparing the views again.
 */
export function viewRefresher<L>(source: ViewSource<L>, settleMs = 50): ViewRefresher<L> {
  let current: L | undefined;
  /** Bumped by every change: a view computed before the latest change is not written. */
  let generation = 0;
  let pending: Set<number> | 'all' = new Set();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  /**
   * The tab whose view is being worked out (one at a time), and whether its record went or its view was
   * dropped meanwhile: then the view is not written. Only the tab under way is kept, so nothing stays
   * behind for tabs that closed (a count per tab ever forgotten grew for the life of the worker).
   */
  let computing: { tabId: number; cancelled: boolean } | undefined;
  /** Tabs whose record the rep is correcting: no view is written for them before the next change. */
  let held = new Set<number>();

  const hasWork = () => pending === 'all' || pending.size > 0;

  async function round(): Promise<void> {
    // Nothing can be computed before the library has been read, nor while a burst of changes goes on:
    // what is pending waits for the library, or for the end of the burst.
    while (hasWork() && current !== undefined && timer === undefined) {
      const library = current;
      const started = generation;
      const targets = pending;
      pending = new Set();
      const ids = targets === 'all' ? await source.tabs() : [...targets];
      for (const tabId of ids) {
        const job = (computing = { tabId, cancelled: false });
        let view: unknown;
        try {
          view = await source.compute(library, tabId);
        } catch (e) {
          source.warn(tabId, e);
          continue;
        } finally {
          computing = undefined;
        }
        // A change came in meanwhile: this view is already out of date, and the next round redoes it.
        if (generation !== started) break;
        // The tab closed or left its record meanwhile: its view was removed, and must not come back.
        if (job.cancelled || held.has(tabId)) continue;
        if (view !== undefined) await source.write(tabId, view).catch((e: unknown) => source.warn(tabId, e));
      }
    }
  }

  const run = () => {
    running ??= round().finally(() => {
      running = undefined;
      // Work that came in after the last check of the loop.
      if (hasWork() && current !== undefined && timer === undefined) run();
    });
  };

  const afterBurst = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      run();
    }, settleMs);
  };

  const changed = () => {
    generation++;
    held = new Set();
    pending = 'all';
    // At once, not after the burst: a view being computed is not written (the generation moved on).
    void source
      .tabs()
      .then((ids) => source.remove(ids))
      .catch((e: unknown) => source.warn(-1, e));
    afterBurst();
  };

  return {
    library(library, isChange) {
      current = library;
      if (isChange) changed();
      else {
        pending = 'all';
        run();
      }
    },
    invalidate: changed,
    prepare(tabId) {
      if (pending !== 'all') pending.add(tabId);
      if (timer === undefined) run();
    },
    forget(tabId) {
      if (computing?.tabId === tabId) computing.cancelled = true;
      held.delete(tabId);
      if (pending !== 'all') pending.delete(tabId);
    },
    async drop(tabIds) {
      if (computing && tabIds.includes(computing.tabId)) computing.cancelled = true;
      for (const tabId of tabIds) held.add(tabId);
      // A write already on its way went to storage before this removal, which therefore wins.
      if (tabIds.length) await source.remove(tabIds);
    },
    tracked: () => new Set([...(pending === 'all' ? [] : pending), ...(computing ? [computing.tabId] : []), ...held]).size,
    async idle() {
      while (timer !== undefined || running) {
        if (running) await running;
        else await new Promise((r) => setTimeout(r, settleMs));
      }
    },
  };
}
