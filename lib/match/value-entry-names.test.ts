import { describe, expect, it } from 'vitest';
import { compileTaxonomy } from './compile';
import { resolveIndustries } from './resolve';

// An invented vendor of job scheduling for cleaning firms: "cleaning" is its market's word (every segment says it),
// and one segment has a CRM's value among its aliases.
const taxonomy = {
  personas: [{ id: 'owner', label: 'Owner', aliases: [] }],
  industries: [
    { id: 'office', label: 'Commercial cleaning contractors', aliases: ['Cleaning Janitorial'] },
    { id: 'window', label: 'Window cleaning firms', aliases: ['squeegee crews'] },
    { id: 'carpet', label: 'Carpet cleaning companies', aliases: [] },
    { id: 'home', label: 'Residential cleaning services', aliases: ['maid service'] },
  ],
  painPoints: [{ id: 'noshow', label: 'Missed visits', aliases: [] }],
};
const asset = (id: string, title: string, industries: string[]) => ({ id, title, painPoints: [], industries });
const assets = [
  asset('a1', 'Night shifts in office towers: a contractor rota', ['office']),
  asset('a2', 'Ladders, poles and pricing per pane', ['window']),
  asset('a3', 'Per pane or per storey: quoting high windows', ['window']),
  asset('a4', 'Drying times per room for steam extraction', ['carpet']),
  asset('a5', 'Keys and alarm codes for weekly home visits', ['home']),
];
const compiled = compileTaxonomy(taxonomy, assets);
const read = (industry: string, notes: string) => resolveIndustries({ company: 'Brightmoor Ltd', industry, notes }, compiled).map((r) => r.id);

describe('a CRM value that is a segment’s own alias word for word (forty-ninth round)', () => {
  it('names that segment, though its words also say the vendor’s market and the notes’ words lean elsewhere', () => {
    expect(read('Cleaning Janitorial', 'They quote per pane on the glass at two sites.')).toEqual(['office']);
  });

  it('a value that only says the market, or the market and a word no segment has, still leaves it to the notes', () => {
    expect(read('Cleaning Services', 'They quote per pane on the glass at two sites.')).toEqual(['window']);
    expect(read('Building Cleaning', 'They quote per pane on the glass at two sites.')).toEqual(['window']);
  });
  it('a value of the market word alone stays the market, though one segment has it as an alias', () => {
    const home = { id: 'home', label: 'Residential cleaning services', aliases: ['maid service', 'Cleaning'] };
    const bare = compileTaxonomy({ ...taxonomy, industries: [...taxonomy.industries.slice(0, 3), home] }, assets);
    expect(resolveIndustries({ company: 'Brightmoor Ltd', industry: 'Cleaning', notes: 'They quote per pane on the glass at two sites.' }, bare).map((r) => r.id)).toEqual(['window']);
  });
});
