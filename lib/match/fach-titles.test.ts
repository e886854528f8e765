import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, resolveProspect } from '.';

// An invented vendor of lab ordering software for German-speaking veterinary and pharmacy practices: one persona the
// vets, one the pharmacists, one the practice's owner.
const taxonomy: Taxonomy = {
  personas: [
    { id: 'vets', label: 'Veterinarians', aliases: ['Veterinarian', 'Vet'] },
    { id: 'pharmacists', label: 'Pharmacists', aliases: ['Pharmacist'] },
    { id: 'owner', label: 'Practice owner', aliases: ['Owner', 'Managing Director'] },
  ],
  industries: [{ id: 'practices', label: 'Veterinary practices', aliases: [] }],
  painPoints: [{ id: 'lost-orders', label: 'Lost lab orders', aliases: [] }],
};
const c = compileTaxonomy(taxonomy);
const personas = (title: string) => resolveProspect({ title, company: 'Praxis am Lindenhof' }, c).personas.map((p) => p.id);

describe('a German "Fach-" title as the title after it (fifty-fourth round)', () => {
  it("reads a certified specialist's title as the practitioner's", () => {
    expect(personas('Tierarzt für Pferde')).toEqual(['vets']);
    expect(personas('Fachtierarzt für Pferde')).toEqual(['vets']);
    expect(personas('Fachtierärztin für Kleintiere')).toEqual(['vets']);
    expect(personas('Fachapothekerin für Klinische Pharmazie')).toEqual(['pharmacists']);
  });

  it('reads nothing more for a "Fach-" word whose rest is no title', () => {
    expect(personas('Fachwirtin')).toEqual([]);
  });
});
