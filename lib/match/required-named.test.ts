// A thing buyers require of software ("single sign on", "a mobile app") said with a need word is a requirement of the
// product, and names no pain; but where the vendor's taxonomy names that thing among its pains, the prospect's duty to
// it is the pain the vendor sells against. Invented vendor and records.
import { describe, expect, it } from 'vitest';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

/** A vendor to therapy clinic groups that rolls out one login for their staff. */
const clinics = compileTaxonomy({
  personas: [{ id: 'it', label: 'Clinic systems lead', aliases: [] }],
  industries: [],
  painPoints: [
    { id: 'logins', label: 'Login sprawl', aliases: ['single sign on'] },
    { id: 'notes', label: 'Late therapy notes', aliases: ['unsigned notes'] },
  ],
});
/** A vendor to kennels whose pains say nothing of logins. */
const kennels = compileTaxonomy({
  personas: [{ id: 'owner', label: 'Kennel owner', aliases: [] }],
  industries: [],
  painPoints: [{ id: 'bookings', label: 'Runs booked twice', aliases: ['overbooked runs'] }],
});
const read = (taxonomy: typeof kennels, notes: string) => contextOf(resolveProspect({ title: 'Clinic Systems Lead', notes }, taxonomy)).painPoints;

describe('a required thing the taxonomy names among its pains', () => {
  it('names the pain where the vendor sells against it, whatever else the clause requires', () => {
    expect(read(clinics, 'The group has to roll out single sign on for forty therapists by spring.')).toEqual(['logins']);
    expect(read(clinics, 'Their insurer now says each site needs single sign on and a mobile app for the front desk.')).toEqual(['logins']);
  });

  it('is still a requirement of the product elsewhere', () => {
    expect(read(kennels, 'Needs single sign on and a mobile app before they sign.')).toEqual([]);
    expect(read(clinics, 'The front desk needs a mobile app and an API for billing.')).toEqual([]);
  });
});
