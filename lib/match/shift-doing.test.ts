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
// Review mend (fifty-third round): a verb of doing the shifts that is refused or denied, or said with staff who do not
// come or costs out of hand, is the complaint itself; Italian "fa" after a time is "ago", not "do".
describe('shift words after a verb of doing them, said with a refusal, a no-show or a cost', () => {
  it('reads the scheduling pain', () => {
    expect(pains('They refuse to work shifts at the weekend.')).toEqual(['rota']);
    expect(pains('Les laveurs refusent de faire les shifts du dimanche.')).toEqual(['rota']);
    expect(pains('I lavatori non vogliono più fare i turni.')).toEqual(['rota']);
    expect(pains('Valeters work shifts but half of them don\'t turn up.')).toEqual(['rota']);
    expect(pains('Agency valeters work the shifts and costs are through the roof.')).toEqual(['rota']);
    expect(pains('Tre settimane fa i turni sono saltati.')).toEqual(['rota']);
  });
});
