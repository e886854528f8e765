// Is a name a marketer typed probably an existing taxonomy entry misspelt? One edit (a typo, a swapped
// pair of letters) or a word's ending (a plural) away from its label or id. An import that adds entries
// warns on these rather than merging them: "Ticket backlogs" may be a typo, "IT" and "HR" are not.
import { stemmer } from 'stemmer';
import type { TaxonomyEntry } from '../model';
import { editDistance, oneDeletionKeys } from '../search/index';
import { nameKey } from './clean';
import { LIMITS } from './rules';

/** Shorter names than this differ by one letter on purpose ("CX" and "CS"). */
const MIN_CHARS_FOR_ONE_EDIT = 5;

const stemKey = (name: string): string =>
  nameKey(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => stemmer(w))
    .join(' ');

interface Keys {
  key: string;
  stems: string;
}
const keysOf = (name: string): Keys => ({ key: nameKey(name), stems: stemKey(name) });

function alike(a: Keys, b: Keys): boolean {
  if (a.key === b.key) return false;
  if (a.stems !== '' && a.stems === b.stems) return true;
  return Math.min(a.key.length, b.key.length) >= MIN_CHARS_FOR_ONE_EDIT && editDistance(a.key, b.key, 1) <= 1;
}

export const looksAlike = (a: string, b: string): boolean => alike(keysOf(a), keysOf(b));

/** The key with each character left out in turn: two keys one edit apart (a swap too) share one of these.
 * Short keys have none: one edit between them is not a typo ("CX" and "CS"). */
function lookupKeys(k: Keys): string[] {
  const out = [`s:${k.stems}`];
  if (k.key.length < MIN_CHARS_FOR_ONE_EDIT) return out;
  for (const key of oneDeletionKeys(k.key)) out.push(`d:${key}`);
  return out;
}

/**
 * Entries looked up by what they look like, so an import adding thousands of names compares each with a
 * few candidates rather than with every entry (a scan of the whole list made a sheet of 20,000 new names
 * take minutes). Candidates share a stem key or a one-deletion key, and are confirmed by `alike`.
 */
export class LookalikeIndex {
  private readonly byKey = new Map<string, TaxonomyEntry[]>();
  /** Each entry's place in the list, and the keys of its label and id. */
  private readonly order = new Map<TaxonomyEntry, { at: number; label: Keys; id: Keys }>();

  constructor(entries: readonly TaxonomyEntry[] = []) {
    for (const e of entries) this.add(e);
  }

  add(entry: TaxonomyEntry) {
    // A list longer than a taxonomy may be is invalid anyway: it stops growing the index.
    if (this.order.size >= LIMITS.entriesPerTaxonomyList || this.order.has(entry)) return;
    const keys = { at: this.order.size, label: keysOf(entry.label), id: keysOf(entry.id) };
    this.order.set(entry, keys);
    for (const k of [keys.label, keys.id])
      for (const key of new Set(lookupKeys(k))) {
        const list = this.byKey.get(key);
        if (!list) this.byKey.set(key, [entry]);
        else if (list.at(-1) !== entry) list.push(entry);
      }
  }

  /** The entry added first whose label or id the name looks like, if any. */
  find(name: string): TaxonomyEntry | undefined {
    const k = keysOf(name);
    let first: TaxonomyEntry | undefined;
    let firstAt = Infinity;
    for (const key of lookupKeys(k))
      for (const e of this.byKey.get(key) ?? []) {
        const { at, label, id } = this.order.get(e)!;
        if (at < firstAt && (alike(k, label) || alike(k, id))) [first, firstAt] = [e, at];
      }
    return first;
  }
}

/** The first entry whose label or id the name looks like, if any (one look-up; build a LookalikeIndex for many). */
export const lookalikeEntry = (name: string, entries: readonly TaxonomyEntry[]): TaxonomyEntry | undefined =>
  new LookalikeIndex(entries).find(name);
