// The options page's "Suggested phrases from reps' corrections", without Preact: which corrections feed
// the suggestions (a rep's own edit of the notes, else the notes as the record showed them), what each
// suggestion shows (an example of the notes' words around the phrase), which ones the marketer dismissed,
// and the taxonomy edit "Add as phrase" makes. The suggesting itself is lib/match's suggestPainPhrases.
import { suggestPainPhrases, type PainCorrection, type PhraseSuggestion, type PhraseSuggestionOptions } from '../match';
import type { ProspectCorrection, ProspectSeen, Taxonomy } from '../model';
import { updateEntry, type TaxonomyResult } from './taxonomy-ops';

/** A suggestion as the options page lists it. */
export interface PhraseSuggestionItem extends PhraseSuggestion {
  /** What a dismissal remembers: the pain point and the phrase, normalised. */
  key: string;
  /** The words of one prospect's notes around the phrase, as the notes wrote them. */
  example: { before: string; match: string; after: string };
}

/** How much of the notes is shown on each side of the phrase in the example. */
const EXAMPLE_CONTEXT_CHARS = 60;

/** The corrections as suggestPainPhrases takes them: each corrected record's notes (the rep's edit of
 * them, else the notes the record showed when it was last seen) and the pain points the rep added and
 * did not take back. A correction of a record whose notes are unknown still counts as a corrected
 * prospect (it says nothing, so it supports no phrase). */
export function painCorrectionsOf(corrections: readonly ProspectCorrection[], seen: ReadonlyMap<string, ProspectSeen>): PainCorrection[] {
  return corrections.map((c) => painCorrectionOf(c, seen));
}

export function painCorrectionOf(c: ProspectCorrection, seen: ReadonlyMap<string, ProspectSeen>): PainCorrection {
  const removed = new Set(c.removed.painPoints ?? []);
  const notes = c.fields.notes ?? seen.get(c.key)?.prospect.notes;
  return { ...(notes?.trim() ? { notes } : {}), added: (c.added.painPoints ?? []).filter((id) => !removed.has(id)) };
}

const normalisePhrase = (phrase: string): string =>
  phrase.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();

/** The key a dismissal is remembered by: the same wording in other capitals or spacing is the same. */
export const dismissalKey = (painPoint: string, phrase: string): string => `${painPoint}\u0000${normalisePhrase(phrase)}`;

/** The dismissals as stored (a settings row's value): anything that is not a list of strings reads as none. */
export function readDismissals(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [];
}

/** At most this many dismissals are kept (the oldest go first), so the row stays small. */
export const MAX_DISMISSALS = 2_000;

export function withDismissal(dismissed: readonly string[], key: string): string[] {
  return [...dismissed.filter((k) => k !== key), key].slice(-MAX_DISMISSALS);
}

export const withoutDismissal = (dismissed: readonly string[], key: string): string[] => dismissed.filter((k) => k !== key);

/** Where the phrase is in a note, ignoring capitals and spacing; the example around it, cut at words. */
export function exampleIn(notes: string, phrase: string): PhraseSuggestionItem['example'] | undefined {
  const words = phrase.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (!words[0]) return undefined;
  const found = new RegExp(words.join('\\s+'), 'i').exec(notes);
  if (!found) return undefined;
  const start = found.index;
  const end = start + found[0].length;
  let from = Math.max(0, start - EXAMPLE_CONTEXT_CHARS);
  let to = Math.min(notes.length, end + EXAMPLE_CONTEXT_CHARS);
  // Whole words only: a cut word moves the cut to the next space.
  if (from > 0) from = Math.min(start, notes.indexOf(' ', from) + 1 || start);
  if (to < notes.length) to = Math.max(end, notes.lastIndexOf(' ', to));
  const squash = (s: string) => s.replace(/\s+/g, ' ');
  return {
    before: `${from > 0 ? '…' : ''}${squash(notes.slice(from, start)).trimStart()}`,
    match: squash(found[0]),
    after: `${squash(notes.slice(end, to)).trimEnd()}${to < notes.length ? '…' : ''}`,
  };
}

/** The suggestions the marketer has not dismissed, most supported first, each with an example. */
export function phraseSuggestionItems(
  taxonomy: Taxonomy,
  corrections: readonly PainCorrection[],
  dismissed: readonly string[],
  options: PhraseSuggestionOptions = {},
): PhraseSuggestionItem[] {
  const gone = new Set(dismissed);
  const out: PhraseSuggestionItem[] = [];
  for (const s of suggestPainPhrases(taxonomy, corrections, options)) {
    const key = dismissalKey(s.painPoint, s.phrase);
    if (gone.has(key)) continue;
    let example: PhraseSuggestionItem['example'] | undefined;
    for (const c of corrections) {
      if (!c.notes || !c.added.includes(s.painPoint)) continue;
      example = exampleIn(c.notes, s.phrase);
      if (example) break;
    }
    out.push({ ...s, key, example: example ?? { before: '', match: s.phrase, after: '' } });
  }
  return out;
}

/** "Add as phrase": the phrase becomes one more alias of the pain point, through the same edit (and the
 * same checks) as an alias typed in the taxonomy's editor. */
export function addPhraseAlias(taxonomy: Taxonomy, painPoint: string, phrase: string): TaxonomyResult {
  const entry = taxonomy.painPoints.find((e) => e.id === painPoint);
  if (!entry) return { ok: false, field: 'id', message: `the pain point "${painPoint}" is no longer in the taxonomy` };
  return updateEntry(taxonomy, 'painPoints', painPoint, { label: entry.label, aliases: [...entry.aliases, phrase.trim()] });
}

/** Undoing "Add as phrase": the alias goes again (other aliases as they are now). */
export function removePhraseAlias(taxonomy: Taxonomy, painPoint: string, phrase: string): TaxonomyResult {
  const entry = taxonomy.painPoints.find((e) => e.id === painPoint);
  if (!entry) return { ok: false, field: 'id', message: `the pain point "${painPoint}" is no longer in the taxonomy` };
  const key = normalisePhrase(phrase);
  return updateEntry(taxonomy, 'painPoints', painPoint, { label: entry.label, aliases: entry.aliases.filter((a) => normalisePhrase(a) !== key) });
}
