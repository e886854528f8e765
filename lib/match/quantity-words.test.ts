import { describe, expect, it } from 'vitest';
import { compileTaxonomy } from './compile';
import { resolveIndustries } from './resolve';

// An invented vendor of scheduling software for beekeepers, orchards and cider makers, with a partly localised library:
// one French asset of the orchards counts its work ("chaque rang", "deux passages", "trois équipes"), one German asset
// of the beekeepers too ("rund drei Völker", "jede Woche"), words no other asset uses.
const taxonomy = {
  personas: [{ id: 'owner', label: 'Owner', aliases: [] }],
  industries: [
    { id: 'apiaries', label: 'Apiaries', aliases: ['beekeepers', 'honey producers'] },
    { id: 'orchards', label: 'Orchards', aliases: ['fruit growers'] },
    { id: 'cideries', label: 'Cider makers', aliases: [] },
  ],
  painPoints: [{ id: 'spray', label: 'Spray records', aliases: [] }],
};
const asset = (id: string, title: string, industries: string[]) => ({ id, title, painPoints: [], industries });
const assets = [
  asset('a1', 'Hive inspections on a phone', ['apiaries']),
  asset('a2', 'Queen rearing calendar', ['apiaries']),
  asset('a3', 'Varroa counts by apiary', ['apiaries']),
  asset('a4', 'Honey extraction batches', ['apiaries']),
  asset('a5', 'Pruning crews and ladders', ['orchards']),
  asset('a6', 'Spray diaries for fruit rows', ['orchards']),
  asset('a7', 'Pickers paid by the bin', ['orchards']),
  asset('a8', 'Frost alarms for blossom', ['orchards']),
  asset('a9', 'Pressing and fermentation logs', ['cideries']),
  asset('a10', 'Bottling runs and duty', ['cideries']),
  asset('a11', 'Barrel ageing records', ['cideries']),
  asset('a12', 'Tasting room sales', ['cideries']),
  asset('a13', 'Vergers : chaque rang taillé en deux passages, trois équipes, plusieurs semaines', ['orchards']),
  asset('a14', 'Rund drei Völker pro Stand, jede Woche mehrere Kontrollen', ['apiaries']),
];
const compiled = compileTaxonomy(taxonomy, assets);
const read = (company: string, notes: string) => resolveIndustries({ company, notes }, compiled).map((r) => r.id);

describe('numerals and words of quantity in the other languages (fifty-fourth round)', () => {
  it('reads no segment from the counts a localised asset happens to share with the notes', () => {
    expect(read('Cidrerie Lannec', 'Deux pressoirs, trois salariés, plusieurs clients : chaque lundi le même tableau.')).not.toContain('orchards');
    expect(read('Tierarztpraxis Obermaier', 'Betreut rund 40 Betriebe, drei davon im Landkreis, jede Woche mehrere Besuche.')).not.toContain('apiaries');
  });

  it("still reads a segment by the trade's own words of its assets, a count beside them", () => {
    expect(read('Maison Kerlaz', 'Des vergers : la taille rang par rang, en deux passages.')).toEqual(['orchards']);
  });
});
