// The rep's questions and guesses that the prospect never confirmed, on one invented vendor (booking software for
// climbing gyms). A question answered no in the last clause of the answer (sixtieth round): "I asked about X; she said
// their desk staff manage fine, no need." The answer's first clause names a topic of its own, so the no was looked for
// only at its start; and a rep's sentence just after the prospect's quotation closed ("... a nightmare." I asked about
// ...) was read as inside the quotation, no guess. A hedged guess marked as never put to the prospect ("probably X
// (did not ask)", "maybe X too? - never came up") is an unchecked guess, as "(unconfirmed)" is (sixty-first round).
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

describe('a no that closes the answer after a clause of its own', () => {
  it('reads no pain from the question answered no in the answer\'s last clause', () => {
    expect(pains('Owner of two gyms. I asked about wall resets; she said her head setter plans them well, no need.')).toEqual([]);
    expect(pains('I asked about setter schedules. He said the crew sorts it on a whiteboard, nope.')).toEqual([]);
  });
  it('still reads the prospect\'s own pain after the answer', () => {
    expect(pains('I asked about wall resets; she said her head setter plans them well, no need. Paper waivers get lost weekly.')).toEqual(['waiver-tracking']);
  });
  it('keeps the guess where the clause before the no hedges a guess of its own', () => {
    expect(pains('Lost two members over wall resets?? maybe the waivers too - she says no, "we scan them all".')).toEqual(['route-setting']);
  });
});

describe('a rep\'s sentence after a closed quotation', () => {
  it('is the rep\'s guess again, turned down by the answer', () => {
    expect(pains('Call recap. Mona: "Paper waivers are a nightmare." I asked about wall resets; she said her head setter plans them well, no need.')).toEqual(['waiver-tracking']);
  });
});

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
