import { describe, expect, it } from 'vitest';
import { compileTaxonomy } from './compile';
import { resolveIndustries } from './resolve';

// An invented key-handover vendor ("Keydrift") for dormitories, the private blocks beside campuses and the developers
// that build for universities.
const keydrift = compileTaxonomy({
  personas: [],
  painPoints: [],
  industries: [
    { id: 'owned', label: 'University dormitories', aliases: ['halls on campus', 'residence towers'] },
    { id: 'private', label: 'Private lodger blocks', aliases: ['lodger lettings'] },
    { id: 'developers', label: 'Build-to-lease developers', aliases: ['university developer deal'] },
  ],
});
// An invented restocking vendor ("Boltrack") for ironmongers, the buying groups they join and the timber merchants.
const boltrack = compileTaxonomy({
  personas: [],
  painPoints: [],
  industries: [
    { id: 'shops', label: 'Independent ironware shops', aliases: ['ironmonger'] },
    { id: 'groups', label: 'Buying groups and wholesalers', aliases: ['purchasing group', 'tool wholesaler'] },
    { id: 'timber', label: 'Timber merchants', aliases: ['timber yard'] },
  ],
});
const ids = (prospect: { company?: string; industry?: string; notes?: string }, c: ReturnType<typeof compileTaxonomy>) => resolveIndustries(prospect, c).map((r) => r.id).sort();

describe("a university named as the one entry whose label names it", () => {
  it("reads a university's name, head last, as the entry whose label says the university, not the one whose alias does", () => {
    expect(ids({ company: 'Brackenmoor University' }, keydrift)).toEqual(['owned']);
  });
  it('reads the head said first, before a preposition or in another language', () => {
    expect(ids({ company: 'University of Quillhaven' }, keydrift)).toEqual(['owned']);
    expect(ids({ company: 'Universidad de Torrelavida' }, keydrift)).toEqual(['owned']);
    expect(ids({ company: 'Universiteit Velmardam' }, keydrift)).toEqual(['owned']);
  });
  it('does not read an English first word that qualifies what follows', () => {
    expect(ids({ company: 'University Quillhaven Motors' }, keydrift)).toEqual([]);
  });
});

describe("a kind's other name that qualifies a building", () => {
  it("does not read an apartment block's name as the towers a word of the apartments' kind qualifies", () => {
    expect(ids({ company: 'Pellbrook Lofts' }, keydrift)).toEqual([]);
  });
  it('still reads the word said itself', () => {
    expect(ids({ company: 'Pellbrook Residences' }, keydrift)).toEqual(['owned']);
  });
});

describe("a buying group's entry is no business of many sites", () => {
  it('does not read a count of shops as the buying groups', () => {
    expect(ids({ company: 'Harlowe Ironware', notes: 'Runs 9 shops across the county.' }, boltrack)).not.toContain('groups');
  });
  it('does not read "Group" in a name as the buying groups', () => {
    expect(ids({ company: 'Marrowby Ironware Group' }, boltrack)).not.toContain('groups');
  });
  it('still reads a buying group named as one', () => {
    expect(ids({ company: 'Brisklow Purchasing Group' }, boltrack)).toEqual(['groups']);
  });
});
