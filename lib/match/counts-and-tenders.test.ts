// Pains left by the sixty-third round's six-language pass: a caseload given as a count per person ("each coach carries
// more than 40 clients", in seven languages); a tender's list of requirements after a heading joined to what it is for
// ("Requirements for the procurement: ..."), read as no pain; the citizens a public body serves in the six languages'
// own words, read as the English "citizens".
// Invented vendor: Quillmarsh, client-record and portal software for debt-advice charities.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';
import { foreignNoteWord } from './lexicon';

const vendor = compileTaxonomy({
  personas: [],
  industries: [],
  painPoints: [
    { id: 'caseload', label: 'Too many clients per adviser', aliases: ['high caseloads', 'adviser workload'] },
    { id: 'privacy', label: 'Privacy of client records', aliases: ['GDPR', 'records stored abroad', 'hosting in the EU'] },
  ],
} satisfies Taxonomy);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, vendor)).painPoints;

describe('counts, tenders and citizens', () => {
  it('reads a caseload said as a count per person', () => {
    for (const note of [
      'Since the spring each adviser carries more than 60 clients.',
      'Chaque conseillère suit désormais plus de 70 familles.',
      'Cada asesora lleva ahora más de 55 expedientes.',
      'Jede Beraterin hat inzwischen mehr als 65 Fälle.',
      'Elke consulent heeft nu meer dan 45 gezinnen.',
      'Ogni consulente segue oltre 50 pratiche.',
      'Cada técnica acompanha mais de 75 famílias.',
    ])
      expect(pains(note), note).toContain('caseload');
  });
  it('reads no caseload from a count without a word of each one, or a small count', () => {
    expect(pains('We opened more than 60 files for the new scheme.')).not.toContain('caseload');
    expect(pains('Each adviser has more than 3 files to close.')).not.toContain('caseload');
  });
  it("reads a tender's requirement list as no pain", () => {
    for (const note of [
      'Requirements for the procurement: single sign-on, hosting in the EU, audit trail.',
      'Eisen voor de nieuwe aanbesteding: hosting in the EU, koppeling met het boekhoudpakket.',
      'Anforderungen an die Plattform: hosting in the EU, Single Sign-on.',
    ])
      expect(pains(note), note).not.toContain('privacy');
    expect(pains('Hosting in the EU is a worry for the board.')).toContain('privacy');
  });
  it("reads the citizens of the six languages' words as citizens, not the English food", () => {
    for (const word of ['burgerinnen', 'citoyens', 'ciudadanos', 'cittadini', 'cidadaos', 'municipes'])
      expect(foreignNoteWord(word), word).toBe('citizens');
    for (const word of ['burger', 'burgers']) expect(foreignNoteWord(word), word).toBeUndefined();
  });
});
