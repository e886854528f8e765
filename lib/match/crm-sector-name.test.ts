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
    expect(read('Lowmoor Food Bank', 'Non-profit Organization Management')).not.toContain('lenders');
  });
});
