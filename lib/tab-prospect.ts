// Each tab's detected CRM record, kept by the background in session storage (memory only, gone when
// the browser closes) and read by the side panel. One key per tab.
import * as v from 'valibot';
import type { Prospect } from './model';
import { checkProspect } from './prospect-schema';

export interface TabRecord {
  prospect: Prospect;
  /** The deal amount as the page shows it, for crediting revenue when the deal is won. */
  amount?: string;
  detectedAt: number;
}

export const tabProspectKey = (tabId: number): string => `tab:${tabId}`;

const recordSchema = v.object({ prospect: v.unknown(), amount: v.optional(v.string()), detectedAt: v.number() });

/** A stored value read back as a record, or undefined if it is not one. */
export function parseTabRecord(value: unknown): TabRecord | undefined {
  const r = v.safeParse(recordSchema, value);
  if (!r.success) return undefined;
  const prospect = checkProspect(r.output.prospect);
  if (!prospect.ok) return undefined;
  return { prospect: prospect.prospect, detectedAt: r.output.detectedAt, ...(r.output.amount ? { amount: r.output.amount } : {}) };
}

export async function readTabProspect(tabId: number): Promise<TabRecord | undefined> {
  const key = tabProspectKey(tabId);
  const stored = await browser.storage.session.get(key);
  return parseTabRecord(stored[key]);
}

/** Calls back with the tab's record now and whenever it changes (undefined when the tab leaves it). */
export function watchTabProspect(tabId: number, callback: (record: TabRecord | undefined) => void): () => void {
  const key = tabProspectKey(tabId);
  let live = true;
  readTabProspect(tabId).then(
    (r) => live && callback(r),
    (e: unknown) => {
      // Unreadable is as good as no record: the panel offers the manual form rather than wait forever.
      console.warn('Tailor could not read the record detected in this tab', e);
      if (live) callback(undefined);
    },
  );
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'session' && key in changes) callback(parseTabRecord(changes[key]!.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => {
    live = false;
    browser.storage.onChanged.removeListener(onChanged);
  };
}
