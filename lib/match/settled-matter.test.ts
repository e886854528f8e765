// A matter said to work, to be fine or handled, or to be none of the prospect's, in each language's ordinary words
// ("that works", "has it handled", "klappt eigentlich", "alles gut", "c'est bien géré", "non li tocca", "ne le concerne
// pas", "no le preocupa") (fiftieth round). Invented vendor: software for bakeries.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const vendor = compileTaxonomy({
  personas: [],
  industries: [],
  painPoints: [
    { id: 'deliveries', label: 'Delivery planning', aliases: ['deliveries', 'Lieferungen', 'livraisons', 'consegne', 'entregas'] },
    { id: 'hygiene', label: 'Hygiene audits', aliases: ['hygiene audits', 'HACCP'] },
  ],
} satisfies Taxonomy);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, vendor)).painPoints;

describe('a matter said to be fine or none of theirs', () => {
  it('reads nothing when the matter is said to work or to be handled', () => {
    expect(pains('Deliveries we plan on a whiteboard, that works.')).toEqual([]);
    expect(pains('HACCP audits: the quality lead has that handled.')).toEqual([]);
    expect(pains('Die Lieferungen plant der Fahrer, klappt eigentlich.')).toEqual([]);
    expect(pains("Les livraisons, c'est bien géré.")).toEqual([]);
  });
  it('reads nothing when the matter does not concern them', () => {
    expect(pains('HACCP non li tocca, sono un laboratorio piccolo.')).toEqual([]);
    expect(pains('HACCP ne le concerne pas.')).toEqual([]);
    expect(pains('HACCP no le preocupa: el inspector ya los conoce.')).toEqual([]);
  });
  it('still reads the matter said to go badly', () => {
    expect(pains('Die Lieferungen klappen eigentlich nie.')).toEqual(['deliveries']);
    expect(pains('HACCP is a nightmare every spring.')).toEqual(['hygiene']);
  });
});
