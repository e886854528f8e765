// What importing a file would do, computed before anything is written: the rows it adds, the assets
// it updates (matched by id, else URL), the rows it rejects and why, and what "replace" would remove.
import { TAXONOMY_KINDS, taxonomySize, type Asset, type LibraryPack, type PackAsset, type Taxonomy, type TaxonomyEntry, type TaxonomyKind } from '../model';
import { readAssetsCsv } from './csv';
import type { TextEncodingName } from './decode';
import { readPack } from './pack';
import { PACK_FIELDS, fieldsWithoutColumn, mergeTaxonomy, planAssetImport, type PackField } from './plan';
import { MAX_LIBRARY_BYTES, tooBigProblem, type Problem } from './problems';

export interface ImportInput {
  fileName: string;
  text: string;
  /** How the file's bytes were decoded (`decodeText`), for the readers' warning of a file read as Windows-1252. */
  encoding?: TextEncodingName;
  taxonomy: Taxonomy;
  existing: readonly Asset[];
  /** CSV only: values naming no taxonomy entry become new entries instead of rejecting the row. */
  addTaxonomy: boolean;
  onProgress?: (done: number, total: number) => void;
}

export interface PreviewItem {
  id: string;
  title: string;
  /** For updates: which fields change. */
  changes?: string[];
}

export interface ImportPreview {
  fileName: string;
  kind: 'pack' | 'csv';
  /** Problems with the file as a whole: nothing in it can be imported. */
  fileErrors: Problem[];
  /** Rows (CSV) that will not be imported, each with its problems. */
  rejected: { where: string; title?: string; errors: Problem[] }[];
  warnings: Problem[];
  added: PreviewItem[];
  updated: PreviewItem[];
  unchanged: number;
  /** What "replace" would remove: the library's own assets (not a team feed's) the file does not have. */
  removedOnReplace: PreviewItem[];
  /** Taxonomy entries the import creates. */
  newTaxonomy: Record<TaxonomyKind, TaxonomyEntry[]>;
  /**
   * Entries the library already has to which the import (a pack's taxonomy, merged) adds aliases: each with
   * its id and label and, as `aliases`, only the aliases it gains.
   */
  newAliases: Record<TaxonomyKind, TaxonomyEntry[]>;
  /** Entries the library already has to which the pack (merged) gives another label: same id, `from` its label now, `to` the pack's. */
  renamed: Record<TaxonomyKind, TaxonomyRename[]>;
  /** The content to write when the marketer confirms (accepted rows only). */
  pack?: LibraryPack;
  /** Fields the file has no column for: assets it updates keep their own. */
  keep?: PackField[];
}

export interface TaxonomyRename {
  id: string;
  from: string;
  to: string;
}

export const REPLACEABLE_ORIGINS = ['pack', 'local'] as const;

function changedFields(before: PackAsset, after: PackAsset): string[] {
  return PACK_FIELDS.filter((f) => JSON.stringify(before[f] ?? null) !== JSON.stringify(after[f] ?? null));
}

export function isCsvFile(fileName: string): boolean {
  return /\.(csv|tsv|txt)$/i.test(fileName);
}

