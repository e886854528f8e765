// Pains left on the sixty-fifth round's released sets after its first pass, said in general words (sixty-fifth round):
// travel said as the country crossed or as a distance driven for a short job, in English, French and Italian;
// impartiality said as the same client audited before, and its word in the six languages; Spanish diaries that do not
// fit ("cuadrar agendas"), read before the shorter idiom of figures that do not add up; busy then idle ("feast or
// famine") as the peaks of work.
// Invented vendor: Tillowmere, software for inspection bodies that test lifts and cranes.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const vendor = compileTaxonomy({
  personas: [],
  industries: [],
  painPoints: [
    { id: 'travel', label: 'Inspector travel costs', aliases: ['travel expenses'] },
    { id: 'conflicts', label: 'Tester impartiality', aliases: ['conflicts of interest', 'tester rotation'] },
    { id: 'planning', label: 'Inspector scheduling', aliases: ['test visit calendar'] },
    { id: 'invoices', label: 'Test fee billing errors', aliases: ['misbilled retests'] },
    { id: 'spoofing', label: 'Supplier payment fraud', aliases: ['business email compromise', 'spoofed bank detail changes'] },
    { id: 'standards', label: 'Safety code compliance', aliases: ['lifting best practices', 'code updates'] },
    { id: 'peaks', label: 'Workload peaks', aliases: ['seasonal test demand'] },
  ],
} satisfies Taxonomy, [
  { title: 'Stopping business email compromise at a testing body', painPoints: ['spoofing'] },
  { title: 'Business email compromise: a checklist', painPoints: ['spoofing'] },
  { title: 'Business email compromise drills for finance teams', painPoints: ['spoofing'] },
  { title: 'How a business loses a payment to a spoofed mail', painPoints: ['spoofing'] },
  { title: 'Best practices for lifting code audits', painPoints: ['standards'] },
  { title: 'Practice notes on the new crane code', painPoints: ['standards'] },
  { title: 'Lifting code best practice guide', painPoints: ['standards'] },
  { title: 'Good practice for code compliance files', painPoints: ['standards'] },
  { title: 'Route planning for testers', painPoints: ['travel'] },
  { title: 'Calendars that fill themselves', painPoints: ['planning'] },
  ...['Test fee checks', 'Refunds on retests', 'Tester rotas', 'Mileage claims', 'Crane test reports', 'Load charts', 'Hoist logbooks', 'Depot induction', 'Hoist quote sheets', 'Owner web page'].map(
    (title, i) => ({ title, painPoints: [['invoices', 'planning', 'travel'][i % 3]!] }),
  ),
]);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, vendor)).painPoints;

describe('travel, impartiality and diaries in general words', () => {
  it('reads the country crossed as travel, not a range or a rate per km', () => {
    for (const note of [
      'Their two testers criss-cross the country for crane checks that last an hour.',
      'I tecnici girano tutta la Sardegna per prove di un paio d’ore.',
    ])
      expect(pains(note), note).toContain('travel');
    expect(pains('The new service vans do 400 km for a full charge.')).not.toContain('travel');
  });
  it('reads the same client audited before, and the word in Spanish, as impartiality', () => {
    expect(pains('The regional body noticed sign-offs by testers who had audited the same client.')).toContain('conflicts');
    expect(pains('Problemas de imparcialidad con los técnicos de grúas.')).toContain('conflicts');
  });
  it('reads Spanish diaries that do not fit as scheduling, not as figures that are wrong', () => {
    const found = pains('Las pruebas de grúas se retrasan porque no cuadran las agendas de los técnicos.');
    expect(found).toContain('planning');
    expect(found).not.toContain('invoices');
  });
  it('reads busy then idle as the peaks of work', () => {
    expect(pains('It is feast or famine for the testers: every crane in the port in one fortnight, then nothing for months.')).toContain('peaks');
    expect(pains('Sent them the quote in March, then nothing. Chasing again Friday.')).not.toContain('peaks');
  });
});
