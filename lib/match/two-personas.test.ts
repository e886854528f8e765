import { describe, expect, it } from 'vitest';
import type { PackAsset, Taxonomy } from '../model';
import { compileTaxonomy, contextOf, rankAssets, resolveProspect } from '.';

// An invented vendor of booking software for kayak rental huts: a hut's owner who also guides tours reads two
// personas, and the piece written for that person comes before the pieces for either role alone.
const taxonomy: Taxonomy = {
  personas: [
    { id: 'hut-owner', label: 'Owner', aliases: ['Proprietor'] },
    { id: 'guide', label: 'Tour guide', aliases: ['Head guide'] },
    { id: 'books', label: 'Bookkeeper', aliases: [] },
    { id: 'promo', label: 'Marketing lead', aliases: [] },
  ],
  industries: [{ id: 'rivers', label: 'River outfitters', aliases: [] }],
  painPoints: [{ id: 'no-shows', label: 'Booking no-shows', aliases: [] }],
};
const asset = (id: string, personas: string[], publishedAt: string): PackAsset => ({
  id,
  title: `Kayak hut guide ${id}`,
  type: 'ebook',
  url: `https://example.test/${id}`,
  personas,
  industries: ['rivers'],
  painPoints: ['no-shows'],
  tags: [],
  publishedAt,
});
// Newest first among equals: the pieces for one role are newer than the one for both.
const assets = [
  asset('for-owners', ['hut-owner', 'promo'], '2026-11-01'),
  asset('for-guides', ['guide'], '2026-10-20'),
  asset('for-owner-guides', ['hut-owner', 'guide'], '2026-06-01'),
  asset('for-bookkeepers', ['books'], '2026-11-10'),
];
const compiled = compileTaxonomy(taxonomy, assets);
const ranked = (title: string) => {
  const r = resolveProspect({ name: 'Ada Example', title, company: 'Paddle Hut Ltd', industry: 'River outfitters' }, compiled);
  return { read: contextOf(r).personas, ids: rankAssets(assets, r, { today: '2026-11-22' }).suggestions.map((s) => s.asset.id) };
};

describe('two personas in the ranking', () => {
  it('puts the piece for both roles of a two-role title first', () => {
    const { read, ids } = ranked('Proprietor & Head Guide');
    expect([...read].sort()).toEqual(['guide', 'hut-owner']);
    expect(ids[0]).toBe('for-owner-guides');
    expect(ids.slice(1, 3).sort()).toEqual(['for-guides', 'for-owners']);
  });

  it('leaves a one-role title to the newest piece for that role', () => {
    const { read, ids } = ranked('Proprietor');
    expect(read).toEqual(['hut-owner']);
    expect(ids.slice(0, 2)).toEqual(['for-owners', 'for-owner-guides']);
  });

  it('puts a piece tagged for every role after the pieces written for each role read', () => {
    const library = [
      asset('for-owners', ['hut-owner'], '2026-11-01'),
      asset('for-guides', ['guide'], '2026-10-20'),
      asset('for-everyone', ['hut-owner', 'guide', 'books', 'promo'], '2025-12-01'),
    ];
    const r = resolveProspect({ name: 'Ada Example', title: 'Proprietor & Head Guide', company: 'Paddle Hut Ltd', industry: 'River outfitters', notes: 'Booking no-shows every weekend.' }, compileTaxonomy(taxonomy, library));
    expect(rankAssets(library, r, { today: '2026-11-22' }).suggestions.map((s) => s.asset.id)).toEqual(['for-owners', 'for-guides', 'for-everyone']);
  });

  it('keeps the scores of a one-role library on the one-role scale when two personas are read', () => {
    const library = [asset('for-owners', ['hut-owner'], '2026-11-01'), asset('for-guides', ['guide'], '2026-10-20')];
    const compiledOne = compileTaxonomy(taxonomy, library);
    const score = (title: string) => rankAssets(library, resolveProspect({ name: 'Ada Example', title, company: 'Paddle Hut Ltd', industry: 'River outfitters', notes: 'Booking no-shows every weekend.' }, compiledOne), { today: '2026-11-22' }).suggestions[0]!.score;
    // A full fit, three weeks old: no bonus any asset could earn is held against it.
    expect(score('Proprietor & Head Guide')).toBeGreaterThan(0.99);
  });
});
