import { describe, expect, it } from 'vitest';
import { compileTaxonomy } from './compile';
import { resolveIndustries } from './resolve';

// An invented rebate-tracking vendor ("Tollbeck") for companies that sell goods on: the wholesale trade is said in
// Spanish and in Portugal's Portuguese by words of their own ("venta mayorista", "vendas por grosso").
const tollbeck = compileTaxonomy({
  personas: [],
  painPoints: [],
  industries: [
    { id: 'wholesale', label: 'Wholesale trade', aliases: ['wholesaler'] },
    { id: 'chains', label: 'Shop chains', aliases: ['retail chain'] },
  ],
});
// An invented shift-messaging vendor ("Pellmoor") for depots and kitchens: a staffing agency that places temps in them
// is not one of them.
const pellmoor = compileTaxonomy({
  personas: [],
  painPoints: [],
  industries: [
    { id: 'depots', label: 'Depots & logistics', aliases: ['warehouse', 'cross docking'] },
    { id: 'kitchens', label: 'Commercial kitchens', aliases: ['catering kitchen'] },
  ],
});
// An invented crew-rostering vendor ("Skarvel") for operators of small aircraft: the US charter rule said by its number.
const skarvel = compileTaxonomy({
  personas: [],
  painPoints: [],
  industries: [
    { id: 'charter', label: 'Charter firms', aliases: ['Part 135'] },
    { id: 'owners', label: 'Owner-flown aircraft', aliases: ['Part 91'] },
  ],
});
const ids = (prospect: { company?: string; industry?: string; notes?: string }, c = tollbeck) => resolveIndustries(prospect, c).map((r) => r.id).sort();

describe('the wholesale trade in Spanish and Portuguese', () => {
  it('reads "mayorista" and "por grosso" values as wholesale', () => {
    expect(ids({ company: 'Hermanos Velarde', industry: 'Venta mayorista de ferretería' })).toEqual(['wholesale']);
    expect(ids({ company: 'Quinteiro & Brás', industry: 'Vendas por grosso de têxteis' })).toEqual(['wholesale']);
  });
});

describe("the notes' own sentence saying what the business is", () => {
  it('adds the kind it names beside the value', () => {
    expect(ids({ company: 'Hadleigh & Sons', industry: 'Garden Tools Wholesale', notes: 'Hadleigh is a retail chain in the north.' })).toEqual(['chains', 'wholesale']);
  });
  it('adds nothing where the notes only mention the kind', () => {
    expect(ids({ company: 'Hadleigh & Sons', industry: 'Garden Tools Wholesale', notes: 'Talked about a retail chain in the north.' })).toEqual(['wholesale']);
  });
});

describe('a staffing agency beside the market', () => {
  it('is not the kind of the sites its temps work at', () => {
    expect(ids({ company: 'Pembly Staffing', industry: 'Temporary Help Services', notes: 'Places about 300 pickers in a warehouse near the port.' }, pellmoor)).toEqual([]);
    expect(ids({ company: 'Brenlo GmbH', notes: 'Personalvermittlung; our temps work in a catering kitchen and two depots.' }, pellmoor)).toEqual([]);
  });
  it('leaves a depot whose notes name a warehouse read', () => {
    expect(ids({ company: 'Pembly Haulage', notes: 'Runs a warehouse with 300 pickers.' }, pellmoor)).toEqual(['depots']);
  });
});

describe('the US charter rule said by its number alone', () => {
  it('reads "135 certificated", "135 operations" and "a 135 operator" as Part 135', () => {
    expect(ids({ company: 'Wrenfold Air', notes: 'Flies three turboprops, 135 certificated.' }, skarvel)).toEqual(['charter']);
    expect(ids({ company: 'Wrenfold Air', notes: 'Small 135 operator, nine pilots.' }, skarvel)).toEqual(['charter']);
    expect(ids({ company: 'Wrenfold Air', notes: 'Runs 135 operations since 2019 with six tails.' }, skarvel)).toEqual(['charter']);
  });
});
