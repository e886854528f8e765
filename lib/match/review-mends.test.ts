// Review mends of the sixty-fifth round (two read-only reviews of the sixty-fourth round). Invented vendor: Spindlewick,
// booking and parts software for chains of bicycle-repair workshops.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const bikes: Taxonomy = {
  personas: [],
  industries: [],
  painPoints: [
    { id: 'many-shops', label: 'Multi-workshop visibility', aliases: [] },
    { id: 'split', label: 'Cost allocation', aliases: [] },
    { id: 'spokes', label: 'High spoke costs', aliases: [] },
  ],
};
const compiledBikes = compileTaxonomy(bikes);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, compiledBikes)).painPoints;
const UNSEEN = ' The owner cannot see what the wheel bench brings in.';

describe('a count word that is an everyday word of another language (finding 1)', () => {
  it('counts where it is the plain number', () => {
    expect(pains(`Tenemos dos talleres.${UNSEEN}`)).toEqual(['many-shops']);
    expect(pains(`Sept ateliers en ville.${UNSEEN}`)).toEqual(['many-shops']);
    expect(pains(`Abbiamo sei officine.${UNSEEN}`)).toEqual(['many-shops']);
    expect(pains(`Abbiamo otto officine.${UNSEEN}`)).toEqual(['many-shops']);
    expect(pains(`Temos dez oficinas.${UNSEEN}`)).toEqual(['many-shops']);
  });
  it('does not count where it is the other word', () => {
    expect(pains(`Relance le 14 sept.${UNSEEN}`)).toEqual([]);
    expect(pains(`Follow up Dez. 2027.${UNSEEN}`)).toEqual([]);
    expect(pains(`Se sei interessato, richiamami.${UNSEEN}`)).toEqual([]);
    expect(pains(`Spoke with Otto about the frames.${UNSEEN}`)).toEqual([]);
    expect(pains(`Sent the dos and don'ts.${UNSEEN}`)).toEqual([]);
    expect(pains(`Não temos controle dos custos.${UNSEEN}`)).toEqual([]);
  });
});
