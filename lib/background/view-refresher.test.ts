import { describe, expect, it } from 'vitest';
import { viewRefresher, type ViewSource } from './view-refresher';

/** Tabs with records, views as "<library>:<record>", and every call counted; `gate` holds computes back. */
function source(records: Record<number, string>) {
  const views = new Map<number, unknown>();
  const computed: string[] = [];
  const warnings: string[] = [];
  let gate: Promise<void> | undefined;
  const s: ViewSource<string> = {
    tabs: async () => Object.keys(records).map(Number),
    async compute(library, tabId) {
      // As the background does: the record is read first, then the rest (which takes a while).
      const record = records[tabId];
      await gate;
      if (record === 'broken') throw new Error('unreadable record');
      computed.push(`${library}:${tabId}`);
      return record === undefined ? undefined : `${library}:${record}`;
    },
    write: async (tabId, view) => void views.set(tabId, view),
    remove: async (ids) => ids.forEach((id) => views.delete(id)),
    warn: (tabId, e) => warnings.push(`${tabId}: ${(e as Error).message}`),
  };
  return {
    s,
    views,
    computed,
    warnings,
    hold() {
      let release!: () => void;
      gate = new Promise((r) => (release = r));
      return () => {
        gate = undefined;
        release();
      };
    },
  };
}

