// A system its maker or vendor no longer supports or maintains, said in each language's everyday words ("nicht mehr
// unterstützt", "n'est plus maintenu", "deja de dar soporte", "non è più supportato", "niet meer ondersteund",
// "deixou de dar suporte"), and one installed on the premises ("instalado localmente", "lokal installiert"): the
// legacy topic's "no longer supported" and "on premise", which the knowledge read only in English (fifty-first round).
// Invented vendor: booking software for climbing gyms.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const vendor = compileTaxonomy({
  personas: [],
  industries: [],
  painPoints: [
    { id: 'old-booking', label: 'Outdated booking software', aliases: ['legacy system', 'end of life'] },
    { id: 'no-shows', label: 'Climbers not turning up', aliases: ['no-shows'] },
  ],
} satisfies Taxonomy);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, vendor)).painPoints;

describe('a system no longer supported, in six languages', () => {
  it('reads the vendor ending support or maintenance', () => {
    expect(pains('Die Buchungssoftware wird vom Hersteller nicht mehr unterstützt.')).toEqual(['old-booking']);
    expect(pains("Le logiciel de réservation n'est plus maintenu depuis 2025.")).toEqual(['old-booking']);
    expect(pains('El proveedor deja de dar soporte al programa de reservas en marzo.')).toEqual(['old-booking']);
    expect(pains('Il gestionale delle prenotazioni non è più supportato.')).toEqual(['old-booking']);
    expect(pains('Het reserveringspakket wordt niet meer ondersteund.')).toEqual(['old-booking']);
    expect(pains('A empresa do software de reservas deixou de dar suporte.')).toEqual(['old-booking']);
  });
  it('reads a system installed on the premises as the legacy system', () => {
    expect(pains('O programa de reservas está instalado localmente e cada atualização é um projeto.')).toEqual(['old-booking']);
    expect(pains('Die Buchungssoftware ist lokal installiert, jedes Update ein Projekt.')).toEqual(['old-booking']);
  });
  it('reads no ended support in the Italian comparative without "non" (better supported)', () => {
    expect(pains('Il nuovo gestionale è più supportato e stabile, sono contenti.')).toEqual([]);
    expect(pains('Rispetto a prima il sistema è più supportato dalla community.')).toEqual([]);
    expect(pains('Il giardino è più mantenuto da quando c\'è il nuovo custode.')).toEqual([]);
    expect(pains('I vecchi terminali non sono più supportati dal fornitore.')).toEqual(['old-booking']);
  });
  it('reads French "plus maintenu" and "plus supporté" only of a system, and not the superlative', () => {
    expect(pains("L'offre de janvier n'est plus maintenue, il faut refaire le devis.")).toEqual([]);
    expect(pains("Le rendez-vous du 12 n'est plus maintenu, à recaler.")).toEqual([]);
    expect(pains('Les frais de déplacement ne sont plus supportés par le client.')).toEqual([]);
    expect(pains("C'est le format le plus supporté par les navigateurs.")).toEqual([]);
    expect(pains("Leur vieux système de caisse n'est plus supporté par l'éditeur.")).toEqual(['old-booking']);
  });
  it('reads no ended support in help no longer needed, or given by people', () => {
    expect(pains('Nach der Schulung brauchen sie keinen Support mehr von uns.')).toEqual([]);
    expect(pains('Na de training hebben ze geen support meer nodig.')).toEqual([]);
    expect(pains('Het team krijgt geen ondersteuning meer van HR sinds de reorganisatie.')).toEqual([]);
    expect(pains('El técnico ya no da soporte a las tiendas, lo hace el encargado.')).toEqual([]);
    expect(pains('A equipa de TI deixou de dar suporte às lojas de Braga.')).toEqual([]);
  });
  it('reads "instalada localmente" only of a system, and "no hay quien lo toque" only of a system', () => {
    expect(pains('A empresa está instalada localmente em Braga desde 1998.')).toEqual([]);
    expect(pains('La fábrica, instalada localmente en Elche, tiene 80 empleados.')).toEqual([]);
    expect(pains('En precio no hay quien lo toque, es el más barato.')).toEqual([]);
    expect(pains('El programa de reservas es tan antiguo que no hay quien lo toque.')).toEqual(['old-booking']);
  });
});

describe('the same words in their other senses (review mend)', () => {
  it('reads no ended support in an offer or a meeting no longer kept, nor in the superlative', () => {
    expect(pains("L'offre de printemps n'est plus maintenue, il faut refaire le devis.")).toEqual([]);
    expect(pains("La réunion du 9 n'est plus maintenue, à recaler.")).toEqual([]);
    expect(pains("C'est le navigateur le plus supporté par les sites de réservation.")).toEqual([]);
    expect(pains("Le logiciel de réservation n'est plus maintenu depuis 2024.")).toEqual(['old-booking']);
    expect(pains("Le logiciel n'est plus supporté.")).toEqual(['old-booking']);
  });
  it('reads no ended support where a customer no longer needs help', () => {
    expect(pains('Nach dem Kurs brauchen die Trainer keinen Support mehr von uns.')).toEqual([]);
    expect(pains('Na de cursus hebben de trainers geen support meer nodig.')).toEqual([]);
    expect(pains('Der Hersteller bietet keinen Support mehr für die Buchungssoftware.')).toEqual(['old-booking']);
  });
  it('reads no legacy system in a company set up locally, nor in a price nobody beats', () => {
    expect(pains('La sala, instalada localmente en Cuenca, tiene 12 empleados.')).toEqual([]);
    expect(pains('En precio no hay quien lo toque en la provincia.')).toEqual([]);
  });
});
