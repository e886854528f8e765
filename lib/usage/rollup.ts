// Daily roll-ups of usage events: every recorded event also bumps its day's counters, in the same
// transaction, so a year of insights reads 365 small rows instead of a million events.
import { TAXONOMY_KINDS, type Counts, type DayRollup, type TaxonomyKind, type UsageEvent, type UsageEventType } from '../model';
import { ownSlot, ownValue } from '../own';

export const SHARE_TYPES: readonly UsageEventType[] = ['copy-link', 'copy-email'];

/** The rep key of events recorded while no rep id was set (in Settings, under You). */
export const NO_REP = 'unknown';

export const emptyRollup = (day: string): DayRollup => ({
  day,
  counts: {},
  assets: {},
  personas: {},
  industries: {},
  painPoints: {},
  stages: {},
  reps: {},
  reasons: {},
});

export function dayOf(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const bump = (c: Counts, type: UsageEventType, by = 1) => {
  c[type] = (c[type] ?? 0) + by;
};
const bucket = (map: Record<string, Counts>, key: string) => ownSlot(map, key, () => ({}));

/** Adds one event to its day's roll-up (mutates and returns it). */
export function addToRollup(rollup: DayRollup, e: UsageEvent): DayRollup {
  bump(rollup.counts, e.type);
  if (e.assetId) bump(bucket(rollup.assets, e.assetId), e.type);
  for (const kind of TAXONOMY_KINDS) for (const id of e.context[kind]) bump(bucket(rollup[kind], id), e.type);
  if (e.context.stage) bump(bucket(rollup.stages, e.context.stage), e.type);
  bump(bucket(rollup.reps, e.rep || NO_REP), e.type);
  if ((e.type === 'not-relevant' || e.type === 'flag') && e.reason?.trim() && e.assetId) {
    const key = `${e.type}:${e.reason.trim().slice(0, 80)}`;
    const forAsset = ownSlot(rollup.reasons, e.assetId, (): Record<string, number> => ({}));
    forAsset[key] = (ownValue(forAsset, key) ?? 0) + 1;
  }
  return rollup;
}

function mergeCounts(into: Counts, from: Counts) {
  for (const [type, n] of Object.entries(from) as [UsageEventType, number][]) bump(into, type, n);
}
function mergeMap(into: Record<string, Counts>, from: Record<string, Counts>) {
  for (const [key, counts] of Object.entries(from)) mergeCounts(bucket(into, key), counts);
}

/** The sum of several days' roll-ups. */
export function mergeRollups(rollups: readonly DayRollup[], label = 'period'): DayRollup {
  const out = emptyRollup(label);
  for (const r of rollups) {
    mergeCounts(out.counts, r.counts);
    mergeMap(out.assets, r.assets);
    for (const kind of TAXONOMY_KINDS) mergeMap(out[kind as TaxonomyKind], r[kind as TaxonomyKind]);
    mergeMap(out.stages, r.stages);
    mergeMap(out.reps, r.reps);
    for (const [assetId, reasons] of Object.entries(r.reasons)) {
      const into = ownSlot(out.reasons, assetId, (): Record<string, number> => ({}));
      for (const [k, n] of Object.entries(reasons)) into[k] = (ownValue(into, k) ?? 0) + n;
    }
  }
  return out;
}

export const shares = (c: Counts | undefined): number => (c ? (c['copy-link'] ?? 0) + (c['copy-email'] ?? 0) : 0);
