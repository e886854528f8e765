import { describe, expect, it } from 'vitest';
import type { Prospect, Taxonomy } from '../model';
import { titleWords } from './compile';
import { compileTaxonomy, resolveProspect } from '.';

// An invented vendor (Tessquill) with three libraries: docketing and renewal software for in-house patent and trademark
// departments, a brand asset portal for consumer goods makers' marketing teams, and plant monitoring for campus boiler
// rooms.
const ipTeams: Taxonomy = {
  personas: [
    { id: 'chief', label: 'Intellectual property chief', aliases: ['Patentchef'] },
    { id: 'attorney', label: 'Patent attorney on staff', aliases: [] },
    { id: 'paralegal', label: 'Docketing paralegal', aliases: ['IP docket paralegal'] },
    { id: 'marks', label: 'Trademark desk lawyer', aliases: ['trademark desk manager'] },
    { id: 'rnd', label: 'Research and development director', aliases: ['CTO'] },
  ],
  industries: [{ id: 'makers', label: 'Manufacturers', aliases: [] }],
  painPoints: [{ id: 'deadlines', label: 'Missed renewal deadlines', aliases: [] }],
};
const brandTeams: Taxonomy = {
  personas: [
    { id: 'brand', label: 'Brand lead', aliases: [] },
    { id: 'marks', label: 'Trademark desk lawyer', aliases: [] },
  ],
  industries: [{ id: 'goods', label: 'Consumer goods', aliases: [] }],
  painPoints: [{ id: 'assets', label: 'Lost brand assets', aliases: [] }],
};
const plants: Taxonomy = {
  personas: [
    { id: 'plant', label: 'Central plant stationary engineer', aliases: [] },
    { id: 'boiler', label: 'Boiler room technician', aliases: ['boiler technician'] },
    { id: 'fleet', label: 'Fleet yard supervisor', aliases: [] },
    { id: 'buyer', label: 'Plant buyer', aliases: ['purchasing lead'] },
    { id: 'systems', label: 'Campus systems lead', aliases: ['CIO'] },
  ],
  industries: [{ id: 'campuses', label: 'Campuses', aliases: [] }],
  painPoints: [{ id: 'trips', label: 'Chiller trips', aliases: [] }],
};
const compiled = { ipTeams: compileTaxonomy(ipTeams), brandTeams: compileTaxonomy(brandTeams), plants: compileTaxonomy(plants) };
const read = (library: keyof typeof compiled, prospect: Partial<Prospect>) =>
  resolveProspect({ company: 'Tessquill Test Works', industry: '', ...prospect } as Prospect, compiled[library])
    .personas.map((p) => p.id)
    .sort();

describe('an in-house IP department in six languages (sixty-ninth round)', () => {
  it('reads intellectual and industrial property in five languages as "IP", as the English phrase', () => {
    expect(titleWords('Directora de Propiedad Intelectual')).toEqual(['director', 'ip']);
    expect(titleWords('Responsable Propriété Industrielle')).toEqual(['head', 'ip']);
    expect(titleWords('Hoofd Industrieel Eigendom')).toEqual(['head', 'ip']);
    expect(titleWords('Director, Intellectual Property')).toEqual(['director', 'ip']);
    expect(read('ipTeams', { title: 'Paralegal Propriété Intellectuelle' })).toEqual(['paralegal']);
  });
  it('reads patents in five languages, and a head of patents as the IP department head', () => {
    expect(read('ipTeams', { title: 'Jefa de Patentes' })).toEqual(['chief']);
    expect(read('ipTeams', { title: 'Capo Ufficio Brevetti' })).toEqual(['chief']);
    expect(read('ipTeams', { title: 'Hoofd Octrooiafdeling' })).toEqual(['chief']);
    expect(titleWords('Leitender Patentanwalt')).toEqual(['lead', 'patent', 'attorney']);
    expect(titleWords('Conseils en propriété industrielle')).toEqual(['patent', 'attorney']);
  });
  it('reads the Portuguese "I&D" after a Portuguese word as R&D, not the English "I&D"', () => {
    expect(read('ipTeams', { title: 'Gestora de I&D' })).toEqual(['rnd']);
    expect(titleWords('Head of I&D')).not.toContain('research');
  });
  it('reads the word for a mark as the trademark beside a patent or a lawyer, or where the brand reads no persona', () => {
    expect(read('ipTeams', { title: 'Abogada de marcas' })).toEqual(['marks']);
    expect(read('ipTeams', { title: 'Hoofd Merken' })).toEqual(['marks']);
    expect(read('brandTeams', { title: 'Markenjuristin' })).toEqual(['marks']);
    expect(read('brandTeams', { title: 'Chef de marque' })).toEqual(['brand']);
  });
  it('reads a head over patents and marks together as the IP department head, not also the trademark lawyer', () => {
    expect(read('ipTeams', { title: 'Hoofd Merken en Octrooien' })).toEqual(['chief']);
    expect(read('ipTeams', { title: 'Responsable Brevets et Marques' })).toEqual(['chief']);
  });
});

describe("a trade's mechanic and a building's operating engineer (sixty-ninth round)", () => {
  it('reads a trade\'s mechanic, also clipped, as its technician, and an operating engineer as a stationary engineer', () => {
    expect(titleWords('Lead Boiler Mech')).toEqual(['lead', 'boiler', 'technician']);
    expect(titleWords('Diesel Mechanic')).toEqual(['diesel', 'technician']);
    expect(titleWords('Chief Operating Engineer')).toEqual(['chief', 'stationary', 'engineer']);
    expect(read('plants', { title: 'Boiler Mechanic' })).toEqual(['boiler']);
    expect(read('plants', { title: 'Operating Engineers' })).toEqual(['plant']);
  });
});

describe('a buyer of what the title names (sixty-ninth round)', () => {
  it('reads a buyer of a function as no persona of that function, and keeps the buyer persona read beside it', () => {
    expect(read('ipTeams', { title: 'Inkoper ICT' })).toEqual([]);
    expect(read('ipTeams', { title: 'Acheteur informatique' })).toEqual([]);
    expect(read('plants', { title: 'Fleet Procurement Manager' })).toEqual(['buyer']);
    expect(read('plants', { title: 'Inkoper ICT' })).not.toContain('systems');
  });
  it('keeps both roles of a title that joins them', () => {
    expect(read('plants', { title: 'Purchasing/Fleet Supervisor' })).toContain('fleet');
  });
});
