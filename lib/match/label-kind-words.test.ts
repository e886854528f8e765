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
  ],
  painPoints: [{ id: 'parts', label: 'Parts stock-outs', aliases: [] }],
};
const asset = (id: string, title: string, industries: string[]) => ({ id, title, painPoints: [], industries });
const assets = [
  asset('a1', 'Brake checks across a depot', ['bus']),
  asset('a2', 'Meter calibration for every cab', ['taxi']),
  asset('a3', 'Long-distance tyre wear', ['coach']),
  asset('a4', 'Seasonal itineraries and guides', ['tours']),
];
const compiled = compileTaxonomy(taxonomy, assets);
const read = (notes: string) => resolveIndustries({ company: 'Harlow Nolte GmbH', notes }, compiled).map((r) => r.id);

describe("a label's one word before a kind-of-business head, said in the notes (fiftieth round)", () => {
  it('reads the segment from the vehicle or trade word the label puts before "operators" or "firms"', () => {
    expect(read('They run 46 buses on eleven city routes; the workshop is at the depot.')).toEqual(['bus']);
    expect(read('46 Busse, 11 Stadtlinien, eine Werkstatt.')).toEqual(['bus']);
    expect(read('Around thirty taxis, night shifts mostly.')).toEqual(['taxi']);
  });

  it('reads nothing from a word two segments’ labels share, nor from notes that name no such word', () => {
    expect(read('Twelve coaches, mostly school trips.')).toEqual([]);
    expect(read('A fleet of vans for parcel rounds.')).toEqual([]);
  });
});
