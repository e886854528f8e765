// A complaint verb under "never", "nobody" or "no one" says there is no complaint ("the inspector has never complained",
// "nobody complains about the forms"), as "no complaints" does (fifty-first round). Invented vendor: software for
// bike-rental fleets.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const vendor = compileTaxonomy({
  personas: [],
  industries: [],
  painPoints: [
    { id: 'inspections', label: 'Safety inspections', aliases: ['safety inspection'] },
    { id: 'rider-complaints', label: 'Rider complaints', aliases: ['rider complaints'] },
    { id: 'flat-tyres', label: 'Flat tyres', aliases: ['flat tyres', 'punctures'] },
  ],
} satisfies Taxonomy);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, vendor)).painPoints;

describe('nobody complains', () => {
  it('reads no pain where nobody is said to complain', () => {
    expect(pains("Paper checklists are fine, the safety inspector has never complained.")).toEqual([]);
    expect(pains('Riders never complain about the inspection forms.')).toEqual([]);
    expect(pains('Nobody has complained about the inspection schedule.')).toEqual([]);
  });
  it('still reads the pain said beside it', () => {
    expect(pains('The inspector has never complained. Punctures are killing us every weekend.')).toEqual(['flat-tyres']);
  });
  it('still reads a complaint that is made', () => {
    expect(pains('Riders complain about the inspection delays every week.')).not.toEqual([]);
  });
});
