import { describe, expect, it } from 'vitest';
import { compileTaxonomy } from './compile';
import { resolveIndustries } from './resolve';

// An invented vendor of ordering software for the plant trade; one florists' asset happens to say "year", "day" and
// "time", words no other asset uses.
const taxonomy = {
  personas: [{ id: 'owner', label: 'Owner', aliases: [] }],
  industries: [
    { id: 'nurseries', label: 'Plant nurseries', aliases: ['wholesale growers'] },
    { id: 'florists', label: 'Florists', aliases: ['flower shops'] },
    { id: 'landscapers', label: 'Landscapers', aliases: ['garden contractors'] },
    { id: 'centres', label: 'Garden centres', aliases: [] },
  ],
  painPoints: [{ id: 'waste', label: 'Stock waste', aliases: [] }],
};
const asset = (id: string, title: string, industries: string[]) => ({ id, title, painPoints: [], industries });
const assets = [
  asset('a1', 'Propagation benches and cuttings', ['nurseries']),
  asset('a2', 'Bouquet orders, a year of weddings one day at a time', ['florists']),
  asset('a3', 'Bouquet wrapping and stems', ['florists']),
  asset('a4', 'Hedging quotes for contractors', ['landscapers']),
  asset('a5', 'Bedding plants on the tills', ['centres']),
];
const compiled = compileTaxonomy(taxonomy, assets);
const read = (notes: string) => resolveIndustries({ company: 'Marrow Lane Ltd', notes }, compiled).map((r) => r.id);

describe("everyday words said on one asset (fifty-first round)", () => {
  it('reads no segment from the commonest words of the language alone', () => {
    expect(read('Call back next year, some day when they have time.')).toEqual([]);
  });

  it("still reads a segment by the trade's own words of its assets", () => {
    expect(read('Bouquet wrapping, stems and weddings are most of it.')).toEqual(['florists']);
  });
});
