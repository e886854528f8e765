// The level of government a company's name says beats the one read from elsewhere, in either direction: a county's
// name read as a state's entry reads the county's entry of the same remit, and a state's "<place> Department of ..."
// under a CRM value that is a local entry's name reads the state's. A name that says both levels keeps what was read.
// The taxonomy and records here are made up for the tests.
import { describe, expect, it } from 'vitest';
import type { Prospect, Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

// An invented vendor of trail-permit software, with a state's and a local entry for the same remit.
const permits = compileTaxonomy({
  personas: [{ id: 'ranger', label: 'Trail program manager', aliases: ['trails manager'] }],
  industries: [
    { id: 'local', label: 'Local trail departments', aliases: ['municipal trail office'] },
    { id: 'state', label: 'State trail agencies', aliases: ['trail agency'] },
    { id: 'clubs', label: 'Hiking clubs', aliases: ['hiking club'] },
  ],
  painPoints: [{ id: 'permits', label: 'Permit backlog', aliases: ['permit backlog'] }],
} satisfies Taxonomy, []);

const industries = (company: string, industry?: string, notes?: string) =>
  contextOf(resolveProspect({ name: 'Odile Farrant', title: 'Trail Program Manager', company, industry, notes, source: { crm: 'hubspot', recordType: 'contact', recordId: '9' } } as Prospect, permits)).industries;

describe("the name's level of government beats the value's", () => {
  it("reads a county's name that says a state entry's words as the local entry of the same remit", () => {
    expect(industries('Wrexmoor County Trail Agency')).toEqual(['local']);
    expect(industries('Wrexmoor Township Trail Agency', 'Government Administration')).toEqual(['local']);
  });
  it('reads a local body named in another language (municipio, mairie, Landkreis) as the local entry', () => {
    expect(industries('Municipio de Quiralta', 'Trail Agency')).toEqual(['local']);
    expect(industries('Landkreis Osterbruch', 'Trail Agency')).toEqual(['local']);
    expect(industries('Mairie de Quiralta', 'Trail Agency')).toEqual(['local']);
  });
  it("drops the other level's entry read beside one of the name's level", () => {
    expect(industries('City of Quiralta', 'Government Administration', 'Runs the municipal trail office and a trail agency.')).toEqual(['local']);
    expect(industries('Wrexmoor Municipal Trail Office', 'Trail Agency')).toEqual(['local']);
  });
  it("reads a state's department under a value that names the local entry as the state entry", () => {
    expect(industries('Quillmoor Department of Trails', 'Municipal Trail Office')).toEqual(['state']);
  });
  it('keeps what was read where the name says both levels, a road or no level', () => {
    expect(industries('Brackmoor State Trail Agency of Pellingford County')).toEqual(['state']);
    expect(industries('County Road Trail Agency')).toEqual(['state']);
    expect(industries('Wrexmoor Trail Agency')).toEqual(['state']);
    expect(industries('Wrexmoor Hiking Club', 'Municipal Trail Office')).toEqual(['local']);
  });
});
