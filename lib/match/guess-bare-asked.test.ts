// A rep's question written without its subject ("Asked if ...", "Asked about ..."), after a note's label too, and the
// prospect's answer under a speaker's label with quotation marks ("Ines: 'nah, ...'"): turned down, the question names
// no pain (fifty-ninth round). Invented vendor: route software for school-bus contractors.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const vendor = compileTaxonomy({
  personas: [],
  industries: [],
  painPoints: [
    { id: 'driver-shortage', label: 'Driver shortage', aliases: ['unfilled routes', 'spare drivers'] },
    { id: 'fuel-costs', label: 'Fuel costs', aliases: ['diesel spend'] },
  ],
} satisfies Taxonomy);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, vendor)).painPoints;

describe('a bare "asked if" turned down', () => {
  it('reads no pain from a subjectless question the prospect says no to', () => {
    expect(pains("Phone notes: Asked if diesel spend was a worry - Ines: 'nah, the county pays the fuel.'")).toEqual([]);
    expect(pains("Asked whether they have unfilled routes - Ines: 'nope, full roster since August.'")).toEqual([]);
  });
  it('still reads the prospect\'s own pain after the turned-down question', () => {
    expect(pains("Phone notes: Asked if diesel spend was a worry - Ines: 'nah.' Her issue: unfilled routes every Monday.")).toEqual(['driver-shortage']);
  });
  it('keeps a subjectless question the prospect takes up', () => {
    expect(pains('Asked about diesel spend, she said it doubled this year.')).toEqual(['fuel-costs']);
  });
});
