// Reads the CRM record on screen and tells the background: at load, after SPA navigation and when
// fields render late, only when what it reads has changed (lib/crm/watch.ts). It never touches the database.
import { CRM_MATCHES, LIVE_PAGE_MS, readRecord } from '@/lib/crm';
import { openShadowRoots } from '@/lib/crm/dom';
import { isRelevantChange, watchRecord } from '@/lib/crm/watch';
import type { CrmRecordMessage } from '@/lib/messaging';

export default defineContentScript({
  matches: [...CRM_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    const options = { childList: true, subtree: true, characterData: true };
    const observer = new MutationObserver((mutations) => {
      if (mutations.some(isRelevantChange)) watch.changed();
    });
    // Fields rendered inside open shadow roots change there, out of the document observer's sight.
    const watched = new WeakSet<ShadowRoot>();
    const watchShadowRoots = () => {
      for (const root of openShadowRoots(document)) {
        if (watched.has(root)) continue;
        watched.add(root);
        observer.observe(root, options);
      }
    };
    const watch = watchRecord({
      read: () => {
        const reading = readRecord(document, location.href, { maxMs: LIVE_PAGE_MS });
        watchShadowRoots();
        return reading;
      },
      send: (record) => browser.runtime.sendMessage({ type: 'crm:record', record } satisfies CrmRecordMessage),
    });
    watch.readNow();
    ctx.addEventListener(window, 'wxt:locationchange', () => watch.navigated());
    observer.observe(document.documentElement, options);
    ctx.onInvalidated(() => {
      observer.disconnect();
      watch.stop();
    });
  },
});
