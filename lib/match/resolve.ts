// A prospect as a CRM shows it, read into the library's own taxonomy: job title to personas, industry
// to industries, notes to pain points, deal stage to funnel stage, each with the evidence for it.
import type { Prospect, ResolvedContext, Stage, TaxonomyKind } from '../model';
import {
  conceptIndex,
  functionsOf,
  industryWords,
  sectorsOf,
  seniorityOf,
  titleWords,
  type CompiledTaxonomy,
} from './compile';
import { RELATED_SECTORS } from './knowledge/industries';
import { FUNCTION_PARENTS } from './knowledge/titles';
import { CONCEPTS, DURATION_WORDS, TAKE_WORDS } from './knowledge/pains';
import { funnelStage } from './knowledge/stages';
import { isStopword, stem, tokenize } from './text';

export interface Evidence {
  /** Where it was read; 'rep' when the rep added it by hand. */
  field: 'title' | 'industry' | 'company' | 'notes' | 'stage' | 'rep';
  /** The prospect's own words that led to it. */
  quote: string;
  /** Matched one of the entry's own label or aliases, or came through built-in knowledge. */
  via: 'taxonomy' | 'knowledge';
  confidence: number;
}

export interface Resolved {
  id: string;
  label: string;
  evidence: Evidence;
}

export interface Resolution {
  personas: Resolved[];
  industries: Resolved[];
  painPoints: Resolved[];
  stage?: { stage: Stage; from: string };
}

export const contextOf = (r: Resolution): ResolvedContext => ({
  personas: r.personas.map((x) => x.id),
  industries: r.industries.map((x) => x.id),
  painPoints: r.painPoints.map((x) => x.id),
  ...(r.stage ? { stage: r.stage.stage } : {}),
});

export const isEmptyResolution = (r: Resolution): boolean =>
  r.personas.length === 0 && r.industries.length === 0 && r.painPoints.length === 0 && !r.stage;

type Scored = { index: number; score: number; evidence: Evidence };

function keepBest(scored: Map<number, Scored>, margin: number, min: number): Scored[] {
  const list = [...scored.values()].filter((s) => s.score >= min).sort((a, b) => b.score - a.score);
  const best = list[0]?.score ?? 0;
  return list.filter((s) => s.score >= best - margin);
}

function bump(map: Map<number, Scored>, s: Scored) {
  const old = map.get(s.index);
  if (!old || s.score > old.score) map.set(s.index, s);
}

export function resolvePersonas(title: string | undefined, c: CompiledTaxonomy): Resolved[] {
  if (!title?.trim()) return [];
  const words = titleWords(title);
  if (words.length === 0) return [];
  const quote = title.trim();
  const scored = new Map<number, Scored>();
  const spans = functionsOf(words);
  for (const m of c.personaForms.all(words)) {
    // "Operations" is not the operations persona inside "Revenue Operations": a longer phrase that
    // names another function wins.
    const persona = c.personas[m.value.index]!;
    const inside = spans.find((s) => s.start <= m.start && s.end >= m.end && s.end - s.start > m.end - m.start);
    if (inside && (persona.functions.get(inside.fn) ?? 0) < 0.2) continue;
    bump(scored, { index: m.value.index, score: 1 + 0.1 * (m.end - m.start), evidence: { field: 'title', quote, via: 'taxonomy', confidence: 1 } });
  }
  const fns = [...new Set(spans.map((f) => f.fn))];
  const level = seniorityOf(words);
  if (fns.length > 0) {
    c.personas.forEach((p, index) => {
      // A persona about the title's own function counts fully; one about its broader function (HR for a
      // recruiter) at half, so the narrower persona wins when the taxonomy has one.
      let credit = 0;
      let weight = 0;
      let covered = 0;
      for (const f of fns) {
        const own = p.functions.get(f) ?? 0;
        const parent = FUNCTION_PARENTS[f] ? (p.functions.get(FUNCTION_PARENTS[f]!) ?? 0) : 0;
        if (own >= 0.2) {
          credit += 1;
          weight += own;
          covered++;
        } else if (parent >= 0.2) {
          credit += 0.5;
          weight += parent / 2;
          covered++;
        }
      }
      if (covered === 0) return;
      const seniorityFit = level && p.seniority ? 0.1 * (1 - Math.min(Math.abs(level - p.seniority), 3) / 3) : 0;
      const score = 0.5 + (0.3 * credit) / fns.length + (0.2 * weight) / covered + seniorityFit;
      bump(scored, { index, score, evidence: { field: 'title', quote, via: 'knowledge', confidence: Math.min(0.95, score) } });
    });
  }
  // A distinctive word the title shares with one persona's aliases ("HRIS Analyst", "HRIS Administrator").
  for (const w of words) {
    const owner = c.personaWords.get(w);
    if (owner) bump(scored, { index: owner.index, score: 0.65, evidence: { field: 'title', quote, via: 'taxonomy', confidence: 0.65 } });
  }
  return keepBest(scored, 0.05, 0.6).map((s) => ({ id: c.personas[s.index]!.entry.id, label: c.personas[s.index]!.entry.label, evidence: s.evidence }));
}

