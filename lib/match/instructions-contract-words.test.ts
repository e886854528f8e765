// Words of the notes in six languages (sixtieth round), read as their English: a machine's instructions for use
// ("Bedienungsanleitungen", "een gebruiksaanwijzing", "istruzioni di montaggio", "las instrucciones", "as instruções",
// French "notice d'utilisation", "mode d'emploi") and German "einen Servicevertrag abschließen", a service contract.
// Invented vendor: publishing and service software for makers of industrial sewing machines. "Handbuch" and
// "handleiding" are read as instructions, not as English "manual" (work by hand), which would be the wrong pain here.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const vendor = compileTaxonomy({
  personas: [],
  industries: [],
  painPoints: [
    { id: 'ifu', label: 'Printed instructions', aliases: ['instructions', 'operating instructions'] },
    { id: 'contracts', label: 'Few service contracts', aliases: ['contract', 'service contract'] },
    { id: 'keying', label: 'Manual data entry', aliases: ['manual', 'manual entry'] },
  ],
} satisfies Taxonomy);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, vendor)).painPoints;

describe('instructions for use and service contracts in six languages', () => {
  it('reads the instructions of a machine', () => {
    for (const note of [
      'Die Bedienungsanleitungen der Nähautomaten liegen nur gedruckt im Karton.',
      'Das Handbuch jeder Nähmaschine gibt es nur auf Papier.',
      'Onze gebruiksaanwijzingen voor de stikmachines zijn alleen gedrukt.',
      'Le istruzioni delle macchine per cucire sono solo stampate su carta.',
      'Las instrucciones de las máquinas de coser solo existen en papel.',
      'As instruções das máquinas de costura só existem em papel.',
      'Les notices des machines à coudre ne sont imprimées que sur papier.',
    ])
      expect(pains(note), note).toContain('ifu');
  });
  it('does not read a Dutch or German manual as work by hand', () => {
    for (const note of ['Elke handleiding van de stikmachines ligt in een andere map.', 'Das Handbuch der Nähautomaten liegt in einem anderen Ordner.'])
      expect(pains(note), note).not.toContain('keying');
  });
  it('reads a German service contract', () => {
    expect(pains('Nur wenige Schneidereien schließen nach der Garantie einen Servicevertrag ab.')).toContain('contracts');
  });
});
