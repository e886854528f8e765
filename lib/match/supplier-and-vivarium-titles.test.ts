import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, resolveProspect } from '.';

// An invented vendor (Brackenfold) with three libraries: fitting and claims software for orthopaedic and dental workshops
// (their bench technicians, the office that bills the insurers), colony software for research animal units (the unit's
// head, its cage-wash crew), and shop software for bow makers (the
// maker, the shop keeper).
const workshops: Taxonomy = {
  personas: [
    { id: 'bench', label: 'Orthopaedic bench technician', aliases: [] },
    { id: 'dental', label: 'Dental bench technician', aliases: [] },
    { id: 'billing', label: 'Insurer billing', aliases: ['Billing office'] },
  ],
  industries: [{ id: 'braces', label: 'Brace and splint workshops', aliases: [] }],
  painPoints: [{ id: 'returns', label: 'Claims sent back', aliases: [] }],
};
const units: Taxonomy = {
  personas: [
    { id: 'unit', label: 'Head of vivarium', aliases: [] },
    { id: 'wash', label: 'Cage-wash crew', aliases: [] },
  ],
  industries: [{ id: 'labs', label: 'Research animal units', aliases: [] }],
  painPoints: [{ id: 'counts', label: 'Cage counts wrong', aliases: [] }],
};
const bows: Taxonomy = {
  personas: [
    { id: 'maker', label: 'Archetier', aliases: [] },
    { id: 'owner', label: 'Shop keeper', aliases: ['Tenancier'] },
  ],
  industries: [{ id: 'shops', label: 'Bow workshops', aliases: [] }],
  painPoints: [{ id: 'repairs', label: 'Repairs lost', aliases: [] }],
};
const compiled = { workshops: compileTaxonomy(workshops), units: compileTaxonomy(units), bows: compileTaxonomy(bows) };
const personas = (library: keyof typeof compiled, title: string) =>
  resolveProspect({ title, company: 'Brackenfold Ltd', industry: '' }, compiled[library])
    .personas.map((p) => p.id)
    .sort();

describe("a medical supplier's billing and the orthopaedic trades in six languages (sixty-seventh round)", () => {
  it('reads French "tiers payant" and Dutch "declaraties" as billing', () => {
    expect(personas('workshops', 'Responsable du tiers payant')).toEqual(['billing']);
    expect(personas('workshops', 'Teamleider declaraties')).toEqual(['billing']);
  });
  it("reads the orthopaedic trade's adjective and the Dutch instrument maker", () => {
    expect(personas('workshops', 'Orthopädietechnikerin')).toEqual(['bench']);
    expect(personas('workshops', 'Orthopedisch technicus')).toEqual(['bench']);
    expect(personas('workshops', 'Orthopedische instrumentmaker')).toEqual(['bench']);
  });
});

describe('"in vivo" in a research organisation\'s title (sixty-seventh round)', () => {
  it('names the animal facility, the vivarium', () => {
    expect(personas('units', 'Head of In Vivo Science')).toEqual(['unit']);
  });
});

describe('two persona names either side of a spaced dash (sixty-seventh round)', () => {
  it('reads both roles, either dash', () => {
    expect(personas('bows', 'Archetier – Tenancier')).toEqual(['maker', 'owner']);
    expect(personas('bows', 'Tenancier - Archetier')).toEqual(['maker', 'owner']);
  });
  it('reads one role where the other side names no persona', () => {
    expect(personas('bows', 'Archetier - Atelier Sud')).toEqual(['maker']);
  });
});
