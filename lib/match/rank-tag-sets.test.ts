// The ranking's shortcuts (docs/matching.md, "Suggest at 10,000 assets"): what each tag set adds, worked out once per
// ranking on one asset of it, and an asset passed over once the kept pool is full and its fit with the most the stage,
// freshness and words can add is not over the lowest kept. They must rank as scoring every asset in full did: the best
// asset found wherever it stands in the library, ties as before, several roles, the hedges, dismissals and archived
// assets as they were. An invented vendor, Tessward, of glaze-firing sensors for studio potteries and tile works; its
// taxonomy and assets are made up for these tests.
import { describe, expect, it } from 'vitest';
import type { PackAsset } from '../model';
import { contextOf } from './resolve';
import { rankAssets } from './rank';
import type { Resolution, Resolved } from './resolve';

const today = '2026-11-22';
const asset = (id: string, over: Partial<PackAsset>): PackAsset => ({
  id,
  title: id,
  url: `https://example.test/${id}`,
  type: 'ebook',
  personas: [],
  industries: [],
  painPoints: [],
  tags: [],
  publishedAt: '2024-03-01',
  ...over,
});
const read = (id: string, confidence: number, field: Resolved['evidence']['field'] = 'notes'): Resolved => ({
  id,
  label: id,
  evidence: { field, quote: id, via: confidence >= 0.9 ? 'taxonomy' : 'knowledge', confidence },
});
const ids = (assets: PackAsset[], r: Resolution, limit = 5) => rankAssets(assets, r, { today, limit }).suggestions.map((s) => s.asset.id);

// Sixty filler assets, newer than the ones the tests add, each tagged for a persona and an industry the prospect is not
// read as (fit 0 for both), some for a pain: more than the pool of thirty the ranking keeps, so the shortcut runs.
const filler = (personas: readonly string[]) =>
  Array.from({ length: 60 }, (_, i) =>
    asset(`spare-piece-${String(i).padStart(2, '0')}`, {
      personas: [personas[i % personas.length]!],
      industries: [i % 2 ? 'tile-works' : 'brickyards'],
      painPoints: i % 3 ? ['cracked-ware'] : [],
      publishedAt: `2026-0${1 + (i % 9)}-1${i % 9}`,
    }),
  );

