// The kinds of a business's clients listed in brackets after its word for them are its clients', not its own.
// Invented vendor and records.
import { describe, expect, it } from 'vitest';
import { compileTaxonomy, contextOf, resolveProspect } from '.';
import { withoutDeniedKinds } from './resolve';

/** A vendor of shift-planning software to warehouses and to the firms that run them for others. */
const warehouses = compileTaxonomy({
  personas: [{ id: 'planner', label: 'Shift planner', aliases: [] }],
  industries: [
    { id: '3pl', label: 'Contract logistics providers', aliases: ['3PL', 'third-party logistics'] },
    { id: 'grocery', label: 'Grocery chains', aliases: ['supermarket', 'grocer'] },
    { id: 'pharma', label: 'Pharmaceutical wholesalers', aliases: ['pharmacy wholesaler', 'pharma'] },
  ],
  painPoints: [],
});
const read = (notes: string) => contextOf(resolveProspect({ title: 'Shift planner', notes }, warehouses)).industries;

describe("the clients' kinds listed in brackets", () => {
  it('are not read as the business', () => {
    expect(read('Runs four sites for several clients (supermarket, pharma). Rotas in a spreadsheet.')).toEqual([]);
    expect(read('Entrepôts multi-clients (supermarché, pharma), 300 caristes.')).toEqual([]);
  });

  it('still read the business where it names itself, outside the brackets', () => {
    expect(read('A 3PL: four sites for several clients (supermarket, pharma).')).toEqual(['3pl']);
    expect(read('Regional supermarket, two depots; customers complain about late slots.')).toEqual(['grocery']);
  });

  it('are read where the client word is a department or the prospect standing as a customer', () => {
    expect(read('Runs customer service (supermarket, 40 stores); rotas by hand.')).toEqual(['grocery']);
    expect(read('Customer success team (3PL) wants fewer overtime hours.')).toEqual(['3pl']);
    expect(read('Responsable du service clients (supermarché), 60 préparateurs.')).toEqual(['grocery']);
    expect(read('Existing customer (pharma wholesaler), renewal in March.')).toEqual(['pharma']);
    expect(read('Klant sinds 2020 (3PL), drie magazijnen.')).toEqual(['3pl']);
    expect(read('Cliente desde 2022 (3PL), dos almacenes.')).toEqual(['3pl']);
  });

  it('are blanked after the German compounds and the Dutch plural', () => {
    expect(read('Lagerplanung für Firmenkunden (supermarket, pharma), drei Standorte.')).toEqual([]);
    expect(read('Vier magazijnen voor klanten (supermarket, pharma).')).toEqual([]);
  });

  it('are read after a German word that only ends in -kunden (review mend)', () => {
    expect(withoutDeniedKinds('Antwort in Sekunden (Lager, Handel) statt Stunden.')).toContain('(Lager, Handel)');
    expect(withoutDeniedKinds('Prüft Urkunden (Notariat) jeden Tag.')).toContain('(Notariat)');
    expect(withoutDeniedKinds('Planung in Millisekunden (3PL), vier Lager.')).toContain('(3PL)');
    expect(withoutDeniedKinds('Stammkunden (Apotheken) zuerst.')).not.toContain('Apotheken');
  });
});
