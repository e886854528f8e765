import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, resolveProspect } from '.';

// An invented vendor (Quellbrook) with two libraries: bookings and welfare software for residential outdoor centres
// (lodging, camps, tutors, the lodge's services, the office), and case tracking for pathology and death-investigation
// offices (their examiner, their mortuary technicians, IT).
const centres: Taxonomy = {
  personas: [
    { id: 'lodging', label: 'Lodging & welfare', aliases: ['Homestay lead', 'Accommodation lead', 'Welfare lead'] },
    { id: 'camps', label: 'Camp head', aliases: ['Youth programmes lead'] },
    { id: 'visitors', label: 'Lodge services', aliases: ['Trailhead desk'] },
    { id: 'trips', label: 'Expedition director', aliases: ['Trip organiser', 'Founder of the expeditions'] },
    { id: 'purse', label: 'Ownership & finance', aliases: ['Owner', 'Treasurer'] },
    { id: 'studies', label: 'Head of studies', aliases: ['Studies and education lead'] },
    { id: 'tutor', label: 'Tutors', aliases: ['Field studies tutor'] },
    { id: 'wright', label: 'Sail loft crafts', aliases: ['Boatwright'] },
  ],
  industries: [{ id: 'centres', label: 'Residential outdoor centres', aliases: [] }],
  painPoints: [{ id: 'rooms', label: 'Rooms double-booked', aliases: [] }],
};
const pathology: Taxonomy = {
  personas: [
    { id: 'chief', label: 'Chief pathologist', aliases: ['Regional medical examiner'] },
    { id: 'techs', label: 'Mortuary staff', aliases: ['Histology technician'] },
    { id: 'it', label: 'Computing and technology lead', aliases: [] },
  ],
  industries: [{ id: 'offices', label: 'Death investigation offices', aliases: [] }],
  painPoints: [{ id: 'cases', label: 'Decedent files scattered', aliases: [] }],
};
const compiledCentres = compileTaxonomy(centres);
const compiledPathology = compileTaxonomy(pathology);
const personas = (compiled: ReturnType<typeof compileTaxonomy>, title: string, company = 'Quellbrook Ltd') =>
  resolveProspect({ title, company, industry: '' }, compiled)
    .personas.map((p) => p.id)
    .sort();

describe("lodging, welfare, host families and children's camps in the five languages' titles (sixty-sixth round)", () => {
  it('reads the lodging and welfare persona', () => {
    expect(personas(compiledCentres, 'Responsabile alloggi e benessere')).toEqual(['lodging']);
    expect(personas(compiledCentres, 'Coordenador de alojamento')).toEqual(['lodging']);
    expect(personas(compiledCentres, 'Unterkunftsbetreuerin')).toEqual(['lodging']);
    expect(personas(compiledCentres, 'Gastgezinnen coördinator')).toEqual(['lodging']);
  });
  it("reads the camp's persona", () => {
    expect(personas(compiledCentres, 'Directeur de colonie')).toEqual(['camps']);
    expect(personas(compiledCentres, 'Jefa de campamento')).toEqual(['camps']);
    expect(personas(compiledCentres, 'Jeugdkamp leider')).toEqual(['camps']);
  });
  it("reads a school's teaching side as its head of studies", () => {
    expect(personas(compiledCentres, 'Responsabile didattica')).toEqual(['studies']);
  });
});

describe("a student said before the program (sixty-sixth round)", () => {
  it('reads no one', () => {
    expect(personas(compiledCentres, 'Student, Outdoor Leadership Program')).toEqual([]);
    expect(personas(compiledCentres, 'Student – Paddlesport Coaching')).toEqual([]);
  });
  it('still reads a role that student qualifies', () => {
    expect(personas(compiledCentres, 'Student Welfare Lead')).toEqual(['lodging']);
  });
});

describe("a headline's part that is a persona's name whole (sixty-sixth round)", () => {
  it('is read beside the ranked part', () => {
    expect(personas(compiledCentres, 'Boatwright | Youth Programmes Lead')).toEqual(['camps', 'wright']);
  });
});

describe('another service than the persona names (sixty-sixth round)', () => {
  it("still reads the persona's own service", () => {
    expect(personas(compiledCentres, 'Lodge Services Manager')).toEqual(['visitors']);
  });
});

describe("a medical examiner's office's initials and its pathologist's technicians (sixty-sixth round)", () => {
  it('reads ME as the medical examiner where the record says the trade', () => {
    expect(personas(compiledPathology, 'Deputy ME', 'Glenmarrow County Forensic Centre')).toEqual(['chief']);
    expect(personas(compiledPathology, 'Senior ME', 'Glenmarrow Coroner Service')).toEqual(['chief']);
  });
  it('leaves ME as written elsewhere', () => {
    expect(personas(compiledPathology, 'Deputy ME', 'Glenmarrow Widgets')).toEqual([]);
  });
  it("reads an autopsy's or a histology bench's tech as its technician, not IT", () => {
    expect(personas(compiledPathology, 'Histology Tech Supervisor', 'Glenmarrow County Forensic Centre')).toEqual(['techs']);
    expect(personas(compiledPathology, 'Histology Tech', 'Glenmarrow County Forensic Centre')).toEqual(['techs']);
    expect(personas(compiledPathology, 'Tech Coordinator', 'Glenmarrow County Forensic Centre')).toEqual(['it']);
  });
});

describe("a title that is one of the taxonomy's persona names whole (sixty-sixth round)", () => {
  it("reads that persona alone, not also an executive's persona a function's knowledge reads", () => {
    expect(personas(compiledCentres, 'Owner')).toEqual(['purse']);
  });
  it('still reads two roles the title says', () => {
    expect(personas(compiledCentres, 'Owner & Expedition Director')).toEqual(['purse', 'trips']);
  });
});
