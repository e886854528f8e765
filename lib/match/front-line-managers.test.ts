import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, resolveProspect } from '.';

// An invented vendor of incentive statements for field sales teams (Tollbridge): the chief of sales, the retail sales
// operations team, the sales managers of the patches (named only in English), finance, IT.
const incentives: Taxonomy = {
  personas: [
    { id: 'leader', label: 'Chief of sales', aliases: ['Head of Retail Sales'] },
    { id: 'salesops', label: 'Retail Sales Operations', aliases: [] },
    { id: 'territory', label: 'Patch sales manager', aliases: ['Area Manager', 'District Manager', 'Branch Manager', 'Regional Sales Manager'] },
    { id: 'finance', label: 'Ledger chief', aliases: ['CFO'] },
    { id: 'it', label: 'IT', aliases: ['CIO'] },
  ],
  industries: [{ id: 'wholesale', label: 'Wholesale', aliases: [] }],
  painPoints: [{ id: 'clawbacks', label: 'Clawback rows', aliases: [] }],
};

// An invented vendor of shift briefings for depots and kitchens (Tollbridge Shift): the site operations head, the front
// line's one persona (named by a rank and where it works, and a bay's supervisor), work safety.
const shifts: Taxonomy = {
  personas: [
    { id: 'ops', label: 'Site operations head', aliases: ['COO', 'VP Operations'] },
    { id: 'front', label: 'Floor lead', aliases: ['Bay Supervisor'] },
    { id: 'safety', label: 'Work safety', aliases: ['Safety chief'] },
  ],
  industries: [{ id: 'depots', label: 'Gravel depots', aliases: [] }],
  painPoints: [{ id: 'handover', label: 'Missed shift handovers', aliases: [] }],
};

// The same vendor's variant for dive centres, whose persona of no function is a trade's lead, not a front-line rank.
const diving: Taxonomy = {
  personas: [
    { id: 'ops', label: 'Site operations head', aliases: ['COO', 'VP Operations'] },
    { id: 'coaching', label: 'Coaching lead', aliases: ['Lead Dive Instructor', 'Head Rowing Coach'] },
  ],
  industries: [{ id: 'dive', label: 'Dive centres', aliases: [] }],
  painPoints: [{ id: 'rotas', label: 'Rota gaps', aliases: [] }],
};

// The incentives vendor's variant with no territory persona: its chief of sales names the head of sales.
const noPatch: Taxonomy = { ...incentives, personas: incentives.personas.filter((p) => p.id !== 'territory') };

const compiled = { incentives: compileTaxonomy(incentives), shifts: compileTaxonomy(shifts), diving: compileTaxonomy(diving), noPatch: compileTaxonomy(noPatch) };
const personas = (title: string, taxonomy: keyof typeof compiled) =>
  resolveProspect({ title, company: 'Marrowfield Supplies', industry: '' }, compiled[taxonomy]).personas.map((p) => p.id).sort();

describe("a territory's manager in six languages (sixty-fourth round)", () => {
  it('reads the Dutch, German, Spanish, Italian, French and Portuguese area, district and branch managers as the territory', () => {
    expect(personas('Rayonleider Oost', 'incentives')).toEqual(['territory']);
    expect(personas('Gebietsleitung', 'incentives')).toEqual(['territory']);
    expect(personas('Gebietsleiterin Süd', 'incentives')).toEqual(['territory']);
    expect(personas('Jefe de Zona Norte, canal mayorista', 'incentives')).toEqual(['territory']);
    expect(personas('Bezirksleitung', 'incentives')).toEqual(['territory']);
    expect(personas('Jefa de Zona Levante', 'incentives')).toEqual(['territory']);
    expect(personas('Capo Zona Adriatica', 'incentives')).toEqual(['territory']);
    expect(personas('Directora de Oficina', 'incentives')).toEqual(['territory']);
    expect(personas('Inspecteur commercial', 'incentives')).toEqual(['territory']);
    expect(personas('Gestor de Vendas Regional', 'incentives')).toEqual(['territory']);
  });
  it("keeps a technical office's director out of the branch", () => {
    // (No persona here is engineering's; review-mends-a.test.ts reads it as the engineering persona where one is.)
    expect(personas('Director de Oficina de Ingeniería', 'incentives')).toEqual([]);
  });
});

describe('the head of sales of a compass region (sixty-fourth round)', () => {
  it("reads the head of sales of a country's north, east or west as the region's sales manager", () => {
    expect(personas('Verkaufsleiter Ost', 'incentives')).toEqual(['territory']);
    expect(personas('Leiter AD West', 'incentives')).toEqual(['territory']);
    expect(personas('Directeur des ventes Ouest', 'incentives')).toEqual(['territory']);
  });
  it('reads the head of sales where the taxonomy names no territory, and a continent as it was', () => {
    expect(personas('Verkaufsleiter Ost', 'noPatch')).toEqual(['leader']);
    expect(personas('Head of Retail Sales North America', 'incentives')).toEqual(['leader']);
  });
});

describe("the head of a function carried on by another persona's name (sixty-fourth round)", () => {
  it('reads the head of retail sales operations as the sales operations persona, not the head of retail sales', () => {
    expect(personas('Head of Retail Sales Operations', 'incentives')).toEqual(['salesops']);
    expect(personas('Head of Retail Sales', 'incentives')).toEqual(['leader']);
  });
});

describe('a chief officer beside managers two ranks below (sixty-fourth round)', () => {
  it("does not read the COO as the patches' sales managers through an area manager's operations", () => {
    expect(personas('CFO and COO', 'incentives')).toEqual(['finance']);
  });
});

describe("the front line's supervisors (sixty-fourth round)", () => {
  it('reads a supervisor or a foreman of a front-line function as the front-line persona, not the operations head', () => {
    expect(personas('Quay Foreman', 'shifts')).toEqual(['front']);
    expect(personas('Parcel Depot Supervisor', 'shifts')).toEqual(['front']);
    expect(personas('VP Operations', 'shifts')).toEqual(['ops']);
  });
  it("does not read a trade's lead as the front line", () => {
    expect(personas('Parcel Depot Supervisor', 'diving')).toEqual([]);
  });
  it('reads a crew chief, a charge nurse and a sous chef as front-line supervisors', () => {
    expect(personas('Ramp Crew Chief', 'shifts')).toEqual(['front']);
    expect(personas('Charge Nurse, Ward 9', 'shifts')).toEqual(['front']);
    expect(personas('Pastry Sous Chef', 'shifts')).toEqual(['front']);
  });
  it("reads a function's representative beside another role as that function's, and alone as no one", () => {
    expect(personas('Kitting Supervisor / Fire Safety Rep', 'shifts')).toEqual(['front', 'safety']);
    expect(personas('Fire Safety Rep', 'shifts')).toEqual([]);
  });
});
