// Library search that forgives typos and stays fast at 50,000 assets.
//
//   const index = buildSearchIndex(assets, taxonomy);          // once per library change
//   searchAssets(index, 'mercy regonal approvals', { facets: { types: ['case-study'] }, limit: 10 })
//
// An inverted index of word stems (title, tags, taxonomy labels and aliases, type, description, each
// weighted) finds candidates; query words that are not in the vocabulary are matched to words that are,
// by shared trigrams then edit distance, and the last word also by prefix (search as you type). Fuse.js
// then scores only the best candidates on the raw text, which sorts near-ties the way a person reads
// them. One Fuse index over every asset would cost hundreds of milliseconds a query at 10,000 assets.
import Fuse from 'fuse.js';
import { ASSET_TYPE_LABELS, TAXONOMY_KINDS, isExpired, type AssetType, type PackAsset, type Stage, type Taxonomy } from '../model';
import { isStopword, stem, words } from '../match/text';

export interface SearchFacets {
  types?: readonly AssetType[];
  personas?: readonly string[];
  industries?: readonly string[];
  painPoints?: readonly string[];
  stages?: readonly Stage[];
}

export interface SearchOptions {
  facets?: SearchFacets;
  limit?: number;
  /** Leave out assets expired before this day (YYYY-MM-DD) and archived ones: what reps may share. */
  shareableOn?: string;
}

export interface SearchResult<T> {
  asset: T;
  /** 0 to 1. */
  score: number;
}

export interface SearchIndex<T extends PackAsset> {
  assets: readonly T[];
  /** Stems, the terms postings are kept for. */
  vocabulary: string[];
  termIds: Map<string, number>;
  /** Words as written, each with its stem's term id: typos and prefixes are matched against these. */
  forms: { word: string; term: number }[];
  /** Forms sorted, for prefix lookups. */
  sorted: { word: string; term: number }[];
  /** Per term: document ids and weights, in parallel arrays. */
  postings: { docs: Int32Array; weights: Float32Array }[];
  /** Trigram -> indexes into `forms`. */
  trigrams: Map<string, number[]>;
  idf: Float32Array;
  /** Raw searchable text per asset, for Fuse on the candidates. */
  texts: { title: string; tags: string; description: string }[];
  /** Asset positions, newest first (then by title): the order of a search with no words. */
  newestFirst: Int32Array;
  /** Query words already expanded, by word and whether it was the last: typing "onbording ch" letter
   * by letter expands "onbording" once. */
  expanded: Map<string, Map<number, number>>;
  scratch?: { scores: Float32Array; matched: Uint8Array; best: Float32Array };
}

const FIELD_WEIGHTS = { title: 3, tags: 2, taxonomy: 1.5, type: 1.5, aliases: 0.5, description: 1 } as const;

function trigramsOf(term: string): string[] {
  const padded = `^${term}$`;
  const out: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) out.push(padded.slice(i, i + 3));
  return out;
}

/** Damerau-Levenshtein distance, giving up (returning max + 1) beyond `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const prev2 = new Array<number>(b.length + 1).fill(0);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(b.length + 1);
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    for (let j = 0; j <= b.length; j++) prev2[j] = prev[j]!;
    prev = cur;
  }
  return prev[b.length]!;
}

/** A word and the word with each letter left out in turn: two words one edit apart (one letter typed for another, one
 * more or less, two neighbours swapped) share one of these (a pack's look-alike names, the matcher's misspelt titles). */
