// A CRM value saying only food or drink, to a vendor whose whole market is one food or drink (fifty-eighth round): a
// "Food and Beverages" value at a tea vendor says the goods every one of its segments deals in, not the online shops the
// sector lists file food and beverages under. Invented vendor: blending and packing software for tea businesses.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const teaVendor = compileTaxonomy({
  personas: [],
  industries: [
    { id: 'estates', label: 'Tea estates', aliases: ['tea plantation', 'tea grower'] },
    { id: 'blenders', label: 'Industrial tea blenders', aliases: ['tea packer', 'tea manufacturer', 'tea factory'] },
    { id: 'rooms', label: 'Tea room chains', aliases: ['tea house chain', 'tea bar group'] },
    { id: 'webshops', label: 'Online tea shops', aliases: ['tea subscription', 'direct-to-consumer tea', 'tea ecommerce'] },
  ],
  painPoints: [],
} satisfies Taxonomy);
const groceryVendor = compileTaxonomy({
  personas: [],
  industries: [
    { id: 'grocers', label: 'Independent grocers', aliases: ['corner shop', 'grocery store'] },
    { id: 'makers', label: 'Packaged goods makers', aliases: ['boxed goods producer'] },
    { id: 'depots', label: 'Cold-chain depots', aliases: ['chilled storage yard'] },
  ],
  painPoints: [],
} satisfies Taxonomy);
// A vendor of machines that sell snacks: "snack" is what most of its entries say, but as a qualifier of the machine or
// service, not the goods the vendor's market deals in (review mend, fifty-eighth round).
const vendingVendor = compileTaxonomy({
  personas: [],
  industries: [
    { id: 'operators', label: 'Snack dispenser operators', aliases: ['coin-op route operator'] },
    { id: 'kiosks', label: 'Honesty-box kiosks', aliases: ['unstaffed retail', 'snack kiosk'] },
    { id: 'office', label: 'Workplace snack delivery', aliases: ['break room restocking'] },
    { id: 'makers', label: 'Snack and drink machine makers', aliases: ['dispenser manufacturer'] },
  ],
  painPoints: [],
} satisfies Taxonomy);
const segments = (industry: string, c = teaVendor) => contextOf(resolveProspect({ company: 'Quillmarsh Ltd', industry }, c)).industries;

describe('a value of food or drink to a vendor whose market is one food or drink', () => {
  it('reads none of its segments in any language', () => {
    expect(segments('Food and Beverages')).toEqual([]);
    expect(segments('Nahrungsmittel und Getränke')).toEqual([]);
    expect(segments('Alimentos y bebidas')).toEqual([]);
  });
  it('keeps a sector the value says beside the food', () => {
    expect(segments('Food and Drink Manufacturing')).toEqual(['blenders']);
  });
  it('keeps the sector reading for a vendor whose market is no food', () => {
    expect(segments('Food and Beverages', groceryVendor)).toEqual(['grocers']);
  });
  it('keeps the sector reading where the food word only qualifies the machines or service', () => {
    expect(segments('Food and Beverages', vendingVendor)).toEqual(['kiosks']);
  });
});
