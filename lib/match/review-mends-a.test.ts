import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, resolveProspect } from '.';

// An invented vendor of route and shelf planning for distributors (Quillmere): the head of sales, a territory's sales
// managers, sales operations, key accounts, the service team, work safety, engineering, the PMO, the kitchen's front
// line, finance.
const routes: Taxonomy = {
  personas: [
    { id: 'leader', label: 'Chief of sales', aliases: ['Sales Director'] },
    { id: 'territory', label: 'Patch sales manager', aliases: ['Area Manager', 'Regional Sales Manager', 'Branch Manager'] },
    { id: 'salesops', label: 'Sales Operations', aliases: [] },
    { id: 'keyaccounts', label: 'Key Account Manager', aliases: [] },
    { id: 'safety', label: 'Work safety', aliases: ['Safety chief', 'Safety Officer'] },
    { id: 'engineering', label: 'Engineering chief', aliases: ['Engineering Director'] },
    { id: 'pmo', label: 'Project office lead', aliases: ['Head of Projects'] },
    { id: 'kitchen', label: 'Kitchen line lead', aliases: ['Kitchen Supervisor'] },
    { id: 'finance', label: 'Ledger chief', aliases: ['CFO', 'Finance Manager'] },
  ],
  industries: [{ id: 'wholesale', label: 'Wholesale', aliases: [] }],
  painPoints: [{ id: 'routes', label: 'Route gaps', aliases: [] }],
};
// The same vendor's variant with no territory persona: its sales head only.
const noPatch: Taxonomy = { ...routes, personas: routes.personas.filter((p) => p.id !== 'territory') };

const compiled = { routes: compileTaxonomy(routes), noPatch: compileTaxonomy(noPatch) };
const personas = (title: string, taxonomy: keyof typeof compiled = 'routes') =>
  resolveProspect({ title, company: 'Quillmere Depots', industry: '' }, compiled[taxonomy]).personas.map((p) => p.id).sort();

describe("a function's rep beside another role (finding 1)", () => {
  it('keeps a rep of one function named across "and" no buyer, and a sales rep a seller', () => {
    expect(personas('Health and Safety Rep')).toEqual([]);
    expect(personas('Health & Safety Rep')).toEqual([]);
    expect(personas('Sales Rep / Driver')).not.toContain('safety');
    expect(personas('Sales Rep / Driver')).not.toContain('finance');
  });
  it("still reads a function's rep beside a ranked role as that function's", () => {
    expect(personas('Kitchen Supervisor / Fire Safety Rep')).toEqual(['kitchen', 'safety']);
  });
});

describe('a head of sales of a compass region (findings 6 and 11)', () => {
  it('reads Italian and Portuguese east and west, and compound compass points', () => {
    expect(personas('Direttore Vendite Est')).toEqual(['territory']);
    expect(personas('Direttore Vendite Ovest')).toEqual(['territory']);
    expect(personas('Gerente de Vendas Leste')).toEqual(['territory']);
    expect(personas('Vertriebsleiter Nordost')).toEqual(['territory']);
    expect(personas('Sales Director Northeast')).toEqual(['territory']);
  });
  it('reads the head of sales as written where the taxonomy names no territory', () => {
    expect(personas('Verkaufsleiter Ost', 'noPatch')).toContain('leader');
    expect(personas('Verkaufsleiter Ost', 'noPatch')).not.toContain('territory');
  });
  it('keeps a title that says more than the whole of sales, or two roles joined, as written', () => {
    expect(personas('Head of Sales Operations West')).toEqual(['salesops']);
    expect(personas('Key Account Manager North')).toEqual(['keyaccounts']);
    expect(personas('Sales Director and CFO West')).toContain('finance');
  });
});

describe("a territory's manager said in other orders and forms (findings 4, 5 and 8)", () => {
  it('reads inflected and mirrored forms of the regional and area sales manager', () => {
    expect(personas('Gebietsverkaufsleiterin Süd')).toEqual(['territory']);
    expect(personas('Gestora Regional de Vendas')).toEqual(['territory']);
    expect(personas('Jefa de Ventas Regional')).toEqual(['territory']);
    expect(personas('Capo Area Triveneto')).toEqual(['territory']);
    expect(personas('Responsabile di Area')).toEqual(['territory']);
    expect(personas('Responsable de secteur commercial')).toEqual(['territory']);
  });
  it("does not read a store section's head as the territory's sales manager", () => {
    expect(personas('Responsable de secteur frais')).not.toContain('territory');
  });
});

describe("a Spanish office's director (finding 9)", () => {
  it("reads the office's director as a branch manager alone or before a place, and as the office's own otherwise", () => {
    expect(personas('Directora de Oficina')).toEqual(['territory']);
    expect(personas('Director de Oficina Triana')).toEqual(['territory']);
    expect(personas('Director de Oficina de Proyectos')).not.toContain('territory');
    expect(personas('Director de Oficina de Ingeniería')).toEqual(['engineering']);
  });
});

describe('a French deputy head (finding 10)', () => {
  it("reads an English sous chef as the kitchen's supervisor, and a French sous-chef of another trade not", () => {
    expect(personas('Pastry Sous Chef')).toEqual(['kitchen']);
    expect(personas('Sous-chef comptable')).not.toContain('kitchen');
    expect(personas('Sous-chef de gare')).not.toContain('kitchen');
    // Second review: the kitchen's own French titles stay the kitchen's.
    expect(personas('Sous-chef de cuisine')).toEqual(['kitchen']);
    expect(personas('Sous Chef de Partie')).toEqual(['kitchen']);
  });
});
