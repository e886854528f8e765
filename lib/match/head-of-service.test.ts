// A council's "Head of Service" heads one of its services, a department: an invented vendor of council staffing software.
import { describe, expect, it } from 'vitest';
import type { Prospect, Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const taxonomy: Taxonomy = {
  personas: [
    { id: 'dept-head', label: 'Service area lead', aliases: ['Head of Department', 'Director of Housing'] },
    { id: 'desk', label: 'IT support lead', aliases: ['IT Manager', 'Head of Service Desk'] },
    { id: 'privacy', label: 'Records privacy lead', aliases: ['Data Protection Officer'] },
  ],
  industries: [],
  painPoints: [],
};
const compiled = compileTaxonomy(taxonomy);
const personas = (prospect: Prospect) => contextOf(resolveProspect(prospect, compiled)).personas;

describe('a Head of Service (Brindlecombe Records)', () => {
  it('is the department head where the phrase ends the title or its part', () => {
    expect(personas({ title: 'Head of Service', company: 'Yarrowford District Council' })).toEqual(['dept-head']);
    expect(personas({ title: 'Head of Services', company: 'Yarrowford District Council' })).toEqual(['dept-head']);
    expect(personas({ title: 'Head of Service, Tenancy Support', company: 'Yarrowford District Council' })).toEqual(['dept-head']);
  });

  it('beside another role keeps both', () => {
    expect(personas({ title: 'Head of Service & Data Protection Officer', company: 'Yarrowford District Council' }).sort()).toEqual(['dept-head', 'privacy']);
  });

  it('is not a department head where the next word names the service', () => {
    expect(personas({ title: 'Head of Service Desk', company: 'Yarrowford District Council' })).toEqual(['desk']);
  });
});
