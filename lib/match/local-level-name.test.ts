// A public body whose name says a local place ("... County ...", "... Township ...") under a CRM value that reads only a
// state level's entry (a value that is a state entry's alias): the local entry its own name reads. The taxonomy and
// records here are made up for the tests.
import { describe, expect, it } from 'vitest';
import type { Prospect, Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

// An invented vendor of inmate-visit booking software, with a state's and a county's entries.
const visits = compileTaxonomy({
  personas: [{ id: 'warden', label: 'Facility administrator', aliases: ['jail administrator'] }],
  industries: [
    { id: 'county', label: 'County lockups', aliases: ['county lockup', 'holding center'] },
    { id: 'state', label: 'State penitentiary systems', aliases: ['state penitentiary', 'penal institution'] },
    { id: 'youth', label: 'Youth custody centers', aliases: ['youth custody'] },
  ],
  painPoints: [{ id: 'visits', label: 'Visit booking', aliases: ['visit booking'] }],
} satisfies Taxonomy, []);

const industries = (company: string, industry?: string) =>
  contextOf(resolveProspect({ name: 'Ilse Marrow', title: 'Facility Administrator', company, industry, source: { crm: 'hubspot', recordType: 'contact', recordId: '4' } } as Prospect, visits)).industries;

describe('a local place in the name against a state-level value', () => {
  it('reads the local entry the name says', () => {
    expect(industries('Quillmarsh County Holding Center', 'Penal Institutions')).toEqual(['county']);
    expect(industries('Ostervale Township Holding Center', 'Penal Institutions')).toEqual(['county']);
  });
  it('keeps the state entry where the name reads nothing local', () => {
    expect(industries('Brackmoor State Penitentiary', 'Penal Institutions')).toEqual(['state']);
  });
  it('keeps the state entry where the place word is a region, several states or a road (review finding 4)', () => {
    expect(industries('Tri-State Holding Center', 'Penal Institutions')).toEqual(['state']);
    expect(industries('Fenmoor Regional Holding Center', 'Penal Institutions')).toEqual(['state']);
    expect(industries('Metropolitan Holding Center', 'Penal Institutions')).toEqual(['state']);
    expect(industries('County Road Holding Center', 'Penal Institutions')).toEqual(['state']);
  });
});
