import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, resolveProspect } from '.';

// An invented vendor of triage whiteboards for community hospitals: the emergency department's heads, the nursing
// executive and the chief executive.
const taxonomy: Taxonomy = {
  personas: [
    { id: 'emergency', label: 'Emergency department heads', aliases: ['Emergency Department Director', 'Director of Emergency Medicine'] },
    { id: 'nursing', label: 'Nursing executive', aliases: ['Chief Nursing Officer', 'Director of Nursing'] },
    { id: 'chief', label: 'Chief executive', aliases: ['Chief Executive Officer', 'Executive Director'] },
  ],
  industries: [{ id: 'hospitals', label: 'Community hospitals', aliases: ['Hospitals'] }],
  painPoints: [{ id: 'waits', label: 'Long waits in triage', aliases: [] }],
};
const c = compileTaxonomy(taxonomy);
const personas = (title: string, company: string, industry?: string) =>
  resolveProspect({ title, company, industry }, c).personas.map((p) => p.id);

describe('"ED" at a hospital is its emergency department (fifty-ninth round)', () => {
  it('reads a hospital medical director of the ED as the emergency department head', () => {
    expect(personas('Deputy ED Director', 'Quillmere Memorial Hospital', 'Hospital & Health Care')).toEqual(['emergency']);
    expect(personas('ED Director, Night Operations', 'Quillmere Memorial Hospital', 'Hospital & Health Care')).toEqual(['emergency']);
  });

  it('keeps "ED" the executive director outside health care', () => {
    expect(personas('ED', 'Fernbank Arts Collective', 'Performing Arts')).toEqual(['chief']);
  });
});
