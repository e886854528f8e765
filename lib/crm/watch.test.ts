import { Window } from 'happy-dom';
import { describe, expect, it, vi } from 'vitest';
import type { Reading } from '.';
import type { ExtractedRecord } from './types';
import { isRelevantChange, watchRecord } from './watch';

const record = (name: string): ExtractedRecord => ({ prospect: { name, source: { crm: 'salesforce', recordType: 'contact', recordId: name } } });

/** A page that reads as `reading`, a fake clock and the messages sent. */
function setup(first: Reading) {
  let reading = first;
  let clock = 0;
  const timers: { at: number; fn: () => void; id: number }[] = [];
  let ids = 0;
  const sent: (ExtractedRecord | null)[] = [];
  const reads = vi.fn(() => reading);
  const watch = watchRecord({
    read: reads,
    send: async (r) => void sent.push(r),
    now: () => clock,
    setTimer: (fn, ms) => {
      timers.push({ at: clock + ms, fn, id: ++ids });
      return ids;
    },
    clearTimer: (id) => {
      const i = timers.findIndex((t) => t.id === id);
      if (i >= 0) timers.splice(i, 1);
    },
  });
  const advance = (ms: number) => {
    const until = clock + ms;
    for (;;) {
      timers.sort((a, b) => a.at - b.at);
      const next = timers[0];
      if (!next || next.at > until) break;
      timers.shift();
      clock = next.at;
      next.fn();
    }
    clock = until;
  };
  return { watch, sent, reads, advance, set: (r: Reading) => (reading = r) };
}

describe('watching a CRM page', () => {
  it('sends the record at load, and again only when it changed', async () => {
    const page = setup({ record: record('Dana'), complete: true });
    page.watch.readNow();
    page.watch.changed();
    page.advance(1000);
    await Promise.resolve();
    expect(page.sent).toEqual([record('Dana')]);
    expect(page.reads).toHaveBeenCalledTimes(2);
    page.set({ record: record('Omar'), complete: true });
    page.watch.changed();
    page.advance(1000);
    expect(page.sent).toEqual([record('Dana'), record('Omar')]);
  });

  it('waits for the page to be quiet, but reads at least every two seconds while it keeps changing', () => {
    const page = setup({ record: record('Dana'), complete: true });
    for (let t = 0; t < 240; t += 100) {
      page.watch.changed();
      page.advance(100);
    }
    expect(page.reads).toHaveBeenCalledTimes(0);
    page.advance(300);
    expect(page.reads).toHaveBeenCalledTimes(1);
    for (let t = 0; t < 5000; t += 100) {
      page.watch.changed();
      page.advance(100);
    }
    expect(page.reads.mock.calls.length).toBeGreaterThanOrEqual(3);
    expect(page.reads.mock.calls.length).toBeLessThanOrEqual(4);
  });

  it('never sends a reading cut short by its deadline, and tries again', () => {
    const page = setup({ record: { prospect: { name: 'Dana' } }, complete: false });
    page.watch.readNow();
    expect(page.sent).toEqual([]);
    page.set({ record: record('Dana'), complete: true });
    page.advance(500);
    expect(page.sent).toEqual([record('Dana')]);
  });

  it('sends "no record" when the rep leaves the record, once', () => {
    const page = setup({ record: record('Dana'), complete: true });
    page.watch.readNow();
    page.set({ record: null, complete: true });
    page.watch.changed();
    page.advance(1000);
    page.watch.changed();
    page.advance(1000);
    expect(page.sent).toEqual([record('Dana'), null]);
  });

  it('after a single-page navigation, waits for the new record to render before reading', () => {
    const page = setup({ record: record('Dana'), complete: true });
    page.watch.readNow();
    // The address says Omar; the page still shows Dana while Omar's record loads.
    page.watch.navigated();
    page.advance(1000);
    expect(page.sent).toEqual([record('Dana')]);
    page.set({ record: record('Omar'), complete: true });
    page.watch.changed();
    page.advance(300);
    expect(page.sent).toEqual([record('Dana'), record('Omar')]);
  });

  it('reads after a navigation anyway if the page never changes', () => {
    const page = setup({ record: record('Dana'), complete: true });
    page.watch.readNow();
    page.set({ record: null, complete: true });
    page.watch.navigated();
    page.advance(1900);
    expect(page.sent).toEqual([record('Dana')]);
    page.advance(200);
    expect(page.sent).toEqual([record('Dana'), null]);
  });

  it('stops when the extension is reloaded', () => {
    const page = setup({ record: record('Dana'), complete: true });
    page.watch.changed();
    page.watch.stop();
    page.advance(5000);
    expect(page.reads).not.toHaveBeenCalled();
  });
});

describe('which page changes count', () => {
  const window = new Window();
  const document = window.document as unknown as Document;
  const field = document.body.appendChild(document.createElement('div'));
  const svg = document.body.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'svg'));
  const icon = svg.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'g'));
  const script = document.body.appendChild(document.createElement('script'));
  const change = (type: MutationRecordType, target: Node, added: Node[] = [], removed: Node[] = []) =>
    isRelevantChange({ type, target, addedNodes: added as unknown as NodeList, removedNodes: removed as unknown as NodeList });

  it('counts text and elements rendered into the page', () => {
    expect(change('characterData', field.appendChild(document.createTextNode('VP Finance')))).toBe(true);
    expect(change('childList', field, [document.createElement('span')])).toBe(true);
    expect(change('childList', field, [document.createTextNode('Dana')])).toBe(true);
  });

  it('ignores attributes, whitespace, comments, scripts and drawings', () => {
    expect(change('attributes', field)).toBe(false);
    expect(change('childList', field, [document.createTextNode('  \n ')])).toBe(false);
    expect(change('childList', field, [document.createComment('x')])).toBe(false);
    expect(change('childList', script, [document.createTextNode('var x = 1')])).toBe(false);
    expect(change('childList', icon, [document.createElement('path')])).toBe(false);
  });
});
