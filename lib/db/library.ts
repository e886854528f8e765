// The library in the database: read it whole, and write a pack into it all-or-nothing.
import {
  TAXONOMY_KINDS,
  emptyTaxonomy,
  type Asset,
  type AssetOrigin,
  type LibraryPack,
  type Taxonomy,
  type TaxonomyRow,
} from '../model';
import { mergeTaxonomy, planAssetImport, type ImportMode } from '../pack/plan';
import type { TailorDB } from './db';

export interface Library {
  taxonomy: Taxonomy;
  assets: Asset[];
}

export function rowsToTaxonomy(rows: readonly TaxonomyRow[]): Taxonomy {
  const taxonomy = emptyTaxonomy();
  for (const { kind, id, label, aliases } of rows) taxonomy[kind].push({ id, label, aliases });
  for (const kind of TAXONOMY_KINDS) taxonomy[kind].sort((a, b) => a.label.localeCompare(b.label));
  return taxonomy;
}

export async function loadTaxonomy(db: TailorDB): Promise<Taxonomy> {
  return rowsToTaxonomy(await db.taxonomy.toArray());
}

export async function loadLibrary(db: TailorDB): Promise<Library> {
  return db.transaction('r', db.assets, db.taxonomy, async () => ({
    taxonomy: rowsToTaxonomy(await db.taxonomy.toArray()),
    assets: await db.assets.toArray(),
  }));
}

export interface ImportOptions {
  mode: ImportMode;
  /** New assets get this origin. Replace removes only assets and taxonomy of this origin (or of
   * `replaceOrigins`): a rep's own additions survive a feed update. */
  origin: AssetOrigin;
  replaceOrigins?: AssetOrigin[];
  now?: number;
}

export interface ImportSummary {
  added: number;
  updated: number;
  unchanged: number;
  removed: number;
  taxonomy: number;
}

/**
 * Writes a checked pack into the library in one transaction: either all of it lands or none of it.
 * Merge adds and updates (matched by id, else URL); replace also removes this origin's other assets.
 * Taxonomy entries that surviving assets still use are kept, so no asset points at a missing id.
 */
export async function importPackIntoDb(db: TailorDB, pack: LibraryPack, options: ImportOptions): Promise<ImportSummary> {
  const now = options.now ?? Date.now();
  return db.transaction('rw', db.assets, db.taxonomy, async () => {
    const existing = await db.assets.toArray();
    const plan = planAssetImport(existing, pack.assets, options.mode);
    const replaced = new Set(options.replaceOrigins ?? [options.origin]);
    const removed = plan.removed.filter((a) => replaced.has(a.origin));

    const writes: Asset[] = [
      ...plan.added.map((a): Asset => ({ ...a, origin: options.origin, addedAt: now, updatedAt: now })),
      ...plan.updated.map(({ before, after }): Asset => ({ ...before, ...after, updatedAt: now })),
    ];
    await db.assets.bulkDelete(removed.map((a) => a.id));
    await db.assets.bulkPut(writes);

    const rows = await db.taxonomy.toArray();
    const current = rowsToTaxonomy(rows);
    let next: Taxonomy;
    if (options.mode === 'merge') next = mergeTaxonomy(current, pack.taxonomy);
    else {
      const removedIds = new Set(removed.map((a) => a.id));
      // Updated assets count with their new taxonomy ids: an id only their old version used can go.
      const after = new Map(plan.updated.map((u) => [u.before.id, u.after]));
      const survivors = existing.filter((a) => !removedIds.has(a.id)).map((a) => after.get(a.id) ?? a);
      const inUse = new Set(survivors.flatMap((a) => TAXONOMY_KINDS.flatMap((k) => a[k].map((id) => `${k}:${id}`))));
      const kept = emptyTaxonomy();
      for (const row of rows)
        if (!replaced.has(row.origin) || inUse.has(`${row.kind}:${row.id}`))
          kept[row.kind].push({ id: row.id, label: row.label, aliases: row.aliases });
      next = mergeTaxonomy(kept, pack.taxonomy);
    }
    const originOf = new Map(rows.map((r) => [`${r.kind}:${r.id}`, r.origin]));
    const fromPack = new Set(TAXONOMY_KINDS.flatMap((k) => pack.taxonomy[k].map((e) => `${k}:${e.id}`)));
    const nextRows: TaxonomyRow[] = TAXONOMY_KINDS.flatMap((kind) =>
      next[kind].map((e) => ({
        kind,
        ...e,
        origin: fromPack.has(`${kind}:${e.id}`) ? options.origin : (originOf.get(`${kind}:${e.id}`) ?? 'local'),
      })),
    );
    await db.taxonomy.clear();
    await db.taxonomy.bulkPut(nextRows);

    return {
      added: plan.added.length,
      updated: plan.updated.length,
      unchanged: plan.unchanged.length,
      removed: removed.length,
      taxonomy: nextRows.length,
    };
  });
}

/** The library as a pack, for export and round trips. */
export async function libraryToPack(db: TailorDB, name?: string): Promise<LibraryPack> {
  const { taxonomy, assets } = await loadLibrary(db);
  return {
    format: 'tailor-library',
    version: 1,
    ...(name ? { name } : {}),
    updatedAt: new Date().toISOString(),
    taxonomy,
    assets: assets.map(
      ({ origin: _o, archived: _a, reviewBy: _r, addedAt: _ad, updatedAt: _u, ...packAsset }) => packAsset,
    ),
  };
}
