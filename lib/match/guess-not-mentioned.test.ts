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

describe('a guess marked as never mentioned beside the same pain said firmly (review mend)', () => {
  it('leaves the pain the prospect states in another sentence, before or after the guess', () => {
    expect(pains('Ines says the refund backlog is six weeks long. Maybe a refund backlog at the kiosk too (not mentioned).')).toEqual(['refunds']);
    expect(pains('Probably a refund backlog (never raised). Later on Ines admitted the refund backlog is now four weeks.')).toEqual(['refunds']);
  });
  it('still reads nothing from the guess alone', () => {
    expect(pains('Boarding is quick. Maybe a refund backlog (not mentioned).')).toEqual([]);
  });
});
