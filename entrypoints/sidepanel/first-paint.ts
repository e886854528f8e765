// The panel's first script: a few kilobytes, no Preact, no database, no matcher. It paints what the
// background prepared for the followed tab's record (the `tabView` item, lib/state/tab-view.ts), then loads the
// full panel, which replaces this paint with the same view once it can act on it.
import '@/components/theme.css';
import { buildFirstPaint, isPanelView, pinnedTabId } from '@/lib/panel/first-paint';
import type { PanelView } from '@/lib/panel/view';
import { getItems } from '@/lib/state/item';
import { tabMail, type TabMail } from '@/lib/state/tab-mail';
import { tabView } from '@/lib/state/tab-view';
import { openOptions, popOut } from './shell';

const pinned = pinnedTabId(location.search);

/**
 * The followed tab, its prepared view and the email being written there. Following the window's active tab,
 * the view's key needs the tab's id: the tab first, then its two items, in one storage call. Reading the whole
 * session area at the same time instead saves a round trip but copies every tab's record and view: with 50
 * tabs stored (218 KB) it took 9-11 ms (median) against 1.3-1.5 ms for the tab and its key, and with one tab
 * 0.7-0.8 against 0.8-0.9 ms (bench/first-paint-read.ts, docs/benchmarks.md).
 */
async function followed(): Promise<{ tabId?: number; view?: PanelView; mail?: TabMail }> {
  if (pinned !== undefined) return { tabId: pinned, ...(await prepared(pinned)) };
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return {};
  return { tabId: tab.id, ...(await prepared(tab.id)) };
}

async function prepared(tabId: number): Promise<{ view?: PanelView; mail?: TabMail }> {
  // The email's banner and Insert into email buttons are painted now too, so the list does not move when
  // the full panel adds them. One storage call for both keys: two calls, even in parallel, cost the page two
  // round trips to the browser process before it can paint. The declared items check their outlines; the
  // first paint checks every part it paints.
  const [view, mail] = await getItems(tabView(tabId), tabMail(tabId));
  return isPanelView(view) ? { view, ...(mail ? { mail } : {}) } : {};
}

async function paint() {
  let tabId: number | undefined;
  let view: PanelView | undefined;
  let mail: TabMail | undefined;
  try {
    ({ tabId, view, mail } = await followed());
  } catch (e) {
    // Nothing to paint early: the full panel works it out itself.
    console.warn('Tailor could not read the prepared suggestions', e);
  }
  document.getElementById('first-paint')?.replaceChildren(buildFirstPaint(document, { view, ...(mail ? { mail } : {}), tabId, pinned: pinned !== undefined, onOpenOptions: openOptions, onPopOut: popOut }));
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
