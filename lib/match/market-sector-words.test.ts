// A CRM value or a company's name that says only the vendor's market names no one segment of it (fifty-eighth round):
// a word of a two-word sector name in the value ("higher" of "Higher Education") is the sector's when the value also
// says the market word on its own, and a word naming only the sector every entry is in says the market in a company's
// name. The taxonomy and records here are made up for the tests.
import { describe, expect, it } from 'vitest';
import type { Prospect, Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

// An invented vendor of timetabling software for kinds of school.
const taxonomy: Taxonomy = {
  personas: [{ id: 'head', label: 'Head teacher', aliases: ['head of teaching'] }],
  industries: [
    { id: 'primary', label: 'Primary schools', aliases: ['infant school', 'junior school'] },
    { id: 'secondary', label: 'Secondary schools', aliases: ['grammar school', 'comprehensive school'] },
    { id: 'special', label: 'Special schools', aliases: ['special education unit', 'SEN school'] },
    { id: 'trusts', label: 'School trusts', aliases: ['multi-school trust', 'school federation'] },
    { id: 'private', label: 'Private schools', aliases: ['fee-charging school', 'fee-paying school', 'academic school'] },
  ],
  painPoints: [{ id: 'clashes', label: 'Timetable clashes', aliases: ['double-booked rooms'] }],
};
const compiled = compileTaxonomy(taxonomy, []);
const read = (company: string | undefined, industry?: string) =>
  contextOf(resolveProspect({ name: 'Ana Lopes', title: 'Principal', company, industry, source: { crm: 'hubspot', recordType: 'contact', recordId: '1' } } as Prospect, compiled)).industries;

describe('a CRM value naming the market beside a sector name', () => {
  it('reads no segment from a sector name word when the value says the market word on its own', () => {
    expect(read(undefined, 'Schools and Higher Education')).toEqual([]);
    expect(read(undefined, 'Schools & Higher Education')).toEqual([]);
  });
  it('still reads a segment the value names in its own words', () => {
    expect(read(undefined, 'Special Schools')).toEqual(['special']);
    expect(read(undefined, 'Grammar Schools')).toEqual(['secondary']);
  });
});

describe("a company's name saying only the market's sector", () => {
  it('reads no segment from a word naming only the sector every entry is in', () => {
    expect(read('Harrow Fields Education Centre')).toEqual([]);
  });
  it('still reads a word only one entry uses that says no sector', () => {
    expect(read('Harrow Fields Junior')).toEqual(['primary']);
  });
  it('still reads a sector word an entry puts right before the market word, as the kind of it', () => {
    expect(read('Harrow Fields Academic')).toEqual(['private']);
  });
});

// An invented vendor of bed-management software for kinds of hospital (review mend): the market word said beside a
// sector name whose other word is the one an entry's own name puts before that market word.
describe('a CRM value saying the market word and a sector name that together name an entry', () => {
  const wards = compileTaxonomy({
    personas: [{ id: 'ops', label: 'Operations director', aliases: [] }],
    industries: [
      { id: 'general', label: 'General hospitals', aliases: ['acute hospital'] },
      { id: 'behavioral', label: 'Psychiatric hospitals', aliases: ['mental hospital'] },
      { id: 'children', label: "Children's hospitals", aliases: ['paediatric hospital'] },
    ],
    painPoints: [{ id: 'beds', label: 'Bed shortages', aliases: [] }],
  }, []);
  const value = (industry: string) =>
    contextOf(resolveProspect({ name: 'Ana Lopes', title: 'COO', industry, source: { crm: 'hubspot', recordType: 'contact', recordId: '1' } } as Prospect, wards)).industries;
  it("reads the entry whose name's words the value says", () => {
    expect(value('Mental Health and Hospitals')).toEqual(['behavioral']);
  });
});
