// What Tailor keeps in the browser's session storage: memory only, gone when the browser closes. The
// background writes these; the side panel and the options page read and follow them. A tab's record, its
// prepared view and its email have files of their own, so that the panel's first-paint script, which reads
// the view and the email, carries neither the prospect schema nor valibot.
//   tabRecord(tabId)  "tab:<id>"    the CRM record detected in a tab (./tab-record.ts)
//   tabView(tabId)    "view:<id>"   the suggestions the background prepared for that record (./tab-view.ts)
//   shownOnView(tabId) "shown:<id>" the suggestions counted as shown on that record's view (./shown.ts; the panels write it)
//   tabMail(tabId)    "mail:<id>"   the email being written in a mail tab (./tab-mail.ts)
//   pageDraft         "pageDraft"   a page "Add this page to Tailor" captured, for the library's editor
// Adding an item: declare it here with a schema that accepts every shape an earlier version wrote (or a
// default that is safe when it does not), then use its get/set/watch/subscribe; never its key.
import { capturedPageSchema, type CapturedPage } from '../page-draft';
import { defineStorageItem } from './item';

export const pageDraft = /* @__PURE__ */ defineStorageItem<CapturedPage | undefined>('session', 'pageDraft', {
  name: 'the page captured for the library',
  schema: capturedPageSchema,
  fallback: undefined,
});
