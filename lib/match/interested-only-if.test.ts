// Interest on a condition of the tool (sixty-first round): "interested only if it does X" says what the tool must do,
// a requirement, not the prospect's pain; "interested only in X" still names their topic. Invented vendor: software
// for small ferry lines.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const vendor = compileTaxonomy({
  personas: [],
  industries: [],
  painPoints: [
    { id: 'crew-rostering', label: 'Crew rostering', aliases: ['crew rostering', 'crew rota'] },
    { id: 'paper-tickets', label: 'Paper tickets', aliases: ['paper tickets', 'paper ticket books'] },
  ],
} satisfies Taxonomy);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, vendor)).painPoints;

describe('interest on a condition of the tool', () => {
  it('reads no pain from the condition in English', () => {
    expect(pains('Two-boat ferry on the lough. Interested only if we also cover crew rostering.')).toEqual([]);
    expect(pains('Harbour ferry, happy with their till; only interested if the app handles crew rostering too.')).toEqual([]);
  });
  it('reads no pain from the condition in the other languages', () => {
    expect(pains('Fähre am See. Nur interessiert, wenn das Tool auch die crew rota abdeckt.')).toEqual([]);
    expect(pains('Bac sur la Loire. Intéressés seulement si vous gérez le crew rostering.')).toEqual([]);
    expect(pains('Traghetti sul lago. Interessati solo se gestite anche il crew rostering.')).toEqual([]);
  });
  it('still reads a pain said before the condition, and a topic said with "only in"', () => {
    expect(pains('Still selling paper ticket books at the pier. Only interested if it covers crew rostering.')).toEqual(['paper-tickets']);
    expect(pains('Interested only in crew rostering for the summer boats.')).toEqual(['crew-rostering']);
  });
});
