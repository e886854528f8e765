// The rep's own words that name no pain (fifty-ninth round), on one invented vendor (route software for school-bus
// contractors): a guess the rep marks as not yet checked ("probably ... - not confirmed", "maybe ...? (my guess)", "need
// to confirm", in the six languages too), and a question written without its subject ("Asked if ...", "Asked about
// ...", after a note's label too) that the prospect turns down under a speaker's label ("Ines: 'nah, ...'").
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const vendor = compileTaxonomy({
  personas: [],
  industries: [],
  painPoints: [
    { id: 'driver-shortage', label: 'Driver shortage', aliases: ['unfilled routes', 'spare drivers'] },
    { id: 'fuel-costs', label: 'Fuel costs', aliases: ['diesel spend'] },
  ],
} satisfies Taxonomy);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, vendor)).painPoints;

describe('a guess the rep marks as unchecked', () => {
  it('reads no pain from the guess marked after a dash, in brackets or in the next bracket', () => {
    expect(pains('Rep note: probably short of spare drivers with 40 buses - not confirmed, the owner is away.')).toEqual([]);
    expect(pains('Depot manager. They maybe have unfilled routes in winter (just my guess).')).toEqual([]);
    expect(pains('Runs 60 buses. Maybe diesel spend is a worry too? (just a guess). Call back Tuesday.')).toEqual([]);
    expect(pains('Note : ils ont probablement des unfilled routes l\'hiver - à confirmer.')).toEqual([]);
  });
  it('reads a hedge of three words as a hedge too', () => {
    expect(pains('Jefe de tráfico. Llevan 50 autobuses; a lo mejor tienen unfilled routes en invierno, sin confirmar.')).toEqual([]);
  });
  it('still reads the prospect\'s own pain said before the guess', () => {
    expect(pains('Diesel spend went up a third this year. Probably unfilled routes too - not confirmed.')).toEqual(['fuel-costs']);
  });
  it('reads a pain where "not confirmed" is no mark of the rep\'s', () => {
    expect(pains('Maybe half of the spare drivers are not confirmed for Monday and routes go unfilled.')).toEqual(['driver-shortage']);
    expect(pains('Our unfilled routes are the problem - not the fuel.')).toEqual(['driver-shortage']);
  });
});

describe('a bare "asked if" turned down', () => {
  it('reads no pain from a subjectless question the prospect says no to', () => {
    expect(pains("Phone notes: Asked if diesel spend was a worry - Ines: 'nah, the county pays the fuel.'")).toEqual([]);
    expect(pains("Asked whether they have unfilled routes - Ines: 'nope, full roster since August.'")).toEqual([]);
  });
  it('still reads the prospect\'s own pain after the turned-down question', () => {
    expect(pains("Phone notes: Asked if diesel spend was a worry - Ines: 'nah.' Her issue: unfilled routes every Monday.")).toEqual(['driver-shortage']);
  });
  it('keeps a subjectless question the prospect takes up', () => {
    expect(pains('Asked about diesel spend, she said it doubled this year.')).toEqual(['fuel-costs']);
  });
});
