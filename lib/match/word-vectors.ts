// Word vectors (distributional: words used alike have vectors that point alike) for pains said in the prospect's own
// words: a clause that complains, where no taxonomy phrase, knowledge topic or library word read a pain, is compared
// with each pain entry's label and aliases (and the titles of the content tagged with it) by cosine similarity.
// Off unless `compileTaxonomy` is given a table (`wordVectors`): measured on the evaluation sets (docs/matching.md,
// "Word vectors for pains said in other words").
import { isStopword, stem, words } from './text';

export interface WordVectors {
  /** The vector of a lower-case word, of unit length, or none. */
  vector(word: string): Float32Array | undefined;
  /** How much a word says: its inverse frequency (rarer words more). */
  weight(word: string): number;
}

/** How the notes are compared with the pain entries. */
export interface VectorReading {
  vectors: WordVectors;
  /** The notes' part compared: a clause (split at commas, colons, dashes, "but") or the whole sentence. */
  unit: 'clause' | 'sentence';
  /** The titles of the assets tagged with a pain also describe it. */
  titles: boolean;
  /** 'mean': the cosine of the two weighted mean vectors; 'max': each note word's best cosine with a pain's words,
   * weighted. */
  method: 'mean' | 'max';
  /** The best entry's similarity must reach this, and lead the second by `margin`. */
  threshold: number;
  margin: number;
  /** The library's words (those of the content tagged with each pain) must lean to the same entry. */
  agree?: boolean;
  /** Neighbours: a word of the notes the library's content does not use speaks for pains through the library's words
   * whose vectors are this near it (cosine), at `share` of their weight: distributional related words. */
  neighbours?: { min: number; share: number; most: number };
}

const stemTables = new WeakMap<WordVectors, Map<string, Float32Array>>();
/** The vector of a word stem: that of the most frequent word with that stem. */
export function stemVector(s: string, v: WordVectors & { words?: readonly string[] }): Float32Array | undefined {
  let table = stemTables.get(v);
  if (!table) {
    table = new Map();
    for (const w of v.words ?? []) {
      const k = stem(w);
      if (!table.has(k)) table.set(k, v.vector(w)!);
    }
    stemTables.set(v, table);
  }
  return table.get(s);
}

/** The stems of a vocabulary nearest a stem by their vectors (at least `min`, at most `most`), with their cosine. */
export function nearestStems(s: string, vocabulary: readonly { stem: string; vector: Float32Array }[], v: WordVectors, min: number, most: number): { stem: string; similarity: number }[] {
  const x = stemVector(s, v);
  if (!x) return [];
  const out: { stem: string; similarity: number }[] = [];
  for (const y of vocabulary) {
    const sim = dot(x, y.vector);
    if (sim >= min && y.stem !== s) out.push({ stem: y.stem, similarity: sim });
  }
  return out.sort((a, b) => b.similarity - a.similarity).slice(0, most);
}

/** A text's content words that have vectors, each with its weight. */
export interface WeightedWords {
  vectors: Float32Array[];
  weights: number[];
  mean: Float32Array | undefined;
}

export function weightedWords(list: readonly string[], v: WordVectors): WeightedWords {
  const vectors: Float32Array[] = [];
  const weights: number[] = [];
  const seen = new Set<string>();
  for (const w of list) {
    if (w.length <= 2 || isStopword(w) || seen.has(w)) continue;
    seen.add(w);
    const x = v.vector(w);
    if (!x) continue;
    vectors.push(x);
    weights.push(v.weight(w));
  }
  if (vectors.length === 0) return { vectors, weights, mean: undefined };
  const mean = new Float32Array(vectors[0]!.length);
  vectors.forEach((x, k) => x.forEach((value, d) => (mean[d]! += value * weights[k]!)));
  return { vectors, weights, mean: unit(mean) };
}

export const textWords = (text: string, v: WordVectors): WeightedWords => weightedWords(words(text), v);

function unit(x: Float32Array): Float32Array {
  let n = 0;
  for (const value of x) n += value * value;
  n = Math.sqrt(n);
  if (n > 0) for (let d = 0; d < x.length; d++) x[d]! /= n;
  return x;
}

const dot = (a: Float32Array, b: Float32Array): number => {
  let s = 0;
  for (let d = 0; d < a.length; d++) s += a[d]! * b[d]!;
  return s;
};

/** How alike the notes' words are to a pain's words, by the reading's method. */
export function similarity(notes: WeightedWords, pain: WeightedWords, method: VectorReading['method']): number {
  if (!notes.mean || !pain.mean) return 0;
  if (method === 'mean') return dot(notes.mean, pain.mean);
  let sum = 0;
  let total = 0;
  notes.vectors.forEach((x, k) => {
    let best = -1;
    for (const y of pain.vectors) best = Math.max(best, dot(x, y));
    sum += best * notes.weights[k]!;
    total += notes.weights[k]!;
  });
  return total > 0 ? sum / total : 0;
}

/** The pain a part of the notes is clearly nearest, by the reading's threshold and margin, or none. */
export function nearestPain(notes: WeightedWords, pains: readonly WeightedWords[], r: Pick<VectorReading, 'method' | 'threshold' | 'margin'>): { index: number; similarity: number } | undefined {
  let best = { index: -1, similarity: -1 };
  let second = -1;
  pains.forEach((p, index) => {
    const s = similarity(notes, p, r.method);
    if (s > best.similarity) {
      second = best.similarity;
      best = { index, similarity: s };
    } else if (s > second) second = s;
  });
  return best.index >= 0 && best.similarity >= r.threshold && best.similarity - second >= r.margin ? best : undefined;
}

/** A table of word vectors from rows of words and their vectors, in the order of the words' frequency: a word's
 * weight is the log of its rank (Zipf: a word's frequency falls as its rank grows). */
export function vectorTable(rows: Iterable<readonly [string, Float32Array]>): WordVectors & { words: readonly string[] } {
  const table = new Map<string, { vector: Float32Array; weight: number }>();
  let rank = 0;
  for (const [word, vector] of rows) table.set(word, { vector: unit(Float32Array.from(vector)), weight: Math.log(1 + ++rank / 50) });
  return { words: [...table.keys()], vector: (w) => table.get(w)?.vector, weight: (w) => table.get(w)?.weight ?? 0 };
}
