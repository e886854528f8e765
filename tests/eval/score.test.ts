// The scorer's gold-resolution option: the ranking given the expected ids instead of the resolver's.
import { describe, expect, it } from 'vitest';
import type { LibraryPack, PackAsset } from '../../lib/model';
import { mended, scoreSet, type EvalCase } from './score';

const asset = (id: string, painPoints: string[]): PackAsset => ({ id, title: `Guide ${id}`, url: `https://example.com/${id}`, type: 'ebook', personas: [], industries: [], painPoints, tags: [] });
const pack: LibraryPack = {
  format: 'tailor-library',
  version: 1,
  taxonomy: { personas: [], industries: [], painPoints: [{ id: 'late-deliveries', label: 'Late deliveries', aliases: [] }, { id: 'damaged-goods', label: 'Damaged goods', aliases: [] }] },
  assets: [...['a1', 'a2', 'a3', 'a4', 'a5', 'a6'].map((id) => asset(id, ['late-deliveries'])), asset('b1', ['damaged-goods'])],
};
// The notes say nothing the resolver reads; the marketer filed the prospect under damaged goods.
const cases: EvalCase[] = [{ id: 'c1', prospect: { notes: 'Met at the trade show.' }, expect: { personas: [], industries: [], painPoints: ['damaged-goods'] } }];

describe('scoring with the gold resolution', () => {
  it('ranks the expected pain’s asset first when the resolver missed it', () => {
    expect(scoreSet(pack, cases, '2026-11-22').ndcg).toBeLessThan(0.9);
    expect(scoreSet(pack, cases, '2026-11-22', { gold: ['painPoints'] }).ndcg).toBe(1);
    expect(scoreSet(pack, cases, '2026-11-22', { gold: ['personas'] }).ndcg).toBeLessThan(0.9);
  });
});

describe('mending one sort of reading error', () => {
  it('drops a wrong id read beside a right one, and only then', () => {
    expect(mended(['late', 'damaged'], ['late'], 'extras')).toEqual(['late']);
    expect(mended(['damaged'], [], 'extras')).toEqual([]);
    expect(mended(['damaged'], ['late'], 'extras')).toBeUndefined();
  });
  it('puts the expected ids in place of a reading that is all wrong', () => {
    expect(mended(['damaged'], ['late'], 'substitutions')).toEqual(['late']);
    expect(mended(['late', 'damaged'], ['late'], 'substitutions')).toBeUndefined();
  });
  it('adds an expected id not read when nothing wrong was read', () => {
    expect(mended(['late'], ['late', 'damaged'], 'misses')).toEqual(['late', 'damaged']);
    expect(mended(['other'], ['late'], 'misses')).toBeUndefined();
  });
  it('ranks the missed pain’s asset first when misses are mended', () => {
    expect(scoreSet(pack, cases, '2026-11-22', { mend: { sort: 'misses', kinds: ['painPoints'] } }).ndcg).toBe(1);
    expect(scoreSet(pack, cases, '2026-11-22').mends.misses.painPoints).toBe(1);
  });
});
