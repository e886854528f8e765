// The head of a department named by the initials of two functions ("QHSE", "SHEQ", Dutch "KAM"): both functions' personas.
// The taxonomy and records here are made up for the tests.
import { describe, expect, it } from 'vitest';
import type { Prospect, Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const read = (taxonomy: Taxonomy, title: string, company: string) =>
  contextOf(resolveProspect({ name: 'Lena Brandt', title, company, source: { crm: 'hubspot', recordType: 'contact', recordId: '1' } } as Prospect, compileTaxonomy(taxonomy, []))).personas.sort();

describe("a joined department's head", () => {
  // An invented vendor of inspection checklists for bottling plants, with quality and safety apart.
  const apart: Taxonomy = {
    personas: [
      { id: 'owner', label: 'Owner / managing director', aliases: ['owner', 'managing director'] },
      { id: 'quality', label: 'Quality lead', aliases: ['quality manager', 'QA manager'] },
      { id: 'safety', label: 'Health & safety lead', aliases: ['HSE manager', 'safety officer'] },
    ],
    industries: [{ id: 'bottlers', label: 'Bottlers', aliases: ['bottling'] }],
    painPoints: [{ id: 'paper', label: 'Paper checklists', aliases: ['clipboards'] }],
  };
  it('reads the quality and the safety persona for a QHSE, SHEQ or KAM head', () => {
    expect(read(apart, 'Responsable QHSE', 'Embouteillage Varnier SAS')).toEqual(['quality', 'safety']);
    expect(read(apart, 'SHEQ Manager', 'Harwell Bottling Ltd')).toEqual(['quality', 'safety']);
    expect(read(apart, 'KAM-coördinator', 'Bottelarij De Kempen B.V.')).toEqual(['quality', 'safety']);
  });
  it('keeps a head of one function as that one', () => {
    expect(read(apart, 'HSE Manager', 'Harwell Bottling Ltd')).toEqual(['safety']);
    expect(read(apart, 'Quality Manager', 'Harwell Bottling Ltd')).toEqual(['quality']);
  });
  it('reads the one persona a taxonomy has for both as before', () => {
    const one: Taxonomy = { ...apart, personas: [apart.personas[0]!, { id: 'qhse', label: 'QHSE lead', aliases: ['QHSE manager', 'safety officer'] }] };
    expect(read(one, 'Responsable QHSE', 'Embouteillage Varnier SAS')).toEqual(['qhse']);
  });
});
