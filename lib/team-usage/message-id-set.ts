// The set of messageIds already counted, compact enough for a year of a large team (10 million ids in
// about 270 MB, where a Set of strings takes well over a gigabyte); the same set keeps the coverage's
// (persona × industry, prospect) keys.
//
// Each id becomes a 128-bit key kept in an open-addressing table of Uint32 words (four a slot, linear
// probing, at most 70% full, doubling when it fills, or sized once with `reserve`):
// - an id in the canonical UUID form Tailor sends (`crypto.randomUUID()`: 36 characters, lowercase hex)
//   is its own 128 bits, packed as they are: two different ids never share a key;
// - any other id (other senders, hand-made files) goes through a 128-bit hash. For n ids a uniform
//   128-bit hash collides with probability about n² / 2^129: 1.5e-25 for 10 million, nothing next to
//   a disk error. The default hash (`hash128`) is MurmurHash3's x86 128-bit construction over the
//   string's UTF-16 code units, in pure JavaScript (so the set runs in the browser too, and costs a
//   fraction of a call into a cryptographic library); Node callers may pass a cryptographic one (the
//   command line uses MD5 for messageIds, whose collisions need inputs crafted for it). A collision
//   would only make one message count as a repeat of another.

/** Writes the 128-bit key of `id` into `out[at..at + 3]` (`at` 0 when not given). */
export type Hash128 = (id: string, out: Uint32Array, at?: number) => void;

/** Each ASCII character's value as a lowercase hex digit, -1 when it is not one. */
const HEX = new Int8Array(128).fill(-1);
for (let c = 0; c < 16; c++) HEX['0123456789abcdef'.charCodeAt(c)] = c;

/** The 16-bit value of the four lowercase hex digits at `i`, or -1. */
function hex4(s: string, i: number): number {
  const a = s.charCodeAt(i), b = s.charCodeAt(i + 1), c = s.charCodeAt(i + 2), d = s.charCodeAt(i + 3);
  if ((a | b | c | d) > 127) return -1;
  const va = HEX[a]!, vb = HEX[b]!, vc = HEX[c]!, vd = HEX[d]!;
  if ((va | vb | vc | vd) < 0) return -1;
  return (va << 12) | (vb << 8) | (vc << 4) | vd;
}

/** Packs a lowercase canonical UUID (8-4-4-4-12 hex digits) into `out`; false when `id` is not one. */
function packUuid(id: string, out: Uint32Array): boolean {
  if (id.length !== 36 || id.charCodeAt(8) !== 45 || id.charCodeAt(13) !== 45 || id.charCodeAt(18) !== 45 || id.charCodeAt(23) !== 45) return false;
  const a = hex4(id, 0), b = hex4(id, 4), c = hex4(id, 9), d = hex4(id, 14);
  const e = hex4(id, 19), f = hex4(id, 24), g = hex4(id, 28), h = hex4(id, 32);
  if ((a | b | c | d | e | f | g | h) < 0) return false;
  out[0] = ((a << 16) | b) >>> 0;
  out[1] = ((c << 16) | d) >>> 0;
  out[2] = ((e << 16) | f) >>> 0;
  out[3] = ((g << 16) | h) >>> 0;
  return true;
}

/** MurmurHash3's 32-bit finaliser: every input bit reaches every output bit. */
export const fmix = (h: number): number => {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
};

/** The code unit `j` of the last partial block (0 past the string's end). */
function unitAt(s: string, blocks: number, rest: number, j: number): number {
  return j < rest ? s.charCodeAt(blocks + j) : 0;
}

const rotl = (x: number, r: number) => (x << r) | (x >>> (32 - r));
const C1 = 0x239b961b;
const C2 = 0xab0e9789;
const C3 = 0x38b34ae5;
const C4 = 0xa1e38b93;

