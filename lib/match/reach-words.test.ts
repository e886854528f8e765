// A word of reach in a company's name ("Regional", "National" and the six languages' words) said before another head
// than the vendor's market word says that head's reach, not a segment whose name uses the word; a word of the market's
// sector before the name's head ("Medical" of "... Medical Centre") says the market under a CRM sector value too
// (fifty-eighth round). The taxonomy and records here are made up for the tests.
import { describe, expect, it } from 'vitest';
import type { Prospect, Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

// An invented vendor of theatre-scheduling software for kinds of infirmary.
const taxonomy: Taxonomy = {
  personas: [{ id: 'theatres', label: 'Theatre manager', aliases: ['head of theatres'] }],
  industries: [
    { id: 'teaching', label: 'Teaching infirmaries', aliases: ['university infirmary', 'medical school infirmary'] },
    { id: 'groups', label: 'Infirmary groups', aliases: ['regional group', 'group of infirmaries'] },
    { id: 'community', label: 'Community infirmaries', aliases: ['cottage infirmary', 'district infirmary'] },
    { id: 'rehab', label: 'Rehabilitation infirmaries', aliases: ['rehab infirmary', 'spinal unit'] },
  ],
  painPoints: [{ id: 'cancelled', label: 'Cancelled operations', aliases: ['late cancellations'] }],
};
const compiled = compileTaxonomy(taxonomy, []);
const read = (company: string, industry?: string) =>
  contextOf(resolveProspect({ name: 'Ana Lopes', title: 'Theatre Manager', company, industry, source: { crm: 'hubspot', recordType: 'contact', recordId: '1' } } as Prospect, compiled)).industries;

describe('a word of reach in a company name', () => {
  it('names no segment when it is said before another head than the market word', () => {
    expect(read('Quenby Regional Medical Centre')).not.toContain('groups');
    expect(read('Quenby Regional Medical Centre', 'Healthcare')).not.toContain('groups');
  });
  it('still names the segment said right before the market word', () => {
    expect(read('Quenby Regional Infirmary')).toEqual(['groups']);
  });
});

// The same vendor's taxonomy said with "hospital", a word whose sector ("medical") every entry is in.
const hospitals = compileTaxonomy({ ...taxonomy, industries: taxonomy.industries.map((e) => ({ ...e, label: e.label.replace(/infirmar(y|ies)/g, (_, y: string) => (y === 'y' ? 'hospital' : 'hospitals')), aliases: e.aliases.map((a) => a.replace(/infirmar(y|ies)/g, (_, y: string) => (y === 'y' ? 'hospital' : 'hospitals'))) })) }, []);
const readHospitals = (company: string, industry: string) =>
  contextOf(resolveProspect({ name: 'Ana Lopes', title: 'Theatre Manager', company, industry, source: { crm: 'hubspot', recordType: 'contact', recordId: '1' } } as Prospect, hospitals)).industries;

describe("a market sector's word before a company name's head, under a CRM sector value", () => {
  it('names no segment', () => {
    expect(readHospitals('Quenby Medical Centre', 'Healthcare')).toEqual([]);
  });
});
