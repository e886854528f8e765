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

  it('reads no title from "Fach-" before a unit, a channel or an institution', () => {
    // An invented vendor of case-handling software with personas for a service, an operations and a retail head.
    const units = compileTaxonomy({
      personas: [
        { id: 'service', label: 'Head of Service', aliases: ['Service Manager'] },
        { id: 'ops', label: 'Head of Operations', aliases: ['Operations Manager'] },
        { id: 'retail', label: 'Head of Retail', aliases: ['Retail Director'] },
      ],
      industries: [{ id: 'agencies', label: 'Public agencies', aliases: [] }],
      painPoints: [{ id: 'backlog', label: 'Case backlog', aliases: [] }],
    });
    const read = (title: string) => resolveProspect({ title, company: 'Kreis Lindenau' }, units).personas.map((p) => p.id);
    expect(read('Leitung Fachdienst Jugend')).toEqual([]);
    expect(read('Vertriebsleiter Fachhandel')).toEqual([]);
    expect(read('Leiter Fachbetrieb')).toEqual([]);
    expect(read('Leiter Service')).toEqual(['service']);
  });
});
