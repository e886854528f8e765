// A business that says whom it works for ("washes for 14 hotels", "lava para 14 hoteles") is read by its own name,
// not as the customers' kind nor as a group of their sites; and a private hospital said in Portuguese ("Hospital
// Particular") is the private hospitals. The taxonomies and records here are made up for the tests.
import { describe, expect, it } from 'vitest';
import type { Prospect, Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const prospect = (company: string, industry: string | undefined, notes: string | undefined, c: ReturnType<typeof compileTaxonomy>) =>
  contextOf(resolveProspect({ name: 'Ana Prado', title: 'Operations Manager', company, industry, notes, source: { crm: 'hubspot', recordType: 'contact', recordId: '1' } } as Prospect, c)).industries;

// An invented vendor of route planning for commercial laundries and the hotels they wash for.
const laundries: Taxonomy = {
  personas: [{ id: 'ops', label: 'Operations manager', aliases: ['operations manager'] }],
  industries: [
    { id: 'laundry', label: 'Commercial laundries', aliases: ['laundry service provider', 'linen service provider'] },
    { id: 'hotels', label: 'Hotels', aliases: ['hotel', 'boutique hotel'] },
    { id: 'groups', label: 'Hotel groups', aliases: ['hotel group', 'hotel chain'] },
  ],
  painPoints: [{ id: 'late', label: 'Late deliveries', aliases: ['late delivery'] }],
};
const laundry = compileTaxonomy(laundries, []);

describe("a business's customers said with their count", () => {
  it('reads a laundry that washes for hotels as the laundries, in English and in Spanish', () => {
    expect(prospect('Tidewater Laundry Services', undefined, 'Washes for 14 hotels along the coast.', laundry)).toEqual(['laundry']);
    expect(prospect('Tidewater Laundry Services', undefined, 'Empresa que lava para 14 hoteles de la costa.', laundry)).toEqual(['laundry']);
  });
  it('still reads a hotel company that counts its own hotels as a hotel group', () => {
    expect(prospect('Costa Azul Hoteles', undefined, 'Tiene 14 hoteles en la costa.', laundry)).toContain('groups');
  });
  it("reads whom a business works for in German, French, Spanish, Portuguese and Dutch, not a group of the customers' sites", () => {
    expect(prospect('Wäscherei Talblick GmbH', undefined, 'Wäscht für 14 Hotels in der Region.', laundry)).not.toContain('groups');
    expect(prospect('Blanchisserie du Val SAS', undefined, 'Lave le linge pour 14 hôtels de la côte.', laundry)).not.toContain('groups');
    expect(prospect('Lavandería Costa SL', undefined, 'Lava para 14 hoteles de la costa.', laundry)).not.toContain('groups');
    expect(prospect('Lavandaria Costa Lda', undefined, 'Lava para 14 hotéis da costa.', laundry)).not.toContain('groups');
    expect(prospect('Wasserij Kustland BV', undefined, 'Wast voor 14 hotels aan de kust.', laundry)).not.toContain('groups');
    expect(prospect('Lavandería Costa SL', undefined, 'Clientes 14 hoteles de la costa.', laundry)).not.toContain('groups');
    expect(prospect('Wasserij Kustland BV', undefined, 'Klanten 14 hotels aan de kust.', laundry)).not.toContain('groups');
    expect(prospect('Costa Azul Hotel Service SL', undefined, 'Lava para más de 14 hoteles de la costa.', laundry)).not.toContain('groups');
    expect(prospect('Talblick Hotel Service GmbH', undefined, 'Wäscht für rund 14 Hotels in der Region.', laundry)).not.toContain('groups');
  });
  it("reads a hotel company's own hotels after a possessive, 'all', or a count that grows, as a hotel group", () => {
    expect(prospect('Costa Azul Hotel SA', undefined, 'Busca un sistema de reservas para sus 14 hoteles.', laundry)).toContain('groups');
    expect(prospect('Costa Azul Hotel Lda', undefined, 'Passou de 8 para 14 hotéis este ano.', laundry)).toContain('groups');
    expect(prospect('Costa Azul Hotel Lda', undefined, 'Quer expandir para 14 hotéis.', laundry)).toContain('groups');
    expect(prospect('Kustland Hotel BV', undefined, 'Zoekt een systeem voor onze 14 hotels.', laundry)).toContain('groups');
    expect(prospect('Kustland Hotel BV', undefined, 'Zoekt een systeem voor hun 14 hotels.', laundry)).toContain('groups');
    expect(prospect('Alpenhotel GmbH', undefined, 'Sucht eine Lösung für ihre 14 Hotels.', laundry)).toContain('groups');
    expect(prospect('Alpenhotel GmbH', undefined, 'Sucht eine Lösung für alle 14 Hotels.', laundry)).toContain('groups');
    expect(prospect('Hôtel Côte Azur SAS', undefined, 'Cherche un outil pour ses 14 hôtels.', laundry)).toContain('groups');
    expect(prospect('Coastline Hotel Co', undefined, 'Looking for a tool for their 14 hotels.', laundry)).toContain('groups');
  });
});

// An invented vendor of theatre scheduling for hospitals, public and private.
const hospitals = compileTaxonomy(
  {
    personas: [{ id: 'ops', label: 'Operations manager', aliases: ['operations manager'] }],
    industries: [
      { id: 'public', label: 'Public hospitals', aliases: ['public hospital', 'university hospital'] },
      { id: 'private', label: 'Private hospitals', aliases: ['private hospital', 'private clinic'] },
    ],
    painPoints: [{ id: 'late', label: 'Late starts', aliases: ['late start'] }],
  },
  [],
);

describe('a private hospital in Portuguese', () => {
  it('reads "Hospital Particular" as the private hospitals, a plain "Hospital" as before', () => {
    expect(prospect('Hospital Particular de Vilarinho', 'Saúde', undefined, hospitals)).toEqual(['private']);
    expect(prospect('Hospital de Vilarinho', 'Saúde', undefined, hospitals)).not.toContain('private');
  });
});
