// Editing the taxonomy without breaking the library: renames, merges and deletes carry every asset (and
// every rep's correction) along, so nothing is ever left pointing at an id that no longer exists.
import { TAXONOMY_KINDS, TAXONOMY_KIND_LABELS, type Asset, type ProspectCorrection, type Taxonomy, type TaxonomyEntry, type TaxonomyKind } from '../model';
import { cleanList } from '../pack/pack';
import { slugify, shortHash } from '../pack/csv';
import { LIMITS, TAXONOMY_ID } from '../pack/rules';

/** An id that gives way to another (rename, merge) or to nothing (delete). */
export interface Retag {
  kind: TaxonomyKind;
  from: string;
  to?: string;
}

export interface TaxonomyChange {
  /** The whole taxonomy after the change. */
  taxonomy: Taxonomy;
  /** What happens to the ids that asset tags and corrections use. */
  retags: Retag[];
}

export type TaxonomyField = 'label' | 'id' | 'aliases' | 'target';
export type TaxonomyResult = { ok: true; change: TaxonomyChange } | { ok: false; field: TaxonomyField; message: string };

const fail = (field: TaxonomyField, message: string): TaxonomyResult => ({ ok: false, field, message });

const withKind = (taxonomy: Taxonomy, kind: TaxonomyKind, entries: TaxonomyEntry[]): Taxonomy => ({ ...taxonomy, [kind]: entries });

const retagIds = (ids: readonly string[], kind: TaxonomyKind, retags: readonly Retag[]): string[] => {
  let out = [...ids];
  for (const r of retags) if (r.kind === kind && out.includes(r.from)) out = out.flatMap((id) => (id === r.from ? (r.to ? [r.to] : []) : [id]));
  return [...new Set(out)];
};

/** The assets whose tags a change moves, as they are after it. */
export function retagAssets(assets: readonly Asset[], retags: readonly Retag[]): Asset[] {
  const changed: Asset[] = [];
  for (const a of assets) {
    if (!retags.some((r) => a[r.kind].includes(r.from))) continue;
    const next = { ...a };
    for (const kind of TAXONOMY_KINDS) next[kind] = retagIds(a[kind], kind, retags);
    changed.push(next);
  }
  return changed;
}

/** The reps' corrections a change moves, as they are after it: a chip a rep added or removed follows
 * its entry into a merge or rename, and goes with it when it is deleted. */
export function retagCorrections(corrections: readonly ProspectCorrection[], retags: readonly Retag[]): ProspectCorrection[] {
  const changed: ProspectCorrection[] = [];
  for (const c of corrections) {
    const touches = retags.some((r) => c.added[r.kind]?.includes(r.from) || c.removed[r.kind]?.includes(r.from));
    if (!touches) continue;
    const added: ProspectCorrection['added'] = {};
    const removed: ProspectCorrection['removed'] = {};
    for (const kind of TAXONOMY_KINDS) {
      if (c.added[kind]) added[kind] = retagIds(c.added[kind]!, kind, retags);
      if (c.removed[kind]) removed[kind] = retagIds(c.removed[kind]!, kind, retags);
    }
    changed.push({ ...c, added, removed });
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

/** The pack's limits on aliases (a pack with more would be refused on import, so the editor refuses it first). */
function aliasesProblem(aliases: readonly string[]): string | undefined {
  if (aliases.length > LIMITS.aliasesPerEntry) return `${aliases.length} aliases; the limit is ${LIMITS.aliasesPerEntry} an entry`;
  const long = aliases.find((a) => a.length > LIMITS.aliasChars);
  return long ? `the alias "${long.slice(0, 40)}…" is ${long.length} characters; the limit is ${LIMITS.aliasChars}` : undefined;
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
  const cleaned = cleanList(aliases, true);
  const aliasProblem = aliasesProblem(cleaned);
  if (aliasProblem) return fail('aliases', aliasProblem);
  const entry: TaxonomyEntry = { id: uniqueId(taxonomy, kind, label), label: label.trim(), aliases: cleaned };
  return { ok: true, change: { taxonomy: withKind(taxonomy, kind, [...taxonomy[kind], entry]), retags: [] } };
}

/** Changes an entry's label, aliases and (optionally) id; a new id is carried into every asset. */
export function updateEntry(
  taxonomy: Taxonomy,
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
  const aliases = cleanList(next.aliases, true);
  const aliasProblem = aliasesProblem(aliases);
  if (aliasProblem) return fail('aliases', aliasProblem);
  const updated: TaxonomyEntry = { id: newId, label: next.label.trim(), aliases };
  return {
    ok: true,
    change: {
      taxonomy: withKind(taxonomy, kind, taxonomy[kind].map((e) => (e.id === id ? updated : e))),
      retags: newId === id ? [] : [{ kind, from: id, to: newId }],
    },
  };
}

/** Folds `sourceId` into `targetId`: its assets, its label and aliases (as aliases) move to the target. */
export function mergeEntries(
  taxonomy: Taxonomy,
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
      retags: [{ kind, from: sourceId, to: targetId }],
    },
  };
}

/** Deletes an entry; its assets get `replacementId` instead, or simply lose the tag. */
export function deleteEntry(
  taxonomy: Taxonomy,
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
      retags: [{ kind, from: id, ...(replacementId ? { to: replacementId } : {}) }],
    },
  };
}

/** How many assets use each entry of a kind. */
export function usageCounts(assets: readonly Asset[], kind: TaxonomyKind): Map<string, number> {
  const counts = new Map<string, number>();
  for (const a of assets) for (const id of a[kind]) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}
