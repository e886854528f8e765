import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, resolveProspect } from '.';

// An invented vendor of inspection tablets for regional railways: the car shop, the track department, the train
// movements office and the accounts office.
const taxonomy: Taxonomy = {
  personas: [
    { id: 'shop', label: 'Car and locomotive maintenance', aliases: ['Maintenance Superintendent', 'Mechanic Foreman'] },
    { id: 'track', label: 'Track department', aliases: ['Engineering Director', 'Bridge Supervisor'] },
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
