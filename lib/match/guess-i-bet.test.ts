// Review mend (fifty-eighth round): "I bet" and German "ich wette" with their subject guess as a bare "bet" does, at a
// note's start or in a later clause. Invented vendor: maintenance software for marina operators.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const vendor = compileTaxonomy({
  personas: [],
  industries: [],
  painPoints: [
    { id: 'berth-gaps', label: 'Unbilled berths', aliases: ['berth billing gaps', 'crane bookings'] },
    { id: 'fuel-loss', label: 'Fuel dock losses', aliases: ['fuel shrinkage'] },
  ],
} satisfies Taxonomy);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, vendor)).painPoints;

describe('"I bet" with its subject', () => {
  it('reads no pain from a guess the prospect never raised', () => {
    expect(pains('Call recap: three marinas on the coast, I bet crane bookings are a mess - Ines did not mention it.')).toEqual([]);
    expect(pains('Notiz: drei Häfen an der Küste, ich wette, die crane bookings sind Chaos - sie hat es nicht erwähnt.')).toEqual([]);
    expect(pains('I bet crane bookings are a mess. Ines did not mention it.')).toEqual([]);
  });
  it('keeps the prospect\'s own pain before the guess', () => {
    expect(pains('Fuel shrinkage is up this season, I bet crane bookings slip too - she never mentioned it.')).toEqual(['fuel-loss']);
  });
});
