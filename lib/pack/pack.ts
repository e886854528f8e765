// Library packs (FORMATS.md): read text into a checked, normalised LibraryPack, or say exactly what is wrong.
import * as v from 'valibot';
import {
  TAXONOMY_KINDS,
  type LibraryPack,
  type PackAsset,
  type Taxonomy,
  type TaxonomyEntry,
  type TaxonomyKind,
} from '../model';
import type { TextEncodingName } from './decode';
import { describeJsonSyntax, describeTooDeep } from './json-syntax';
import { MAX_LIBRARY_BYTES, tooBigProblem, type Checked, type Problem } from './problems';
import { KNOWN_FIELDS, LIMITS, jsonPath, packSchema } from './rules';

export interface ReadOptions {
  /** Named in every problem, so a message says which file is wrong. */
  file?: string;
  /** How the file's bytes were decoded (`decodeText`): a pack read as Windows-1252 gets a warning. */
  encoding?: TextEncodingName;
}

/** Byte length of text as UTF-8, without allocating a copy. */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export const stripBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** Where and why JSON.parse failed, with a line and column a person can find. */
function jsonSyntaxProblem(text: string, file?: string): Problem {
  const { where, message } = describeJsonSyntax(text);
  return { file, where, message };
}

/**
 * Parses and validates a pack file's text. A file whose bytes were not UTF-8 (JSON is UTF-8 by its standard)
 * and were read as Windows-1252 says so, as the CSV reader does; UTF-16 with a byte-order mark is read as
 * it is, with no warning.
 */
export function readPack(text: string, options: ReadOptions = {}): Checked<LibraryPack> {
  const checked = readPackText(text, options);
  if (options.encoding !== 'windows-1252') return checked;
  const warning: Problem = { file: options.file, where: 'file', message: READ_AS_WINDOWS_1252 };
  return { ...checked, warnings: [warning, ...checked.warnings] };
}

const READ_AS_WINDOWS_1252 =
  'this file is not UTF-8; it was read as Windows-1252: check accented letters and symbols, or save it as UTF-8, which a library pack should be';

/** Is this readPack's warning that the pack's bytes were read as Windows-1252 (one about every text in it)? */
export const isEncodingWarning = (p: Problem): boolean => p.where === 'file' && p.message === READ_AS_WINDOWS_1252;

function readPackText(text: string, options: ReadOptions): Checked<LibraryPack> {
  const bytes = utf8Length(text);
  if (bytes > MAX_LIBRARY_BYTES) return { ok: false, errors: [tooBigProblem(bytes, options.file)], warnings: [] };
  const body = stripBom(text);
  const tooDeep = describeTooDeep(body);
  if (tooDeep) return { ok: false, errors: [{ file: options.file, where: tooDeep.where, message: tooDeep.message }], warnings: [] };
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return { ok: false, errors: [jsonSyntaxProblem(body, options.file)], warnings: [] };
  }
  return checkPack(data, options);
}

const lastKey = (path: readonly { key: unknown }[] | undefined): string | undefined => {
  if (!path) return undefined;
  for (let i = path.length - 1; i >= 0; i--) {
    const key = path[i]?.key;
    if (typeof key === 'string') return key;
  }
  return undefined;
};

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** More unknown fields than this are counted in one last warning, so a hostile file cannot make millions. */
const MAX_UNKNOWN_FIELD_WARNINGS = 100;

function unknownFieldWarnings(data: unknown, file?: string): Problem[] {
  const out: Problem[] = [];
  let more = 0;
  const check = (obj: unknown, known: readonly string[], at: string) => {
    if (!isRecord(obj)) return;
    for (const key of Object.keys(obj)) {
      if (known.includes(key)) continue;
      if (out.length >= MAX_UNKNOWN_FIELD_WARNINGS) more++;
      else out.push({ file, where: at ? `${at}.${key}` : key, field: key, message: `unknown field "${key}" is ignored` });
    }
  };
  if (!isRecord(data)) return out;
  check(data, KNOWN_FIELDS.pack, '');
  const taxonomy = data.taxonomy;
  check(taxonomy, KNOWN_FIELDS.taxonomy, 'taxonomy');
  if (isRecord(taxonomy)) {
    for (const kind of TAXONOMY_KINDS) {
      const list = taxonomy[kind];
      if (Array.isArray(list)) list.forEach((e, i) => check(e, KNOWN_FIELDS.entry, `taxonomy.${kind}[${i}]`));
    }
  }
  if (Array.isArray(data.assets))
    data.assets.slice(0, LIMITS.assets).forEach((a, i) => check(a, KNOWN_FIELDS.asset, `assets[${i}]`));
  if (more > 0) out.push({ file, where: 'file', message: `and ${more.toLocaleString('en-US')} more unknown fields, also ignored` });
  return out;
}

/** Trimmed, non-empty, each value once (case-insensitively for free text). */
export function cleanList(values: readonly string[] | null | undefined, caseInsensitive = false): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of values ?? []) {
    const value = raw.trim();
    const key = caseInsensitive ? value.toLowerCase() : value;
    if (value && !seen.has(key)) {
      seen.add(key);
      out.push(value);
    }
  }
  return out;
}

type ParsedPack = v.InferOutput<typeof packSchema>;
type ParsedAsset = ParsedPack['assets'][number];

