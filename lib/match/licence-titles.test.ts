import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, resolveProspect } from '.';

// An invented vendor of appointment and claims software for community counselling clinics: one persona the
// counsellors and therapists, one the prescribers, one the billing office (its names say utilization review), one the
// clinic's director.
const taxonomy: Taxonomy = {
  personas: [
    { id: 'counsellors', label: 'Counsellors & therapists', aliases: ['Counselor', 'Therapist', 'Social Worker', 'Clinical Supervisor'] },
    { id: 'prescribers', label: 'Prescribers', aliases: ['Nurse Practitioner', 'Psychiatrist', 'Prescriber'] },
    { id: 'billing', label: 'Billing office', aliases: ['Billing Lead', 'Utilization Review Nurse', 'Claims Specialist'] },
    { id: 'director', label: 'Clinic director', aliases: ['Clinic Director', 'Executive Director'] },
  ],
  industries: [{ id: 'clinics', label: 'Community counselling clinics', aliases: [] }],
  painPoints: [{ id: 'denials', label: 'Denied claims', aliases: [] }],
};
const c = compileTaxonomy(taxonomy);
const personas = (title: string) => resolveProspect({ title, company: 'Brookfern Behavioral Health', industry: 'Mental Health Care' }, c).personas.map((p) => p.id);

describe("a clinician's licence title, and a clinic's UR, as their words (fifty-fourth round)", () => {
  it('reads a licence or board title alone as the clinicians or the prescribers', () => {
    expect(personas('LMFT')).toEqual(['counsellors']);
    expect(personas('LPCC')).toEqual(['counsellors']);
    expect(personas('FNP-C')).toEqual(['prescribers']);
    expect(personas('APRN')).toEqual(['prescribers']);
  });

  it("reads a clinic's UR as its utilization review, the billing office's", () => {
    expect(personas('UR Nurse')).toEqual(['billing']);
    expect(personas('Sr. UR Nurse')).toEqual(['billing']);
  });
});

// Invented vendors whose own persona's initials are a licence's, or whose trade gives "LPC" another sense.
const retail = compileTaxonomy({
  personas: [
    { id: 'lp', label: 'Loss Prevention Coordinator', aliases: [] },
    { id: 'store', label: 'Store Manager', aliases: [] },
    { id: 'buyer', label: 'Merchandise Buyer', aliases: [] },
  ],
  industries: [{ id: 'retail', label: 'Retail', aliases: [] }],
  painPoints: [{ id: 'shrink', label: 'Shrink', aliases: [] }],
});
const chips = compileTaxonomy({
  personas: [
    { id: 'fw', label: 'Firmware Engineer', aliases: [] },
    { id: 'coun', label: 'Student Counselor', aliases: ['Counselor', 'Therapist'] },
    { id: 'hw', label: 'Hardware Engineer', aliases: [] },
  ],
  industries: [{ id: 'retail', label: 'Retail', aliases: [] }],
  painPoints: [{ id: 'shrink', label: 'Shrink', aliases: [] }],
});
const read = (t: ReturnType<typeof compileTaxonomy>, title: string, company: string, industry?: string) =>
  resolveProspect({ title, company, industry }, t).personas.map((p) => p.id);

describe("a licence's initials that are a vendor's own persona's, or that mean something else outside a clinic (review mend)", () => {
  it("reads a vendor's own persona from its initials, as before the licence titles", () => {
    expect(read(retail, 'LPC', 'Northgate Stores', 'Retail')).toEqual(['lp']);
    expect(read(retail, 'Senior LPC', 'Northgate Stores', 'Retail')).toEqual(['lp']);
  });

  it('reads LPC as a counsellor only in healthcare or where the personas name the licence', () => {
    expect(read(chips, 'LPC Graduate', 'Harbury Solicitors LLP', 'Law Practice')).toEqual([]);
    expect(read(chips, 'LPC', 'Tessel Semiconductors', 'Semiconductors')).toEqual([]);
    expect(personas('LPC')).toEqual(['counsellors']);
    expect(personas('CADC-II')).toEqual(['counsellors']);
  });
});