export function oneDeletionKeys(word: string): string[] {
  const out = [word];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

const wordsOf = (text: string) => words(text).filter((w) => !isStopword(w) || /\d/.test(w));

export function buildSearchIndex<T extends PackAsset>(assets: readonly T[], taxonomy: Taxonomy): SearchIndex<T> {
  const termIds = new Map<string, number>();
  const vocabulary: string[] = [];
  const formTerms = new Map<string, number>();
  /** Stop words, remembered as such so each word of the library is looked up once. */
  const STOP = -1;
  /** The term id of a word as written, registering the word and its stem the first time. */
  const termOf = (word: string): number => {
    let id = formTerms.get(word);
    if (id !== undefined) return id;
    if (isStopword(word) && !/\d/.test(word)) {
      formTerms.set(word, STOP);
      return STOP;
    }
    const t = stem(word);
    id = termIds.get(t);
    if (id === undefined) {
      id = vocabulary.length;
      termIds.set(t, id);
      vocabulary.push(t);
    }
    formTerms.set(word, id);
    return id;
  };
  // Each taxonomy entry's terms, worked out once rather than for every asset tagged with it.
  const entryTerms = TAXONOMY_KINDS.map(
    (kind) =>
      new Map(
        taxonomy[kind].map((e): [string, [number, number][]] => [
          e.id,
          [
            ...wordsOf(e.label).map((w): [number, number] => [termOf(w), FIELD_WEIGHTS.taxonomy]),
            ...wordsOf(e.aliases.join(' ')).map((w): [number, number] => [termOf(w), FIELD_WEIGHTS.aliases]),
          ],
        ]),
      ),
  );
  const typeTerms = new Map<string, number[]>();
  const texts: SearchIndex<T>['texts'] = [];
  // One asset's weight per term, in a scratch array reused for every asset.
  let acc = new Float64Array(1024);
  const touched: number[] = [];
  const add = (id: number, w: number) => {
    if (id >= acc.length) {
      const grown = new Float64Array(Math.max(acc.length * 2, id + 1));
      grown.set(acc);
      acc = grown;
    }
    if (acc[id] === 0) touched.push(id);
    acc[id]! += w;
  };
  const addText = (text: string, w: number) => {
    for (const word of words(text)) {
      const id = termOf(word);
      if (id !== STOP) add(id, w);
    }
  };

  // Every (term, asset, weight) in three growing arrays, then grouped by term: no array per term.
  let postTerm = new Int32Array(assets.length * 24 + 16);
  let postDoc = new Int32Array(postTerm.length);
  let postWeight = new Float32Array(postTerm.length);
  let count = 0;

  assets.forEach((a, doc) => {
    const tags = a.tags.join(' ');
    addText(a.title, FIELD_WEIGHTS.title);
    if (tags) addText(tags, FIELD_WEIGHTS.tags);
    let type = typeTerms.get(a.type);
    if (!type) typeTerms.set(a.type, (type = wordsOf(ASSET_TYPE_LABELS[a.type]).map(termOf)));
    for (const id of type) add(id, FIELD_WEIGHTS.type);
    if (a.description) addText(a.description, FIELD_WEIGHTS.description);
    TAXONOMY_KINDS.forEach((kind, k) => {
      for (const id of a[kind]) for (const [term, w] of entryTerms[k]!.get(id) ?? []) add(term, w);
    });
    if (count + touched.length > postTerm.length) {
      const size = Math.max(postTerm.length * 2, count + touched.length);
      const grow = <A extends Int32Array | Float32Array>(a: A, make: (n: number) => A): A => {
        const b = make(size);
        b.set(a);
        return b;
      };
      postTerm = grow(postTerm, (k) => new Int32Array(k));
      postDoc = grow(postDoc, (k) => new Int32Array(k));
      postWeight = grow(postWeight, (k) => new Float32Array(k));
    }
    for (const id of touched) {
      postTerm[count] = id;
      postDoc[count] = doc;
      // Repeats count, but less and less: a title word matters more than ten description mentions.
      postWeight[count++] = Math.log1p(acc[id]!);
      acc[id] = 0;
    }
    touched.length = 0;
    texts.push({ title: a.title, tags, description: a.description ?? '' });
  });

  const forms: { word: string; term: number }[] = [];
  for (const [word, term] of formTerms) if (term !== STOP) forms.push({ word, term });
  const trigrams = new Map<string, number[]>();
  forms.forEach((form, i) => {
    if (form.word.length < 3) return;
    for (const g of new Set(trigramsOf(form.word))) {
      const list = trigrams.get(g);
      if (list) list.push(i);
      else trigrams.set(g, [i]);
    }
  });
  const terms = vocabulary.length;
  const starts = new Int32Array(terms + 1);
  for (let k = 0; k < count; k++) starts[postTerm[k]! + 1]!++;
  for (let t = 0; t < terms; t++) starts[t + 1]! += starts[t]!;
  const docs = new Int32Array(count);
  const weights = new Float32Array(count);
  const fill = starts.slice(0, terms);
  for (let k = 0; k < count; k++) {
    const at = fill[postTerm[k]!]!++;
    docs[at] = postDoc[k]!;
    weights[at] = postWeight[k]!;
  }
  const postings = Array.from({ length: terms }, (_, t) => ({ docs: docs.subarray(starts[t]!, starts[t + 1]!), weights: weights.subarray(starts[t]!, starts[t + 1]!) }));
  const n = Math.max(assets.length, 1);
  const idf = Float32Array.from(postings, (l) => Math.log(1 + n / Math.max(1, l.docs.length)));
  const published = assets.map((a) => a.publishedAt ?? '');
  return {
    assets,
    vocabulary,
    termIds,
    forms,
    sorted: [...forms].sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : 0)),
    postings,
    expanded: new Map(),
    trigrams,
    idf,
    texts,
    newestFirst: Int32Array.from(assets.keys()).sort((x, y) => {
      const byDate = published[y]! < published[x]! ? -1 : published[y]! > published[x]! ? 1 : 0;
      return byDate || (assets[x]!.title < assets[y]!.title ? -1 : assets[x]!.title > assets[y]!.title ? 1 : 0);
    }),
  };
}

