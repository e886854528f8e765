// Reps' corrections handed to marketing as a file. Each browser keeps only its own rep's corrections,
// and Tailor sends no prospect's words to the team's collector; a rep who agrees downloads a corrections
// file from the options page (the notes of the records they corrected, and the pain points they added)
// and gives it to marketing, whose options page adds it to the corrections its suggestions come from.
import * as v from 'valibot';
import type { PainCorrection } from '../match';
import type { ProspectCorrection, ProspectSeen } from '../model';
import { TAXONOMY_ID } from '../pack/rules';
import { painCorrectionOf } from './phrase-suggestions';
import type { Checked, Problem } from '../pack/problems';

export const CORRECTIONS_FORMAT = 'tailor-corrections';

/** One corrected record in a file: enough to suggest phrases from, and nothing else of the prospect. */
export interface SharedCorrection {
  /** The record's key (`crm:recordType:recordId`): the same record in two files, or this browser's own
   * correction of it, counts once (the latest). */
  record: string;
  notes: string;
  /** Pain point ids the rep added by hand (and did not take back). */
  painPoints: string[];
  updatedAt: number;
}

export interface CorrectionsFile {
  format: typeof CORRECTIONS_FORMAT;
  version: 1;
  exportedAt: string;
  corrections: SharedCorrection[];
}

export const CORRECTIONS_LIMITS = {
  /** Records one file, and the marketer's store of files' corrections, holds (the latest are kept). */
  records: 5_000,
  notesChars: 20_000,
  recordChars: 300,
  painPointsPerRecord: 200,
} as const;

/** This browser's corrections as a file: only records whose notes are known (a correction without notes
 * supports no phrase), with their notes and added pain points; no names, titles, companies or emails. */
export function correctionsFileOf(corrections: readonly ProspectCorrection[], seen: ReadonlyMap<string, ProspectSeen>, now = new Date()): CorrectionsFile {
  const out: SharedCorrection[] = [];
  for (const c of [...corrections].sort((a, b) => b.updatedAt - a.updatedAt)) {
    const { notes, added } = painCorrectionOf(c, seen);
    if (!notes) continue;
    out.push({ record: c.key, notes: notes.trim().slice(0, CORRECTIONS_LIMITS.notesChars), painPoints: [...added], updatedAt: c.updatedAt });
    if (out.length === CORRECTIONS_LIMITS.records) break;
  }
  return { format: CORRECTIONS_FORMAT, version: 1, exportedAt: now.toISOString(), corrections: out };
}

/** Valibot reports a missing key with the object's message: name the missing field instead. */
const objectMessage = (otherwise: string) => (i: { expected: string | null; received: string }) =>
  i.received === 'undefined' && i.expected?.startsWith('"') ? `${i.expected.slice(1, -1)} is required` : otherwise;

const correctionSchema = v.object({
  record: v.pipe(v.string('the record must be text'), v.minLength(1, 'the record is required'), v.maxLength(CORRECTIONS_LIMITS.recordChars, `the record is longer than ${CORRECTIONS_LIMITS.recordChars} characters`)),
  notes: v.pipe(v.string('the notes must be text'), v.maxLength(CORRECTIONS_LIMITS.notesChars, `the notes are longer than ${CORRECTIONS_LIMITS.notesChars.toLocaleString('en-US')} characters`)),
  painPoints: v.pipe(
    v.array(v.pipe(v.string('each pain point must be a taxonomy id'), v.regex(TAXONOMY_ID, 'each pain point must be a taxonomy id (lower-case letters, digits and hyphens)')), 'painPoints must be a list of taxonomy ids'),
    v.maxLength(CORRECTIONS_LIMITS.painPointsPerRecord, `more than ${CORRECTIONS_LIMITS.painPointsPerRecord} pain points`),
  ),
  updatedAt: v.pipe(v.number('updatedAt must be a time in milliseconds'), v.integer('updatedAt must be a time in milliseconds'), v.minValue(0, 'updatedAt must be a time in milliseconds')),
}, objectMessage('each correction must be an object with record, notes, painPoints and updatedAt'));

const fileSchema = v.object({
  format: v.literal(CORRECTIONS_FORMAT, `format must be "${CORRECTIONS_FORMAT}" (this is not a Tailor corrections file)`),
  version: v.literal(1, 'version must be 1'),
  corrections: v.pipe(
    v.array(v.unknown(), 'corrections must be a list'),
    v.maxLength(CORRECTIONS_LIMITS.records, `a corrections file holds at most ${CORRECTIONS_LIMITS.records.toLocaleString('en-US')} records`),
    v.array(correctionSchema),
  ),
}, objectMessage('a corrections file must be a JSON object'));

const pathOf = (path: readonly { key: unknown }[] | undefined): string =>
  (path ?? []).reduce<string>((out, p) => (typeof p.key === 'number' ? `${out}[${p.key}]` : out ? `${out}.${String(p.key)}` : String(p.key)), '') || '(top level)';

/** Reads a corrections file: every problem with its place (`corrections[3].notes`), nothing half-read. */
export function readCorrectionsFile(text: string, file?: string): Checked<SharedCorrection[]> {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, errors: [{ file, where: '(top level)', message: `not JSON: ${e instanceof Error ? e.message : String(e)}` }], warnings: [] };
  }
  const result = v.safeParse(fileSchema, data, { abortEarly: false });
  if (!result.success) {
    const errors = result.issues.slice(0, 20).map((issue): Problem => ({ file, where: pathOf(issue.path), message: issue.message }));
    return { ok: false, errors, warnings: [] };
  }
  return { ok: true, value: result.output.corrections.map((c) => ({ ...c, notes: c.notes.trim() })), warnings: [] };
}

/** Adds files' corrections to those already gathered: one per record, the latest; at most the limit,
 * newest first. Says how many records are new and how many replaced an older correction. */
export function mergeSharedCorrections(
  existing: readonly SharedCorrection[],
  incoming: readonly SharedCorrection[],
): { corrections: SharedCorrection[]; added: number; updated: number } {
  const byRecord = new Map(existing.map((c) => [c.record, c]));
  let added = 0;
  let updated = 0;
  for (const c of incoming) {
    const old = byRecord.get(c.record);
    if (!old) added++;
    else if (c.updatedAt > old.updatedAt) updated++;
    else continue;
    byRecord.set(c.record, c);
  }
  const corrections = [...byRecord.values()].sort((a, b) => b.updatedAt - a.updatedAt).slice(0, CORRECTIONS_LIMITS.records);
  return { corrections, added, updated };
}

/** The stored files' corrections (a settings row's value), read defensively: a bad row reads as none. */
export function readStoredSharedCorrections(value: unknown): SharedCorrection[] {
  if (!Array.isArray(value)) return [];
  return value.filter((c): c is SharedCorrection => v.is(correctionSchema, c));
}

/** This browser's corrections and the files' as suggestPainPhrases takes them: one per record, the latest. */
export function combineCorrections(
  own: readonly ProspectCorrection[],
  seen: ReadonlyMap<string, ProspectSeen>,
  shared: readonly SharedCorrection[],
): PainCorrection[] {
  const byRecord = new Map<string, { updatedAt: number; correction: PainCorrection }>();
  for (const c of shared) byRecord.set(c.record, { updatedAt: c.updatedAt, correction: { notes: c.notes, added: c.painPoints } });
  for (const c of own) {
    const other = byRecord.get(c.key);
    if (other && other.updatedAt > c.updatedAt) continue;
    byRecord.set(c.key, { updatedAt: c.updatedAt, correction: painCorrectionOf(c, seen) });
  }
  return [...byRecord.values()].map((x) => x.correction);
}
