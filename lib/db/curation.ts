// The marketer's changes to the library, each in one transaction, with what is needed to undo them.
import { TAXONOMY_KINDS, type Asset, type AssetFlag, type FlagStatus, type PackAsset, type RequestStatus, type Taxonomy, type TaxonomyRow } from '../model';
import { applyBulkAction, describeBulkAction, type BulkAction } from '../library/bulk';
import { retagAssets, retagCorrections, type TaxonomyResult } from '../library/taxonomy-ops';
import type { TailorDB } from './db';
import { rowsToTaxonomy } from './library';

/** Saves an asset from the editor: a new one is the marketer's own ('local'); an edit keeps its origin.
 * `resolvesFlags`: the edit answers reps' open flags on the asset (from the review queue's "Update it"),
 * so they are resolved as updated in the same transaction, and only if the edit is saved. */
export async function saveAsset(
  db: TailorDB,
  asset: PackAsset & { reviewBy?: string },
  now = Date.now(),
  options: { resolvesFlags?: boolean } = {},
): Promise<Asset> {
  return db.transaction('rw', db.assets, db.flags, async () => {
    const old = await db.assets.get(asset.id);
    const next: Asset = old
      ? { origin: old.origin, addedAt: old.addedAt, ...(old.archived ? { archived: true } : {}), ...asset, updatedAt: now }
      : { ...asset, origin: 'local', addedAt: now, updatedAt: now };
    await db.assets.put(next);
    if (options.resolvesFlags) await resolveOpenFlags(db, asset.id, 'updated', now);
    return next;
  });
}

async function resolveOpenFlags(db: TailorDB, assetId: string, status: Exclude<FlagStatus, 'open'>, now: number) {
  const open = await db.flags.where('assetId').equals(assetId).filter((f) => f.status === 'open').toArray();
  await db.flags.bulkPut(open.map((f) => ({ ...f, status, resolvedAt: now })));
}

export interface UndoRecord {
  label: string;
  /** The rows as they were before: putting them back undoes an edit or a delete. */
  before: Asset[];
}

export async function applyBulk(db: TailorDB, ids: readonly string[], action: BulkAction, now = Date.now()): Promise<UndoRecord> {
  return db.transaction('rw', db.assets, async () => {
    const before = (await db.assets.bulkGet([...ids])).filter((a): a is Asset => a !== undefined);
    if (action.kind === 'delete') await db.assets.bulkDelete(before.map((a) => a.id));
    else await db.assets.bulkPut(applyBulkAction(before, action, now));
    return { label: describeBulkAction(action, before.length), before };
  });
}

export async function undo(db: TailorDB, record: UndoRecord): Promise<void> {
  await db.transaction('rw', db.assets, async () => {
    await db.assets.bulkPut(record.before.map((a) => ({ ...a })));
  });
}

/** Writes a taxonomy edit and the assets it retagged together, so tags and taxonomy never disagree. */
/** Applies a taxonomy edit to the taxonomy as it is now, in one transaction with the assets and the
 * reps' corrections it moves: an edit made on a page that was open while a feed synced (or another tab
 * saved) neither undoes that nor misses the assets it added. The edit's own refusals come back as is. */
export async function applyTaxonomyChange(db: TailorDB, edit: (taxonomy: Taxonomy) => TaxonomyResult): Promise<TaxonomyResult> {
  return db.transaction('rw', [db.taxonomy, db.assets, db.corrections], async () => {
    const old = await db.taxonomy.toArray();
    const result = edit(rowsToTaxonomy(old));
    if (!result.ok) return result;
    const { taxonomy, retags } = result.change;
    const originOf = new Map(old.map((r) => [`${r.kind}:${r.id}`, r.origin]));
    const rows: TaxonomyRow[] = TAXONOMY_KINDS.flatMap((kind) =>
      taxonomy[kind].map((e) => ({ kind, ...e, origin: originOf.get(`${kind}:${e.id}`) ?? 'local' })),
    );
    await db.taxonomy.clear();
    await db.taxonomy.bulkPut(rows);
    if (retags.length) {
      const now = Date.now();
      await db.assets.bulkPut(retagAssets(await db.assets.toArray(), retags).map((a) => ({ ...a, updatedAt: now })));
      await db.corrections.bulkPut(retagCorrections(await db.corrections.toArray(), retags));
    }
    return result;
  });
}

/** A rep flags an asset as outdated. */
export async function flagAsset(db: TailorDB, flag: Omit<AssetFlag, 'id' | 'status'>): Promise<number | undefined> {
  return db.flags.add({ ...flag, status: 'open' });
}

/**
 * Closes an asset's open flags. "archived" also archives the asset; "updated" means the marketer
 * fixed it (usually after editing); "dismissed" means the flag was wrong.
 */
export async function resolveFlags(db: TailorDB, assetId: string, status: Exclude<FlagStatus, 'open'>, now = Date.now()) {
  await db.transaction('rw', db.flags, db.assets, async () => {
    await resolveOpenFlags(db, assetId, status, now);
    if (status === 'archived') {
      const asset = await db.assets.get(assetId);
      if (asset) await db.assets.put({ ...asset, archived: true, updatedAt: now });
    }
  });
}

/** Marks an asset reviewed: the review-by date moves on by `days` (or is cleared). */
export async function markReviewed(db: TailorDB, assetId: string, nextReviewBy: string | undefined, now = Date.now()) {
  await db.transaction('rw', db.assets, async () => {
    const asset = await db.assets.get(assetId);
    if (!asset) return;
    const { reviewBy: _old, ...rest } = asset;
    await db.assets.put({ ...rest, ...(nextReviewBy ? { reviewBy: nextReviewBy } : {}), updatedAt: now });
  });
}

export async function setRequestStatus(db: TailorDB, id: number, status: RequestStatus) {
  await db.requests.update(id, { status });
}
