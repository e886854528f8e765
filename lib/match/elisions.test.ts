// Elided articles and function words English shares with other languages (fortieth round). The vendor here is made
// up: a maker of warehouse racking and pumping stations selling to Italian and Portuguese prospects.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';
import { stem } from './text';

const taxonomy: Taxonomy = {
  personas: [
    { id: 'ops', label: 'Operations manager', aliases: [] },
    { id: 'buyer', label: 'Purchasing manager', aliases: [] },
  ],
  industries: [
    { id: 'water', label: 'Water utilities', aliases: [] },
    { id: 'logistics', label: 'Logistics providers', aliases: [] },
  ],
  painPoints: [{ id: 'space', label: 'Warehouse space', aliases: [] }],
};
const compiled = compileTaxonomy(taxonomy);
const terms = (notes: string) => resolveProspect({ notes }, compiled).terms;

describe('the language of a short note', () => {
  it('counts an elided article as the Romance mark it is', () => {
    // "dell'" is the note's only Romance word; without it "in" made the note English, and an English note's
    // "magazzini" is read through no Italian plural.
    expect(terms("Magazzini dell'azienda in affitto")).toContain(stem('warehouses'));
  });
});
