// A guess the prospect turns down: the rep's question or guess in running notes followed by the prospect's no names no
// pain; a guess the prospect confirms still does. Invented vendor and records.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const pottery: Taxonomy = {
  personas: [],
  industries: [],
  painPoints: [
    { id: 'glaze-mixing', label: 'Glaze mixing errors', aliases: [] },
    { id: 'transit-breaks', label: 'Breakage in transit', aliases: [] },
    { id: 'kiln-slots', label: 'Kiln slot shortages', aliases: [] },
    { id: 'clay-visibility', label: 'No clay stock visibility', aliases: ['Cannot see clay stock between studios'] },
  ],
};
const compiled = compileTaxonomy(pottery);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, compiled)).painPoints;

describe('a guess the prospect turns down', () => {
  it('a guess in running notes that the prospect turns down names no pain', () => {
    expect(pains('Rep thought glaze mixing errors were the trouble, Odile said no, the recipes are weighed twice.')).toEqual([]);
    expect(pains('Glaze mixing errors? No, the recipes are weighed twice.')).toEqual([]);
    expect(pains('Rep guessed glaze mixing errors were slowing them. Odile: "nah, we weigh every recipe twice."')).toEqual([]);
    expect(pains('¿Errores al mezclar los esmaltes? Todavía no, quizá el año que viene.')).toEqual([]);
  });
  it('a guess the prospect confirms still names the pain', () => {
    expect(pains('Rep: is it glaze mixing errors?\nOdile: yes, glaze mixing errors ruin a batch every week.')).toEqual(['glaze-mixing']);
    expect(pains('Glaze mixing errors? Yes, a batch crazed every week.')).toEqual(['glaze-mixing']);
  });
  it('a no before a noun answers nothing, and a capability question answered no is the lack', () => {
    expect(pains('Any clay stock visibility between studios? No visibility whatsoever.')).toEqual(['clay-visibility']);
    expect(pains('Can they see clay stock between studios? No, they phone round every studio.')).toEqual(['clay-visibility']);
    expect(pains('Rep asked about glaze mixing errors, Odile said no one weighs the recipes.')).toEqual(['glaze-mixing']);
  });
  it('a no that turns to another pain after a dash or in Italian keeps that pain', () => {
    expect(pains('Glaze mixing errors? No - kiln slot shortages most weekends.')).toEqual(['kiln-slots']);
    expect(pains('Glaze mixing errors? No, è kiln slot shortages.')).toEqual(['kiln-slots']);
  });
  it('a pain not there yet but expected soon is a pain', () => {
    expect(pains('Kiln slot shortages? Not yet, but they will come once the evening classes open.')).toEqual(['kiln-slots']);
    expect(pains('Kiln slot shortages? Noch nicht, aber bald.')).toEqual(['kiln-slots']);
    expect(pains('Kiln slot shortages? Not yet, maybe next year.')).toEqual([]);
  });
});
