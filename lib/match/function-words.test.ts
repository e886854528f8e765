import { describe, expect, it } from 'vitest';
import { compileTaxonomy } from './compile';
import { FOREIGN_FUNCTION_WORDS } from './knowledge/function-words';
import { resolveIndustries } from './resolve';

// An invented vendor of firing controllers whose library carries a few German assets, all tagged with one segment.
const taxonomy = {
  personas: [{ id: 'owner', label: 'Owner', aliases: [] }],
  industries: [
    { id: 'studios', label: 'Pottery studios', aliases: [] },
    { id: 'glass', label: 'Glass fusing workshops', aliases: [] },
    { id: 'enamel', label: 'Enamel sign makers', aliases: [] },
  ],
  painPoints: [{ id: 'firing', label: 'Uneven firing', aliases: [] }],
};
const asset = (id: string, title: string, industries: string[]) => ({ id, title, painPoints: [], industries });
const assets = [
  asset('a1', 'Cone charts for stoneware glazes', ['studios']),
  asset('a2', 'Bisque schedules a teaching studio can share', ['studios']),
  asset('a3', 'Wheel rooms and shared kilns', ['studios']),
  asset('a4', 'Slumping moulds for dichroic sheets', ['glass']),
  asset('a5', 'Annealing curves for thick fused panels', ['glass']),
  asset('a6', 'Tack fuse or full fuse', ['glass']),
  asset('a7', 'Brennkurven für Emaille und Stahlschilder', ['enamel']),
  asset('a8', 'Checkliste für Schilderwerkstätten und Emaillierer', ['enamel']),
  asset('a9', 'Vitreous enamel on steel: a firing primer', ['enamel']),
];
const compiled = compileTaxonomy(taxonomy, assets);
const read = (company: string, notes: string) => resolveIndustries({ company, notes }, compiled).map((r) => r.id);

describe('function words of other languages read as library words', () => {
  it('holds the six languages’ articles, prepositions and conjunctions, accents off, and no English homograph', () => {
    for (const w of ['und', 'fur', 'les', 'des', 'del', 'della', 'het', 'voor', 'pelo', 'nao']) expect(FOREIGN_FUNCTION_WORDS.has(w)).toBe(true);
    for (const w of ['car', 'van', 'die', 'state', 'per', 'door', 'bin', 'hay']) expect(FOREIGN_FUNCTION_WORDS.has(w)).toBe(false);
  });

  it('names no segment from function words alone, however the library’s assets in that language are tagged', () => {
    expect(read('Atelier Rosskamp', 'Kleiner Betrieb, wir arbeiten für Schulen und Vereine.')).toEqual([]);
  });

  it('lets them stand beside a word of the segment’s own content', () => {
    expect(read('Atelier Rosskamp', 'Wir brennen Emaille für Hausnummern und Stahlschilder.')).toEqual(['enamel']);
  });
});
