import { describe, expect, it } from 'vitest';
import { compileTaxonomy } from './compile';
import { resolveIndustries } from './resolve';

// An invented course-booking vendor ("Parlavo") for language schools, the universities' centres and the summer camps.
const parlavo = compileTaxonomy({
  personas: [],
  painPoints: [],
  industries: [
    { id: 'schools', label: 'Independent tongue schools', aliases: ['language academy'] },
    { id: 'campus', label: 'Campus tongue units', aliases: ['istituto linguistico universitario'] },
    { id: 'camps', label: 'Holiday camps for teens', aliases: ['teen holiday camp'] },
  ],
});
// An invented case-tracking vendor ("Cindral") for coroners at two levels of government.
const cindral = compileTaxonomy({
  personas: [],
  painPoints: [],
  industries: [
    { id: 'county', label: 'County coroner bureaus', aliases: ['coroners office', 'county coroners'] },
    { id: 'state', label: 'State coroner systems', aliases: ['statewide death investigation system'] },
  ],
});
// An invented scheduling vendor ("Stenwell") for the firms that send reporters to depositions and the courts' own.
const stenwell = compileTaxonomy({
  personas: [],
  painPoints: [],
  industries: [
    { id: 'agencies', label: 'Freelance reporting shops', aliases: ['court reporting company'] },
    { id: 'official', label: 'Courthouse reporter offices', aliases: ['courthouse stenographers'] },
  ],
});
// An invented recall vendor ("Molarwick") for dental practices, a children's practice one kind of them.
const molarwick = compileTaxonomy({
  personas: [],
  painPoints: [],
  industries: [
    { id: 'general', label: 'Tooth clinics', aliases: ['zahnarztpraxis', 'cabinet dentaire'] },
    { id: 'children', label: "Children's dentists", aliases: ['junior patients'] },
  ],
});
const ids = (prospect: { company?: string; industry?: string; notes?: string }, c: ReturnType<typeof compileTaxonomy>) => resolveIndustries(prospect, c).map((r) => r.id).sort();

describe("a language school's names in the six languages", () => {
  it('reads an academy and a centre of languages in German and Dutch as the school', () => {
    expect(ids({ company: 'Sprachakademie Hollweg GmbH' }, parlavo)).toEqual(['schools']);
    expect(ids({ company: 'Taalcentrum Brekvliet' }, parlavo)).toEqual(['schools']);
  });
  it("reads an Italian institute of languages as the school, not the university's centre whose alias shares its word", () => {
    expect(ids({ company: 'Istituto Linguistico Velmonte' }, parlavo)).toEqual(['schools']);
  });
  it("keeps the university's centre where the name says the university", () => {
    expect(ids({ company: 'Velmonte Istituto Linguistico Universitario' }, parlavo)).toEqual(['campus']);
  });
});

describe("a kind said in one word beside the taxonomy's own qualifier", () => {
  it("keeps a children's practice: a broad kind's one word does not outweigh the qualifier", () => {
    expect(ids({ company: 'Brightmolar Junior Dental' }, molarwick)).toEqual(['children']);
  });
});

describe('"State of <Place>" in a public body\'s name', () => {
  it("reads the state's office over the local one a government value guesses", () => {
    expect(ids({ company: 'Office of the Chief Coroner, State of Quillmoor', industry: 'Government Administration' }, cindral)).toEqual(['state']);
  });
  it('leaves a lower-case "state of" alone', () => {
    expect(ids({ company: 'Coroner Bureau of Quillmoor County', industry: 'Government Administration', notes: 'The state of their records is poor.' }, cindral)).toEqual(['county']);
  });
});

describe("a court reporting firm's trade names", () => {
  it('reads a firm named for its deposition reporting as the court reporting firm', () => {
    expect(ids({ company: 'Pellbrook Deposition Reporting' }, stenwell)).toEqual(['agencies']);
  });
});
