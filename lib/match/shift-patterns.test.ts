// Shift and duty words that say how work is organised, not a scheduling problem (fifty-second round):
// a shift word said with a count, a time of day or the "in" of working in shifts ("three shifts", "night shifts",
// "in Schichten", "turni notturni") reads the scheduling pain only with a problem word beside it; a bare German or
// Dutch "Dienst" (a service, a department) is no shift at all.
// Invented vendor: rota software for commercial laundries.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const vendor = compileTaxonomy({
  personas: [],
  industries: [],
  painPoints: [
    // Review mend (fifty-second round): a label with no problem word of its own ("chaos" was one), so the tests
    // below reach the gate on a problem said with the shifts.
    { id: 'rota', label: 'Shift scheduling', aliases: ['rota gaps'] },
    { id: 'linen', label: 'Lost linen', aliases: ['missing sheets'] },
  ],
} satisfies Taxonomy);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, vendor)).painPoints;

describe('shift words that say how the work is organised', () => {
  it('reads no scheduling pain from the count or time of the shifts alone', () => {
    expect(pains('Wäscherei mit 140 Leuten, die Mangel läuft in drei Schichten.')).toEqual([]);
    expect(pains('The plant runs three shifts and a night shift on Saturdays.')).toEqual([]);
    expect(pains('Lavanderia industriale con turni notturni, 90 addetti.')).toEqual([]);
  });
  it('reads no shift from a German or Dutch service department', () => {
    expect(pains('Der technische Dienst der Wäscherei betreut die Maschinen.')).toEqual([]);
  });
  it('still reads the pain when a problem is said with the shifts', () => {
    expect(pains('The night shifts are a mess, nobody knows who is coming in.')).toEqual(['rota']);
    expect(pains('Our shift planning is chaos every week.')).toEqual(['rota']);
  });
});

// Review mends (fifty-second round): the problem a shift said with a count or a time of day needs is any complaint
// or problem word of its sentence, not only the matcher's narrow qualifiers; and the German and Dutch duties of a time
// of day, the weekend or on-call ("Spätdienst", "Bereitschaftsdienst", "avonddienst") are shifts.
describe('shifts said with a complaint, and the duties that are shifts', () => {
  it('reads the pain from a plain complaint about night or weekend shifts', () => {
    expect(pains('Night shifts are a problem at the laundry.')).toEqual(['rota']);
    expect(pains('We struggle to cover night shifts in the ironing hall.')).toEqual(['rota']);
    expect(pains('Weekend shifts are always short-staffed.')).toEqual(['rota']);
    expect(pains('Los turnos de noche son un problema en la lavandería.')).toEqual(['rota']);
  });
  it('reads the German and Dutch duties of a time of day, the weekend or on-call as shifts', () => {
    expect(pains('Der Nachtdienst in der Wäscherei ist ein Problem.')).toEqual(['rota']);
    expect(pains('Der Spätdienst an der Mangel ist jede Woche ein Chaos.')).toEqual(['rota']);
    expect(pains('Der Bereitschaftsdienst für die Waschstraße ist kaum zu besetzen.')).toEqual(['rota']);
    expect(pains('De avonddienst in de wasserij is elke week een chaos.')).toEqual(['rota']);
    expect(pains('Die Diensteinteilung der Wäscherei ist jede Woche ein Chaos.')).toEqual(['rota']);
  });
  it('still reads no shift from a department called a Dienst', () => {
    expect(pains('Der Kundendienst der Wäscherei ist unterbesetzt.')).toEqual([]);
  });
});
