import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, resolveProspect } from '.';

// An invented vendor of alerting software for hospital wards: the nurses' leaders, the physicians' leaders and the
// informatics team, whose persona the taxonomy names by the informatics officers' initials alone.
const taxonomy: Taxonomy = {
  personas: [
    { id: 'nursing', label: 'Nursing leaders', aliases: ['Director of Nursing', 'Nurse Manager'] },
    { id: 'physicians', label: 'Physician leadership', aliases: ['Medical Director', 'Clinical Director'] },
    { id: 'informatics', label: 'Informatics team', aliases: ['CMIO', 'CNIO', 'Informatics Lead'] },
  ],
  industries: [{ id: 'hospitals', label: 'Hospitals', aliases: [] }],
  painPoints: [{ id: 'alarms', label: 'Alarm fatigue on the wards', aliases: [] }],
};
const c = compileTaxonomy(taxonomy);
const personas = (title: string) =>
  resolveProspect({ title, company: 'Fernhallow Community Hospital', industry: 'Hospitals' }, c).personas.map((p) => p.id);

describe('initials a persona is named by alone (fifty-eighth round)', () => {
  it("reads a title said by those initials as that persona, not as their spelled-out meaning's function", () => {
    expect(personas('CMIO')).toEqual(['informatics']);
    expect(personas('CNIO')).toEqual(['informatics']);
    expect(personas('CMIO / Internist')).toEqual(['informatics']);
  });

  it('still spells the initials out where no persona is named by them', () => {
    const other = compileTaxonomy({ ...taxonomy, personas: taxonomy.personas.map((p) => (p.id === 'informatics' ? { ...p, aliases: ['Informatics Lead'] } : p)) });
    const read = resolveProspect({ title: 'CNIO', company: 'Fernhallow Community Hospital', industry: 'Hospitals' }, other).personas.map((p) => p.id);
    expect(read).toEqual(['nursing']);
  });
});

// An invented vendor of club management software: the club's executives, its athletic directors (named "AD" alone)
// and, for a builder's safety office, the key account managers (named "KAM" alone) and the quality and safety managers.
describe("initials a persona is named by alone give way to the language's or legal form's meaning (review mend)", () => {
  const clubs = compileTaxonomy({
    personas: [
      { id: 'exec', label: 'Executives', aliases: ['CEO', 'Managing Director'] },
      { id: 'athletics', label: 'Athletic Director', aliases: ['AD'] },
      { id: 'sales', label: 'Key Account Manager', aliases: ['KAM'] },
      { id: 'hse', label: 'HSE Manager', aliases: ['Quality Manager'] },
    ],
    industries: [{ id: 'clubs', label: 'Sports clubs', aliases: [] }],
    painPoints: [{ id: 'dues', label: 'Unpaid membership dues', aliases: [] }],
  });
  const read = (title: string, company: string) => resolveProspect({ title, company }, clubs).personas.map((p) => p.id);

  it('reads an Italian or Dutch company\'s "AD" as its managing director', () => {
    expect(read('AD', 'Circolo Remiero Lungargine S.r.l.')).toEqual(['exec']);
    expect(read('AD', 'Zwemclub Kempenduin B.V.')).toEqual(['exec']);
  });

  it('reads a Dutch company\'s "KAM" as its quality and safety office', () => {
    expect(read('Medewerker KAM', 'Aannemersbedrijf Heidewal B.V.')).toEqual(['hse']);
  });

  it('still reads the initials as the persona elsewhere', () => {
    expect(read('AD', 'Brookvale Rowing Club')).toEqual(['athletics']);
  });
});
