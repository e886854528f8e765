// A public body's name by its form ("... Parish Council", "Town of ...") read as the vendor's public-sector segment when
// nothing else of the record reads one. The taxonomy and records here are made up for the tests.
import { describe, expect, it } from 'vitest';
import type { Prospect, Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

// An invented vendor of live captioning for webinars and meetings.
const taxonomy: Taxonomy = {
  personas: [{ id: 'events', label: 'Events manager', aliases: ['events manager'] }],
  industries: [
    { id: 'gov', label: 'Government & public bodies', aliases: ['government', 'municipality', 'city', 'public agency'] },
    { id: 'hotels', label: 'Hotels & venues', aliases: ['hotel', 'conference venue'] },
    { id: 'tours', label: 'Tour operators', aliases: ['tour operator', 'tours'] },
  ],
  painPoints: [{ id: 'late', label: 'Captions lag the speaker', aliases: ['caption lag'] }],
};
const compiled = compileTaxonomy(taxonomy, []);
const read = (company: string, industry?: string, notes?: string) =>
  contextOf(resolveProspect({ name: 'Ana Lopes', title: 'Events Manager', company, industry, notes, source: { crm: 'hubspot', recordType: 'contact', recordId: '1' } } as Prospect, compiled)).industries;

describe("a public body's name", () => {
  it('reads a council named by its form as the public bodies, under a CRM value that says another trade', () => {
    expect(read('Ashcombe Parish Council', 'Business Services')).toEqual(['gov']);
    expect(read('Ashcombe Parish Council')).toEqual(['gov']);
    expect(read('Mellor District Council', 'Professional Services', 'Monthly planning meetings streamed online.')).toEqual(['gov']);
  });
  it('keeps a business named for its town out of the public bodies', () => {
    expect(read('Twin City Tours', 'Leisure, Travel & Tourism')).toEqual(['tours']);
    expect(read('Council Oak Lodge')).not.toContain('gov');
  });
});

describe("a public service's plain name", () => {
  it('reads a public library and a transit authority as the public bodies when nothing else reads a segment', () => {
    expect(read('Ashcombe Public Library')).toEqual(['gov']);
    expect(read('Tri-County Transit Authority', 'Transportation')).toEqual(['gov']);
  });
  it('reads no public body in a business that calls itself an authority', () => {
    expect(read('The Captioning Authority')).toEqual([]);
  });
});

describe('a business named after a public body (review mends)', () => {
  it('reads no public body where the name goes on with a business word or a legal form', () => {
    expect(read('Meadowbank Housing Authority Advisors')).not.toContain('gov');
    expect(read('Brackenmoor Public Library Café')).not.toContain('gov');
    expect(read('Town Hall Antiques')).not.toContain('gov');
    expect(read('Town of Vienna Pizza LLC')).not.toContain('gov');
    expect(read('Port of Call Bistro')).not.toContain('gov');
  });
  it('reads no public body from the name where the CRM value says a non-profit', () => {
    expect(read('Quillfield Village Hall', 'Non-profit Organization Management')).not.toContain('gov');
  });
  it("reads a port's body by its plain name", () => {
    expect(read('Port of Harrowmere')).toEqual(['gov']);
    expect(read('Port of Harrowmere', 'Maritime')).toEqual(['gov']);
  });
});