/**
 * A 128-bit hash of a string: MurmurHash3's x86 128-bit construction (four 32-bit lanes, each block
 * word mixed in its lane and the lanes stirred into one another, then a finaliser on every lane), fed
 * the string's UTF-16 code units two to a word (the bytes of its UTF-16LE encoding), with the byte
 * length mixed in at the end. Not cryptographic: collisions can be crafted by someone who wants them,
 * which in a team's own collector data would only make one key count as another.
 */
export const hash128: Hash128 = (s, out, at = 0) => {
  const n = s.length;
  let h1 = 0x9747b28c;
  let h2 = 0x9747b28c;
  let h3 = 0x9747b28c;
  let h4 = 0x9747b28c;
  const blocks = n & ~7;
  let i = 0;
  for (; i < blocks; i += 8) {
    let k1 = s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16);
    let k2 = s.charCodeAt(i + 2) | (s.charCodeAt(i + 3) << 16);
    let k3 = s.charCodeAt(i + 4) | (s.charCodeAt(i + 5) << 16);
    let k4 = s.charCodeAt(i + 6) | (s.charCodeAt(i + 7) << 16);
    k1 = Math.imul(rotl(Math.imul(k1, C1), 15), C2);
    h1 ^= k1;
    h1 = (Math.imul(rotl(h1, 19) + h2, 5) + 0x561ccd1b) | 0;
    k2 = Math.imul(rotl(Math.imul(k2, C2), 16), C3);
    h2 ^= k2;
    h2 = (Math.imul(rotl(h2, 17) + h3, 5) + 0x0bcaa747) | 0;
    k3 = Math.imul(rotl(Math.imul(k3, C3), 17), C4);
    h3 ^= k3;
    h3 = (Math.imul(rotl(h3, 15) + h4, 5) + 0x96cd1c35) | 0;
    k4 = Math.imul(rotl(Math.imul(k4, C4), 18), C1);
    h4 ^= k4;
    h4 = (Math.imul(rotl(h4, 13) + h1, 5) + 0x32ac3b17) | 0;
  }
  // The last 0 to 7 code units, into the words of a last partial block.
  const rest = n - blocks;
  if (rest > 0) {
    // (A plain function: a closure here would be made on every call.)
    let k1 = unitAt(s, blocks, rest, 0) | (unitAt(s, blocks, rest, 1) << 16);
    k1 = Math.imul(rotl(Math.imul(k1, C1), 15), C2);
    h1 ^= k1;
    if (rest > 2) {
      let k2 = unitAt(s, blocks, rest, 2) | (unitAt(s, blocks, rest, 3) << 16);
      k2 = Math.imul(rotl(Math.imul(k2, C2), 16), C3);
      h2 ^= k2;
    }
    if (rest > 4) {
      let k3 = unitAt(s, blocks, rest, 4) | (unitAt(s, blocks, rest, 5) << 16);
      k3 = Math.imul(rotl(Math.imul(k3, C3), 17), C4);
      h3 ^= k3;
    }
    if (rest > 6) {
      let k4 = unitAt(s, blocks, rest, 6);
      k4 = Math.imul(rotl(Math.imul(k4, C4), 18), C1);
      h4 ^= k4;
    }
  }
  const bytes = n * 2;
  h1 ^= bytes;
  h2 ^= bytes;
  h3 ^= bytes;
  h4 ^= bytes;
  h1 = (h1 + h2 + h3 + h4) | 0;
  h2 = (h2 + h1) | 0;
  h3 = (h3 + h1) | 0;
  h4 = (h4 + h1) | 0;
  h1 = fmix(h1);
  h2 = fmix(h2);
  h3 = fmix(h3);
  h4 = fmix(h4);
  h1 = (h1 + h2 + h3 + h4) | 0;
  out[at] = h1 >>> 0;
  out[at + 1] = (h2 + h1) >>> 0;
  out[at + 2] = (h3 + h1) >>> 0;
  out[at + 3] = (h4 + h1) >>> 0;
};

const MAX_LOAD = 0.7;

