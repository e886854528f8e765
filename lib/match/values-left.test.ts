// Industry values and names left by earlier rounds (sixty-third round): a sector name of making or growing qualified by
// food or drink (a food production value, in any language the industry words read) names the vendor's food entry; "mgmt"
// is management in a value or a name; a bare word an entry's label puts before a generic head names that entry where
// other entries use it only as the head of a longer alias. Invented vendors: label-printing software for consumer goods
// makers, and booking software for lake boats.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const labelVendor = compileTaxonomy({
  personas: [],
  industries: [
    { id: 'makers', label: 'Plants and works', aliases: ['metal stamping works', 'toll fabricator'] },
    { id: 'edibles', label: 'Food and household goods', aliases: ['pantry staples', 'home care brands'] },
    { id: 'pharmacy', label: 'Pharmacy and health', aliases: ['nutraceuticals', 'vitamin packers'] },
    { id: 'shops', label: 'Shops and webshops', aliases: ['web shop chain', 'high street stores'] },
  ],
  painPoints: [],
} satisfies Taxonomy);
// Every entry a kind of making: a sector name of manufacturing alone singles none of them out.
const makersVendor = compileTaxonomy({
  personas: [],
  industries: [
    { id: 'food', label: 'Food packers', aliases: ['snack makers', 'drinks bottlers'] },
    { id: 'plastics', label: 'Polymer moulding', aliases: ['injection moulders', 'film extruders'] },
    { id: 'metal', label: 'Sheet metal pressing', aliases: ['press shops'] },
  ],
  painPoints: [],
} satisfies Taxonomy);
const boatVendor = compileTaxonomy({
  personas: [],
  industries: [
    { id: 'pontoons', label: 'Pontoon operators', aliases: ['party pontoon', 'pontoon tours'] },
    { id: 'lodges', label: 'Lake lodges', aliases: ['lodge pontoon', 'lakeside cabins'] },
    { id: 'managers', label: 'Houseboat fleets', aliases: ['houseboat management', 'lodge houseboat'] },
  ],
  painPoints: [],
} satisfies Taxonomy);

const read = (c: ReturnType<typeof compileTaxonomy>, prospect: { industry?: string; company?: string }) =>
  contextOf(resolveProspect({ company: 'Tollmere BV', ...prospect }, c)).industries;

describe('food production as food and drink making', () => {
  it('reads the food entry from a food production value in English and as one German word', () => {
    for (const industry of ['Foods Production', 'FOODS_PRODUCTION', 'Lebensmittelproduktion'])
      expect(read(labelVendor, { industry }), industry).toEqual(['edibles']);
  });
  it('reads the food entry of a vendor whose entries are all makers', () => {
    expect(read(makersVendor, { industry: 'Foods Production' })).toEqual(['food']);
  });
  it('does not read the food entry from a maker\'s value without food', () => {
    expect(read(labelVendor, { industry: 'Polymer Manufacturing' })).not.toContain('edibles');
  });
});

describe('"mgmt" as management', () => {
  it('reads an entry named with "management" from "mgmt" in a value and in a name', () => {
    expect(read(boatVendor, { industry: 'Houseboat Mgmt' })).toEqual(['managers']);
    expect(read(boatVendor, { company: 'Greywater Houseboat Mgmt' })).toEqual(['managers']);
  });
});

describe('a bare word of one label that other entries qualify', () => {
  it('reads the label\'s entry from a name saying the word alone', () => {
    expect(read(boatVendor, { company: 'Greywater Pontoon' })).toEqual(['pontoons']);
    expect(read(boatVendor, { company: 'Greywater Pontoon Co.' })).toEqual(['pontoons']);
  });
  it('leaves it to the other entry when the name says that entry\'s word', () => {
    expect(read(boatVendor, { company: 'Greywater Lodge Pontoon' })).toEqual(['lodges']);
  });
});
