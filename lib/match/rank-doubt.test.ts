// How the ranking leans when the reading may be partly wrong: an invented vendor of booking software for boarding
// kennels and riding stables, its taxonomy and assets made up for these tests.
import { describe, expect, it } from 'vitest';
import type { PackAsset } from '../model';
import { rankAssets } from './rank';
import type { Resolution, Resolved } from './resolve';

const today = '2026-11-22';
const asset = (id: string, over: Partial<PackAsset>): PackAsset => ({
  id,
  title: id,
  url: `https://example.test/${id}`,
  type: 'blog-post',
  personas: [],
  industries: [],
  painPoints: [],
  tags: [],
  publishedAt: '2023-05-01',
  ...over,
});
const read = (id: string, confidence: number, field: Resolved['evidence']['field'] = 'notes'): Resolved => ({
  id,
  label: id,
  evidence: { field, quote: id, via: confidence >= 0.9 ? 'taxonomy' : 'knowledge', confidence },
});
const order = (assets: PackAsset[], r: Resolution) => rankAssets(assets, r, { today }).suggestions.map((s) => s.asset.id);

describe('the ranking where the reading is partly wrong', () => {
  it('counts each of several pains read for less, so two of them no longer outweigh the persona and the industry', () => {
    // A kennel keeper whose notes are read as two pains, one only inferred: of several pains read fewer are right.
    const r: Resolution = {
      personas: [read('kennel-keeper', 1, 'title')],
      industries: [read('kennels', 1, 'industry')],
      painPoints: [read('clashing-stays', 1), read('late-payments', 0.7)],
    };
    const assets = [
      // The keeper's kennel piece, about a third problem: fits the persona and the industry, published in the summer.
      asset('keeper-guide', { personas: ['kennel-keeper'], industries: ['kennels'], painPoints: ['vaccination-records'], publishedAt: '2026-08-04' }),
      // Both pains, for the stable's groom lead and any segment, three years old.
      asset('groom-both-pains', { personas: ['groom-lead'], painPoints: ['clashing-stays', 'late-payments'], publishedAt: '2023-06-01' }),
    ];
    // The keeper's piece leads by a clear margin: its freshness (about 0.07) sits halfway across what counting the two
    // pains for less takes away, so neither a little freshness nor a small change of weights decides the order.
    const scores = rankAssets(assets, r, { today }).suggestions.map((s) => [s.asset.id, s.score] as const);
    expect(scores.map(([id]) => id)).toEqual(['keeper-guide', 'groom-both-pains']);
    expect(scores[0]![1] - scores[1]![1]).toBeGreaterThan(0.01);
  });

  it('leans a persona read short of certain toward the asset that fits more of the personas', () => {
    // The persona read at 0.95 (a title that could name another role): right most of the time, not always.
    const r: Resolution = { personas: [read('kennel-keeper', 0.95, 'title')], industries: [], painPoints: [] };
    const assets = [
      // Newer, tagged for the persona read alone.
      asset('keeper-only', { personas: ['kennel-keeper'], publishedAt: '2023-09-01' }),
      // Older, tagged for every persona of the library: fits whoever the prospect turns out to be.
      asset('every-role', { personas: ['kennel-keeper', 'groom-lead', 'night-warden'], publishedAt: '2023-02-01' }),
    ];
    expect(order(assets, r)).toEqual(['every-role', 'keeper-only']);
    // Read at full confidence, the two fit alike and the newer comes first as before.
    expect(order(assets, { ...r, personas: [read('kennel-keeper', 1, 'title')] })).toEqual(['keeper-only', 'every-role']);
  });

  it('keeps a case study in the mix beside blog posts that fit the persona read short of certain alike', () => {
    // Three blog posts for the kennel keeper and the stable's groom lead, an older case study for the keeper alone: they
    // fit the keeper alike, the hedge only tells them apart by the other roles they are tagged for.
    const assets = [
      asset('post-rotas', { personas: ['kennel-keeper', 'groom-lead'], publishedAt: '2024-03-01' }),
      asset('post-intake', { personas: ['kennel-keeper', 'groom-lead'], publishedAt: '2024-02-01' }),
      asset('post-pricing', { personas: ['kennel-keeper', 'groom-lead'], publishedAt: '2024-01-01' }),
      asset('keeper-story', { type: 'case-study', personas: ['kennel-keeper'], publishedAt: '2023-12-01' }),
      asset('warden-notes', { personas: ['night-warden', 'yard-hand'], publishedAt: '2023-01-01' }),
    ];
    const types = (confidence: number) =>
      rankAssets(assets, { personas: [read('kennel-keeper', confidence, 'title')], industries: [], painPoints: [] }, { today, limit: 3 }).suggestions.map((s) => s.asset.type);
    expect(types(1)).toContain('case-study');
    expect(types(0.95)).toContain('case-study');
  });
});
