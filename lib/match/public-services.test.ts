// A public body's services as its record says them: a compound of a place's level and the taxonomy's one-word name
// ("Stadtjugendamt ..."), and a title naming a service at a body whose CRM value or name says only the government
// sector. The vendor, taxonomy and records here are made up for the tests.
import { describe, expect, it } from 'vitest';
import type { Prospect, Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

// An invented vendor of case-file software for councils, Quennery.
const taxonomy: Taxonomy = {
  personas: [
    { id: 'director', label: 'Director of social services', aliases: ['Head of Social Services', 'Director of Social Care'] },
    { id: 'lead', label: 'Team leader', aliases: ['Team Leader', 'Service Manager'] },
    { id: 'worker', label: 'Social worker', aliases: ['Social Worker', 'Caseworker'] },
    { id: 'privacy', label: 'Data protection & policy', aliases: ['Data Protection Officer', 'Policy Advisor'] },
  ],
  industries: [
    { id: 'councils', label: 'Councils & municipalities', aliases: ['municipality', 'local authority', 'Kommune'] },
    { id: 'youth', label: 'Youth welfare', aliases: ['youth welfare office', 'Jugendamt', 'child welfare'] },
    { id: 'libraries', label: 'Lending libraries', aliases: ['library', 'Bibliothek'] },
    { id: 'parking', label: 'Parking service providers', aliases: ['parking provider'] },
  ],
  painPoints: [{ id: 'paper', label: 'Paper case files', aliases: ['paper files'] }],
};
const compiled = compileTaxonomy(taxonomy, []);
const read = (p: Partial<Prospect>) =>
  contextOf(resolveProspect({ name: 'Orla Fenwick', source: { crm: 'hubspot', recordType: 'contact', recordId: '1' }, ...p } as Prospect, compiled));

describe("a public body's compound name of a place's level and the taxonomy's word", () => {
  it('reads the town\'s or district\'s youth welfare office as youth welfare, over a public-administration value', () => {
    expect(read({ title: 'Verwaltungsfachangestellte', company: 'Stadtjugendamt Brelingen', industry: 'Öffentliche Verwaltung' }).industries).toEqual(['youth']);
    expect(read({ title: 'Verwaltungsfachangestellter', company: 'Kreisbibliothek Ostmarsch' }).industries).toEqual(['libraries']);
  });
  it('leaves a compound whose first part is no place alone', () => {
    expect(read({ title: 'Verwaltungsfachangestellter', company: 'Waldbibliothekar Brelingen' }).industries).not.toContain('libraries');
  });
});

describe('a title that names a service at a public body', () => {
  it("reads the service the title names in place of the government sector's entry", () => {
    expect(read({ title: 'Head of Youth Welfare', company: 'Ashcombe Fell Borough Council', industry: 'Government Administration' }).industries).toEqual(['youth']);
    expect(read({ title: 'Jefe de Servicio de Bibliotecas', company: 'Diputación de Tervedo', industry: 'Administración pública' }).industries).toEqual(['libraries']);
  });
  it('keeps the sector where the title names no service, or at a business', () => {
    expect(read({ title: 'Finance Manager', company: 'Ashcombe Fell Borough Council', industry: 'Government Administration' }).industries).toEqual(['councils']);
    expect(read({ title: 'Head of Youth Welfare', company: 'Brightsteps Ltd', industry: 'Software Development' }).industries).not.toContain('councils');
  });
  it("keeps the sector where the title says only a qualifier of an entry's name, the subject the person works on", () => {
    expect(read({ title: 'Parking Wardens Supervisor', company: 'Ashcombe Fell Borough Council', industry: 'Government Administration' }).industries).toEqual(['councils']);
  });
});
