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

// Invented vendors: a newsroom and bakery supplier serving trades and hobbyists alike, an air-charter tool, a drone
// operations tool and a production-scheduling tool.
const of = (personas: Taxonomy['personas']) =>
  compileTaxonomy({ personas, industries: [{ id: 'any', label: 'Anything', aliases: [] }], painPoints: [{ id: 'p', label: 'Late rotas', aliases: [] }] });
const read = (t: ReturnType<typeof compileTaxonomy>, title: string, company = 'Northwind Holdings Ltd') =>
  resolveProspect({ title, company }, t).personas.map((p) => p.id);

describe('the crew is a persona whose name says the kind of the work, not a hobbyist or a senior role (fifty-third round, review mend)', () => {
  it('does not read a bare trade title as the hobbyists, the home trade or a role the ranks miss', () => {
    const photo = of([
      { id: 'pro', label: 'Picture desk', aliases: ['Chief Photographer', 'Studio Manager', 'Photo Editor'] },
      { id: 'amateur', label: 'Amateurs', aliases: ['Amateur Photographer', 'Hobbyist'] },
    ]);
    expect(read(photo, 'Photographer', 'Daily Courier News')).toEqual(['pro']);
    const bakery = of([
      { id: 'pro', label: 'Bakery leads', aliases: ['Head Baker', 'Bakery Manager', 'Owner'] },
      { id: 'home', label: 'Home bakers', aliases: ['Home Baker', 'Cottage Baker'] },
    ]);
    expect(read(bakery, 'Baker', 'Rise & Crust Bakery')).toEqual(['pro']);
    const charter = of([
      { id: 'ops', label: 'Flight operations', aliases: ['Chief Pilot', 'Director of Flight Operations'] },
      { id: 'train', label: 'Training', aliases: ['Check Pilot', 'Simulator Instructor'] },
      { id: 'mx', label: 'Maintenance', aliases: ['Maintenance Manager'] },
    ]);
    expect(read(charter, 'Pilot', 'Northwind Air Charter')).toEqual(['ops']);
  });

  const drones = of([
    { id: 'lead', label: 'Program leads', aliases: ['Chief Pilot', 'UAS Program Manager'] },
    { id: 'crew', label: 'Remote pilots', aliases: ['Drone Pilot', 'Remote Pilot'] },
    { id: 'gis', label: 'GIS', aliases: ['GIS Analyst'] },
  ]);

  it('reads the trade word with a grade, a licence or "in command" after it as the word alone', () => {
    expect(read(drones, 'Pilot II')).toEqual(['crew']);
    expect(read(drones, 'Pilot (Part 107)')).toEqual(['crew']);
    expect(read(drones, 'Pilot in Command')).toEqual(['crew']);
    expect(read(drones, 'Lead Pilot')).toEqual(['lead']);
    expect(read(drones, 'Pilot, Chief')).toEqual(['lead']);
  });

  it("keeps the nearest rank where the chief's persona names the crew too", () => {
    const studio = of([
      { id: 'producers', label: 'Producers', aliases: ['Executive Producer', 'Line Producer'] },
      { id: 'heads', label: 'Department heads', aliases: ['Head Producer', 'Head of Post'] },
    ]);
    expect(read(studio, 'Producer')).toEqual(['heads']);
  });

  it("keeps the chief's persona where two crews end in the word and the title says neither", () => {
    const fleet = of([
      { id: 'lead', label: 'Program leads', aliases: ['Chief Pilot'] },
      { id: 'drone', label: 'Drone crews', aliases: ['Drone Pilot'] },
      { id: 'heli', label: 'Helicopter crews', aliases: ['Helicopter Pilot'] },
    ]);
    expect(read(fleet, 'Pilot')).toEqual(['lead']);
  });
});
