// A school's and a course's everyday words in six languages (sixty-sixth round): the attendance list (Dutch
// "presentielijst", French "émargements", Italian "presenze"), the timetable (Italian "orario")
// and a substitute teacher (Dutch "invaller"), a certificate in
// Dutch, money paid ahead (Italian "acconti", German "Anzahlung"), the under-age (German "minderjährig"), a learner's progress (German "Lernfortschritt"), and a matter said already resolved in the plural or the
// feminine ("ya están resueltas", "già risolte").
// Invented vendor: Quavermoor, booking and records software for evening music academies.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const vendor = compileTaxonomy({
  personas: [],
  industries: [],
  painPoints: [
    { id: 'register', label: 'Lesson attendance tracking', aliases: ['lesson register', 'absence alerts'] },
    { id: 'rota', label: 'Tutor timetabling', aliases: ['studio allocation', 'substitute tutors', 'rota changes'] },
    { id: 'diplomas', label: 'Exam certificates', aliases: ['grade diploma', 'learning progress summaries'] },
    { id: 'fees', label: 'Fees and deposits', aliases: ['deposits', 'term fees'] },
    { id: 'welfare', label: 'Safety of minors', aliases: ['minors', 'pupil welfare'] },
    { id: 'entry', label: 'Entry auditions and level tests', aliases: ['level tests for newcomers', 'entry audition'] },
    { id: 'teachers', label: 'Visiting teacher invoices', aliases: ['teacher invoices', 'visiting teachers'] },
  ],
} satisfies Taxonomy);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, vendor)).painPoints;

describe("a school's and a course's everyday words in six languages", () => {
  it('reads the attendance list in Dutch, French and Italian', () => {
    for (const note of [
      'De tutoren tekenen de presentielijst elke avond met de hand af.',
      'Les émargements des stagiaires se perdent entre deux studios.',
      'Le presenze degli allievi finiscono su fogli sparsi.',
    ])
      expect(pains(note), note).toContain('register');
  });
  it('reads the timetable in Italian and a substitute teacher in Dutch', () => {
    for (const note of ["L'orario cambia ogni settimana.", 'Bij ziekte zoekt ze urenlang een invaller voor de studio.'])
      expect(pains(note), note).toContain('rota');
  });
  it("reads a certificate in Dutch and a learner's progress in German", () => {
    expect(pains('Na elk examen wil de ouder een certificaat met het behaalde niveau.')).toContain('diplomas');
    expect(pains('Die Eltern wollen den Lernfortschritt pro Kind, er schreibt die Berichte selbst.')).toContain('diplomas');
  });
  it('reads money paid ahead in Italian and German', () => {
    for (const note of [
      'Gli acconti per i corsi estivi arrivano in tre valute diverse.',
      'Die Anzahlung für das Sommerlager wird doppelt gebucht.',
    ])
      expect(pains(note), note).toContain('fees');
  });
  it('reads the under-age in German', () => {
    expect(pains('Ein minderjähriger Schüler kam spät zurück und niemand wusste es.')).toContain('welfare');
  });
  it('reads no pain of a matter said already resolved in the feminine plural', () => {
    expect(pains('As faturas dos professores visitantes estão resolvidas desde março.')).not.toContain('teachers');
  });
});
