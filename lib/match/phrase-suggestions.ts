// Reps' corrections turned into taxonomy suggestions for marketers: when reps keep adding the same pain
// point to prospects whose notes say the same thing in words the taxonomy does not have, that wording is
// proposed as an alias: "Reps added Ticket backlog to 6 prospects whose notes said 'digging out of the
// weekend': add it as a phrase?". Pure: corrections and notes in, suggestions out.
import type { Taxonomy } from '../model';
import { phraseStems } from './compile';
import { readClauses, withoutSellerTurns } from './notes';
import { isStopword, tokenize } from './text';

export interface PainCorrection {
  /** The prospect's notes as the rep saw them (edited notes if the rep edited them). */
  notes?: string;
  /** Pain point ids the rep added by hand. */
  added: readonly string[];
}

export interface PhraseSuggestion {
  painPoint: string;
  label: string;
  /** The wording, as the notes said it most often. */
  phrase: string;
  /** How many prospects' notes said it among those the rep added the pain to. */
  prospects: number;
  /** Of all corrected prospects whose notes said it, the share the pain was added to. */
  precision: number;
  message: string;
}

export interface PhraseSuggestionOptions {
  /** Fewest prospects that must share the wording (default 3). */
  minProspects?: number;
  /** Least share of the notes saying it that got the pain (default 0.6). */
  minPrecision?: number;
  /** Most suggestions per pain point (default 3). */
  perPain?: number;
}

const MAX_WORDS = 6;

/** The phrases of a note, each once: ids into the interned keys, with the note's own words for each. */
interface NotePhrases {
  ids: number[];
  surfaces: string[];
}

/** Phrase keys (stems joined by spaces) interned as numbers, so that counting phrases over hundreds of
 * notes works on arrays instead of building a map and an object per phrase per note. */
class PhraseKeys {
  readonly keys: string[] = [];
  private readonly byKey = new Map<string, number>();
  id(key: string): number {
    let id = this.byKey.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.byKey.set(key, id);
      this.keys.push(key);
    }
    return id;
  }
}

/** Word sequences (1 to MAX_WORDS words, within a clause that is not settled or a requirement, starting
 * and ending on a content word) of a note: stems as key, the note's own words as surface (the first
 * place it is said). */
function phrasesOf(raw: string, keys: PhraseKeys, seen: Set<number>): NotePhrases {
  const notes = withoutSellerTurns(raw);
  const tokens = tokenize(notes);
  const { clause, silent } = readClauses(notes, tokens);
  // Whether each token may start or end a phrase, decided once per token rather than once per phrase.
  const content = tokens.map((t) => !isStopword(t.word) && t.word.length >= 3 && !/\d/.test(t.word));
  const out: NotePhrases = { ids: [], surfaces: [] };
  seen.clear();
  for (let i = 0; i < tokens.length; i++) {
    if (silent.has(clause[i]!) || !content[i]) continue;
    // The key grows a word at a time instead of being joined anew for every phrase.
    let key = '';
    for (let j = i; j < tokens.length && j < i + MAX_WORDS && clause[j] === clause[i]; j++) {
      key = j === i ? tokens[j]!.stem : `${key} ${tokens[j]!.stem}`;
      if (!content[j]) continue;
      const id = keys.id(key);
      if (seen.has(id)) continue;
      seen.add(id);
      out.ids.push(id);
      out.surfaces.push(notes.slice(tokens[i]!.start, tokens[j]!.end));
    }
  }
  return out;
}

/** Suggested phrases for the taxonomy's pain points, from reps' corrections; most supported first. */
export function suggestPainPhrases(taxonomy: Taxonomy, corrections: readonly PainCorrection[], options: PhraseSuggestionOptions = {}): PhraseSuggestion[] {
  const minProspects = options.minProspects ?? 3;
  const minPrecision = options.minPrecision ?? 0.6;
  const perPain = options.perPain ?? 3;
  const entries = new Map(taxonomy.painPoints.map((e) => [e.id, e]));
  const known = new Map(taxonomy.painPoints.map((e) => [e.id, new Set([e.label, ...e.aliases].map((t) => phraseStems(t).join(' ')))]));

  const keys = new PhraseKeys();
  const seen = new Set<number>();
  const notesPhrases = corrections.map((c): NotePhrases => (c.notes?.trim() ? phrasesOf(c.notes, keys, seen) : { ids: [], surfaces: [] }));
  /** Phrase id -> how many corrected prospects' notes say it. */
  const said = new Int32Array(keys.keys.length);
  for (const phrases of notesPhrases) for (const id of phrases.ids) said[id]!++;

  const out: PhraseSuggestion[] = [];
  const counts = new Int32Array(keys.keys.length);
  for (const [id, entry] of entries) {
    const added = notesPhrases.filter((_, k) => corrections[k]!.added.includes(id));
    // Phrases in the order they are first said; counted as bare numbers, and the wordings gathered only
    // for the phrases said often enough.
    const order: number[] = [];
    for (const phrases of added)
      for (const p of phrases.ids) {
        if (counts[p] === 0) order.push(p);
        counts[p]!++;
      }
    const support = new Map<string, { n: number; surfaces: Map<string, number> }>();
    const byId = new Map<number, Map<string, number>>();
    for (const p of order)
      if (counts[p]! >= minProspects) {
        const surfaces = new Map<string, number>();
        byId.set(p, surfaces);
        support.set(keys.keys[p]!, { n: counts[p]!, surfaces });
      }
    for (const p of order) counts[p] = 0;
    for (const phrases of added)
      phrases.ids.forEach((p, k) => {
        const surfaces = byId.get(p);
        if (surfaces) surfaces.set(phrases.surfaces[k]!, (surfaces.get(phrases.surfaces[k]!) ?? 0) + 1);
      });
    const saidOf = (key: string) => said[keys.id(key)]!;
    // Nor a piece of a phrase the entry already has, or a phrase around one: once "digging out of the
    // weekend" is an alias, "weekend" is not proposed in its place.
    const knownPhrases = [...known.get(id)!].filter(Boolean).map((k) => ` ${k} `);
    const overlapsKnown = (key: string) => knownPhrases.some((k) => k.includes(` ${key} `) || ` ${key} `.includes(k));
    const candidates = [...support]
      .filter(([key, s]) => s.n / saidOf(key) >= minPrecision && !overlapsKnown(key))
      .sort((a, b) => b[1].n - a[1].n || b[0].split(' ').length - a[0].split(' ').length);
    const picked: [string, { n: number; surfaces: Map<string, number> }][] = [];
    for (const cand of candidates) {
      // A shorter phrase inside a longer one said as often adds nothing; nor a longer one around a picked one.
      if (picked.some(([key, s]) => s.n === cand[1].n && (` ${key} `.includes(` ${cand[0]} `) || ` ${cand[0]} `.includes(` ${key} `)))) continue;
      picked.push(cand);
      if (picked.length === perPain) break;
    }
    for (const [key, s] of picked) {
      const phrase = [...s.surfaces].sort((a, b) => b[1] - a[1])[0]![0];
      const precision = s.n / saidOf(key);
      out.push({
        painPoint: id,
        label: entry.label,
        phrase,
        prospects: s.n,
        precision,
        message: `Reps added ${entry.label} to ${s.n} prospects whose notes said "${phrase}": add it as a phrase?`,
      });
    }
  }
  return out.sort((a, b) => b.prospects - a.prospects || b.precision - a.precision);
}
