// A feed that renames a taxonomy id ("cfo" becomes "finance-leader", same label) would otherwise leave
// two entries for one thing: the feed's assets move to the new id, while the rep's own assets and
// corrections keep the old one, which stays in the taxonomy because they use it. Tailor recognises
// the rename (an id of the feed's gone from the pack, and exactly one new entry with the same label)
// and carries the rep's library over to the new id.
import type { TailorDB } from '../db/db';
import { TAXONOMY_KINDS, type LibraryPack, type ProspectCorrection, type TaxonomyKind, type TaxonomyRow } from '../model';

export interface TaxonomyRename {
  kind: TaxonomyKind;
  from: string;
  to: string;
  label: string;
}

const labelKey = (label: string) => label.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');

/** The renames a new pack makes of the feed's own taxonomy entries. Pure. */
export function detectRenames(rows: readonly Pick<TaxonomyRow, 'kind' | 'id' | 'label' | 'origin'>[], pack: Pick<LibraryPack, 'taxonomy'>): TaxonomyRename[] {
  const out: TaxonomyRename[] = [];
  for (const kind of TAXONOMY_KINDS) {
    const incoming = pack.taxonomy[kind];
    const inPack = new Set(incoming.map((e) => e.id));
    const byLabel = new Map<string, string[]>();
    for (const e of incoming) byLabel.set(labelKey(e.label), [...(byLabel.get(labelKey(e.label)) ?? []), e.id]);
    const before = new Set(rows.filter((r) => r.kind === kind).map((r) => r.id));
    for (const row of rows) {
      if (row.kind !== kind || row.origin !== 'feed' || inPack.has(row.id)) continue;
      const candidates = (byLabel.get(labelKey(row.label)) ?? []).filter((id) => !before.has(id));
      // Two new entries with the old label: which one it became is a guess, and Tailor does not guess.
      if (candidates.length === 1) out.push({ kind, from: row.id, to: candidates[0]!, label: row.label });
    }
  }
  return out;
}

const renameIn = (ids: readonly string[], from: string, to: string): string[] => [...new Set(ids.map((id) => (id === from ? to : id)))];

/**
 * Moves every asset and every rep's correction from each old id to its new one. Runs inside the
 * caller's transaction over assets and corrections; returns how many of each changed.
 */
export async function carryOverRenames(db: TailorDB, renames: readonly TaxonomyRename[]): Promise<{ assets: number; corrections: number }> {
  if (renames.length === 0) return { assets: 0, corrections: 0 };
  let assets = 0;
  let corrections = 0;
  const assetRows = await db.assets.toArray();
  const changedAssets = [];
  for (const asset of assetRows) {
    let next = asset;
    for (const r of renames)
      if (next[r.kind].includes(r.from)) next = { ...next, [r.kind]: renameIn(next[r.kind], r.from, r.to) };
    if (next !== asset) changedAssets.push(next);
  }
  await db.assets.bulkPut(changedAssets);
  assets = changedAssets.length;

  const correctionRows = await db.corrections.toArray();
  const changedCorrections: ProspectCorrection[] = [];
  for (const c of correctionRows) {
    let next = c;
    for (const r of renames)
      for (const side of ['added', 'removed'] as const) {
        const ids = next[side][r.kind];
        if (ids?.includes(r.from)) next = { ...next, [side]: { ...next[side], [r.kind]: renameIn(ids, r.from, r.to) } };
      }
    if (next !== c) changedCorrections.push(next);
  }
  await db.corrections.bulkPut(changedCorrections);
  corrections = changedCorrections.length;
  return { assets, corrections };
}

const KIND_NAME: Record<TaxonomyKind, string> = { personas: 'persona', industries: 'industry', painPoints: 'pain point' };

/** The sentence the feed status shows for a rename. */
export function describeRename(r: TaxonomyRename): string {
  return `the feed renamed the ${KIND_NAME[r.kind]} "${r.label}" from ${r.from} to ${r.to}: Tailor moved your assets and corrections to the new id`;
}
