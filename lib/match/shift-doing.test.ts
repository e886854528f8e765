// A verb of doing or working the shifts said before them ("the valeters work shifts", "fanno i turni", "hacen turnos"):
// how the work is organised, as a count of shifts is, so the scheduling pain is read only with a problem beside it.
// Invented vendor: rota software for car-wash chains.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const vendor = compileTaxonomy({
  personas: [],
  industries: [],
  painPoints: [
    { id: 'rota', label: 'Shift scheduling', aliases: ['rota gaps'] },
    { id: 'chemicals', label: 'Wash chemical stock-outs', aliases: ['chemical stock'] },
  ],
} satisfies Taxonomy);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, vendor)).painPoints;

describe('shift words after a verb of doing them', () => {
  it('reads no scheduling pain where the notes only say the staff work shifts', () => {
    expect(pains('Twelve sites; the valeters work shifts across the week.')).toEqual([]);
    expect(pains('Gli addetti fanno i turni tra le due sedi.')).toEqual([]);
    expect(pains('Los lavadores hacen turnos en cada local.')).toEqual([]);
  });
  it('still reads it where the shifts are said with a problem', () => {
    expect(pains('The valeters work shifts and covering them is a nightmare.')).toEqual(['rota']);
    expect(pains('Shifts are impossible to fill on Sundays.')).toEqual(['rota']);
  });
});
