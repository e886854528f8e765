// Sixty-fourth round: a problem told as gone since a change the prospect made, another office that does the topic, and
// the staff's own seeing read no pain; the pain said beside them stays read. Invented vendor (a ferry operator's
// back-office software) and records.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const ferries: Taxonomy = {
  personas: [],
  industries: [],
  painPoints: [
    { id: 'turnover', label: 'Deckhand turnover & understaffing', aliases: ['short crews', 'deckhands leaving'] },
    { id: 'tolls', label: 'Harbour toll payments', aliases: ['harbour tolls', 'toll invoices'] },
    { id: 'overview', label: 'Fleet-wide visibility', aliases: ['fleet dashboard', 'fleet analytics'] },
    { id: 'manifests', label: 'Paper passenger manifests', aliases: ['passenger manifests'] },
  ],
};
const compiled = compileTaxonomy(ferries);
const pains = (notes: string) => contextOf(resolveProspect({ notes, name: 'Odile Ferrant' }, compiled)).painPoints;

describe('a problem gone since a change', () => {
  it('reads no pain from a problem told with the change that ended it', () => {
    expect(pains('After four deckhands quit in one winter, we rebuilt the rota so nobody works nine days in a row - we have not lost anyone since.')).toEqual([]);
    expect(pains('Nach drei Kündigungen haben wir die Dienstpläne umgestellt, seitdem hat niemand gekündigt.')).toEqual([]);
  });
  it('still reads a problem that goes on since', () => {
    expect(pains('Four deckhands quit in one winter and we have had short crews ever since.')).toEqual(['turnover']);
  });
});

describe('another office that does the topic', () => {
  it('reads no pain from a short clause of another office doing it', () => {
    expect(pains('Odile runs the crews. Treasury handles harbour tolls.')).toEqual([]);
  });
  it('reads the pain where the sentence complains of it', () => {
    expect(pains('Treasury handles harbour tolls and they are always late.')).toEqual(['tolls']);
  });
});

describe("the staff's own seeing", () => {
  it('reads no visibility pain where the crew does not see something', () => {
    expect(pains('Half the crew never see the safety notices on the mess board.')).toEqual([]);
  });
  it('still reads it where the buyer cannot see', () => {
    expect(pains('We cannot see which vessels are running behind across the fleet.')).toEqual(['overview']);
  });
});
