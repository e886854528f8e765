// Staff out of reach are named as staff: "can't reach", "unreachable" or "no email address" said of one person is the
// rep's own contact attempt, not the prospect's problem of reaching its people (sixty-fourth round, second review).
// Invented vendor: Loftwick, a messaging app for warehouse and depot crews.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, resolveProspect } from '.';

const loftwick = compileTaxonomy({
  personas: [{ id: 'hr', label: 'People and HR leader', aliases: [] }],
  industries: [],
  painPoints: [
    { id: 'reach', label: 'Reaching deskless workers', aliases: [] },
    { id: 'turnover', label: 'Early turnover', aliases: ['new hire attrition'] },
  ],
} satisfies Taxonomy);
const pains = (notes: string) => resolveProspect({ title: 'HR Director', notes }, loftwick).painPoints.map((p) => p.id);

describe('staff out of reach, named as staff', () => {
  it("reads the rep's contact attempts with one person as no pain", () => {
    expect(pains("Can't get hold of the owner, left a voicemail, try Thursday.")).toEqual([]);
    expect(pains('Called twice, unreachable. Will send a note.')).toEqual([]);
    expect(pains('No email address on file for the plant manager.')).toEqual([]);
  });
  it('reads staff the company cannot reach, in English and in German', () => {
    expect(pains("Most of the depot crew can't be reached: no work email, no desk.")).toEqual(['reach']);
    expect(pains('Our loaders are on the floor all day. Half of them are unreachable after a shift.')).toEqual(['reach']);
    expect(pains('Die Fahrer sind unterwegs nicht erreichbar.')).toEqual(['reach']);
  });
});
