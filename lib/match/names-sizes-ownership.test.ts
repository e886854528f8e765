// A Romance company name whose first word is the drink as well as the place that serves it ("Cafés ...", "Caffè ...")
// names the coffee the business roasts or sells, not a group of cafés. The taxonomies and records here are made up
// for the tests.
import { describe, expect, it } from 'vitest';
import type { Prospect, Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const prospect = (company: string, industry: string | undefined, notes: string | undefined, c: ReturnType<typeof compileTaxonomy>) =>
  contextOf(resolveProspect({ name: 'Ines Vidal', title: 'Operations Manager', company, industry, notes, source: { crm: 'hubspot', recordType: 'contact', recordId: '1' } } as Prospect, c)).industries;

// An invented vendor of software for the coffee trade.
const coffee: Taxonomy = {
  personas: [{ id: 'ops', label: 'Operations manager', aliases: ['operations manager'] }],
  industries: [
    { id: 'chains', label: 'Café chains with their own roastery', aliases: ['café chain', 'coffee bar group'] },
    { id: 'roasters', label: 'Wholesale coffee roasters', aliases: ['wholesale roaster', 'coffee manufacturer'] },
    { id: 'boxes', label: 'Coffee subscription brands', aliases: ['coffee subscription', 'online coffee shop'] },
  ],
  painPoints: [{ id: 'stock', label: 'Green coffee stock', aliases: ['green stock'] }],
};
const cafes = compileTaxonomy(coffee, []);

describe('a Romance name whose first word is the drink and its place', () => {
  it('does not read "Cafés ..." or "Caffè ..." as a group of cafés', () => {
    expect(prospect('Cafés Morvedre S.A.', undefined, undefined, cafes)).toEqual([]);
    expect(prospect('Caffè Lunardi S.r.l.', undefined, undefined, cafes)).toEqual([]);
  });
  it('leaves the segment to the notes', () => {
    expect(prospect('Cafés Orvalho', undefined, 'Sells capsules by coffee subscription, about 3,000 subscribers.', cafes)).toEqual(['boxes']);
  });
  it('still reads an English name whose head is cafés in the plural as the chain', () => {
    expect(prospect('Harbourside Cafés', undefined, undefined, cafes)).toEqual(['chains']);
  });
});
