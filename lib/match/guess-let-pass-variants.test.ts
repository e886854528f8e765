// Review mend (fifty-eighth round): a prospect who never raised the rep's guess, said in the ordinary variants of the
// seven languages ("didn't raise it", "er erwähnte es nicht", "il n'en a pas parlé", "non ne ha parlato", "noemde het
// niet", "não falou nisso"): the guess names no pain. Invented vendor: scheduling software for window cleaners.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const vendor = compileTaxonomy({
  personas: [],
  industries: [],
  painPoints: [
    { id: 'missed-rounds', label: 'Missed rounds', aliases: ['skipped rounds', 'round clashes'] },
    { id: 'ladder-costs', label: 'Ladder costs', aliases: ['ladder spend'] },
  ],
} satisfies Taxonomy);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, vendor)).painPoints;

describe('a guess the prospect never raised, in the ordinary variants', () => {
  it('reads no pain from it in English', () => {
    expect(pains('Six vans on the road, bet round clashes are common - she didn\'t raise it.')).toEqual([]);
    expect(pains('Six vans on the road, bet round clashes are common - she didn\'t mention that.')).toEqual([]);
  });
  it('reads no pain from it in the six languages', () => {
    expect(pains('Sechs Busse, ich wette, round clashes sind häufig - er erwähnte es nicht.')).toEqual([]);
    expect(pains('Sechs Busse, ich wette, round clashes sind häufig - er hat das nicht erwähnt.')).toEqual([]);
    expect(pains('Six camionnettes, je parie que les round clashes sont fréquents - il n\'en a pas parlé.')).toEqual([]);
    expect(pains('Sei furgoni, scommetto che i round clashes sono frequenti - non ne ha parlato.')).toEqual([]);
    expect(pains('Zes busjes, ik wed dat round clashes vaak voorkomen - hij noemde het niet.')).toEqual([]);
    expect(pains('Seis carrinhas, aposto que os round clashes são frequentes - ela não falou nisso.')).toEqual([]);
  });
  it('still reads a pain the prospect raised', () => {
    expect(pains('Six vans on the road, round clashes every week - she raised it twice.')).toEqual(['missed-rounds']);
  });
});
