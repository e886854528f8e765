// A pain about many units at once ("Multi-kennel visibility", "No view across ovens") is reached by the broad visibility
// topic's everyday words only where the notes say several: a word of many or a count of two or more (pains-across-many,
// sixty-fourth round). Invented vendor (software for chains of dog-boarding kennels).
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const kennels: Taxonomy = {
  personas: [],
  industries: [],
  painPoints: [
    { id: 'many-kennels', label: 'Multi-kennel visibility', aliases: ['kennel comparison'] },
    { id: 'gates', label: 'Worn run gates', aliases: ['gate replacement'] },
  ],
};
const compiled = compileTaxonomy(kennels);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, compiled)).painPoints;

describe('a view across many units', () => {
  it('is not read where the notes say one thing cannot be seen', () => {
    expect(pains('The owner cannot see what the puppy room brings in.')).toEqual([]);
    expect(pains('Opened a grooming annex. No idea what the hydrobaths earn.')).toEqual([]);
    expect(pains('Nobody could see the booking numbers for eleven days after the HVAC 2 upgrade.')).toEqual([]);
  });
  it('is read where the notes say several, in the sentence or before it', () => {
    expect(pains('Four kennels around the estuary. No idea which one makes money.')).toEqual(['many-kennels']);
    expect(pains('Every kennel keeps its own sheet and the owner cannot see the totals.')).toEqual(['many-kennels']);
    expect(pains('Runs 3 kennels after the buyout; the owner cannot see which is busiest.')).toEqual(['many-kennels']);
    expect(pains('Call back Tuesday at 10:30. The owner cannot see what the puppy room brings in.')).toEqual([]);
  });
});
