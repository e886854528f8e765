// Goods past their date said with each language's noun for expiry ("Verfall", "péremption", "caducidad",
// "houdbaarheid", "validade"), and a stock-out in Spain's, Portugal's and Italy's spellings ("rotura de stock",
// "rutura de stock", "rottura di stock"), which the knowledge read only as adjectives and as "ruptura" (fiftieth
// round). Invented vendor: software for garden centres.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const vendor = compileTaxonomy({
  personas: [],
  industries: [],
  painPoints: [
    { id: 'past-date', label: 'Out-of-date goods', aliases: ['expiry', 'write-offs'] },
    { id: 'empty-shelves', label: 'Empty shelves', aliases: ['stock-outs', 'out of stock'] },
    { id: 'watering', label: 'Watering rounds', aliases: ['irrigation schedule'] },
  ],
} satisfies Taxonomy);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, vendor)).painPoints;

describe('expiry and stock-outs said in another language', () => {
  it('reads the noun of expiry in the six languages', () => {
    expect(pains('Viel Verfall bei Saatgut und Dünger im Lager.')).toEqual(['past-date']);
    expect(pains('Trop de graines jetées après péremption.')).toEqual(['past-date']);
    expect(pains('Mucha caducidad en semillas y abonos.')).toEqual(['past-date']);
    expect(pains('Zaden gaan over de houdbaarheidsdatum heen.')).toEqual(['past-date']);
    expect(pains('Sementes fora da validade no armazém.')).toEqual(['past-date']);
  });
  it('reads the phrases of a shelf life, and "Verfall" or "caducidad" before a preposition', () => {
    expect(pains('Verfall bei Topfpflanzen kostet jede Saison.')).toEqual(['past-date']);
    expect(pains('Pérdidas por caducidad de semillas cada mes.')).toEqual(['past-date']);
    expect(pains('Prazo de validade dos adubos não controlado.')).toEqual(['past-date']);
  });
  it('reads no expiry in those nouns\' other senses (review mend)', () => {
    expect(pains('Preisverfall und Margenverfall bei Gartenmöbeln.')).toEqual([]);
    expect(pains('Der Verfall der Gewächshäuser ist ein Thema.')).toEqual([]);
    expect(pains('Caducidad del contrato de alquiler en junio.')).toEqual([]);
    expect(pains('A validade da proposta é de 30 dias.')).toEqual([]);
    expect(pains('Houdbaarheid van de offerte: 30 dagen.')).toEqual([]);
  });
  it('reads "Verfall von/der/des" and "houdbaarheid van" before goods, not before a price or an offer (review mend)', () => {
    expect(pains('Verfall von Saatgut und Blumenzwiebeln im Lager.')).toEqual(['past-date']);
    expect(pains('Der Verfall der Samen kostet uns jedes Frühjahr.')).toEqual(['past-date']);
    expect(pains('Verfall des Düngers im Schuppen ist teuer.')).toEqual(['past-date']);
    expect(pains('Houdbaarheid van de zaden is een zorg.')).toEqual(['past-date']);
    expect(pains('Verfall der Preise bei Rasenmähern.')).toEqual([]);
    expect(pains('Houdbaarheid van het contract: een jaar.')).toEqual([]);
  });
  it('reads a stock-out in its Iberian and Italian spellings', () => {
    expect(pains('Muitas ruturas de stock nas sementes na primavera.')).toEqual(['empty-shelves']);
    expect(pains('Roturas de stock de abono cada primavera.')).toEqual(['empty-shelves']);
    expect(pains('Rotture di stock sui concimi ogni primavera.')).toEqual(['empty-shelves']);
  });
  it('reads nothing when the stock-out is said to be no problem', () => {
    expect(pains('Las roturas de stock no son el problema.')).toEqual([]);
  });
});
