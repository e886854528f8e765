// Sixty-sixth round: who is free to work ("who's free", "who is available", "who can cover") is the scheduling topic,
// read where the notes say it is not known or asked. Invented vendor (software for mobile bicycle mechanics) and records.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const bikes: Taxonomy = {
  personas: [],
  industries: [],
  painPoints: [
    { id: 'rounds', label: 'Mechanic rounds and scheduling', aliases: ['van rounds'] },
    { id: 'spares', label: 'Spare parts stock', aliases: ['inner tube stock'] },
    { id: 'payouts', label: 'Mechanic payouts', aliases: ['per-repair rates'] },
  ],
};
const compiled = compileTaxonomy(bikes);
const pains = (notes: string) => contextOf(resolveProspect({ notes, name: 'Oriane Talbec' }, compiled)).painPoints;

describe('who is free to work', () => {
  it('reads the scheduling pain where nobody knows who is free', () => {
    expect(pains('Honestly I never know whos free on Saturdays until Friday night.')).toEqual(['rounds']);
    expect(pains('I never know who is available for the Sunday pop-up.')).toEqual(['rounds']);
  });
  it('reads it where they ask around who can cover', () => {
    expect(pains('Every week I text all nine mechanics asking who can cover the market stall.')).toEqual(['rounds']);
  });
  it('reads nothing from a sentence that names no one free', () => {
    expect(pains('The vans were resprayed in spring.')).toEqual([]);
  });
});
