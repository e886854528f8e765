// A manual as a book (sixty-second round): English "manuals" and another language's manual after an article ("il
// manuale", "le manuel", "el manual", "os manuais") are instructions, not work by hand; Italian "mano" and Portuguese
// "mão" alone are the hand ("in mano"), and only "a mano", "à mão" are by hand. A library that names its pain with
// the word itself ("Outdated manuals") still reads it. Invented vendors: service software for makers of industrial
// dishwashers.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const byHand = compileTaxonomy({
  personas: [],
  industries: [],
  painPoints: [{ id: 'manual', label: 'Manual data entry', aliases: ['manual work', 'typing by hand'] }],
} satisfies Taxonomy);
const books = compileTaxonomy({
  personas: [],
  industries: [],
  painPoints: [
    { id: 'manual', label: 'Manual data entry', aliases: ['manual work'] },
    { id: 'books', label: 'Outdated manuals', aliases: ['manuals out of date'] },
  ],
} satisfies Taxonomy);
const pains = (notes: string, c = byHand) => contextOf(resolveProspect({ notes }, c)).painPoints;

describe('a manual as a book', () => {
  it('does not read the book as work by hand', () => {
    for (const note of [
      'The dishwasher manuals sit on a shared folder the technicians never open.',
      'Il tecnico arriva con il manuale della lavastoviglie sul tablet.',
      'I manuali delle lavastoviglie sono su una cartella condivisa.',
      'Le technicien ouvre le manuel de la machine sur sa tablette.',
      'El técnico consulta el manual del lavavajillas en la furgoneta.',
      'Os técnicos levam os manuais das máquinas no carro.',
      'Il responsabile tiene sempre il tablet in mano durante le visite.',
    ])
      expect(pains(note), note).not.toContain('manual');
  });
  it('still reads work by hand', () => {
    for (const note of [
      'Every service report is typed in by hand at the office.',
      'I rapporti di intervento li ricopiano a mano ogni sera.',
      'Los partes de trabajo se pasan a mano al sistema.',
    ])
      expect(pains(note), note).toContain('manual');
  });
  it('reads the word where the library names its pain with it', () => {
    expect(pains('Half the dishwasher manuals are out of date.', books)).toContain('books');
  });
});
