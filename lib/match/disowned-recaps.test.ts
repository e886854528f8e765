// An auto-generated recap puts the rep's question in the customer's mouth ("The customer also raised ..."), and the
// rep's note after it disowns the point ("[Rep: not raised by them - I asked]", "my point, not the client's"): the
// sentence it disowns names no pain (fifty-fifth round). Invented vendor: software for dog-grooming salons.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, resolveProspect } from '.';
import { disownedSpans } from './notes';

const groomers: Taxonomy = {
  personas: [],
  industries: [],
  painPoints: [
    { id: 'turnover', label: 'Groomer turnover', aliases: ['groomer recruitment', 'groomers quitting'] },
    { id: 'noshows', label: 'Missed grooming appointments', aliases: ['no-shows', 'cancellations'] },
    { id: 'price', label: 'Rising software costs', aliases: ['price increases', 'pricing'] },
  ],
};
const asset = (pain: string, n: number, title: string) => ({
  id: `${pain}${n}`, title, url: `https://groomers.example/${pain}${n}`, type: 'blog' as const, description: title,
  personas: [], industries: [], painPoints: [pain], stage: 'awareness' as const, publishedAt: '2025-01-01',
});
const vendor = compileTaxonomy(groomers, [
  asset('turnover', 1, 'Keeping your best groomers: pay ladders, rotas and a bather apprenticeship'),
  asset('turnover', 2, 'Hiring a second groomer without losing the first'),
  asset('noshows', 1, 'Deposits and reminder texts that fill the Saturday book'),
  asset('noshows', 2, 'What an empty grooming table costs a salon'),
  asset('price', 1, 'When the salon software bill goes up again'),
  asset('price', 2, 'Comparing grooming software subscriptions'),
]);
const read = (notes: string) => resolveProspect({ title: 'Owner', notes }, vendor).painPoints.map((p) => p.id);

describe("a recap's point the rep's note disowns", () => {
  it('finds the sentence just before the note', () => {
    const text = 'The customer runs four salons. The customer also raised groomer recruitment.\n[Rep note: NOT raised by them - I asked, they said the team is stable.]';
    expect(disownedSpans(text).map((s) => text.slice(s.from, s.to).trim())).toEqual(['The customer also raised groomer recruitment.']);
  });
  it('reads no pain from the disowned sentence', () => {
    expect(read('Meeting recap (AI): The customer runs four salons. The customer also raised groomer recruitment.\n[Rep note: NOT raised by them - I asked, they said the team is stable.]')).toEqual([]);
    expect(read('Call summary: The customer mentioned cancellations as a concern. (Rep: that one was my question, not the customer’s.)')).toEqual([]);
  });
  it("still reads the pain the customer raised, and a rep's note that disowns nothing", () => {
    expect(read('Meeting recap (AI): Saturday cancellations cost them two tables a week. The customer also raised groomer recruitment.\n[Rep note: NOT raised by them - I asked.]')).toEqual(['noshows']);
    expect(read('Meeting recap (AI): The customer also raised groomer recruitment.\n[Rep note: she said it twice, two groomers quitting since May.]')).toEqual(['turnover']);
  });
  // Review mends: a note that names what it disowns disowns that alone.
  it('silences only the sentence that says the point the note names, or nothing', () => {
    expect(read('The salon owner struggles with no-shows every Saturday.\n[Rep note: pricing not raised by them.]')).toEqual(['noshows']);
    expect(read('The customer raised groomer recruitment. They said cancellations are rising. [Rep: recruitment was my question, not theirs]')).toEqual(['noshows']);
    const text = 'The customer also raised groomer recruitment.\nRep: the owner is keen. Pricing not raised by them.';
    expect(disownedSpans(text).map((s) => text.slice(s.from, s.to).trim())).toEqual(['Pricing not raised by them']);
  });
  it("does not read \"they didn't say that it ...\" as a disowning", () => {
    expect(read('Cancellations cost them two tables a week.\n[Rep note: they didn\'t say that it is urgent though.]')).toEqual(['noshows']);
  });
  it('silences the clause of the point the note names, not the rest of its sentence', () => {
    expect(read('The customer raised cancellations and groomer recruitment. [Rep: recruitment was my point, not theirs]')).toEqual(['noshows']);
    expect(read('They raised pricing; the cancellations point was mine. [Rep: my point, not theirs]')).toEqual(['price']);
  });
  it("finds the sentence's start past a decimal point or an abbreviation", () => {
    for (const text of ['The customer also mentioned cancellations as a concern, about 3.5 tables a week.\n[Rep: not raised by them]', 'The customer also mentioned cancellations, e.g. Saturdays.\n[Rep: not raised by them]'])
      expect(disownedSpans(text).map((s) => text.slice(s.from, s.to).trim())).toEqual([text.split('\n')[0]]);
  });
  it("reads a name the notes give the seller as the note's label", () => {
    expect(read('The customer also raised groomer recruitment.\nJess (rep): not raised by them')).toEqual([]);
    expect(read('Call - Tom (rep) / Dale\nThe customer also raised groomer recruitment.\n[Tom: not raised by them - I asked.]')).toEqual([]);
    expect(read('The customer also raised groomer recruitment.\n[Tom: not raised by them - I asked.]')).toEqual(['turnover']);
  });
});

// Second review's mends (fifty-fifth round).
describe("a rep's disowning note, second review", () => {
  const readAs = (notes: string) => resolveProspect({ title: 'Owner', name: 'Dale Moss', notes }, vendor).painPoints.map((p) => p.id);
  it("does not read a rep's spoken question in a transcript as a disowning note", () => {
    expect(readAs('Dale: cancellations kill our Saturdays, two tables a week.\nRep: and the clients who cancel - they never say it, right?\nDale: never')).toEqual(['noshows']);
    expect(readAs("Dale: cancellations kill our Saturdays.\nRep: ugh. and the dog owners, they didn't mention it?\nDale: nope")).toEqual(['noshows']);
    expect(readAs('Call - Jess (rep) / Dale\nDale: cancellations kill our Saturdays.\nJess (rep): the walk-ins, they never say it, right?\nDale: never')).toEqual(['noshows']);
    // A seller's name-label's correction still disowns.
    expect(read('The customer also raised groomer recruitment.\nJess (rep): not raised by them')).toEqual([]);
  });
  it('ends a sentence after an abbreviation or a letter before a new sentence, not before a name', () => {
    for (const first of ['Cancellations cost them two tables a week, reminders by text etc.', 'Cancellations cost them two tables, each wait is 40 min.', 'Cancellations hurt, asked if deposits help and she said no.', 'Cancellations are worst on Sat.', 'Cancellations cost them two tables, so they tried plan B.'])
      expect(read(`${first} The customer also raised groomer recruitment.\n[Rep: not raised by them]`)).toEqual(['noshows']);
    const text = 'Call with Dr. Smith at St. Albans clinic, No. 3 site, J. Berg too. Cancellations are up.\n[Rep: not raised by them]';
    expect(disownedSpans(text).map((s) => text.slice(s.from, s.to).trim())).toEqual(['Cancellations are up.']);
  });
  it("takes as the note's point the phrase before the disowning words, and needs its head noun", () => {
    expect(read('The owner says groomers keep quitting.\n[Rep note: owner liked the demo but pricing not raised by them]')).toEqual(['turnover']);
    expect(read('The owner loses time to cancellations every Saturday.\n[Rep: time savings not raised by them]')).toEqual(['noshows']);
    expect(read('The owner raised price increases again. Groomers keep quitting.\n[Rep note: owner keen, but the price increases not raised by them]')).toEqual(['turnover']);
  });
});
