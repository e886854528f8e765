// A pain said in another language as work done a second time (measured again), which the knowledge had no English
// word for (forty-fourth round). Invented vendor: software for makers of fitted wardrobes.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const vendor = compileTaxonomy({
  personas: [],
  industries: [],
  painPoints: [
    { id: 'quotes', label: 'Quotes to write', aliases: ['quotes pending'] },
    { id: 'drawings', label: 'Plans drawn twice', aliases: ['drawing office'] },
    { id: 'measuring', label: 'Measuring mistakes', aliases: ['remeasuring', 'sizes off'] },
    { id: 'hinges', label: 'Hinge supply', aliases: ['hardware orders'] },
  ],
} satisfies Taxonomy);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, vendor)).painPoints;

describe('pains said in another language', () => {
  it('reads a remeasuring said in another language', () => {
    expect(pains('Os montadores têm de medir de novo cada roupeiro.')).toEqual(['measuring']);
    expect(pains('Die Monteure müssen jeden Schrank neu messen.')).toEqual(['measuring']);
  });
  it('reads nothing where the sentence names none of them', () => {
    expect(pains('Der Werkstattmeister fährt am Sonntag zum Fußball.')).toEqual([]);
  });
});
