// Settled answers in transcripts: the prospect's answer that says a topic is handled or fine in loose words ("it's
// handled", "I'm good on that", "we're on it", "we've got it covered") names no pain, and the seller's question it
// answers is not kept as the prospect's. Invented vendor (software for workshops that cast church bells) and records.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const casting: Taxonomy = {
  personas: [],
  industries: [],
  painPoints: [
    { id: 'tuning-sheets', label: 'Tuning sheets on paper', aliases: ['Keeping tuning sheets on paper'] },
    { id: 'mould-drying', label: 'Mould drying delays', aliases: [] },
    { id: 'casting-flaws', label: 'Casting flaws', aliases: [] },
  ],
};
const compiled = compileTaxonomy(casting);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, compiled)).painPoints;

describe('settled answers in transcripts', () => {
  it('a loose "it\'s handled" drops the seller\'s question it answers', () => {
    expect(pains('Rep: still keeping tuning sheets on paper?\nOskarine: nah we made every caster fax one number years ago, its handled')).toEqual([]);
  });
  it('an answer that says the prospect is on it, on top of it or good on it names no pain', () => {
    expect(pains('Rep: casting flaws?\nOskarine: no, casting flaws get caught at the clapper test, we\'re on it')).toEqual([]);
    expect(pains('Oskarine: casting flaws, we\'re on top of it')).toEqual([]);
    expect(pains('Oskarine: casting flaws, I\'m good on that')).toEqual([]);
  });
  it('an answer that complains still names the pain', () => {
    expect(pains('Rep: still keeping tuning sheets on paper?\nOskarine: yes, tuning sheets on paper, what a mess')).toEqual(['tuning-sheets']);
    expect(pains('Rep: still keeping tuning sheets on paper?\nOskarine: nah we email a form in, mould drying delays are what really stings')).toEqual(['mould-drying']);
  });
});
