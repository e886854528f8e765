import { describe, expect, it } from 'vitest';
import { compileTaxonomy } from './compile';
import { resolveIndustries } from './resolve';

// An invented umpire-booking vendor ("Brambleway") for sports bodies: school sport, junior leagues, grown-ups' leagues.
const brambleway = compileTaxonomy({
  personas: [],
  painPoints: [],
  industries: [
    { id: 'schools', label: 'Upper school sport', aliases: ['school district games'] },
    { id: 'junior', label: 'Junior and touring sport', aliases: ['junior sport league'] },
    { id: 'adults', label: 'Grown-up leagues', aliases: ['evening softball'] },
  ],
});
const ids = (prospect: { company?: string; industry?: string; notes?: string }) => resolveIndustries(prospect, brambleway).map((r) => r.id).sort();

describe("a district's word in a name", () => {
  it('does not read the school district entry by "District" alone', () => {
    expect(ids({ company: 'Tarrowby League District 14', industry: 'Sports' })).toEqual(['junior']);
    expect(ids({ company: 'Tarrowby League District 14' })).not.toContain('schools');
    expect(ids({ company: 'Quenwick Colt League District 3', industry: 'Sports' })).toEqual(['junior']);
  });
  it('still reads it beside another word of its names', () => {
    expect(ids({ company: 'Fernmoor School District' })).toEqual(['schools']);
  });
});
