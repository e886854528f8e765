// A persona's "technician" alias is its own trade's technician, not IT support's, unless its label is IT's or the
// vendor's own taxonomy says IT support is its market. The taxonomies, titles and records here are made up for the tests.
import { describe, expect, it } from 'vitest';
import type { Prospect, Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

// An invented vendor of kiln-monitoring software for clay brick makers.
const kilns = (extra: Taxonomy['personas'] = []): Taxonomy => ({
  personas: [
    { id: 'owner', label: 'Works owner', aliases: ['owner', 'managing director'] },
    { id: 'kiln', label: 'Kiln crew lead', aliases: ['technician', 'kiln operator', 'firing foreman'] },
    { id: 'quality', label: 'Quality manager', aliases: ['QA manager', 'head of quality'] },
    ...extra,
  ],
  industries: [{ id: 'bricks', label: 'Clay brick makers', aliases: ['brick maker'] }],
  painPoints: [{ id: 'misfires', label: 'Misfired batches', aliases: ['misfire'] }],
});

// An invented vendor of ticketing and remote-monitoring software for managed IT providers.
const msps = (fieldLabel = 'Field service lead'): Taxonomy => ({
  personas: [
    { id: 'owner', label: 'Founder', aliases: ['owner', 'managing director'] },
    { id: 'field', label: fieldLabel, aliases: ['technician', 'onsite engineer'] },
    { id: 'sales', label: 'Account manager', aliases: ['account executive'] },
  ],
  industries: [
    { id: 'msp', label: 'Managed IT providers', aliases: ['managed services', 'MSP'] },
    { id: 'var', label: 'Resellers', aliases: ['value added reseller'] },
  ],
  painPoints: [{ id: 'tickets', label: 'Ticket backlog', aliases: ['ticket queue'] }],
});

const read = (title: string, t: Taxonomy, company = 'Ardent Kilnworks', industry?: string) =>
  contextOf(
    resolveProspect({ name: 'Rui Alves', title, company, industry, source: { crm: 'hubspot', recordType: 'contact', recordId: '1' } } as Prospect, compileTaxonomy(t, [])),
  ).personas;

describe("a trade's technician alias", () => {
  it("does not make an IT support title that trade's persona", () => {
    expect(read('Desktop Support Analyst', kilns())).toEqual([]);
    expect(read('Helpdesk Coordinator', kilns())).toEqual([]);
  });
  it('still reads the trade persona by its own names', () => {
    expect(read('Kiln Technician', kilns())).toEqual(['kiln']);
    expect(read('Firing Foreman', kilns())).toEqual(['kiln']);
  });
  it('still reads the trade persona when the IT title says its trade', () => {
    expect(read('Kiln IT Technician', kilns())).toEqual(['kiln']);
  });
  it("keeps an IT persona's technician alias as IT support's", () => {
    const t = kilns([{ id: 'it', label: 'IT lead', aliases: ['IT manager', 'technician'] }]);
    expect(read('Desktop Support Analyst', t)).toEqual(['it']);
  });
});

describe('a technician alias of a vendor whose market is IT support', () => {
  // The managed IT provider's field technician is its help desk's: its IT support titles are the persona's.
  it('reads the persona for IT support titles', () => {
    for (const title of ['Desktop Support Technician', 'Service Desk Technician', 'Service Desk Analyst'])
      expect(read(title, msps(), 'Tollbrook IT Ltd', 'Information Technology & Services'), title).toEqual(['field']);
  });
  it('whatever the persona is called', () => {
    expect(read('Desktop Support Technician', msps('Roaming crew lead'), 'Tollbrook IT Ltd')).toEqual(['field']);
  });
  it('when a persona, not a segment, names the help desk', () => {
    // An invented vendor of remote-support tools for schools: its segments are the schools, its personas their desks.
    const t: Taxonomy = {
      personas: [
        { id: 'desk', label: 'Service desk manager', aliases: ['helpdesk manager'] },
        { id: 'site', label: 'Site support lead', aliases: ['technician', 'campus engineer'] },
      ],
      industries: [{ id: 'schools', label: 'Secondary schools', aliases: ['academy trust'] }],
      painPoints: [{ id: 'tickets', label: 'Ticket backlog', aliases: ['ticket queue'] }],
    };
    expect(read('Desktop Support Technician', t, 'Hollin Lane Academy')).toContain('site');
  });
});
