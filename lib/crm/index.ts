// Which CRM a page belongs to, and what its record says. One adapter per CRM, each pure: a document and
// its URL in, a prospect (or nothing) out. Used by the content script in the browser and by `tailor extract`.
import type { Prospect } from '../model';
import { newBudget } from './dom';
import { dynamics } from './dynamics';
import { hubspot } from './hubspot';
import { linkedin, salesNavigator } from './linkedin';
import { pipedrive } from './pipedrive';
import { salesforce } from './salesforce';
import type { CrmAdapter, ExtractedRecord } from './types';
import { zoho } from './zoho';

export const ADAPTERS: readonly CrmAdapter[] = [salesforce, hubspot, dynamics, pipedrive, zoho, salesNavigator, linkedin];

/** The adapter whose record pages this URL is, if any. */
export function adapterFor(url: URL): CrmAdapter | undefined {
  return ADAPTERS.find((a) => a.record(url) !== undefined);
}

/** The record on the page, or null for a page that is not a record. Never throws. */
export function extractRecord(doc: Document, url: URL | string): ExtractedRecord | null {
  try {
    const u = typeof url === 'string' ? new URL(url) : url;
    const adapter = adapterFor(u);
    return adapter ? adapter.extract(doc, u, newBudget()) : null;
  } catch {
    return null;
  }
}

export function extractProspect(doc: Document, url: URL | string): Prospect | null {
  return extractRecord(doc, url)?.prospect ?? null;
}

export type { CrmAdapter, ExtractedRecord } from './types';
