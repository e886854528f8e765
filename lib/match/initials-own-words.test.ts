// An alias's initials are read as its shorthand only where they spell a common business abbreviation and the alias
// says one of that abbreviation's own words: "AR" for "ageing receivables" (accounts receivable), not "QA" (quality
// assurance) for a "quote approvals" alias. Invented vendor and records.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const kitchenFitters: Taxonomy = {
  personas: [],
  industries: [],
  painPoints: [
    { id: 'quotes', label: 'Slow kitchen quotes', aliases: ['quote approvals', 'kitchen quote backlog'] },
    { id: 'collections', label: 'Builders paying late', aliases: ['ageing receivables'] },
  ],
};
const compiled = compileTaxonomy(kitchenFitters);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, compiled)).painPoints;

describe("an alias's initials", () => {
  it('"QA" is not the initials of "quote approvals"', () => {
    expect(pains('Met Dana, who runs QA for the worktop line.')).not.toContain('quotes');
  });
  it('"AR" still reads "ageing receivables"', () => {
    expect(pains('Their AR is a mess, half the builders pay after 90 days.')).toContain('collections');
  });
});

// Review mend (fifty-seventh round): a word the alias shares with the abbreviation's long form must be the thing the long form
// names (its last word, "receivables"), not a word that only qualifies it ("accounts", "work", "planned").
const plumbers: Taxonomy = {
  personas: [],
  industries: [],
  painPoints: [
    { id: 'overload', label: 'Crews stretched thin', aliases: ['work overload'] },
    { id: 'recon', label: 'Month-end headaches', aliases: ['accounts reconciliation'] },
  ],
};
const plumberPains = (notes: string) => contextOf(resolveProspect({ notes }, compileTaxonomy(plumbers))).painPoints;
describe("an alias's initials, the long form's own thing", () => {
  it('"WO" is no "work overload", "AR" no "accounts reconciliation"', () => {
    expect(plumberPains('The plumbers close thirty WOs each week.')).toEqual([]);
    expect(plumberPains('Their AR sits at sixty days.')).toEqual([]);
  });
});
