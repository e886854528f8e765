// The set of messageIds already counted, compact enough for a year of a large team (10 million ids in
// about 270 MB, where a Set of strings takes well over a gigabyte).
//
// Each id becomes a 128-bit key kept in an open-addressing table of Uint32 words (four a slot, linear
// probing, at most 70% full, doubling when it fills):
// - an id in the canonical UUID form Tailor sends (`crypto.randomUUID()`: 36 characters, lowercase hex)
//   is its own 128 bits, packed as they are: two different ids never share a key;
// - any other id (other senders, hand-made files) goes through a 128-bit hash. For n ids a uniform
//   128-bit hash collides with probability about n² / 2^129: 1.5e-25 for 10 million, nothing next to
//   a disk error. The default hash is a small multiply-rotate mix of four 32-bit lanes (pure
//   JavaScript, so the set runs in the browser too); Node callers may pass a cryptographic one (the
//   command line uses MD5, whose collisions need inputs crafted for it). A collision would only make
//   one message count as a repeat of another.

/** Writes the 128-bit key of `id` into `out[0..3]`. */
export type Hash128 = (id: string, out: Uint32Array) => void;

const hexValue = (c: number): number => (c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : -1);

/** Packs a lowercase canonical UUID into `out`; false when `id` is not one. */
function packUuid(id: string, out: Uint32Array): boolean {
  if (id.length !== 36) return false;
  let word = 0;
  let nibbles = 0;
  let w = 0;
  for (let i = 0; i < 36; i++) {
    const c = id.charCodeAt(i);
    if (i === 8 || i === 13 || i === 18 || i === 23) {
      if (c !== 45) return false;
      continue;
    }
    const v = hexValue(c);
    if (v < 0) return false;
    word = (word << 4) | v;
    if (++nibbles === 8) {
      out[w++] = word >>> 0;
      word = 0;
      nibbles = 0;
    }
  }
  return true;
}

const fmix = (h: number): number => {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
};

/** Four 32-bit lanes, each with its own seed, multiplier and rotation, mixed together at the end. */
export const mixHash128: Hash128 = (id, out) => {
  let a = 0x9e3779b9 ^ id.length;
  let b = 0x7f4a7c15;
  let c = 0x94d049bb;
  let d = 0x2545f491;
  for (let i = 0; i < id.length; i++) {
    const x = id.charCodeAt(i);
    a = Math.imul(a ^ x, 0x01000193);
    a = (a << 13) | (a >>> 19);
    b = Math.imul(b ^ x, 0x5bd1e995);
    b = (b << 17) | (b >>> 15);
    c = Math.imul(c ^ x, 0xcc9e2d51);
    c = (c << 11) | (c >>> 21);
    d = Math.imul(d ^ x, 0x1b873593);
    d = (d << 19) | (d >>> 13);
  }
  a = (a + b) | 0;
  a = (a + c) | 0;
  a = (a + d) | 0;
  b = (b + a) | 0;
  c = (c + a) | 0;
  d = (d + a) | 0;
  a = fmix(a);
  b = fmix(b);
  c = fmix(c);
  d = fmix(d);
  a = (a + b) | 0;
  a = (a + c) | 0;
  a = (a + d) | 0;
  out[0] = a >>> 0;
  out[1] = (b + a) >>> 0;
  out[2] = (c + a) >>> 0;
  out[3] = (d + a) >>> 0;
};

const MAX_LOAD = 0.7;

export class MessageIdSet {
  private table: Uint32Array;
  private mask: number;
  private count = 0;
  /** The all-zero key marks an empty slot, so the id whose key is zero is remembered apart. */
  private hasZero = false;
  private readonly key = new Uint32Array(4);

  constructor(
    private readonly hash: Hash128 = mixHash128,
    initialSlots = 1 << 16,
  ) {
    let slots = 16;
    while (slots < initialSlots) slots *= 2;
    this.table = new Uint32Array(slots * 4);
    this.mask = slots - 1;
  }

  get size(): number {
    return this.count;
  }

  /** Bytes the table holds (for the benchmark's figures). */
  get bytes(): number {
    return this.table.byteLength;
  }

  /** Adds `id`; true when it was not there before. */
  add(id: string): boolean {
    const k = this.key;
    if (!packUuid(id, k)) this.hash(id, k);
    const k0 = k[0]!, k1 = k[1]!, k2 = k[2]!, k3 = k[3]!;
    if ((k0 | k1 | k2 | k3) === 0) {
      if (this.hasZero) return false;
      this.hasZero = true;
      this.count++;
      return true;
    }
    const t = this.table;
    let slot = fmix(k0 ^ k1 ^ k2 ^ k3) & this.mask;
    for (;;) {
      const o = slot * 4;
      const t0 = t[o]!, t1 = t[o + 1]!, t2 = t[o + 2]!, t3 = t[o + 3]!;
      if ((t0 | t1 | t2 | t3) === 0) break;
      if (t0 === k0 && t1 === k1 && t2 === k2 && t3 === k3) return false;
      slot = (slot + 1) & this.mask;
    }
    const o = slot * 4;
    t[o] = k0;
    t[o + 1] = k1;
    t[o + 2] = k2;
    t[o + 3] = k3;
    this.count++;
    if (this.count > (this.mask + 1) * MAX_LOAD) this.grow();
    return true;
  }

  private grow() {
    const old = this.table;
    const slots = (this.mask + 1) * 2;
    const t = new Uint32Array(slots * 4);
    const mask = slots - 1;
    for (let o = 0; o < old.length; o += 4) {
      const k0 = old[o]!, k1 = old[o + 1]!, k2 = old[o + 2]!, k3 = old[o + 3]!;
      if ((k0 | k1 | k2 | k3) === 0) continue;
      let slot = fmix(k0 ^ k1 ^ k2 ^ k3) & mask;
      while ((t[slot * 4]! | t[slot * 4 + 1]! | t[slot * 4 + 2]! | t[slot * 4 + 3]!) !== 0) slot = (slot + 1) & mask;
      t.set(old.subarray(o, o + 4), slot * 4);
    }
    this.table = t;
    this.mask = mask;
  }
}
