import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, resolveProspect } from '.';

// An invented vendor of inspection tablets for regional railways: the car shop, the track department, the train
// movements office and the accounts office.
const taxonomy: Taxonomy = {
  personas: [
    { id: 'shop', label: 'Car and locomotive maintenance', aliases: ['Maintenance Superintendent', 'Mechanic Foreman'] },
    { id: 'track', label: 'Track and maintenance of way', aliases: ['Engineering Director', 'Bridge Supervisor'] },
    { id: 'movements', label: 'Train movements', aliases: ['Director of Transportation', 'Chief Dispatcher'] },
    { id: 'accounts', label: 'Accounts', aliases: ['Controller'] },
  ],
  industries: [{ id: 'railways', label: 'Regional railways', aliases: [] }],
  painPoints: [{ id: 'defects', label: 'Defects written on paper', aliases: [] }],
};
const c = compileTaxonomy(taxonomy);
const personas = (title: string) => resolveProspect({ title, company: 'Quenford Valley Railway' }, c).personas.map((p) => p.id);

describe("a railroad's front-line trades are of their departments (fifty-ninth round)", () => {
  it('reads a carman, lead or not, as the car shop', () => {
    expect(personas('Carman')).toEqual(['shop']);
    expect(personas('Senior Carman')).toEqual(['shop']);
  });

  it('reads a section foreman, a trackman and a roadmaster as the track department', () => {
    expect(personas('Relief Section Foreman')).toEqual(['track']);
    expect(personas('Trackman')).toEqual(['track']);
    expect(personas('Assistant Roadmaster')).not.toContain('shop');
  });

  it('reads a yardmaster and a trainmaster as train movements', () => {
    expect(personas('Yardmaster')).toEqual(['movements']);
    expect(personas('Trainmaster')).toEqual(['movements']);
  });
});

// An invented vendor of work-order software for factories (review mends, fifty-ninth round): its engineering is the
// software team, so a railway's track crews are not of it, and a carman's plural is also a first name.
const plantVendor = compileTaxonomy({
  personas: [
    { id: 'eng', label: 'Software engineering lead', aliases: ['VP Engineering'] },
    { id: 'maint', label: 'Maintenance manager', aliases: [] },
    { id: 'ops', label: 'Plant operations', aliases: ['Plant Manager'] },
  ],
  industries: [{ id: 'plants', label: 'Discrete manufacturing', aliases: [] }],
  painPoints: [{ id: 'downtime', label: 'Unplanned downtime', aliases: [] }],
} satisfies Taxonomy);
const plantPersonas = (title: string) => resolveProspect({ title, company: 'Orlenbrook Components' }, plantVendor).personas.map((p) => p.id);

describe("a railroad's track trades are not the software engineering function", () => {
  it('reads the maintenance of way as maintenance and no track crew as software', () => {
    expect(plantPersonas('Maintenance of Way Foreman')).toEqual(['maint']);
    for (const title of ['Assistant Track Foreman', 'Section Foreman', 'Trackman', 'Assistant Roadmaster'])
      expect(plantPersonas(title), title).not.toContain('eng');
  });
});

describe('"Carmen" is a first name before it is carmen', () => {
  it('reads no car shop from a first name in the title', () => {
    expect(plantPersonas('Carmen Albizu, Plant Manager')).toEqual(['ops']);
  });
});
