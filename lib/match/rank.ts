// The library ranked for a resolved prospect: fit by persona, industry and pain points first, then
// funnel stage and freshness; never anything expired or archived; a mix of types when scores are
// close; a rep's "not relevant" pushes an asset down for prospects like the one it was dismissed for.
//
// Fast at 50,000 assets: each library is prepared once (tags as bit sets, dates as day numbers) and
// kept for as long as the same assets array is used; scoring is then integer work per asset, and
// reasons are written only for the assets that make the list.
import { OWN_STORY_REASON, STAGES, STAGE_LABELS, TAXONOMY_KINDS, type PackAsset, type ResolvedContext, type Stage, type TaxonomyKind } from '../model';
import { contextOf, describeResolved, isEmptyResolution, SAID_TWICE, type Resolution } from './resolve';
import type { RelatedWords } from './related-words';
import { companyKey, namesCompany } from './own-company';
import { isStopword, stem, words } from './text';

export interface NotRelevantFeedback {
  assetId: string;
  /** How the prospect was read when the rep dismissed the asset. */
  context: ResolvedContext;
}

export interface RankOptions {
  /** YYYY-MM-DD: assets expired before this day are never suggested. */
  today: string;
  limit?: number;
  feedback?: readonly NotRelevantFeedback[];
  /** Words related to the prospect's (synonyms, broader words) also find content, at a share. Off unless
   * given: measured on the evaluation sets, it did not help (docs/matching.md). */
  relatedWords?: RelatedWords;
  /** The prospect's company: a suggestion whose title names it says so first ("Their own story"). */
  company?: string;
}

export interface Suggestion<T extends PackAsset> {
  asset: T;
  /** 0 to 1: how much of what is known about the prospect the asset fits. */
  score: number;
  reasons: string[];
}

export interface Ranking<T extends PackAsset> {
  suggestions: Suggestion<T>[];
  /** Nothing was known about the prospect: these are broadly useful picks. */
  general: boolean;
}

/** `text`: how much the prospect's own words, found in an asset's title, description and tags, add beside
 * the taxonomy match (at most; the asset that shares the most of them gets it all). */
export const WEIGHTS = { stage: 0.3, fresh: 0.1, diversity: 0.15, feedback: 2, text: 0.3 } as const;
/** The deal's stage, freshness and the prospect's own words together count at most this much beside the fit: as much
 * as the stage and freshness can give (0.3 + 0.1), so each of them still counts in full and the words add in full only
 * under it (over it at `OVER_CAP_SHARE`). They order assets that fit the reading about as well and never lift one over
 * an asset that fits it half a step better (a persona or an industry tagged against one that fits any; 0.425 or more
 * with a weak reading's hedge, see `OVER_CAP_SHARE`). Uncapped (up to 0.7), the three together put an
 * any-persona asset at the deal's stage that uses the prospect's words above the one tagged for their persona: all 26
 * cases under 1 of the 104 evaluation sets ranked with their own expected reading. Measured there (docs/matching.md,
 * thirty-ninth round): development mean nDCG@5 0.93820 uncapped; 0.49 0.93826; 0.45 0.93822; 0.4 0.93831;
 * 0.35 0.93842 with a set under its floor; 0.3 0.93837. */
export const EXTRAS_CAP = 0.4;
/** What the three give over `EXTRAS_CAP` still counts this share: the stage and freshness alone reach the cap (0.3 + 0.1),
 * so without it the prospect's words counted nothing on a fresh asset at the deal's stage, and a new generic piece
 * tied with (and, newer, came before) one a week older whose title echoes the notes, both scored 1. At a twentieth the
 * extras reach at most 0.415 (`EXTRAS_MOST`), under the smallest step of fit they must not cross: with a weak reading
 * the hedge (`HEDGE`) leaves an asset tagged for the persona 0.5 - 0.1 x (1 - its fit if nothing were read) over one
 * that fits any, at least 0.425 (tagged for one of a library's many personas), and the same between the any-persona
 * asset and one tagged for another. At a tenth (0.43) an any-persona asset at the deal's stage, new and echoing the
 * notes passed the one tagged for a weakly read persona in a library of 12 or more personas. The echoing asset still
 * comes first and its lead still shows at thousandths (1 against 4.4 / 4.415 = 0.997 at the fullest
 * fit). Measured on the 104 evaluation sets (docs/matching.md, thirty-ninth round, review mends): development mean
 * nDCG@5 0.939596 at none; 0.03 and 0.05 0.939622; 0.1 0.939609; 0.25 0.939560; 0.33 0.939552; and after a second
 * review, from 0.940358 at a tenth: 0.03, 0.05 and 0.0667 0.940370, a tenth with the sum held at 0.42 0.940358. */
