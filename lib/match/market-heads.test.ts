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
// An invented vendor of stock and exchange software for seed banks: no entry's name is "seed bank" alone, and "bank"
// is a sector's word ("Larkspur Bank" is a bank).
const seedTrade: Taxonomy = {
  ...base,
  industries: [
    { id: 'community', label: 'Community seed banks', aliases: [] },
    { id: 'regional', label: 'Regional seed banks', aliases: [] },
    { id: 'depots', label: 'Seed depots', aliases: [] },
  ],
};
const tea = compileTaxonomy(teaTrade, []);
const milk = compileTaxonomy(milkTrade, []);
const seed = compileTaxonomy(seedTrade, []);

describe("a name of the market's word and the trade's word", () => {
  it('reads "... Tea Blenders" as the first kind of tea blenders', () => {
    expect(industriesOf('Kestrel Tea Blenders Ltd', tea)).toEqual(['craft']);
  });
  it('reads "... Milk Bank" as the first kind of milk bank, "bank" (a sector\'s word) being the trade\'s word there', () => {
    expect(industriesOf('Northgate Milk Bank', milk)).toEqual(['donor']);
  });
  it('reads "... Seed Bank" as the first kind of seed bank: a sector\'s word after the market\'s word is the trade\'s (review mend, fifty-fifth round)', () => {
    expect(industriesOf('Larkspur Seed Bank', seed)).toEqual(['community']);
    expect(industriesOf('Larkspur Bank', seed)).toEqual([]);
  });
  it("reads no kind from the trade's word without the market's word before it", () => {
    expect(industriesOf('Kestrel Blenders Ltd', tea)).toEqual([]);
  });
});
