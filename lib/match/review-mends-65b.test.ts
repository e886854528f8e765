// Mends of the sixty-fifth round's second read-only review (findings 1 to 8), each a reading that went wrong at 5bdd0cfd.
// Invented vendor: Quillmarsh, booking and route software for mobile dog-grooming vans.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const quillmarsh = compileTaxonomy({
  personas: [],
  industries: [],
  painPoints: [
    { id: 'noshow', label: 'Missed appointments', aliases: ['no-shows'] },
    { id: 'rota', label: 'Groomer rota planning', aliases: ['groomer rota'] },
  ],
} satisfies Taxonomy);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, quillmarsh)).painPoints;

describe('finding 1: a relative "that works" settles only where it closes its clause and nothing denies it', () => {
  it('does not settle a clause where "that works" goes on or is denied', () => {
    for (const note of [
      'The kennel partner that works with us keeps sending no-shows.',
      'Tried four groomer rota apps but none that works offline.',
      'They would love a groomer rota tool that works on a phone.',
      'Asked for a groomer rota tool that works.',
    ])
      expect(pains(note).length, note).toBeGreaterThan(0);
  });
  it('still settles with a relative "that works" that closes its clause', () => {
    expect(pains('The vans already share a groomer rota app that works.')).toEqual([]);
    expect(pains('The vans already share a groomer rota app that works well.')).toEqual([]);
  });
});