export function industryMatches(text: string, field: 'industry' | 'company', c: CompiledTaxonomy, useKnowledge: boolean): Resolved[] {
  const words = industryWords(text);
  if (words.length === 0) return [];
  const quote = text.trim();
  const scored = new Map<number, Scored>();
  for (const m of c.industryForms.all(words))
    bump(scored, {
      index: m.value.index,
      score: 1 + 0.05 * (m.end - m.start) + 0.01 * m.end,
      evidence: { field, quote, via: 'taxonomy', confidence: field === 'industry' ? 1 : 0.7 },
    });
  if (scored.size === 0 && useKnowledge) {
    const sectors = sectorsOf(words);
    const tried = [...sectors, ...sectors.flatMap((s) => RELATED_SECTORS[s] ?? [])];
    for (const sector of tried) {
      c.industries.forEach((entry, index) => {
        const weight = entry.sectors.get(sector) ?? 0;
        if (weight >= 0.15) bump(scored, { index, score: 0.6 + 0.3 * weight, evidence: { field, quote, via: 'knowledge', confidence: 0.8 } });
      });
      if (scored.size) break;
    }
  }
  return keepBest(scored, 0.1, 0.6).map((s) => ({ id: c.industries[s.index]!.entry.id, label: c.industries[s.index]!.entry.label, evidence: s.evidence }));
}

export function resolveIndustries(prospect: Pick<Prospect, 'industry' | 'company'>, c: CompiledTaxonomy): Resolved[] {
  if (prospect.industry?.trim()) return industryMatches(prospect.industry, 'industry', c, true);
  // No industry on the record: the company's own name sometimes says it ("St. Mary's Hospital").
  if (prospect.company?.trim()) return industryMatches(prospect.company, 'company', c, false);
  return [];
}

const TAKE = new Set(TAKE_WORDS.map(stem));
const DURATION = new Set(DURATION_WORDS.map(stem));

/** Pain points in free text: the taxonomy's own phrases anywhere, and known problem words where the
 * sentence also says what hurts about them. Linear in the text's length (capped at MAX_TEXT_CHARS). */
