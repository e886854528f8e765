// Usage exports for the organisation's own analysis: events and per-asset metrics, as JSON and as
// formula-safe CSV.
import Papa from 'papaparse';
import { formulaSafeCsv } from '../pack/csv';
import type { Asset, DayRollup, Outcome, UsageEvent } from '../model';
import { shares } from './rollup';
import { ownValue } from '../own';

const csv = (fields: string[], rows: unknown[][]) => `${formulaSafeCsv(rows, fields)}\r\n`;

export const EVENT_COLUMNS = ['id', 'time', 'type', 'assetId', 'assetTitle', 'crm', 'recordType', 'recordId', 'account', 'rep', 'personas', 'industries', 'painPoints', 'stage', 'reason', 'amount'];

export function eventRow(e: UsageEvent, titles: ReadonlyMap<string, string>): unknown[] {
  return [
    e.id ?? '',
    new Date(e.at).toISOString(),
    e.type,
    e.assetId ?? '',
    e.assetId ? (titles.get(e.assetId) ?? '') : '',
    e.crm ?? '',
    e.recordType ?? '',
    e.recordId ?? '',
    e.account ?? '',
    e.rep ?? '',
    e.context.personas.join(';'),
    e.context.industries.join(';'),
    e.context.painPoints.join(';'),
    e.context.stage ?? '',
    e.reason ?? '',
    e.amount ?? '',
  ];
}

export function eventsToCsv(events: readonly UsageEvent[], assets: readonly Pick<Asset, 'id' | 'title'>[]): string {
  const titles = new Map(assets.map((a) => [a.id, a.title]));
  return csv(EVENT_COLUMNS, events.map((e) => eventRow(e, titles)));
}

/**
 * A year of events exported a batch at a time, as the parts of one file (a Blob joins them without ever
 * holding the whole text as one string): a million events do not freeze the page or run it out of memory.
 * The parts make exactly what eventsToCsv, or JSON.stringify of the whole list, would.
 */
export async function eventsFileParts(
  batches: AsyncIterable<readonly UsageEvent[]>,
  format: 'csv' | 'json',
  assets: readonly Pick<Asset, 'id' | 'title'>[],
  onProgress?: (exported: number) => void,
): Promise<string[]> {
  const titles = new Map(assets.map((a) => [a.id, a.title]));
  const parts: string[] = [format === 'csv' ? `\ufeff${Papa.unparse([EVENT_COLUMNS], { newline: '\r\n' })}\r\n` : '['];
  let count = 0;
  for await (const batch of batches) {
    if (batch.length === 0) continue;
    if (format === 'csv') parts.push(`${formulaSafeCsv(batch.map((e) => eventRow(e, titles)))}\r\n`);
    else parts.push(`${count ? ',' : ''}${batch.map((e) => JSON.stringify(e)).join(',')}`);
    count += batch.length;
    onProgress?.(count);
  }
  if (format === 'json') parts.push(']');
  return parts;
}

export interface AssetMetrics {
  id: string;
  title: string;
  type: string;
  url: string;
  impressions: number;
  opens: number;
  linkCopies: number;
  emailCopies: number;
  shares: number;
  notRelevant: number;
  flags: number;
  wonDeals: number;
  /** The sum of the amounts of those won deals, as the CRMs show them (bare numbers: no currency is kept). */
  wonDealAmounts: number;
}

export function assetMetrics(rollup: DayRollup, assets: readonly Asset[], outcomes: readonly Outcome[]): AssetMetrics[] {
  const won = new Map<string, { deals: number; amounts: number }>();
  for (const o of outcomes)
    for (const id of new Set(o.assetIds)) {
      const w = won.get(id) ?? { deals: 0, amounts: 0 };
      w.deals++;
      w.amounts += o.amount ?? 0;
      won.set(id, w);
    }
  return assets.map((a) => {
    const c = ownValue(rollup.assets, a.id) ?? {};
    return {
      id: a.id,
      title: a.title,
      type: a.type,
      url: a.url,
      impressions: c.impression ?? 0,
      opens: c.open ?? 0,
      linkCopies: c['copy-link'] ?? 0,
      emailCopies: c['copy-email'] ?? 0,
      shares: shares(c),
      notRelevant: c['not-relevant'] ?? 0,
      flags: c.flag ?? 0,
      wonDeals: won.get(a.id)?.deals ?? 0,
      wonDealAmounts: won.get(a.id)?.amounts ?? 0,
    };
  });
}

export function assetMetricsToCsv(rows: readonly AssetMetrics[]): string {
  const fields = ['id', 'title', 'type', 'url', 'impressions', 'opens', 'linkCopies', 'emailCopies', 'shares', 'notRelevant', 'flags', 'wonDeals', 'wonDealAmounts'] as const;
  return csv([...fields], rows.map((r) => fields.map((f) => r[f])));
}