export const OVER_CAP_SHARE = 0.05;
/** The most the deal's stage, freshness and the prospect's words count beside an asset's fit (0.415). */
export const EXTRAS_MOST = EXTRAS_CAP + OVER_CAP_SHARE * (WEIGHTS.stage + WEIGHTS.fresh + WEIGHTS.text - EXTRAS_CAP);
/** The deal's stage, freshness and the prospect's words of one asset as they count beside its fit. */
const cappedExtras = (extras: number) => Math.min(extras, EXTRAS_CAP) + OVER_CAP_SHARE * Math.max(0, extras - EXTRAS_CAP);
/** A pain point read in the taxonomy's own words (its label or an alias, confidence 0.9 or more) counts 1 for
 * an asset tagged with it; one read through general knowledge of problems or the library's words counts
 * this much: about how often such a reading is right (measured on the 28 evaluation sets in December 2026:
 * 0.64-0.65, against 0.92-0.93 for the taxonomy's own words). */
export const INFERRED_PAIN = 0.65;
const STATED = 0.9;
/** A pain read by inference that the notes give twice (confidence `SAID_TWICE`: in two clauses of sentences that say
 * something hurts, or both as a trouble known to be a problem and in the library's words of that pain, or in the notes
 * and the title) counts this much: its share right on the 144 evaluation sets (0.83; 0.88 alone, 0.78 among several),
 * as `INFERRED_PAIN` is an inferred pain's. Measured there (docs/matching.md, forty-ninth round, "An inferred pain said
 * twice, kept"): development mean 0.938294 at 0.65 (as any inferred pain), 0.938602 at 0.8, 0.938764 at 0.85, 0.938794
 * at 0.9. */
export const TWICE_PAIN = 0.85;
/** A persona or industry read only from weak evidence (confidence under WEAK_READING: one word of a title, a
 * company name's guess, a value read through general knowledge at 0.6-0.65) may be wrong: its fit counts
 * 1 - HEDGE, and HEDGE goes to the asset's fit as if nothing were read (the asset tagged for more of the
 * library's entries, or for any, loses less if the reading is wrong). Measured on the 84 evaluation sets
 * in December 2026 (docs/matching.md, thirty-second round). */
export const WEAK_READING = 0.7;
export const HEDGE = 0.1;
/** A persona read at `WEAK_READING` or more hedges by this share of its doubt (1 - its best confidence), at most 0.09,
 * under `HEDGE` (what a weak reading hedges, so `EXTRAS_MOST` stays under the smallest lead a hedge leaves): a persona
 * read at 0.95 (right about four times in five on the evaluation sets) leans that much toward the assets that fit
 * whoever the prospect turns out to be. Industries keep the weak reading's hedge only: hedged the same, an industry read
 * at 0.8 (right nine times in ten) gave more in all but cost sets where it was right. Measured on the 120 evaluation
 * sets (docs/matching.md, forty-third round, "The ranking where the reading is partly wrong"). */
export const DOUBT_HEDGE = 0.3;
/** With more than one pain read, each counts this share: of two or more pains read, fewer are right (about 0.80 of
 * those read from the taxonomy's own words, 0.52-0.58 of the inferred ones, against 0.92 and 0.74-0.79 when one is
 * read alone), so two of them lean less against the persona's and the industry's fit. */
export const SEVERAL_PAINS = 0.9;
/** A word of the seller's turns in a transcript (`Resolution.repTerms`: the rep's questions and summaries, never where
 * the prospect denied the topic) counts this share of the prospect's own word, inside the text's weight and so under
 * `EXTRAS_CAP`: it orders assets that fit the reading alike and never lifts one over a better fit. The rep names the
 * prospect's topic in the vendor's words ("so the carrier invoices?"), and a rep's own note under "Rep:" reports the
 * prospect ("Rep: saw her post ..."). Measured on the 108 evaluation sets (docs/matching.md, fortieth round):
 * development mean nDCG@5 0.939225 without; 0.15 and 0.25 0.939456 (4 sets up, none down); 0.5 0.939437 (3 down); 1
 * 0.939435 (5 down); 0.5 with the rep's words alone held to their share of the text's weight 0.939348. */