// An invented vendor of scheduling software for counselling practices, recovery centres and school counsellors, and
// one for clinics whose own personas' initials are licences'.
const counselling = compileTaxonomy({
  personas: [
    { id: 'counsellors', label: 'Counsellors & therapists', aliases: ['Counselor', 'Therapist', 'Social Worker'] },
    { id: 'director', label: 'Program director', aliases: ['Executive Director'] },
  ],
  industries: [{ id: 'providers', label: 'Care providers', aliases: [] }],
  painPoints: [{ id: 'noshows', label: 'No-shows', aliases: [] }],
});
const clinic = compileTaxonomy({
  personas: [
    { id: 'coord', label: 'Lead Pharmacy Coordinator', aliases: [] },
    { id: 'counsellors', label: 'Counsellors', aliases: ['Counselor', 'Therapist'] },
    { id: 'np', label: 'Nurse practitioners', aliases: ['Nurse Practitioner'] },
    { id: 'fn', label: 'Field Nurse Planner', aliases: [] },
  ],
  industries: [{ id: 'bh', label: 'Behavioral health', aliases: [] }],
  painPoints: [{ id: 'noshows', label: 'No-shows', aliases: [] }],
});

describe('a licence read in the trades where it is held, and over a persona that only shares its initials (review mend)', () => {
  it('reads LPC and CADC as counsellors at counselling, addiction, social-service, school and employee-assistance prospects', () => {
    expect(read(counselling, 'LPC', 'Brookfern Counseling')).toEqual(['counsellors']);
    expect(read(counselling, 'LPC-S', 'Brookfern Counseling', 'Psychotherapy')).toEqual(['counsellors']);
    expect(read(counselling, 'LPC', 'New Dawn Recovery', 'Addiction treatment')).toEqual(['counsellors']);
    expect(read(counselling, 'CADC', 'New Dawn Recovery Center')).toEqual(['counsellors']);
    expect(read(counselling, 'LPC', 'Family Services of Ohio', 'Social services')).toEqual(['counsellors']);
    expect(read(counselling, 'LPC', 'Lincoln Public Schools', 'K-12 education')).toEqual(['counsellors']);
    expect(read(counselling, 'LPC', 'Employee Assistance Partners', 'EAP')).toEqual(['counsellors']);
    expect(resolveProspect({ title: 'LPC', company: 'Brookfern LLC', notes: 'Runs a small counseling practice.' }, counselling).personas.map((p) => p.id)).toEqual(['counsellors']);
    expect(read(counselling, 'LPC Graduate', 'Harbury Solicitors LLP', 'Law Practice')).toEqual([]);
  });

  it("reads the licence in a clinic over a persona that only shares its initials, not over a clinician's title", () => {
    const inClinic = (title: string) => read(clinic, title, 'Brookfern Behavioral Health', 'Mental Health Care');
    expect(inClinic('LPC')).toEqual(['counsellors']);
    expect(inClinic('FNP')).toEqual(['np']);
    expect(inClinic('FNP-C')).toEqual(['np']);
    expect(read(retail, 'LPC', 'Northgate Stores', 'Retail')).toEqual(['lp']);
    const clinicians = compileTaxonomy({
      personas: [
        { id: 'lpcl', label: 'Lead Psychiatric Clinician', aliases: [] },
        { id: 'counsellors', label: 'Counsellors', aliases: ['Counselor'] },
      ],
      industries: [{ id: 'bh', label: 'Behavioral health', aliases: [] }],
      painPoints: [{ id: 'noshows', label: 'No-shows', aliases: [] }],
    });
    expect(read(clinicians, 'LPC', 'Brookfern Behavioral Health', 'Mental Health Care')).toEqual(['lpcl']);
  });
});
