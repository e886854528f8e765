// A company's name that says the vendor's market word and then the trade's word its kinds share ("Kestrel Tea
// Blenders", "Northgate Milk Bank") is the plain kind of that trade, as a name of the market's word alone is ("Rios
// Towing"). The taxonomies and records here are made up for the tests.
import { describe, expect, it } from 'vitest';
import type { Prospect, Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const industriesOf = (company: string, c: ReturnType<typeof compileTaxonomy>, industry?: string) =>
  contextOf(resolveProspect({ name: 'Ana Prado', title: 'Operations Manager', company, industry, source: { crm: 'hubspot', recordType: 'contact', recordId: '1' } } as Prospect, c)).industries;

const base = { personas: [{ id: 'ops', label: 'Operations manager', aliases: ['operations manager'] }], painPoints: [{ id: 'late', label: 'Late orders', aliases: ['late order'] }] };

// An invented vendor of blending and order software for the tea trade.
const teaTrade: Taxonomy = {
  ...base,
  industries: [
    { id: 'craft', label: 'Craft tea blenders', aliases: ['artisan tea blender', 'small batch tea blender'] },
    { id: 'industrial', label: 'Industrial tea blenders', aliases: ['contract tea blender', 'private label tea'] },
    { id: 'rooms', label: 'Tea room groups', aliases: ['tea room chain'] },
    { id: 'importers', label: 'Tea importers', aliases: ['tea importer', 'tea merchant'] },
  ],
};
// An invented vendor of donor and screening software for human milk banks and their depots.
const milkTrade: Taxonomy = {
  ...base,
  industries: [
    { id: 'donor', label: 'Donor milk banks', aliases: ['donor human milk bank', 'regional milk bank network'] },
    { id: 'hospital', label: 'Hospital milk banks', aliases: ['hospital milk bank', 'neonatal unit milk bank'] },
    { id: 'depots', label: 'Milk collection depots', aliases: ['milk depot', 'milk drop-off site'] },
  ],
};
const tea = compileTaxonomy(teaTrade, []);
const milk = compileTaxonomy(milkTrade, []);

describe("a name of the market's word and the trade's word", () => {
  it('reads "... Tea Blenders" as the first kind of tea blenders', () => {
    expect(industriesOf('Kestrel Tea Blenders Ltd', tea)).toEqual(['craft']);
  });
  it('reads "... Milk Bank" as the first kind of milk bank, "bank" (a sector\'s word) being the trade\'s word there', () => {
    expect(industriesOf('Northgate Milk Bank', milk)).toEqual(['donor']);
  });
  it("reads no kind from the trade's word without the market's word before it", () => {
    expect(industriesOf('Kestrel Blenders Ltd', tea)).toEqual([]);
  });
});