export const REP_SHARE = 0.25;
/** With two or more personas read (a two-role title: "Owner & GM", "CFO & COO"), an asset tagged for all of them counts
 * this much over one tagged for one (shared out by how many of them it is tagged for, and by the share of its own
 * persona tags that are read ones, so a piece tagged for every role earns little): the piece written for the
 * person who holds both roles comes before one for either role alone that fits the rest as well, and a
 * second persona read wrongly still costs the assets of the first less. Under the smallest step of fit a hedge leaves
 * (0.425, `OVER_CAP_SHARE`), it orders assets of about the same fit. Measured on the 132 evaluation sets
 * (docs/matching.md, forty-sixth round, "Two personas in the ranking"): development mean nDCG@5 0.942564 without;
 * 0.05 0.942652; 0.075 0.942703; 0.1 0.942741; 0.125 0.942732; 0.2 0.942645. */
export const SEVERAL_PERSONAS = 0.1;
/** With `relatedWords`, a word related to one of the prospect's counts this share of the word itself. */
const RELATED_SHARE = { synonym: 0.5, broader: 0.25 } as const;
/** A word on more than this share of the library says nothing about any one asset. Under it, idf already weighs a
 * word by how rare it is: a trade's word on one asset in six ("windshield", "tow") still finds the content that
 * talks about it (a tenth: development mean nDCG@5 0.93588; a fifth 0.93629; a half 0.93641; no cut 0.93634, with
 * one set down 0.007; docs/matching.md, thirty-seventh round). */
const COMMON_WORD_SHARE = 0.2;
const NO_DAY = -1;
const FAR_FUTURE = 1 << 30;

/** How alike two prospects were read: shared taxonomy ids over all ids (1 when both are blank). */
export function contextSimilarity(a: ResolvedContext, b: ResolvedContext): number {
  let shared = 0;
  let total = 0;
  for (const kind of TAXONOMY_KINDS) {
    const x = new Set(a[kind]);
    const y = new Set(b[kind]);
    for (const id of x) if (y.has(id)) shared++;
    total += new Set([...x, ...y]).size;
  }
  return total === 0 ? 1 : shared / total;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** Days since 1970 of a YYYY-MM-DD date, read by hand: Date.parse is slow over 50,000 assets. A date that is not a
 * real one ("2026-13-01", "2026-02-30") is unread, as no date: one bad asset must not stop a ranking. */
const dayNumber = (iso: string | undefined): number => {
  if (!iso || iso.length !== 10) return NO_DAY;
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d) || m < 1 || m > 12 || d < 1) return NO_DAY;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  if (d > (m === 2 && leap ? 29 : MONTH_DAYS[m - 1]!)) return NO_DAY;
  return Math.floor(Date.UTC(y, m - 1, d) / 86_400_000);
};

interface KindBits {
  /** Bit position of each taxonomy id seen on an asset. */
  bit: Map<string, number>;
  words: number;
  bits: Uint32Array;
  /** The asset names none: it fits any. */
  any: Uint8Array;
  /** Its fit when the prospect has none of this kind: the mean of 0.5 and the share of the library's
   * entries the asset is tagged for (one of six 0.33, all of them 0.75); per library, not per suggestion. */
  unknownFit: Float32Array;
  /** Each asset's tag set of the kind as a number (assets tagged alike share one) and `sample[code]`, the position of
   * one asset of it: what a tag set adds to a score is worked out once per ranking for each tag set, not per asset
   * (a library of 10,000 assets over a taxonomy of ten entries a kind has a few dozen to a few hundred of them). */
  code: Int32Array;
  sample: Int32Array;
  /** The positions of each tag set's assets, in order. */
  members: Int32Array[];
}

/** A library prepared for ranking. Every array is laid out in tie-break order (newest first, then by
 * title), so one ranking reads them front to back; `order[p]` is the asset at position p. */
interface RankIndex {
  kinds: Record<TaxonomyKind, KindBits>;
  stage: Int8Array;
  published: Int32Array;
  expires: Int32Array;
  archived: Uint8Array;
  typeOf: string[];
  order: Int32Array;
  /** Position of each asset id, for feedback. */
  positionOf: Map<string, number>;
  /** Word stem -> positions of the assets whose title, description or tags use it. */
  postings: Map<string, number[]>;
  /** Each asset's stage and freshness extras for one day and deal stage (`${today} ${stageIndex}`), worked out on
   * first use: they depend on the library, the day and the stage only, not on the rest of the prospect. */
  baseExtras: Map<string, Float64Array>;
  /** Every position, in order: the one group a ranking reads when it cannot read the assets by persona tag set. */
  everyPosition: Int32Array[];
}

