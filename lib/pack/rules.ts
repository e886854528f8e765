// The one validator for library content. Packs (JSON) and CSV rows go through these same schemas,
// so a rule changes in one place. Messages say what is wrong in the marketer's words, quoting the value.
import * as v from 'valibot';
import { ASSET_TYPES, STAGES } from '../model';
import { isHttpUrl } from '../url';

export { isHttpUrl };

const quote = (x: unknown): string => {
  if (typeof x === 'string') return JSON.stringify(x.length > 80 ? `${x.slice(0, 77)}...` : x);
  if (x === null) return 'null';
  if (Array.isArray(x)) return 'a list';
  if (typeof x === 'object') return 'an object';
  return String(x);
};

export function urlProblem(value: string): string {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value.trim())?.[1]?.toLowerCase();
  if (scheme && scheme !== 'http' && scheme !== 'https')
    return `${scheme}: URLs are not allowed (${quote(value)}); use an http:// or https:// address`;
  if (!scheme) return `${quote(value)} is not an absolute URL; write the full address, starting with https://`;
  return `${quote(value)} is not a valid web address`;
}

/** A real calendar date written YYYY-MM-DD (2025-02-30 is not one). */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

const dateMessage = (issue: { input: unknown }) =>
  `must be a date written YYYY-MM-DD (for example 2025-03-01), not ${quote(issue.input)}`;

export const TAXONOMY_ID = /^[a-z0-9-]+$/;

const FIELD_NAMES: Record<string, string> = {
  id: 'the id',
  title: 'the title',
  url: 'the URL',
  type: 'the type',
  label: 'the label',
  format: 'format (a library pack says "format": "tailor-library")',
  version: 'version (this is version 1 of the format)',
  assets: 'assets (a pack lists its assets)',
};

/** Valibot reports a missing key with the object's message: say which field is missing instead. */
const objectMessage =
  (otherwise: (input: unknown) => string) =>
  (i: { input: unknown; expected: string | null; received: string }) => {
    const key = i.received === 'undefined' && i.expected?.startsWith('"') ? i.expected.slice(1, -1) : undefined;
    return key ? `${FIELD_NAMES[key] ?? key} is required` : otherwise(i.input);
  };

const text = (what: string) => v.string((i) => `${what} must be text, not ${quote(i.input)}`);
const textList = (what: string) =>
  v.array(text(`each ${what}`), (i) => `${what} must be a list of text values, not ${quote(i.input)}`);

export const dateSchema = v.pipe(
  v.string(dateMessage),
  v.check(isIsoDate, dateMessage),
);

export const taxonomyEntrySchema = v.object(
  {
    id: v.pipe(
      text('the id'),
      v.regex(TAXONOMY_ID, (i) => `the id ${quote(i.input)} may use only lower-case letters, digits and hyphens`),
    ),
    label: v.pipe(text('the label'), v.trim(), v.minLength(1, 'the label is required')),
    aliases: v.optional(v.nullable(textList('aliases')), []),
  },
  objectMessage((input) => `a taxonomy entry must be an object with an id and a label, not ${quote(input)}`),
);

const taxonomyList = (name: string) =>
  v.optional(
    v.nullable(
      v.array(taxonomyEntrySchema, (i) => `${name} must be a list of entries, not ${quote(i.input)}`),
    ),
    [],
  );

export const taxonomySchema = v.object(
  {
    personas: taxonomyList('personas'),
    industries: taxonomyList('industries'),
    painPoints: taxonomyList('painPoints'),
  },
  (i) => `the taxonomy must be an object with personas, industries and painPoints, not ${quote(i.input)}`,
);

const optionalText = (what: string) => v.optional(v.nullable(text(what)));
const optionalList = (what: string) => v.optional(v.nullable(textList(what)), []);

export const assetSchema = v.object(
  {
    id: v.pipe(
      v.string((i) => (i.input === undefined ? 'the id is required' : `the id must be text, not ${quote(i.input)}`)),
      v.trim(),
      v.minLength(1, 'the id is required'),
    ),
    title: v.pipe(
      v.string((i) => (i.input === undefined ? 'the title is required' : `the title must be text, not ${quote(i.input)}`)),
      v.trim(),
      v.minLength(1, 'the title is required'),
      v.maxLength(300, (i) => `the title is ${(i.input as string).length} characters; the limit is 300`),
    ),
    url: v.pipe(
      v.string((i) => (i.input === undefined ? 'the URL is required' : `the URL must be text, not ${quote(i.input)}`)),
      v.trim(),
      v.minLength(1, 'the URL is required'),
      v.check(isHttpUrl, (i) => urlProblem(i.input as string)),
    ),
    type: v.picklist(
      ASSET_TYPES,
      (i) =>
        i.input === undefined
          ? 'the type is required'
          : `unknown type ${quote(i.input)}; use one of ${ASSET_TYPES.join(', ')}`,
    ),
    description: optionalText('the description'),
    personas: optionalList('personas'),
    industries: optionalList('industries'),
    painPoints: optionalList('painPoints'),
    stage: v.optional(
      v.nullable(
        v.picklist(STAGES, (i) => `unknown stage ${quote(i.input)}; use one of ${STAGES.join(', ')}`),
      ),
    ),
    publishedAt: v.optional(v.nullable(dateSchema)),
    expiresAt: v.optional(v.nullable(dateSchema)),
    tags: optionalList('tags'),
  },
  objectMessage((input) => `an asset must be an object, not ${quote(input)}`),
);

export const packSchema = v.object(
  {
    format: v.literal('tailor-library', (i) =>
      i.input === undefined
        ? 'format is missing: a library pack says "format": "tailor-library"'
        : `format must be "tailor-library", not ${quote(i.input)}`,
    ),
    version: v.literal(1, (i) =>
      i.input === undefined
        ? 'version is missing: this is version 1 of the format'
        : `version ${quote(i.input)} is not supported; Tailor reads version 1`,
    ),
    name: optionalText('the name'),
    updatedAt: optionalText('updatedAt'),
    taxonomy: v.optional(v.nullable(taxonomySchema)),
    assets: v.array(assetSchema, (i) =>
      i.input === undefined ? 'assets is missing: a pack lists its assets' : `assets must be a list, not ${quote(i.input)}`,
    ),
  },
  objectMessage((input) => `a library pack must be a JSON object, not ${quote(input)}`),
);

/** The fields each part of a pack may have; anything else is reported as a warning and ignored. */
export const KNOWN_FIELDS = {
  pack: ['format', 'version', 'name', 'updatedAt', 'taxonomy', 'assets'],
  taxonomy: ['personas', 'industries', 'painPoints'],
  entry: ['id', 'label', 'aliases'],
  asset: [
    'id',
    'title',
    'url',
    'type',
    'description',
    'personas',
    'industries',
    'painPoints',
    'stage',
    'publishedAt',
    'expiresAt',
    'tags',
  ],
} as const;

/** `assets[6].url` from valibot's issue path. */
export function jsonPath(path: readonly { key: unknown }[] | undefined): string {
  if (!path || path.length === 0) return '(top level)';
  let out = '';
  for (const item of path) {
    const key = item.key;
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}
