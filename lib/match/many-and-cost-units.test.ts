// Review mends of the sixty-fourth round's "notes say several" gate (pains-across-many) and whose-a-cost-is topic
// (allocation): a clock time, a date, a share or a month is no count, and a word of many counts in the sentence or the one
// before it only; French and Italian forms of "each" and more
// forms of "several" and "many"; "each team" and work billed project by project split no bill; a cost centre in Italian, Spanish and Portuguese; a
// one-word "Multistore" label is about many units and "Cross-selling" is not. Invented vendor (software for chains of
// pottery-painting studios).
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const pottery: Taxonomy = {
  personas: [],
  industries: [],
  painPoints: [
    { id: 'many-studios', label: 'Multi-atelier visibility', aliases: ['studio comparison'] },
    { id: 'split', label: 'Cost allocation', aliases: ['rent recharging'] },
    { id: 'clay', label: 'High clay costs', aliases: ['clay spend'] },
  ],
};
const oneWord: Taxonomy = { ...pottery, painPoints: [{ id: 'sites', label: 'Multistore visibility', aliases: [] }] };
const selling: Taxonomy = { ...pottery, painPoints: [{ id: 'upsell', label: 'Cross-selling visibility', aliases: [] }] };
const pains = (notes: string, taxonomy: Taxonomy = pottery) => contextOf(resolveProspect({ notes }, compileTaxonomy(taxonomy))).painPoints;

describe('the notes say several', () => {
  it('not with a clock time, a date, a share or a month', () => {
    expect(pains('Call back Tuesday at 10:30. The owner cannot see what the glaze room brings in.')).toEqual([]);
    expect(pains('Lease renewal due March 14. The owner cannot see what the glaze room brings in.')).toEqual([]);
    expect(pains('Bookings up 20 percent. The owner cannot see what the glaze room brings in.')).toEqual([]);
    expect(pains('Follow up mid Sept; the owner cannot see what the glaze room brings in.')).toEqual([]);
  });
  it('only in the sentence or the one before it', () => {
    expect(pains('Buys glazes from different wholesalers. Moved the kiln room last spring. The owner cannot see what the glaze room brings in.')).toEqual([]);
    expect(pains('Buys glazes from different wholesalers. The owner cannot see what each studio brings in.')).toEqual(['many-studios']);
  });
  it('with French and Italian forms of each', () => {
    expect(pains('Aucune visibilité sur les ventes de chacun des ateliers.')).toEqual(['many-studios']);
    expect(pains('Nessuna visibilità sulle vendite di ciascuna sede.')).toEqual(['many-studios']);
  });
});

describe('whose a cost is', () => {
  it('is not asked by "each team" or work billed project by project', () => {
    expect(pains('Each team has its own kiln and nobody minds.')).toEqual([]);
    expect(pains('We bill schools project by project for the mural workshops.')).toEqual([]);
    expect(pains("Said he'd show back up after the audit.")).toEqual([]);
  });
  it('is said by a cost centre in Italian, Spanish and Portuguese', () => {
    expect(pains("Nessuno sa su quale centro di costo finisce l'affitto del laboratorio.")).toEqual(['split']);
    expect(pains('El alquiler del taller no tiene centro de costes.')).toEqual(['split']);
    expect(pains('O aluguel da oficina não tem centro de custo.')).toEqual(['split']);
  });
});

describe('a label of many units', () => {
  it('one word "Multistore" is many units, "Cross-selling" is not', () => {
    expect(pains('The owner cannot see what the glaze room brings in.', oneWord)).toEqual([]);
    expect(pains('The owner cannot see what the glaze room brings in.', selling)).toEqual(['upsell']);
  });
});
