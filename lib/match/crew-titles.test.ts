import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, resolveProspect } from '.';

// An invented vendor of rota and incident logs for lifeguard services and tree surgeons: one persona the service's
// lead (its names a head's or a chief's), one the crews on the water or in the trees (their names say no rank), one the
// owner.
const taxonomy: Taxonomy = {
  personas: [
    { id: 'lead', label: 'Service leads & head lifeguards', aliases: ['Head Lifeguard', 'Lifeguard Manager', 'Chief Arborist', 'Aquatics Director'] },
    { id: 'crew', label: 'Crews', aliases: ['Pool Lifeguard', 'Beach Lifeguard', 'Climbing Arborist', 'Ground Crew'] },
    { id: 'owner', label: 'Owners', aliases: ['Owner', 'Founder'] },
  ],
  industries: [{ id: 'leisure', label: 'Leisure centres', aliases: [] }],
  painPoints: [{ id: 'rota-gaps', label: 'Rota gaps', aliases: [] }],
};
const c = compileTaxonomy(taxonomy);
const personas = (title: string) => resolveProspect({ title, company: 'Saltmarsh Leisure Ltd' }, c).personas.map((p) => p.id);

describe("a title of the trade alone, with no rank, is the crew's, not its chief's (fifty-third round)", () => {
  it('reads a bare trade title as the persona whose unranked names end in it', () => {
    expect(personas('Lifeguard')).toEqual(['crew']);
    expect(personas('arborist')).toEqual(['crew']);
  });

  it('keeps the ranked titles with the lead', () => {
    expect(personas('Head Lifeguard')).toEqual(['lead']);
    expect(personas('Chief Arborist')).toEqual(['lead']);
    expect(personas('Owner')).toEqual(['owner']);
  });
});
