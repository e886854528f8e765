// Reads the CRM record on screen and tells the background, at load, after SPA navigation and when
// fields render late; only when what it reads has changed. It never touches the database.
import { extractRecord } from '@/lib/crm';
import { CRM_MATCHES } from '@/lib/crm/hosts';
import type { CrmRecordMessage } from '@/lib/messaging';

export default defineContentScript({
  matches: [...CRM_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    let last: string | undefined;
    let delay = 250;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const detect = () => {
      timer = undefined;
      const started = performance.now();
      const record = extractRecord(document, location.href);
      // A page that is slow to read is read less often.
      delay = performance.now() - started > 20 ? Math.min(delay * 2, 4000) : 250;
      const json = JSON.stringify(record);
      if (json === last) return;
      last = json;
      const message: CrmRecordMessage = { type: 'crm:record', record };
      browser.runtime.sendMessage(message).catch(() => {
        // The background restarts on demand; the next change is sent again.
        last = undefined;
      });
    };
    const soon = () => {
      if (timer === undefined) timer = setTimeout(detect, delay);
    };

    detect();
    ctx.addEventListener(window, 'wxt:locationchange', soon);
    // Fields that render late, and single-page navigation that swaps the record in place. Only changes
    // to elements or text count; attribute churn (hover states, timers) is ignored.
    const observer = new MutationObserver((mutations) => {
      if (mutations.some((m) => m.type === 'characterData' || m.addedNodes.length > 0 || m.removedNodes.length > 0)) soon();
    });
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    ctx.onInvalidated(() => {
      observer.disconnect();
      if (timer !== undefined) clearTimeout(timer);
    });
  },
});