export function normaliseAsset(a: ParsedAsset): PackAsset {
  const asset: PackAsset = {
    id: a.id,
    title: a.title,
    url: a.url,
    type: a.type,
    personas: cleanList(a.personas),
    industries: cleanList(a.industries),
    painPoints: cleanList(a.painPoints),
    tags: cleanList(a.tags, true),
  };
  const description = a.description?.trim();
  if (description) asset.description = description;
  if (a.stage) asset.stage = a.stage;
  if (a.publishedAt) asset.publishedAt = a.publishedAt;
  if (a.expiresAt) asset.expiresAt = a.expiresAt;
  return asset;
}

function normaliseTaxonomy(t: ParsedPack['taxonomy']): Taxonomy {
  const out = { personas: [], industries: [], painPoints: [] } as Taxonomy;
  for (const kind of TAXONOMY_KINDS) {
    out[kind] = (t?.[kind] ?? []).map(
      (e): TaxonomyEntry => ({ id: e.id, label: e.label, aliases: cleanList(e.aliases, true) }),
    );
  }
  return out;
}

/** The checks a schema cannot make alone: unique ids, references into the taxonomy, repeated URLs. */
export function crossCheck(pack: LibraryPack, file?: string): { errors: Problem[]; warnings: Problem[] } {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const known = {} as Record<TaxonomyKind, Set<string>>;
  for (const kind of TAXONOMY_KINDS) {
    const seen = new Map<string, number>();
    pack.taxonomy[kind].forEach((entry, i) => {
      const first = seen.get(entry.id);
      if (first !== undefined)
        errors.push({
          file,
          where: `taxonomy.${kind}[${i}].id`,
          field: 'id',
          message: `duplicate id "${entry.id}" (also taxonomy.${kind}[${first}])`,
        });
      else seen.set(entry.id, i);
    });
    known[kind] = new Set(seen.keys());
  }
  const ids = new Map<string, number>();
  const urls = new Map<string, number>();
  pack.assets.forEach((asset, i) => {
    const firstId = ids.get(asset.id);
    if (firstId !== undefined)
      errors.push({ file, where: `assets[${i}].id`, field: 'id', message: `duplicate id "${asset.id}" (also assets[${firstId}])` });
    else ids.set(asset.id, i);
    const firstUrl = urls.get(asset.url);
    if (firstUrl !== undefined)
      warnings.push({ file, where: `assets[${i}].url`, field: 'url', message: `the same URL as assets[${firstUrl}]` });
    else urls.set(asset.url, i);
    for (const kind of TAXONOMY_KINDS) {
      asset[kind].forEach((id, j) => {
        if (!known[kind].has(id))
          errors.push({
            file,
            where: `assets[${i}].${kind}[${j}]`,
            field: kind,
            message: `"${id}" is not an id in taxonomy.${kind}`,
          });
      });
    }
  });
  return { errors, warnings };
}

/** Validates already-parsed JSON as a pack. */
export function checkPack(data: unknown, options: ReadOptions = {}): Checked<LibraryPack> {
  const { file } = options;
  if (!isRecord(data)) {
    const what = Array.isArray(data) ? 'a list' : data === null ? 'null' : `a ${typeof data}`;
    return { ok: false, errors: [{ file, where: '(top level)', message: `a library pack must be a JSON object, not ${what}` }], warnings: [] };
  }
  const warnings = unknownFieldWarnings(data, file);
  const result = v.safeParse(packSchema, data, { abortEarly: false });
  if (!result.success) {
    const errors = result.issues.map(
      (issue): Problem => ({ file, where: jsonPath(issue.path), field: lastKey(issue.path), message: issue.message }),
    );
    return { ok: false, errors, warnings };
  }
  const parsed = result.output;
  const pack: LibraryPack = {
    format: 'tailor-library',
    version: 1,
    taxonomy: normaliseTaxonomy(parsed.taxonomy),
    assets: parsed.assets.map(normaliseAsset),
  };
  if (parsed.name) pack.name = parsed.name;
  if (parsed.updatedAt) pack.updatedAt = parsed.updatedAt;
  const cross = crossCheck(pack, file);
  warnings.push(...cross.warnings);
  if (cross.errors.length > 0) return { ok: false, errors: cross.errors, warnings };
  return { ok: true, value: pack, warnings };
}

/** A pack as JSON text: the canonical form Tailor writes (lists omitted when empty). */
export function packToJson(pack: LibraryPack): string {
  const compactAsset = (a: PackAsset) => {
    const out: Record<string, unknown> = { id: a.id, title: a.title, url: a.url, type: a.type };
    if (a.description) out.description = a.description;
    for (const kind of TAXONOMY_KINDS) if (a[kind].length) out[kind] = a[kind];
    if (a.stage) out.stage = a.stage;
    if (a.publishedAt) out.publishedAt = a.publishedAt;
    if (a.expiresAt) out.expiresAt = a.expiresAt;
    if (a.tags.length) out.tags = a.tags;
    return out;
  };
  const out: Record<string, unknown> = { format: pack.format, version: pack.version };
  if (pack.name) out.name = pack.name;
  if (pack.updatedAt) out.updatedAt = pack.updatedAt;
  out.taxonomy = pack.taxonomy;
  out.assets = pack.assets.map(compactAsset);
  return `${JSON.stringify(out, null, 2)}\n`;
}
