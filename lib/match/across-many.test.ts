// A pain about many units at once ("Multi-gym visibility", "No view across ovens") is reached by the broad visibility
// topic's everyday words only where the notes say several: a word of many or a count of two or more (pains-across-many,
// sixty-fourth round). Invented vendor (software for chains of climbing gyms).
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const climbing: Taxonomy = {
  personas: [],
  industries: [],
  painPoints: [
    { id: 'many-gyms', label: 'Multi-gym visibility', aliases: ['gym comparison'] },
    { id: 'holds', label: 'Worn climbing holds', aliases: ['hold replacement'] },
  ],
};
const compiled = compileTaxonomy(climbing);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, compiled)).painPoints;

describe('a view across many units', () => {
  it('is not read where the notes say one thing cannot be seen', () => {
    expect(pains('The owner cannot see what the toddler room brings in.')).toEqual([]);
    expect(pains('Opened a top-rope annex. No idea what the auto-belays earn.')).toEqual([]);
    expect(pains('Nobody could see the waiver numbers for eleven days after the HVAC 2 upgrade.')).toEqual([]);
  });
  it('is read where the notes say several, in the sentence or before it', () => {
    expect(pains('Four rope halls around the lake. No idea which one makes money.')).toEqual(['many-gyms']);
    expect(pains('Every gym keeps its own sheet and the owner cannot see the totals.')).toEqual(['many-gyms']);
    expect(pains('Runs 3 gyms after the buyout; the owner cannot see which is busiest.')).toEqual(['many-gyms']);
  });
});
