// The rep's guess said as an assumption: "my assumption going in: X. she said no" or "my assumption: X. WRONG - ..."
// names no pain, as "my guess" already did not; an assumption the prospect confirms still does. Invented vendor
// (a rota and timesheet tool for kennels) and records.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const kennels: Taxonomy = {
  personas: [],
  industries: [],
  painPoints: [
    { id: 'walk-rota', label: 'Dog walking rota gaps', aliases: ['walk rota'] },
    { id: 'timesheets', label: 'Paper timesheets', aliases: ['timesheets on paper'] },
    { id: 'vaccine-records', label: 'Missing vaccination records', aliases: ['vaccination records'] },
  ],
};
const compiled = compileTaxonomy(kennels);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, compiled)).painPoints;

describe("the rep's assumption turned down", () => {
  it('an assumption the prospect says no to names no pain', () => {
    expect(pains('my assumption going in: the walk rota gaps are the issue. she said no, the rota works. Real issue: vaccination records go missing.')).toEqual(['vaccine-records']);
    expect(pains('My assumption: they want to drop timesheets on paper. WRONG - they stay, staff like them. What they want is vaccination records in one place.')).toEqual(['vaccine-records']);
  });
  it('an assumption the prospect confirms still names the pain', () => {
    expect(pains('My assumption: walk rota gaps every weekend. Yes, confirmed, two walkers short most Saturdays.')).toEqual(['walk-rota']);
  });
  it('a wrong thing the prospect names is no answer', () => {
    expect(pains('My hunch was the walk rota. Wrong vaccination records go out to owners every week.')).toContain('vaccine-records');
  });
});

// "my assumptions" (plural) and a bare "Assumption:" heading hold the rep's guess as "my assumption" does, and an
// idiom that opens on "no" but says yes ("No surprise, ...", "No doubt, ...") does not turn a guess down. Invented
// vendor: a booking and fleet tool for kayak rental shops.
const kayaks: Taxonomy = {
  personas: [],
  industries: [],
  painPoints: [
    { id: 'fleet', label: 'Boat fleet downtime', aliases: ['boat downtime'] },
    { id: 'bookings', label: 'Double bookings', aliases: ['double booked'] },
  ],
};
const kayakPains = (notes: string) => contextOf(resolveProspect({ notes }, compileTaxonomy(kayaks))).painPoints;

describe("the rep's assumptions, plural or as a heading, and a no that says yes", () => {
  it('plural assumptions and a bare "Assumption:" turned down name no pain', () => {
    expect(kayakPains('My assumptions going in: boat downtime every summer. She said no, the boats are fine. Real issue: tours get double booked.')).toEqual(['bookings']);
    expect(kayakPains('Assumption: boat downtime on weekends. Wrong - the boats are fine. Tours get double booked.')).toEqual(['bookings']);
  });
  it('"No surprise," and "No doubt," after an assumption confirm it', () => {
    expect(kayakPains('My assumption going in was boat downtime. No surprise, that is what the owner raised first.')).toEqual(['fleet']);
    expect(kayakPains('Our assumption was boat downtime. No doubt, it is their worst week every June.')).toEqual(['fleet']);
  });
  it('a no that goes on to say what the real topic is reads that topic', () => {
    expect(kayakPains('Assumptions: 40 kayaks, 3 sites. No, boat downtime is what she raised.')).toEqual(['fleet']);
    expect(kayakPains('My guess: double booked tours. No, boat downtime was the real issue.')).toEqual(['fleet']);
    expect(kayakPains('My guess: double booked tours. No, double booked tours is what the old owner had.')).toEqual([]);
  });
  it('a plain no after the guess still turns it down', () => {
    expect(kayakPains('My guess: boat downtime. No, boats are fine.')).toEqual([]);
  });
});
