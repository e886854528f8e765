// A topic handed to another person or department ("not my area", "goes through accounts, not my department", "wrong person") is
// no pain of this prospect's, in the seven languages; a problem quiet since a fix ("retuned it in May, quiet since")
// is settled. The pain named beside it stays read. "Not me" hands a topic off too, in the seven languages, but only where
// it closes its clause (not "it is not me who ...", "non io soltanto", nor before a "but", review mend); the seller's
// question such an answer turns down still says, for the industry readings, what the seller takes the business to be
// (sixtieth round). Invented vendor and records.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';
import { readNotes } from './notes';

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

describe('handed off with "not me"', () => {
  it('reads no pain from the topic handed off, and keeps the one said next', () => {
    expect(pains('The fuel dock goes through the harbourmaster, not me.')).toEqual([]);
    expect(pains('Fuel dock runs through the office, not me. My worry is double bookings every weekend.')).toEqual(['berths']);
    expect(pains('The fuel dock? Not my headache, the office has it.')).toEqual([]);
  });
  it('in the six other languages', () => {
    expect(pains('Die Doppelbuchungen macht der Hafenmeister, nicht ich.')).toEqual([]);
    expect(pains("Les doubles reservations passent par le capitaine, pas moi.")).toEqual([]);
    expect(pains('Las reservas duplicadas las lleva la oficina, no soy yo.')).toEqual([]);
    expect(pains("Le prenotazioni doppie le segue l'ufficio, non io.")).toEqual([]);
    expect(pains('De dubbele boekingen doet de havenmeester, niet ik.')).toEqual([]);
    expect(pains('As reservas em duplicado ficam com o escritório, não sou eu.')).toEqual([]);
  });
});

describe("the seller's question an answer settles", () => {
  it('is kept for the industry readings, not for the pains', () => {
    const read = readNotes('Rep: how do you plan the regatta season moorings?\nWren: the harbourmaster does that, not me.');
    expect(read.notes).not.toContain('regatta');
    expect(read.industry).toContain('regatta season moorings?');
  });
  it('is not kept where the answer does not settle it', () => {
    const read = readNotes('Rep: how do you plan the regatta season moorings?\nWren: the harbourmaster does it every spring.');
    expect(read.industry).not.toContain('regatta');
  });
});

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
