import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, resolveProspect } from '.';

// An invented vendor of headcount tablets for county lockups: the facility's heads, its floor officers and its
// kitchen.
const taxonomy: Taxonomy = {
  personas: [
    { id: 'heads', label: 'Facility heads', aliases: ['Warden', 'Jail Administrator'] },
    { id: 'floor', label: 'Floor officers', aliases: ['Correctional Sergeant', 'Floor Officer'] },
    { id: 'kitchen', label: 'Food services', aliases: ['Food Services Manager', 'Kitchen Supervisor'] },
  ],
  industries: [{ id: 'lockups', label: 'County lockups', aliases: [] }],
  painPoints: [{ id: 'counts', label: 'Headcounts on paper', aliases: [] }],
};
const c = compileTaxonomy(taxonomy);
const personas = (title: string) => resolveProspect({ title, company: 'Quarnbeck County Lockup' }, c).personas.map((p) => p.id);

describe('the words of a jail or prison name the custody function (fifty-ninth round)', () => {
  it('reads a manager of detention or of the prison as the custody side, not food services', () => {
    expect(personas('Detention Operations Manager')).toContain('heads');
    expect(personas('Detention Operations Manager')).not.toContain('kitchen');
    expect(personas('Penitentiary Director')).toEqual(['heads']);
  });
});