const SETTLE = 20;
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('viewRefresher', () => {
  it('prepares every tab’s view once the library has been read after a start', async () => {
    const src = source({ 1: 'dana', 2: 'lee' });
    const r = viewRefresher<string>(src.s, SETTLE);
    r.library('v1', false);
    await r.idle();
    expect(Object.fromEntries(src.views)).toEqual({ 1: 'v1:dana', 2: 'v1:lee' });
  });

  it('prepares a new record’s view when the library arrives, not before', async () => {
    const src = source({ 3: 'kim' });
    const r = viewRefresher<string>(src.s, SETTLE);
    r.prepare(3);
    await tick();
    expect(src.computed).toEqual([]);
    r.library('v1', false);
    await r.idle();
    expect(src.views.get(3)).toBe('v1:kim');
    // The start's round covers the new record: it is not computed twice.
    expect(src.computed).toEqual(['v1:3']);
  });

  it('prepares only the tab whose record is new', async () => {
    const src = source({ 1: 'dana', 2: 'lee' });
    const r = viewRefresher<string>(src.s, SETTLE);
    r.library('v1', false);
    await r.idle();
    src.computed.length = 0;
    r.prepare(2);
    await r.idle();
    expect(src.computed).toEqual(['v1:2']);
  });

  it('removes every view at once when the library changes, and prepares each again once per burst', async () => {
    const src = source({ 1: 'dana', 2: 'lee' });
    const r = viewRefresher<string>(src.s, SETTLE);
    r.library('v1', false);
    await r.idle();
    src.computed.length = 0;
    for (const v of ['v2', 'v3', 'v4', 'v5']) r.library(v, true);
    await tick();
    expect(src.views.size, 'no out-of-date view is left to paint while the burst goes on').toBe(0);
    await r.idle();
    expect(Object.fromEntries(src.views)).toEqual({ 1: 'v5:dana', 2: 'v5:lee' });
    expect(src.computed.sort()).toEqual(['v5:1', 'v5:2']);
  });

  it('does not write a view computed before a change that came in meanwhile', async () => {
    const src = source({ 1: 'dana' });
    const r = viewRefresher<string>(src.s, SETTLE);
    const release = src.hold();
    r.library('v1', false);
    await tick();
    // The computation with v1 is under way when v2 arrives.
    r.library('v2', true);
    release();
    await tick();
    expect(src.views.has(1), 'the view computed with the old library is dropped').toBe(false);
    await r.idle();
    expect(src.views.get(1)).toBe('v2:dana');
  });

  it('an invalidation before the library is known removes the views, and the views come back with the library', async () => {
    const src = source({ 1: 'dana' });
    src.views.set(1, 'old:dana');
    const r = viewRefresher<string>(src.s, SETTLE);
    r.invalidate();
    await tick();
    expect(src.views.size).toBe(0);
    await new Promise((res) => setTimeout(res, SETTLE * 2));
    expect(src.computed).toEqual([]);
    r.library('v2', false);
    await r.idle();
    expect(src.views.get(1)).toBe('v2:dana');
  });

  it('writes no view for a tab that closed while its view was being worked out', async () => {
    const records: Record<number, string> = { 1: 'dana', 2: 'lee' };
    const src = source(records);
    const r = viewRefresher<string>(src.s, SETTLE);
    const release = src.hold();
    r.library('v1', false);
    await tick();
    // Tab 1 closes while its view is computed: its record and view go, as the background does it.
    delete records[1];
    r.forget(1);
    src.views.delete(1);
    release();
    await r.idle();
    expect(src.views.has(1), 'no orphan view for the closed tab').toBe(false);
    expect(src.views.get(2)).toBe('v1:lee');
  });

  it('writes no view for a tab whose new record was forgotten before the library came', async () => {
    const records: Record<number, string> = { 3: 'kim' };
    const src = source(records);
    const r = viewRefresher<string>(src.s, SETTLE);
    r.prepare(3);
    const release = src.hold();
    r.library('v1', false);
    await tick();
    // The round lists tab 3 and waits on its compute; the tab closes then.
    delete records[3];
    r.forget(3);
    release();
    await r.idle();
    expect(src.views.size).toBe(0);
    // A later record in the same tab (a new page) is prepared as usual.
    records[3] = 'ana';
    r.prepare(3);
    await r.idle();
    expect(src.views.get(3)).toBe('v1:ana');
  });

  it('keeps nothing for tabs that closed, however many came and went', async () => {
    const records: Record<number, string> = {};
    const src = source(records);
    const r = viewRefresher<string>(src.s, SETTLE);
    r.library('v1', false);
    await r.idle();
    for (let tabId = 1; tabId <= 200; tabId++) {
      records[tabId] = `rep${tabId}`;
      r.prepare(tabId);
      await r.idle();
      // The tab closes: as the background does it.
      delete records[tabId];
      r.forget(tabId);
      src.views.delete(tabId);
    }
    expect(src.computed).toHaveLength(200);
    expect(r.tracked(), 'no entry left behind for a closed tab').toBe(0);
  });

  it('forgetting a tab that closed mid-computation leaves nothing behind either', async () => {
    const records: Record<number, string> = { 1: 'dana' };
    const src = source(records);
    const r = viewRefresher<string>(src.s, SETTLE);
    const release = src.hold();
    r.library('v1', false);
    await tick();
    expect(r.tracked()).toBe(1);
    delete records[1];
    r.forget(1);
    src.views.delete(1);
    release();
    await r.idle();
    expect(src.views.has(1)).toBe(false);
    expect(r.tracked()).toBe(0);
  });

  it('drops a corrected record’s view before it resolves, and does not write one worked out before the correction', async () => {
    const records: Record<number, string> = { 1: 'dana', 2: 'lee' };
    const src = source(records);
    const r = viewRefresher<string>(src.s, SETTLE);
    r.library('v1', false);
    await r.idle();
    // Another change is being worked out when the rep corrects tab 1's record.
    const release = src.hold();
    r.library('v2', false);
    await tick();
    records[1] = 'dana (corrected)';
    await r.drop([1]);
    expect(src.views.has(1), 'the view without the correction is gone when drop resolves').toBe(false);
    release();
    await tick();
    await tick();
    expect(src.views.has(1), 'the view computed before the correction is not written').toBe(false);
    expect(src.views.get(2)).toBe('v2:lee');
    // Nor one worked out before the correction's write lands (the tab's new record, a library change).
    records[1] = 'dana';
    r.prepare(1);
    await r.idle();
    expect(src.views.has(1), 'no view of the record as it was while the correction is being written').toBe(false);
    // The change the correction's write brings prepares the view again, with it.
    records[1] = 'dana (corrected)';
    r.invalidate();
    await r.idle();
    expect(src.views.get(1)).toBe('v2:dana (corrected)');
  });

  it('goes on with the other tabs when one view cannot be prepared, and says which', async () => {
    const src = source({ 1: 'broken', 2: 'lee' });
    const r = viewRefresher<string>(src.s, SETTLE);
    r.library('v1', false);
    await r.idle();
    expect(src.views.get(2)).toBe('v1:lee');
    expect(src.views.has(1)).toBe(false);
    expect(src.warnings).toEqual(['1: unreadable record']);
  });
});
