// "Owner/Operator" and its forms in the six languages name one role, the owner who runs the business himself, not the
// owner and an operator. Invented vendor and records.
import { describe, expect, it } from 'vitest';
import { compileTaxonomy, contextOf, resolveProspect } from '.';
import type { Prospect } from '../model';

/** A vendor of tank-level telemetry for small fuel depots. */
const depots = compileTaxonomy({
  personas: [
    { id: 'owner', label: 'Depot owner', aliases: ['Owner', 'Founder', 'Inhaber'] },
    { id: 'pump', label: 'Pump operator', aliases: ['Operator', 'Pump Attendant', 'Exploitant'] },
    { id: 'ops', label: 'Operations manager', aliases: ['Operations Manager', 'COO'] },
  ],
  industries: [{ id: 'depots', label: 'Fuel depots', aliases: [] }],
  painPoints: [],
});
const personas = (p: Prospect, c = depots) => contextOf(resolveProspect(p, c)).personas.slice().sort();

describe('an owner-operator', () => {
  it('reads the owner alone, in English and the languages', () => {
    for (const title of ['Owner/Operator', 'Owner-operator (2 sites)', 'owner operator', 'Co-Owner / Operator', 'Inhaber/Betreiber', 'Propriétaire-exploitant'])
      expect(personas({ title, company: 'Harlow Fuel Depot' }), title).toEqual(['owner']);
  });

  it('keeps the evidence quote as written', () => {
    const found = resolveProspect({ title: 'Owner/Operator', company: 'Harlow Fuel Depot' }, depots).personas;
    expect(found.map((r) => r.evidence.quote)).toEqual(['Owner/Operator']);
  });

  it('still reads two roles where the title names two', () => {
    expect(personas({ title: 'Owner & Operations Manager', company: 'Harlow Fuel Depot' })).toEqual(['ops', 'owner']);
    expect(personas({ title: 'Pump Operator', company: 'Harlow Fuel Depot' })).toEqual(['pump']);
  });

  it('reads the compound whole where a persona is named for it', () => {
    const haulier = compileTaxonomy({ ...depots.taxonomy, personas: [...depots.taxonomy.personas, { id: 'ownerop', label: 'Owner-operator', aliases: ['Owner Operator'] }] });
    expect(personas({ title: 'Owner/Operator', company: 'Harlow Haulage' }, haulier)).toContain('ownerop');
  });
});
