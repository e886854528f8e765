// A persona's "technician" alias is its own trade's technician, not IT support's, unless its label is IT's.
// The taxonomies and records here are made up for the tests.
import { describe, expect, it } from 'vitest';
import type { Prospect, Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const taxonomy = (extra: Taxonomy['personas'] = []): Taxonomy => ({
  // An invented vendor of line-maintenance software for bottling plants.
  personas: [
    { id: 'owner', label: 'Plant owner', aliases: ['owner', 'managing director'] },
    { id: 'line-techs', label: 'Filling line supervisor', aliases: ['Head Technician', 'Chief Technician'] },
    { id: 'quality', label: 'Quality manager', aliases: ['QA manager', 'head of quality'] },
    ...extra,
  ],
  industries: [{ id: 'bottlers', label: 'Bottling plants', aliases: ['bottler'] }],
  painPoints: [{ id: 'stops', label: 'Unplanned line stops', aliases: ['line stop'] }],
});
const read = (title: string, t: Taxonomy) =>
  contextOf(resolveProspect({ name: 'Rui Alves', title, company: 'Fonte Clara Bottling', source: { crm: 'hubspot', recordType: 'contact', recordId: '1' } } as Prospect, compileTaxonomy(t, []))).personas;

describe("a trade's technician alias", () => {
  it("does not make an IT support title that trade's persona", () => {
    expect(read('IT Support Specialist', taxonomy())).toEqual([]);
    expect(read('Help Desk Analyst', taxonomy())).toEqual([]);
  });
  it('still reads the trade persona by its own names', () => {
    expect(read('Head Technician', taxonomy())).toEqual(['line-techs']);
    expect(read('Filling Line Supervisor', taxonomy())).toEqual(['line-techs']);
  });
  it("keeps an IT persona's technician alias as IT support's", () => {
    const t = taxonomy([{ id: 'it', label: 'IT lead', aliases: ['IT manager', 'technician'] }]);
    expect(read('IT Support Specialist', t)).toEqual(['it']);
  });
});
