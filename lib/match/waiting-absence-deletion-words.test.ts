// Words of the notes in six languages (fifty-eighth round), read as their English: waiting said with the verb of
// the people who wait ("attendent", "esperan", "aspettano", "esperam", "wacht"), absenteeism as French, Dutch,
// Portuguese and German spell it, and deleting records ("gelöscht", "effacées", "borrado", "verwijderd", "apagados");
// and a requirement's heading in the six languages, which opens its sentence (a word at most before it).
// Invented vendor: appointment software for chains of veterinary clinics.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const vendor = compileTaxonomy({
  personas: [],
  industries: [],
  painPoints: [
    { id: 'waiting', label: 'Long waits for pet owners', aliases: ['wait times', 'waiting room', 'on hold'] },
    { id: 'absence', label: 'Staff absence', aliases: ['absenteeism', 'sick leave'] },
    { id: 'records', label: 'Keeping old records', aliases: ['deletion', 'retention', 'data protection'] },
  ],
} satisfies Taxonomy);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, vendor)).painPoints;

describe('waiting, absenteeism and deleting said in six languages', () => {
  it('reads the verb of those who wait as waiting', () => {
    for (const note of [
      'Owners wait forty minutes at the desk on Saturdays.',
      'Les propriétaires attendent quarante minutes au comptoir le samedi.',
      'Los dueños esperan cuarenta minutos en el mostrador los sábados.',
      'I proprietari aspettano quaranta minuti al bancone il sabato.',
      'Os donos esperam quarenta minutos no balcão aos sábados.',
      'Wie belt, hangt op zaterdag een half uur in de wacht.',
    ])
      expect(pains(note), note).toContain('waiting');
  });
  it('reads absenteeism in its spellings', () => {
    for (const note of [
      "L'absentéisme des assistants vétérinaires atteint 9 % cet hiver.",
      'Het absenteïsme onder de assistenten is deze winter hoog.',
      'O absenteísmo das auxiliares subiu muito este inverno.',
      'Der Absentismus im Praxisteam ist diesen Winter hoch.',
    ])
      expect(pains(note), note).toContain('absence');
  });
  it('reads the words for deleting records as deletion', () => {
    for (const note of [
      'In der Praxissoftware wurde seit 2012 kein Tierhalter gelöscht.',
      "Les fiches des anciens clients ne sont jamais effacées.",
      'Nunca se ha borrado ninguna ficha de cliente.',
      'Oude klantkaarten worden nooit verwijderd.',
      'As fichas dos clientes antigos nunca são apagadas, nem os apagados ficam registados.',
    ])
      expect(pains(note), note).toContain('records');
  });
  it('reads no deletion where the word has its everyday sense (review mend)', () => {
    for (const note of [
      'Der Küchenbrand in der Filiale war nach zehn Minuten gelöscht.',
      'Die Futtersäcke werden im Hafen von Bremen gelöscht.',
      'De dichtstbijzijnde kliniek ligt dertig kilometer verwijderd.',
      'A sala de espera fica com a luz apagada depois das oito.',
      'A equipa passa o dia a apagar fogos na receção.',
    ])
      expect(pains(note), note).toEqual([]);
  });
});

describe("a requirement's heading in six languages", () => {
  it('reads no pain under a heading that opens its sentence', () => {
    for (const note of [
      'Bedingung: Löschung der Daten nach zwei Jahren.',
      'Requisiti: cancellazione e retention dei dati dopo due anni.',
      'Eisen: data protection volgens de AVG, hosting in de EU.',
      'Condições: data protection conforme o RGPD, alojamento na UE.',
    ])
      expect(pains(note), note).toEqual([]);
  });
  it('reads an English heading wherever it stands, a foreign one a word at most into its sentence (review mend)', () => {
    expect(pains('The owners named their main requirements: data protection and retention rules.')).toEqual([]);
    expect(pains('Harte Anforderungen: Löschung der Daten nach zwei Jahren.')).toEqual([]);
  });
  it('reads the state of things after "Condition:" (review mend)', () => {
    expect(pains('Condition: owners wait an hour in the lobby every Saturday.')).toContain('waiting');
    expect(pains('Visit done. Current condition: owners wait an hour in the lobby.')).toContain('waiting');
    expect(pains('Conditions: pet owners wait fifty minutes on Mondays.')).toContain('waiting');
  });
  it('reads a state named with a colon mid-sentence as before', () => {
    expect(pains('They only learn the waiting room condition: owners wait an hour on Saturdays.')).toContain('waiting');
  });
});
