// A tenure counted in words, or placed in the career before: the sentence is the person's profile, not a problem
// (fifty-third round). The vendor and its taxonomy are made up for the tests.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

describe('a tenure said in words, or as the career before (fifty-third round)', () => {
  // An invented vendor of delivery software for pottery wholesalers.
  const taxonomy: Taxonomy = { personas: [], industries: [], painPoints: [{ id: 'routes', label: 'Inefficient routing', aliases: [] }, { id: 'billing', label: 'Billing errors', aliases: [] }] };
  const c = compileTaxonomy(taxonomy);
  const pains = (notes: string) => contextOf(resolveProspect({ notes }, c)).painPoints;
  it('reads a career counted in words, or said as the one before, as the profile', () => {
    expect(pains('Twelve years in delivery routes.')).toEqual([]);
    expect(pains('Previously 6 years delivery routes for a brewery.')).toEqual([]);
  });
  it('still reads the problem said beside a number of years', () => {
    expect(pains('Delivery routes by hand, eight years now.')).toEqual(['routes']);
  });
});
