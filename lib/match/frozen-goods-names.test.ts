// "Frozen" in the six languages' words (Dutch "diepvries", German "Tiefkühl-", French "surgelé", Italian "surgelato",
// Spanish and Portuguese "congelado"): a frozen-goods maker's name reads the vendor's frozen entry, in a compound too.
// The taxonomy and records here are made up for the tests.
import { describe, expect, it } from 'vitest';
import type { Prospect, Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

// An invented vendor of freezer-line temperature logging for snack makers.
const taxonomy: Taxonomy = {
  personas: [{ id: 'lead', label: 'Freezer line lead', aliases: ['freezer line lead'] }],
  industries: [
    { id: 'frozen', label: 'Frozen snack makers', aliases: ['frozen snacks', 'frozen dumpling trays'] },
    { id: 'chilled', label: 'Chilled snack makers', aliases: ['chilled snacks', 'fresh dumpling trays'] },
    { id: 'dry', label: 'Shelf-stable snack makers', aliases: ['pretzel sticks', 'popcorn tins'] },
  ],
  painPoints: [{ id: 'thaw', label: 'Freezer thaw alarms', aliases: ['thaw alarms'] }],
};
const compiled = compileTaxonomy(taxonomy, []);
const read = (company: string, industry?: string) =>
  contextOf(resolveProspect({ name: 'Ana Vos', title: 'Freezer Line Lead', company, industry, source: { crm: 'hubspot', recordType: 'contact', recordId: '1' } } as Prospect, compiled)).industries;

describe('a frozen-goods maker named in its own language', () => {
  it('reads Dutch "diepvries" and German "Tiefkühl" as frozen', () => {
    expect(read('Wolkenrade Diepvries Snacks B.V.')).toEqual(['frozen']);
    expect(read('Hornbryggen Tiefkühl Snacks GmbH')).toEqual(['frozen']);
  });
  it('reads the Romance words for frozen', () => {
    expect(read('Snacks Surgelés Montclair SAS')).toEqual(['frozen']);
    expect(read('Snacks Congelados Peñarrubia S.L.')).toEqual(['frozen']);
  });
  it('leaves a chilled maker its own entry', () => {
    expect(read('Wolkenrade Chilled Snacks B.V.')).toEqual(['chilled']);
  });
});
