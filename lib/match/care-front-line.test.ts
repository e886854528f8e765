import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, resolveProspect } from '.';

// An invented vendor of handover boards for hospital wards (Quillmere Wards), with no nursing persona: the hospital's
// operations head, the floor's own persona (named by a rank and where it works), a trials unit's operations, the hospital's systems.
const wards: Taxonomy = {
  personas: [
    { id: 'ops', label: 'Hospital operations head', aliases: ['Wards operations chief'] },
    { id: 'floor', label: 'Floor lead', aliases: ['Bay Supervisor'] },
    { id: 'trials', label: 'Trials unit operations manager', aliases: ['Trials operations head'] },
    { id: 'it', label: 'Hospital computing', aliases: ['Head of Hospital Computing'] },
  ],
  industries: [{ id: 'hospitals', label: 'Hospitals', aliases: [] }],
  painPoints: [{ id: 'handover', label: 'Missed handovers', aliases: [] }],
};

// An invented vendor of recall reminders for animal clinics (Quillmere Paws): the clinic's medical lead (named for a
// veterinary technician's head), the clinic's proprietor, its systems.
const clinics: Taxonomy = {
  personas: [
    { id: 'medical', label: 'Clinic medical lead', aliases: ['Resident Vet', 'Head Vet Tech'] },
    { id: 'owner', label: 'Clinic proprietor', aliases: [] },
    { id: 'it', label: 'Clinic systems', aliases: ['Head of Clinic Computing'] },
  ],
  industries: [{ id: 'clinics', label: 'Animal clinics', aliases: [] }],
  painPoints: [{ id: 'recalls', label: 'Missed recalls', aliases: [] }],
};

const compiled = { wards: compileTaxonomy(wards), clinics: compileTaxonomy(clinics) };
const personas = (title: string, taxonomy: keyof typeof compiled) =>
  resolveProspect({ title, company: 'Pellingford Health Trust', industry: '' }, compiled[taxonomy]).personas.map((p) => p.id).sort();

describe("a ward's nurse manager is the nurses' front line (sixty-fourth round)", () => {
  it("reads a ward's nurse manager, and a head nurse in French, Italian and Dutch, as the floor's persona", () => {
    expect(personas('Nurse Manager, Cardiology Ward', 'wards')).toEqual(['floor']);
    expect(personas('Cadre Santé', 'wards')).toEqual(['floor']);
    expect(personas('Caposala', 'wards')).toEqual(['floor']);
    expect(personas('Hoofdverpleegkundige', 'wards')).toEqual(['floor']);
  });
  it("keeps the operations head's and a trials unit's readings", () => {
    expect(personas('Wards Operations Chief', 'wards')).toEqual(['ops']);
    expect(personas('Study Nurse Manager', 'wards')).not.toContain('floor');
  });
});

describe("a care trade's tech is its technician (sixty-fourth round)", () => {
  it("reads a vet tech, a clinic's lead tech and a surgical tech as the clinic's medical persona, not IT", () => {
    expect(personas('Lead Vet Tech', 'clinics')).toEqual(['medical']);
    expect(personas('Head Vet Tech', 'clinics')).toEqual(['medical']);
    expect(personas('Clinic Senior Tech', 'clinics')).toEqual(['medical']);
    expect(personas('Surgical Tech', 'clinics')).toEqual(['medical']);
  });
  it("keeps a tech's technology where no care trade's word is beside it", () => {
    expect(personas('Head of Clinic Computing', 'clinics')).toEqual(['it']);
    expect(personas('Tech Lead', 'clinics')).toEqual(['it']);
  });
});

// An invented vendor of rehearsal schedules for amateur choirs and towns' arts programmes (Quillmere Chorus): the
// choir's own head, its librarian, and a town's official.
const choirs: Taxonomy = {
  personas: [
    { id: 'head', label: 'Choir head', aliases: ['Choir CEO', 'Head of Choir Operations', 'Choir Manager'] },
    { id: 'scores', label: 'Score librarian', aliases: [] },
    { id: 'civic', label: 'Municipal official', aliases: ['Town Commissioner', 'Hamlet Manager', 'Chief of Police', 'Alcalde', 'Bürgermeisterin'] },
  ],
  industries: [{ id: 'choirs', label: 'Amateur choirs', aliases: [] }],
  painPoints: [{ id: 'rehearsals', label: 'Clashing rehearsals', aliases: [] }],
};
const choir = compileTaxonomy(choirs);
const choirPersonas = (title: string, company: string) => resolveProspect({ title, company, industry: '' }, choir).personas.map((p) => p.id).sort();

describe("a top rank at an organisation that is no public body is its own head, not a government's official (sixty-fourth round)", () => {
  it("reads a choir's chair of the trustees as the choir's head", () => {
    expect(choirPersonas('Chair of the Trustees', 'Pennycress Valley Singers')).toEqual(['head']);
  });
  it("keeps a town's official at a town, and by the persona's own name", () => {
    expect(choirPersonas('Chair of the Trustees', 'Town of Elmsworth')).toEqual(['civic']);
    expect(choirPersonas('Hamlet Manager', 'Pennycress Valley Singers')).toEqual(['civic']);
  });
});
