// The sixty-third round's review mends (a2): a profile's wish is no credo, German credos and the articles' plural and
// contracted forms; "gestionnaire de patrimoine" alone is a landlord's or a public body's estate manager, not a wealth
// manager; the Iberian "Técnico Superior" a specialist's grade, no technician; one list of child-protection names for
// titles and companies; the Flemish "schepen van" only where a title opens on it. Invented vendor: Brasswick, case and
// estate software for municipal social services and social landlords.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';
import { personasOf, sortedResolverFor } from '../../tests/persona-taxonomy';

const brasswick = compileTaxonomy({
  personas: [],
  industries: [
    { id: 'childcare', label: 'Child protection services', aliases: [] },
    { id: 'housing', label: 'Social housing', aliases: [] },
  ],
  painPoints: [
    { id: 'rota', label: 'Paper rotas', aliases: ['paper rosters', 'rota planning'] },
    { id: 'repairs', label: 'Repair backlog', aliases: ['repair requests'] },
    { id: 'visits', label: 'Visit scheduling', aliases: ['home visit planning'] },
  ],
} satisfies Taxonomy);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, brasswick)).painPoints;
const industries = (company: string) => contextOf(resolveProspect({ company }, brasswick)).industries;

describe('a profile credo and a wish', () => {
  it('keeps the pain a wish after "I love / like" names', () => {
    expect(pains('I love the idea of binning the paper rosters in the district teams.')).toContain('rota');
    expect(pains('I like the thought of home visit planning that the coordinators can change from a phone.')).toContain('visits');
    // "I like to ..." is a wish too (the guard the credo rule had, now exercised: "I" opens the credo, "to" declines it).
    expect(pains('I like to keep rota planning out of spreadsheets wherever a team lets me.')).toContain('rota');
  });
  it('still reads a taste after "I love" as a credo', () => {
    expect(pains('I love rota planning puzzles and long walks on the dunes.')).toEqual([]);
  });
  it('reads German credos and the articles\' plural and contracted forms', () => {
    expect(pains('Ich liebe saubere rota planning und lange Radtouren.')).toEqual([]);
    expect(pains('Begeistert von Rota Planning und guten Teams.')).toEqual([]);
    expect(pains('Appassionata delle rota planning fatte bene.')).toEqual([]);
    expect(pains('Passionnée des repair requests bien triées, et du jardinage.')).toEqual([]);
    expect(pains('Apaixonado pelos repair requests bem organizados.')).toEqual([]);
  });
  it('does not take a sentence opening on "Like" for a credo (no subject)', () => {
    expect(pains('Like most housing offices they worry about rota planning in the winter.')).toContain('rota');
  });
});

describe("an estate's manager, a graduate grade and local titles", () => {
  const people = sortedResolverFor(
    personasOf([
      ['wealth', 'Private wealth', ['Wealth Manager', 'Private Banker']],
      ['estate', 'Estate and property', ['Asset Manager', 'Property Manager']],
      ['field', 'Field technicians', ['Field Technician', 'Maintenance Technician']],
      ['hr', 'People team', ['HR Specialist', 'HR Business Partner']],
      ['members', 'Elected members', ['Alderman', 'Councillor']],
      ['planners', 'Planners', ['Planner', 'Fleet Planner']],
      ['child', 'Child protection', ['Child Protection Officer', 'Child Protection Worker']],
      ['youth', 'Child and youth welfare', ['Child Welfare Worker', 'Youth Welfare Officer']],
    ]),
  );
  it("reads a landlord's or a town's 'gestionnaire de patrimoine' as its estate's manager, not a wealth manager", () => {
    expect(people("Gestionnaire de patrimoine, office public de l'habitat")).not.toContain('wealth');
    expect(people('Gestor de Patrimonio Municipal')).not.toContain('wealth');
    expect(people('Gestora de Patrimonio Privado')).toContain('wealth');
  });
  it('reads the Iberian "Técnico Superior" as a specialist\'s grade, not a technician', () => {
    expect(people('Técnico Superior de Recursos Humanos')).not.toContain('field');
    // A town's planning officer in the graduate grade: read as a field technician before.
    expect(people('Técnico Superior de Urbanismo')).not.toContain('field');
    expect(people('Técnica Superior de Recursos Humanos')).toEqual(['hr']);
  });
  it('reads child protection in a title the way it is read in a company name', () => {
    expect(people('Medewerker Kinderbescherming Noord')).toContain('child');
    // Dutch youth care, a sibling the one list now holds for titles too.
    expect(people('Medewerker Jeugdzorg Regio Zuid')).toEqual(['youth']);
    expect(people('Coordinador de Protección a la Infancia')).toContain('child');
  });
  it('reads "schepen van" as an alderman only where the title opens on it', () => {
    expect(people('Schepen van Wonen en Welzijn')).toEqual(['members']);
    expect(people('Eerste schepen van Welzijn')).toEqual(['members']);
    expect(people('Planner schepen van de rederij')).not.toContain('members');
  });
});

describe('child protection in company names', () => {
  it('reads the Spanish and Italian names the titles table also reads', () => {
    expect(industries('Servicio de Protección de la Infancia de Valdemora')).toContain('childcare');
    expect(industries("Ufficio Tutela dell'Infanzia, Comune di Pietralba")).toContain('childcare');
  });
});
