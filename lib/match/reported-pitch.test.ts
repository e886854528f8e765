// The rep's question or pitch reported in running notes and settled by the answer after it in its sentence (sixty-second
// round): a subjectless "asked about" that opens its sentence or follows a note's label, and the rep's pitch reported
// with its verb ("rep suggested the ... module"). Invented vendor (software for bell foundries) and records.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const bells: Taxonomy = {
  personas: [],
  industries: [],
  painPoints: [
    { id: 'tuning', label: 'Bell tuning backlog', aliases: ['tuning queue'] },
    { id: 'moulds', label: 'Mould loam shortages', aliases: ['loam supply'] },
  ],
};
const compiled = compileTaxonomy(bells);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, compiled)).painPoints;

describe('a reported question or pitch settled by its answer', () => {
  it('a subjectless "asked about" at a sentence start or after a label', () => {
    expect(pains('Asked about the tuning queue - Oskar: "bells are fine since we hired a second tuner."')).toEqual([]);
    expect(pains('Phone recap: asked about the tuning queue - Oskar: "the bells are fine."')).toEqual([]);
  });
  it('the rep\'s pitch reported with its verb', () => {
    expect(pains('Rep suggested the tuning queue module - Oskar: "tuning side is fine, the foreman handles it."')).toEqual([]);
    expect(pains('AE pitched the tuning queue board; Oskar said the tuning queue is fine.')).toEqual([]);
  });
  it('an answer in another sentence, or one that complains, leaves the pain', () => {
    expect(pains('Asked about the tuning queue. Oskar says the tuning queue is weeks behind.')).toEqual(['tuning']);
    expect(pains('Rep suggested the tuning queue module. Oskar: loam supply is fine, tuning queue is a mess.')).toEqual(['tuning']);
    expect(pains('Oskar says the tuning queue is weeks behind, asked about the loam supply.')).toContain('tuning');
  });
});

describe('a demo shown is no pitch its verdict settles (review mend)', () => {
  it('a verdict on the screen the rep showed leaves the pain', () => {
    expect(pains('Rep showed the tuning queue screen - Oskar: looks neat, though loam supply is a worry.')).toContain('tuning');
    expect(pains('AE demoed the tuning queue board; Oskar said it looks fine.')).toContain('tuning');
  });
});
