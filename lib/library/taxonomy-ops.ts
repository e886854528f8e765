// Editing the taxonomy without breaking the library: renames, merges and deletes carry every asset
// along, so no asset is ever left pointing at an id that no longer exists.
import { TAXONOMY_KIND_LABELS, type Asset, type Taxonomy, type TaxonomyEntry, type TaxonomyKind } from '../model';
import { cleanList } from '../pack/pack';
import { slugify, shortHash } from '../pack/csv';
import { TAXONOMY_ID } from '../pack/rules';

export interface TaxonomyChange {
  /** The whole taxonomy after the change. */
  taxonomy: Taxonomy;
  /** Only the assets whose tags changed, as they are after it. */
  assets: Asset[];
}

export type TaxonomyResult = { ok: true; change: TaxonomyChange } | { ok: false; field: 'label' | 'id' | 'target'; message: string };

const fail = (field: 'label' | 'id' | 'target', message: string): TaxonomyResult => ({ ok: false, field, message });

const withKind = (taxonomy: Taxonomy, kind: TaxonomyKind, entries: TaxonomyEntry[]): Taxonomy => ({ ...taxonomy, [kind]: entries });

function retag(assets: readonly Asset[], kind: TaxonomyKind, from: string, to: string | undefined): Asset[] {
  const changed: Asset[] = [];
  for (const a of assets) {
    if (!a[kind].includes(from)) continue;
    const next = a[kind].flatMap((id) => (id === from ? (to ? [to] : []) : [id]));
    changed.push({ ...a, [kind]: [...new Set(next)] });
  }
  return changed;
}

function labelProblem(taxonomy: Taxonomy, kind: TaxonomyKind, label: string, exceptId?: string): string | undefined {
  const l = label.trim();
  if (!l) return 'a label is required';
  if (l.length > 80) return 'keep the label under 80 characters';
  const clash = taxonomy[kind].find((e) => e.id !== exceptId && e.label.trim().toLowerCase() === l.toLowerCase());
  return clash ? `another ${TAXONOMY_KIND_LABELS[kind].one.toLowerCase()} is already called "${clash.label}"` : undefined;
}

export function uniqueId(taxonomy: Taxonomy, kind: TaxonomyKind, label: string): string {
  const base = slugify(label) || `entry-${shortHash(label)}`;
  let id = base;
  for (let n = 2; taxonomy[kind].some((e) => e.id === id); n++) id = `${base}-${n}`;
  return id;
}

export function addEntry(taxonomy: Taxonomy, kind: TaxonomyKind, label: string, aliases: string[] = []): TaxonomyResult {
  const problem = labelProblem(taxonomy, kind, label);
  if (problem) return fail('label', problem);
  const entry: TaxonomyEntry = { id: uniqueId(taxonomy, kind, label), label: label.trim(), aliases: cleanList(aliases, true) };
  return { ok: true, change: { taxonomy: withKind(taxonomy, kind, [...taxonomy[kind], entry]), assets: [] } };
}

/** Changes an entry's label, aliases and (optionally) id; a new id is carried into every asset. */
export function updateEntry(
  taxonomy: Taxonomy,
  assets: readonly Asset[],
  kind: TaxonomyKind,
  id: string,
  next: { label: string; aliases: string[]; id?: string },
): TaxonomyResult {
  const entry = taxonomy[kind].find((e) => e.id === id);
  if (!entry) return fail('id', `there is no ${TAXONOMY_KIND_LABELS[kind].one.toLowerCase()} "${id}"`);
  const problem = labelProblem(taxonomy, kind, next.label, id);
  if (problem) return fail('label', problem);
  const newId = next.id?.trim() || id;
  if (newId !== id) {
    if (!TAXONOMY_ID.test(newId)) return fail('id', 'an id may use only lower-case letters, digits and hyphens');
    if (taxonomy[kind].some((e) => e.id === newId)) return fail('id', `the id "${newId}" is taken: merge the two entries instead`);
  }
  const updated: TaxonomyEntry = { id: newId, label: next.label.trim(), aliases: cleanList(next.aliases, true) };
  return {
    ok: true,
    change: {
      taxonomy: withKind(taxonomy, kind, taxonomy[kind].map((e) => (e.id === id ? updated : e))),
      assets: newId === id ? [] : retag(assets, kind, id, newId),
    },
  };
}

/** Folds `sourceId` into `targetId`: its assets, its label and aliases (as aliases) move to the target. */
export function mergeEntries(
  taxonomy: Taxonomy,
  assets: readonly Asset[],
  kind: TaxonomyKind,
  sourceId: string,
  targetId: string,
): TaxonomyResult {
  const source = taxonomy[kind].find((e) => e.id === sourceId);
  const target = taxonomy[kind].find((e) => e.id === targetId);
  if (!source || !target) return fail('target', 'choose two existing entries to merge');
  if (sourceId === targetId) return fail('target', 'an entry cannot be merged into itself');
  const merged: TaxonomyEntry = {
    ...target,
    aliases: cleanList([...target.aliases, source.label, ...source.aliases], true).filter(
      (a) => a.toLowerCase() !== target.label.toLowerCase(),
    ),
  };
  return {
    ok: true,
    change: {
      taxonomy: withKind(
        taxonomy,
        kind,
        taxonomy[kind].filter((e) => e.id !== sourceId).map((e) => (e.id === targetId ? merged : e)),
      ),
      assets: retag(assets, kind, sourceId, targetId),
    },
  };
}

/** Deletes an entry; its assets get `replacementId` instead, or simply lose the tag. */
export function deleteEntry(
  taxonomy: Taxonomy,
  assets: readonly Asset[],
  kind: TaxonomyKind,
  id: string,
  replacementId?: string,
): TaxonomyResult {
  if (!taxonomy[kind].some((e) => e.id === id)) return fail('id', `there is no entry "${id}"`);
  if (replacementId !== undefined && (replacementId === id || !taxonomy[kind].some((e) => e.id === replacementId)))
    return fail('target', 'choose another existing entry to reassign its assets to');
  return {
    ok: true,
    change: {
      taxonomy: withKind(taxonomy, kind, taxonomy[kind].filter((e) => e.id !== id)),
      assets: retag(assets, kind, id, replacementId),
    },
  };
}

/** How many assets use each entry of a kind. */
export function usageCounts(assets: readonly Asset[], kind: TaxonomyKind): Map<string, number> {
  const counts = new Map<string, number>();
  for (const a of assets) for (const id of a[kind]) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}
