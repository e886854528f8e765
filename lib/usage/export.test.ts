import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Asset } from '../model';
import { assetMetrics, assetMetricsToCsv, eventsFileParts, eventsToCsv } from './export';
import { addToRollup, emptyRollup } from './rollup';

const asset: Asset = { id: 'a1', title: '=HYPERLINK("http://evil")', url: 'https://e.example/a', type: 'video', personas: [], industries: [], painPoints: [], tags: [], origin: 'pack', addedAt: 0, updatedAt: 0 };

describe('usage exports', () => {
  it('neutralises cells a spreadsheet would run, in events and metrics', () => {
    const e = { id: 1, type: 'not-relevant' as const, at: Date.UTC(2026, 10, 2), assetId: 'a1', rep: '@rep', reason: '+1 wrong', context: { personas: ['p'], industries: [], painPoints: [] } };
    const text = eventsToCsv([e], [asset]);
    const [header, row] = Papa.parse<string[]>(text.trim()).data;
    expect(header).toEqual(['id', 'time', 'type', 'assetId', 'assetTitle', 'crm', 'recordType', 'recordId', 'account', 'rep', 'personas', 'industries', 'painPoints', 'stage', 'reason', 'amount']);
    expect(row).toEqual(['1', '2026-11-02T00:00:00.000Z', 'not-relevant', 'a1', `'=HYPERLINK("http://evil")`, '', '', '', '', "'@rep", 'p', '', '', '', "'+1 wrong", '']);

    const rollup = addToRollup(emptyRollup('p'), { ...e, type: 'copy-link' });
    const metrics = assetMetrics(rollup, [asset], [{ dealKey: 'd', account: 'x', amount: 10, wonAt: 0, assetIds: ['a1'] }]);
    expect(metrics[0]).toMatchObject({ linkCopies: 1, shares: 1, wonDeals: 1, wonDealAmounts: 10 });
    expect(assetMetricsToCsv(metrics).split('\r\n')[0]).toBe('id,title,type,url,impressions,opens,linkCopies,emailCopies,shares,notRelevant,flags,wonDeals,wonDealAmounts');
    expect(assetMetricsToCsv(metrics).split('\r\n')[1]).toBe(`a1,"'=HYPERLINK(""http://evil"")",video,https://e.example/a,0,0,1,0,1,0,0,1,10`);
  });

  it('neutralises a formula followed by a line break, in one piece and in batches', async () => {
    const reason = '=HYPERLINK("http://evil.example","x")\nsee above';
    const e = { id: 7, type: 'not-relevant' as const, at: Date.UTC(2026, 10, 2), assetId: 'a1', rep: '+rep\n2', reason, context: { personas: [], industries: [], painPoints: [] } };
    const titled = { ...asset, title: '-2+3\nlines' };
    async function* one() {
      yield [e];
    }
    for (const text of [eventsToCsv([e], [titled]), (await eventsFileParts(one(), 'csv', [titled])).join('')]) {
      const [, row] = Papa.parse<string[]>(text.replace(/^\ufeff/, '').trim()).data;
      expect(row![14]).toBe(`'${reason}`);
      expect(row![9]).toBe("'+rep\n2");
      expect(row![4]).toBe("'-2+3\nlines");
    }
    const metrics = assetMetrics(emptyRollup('p'), [titled], []);
    expect(Papa.parse<string[]>(assetMetricsToCsv(metrics).trim()).data[1]![1]).toBe("'-2+3\nlines");
  });

  it('writes a big export in batches that make exactly the one-piece file', async () => {
    const events = Array.from({ length: 12 }, (_, i) => ({
      id: i + 1, type: 'copy-link' as const, at: Date.UTC(2026, 10, 1) + i * 1000, assetId: 'a1', rep: i % 2 ? '=cmd' : 'kim',
      context: { personas: ['p'], industries: [], painPoints: [] },
    }));
    async function* batches() {
      for (let i = 0; i < events.length; i += 5) yield events.slice(i, i + 5);
    }
    const seen: number[] = [];
    const csvParts = await eventsFileParts(batches(), 'csv', [asset], (n) => seen.push(n));
    expect(csvParts.join('')).toBe(`\ufeff${eventsToCsv(events, [asset])}`);
    expect(seen).toEqual([5, 10, 12]);
    expect(JSON.parse((await eventsFileParts(batches(), 'json', [asset])).join(''))).toEqual(events);
    async function* none() {}
    expect(JSON.parse((await eventsFileParts(none(), 'json', [asset])).join(''))).toEqual([]);
  });
});
