// Shift and duty words that say how work is organised, not a scheduling problem (fifty-second round):
// a shift word said with a count, a time of day or the "in" of working in shifts ("three shifts", "night shifts",
// "in Schichten", "turni notturni") reads the scheduling pain only with a problem word beside it; a bare German or
// Dutch "Dienst" (a service, a department) is no shift at all.
// Invented vendor: rota software for commercial laundries.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const vendor = compileTaxonomy({
  personas: [],
  industries: [],
  painPoints: [
    { id: 'rota', label: 'Shift scheduling chaos', aliases: ['rota gaps'] },
    { id: 'linen', label: 'Lost linen', aliases: ['missing sheets'] },
  ],
} satisfies Taxonomy);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, vendor)).painPoints;

describe('shift words that say how the work is organised', () => {
  it('reads no scheduling pain from the count or time of the shifts alone', () => {
    expect(pains('Wäscherei mit 140 Leuten, die Mangel läuft in drei Schichten.')).toEqual([]);
    expect(pains('The plant runs three shifts and a night shift on Saturdays.')).toEqual([]);
    expect(pains('Lavanderia industriale con turni notturni, 90 addetti.')).toEqual([]);
  });
  it('reads no shift from a German or Dutch service department', () => {
    expect(pains('Der technische Dienst der Wäscherei betreut die Maschinen.')).toEqual([]);
  });
  it('still reads the pain when a problem is said with the shifts', () => {
    expect(pains('The night shifts are a mess, nobody knows who is coming in.')).toEqual(['rota']);
    expect(pains('Our shift planning is chaos every week.')).toEqual(['rota']);
  });
});
