// A sentence that says for whom the prospect works ("Glass annealer repair for local clients") where nothing hurts says whom the
// business serves, not a problem of it. Invented vendor and records.
import { describe, expect, it } from 'vitest';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

/** A vendor to glassblowing studios. */
const studios = compileTaxonomy({
  personas: [{ id: 'owner', label: 'Glass studio owner', aliases: [] }],
  industries: [],
  painPoints: [
    { id: 'annealers', label: 'Annealer maintenance', aliases: ['element swaps'] },
    { id: 'lessons', label: 'Skipped classes', aliases: ['no-show students'] },
  ],
});
const read = (notes: string) => contextOf(resolveProspect({ title: 'Owner', notes }, studios)).painPoints;

describe('a sentence that says whom the prospect serves', () => {
  it('names no pain where nothing in it hurts', () => {
    expect(read('Annealer repair and torch lessons for homeowners and local firms.')).toEqual([]);
    expect(read('Annealer repair for local clients.')).toEqual([]);
    expect(read('Torch lessons and annealer repair for clients, two benches.')).toEqual([]);
  });

  it('still names the pain where the sentence complains, gives a task its scope, or the party word qualifies another', () => {
    expect(read('Annealer repair for clients keeps breaking down.')).toEqual(['annealers']);
    expect(read('Annealer repair for each client takes nine days.')).toEqual(['annealers']);
    expect(read('Annealer repair for guest glassblowers.')).toEqual(['annealers']);
  });
});