const EXPANDED_KEPT = 500;

/** Vocabulary terms a query word stands for, each with how sure the match is (remembered). */
function expand<T extends PackAsset>(index: SearchIndex<T>, word: string, isLast: boolean): Map<number, number> {
  const key = `${isLast ? '>' : '='}${word}`;
  let out = index.expanded.get(key);
  if (out) return out;
  out = expandWord(index, word, isLast);
  if (index.expanded.size >= EXPANDED_KEPT) index.expanded.clear();
  index.expanded.set(key, out);
  return out;
}

function expandWord<T extends PackAsset>(index: SearchIndex<T>, word: string, isLast: boolean): Map<number, number> {
  const out = new Map<number, number>();
  const exact = index.termIds.get(stem(word));
  if (exact !== undefined) out.set(exact, 1);
  if (isLast && word.length >= 2) {
    // Search as you type: "onbo" finds "onboarding".
    let lo = 0;
    let hi = index.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (index.sorted[mid]!.word < word) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo, taken = 0; i < index.sorted.length && taken < 40 && index.sorted[i]!.word.startsWith(word); i++, taken++)
      if (!out.has(index.sorted[i]!.term)) out.set(index.sorted[i]!.term, 0.8);
  }
  if (exact === undefined && word.length >= 4) {
    const maxEdits = word.length >= 8 ? 2 : 1;
    const counts = new Map<number, number>();
    for (const g of new Set(trigramsOf(word))) for (const i of index.trigrams.get(g) ?? []) counts.set(i, (counts.get(i) ?? 0) + 1);
    for (const [i, shared] of counts) {
      // A short word's typo may share one trigram only ("zekna", "zenka": "^ze"); a long one's, two.
      if (shared < (word.length <= 6 ? 1 : 2)) continue;
      const form = index.forms[i]!;
      const d = editDistance(word, form.word, maxEdits);
      if (d <= maxEdits) {
        const sure = d === 1 ? 0.75 : 0.55;
        if (sure > (out.get(form.term) ?? 0)) out.set(form.term, sure);
      }
    }
  }
  return out;
}

function passesFacets(a: PackAsset & { archived?: boolean }, facets: SearchFacets | undefined, shareableOn: string | undefined): boolean {
  if (shareableOn && (a.archived || isExpired(a, shareableOn))) return false;
  if (!facets) return true;
  if (facets.types?.length && !facets.types.includes(a.type)) return false;
  if (facets.stages?.length && (!a.stage || !facets.stages.includes(a.stage))) return false;
  for (const kind of TAXONOMY_KINDS) {
    const wanted = facets[kind];
    if (wanted?.length && !a[kind].some((id) => wanted.includes(id))) return false;
  }
  return true;
}

