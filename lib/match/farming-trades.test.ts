// A farming trade named in French, Spanish, Italian or Portuguese by its Latin first part and "-culture"
// ("ostréiculture", "troticoltura", "apicultores") is read as that farming in English ("oyster farming"), so a
// vendor's English segments find it. The taxonomy and records here are made up for the tests.
import { describe, expect, it } from 'vitest';
import type { Prospect, Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';
import { farmingWords } from './lexicon';

const industriesOf = (company: string, c: ReturnType<typeof compileTaxonomy>) =>
  contextOf(resolveProspect({ name: 'Ana Prado', title: 'Operations Manager', company, source: { crm: 'hubspot', recordType: 'contact', recordId: '1' } } as Prospect, c)).industries;

// An invented vendor of stock and harvest software for farms of the coast and the hills.
const farmTrade: Taxonomy = {
  personas: [{ id: 'ops', label: 'Operations manager', aliases: ['operations manager'] }],
  painPoints: [{ id: 'late', label: 'Late harvests', aliases: ['late harvest'] }],
  industries: [
    { id: 'oysters', label: 'Oyster growers', aliases: ['oyster farming', 'oyster farm'] },
    { id: 'trout', label: 'Trout farms', aliases: ['trout farming', 'inland trout farm'] },
    { id: 'honey', label: 'Honey producers', aliases: ['bee farming', 'commercial beekeeping'] },
  ],
};
const farms = compileTaxonomy(farmTrade, []);

describe('a farming trade named by its Latin first part', () => {
  it('reads the French, Italian and Spanish names of the trade as the vendor\'s English segments', () => {
    expect(industriesOf('Ostréiculture Kervennec', farms)).toEqual(['oysters']);
    expect(industriesOf('Trutticulture du Moulin Vert', farms)).toEqual(['trout']);
    expect(industriesOf('Apicultores Sierra Alta S.L.', farms)).toEqual(['honey']);
  });
  it('reads no farming in a word of that ending whose first part names nothing farmed', () => {
    expect(farmingWords('cultura')).toBeUndefined();
    expect(farmingWords('agricultura')).toBeUndefined();
    expect(industriesOf('Cultura Viva Ediciones', farms)).toEqual([]);
  });
});
