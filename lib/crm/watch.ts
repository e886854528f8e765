// When the content script reads the page, and when it tells the background: at load; after single-page
// navigation and after fields render, once the page has been quiet for a moment (but at least every
// couple of seconds while it keeps changing); never from changes that cannot be a record's fields; and
// only a reading that finished and differs from the last one sent.
import type { Reading } from '.';
import type { ExtractedRecord } from './types';

export interface WatchOptions {
  read: () => Reading;
  send: (record: ExtractedRecord | null) => Promise<unknown>;
  /** Quiet time after the last change before reading. */
  quietMs?: number;
  /** Longest wait while the page keeps changing. */
  maxWaitMs?: number;
  /** A reading that took longer than this makes the next wait longer (up to slowestMs). */
  slowReadMs?: number;
  slowestMs?: number;
  now?: () => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export interface RecordWatch {
  /** Read at once. */
  readNow(): void;
  /** Something on the page changed: read once it is quiet. */
  changed(): void;
  /** The address changed without a page load (a single-page CRM moving to another record): the page
   * may still show the record before it, so read once its content has changed too (or after maxWait). */
  navigated(): void;
  stop(): void;
}

export function watchRecord(o: WatchOptions): RecordWatch {
  const quiet = o.quietMs ?? 250;
  const maxWait = o.maxWaitMs ?? 2000;
  const slowRead = o.slowReadMs ?? 20;
  const slowest = o.slowestMs ?? 4000;
  const now = o.now ?? (() => performance.now());
  const setTimer = o.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = o.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));

  let last: string | undefined;
  let wait = quiet;
  let timer: unknown;
  let firstChange: number | undefined;
  let stopped = false;
  /** When the address changed and the page's content has not yet. */
  let navigatedAt: number | undefined;

  const schedule = (ms: number) => {
    if (timer !== undefined) clearTimer(timer);
    timer = setTimer(readNow, ms);
  };

  function readNow() {
    if (stopped) return;
    timer = undefined;
    if (navigatedAt !== undefined && now() - navigatedAt < maxWait) {
      // The old record may still be on screen under the new address: wait for the new one to render.
      schedule(Math.max(0, navigatedAt + maxWait - now()));
      return;
    }
    navigatedAt = undefined;
    firstChange = undefined;
    const started = now();
    const { record, complete } = o.read();
    // A page that is slow to read is read less often.
    wait = now() - started > slowRead ? Math.min(wait * 2, slowest) : quiet;
    if (!complete) {
      // Cut short: what was read may lack fields. Try again later rather than send half a record.
      schedule(wait);
      return;
    }
    const json = JSON.stringify(record);
    if (json === last) return;
    last = json;
    o.send(record).catch(() => {
      // The background restarts on demand; the next reading is sent again.
      last = undefined;
    });
  }

  const changed = () => {
    if (stopped) return;
    const t = now();
    firstChange ??= t;
    // Trailing: each change pushes the reading back, but never past maxWait from the first change.
    schedule(Math.max(0, Math.min(wait, firstChange + maxWait - t)));
  };

  return {
    readNow,
    changed() {
      navigatedAt = undefined;
      changed();
    },
    navigated() {
      if (stopped) return;
      navigatedAt = now();
      changed();
    },
    stop() {
      stopped = true;
      if (timer !== undefined) clearTimer(timer);
    },
  };
}

/** Elements whose content is never a record's field. */
const INERT = new Set(['HEAD', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'SVG', 'CANVAS', 'IFRAME', 'VIDEO', 'AUDIO', 'svg', 'path', 'TITLE', 'LINK', 'META']);

/** A change that could be a record's field rendering: text, or elements added or removed, outside
 * scripts, styles and drawings. Attribute churn (hover states, progress bars) never is. */
export function isRelevantChange(m: Pick<MutationRecord, 'type' | 'target' | 'addedNodes' | 'removedNodes'>): boolean {
  if (m.type === 'attributes') return false;
  if (m.type === 'childList' && m.addedNodes.length === 0 && m.removedNodes.length === 0) return false;
  for (let n: Node | null = m.target; n; n = n.parentNode) if (INERT.has(n.nodeName)) return false;
  if (m.type === 'childList') {
    const nodes = [...Array.from(m.addedNodes), ...Array.from(m.removedNodes)];
    // Only whitespace, comments or inert elements came or went.
    return nodes.some((n) => (n.nodeType === 3 ? (n.textContent ?? '').trim() !== '' : n.nodeType === 1 && !INERT.has(n.nodeName)));
  }
  return true;
}
