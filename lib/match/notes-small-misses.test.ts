// Two small misses of the rep's voice in the notes (fifty-fifth round): a rep's note that disowns a point in the past
// tense ("they never mentioned it"), and a next-steps label after a sentence on the same line ("Good call. Next steps:
// send ..."). Invented vendor: round-planning and billing software for window cleaners.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, resolveProspect } from '.';
import { disownedSpans, nextStepSpans } from './notes';

const cleaners: Taxonomy = {
  personas: [],
  industries: [],
  painPoints: [
    { id: 'payments', label: 'Chasing unpaid cleans', aliases: ['chasing payments', 'unpaid cleans'] },
    { id: 'ladders', label: 'Ladder and height safety', aliases: ['falls from ladders'] },
  ],
};
const asset = (pain: string, n: number, title: string) => ({
  id: `${pain}${n}`, title, url: `https://squeegee.example/${pain}${n}`, type: 'blog' as const, description: title,
  personas: [], industries: [], painPoints: [pain], stage: 'awareness' as const, publishedAt: '2025-01-01',
});
const vendor = compileTaxonomy(cleaners, [
  asset('payments', 1, 'Getting paid for every clean: card links after each round'),
  asset('payments', 2, 'Unpaid cleans and the customers who forget'),
  asset('ladders', 1, 'Ladder safety checklist for window cleaners: footing, ties and water-fed poles'),
  asset('ladders', 2, 'Working at height on conservatory roofs: the water-fed pole checklist'),
]);
const read = (notes: string) => resolveProspect({ title: 'Owner', notes }, vendor).painPoints.map((p) => p.id);

describe('a rep\'s note that disowns in the past tense', () => {
  it('reads "they never mentioned it" and its like as disowning the sentence before', () => {
    for (const note of ['they never mentioned it', 'they never raised it', 'they didnt mention that', 'they never said that']) {
      const text = `Call recap: The customer said chasing payments is a worry.\n[Rep note: ${note} - I asked]`;
      expect(disownedSpans(text).map((s) => text.slice(s.from, s.to).trim()), note).toEqual(['Call recap: The customer said chasing payments is a worry.']);
    }
    expect(read('Call recap: The customer said chasing payments is a worry.\n[Rep note: they never mentioned it - I asked]')).toEqual([]);
  });
  it('still reads the pain when the note disowns nothing', () => {
    expect(read('Call recap: The customer said chasing payments is a worry.\n[Rep note: they mentioned it twice]')).toEqual(['payments']);
  });
});

describe('a next-steps label after a sentence on the same line', () => {
  it('finds the label after a stop, not inside a sentence', () => {
    const text = 'Owner runs three vans. Next steps: send the ladder safety checklist.';
    expect(nextStepSpans(text).map((s) => text.slice(s.from, s.to))).toEqual(['Next steps: send the ladder safety checklist.']);
    expect(nextStepSpans('We talked about the next steps: none yet.')).toEqual([]);
  });
  it("reads no pain from the library's words in what the rep will send", () => {
    expect(read('Owner runs three vans, good call. Next steps: send the water-fed pole ladder safety checklist.')).toEqual([]);
  });
  it('still reads the pain the prospect says before it', () => {
    expect(read('Two lads had falls from ladders this year. Next steps: send the water-fed pole checklist.')).toEqual(['ladders']);
  });
});
