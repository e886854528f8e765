// The library in the database: read it whole, and write a pack into it all-or-nothing.
import {
  TAXONOMY_KINDS,
  emptyTaxonomy,
  type Asset,
  type AssetOrigin,
  type LibraryPack,
  type PackAsset,
  type Taxonomy,
  type TaxonomyRow,
} from '../model';
import { mergeTaxonomy, planAssetImport, type ImportMode, type PackField } from '../pack/plan';
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
  /** Existing assets of these origins are matched and updated by id or URL (all when not given).
   * The others stay as they are; an incoming asset with one of their ids is left out and reported. */
  matchOrigins?: AssetOrigin[];
  /** Fields the source does not carry (a CSV without that column): matched assets keep theirs. */
  keep?: readonly PackField[];
  now?: number;
}

/** An incoming asset left out because an asset the import may not touch has its id. */
export interface AssetClash {
  id: string;
  /** The incoming asset's title. */
  title: string;
  /** The title of the asset that was kept. */
  kept: string;
}

export interface ImportSummary {
  added: number;
  updated: number;
  unchanged: number;
  removed: number;
  taxonomy: number;
  /** Only when there were any. */
  clashes?: AssetClash[];
}

/** What the browser keeps about an asset that no pack carries. */
const localFields = (a: Asset): Pick<Asset, 'origin' | 'addedAt'> & Partial<Pick<Asset, 'archived' | 'reviewBy'>> => ({
  origin: a.origin,
  addedAt: a.addedAt,
  ...(a.archived ? { archived: true } : {}),
  ...(a.reviewBy ? { reviewBy: a.reviewBy } : {}),
});

/**
 * Writes a checked pack into the library in one transaction: either all of it lands or none of it.
 * Merge adds and updates (matched by id, else URL); replace also removes this origin's other assets.
 * With `matchOrigins`, assets of other origins are never matched, changed or removed.
 * Taxonomy entries that surviving assets still use are kept, so no asset points at a missing id.
 */
export async function importPackIntoDb(db: TailorDB, pack: LibraryPack, options: ImportOptions): Promise<ImportSummary> {
  const now = options.now ?? Date.now();
  return db.transaction('rw', db.assets, db.taxonomy, async () => {
    const existing = await db.assets.toArray();
    const matchable = options.matchOrigins ? new Set(options.matchOrigins) : undefined;
    const plan = planAssetImport(existing, pack.assets, options.mode, {
      ...(matchable ? { touchable: (a: Asset) => matchable.has(a.origin) } : {}),
      ...(options.keep ? { keep: options.keep } : {}),
    });
    const replaced = new Set(options.replaceOrigins ?? [options.origin]);
    const removed = plan.removed.filter((a) => replaced.has(a.origin));

    const writes: Asset[] = [
      ...plan.added.map((a): Asset => ({ ...a, origin: options.origin, addedAt: now, updatedAt: now })),
      // What the browser keeps of its own (where the asset came from, archived, review-by), then the
      // incoming version whole: a field the new version no longer has (an expiry lifted) is gone.
      ...plan.updated.map(({ before, after }): Asset => ({ ...localFields(before), ...after, updatedAt: now })),
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
      ...(plan.clashes.length > 0
        ? { clashes: plan.clashes.map(({ incoming, kept }): AssetClash => ({ id: incoming.id, title: incoming.title, kept: kept.title })) }
        : {}),
    };
  });
}

/** Assets as a pack carries them, for export. Archived assets are left out: a pack has no way to say
 * "archived", so an exported pack published as the team's feed would put them back in front of reps.
 * Review-by dates and where an asset came from stay in the browser too. */
export function packAssetsOf(assets: readonly Asset[]): { assets: PackAsset[]; archived: number } {
  const out: PackAsset[] = [];
  let archived = 0;
  for (const { origin: _o, archived: isArchived, reviewBy: _r, addedAt: _ad, updatedAt: _u, ...packAsset } of assets) {
    if (isArchived) archived++;
    else out.push(packAsset);
  }
  return { assets: out, archived };
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
    assets: packAssetsOf(assets).assets,
  };
}
