// A title at a public body that names what the taxonomy's public-sector persona is about, in the six languages.
// The taxonomy and records here are made up for the tests.
import { describe, expect, it } from 'vitest';
import type { Prospect, Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

describe("a public body's officer of the vendor's trade", () => {
  // An invented vendor of booking software for wayfinding for accessible buildings.
  const taxonomy: Taxonomy = {
    personas: [
      { id: 'owner', label: 'Owner / managing director', aliases: ['owner', 'managing director', 'mayor'] },
      { id: 'access-business', label: 'Accessibility business manager', aliases: ['head of accessibility', 'accessibility product manager'] },
      { id: 'public-access', label: 'Public-sector accessibility officer', aliases: ['accessibility officer', 'inclusion coordinator'] },
      { id: 'it', label: 'IT lead', aliases: ['head of IT', 'technician'] },
    ],
    industries: [{ id: 'venues', label: 'Public venues', aliases: ['venue'] }],
    painPoints: [{ id: 'signage', label: 'Outdated signage', aliases: ['old signs'] }],
  };
  const compiled = compileTaxonomy(taxonomy, []);
  const read = (title: string, company: string, industry?: string) =>
    contextOf(resolveProspect({ name: 'Ana Lopes', title, company, industry, source: { crm: 'hubspot', recordType: 'contact', recordId: '1' } } as Prospect, compiled)).personas;
  it("reads a town's accessibility head as the public-sector officer, not the business's", () => {
    expect(read('Head of Accessibility', 'City of Brackenford', 'Government Administration')).toEqual(['public-access']);
    expect(read('Responsabile Accessibilità', 'Comune di Valtessa')).toEqual(['public-access']);
  });
  it('reads a public technician of accessibility as the officer, not IT', () => {
    expect(read('Técnico Superior do Gabinete de Acessibilidade', 'Município de Ribeira Alta', 'Government Administration')).toEqual(['public-access']);
  });
  it("keeps a business's accessibility head and a town's IT head as they were", () => {
    expect(read('Head of Accessibility', 'Stepfree Retail GmbH', 'Retail')).toEqual(['access-business']);
    expect(read('Head of IT', 'City of Brackenford', 'Government Administration')).toEqual(['it']);
  });
});

describe('Italian "AFC", the finance department', () => {
  // An invented vendor of expense software for tile makers.
  const taxonomy: Taxonomy = {
    personas: [
      { id: 'owner', label: 'Owner', aliases: ['owner', 'managing director'] },
      { id: 'money', label: 'Finance head', aliases: ['CFO', 'finance director', 'controller'] },
    ],
    industries: [{ id: 'tiles', label: 'Tile makers', aliases: ['ceramics'] }],
    painPoints: [{ id: 'receipts', label: 'Lost receipts', aliases: ['missing receipts'] }],
  };
  const compiled = compileTaxonomy(taxonomy, []);
  const read = (title: string, company: string) =>
    contextOf(resolveProspect({ name: 'Lia Conti', title, company, source: { crm: 'hubspot', recordType: 'contact', recordId: '2' } } as Prospect, compiled)).personas;
  it('reads "Responsabile AFC" at an Italian company as its finance head', () => {
    expect(read('Responsabile AFC', 'Ceramiche Valtessa S.r.l.')).toEqual(['money']);
    expect(read('Direttore AFC', 'Piastrelle Nord SpA')).toEqual(['money']);
  });
  it('reads no finance in "AFC" elsewhere (a football club\'s initials)', () => {
    expect(read('Director, AFC Brackenford', 'Brackenford Tiles Ltd')).toEqual([]);
  });
});
