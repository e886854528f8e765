// A company's name said as "X of Y" ("... Museum of Sculpture") is the "Y X" the taxonomy names, and a school called an
// academy is a school, where the name as said reads no entry. Invented vendor and records.
import { describe, expect, it } from 'vitest';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

/** A vendor of booking software to piano schools and shops, sculpture museums and parks, history museums and craft
 * shops: each word of a name shared by two entries. */
const vendor = compileTaxonomy({
  personas: [{ id: 'owner', label: 'Owner', aliases: [] }],
  industries: [
    { id: 'piano', label: 'Piano schools', aliases: ['piano school', 'piano lessons'] },
    { id: 'piano-shops', label: 'Piano shops', aliases: ['piano shop', 'piano tuning'] },
    { id: 'sculpture', label: 'Sculpture museums', aliases: ['sculpture museum'] },
    { id: 'sculpture-parks', label: 'Sculpture parks', aliases: ['sculpture park'] },
    { id: 'history', label: 'History museums', aliases: ['history museum'] },
    { id: 'crafts', label: 'Craft shops', aliases: ['craft shop', 'hobby store'] },
  ],
  painPoints: [],
});
const read = (company: string) => contextOf(resolveProspect({ title: 'Owner', company }, vendor)).industries;

describe('names said as "X of Y" and a school called an academy', () => {
  it('reads "X of Y" as "Y X" and an academy as a school', () => {
    expect(read('Marlowe Museum of Sculpture')).toEqual(['sculpture']);
    expect(read('Tessaly School of Piano')).toEqual(['piano']);
    expect(read('Tessaly Piano Academy')).toEqual(['piano']);
    expect(read('Tessaly Academy of Piano, Dunmore')).toEqual(['piano']);
  });

  it('leaves names already read, and names whose reordering says nothing', () => {
    expect(read('Dunmore Craft Shop')).toEqual(['crafts']);
    expect(read('Friends of Dunmore')).toEqual([]);
  });

  it('reads "X of Y" with a legal form after it, without a comma', () => {
    for (const company of ['Tessaly School of Piano LLC', 'Tessaly School of Piano Inc.', 'Tessaly Academy of Piano Inc'])
      expect(read(company)).toEqual(['piano']);
  });
});
