import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, resolveProspect } from '.';

// An invented vendor (Thistlegate) with three libraries: entries and volunteer rotas for hill-climb motor meetings (the
// paddock's director, its volunteers), job tracking for deed-copying bureaus (their logbook keepers, their copyists),
// and leasing software for landlords of offices.
const meetings: Taxonomy = {
  personas: [
    { id: 'track', label: 'Paddock director', aliases: ['Meeting organiser'] },
    { id: 'volunteers', label: 'Volunteer rota lead', aliases: ['Rota coordinator', 'Paddock operations manager'] },
  ],
  industries: [{ id: 'hillclimbs', label: 'Hill-climb motor meetings', aliases: [] }],
  painPoints: [{ id: 'gaps', label: 'Posts left empty', aliases: [] }],
};
const bureaus: Taxonomy = {
  personas: [
    { id: 'logbooks', label: 'Logbook manager', aliases: ['Ledger keeper'] },
    { id: 'scribes', label: 'Copyist', aliases: ['Quill hand'] },
  ],
  industries: [
    { id: 'bureaus', label: 'Deed-copying bureaus', aliases: ['logbook and ledger bureau office'] },
    { id: 'registries', label: 'Logbook registries', aliases: [] },
  ],
  painPoints: [{ id: 'late', label: 'Copies late', aliases: [] }],
};
const landlords: Taxonomy = {
  personas: [{ id: 'site', label: 'Block manager', aliases: ['Tower manager'] }],
  industries: [
    { id: 'offices', label: 'Office lettings', aliases: ['office'] },
    { id: 'towers', label: 'Tower blocks', aliases: [] },
  ],
  painPoints: [{ id: 'vacancy', label: 'Floors left unlet', aliases: [] }],
};
const compiled = { meetings: compileTaxonomy(meetings), bureaus: compileTaxonomy(bureaus), landlords: compileTaxonomy(landlords) };
const personas = (library: keyof typeof compiled, title: string) =>
  resolveProspect({ title, company: 'Thistlegate Ltd', industry: '' }, compiled[library])
    .personas.map((p) => p.id)
    .sort();

describe("a persona's core said before another noun and the rank (sixty-sixth round)", () => {
  it("does not read the core's persona from its people's supervisor", () => {
    expect(personas('meetings', 'Paddock Steward Supervisor')).toEqual([]);
  });
  it("still reads the core's persona from its own rank, its unit, or a join", () => {
    expect(personas('meetings', 'Paddock Supervisor')).toEqual(['track']);
    expect(personas('meetings', 'Paddock Unit Supervisor')).toEqual(['track']);
    expect(personas('meetings', 'Paddock & Pits Supervisor')).toEqual(['track']);
  });
});

describe("an office's manager (sixty-sixth round)", () => {
  it("is not the persona of another of the industries' words at a manager's rank", () => {
    expect(personas('bureaus', 'Kantoormanager')).toEqual([]);
    expect(personas('bureaus', 'Jefa de Oficina')).toEqual([]);
    expect(personas('bureaus', 'Head of Office')).toEqual([]);
  });
  it('is the site persona where an industry is offices, said alone', () => {
    expect(personas('landlords', 'Head of Office')).toEqual(['site']);
  });
});
