import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, resolveProspect } from '.';

// An invented vendor of scheduling software for veterinary and nursing clinics in France, Spain, Italy and Portugal:
// one persona the clinicians, one the clinic's head, one student services at the schools it also sells to.
const taxonomy: Taxonomy = {
  personas: [
    { id: 'clinicians', label: 'Clinicians', aliases: ['Vétérinaire', 'Veterinario', 'Veterinaria', 'Enfermera', 'Infermiere', 'Enfermeiro', 'Veterinarian', 'Nurse'] },
    { id: 'head', label: 'Clinic heads', aliases: ['Directrice de clinique', 'Director de clínica', 'Direttore sanitario', 'Clinic Director'] },
    { id: 'student-services', label: 'Student services', aliases: ['Student Services Director', 'Registrar'] },
  ],
  industries: [{ id: 'clinics', label: 'Clinics', aliases: [] }],
  painPoints: [{ id: 'no-shows', label: 'No-shows', aliases: [] }],
};
const c = compileTaxonomy(taxonomy);
const personas = (title: string) => resolveProspect({ title, company: 'Clinique des Tilleuls' }, c).personas.map((p) => p.id);

describe('a student said head first, in French, Spanish, Italian or Portuguese (fifty-fifth round)', () => {
  it('reads no persona for a student, whatever field the title names after the word', () => {
    expect(personas('Étudiante vétérinaire, 5e année')).toEqual([]);
    expect(personas('Estudiante de Enfermería')).toEqual([]);
    expect(personas('Studente di Medicina Veterinaria')).toEqual([]);
    expect(personas('Estudante de Enfermagem')).toEqual([]);
  });

  it('still reads the clinicians, and an English title that opens with "Student"', () => {
    expect(personas('Vétérinaire')).toEqual(['clinicians']);
    expect(personas('Enfermera')).toEqual(['clinicians']);
    expect(personas('Student Services Director')).toEqual(['student-services']);
    expect(personas('Veterinary Student')).toEqual([]);
  });
});
