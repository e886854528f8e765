// Sixty-sixth round: who is free to work ("who's free", "who can cover") is the scheduling topic,
// read where the notes say it is not known or asked; who pays, named after "budget from" or "funded by", is no word of a
// pain. Invented vendor (software for mobile bicycle mechanics) and records.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const bikes: Taxonomy = {
  personas: [],
  industries: [],
  painPoints: [
    { id: 'rounds', label: 'Mechanic rounds and scheduling', aliases: ['van rounds'] },
    { id: 'spares', label: 'Spare parts stock', aliases: ['inner tube stock'] },
    { id: 'payouts', label: 'Mechanic payouts', aliases: ['per-repair rates'] },
  ],
};
const compiled = compileTaxonomy(bikes);
const pains = (notes: string) => contextOf(resolveProspect({ notes, name: 'Oriane Talbec' }, compiled)).painPoints;

describe('who is free to work', () => {
  it('reads the scheduling pain where nobody knows who is free', () => {
    expect(pains('Honestly I never know whos free on Saturdays until Friday night.')).toEqual(['rounds']);
    expect(pains('I never know who is free for the Sunday pop-up.')).toEqual(['rounds']);
  });
  it('reads it where they ask around who can cover', () => {
    expect(pains('Every week I text all nine mechanics asking who can cover Saturday at the market stall.')).toEqual(['rounds']);
  });
  it('reads no scheduling from covering a cost (second review of the sixty-sixth round, findings 5 and 10)', () => {
    expect(pains('Nobody knows who can cover the annual subscription fee.')).toEqual([]);
  });
});

describe('who pays is no word of a pain', () => {
  const theft = { id: 'theft', label: 'Van thefts and theft claims', aliases: ['stolen tools'] };
  const asset = (id: string, title: string, painPoints: string[]) => ({ id, title, painPoints, industries: [] });
  // Assets that say "insurance assessor" often: the library's words for the theft entry.
  const withAssets = compileTaxonomy({ ...bikes, painPoints: [...bikes.painPoints, theft] }, [
    asset('a1', 'Claims after a van theft: the insurance assessor checklist', ['theft']),
    asset('a2', 'Insurance assessor visits, booked in one place', ['theft']),
    asset('a3', 'What an insurance assessor asks after stolen tools', ['theft']),
    asset('a4', 'Planning van rounds by postcode', ['rounds']),
  ]);
  const read = (notes: string) => contextOf(resolveProspect({ notes, name: 'Oriane Talbec' }, withAssets)).painPoints;
  it('reads no pain from the words of who pays', () => {
    expect(read('Asked for a trial. Rep note: painful for them, budget from the insurance assessor team.')).toEqual([]);
    expect(read('Asked for a trial. Painful, funded by the insurance assessor team.')).toEqual([]);
  });
  it('still reads the library words said as a problem', () => {
    expect(read('Asked for a trial. The insurance assessor is a pain.')).toEqual(['theft']);
  });
});
