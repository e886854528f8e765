// A word of the notes that is two English words (sixty-second round): German and Dutch fuel cards ("Tankkarte",
// "tankpas"), driving licences ("Führerschein", "rijbewijs") and a box office in four languages ("taquilla",
// "billetterie", "biglietteria", "bilheteria") read as those two words, so a library's phrase of them is said.
// Before, the one word was read as one stem ("fuel card") that no phrase held. Invented vendor: software for
// regional bus companies that also run a small touring theatre's ticket desk.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const vendor = compileTaxonomy({
  personas: [],
  industries: [],
  painPoints: [
    { id: 'fuel', label: 'Fuel card reconciliation', aliases: ['fuel card', 'fuel card statements'] },
    { id: 'licences', label: 'Who may drive which bus', aliases: ['driving licence', 'expired licences'] },
    { id: 'tickets', label: 'Box office queues', aliases: ['box office'] },
  ],
} satisfies Taxonomy);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, vendor)).painPoints;

describe('a word of the notes that is two English words', () => {
  it('reads fuel cards and driving licences in German and Dutch', () => {
    for (const [note, id] of [
      ['Die Tankkarten der Busfahrer gleicht die Disposition jeden Monat von Hand ab.', 'fuel'],
      ['De tankpassen van de chauffeurs worden elke maand met de hand nagekeken.', 'fuel'],
      ['Die Führerscheine der Fahrer werden zweimal im Jahr auf Papier kontrolliert.', 'licences'],
      ['De rijbewijzen van de chauffeurs worden twee keer per jaar op papier gecontroleerd.', 'licences'],
    ] as const)
      expect(pains(note), note).toContain(id);
  });
  it('reads a box office in four languages', () => {
    for (const note of [
      'En la taquilla del teatro las colas son largas cada viernes.',
      "À la billetterie du théâtre, les files d'attente sont longues chaque vendredi.",
      'Alla biglietteria del teatro le code sono lunghe ogni venerdì.',
      'Na bilheteria do teatro as filas são longas toda sexta-feira.',
    ])
      expect(pains(note), note).toContain('tickets');
  });
  it('keeps a negation before the word', () => {
    expect(pains('Mit den Tankkarten gibt es keine Probleme, das läuft gut.')).not.toContain('fuel');
  });
});

// The books and tax in one German or Dutch word (sixty-second round): the general ledger ("Hauptbuch", "grootboek"),
// a tax code ("Steuerschlüssel"), a back payment ("Nachzahlung"). Invented vendor:
// bookkeeping software for chains of bakeries.
const books = compileTaxonomy({
  personas: [],
  industries: [],
  painPoints: [
    { id: 'ledger', label: 'Postings in the general ledger', aliases: ['general ledger'] },
    { id: 'code', label: 'Tax code set wrong', aliases: ['tax code', 'tax codes'] },
    { id: 'back', label: 'Back payments after an audit', aliases: ['back payment', 'back payments'] },
  ],
} satisfies Taxonomy);
const booksPains = (notes: string) => contextOf(resolveProspect({ notes }, books)).painPoints;

describe('the books and tax in one word', () => {
  it('reads the general ledger, a tax code and a back payment', () => {
    for (const [note, id] of [
      ['Im Hauptbuch der Bäckereikette landen die Buchungen der Filialen oft doppelt.', 'ledger'],
      ['In het grootboek van de bakkerijketen staan de boekingen van de filialen vaak dubbel.', 'ledger'],
      ['Der Steuerschlüssel ist bei den Rechnungen der Filialen oft falsch gesetzt.', 'code'],
      ['Nach der letzten Prüfung kam eine Nachzahlung, weil die Belege der Filialen fehlten.', 'back'],
    ] as const)
      expect(booksPains(note), note).toContain(id);
  });
});

// Lists kept in a spreadsheet program (sixty-second round), read as English "Excel lists": German and Dutch join the
// words with a hyphen ("Excel-Listen", "Excel-lijsten"), Spanish puts the list first. A library that names both the
// program and its lists hears the lists, as an English "Excel lists" is heard, not the program alone.
const lists = compileTaxonomy({
  personas: [],
  industries: [],
  painPoints: [
    { id: 'program', label: 'Spreadsheet chaos', aliases: ['spreadsheets', 'excel'] },
    { id: 'lists', label: 'Orders kept in Excel lists', aliases: ['excel lists'] },
  ],
} satisfies Taxonomy);
const listPains = (notes: string) => contextOf(resolveProspect({ notes }, lists)).painPoints;

describe('lists kept in a spreadsheet program', () => {
  it('reads them as lists in German, Dutch and Spanish', () => {
    for (const note of [
      'Die Bestellungen der zwölf Bäckereien laufen über Excel-Listen, das kostet jede Woche zwei Tage.',
      'De bestellingen van de twaalf bakkerijen maken we uit Excel-lijsten.',
      'Preparamos los pedidos de las doce panaderías a partir de listas de Excel.',
    ])
      expect(listPains(note), note).toContain('lists');
  });
});
