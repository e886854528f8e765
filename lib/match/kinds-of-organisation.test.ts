import { describe, expect, it } from 'vitest';
import { compileTaxonomy } from './compile';
import { resolveIndustries, resolveProspect } from './resolve';

// An invented game-scheduling vendor ("Quellbrook") for sports bodies: a state's federation of schools is one kind, the
// schools' own sport another; a name's "State" says where a body is, and a club of umpires is no state federation.
const quellbrook = compileTaxonomy({
  personas: [],
  painPoints: [],
  industries: [
    { id: 'state', label: 'Statewide sport councils', aliases: ['state interschool association'] },
    { id: 'schools', label: 'Secondary school sport', aliases: ['interschool games'] },
    { id: 'colleges', label: 'University leagues', aliases: ['collegiate sport'] },
  ],
});
// An invented closing-software vendor ("Quillsby") for the title trade: the agencies and the insurers they write for.
const quillsby = compileTaxonomy({
  personas: [],
  painPoints: [],
  industries: [
    { id: 'agencies', label: 'Independent title shops', aliases: ['title firm', 'abstract office', 'settlement agency'] },
    { id: 'insurers', label: 'Underwriting branches', aliases: ['title insurance carrier', 'company-owned branch'] },
    { id: 'lawyers', label: 'Closing lawyers', aliases: ['settlement lawyer'] },
  ],
});
// An invented dues-billing vendor ("Vendrel") for owners' associations and the firms that run them.
const vendrel = compileTaxonomy({
  personas: [],
  painPoints: [],
  industries: [
    { id: 'managers', label: 'Firms running associations', aliases: ['association-management firm'] },
    { id: 'condos', label: 'Flat-owner associations', aliases: ['condo owners association'] },
    { id: 'estates', label: 'Estate owners associations', aliases: ['village association'] },
  ],
});
// An invented audit-planning vendor ("Zertwerk") for certification bodies, some of whose names are German's.
const zertwerk = compileTaxonomy({
  personas: [],
  painPoints: [],
  industries: [
    { id: 'persons', label: 'Certifiers of persons', aliases: ['Prüferzertifizierung', 'certification-of-persons'] },
    { id: 'food', label: 'Dairy schemes', aliases: ['dairy audit'] },
  ],
});
const ids = (prospect: { company?: string; industry?: string; notes?: string }, c: ReturnType<typeof compileTaxonomy>) => resolveIndustries(prospect, c).map((r) => r.id).sort();

describe("a level of government's word in a name", () => {
  it('does not read the state entry by "State" alone', () => {
    expect(ids({ company: 'Ravensford State Polytechnic', industry: 'Higher Education' }, quellbrook)).not.toContain('state');
    expect(ids({ company: 'Tri-State Collegiate Sport Union' }, quellbrook)).toEqual(['colleges']);
  });
  it("reads a club of umpires as the state's body only where the name or the notes say the level", () => {
    expect(ids({ company: 'Dunmere Baseball Umpires Association' }, quellbrook)).not.toContain('state');
    expect(ids({ company: 'Dunmere Baseball Umpires Association', notes: 'Acts as the state board for 4,000 umpires.' }, quellbrook)).toEqual(['state']);
  });
});

describe("a sector's word before a name's head", () => {
  it('makes a title insurance company no title company', () => {
    expect(ids({ company: 'Fenwick Crest Title Insurance Firm' }, quillsby)).toEqual(['insurers']);
  });
  it("reads a title agency's other names as one", () => {
    expect(ids({ company: 'Brackley Settlement Company' }, quillsby)).toEqual(['agencies']);
  });
});

describe("a firm named by the head of an entry's firm name", () => {
  it('reads "<place> Management LLC" as the firms running associations', () => {
    expect(ids({ company: 'Pennick Management LLC', industry: 'Accounting' }, vendrel)).toEqual(['managers']);
    expect(ids({ company: 'Oakhurl Management Partners' }, vendrel)).toEqual(['managers']);
  });
});

describe('certification bodies in the six languages', () => {
  it("reads the line a title's long compound names where nothing else reads the business", () => {
    const read = resolveProspect({ title: 'Bereichsleiterin Prüferzertifizierung', company: 'Ostkamm GmbH', industry: 'Bildung und Forschung' }, zertwerk);
    expect(read.industries.map((r) => r.id)).toEqual(['persons']);
  });
  it('reads the certification of persons in Portuguese', () => {
    expect(ids({ company: 'Quintarelo Lda.', notes: 'Faz certificação de pessoas para soldadores navais.' }, zertwerk)).toEqual(['persons']);
  });
});
