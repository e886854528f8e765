// Seventieth round: "run" said as a verb of operating ("she runs four glasshouses", "keeping the boilers running") is no
// word of a run-to-breakdown pain, while a noun run ("40 runs", "the final run") and a run made a state ("runs late",
// "run to breakdown") still are; homes counted after their noun and an "of" ("a voucher scheme of 3,400") size a housing
// body. Invented vendors and records.
import { describe, expect, it } from 'vitest';
import type { Prospect, Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';
import { sizeSaid } from './sizes';

// Glassmoor (invented): upkeep software for glasshouse growers.
const glassmoor: Taxonomy = {
  personas: [],
  industries: [],
  painPoints: [
    { id: 'breakdown-upkeep', label: 'Breakdown-led upkeep', aliases: ['run-to-breakdown', 'emergency fixes'] },
    { id: 'heating-spend', label: 'Heating spend', aliases: ['gas bills', 'boiler fuel costs'] },
    { id: 'misting-faults', label: 'Misting line faults', aliases: ['clogged nozzles'] },
  ],
};
const asset = (id: string, title: string, painPoints: string[]) => ({ id, title, painPoints, industries: [], personas: [] });
const compiled = compileTaxonomy(glassmoor, [
  asset('g1', 'Running a sensor trial on one bay', ['breakdown-upkeep']),
  asset('g2', 'Leaving run-to-breakdown behind: pumps and fans', ['breakdown-upkeep']),
  asset('g3', 'Cutting boiler fuel costs through a cold spring', ['heating-spend']),
  asset('g4', 'Night curtains against gas bills', ['heating-spend']),
  asset('g5', 'Screens, setpoints, smaller fuel invoices', ['heating-spend']),
  asset('g6', 'Heat buffers explained for tomato houses', ['heating-spend']),
  asset('g7', 'Flushing nozzles before the summer', ['misting-faults']),
  asset('g8', 'Why misting lines clog in hard water', ['misting-faults']),
  asset('g9', 'Filters keeping the fog system clean', ['misting-faults']),
  asset('g10', 'A grower guide to humidity and fog', ['misting-faults']),
  asset('g11', 'Pumps that fail on a Sunday: emergency fixes', ['breakdown-upkeep']),
  asset('g12', 'Vent motors: what waiting costs', ['breakdown-upkeep']),
]);
const pains = (notes: string) => contextOf(resolveProspect({ notes, name: 'Odile Fairweather' }, compiled)).painPoints;

describe('"run" as the verb of operating', () => {
  it('reads no breakdown pain from who runs what', () => {
    expect(pains('Odile runs 4 glasshouses and a packing shed of the cooperative.')).not.toContain('breakdown-upkeep');
    expect(pains('The grower runs the irrigation itself; sensors are all we supply.')).not.toContain('breakdown-upkeep');
    expect(pains('Henk runs the pumps and vents for the cooperative.')).not.toContain('breakdown-upkeep');
    expect(pains('Twenty years keeping glasshouses running for orchid growers.')).not.toContain('breakdown-upkeep');
    expect(pains('The propagation bays run 24/7 in March.')).not.toContain('breakdown-upkeep');
  });
  it('still reads a run made a state', () => {
    expect(pains('Pumps are run to breakdown, then swapped in a panic.')).toContain('breakdown-upkeep');
  });
});

// Hollybrae (invented): tenancy software for housing boards, cut by size in homes.
const hollybrae = compileTaxonomy({
  personas: [],
  painPoints: [],
  industries: [
    { id: 'big-board', label: 'Big housing boards', aliases: ['housing board over 2,500 homes'] },
    { id: 'little-board', label: 'Small housing boards', aliases: ['parish housing board'] },
  ],
});
const boards = (p: Partial<Prospect>) => resolveProspect({ name: 'Tobiah Quenell', ...p }, hollybrae).industries.map((r) => r.id);

describe('homes counted after their noun and an "of"', () => {
  it('reads the count', () => {
    expect(sizeSaid('Their voucher scheme of 3,400 keeps growing.', 'homes')?.count).toBe(3400);
    expect(sizeSaid('A homes portfolio of about 620 across two parishes.', 'homes')?.count).toBe(620);
  });
  it('sizes the housing board by it', () => {
    expect(boards({ company: 'Wrenford Housing Board', notes: 'Their voucher scheme of 3,400 keeps growing.' })).toEqual(['big-board']);
    expect(boards({ company: 'Wrenford Housing Board', notes: 'A homes portfolio of about 620 across two parishes.' })).toEqual(['little-board']);
  });
  it('reads no count from an "of" that counts something else', () => {
    expect(sizeSaid('Two of 40 homes failed the check.', 'homes')?.count).toBe(40);
    expect(sizeSaid('Units of 3 staff each visit the estates.', 'homes')).toBeUndefined();
  });
});

// Pellamere (invented): matter software for in-house patent teams.
const pellamere = compileTaxonomy(
  {
    personas: [],
    industries: [],
    painPoints: [
      { id: 'firm-fees', label: 'Outside counsel costs', aliases: ['law firm bills'] },
      { id: 'fee-deadlines', label: 'Missed fee deadlines', aliases: ['late annuities'] },
    ],
  },
  [asset('p1', 'Getting outside counsel costs under control', ['firm-fees'])],
);
const firmPains = (notes: string) => contextOf(resolveProspect({ notes, name: 'Maarten Oosterwijk' }, pellamere)).painPoints;

describe('outside firms in the six languages', () => {
  it('reads the outside counsel pain from the firms said as external offices', () => {
    expect(firmPains('Hij wil per maand zien hoeveel externe kantoren ons kosten.')).toContain('firm-fees');
    expect(firmPains('Die externen Kanzleien kosten uns zu viel.')).toContain('firm-fees');
  });
  it('reads no firm pain from an office said alone', () => {
    expect(firmPains('Hij werkt vanuit twee kantoren in Utrecht.')).not.toContain('firm-fees');
  });
});

// Brisklow (invented): building analytics for office landlords.
const brisklow = compileTaxonomy(
  {
    personas: [],
    industries: [],
    painPoints: [
      { id: 'comfort-calls', label: 'Comfort calls', aliases: ['hot/cold tickets', 'occupant comfort'] },
      { id: 'fan-energy', label: 'Supply fan power', aliases: ['supply fan kWh'] },
    ],
  },
  [
    asset('b1', 'Fewer hot/cold tickets across a glass tower', ['comfort-calls']),
    asset('b2', 'Supply fans and the kWh they burn', ['fan-energy']),
    asset('b3', 'Why corner offices run cold in January', ['comfort-calls']),
    asset('b4', 'Occupant surveys that say something', ['comfort-calls']),
    asset('b5', 'Fan curves explained plainly', ['fan-energy']),
    asset('b6', 'Trimming static pressure on older fans', ['fan-energy']),
    asset('b7', 'Night setbacks that stick', ['fan-energy']),
  ],
);
const buildingPains = (notes: string) => contextOf(resolveProspect({ notes, name: 'Ines Valcourt' }, brisklow)).painPoints;

describe('a freezing place', () => {
  it('reads the comfort pain', () => {
    expect(buildingPains("Occupants ring each morning because it's freezing upstairs.")).toContain('comfort-calls');
  });
  it('reads none from a busy floor', () => {
    expect(buildingPains('Occupants say the fourth floor is busy.')).not.toContain('comfort-calls');
  });
});

// Kestrowe (invented): rota software for tutoring centres.
const kestrowe = compileTaxonomy(
  {
    personas: [],
    industries: [],
    painPoints: [
      { id: 'tutor-ratio', label: 'Tutor cover', aliases: ['pupil-to-tutor ratio'] },
      { id: 'room-clashes', label: 'Room clashes', aliases: ['double-booked rooms'] },
    ],
  },
  [],
);
const centre = (p: Partial<Prospect>) => resolveProspect({ name: 'Aurelio Brandt', ...p }, kestrowe);

describe('a measure said by its two terms', () => {
  it('reads the ratio without its head', () => {
    expect(contextOf(centre({ notes: 'Pupil-to-tutor slipped to nine last term.' })).painPoints).toContain('tutor-ratio');
  });
});
