// Mends of the sixty-fifth round's second read-only review (findings 1 to 8), each a reading that went wrong at 5bdd0cfd.
// Invented vendor: Quillmarsh, booking and route software for mobile dog-grooming vans.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const quillmarsh = compileTaxonomy({
  personas: [],
  industries: [],
  painPoints: [
    { id: 'noshow', label: 'Empty grooming slots', aliases: ['clients not turning up'] },
    { id: 'rota', label: 'Groomer rota planning', aliases: ['groomer rota'] },
  ],
} satisfies Taxonomy);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, quillmarsh)).painPoints;

describe('finding 1: a relative "that works" settles only where it closes its clause and nothing denies it', () => {
  it('does not settle a clause where "that works" goes on or is denied', () => {
    for (const note of [
      'The kennel partner that works with us keeps sending clients who do not turn up.',
      'Tried four groomer rota apps but none that works offline.',
      'They would love a groomer rota tool that works on a phone.',
      'Asked for a groomer rota tool that works.',
    ])
      expect(pains(note).length, note).toBeGreaterThan(0);
  });
  it('still settles with a relative "that works" that closes its clause', () => {
    expect(pains('The vans already share a groomer rota app that works.')).toEqual([]);
    expect(pains('The vans already share a groomer rota app that works well.')).toEqual([]);
  });
});

const ledger = compileTaxonomy({
  personas: [],
  industries: [],
  painPoints: [
    { id: 'travel', label: 'Travel time between homes', aliases: ['windscreen time'] },
    { id: 'impartial', label: 'Conflict-of-interest checks', aliases: ['assessor independence'] },
    { id: 'diary', label: 'Van schedules', aliases: ['booking diary'] },
  ],
} satisfies Taxonomy);
const ledgerPains = (notes: string) => contextOf(resolveProspect({ notes }, ledger)).painPoints;

describe('finding 2: taught wording that fires on everyday notes', () => {
  it('reads no impartiality from a self review form', () => {
    expect(ledgerPains('Yearly self review forms for the groomers are still on paper.')).not.toContain('impartial');
  });
  it('still reads impartiality from a conflict of interest', () => {
    expect(ledgerPains('Conflict of interest: one assessor consulted for the same client.')).toContain('impartial');
  });
  it('reads no scheduling from finding a date for the demo', () => {
    expect(ledgerPains('Hay que cuadrar agendas para la demo del jueves.')).not.toContain('diary');
  });
});

describe('finding 3: a stalled deal is no busy-then-idle pain', () => {
  const seasons = compileTaxonomy({
    personas: [],
    industries: [],
    painPoints: [{ id: 'peaks', label: 'Seasonal demand peaks', aliases: ['busy season weeks'] }],
  } satisfies Taxonomy);
  const peaks = (notes: string) => contextOf(resolveProspect({ notes }, seasons)).painPoints;
  it('reads no peaks from a prospect gone quiet', () => {
    for (const note of ['Quote sent in February, then nothing for five weeks.', 'Trial in April, then quiet until they rang in June.'])
      expect(peaks(note), note).toEqual([]);
  });
  it('still reads feast or famine', () => {
    expect(peaks('Grooming bookings are feast or famine across the year.')).toContain('peaks');
  });
});

describe('finding 4: a deal\'s status and a routine are no communication pain', () => {
  const informing = compileTaxonomy({
    personas: [],
    industries: [],
    painPoints: [{ id: 'informed', label: 'Keeping staff informed', aliases: ['staff communication'] }],
  } satisfies Taxonomy);
  const told = (notes: string) => contextOf(resolveProspect({ notes }, informing)).painPoints;
  it('reads nothing from what the prospect has not told the rep yet, or from a question', () => {
    for (const note of [
      'They have not told us the budget yet.',
      'When did we hear last from the owner?',
    ])
      expect(told(note), note).toEqual([]);
  });
  it('still reads staff told nothing, or all of them to be told one by one', () => {
    expect(told('The groomers were never told about the new price list.')).toContain('informed');
    expect(told('When a van breaks down the office has to text everyone on the rota.')).toContain('informed');
  });
});

describe('finding 6: people sent somewhere are not staff down', () => {
  const staffing = compileTaxonomy({
    personas: [],
    industries: [],
    painPoints: [{ id: 'short', label: 'Groomer shortages', aliases: ['short staffed'] }],
  } satisfies Taxonomy);
  const short = (notes: string) => contextOf(resolveProspect({ notes }, staffing)).painPoints;
  it('reads no shortage from a count down in a place', () => {
    expect(short('One driver down in the valley had the spare clippers.')).toEqual([]);
  });
  it('still reads a count down before a time', () => {
    expect(short('Two drivers down this week with flu.')).toContain('short');
  });
});

describe('finding 7: shopping around in Italian is no travel', () => {
  it('reads no travel from "in giro per" a new tool', () => {
    expect(ledgerPains('Stanno cercando in giro per un nuovo programma di prenotazioni.')).not.toContain('travel');
  });
});
