// The panel's page as it changes, for the e2e tests of its first paint and its hand-over to the full panel:
// a log of every batch of changes, as the page stands when the changes are done (before the next paint).
import type { Page } from 'playwright-core';

export interface Snapshot {
  /** Whether the first paint's container was still in the page. */
  firstPaint: boolean;
  lists: number;
  titles: string[];
  top: number;
  actionsReady: boolean;
  loading: boolean;
  /** The first suggestion's buttons, by their text. */
  actions: string[];
  /** Where the "Writing to …" banner's top is (-1: none). */
  bannerTop: number;
  /** How the tabs and the first suggestion's buttons and selection box look (computed opacity and colours, disabled or not). */
  look: string;
}

/** Notes every batch of changes to the panel's page, as it stands when the changes are done (before the next paint). */
export async function logChanges(panel: Page) {
  await panel.addInitScript(() => {
    const log: Snapshot[] = [];
    (window as unknown as { __log: Snapshot[] }).__log = log;
    const snapshot = () => {
      const lists = [...document.querySelectorAll('ul[aria-label="Suggested content"]')].filter((l) => l.checkVisibility());
      const items = lists[0] ? [...lists[0].querySelectorAll(':scope > li')] : [];
      return {
        firstPaint: document.getElementById('first-paint') !== null,
        lists: lists.length,
        titles: items.map((li) => li.querySelector('.s-title')!.textContent!),
        top: items[0]?.getBoundingClientRect().top ?? -1,
        actions: items[0] ? [...items[0].querySelectorAll('.s-actions > button')].map((b) => b.textContent!) : [],
        bannerTop: [...document.querySelectorAll('.writing-to')].find((b) => b.checkVisibility())?.getBoundingClientRect().top ?? -1,
        actionsReady: items.some((li) => [...li.querySelectorAll('button')].some((b) => !b.disabled)),
        loading: [...document.querySelectorAll('[role="status"]')].some((s) => s.checkVisibility() && s.textContent === 'Loading suggestions…'),
        look: [
          ...[...document.querySelectorAll('[role="tab"]')].filter((t) => t.checkVisibility()),
          ...(items[0]?.querySelectorAll('button, input[type="checkbox"]') ?? []),
        ]
          .map((b) => {
            const c = getComputedStyle(b);
            // A disabled box is drawn greyed whatever its computed colours (the waiting buttons are styled
            // to look as they will, so theirs say how they look).
            return `${b.textContent || b.getAttribute('aria-label')}: ${c.opacity} ${c.color} ${c.backgroundColor}${b instanceof HTMLInputElement && b.disabled ? ' disabled' : ''}`;
          })
          .join('; '),
      };
    };
    new MutationObserver(() => {
      const s = snapshot();
      if (s.lists > 0 || log.length > 0) log.push(s);
    }).observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
  });
}

