import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, resolveProspect } from '.';

// An invented vendor of shade-matching logs for yarn dyehouses: the owner, a managing director also named the general
// manager, the treasury lead, sales, and the lead dyers at the vats.
const taxonomy: Taxonomy = {
  personas: [
    { id: 'owner', label: 'Owner', aliases: ['Owner', 'Founder'] },
    { id: 'md', label: 'Managing director', aliases: ['Managing Director', 'General Manager'] },
    { id: 'accounts', label: 'Treasury lead', aliases: ['CFO', 'Treasury Lead', 'Bookkeeper'] },
    { id: 'sales', label: 'Sales', aliases: ['Sales Manager', 'Account Executive'] },
    { id: 'vat-lead', label: 'Vat lead', aliases: ['Lead Dyer', 'Vat Dyer'] },
  ],
  industries: [{ id: 'dyehouses', label: 'Yarn dyeing', aliases: [] }],
  painPoints: [{ id: 'shade-mismatch', label: 'Shade mismatches', aliases: [] }],
};
const personas = (title: string, t: Taxonomy = taxonomy) =>
  resolveProspect({ title, company: 'Millbeck Yarnworks' }, compileTaxonomy(t))
    .personas.map((p) => p.id)
    .sort();

describe('a chief operating officer beside another role (sixty-third round)', () => {
  it('reads the executive persona also named the general manager beside the finance persona', () => {
    expect(personas('CFO, COO')).toEqual(['accounts', 'md']);
  });

  it("reads the finance persona alone where the executive persona is the owner's and names no general manager", () => {
    const owners: Taxonomy = { ...taxonomy, personas: taxonomy.personas.filter((p) => p.id !== 'md') };
    expect(personas('CFO, COO', owners)).toEqual(['accounts']);
  });
});
