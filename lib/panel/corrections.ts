// A rep's corrections to what Tailor read off a record: edited fields replace what was detected, and
// taxonomy entries they add or remove change what the prospect is read as.
import type { Resolution } from '../match/resolve';
import { TAXONOMY_KINDS, type Prospect, type ProspectCorrection, type ResolvedContext, type TaxonomyKind } from '../model';

export type CorrectableField = keyof ProspectCorrection['fields'];
export const CORRECTABLE_FIELDS: CorrectableField[] = ['name', 'title', 'company', 'industry', 'notes', 'stage'];

export const emptyCorrection = (key: string): ProspectCorrection => ({ key, fields: {}, added: {}, removed: {}, updatedAt: 0 });

export function isEmptyCorrection(c: ProspectCorrection | undefined): boolean {
  if (!c) return true;
  return (
    Object.keys(c.fields).length === 0 &&
    TAXONOMY_KINDS.every((k) => !(c.added[k]?.length) && !(c.removed[k]?.length))
  );
}

/** The prospect with the rep's edits: an edited field replaces the detected one; an emptied one is removed. */
export function correctProspect(prospect: Prospect, c: ProspectCorrection | undefined): Prospect {
  if (!c) return prospect;
  const out: Prospect = { ...prospect };
  for (const field of CORRECTABLE_FIELDS) {
    const value = c.fields[field];
    if (value === undefined) continue;
    if (value.trim()) out[field] = value.trim();
    else delete out[field];
  }
  return out;
}

/** The context with the rep's chips: removed ids go, added ids come first. */
export function correctContext(context: ResolvedContext, c: ProspectCorrection | undefined): ResolvedContext {
  if (!c) return context;
  const out: ResolvedContext = { ...context };
  for (const kind of TAXONOMY_KINDS) {
    const removed = new Set(c.removed[kind] ?? []);
    const added = (c.added[kind] ?? []).filter((id) => !removed.has(id));
    out[kind] = [...new Set([...added, ...context[kind].filter((id) => !removed.has(id))])];
  }
  return out;
}

/** Records an edit of the detected fields: only values that differ from what was detected are kept. */
export function withFieldEdits(c: ProspectCorrection, detected: Prospect, edits: Partial<Record<CorrectableField, string>>, now: number): ProspectCorrection {
  const fields = { ...c.fields };
  for (const field of CORRECTABLE_FIELDS) {
    const value = edits[field];
    if (value === undefined) continue;
    if (value.trim() === (detected[field] ?? '').trim()) delete fields[field];
    else fields[field] = value.trim();
  }
  return { ...c, fields, updatedAt: now };
}

/** Adds or removes a chip. Undoing one's own earlier change cancels it rather than stacking. */
export function withChip(c: ProspectCorrection, kind: TaxonomyKind, id: string, action: 'add' | 'remove', now: number): ProspectCorrection {
  const added = new Set(c.added[kind] ?? []);
  const removed = new Set(c.removed[kind] ?? []);
  if (action === 'add') {
    if (removed.has(id)) removed.delete(id);
    else added.add(id);
  } else if (added.has(id)) added.delete(id);
  else removed.add(id);
  return { ...c, added: { ...c.added, [kind]: [...added] }, removed: { ...c.removed, [kind]: [...removed] }, updatedAt: now };
}

/** The resolution with the rep's chips: removed entries go, added ones come first, marked as the rep's. */
export function correctResolution(r: Resolution, c: ProspectCorrection | undefined, labels: Record<TaxonomyKind, ReadonlyMap<string, string>>): Resolution {
  if (!c) return r;
  const out: Resolution = { ...r };
  for (const kind of TAXONOMY_KINDS) {
    const removed = new Set(c.removed[kind] ?? []);
    const added = (c.added[kind] ?? [])
      .filter((id) => !removed.has(id) && labels[kind].has(id) && !r[kind].some((x) => x.id === id))
      .map((id) => ({ id, label: labels[kind].get(id)!, evidence: { field: 'rep' as const, quote: '', via: 'taxonomy' as const, confidence: 1 } }));
    out[kind] = [...added, ...r[kind].filter((x) => !removed.has(x.id))];
  }
  return out;
}
