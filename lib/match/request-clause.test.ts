// A request said by somebody else in a clause of its own after the prospect's problem, on one invented vendor
// (till and queue software for self-service laundries, "Sudsway"). Sixty-seventh round: Italian "ha chiesto", Spanish
// "pidió", Dutch "vroeg om" and Portuguese "pediu" are request phrases, and a request phrase anywhere in a sentence
// quieted the whole sentence, so "the customers wait 20 minutes and the mall manager asked for a brochure" lost the wait.
// A request after an "and" of the six languages with a subject of its own now quiets only its own clause; one said
// with no subject of its own ("... and requested a brochure"), one that denies ("and nobody asked for anything") and one
// said first still quiet the sentence whole.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const vendor = compileTaxonomy({
  personas: [],
  industries: [],
  painPoints: [
    { id: 'long-waits', label: 'Long wait times', aliases: ['queue times'] },
    { id: 'float-shortfalls', label: 'Till float shortfalls', aliases: ['float shortfalls'] },
  ],
} satisfies Taxonomy);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, vendor)).painPoints;

describe('a request in a clause of its own after the problem', () => {
  it('reads the problem of the clause before the request, in four languages', () => {
    expect(pains('I clienti aspettano 20 minuti alla cassa e il gestore del centro ha chiesto un preventivo.')).toEqual(['long-waits']);
    expect(pains('Los clientes esperan 20 minutos en la caja y el gestor del centro pidió un presupuesto.')).toEqual(['long-waits']);
    expect(pains('Klanten wachten 20 minuten bij de kassa en de centrumbeheerder vroeg om een offerte.')).toEqual(['long-waits']);
    expect(pains('Os clientes esperam 20 minutos na caixa e o gestor do centro pediu um orçamento.')).toEqual(['long-waits']);
  });
  it('reads it in English too', () => {
    expect(pains('Customers wait 20 minutes at the till and the mall manager requested a brochure.')).toEqual(['long-waits']);
  });
});

describe('a request that still quiets its sentence', () => {
  it('is said with no subject of its own after the "and"', () => {
    expect(pains('Customers wait 20 minutes at the till and requested a brochure.')).toEqual([]);
  });
  it('is said first', () => {
    expect(pains('Ha chiesto un preventivo e i clienti aspettano 20 minuti alla cassa.')).toEqual([]);
  });
  it('is denied', () => {
    expect(pains('I clienti aspettano 20 minuti alla cassa e nessuno ha chiesto niente.')).toEqual([]);
  });
});
