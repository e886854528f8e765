// A rep's hedged guess marked as never put to the prospect ("probably X (did not ask)", "maybe X too? - never came
// up") is an unchecked guess, as "(unconfirmed)" is (sixty-first round). Invented vendor (booking software for climbing
// gyms) and records.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const vendor = compileTaxonomy({
  personas: [],
  industries: [],
  painPoints: [
    { id: 'route-setting', label: 'Route setting', aliases: ['setter schedules', 'wall resets'] },
    { id: 'waiver-tracking', label: 'Waiver tracking', aliases: ['lost waivers', 'paper waivers'] },
  ],
} satisfies Taxonomy);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, vendor)).painPoints;

describe('a guess the rep says was never asked', () => {
  it('reads no pain', () => {
    expect(pains('Owns two gyms. Probably wall resets are a mess (did not ask).')).toEqual([]);
    expect(pains('Owns two gyms. My hunch: maybe paper waivers too? (never came up)')).toEqual([]);
    expect(pains('Owns two gyms. Vielleicht Probleme mit paper waivers (nicht gefragt).')).toEqual([]);
  });
  it('keeps the prospect\'s own pain beside it', () => {
    expect(pains('Setter schedules are chaos, she said. Probably paper waivers too (did not ask).')).toEqual(['route-setting']);
  });
  it('keeps a pain said plainly, with no hedge, before the mark', () => {
    expect(pains('Lost waivers every week (did not ask about resets).')).toEqual(['waiver-tracking']);
  });
});
