// Sixty-fifth round: staff out of reach said otherwise (the staff's seeing said not to happen, "don't even have email"),
// "ramp" as a place, "news" as no plural of "new", a topic counted with a rate as the business's volume, numbers that
// identify a thing as no figures, and "call" as the talk with the seller. Invented
// vendor (Pellwick, a notice-board app for orchards' picking crews) and records.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';
import { stem } from './text';

const orchards: Taxonomy = {
  personas: [],
  industries: [],
  painPoints: [
    { id: 'reach', label: 'Deskless picker reach', aliases: ['pickers without email', 'out-of-reach crews'] },
    { id: 'starters', label: 'New picker onboarding', aliases: ['first week in the rows', 'picker induction'] },
    { id: 'bins', label: 'Bin tallies on paper', aliases: ['paper bin tallies', 'tally cards'] },
    { id: 'yield', label: 'Orchard yield visibility', aliases: ['orchard yield board', 'block yield figures'] },
    { id: 'calls', label: 'Grower calls and collection requests', aliases: ['grower call volume', 'collection calls'] },
  ],
};
const compiled = compileTaxonomy(orchards);
const pains = (notes: string) => contextOf(resolveProspect({ notes, name: 'Wren Tolland' }, compiled)).painPoints;

describe('staff out of reach, said otherwise', () => {
  it("reads the reach entry where the staff's seeing is said not to happen", () => {
    expect(pains('Most of the picking crew never see the notices we pin in the packing shed.')).toEqual(['reach']);
  });
  it('reads it where the staff do not even have email', () => {
    expect(pains('The seasonal pickers dont even have email, so the memos go nowhere.')).toEqual(['reach']);
  });
  it('reads nothing where the staff do see it', () => {
    expect(pains('The picking crew see the weekly rota on the shed screen.')).toEqual([]);
  });
});

describe('"ramp" as a place', () => {
  it('reads no onboarding from the ramp team or a loading ramp', () => {
    expect(pains('The ramp team loads the trailers from the loading ramp behind the shed.')).toEqual([]);
  });
});

describe('"news" is no plural of "new"', () => {
  it('keeps the final s of news', () => {
    expect(stem('news')).toBe('news');
    expect(stem('new')).toBe('new');
  });
  it('reads no onboarding from late news', () => {
    expect(pains('By the time the picking plan reaches the far block the news is a week behind.')).toEqual([]);
  });
});

describe('a topic counted with a rate', () => {
  it('reads the business volume as no pain', () => {
    expect(pains('We take on about 400 new hires a season and run two sheds.')).toEqual([]);
  });
  it('still reads the topic said as a problem', () => {
    expect(pains('Onboarding new hires is slow and messy every season.')).toEqual(['starters']);
  });
});

describe('numbers that identify a thing', () => {
  it('reads no visibility pain from batch numbers nobody can read', () => {
    expect(pains('The packers cannot read the batch numbers on the crates.')).toEqual([]);
  });
  it('still reads the figures the buyer cannot see', () => {
    expect(pains('We cannot see the yield numbers for each block until the season ends.')).toEqual(['yield']);
  });
});

describe('"call" as the talk with the seller', () => {
  it('reads no calls pain from a kind of call or a request to be phoned', () => {
    expect(pains('Quick intro call about the collection requests.')).toEqual([]);
    expect(pains('Call me on the yard phone after six.')).toEqual([]);
  });
  it('still reads the calls the business gets', () => {
    expect(pains('Growers call us five times a day about collections.')).toEqual(['calls']);
  });
});
