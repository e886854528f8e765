// The scorer's gold-resolution option (the ranking given the expected ids instead of the resolver's), its mends, and a
// second reader's filing scored in place of the resolver's.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LibraryPack, PackAsset } from '../../lib/model';
import { loadSecondReading, mended, scoreSet, type EvalCase } from './score';

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

describe('a second reader’s filing', () => {
  const write = (text: string) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'second-reading-'));
    fs.writeFileSync(path.join(dir, 'second-reading.jsonl'), text);
    return dir;
  };
  it('is scored against the expected ids and ranked in place of the resolver’s reading', () => {
    const agrees = new Map([['c1', { personas: [], industries: [], painPoints: ['damaged-goods'] }]]);
    const s = scoreSet(pack, cases, '2026-11-22', { reading: agrees });
    expect(s.f1.painPoints.f1).toBe(1);
    expect(s.ndcg).toBe(1);
    const differs = scoreSet(pack, cases, '2026-11-22', { reading: new Map([['c1', { personas: [], industries: [], painPoints: ['late-deliveries'] }]]) });
    expect(differs.f1.painPoints.f1).toBe(0);
    expect(differs.ndcg).toBeLessThan(0.9);
  });
  it('is read from second-reading.jsonl, and a set without one has none', () => {
    const dir = write('{"id":"c1","painPoints":["damaged-goods"]}\n');
    expect(loadSecondReading(dir, pack, cases)?.get('c1')).toEqual({ personas: [], industries: [], painPoints: ['damaged-goods'] });
    expect(loadSecondReading(fs.mkdtempSync(path.join(os.tmpdir(), 'none-')), pack, cases)).toBeUndefined();
  });
  it('names the file and line of an id not in the taxonomy, a line that is not JSON or not an object, and a case left unread', () => {
    expect(() => loadSecondReading(write('{"id":"c1","painPoints":["lost-parcels"]}\n'), pack, cases)).toThrow(/second-reading\.jsonl:1: "painPoints" has lost-parcels, not in the taxonomy/);
    expect(() => loadSecondReading(write('\n{"id":"c1",\n'), pack, cases)).toThrow(/second-reading\.jsonl:2: not JSON/);
    expect(() => loadSecondReading(write('null\n'), pack, cases)).toThrow(/second-reading\.jsonl:1: not an object/);
    expect(() => loadSecondReading(write('{"id":"c1"}\n[1]\n'), pack, cases)).toThrow(/second-reading\.jsonl:2: not an object/);
    expect(() => loadSecondReading(write('{"id":"c2","painPoints":[]}\n'), pack, cases)).toThrow(/no line for case c1/);
    expect(() => loadSecondReading(write('{"id":"c1"}\n{"id":"c1"}\n'), pack, cases)).toThrow(/:2: case c1 read twice/);
  });
});
