// "Group" in the singular before the noun it qualifies says the cover or service sold to a group of people ("group
// dental", "group health cover"), not a business of many sites: such an entry is not the taxonomy's entry for
// groups of sites, so a company's name with "Group" in it ("Holmvik Timber Group", "Grupo Sorvela") does not read it.
// The plural ("Café groups with their own bakery") and "group of" still name a group of sites. The
// taxonomies and records here are made up for the tests.
import { describe, expect, it } from 'vitest';
import type { Prospect, Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const industries = (company: string, notes: string | undefined, c: ReturnType<typeof compileTaxonomy>) =>
  contextOf(resolveProspect({ name: 'Ines Marlow', title: 'Benefits Manager', company, notes, source: { crm: 'hubspot', recordType: 'contact', recordId: '7' } } as Prospect, c)).industries;

// An invented vendor of benefits software: one entry is the insurers' group cover.
const benefits = compileTaxonomy({
  personas: [{ id: 'hr', label: 'Benefits manager', aliases: ['benefits manager'] }],
  industries: [
    { id: 'employers', label: 'Large employers', aliases: ['employer', 'manufacturer'] },
    { id: 'insurers', label: 'Insurers (group dental)', aliases: ['group dental', 'group eye care', 'dental insurer'] },
    { id: 'brokers', label: 'Benefits brokers', aliases: ['benefits broker'] },
  ],
  painPoints: [{ id: 'enrol', label: 'Enrolment errors', aliases: ['enrolment error'] }],
} satisfies Taxonomy, []);

// An invented vendor of kitchen software for cafés: the group entry in the plural, followed by what they have.
const cafes = compileTaxonomy({
  personas: [{ id: 'ops', label: 'Operations manager', aliases: ['operations manager'] }],
  industries: [
    { id: 'indie', label: 'Independent cafés', aliases: ['independent cafe'] },
    { id: 'groups', label: 'Café groups with their own bakery', aliases: ['cafe group'] },
  ],
  painPoints: [{ id: 'waste', label: 'Food waste', aliases: ['food waste'] }],
} satisfies Taxonomy, []);

describe('group before the noun it qualifies', () => {
  it("does not read the insurers' group cover from a group's word in the name", () => {
    for (const name of ['Holmvik Timber Group', 'Grupo Sorvela Industrial', 'Gruppe Oderwald Metall'])
      expect(industries(name, 'Some 3,000 staff across four plants.', benefits)).not.toContain('insurers');
  });
  it('still reads the insurers from their own alias', () => {
    expect(industries('Pellvane Mutual', 'A dental insurer selling through brokers.', benefits)).toContain('insurers');
  });
  it("still reads a café group's name as the plural group entry", () => {
    expect(industries('Quarnby Coffee Group', undefined, cafes)).toEqual(['groups']);
  });
});
