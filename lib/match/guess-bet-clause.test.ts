// A rep's bare guess opening a later clause of the notes ("they open ten shops a year, bet the fit-outs run late"), and
// a prospect who never raised it ("never mentioned it", "didn't bring it up", in the six languages too): the guess names no pain
// (fifty-eighth round). Invented vendor: project software for shop fitters.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const vendor = compileTaxonomy({
  personas: [],
  industries: [],
  painPoints: [
    { id: 'late-fitouts', label: 'Late fit-outs', aliases: ['fit-out delays', 'snagging'] },
    { id: 'joinery-costs', label: 'Joinery costs', aliases: ['joinery spend'] },
  ],
} satisfies Taxonomy);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, vendor)).painPoints;

describe('a bare guess in a later clause, not raised by the prospect', () => {
  it('reads no pain from the guess the prospect never mentioned', () => {
    expect(pains('Rep note: they open ten shops a year, bet fit-out delays are a pain - Tomasz did not mention it.')).toEqual([]);
    expect(pains('Rep note: twelve stores in the pipeline, bet snagging drags on, she never brought it up.')).toEqual([]);
    expect(pains('Note du commercial : dix boutiques par an, je parie que le snagging traîne, il ne l\'a pas mentionné.')).toEqual([]);
  });
  it('still reads the prospect\'s own pain said before the guess', () => {
    expect(pains('Joinery spend is up 30% this year, bet fit-out delays hurt too - she never mentioned it.')).toEqual(['joinery-costs']);
  });
  it('keeps a guess the prospect takes up', () => {
    expect(pains('Rep note: ten shops a year, bet fit-out delays hurt - Tomasz said yes, every single one.')).toEqual(['late-fitouts']);
  });
});