const indexes = new WeakMap<readonly PackAsset[], RankIndex>();

function prepare(assets: readonly (PackAsset & { archived?: boolean })[]): RankIndex {
  const cached = indexes.get(assets);
  if (cached) return cached;
  const n = assets.length;
  // Ties are broken by newest first, then title: one order fixed per library.
  const publishedText = new Array<string>(n);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    publishedText[i] = assets[i]!.publishedAt ?? '';
    order[i] = i;
  }
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  order.sort((x, y) => cmp(publishedText[y]!, publishedText[x]!) || cmp(assets[x]!.title, assets[y]!.title));

  const kinds = {} as Record<TaxonomyKind, KindBits>;
  for (const kind of TAXONOMY_KINDS) {
    const bit = new Map<string, number>();
    for (const a of assets) for (const id of a[kind]) if (!bit.has(id)) bit.set(id, bit.size);
    const words = Math.max(1, Math.ceil(bit.size / 32));
    const bits = new Uint32Array(n * words);
    const any = new Uint8Array(n);
    for (let p = 0; p < n; p++) {
      const ids = assets[order[p]!]![kind];
      if (ids.length === 0) any[p] = 1;
      for (const id of ids) {
        const b = bit.get(id)!;
        bits[p * words + (b >> 5)]! |= 1 << (b & 31);
      }
    }
    // Nothing read of this kind: the asset tagged for more of the library's entries is the likelier fit
    // (one tagged for every industry fits whichever it is).
    const unknownFit = new Float32Array(n);
    for (let p = 0; p < n; p++) {
      let tagged = 0;
      for (let w = 0; w < words; w++) tagged += popcount(bits[p * words + w]!);
      unknownFit[p] = any[p] ? 0.5 : (0.5 + tagged / Math.max(1, bit.size)) / 2;
    }
    const code = new Int32Array(n);
    const codeOf = new Map<number | string, number>();
    const sample: number[] = [];
    for (let p = 0; p < n; p++) {
      const key = words === 1 ? bits[p]! : bits.subarray(p * words, (p + 1) * words).join(' ');
      let c = codeOf.get(key);
      if (c === undefined) {
        c = sample.length;
        codeOf.set(key, c);
        sample.push(p);
      }
      code[p] = c;
    }
    const counts = new Int32Array(sample.length);
    for (let p = 0; p < n; p++) counts[code[p]!]!++;
    const members = Array.from(counts, (count) => new Int32Array(count));
    counts.fill(0);
    for (let p = 0; p < n; p++) members[code[p]!]![counts[code[p]!]!++] = p;
    kinds[kind] = { bit, words, bits, any, unknownFit, code, sample: new Int32Array(sample), members };
  }
  // Plain loops: TypedArray.from over an array goes through its iterator, several times slower here.
  const stage = new Int8Array(n);
  const published = new Int32Array(n);
  const expires = new Int32Array(n);
  const archived = new Uint8Array(n);
  const typeOf = new Array<string>(n);
  const positionOf = new Map<string, number>();
  for (let p = 0; p < n; p++) {
    const a = assets[order[p]!]!;
    stage[p] = a.stage ? STAGES.indexOf(a.stage) : -1;
    published[p] = dayNumber(a.publishedAt);
    expires[p] = a.expiresAt ? dayNumber(a.expiresAt) : FAR_FUTURE;
    archived[p] = a.archived ? 1 : 0;
    typeOf[p] = a.type;
    positionOf.set(a.id, p);
  }
  const postings = new Map<string, number[]>();
  for (let p = 0; p < n; p++) {
    const a = assets[order[p]!]!;
    for (const w of textStems(`${a.title} ${a.description ?? ''} ${(a.tags ?? []).join(' ')}`)) {
      const list = postings.get(w);
      if (list) list.push(p);
      else postings.set(w, [p]);
    }
  }
  const index: RankIndex = { kinds, stage, published, expires, archived, typeOf, order, positionOf, postings, baseExtras: new Map(), everyPosition: [Int32Array.from(order.keys())] };
  indexes.set(assets, index);
  return index;
}

const n0 = (index: RankIndex) => index.order.length;

/** The stage and freshness extras of every asset at position p, as the ranking adds them (stage first, then
 * freshness, onto 0); kept per day and stage, a few at most. */
