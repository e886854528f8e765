// The rep or the tool describing the record, not the prospect ("BDR typed:", "rep typed after the call", "(thread synced
// by the integration)", "Auto-imported:"): such a clause names no pain, and the prospect's words after it still do (fifty-fifth
// round). Invented vendor: booking and till software for bicycle repair workshops.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, resolveProspect } from '.';
import { withoutRecordMaking } from './notes';

const workshops: Taxonomy = {
  personas: [],
  industries: [],
  painPoints: [
    { id: 'silos', label: 'Till and booking not connected', aliases: ['no integration', 'integration'] },
    { id: 'rekeying', label: 'Typing jobs in twice', aliases: ['typed in twice', 'typed'] },
    { id: 'backlog', label: 'Repair backlog', aliases: ['backlog', 'bikes waiting'] },
    { id: 'parts', label: 'Imported parts held up', aliases: ['imported', 'imported parts'] },
    { id: 'dupes', label: 'Duplicate bookings', aliases: ['duplicates', 'duplicate bookings'] },
    { id: 'invoices', label: 'Wrong invoices', aliases: ['wrong invoices', 'invoices are wrong'] },
    { id: 'prices', label: 'Wrong part prices', aliases: ['wrong prices'] },
  ],
};
const asset = (pain: string, n: number, title: string) => ({
  id: `${pain}${n}`, title, url: `https://spokes.example/${pain}${n}`, type: 'blog' as const, description: title,
  personas: [], industries: [], painPoints: [pain], stage: 'awareness' as const, publishedAt: '2025-01-01',
});
const vendor = compileTaxonomy(workshops, [
  asset('silos', 1, 'One record from booking to till'),
  asset('rekeying', 1, 'Job cards that fill themselves'),
  asset('backlog', 1, 'Clearing the spring rush'),
  asset('parts', 1, 'Tracking parts from overseas'),
  asset('dupes', 1, 'One booking per bike'),
  asset('invoices', 1, 'Invoices that add up'),
  asset('prices', 1, 'Part prices that stay right'),
]);
const read = (notes: string) => resolveProspect({ title: 'Owner', notes }, vendor).painPoints.map((p) => p.id).sort();

describe("the rep's and the tool's words about the record", () => {
  it('blanks the short clause that says who or what made the record, keeping offsets', () => {
    const text = 'BDR typed: he said 40 bikes waiting. (Chat thread logged via integration)';
    const out = withoutRecordMaking(text);
    expect(out).toHaveLength(text.length);
    expect(out).not.toContain('typed');
    expect(out).not.toContain('integration');
    expect(out).toContain('he said 40 bikes waiting');
  });
  it("reads no pain from the record's own words, and the prospect's pain after them", () => {
    expect(read('(Chat thread logged via integration)\nMo: 40 bikes waiting since Easter, the backlog is killing us')).toEqual(['backlog']);
    expect(read('rep typed after the call, bad line: the backlog is three weeks')).toEqual(['backlog']);
    expect(read('Auto-imported: 2-10 employees.\nMo: the backlog is killing us every spring')).toEqual(['backlog']);
  });
  it("keeps the prospect's own complaint about their tools, the integration's, the AI's, the sync's or the supplier's", () => {
    expect(read('The integration logged errors all week.')).toContain('silos');
    expect(read('Biggest issue: the integration logged errors all week')).toContain('silos');
    expect(read('AI-generated invoices are wrong every month.')).toEqual(['invoices']);
    expect(read('Sync copied duplicates into the booking page.')).toEqual(['dupes']);
    expect(read('The nightly sync imported duplicates, again.')).toContain('dupes');
    expect(read('Complaint: bot logged duplicates')).toEqual(['dupes']);
    expect(read('The vendor entered wrong prices again.')).toEqual(['prices']);
    const text = 'rep typed from call, lots of noise. Sync copied duplicates into the booking page.';
    expect(withoutRecordMaking(text)).toBe(`${' '.repeat('rep typed from call'.length)}, lots of noise. Sync copied duplicates into the booking page.`);
  });
  it("still reads the prospect's own typing and integration", () => {
    expect(read('our mechanics typed every job in twice, once on paper')).toContain('rekeying');
    expect(read('The till has no integration with the booking page')).toContain('silos');
  });
});
