// Review mends for the rep's guess under a label: negations that do not deny ("no doubt", "not only", "nicht nur") leave
// a confirmed guess read; a full name before a bracketed title is a speaker's label. Invented vendor and records.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const packhouse: Taxonomy = {
  personas: [],
  industries: [],
  painPoints: [
    { id: 'bruising', label: 'Bruised fruit in packing', aliases: ['bruise the fruit'] },
    { id: 'rota', label: 'Picker rota gaps', aliases: [] },
    { id: 'cold-store', label: 'Cold store breakdowns', aliases: [] },
  ],
};
const compiled = compileTaxonomy(packhouse);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, compiled)).painPoints;

describe("a turned-down guess's reply", () => {
  it('a negation that does not deny leaves the confirmed guess read', () => {
    expect(pains('Rep note: assumed they bruise the fruit. No doubt they bruise the fruit.')).toEqual(['bruising']);
    expect(pains('Rep assumption: cold store breakdowns. No wonder cold store breakdowns happen, one engineer.')).toEqual(['cold-store']);
    expect(pains('Rep assumption: cold store breakdowns. Not only cold store breakdowns, picker rota gaps too.')).toEqual(['cold-store', 'rota']);
    expect(pains('Rep assumption: cold store breakdowns. Nicht nur cold store breakdowns, auch picker rota gaps.')).toEqual(['cold-store', 'rota']);
  });
  it('a full name before a bracketed title is the speaker, the denial after it is read', () => {
    expect(pains('Rep note: assumed they bruise the fruit. Ysolde Pardew (Head of Packing): "we don\'t bruise the fruit".')).toEqual([]);
  });
});
