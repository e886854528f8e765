// A public body named "<place> Department of <remit>" with no word of a county, city, town or district is a state's or a
// territory's own agency: where the taxonomy divides a remit into a state level and a local level, it reads the state
// level. The taxonomy and records here are made up for the tests.
import { describe, expect, it } from 'vitest';
import type { Prospect, Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const industries = (company: string, industry: string | undefined, c: ReturnType<typeof compileTaxonomy>) =>
  contextOf(resolveProspect({ name: 'Tamsin Orrey', title: 'Program Manager', company, industry, source: { crm: 'hubspot', recordType: 'contact', recordId: '1' } } as Prospect, c)).industries;

// An invented vendor of trail-maintenance software for public park bodies.
const parks: Taxonomy = {
  personas: [{ id: 'pm', label: 'Program manager', aliases: ['program manager'] }],
  industries: [
    { id: 'state-parks', label: 'State park departments', aliases: ['state parks agency', 'territorial park department'] },
    { id: 'local-parks', label: 'Local park departments', aliases: ['county park department', 'city park department', 'park district'] },
    { id: 'trusts', label: 'Land trusts', aliases: ['conservancy'] },
  ],
  painPoints: [{ id: 'trails', label: 'Trail work backlog', aliases: ['washed-out trails'] }],
};
const c = compileTaxonomy(parks, []);

describe('a department of a remit named for a place that is no county, city or district', () => {
  it.each([
    ['Quillmoor Department of Parks', 'Government Administration'],
    ['Quillmoor Department of Parks', 'Public Administration'],
    ['Outer Reef Dept. of Parks and Natural Resources', 'Government Administration'],
  ])('reads %s (%s) as the state level', (company, value) => {
    expect(industries(company, value, c)).toEqual(['state-parks']);
  });
  it.each([
    ['Brackenhold County Department of Parks'],
    ['Port Harrow City Department of Parks'],
    ['Juniper Hills Park Department'],
  ])('still reads %s as the local level', (company) => {
    expect(industries(company, 'Government Administration', c)).toEqual(['local-parks']);
  });
  it("does not read a nation's department as a state's", () => {
    expect(industries('U.S. Department of Parks', 'Government Administration', c)).not.toContain('state-parks');
    expect(industries('Federal Department of Parks', 'Government Administration', c)).not.toContain('state-parks');
  });
  // Review mends: a department named for no place, or for another nation, is no state's; a county's clipped word is local.
  it.each([
    ['Department of Parks and Open Spaces'],
    ['Irish Department of Parks'],
    ['UK Department of Parks and Heritage'],
    ['Australian Government Department of Parks'],
  ])("does not read %s, a nation's department, as a state's", (company) => {
    expect(industries(company, 'Government Administration', c)).not.toContain('state-parks');
  });
  it('reads a county or township clipped ("Cty", "Twp") as the local level', () => {
    expect(industries('Tarnby Cty Department of Parks', 'Government Administration', c)).toEqual(['local-parks']);
    expect(industries('Elmbrook Twp Department of Parks', 'Government Administration', c)).toEqual(['local-parks']);
  });
});

describe('a taxonomy that divides two remits into levels', () => {
  // An invented vendor of inspection scheduling for public park and health bodies.
  const two = compileTaxonomy({
    personas: [{ id: 'pm', label: 'Program manager', aliases: ['program manager'] }],
    industries: [
      { id: 'state-parks', label: 'State park departments', aliases: ['state parks agency'] },
      { id: 'local-parks', label: 'Local park departments', aliases: ['county park department', 'city park department', 'park district'] },
      { id: 'state-health', label: 'State health departments', aliases: ['state health agency'] },
      { id: 'local-health', label: 'Local health departments', aliases: ['county health department', 'city health department'] },
    ],
    painPoints: [],
  }, []);
  it('pairs each local entry with the state entry of its own remit, the head noun they all share aside', () => {
    expect(industries('Quillmoor Department of Parks', 'Government Administration', two)).toEqual(['state-parks']);
    expect(industries('Brackenhold County Department of Parks', 'Government Administration', two)).toEqual(['local-parks']);
  });
});
