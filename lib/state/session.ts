// What Tailor keeps in the browser's session storage: memory only, gone when the browser closes. The
// background writes these; the side panel and the options page read and follow them. A tab's record and
// its prepared view have files of their own, so that the panel's first-paint script, which reads only the
// view, carries neither the prospect schema nor the other items' schemas.
//   tabRecord(tabId)  "tab:<id>"    the CRM record detected in a tab (./tab-record.ts)
//   tabView(tabId)    "view:<id>"   the suggestions the background prepared for that record (./tab-view.ts)
//   shownOnView(tabId) "shown:<id>" the suggestions counted as shown on that record's view (./shown.ts; the panels write it)
//   tabMail(tabId)    "mail:<id>"   the email being written in a mail tab
//   pageDraft         "pageDraft"   a page "Add this page to Tailor" captured, for the library's editor
// Adding an item: declare it here with a schema that accepts every shape an earlier version wrote (or a
// default that is safe when it does not), then use its get/set/watch/subscribe; never its key.
import * as v from 'valibot';
import { capturedPageSchema, type CapturedPage } from '../page-draft';
import { defineStorageFamily, defineStorageItem, type Schema } from './item';

export type MailMatchedBy = 'email' | 'website' | 'domain' | 'picked';

export interface TabMail {
  client: 'gmail' | 'outlook';
  composeId: string;
  recipients: string[];
  reply: boolean;
  /** False once the compose has closed: the panel keeps the prospect but can no longer insert. */
  open: boolean;
  match?: { recipient: string; by: MailMatchedBy; key: string; lastSeenAt: number };
  updatedAt: number;
}

const tabMailSchema: Schema<TabMail> = v.object({
  client: v.picklist(['gmail', 'outlook']),
  composeId: v.string(),
  recipients: v.array(v.string()),
  reply: v.boolean(),
  open: v.boolean(),
  match: v.optional(v.object({ recipient: v.string(), by: v.picklist(['email', 'website', 'domain', 'picked']), key: v.string(), lastSeenAt: v.number() })),
  updatedAt: v.number(),
});

export const tabMail = /* @__PURE__ */ defineStorageFamily<TabMail | undefined>('session', 'mail:', {
  name: 'the email being written in tab',
  schema: tabMailSchema,
  fallback: undefined,
});

export const pageDraft = /* @__PURE__ */ defineStorageItem<CapturedPage | undefined>('session', 'pageDraft', {
  name: 'the page captured for the library',
  schema: capturedPageSchema,
  fallback: undefined,
});
