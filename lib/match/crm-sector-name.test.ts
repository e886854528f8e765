// A CRM sector value against a company's name that says a finer entry whole (fifty-second round, "A CRM value against
// the company's name, at the end of the name").
import { describe, expect, it } from 'vitest';
import type { PackAsset, Taxonomy } from '../model';
import { compileTaxonomy, rankAssets, resolveProspect } from '.';

const taxonomy: Taxonomy = {
  personas: [{ id: 'ops', label: 'Operations manager', aliases: [] }],
  industries: [
    { id: 'packers', label: 'Food & beverage makers', aliases: ['food manufacturing', 'beverage', 'meat packers'] },
    { id: 'caterers', label: 'Kitchens & food service', aliases: ['catering', 'canteen'] },
    { id: 'pantries', label: 'Charitable food pantries', aliases: ['food bank', 'pantry'] },
    { id: 'lenders', label: 'Community banks', aliases: ['bank', 'credit union'] },
    { id: 'councils', label: 'Local government', aliases: ['city', 'county'] },
    { id: 'builders', label: 'Construction contractors', aliases: ['construction', 'plumbing'] },
    { id: 'clinics', label: 'Hospitals & clinics', aliases: ['hospital', 'clinic'] },
    { id: 'utilities', label: 'Utilities', aliases: ['utility', 'power'] },
  ],
  painPoints: [],
};
const asset = (id: string, industries: string[], title: string): PackAsset => ({
  id, title, url: `https://x.example/${id}`, type: 'blog-post', description: title,
  personas: [], industries, painPoints: [], stage: 'awareness', publishedAt: '2024-01-10', tags: [],
});
const assets = [
  asset('haccp', ['packers'], 'Temperature logs on the processing floor'),
  asset('vans', ['caterers'], 'Keeping the delivery vans cold between events'),
  asset('donors', ['pantries'], 'Logging donated stock'),
  asset('loans', ['lenders'], 'Deposit accounts that stay cold'),
  asset('depots', ['councils'], 'Cold storage at the municipal depot'),
  asset('sites', ['builders'], 'Curing concrete in the cold'),
  asset('wards', ['clinics'], 'Vaccine fridges on the ward'),
  asset('plants', ['utilities'], 'Cooling the substation'),
];
const compiled = compileTaxonomy(taxonomy, assets);
const prospect = (company: string, industry: string) => ({ company, title: 'Operations manager', industry });
const read = (company: string, industry: string) => resolveProspect(prospect(company, industry), compiled).industries.map((r) => r.id);

describe('a CRM sector value against the company name', () => {
  it('reads the caterers a company name says whole under a CRM food and drink sector value', () => {
    expect(read('Brackenfold Catering Ltd', 'FOOD_BEVERAGES')).toEqual(['caterers']);
    const shown = rankAssets(assets, resolveProspect(prospect('Brackenfold Catering Ltd', 'FOOD_BEVERAGES'), compiled), { today: '2026-11-22' });
    expect(shown.suggestions[0]!.asset.id).toBe('vans');
  });

  it('reads the business at the end of the name, not the city it is named for', () => {
    expect(read('Harbour City Catering Ltd', 'FOOD_BEVERAGES')).toEqual(['caterers']);
  });

  it('does not read a bank out of a food bank', () => {
    // Without an entry for the food pantries the compound alone tells the food bank from a bank: under a food and
    // drink value it stays with the makers.
    const noPantries = compileTaxonomy({ ...taxonomy, industries: taxonomy.industries.filter((i) => i.id !== 'pantries') }, assets);
    const readWithout = (company: string, industry: string) => resolveProspect(prospect(company, industry), noPantries).industries.map((r) => r.id);
    expect(readWithout('Quillmere Food Bank', 'Food & Beverages')).toEqual(['packers']);
    expect(read('Lowmoor Food Bank', 'Non-profit Organization Management')).not.toContain('lenders');
  });

  it('keeps the CRM value where the name says only its place', () => {
    expect(read('City Glazing Ltd', 'Construction')).toEqual(['builders']);
    expect(read('Thornby County Roofing', 'Construction')).toEqual(['builders']);
    expect(read('Yarnwick County Dental', 'Hospital & Health Care')).toEqual(['clinics']);
  });

  it('reads only the business at the end of the name, not a street or landmark before it', () => {
    expect(read('Bank Lane Catering', 'Food & Beverages')).toEqual(['caterers']);
    expect(read('Power Station Catering', 'Food & Beverages')).toEqual(['caterers']);
    expect(read('Catering City', 'Food & Beverages')).toEqual(['packers']);
  });

  it('does not read a bank out of a blood bank', () => {
    expect(read('Brockhollow Blood Bank', 'Hospital & Health Care')).toEqual(['clinics']);
  });
  it('reads the business a name says before its closing phrase of "of", in any of the languages', () => {
    // The phrase says where or whose: the business is said before it, as at the end of a name without one.
    expect(read('Brackenfold Catering of Quenby', 'FOOD_BEVERAGES')).toEqual(['caterers']);
    expect(read('Hallowmere Catering des Combes', 'Agroalimentaire')).toEqual(['caterers']);
    // A name without one reads as before.
    expect(read('Power Plant Catering', 'Food & Beverages')).toEqual(['caterers']);
  });
  it('reads the word before the phrase of "of" past a legal, company or generic word, as at the name\'s end', () => {
    // review a2, finding 4: the head before the phrase walks back over "Ltd", "Company", "Services" as the end's does.
    expect(read('Thornwick Catering Ltd of Elsmere', 'FOOD_BEVERAGES')).toEqual(['caterers']);
    expect(read('Thornwick Catering Company of Elsmere', 'FOOD_BEVERAGES')).toEqual(['caterers']);
    expect(read('Thornwick Catering Services of Elsmere', 'FOOD_BEVERAGES')).toEqual(['caterers']);
  });
  it('reads an elided "of" ("d\'", "dell\'") as the same phrase', () => {
    // review a2, finding 5: `words()` joined the elision to the place ("dorvalle"), so no phrase of "of" was found.
    expect(read("Thornwick Catering d'Orvalle", 'Agroalimentaire')).toEqual(['caterers']);
    expect(read("Thornwick Catering dell'Alpemonte", 'Alimentari')).toEqual(['caterers']);
  });
  it('does not read the English word "van" (the vehicle) as Dutch "of"', () => {
    // review a2, finding 9: "Van" before a trade's words in an English name is the vehicle, not a phrase of "of".
    expect(read('Elsmere Hospital Van Fitouts', 'Construction')).toEqual(['builders']);
    expect(read('Thornwick Catering Van Hire', 'Food & Beverages')).toEqual(['packers']);
    // Dutch "van" as written in a name, lower case or before "der", "den", "de", still closes it.
    expect(read('Catering van Orvalle', 'Voedingsmiddelen')).toEqual(['caterers']);
  });
  it('reads the case of the "van" in question, not of another "van" in the name', () => {
    // review b, finding 4: a lower-case "van" earlier in the name made the capitalised vehicle read as "of".
    expect(read('Quorbury van Elsmere Catering Van Hire', 'Food & Beverages')).toEqual(['packers']);
  });
});
