// The compose a mail tab's rep is in, kept by the background in session storage beside the tab's record
// (lib/tab-prospect.ts): who it is addressed to and which record Tailor took them for. Memory only.
import * as v from 'valibot';
import type { MailClientId } from './hosts';

export type MailMatchedBy = 'email' | 'website' | 'domain' | 'picked';

export interface TabMail {
  client: MailClientId;
  composeId: string;
  recipients: string[];
  reply: boolean;
  /** False once the compose has closed: the panel keeps the prospect but can no longer insert. */
  open: boolean;
  match?: { recipient: string; by: MailMatchedBy; key: string; lastSeenAt: number };
  updatedAt: number;
}

export const tabMailKey = (tabId: number): string => `mail:${tabId}`;

const schema = v.object({
  client: v.picklist(['gmail', 'outlook']),
  composeId: v.string(),
  recipients: v.array(v.string()),
  reply: v.boolean(),
  open: v.boolean(),
  match: v.optional(v.object({ recipient: v.string(), by: v.picklist(['email', 'website', 'domain', 'picked']), key: v.string(), lastSeenAt: v.number() })),
  updatedAt: v.number(),
});

export function parseTabMail(value: unknown): TabMail | undefined {
  const r = v.safeParse(schema, value);
  return r.success ? r.output : undefined;
}

/** Calls back with the tab's compose now and whenever it changes (undefined when there is none). */
export function watchTabMail(tabId: number, callback: (mail: TabMail | undefined) => void): () => void {
  const key = tabMailKey(tabId);
  let live = true;
  browser.storage.session.get(key).then(
    (stored) => live && callback(parseTabMail(stored[key])),
    () => live && callback(undefined),
  );
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'session' && key in changes) callback(parseTabMail(changes[key]!.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => {
    live = false;
    browser.storage.onChanged.removeListener(onChanged);
  };
}
