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

  // The same vendor's records where "KAM" is the key account manager and the taxonomy names sales apart.
  const selling: Taxonomy = { ...apart, personas: [...apart.personas, { id: 'sales', label: 'Sales & accounts', aliases: ['sales manager', 'account manager'] }] };
  it('reads "KAM" outside a Dutch record, or beside a word of sales, as the key account manager, not quality or safety', () => {
    expect(read(selling, 'Senior KAM', 'Kellerei Brandt GmbH')).toEqual(['sales']);
    expect(read(selling, 'Responsabile KAM', 'Imbottigliamento Ferri S.r.l.')).toEqual(['sales']);
    expect(read(selling, 'KAM Retail', 'Harwell Bottling Ltd')).toEqual(['sales']);
    expect(read(selling, 'KAM Verkoop', 'Bottelarij De Kempen B.V.')).toEqual(['sales']);
    expect(read(selling, 'Medewerker KAM', 'Bottelarij De Kempen B.V.')).toEqual(['quality', 'safety']);
  });
  it('spells out only whole initials in capitals, not a name that is written like them', () => {
    expect(read(selling, 'Kam Sales Manager', 'Harwell Bottling Ltd')).toEqual(['sales']);
  });
  it('reads both for initials that alone read neither ("HSQE Manager")', () => {
    expect(read(apart, 'HSQE Manager', 'Harwell Bottling Ltd')).toEqual(['quality', 'safety']);
  });
});
