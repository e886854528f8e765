// Deterministic large libraries for benchmarks: realistic titles, URLs and tags over a pack's taxonomy.
import type { Asset, PackAsset, Taxonomy } from '../lib/model';
import { ASSET_TYPES, STAGES } from '../lib/model';

/** A small seeded PRNG (mulberry32) so every run generates the same library. */
export function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['workflow', 'approvals', 'invoices', 'onboarding', 'security', 'compliance', 'automation', 'analytics', 'migration', 'support', 'backlog', 'forecasting', 'procurement', 'audit', 'integration', 'dashboard', 'playbook', 'benchmark', 'checklist', 'roadmap'];
const OPENERS = ['How', 'Why', 'The guide to', 'Five ways to fix', 'What we learned about', 'A field guide to', 'Inside', 'The state of'];
const SYLLABLES = ['bra', 'lin', 'tor', 'vex', 'mar', 'quo', 'sel', 'dun', 'ka', 'ril', 'zen', 'pol', 'gar', 'thi', 'mo', 'ves', 'cal', 'dra', 'nu', 'fen'];
const KINDS = ['Health', 'Bank', 'Logistics', 'Foods', 'Energy', 'Labs', 'University', 'Motors', 'Retail', 'Systems'];

/** A made-up customer name, as case studies and titles carry them: "Torvexa Health". */
function customerName(r: () => number): string {
  const n = 2 + Math.floor(r() * 2);
  let name = '';
  for (let i = 0; i < n; i++) name += SYLLABLES[Math.floor(r() * SYLLABLES.length)];
  return `${name[0]!.toUpperCase()}${name.slice(1)} ${KINDS[Math.floor(r() * KINDS.length)]}`;
}

export function generateAssets(n: number, taxonomy: Taxonomy, seed = 42): PackAsset[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const some = <T>(xs: readonly T[], max: number) => [...new Set(Array.from({ length: Math.floor(r() * (max + 1)) }, () => pick(xs)))];
  return Array.from({ length: n }, (_, i) => {
    const w1 = pick(WORDS);
    const w2 = pick(WORDS);
    const a: PackAsset = {
      id: `gen-${i}`,
      title: `${pick(OPENERS)} ${customerName(r)} fixed ${w1} and ${w2}`,
      url: `https://content.example/${w1}/${w2}-${i}`,
      type: pick(ASSET_TYPES),
      description: `A practical look at ${w1} for teams struggling with ${w2}; numbers, steps and a customer example.`,
      personas: some(taxonomy.personas.map((e) => e.id), 2),
      industries: some(taxonomy.industries.map((e) => e.id), 2),
      painPoints: some(taxonomy.painPoints.map((e) => e.id), 3),
      tags: some(WORDS, 3),
    };
    if (r() < 0.8) a.stage = pick(STAGES);
    if (r() < 0.7) a.publishedAt = `202${3 + Math.floor(r() * 4)}-0${1 + Math.floor(r() * 9)}-1${Math.floor(r() * 9)}`;
    if (r() < 0.15) a.expiresAt = `202${6 + Math.floor(r() * 2)}-1${Math.floor(r() * 3)}-2${Math.floor(r() * 8)}`;
    return a;
  });
}

export function toStored(assets: PackAsset[]): Asset[] {
  return assets.map((a) => ({ ...a, origin: 'pack', addedAt: 1, updatedAt: 1 }));
}
