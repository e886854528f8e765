import { describe, expect, it } from 'vitest';
import { compileTaxonomy } from './compile';
import { resolveIndustries } from './resolve';

// An invented vendor of workshop and parts software for passenger fleets; its segments are named "X operators" or
// "X firms", and none has the one word X alone among its aliases.
const taxonomy = {
  personas: [{ id: 'fleet', label: 'Fleet manager', aliases: [] }],
  industries: [
    { id: 'bus', label: 'Bus operators', aliases: ['city bus network', 'regional bus lines'] },
    { id: 'taxi', label: 'Taxi firms', aliases: ['private hire fleet'] },
    { id: 'coach', label: 'Coach operators', aliases: ['coach hire company'] },
    { id: 'tours', label: 'Coach tours', aliases: ['sightseeing tours'] },
    { id: 'rail', label: 'Rail operators', aliases: ['train operating company'] },
  ],
  painPoints: [{ id: 'parts', label: 'Parts stock-outs', aliases: [] }],
};
const asset = (id: string, title: string, industries: string[]) => ({ id, title, painPoints: [], industries });
const assets = [
  asset('a1', 'Brake checks across a depot', ['bus']),
  asset('a2', 'Meter calibration for every cab', ['taxi']),
  asset('a3', 'Long-distance tyre wear', ['coach']),
  asset('a4', 'Seasonal itineraries and guides', ['tours']),
  asset('a5', 'Track access charges', ['rail']),
];
const compiled = compileTaxonomy(taxonomy, assets);
const read = (notes: string) => resolveIndustries({ company: 'Harlow Nolte GmbH', notes }, compiled).map((r) => r.id);

describe("a label's one word before a kind-of-business head, said in the notes (fiftieth round)", () => {
  it('reads the segment from the vehicle or trade word the label puts before "operators" or "firms"', () => {
    expect(read('They run 46 buses on eleven city routes; the workshop is at the depot.')).toEqual(['bus']);
    expect(read('46 Busse, 11 Stadtlinien, eine Werkstatt.')).toEqual(['bus']);
    expect(read('Around thirty taxis, night shifts mostly.')).toEqual(['taxi']);
    expect(read('Une régie de 9 lignes de bus en périphérie.')).toEqual(['bus']);
    expect(read('Servizio in tre comuni con 85 autobus.')).toEqual(['bus']);
    expect(read('Today the fares are loaded bus by bus from a stick.')).toEqual(['bus']);
    expect(read('Revisan los frenos autobús por autobús cada lunes.')).toEqual(['bus']);
  });

  it('reads nothing from the word in another sense, without a count or a fleet of it, or denied', () => {
    for (const notes of [
      'Took the bus from the station to their depot.',
      'The CAN bus on their trucks throws errors.',
      'Kunde musste Bussen zahlen wegen Lenkzeiten.',
      'Omnibus survey results showed low satisfaction.',
      'Wants a bus-style route planner for their vans.',
      'Airport ground handling; aircraft taxi times are the issue.',
      'Took a taxi to the meeting.',
      'Truck fleet of 40; rail freight for the long legs.',
      'No buses any more; they sold the fleet and run trucks only.',
      'Not a bus operator; they sell bus parts.',
      'No longer 46 buses: the city took the routes back.',
    ])
      expect(read(notes), notes).toEqual([]);
  });

  it('reads nothing from the word modifying another noun, from a trip counted, or denied before a comma only (review mend)', () => {
    for (const notes of [
      'Put up 3 taxi ranks by the ferry terminal.',
      'Installed 40 bus shelters for the borough.',
      '3 rail strikes this spring delayed the parts.',
      'Wrote 2,000 lines of taxi meter firmware.',
      'Staff take 2 buses to get to the depot.',
      'Booked 2 taxis for the site visit.',
    ])
      expect(read(notes), notes).toEqual([]);
    expect(read('No complaints, 40 buses now.')).toEqual(['bus']);
    expect(read('46 bus and 12 vans in the yard.')).toEqual(['bus']);
    expect(read('Not 46 buses any more, the city took the routes.')).toEqual([]);
  });

  it('reads nothing from a word two segments’ labels share, nor from notes that name no such word', () => {
    expect(read('Twelve coaches, mostly school trips.')).toEqual([]);
    expect(read('A fleet of vans for parcel rounds.')).toEqual([]);
  });
});

// An invented vendor of practice software for dental groups whose segments are named by a general word or a
// function's word before "firms", "providers" or "operators".
const general = compileTaxonomy(
  {
    personas: [{ id: 'owner', label: 'Practice owner', aliases: [] }],
    industries: [
      { id: 'accounting', label: 'Accounting firms', aliases: [] },
      { id: 'law', label: 'Law firms', aliases: [] },
      { id: 'security', label: 'Security firms', aliases: [] },
      { id: 'energy', label: 'Energy providers', aliases: [] },
      { id: 'logistics', label: 'Logistics providers', aliases: [] },
      { id: 'telecom', label: 'Telecom operators', aliases: [] },
      { id: 'small', label: 'Small operators', aliases: [] },
      { id: 'local', label: 'Local firms', aliases: [] },
      { id: 'service', label: 'Service providers', aliases: [] },
      { id: 'health', label: 'Health providers', aliases: [] },
      { id: 'fleet', label: 'Fleet operators', aliases: [] },
    ],
    painPoints: [{ id: 'records', label: 'Paper records', aliases: [] }],
  },
  [],
);
const readGeneral = (notes: string) => resolveIndustries({ company: 'Brightwell Dental Group', notes }, general).map((r) => r.id);

describe("a label's general first word is not the business's kind (fiftieth round, mended)", () => {
  it('reads nothing from a department, a law, a worry, a team or a desk the notes mention', () => {
    for (const notes of [
      'Their accounting team still closes the month in spreadsheets.',
      'Key account for us; renewal in March.',
      'New data protection law means they must log every access.',
      'Worried about security of patient records.',
      'Energy bills doubled this winter.',
      'Logistics of the rollout across 9 clinics is the hard part.',
      'Switching telecom contract next year.',
      'Der Buchhaltung fehlt Zeit; Sicherheit ist wichtig.',
      'Small team, mostly remote.',
      'Wants to start small, one site first.',
      'Met at a local event.',
      'Customer service is slow.',
      'Service desk of 4 people.',
      'Health check of the system next month.',
      'Fleet of 12 vans for deliveries.',
      '12 service desks, 3 small sites, 2 law changes this year.',
    ])
      expect(readGeneral(notes), notes).toEqual([]);
  });
});
