// A problem fixed in the past (sixtieth round): a verb of fixing before its matter, with a time gone by in its clause
// ("they fixed the double bookings last year", "haben ... letztes Jahr behoben", "ont corrigé ... l'an dernier"), reads
// no pain; the clause that keeps it open ("until the owner fixed ...", "never fixed") and a fix with no time still read.
// Invented vendor: booking software for climbing gyms.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const vendor = compileTaxonomy({
  personas: [],
  industries: [],
  painPoints: [
    { id: 'double-bookings', label: 'Double bookings', aliases: ['double bookings', 'overbooked sessions'] },
    { id: 'class-no-shows', label: 'Class no-shows', aliases: ['course no-shows'] },
  ],
} satisfies Taxonomy);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, vendor)).painPoints;

describe('a problem fixed in the past', () => {
  it('reads no pain from a fix said with a time gone by', () => {
    expect(pains('Bouldering hall, two sites. They fixed double bookings last year with a deposit rule.')).toEqual([]);
    expect(pains('Owner says: we already sorted the overbooked sessions in the spring.')).toEqual([]);
  });
  it('reads no pain from the fix in the other languages', () => {
    expect(pains('Kletterhalle. Sie haben die double bookings letztes Jahr behoben.')).toEqual([]);
    expect(pains("Salle d'escalade. Ils ont corrigé les double bookings l'an dernier.")).toEqual([]);
    expect(pains('Rocódromo. Solucionaron las double bookings el año pasado.')).toEqual([]);
  });
  it('still reads the pain said beside the fix', () => {
    expect(pains('They fixed double bookings last year, but course no-shows are up again.')).toEqual(['class-no-shows']);
  });
  it('reads the pain where the clause keeps it open', () => {
    expect(pains('They never fixed double bookings last year and members complain.')).toEqual(['double-bookings']);
    expect(pains('Double bookings every weekend until the owner fixed the calendar sync last month.')).toEqual(['double-bookings']);
  });
});
