// A topic handed to another person or department ("not my area", "goes through accounts, not my department", "wrong person") is
// no pain of this prospect's, in the seven languages; a problem quiet since a fix ("retuned it in May, quiet since")
// is settled. The pain named beside it stays read. Invented vendor and records.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const marina: Taxonomy = {
  personas: [],
  industries: [],
  painPoints: [
    { id: 'fuel', label: 'Fuel dock reconciliation', aliases: ['fuel dock'] },
    { id: 'berths', label: 'Berth double bookings', aliases: ['double bookings', 'doppelbuchungen', 'doubles reservations', 'reservas duplicadas', 'prenotazioni doppie', 'dubbele boekingen', 'reservas em duplicado'] },
  ],
};
const compiled = compileTaxonomy(marina);
const pains = (notes: string) => contextOf(resolveProspect({ notes, name: 'Wren Altmoor' }, compiled)).painPoints;

describe("someone else's matter", () => {
  it('reads no pain from a topic handed to another person or department', () => {
    expect(pains('Rep: is the fuel dock a headache?\nWren: not my area, the harbourmaster runs it.')).toEqual([]);
    expect(pains('The fuel dock goes through the office, not my department. Double bookings hit us every weekend.')).toEqual(['berths']);
    expect(pains('Fuel dock: wrong person, try the yard manager.')).toEqual([]);
    expect(pains("Fuel dock? not my department, honestly.")).toEqual([]);
  });
  it('in the six other languages', () => {
    expect(pains('Doppelbuchungen: nicht meine Baustelle, das macht der Hafenmeister.')).toEqual([]);
    expect(pains('Les doubles reservations, pas mon rayon.')).toEqual([]);
    expect(pains('Las reservas duplicadas no es mi área.')).toEqual([]);
    expect(pains('Le prenotazioni doppie non è di mia competenza.')).toEqual([]);
    expect(pains('Dubbele boekingen: niet mijn afdeling.')).toEqual([]);
    expect(pains('Reservas em duplicado: não é da minha área.')).toEqual([]);
  });
  it('a problem quiet since a fix is settled', () => {
    expect(pains('Double bookings: we changed the booking form in May, quiet since.')).toEqual([]);
    expect(pains("Rep: fuel dock trouble?\nWren: no, we swapped the pumps last winter, it's been quiet.")).toEqual([]);
    expect(pains('Les doubles reservations : calme depuis le nouveau formulaire.')).toEqual([]);
    expect(pains('Die Doppelbuchungen sind seitdem ruhig.')).toEqual([]);
    expect(pains('Reservas duplicadas, tranquilo desde mayo.')).toEqual([]);
  });
  it('keeps a pain said in the first person', () => {
    expect(pains('The fuel dock is my headache: the tills never match the meter.')).toEqual(['fuel']);
    expect(pains('Double bookings again, my team cannot keep up.')).toEqual(['berths']);
  });
});
