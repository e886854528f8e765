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
