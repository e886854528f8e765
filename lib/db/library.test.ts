import fs from 'node:fs';
import path from 'node:path';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LibraryPack } from '../model';
import { readPack } from '../pack/pack';
import { TailorDB } from './db';
import { importPackIntoDb, libraryToPack, loadLibrary, packAssetsOf } from './library';
import { seedSampleLibrary } from './seed';

const samplePath = path.resolve(__dirname, '../../public/sample-library.json');
const sampleText = fs.readFileSync(samplePath, 'utf8');
const sample = (): LibraryPack => {
  const r = readPack(sampleText);
  if (!r.ok) throw new Error('sample library invalid');
  return r.value;
};

let db: TailorDB;
let n = 0;
beforeEach(async () => {
  db = new TailorDB(`tailor-lib-test-${n++}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('importPackIntoDb', () => {
  it('writes a pack and reads it back whole', async () => {
    const pack = sample();
    const summary = await importPackIntoDb(db, pack, { mode: 'replace', origin: 'pack', now: 10 });
    expect(summary).toMatchObject({ added: pack.assets.length, updated: 0, removed: 0 });
    const lib = await loadLibrary(db);
    expect(lib.assets).toHaveLength(pack.assets.length);
    expect(lib.taxonomy.personas.length).toBe(pack.taxonomy.personas.length);
    const round = await libraryToPack(db);
    expect(new Set(round.assets.map((a) => JSON.stringify(a)))).toEqual(new Set(pack.assets.map((a) => JSON.stringify(a))));
  });

  it('merges by id, else by URL, keeping the existing id', async () => {
    const pack = sample();
    await importPackIntoDb(db, pack, { mode: 'replace', origin: 'pack', now: 1 });
    const first = pack.assets[0]!;
    const second = pack.assets[1]!;
    const update: LibraryPack = {
      ...pack,
      assets: [
        { ...first, title: 'Retitled' },
        { ...second, id: 'new-id-same-url', description: 'Changed' },
        { id: 'brand-new', title: 'New', url: 'https://e.example/new', type: 'video', personas: [], industries: [], painPoints: [], tags: [] },
      ],
    };
    const summary = await importPackIntoDb(db, update, { mode: 'merge', origin: 'pack', now: 2 });
    expect(summary).toMatchObject({ added: 1, updated: 2, removed: 0 });
    expect((await db.assets.get(first.id))?.title).toBe('Retitled');
    expect((await db.assets.get(second.id))?.description).toBe('Changed');
    expect(await db.assets.get('new-id-same-url')).toBeUndefined();
    expect(await db.assets.count()).toBe(pack.assets.length + 1);
  });

  it('replace keeps local assets and the taxonomy entries they still use', async () => {
    const pack = sample();
    await importPackIntoDb(db, pack, { mode: 'replace', origin: 'pack', now: 1 });
    const usedPersona = pack.taxonomy.personas[0]!.id;
    await db.assets.add({
      id: 'mine', title: 'Mine', url: 'https://e.example/mine', type: 'other', personas: [usedPersona],
      industries: [], painPoints: [], tags: [], origin: 'local', addedAt: 1, updatedAt: 1,
    });
    const other: LibraryPack = {
      format: 'tailor-library', version: 1,
      taxonomy: { personas: [{ id: 'cfo', label: 'CFO', aliases: [] }], industries: [], painPoints: [] },
      assets: [{ id: 'x1', title: 'Only', url: 'https://e.example/x1', type: 'video', personas: ['cfo'], industries: [], painPoints: [], tags: [] }],
    };
    const summary = await importPackIntoDb(db, other, { mode: 'replace', origin: 'pack', now: 2 });
    expect(summary.removed).toBe(pack.assets.length);
    expect((await db.assets.toArray()).map((a) => a.id).sort()).toEqual(['mine', 'x1']);
    const personas = (await loadLibrary(db)).taxonomy.personas.map((p) => p.id).sort();
    expect(personas).toEqual(['cfo', usedPersona].sort());
    expect(await db.taxonomy.count()).toBe(2);
  });

  it('writes nothing when the transaction fails part way', async () => {
    const pack = sample();
    await importPackIntoDb(db, pack, { mode: 'replace', origin: 'pack', now: 1 });
    const before = await loadLibrary(db);
    // An asset IndexedDB cannot store (a function is not cloneable) fails the bulkPut after the deletes.
    const poisoned = { ...pack, assets: [{ ...pack.assets[0]!, id: 'poison', url: 'https://e.example/p', tags: [() => 1] as unknown as string[] }] };
    await expect(importPackIntoDb(db, poisoned, { mode: 'replace', origin: 'pack', now: 2 })).rejects.toThrow();
    expect(await loadLibrary(db)).toEqual(before);
  });
});

describe('seedSampleLibrary', () => {
  it('seeds once, and never over a library the user already has', async () => {
    expect(await seedSampleLibrary(db, async () => sampleText)).toBe('seeded');
    expect(await db.assets.count()).toBe(sample().assets.length);
    expect(await seedSampleLibrary(db, async () => sampleText)).toBe('already-seeded');

    const other = new TailorDB(`${db.name}-b`);
    await other.assets.add({
      id: 'mine', title: 'Mine', url: 'https://e.example/mine', type: 'other', personas: [], industries: [],
      painPoints: [], tags: [], origin: 'local', addedAt: 1, updatedAt: 1,
    });
    expect(await seedSampleLibrary(other, async () => sampleText)).toBe('library-not-empty');
    expect(await other.assets.count()).toBe(1);
    other.close();
    await Dexie.delete(other.name);
  });

  it('seeds once when two starts race', async () => {
    const outcomes = await Promise.all([seedSampleLibrary(db, async () => sampleText), seedSampleLibrary(db, async () => sampleText)]);
    expect(outcomes.sort()).toEqual(['already-seeded', 'seeded']);
    expect(await db.assets.count()).toBe(sample().assets.length);
  });
});

describe('importPackIntoDb, again', () => {
  it('takes each asset as the new pack has it: an expiry lifted is gone; archived and review dates stay', async () => {
    const pack = sample();
    const dated = { ...pack.assets[0]!, expiresAt: '2026-01-01', description: 'Old words' };
    await importPackIntoDb(db, { ...pack, assets: [dated, ...pack.assets.slice(1)] }, { mode: 'replace', origin: 'feed', now: 1 });
    await db.assets.update(dated.id, { archived: true, reviewBy: '2027-02-01' });
    const { expiresAt: _e, description: _d, ...lifted } = dated;
    const summary = await importPackIntoDb(db, { ...pack, assets: [lifted, ...pack.assets.slice(1)] }, { mode: 'replace', origin: 'feed', now: 2 });
    expect(summary.updated).toBe(1);
    const stored = (await db.assets.get(dated.id))!;
    expect(stored).not.toHaveProperty('expiresAt');
    expect(stored).not.toHaveProperty('description');
    expect(stored).toMatchObject({ archived: true, reviewBy: '2027-02-01', origin: 'feed', addedAt: 1, updatedAt: 2 });
    // The same pack once more changes nothing.
    expect((await importPackIntoDb(db, { ...pack, assets: [lifted, ...pack.assets.slice(1)] }, { mode: 'replace', origin: 'feed', now: 3 })).updated).toBe(0);
  });
});

describe('packAssetsOf', () => {
  it('leaves archived assets out of an export, so a published pack never brings them back to reps', async () => {
    const pack = sample();
    await importPackIntoDb(db, pack, { mode: 'replace', origin: 'pack', now: 1 });
    const [first, second] = pack.assets;
    await db.assets.update(first!.id, { archived: true });
    await db.assets.update(second!.id, { reviewBy: '2027-01-01' });
    const { assets, archived } = packAssetsOf((await loadLibrary(db)).assets);
    expect(archived).toBe(1);
    expect(assets.map((a) => a.id)).not.toContain(first!.id);
    expect(assets).toHaveLength(pack.assets.length - 1);
    expect(assets.find((a) => a.id === second!.id)).not.toHaveProperty('reviewBy');
    expect((await libraryToPack(db)).assets).toHaveLength(pack.assets.length - 1);
  });
});
