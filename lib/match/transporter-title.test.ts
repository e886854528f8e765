import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, resolveProspect } from '.';

// An invented vendor of a task board for a clinic's porters, cleaners and couriers: the support services' managers,
// the nurses' managers and the finance office.
const taxonomy: Taxonomy = {
  personas: [
    { id: 'support', label: 'Support services manager', aliases: ['Head of Transport', 'Cleaning Services Lead'] },
    { id: 'nursing', label: 'Nurse manager', aliases: ['Ward Manager'] },
    { id: 'finance', label: 'Finance', aliases: ['Finance Director'] },
  ],
  industries: [{ id: 'clinics', label: 'Clinics', aliases: [] }],
  painPoints: [{ id: 'waits', label: 'Patients wait for a porter', aliases: [] }],
};
const c = compileTaxonomy(taxonomy);
const personas = (title: string) => resolveProspect({ title, company: 'Greyholm Orthopaedic Clinic' }, c).personas.map((p) => p.id);

describe('one who transports is of the transport function (fifty-eighth round)', () => {
  it('reads a transporter, a senior one and a patient transporter as transport', () => {
    expect(personas('Transporter')).toEqual(['support']);
    expect(personas('Senior Transporter, Day Shift')).toEqual(['support']);
    expect(personas('Patient Transporter')).toEqual(['support']);
  });
});

// An invented vendor of lab notebooks: the research scientists and the sample logistics team.
describe('a transporter before a science is the protein studied (review mend)', () => {
  const lab = compileTaxonomy({
    personas: [
      { id: 'logistics', label: 'Logistics and transport', aliases: ['Transport Manager'] },
      { id: 'science', label: 'Research scientists', aliases: [] },
    ],
    industries: [{ id: 'biotech', label: 'Biotechnology', aliases: [] }],
    painPoints: [{ id: 'samples', label: 'Lost samples', aliases: [] }],
  });
  const read = (title: string) => resolveProspect({ title, company: 'Quillmere Biosciences' }, lab).personas.map((p) => p.id);

  it('does not read a transporter biologist or pharmacologist as transport', () => {
    expect(read('Transporter Biologist')).not.toContain('logistics');
    expect(read('Transporter Pharmacologist')).not.toContain('logistics');
  });

  it('still reads a sample transporter as transport', () => {
    expect(read('Sample Transporter')).toEqual(['logistics']);
  });
});
