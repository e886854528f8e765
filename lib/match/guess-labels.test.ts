// The rep's guess written under a label ("Rep note: assumed ...", "Rep assumption: ...") and turned down in words the
// no reader did not take: "NOT the case per <name> (<title>):", or the guess's own word denied ("we don't glaze",
// "wir machen keine ..."). The turned-down guess names no pain; the pain said after it still does. Invented vendor and
// records.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const boatyard: Taxonomy = {
  personas: [],
  industries: [],
  painPoints: [
    { id: 'hull-painting', label: 'Slow hull painting', aliases: [] },
    { id: 'crane-slots', label: 'Crane slot clashes', aliases: [] },
    { id: 'lost-invoices', label: 'Lost invoices', aliases: [] },
  ],
};
const compiled = compileTaxonomy(boatyard);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, compiled)).painPoints;

describe("the rep's guess under a label", () => {
  it('a guess under the rep\'s note label called "not the case" by a speaker with a title names no pain', () => {
    expect(pains('Rep note: assumed they lose invoices. NOT the case per Oriel (Yard Manager): "every invoice is filed the same day". What she did say: crane slot clashes every spring.')).toEqual(['crane-slots']);
  });
  it("a rep's assumption answered with its own word denied names no pain", () => {
    expect(pains('Rep assumption: slow hull painting -> Oriel (Yard Manager): "we don\'t paint hulls, a contractor does." Real issue: crane slot clashes.')).toEqual(['crane-slots']);
    expect(pains('My guess: slow hull painting. Oriel: "wir machen keine hull painting, nur Kräne." Crane slot clashes, though.')).toEqual(['crane-slots']);
  });
  it('a guess the prospect confirms still names the pain', () => {
    expect(pains('Rep assumption: slow hull painting -> Oriel (Yard Manager): "yes, hull painting is slow, two weeks a boat."')).toEqual(['hull-painting']);
  });
});