const RERANK = 30;

export function searchAssets<T extends PackAsset & { archived?: boolean }>(
  index: SearchIndex<T>,
  query: string,
  options: SearchOptions = {},
): SearchResult<T>[] {
  const limit = options.limit ?? 10;
  const queryWords = words(query.slice(0, 200)).filter((w) => !isStopword(w) || /\d/.test(w)).slice(0, 12);

  if (queryWords.length === 0) {
    // No words: the filtered library, newest first.
    const out: SearchResult<T>[] = [];
    for (let i = 0; i < index.newestFirst.length && out.length < limit; i++) {
      const a = index.assets[index.newestFirst[i]!]!;
      if (passesFacets(a, options.facets, options.shareableOn)) out.push({ asset: a, score: 0 });
    }
    return out;
  }

  // Scratch arrays kept with the index: a keystroke allocates nothing the size of the library.
  const n = index.assets.length;
  if (!index.scratch || index.scratch.scores.length !== n)
    index.scratch = { scores: new Float32Array(n), matched: new Uint8Array(n), best: new Float32Array(n) };
  const { scores, matched, best } = index.scratch;
  const touched: number[] = [];
  const wordDocs: number[] = [];
  queryWords.forEach((word, q) => {
    const terms = expand(index, word, q === queryWords.length - 1);
    // Each word counts once per asset, by its best-matching term.
    for (const [termId, sure] of terms) {
      const { docs, weights } = index.postings[termId]!;
      const idf = index.idf[termId]!;
      for (let i = 0; i < docs.length; i++) {
        const value = weights[i]! * idf * sure;
        const doc = docs[i]!;
        if (best[doc] === 0) wordDocs.push(doc);
        if (value > best[doc]!) best[doc] = value;
      }
    }
    for (const doc of wordDocs) {
      if (matched[doc] === 0) touched.push(doc);
      scores[doc]! += best[doc]!;
      matched[doc]! += 1;
      best[doc] = 0;
    }
    wordDocs.length = 0;
  });

  // The best few, kept in order as they come: no sort of every asset that shares a word.
  const total = queryWords.length;
  const keep = Math.max(RERANK, limit);
  const top: { doc: number; score: number }[] = [];
  for (const doc of touched) {
    const coverage = matched[doc]! / total;
    const score = scores[doc]! * coverage * coverage;
    scores[doc] = 0;
    matched[doc] = 0;
    if (top.length === keep && score <= top[keep - 1]!.score) continue;
    if (!passesFacets(index.assets[doc]!, options.facets, options.shareableOn)) continue;
    let at = top.length;
    while (at > 0 && top[at - 1]!.score < score) at--;
    top.splice(at, 0, { doc, score });
    if (top.length > keep) top.pop();
  }
  if (top.length === 0) return [];

  // Fuse on the best few only: character-level similarity to the raw query, to settle close calls at
  // the top. Further results (a long list asked for) keep the index's order after them.
  const head = top.slice(0, RERANK);
  const fuse = new Fuse(
    head.map((c) => index.texts[c.doc]!),
    { keys: [{ name: 'title', weight: 3 }, { name: 'tags', weight: 1 }], includeScore: true, ignoreLocation: true, threshold: 0.6, ignoreFieldNorm: true },
  );
  const fuzzy = new Map<number, number>();
  for (const r of fuse.search(query.slice(0, 64))) fuzzy.set(r.refIndex, 1 - (r.score ?? 1));
  const max = top[0]!.score || 1;
  const reranked = head
    .map((c, i) => ({ asset: index.assets[c.doc]!, score: 0.8 * (c.score / max) + 0.2 * (fuzzy.get(i) ?? 0) }))
    .sort((a, b) => b.score - a.score);
  const rest = top.slice(RERANK).map((c) => ({ asset: index.assets[c.doc]!, score: 0.8 * (c.score / max) }));
  return [...reranked, ...rest]
    .slice(0, limit)
    .map((r) => ({ asset: r.asset, score: Math.round(r.score * 1000) / 1000 }));
}
