import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

// An invented vendor of quoting software for joinery workshops: a note's word that every object inherits
// ("constructor", "tostring") is a word like any other, not a key of the matcher's tables (review mend).
const compiled = compileTaxonomy({
  personas: [],
  industries: [],
  painPoints: [
    { id: 'quotes', label: 'Slow quotes', aliases: ['quotes'] },
    { id: 'design', label: 'Design changes', aliases: [] },
  ],
} as unknown as Taxonomy);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, compiled)).painPoints;

describe("a note's word that names an inherited property (review mend)", () => {
  it('reads a Dutch or German sentence with "constructor" as the other words say', () => {
    expect(pains('De constructor maakt de berekeningen en de offertes gaan te laat de deur uit.')).toEqual(['quotes']);
    expect(pains('Der Constructor schickt die Angebote zu spät.')).toEqual(['quotes']);
    expect(pains('Het hasownproperty probleem, offertes te laat.')).toEqual(['quotes']);
  });

  it('reads the English sentence as before', () => {
    expect(pains('The constructor sends quotes late.')).toEqual(['quotes']);
  });
});
