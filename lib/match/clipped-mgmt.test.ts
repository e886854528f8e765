import { describe, expect, it } from 'vitest';
import { compileTaxonomy } from './compile';
import { resolveIndustries } from './resolve';

// An invented vendor of berth-booking software: "mgmt", English's clipped "management", names an entry's trade as the
// whole word does.
const marinas = compileTaxonomy({
  personas: [],
  painPoints: [],
  industries: [
    { id: 'marina', label: 'Marina management firms', aliases: ['harbour management'] },
    { id: 'yards', label: 'Boat repair yards', aliases: ['boatyards'] },
  ],
});

const ids = (prospect: { company?: string; industry?: string }) => resolveIndustries(prospect, marinas).map((r) => r.id);

describe('the clipped "mgmt"', () => {
  it('reads as management in a name and in a CRM value', () => {
    expect(ids({ company: 'Tessamont Marina Mgmt' })).toEqual(['marina']);
    expect(ids({ company: 'Tessamont Ltd', industry: 'Harbour Mgmt' })).toEqual(['marina']);
  });
});
