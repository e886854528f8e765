// The word tests put before the notes' cleaning passes (docs/matching.md, "Speed of resolve"): a medium's word before
// the medium's labels, a call, meeting, demo, bracket or "saved" before the seller's own conversation, a verb of
// making a record before the record's labels, a ")" before the names the notes give the seller. They must read what
// the passes read without them, in any casing. The vendor and its notes are invented: Quillfern, kiln-booking
// software for pottery studios.
import { describe, expect, it } from 'vitest';
import { disownedSpans, withoutMediumLabels, withoutOwnMeeting, withoutRecordMaking } from './notes';

/** Notes that record which of their properties a pass reads beyond their conversion to text: notes a word test turns
 * away are returned unread (none), where the pass itself would search or replace in them. So the plain notes' tests
 * fail without the word tests, not only when a pass changes what it returns. */
function watched(text: string): { notes: string; used: PropertyKey[] } {
  const used: PropertyKey[] = [];
  const notes = new Proxy(new String(text), {
    get(target, key) {
      if (key !== Symbol.toPrimitive && key !== 'toString' && key !== 'valueOf') used.push(key);
      const value: unknown = Reflect.get(target, key);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { notes: notes as unknown as string, used };
}
const unread = (pass: (notes: string) => unknown, text: string) => {
  const { notes, used } = watched(text);
  const out = pass(notes);
  expect(used).toEqual([]);
  return out;
};

const blanked = (out: string, text: string, words: string) => {
  expect(out).toHaveLength(text.length);
  const at = text.indexOf(words);
  expect(at).toBeGreaterThanOrEqual(0);
  expect(out.slice(at, at + words.length).trim()).toBe('');
};

describe("Quillfern's notes through the cleaning passes' word tests", () => {
  it("blanks a medium's label however it is cased, and leaves notes without a medium's word as they are", () => {
    const text = 'TEXT FROM SDR: the glaze orders pile up before the kiln open day.';
    blanked(withoutMediumLabels(text), text, 'TEXT FROM SDR');
    const plain = 'Firing slots clash; glaze orders pile up before the fair.';
    expect(withoutMediumLabels(plain)).toBe(plain);
    expect(String(unread((n) => withoutMediumLabels(n), plain))).toBe(plain);
  });

  it("blanks the seller's own call, a decision and a stored record in any casing", () => {
    const own = 'On The Call we heard the firing slots clash.';
    blanked(withoutOwnMeeting(own), own, 'Call');
    const decision = "Second kiln: it's ODILE'S CALL, not the studio's.";
    blanked(withoutOwnMeeting(decision), decision, 'CALL');
    const stored = 'Saved contact (Ysolde).\nKiln logs are kept in a ledger.';
    blanked(withoutOwnMeeting(stored), stored, 'Saved');
    const plain = 'Kiln logs are kept in a ledger and the glaze shelf is a mess.';
    expect(withoutOwnMeeting(plain)).toBe(plain);
    expect(String(unread((n) => withoutOwnMeeting(n), plain))).toBe(plain);
  });

  it("blanks a record's label said in capitals, and leaves notes without a record's verb as they are", () => {
    const text = 'BDR TYPED: kiln logs in a ledger, firing slots clash.';
    blanked(withoutRecordMaking(text), text, 'BDR TYPED');
    const plain = 'Rep heard: kiln logs in a ledger, firing slots clash.';
    expect(withoutRecordMaking(plain)).toBe(plain);
    expect(String(unread((n) => withoutRecordMaking(n), plain))).toBe(plain);
  });

  it('reads the names the notes give the seller where a ")" closes them, and none without one', () => {
    const named = 'Ysolde (rep) / Odile\nOdile: the kiln logs are in a ledger.\nYsolde: pricing not raised by them, Ysolde brought it up.';
    expect(disownedSpans(named, true).length).toBeGreaterThan(0);
    const labelled = 'Studio visit (rep = Ysolde)\nOdile: the kiln logs are in a ledger.\nYsolde: pricing not raised by them, Ysolde brought it up.';
    expect(disownedSpans(labelled, true).length).toBeGreaterThan(0);
    const bare = 'Odile: the kiln logs are in a ledger.\nYsolde: pricing not raised by them, Ysolde brought it up.';
    expect(disownedSpans(bare, true)).toEqual([]);
    // Without a ")" the seller's names are not looked for: the word test reads the notes once at most, and nothing
    // replaces, splits or searches them (whichever String method the test uses).
    const { notes, used } = watched(bare);
    expect(disownedSpans(notes, true)).toEqual([]);
    expect(used.length).toBeLessThanOrEqual(1);
    expect(used.filter((k) => ['replace', 'replaceAll', 'split', 'match', 'matchAll', 'search', 'slice', 'toLowerCase', 'normalize'].includes(String(k)))).toEqual([]);
  });
});
