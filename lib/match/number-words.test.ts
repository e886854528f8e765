// The number words of the seven languages are one table (knowledge/numbers.ts) that every rule reading a count takes
// its words from (a tenure, a count of sites, the words of quantity): a tenure counted in words ("sechs Jahre im
// Einkauf") is the person's profile in each language, as with digits (fifty-fifth round).
// Invented vendor: ordering and till software for bakery chains.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';
import { NUMBER_WORDS, numberWords, plainNumberWord } from './knowledge/numbers';
import { TENURE_NUMBER_WORDS } from './knowledge/cues';
import { FOREIGN_QUANTITY_WORDS } from './knowledge/function-words';

const taxonomy: Taxonomy = { personas: [], industries: [], painPoints: [{ id: 'routes', label: 'Inefficient routing', aliases: [] }] };
const c = compileTaxonomy(taxonomy);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, c)).painPoints;

// One invented note per language: a tenure counted in words, the same in digits, and with a word that is no count.
const notes: Array<readonly [string, string, string]> = [
  ['Eight years in purchasing, delivery routes.', '8 years in purchasing, delivery routes.', 'Many years in purchasing, delivery routes.'],
  ['Sechs Jahre im Einkauf, delivery routes.', '6 Jahre im Einkauf, delivery routes.', 'Viele Jahre im Einkauf, delivery routes.'],
  ['Huit ans dans les achats, delivery routes.', '8 ans dans les achats, delivery routes.', 'Beaucoup ans dans les achats, delivery routes.'],
  ['Ocho años en compras, delivery routes.', '8 años en compras, delivery routes.', 'Muchos años en compras, delivery routes.'],
  ['Otto anni nel settore acquisti, delivery routes.', '8 anni nel settore acquisti, delivery routes.', 'Molti anni nel settore acquisti, delivery routes.'],
  ['Zes jaar bij inkoop, delivery routes.', '6 jaar bij inkoop, delivery routes.', 'Veel jaar bij inkoop, delivery routes.'],
  ['Oito anos em compras, delivery routes.', '8 anos em compras, delivery routes.', 'Muitos anos em compras, delivery routes.'],
];

describe('one table of number words', () => {
  it('reads a tenure counted in words as the profile, as in digits, in each language', () => {
    for (const [words, digits, none] of notes) {
      expect(pains(words), words).toEqual([]);
      expect(pains(digits), digits).toEqual([]);
      expect(pains(none), none).toEqual(['routes']);
    }
  });
  it('gives each rule its words from the table, with the value the table gives', () => {
    const value = new Map<string, number>();
    for (const [n, , said] of NUMBER_WORDS) for (const w of said.split(' ')) value.set(plainNumberWord(w), n);
    for (const w of TENURE_NUMBER_WORDS) expect(value.has(w), w).toBe(true);
    const numerals = [...numberWords({ values: (v) => v >= 2 && v <= 12, languages: 'dfsinp', forms: ['plain'] }).keys()];
    for (const w of FOREIGN_QUANTITY_WORDS) if (value.has(w)) expect(numerals, w).toContain(w);
    // a word two languages share carries both ("vier", German and Dutch), and one value
    expect(numberWords({ values: (v) => v === 4, forms: ['plain'] }).get('vier')).toEqual({ value: 4, languages: 'dn' });
  });
});
