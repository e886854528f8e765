// People named only in the notes: a deal or a record with no title whose notes say, by post alone, whom the rep dealt
// with ("the kitchen manager wants", "CFO signs off", "Buyer is their head chef"); not an attendees' list. Invented vendor and records.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const kitchens: Taxonomy = {
  personas: [
    { id: 'head-chef', label: 'Head chef', aliases: ['executive chef'] },
    { id: 'kitchen-manager', label: 'Kitchen manager', aliases: [] },
    { id: 'finance', label: 'Finance leader', aliases: ['CFO', 'finance director'] },
  ],
  industries: [],
  painPoints: [],
};
const compiled = compileTaxonomy(kitchens);
const personas = (notes: string, recordType = 'deal') => contextOf(resolveProspect({ notes, source: { crm: 'hubspot', recordType, recordId: '1' } }, compiled)).personas;

describe('posts the notes say with no name', () => {
  it('the one who speaks or wants, by post', () => {
    expect(personas('Tasting menu relaunch. The kitchen manager wants one place for allergen sheets.')).toEqual(['kitchen-manager']);
    expect(personas("head chef said: 'we reprint the prep lists twice a shift'")).toEqual(['head-chef']);
  });
  it('the buyer named by post, and the one who signs off', () => {
    expect(personas('Three sites. Buyer is their finance director.')).toEqual(['finance']);
    expect(personas('Allergen sheets live in a binder. CFO signs off anything over 5k.')).toEqual(['finance']);
  });
  it('not a sentence with no subject, a former contact, whoever was present, nor a company record', () => {
    expect(personas('Meeting recap\nAttendees: CFO, Executive Chef, Sam (AE)\n- walk-in fridge logs on paper')).toEqual([]);
    expect(personas('An outside caterer counts the covers. Wants a demo in March.')).toEqual([]);
    expect(personas('Our old contact, the former head chef, said they had no budget.')).toEqual([]);
    expect(personas('The kitchen manager wants one place for allergen sheets.', 'account')).toEqual([]);
  });
});
