import { describe, expect, it } from 'vitest';
import { compileTaxonomy } from './compile';
import { resolveIndustries } from './resolve';

// An invented ad-sales vendor ("Hoardwick") for companies that own and sell advertising space: tram and ferry media,
// roadside panels, screen networks in venues.
const hoardwick = compileTaxonomy({
  personas: [],
  painPoints: [],
  industries: [
    { id: 'tram', label: 'Tram advertising', aliases: ['tramway panels'] },
    { id: 'ferry', label: 'Ferry advertising', aliases: ['quayside frames'] },
    { id: 'roadside', label: 'Roadside panel owners', aliases: ['hoardings', 'lamp column banners'] },
    { id: 'screens', label: 'Display networks', aliases: ['washroom screens', 'forecourt screens'] },
  ],
});
// An invented energy-monitoring vendor ("Ampwyck") for chains of shops and for offices.
const ampwyck = compileTaxonomy({
  personas: [],
  painPoints: [],
  industries: [
    { id: 'chains', label: 'Regional retail chains', aliases: ['high street retail'] },
    { id: 'offices', label: 'Office owners', aliases: ['office blocks'] },
  ],
});
const ids = (prospect: { company?: string; industry?: string; notes?: string }, c: ReturnType<typeof compileTaxonomy>) =>
  resolveIndustries(prospect, c).map((r) => r.id).sort();

describe("an advertising company's name: ads said short, a name in inner capitals", () => {
  it('reads "ads" in the notes as advertising', () => {
    expect(ids({ company: 'Corvelle', notes: 'we sell tram ads on 40 routes' }, hoardwick)).toEqual(['tram']);
  });
  it("reads a name's inner capitals parted where they say a whole label of the vendor's", () => {
    expect(ids({ company: 'FerryQuill Advertising Ltd', industry: 'Transportation' }, hoardwick)).toEqual(['ferry']);
  });
  it("reads no entry where the parted name says only a word of the vendor's, not a whole label or alias", () => {
    expect(ids({ company: 'TramQuill Holdings' }, hoardwick)).toEqual([]);
  });
});

describe("a retailer's stores said in its name", () => {
  it('reads a retailer named for its stores, under a retail value, as the chains', () => {
    expect(ids({ company: 'Pellhurst Stores Inc.', industry: 'Retail' }, ampwyck)).toEqual(['chains']);
  });
  it('reads a retailer named for its shops as the chains', () => {
    expect(ids({ company: 'Quillby Shops', industry: 'Retail' }, ampwyck)).toEqual(['chains']);
  });
  it('reads a retail value with no sign of many sites as no chain', () => {
    expect(ids({ company: 'Pellhurst Ltd', industry: 'Retail' }, ampwyck)).toEqual([]);
  });
});

// An invented lease-tracking vendor ("Tessary") for health practices, farm businesses and farm retailers.
const tessary = compileTaxonomy({
  personas: [],
  painPoints: [],
  industries: [
    { id: 'health', label: 'Health practices', aliases: ['clinic groups'] },
    { id: 'farms', label: 'Farm businesses', aliases: ['farms'] },
  ],
});
const tessaryShops = compileTaxonomy({
  personas: [],
  painPoints: [],
  industries: [
    { id: 'health', label: 'Health practices', aliases: ['clinic groups'] },
    { id: 'farm-shops', label: 'Farm retailers', aliases: ['on-farm shops'] },
  ],
});

describe('a preposition joined to a word by a hyphen, in the notes', () => {
  it("does not read the word after the preposition as a one-word alias over the value's entry", () => {
    expect(ids({ industry: 'Health, Wellness and Fitness', notes: 'Runs 40 clinics, 9 of them with on-farm pharmacies.' }, tessary)).toEqual(['health']);
  });
  it('still reads the word said alone', () => {
    expect(ids({ industry: 'Health, Wellness and Fitness', notes: 'Runs 40 clinics and 9 farms.' }, tessary)).toEqual(['farms']);
  });
  it("still reads the compound where the vendor's own alias says it", () => {
    expect(ids({ company: 'Tessary', notes: 'We run 9 on-farm shops.' }, tessaryShops)).toEqual(['farm-shops']);
  });
});
