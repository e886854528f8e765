// A CRM value joining qualifiers before one head ("Fish and Seafood Processing") says what they share, a sector: an
// entry named only by the last qualifier and the head ("seafood processing") gives way to the entry the company's name
// says. The taxonomies and records here are made up for the tests.
import { describe, expect, it } from 'vitest';
import type { Prospect, Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const prospect = (company: string, industry: string | undefined, c: ReturnType<typeof compileTaxonomy>) =>
  contextOf(resolveProspect({ name: 'Ines Valtorre', title: 'Plant Manager', company, industry, source: { crm: 'hubspot', recordType: 'contact', recordId: '1' } } as Prospect, c)).industries;

// An invented vendor of yield tracking for processing plants.
const plants: Taxonomy = {
  personas: [{ id: 'plant', label: 'Plant manager', aliases: ['plant manager'] }],
  industries: [
    { id: 'seafood', label: 'Seafood', aliases: ['seafood processing', 'shellfish'] },
    { id: 'pickles', label: 'Pickled vegetables', aliases: ['pickles', 'sauerkraut'] },
    { id: 'dairy', label: 'Dairy', aliases: ['cheese', 'yogurt'] },
  ],
  painPoints: [{ id: 'yield', label: 'Yield loss', aliases: ['yield loss'] }],
};
const c = compileTaxonomy(plants, []);

describe('a value of qualifiers joined before one head', () => {
  it("reads the company's named entry over the half the value names", () => {
    expect(prospect('Brinewood Pickles', 'Fish and Seafood Processing', c)).toEqual(['pickles']);
    expect(prospect('Brinewood Pickles', 'Fish & Seafood Processing', c)).toEqual(['pickles']);
  });
  it('however many qualifiers the value joins', () => {
    expect(prospect('Brinewood Pickles', 'Eel, Trout, Carp and Seafood Processing', c)).toEqual(['pickles']);
    expect(prospect('Brinewood Pickles', 'Eel, Trout, Carp, Pike, Perch and Seafood Processing', c)).toEqual(['pickles']);
  });
  it('still reads the value alone, and a value that is the entry whole', () => {
    expect(prospect('Brinewood Holdings', 'Fish and Seafood Processing', c)).toEqual(['seafood']);
    expect(prospect('Brinewood Pickles', 'Seafood Processing', c)).toEqual(['seafood']);
  });
});

describe("a part before the last that names an entry itself", () => {
  it('keeps the value: the parts are two kinds, not qualifiers of one head', () => {
    const withFish = compileTaxonomy({ ...plants, industries: [...plants.industries, { id: 'fish', label: 'Fish farms', aliases: ['fish'] }] }, []);
    expect(prospect('Brinewood Pickles', 'Fish and Seafood Processing', withFish)).toEqual(['fish']);
  });
});
