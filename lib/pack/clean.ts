// Text a person cannot see must not decide what Tailor does: a title of zero-width spaces is no title,
// two ids that differ by a zero-width space are one id, and a right-to-left override cannot make a
// title read backwards. Errors show such characters by name (<U+200B>) instead of quoting them unseen.

/** Explicit direction embeddings, overrides and isolates: never needed in a name, and able to reorder how it reads. */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;
/** Characters with no glyph: zero-width space, joiners, direction marks, word joiner, soft hyphen, byte-order mark. */
const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u2060-\u2064\ufeff\u202a-\u202e\u2066-\u2069]/g;
const EDGES = /^[\s\u00ad\u061c\u180e\u200b-\u200f\u2060-\u2064\ufeff]+|[\s\u00ad\u061c\u180e\u200b-\u200f\u2060-\u2064\ufeff]+$/g;

/** An identifier (asset id, taxonomy id or reference): NFC, every invisible character removed, trimmed. */
export function cleanId(value: string): string {
  return value.normalize('NFC').replace(INVISIBLE, '').trim();
}

/**
 * A name a person reads (title, label, alias, tag): NFC, direction overrides removed, invisible characters
 * trimmed from both ends. Joiners inside stay: emoji sequences and Persian words need them.
 */
export function cleanName(value: string): string {
  return value.normalize('NFC').replace(BIDI_CONTROLS, '').replace(EDGES, '');
}

/** What to match a typed name against: cleaned, invisible characters gone, lower case. */
export const nameKey = (value: string): string => cleanId(value).toLowerCase();

const SHOWN = /[\p{Cf}\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\u3164\ufe00-\ufe0f]/gu;

/** Text for an error message, invisible and unusual space characters shown as <U+200B>. */
export function visible(value: string): string {
  return value.replace(SHOWN, (c) => `<U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`);
}
