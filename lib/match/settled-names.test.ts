// A pain said to be fine in words its whole name does not match: with the copula's contracted negative ("isn't a
// priority", "aren't our concern") and by two words of a longer name ("Dealer commissions are fine" for "Dealer
// commissions and statements"). Invented vendor (workshop software for harp makers) and records.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const harps: Taxonomy = {
  personas: [],
  industries: [],
  painPoints: [
    { id: 'export-paperwork', label: 'Export paperwork', aliases: ['customs forms', 'CITES permits'] },
    { id: 'dealer-commissions', label: 'Dealer commissions and statements', aliases: ['dealer payments', 'dealer statements'] },
    { id: 'soundboard-returns', label: 'Soundboard cracks and returns', aliases: ['warranty returns'] },
  ],
};
const compiled = compileTaxonomy(harps);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, compiled)).painPoints;

describe('a pain said to be fine in words its whole name does not match', () => {
  it("reads no pain the notes say isn't or aren't a concern, with the contracted copula", () => {
    expect(pains("Export paperwork isn't a priority for them.")).toEqual([]);
    expect(pains('Customs forms aren’t our concern, the freight agent files them.')).toEqual([]);
    expect(pains("Warranty returns wasn't really a problem last year.")).toEqual([]);
  });
  it('still reads the pain where the contracted copula does not deny it', () => {
    expect(pains("Export paperwork is a nightmare and the agent isn't answering.")).toEqual(['export-paperwork']);
  });
  it("still reads the pain where the contracted past says it has since changed, as the uncontracted past does", () => {
    expect(pains("Customs forms weren't a worry last year, now every shipment is held at the border.")).toEqual(['export-paperwork']);
    expect(pains("Export paperwork wasn't a problem until the EU rules changed; now it eats two days a week.")).toEqual(['export-paperwork']);
  });
  it('reads no pain from other words of the notes where two words of its longer name are said to be fine', () => {
    expect(pains('Dealer commissions are fine, the bookkeeper does those. The dealers never know what they are owed.')).toEqual([]);
  });
  it('still reads the pain where those words complain', () => {
    expect(pains('Dealer commissions are a mess. The dealers never know what they are owed.')).toEqual(['dealer-commissions']);
  });
  it('still reads the pain where one half of its name is fine and the notes complain of the other in its own name', () => {
    expect(pains('Dealer commissions are fine, dealer statements are a mess.')).toEqual(['dealer-commissions']);
    expect(pains('Soundboard cracks are not a problem, the spruce is well seasoned. Warranty returns eat a week every month.')).toEqual(['soundboard-returns']);
  });
});
