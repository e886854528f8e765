// The rep's pitch that the prospect never took up or shrugged off reads no pain (sixty-third round): "I offered X - she
// says it works fine", "Rep mentioned X, no reply from her", a guess answered "X is X". Invented vendor (software
// for harp-string workshops).
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const harps: Taxonomy = {
  personas: [],
  industries: [],
  painPoints: [
    { id: 'breakage', label: 'Breakage claims', aliases: ['breakage claims', 'string breakage'] },
    { id: 'rosin', label: 'Rosin costs', aliases: ['rosin costs', 'rosin'] },
  ],
};
const compiled = compileTaxonomy(harps);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, compiled)).painPoints;

describe('a pitch not taken up', () => {
  it('reads nothing from the rep\'s own pitch settled by the answer', () => {
    expect(pains('I offered the breakage claims module too - she says her brother logs them in a ledger and it works fine, leave it.')).toEqual([]);
  });
  it('reads nothing from a pitch the prospect never answered', () => {
    expect(pains('Rep mentioned rosin costs at the guild meeting, no reply from her.')).toEqual([]);
    expect(pains('Rep suggested the string breakage report, no reply.')).toEqual([]);
  });
  it('reads nothing from a guess shrugged off as the matter itself', () => {
    expect(pains('I think rosin costs are an issue - Oda: "rosin is rosin, nothing anyone can change."')).toEqual([]);
  });
  it('keeps the prospect\'s own pain beside the pitch', () => {
    expect(pains('Breakage claims take a month to close. Rep mentioned rosin costs at the guild meeting, no reply from her.')).toEqual(['breakage']);
    expect(pains('Oda: "I pitched the idea to our board - breakage claims keep piling up."')).toEqual(['breakage']);
  });
});
