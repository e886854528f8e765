// British and American spellings, and contractions written whole or without their apostrophe, read alike on both
// sides: the library's names and the notes.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';
import { withContractions } from './compile';
import { americanSpelling, stem } from './text';

const painTaxonomy = (painPoints: Taxonomy['painPoints']): Taxonomy => ({ personas: [], industries: [], painPoints });
const pains = (notes: string, t: Taxonomy) => contextOf(resolveProspect({ notes }, compileTaxonomy(t))).painPoints;

describe('British and American spellings', () => {
  it('stems the two spellings alike', () => {
    for (const [british, american] of [
      ['colour', 'color'], ['defence', 'defense'], ['centres', 'centers'], ['catalogued', 'cataloged'],
      ['standardisation', 'standardization'], ['analysed', 'analyzed'], ['paediatric', 'pediatric'], ['programmes', 'programs'],
    ]) expect(stem(british!)).toBe(stem(american!));
  });

  it('leaves words that only look British', () => {
    for (const w of ['advise', 'enterprise', 'cruise', 'four', 'hour', 'pour', 'meter', 'tour']) expect(americanSpelling(w)).toBe(w);
  });

  it('reads a note in one spelling against a library in the other', () => {
    const t = painTaxonomy([
      { id: 'mixing', label: 'Tint mixing errors', aliases: ['wrong colour batches'] },
      { id: 'fleet', label: 'Van fleet costs', aliases: ['fuel cards'] },
    ]);
    expect(pains('every week we get wrong color batches back from the contractors', t)).toEqual(['mixing']);
  });
});

describe('contractions', () => {
  it('adds the other form of a contraction to an entry', () => {
    const e = withContractions({ id: 'x', label: 'Rota gaps', aliases: ['who is on call tonight', 'cant reach the depot'] });
    expect(e.aliases).toContain('whos on call tonight');
    expect(e.aliases).toContain('cannot reach the depot');
    expect(withContractions({ id: 'y', label: 'Its own label', aliases: [] }).aliases).toEqual([]);
  });

  it('reads a contraction without its apostrophe against a library that says it whole', () => {
    const t = painTaxonomy([
      { id: 'rota', label: 'Morning rota slots', aliases: ['who is doing what'] },
      { id: 'fleet', label: 'Van fleet costs', aliases: ['fuel cards'] },
    ]);
    expect(pains('honestly no one can tell whos doing what on a given morning', t)).toEqual(['rota']);
  });
});
