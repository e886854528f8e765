// Words of tax in six languages (sixty-second round), read as their English: a tax audit ("contrôle fiscal",
// "inspección fiscal", "verifica fiscale"), a tax code ("code TVA", "codice IVA", "btw-code"), interest owed
// for late payment ("intérêts de retard", "intereses de demora", "interessi di mora") and a tax return said as a
// declaration ("declaração", "declaración", "dichiarazione"). Invented vendor: tax software for chains of garden
// centres.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const vendor = compileTaxonomy({
  personas: [],
  industries: [],
  painPoints: [
    { id: 'audit', label: 'Tax audit preparation', aliases: ['tax audit'] },
    { id: 'codes', label: 'Wrong tax codes', aliases: ['tax code'] },
    { id: 'penalties', label: 'Fines and interest charges', aliases: ['fines for filing late', 'late payment interest'] },
    { id: 'returns', label: 'VAT returns typed up by hand', aliases: ['preparing the VAT return', 'VAT declaration'] },
  ],
} satisfies Taxonomy);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, vendor)).painPoints;

describe('the words of tax in six languages', () => {
  it('reads a tax audit', () => {
    for (const note of [
      'Le contrôle fiscal de la jardinerie de Nantes a duré trois mois.',
      'La inspección fiscal de las doce tiendas duró tres meses.',
      'La verifica fiscale sui vivai del nord è ancora aperta.',
      'A inspeção tributária das lojas durou três meses.',
    ])
      expect(pains(note), note).toContain('audit');
  });
  it('reads a tax code', () => {
    for (const note of [
      'Le code TVA des plantes en pot est faux une fois sur trois.',
      'Il codice IVA dei semi cambia e nessuno lo aggiorna.',
      'El código de IVA de las macetas sale mal en cada pedido.',
      'De btw-code van de potgrond staat verkeerd in de kassa.',
    ])
      expect(pains(note), note).toContain('codes');
  });
  it('reads interest for late payment', () => {
    for (const note of [
      "Des intérêts de retard sur la TVA de l'an dernier, 12 000 €.",
      'Intereses de demora por el IVA del último trimestre, 12 000 €.',
      "Interessi di mora sull'IVA del 2025, quasi 9 mila euro.",
    ])
      expect(pains(note), note).toContain('penalties');
  });
  it('reads a tax return said as a declaration, made by hand', () => {
    for (const note of [
      'Preenchem a declaração do IVA à mão todos os meses.',
      'Rellenan la declaración a mano con datos de cuatro hojas.',
      'Compilano la dichiarazione a mano ogni trimestre.',
    ])
      expect(pains(note), note).toContain('returns');
  });
  it('does not read a person\'s interests as interest owed', () => {
    expect(pains('Elle défend les intérêts des jardineries du réseau.')).not.toContain('penalties');
  });
});

// Review mend: Dutch "aangifte" is also a report to the police or an insurance claim, German "Voranmeldung" any
// sign-up ahead: no return of goods, read as a return only beside its tax. Invented vendor: software for a webshop's
// returns and its customs.
const shop = compileTaxonomy({
  personas: [],
  industries: [],
  painPoints: [
    { id: 'ret', label: 'Return processing', aliases: ['returns'] },
    { id: 'vat', label: 'VAT returns typed up by hand', aliases: ['preparing the VAT return'] },
  ],
} satisfies Taxonomy);
const shopPains = (notes: string) => contextOf(resolveProspect({ notes }, shop)).painPoints;

describe('a return only beside its tax (review mend)', () => {
  it('reads no return from a police report, a claim or a sign-up', () => {
    expect(shopPains('Na de diefstal in het magazijn kostte de aangifte bij de politie een middag.')).toEqual([]);
    expect(shopPains('De aangifte van waterschade bij de verzekeraar loopt al zes weken.')).toEqual([]);
    expect(shopPains('Die Voranmeldung zum Lagerkurs endet am Montag.')).toEqual([]);
  });
  it('still reads the tax return', () => {
    expect(shopPains('De btw-aangifte typen ze elk kwartaal met de hand over.')).not.toEqual([]);
    expect(shopPains('Die Umsatzsteuer-Voranmeldung tippen sie jeden Monat von Hand ab.')).not.toEqual([]);
  });
  it('reads the word alone as a return near a word of tax', () => {
    expect(shopPains('Die Voranmeldung fürs Finanzamt tippen sie jeden Monat von Hand ab.')).not.toEqual([]);
    expect(shopPains('Twee btw-nummers, en de aangiftes typen ze met de hand over.')).not.toEqual([]);
  });
});

// Review mend: "code TVA intracommunautaire" is a customer's VAT number, not a tax code.
describe('an intra-community VAT code is a VAT number (review mend)', () => {
  const ids = compileTaxonomy({
    personas: [],
    industries: [],
    painPoints: [
      { id: 'codes', label: 'Wrong tax codes', aliases: ['tax code'] },
      { id: 'vatid', label: 'Missing VAT numbers', aliases: ['VAT number'] },
    ],
  } satisfies Taxonomy);
  const idPains = (notes: string) => contextOf(resolveProspect({ notes }, ids)).painPoints;
  it('reads the VAT number, not a tax code', () => {
    expect(idPains('Pour les pépinières belges, le code TVA intracommunautaire manque sur un bon sur deux.')).toEqual(['vatid']);
  });
  it('still reads a tax code', () => {
    expect(idPains('Le code TVA des graines est faux sur un bon sur deux.')).toEqual(['codes']);
  });
});
