// Content influence: when a deal is won, the content reps shared on that account's records is credited.
import { isDealRecord, recordKey, type CrmId, type Prospect, type ResolvedContext } from '../model';

/** Stage names CRMs use for a won deal: "Closed Won", "Won", "closedwon", "Deal won". */
export function isWonStage(stage: string | undefined): boolean {
  if (!stage) return false;
  const s = stage.toLowerCase().replace(/[\s_-]+/g, ' ').trim();
  return /^(closed ?won|won|deal won|closed won deal|order won)$/.test(s) || /\bclosed ?won\b/.test(s);
}

/** Records of one account share this key: the company as the CRM writes it, normalised. */
export function accountKey(prospect: Pick<Prospect, 'company'>): string | undefined {
  const company = prospect.company
    ?.toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[.,]/g, ' ')
    .replace(/\b(inc|llc|ltd|gmbh|corp|corporation|co|plc|sa|ag)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return company || undefined;
}

/** "$1,250,000.00", "EUR 45.000", "12 500 €" -> the number, or undefined when it cannot be read. */
export function parseAmount(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const digits = text.replace(/[^\d.,]/g, '');
  if (!digits) return undefined;
  // The last separator followed by exactly two digits is a decimal point; others group thousands.
  const m = /^(.*?)[.,](\d{2})$/.exec(digits);
  const whole = (m ? m[1]! : digits).replace(/[.,]/g, '');
  const value = Number(m ? `${whole}.${m[2]}` : whole);
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

/** A deal seen won: what credits it (see creditWonDeal). */
export interface WonDeal {
  /** `${crm}:${recordType}:${recordId}` of the deal or opportunity. */
  dealKey: string;
  account: string;
  name?: string;
  amount?: number;
  wonAt: number;
}

/** A won deal with the record it was seen on, for its 'won' usage event. */
export interface WonDealSighting extends WonDeal {
  crm?: CrmId;
  recordType?: string;
  recordId?: string;
  rep?: string;
  /** How the record was read; when absent, what the panel last made of it (or nothing). */
  context?: ResolvedContext;
}

/** A CRM record page showing a won opportunity or deal -> the win to credit; anything else -> undefined. */
export function wonDealOnRecord(prospect: Prospect, amountText: string | undefined, wonAt: number): WonDealSighting | undefined {
  const source = prospect.source;
  const dealKey = recordKey(source);
  const account = accountKey(prospect);
  if (!source || !isDealRecord(source) || !dealKey || !account || !isWonStage(prospect.stage)) return undefined;
  const amount = parseAmount(amountText);
  return {
    dealKey,
    account,
    wonAt,
    crm: source.crm,
    recordType: source.recordType!,
    recordId: source.recordId!,
    ...(prospect.name ? { name: prospect.name } : {}),
    ...(amount !== undefined ? { amount } : {}),
  };
}
