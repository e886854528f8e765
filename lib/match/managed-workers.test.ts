import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, resolveProspect } from '.';

// An invented vendor of route and proof-of-delivery software for laundry and linen delivery firms: one persona the
// fleet's managers (their names say "Fleet" or "Drivers"), one the owner, one the office.
const taxonomy: Taxonomy = {
  personas: [
    { id: 'fleet', label: 'Fleet and drivers', aliases: ['Fleet Manager', 'Head of Drivers', 'Driver Trainer', 'Transport Supervisor'] },
    { id: 'owner', label: 'Owners', aliases: ['Owner', 'Managing Director'] },
    { id: 'office', label: 'Customer office', aliases: ['Office Manager', 'Customer Service Manager'] },
  ],
  industries: [{ id: 'laundry', label: 'Commercial laundries', aliases: [] }],
  painPoints: [{ id: 'missed-drops', label: 'Missed drops', aliases: [] }],
};
const c = compileTaxonomy(taxonomy);
const personas = (title: string) => resolveProspect({ title, company: 'Brightwash Linen Ltd' }, c).personas.map((p) => p.id);

describe('a driver is one of the people the fleet manages, not its manager (fifty-fifth round)', () => {
  it('reads no persona for a driver, and only the other role beside one', () => {
    expect(personas('Driver')).toEqual([]);
    expect(personas('Van Driver (early shift)')).toEqual([]);
    expect(personas('Owner / Driver')).toEqual(['owner']);
  });

  it('keeps the fleet persona for the ones who manage or train drivers', () => {
    expect(personas('Head of Drivers')).toEqual(['fleet']);
    expect(personas('Drivers Manager')).toEqual(['fleet']);
    expect(personas('Senior Driver Trainer')).toEqual(['fleet']);
  });

  it('reads an owner who drives as the owner, a senior driver or one on nights as a driver (review mend, fifty-fifth round)', () => {
    expect(personas('Owner-Driver')).toEqual(['owner']);
    expect(personas('Owner Driver')).toEqual(['owner']);
    expect(personas('Senior Driver')).toEqual([]);
    expect(personas('Driver, Night Shift')).toEqual([]);
    expect(personas('Driver - Nights')).toEqual([]);
    expect(personas('Head Driver')).toEqual(['fleet']);
    expect(personas('Lead Driver')).toEqual(['fleet']);
  });

  it('reads a driver where a persona is named for drivers in the plural, not for their head (review mend, fifty-fifth round)', () => {
    const own = compileTaxonomy({ ...taxonomy, personas: [...taxonomy.personas, { id: 'drivers', label: 'Drivers', aliases: ['Owner-operators', 'Route drivers'] }] });
    const read = (title: string) => resolveProspect({ title, company: 'Brightwash Linen Ltd' }, own).personas.map((p) => p.id);
    expect(read('Route Driver')).toContain('drivers');
    expect(read('Route Driver (early shift)')).toContain('drivers');
    expect(read('Driver')).not.toEqual([]);
    expect(read('Owner & Driver')).toContain('drivers');
  });

  it('reads a driver where a persona joins the drivers with another role, unless its names say a role over them (review mend, fifty-fifth round)', () => {
    const own = compileTaxonomy({ ...taxonomy, personas: [...taxonomy.personas, { id: 'crew', label: 'Drivers & Fleet', aliases: [] }] });
    const read = (title: string) => resolveProspect({ title, company: 'Brightwash Linen Ltd' }, own).personas.map((p) => p.id);
    expect(read('Senior Driver')).toContain('crew');
    expect(read('Driver, Weekend')).toContain('crew');
    expect(personas('Senior Driver')).toEqual([]);
  });

  it('reads a driver where a persona is named for drivers', () => {
    const own = compileTaxonomy({ ...taxonomy, personas: [...taxonomy.personas, { id: 'drivers', label: 'Drivers', aliases: ['Delivery Driver'] }] });
    expect(resolveProspect({ title: 'Driver', company: 'Brightwash Linen Ltd' }, own).personas.map((p) => p.id)).toContain('drivers');
  });
});
