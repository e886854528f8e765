// A university hospital said in German ("Universitätsklinikum", clipped "Uniklinik", the Swiss "Unispital") or with the
// adjective after the head in the Romance languages and Dutch ("Hospital Universitario", "Universitair Ziekenhuis") is
// the university hospital, not a plain hospital; a taxonomy's own "Uniklinik" alias no longer reads every hospital. The
// taxonomies and records here are made up for the tests.
import { describe, expect, it } from 'vitest';
import type { Prospect, Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const prospect = (company: string, industry: string | undefined, c: ReturnType<typeof compileTaxonomy>) =>
  contextOf(resolveProspect({ name: 'Lena Ortiz', title: 'Head of Radiology', company, industry, source: { crm: 'hubspot', recordType: 'contact', recordId: '1' } } as Prospect, c)).industries;

// An invented vendor of lab scheduling for hospitals, with the German clipped name among the university hospitals' aliases.
const withClipped: Taxonomy = {
  personas: [{ id: 'lab', label: 'Lab manager', aliases: ['lab manager'] }],
  industries: [
    { id: 'general', label: 'General hospitals', aliases: ['hospital', 'district hospital'] },
    { id: 'teaching', label: 'University hospitals', aliases: ['university hospital', 'Uniklinik'] },
    { id: 'clinics', label: 'Outpatient clinics', aliases: ['outpatient clinic'] },
  ],
  painPoints: [{ id: 'slow', label: 'Slow turnaround', aliases: ['slow turnaround'] }],
};
const clipped = compileTaxonomy(withClipped, []);
// The same vendor with hospitals of one kind only.
const onlyHospitals = compileTaxonomy(
  { ...withClipped, industries: [{ id: 'general', label: 'Hospitals', aliases: ['hospital'] }, withClipped.industries[2]!] },
  [],
);

describe('university hospitals', () => {
  it('reads a plain hospital value or name as the general hospitals only, beside a "Uniklinik" alias', () => {
    expect(prospect('Kreisspital Talbach', 'Hospitals and Health Care', clipped)).toEqual(['general']);
    expect(prospect('Klinikum Talbach', undefined, clipped)).toEqual(['general']);
    expect(prospect('Talbach Ziekenhuis', 'Ziekenhuizen', clipped)).toEqual(['general']);
  });
  it('reads a German university hospital, whole or clipped, as the university hospitals', () => {
    expect(prospect('Universitätsklinikum Talbach', undefined, clipped)).toEqual(['teaching']);
    expect(prospect('Uniklinik Talbach', 'Krankenhäuser und Gesundheitswesen', clipped)).toEqual(['teaching']);
    expect(prospect('Unispital Talbach', undefined, clipped)).toEqual(['teaching']);
  });
  it('reads one with the adjective after the head in Spanish, Portuguese, French, Italian and Dutch', () => {
    expect(prospect('Hospital Universitario de Valdemora', 'Hospitales y atención sanitaria', clipped)).toEqual(['teaching']);
    expect(prospect('Centro Hospitalar Universitário de Penaverde', undefined, clipped)).toEqual(['teaching']);
    expect(prospect('Centre Hospitalier Universitaire de Valbrune', undefined, clipped)).toEqual(['teaching']);
    expect(prospect('Azienda Ospedaliero Universitaria di Valmonte', undefined, clipped)).toEqual(['teaching']);
    expect(prospect('Universitair Ziekenhuis Talbeek', undefined, clipped)).toEqual(['teaching']);
  });
  it('still reads a university hospital as the hospitals where the taxonomy has no university hospitals', () => {
    expect(prospect('Universitätsklinikum Talbach', undefined, onlyHospitals)).toEqual(['general']);
    expect(prospect('Hospital Universitario de Valdemora', undefined, onlyHospitals)).toEqual(['general']);
  });
});

// An invented vendor of room booking for campuses and hospitals, with a universities entry and no university hospitals.
const campuses = compileTaxonomy({
  personas: [{ id: 'lab', label: 'Lab manager', aliases: ['lab manager'] }],
  industries: [
    { id: 'higher', label: 'Higher education', aliases: ['university', 'college'] },
    { id: 'hospitals', label: 'Healthcare', aliases: ['hospital'] },
    { id: 'k12', label: 'K-12', aliases: ['primary school'] },
  ],
  painPoints: [{ id: 'slow', label: 'Slow turnaround', aliases: ['slow turnaround'] }],
}, []);

describe('a university hospital beside a universities entry', () => {
  it('reads the hospital, not the university whose hospital it is', () => {
    expect(prospect('Universitätsklinikum Talbach', undefined, campuses)).toEqual(['hospitals']);
    expect(prospect('Uniklinik Talbach', undefined, campuses)).toEqual(['hospitals']);
    expect(prospect('Hospital Universitario de Valdemora', undefined, campuses)).toEqual(['hospitals']);
    expect(prospect('Universitair Ziekenhuis Talbeek', undefined, campuses)).toEqual(['hospitals']);
    expect(prospect('Talbeek University Hospital', undefined, campuses)).toEqual(['hospitals']);
  });
  it('still reads a university as the universities', () => {
    expect(prospect('Talbeek University', undefined, campuses)).toEqual(['higher']);
  });
});

describe('more of the languages\' common names for a university hospital', () => {
  it('with a word between the head and the adjective, in the plural, or said as academic', () => {
    expect(prospect('Hospital General Universitario de Corvera', undefined, clipped)).toEqual(['teaching']);
    expect(prospect('Hospital Clínico Universitario de Corvera', undefined, clipped)).toEqual(['teaching']);
    expect(prospect('Complejo Hospitalario Universitario de Corvera', undefined, clipped)).toEqual(['teaching']);
    expect(prospect('Ospedali Universitari di Valmonte', undefined, clipped)).toEqual(['teaching']);
    expect(prospect('Academisch Ziekenhuis Talbeek', undefined, clipped)).toEqual(['teaching']);
    expect(prospect('Universitätsmedizin Talbach', undefined, clipped)).toEqual(['teaching']);
    expect(prospect('Universitätskrankenhaus Talbach', undefined, clipped)).toEqual(['teaching']);
  });
});
