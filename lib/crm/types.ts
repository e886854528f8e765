import type { CrmId, Prospect } from '../model';
import type { Budget } from './dom';

/** What an adapter reads off a record page: the prospect, and a deal's amount when the page shows it. */
export interface ExtractedRecord {
  prospect: Prospect;
  /** Kept out of the prospect (FORMATS.md): used only to credit revenue when the deal is won. */
  amount?: string;
}

/** One CRM: which pages are its records, and how to read one. Pure: a document and its URL in. */
export interface CrmAdapter {
  id: CrmId;
  /** The CRM's name as the panel shows it (the same as CRM_LABELS in lib/model.ts: a test checks). */
  label: string;
  /** The CRM's hosts as browser match patterns ('https://*.dynamics.com/*'): the content script runs on
   * these pages, the background accepts records from them, and `record` recognises no other host. */
  hosts: readonly string[];
  /** Every record type `record` can return. */
  recordTypes: readonly string[];
  /** The record this URL is (type and id), or undefined for index, list and other pages and for a host
   * outside `hosts`. */
  record(url: URL): { recordType: string; recordId: string } | undefined;
  extract(doc: Document, url: URL, budget: Budget): ExtractedRecord | null;
}
