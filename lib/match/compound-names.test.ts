// A German or Dutch company name made of ordinary words of the language ("Verfmakerij", "Uitzendbedrijf", "Kreiskliniken",
// "Energiehandel") read by its parts, and German "Handel" after a good read as the trade in it, not a shop. The
// taxonomy and records here are made up for the tests.
import { describe, expect, it } from 'vitest';
import type { Prospect, Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

// An invented vendor of shift rostering.
const taxonomy: Taxonomy = {
  personas: [{ id: 'ops', label: 'Operations manager', aliases: ['operations manager'] }],
  industries: [
    { id: 'hospitals', label: 'Hospitals & clinics', aliases: ['hospital', 'clinics'] },
    { id: 'staffing', label: 'Staffing agencies', aliases: ['temporary staffing', 'staffing agency'] },
    { id: 'paint', label: 'Paint makers', aliases: ['paint maker', 'coatings'] },
    { id: 'tiles', label: 'Tile factories', aliases: ['tile factory'] },
    { id: 'ferries', label: 'Ferry operators', aliases: ['ferry services', 'ferry operator'] },
    { id: 'traders', label: 'Energy traders', aliases: ['energy trade', 'energy trading'] },
    { id: 'shops', label: 'Retail', aliases: ['retail', 'shop'] },
  ],
  painPoints: [{ id: 'gaps', label: 'Unfilled shifts', aliases: ['unfilled shifts'] }],
};
const compiled = compileTaxonomy(taxonomy, []);
const read = (company: string) =>
  contextOf(resolveProspect({ name: 'Ana Vos', title: 'Operations Manager', company, source: { crm: 'hubspot', recordType: 'contact', recordId: '1' } } as Prospect, compiled)).industries;

describe('a compound company name of ordinary words', () => {
  it('reads a Dutch name by its parts', () => {
    expect(read('Zonnedal Uitzendbedrijf B.V.')).toEqual(['staffing']);
    expect(read('Verfmakerij De Zwaluw')).toEqual(['paint']);
    expect(read('Tegelfabriek Amstelrode B.V.')).toEqual(['tiles']);
    expect(read('Veerdiensten Lauwersmond')).toEqual(['ferries']);
  });
  it('reads a Dutch "-groep" (group) name by its first part', () => {
    expect(read('Zonnedal Uitzendgroep B.V.')).toEqual(['staffing']);
  });
  it("reads a German district's clinics as the hospitals", () => {
    expect(read('Kreiskliniken Wendelstein gGmbH')).toEqual(['hospitals']);
  });
  it('reads "Handel" after a good as the trade in it, not a shop', () => {
    expect(read('Ostwald Energiehandel GmbH')).toEqual(['traders']);
    expect(read('Nordwind Energiehandels GmbH')).toEqual(['traders']);
    expect(read('Ostwald Einzelhandel GmbH')).toEqual(['shops']);
  });
});

// The same vendor selling to local government, banks, bakeries, publishers and shops.
const wider: Taxonomy = {
  personas: taxonomy.personas,
  industries: [
    { id: 'public', label: 'Local government', aliases: ['city council', 'municipality', 'district council', 'local authority', 'city', 'district'] },
    { id: 'hospitals', label: 'Hospitals & clinics', aliases: ['hospital', 'clinics'] },
    { id: 'banks', label: 'Banks', aliases: ['bank', 'savings bank'] },
    { id: 'bakeries', label: 'Bakeries', aliases: ['bakery'] },
    { id: 'media', label: 'Publishing & media', aliases: ['publishing'] },
    { id: 'research', label: 'Research institutes', aliases: ['research institute', 'science'] },
    { id: 'tiles', label: 'Tile factories', aliases: ['tile factory', 'tiles'] },
    { id: 'traders', label: 'Commodity traders', aliases: ['steel trade', 'energy trade'] },
    { id: 'shops', label: 'Retail', aliases: ['retail', 'shop'] },
  ],
  painPoints: taxonomy.painPoints,
};
const widerCompiled = compileTaxonomy(wider, []);
const readWider = (company: string) =>
  contextOf(resolveProspect({ name: 'Ana Vos', title: 'Operations Manager', company, source: { crm: 'hubspot', recordType: 'contact', recordId: '1' } } as Prospect, widerCompiled)).industries;

describe('a compound company name whose first part is a place or a subject', () => {
  it('reads "Kreis" and "stad" as local government only before a public body or service', () => {
    expect(readWider('Kreissparkasse Ostwald')).toEqual(['banks']);
    expect(readWider('Stadsbakkerij Zonnedal')).toEqual(['bakeries']);
    expect(readWider('Stadhouder BV')).toEqual([]);
    expect(readWider('Kreiskliniken Wendelstein gGmbH')).toContain('hospitals');
  });
  it('reads "-handel" after goods sold in shops as retail, after goods traded between firms as the trade', () => {
    expect(readWider('Ostwald Möbelhandel GmbH')).toEqual(['shops']);
    expect(readWider('Ostwald Stahlhandel GmbH')).toEqual(['traders']);
  });
  it('reads the town "Tegelen" as no tiles, "tegels" as tiles', () => {
    expect(readWider('Tegelen Logistiek BV')).toEqual([]);
    expect(readWider('Zonnedal Tegels BV')).toEqual(['tiles']);
  });
  it('reads a science publisher as a publisher only', () => {
    expect(readWider('Wissenschaftsverlag Ostwald')).toEqual(['media']);
  });
});
