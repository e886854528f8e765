// Local titles and abbreviations of the six languages, a care home's head, part-time staff whose role a persona
// names, and a degree's candidates. Taxonomies and titles here are made up for the tests.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const personasOf = (personas: [string, string, string[]][]): Taxonomy => ({
  personas: personas.map(([id, label, aliases]) => ({ id, label, aliases })),
  industries: [],
  painPoints: [],
});
const resolverFor = (taxonomy: Taxonomy) => {
  const compiled = compileTaxonomy(taxonomy);
  return (title: string) => contextOf(resolveProspect({ title }, compiled)).personas.sort();
};

describe('local titles and abbreviations of the six languages', () => {
  // An invented maker of glass conservatories, which its own crews fit at the customer's house.
  const glasshouses = resolverFor(
    personasOf([
      ['boss', 'Conservatory firm head', ['Founder-owner', 'Company principal']],
      ['orders', 'Order desk & selling', ['Head of sales administration', 'Order desk clerk']],
      ['fitting', 'Fitting crews', ['Fitting and installation head', 'Crew installer lead']],
    ]),
  );
  it('reads the sole director of an Italian, Spanish or Portuguese company as its managing director', () => {
    expect(glasshouses('Amministratore unico')).toEqual(['boss']);
    expect(glasshouses('Administradora única')).toEqual(['boss']);
  });
  it('reads French "ADV" as the sales administration', () => {
    expect(glasshouses("Responsable de l'ADV")).toEqual(['orders']);
    expect(glasshouses('Chargée ADV export')).toEqual(['orders']);
  });
  it('reads "Montage" as the fitting of what the firm makes, in German, French and Dutch', () => {
    expect(glasshouses('Leiterin Montage')).toEqual(['fitting']);
    expect(glasshouses('Montageleiter')).toEqual(['fitting']);
    expect(glasshouses('Chef de montage')).toEqual(['fitting']);
    expect(glasshouses('Hoofd montage')).toEqual(['fitting']);
  });
});

describe('the head of a care home', () => {
  // An invented vendor of rota software for hospices and homes for the elderly.
  const rotas = resolverFor(
    personasOf([
      ['home', 'Residence head', ['Home administrator']],
      ['nursing', 'Clinical nursing head', ['Nursing director', 'Nursing chief']],
    ]),
  );
  it("reads the director of a nursing or care home as the home's head, not nursing's", () => {
    expect(rotas('Nursing Home Administrator')).toEqual(['home']);
    expect(rotas('Care Home Manager')).toEqual(['home']);
    expect(rotas("Directeur d'EHPAD")).toEqual(['home']);
    expect(rotas('Directora de residencia de mayores')).toEqual(['home']);
  });
  it('still reads the head of nursing as nursing', () => {
    expect(rotas('Nursing Director')).toEqual(['nursing']);
    expect(rotas('Directrice des soins')).toEqual(['nursing']);
  });
});

describe('part-time staff and students', () => {
  // An invented vendor of booking software for dance schools.
  const dance = resolverFor(
    personasOf([
      ['money', 'Payroll & finance', ['Payroll clerk', 'Finance chief']],
      ['school', 'Dance school head', ['Founder-owner']],
    ]),
  );
  it('keeps a part-time worker whose own role the persona names beside its senior ones', () => {
    expect(dance('Payroll clerk (part-time)')).toEqual(['money']);
  });
  it("reads no persona for a degree's candidate", () => {
    expect(dance('PhD Candidate, Dance Studies')).toEqual([]);
    expect(dance('MSc Candidate in Accounting')).toEqual([]);
  });
});
