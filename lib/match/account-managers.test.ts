import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, resolveProspect } from '.';

// An invented vendor of commission and quota planning software: it sells to the heads of sales and to finance, not
// to the people who carry a quota. An account manager keeps customers and sells to them, as an account executive
// does: a frontline seller who buys nothing for the sales team.
const taxonomy: Taxonomy = {
  personas: [
    { id: 'sales-leaders', label: 'Sales leadership', aliases: ['VP Sales', 'Head of Sales', 'Sales Director', 'Chief Revenue Officer'] },
    { id: 'finance', label: 'Finance', aliases: ['CFO', 'Controller', 'Finance Director'] },
  ],
  industries: [{ id: 'saas', label: 'Software companies', aliases: ['SaaS'] }],
  painPoints: [{ id: 'disputes', label: 'Commission disputes', aliases: [] }],
};
const personas = (title: string, t: Taxonomy = taxonomy) =>
  resolveProspect({ title, company: 'Brightfold Analytics' }, compileTaxonomy(t)).personas.map((p) => p.id);

describe('an account manager is a frontline seller (fifty-fifth round)', () => {
  it('reads no persona for an account manager, as for an account executive', () => {
    expect(personas('Account Manager')).toEqual([]);
    expect(personas('Senior Key Account Manager')).toEqual([]);
    expect(personas('Account Executive')).toEqual([]);
  });

  it('still reads the heads of sales, and an account manager where the vendor has a persona for them', () => {
    expect(personas('Head of Sales')).toEqual(['sales-leaders']);
    const own: Taxonomy = { ...taxonomy, personas: [...taxonomy.personas, { id: 'account-managers', label: 'Account managers', aliases: ['Account Manager', 'Customer Success Manager'] }] };
    expect(personas('Account Manager', own)).toEqual(['account-managers']);
  });
});
