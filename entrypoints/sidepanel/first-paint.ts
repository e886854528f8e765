// The panel's first script: a few kilobytes, no Preact, no database, no matcher. It paints what the
// background prepared for the followed tab's record (the `tabView` item, lib/state/tab-view.ts), then loads the
// full panel, which replaces this paint with the same view once it can act on it.
import '@/components/theme.css';
import { buildFirstPaint, isPanelView, pinnedTabId } from '@/lib/panel/first-paint';
import type { PanelView } from '@/lib/panel/view';
import { tabView } from '@/lib/state/tab-view';
import { openOptions, popOut } from './shell';

const pinned = pinnedTabId(location.search);

/**
 * The followed tab and its prepared view. Following the window's active tab, the view's key needs the
 * tab's id: the tab first, then that one item. Reading the whole session area at the same time instead
 * saves a round trip but copies every tab's record and view: with 50 tabs stored (218 KB) it took 9-11 ms
 * (median) against 1.3-1.5 ms for the tab and its key, and with one tab 0.7-0.8 against 0.8-0.9 ms
 * (bench/first-paint-read.ts, docs/benchmarks.md).
 */
async function followed(): Promise<{ tabId?: number; view?: PanelView }> {
  if (pinned !== undefined) return { tabId: pinned, view: await preparedView(pinned) };
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return {};
  return { tabId: tab.id, view: await preparedView(tab.id) };
}

async function preparedView(tabId: number): Promise<PanelView | undefined> {
  // The declared item checks the outline; the first paint checks every part it paints.
  const prepared = await tabView(tabId).get();
  return isPanelView(prepared) ? prepared : undefined;
}

async function paint() {
  let tabId: number | undefined;
  let view: PanelView | undefined;
  try {
    ({ tabId, view } = await followed());
  } catch (e) {
    // Nothing to paint early: the full panel works it out itself.
    console.warn('Tailor could not read the prepared suggestions', e);
  }
  document.getElementById('first-paint')?.replaceChildren(buildFirstPaint(document, { view, tabId, pinned: pinned !== undefined, onOpenOptions: openOptions, onPopOut: popOut }));
  // For `npm run bench:panel`, which reads the page's marks once the panel is open.
  performance.mark(view ? 'tailor:first-paint' : 'tailor:first-paint-empty');
}

// The full panel loads once this paint is on screen, so its hundreds of kilobytes do not delay it: its
// compiling would otherwise share the processor with the frame's rasterising and drawing, which go on
// after the page's own part of the frame (requestAnimationFrame) is done. The first contentful paint is
// reported when that frame was presented; a page that is not shown paints nothing, hence the time limit.
function whenPresented(then: () => void) {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    observer?.disconnect();
    then();
  };
  let observer: PerformanceObserver | undefined;
  try {
    observer = new PerformanceObserver((list) => list.getEntriesByName('first-contentful-paint').length && once());
    observer.observe({ type: 'paint', buffered: true });
  } catch {
    // No paint timing: the next frame will do.
    requestAnimationFrame(() => setTimeout(once));
  }
  setTimeout(once, 500);
}

void paint().finally(() => whenPresented(() => void import('./main')));
