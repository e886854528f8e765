// Review mend (sixtieth round, a1): "not me" and its six languages' kin hand a topic off only where they close their
// clause, not inside one ("it is not me who ...", "non io soltanto") nor before a "but". Invented marina vendor.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const marina = compileTaxonomy({
  personas: [],
  industries: [],
  painPoints: [
    { id: 'fuel', label: 'Fuel dock reconciliation', aliases: ['fuel dock'] },
    { id: 'berths', label: 'Berth double bookings', aliases: ['double bookings', 'doppelbuchungen', 'doubles reservations', 'reservas duplicadas', 'prenotazioni doppie', 'dubbele boekingen', 'reservas em duplicado'] },
  ],
} satisfies Taxonomy);
const pains = (notes: string) => contextOf(resolveProspect({ notes, name: 'Ilse Varrow' }, marina)).painPoints;

describe('"not me" inside a clause is no hand-off', () => {
  it('keeps the pain said beside it', () => {
    expect(pains('Double bookings ruin our Saturdays and it is not me who sorts them out, yet I get the calls.')).toEqual(['berths']);
    expect(pains('Who raised the double bookings? Not me, but every skipper moans about them.')).toEqual(['berths']);
    expect(pains('Le prenotazioni doppie ci rovinano il sabato, non io soltanto lo penso.')).toEqual(['berths']);
    expect(pains('De dubbele boekingen zijn elke zomer een drama, niet ik alleen zie dat.')).toEqual(['berths']);
    expect(pains('Die Doppelbuchungen nerven alle, nicht ich allein sage das.')).toEqual(['berths']);
  });
  it('still reads the hand-off at its clause end', () => {
    expect(pains('The fuel dock is run by the office, not me.')).toEqual([]);
    expect(pains('Die Doppelbuchungen regelt das Büro, nicht ich.')).toEqual([]);
  });
});
