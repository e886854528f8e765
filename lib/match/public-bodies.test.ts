// Which prospects are public bodies, and which of their titles the taxonomy's public-sector persona takes.
// The taxonomies and records here are made up for the tests.
import { describe, expect, it } from 'vitest';
import type { Prospect, Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

// An invented vendor of booking software for guided tours.
const taxonomy: Taxonomy = {
  personas: [
    { id: 'owner', label: 'Owner / managing director', aliases: ['owner', 'managing director'] },
    { id: 'tours-business', label: 'Tourism business manager', aliases: ['head of tourism', 'tour operations manager'] },
    { id: 'public-tours', label: 'Public-sector tourism officer', aliases: ['tourism officer'] },
    { id: 'it', label: 'IT lead', aliases: ['head of IT', 'IT manager', 'technician'] },
    { id: 'hr', label: 'HR manager', aliases: ['HR director', 'head of people'] },
    { id: 'money', label: 'Finance head', aliases: ['CFO', 'finance director'] },
  ],
  industries: [{ id: 'guides', label: 'Tour guides', aliases: ['tour guide'] }],
  painPoints: [{ id: 'noshows', label: 'No-shows', aliases: ['no show'] }],
};
const compiled = compileTaxonomy(taxonomy, []);
const read = (title: string, company: string, industry?: string, c = compiled) =>
  contextOf(resolveProspect({ name: 'Ana Lopes', title, company, industry, source: { crm: 'hubspot', recordType: 'contact', recordId: '1' } } as Prospect, c)).personas;

describe('a business whose name says "City" or "County"', () => {
  it("keeps the business's persona of the trade", () => {
    expect(read('Head of Tourism', 'Twin City Tours', 'Transportation')).toEqual(['tours-business']);
    expect(read('Head of Tourism', 'Capitol City Walks Ltd')).toEqual(['tours-business']);
    expect(read('Head of Tourism', 'County Line Coaches')).toEqual(['tours-business']);
    expect(read('Head of Tourism', 'Federal Tours')).toEqual(['tours-business']);
  });
  it('still reads a town or its council as a public body', () => {
    expect(read('Head of Tourism', 'City of Harrowmere')).toEqual(['public-tours']);
    expect(read('Head of Tourism', 'Harrowmere City Council')).toEqual(['public-tours']);
  });
  it('takes a CRM industry of another sector over a name that reads as a town', () => {
    expect(read('Head of Tourism', 'City of Harrowmere Tours', 'Leisure, Travel & Tourism')).toEqual(['tours-business']);
  });
});

describe("a town's authority named in its own language", () => {
  it('reads German, French, Portuguese, Galician, Italian and Dutch town and district authorities as public bodies', () => {
    expect(read('Leiterin Tourismus', 'Stadt Kelheim')).toEqual(['public-tours']);
    expect(read('Leiter Tourismus', 'Landratsamt Rosenau')).toEqual(['public-tours']);
    expect(read('Responsable Tourisme', 'Ville de Clairmoulin')).toEqual(['public-tours']);
    expect(read('Responsable Tourisme', 'Mairie de Clairmoulin')).toEqual(['public-tours']);
    expect(read('Técnica Superior, Divisão de Turismo', 'Município de Ribeira Alta')).toEqual(['public-tours']);
    expect(read('Xefa de Turismo', 'Concello de Ribeira Alta')).toEqual(['public-tours']);
    expect(read('Responsabile Turismo', 'Provincia di Valtessa')).toEqual(['public-tours']);
    expect(read('Hoofd Toerisme', 'Provincie Brakenveld')).toEqual(['public-tours']);
  });
  it('reads no public body in a business named for its town', () => {
    expect(read('Head of Tourism', 'Stadt-Apotheke Kelheim')).toEqual(['tours-business']);
  });
});

describe('a title naming another function and the department it sits in', () => {
  it("keeps the title's own function at a public body", () => {
    expect(read('HR Director, Tourism Office', 'City of Harrowmere', 'Government Administration')).toEqual(['hr']);
    expect(read('IT Manager, Tourism Department', 'City of Harrowmere', 'Government Administration')).toEqual(['it']);
    expect(read('Finance Director, Tourism Department', 'City of Harrowmere', 'Government Administration')).toEqual(['money']);
  });
  it('still gives a grade of staff or the same trade to the public-sector persona', () => {
    expect(read('Técnico Superior, Tourism', 'City of Harrowmere', 'Government Administration')).toEqual(['public-tours']);
    expect(read('Tourism Operations Manager', 'City of Harrowmere', 'Government Administration')).toEqual(['public-tours']);
  });
});

describe('"Public relations" is a trade function, not the public sector', () => {
  // An invented vendor of staff newsletters.
  const c = compileTaxonomy(
    {
      personas: [
        { id: 'owner', label: 'Owner', aliases: ['owner'] },
        { id: 'pr', label: 'Public relations manager', aliases: ['communications manager'] },
        { id: 'affairs', label: 'Public affairs lead', aliases: ['lobbying lead'] },
        { id: 'welfare', label: 'Staff welfare lead', aliases: ['staff welfare'] },
      ],
      industries: [{ id: 'offices', label: 'Offices', aliases: ['office'] }],
      painPoints: [{ id: 'unread', label: 'Unread newsletters', aliases: ['unread newsletter'] }],
    },
    [],
  );
  it("keeps a town's staff welfare head whose title also says relations or affairs", () => {
    expect(read('Head of Staff Welfare, Employee Relations', 'City of Harrowmere', 'Government Administration', c)).toEqual(['welfare']);
    expect(read('Head of Staff Welfare, Employee Affairs', 'City of Harrowmere', 'Government Administration', c)).toEqual(['welfare']);
  });
});
