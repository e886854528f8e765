import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, resolveProspect } from '.';

// An invented vendor of onboarding checklists for Dutch and Swiss employers, ferry lines and orthopaedic workshops: one
// persona is the HR department (named in English only), one finance, one the managing director, one the operations
// or fleet manager, one the clinic's lead.
const taxonomy: Taxonomy = {
  personas: [
    { id: 'hr', label: 'HR leader', aliases: ['HR Manager', 'HR Director', 'Head of People'] },
    { id: 'finance', label: 'Finance', aliases: ['CFO', 'Finance Manager', 'Controller'] },
    { id: 'md', label: 'Managing director', aliases: ['Managing Director', 'CEO'] },
    { id: 'ops', label: 'Operations', aliases: ['Operations Manager', 'Fleet Manager'] },
    { id: 'clinic', label: 'Clinical lead', aliases: ['Clinical Director', 'Clinic Manager', 'Practitioner'] },
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

  it('reads the department beside a role word either way round, and the other departments as their own', () => {
    expect(personas('Manager P&O')).toEqual(['hr']);
    expect(personas('P&O Manager')).toEqual(['hr']);
    expect(personas('Adviseur P&O bij Gemeente Veldzicht')).toEqual(['hr']);
    expect(personas('Manager Financiën')).not.toContain('hr');
    expect(personas('P&L Owner, Retail')).not.toContain('hr');
    expect(personas('Algemeen directeur')).toEqual(['md']);
  });

  it('reads the department before where, a unit or a country, "a.i." or hours in brackets', () => {
    expect(personas('Senior Adviseur P&O, Gemeente Lindeveld')).toEqual(['hr']);
    expect(personas('Manager P&O a.i.')).toEqual(['hr']);
    expect(personas('P&O Adviseur (24 uur)')).toEqual(['hr']);
    expect(personas('Hoofd P&O Welzijn')).toEqual(['hr']);
    expect(personas('Head of P&O Austria', 'Rheinmatt Pharma AG')).toEqual(['hr']);
    expect(personas('Medewerker P&O-administratie')).toEqual(['hr']);
    expect(personas('Manager P&O Ferries', 'Nordzee Veerdiensten')).not.toContain('hr');
    expect(personas('Head of P&O Ferrymasters Rotterdam', 'Nordzee Veerdiensten')).not.toContain('hr');
  });

  it("keeps the title's own role where P&O is a company's name, the prosthetics and orthotics trade or part of a word", () => {
    expect(personas('Fleet Manager, P&O Ferries', 'Nordzee Veerdiensten')).toEqual(['ops']);
    expect(personas('Operations Manager P&O Cruises', 'Nordzee Veerdiensten')).toEqual(['ops']);
    expect(personas('Operations Manager, P and O', 'Nordzee Veerdiensten')).toEqual(['ops']);
    expect(personas('Certified P&O Practitioner (prosthetics & orthotics)', 'Orthowerk Lindeveld')).toEqual(['clinic']);
    expect(personas('P&O Clinic Manager', 'Orthowerk Lindeveld')).toEqual(['clinic']);
    expect(personas('Clinical Director, P & O Services', 'Orthowerk Lindeveld')).toEqual(['clinic']);
    expect(personas('Pando Regional Manager', 'Pando Logistiek')).not.toContain('hr');
    expect(personas('Pando Operations Manager', 'Pando Logistiek')).toEqual(['ops']);
  });
});