function baseExtrasOf(index: RankIndex, today: number, stageIndex: number): Float64Array {
  const key = `${today} ${stageIndex}`;
  const cached = index.baseExtras.get(key);
  if (cached) return cached;
  const { stage, published } = index;
  const n = index.order.length;
  const out = new Float64Array(n);
  for (let p = 0; p < n; p++) {
    let extras = 0;
    if (stageIndex >= 0 && stage[p]! >= 0) {
      const d = Math.abs(stage[p]! - stageIndex);
      extras += d === 0 ? WEIGHTS.stage : d === 1 ? WEIGHTS.stage / 3 : 0;
    }
    const day = published[p]!;
    if (day !== NO_DAY && today - day >= 0 && today - day < 365) extras += WEIGHTS.fresh * (1 - (today - day) / 365);
    out[p] = extras;
  }
  if (index.baseExtras.size >= 16) index.baseExtras.clear();
  index.baseExtras.set(key, out);
  return out;
}

/** Stems of an asset's content words, once each. */
function textStems(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of words(text)) if (w.length > 2 && !isStopword(w) && !/\d/.test(w)) out.add(stem(w));
  return out;
}

function mask(k: KindBits, ids: readonly string[]): Uint32Array | undefined {
  const m = new Uint32Array(k.words);
  let any = false;
  for (const id of ids) {
    const b = k.bit.get(id);
    if (b === undefined) continue;
    m[b >> 5]! |= 1 << (b & 31);
    any = true;
  }
  return any ? m : undefined;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

let monthYearFormat: Intl.DateTimeFormat | undefined;
/** Each publication date's "Nov 2026", formatted once: Intl's format costs more than the rest of an asset's reasons. */
const monthYearOf = new Map<string, string>();
/** "Nov 2026"; one formatter for every call (toLocaleDateString builds a new one each time). */
const monthYear = (iso: string) => {
  let said = monthYearOf.get(iso);
  if (said === undefined) {
    said = (monthYearFormat ??= new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' })).format(new Date(`${iso}T00:00:00Z`));
    if (monthYearOf.size >= 4096) monthYearOf.clear();
    monthYearOf.set(iso, said);
  }
  return said;
};

export function rankAssets<T extends PackAsset & { archived?: boolean }>(
  assets: readonly T[],
  resolution: Resolution,
  options: RankOptions,
): Ranking<T> {
  const limit = options.limit ?? 5;
  const index = prepare(assets);
  const context = contextOf(resolution);
  const general = isEmptyResolution(resolution);
  const today = dayNumber(options.today);
  const stageIndex = resolution.stage ? STAGES.indexOf(resolution.stage.stage) : -1;
  const several = resolution.painPoints.length > 1 ? SEVERAL_PAINS : 1;
  const statedWeight = several;
  const inferredWeight = several * INFERRED_PAIN;
  const twiceWeight = several * TWICE_PAIN;
  const said = (x: Resolution['painPoints'][number]) => (x.evidence.confidence >= STATED ? 2 : x.evidence.confidence >= SAID_TWICE ? 1 : 0);
  const painWeight = (x: Resolution['painPoints'][number]) => [inferredWeight, twiceWeight, statedWeight][said(x)]!;
  const painCap = Math.min(resolution.painPoints.reduce((sum, x) => sum + painWeight(x), 0), 2);
  let extrasBest = (stageIndex >= 0 ? WEIGHTS.stage : 0) + WEIGHTS.fresh;

  const pMask = mask(index.kinds.personas, context.personas);
  const iMask = mask(index.kinds.industries, context.industries);
  const statedMask = mask(index.kinds.painPoints, resolution.painPoints.filter((x) => said(x) === 2).map((x) => x.id));
  const twiceMask = mask(index.kinds.painPoints, resolution.painPoints.filter((x) => said(x) === 1).map((x) => x.id));
  const inferredMask = mask(index.kinds.painPoints, resolution.painPoints.filter((x) => said(x) === 0).map((x) => x.id));
  const hedge = (rs: readonly Resolution['personas'][number][], doubt: number) => {
    if (rs.length === 0) return 0;
    const top = Math.max(...rs.map((x) => x.evidence.confidence));
    return top < WEAK_READING ? HEDGE : doubt * (1 - top);
  };
  const pHedge = hedge(resolution.personas, DOUBT_HEDGE);
  const iHedge = hedge(resolution.industries, 0);
  const knowsPersona = context.personas.length > 0;
  // Each persona read, where two or more are: an asset tagged for more of them fits the reading better.
  const eachPersona = context.personas.length > 1 ? context.personas.map((id) => mask(index.kinds.personas, [id])).filter((m): m is Uint32Array => m !== undefined) : [];
  const knowsIndustry = context.industries.length > 0;

  const hasAny = (k: KindBits, m: Uint32Array, p: number): boolean => {
    const words = k.words;
    // A taxonomy of 32 entries or fewer of the kind (the usual one): one word per asset, no loop.
    if (words === 1) return (k.bits[p]! & m[0]!) !== 0;
    for (let w = 0; w < words; w++) if ((k.bits[p * words + w]! & m[w]!) !== 0) return true;
    return false;
  };
  /** 1 when the asset at position p has one of the prospect's ids, 0.5 when it fits any, else 0; when the
   * prospect has none of this kind, by the share of the entries the asset is tagged for. */
  const fit = (k: KindBits, m: Uint32Array | undefined, knows: boolean, p: number): number => {
    if (!knows) return k.unknownFit[p]!;
    if (k.any[p]) return 0.5;
    return m && hasAny(k, m, p) ? 1 : 0;
  };

  // The prospect's own words in each asset's text, rarer words counting more (idf), scaled so the asset
  // sharing the most gets WEIGHTS.text: a pain the taxonomy did not resolve still finds the content
  // that talks about it. The rep's words in a transcript count at REP_SHARE.
  const text = new Float32Array((resolution.terms?.length || resolution.repTerms?.length) && WEIGHTS.text > 0 ? n0(index) : 0);
  // The asset sharing the most: each asset's share is scaled by it where the ranking reads it (as a Float32Array
  // entry, as it was stored), not in a pass of its own.
  let textTop = 0;
  if (text.length) {
    let top = 0;
    const n = text.length;
    const own = new Set(resolution.terms);
    const weighted = new Map<string, number>();
    for (const term of own) weighted.set(term, 1);
    for (const term of resolution.repTerms ?? []) if (!weighted.has(term)) weighted.set(term, REP_SHARE);
    if (options.relatedWords)
      for (const term of own) {
        const r = options.relatedWords(term);
        for (const [list, w] of [[r.synonyms, RELATED_SHARE.synonym], [r.broader, RELATED_SHARE.broader]] as const)
          for (const x of list) if (w > (weighted.get(x) ?? 0)) weighted.set(x, w);
      }
    for (const [term, w] of weighted) {
      const list = index.postings.get(term);
      if (!list || list.length > COMMON_WORD_SHARE * n + 1) continue;
      const idf = w * Math.log(1 + n / list.length);
      for (const p of list) {
        text[p]! += idf;
        if (text[p]! > top) top = text[p]!;
      }
    }
    if (top > 0) {
      textTop = top;
      extrasBest += WEIGHTS.text;
    }
  }

  // The bonus for several personas joins the best score only as far as some asset earns it: with no asset tagged for
  // two of the roles read, the scores stay on the scale of a one-role reading.
  let best = 2 + painCap + cappedExtras(extrasBest);
  let severalBest = 0;

  const penalty = new Float32Array(options.feedback?.length ? assets.length : 0);
  for (const f of options.feedback ?? []) {
    const p = index.positionOf.get(f.assetId);
    if (p !== undefined) penalty[p]! += WEIGHTS.feedback * contextSimilarity(context, f.context);
  }

  // Keep the best few (enough to mix types among them), in one pass over the library.
  const keep = Math.max(limit * 6, 30);
  const pool: { p: number; raw: number; fit: number }[] = [];
  const { personas, industries, painPoints: painKind } = index.kinds;
  const { archived, expires } = index;
  const n = index.order.length;
  const readsPains = statedMask !== undefined || twiceMask !== undefined || inferredMask !== undefined;
  const baseExtras = baseExtrasOf(index, today, stageIndex);
  // The lowest score kept, once the pool is full.
  let floor = -Infinity;
  // What each tag set adds, worked out on one asset of it as the loop below adds it (persona, industry, the bonus for
  // several personas, pains, the hedges): every asset of the set adds the same. The loop then reads a few small tables
  // instead of testing each asset's tags, whose outcome changes from one asset to the next.
  const severalRead = eachPersona.length > 1;
  const pFitOf = new Float64Array(personas.sample.length);
  const bonusOf = new Float64Array(severalRead ? personas.sample.length : 0);
  const pHedgedOf = new Float64Array(personas.sample.length);
  for (let c = 0; c < personas.sample.length; c++) {
    const p = personas.sample[c]!;
    const pFit = fit(personas, pMask, knowsPersona, p);
    pFitOf[c] = pFit;
    if (severalRead && pFit === 1) {
      let tagged = 0;
      for (const m of eachPersona) if (hasAny(personas, m, p)) tagged++;
      // By the share of the asset's own roles that are read: a piece tagged for every role of the library is written
      // for no one of them in particular, not for the person who holds the roles read.
      let own = 0;
      for (let w = 0; w < personas.words; w++) own += popcount(personas.bits[p * personas.words + w]!);
      bonusOf[c] = tagged > 1 ? (SEVERAL_PERSONAS * (tagged - 1) * tagged) / ((eachPersona.length - 1) * Math.max(own, tagged)) : 0;
    }
    pHedgedOf[c] = pHedge ? pHedge * (personas.unknownFit[p]! - pFit) : 0;
  }
  const iFitOf = new Float64Array(industries.sample.length);
  const iHedgedOf = new Float64Array(industries.sample.length);
  for (let c = 0; c < industries.sample.length; c++) {
    const p = industries.sample[c]!;
    const iFit = fit(industries, iMask, knowsIndustry, p);
    iFitOf[c] = iFit;
    if (iHedge) iHedgedOf[c] = iHedge * (industries.unknownFit[p]! - iFit);
  }
  const painOf = new Float64Array(readsPains ? painKind.sample.length : 0);
  for (let c = 0; c < painOf.length; c++) {
    const p = painKind.sample[c]!;
    let shared = 0;
    for (let w = 0; w < painKind.words; w++) {
      const bits = painKind.bits[p * painKind.words + w]!;
      if (statedMask) shared += statedWeight * popcount(bits & statedMask[w]!);
      if (twiceMask) shared += twiceWeight * popcount(bits & twiceMask[w]!);
      if (inferredMask) shared += inferredWeight * popcount(bits & inferredMask[w]!);
    }
    painOf[c] = Math.min(shared, 2);
  }
  // The most the stage, freshness and the prospect's words can add to any asset (a millionth over, for the rounding of the
  // words' share): once the pool is full, an asset whose fit with it is under the lowest score kept cannot enter.
  const extrasMost = cappedExtras(extrasBest + 1e-6);
  const { code: pCode } = personas;
  const { code: iCode } = industries;
  const painCode = painKind.code;
  // The assets are read persona tag set by tag set, the set that may score most first, and a set whose most is under
  // the lowest score kept is not read at all, nor the sets after it: for each set, the most its persona's parts
  // (fit, hedge) add beside the most any industry's parts and any pains add, summed in the loop's order. With two or
  // more personas read, the bonus for several goes to the best score from every asset: then every asset is read, in
  // order. The pool keeps the best by score, then by position, whichever order they are read in.
  let groups: Int32Array[] = index.everyPosition;
  let groupMost: Float64Array | undefined;
  if (!severalRead) {
    let iMost = -Infinity;
    let iHedgedMost = -Infinity;
    for (let c = 0; c < iFitOf.length; c++) {
      if (iFitOf[c]! > iMost) iMost = iFitOf[c]!;
      if (iHedgedOf[c]! > iHedgedMost) iHedgedMost = iHedgedOf[c]!;
    }
    let painMost = 0;
    for (let c = 0; c < painOf.length; c++) if (painOf[c]! > painMost) painMost = painOf[c]!;
    const most = new Float64Array(pFitOf.length);
    for (let c = 0; c < most.length; c++) {
      let raw = pFitOf[c]! + iMost;
      if (readsPains) raw += painMost;
      if (pHedge) raw += pHedgedOf[c]!;
      if (iHedge) raw += iHedgedMost;
      most[c] = raw;
    }
    const byMost = Array.from(most.keys()).sort((a, b) => most[b]! - most[a]!);
    groups = byMost.map((c) => personas.members[c]!);
    groupMost = Float64Array.from(byMost, (c) => most[c]!);
  }
  for (let g = 0; g < groups.length; g++) {
    if (groupMost && groupMost[g]! + extrasMost < floor) break;
    const members = groups[g]!;
    for (let k = 0; k < members.length; k++) {
      const p = members[k]!;
      if (archived[p] || expires[p]! < today) continue;
      const pc = pCode[p]!;
      const ic = iCode[p]!;
      let raw = pFitOf[pc]! + iFitOf[ic]!;
      if (severalRead) {
        const bonus = bonusOf[pc]!;
        raw += bonus;
        if (bonus > severalBest) severalBest = bonus;
      }
      if (readsPains) raw += painOf[painCode[p]!]!;
      const pHedged = pHedgedOf[pc]!;
      if (pHedge) raw += pHedged;
      if (iHedge) raw += iHedgedOf[ic]!;
      if (raw + extrasMost < floor) continue;
      // The fit the type mix compares leaves out the hedge of a persona read short of certain (under 0.09): two assets
      // that fit the reading alike differ by it only in how many other roles they are tagged for, and that must not
      // keep a case study out of the mix. A weak reading's hedge (HEDGE) stays in: it is the fit of a reading that is
      // as likely wrong.
      const fitted = pHedge && pHedge < HEDGE ? raw - pHedged : raw;
      let extras = baseExtras[p]!;
      if (textTop > 0) {
        const t = text[p]!;
        if (t !== 0) extras += Math.fround((WEIGHTS.text * t) / textTop);
      }
      raw += cappedExtras(extras);
      if (penalty.length) raw -= penalty[p]!;
      if (pool.length < keep) {
        pool.push({ p, raw, fit: fitted });
        if (pool.length === keep) {
          pool.sort((a, b) => b.raw - a.raw || a.p - b.p);
          floor = pool[keep - 1]!.raw;
        }
      } else if (raw > floor || (raw === floor && p < pool[keep - 1]!.p)) {
        let at = keep - 1;
        while (at > 0 && (pool[at - 1]!.raw < raw || (pool[at - 1]!.raw === raw && pool[at - 1]!.p > p))) at--;
        pool.splice(at, 0, { p, raw, fit: fitted });
        pool.pop();
        floor = pool[keep - 1]!.raw;
      }
    }
  }
  if (pool.length < keep) pool.sort((a, b) => b.raw - a.raw || a.p - b.p);
  best += severalBest;

  // A mix of types near the top: among close scores, a type already picked counts a little against.
  // The mix never costs fit: an asset of another type is picked first only when it fits the prospect's
  // persona, industry and pains as well as the best one left ("a case study for the pain" is not pushed out
  // by "a video that fits any").
  const picked: { p: number; raw: number }[] = [];
  const typeCount = new Map<string, number>();
  while (picked.length < limit && pool.length > 0) {
    let top = 0;
    for (let k = 1; k < pool.length; k++) if (pool[k]!.raw > pool[top]!.raw) top = k;
    let at = top;
    let value = -Infinity;
    for (let k = 0; k < pool.length; k++) {
      if (pool[k]!.fit < pool[top]!.fit - 1e-6) continue;
      const v = pool[k]!.raw - WEIGHTS.diversity * (typeCount.get(index.typeOf[pool[k]!.p]!) ?? 0);
      if (v > value) {
        value = v;
        at = k;
      }
    }
    const [chosen] = pool.splice(at, 1);
    picked.push(chosen!);
    const type = index.typeOf[chosen!.p]!;
    typeCount.set(type, (typeCount.get(type) ?? 0) + 1);
  }

  const ownKey = companyKey(options.company);
  return {
    general,
    suggestions: picked.map(({ p, raw }) => {
      const asset = assets[index.order[p]!]!;
      const reasons = reasonsFor(asset, resolution, general, today);
      // A story about the prospect's own company: said first, so the rep does not send them their own case
      // study unawares (it is still the closest fit, and an existing customer's results are worth recalling).
      if (ownKey && namesCompany(asset.title, ownKey)) reasons.unshift(`${OWN_STORY_REASON}: the title names ${options.company!.trim()}`);
      return { asset, score: Math.max(0, Math.min(1, Math.round((raw / best) * 1000) / 1000)), reasons };
    }),
  };
}

function reasonsFor(asset: PackAsset, resolution: Resolution, general: boolean, today: number): string[] {
  const reasons: string[] = [];
  if (general) reasons.push('Nothing is known about this prospect yet: broadly useful content');
  for (const kind of ['personas', 'industries'] as const) {
    const hit = resolution[kind].find((r) => asset[kind].includes(r.id));
    if (hit) reasons.push(describeResolved(kind, hit));
  }
  for (const p of resolution.painPoints.filter((r) => asset.painPoints.includes(r.id))) reasons.push(describeResolved('painPoints', p));
  if (resolution.stage && asset.stage === resolution.stage.stage)
    reasons.push(`Stage: ${STAGE_LABELS[asset.stage as Stage]} (deal at "${resolution.stage.from}")`);
  const published = dayNumber(asset.publishedAt);
  if (asset.publishedAt && published !== NO_DAY && today - published >= 0 && today - published < 90) reasons.push(`New: published ${monthYear(asset.publishedAt)}`);
  if (!general && (asset.personas.length === 0 && asset.industries.length === 0 ? true : reasons.length === 0)) reasons.push('Fits any persona and industry');
  return reasons;
}