export function resolvePains(notes: string | undefined, c: CompiledTaxonomy): Resolved[] {
  if (!notes?.trim() || c.pains.length === 0) return [];
  const tokens = tokenize(notes);
  const stems = tokens.map((t) => t.stem);
  const quoteOf = (start: number, end: number) => notes.slice(tokens[start]!.start, tokens[end - 1]!.end);
  const scored = new Map<number, Scored>();
  /** A few words either side of a match, within its sentence: what the rep will recognise. */
  const clause = (start: number, end: number) => {
    const sentence = tokens[start]!.sentence;
    let from = start;
    let to = end;
    while (from > 0 && start - from < 2 && tokens[from - 1]!.sentence === sentence) from--;
    while (to < tokens.length && to - end < 4 && tokens[to]!.sentence === sentence) to++;
    while (to > end && isStopword(tokens[to - 1]!.word)) to--;
    while (from < start && isStopword(tokens[from]!.word)) from++;
    return quoteOf(from, to);
  };

  for (const m of c.painForms.all(stems))
    bump(scored, { index: m.value.index, score: 1 + 0.05 * (m.end - m.start), evidence: { field: 'notes', quote: quoteOf(m.start, m.end), via: 'taxonomy', confidence: 1 } });
  // The same phrase with a few words between ("tickets are piling up" for "tickets piling up").
  const sentenceOf = tokens.map((t) => t.sentence);
  for (const m of c.painNear.near(stems, sentenceOf, 3))
    bump(scored, { index: m.value.index, score: 0.9, evidence: { field: 'notes', quote: quoteOf(m.start, m.end), via: 'taxonomy', confidence: 0.9 } });

  // Qualifiers present in each sentence, and topics with where they were said.
  const qualifiers = new Map<number, Set<string>>();
  const addQualifier = (sentence: number, q: string) => {
    const set = qualifiers.get(sentence) ?? new Set<string>();
    set.add(q);
    qualifiers.set(sentence, set);
  };
  const topics: { concept: string; sentence: number; start: number; end: number }[] = [];
  for (const m of conceptIndex().all(stems)) {
    const sentence = tokens[m.start]!.sentence;
    for (const q of m.value.implies) addQualifier(sentence, q);
    const def = CONCEPTS[m.value.concept]!;
    if (def.kind === 'qualifier') addQualifier(sentence, m.value.concept);
    else for (const concept of [m.value.concept, ...(def.parent ? [def.parent] : [])]) topics.push({ concept, sentence, start: m.start, end: m.end });
  }
  // "approvals take weeks", "invoices sit for a week": slow, said with a duration.
  for (let i = 0; i < tokens.length; i++) {
    if (!TAKE.has(stems[i]!)) continue;
    for (let j = i + 1; j <= i + 4 && j < tokens.length && tokens[j]!.sentence === tokens[i]!.sentence; j++)
      if (DURATION.has(stems[j]!)) addQualifier(tokens[i]!.sentence, 'slow');
  }
  for (const t of topics) {
    for (const index of c.painsByConcept.get(t.concept) ?? []) {
      const pain = c.pains[index]!;
      const present = qualifiers.get(t.sentence);
      if (pain.qualifiers.size > 0 && !CONCEPTS[t.concept]!.negative && ![...pain.qualifiers].some((q) => present?.has(q))) continue;
      bump(scored, { index, score: 0.7, evidence: { field: 'notes', quote: clause(t.start, t.end), via: 'knowledge', confidence: 0.7 } });
    }
  }
  return [...scored.values()]
    .sort((a, b) => b.score - a.score)
    .slice(0, 4)
    .map((s) => ({ id: c.pains[s.index]!.entry.id, label: c.pains[s.index]!.entry.label, evidence: s.evidence }));
}

export function resolveProspect(prospect: Prospect, c: CompiledTaxonomy): Resolution {
  const stage = funnelStage(prospect.stage);
  return {
    personas: resolvePersonas(prospect.title, c),
    industries: resolveIndustries(prospect, c),
    painPoints: resolvePains(prospect.notes, c),
    ...(stage ? { stage: { stage, from: prospect.stage!.trim() } } : {}),
  };
}

/** "Persona: Finance leader (from "Chief Financial Officer")" */
export function describeResolved(kind: TaxonomyKind, r: Resolved): string {
  const what = kind === 'personas' ? 'Persona' : kind === 'industries' ? 'Industry' : 'Pain point';
  if (r.evidence.field === 'rep') return `${what}: ${r.label} (added by you)`;
  return kind === 'painPoints' ? `${what}: ${r.label} ("${r.evidence.quote}")` : `${what}: ${r.label} (from "${r.evidence.quote}")`;
}
