// Typing the same thing twice, the rest (fifty-fifth round): a Dutch verb split from its particle ("over te tikken") is the joined verb the lexicon knows ("overtikken", retyping), and a verb of copying said with "by
// hand" ("copied by hand", "passadas à mão", "von Hand übertragen") is re-keying; both reach a pain named for double
// entry. Invented vendor: job and invoice software for piano tuners.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const vendor = compileTaxonomy({
  personas: [],
  industries: [],
  painPoints: [
    { id: 'apart', label: 'Disconnected diary and invoicing', aliases: ['double entry', 'integration'] },
    { id: 'travel', label: 'Long drives between visits', aliases: ['mileage'] },
  ],
} satisfies Taxonomy);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, vendor)).painPoints;

describe('a Dutch split verb of retyping', () => {
  it('reads "over te tikken" as the joined verb', () => {
    expect(pains('De stemmer zit elke avond de stembeurten uit de agenda over te tikken in de factuur.')).toEqual(['apart']);
  });
  it('reads nothing where "over" is a preposition', () => {
    expect(pains('Zij tikt een mail over de stembeurten.')).toEqual([]);
  });
});

describe('copying by hand', () => {
  it('reads a copy verb with "by hand" as re-keying, in English and in another language', () => {
    expect(pains('Every tuning is copied by hand onto the customer record.')).toEqual(['apart']);
    expect(pains('As afinações são passadas à mão para o sistema.')).toEqual(['apart']);
    expect(pains('Die Stimmungen werden abends von Hand ins Programm übertragen.')).toEqual(['apart']);
  });
  it('reads nothing where nothing is copied', () => {
    expect(pains('Every tuning is written on the customer record.')).toEqual([]);
  });
});
