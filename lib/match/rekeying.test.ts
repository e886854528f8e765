// Re-keying (typing again what is already written or typed elsewhere) reaches a pain whose label or aliases name it
// ("double entry", "re-keying"), whatever other problem the label names: the re-keying verbs of the notes were read as
// manual work only, which such a label does not hear (fifty-fifth round, "Typing the same thing twice"). Invented vendor:
// booking and till software for bicycle repair workshops.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const vendor = compileTaxonomy({
  personas: [],
  industries: [],
  painPoints: [
    { id: 'apart', label: 'Disconnected till and planner', aliases: ['double entry', 'integration'] },
    { id: 'parts', label: 'Spare parts running out', aliases: ['stock-outs'] },
  ],
} satisfies Taxonomy);
const sheets = compileTaxonomy({
  personas: [],
  industries: [],
  painPoints: [{ id: 'sheets', label: 'Spreadsheets and double entry', aliases: ['Excel'] }],
} satisfies Taxonomy);
const pains = (notes: string, c = vendor) => contextOf(resolveProspect({ notes }, c)).painPoints;

describe('re-keying heard by a pain named for double entry', () => {
  it('reads re-keying in English and in another language as the double-entry pain', () => {
    expect(pains('The mechanics re-key every repair job from the planner into the till.')).toEqual(['apart']);
    expect(pains('Le mécanicien ressaisit chaque réparation dans la caisse le soir.')).toEqual(['apart']);
    expect(pains('Every evening someone retypes the booked repairs into the till.', sheets)).toEqual(['sheets']);
  });
  it('reads nothing where nothing is typed twice', () => {
    expect(pains('The mechanics book every repair job in the planner.')).toEqual([]);
  });
});
