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

describe('a tenure is the profile only as a career, review mend (fifty-third round)', () => {
  // The same invented vendor of delivery software for pottery wholesalers.
  const taxonomy: Taxonomy = { personas: [], industries: [], painPoints: [{ id: 'routes', label: 'Inefficient routing', aliases: [] }, { id: 'billing', label: 'Billing errors', aliases: [] }] };
  const c = compileTaxonomy(taxonomy);
  const pains = (notes: string) => contextOf(resolveProspect({ notes }, c)).painPoints;
  it('still reads the complaint after a tenure that is no career', () => {
    for (const notes of [
      'Previously 2 years of routing by hand, drivers lost hours.',
      'Before 2 years ago, routes were planned by hand.',
      'Diez años entre hojas de cálculo, las rutas se planifican a mano.',
      'Drie jaar bij deze klant en de routes worden nog met de hand gepland.',
      'Dix ans chez eux et les tournées sont toujours planifiées à la main.',
      'Three years in a row the routing has been done by hand.',
      'Two years in, routes are still planned by hand.',
      'Eight years on the old system and routing is still manual.',
      'Five years on and routing is still done on a whiteboard.',
    ])
      expect(pains(notes), notes).toContain('routes');
  });
  it('still reads a career with its field or employer as the profile', () => {
    expect(pains('Twelve years at a courier firm, delivery routes.')).toEqual([]);
    expect(pains('Previously 6 years delivery routes for a brewery.')).toEqual([]);
    expect(pains('Twelve years in delivery routes and billing.')).toEqual([]);
  });
});
