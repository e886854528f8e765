// A topic said to be no longer one, with "longer" between the negation and the topic ("non è più un problema", "n'est
// plus un problème"), and "no complaints" in the six languages (fiftieth round). Invented vendor: software for
// laundries.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const vendor = compileTaxonomy({
  personas: [],
  industries: [],
  painPoints: [
    { id: 'water', label: 'Water costs', aliases: ['water'] },
    { id: 'complaints', label: 'Customer complaints', aliases: ['complaints'] },
  ],
} satisfies Taxonomy);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, vendor)).painPoints;

describe('a topic no longer one, and no complaints', () => {
  it('reads nothing when the topic is said to be no longer a problem', () => {
    expect(pains("L'acqua non è più un tema dopo il riciclo.")).toEqual([]);
    expect(pains("L'eau n'est plus un sujet depuis le recyclage.")).toEqual([]);
  });
  it('reads nothing on "no complaints"', () => {
    expect(pains('Geen klachten over de huidige kassa.')).toEqual([]);
    expect(pains('Keine Beschwerden über die Kasse.')).toEqual([]);
  });
  it('reads a complaint said in another sentence or clause of the same notes (review mend)', () => {
    expect(pains('Geen klachten over de kassa. Veel klachten over vlekken op de lakens.')).toEqual(['complaints']);
    expect(pains('Keine Beschwerden über die Kasse.\nViele Kundenbeschwerden wegen Flecken auf der Wäsche.')).toEqual(['complaints']);
    expect(pains('Nessun reclamo sulla cassa, ma tanti reclami dei clienti per le macchie.')).toEqual(['complaints']);
    expect(pains('Customer complaints up 40%. No complaints about the kiosk though.')).toEqual(['complaints']);
  });
  it('still reads the complaint itself', () => {
    expect(pains("L'acqua è un tema ogni estate.")).toEqual(['water']);
    expect(pains('Veel klachten over vlekken op de lakens.')).toEqual(['complaints']);
  });
});
