// What the panel's first paint and the full panel share: the header's actions, and the hand-over from
// one to the other.

export const openOptions = (e: Event) => {
  e.preventDefault();
  void browser.runtime.openOptionsPage();
};

/** Settings, at the email setting (the toggle asks the browser for the mail sites, beside what is read there). */
export const openEmailSettings = () => void browser.tabs.create({ url: browser.runtime.getURL('/options.html#settings?focus=email') });

/** The panel in its own window, pinned to the tab it speaks for. */
export const popOut = (tabId: number) =>
  void browser.windows.create({ url: browser.runtime.getURL(`/sidepanel.html?tabId=${tabId}`), type: 'popup', width: 400, height: 760 });

/**
 * The full panel takes the first paint's place. Called before the browser paints (a layout effect), so no
 * frame shows neither or both.
 */
export function showFullPanel() {
  const firstPaint = document.getElementById('first-paint');
  if (firstPaint) {
    firstPaint.remove();
    // For `npm run bench:panel`: the full panel in charge, its actions working.
    performance.mark('tailor:full-panel');
  }
  const app = document.getElementById('app');
  if (app) app.hidden = false;
}
