// A language's ordinary abbreviation of a title: Dutch "AD" (algemeen directeur) at a Dutch company, Portuguese "HST"
// and "SHST" (higiene e segurança no trabalho). The taxonomy and records here are made up for the tests.
import { describe, expect, it } from 'vitest';
import type { Prospect, Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

describe("a language's ordinary title abbreviations", () => {
  // An invented vendor of permit-to-work software for sawmills.
  const taxonomy: Taxonomy = {
    personas: [
      { id: 'owner', label: 'General management', aliases: ['managing director', 'general manager', 'owner'] },
      { id: 'safety', label: 'Health & safety', aliases: ['safety officer', 'HSE manager'] },
      { id: 'art', label: 'Marketing', aliases: ['marketing manager', 'art director'] },
      { id: 'finance', label: 'Finance', aliases: ['finance director', 'tax manager'] },
    ],
    industries: [{ id: 'sawmills', label: 'Sawmills', aliases: ['sawmill'] }],
    painPoints: [{ id: 'permits', label: 'Paper permits', aliases: ['paper permits'] }],
  };
  const compiled = compileTaxonomy(taxonomy, []);
  const read = (title: string, company: string) =>
    contextOf(resolveProspect({ name: 'Joris Aalbers', title, company, source: { crm: 'hubspot', recordType: 'contact', recordId: '1' } } as Prospect, compiled)).personas;
  it('reads a Dutch company\'s "AD" as its general manager', () => {
    expect(read('AD', 'Houtzagerij Op den Berg B.V.')).toEqual(['owner']);
    expect(read('AD', 'Zagerij Linde NV')).toEqual(['owner']);
  });
  it('leaves "AD" elsewhere unread as before', () => {
    expect(read('AD', 'Timberline Creative')).toEqual([]);
  });
  it('reads a Portuguese "Técnica de HST" as the safety persona', () => {
    expect(read('Técnica de HST', 'Serração do Vale, Lda')).toEqual(['safety']);
    expect(read('Técnica de SHST', 'Madeiras Ribeirinho, S.A.')).toEqual(['safety']);
  });
  it('leaves "AD" at a Dutch agency or studio, or with a rank, unread', () => {
    expect(read('AD', 'Reclamebureau Blauw B.V.')).toEqual([]);
    expect(read('Senior AD', 'Houtzagerij Op den Berg B.V.')).toEqual([]);
    expect(read('AD / Art Director', 'Ontwerpstudio Linde B.V.')).toEqual(['art']);
  });
  it('does not read a Canadian "HST" (the sales tax) as safety', () => {
    expect(read('Tax Manager, GST/HST', 'Maple Sawmills Inc.')).toEqual(['finance']);
    expect(read('HST Specialist', 'Maple Sawmills Inc.')).toEqual([]);
  });
});
