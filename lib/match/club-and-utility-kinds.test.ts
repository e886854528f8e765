import { describe, expect, it } from 'vitest';
import { compileTaxonomy } from './compile';
import { resolveIndustries } from './resolve';

// An invented load-tracking vendor ("Pitchwell") for professional sport: soccer sides, court and ice teams, governing bodies.
const pitchwell = compileTaxonomy({
  personas: [],
  painPoints: [],
  industries: [
    { id: 'soccer-sides', label: 'Soccer sides', aliases: ['voetbalclub'] },
    { id: 'court-teams', label: 'Court and ice teams', aliases: ['pallamano', 'hockey su ghiaccio'] },
    { id: 'bodies', label: 'Ruling bodies', aliases: [] },
  ],
});
// An invented meter-billing vendor ("Meterbrook") for small utilities: towns' own utilities, public districts,
// investor-owned water firms, co-ops and public power.
const meterbrook = compileTaxonomy({
  personas: [],
  painPoints: [],
  industries: [
    { id: 'rural-utilities', label: 'Rural utilities', aliases: ['town water departments'] },
    { id: 'drainage-districts', label: 'Water and drainage district', aliases: ['RUD'] },
    { id: 'investor-water', label: 'Investor water firms', aliases: ['investor owned water'] },
    { id: 'coops', label: 'Distribution co-ops', aliases: [] },
    { id: 'power', label: 'Public power bodies', aliases: [] },
  ],
});
const ids = (prospect: { company?: string; industry?: string; notes?: string }, c: ReturnType<typeof compileTaxonomy>) => resolveIndustries(prospect, c).map((r) => r.id).sort();

describe("a team sport's names in a club's name, in the six languages", () => {
  it('reads an Italian club named for its football as the soccer sides', () => {
    expect(ids({ company: 'Brenzola Calcio' }, pitchwell)).toEqual(['soccer-sides']);
  });
  it('reads a Portuguese football club as the soccer sides under a sports value', () => {
    expect(ids({ company: 'Ventoria Futebol Clube', industry: 'Sport' }, pitchwell)).toEqual(['soccer-sides']);
  });
  it("reads a club's FC initials as the soccer sides", () => {
    expect(ids({ company: 'Quorvale Athletic FC' }, pitchwell)).toEqual(['soccer-sides']);
  });
  it('reads a Spanish handball club as the court and ice teams', () => {
    expect(ids({ company: 'Balonmano Quelar' }, pitchwell)).toEqual(['court-teams']);
  });
  it('reads a Dutch ice hockey club as the court and ice teams', () => {
    expect(ids({ company: 'IJshockey Trembach' }, pitchwell)).toEqual(['court-teams']);
  });
});

describe("a utility's name: initials spelt out, a water company, a utility's supply", () => {
  it("reads a name spelling out an entry's initials as that entry, not the one named inside it", () => {
    expect(ids({ company: 'Fenwold Rural Utility District' }, meterbrook)).toEqual(['drainage-districts']);
  });
  it('reads a water company as the investor-owned water firms, not the public district', () => {
    expect(ids({ company: 'Colbrey Water Company' }, meterbrook)).toEqual(['investor-water']);
  });
  it("reads a water supply corporation as the water's own utility, not a supplier to the trade", () => {
    expect(ids({ company: 'Tesmer Water Supply Corporation' }, meterbrook)).toEqual(['drainage-districts']);
  });
});