/** The table's slot count (a power of two) that holds `n` keys at most MAX_LOAD full. */
export function slotsFor(n: number): number {
  let slots = 16;
  while (slots * MAX_LOAD < n) slots *= 2;
  return slots;
}

export class MessageIdSet {
  private table: Uint32Array;
  private mask: number;
  private count = 0;
  /** The all-zero key marks an empty slot, so the key zero is remembered apart. */
  private hasZero = false;
  private readonly key = new Uint32Array(4);

  constructor(
    private readonly hash: Hash128 = hash128,
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

  /** Slots in the table (a power of two). */
  get slots(): number {
    return this.mask + 1;
  }

  /** Writes the 128-bit key `id` is kept as into `out[at..at + 3]`. */
  keyOf(id: string, out: Uint32Array, at: number) {
    const k = this.key;
    if (!packUuid(id, k)) this.hash(id, k);
    out[at] = k[0]!;
    out[at + 1] = k[1]!;
    out[at + 2] = k[2]!;
    out[at + 3] = k[3]!;
  }

  /**
   * Reads the first slot a key would be looked for in, and nothing else: done for several keys one
   * after another, before adding them, the reads from memory overlap instead of waiting one by one.
   */
  touch(k0: number, k1: number, k2: number, k3: number): number {
    return this.table[(fmix(k0 ^ k1 ^ k2 ^ k3) & this.mask) * 4]!;
  }

  /** Adds `id`; true when it was not there before. */
  add(id: string): boolean {
    const k = this.key;
    if (!packUuid(id, k)) this.hash(id, k);
    return this.addKey(k[0]!, k[1]!, k[2]!, k[3]!);
  }

  /** Adds a 128-bit key given as four unsigned 32-bit words; true when it was not there before. */
  addKey(k0: number, k1: number, k2: number, k3: number): boolean {
    if ((k0 | k1 | k2 | k3) === 0) {
      if (this.hasZero) return false;
      this.hasZero = true;
      this.count++;
      return true;
    }
    const t = this.table;
    const mask = this.mask;
    let slot = fmix(k0 ^ k1 ^ k2 ^ k3) & mask;
    for (;;) {
      const o = slot * 4;
      const t0 = t[o]!, t1 = t[o + 1]!, t2 = t[o + 2]!, t3 = t[o + 3]!;
      if ((t0 | t1 | t2 | t3) === 0) break;
      if (t0 === k0 && t1 === k1 && t2 === k2 && t3 === k3) return false;
      slot = (slot + 1) & mask;
    }
    const o = slot * 4;
    t[o] = k0;
    t[o + 1] = k1;
    t[o + 2] = k2;
    t[o + 3] = k3;
    this.count++;
    if (this.count > (mask + 1) * MAX_LOAD) this.resize((mask + 1) * 2);
    return true;
  }

  /** Makes room for `n` keys in all, so the table does not grow (and copy itself) until then. */
  reserve(n: number) {
    const slots = slotsFor(n);
    if (slots > this.mask + 1) this.resize(slots);
  }

  private resize(slots: number) {
    const old = this.table;
    const t = new Uint32Array(slots * 4);
    const mask = slots - 1;
    for (let o = 0; o < old.length; o += 4) {
      const k0 = old[o]!, k1 = old[o + 1]!, k2 = old[o + 2]!, k3 = old[o + 3]!;
      if ((k0 | k1 | k2 | k3) === 0) continue;
      let slot = fmix(k0 ^ k1 ^ k2 ^ k3) & mask;
      while ((t[slot * 4]! | t[slot * 4 + 1]! | t[slot * 4 + 2]! | t[slot * 4 + 3]!) !== 0) slot = (slot + 1) & mask;
      const n = slot * 4;
      t[n] = k0;
      t[n + 1] = k1;
      t[n + 2] = k2;
      t[n + 3] = k3;
    }
    this.table = t;
    this.mask = mask;
  }
}
