// Reads the CRM record on screen and tells the background: at load, after SPA navigation and when
// fields render late, only when what it reads has changed (lib/crm/watch.ts). It never touches the database.
import { LIVE_PAGE_MS, readRecord } from '@/lib/crm';
import { CRM_MATCHES } from '@/lib/crm/hosts';
import { isRelevantChange, watchRecord } from '@/lib/crm/watch';
import type { CrmRecordMessage } from '@/lib/messaging';

export default defineContentScript({
  matches: [...CRM_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    const watch = watchRecord({
      read: () => readRecord(document, location.href, { maxMs: LIVE_PAGE_MS }),
      send: (record) => browser.runtime.sendMessage({ type: 'crm:record', record } satisfies CrmRecordMessage),
    });
    watch.readNow();
    ctx.addEventListener(window, 'wxt:locationchange', () => watch.navigated());
    const observer = new MutationObserver((mutations) => {
      if (mutations.some(isRelevantChange)) watch.changed();
    });
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    ctx.onInvalidated(() => {
      observer.disconnect();
      watch.stop();
    });
  },
});
