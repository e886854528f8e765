// A topic that needs a qualifier (a margin, a cost) said in another language: read when the sentence says in that
// language that it hurts (falling, under pressure, too high, too long), and not when it only names it (forty-third round).
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const vendor = compileTaxonomy({
  personas: [],
  industries: [],
  painPoints: [
    { id: 'margin', label: 'Margin squeeze', aliases: [] },
    { id: 'transport', label: 'Transport costs', aliases: [] },
  ],
} satisfies Taxonomy);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, vendor)).painPoints;

describe('a qualifier of another language', () => {
  it('reads a margin said to fall or to be under pressure', () => {
    for (const notes of [
      'Unsere Marge schrumpft seit dem Frühjahr.',
      'De marges van de winkels staan onder druk.',
      'Les marges des magasins reculent depuis l\u2019été.',
      'I margini dei negozi sono in calo da due anni.',
      'Las márgenes de la tienda bajan cada trimestre.',
      'As margens das lojas estão em queda.',
    ])
      expect(pains(notes), notes).toEqual(['margin']);
  });
  it('reads a cost said to be too high', () => {
    for (const notes of ['Die Transportkosten sind zu hoch.', 'I costi di trasporto sono troppo alti.', 'De transportkosten zijn te hoog.'])
      expect(pains(notes), notes).toEqual(['transport']);
  });
  it('reads nothing where the sentence only names the margin or the cost', () => {
    for (const notes of [
      'Unsere Marge besprechen wir im Mai mit dem Einkauf.',
      'De marges van de winkels bespreken we in juni.',
    ])
      expect(pains(notes), notes).toEqual([]);
  });
});

describe('a falling word of another language (review mend)', () => {
  const rising = compileTaxonomy({
    personas: [],
    industries: [],
    painPoints: [
      { id: 'margin', label: 'Margin squeeze', aliases: [] },
      { id: 'haul', label: 'Rising haulage costs', aliases: [] },
    ],
  } satisfies Taxonomy);
  const read = (notes: string) => contextOf(resolveProspect({ notes }, rising)).painPoints;
  it('reads a falling margin, not falling costs', () => {
    expect(read('Die Marge sinkt seit Mai.')).toEqual(['margin']);
    for (const notes of ['Seit dem Wechsel sinken die Kosten für die Lkw deutlich.', 'Depuis le changement, les coûts baissent.', 'Desde el cambio los costes bajan.'])
      expect(read(notes), notes).toEqual([]);
  });
  it('does not read a place name as a fall', () => {
    for (const notes of ['Le bureau est à Caen, marges stables.', 'Oficina en Cala Mirlo, márgenes estables.']) expect(read(notes), notes).toEqual([]);
  });
});
