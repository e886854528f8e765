// A seller's label with a guess heading in its brackets ("SDR (guess):", "AE (hunch):") heads the rep's own guess, one
// sentence of a summary, not a turn of a transcript: the guess stays unread, and the notes after its sentence are the
// prospect's again (seventieth round). Invented vendor (kennel and grooming software) and records.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const kennels: Taxonomy = {
  personas: [],
  industries: [],
  painPoints: [
    { id: 'calendar', label: 'Clashing grooming slots', aliases: ['double-booked grooming'] },
    { id: 'turnover', label: 'Groomer turnover', aliases: ['groomers quitting'] },
  ],
};
const compiled = compileTaxonomy(kennels);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, compiled)).painPoints;

describe("a seller's guess under a bracketed heading", () => {
  it('the guess is not read, the prospect after it is', () => {
    expect(pains("SDR (guess): likely double-booked grooming, as at most salons. Marta, front counter: 'groomers quitting is what hurts, three since spring.'")).toEqual(['turnover']);
    expect(pains('AE (hunch): maybe clashing grooming slots. Owner later: groomer turnover every season.')).toEqual(['turnover']);
  });
  it('a guess written alone ends with its line', () => {
    expect(pains('AE (guess): double-booked grooming\nOwner says groomers quitting is her biggest worry')).toEqual(['turnover']);
  });
  it('a guess with nothing after it reads nothing', () => {
    expect(pains('SDR (hunch): double-booked grooming, probably.')).toEqual([]);
  });
  it('a seller turn with another bracketed word still runs until somebody else speaks', () => {
    expect(pains('AE (Monday): are groomers quitting? Is double-booked grooming a worry?')).toEqual([]);
  });
});
