import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, resolveProspect } from '.';

// An invented vendor of scheduling software for regional dairy cooperatives: its persona names are partly the French
// abbreviations a cooperative's records use, one names the information given to members (as a DSI's systems of
// information are named), and it has no persona for buyers.
const taxonomy: Taxonomy = {
  personas: [
    { id: 'money', label: 'Finance lead', aliases: ['Head of Finance', 'DAF', 'directeur administratif et financier'] },
    { id: 'systems', label: 'IT lead', aliases: ['IT Manager', 'DSI'] },
    { id: 'members', label: 'Member services', aliases: ['Customer Service Representative', 'Call Center Supervisor', 'Head of Member Information'] },
    { id: 'yard', label: 'Collection rounds', aliases: ['Operations Manager', 'Route Planner'] },
  ],
  industries: [{ id: 'dairy', label: 'Dairy cooperatives', aliases: [] }],
  painPoints: [{ id: 'late-rounds', label: 'Late collection rounds', aliases: [] }],
};
const c = compileTaxonomy(taxonomy);
const personas = (title: string) => resolveProspect({ title, company: 'Laiterie des Combes' }, c).personas.map((p) => p.id);

describe('two roles beside a spelled-out abbreviation, and a worker of another function (forty-eighth round)', () => {
  it('reads both roles of a title joining a finance abbreviation and an IT one, in either order', () => {
    expect(personas('DAF / DSI')).toEqual(['money', 'systems']);
    expect(personas('DSI et DAF').sort()).toEqual(['money', 'systems']);
    expect(personas('DAF')).toEqual(['money']);
  });

  it("reads a purchasing agent as no member-services persona where the taxonomy has none for buyers", () => {
    expect(personas('Procurement Agent')).toEqual([]);
    expect(personas('Purchasing Agent')).toEqual([]);
    expect(personas('Customer Service Agent')).toEqual(['members']);
  });
});

// An invented vendor of job-costing software for builders: its finance persona is named by an accountant, and it
// has personas for project delivery, sales, production and the IT lead beside customer support.
const builders: Taxonomy = {
  personas: [
    { id: 'books', label: 'Finance lead', aliases: ['Head of Finance', 'Controller', 'Accountant'] },
    { id: 'delivery', label: 'Project delivery', aliases: ['Project Manager', 'PMO'] },
    { id: 'sellers', label: 'Sales leader', aliases: ['Sales Director', 'VP Sales'] },
    { id: 'works', label: 'Production', aliases: ['Operations Manager', 'Production Manager'] },
    { id: 'tech', label: 'IT lead', aliases: ['IT Manager', 'CIO'] },
    { id: 'care', label: 'Customer support', aliases: ['Customer Service Manager', 'Customer Service Representative'] },
  ],
  industries: [{ id: 'builders', label: 'Builders', aliases: [] }],
  painPoints: [{ id: 'overruns', label: 'Cost overruns', aliases: [] }],
};
const built = compileTaxonomy(builders);
const builderPersonas = (title: string) => resolveProspect({ title, company: 'Harrow Lane Builders' }, built).personas.map((p) => p.id);

describe("an accountant or a help desk's agent after another function's words (forty-eighth round, review mends)", () => {
  it("reads an accountant of projects, revenue or production as finance's, not that function's", () => {
    expect(builderPersonas('Project Accountant')).toEqual(['books']);
    expect(builderPersonas('Senior Project Accountant')).toEqual(['books']);
    expect(builderPersonas('Revenue Accountant')).toEqual(['books']);
    expect(builderPersonas('Production Accountant')).toEqual(['books']);
  });

  it("reads a help desk's or a service desk's agent as customer support, not the IT lead", () => {
    expect(builderPersonas('Help Desk Agent')).toEqual(['care']);
    expect(builderPersonas('Service Desk Agent')).toEqual(['care']);
    expect(builderPersonas('Purchasing Agent')).toEqual([]);
  });
});

// An invented vendor of expense software to French cooperatives: its finance persona's own alias is the spelled-out
// title, and another persona is named by the first half of it.
const cooperatives: Taxonomy = {
  personas: [
    { id: 'money', label: 'Finance lead', aliases: ['Head of Finance', 'DAF', 'Directeur administratif et financier'] },
    { id: 'office', label: 'Office administration', aliases: ['Directeur administratif', 'Office Manager'] },
    { id: 'systems', label: 'IT lead', aliases: ['IT Manager', 'DSI'] },
  ],
  industries: [{ id: 'coops', label: 'Cooperatives', aliases: [] }],
  painPoints: [{ id: 'receipts', label: 'Lost receipts', aliases: [] }],
};
const coops = compileTaxonomy(cooperatives);
const coopPersonas = (title: string) => resolveProspect({ title, company: 'Coopérative du Val Brûlé' }, coops).personas.map((p) => p.id);

describe("a title that is one persona's own alias whole (forty-eighth round, review mends)", () => {
  it('reads that persona alone, not also the persona named by a part of it', () => {
    expect(coopPersonas('Directeur administratif et financier')).toEqual(['money']);
    expect(coopPersonas('Directeur Administratif et Financier')).toEqual(['money']);
    expect(coopPersonas('Directeur administratif')).toEqual(['office']);
  });
});
