// A company's name that ends in a trade of two words says that trade with or without its place word ("... Pet
// Wellness" of "critter wellness center"), a generic word after it aside ("... Critter Wellness Solutions"); not where another
// entry's name also says the two words, nor where a collective word after it ("Partners") says a group and another
// entry names the trade before a collective word. The taxonomies and records here are made up for the tests.
import { describe, expect, it } from 'vitest';
import type { Prospect, Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const prospect = (company: string, c: ReturnType<typeof compileTaxonomy>) =>
  contextOf(resolveProspect({ name: 'Orla Penwick', title: 'Operations Manager', company, source: { crm: 'hubspot', recordType: 'contact', recordId: '1' } } as Prospect, c)).industries;

// An invented vendor of booking software for animal care.
const vets: Taxonomy = {
  personas: [{ id: 'ops', label: 'Operations manager', aliases: ['operations manager'] }],
  industries: [
    { id: 'independent', label: 'Independent animal hospitals', aliases: ['critter wellness center', 'grooming parlour'] },
    { id: 'emergency', label: 'Emergency animal hospitals', aliases: ['veterinary ER', 'specialty referral'] },
    { id: 'corporate', label: 'Corporate veterinary groups', aliases: ['grooming group', 'consolidator'] },
    { id: 'shelter', label: 'Shelters and rescues', aliases: ['critter adoption', 'humane society'] },
    { id: 'mobile', label: 'Mobile vets', aliases: ['mobile grooming', 'wellness visits'] },
  ],
  painPoints: [{ id: 'sched', label: 'Scheduling', aliases: ['double booking'] }],
};
const c = compileTaxonomy(vets, []);
// The same vendor, whose taxonomy also names the trade of two words in another entry.
const withPlans = compileTaxonomy({
  ...vets,
  industries: [...vets.industries, { id: 'plans', label: 'Pet wellness plans', aliases: ['critter wellness plan'] }, { id: 'zoos', label: 'Zoos', aliases: ['aquarium'] }],
}, []);

describe('a trade of two words ending a company name', () => {
  it('reads the entry that names it before a place word', () => {
    expect(prospect('Velmor Critter Wellness', c)).toEqual(['independent']);
    expect(prospect('Velmor Critter Wellness Solutions LLC', c)).toEqual(['independent']);
  });
  it('not where another entry names the same two words', () => {
    expect(prospect('Velmor Critter Wellness', withPlans)).toEqual([]);
  });
});

describe('a collective word after the trade', () => {
  it('reads the place entry where no entry names the trade as a group', () => {
    expect(prospect('Velmor Critter Wellness Partners', c)).toEqual(['independent']);
  });
  it('not where another entry names the trade before a collective word', () => {
    expect(prospect('Velmor Grooming Partners', c)).toEqual([]);
    expect(prospect('Velmor Grooming Services', c)).toEqual(['independent']);
  });
});

// An invented vendor of booking software for tattoo trades.
const ink = compileTaxonomy({
  personas: [{ id: 'owner', label: 'Studio owner', aliases: ['studio owner'] }],
  industries: [
    { id: 'studio', label: 'Tattoo studios', aliases: ['tattoo studio', 'tattoo parlour'] },
    { id: 'cosmetic', label: 'Cosmetic tattoo', aliases: ['cosmetic tattoo', 'microblading'] },
    { id: 'removal', label: 'Tattoo removal', aliases: ['tattoo removal'] },
    { id: 'maker', label: 'Tattoo machine manufacturers', aliases: ['tattoo machine manufacturer'] },
  ],
  painPoints: [{ id: 'noshow', label: 'No-shows', aliases: ['no-shows'] }],
}, []);

describe('a word after the trade that says what it sells or how far, not a firm of the trade', () => {
  it('"Systems", "International" and "Worldwide" do not read the place entry', () => {
    expect(prospect('Quellan Tattoo Systems', ink)).not.toContain('studio');
    expect(prospect('Quellan Tattoo International', ink)).not.toContain('studio');
    expect(prospect('Quellan Tattoo Worldwide', ink)).not.toContain('studio');
    expect(prospect('Velmor Grooming Systems', c)).not.toContain('independent');
  });
  it('a word that says a firm of the trade still does', () => {
    expect(prospect('Quellan Tattoo Solutions', ink)).toEqual(['studio']);
  });
});
