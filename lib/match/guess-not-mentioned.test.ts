// A hedged guess the rep marks as never said by the prospect ("(not mentioned)", "- never raised") is the rep's
// unchecked guess, in the seven languages (sixty-second round). Invented vendor (software for ferry-ticket offices).
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const ferries: Taxonomy = {
  personas: [],
  industries: [],
  painPoints: [
    { id: 'refunds', label: 'Refund backlog', aliases: ['refund backlog', 'Erstattungsstau'] },
    { id: 'boarding', label: 'Boarding queues', aliases: ['boarding queues'] },
  ],
};
const compiled = compileTaxonomy(ferries);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, compiled)).painPoints;

describe('a guess marked as never mentioned', () => {
  it('reads nothing from the hedged guess', () => {
    expect(pains('Rep note: maybe a refund backlog as well (not mentioned).')).toEqual([]);
    expect(pains('Probably a refund backlog too - never raised.')).toEqual([]);
    expect(pains('Vielleicht auch ein Erstattungsstau (nicht erwähnt).')).toEqual([]);
  });
  it('keeps the prospect\'s own pain beside it, and an unhedged one', () => {
    expect(pains('Boarding queues run past the ramp every Friday. Maybe a refund backlog too (not mentioned).')).toEqual(['boarding']);
    expect(pains('The refund backlog, not mentioned in the last audit, is now three weeks.')).toEqual(['refunds']);
  });
});
