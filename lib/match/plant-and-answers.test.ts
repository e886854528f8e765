// Sixty-ninth round: more ways of saying a topic is settled ("tamed", "not the ask", "it's done" as a clause of its own)
// and that a contact buys nothing ("not our buyer"); "positive" is no "position"; "24/7" after a verb of running is the
// hours kept; logging into several systems, plant that goes down, one who can't be everywhere, energy burnt; a seller's
// question whether a problem comes in number answered with many; "a must" as a clause of its own after a question about
// an integration; a company's website description is no pain. Invented vendor (show-control and building software for
// planetariums) and records.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const planetariums: Taxonomy = {
  personas: [],
  industries: [],
  painPoints: [
    { id: 'open-posts', label: 'Unfilled positions', aliases: ['open positions'] },
    { id: 'thin-crew', label: 'Short-staffed dome crew', aliases: ['understaffing', 'labor shortage'] },
    { id: 'lamp-failures', label: 'Projector lamp failures', aliases: ['lamp burnouts'] },
    { id: 'plant-breakdowns', label: 'Equipment breakdowns', aliases: ['breakdowns', 'downtime'] },
    { id: 'siloed-tools', label: 'Disconnected show tools', aliases: ['siloed tools'] },
    { id: 'power-waste', label: 'Energy waste', aliases: ['waste of power'] },
    { id: 'seat-upkeep', label: 'Seat upkeep plan', aliases: ['seat refurbishment'] },
    { id: 'school-bookings', label: 'School group bookings', aliases: ['class visits'] },
  ],
};
const asset = (id: string, title: string, painPoints: string[]) => ({ id, title, painPoints, industries: [], personas: [] });
const assets = [
  asset('a1', 'Filling the open positions on a dome crew', ['open-posts']),
  asset('a2', 'Three positions every small planetarium struggles to fill', ['open-posts']),
  asset('a3', 'Lamp hours: spotting a failing projector lamp early', ['lamp-failures']),
  asset('a4', 'A seat refurbishment plan in five steps', ['seat-upkeep']),
];
const compiled = compileTaxonomy(planetariums, assets);
const pains = (notes: string) => contextOf(resolveProspect({ notes, name: 'Ysolde Brackenbury' }, compiled)).painPoints;

describe('a topic said to be settled', () => {
  it('reads no pain from "tamed", "not the ask" or "it\'s done" closing its clause', () => {
    expect(pains('Lamp failures we have tamed, the new lamps last for ages.')).not.toContain('lamp-failures');
    expect(pains('Seat refurbishment: "useful, but not the ask".')).not.toContain('seat-upkeep');
    expect(pains('Rep asked about the seat refurbishment plan; she said the trustees own that and it\'s done.')).not.toContain('seat-upkeep');
  });
  it('still reads a pain where "it\'s done" says how', () => {
    expect(pains('The seat refurbishment plan, it\'s done by hand on cards.')).toContain('seat-upkeep');
  });
  it('reads no pain where the rep rules the contact out', () => {
    expect(pains('Booth: repairs projectors for other domes, wants software for invoicing his lamp jobs. Not our market.')).toEqual([]);
    expect(pains('Booth: repairs projectors for other domes, wants software for invoicing his lamp jobs. Not our buyer.')).toEqual([]);
  });
});

describe('"positive" and "24/7"', () => {
  it('reads no open post from air said to drift positive', () => {
    expect(pains('The dome air reads positive every evening.')).not.toContain('open-posts');
  });
  it('reads no staffing from a place that runs or opens 24/7, and still from cover missing round the clock', () => {
    expect(pains('The observatory café runs 24/7 during the comet week.')).not.toContain('thin-crew');
    expect(pains('We need someone 24/7 on the dome desk and have nobody.')).toContain('thin-crew');
  });
});

describe('pains said in the prospect\'s words', () => {
  it('reads logins to several systems as disconnected systems', () => {
    expect(pains('I log into 4 systems before the first show.')).toContain('siloed-tools');
  });
  it('reads plant that goes down as a breakdown', () => {
    expect(pains('When the chiller goes down we cancel the matinee.')).toContain('plant-breakdowns');
  });
  it('reads one who cannot be everywhere as a thin crew', () => {
    expect(pains('Two techs covering three domes, we can\'t be everywhere.')).toContain('thin-crew');
  });
  it('reads energy burnt for nothing as waste', () => {
    expect(pains('The lobby screens are burning power all night when the doors are shut.')).toContain('power-waste');
  });
});

describe("a seller's question answered", () => {
  it('reads the question\'s problem where the answer says many', () => {
    expect(pains('Rep: do you see a lot of lamp burnouts?\nYsolde: hundreds, we keep a crate of spares')).toContain('lamp-failures');
  });
  it('reads no problem where the question asks only whether a thing is used', () => {
    expect(pains('Rep: do you book class visits online?\nYsolde: yes')).toEqual([]);
  });
});

describe('"a must" as a clause of its own', () => {
  it('makes the question about an integration before it a requirement, its bracket too', () => {
    expect(pains('Also asked if it integrates with their box office (Starbox) – that\'s a must.')).not.toContain('siloed-tools');
  });
});

describe("a company's website description", () => {
  it('reads no pain from the line under an "About (from website):" or "About us:" label, every sentence of it', () => {
    expect(pains('A small planetarium whose dome crew fills every position from volunteers.')).toContain('open-posts');
    expect(pains('About (from website): A planetarium on the hill above the town. Its dome crew fills every position from volunteers.')).toEqual([]);
    expect(pains('About us: A small planetarium whose dome crew fills every position from volunteers.')).toEqual([]);
  });
  it('still reads the lines after it, and a later sentence of its line that opens on another label', () => {
    expect(pains('About (from website): A planetarium on the hill above the town.\nCall: Ysolde says lamp burnouts every week, we keep a crate of spares.')).toContain('lamp-failures');
    expect(pains('About (from website): "A planetarium on the hill above the town." Rep note from the call: lamp burnouts every week, we keep a crate of spares.')).toContain('lamp-failures');
  });
});
