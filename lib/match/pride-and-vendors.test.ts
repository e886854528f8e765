// Seventieth round, read the way a rep reads a record: a profile's sentence opened by pride is a credo and names no
// pain; something an outside firm is kept for ("got a vendor for ...") is settled. Invented vendor (software for
// irrigation contractors) and records.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const irrigation: Taxonomy = {
  personas: [],
  industries: [],
  painPoints: [
    { id: 'leaks', label: 'Leak callbacks', aliases: ['leak detection', 'leaks'] },
    { id: 'apart', label: 'Disconnected depot systems', aliases: [] },
  ],
};
const compiled = compileTaxonomy(irrigation);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, compiled)).painPoints;

describe('pride opening a sentence', () => {
  it('is a credo: nothing it names is read', () => {
    expect(pains('About: Family crew since 1988. Proud to stop leaks for every orchard up the valley road.')).toEqual([]);
    expect(pains('Proud sponsor, leak detection awards 2025.')).toEqual([]);
  });
  it('a later sentence still reads its pain', () => {
    expect(pains('Proud to serve the valley. Leak callbacks eat our Tuesdays and Thursdays.')).toEqual(['leaks']);
  });
});

describe('an outside vendor or provider kept for something', () => {
  it('settles the matter', () => {
    expect(pains('Owner: got a vendor for leak detection.')).toEqual([]);
    expect(pains('Owner says: use a provider for leak detection, so no.')).toEqual([]);
  });
  it('another pain beside it still reads after but', () => {
    expect(pains('Got a vendor for leak detection, but our depot systems are disconnected.')).toEqual(['apart']);
  });
});
