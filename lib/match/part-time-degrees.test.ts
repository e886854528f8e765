// Part-time staff against a persona with a bare function's name, and a degree's candidates against real roles
// and other candidates. Taxonomies and titles here are made up for the tests.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const personasOf = (personas: [string, string, string[]][]): Taxonomy => ({
  personas: personas.map(([id, label, aliases]) => ({ id, label, aliases })),
  industries: [],
  painPoints: [],
});
const resolverFor = (taxonomy: Taxonomy) => {
  const compiled = compileTaxonomy(taxonomy);
  return (title: string) => contextOf(resolveProspect({ title }, compiled)).personas.sort();
};

describe('part-time staff and a persona named by a bare function', () => {
  // An invented vendor of stock software for seed merchants.
  const nursery = resolverFor(
    personasOf([
      ['buyers', 'Buying leadership', ['Buying Director', 'Chief Buyer', 'Buying']],
      ['stores', 'Stores', ['Storekeeper', 'Stores Director']],
    ]),
  );
  it('does not make a part-time clerk of a function its leader', () => {
    expect(nursery('Seasonal buying clerk')).toEqual([]);
    expect(nursery('Part-time Buying Coordinator')).toEqual([]);
  });
  it('keeps a part-time worker whose role noun the persona names', () => {
    expect(nursery('Storekeeper (seasonal)')).toEqual(['stores']);
  });
});
