// Denials the settled words miss: a contentment word after "not" is a complaint ("she is not happy with ..."), and a
// topic asked with a question mark and answered in the next sentence by a settling phrase alone ("Reed voicing? Not
// an issue.") names no pain, in the six languages. Invented vendor (software for workshops that build pipe organs)
// and records.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const organs: Taxonomy = {
  personas: [],
  industries: [],
  painPoints: [
    { id: 'voicing', label: 'Reed voicing backlog', aliases: ['reed voicing'] },
    { id: 'bellows', label: 'Bellows leather orders', aliases: ['bellows leather'] },
  ],
};
const compiled = compileTaxonomy(organs);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, compiled)).painPoints;

describe('denials the settled words miss', () => {
  it('a contentment word after "not" complains', () => {
    expect(pains('Wilhelmina is not happy with the reed voicing')).toEqual(['voicing']);
    expect(pains('Wilhelmina is happy with the reed voicing')).toEqual([]);
  });
  it('a topic asked and settled in the next sentence names no pain, in any of the six languages', () => {
    expect(pains('Reed voicing? Not an issue.')).toEqual([]);
    expect(pains('Le reed voicing ? Pas un sujet, c\'est le facteur qui gère.')).toEqual([]);
    expect(pains('¿El reed voicing? No es un tema.')).toEqual([]);
    expect(pains('Reed voicing? Das ist kein Thema.')).toEqual([]);
    expect(pains('Rep: reed voicing?\nWilhelmina: honestly not a problem')).toEqual([]);
  });
  it('an answer that names its own topic settles only that one', () => {
    expect(pains('Reed voicing? Bellows leather is fine.')).toEqual(['voicing']);
    expect(pains('Bellows leather? Not a problem. Reed voicing is a mess.')).toEqual(['voicing']);
  });
});
