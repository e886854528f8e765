// Occupational medicine said in its ordinary name in another language ("Arbeitsmedizin", "medicina del lavoro",
// "médecine du travail") read as the vendor's segment whose English alias says "occupational health", over a CRM value
// that says a doctor's practice. The taxonomy and records here are made up for the tests.
import { describe, expect, it } from 'vitest';
import type { Prospect, Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

// An invented vendor of hearing-test scheduling for employers and the doctors who examine their staff.
const taxonomy: Taxonomy = {
  personas: [{ id: 'ops', label: 'Operations manager', aliases: ['operations manager'] }],
  industries: [
    { id: 'oh', label: 'Occupational health practices', aliases: ['occupational health practice', 'occupational health clinic'] },
    { id: 'clinics', label: 'Clinics & medical practices', aliases: ['clinic', 'medical practice', 'doctors practice'] },
    { id: 'plants', label: 'Factories', aliases: ['factory', 'manufacturing plant'] },
  ],
  painPoints: [{ id: 'noshow', label: 'Workers miss their test', aliases: ['missed appointment'] }],
};
const compiled = compileTaxonomy(taxonomy, []);
const read = (company: string, industry?: string, notes?: string) =>
  contextOf(resolveProspect({ name: 'Rui Matos', title: 'Operations Manager', company, industry, notes, source: { crm: 'hubspot', recordType: 'contact', recordId: '1' } } as Prospect, compiled)).industries;

describe('occupational medicine in six languages', () => {
  it("reads a practice named for occupational medicine as the occupational health practices, over a doctors' value", () => {
    expect(read('Arbeitsmedizin Oberrhein GmbH', 'Medizinische Praxis')).toEqual(['oh']);
    expect(read('Studio Medicina del Lavoro Valtrompia', 'Studi medici e cliniche')).toEqual(['oh']);
    expect(read('Lumen - Saúde Ocupacional, Lda.')).toEqual(['oh']);
    expect(read('Bedrijfsgeneeskunde Twente B.V.')).toEqual(['oh']);
  });
  it('keeps a clinic that says nothing of occupational medicine a clinic', () => {
    expect(read('Policlinico Valtrompia', 'Studi medici e cliniche')).toEqual(['clinics']);
  });
});

// An invented vendor of fit-for-work scheduling whose segments are both the hospitals and the occupational health
// practices: a hospital's own institute of occupational medicine is part of the hospital.
const withHospitals = compileTaxonomy(
  {
    personas: [{ id: 'ops', label: 'Operations manager', aliases: ['operations manager'] }],
    industries: [
      { id: 'oh', label: 'Occupational health practices', aliases: ['occupational health practice', 'occupational health clinic'] },
      { id: 'hosp', label: 'Hospitals', aliases: ['hospital'] },
      { id: 'plants', label: 'Factories', aliases: ['factory'] },
    ],
    painPoints: [],
  },
  [],
);
const readThere = (company: string, industry?: string) =>
  contextOf(resolveProspect({ name: 'Rui Matos', title: 'Operations Manager', company, industry, source: { crm: 'hubspot', recordType: 'contact', recordId: '2' } } as Prospect, withHospitals)).industries;

describe("a hospital's institute of occupational medicine", () => {
  it('keeps the hospital in German as in Spanish', () => {
    expect(readThere('Universitätsklinikum Lindenau – Institut für Arbeitsmedizin', 'Krankenhaus')).toEqual(['hosp']);
    expect(readThere('Klinikum Lindenau - Arbeitsmedizin')).toEqual(['hosp']);
    expect(readThere('Hospital Comarcal Lindenau - Servicio de Salud Laboral', 'Hospitales')).toEqual(['hosp']);
  });
  it('still reads a practice named for occupational medicine over a hospital value', () => {
    expect(readThere('Arbeitsmedizin Lindenau GmbH', 'Krankenhaus')).toEqual(['oh']);
  });
});
