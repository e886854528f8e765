// The rep named by first name in a call summary: where the notes list the rep with the vendor's name in brackets
// ("Participants: Greta Lind, Milo Hart (Tessaloop)"), "Milo suggested ..." is the rep's guess, and "Greta said X are
// not the problem" turns it down. Invented vendor and records.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const bakery: Taxonomy = {
  personas: [],
  industries: [],
  painPoints: [
    { id: 'oven-slots', label: 'Oven slot clashes', aliases: ['oven scheduling'] },
    { id: 'wholesale-invoices', label: 'Wholesale invoice chasing', aliases: ['chasing wholesale invoices'] },
  ],
};
const compiled = compileTaxonomy(bakery);
const pains = (notes: string) => contextOf(resolveProspect({ name: 'Greta Lind', notes }, compiled)).painPoints;

describe('the rep named by first name', () => {
  it("a guess by the rep's first name, turned down, names no pain", () => {
    const notes =
      'Call summary\nParticipants: Greta Lind, Milo Hart (Tessaloop)\n' +
      'Milo suggested oven scheduling; Greta said oven slots are not the problem. Chasing wholesale invoices takes her Fridays.';
    expect(pains(notes)).toEqual(['wholesale-invoices']);
  });
  it('the same guess taken up still reads', () => {
    const notes =
      'Call summary\nParticipants: Greta Lind, Milo Hart (Tessaloop)\n' +
      'Milo suggested oven scheduling; Greta said yes, oven slot clashes every Saturday.';
    expect(pains(notes)).toContain('oven-slots');
  });
});
