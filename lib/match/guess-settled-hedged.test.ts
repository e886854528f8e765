// Review mends to the rep's guess turned down by a settled answer (guess-settled.test.ts): a settled phrase that is
// hedged or limited ("for now", "yet", "when it works", "in theory", "barely", a "but" clause without a topic of its
// own) settles nothing; a settled phrase after a clause that names its own topic ("the van is old, it works") is about
// that topic; a complaint in a "but" clause about another topic is that topic's, and the guess stays turned down; and
// reported speech with "que", "che", "dat" is read. Invented vendor (kennel and grooming software) and records.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const kennels: Taxonomy = {
  personas: [],
  industries: [],
  painPoints: [
    { id: 'kennels', label: 'Overbooked kennels', aliases: ['kennel bookings'] },
    { id: 'grooming', label: 'Grooming slot scheduling', aliases: ['grooming slots'] },
  ],
};
const compiled = compileTaxonomy(kennels);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, compiled)).painPoints;

describe('a guess answered as settled, review mends', () => {
  it('a hedged or limited settled answer keeps the guess read', () => {
    expect(pains("Rep figured kennel bookings were a mess. Owner said it's fine for now.")).toEqual(['kennels']);
    expect(pains('I assumed kennel bookings were the issue - she said it works when it works.')).toEqual(['kennels']);
    expect(pains('Rep figured kennel bookings were a mess. Owner said not an issue for us yet.')).toEqual(['kennels']);
    expect(pains('Rep figured kennel bookings were a mess. Owner said it works, barely.')).toEqual(['kennels']);
    expect(pains('Rep figured kennel bookings were a mess. Owner said it works in theory.')).toEqual(['kennels']);
    expect(pains('Rep figured kennel bookings were a mess. Owner said it works but none of the staff trust it.')).toEqual(['kennels']);
  });
  it('a settled phrase after a clause with its own topic is about that topic', () => {
    expect(pains('Rep figured kennel bookings were a mess. Owner said the van is old, it works.')).toEqual(['kennels']);
    expect(pains('Rep figured kennel bookings were a mess. Owner said the dog wash runs well and it works.')).toEqual(['kennels']);
    // the guess's own way of working, said before "and", still settles it
    expect(pains("Rep figured kennel bookings were a mess. Owner said they've used a wall planner for years and it works.")).toEqual([]);
  });
  it('a complaint about another topic after "but" is that topic\'s, the guess stays turned down', () => {
    expect(pains('Rep figured kennel bookings were a mess. Owner said it works, but the grooming slots are a nightmare.')).toEqual(['grooming']);
  });
  it('reported speech after "que", "che" and a colon is read', () => {
    expect(pains('Rep figured kennel bookings were a mess. Il dit que ça marche bien.')).toEqual([]);
    expect(pains('Rep figured kennel bookings were a mess. Dijo que funciona bien.')).toEqual([]);
    expect(pains('Rep figured kennel bookings were a mess. Dice che funziona bene.')).toEqual([]);
    expect(pains('Rep figured kennel bookings were a mess. Hij zegt: het werkt goed.')).toEqual([]);
  });
});
