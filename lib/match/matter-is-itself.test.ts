// A matter the prospect says is itself ("Beeswax is beeswax.", "beeswax's beeswax", "Bienenwachs ist Bienenwachs") is a shrug: nothing to do about
// it, no pain (sixty-third round). Invented vendor (software for candle-dipping workshops).
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const candles: Taxonomy = {
  personas: [],
  industries: [],
  painPoints: [
    { id: 'beeswax', label: 'Beeswax costs', aliases: ['beeswax costs', 'beeswax', 'Bienenwachs'] },
    { id: 'wicks', label: 'Wick recalls', aliases: ['wick recalls'] },
  ],
};
const compiled = compileTaxonomy(candles);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, compiled)).painPoints;

describe('a matter said to be itself', () => {
  it('reads no pain from the shrug', () => {
    expect(pains('Rep: and beeswax must be eating into the takings?\nOda: Beeswax is beeswax. Not why I wrote.')).toEqual([]);
    expect(pains("Beeswax's beeswax, the wick recalls are the mess.")).toEqual(['wicks']);
    expect(pains('Bienenwachs ist Bienenwachs.')).toEqual([]);
  });
  it('reads the matter said with something of its own', () => {
    expect(pains('Beeswax costs doubled and beeswax is our biggest bill.')).toEqual(['beeswax']);
    expect(pains('The wick recall is the recall that hurt us most.')).toEqual(['wicks']);
  });
});
