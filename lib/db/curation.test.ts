import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Asset } from '../model';
import { mergeEntries } from '../library/taxonomy-ops';
import { applyBulk, applyTaxonomyChange, flagAsset, markReviewed, resolveFlags, saveAsset, undo } from './curation';
import { TailorDB } from './db';
import { importPackIntoDb, loadLibrary } from './library';

let db: TailorDB;
let n = 0;
const asset = (id: string, over: Partial<Asset> = {}) => ({
  id, title: `T ${id}`, url: `https://e.example/${id}`, type: 'video' as const, personas: ['p1'], industries: [], painPoints: [], tags: [], ...over,
});

beforeEach(async () => {
  db = new TailorDB(`tailor-curation-${n++}`);
  await importPackIntoDb(
    db,
    {
      format: 'tailor-library', version: 1,
      taxonomy: { personas: [{ id: 'p1', label: 'P1', aliases: [] }, { id: 'p2', label: 'P2', aliases: ['x'] }], industries: [], painPoints: [] },
      assets: [asset('a'), asset('b'), asset('c', { personas: ['p2'] })],
    },
    { mode: 'replace', origin: 'pack', now: 1 },
  );
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('curation in the database', () => {
  it('saves a new asset as the marketer’s own and an edit keeping its origin', async () => {
    expect((await saveAsset(db, asset('new'), 5)).origin).toBe('local');
    const edited = await saveAsset(db, { ...asset('a'), title: 'Edited' }, 6);
    expect(edited).toMatchObject({ origin: 'pack', addedAt: 1, updatedAt: 6, title: 'Edited' });
  });

  it('undoes a bulk delete and a bulk archive exactly', async () => {
    const before = await loadLibrary(db);
    const del = await applyBulk(db, ['a', 'b'], { kind: 'delete' });
    expect(del.label).toBe('Deleted 2 assets');
    expect(await db.assets.count()).toBe(1);
    await undo(db, del);
    expect(await loadLibrary(db)).toEqual(before);
    const arch = await applyBulk(db, ['c', 'missing'], { kind: 'archive' }, 9);
    expect(arch.label).toBe('Archived 1 asset');
    expect((await db.assets.get('c'))?.archived).toBe(true);
    await undo(db, arch);
    expect(await loadLibrary(db)).toEqual(before);
  });

  it('writes a taxonomy merge with the retagged assets and corrections, against the library as it is then', async () => {
    await db.corrections.put({ key: 'salesforce:contact:1', fields: {}, added: { personas: ['p2'] }, removed: {}, updatedAt: 1 });
    // An asset that arrives after the page read the library (a feed sync, another tab) is carried along too.
    await db.assets.put({ ...asset('late'), personas: ['p2'], origin: 'feed', addedAt: 2, updatedAt: 2 });
    const r = await applyTaxonomyChange(db, (t) => mergeEntries(t, 'personas', 'p2', 'p1'));
    if (!r.ok) throw new Error(r.message);
    expect((await db.assets.get('late'))?.personas).toEqual(['p1']);
    expect((await db.corrections.get('salesforce:contact:1'))?.added).toEqual({ personas: ['p1'] });
    const refused = await applyTaxonomyChange(db, (t) => mergeEntries(t, 'personas', 'p1', 'p1'));
    expect(refused.ok).toBe(false);
    const after = await loadLibrary(db);
    expect(after.taxonomy.personas).toEqual([{ id: 'p1', label: 'P1', aliases: ['P2', 'x'] }]);
    expect(after.assets.every((a) => a.personas.every((p) => p === 'p1'))).toBe(true);
    expect((await db.taxonomy.get(['personas', 'p1']))?.origin).toBe('pack');
  });

  it('resolves flags: archiving archives the asset, dismissing leaves it', async () => {
    await flagAsset(db, { assetId: 'a', at: 1, reason: 'old pricing' });
    await flagAsset(db, { assetId: 'a', at: 2 });
    await flagAsset(db, { assetId: 'b', at: 3 });
    await resolveFlags(db, 'a', 'archived', 10);
    expect((await db.flags.where('assetId').equals('a').toArray()).map((f) => f.status)).toEqual(['archived', 'archived']);
    expect((await db.assets.get('a'))?.archived).toBe(true);
    await resolveFlags(db, 'b', 'dismissed', 11);
    expect((await db.assets.get('b'))?.archived).toBeUndefined();
    expect(await db.flags.where('status').equals('open').count()).toBe(0);
  });

  it('resolves reps’ flags as updated only when the edit that answers them is saved', async () => {
    await flagAsset(db, { assetId: 'a', at: 1, reason: 'old pricing' });
    await saveAsset(db, { ...asset('a'), title: 'Unrelated edit' }, 5);
    expect(await db.flags.where('status').equals('open').count()).toBe(1);
    await saveAsset(db, { ...asset('a'), title: 'New pricing' }, 6, { resolvesFlags: true });
    expect((await db.flags.where('assetId').equals('a').toArray()).map((f) => [f.status, f.resolvedAt])).toEqual([['updated', 6]]);
  });

  it('moves a review date on, or clears it', async () => {
    await markReviewed(db, 'a', '2027-05-01');
    expect((await db.assets.get('a'))?.reviewBy).toBe('2027-05-01');
    await markReviewed(db, 'a', undefined);
    expect((await db.assets.get('a'))?.reviewBy).toBeUndefined();
  });
});
