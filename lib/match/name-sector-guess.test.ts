// A company's name read only as a sector (no entry named by it) guesses one kind of business from that sector only where
// the name says a word of that kind's names: a brewery is not the one manufacturing entry an olive-oil vendor has.
// Invented vendor and records.
import { describe, expect, it } from 'vitest';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

/** A vendor to olive-oil businesses: one entry sector knowledge reads as manufacturing (by "plant"), two in no sector. */
const olives = compileTaxonomy({
  personas: [{ id: 'owner', label: 'Owner', aliases: [] }],
  industries: [
    { id: 'mills', label: 'Olive oil mills', aliases: ['pressing plant', 'olive mill'] },
    { id: 'groves', label: 'Olive groves', aliases: ['olive growers'] },
    { id: 'delis', label: 'Deli shops', aliases: ['delicatessen'] },
  ],
  painPoints: [],
});
const read = (company: string) => contextOf(resolveProspect({ title: 'Owner', company }, olives)).industries;

describe("a company name's sector guess of one kind", () => {
  it('is not made where the name says none of that kind\'s words', () => {
    expect(read('Huber Brewery')).toEqual([]);
    expect(read('Brauerei Huber')).toEqual([]);
    expect(read('Rossi Plastics')).toEqual([]);
  });

  it('still stands where the name says a word of its names, and names read whole are untouched', () => {
    expect(read('Costa Plant Works')).toEqual(['mills']);
    expect(read('Costa Olive Mill')).toEqual(['mills']);
  });
});
