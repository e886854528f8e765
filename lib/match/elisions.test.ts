// Elided articles and function words English shares with other languages (fortieth round). The vendor here is made
// up: a maker of warehouse racking and pumping stations selling to Italian and Portuguese prospects.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';
import { splitElision } from './lexicon';
import { sentenceLanguage } from './resolve';
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

describe('a function word English shares with another language', () => {
  it('tells no English', () => {
    // "a" is Portuguese's article too: the note is no English one, and "atrasada" reads late.
    expect(terms('a entrega é quase sempre atrasada')).toContain(stem('late'));
    // "of" is Dutch's "or": a Dutch list of two nouns leans to no language.
    expect(sentenceLanguage('magazijn of kantoor')).toBe('none');
    expect(sentenceLanguage('the racks are full')).toBe('english');
    // "no" is English as much as Spanish, Italian or Portuguese: alone it tells no Romance sentence.
    expect(sentenceLanguage('no forklift, no spare pallets')).not.toBe('romance');
    expect(sentenceLanguage('no hay carretillas en la nave')).toBe('romance');
  });
});

describe('an Italian articulated preposition in a title or an industry', () => {
  it('is taken off its noun', () => {
    expect(contextOf(resolveProspect({ title: "Direttore dell'esercizio" }, compiled)).personas).toEqual(['ops']);
    expect(contextOf(resolveProspect({ industry: "Distribuzione dell'acqua" }, compiled)).industries).toEqual(['water']);
    expect(splitElision("Responsabile dell'ufficio")).toBe('Responsabile ufficio');
    // English keeps its contractions and names.
    expect(splitElision("It's O'Brien's, we don't")).toBe("It's O'Brien's, we don't");
  });
});
