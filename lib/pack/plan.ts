// What an import will do to a library, before it does it: added, updated (matched by id, else by URL),
// unchanged, when replacing, removed, and what it must leave alone. Pure, so the preview and the write agree.
import { TAXONOMY_KINDS, type PackAsset, type Taxonomy, type TaxonomyEntry } from '../model';
import { cleanList } from './pack';

export type ImportMode = 'merge' | 'replace';

export interface ImportPlan<T extends PackAsset = PackAsset> {
  added: PackAsset[];
  /** `after` carries the existing asset's id, so its usage history stays attached. */
  updated: { before: T; after: PackAsset }[];
  unchanged: T[];
  removed: T[];
  /** Incoming assets left out because an asset the import may not touch already has their id. */
  clashes: { incoming: PackAsset; kept: T }[];
}

export interface PlanOptions<T extends PackAsset> {
  /**
   * Which existing assets the import may match, update and remove (all when not given). The others
   * stay exactly as they are: no incoming asset is matched to them by id or URL.
   */
  touchable?: (asset: T) => boolean;
  /** Fields the source does not carry (a CSV without that column): a matched asset keeps its own. */
  keep?: readonly PackField[];
}

export const PACK_FIELDS = [
  'title',
  'url',
  'type',
  'description',
  'personas',
  'industries',
  'painPoints',
  'stage',
  'publishedAt',
  'expiresAt',
  'tags',
] as const;
export type PackField = (typeof PACK_FIELDS)[number];

/** The asset fields a CSV has no column for: a spreadsheet of titles and tags updates titles and tags. */
export const fieldsWithoutColumn = (columns: readonly string[]): PackField[] => PACK_FIELDS.filter((f) => !columns.includes(f));

export function samePackAsset(a: PackAsset, b: PackAsset): boolean {
  return PACK_FIELDS.every((f) => {
    const x = a[f];
    const y = b[f];
    if (Array.isArray(x) && Array.isArray(y)) return x.length === y.length && x.every((v, i) => v === y[i]);
    return (x ?? undefined) === (y ?? undefined);
  });
}

export function planAssetImport<T extends PackAsset>(
  existing: readonly T[],
  incoming: readonly PackAsset[],
  mode: ImportMode,
  options: PlanOptions<T> = {},
): ImportPlan<T> {
  const { touchable } = options;
  const candidates = touchable ? existing.filter(touchable) : existing;
  const untouchable = new Map(touchable ? existing.filter((a) => !touchable(a)).map((a) => [a.id, a]) : []);
  const byId = new Map(candidates.map((a) => [a.id, a]));
  const byUrl = new Map<string, T>();
  for (const a of candidates) if (!byUrl.has(a.url)) byUrl.set(a.url, a);
  const touched = new Set<string>();
  const plan: ImportPlan<T> = { added: [], updated: [], unchanged: [], removed: [], clashes: [] };
  for (const next of incoming) {
    const match = byId.get(next.id) ?? byUrl.get(next.url);
    if (!match || touched.has(match.id)) {
      // Adding it would overwrite the asset that has its id.
      const kept = untouchable.get(next.id);
      if (kept) plan.clashes.push({ incoming: next, kept });
      else plan.added.push(next);
      continue;
    }
    touched.add(match.id);
    // The incoming asset is the asset now, but for fields its source does not carry.
    const kept: Partial<PackAsset> = {};
    for (const f of options.keep ?? []) if (match[f] !== undefined) (kept as Record<string, unknown>)[f] = match[f];
    const after: PackAsset = { ...next, ...kept, id: match.id };
    if (samePackAsset(match, after)) plan.unchanged.push(match);
    else plan.updated.push({ before: match, after });
  }
  if (mode === 'replace') plan.removed = candidates.filter((a) => !touched.has(a.id));
  return plan;
}

/** The taxonomy after a merge: entries matched by id take the incoming label; aliases are united. */
export function mergeTaxonomy(base: Taxonomy, incoming: Taxonomy): Taxonomy {
  const out = {} as Taxonomy;
  for (const kind of TAXONOMY_KINDS) {
    const merged = new Map<string, TaxonomyEntry>(base[kind].map((e) => [e.id, { ...e, aliases: [...e.aliases] }]));
    for (const e of incoming[kind]) {
      const old = merged.get(e.id);
      merged.set(e.id, old ? { id: e.id, label: e.label, aliases: cleanList([...old.aliases, ...e.aliases], true) } : e);
    }
    out[kind] = [...merged.values()];
  }
  return out;
}

/** The assets of a library after the plan is applied, in a stable order: existing first, then added. */
export function applyPlan<T extends PackAsset>(existing: readonly T[], plan: ImportPlan<T>): PackAsset[] {
  const removed = new Set(plan.removed.map((a) => a.id));
  const updated = new Map(plan.updated.map((u) => [u.after.id, u.after]));
  const kept: PackAsset[] = existing.filter((a) => !removed.has(a.id)).map((a) => updated.get(a.id) ?? a);
  return [...kept, ...plan.added];
}
