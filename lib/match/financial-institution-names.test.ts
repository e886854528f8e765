// Kinds of financial institution named in a company's name in six languages (fifty-eighth round): a private bank, a
// payment institution or payment services firm, an e-money institution, an asset manager, as the supervisors'
// registers call them, read as their English names. The taxonomy and records here are made up for the tests.
import { describe, expect, it } from 'vitest';
import type { Prospect, Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

// An invented vendor of cash reconciliation software for kinds of financial firm.
const taxonomy: Taxonomy = {
  personas: [{ id: 'treasurer', label: 'Treasurer', aliases: ['head of treasury'] }],
  industries: [
    { id: 'private-banks', label: 'Private banks', aliases: ['private bank', 'wealth bank'] },
    { id: 'payment-firms', label: 'Payment firms', aliases: ['payment institution', 'établissement de paiement', 'e-money institution'] },
    { id: 'asset-managers', label: 'Asset managers', aliases: ['asset manager', 'fund manager'] },
  ],
  painPoints: [{ id: 'breaks', label: 'Reconciliation breaks', aliases: ['unmatched items'] }],
};
const compiled = compileTaxonomy(taxonomy, []);
const read = (company: string, industry?: string) =>
  contextOf(resolveProspect({ name: 'Odile Fenwick', title: 'Treasurer', company, industry, source: { crm: 'hubspot', recordType: 'contact', recordId: '1' } } as Prospect, compiled)).industries;

describe("a financial institution's kind in its name or CRM value", () => {
  it('reads a German or Dutch one-word kind', () => {
    expect(read('Moosgrund Privatbank AG')).toEqual(['private-banks']);
    expect(read('Rheinfluss Zahlungsdienste GmbH')).toEqual(['payment-firms']);
    expect(read('Tulpenveld Betaalinstelling B.V.')).toEqual(['payment-firms']);
    expect(read('Bergkamm Vermögensverwalter AG')).toEqual(['asset-managers']);
  });
  it('reads a Romance kind said in words', () => {
    expect(read('Pantoriva Pagamentos Lda')).toEqual(['payment-firms']);
    expect(read('Corvo Entidad de Pago SL')).toEqual(['payment-firms']);
    expect(read('Oliveira Gestora de Ativos SA')).toEqual(['asset-managers']);
  });
  it('reads an e-money institution said in a CRM value', () => {
    expect(read('Falco S.p.A.', 'Istituto di moneta elettronica')).toEqual(['payment-firms']);
    expect(read('Vanneau SL', 'Entidad de dinero electrónico')).toEqual(['payment-firms']);
  });
  it("reads an Italian or Portuguese e-money institution in a company's name too", () => {
    expect(read('Gheppio Istituto di Moneta Elettronica S.p.A.')).toEqual(['payment-firms']);
    expect(read('Quintarrosa Instituição de Moeda Eletrónica SA')).toEqual(['payment-firms']);
  });
  it('reads the plural e-money institutions of a CRM value (review mend)', () => {
    expect(read('Vanneau SL', 'Entidades de dinero electrónico')).toEqual(['payment-firms']);
    expect(read('Falco S.p.A.', 'Istituti di moneta elettronica')).toEqual(['payment-firms']);
    expect(read('Pantoriva Lda', 'Instituições de moeda eletrónica')).toEqual(['payment-firms']);
  });
  it("reads the registers' other kinds in a company's name (review mend)", () => {
    expect(read('Wiesgrund E-Geld-Institut GmbH')).toEqual(['payment-firms']);
    expect(read('Duinwijk Elektronischgeldinstelling B.V.')).toEqual(['payment-firms']);
    expect(read('Duinwijk Betaaldienstverlener B.V.')).toEqual(['payment-firms']);
    expect(read('Marlot Prestataire de Services de Paiement SAS')).toEqual(['payment-firms']);
    expect(read('Orsolina Società di Gestione del Risparmio S.p.A.')).toEqual(['asset-managers']);
    expect(read('Marlot Société de Gestion de Portefeuille')).toEqual(['asset-managers']);
    expect(read('Wiesgrund Kapitalverwaltungsgesellschaft mbH')).toEqual(['asset-managers']);
    expect(read('Felsrand Privatbankiers AG')).toEqual(['private-banks']);
  });
  it('reads no asset manager in upkeep of plant, nor a private bank in a privately owned bank (review mend)', () => {
    expect(read('Talleres Norteños SL', 'Gestión de activos')).toEqual([]);
    expect(read('Ferrolux Gestão de Ativos Industriais Lda')).toEqual([]);
    expect(read('Banco Privado do Serrado SA')).toEqual([]);
  });
  it("reads no payment firm in a firm's plain French establishments", () => {
    expect(read('Établissements Garnier et Fils')).toEqual([]);
  });
});