describe('the ranking read through tag sets, passing over what cannot enter', () => {
  const potter: Resolution = {
    personas: [read('pottery-owner', 1, 'title')],
    industries: [read('studio-potteries', 1, 'industry')],
    painPoints: [read('uneven-firing', 1)],
  };

  it('finds the one asset that fits all, at the end of the library, the oldest of all', () => {
    const assets = [...filler(['kiln-tech', 'glaze-chemist']), asset('owner-firing-guide', { personas: ['pottery-owner'], industries: ['studio-potteries'], painPoints: ['uneven-firing'], publishedAt: '2021-02-01' })];
    expect(ids(assets, potter)[0]).toBe('owner-firing-guide');
  });

  it('finds it among forty roles, where a tag set takes two words of bits', () => {
    const roles = Array.from({ length: 40 }, (_, i) => `role-${i}`);
    const assets = [...filler(roles), asset('owner-firing-guide', { personas: ['pottery-owner', 'role-39'], industries: ['studio-potteries'], painPoints: ['uneven-firing'], publishedAt: '2021-02-01' })];
    expect(ids(assets, potter)[0]).toBe('owner-firing-guide');
  });

  it('breaks ties as before: of forty assets that fit alike, the newest first, then by title', () => {
    const alike = Array.from({ length: 40 }, (_, i) =>
      asset(`same-fit-${String(i).padStart(2, '0')}`, { personas: ['pottery-owner'], industries: ['studio-potteries'], publishedAt: i < 20 ? '2022-05-05' : '2022-06-06' }),
    );
    // Types alike too, so the mix of types does not reorder them.
    expect(ids([...filler(['kiln-tech']), ...alike], { ...potter, painPoints: [] }, 5)).toEqual(['same-fit-20', 'same-fit-21', 'same-fit-22', 'same-fit-23', 'same-fit-24']);
  });

  it('breaks ties between tag sets read apart as before: the newest of pieces that tie leads, its tag set read last', () => {
    // Nothing read: each piece fits by how many of the library's roles and segments it is tagged for. The older forty,
    // for two roles and one segment, tie with the newer forty, for one role and two segments; read tag set by tag set,
    // the older pieces' set (more roles) comes first and fills the pool, and the newer pieces must still take it.
    const older = Array.from({ length: 40 }, (_, i) =>
      asset(`level-b-${String(i).padStart(2, '0')}`, { personas: ['kiln-tech', 'glaze-chemist'], industries: ['studio-potteries'], publishedAt: '2022-05-05' }),
    );
    const newer = Array.from({ length: 40 }, (_, i) =>
      asset(`level-a-${String(i).padStart(2, '0')}`, { personas: ['pottery-owner'], industries: ['studio-potteries', 'tile-works'], publishedAt: '2022-05-05' }),
    );
    const third = asset('brickyard-note', { personas: ['kiln-tech'], industries: ['brickyards'], publishedAt: '2020-01-01' });
    const nothing: Resolution = { personas: [], industries: [], painPoints: [] };
    expect(ids([...older, ...newer, third], nothing)).toEqual(['level-a-00', 'level-a-01', 'level-a-02', 'level-a-03', 'level-a-04']);
  });

  it('puts the piece for both roles read before the pieces for one, last in the library as it is', () => {
    const both: Resolution = { ...potter, personas: [read('pottery-owner', 1, 'title'), read('kiln-tech', 1, 'title')] };
    const one = Array.from({ length: 35 }, (_, i) => asset(`owner-only-${i}`, { personas: ['pottery-owner'], industries: ['studio-potteries'], publishedAt: '2025-01-01' }));
    const assets = [...filler(['glaze-chemist']), ...one, asset('owner-and-tech', { personas: ['pottery-owner', 'kiln-tech'], industries: ['studio-potteries'], publishedAt: '2021-01-01' })];
    expect(ids(assets, both)[0]).toBe('owner-and-tech');
  });

  it('still leans a weak reading toward the piece that fits any role, as the hedge did', () => {
    const weak: Resolution = { personas: [read('glaze-chemist', 0.6)], industries: [], painPoints: [] };
    const assets = [
      ...filler(['kiln-tech', 'pottery-owner']),
      asset('chemist-only', { personas: ['glaze-chemist'], publishedAt: '2021-01-01' }),
      asset('any-role', { publishedAt: '2021-01-01' }),
    ];
    const shown = ids(assets, weak, 10);
    expect(shown[0]).toBe('chemist-only');
    expect(shown).toContain('any-role');
  });

  it('keeps a dismissed asset down and an archived one out, with the pool full', () => {
    const assets: (PackAsset & { archived?: boolean })[] = [
      ...filler(['kiln-tech']),
      asset('dismissed-guide', { personas: ['pottery-owner'], industries: ['studio-potteries'], painPoints: ['uneven-firing'], publishedAt: '2026-10-01' }),
      { ...asset('archived-guide', { personas: ['pottery-owner'], industries: ['studio-potteries'], painPoints: ['uneven-firing'], publishedAt: '2026-10-02' }), archived: true },
      asset('kept-guide', { personas: ['pottery-owner'], industries: ['studio-potteries'], painPoints: ['uneven-firing'], publishedAt: '2021-02-01' }),
    ];
    const shown = rankAssets(assets, potter, { today, feedback: [{ assetId: 'dismissed-guide', context: contextOf(potter) }] }).suggestions.map((s) => s.asset.id);
    expect(shown[0]).toBe('kept-guide');
    expect(shown).not.toContain('archived-guide');
    expect(shown.indexOf('dismissed-guide')).not.toBe(0);
  });
});