export function prepareImport(input: ImportInput): ImportPreview {
  const preview: ImportPreview = {
    fileName: input.fileName,
    kind: isCsvFile(input.fileName) ? 'csv' : 'pack',
    fileErrors: [],
    rejected: [],
    warnings: [],
    added: [],
    updated: [],
    unchanged: 0,
    removedOnReplace: [],
    newTaxonomy: { personas: [], industries: [], painPoints: [] },
    newAliases: { personas: [], industries: [], painPoints: [] },
    renamed: { personas: [], industries: [], painPoints: [] },
  };
  let incoming: PackAsset[];
  let taxonomy: Taxonomy;
  if (preview.kind === 'csv') {
    const csv = readAssetsCsv(input.text, {
      file: input.fileName,
      encoding: input.encoding,
      taxonomy: input.taxonomy,
      addTaxonomy: input.addTaxonomy,
      addTaxonomyHint: 'tick "Add personas, industries and pain points the file names" and choose the file again',
      onProgress: input.onProgress,
    });
    preview.warnings = csv.warnings;
    const rowErrors = new Set(csv.rows.flatMap((r) => r.errors));
    preview.fileErrors = csv.errors.filter((e) => !rowErrors.has(e));
    if (preview.fileErrors.length) return preview;
    preview.rejected = csv.rows
      .filter((r) => r.errors.length > 0)
      .map((r) => ({ where: `row ${r.row}`, errors: r.errors }));
    incoming = csv.rows.flatMap((r) => (r.asset ? [r.asset] : []));
    taxonomy = csv.taxonomy;
    const keep = fieldsWithoutColumn(csv.columns);
    if (keep.length) preview.keep = keep;
    preview.newTaxonomy = csv.added;
  } else {
    const checked = readPack(input.text, { file: input.fileName, encoding: input.encoding });
    preview.warnings = checked.warnings;
    if (!checked.ok) {
      preview.fileErrors = checked.errors;
      return preview;
    }
    incoming = checked.value.assets;
    taxonomy = mergeTaxonomy(input.taxonomy, checked.value.taxonomy);
    for (const kind of TAXONOMY_KINDS) {
      preview.newTaxonomy[kind] = checked.value.taxonomy[kind].filter((e) => !input.taxonomy[kind].some((t) => t.id === e.id));
      preview.newAliases[kind] = addedAliases(input.taxonomy[kind], taxonomy[kind]);
      preview.renamed[kind] = renamedEntries(input.taxonomy[kind], taxonomy[kind]);
    }
  }
  input.onProgress?.(1, 1);

  const plan = planAssetImport(input.existing, incoming, 'replace', preview.keep ? { keep: preview.keep } : {});
  preview.added = plan.added.map((a) => ({ id: a.id, title: a.title }));
  preview.updated = plan.updated.map(({ before, after }) => ({ id: after.id, title: after.title, changes: changedFields(before, after) }));
  preview.unchanged = plan.unchanged.length;
  preview.removedOnReplace = plan.removed
    .filter((a) => (REPLACEABLE_ORIGINS as readonly string[]).includes(a.origin))
    .map((a) => ({ id: a.id, title: a.title }));
  // A CSV adds the entries its accepted rows name (a rejected row adds none); a pack of taxonomy alone (no
  // assets) is written for its new entries, in the one transaction an import is.
  const changes = taxonomyChanges(preview);
  if (incoming.length > 0 || changes.added > 0 || changes.aliases > 0 || changes.renamed > 0) preview.pack = { format: 'tailor-library', version: 1, taxonomy, assets: incoming };
  return preview;
}

/** The entries of `before` that `after` (the merged taxonomy) gives aliases they did not have, with those aliases only. */
function addedAliases(before: readonly TaxonomyEntry[], after: readonly TaxonomyEntry[]): TaxonomyEntry[] {
  const merged = new Map(after.map((e) => [e.id, e]));
  return before.flatMap((e) => {
    const had = new Set(e.aliases.map((a) => a.trim().toLowerCase()));
    const gained = (merged.get(e.id)?.aliases ?? []).filter((a) => !had.has(a.trim().toLowerCase()));
    return gained.length ? [{ id: e.id, label: merged.get(e.id)?.label ?? e.label, aliases: gained }] : [];
  });
}

/** The entries of `before` to which `after` (the merged taxonomy) gives another label. */
function renamedEntries(before: readonly TaxonomyEntry[], after: readonly TaxonomyEntry[]): TaxonomyRename[] {
  const merged = new Map(after.map((e) => [e.id, e.label]));
  return before.flatMap((e) => {
    const label = merged.get(e.id);
    return label !== undefined && label !== e.label ? [{ id: e.id, from: e.label, to: label }] : [];
  });
}

/** How many entries `renamed` relabels, all kinds together. */
export function renameCount(renamed: Record<TaxonomyKind, readonly TaxonomyRename[]>): number {
  return TAXONOMY_KINDS.reduce((n, kind) => n + renamed[kind].length, 0);
}

/** How many aliases `newAliases` adds, all kinds together. */
export function aliasCount(newAliases: Record<TaxonomyKind, readonly TaxonomyEntry[]>): number {
  return TAXONOMY_KINDS.reduce((n, kind) => n + newAliases[kind].reduce((m, e) => m + e.aliases.length, 0), 0);
}

/** What an import preview does to the taxonomy, counted once for the preview's button and the finished line. */
export interface TaxonomyChanges {
  /** New entries. */
  added: number;
  /** Aliases added to entries the library has, and how many entries gain them. */
  aliases: number;
  aliasEntries: number;
  /** Entries given another label. */
  renamed: number;
}

export function taxonomyChanges(preview: Pick<ImportPreview, 'newTaxonomy' | 'newAliases' | 'renamed'>): TaxonomyChanges {
  return {
    added: taxonomySize(preview.newTaxonomy),
    aliases: aliasCount(preview.newAliases),
    aliasEntries: TAXONOMY_KINDS.reduce((n, kind) => n + preview.newAliases[kind].length, 0),
    renamed: renameCount(preview.renamed),
  };
}

/** Checked before a file is read at all. */
export function fileSizeProblem(fileName: string, bytes: number): Problem | undefined {
  return bytes > MAX_LIBRARY_BYTES ? tooBigProblem(bytes, fileName) : undefined;
}
