// The rep's written guess answered with the matter called settled, not with a no: "I assumed X was the issue - she said
// they've had it for years and it works" turns the guess down. Only a settled phrase that names no topic of its own
// before it ("it works", "it's under control", "we're fine there"): "Bellows leather is fine" after a question about
// voicing settles the leather alone. An answer that complains as well keeps the guess read. Invented vendor (mooring
// and boatyard software) and records.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const boatyard: Taxonomy = {
  personas: [],
  industries: [],
  painPoints: [
    { id: 'berths', label: 'Double-booked berths', aliases: ['berth bookings'] },
    { id: 'lifts', label: 'Haul-out scheduling', aliases: ['haul-outs'] },
  ],
};
const compiled = compileTaxonomy(boatyard);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, compiled)).painPoints;

describe('a guess answered as settled', () => {
  it('a settled answer without a no turns the guess down, the real pain after it is read', () => {
    expect(pains("I assumed berth bookings were the issue - he said they've used a wall planner for years and it works. Real issue is haul-outs.")).toEqual(['lifts']);
    expect(pains("Rep thought berth bookings were messy. She said it's under control.")).toEqual([]);
  });
  it('a settled phrase about the answer\'s own topic leaves the guess read', () => {
    expect(pains('Rep thought berth bookings were messy. She said the fuel dock is fine.')).toEqual(['berths']);
  });
  it('a settled answer that complains as well keeps the guess read', () => {
    expect(pains('I assumed berth bookings were the issue - he said the planner works fine but berth bookings still clash every weekend, a nightmare.')).toEqual(['berths']);
  });
});
