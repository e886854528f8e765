import { describe, expect, it } from 'vitest';
import { compileTaxonomy } from './compile';
import { resolvePains } from './resolve';
import { nearestPain, textWords, vectorTable, type VectorReading } from './word-vectors';

// Invented vectors of three dimensions: money words, machine words, people words.
const table = vectorTable([
  ['invoices', Float32Array.from([1, 0, 0])],
  ['cash', Float32Array.from([0.9, 0.1, 0])],
  ['money', Float32Array.from([0.95, 0, 0.05])],
  ['payments', Float32Array.from([1, 0.05, 0])],
  ['equipment', Float32Array.from([0, 1, 0])],
  ['ovens', Float32Array.from([0.05, 0.95, 0])],
  ['downtime', Float32Array.from([0, 1, 0.1])],
  ['staff', Float32Array.from([0, 0, 1])],
  ['turnover', Float32Array.from([0.1, 0, 0.9])],
  ['repairs', Float32Array.from([0.68, 0.73, 0])],
]);
const reading: VectorReading = { vectors: table, unit: 'clause', titles: false, method: 'mean', threshold: 0.7, margin: 0.03 };

describe('word vectors for pains said in other words', () => {
  it('finds the entry whose words point the way the notes do, and none when two are as near', () => {
    const pains = ['Late payments', 'Equipment downtime', 'Staff turnover'].map((t) => textWords(t, table));
    expect(nearestPain(textWords('the ovens again', table), pains, reading)?.index).toBe(1);
    expect(nearestPain(textWords('cash', table), pains, reading)?.index).toBe(0);
    expect(nearestPain(textWords('repairs', table), pains, reading)).toBeUndefined();
    expect(nearestPain(textWords('nothing known here', table), pains, reading)).toBeUndefined();
  });

  it('reads a complaint in other words only when the taxonomy is compiled with vectors', () => {
    const taxonomy = { personas: [], industries: [], painPoints: [
      { id: 'late-payments', label: 'Late payments', aliases: [] },
      { id: 'downtime', label: 'Equipment downtime', aliases: [] },
    ] };
    const notes = 'The ovens are a nightmare.';
    expect(resolvePains(notes, compileTaxonomy(taxonomy))).toEqual([]);
    expect(resolvePains(notes, compileTaxonomy(taxonomy, [], { wordVectors: reading })).map((p) => p.id)).toEqual(['downtime']);
  });
});
