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

/** Word sequences (1 to MAX_WORDS words, within a clause that is not settled or a requirement, starting
 * and ending on a content word) of a note: stems as key, the note's own words as surface. */
function phrasesOf(raw: string): Map<string, string> {
  const notes = withoutSellerTurns(raw);
  const tokens = tokenize(notes);
  const { clause, silent } = readClauses(notes, tokens);
  const out = new Map<string, string>();
  for (let i = 0; i < tokens.length; i++) {
    if (silent.has(clause[i]!) || isStopword(tokens[i]!.word) || tokens[i]!.word.length < 3 || /\d/.test(tokens[i]!.word)) continue;
    for (let j = i; j < tokens.length && j < i + MAX_WORDS && clause[j] === clause[i]; j++) {
      const last = tokens[j]!;
      if (isStopword(last.word) || last.word.length < 3 || /\d/.test(last.word)) continue;
      const key = tokens.slice(i, j + 1).map((t) => t.stem).join(' ');
      if (!out.has(key)) out.set(key, notes.slice(tokens[i]!.start, last.end));
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

  const notesPhrases = corrections.map((c) => (c.notes?.trim() ? phrasesOf(c.notes) : new Map<string, string>()));
  /** Phrase -> how many corrected prospects' notes say it. */
  const said = new Map<string, number>();
  for (const phrases of notesPhrases) for (const key of phrases.keys()) said.set(key, (said.get(key) ?? 0) + 1);

  const out: PhraseSuggestion[] = [];
  for (const [id, entry] of entries) {
    const support = new Map<string, { n: number; surfaces: Map<string, number> }>();
    corrections.forEach((c, k) => {
      if (!c.added.includes(id)) return;
      for (const [key, surface] of notesPhrases[k]!) {
        const s = support.get(key) ?? { n: 0, surfaces: new Map<string, number>() };
        s.n++;
        s.surfaces.set(surface, (s.surfaces.get(surface) ?? 0) + 1);
        support.set(key, s);
      }
    });
    // Nor a piece of a phrase the entry already has, or a phrase around one: once "digging out of the
    // weekend" is an alias, "weekend" is not proposed in its place.
    const knownPhrases = [...known.get(id)!].filter(Boolean).map((k) => ` ${k} `);
    const overlapsKnown = (key: string) => knownPhrases.some((k) => k.includes(` ${key} `) || ` ${key} `.includes(k));
    const candidates = [...support]
      .filter(([key, s]) => s.n >= minProspects && s.n / said.get(key)! >= minPrecision && !overlapsKnown(key))
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
      const precision = s.n / said.get(key)!;
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
