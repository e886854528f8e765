// An entry named "Multi-office ..." (or multi-branch, multi-store, multi-clinic) is the taxonomy's entry for businesses
// of many sites, read from a count of offices as "Multi-site ..." is; a count of people at one site ("a 14-accountant
// office") counts no sites; a franchisee's name with "Group" in it that says whose franchise it is says no group of
// its own. The taxonomy and records here are made up for the tests.
import { describe, expect, it } from 'vitest';
import type { Prospect, Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const prospect = (company: string, industry: string | undefined, notes: string | undefined, c: ReturnType<typeof compileTaxonomy>) =>
  contextOf(resolveProspect({ name: 'Ana Prado', title: 'Practice Manager', company, industry, notes, source: { crm: 'hubspot', recordType: 'contact', recordId: '1' } } as Prospect, c)).industries;

// An invented vendor of practice software for accounting firms.
const firms: Taxonomy = {
  personas: [{ id: 'pm', label: 'Practice manager', aliases: ['practice manager'] }],
  industries: [
    { id: 'multi', label: 'Large multi-office accounting firms', aliases: ['multi-office firm', 'national accounting firm'] },
    { id: 'indie', label: 'Independent accounting firms', aliases: ['independent firm', 'sole practice'] },
    { id: 'franchise', label: 'Franchised accounting offices', aliases: ['accounting franchisee', 'franchise office'] },
    { id: 'bookkeeping', label: 'Bookkeeping services', aliases: ['bookkeeping service', 'virtual bookkeeper'] },
  ],
  painPoints: [{ id: 'late', label: 'Late filings', aliases: ['late filing'] }],
};
const c = compileTaxonomy(firms, []);

describe('a multi-office entry read from a count of offices', () => {
  it('reads a firm counting its own offices as the multi-office entry', () => {
    expect(prospect('Quillsby Partners', undefined, 'Founded in 1988; 12 offices in three provinces.', c)).toEqual(['multi']);
  });
  it('does not read a count of the people at one office as many offices', () => {
    expect(prospect('Tamsworth & Ode', undefined, 'Independent firm, a 14-accountant office on the high street.', c)).toEqual(['indie']);
  });
  it("does not read a franchisee's name with Group in it as a group of its own", () => {
    expect(prospect('Quennel Accounting Group, a Cindermark franchise', undefined, 'Busy season starts in January.', c)).toEqual(['franchise']);
  });
});
