import { describe, expect, it } from 'vitest';
import { compileTaxonomy } from './compile';
import { resolveIndustries } from './resolve';

// An invented invoicing vendor: its shops' entry names chains of stores only in an alias ("web store chain"), beside a
// wholesale entry. A group's word in a company's name ("Groupe ...", "Grupo ...", "... Holding Group") says a
// group of companies, not a chain of shops: it reads that entry only where the entry's own label says groups or
// a scale of sites.
const shops = compileTaxonomy({
  personas: [],
  painPoints: [],
  industries: [
    { id: 'shops', label: 'Shops and web stores', aliases: ['web store chain', 'online shops'] },
    { id: 'trade', label: 'Wholesale trade', aliases: ['distributors', 'cash and carry'] },
  ],
});
const groups = compileTaxonomy({
  personas: [],
  painPoints: [],
  industries: [
    { id: 'multi', label: 'Multi-site optician groups', aliases: ['optician chain'] },
    { id: 'single', label: 'Independent opticians', aliases: ['family optician'] },
  ],
});
// Its opticians' entry says groups only in an alias ("optique group", as a French name puts the kind after the word).
const eyes = compileTaxonomy({
  personas: [],
  painPoints: [],
  industries: [
    { id: 'eyes', label: 'Eyewear retailers', aliases: ['optique group'] },
    { id: 'labs', label: 'Lens laboratories', aliases: ['lens grinders'] },
  ],
});
const ids = (prospect: { company?: string; industry?: string; notes?: string }, c = shops) => resolveIndustries(prospect, c).map((r) => r.id);

describe("a group's word in the name beside an entry that names chains only in an alias", () => {
  it('does not read the chain entry from the group word alone, in any language', () => {
    expect(ids({ company: 'Groupe Ventabrun' })).toEqual([]);
    expect(ids({ company: 'Grupo Ostrevia S.L.' })).toEqual([]);
    expect(ids({ company: 'Quillmarsh Group' })).toEqual([]);
  });

  it('still reads the entry the name says otherwise', () => {
    expect(ids({ company: 'Groupe Ventabrun Distributors' })).toEqual(['trade']);
  });

  it("still reads the entry where the name says the kind of site the alias groups", () => {
    expect(ids({ company: 'Groupe Optique Ferrandin' }, eyes)).toEqual(['eyes']);
  });

  it('still reads a group entry whose label says a scale of sites', () => {
    expect(ids({ company: 'Lensbury Optician Group' }, groups)).toEqual(['multi']);
  });
});

