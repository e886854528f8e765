import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, resolveProspect } from '.';

// An invented vendor (Belfrey) selling rota and upkeep software to carillon societies and the firms that tune their
// bells: the carillon's director, the chime coordinator, the owner of a tuning firm, the operations executive.
const carillons: Taxonomy = {
  personas: [
    { id: 'tower', label: 'Carillon director', aliases: ['director of carillon'] },
    { id: 'exec', label: 'Chime operations executive', aliases: ['VP of Operations', 'COO'] },
    { id: 'owner', label: 'Tuning firm owner', aliases: ['president'] },
    { id: 'crew', label: 'Chime coordinator', aliases: ['operations manager', 'chime scheduler'] },
  ],
  industries: [{ id: 'societies', label: 'Carillon societies', aliases: ['bell tuning firms'] }],
  painPoints: [{ id: 'rota', label: 'Rota gaps', aliases: [] }],
};
// The same, where a persona is named for the general manager.
const withGm: Taxonomy = {
  ...carillons,
  personas: [...carillons.personas, { id: 'gm', label: 'Belltower general manager', aliases: ['GM'] }],
};
// Societies' towers run by a regional body, whose carillon officer is also its director of carillon, beside an operating
// executive read from any operations head's title.
const regional: Taxonomy = {
  personas: [
    { id: 'exec', label: 'Operating executive', aliases: ['COO', 'VP of Operations', 'estate director', 'managing director'] },
    { id: 'site', label: 'Tower manager', aliases: ['tower general manager', 'GM'] },
    { id: 'tower', label: 'Regional carillon officer', aliases: ['director of carillon', 'carillon and chime services', 'rota manager'] },
  ],
  industries: [
    { id: 'societies', label: 'Carillon societies', aliases: ['carillon towers'] },
    { id: 'regions', label: 'Regional carillons', aliases: [] },
  ],
  painPoints: [{ id: 'rota', label: 'Rota gaps', aliases: [] }],
};
const compiled = { carillons: compileTaxonomy(carillons), withGm: compileTaxonomy(withGm), regional: compileTaxonomy(regional) };
const personas = (title: string, notes?: string, library: keyof typeof compiled = 'carillons') =>
  resolveProspect({ title, company: 'Belfrey Chimes Ltd', industry: '', ...(notes ? { notes } : {}) }, compiled[library])
    .personas.map((p) => p.id)
    .sort();

describe("the rep's verdict that the contact was made by mistake (sixty-seventh round)", () => {
  it('keeps the persona where the notes only say "not a buyer" (measured as a verdict and taken out)', () => {
    expect(personas('Chime Coordinator')).toEqual(['crew']);
    expect(personas('Chime Coordinator', 'Took a keyring. Not a buyer.')).toEqual(['crew']);
  });
  it('reads no persona where the contact was made by mistake', () => {
    expect(personas('Chime Coordinator', 'Tapped around and clicked the banner by accident.')).toEqual([]);
    expect(personas('Chime Coordinator', 'filled the trial form in error, wanted a bell foundry')).toEqual([]);
    expect(personas('Chime Coordinator', 'cracked clappers: they only spot them by accident')).toEqual(['crew']);
  });
});

describe("an owner's role beside a business's head (sixty-seventh round)", () => {
  it("reads the owner's persona, not one the head's rank reaches", () => {
    expect(personas('Proprietor / GM')).toEqual(['owner']);
  });
  it("keeps a persona the head's part names whole", () => {
    expect(personas('Proprietor / GM', undefined, 'withGm')).toEqual(['gm', 'owner']);
  });
});

describe("operations said after a persona's own name (sixty-seventh round)", () => {
  it("are that unit's running: the persona named for the unit", () => {
    expect(personas('Director of Carillon Operations', undefined, 'regional')).toEqual(['tower']);
    expect(personas('Dir. of Carillon Ops', undefined, 'regional')).toEqual(['tower']);
  });
  it('leave a title of operations alone to the operations head', () => {
    expect(personas('Director of Operations', undefined, 'regional')).toEqual(['exec']);
  });
});

// Tuning firms whose one persona about operations is the bell workshop's manager.
const workshops = (workshop: string[]): Taxonomy => ({
  personas: [
    { id: 'owner', label: 'Tuning firm owner', aliases: ['president', 'CEO'] },
    { id: 'workshop', label: 'Bell workshop manager', aliases: workshop },
    { id: 'books', label: 'Foundry finance lead', aliases: ['CFO', 'bookkeeper'] },
  ],
  industries: [{ id: 'tuners', label: 'Bell tuning firms', aliases: [] }],
  painPoints: [{ id: 'late', label: 'Late castings', aliases: [] }],
});
const coo = (workshop: string[], title = 'COO') =>
  resolveProspect({ title, company: 'Belfrey Chimes Ltd', industry: '' }, compileTaxonomy(workshops(workshop)))
    .personas.map((p) => p.id)
    .sort();

describe('a chief operating officer beside operations personas of a manager rank only (sixty-seventh round)', () => {
  it("is the business's executive, not a department's manager two ranks below", () => {
    expect(coo(['production manager', 'casting supervisor'])).toEqual(['owner']);
  });
  it('still reads a persona named for the office, or also named at a head rank', () => {
    expect(coo(['production manager', 'COO'])).toEqual(['workshop']);
    expect(coo(['production manager', 'foundry director'])).toEqual(['workshop']);
  });
  it("still reads the manager's persona for a COO beside another office (match.test.ts: a small firm's two posts)", () => {
    expect(coo(['production manager', 'casting supervisor'], 'CFO & COO')).toEqual(['books', 'workshop']);
  });
});
