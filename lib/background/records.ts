// Records from the CRM content script, received in the background: taken only from our own content
// script, in a tab, on a page of one of the adapters' hosts (CRM_MATCHES), and only when well formed.
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { isCrmPage } from '../crm';
import { crmRecordMessageSchema, type CrmRecordMessage, type TabSender } from '../messaging';

/** A record may come only from our own content script, in a tab, on a CRM page. */
export function isCrmContentScript(sender: TabSender, runtimeId: string): sender is TabSender & { tab: { id: number } } {
  return sender.id === runtimeId && typeof sender.tab?.id === 'number' && isCrmPage(sender.url);
}

/** Receives records from content scripts; anything malformed or from elsewhere is dropped. */
export function onCrmRecords(handler: (message: CrmRecordMessage, tabId: number) => void): () => void {
  const listener = (raw: unknown, sender: TabSender) => {
    if (typeof raw !== 'object' || raw === null || (raw as { type?: unknown }).type !== 'crm:record') return undefined;
    if (!isCrmContentScript(sender, browser.runtime.id)) return undefined;
    const parsed = v.safeParse(crmRecordMessageSchema, raw);
    if (!parsed.success) {
      console.warn('Tailor ignored a malformed record from', sender.url, parsed.issues[0]?.message);
      return undefined;
    }
    handler(parsed.output, sender.tab.id);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
