// Review mend (sixtieth round, a1): a name opening with "Cafés" is kept whole where it lists another place after it
// or the notes count the sites. Invented vendor and names.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const cafes = compileTaxonomy({
  personas: [],
  industries: [
    { id: 'cafe', label: 'Cafés & coffee shops', aliases: ['cafes', 'cafeterias', 'coffee shops'] },
    { id: 'roast', label: 'Coffee roasters', aliases: ['coffee roasters', 'roastery'] },
  ],
  painPoints: [],
} satisfies Taxonomy);
const industries = (company: string, notes?: string) => contextOf(resolveProspect({ company, notes }, cafes)).industries;

describe('a name opening with "Cafés"', () => {
  it('is kept whole where it lists another place', () => {
    expect(industries('Cafés y Bares Ortuño')).toContain('cafe');
    expect(industries('Cafés & Bares Ronchetti')).toContain('cafe');
  });
  it('is kept whole where the notes count sites', () => {
    expect(industries('Cafés Altamira', 'Cadena de 35 locales en Murcia.')).toContain('cafe');
  });
});
