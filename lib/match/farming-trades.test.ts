// A farming trade named in French, Spanish, Italian or Portuguese by its Latin first part and "-culture"
// ("ostréiculture", "troticoltura", "apicultores") is read as that farming in English ("oyster farming"), so a
// vendor's English segments find it. The taxonomy and records here are made up for the tests.
import { describe, expect, it } from 'vitest';
import type { Prospect, Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

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
// An invented vendor of ordering software for the flower trade: shops and growers.
const flowers = compileTaxonomy({
  ...farmTrade,
  industries: [
    { id: 'shops', label: 'Florists', aliases: ['flower shop', 'florist'] },
    { id: 'growers', label: 'Flower growers', aliases: ['flower farming', 'cut flower grower'] },
  ],
}, []);
// An invented vendor of harvest software for wine: the wineries, the vineyards and the nurseries that sell them vines.
const wine = compileTaxonomy({
  ...farmTrade,
  industries: [
    { id: 'wineries', label: 'Wineries', aliases: ['winery'] },
    { id: 'vineyards', label: 'Vineyards', aliases: ['vineyard', 'grape grower'] },
    { id: 'nursery', label: 'Vine nurseries', aliases: ['vine nursery', 'grapevine nursery'] },
  ],
}, []);

describe('a farming trade named by its Latin first part', () => {
  it('reads the French, Italian and Spanish names of the trade as the vendor\'s English segments', () => {
    expect(industriesOf('Ostréiculture Kervennec', farms)).toEqual(['oysters']);
    expect(industriesOf('Trutticulture du Moulin Vert', farms)).toEqual(['trout']);
    expect(industriesOf('Apicultores Sierra Alta S.L.', farms)).toEqual(['honey']);
  });
  it('reads no farming in a word of that ending whose first part names nothing farmed', () => {
    expect(industriesOf('Apicultura Val Brembana', farms)).toEqual(['honey']);
    expect(industriesOf('Cultura Viva Ediciones', farms)).toEqual([]);
    expect(industriesOf('Agricultura Ostrera S.L.', farms)).toEqual([]);
  });
  it('reads a flower grower from the farmer\'s word only, the vine trade as vineyards, and the Italian "-coltura" as the others (review mend, fifty-fifth round)', () => {
    expect(industriesOf('Floricultores do Vale', flowers)).toEqual(['growers']);
    expect(industriesOf('Floricultura Jardim das Rosas', flowers)).toEqual([]);
    expect(industriesOf('Viticultura Ribera S.L.', wine)).toEqual(['vineyards']);
    expect(industriesOf('Viticoltura Colli Alti', wine)).toEqual(['vineyards']);
  });
});
