// A CRM value of insurance ("Insurance", "Versicherung", "Assurances", "Seguros", "Assicurazioni", "Verzekeringen")
// beside a name that says a pension fund or a provident body: CRMs file such funds under insurance, but the fund is
// no insurer, so the name says the segment. The taxonomy and records here are made up for the tests.
import { describe, expect, it } from 'vitest';
import type { Prospect, Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

// An invented vendor of member-administration software for pension funds, with an insurers' entry of its own.
const funds = compileTaxonomy({
  personas: [{ id: 'ops', label: 'Member services lead', aliases: ['member services'] }],
  industries: [
    {
      id: 'staff-funds',
      label: 'Employee pension funds',
      aliases: ['employee pension fund', 'Pensionskasse', 'caisse de retraite', 'fondo de pensiones', 'fondo pensione', 'pensioenfonds', 'fundo de pensões'],
    },
    {
      id: 'professions',
      label: 'Professional pension schemes',
      aliases: [
        'professional pension scheme',
        'mutualidad de previsión social',
        'cassa di previdenza professionale',
        'caixa de previdência profissional',
        'caisse de prévoyance libérale',
        'pensioenkas vrije beroepen',
      ],
    },
    { id: 'insurers', label: 'Life insurers', aliases: ['life insurer', 'insurance company', 'Versicherer', 'assureur', 'aseguradora', 'assicuratore', 'verzekeraar', 'seguradora'] },
  ],
  painPoints: [{ id: 'letters', label: 'Member letters', aliases: ['member letters'] }],
} satisfies Taxonomy, []);

const industries = (company: string, industry: string) =>
  contextOf(resolveProspect({ name: 'Oda Restrup', title: 'Member Services Lead', company, industry, source: { crm: 'hubspot', recordType: 'contact', recordId: '9' } } as Prospect, funds)).industries;

describe("an insurance value beside a pension fund's name", () => {
  it('reads the fund the name says, in seven languages', () => {
    const records: [string, string][] = [
      ['Quellmoor Tooling Employee Pension Fund', 'Insurance'],
      ['Pensionskasse Veltruper Mühlenwerke', 'Versicherung'],
      ['Caisse de retraite Brévanne Outillage', 'Assurances'],
      ['Fondo de Pensiones de los empleados de Tarvilla', 'Seguros'],
      ['Fondo Pensione Orsegna Ceramiche', 'Assicurazioni'],
      ['Pensioenfonds Drukkerij Wolterveen', 'Verzekeringen'],
      ['Fundo de Pensões do Pessoal da Marvedo', 'Seguros'],
    ];
    for (const [company, value] of records) expect(industries(company, value), company).toEqual(['staff-funds']);
  });
  it('reads the professional body the name says in part, the CRM value being insurance', () => {
    // Each name says one word of the entry's names (the body's kind), not a whole name: the value read the insurers.
    const records: [string, string][] = [
      ['Mutualidad de Previsión de Abogados de Tarvilla', 'Seguros'],
      ['Cassa di Previdenza degli Architetti di Orsegna', 'Assicurazioni'],
      ['Caixa de Previdência dos Arquitetos da Marvedo', 'Seguros'],
      ['Caisse de prévoyance des architectes de Brévanne', 'Assurances'],
      ['Pensioenkas Architecten Wolterveen', 'Verzekeringen'],
    ];
    expect(records.map(([company, value]) => [company, industries(company, value)])).toEqual(records.map(([company]) => [company, ['professions']]));
  });
  it("still reads an insurer's own record by its insurance value", () => {
    expect(industries('Kelderhof Lebensversicherung AG', 'Versicherung')).toEqual(['insurers']);
    expect(industries('Aseguradora Verdalesa', 'Seguros')).toEqual(['insurers']);
  });
  it("does not take a health insurer's fund for a pension fund", () => {
    expect(industries('Betriebskrankenkasse Lindwerder', 'Versicherung')).toEqual(['insurers']);
  });
});
