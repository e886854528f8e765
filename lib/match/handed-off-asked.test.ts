// A topic handed to someone else with "not me" ("the harbourmaster does that, not me"), in the seven languages, is no pain
// of the prospect's; the seller's question such an answer turns down still says, for the industry readings, what the seller
// takes the business to be. Invented vendor and records.
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
