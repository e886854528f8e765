// Review mend (sixtieth round, a1): "sans franchise" / "no franchise fee" of an insurance deductible or a fee
// is no independent business. Invented gym vendor.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const gyms = compileTaxonomy({
  personas: [],
  industries: [
    { id: 'indep', label: 'Independent owners', aliases: ['independent'] },
    { id: 'chain', label: 'Chains', aliases: ['chain'] },
    { id: 'franchise', label: 'Franchisees', aliases: ['franchise'] },
  ],
  painPoints: [],
} satisfies Taxonomy);
const gymIndustries = (notes: string) => contextOf(resolveProspect({ company: 'Ferrow Fitness', industry: 'Gym', notes }, gyms)).industries;

describe('no franchise said', () => {
  it('is no independent business where it is an insurance deductible', () => {
    expect(gymIndustries("Leur contrat d'assurance est sans franchise.")).not.toContain('indep');
    expect(gymIndustries('Policy renewed with no franchise fee this year.')).not.toContain('indep');
  });
  it('still reads a single business outside any franchise', () => {
    expect(gymIndustries('No franchise, one studio in the old town.')).toContain('indep');
  });
});
