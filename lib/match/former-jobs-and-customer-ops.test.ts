// Seventieth round (weakest sets of older generations): a sentence that names the person's former job reads no pain;
// the Romance titles' customer operations and French "SI"; a maker's aftermarket as its after-sales. The vendor and
// its taxonomies are made up for the tests: Tallowfen, rota and inspection software for veterinary clinic groups, and
// its service portal for the makers of kennel washers.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

describe("a sentence naming the person's former job reads no pain", () => {
  const taxonomy: Taxonomy = {
    personas: [],
    industries: [],
    painPoints: [
      { id: 'inspections', label: 'Regulator inspections', aliases: ['inspectorate visits'] },
      { id: 'rota', label: 'Rota by hand', aliases: ['kennel roster sheet'] },
    ],
  };
  const c = compileTaxonomy(taxonomy);
  const pains = (notes: string) => contextOf(resolveProspect({ notes }, c)).painPoints;

  it('leaves the former job out, in English, then in German', () => {
    expect(pains('Runs nine clinics along the river. Formerly led regulator inspections for a kennel chain.')).not.toContain('inspections');
    expect(pains('Practice owner. Previously inspectorate visits coordinator for a pet insurer.')).not.toContain('inspections');
    expect(pains('Head nurse, three sites. Former regulator inspections officer, twelve seasons.')).not.toContain('inspections');
    expect(pains('Praxisinhaberin. Zuvor Regulator Inspections bei einem Tierheimverband.')).not.toContain('inspections');
  });

  it('still reads how the business worked before, and what hurts the person now', () => {
    expect(pains('Previously we kept a kennel roster sheet per clinic and it broke each week.')).toContain('rota');
    expect(pains('Formerly the rota was a kennel roster sheet, and nothing has changed.')).toContain('rota');
    expect(pains('Formerly a locum vet. The kennel roster sheet costs her every Sunday evening.')).toContain('rota');
  });
});

describe('Romance titles name the customers and the IT department after the function', () => {
  const taxonomy: Taxonomy = {
    personas: [
      { id: 'care', label: 'Customer care heads', aliases: ['Customer Operations Director'] },
      { id: 'floor', label: 'Floor operations managers', aliases: ['Shift Operations Lead'] },
      { id: 'it', label: 'IT leads', aliases: ['IT Director'] },
      { id: 'after', label: 'After-sales heads', aliases: ['After-Sales Director'] },
      { id: 'service-revenue', label: 'Parts and service revenue owners', aliases: ['Aftermarket Sales Executive'] },
    ],
    industries: [],
    painPoints: [],
  };
  const c = compileTaxonomy(taxonomy);
  const personas = (title: string) => contextOf(resolveProspect({ title, company: 'Tallowfen Kennel Washers' }, c)).personas.sort();

  it('reads the customer operations said after the function', () => {
    expect(personas('Directrice Opérations Clients')).toEqual(['care']);
    expect(personas('Jefa de Operaciones Clientes')).toEqual(['care']);
  });

  it('reads French "SI" as IT where a French rank opens the title', () => {
    expect(personas('Responsable SI')).toEqual(['it']);
    expect(personas('Chef de projet SI')).toEqual(['it']);
  });

  it("reads a maker's aftermarket as its after-sales", () => {
    expect(personas('Head of Aftermarket, Nordics')).toEqual(['after']);
  });

  it("keeps the operations, a systems integrator and the aftermarket's sales as before", () => {
    expect(personas('Responsable Opérations Terrain')).toEqual(['floor']);
    expect(personas('Head of SI Partnerships')).not.toContain('it');
    expect(personas('Aftermarket Sales Executive')).toEqual(['service-revenue']);
  });
});
