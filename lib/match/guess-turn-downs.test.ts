// Review mends for the rep's guess under a label: a turn-down ("not the case", the guess's word denied) silences its own
// clause, not the real pain named after it; negations that do not deny ("no doubt", "not only", "nicht nur") leave a
// confirmed guess read; "not the case for ..." narrows the guess and keeps it; "That's not the case" and the other
// languages' ordinary forms turn it down; a full name before a bracketed title is a speaker's label. Invented vendor and
// records.
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
  it('"not the case," or a dash silences the turn-down, the pain named after it is read', () => {
    expect(pains('Rep note: assumed they bruise the fruit. Not the case, picker rota gaps are the issue.')).toEqual(['rota']);
    expect(pains('Rep note: assumed they bruise the fruit. NOT the case - they bruise nothing, picker rota gaps hurt.')).toEqual(['rota']);
    expect(pains('Rep assumption: cold store breakdowns. Never had cold store breakdowns, picker rota gaps yes.')).toEqual(['rota']);
  });
  it('a negation that does not deny leaves the confirmed guess read', () => {
    expect(pains('Rep note: assumed they bruise the fruit. No doubt they bruise the fruit.')).toEqual(['bruising']);
    expect(pains('Rep assumption: cold store breakdowns. No wonder cold store breakdowns happen, one engineer.')).toEqual(['cold-store']);
    expect(pains('Rep assumption: cold store breakdowns. Not only cold store breakdowns, picker rota gaps too.')).toEqual(['cold-store', 'rota']);
    expect(pains('Rep assumption: cold store breakdowns. Nicht nur cold store breakdowns, auch picker rota gaps.')).toEqual(['cold-store', 'rota']);
  });
  it('"not the case for ..." narrows the guess and keeps it', () => {
    expect(pains('Rep note: assumed they bruise the fruit. Not the case for loads under 5 tonnes, they bruise the fruit above that.')).toEqual(['bruising']);
  });
  it('"That\'s not the case" and the other languages\' forms turn the guess down', () => {
    expect(pains("Rep note: assumed they bruise the fruit. That's not the case per Ysolde.")).toEqual([]);
    expect(pains('Rep note: assumed they bruise the fruit. That is not the case.')).toEqual([]);
    expect(pains("Rep note: assumed they bruise the fruit. Ce n'est pas le cas, picker rota gaps.")).toEqual(['rota']);
    expect(pains('Rep note: assumed they bruise the fruit. Das ist nicht der Fall, picker rota gaps.')).toEqual(['rota']);
    expect(pains("Rep note: assumed they bruise the fruit. If that's not the case, we pitch picker rota gaps.")).toEqual(['bruising', 'rota']);
  });
  it('a full name before a bracketed title is the speaker, the denial after it is read', () => {
    expect(pains('Rep note: assumed they bruise the fruit. Ysolde Pardew (Head of Packing): "we don\'t bruise the fruit".')).toEqual([]);
  });
});
