import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPack } from '../pack/pack';
import { buildSearchIndex, editDistance, oneDeletionKeys, searchAssets } from '.';

const read = readPack(fs.readFileSync(path.resolve(__dirname, '../../tests/fixtures/eval/dev/library.json'), 'utf8'));
if (!read.ok) throw new Error('fixture invalid');
const pack = read.value;
const index = buildSearchIndex(pack.assets, pack.taxonomy);
const ids = (q: string, opts = {}) => searchAssets(index, q, { limit: 10, ...opts }).map((r) => r.asset.id);
const titleOf = (id: string) => pack.assets.find((a) => a.id === id)!.title;

describe('library search', () => {
  it('finds an asset by words of its title, first', () => {
    const target = pack.assets[0]!;
    expect(ids(target.title)[0]).toBe(target.id);
  });

  it('forgives typos, swapped letters and unfinished words', () => {
    for (const asset of pack.assets.slice(0, 20)) {
      const words = asset.title.split(/\s+/).filter((w) => w.length >= 6).slice(0, 2);
      if (words.length === 0) continue;
      const typo = words.map((w) => `${w.slice(0, 2)}${w[3]}${w[2]}${w.slice(4)}`).join(' ');
      expect(ids(typo), `"${typo}" for "${asset.title}"`).toContain(asset.id);
    }
    const first = pack.assets[1]!;
    const prefix = first.title.split(' ').find((w) => w.length > 6)!.slice(0, 4);
    expect(ids(`${prefix}`).length).toBeGreaterThan(0);
  });

  it('forgives a swap in the middle of a short name', () => {
    // Five-letter words share few trigrams with their typos: "Zekna" and "Zenka" only "^ze".
    const assets = ['Zenka', 'Zemla', 'Korva', 'Tamil', 'Brisk'].map((name, i) => ({ ...pack.assets[i]!, id: `n${i}`, title: `How ${name} Foods fixed approvals` }));
    const small = buildSearchIndex(assets, pack.taxonomy);
    expect(searchAssets(small, 'Zekna Foods', { limit: 1 })[0]?.asset.id).toBe('n0');
    expect(searchAssets(small, 'Kovra approvals', { limit: 1 })[0]?.asset.id).toBe('n2');
  });

  it('matches taxonomy labels and aliases of an asset’s tags', () => {
    const withPain = pack.assets.find((a) => a.painPoints.includes('manual-processes'))!;
    expect(ids('manual processes', { limit: 50 })).toContain(withPain.id);
    expect(ids('rekeying', { limit: 50 })).toContain(withPain.id);
  });

  it('filters by facets, alone or with words', () => {
    const videos = ids('', { facets: { types: ['video'] }, limit: 100 });
    expect(videos.length).toBeGreaterThan(0);
    expect(videos.every((id) => pack.assets.find((a) => a.id === id)!.type === 'video')).toBe(true);
    const hc = searchAssets(index, 'approvals', { facets: { industries: ['healthcare'], stages: ['decision'] }, limit: 50 });
    expect(hc.every((r) => r.asset.industries.includes('healthcare') && r.asset.stage === 'decision')).toBe(true);
  });

  it('leaves out what reps may not share when asked to', () => {
    const expired = pack.assets.find((a) => a.expiresAt && a.expiresAt < '2026-11-22')!;
    expect(ids(titleOf(expired.id))).toContain(expired.id);
    expect(ids(titleOf(expired.id), { shareableOn: '2026-11-22' })).not.toContain(expired.id);
  });

  it('handles an empty query, punctuation, emoji and right-to-left text', () => {
    expect(searchAssets(index, '', { limit: 3 })).toHaveLength(3);
    expect(searchAssets(index, '   ?!… ', { limit: 3 })).toHaveLength(3);
    expect(searchAssets(index, '🚀🚀 مرحبا', { limit: 3 })).toEqual([]);
    expect(() => searchAssets(index, 'x'.repeat(100_000))).not.toThrow();
  });

  it('measures edit distance with transpositions, giving up early', () => {
    expect(editDistance('onboarding', 'onbaording', 2)).toBe(1);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
  });

  it('gives two words one edit apart a key in common (a typed, a missing and a swapped letter)', () => {
    const share = (a: string, b: string) => oneDeletionKeys(a).some((key) => oneDeletionKeys(b).includes(key));
    expect(share('glimber', 'glimmer')).toBe(true);
    expect(share('glimber', 'glimbr')).toBe(true);
    expect(share('glimber', 'gilmber')).toBe(true);
    expect(share('glimber', 'glamour')).toBe(false);
  });
});
