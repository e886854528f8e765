// Each tab's CRM record: received from the content script, kept in session storage for the side panel,
// forgotten when the tab closes or loads another page. A record of a won deal credits its content.
import { getDb } from '@/lib/db/db';
import { onCrmRecords } from '@/lib/background/records';
import { removeItems } from '@/lib/state/item';
import { tabRecord, type TabRecord } from '@/lib/state/tab-record';
import { shownOnView } from '@/lib/state/shown';
import { tabView } from '@/lib/state/tab-view';
import { wonDealOnRecord } from '@/lib/usage/outcomes';
import { creditWonDealOnce } from '@/lib/usage/store';
import { forgetView, precomputeView } from './suggestions';

export const SELECTION_MENU_ID = 'tailor-suggest-selection';

export function selectionMenus(): Parameters<typeof browser.contextMenus.create>[0][] {
  return [{ id: SELECTION_MENU_ID, title: 'Suggest content for this selection', contexts: ['selection'] }];
}

const forget = (tabId: number) => {
  // First, so that a view being worked out for the record that goes is not written after its removal.
  forgetView(tabId);
  return removeItems(tabRecord(tabId), tabView(tabId), shownOnView(tabId));
};

export function registerProspects() {
  onCrmRecords(({ record }, tabId) => {
    if (!record) {
      void forget(tabId);
      return;
    }
    const value: TabRecord = { prospect: record.prospect, detectedAt: Date.now(), ...(record.amount ? { amount: record.amount } : {}) };
    void tabRecord(tabId)
      .set(value)
      .then(() => precomputeView(tabId), (e: unknown) => console.warn('Tailor could not keep the record of tab', tabId, e));
    const won = wonDealOnRecord(record.prospect, record.amount, Date.now());
    if (won) void creditWonDealOnce(getDb(), won).catch((e: unknown) => console.warn('Tailor could not credit a won deal', e));
  });

  browser.tabs.onRemoved.addListener((tabId) => void forget(tabId));
  // A new page in the tab: the old record is gone; the content script reports the new one, if any.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void forget(tabId);
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== SELECTION_MENU_ID || tab?.id === undefined) return;
    // The panel must open inside the click, before anything is awaited.
    if (import.meta.env.FIREFOX) void (browser as unknown as { sidebarAction: { open(): Promise<void> } }).sidebarAction.open();
    else void browser.sidePanel.open({ tabId: tab.id });
    const notes = (info.selectionText ?? '').trim().slice(0, 20_000);
    if (!notes) return;
    const value: TabRecord = { prospect: { notes, source: { crm: 'generic', ...(info.pageUrl ? { url: info.pageUrl } : {}) } }, detectedAt: Date.now() };
    const tabId = tab.id;
    void tabRecord(tabId)
      .set(value)
      .then(() => precomputeView(tabId), (e: unknown) => console.warn('Tailor could not keep the selection of tab', tabId, e));
  });
}
