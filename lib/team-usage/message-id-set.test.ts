import { describe, expect, it } from 'vitest';
import { MessageIdSet, fmix, hash128, slotsFor } from './message-id-set';

const hex = (s: string) => {
  const out = new Uint32Array(4);
  hash128(s, out);
  return [...out].map((w) => w.toString(16).padStart(8, '0'));
};

const popcount = (x: number) => {
  let n = 0;
  for (let v = x >>> 0; v; v &= v - 1) n++;
  return n;
};

describe('hash128', () => {
  it("is MurmurHash3 x86 128-bit over the string's UTF-16LE bytes (seed 0x9747b28c)", () => {
    // Reference values from the C implementation as Python's mmh3 wraps it:
    // mmh3.hash128(s.encode('utf-16-le'), 0x9747b28c, False, signed=False), split into 32-bit words, lowest first.
    expect(hex('')).toEqual(['f7bed5a1', '5b576a1c', '5b576a1c', '5b576a1c']);
    expect(hex('a')).toEqual(['2511c556', 'a5d9f9a3', 'a5d9f9a3', 'a5d9f9a3']);
    expect(hex('hello')).toEqual(['83aaf3b0', '45af8ae9', 'e0c393d4', '51eec6ba']);
    expect(hex('ajs-next-12345')).toEqual(['f2bbb5ae', '2e7b174d', 'a434006f', '94168c37']);
    expect(hex('pipedrive\u0000806ab223af78dd2ae9aab3643c3a69e563ad235b0124717e645916f0b7537049')).toEqual([
      'c54b5148',
      'fc490bb8',
      'e1b7d35c',
      '9de538cd',
    ]);
    expect(hex('é€😀 x')).toEqual(['6c4e253c', 'ed7feb4a', '2929976b', '0155908a']);
  });

  // Keys as they come: near-identical, sequential, differing in one character or only in length.
  const keys: string[] = [];
  for (let i = 0; i < 40_000; i++) keys.push(`salesforce\u0000prospect-${i}`, `ajs-next-${i}`, `${i}`.padStart(12, '0'), `x`.repeat(1 + (i % 300)) + (i >> 8));

  it('gives no 128-bit collision, and each 32-bit word collides about as often as chance says', () => {
    const out = new Uint32Array(4);
    const full = new Set<string>();
    const words = [new Set<number>(), new Set<number>(), new Set<number>(), new Set<number>()];
    const distinct = new Set(keys);
    for (const k of distinct) {
      hash128(k, out);
      full.add(`${out[0]},${out[1]},${out[2]},${out[3]}`);
      out.forEach((w, j) => words[j]!.add(w));
    }
    expect(full.size).toBe(distinct.size);
    // n keys in 2^32 values: about n² / 2^33 collisions (n = 160,000: 3); a weak word would show hundreds.
    const expected = distinct.size ** 2 / 2 ** 33;
    for (const w of words) {
      const collisions = distinct.size - w.size;
      expect(collisions).toBeLessThan(expected * 3 + 10);
    }
  });

  it('spreads keys evenly over the slots of the table (chi-square over 4,096 buckets)', () => {
    const out = new Uint32Array(4);
    const buckets = 4096;
    const counts = new Float64Array(buckets);
    for (const k of keys) {
      hash128(k, out);
      counts[fmix(out[0]! ^ out[1]! ^ out[2]! ^ out[3]!) & (buckets - 1)]!++;
    }
    const mean = keys.length / buckets;
    const chi = counts.reduce((s, c) => s + (c - mean) ** 2 / mean, 0);
    // 4,095 degrees of freedom (160,000 keys, 39 a bucket): mean 4,095, standard deviation 90.5; five of them either side.
    expect(chi).toBeGreaterThan(4095 - 5 * 90.5);
    expect(chi).toBeLessThan(4095 + 5 * 90.5);
  });

  it('changes about half the 128 bits when one character changes (avalanche)', () => {
    const a = new Uint32Array(4);
    const b = new Uint32Array(4);
    let total = 0;
    let least = 128;
    let trials = 0;
    for (let i = 0; i < 2_000; i++) {
      const s = keys[i * 7]!;
      const at = i % s.length;
      const changed = s.slice(0, at) + String.fromCharCode(s.charCodeAt(at) ^ (1 << (i % 7))) + s.slice(at + 1);
      hash128(s, a);
      hash128(changed, b);
      let bits = 0;
      for (let j = 0; j < 4; j++) bits += popcount(a[j]! ^ b[j]!);
      total += bits;
      least = Math.min(least, bits);
      trials++;
    }
    expect(total / trials).toBeGreaterThan(62);
    expect(total / trials).toBeLessThan(66);
    expect(least).toBeGreaterThan(35);
  });
});

describe('MessageIdSet', () => {
  it('keeps keys given as words, zero included, across growth', () => {
    const set = new MessageIdSet(undefined, 16);
    for (let i = 0; i < 10_000; i++) expect(set.addKey(i, 0, 0, i & 1)).toBe(true);
    for (let i = 0; i < 10_000; i++) expect(set.addKey(i, 0, 0, i & 1)).toBe(false);
    expect(set.size).toBe(10_000);
    expect(set.slots).toBe(slotsFor(10_000));
  });

  it('is sized once by reserve, and keeps what it held', () => {
    const set = new MessageIdSet(undefined, 16);
    const ids = Array.from({ length: 1_000 }, () => crypto.randomUUID());
    for (const id of ids) set.add(id);
    set.reserve(1_000_000);
    expect(set.slots).toBe(2 ** 21); // 1,000,000 / 0.7 = 1,428,572 slots at least
    expect(set.bytes).toBe(2 ** 21 * 16);
    expect(ids.every((id) => !set.add(id))).toBe(true);
    const more = Array.from({ length: 50_000 }, (_, i) => `other-${i}`);
    expect(more.every((id) => set.add(id))).toBe(true);
    expect(set.slots).toBe(2 ** 21);
    // Reserving less than it has never shrinks it.
    set.reserve(10);
    expect(set.slots).toBe(2 ** 21);
    expect(set.size).toBe(51_000);
  });

  it('takes 16 slots at least, doubling until n keys leave it at most 70% full', () => {
    expect(slotsFor(0)).toBe(16);
    expect(slotsFor(11)).toBe(16);
    expect(slotsFor(12)).toBe(32);
    expect(slotsFor(10_000_000)).toBe(2 ** 24);
  });
});
