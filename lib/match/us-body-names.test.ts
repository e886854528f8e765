import { describe, expect, it } from 'vitest';
import { compileTaxonomy } from './compile';
import { resolveIndustries } from './resolve';

// An invented shift-handover vendor ("Tarnwick") for hospitals and doctors' offices, with a segment of sports clinics
// whose names share "medicine" with a family doctor's practice.
const tarnwick = compileTaxonomy({
  personas: [],
  painPoints: [],
  industries: [
    { id: 'community', label: 'Neighbourhood hospitals', aliases: ['hospital', 'medical center'] },
    { id: 'teaching', label: 'Hospitals of medical schools', aliases: ['university hospital'] },
    { id: 'offices', label: 'Doctors offices', aliases: ['clinic', 'medical practice'] },
    { id: 'sports', label: 'Sports medicine centers', aliases: ['sports medicine clinic'] },
  ],
});
// An invented progress-report vendor ("Quillmead") for schools of three kinds.
const quillmead = compileTaxonomy({
  personas: [],
  painPoints: [],
  industries: [
    { id: 'districts', label: 'Public districts', aliases: ['school district'] },
    { id: 'charters', label: 'Charter trusts', aliases: ['charter school'] },
    { id: 'privates', label: 'Private academies', aliases: ['fee-paying school'] },
  ],
});
const ids = (prospect: { company?: string; industry?: string; notes?: string }, c = tarnwick) => resolveIndustries(prospect, c).map((r) => r.id).sort();

describe('a US university medical center', () => {
  it('is the university hospital', () => {
    expect(ids({ company: 'Fallowmere University Medical Center', industry: 'Hospitals and Health Care' })).toEqual(['teaching']);
  });
  it('leaves a plain medical center the community hospital', () => {
    expect(ids({ company: 'Fallowmere Medical Center', industry: 'Hospitals and Health Care' })).toEqual(['community']);
  });
});

describe('a practice named for its discipline', () => {
  it("reads a family-medicine or an internal-medicine name as the doctors' offices, not the sports clinics", () => {
    expect(ids({ company: 'Orrin Family Medicine' })).toEqual(['offices']);
    expect(ids({ company: 'Orrin Internal Medicine' })).toEqual(['offices']);
  });
  it('still reads a sports medicine name as the sports clinics', () => {
    expect(ids({ company: 'Orrin Sports Medicine' })).toEqual(['sports']);
  });
});

describe("a public district named for its city's or county's schools", () => {
  it('is the public district', () => {
    expect(ids({ company: 'Elmfield County Schools', industry: 'Primary/Secondary Education' }, quillmead)).toEqual(['districts']);
    expect(ids({ company: 'Elmfield City Schools', industry: 'Education' }, quillmead)).toEqual(['districts']);
  });
  it('reads nothing from a plain plural of schools under a school value', () => {
    expect(ids({ company: 'Elmfield Schools', industry: 'Primary/Secondary Education' }, quillmead)).toEqual([]);
  });
});
