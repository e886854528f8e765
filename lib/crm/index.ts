// Which CRM a page belongs to, and what its record says. One adapter per CRM, each pure: a document and
// its URL in, a prospect (or nothing) out. Used by the content script in the browser and by `tailor extract`.
import type { Prospect } from '../model';
import { newBudget, spentNow } from './dom';
import { dynamics } from './dynamics';
import { pageMatcher } from './hosts';
import { hubspot } from './hubspot';
import { linkedin, salesNavigator } from './linkedin';
import { pipedrive } from './pipedrive';
import { salesforce } from './salesforce';
import type { CrmAdapter, ExtractedRecord } from './types';
import { zoho } from './zoho';

// Adding a CRM: one file lib/crm/<crm>.ts declaring its id, label, hosts and record types beside its
// `record` and `extract`, listed here, with its id and label in lib/model.ts (a test checks they agree).
export const ADAPTERS: readonly CrmAdapter[] = [salesforce, hubspot, dynamics, pipedrive, zoho, salesNavigator, linkedin];

/** The CRM sites Tailor reads, as browser match patterns, from the adapters' hosts: the content script
 * runs on these pages only, and the background accepts records only from them. No <all_urls>. */
export const CRM_MATCHES: readonly string[] = [...new Set(ADAPTERS.flatMap((a) => a.hosts))];

/** Is this page on one of the CRM sites (https only)? */
export const isCrmPage = pageMatcher(CRM_MATCHES);

/** The adapter whose record pages this URL is, if any. */
export function adapterFor(url: URL): CrmAdapter | undefined {
  return ADAPTERS.find((a) => a.record(url) !== undefined);
}

/** How long the content script may spend reading a live page at a time. */
export const LIVE_PAGE_MS = 50;

export interface Reading {
  record: ExtractedRecord | null;
  /** False when the work limits ran out before the page was read: the record may be missing fields,
   * so it is not to be trusted (or sent) as the page's record. */
  complete: boolean;
}

/** The record on the page, or null for a page that is not a record. Never throws. `maxMs` bounds the
 * time (the content script reads live pages under a deadline); the node limit always applies. */
export function readRecord(doc: Document, url: URL | string, limits: { maxMs?: number; maxNodes?: number } = {}): Reading {
  try {
    const u = typeof url === 'string' ? new URL(url) : url;
    const adapter = adapterFor(u);
    if (!adapter) return { record: null, complete: true };
    const budget = newBudget(limits.maxNodes, limits.maxMs ?? Infinity);
    const record = adapter.extract(doc, u, budget);
    return { record, complete: !spentNow(budget) };
  } catch {
    return { record: null, complete: true };
  }
}

/** The record on the page, or null: read whole, however big the page and however long that takes (no
 * node limit, no deadline), so the same page always reads the same. The command line reads this way. */
export function extractRecord(doc: Document, url: URL | string): ExtractedRecord | null {
  return readRecord(doc, url, { maxNodes: Infinity }).record;
}

export function extractProspect(doc: Document, url: URL | string): Prospect | null {
  return extractRecord(doc, url)?.prospect ?? null;
}

export type { CrmAdapter, ExtractedRecord } from './types';
