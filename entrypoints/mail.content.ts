// Gmail and Outlook on the web, only once the rep has turned email on in Settings: the background
// registers this script for those sites then (never in the manifest). It follows the compose the rep is
// in and reports its recipients' addresses; it reads nothing else of the page (no message text, no
// inbox) and puts a snippet at the cursor when the panel's "Insert into email" asks (lib/mail/tracker.ts).
import * as v from 'valibot';
import { mailClientFor } from '@/lib/mail';
import { mailEnabled } from '@/lib/state/local';
import { createComposeTracker } from '@/lib/mail/tracker';
import { isFromExtension, mailInsertCommandSchema, type MailComposeMessage, type MailInsertReply } from '@/lib/messaging';

const RUNNING = Symbol.for('tailor.mail');

export default defineContentScript({
  // Registered at run time by the background for lib/mail/hosts.ts MAIL_MATCHES, once permitted.
  registration: 'runtime',
  matches: [],
  runAt: 'document_idle',
  main(ctx) {
    // Injected again into an open tab when the rep turns email on: one copy is enough.
    const scope = globalThis as unknown as Record<symbol, boolean>;
    if (scope[RUNNING]) return;
    scope[RUNNING] = true;
    const client = mailClientFor(location.href);
    if (!client) return;

    const tracker = createComposeTracker(
      document,
      client,
      (compose) => void browser.runtime.sendMessage({ type: 'mail:compose', compose } satisfies MailComposeMessage).catch(() => undefined),
      { offerPaste: !import.meta.env.FIREFOX },
    );
    let timer: ReturnType<typeof setTimeout> | undefined;
    const soon = () => {
      clearTimeout(timer);
      timer = setTimeout(() => tracker.refresh(), 150);
    };
    tracker.refresh();
    for (const type of ['focusin', 'selectionchange', 'input', 'keyup', 'mouseup'] as const) ctx.addEventListener(document, type, soon);
    const observer = new MutationObserver(soon);
    observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['email', 'data-hovercard-id', 'title', 'aria-label', 'value'] });

    const onMessage = (raw: unknown, sender: { id?: string; tab?: { id?: number } }, sendResponse: (reply: MailInsertReply) => void) => {
      if (typeof raw !== 'object' || raw === null || (raw as { type?: unknown }).type !== 'mail:insert-here') return undefined;
      if (!isFromExtension(sender, browser.runtime.id)) return undefined;
      const parsed = v.safeParse(mailInsertCommandSchema, raw);
      if (!parsed.success) return undefined;
      // The cursor the tracker holds may be a moment old: read the page first.
      tracker.refresh();
      sendResponse(tracker.insert(parsed.output.composeId, parsed.output.html, parsed.output.text) ? { inserted: true } : { inserted: false, reason: 'closed' });
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);

    const stop = () => {
      observer.disconnect();
      clearTimeout(timer);
      browser.runtime.onMessage.removeListener(onMessage);
      scope[RUNNING] = false;
    };
    // Turned off in Settings: stop reading at once, without waiting for the page to reload.
    const unwatch = mailEnabled.watch((on) => !on && ctx.abort());
    ctx.onInvalidated(() => {
      stop();
      unwatch();
    });
  },
});
