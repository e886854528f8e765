// The prospect asking about or viewing the vendor's own thing (sixty-first round): "Asked whether our X would ...",
// "Viewed our X page": the rep's "our" is the vendor's, what it names is no pain of the prospect's, whoever asks; a
// clause that complains still reads. Invented vendor: booking software for climbing gyms.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const vendor = compileTaxonomy({
  personas: [{ id: 'gym-owner', label: 'Gym owner', aliases: ['owner', 'gym manager'] }],
  industries: [],
  painPoints: [
    { id: 'waitlists', label: 'Class waitlists', aliases: ['waitlist', 'waiting list'] },
    { id: 'double-bookings', label: 'Double bookings', aliases: ['double bookings', 'overbooked sessions'] },
  ],
} satisfies Taxonomy);
const pains = (notes: string) => contextOf(resolveProspect({ title: 'Gym Manager', notes }, vendor)).painPoints;

describe("the prospect's look at the vendor's own thing", () => {
  it('reads no pain from a question about our product', () => {
    expect(pains('Bouldering hall, two sites. Asked whether our waitlist handles belay courses.')).toEqual([]);
    expect(pains('Two walls and a cafe. Viewed our double bookings page three times this week.')).toEqual([]);
  });
  it('reads no pain from the question in the other languages', () => {
    expect(pains('Kletterhalle in Kassel. Fragte nach unserer Funktion für waitlist und Kurse.')).toEqual([]);
    expect(pains('Rocódromo en Bilbao. Preguntó si nuestra waitlist sirve para cursos.')).toEqual([]);
  });
  it('reads the pain said beside the question', () => {
    expect(pains('Asked whether our waitlist handles courses. Overbooked sessions every Saturday.')).toEqual(['double-bookings']);
  });
  it('reads a complaint said in the same clause', () => {
    expect(pains('Asked about our waitlist because their double bookings are a nightmare every weekend.')).toContain('double-bookings');
  });
  it('reads their own thing asked about without our', () => {
    expect(pains('Asked whether the waitlist chaos at the front desk can be fixed.')).toEqual(['waitlists']);
  });
});
