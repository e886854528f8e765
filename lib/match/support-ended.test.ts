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
  it('reads no ended support in a comparison', () => {
    expect(pains('Il gestionale è ottimo e più supportato di altri.')).toEqual([]);
  });
});

describe('the same words in their other senses (review mend)', () => {
  it('reads no ended support in an offer or a meeting no longer kept, nor in the superlative', () => {
    expect(pains("L'offre de printemps n'est plus maintenue, il faut refaire le devis.")).toEqual([]);
    expect(pains("La réunion du 9 n'est plus maintenue, à recaler.")).toEqual([]);
    expect(pains("C'est le navigateur le plus supporté par les sites de réservation.")).toEqual([]);
    expect(pains("Le logiciel de réservation n'est plus maintenu par l'éditeur.")).toEqual(['old-booking']);
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
