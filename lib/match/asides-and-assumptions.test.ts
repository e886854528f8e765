// Reading messy notes at the sixty-fourth round: a team's hand-off, a topic put aside as not what the purchase is for
// and a matter put off to a later year settle their clause; the rep's working assumption opening a sentence is a guess;
// understaffing is read with its count after "down", and staff out of reach in everyday words. Invented vendor (software for gliding clubs).
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const gliding: Taxonomy = {
  personas: [],
  industries: [],
  painPoints: [
    { id: 'permissions', label: 'Site permissions', aliases: ['site permissions', 'landowner permissions'] },
    { id: 'fuel', label: 'Tow fuel costs', aliases: ['tow fuel costs', 'avgas bills'] },
    { id: 'bookings', label: 'Trial lesson bookings', aliases: ['trial lesson bookings', 'weather rebookings'] },
    { id: 'instructors', label: 'Instructor staffing', aliases: ['instructor staffing', 'instructor retention'] },
    { id: 'reach', label: 'Reaching deskless crews', aliases: ['crew messaging', 'airfield notices'] },
  ],
};
const compiled = compileTaxonomy(gliding);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, compiled)).painPoints;

describe('a hand-off, a topic put aside and a matter put off', () => {
  it('reads nothing from a topic handed to another team', () => {
    expect(pains("Rep asked about site permissions - Oriane: 'permissions sit with the airfield owner, we don't touch them.'")).toEqual([]);
    expect(pains("Rep pitched the landowner permissions log - Oriane: 'landowner permissions are run by the flying club, not us.'")).toEqual([]);
  });
  it('reads nothing from a topic granted but not what is bought', () => {
    expect(pains("Rep asked about tow fuel costs: 'they are high, but that's not what we're buying this for.'")).toEqual([]);
  });
  it('reads nothing from a matter put off to next year', () => {
    expect(pains('Our weather rebookings are a mess too but that is a topic for next year.')).toEqual([]);
  });
  it('keeps the pain beside the hand-off', () => {
    expect(pains("Weather rebookings eat every other weekend. Rep asked about site permissions - Oriane: 'permissions sit with the airfield owner, we don't touch them.'")).toEqual(['bookings']);
  });
});

describe("the rep's working assumption and a count of staff", () => {
  it('reads nothing from an assumption marked not confirmed', () => {
    expect(pains('Rep note: nine airfields. Assume avgas bills like every gliding club - pitch the fuel module. Not confirmed.')).toEqual([]);
  });
  it('reads understaffing from "down three people"', () => {
    expect(pains("We're down three people since the spring.")).toEqual(['instructors']);
  });
});

describe('staff out of reach', () => {
  it('reads the reach pain from staff without a work mail address or hard to reach', () => {
    expect(pains('Half the ground crew have no work email at all.')).toEqual(['reach']);
    expect(pains('The tug pilots are hard to reach once they leave the clubhouse.')).toEqual(['reach']);
  });
});
