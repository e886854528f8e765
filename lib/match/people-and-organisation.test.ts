import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, resolveProspect } from '.';

// An invented vendor of onboarding checklists for Dutch and Swiss employers: one persona is the HR department (named in
// English only), one finance, one the managing director.
const taxonomy: Taxonomy = {
  personas: [
    { id: 'hr', label: 'HR leader', aliases: ['HR Manager', 'HR Director', 'Head of People'] },
    { id: 'finance', label: 'Finance', aliases: ['CFO', 'Finance Manager', 'Controller'] },
    { id: 'md', label: 'Managing director', aliases: ['Managing Director', 'CEO'] },
  ],
  industries: [{ id: 'employers', label: 'Employers', aliases: [] }],
  painPoints: [{ id: 'slow-onboarding', label: 'Slow onboarding', aliases: [] }],
};
const c = compileTaxonomy(taxonomy);
const personas = (title: string, company = 'Woonstichting Veldzicht') => resolveProspect({ title, company }, c).personas.map((p) => p.id);

describe('"P&O", the HR department of Dutch and Swiss firms (fifty-second round)', () => {
  it('reads an adviser, a manager or a head of P&O as the HR persona', () => {
    expect(personas('Adviseur P&O')).toEqual(['hr']);
    expect(personas('Junior beleidsmedewerker P&O')).toEqual(['hr']);
    expect(personas('P&O-adviseur')).toEqual(['hr']);
    expect(personas('Hoofd P & O')).toEqual(['hr']);
    expect(personas('Head of P&O', 'Rheinmatt Pharma AG')).toEqual(['hr']);
  });

  it('leaves the other departments as they were', () => {
    expect(personas('Manager Financiën')).not.toContain('hr');
    expect(personas('P&L Owner, Retail')).not.toContain('hr');
    expect(personas('Algemeen directeur')).toEqual(['md']);
  });
});
