import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, resolveProspect } from '.';

// An invented vendor of route planning for heating-oil distributors: the owner, the customer service lead (a call
// centre's supervisor), the operations manager. No persona is a foreman, and none is a supervisor of the floor.
const oil: Taxonomy = {
  personas: [
    { id: 'owner', label: 'Owner', aliases: [] },
    { id: 'desk', label: 'Customer service lead', aliases: ['Phone Desk Supervisor'] },
    { id: 'ops', label: 'Operations manager', aliases: [] },
  ],
  industries: [{ id: 'oil', label: 'Heating oil distribution', aliases: [] }],
  painPoints: [{ id: 'runs', label: 'Missed delivery runs', aliases: [] }],
};
const c = compileTaxonomy(oil);
const personas = (title: string) => resolveProspect({ title, company: 'Fenmarsh Fuels' }, c).personas.map((p) => p.id);

describe('a foreman read as the supervisor only of the front line (fifty-seventh round, review mend)', () => {
  it("does not read a foreman as the call centre's supervisor", () => {
    expect(personas('Tank Farm Foreman')).toEqual([]);
    expect(personas('Foreman')).toEqual([]);
    expect(personas('Leadhand, Pump Repair')).toEqual([]);
    // The bare rank still reads the only supervisor the taxonomy has.
    expect(personas('Supervisor')).toEqual(['desk']);
  });
});
