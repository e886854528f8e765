// The one validator for library content. Packs (JSON) and CSV rows go through these same schemas,
// so a rule changes in one place. Messages say what is wrong in the marketer's words, quoting the value.
import * as v from 'valibot';
import { ASSET_TYPES, STAGES } from '../model';
import { isHttpUrl } from '../url';
import { cleanId, cleanName, visible } from './clean';

export { isHttpUrl };

/**
 * What one pack or CSV may hold (docs/bad-input.md lists them). Generous for any real library, small
 * enough that a hostile file cannot fill the database, the panel or the search index: a 5 MB
 * description or 100,000 tags are refused with the place they are in.
 */
export const LIMITS = {
  assets: 100_000,
  idChars: 200,
  titleChars: 300,
  urlChars: 2_048,
  descriptionChars: 5_000,
  tagsPerAsset: 50,
  tagChars: 100,
  /** Persona, industry or pain-point ids one asset names, each list. */
  referencesPerAsset: 200,
  entriesPerTaxonomyList: 2_000,
  taxonomyIdChars: 100,
  taxonomyLabelChars: 200,
  aliasesPerEntry: 200,
  aliasChars: 200,
  nameChars: 200,
} as const;

const n = (x: number) => x.toLocaleString('en-US');

/** "the description is 5,242,880 characters; the limit is 5,000" */
const tooLong = (what: string, limit: number) => (i: { input: unknown }) =>
  `${what} is ${n((i.input as string).length)} characters; the limit is ${n(limit)}`;

/** A user name or password in a link would be shared with every prospect it is sent to. */
export function hasCredentials(value: string): boolean {
  try {
    const u = new URL(value);
    return u.username !== '' || u.password !== '';
  } catch {
    return false;
  }
}

const quote = (x: unknown): string => {
  if (typeof x === 'string') return visible(JSON.stringify(x.length > 80 ? `${x.slice(0, 77)}...` : x));
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
const boundedText = (what: string, max: number) => v.pipe(text(what), v.maxLength(max, tooLong(what, max)));
const boundedName = (what: string, max: number) => v.pipe(text(what), v.transform(cleanName), v.maxLength(max, tooLong(what, max)));
const boundedId = (what: string, max: number) => v.pipe(text(what), v.transform(cleanId), v.maxLength(max, tooLong(what, max)));

/** A list checked for its length before its items, so 10 million items cost one message, not 10 million. */
function boundedList<TItem extends v.GenericSchema>(what: string, max: number, item: TItem, notAList: (input: unknown) => string) {
  return v.pipe(
    v.array(v.unknown(), (i) => notAList(i.input)),
    v.maxLength(max, (i) => `${what} has ${n((i.input as unknown[]).length)} values; the limit is ${n(max)}`),
    v.array(item),
  );
}

const textList = (what: string, max: number, item: v.GenericSchema<unknown, string>) =>
  boundedList(what, max, item, (input) => `${what} must be a list of text values, not ${quote(input)}`);
const nameList = (what: string, max: number, maxChars: number) => textList(what, max, boundedName(`each of ${what}`, maxChars));
const idList = (what: string, max: number, maxChars: number) => textList(what, max, boundedId(`each of ${what}`, maxChars));

export const dateSchema = v.pipe(
  v.string(dateMessage),
  v.check(isIsoDate, dateMessage),
);

export const taxonomyEntrySchema = v.object(
  {
    id: v.pipe(
      text('the id'),
      v.transform(cleanId),
      v.maxLength(LIMITS.taxonomyIdChars, tooLong('the id', LIMITS.taxonomyIdChars)),
      v.regex(TAXONOMY_ID, (i) => `the id ${quote(i.input)} may use only lower-case letters, digits and hyphens`),
    ),
    label: v.pipe(
      text('the label'),
      v.transform(cleanName),
      v.minLength(1, 'the label is required'),
      v.maxLength(LIMITS.taxonomyLabelChars, tooLong('the label', LIMITS.taxonomyLabelChars)),
    ),
    aliases: v.optional(v.nullable(nameList('aliases', LIMITS.aliasesPerEntry, LIMITS.aliasChars)), []),
  },
  objectMessage((input) => `a taxonomy entry must be an object with an id and a label, not ${quote(input)}`),
);

const taxonomyList = (name: string) =>
  v.optional(
    v.nullable(
      boundedList(name, LIMITS.entriesPerTaxonomyList, taxonomyEntrySchema, (input) => `${name} must be a list of entries, not ${quote(input)}`),
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

const optionalText = (what: string, max: number) => v.optional(v.nullable(boundedText(what, max)));
const optionalNames = (what: string, max: number, maxChars: number) => v.optional(v.nullable(nameList(what, max, maxChars)), []);
const optionalIds = (what: string, max: number, maxChars: number) => v.optional(v.nullable(idList(what, max, maxChars)), []);

export const assetSchema = v.object(
  {
    id: v.pipe(
      v.string((i) => (i.input === undefined ? 'the id is required' : `the id must be text, not ${quote(i.input)}`)),
      v.transform(cleanId),
      v.minLength(1, 'the id is required'),
      v.maxLength(LIMITS.idChars, tooLong('the id', LIMITS.idChars)),
    ),
    title: v.pipe(
      v.string((i) => (i.input === undefined ? 'the title is required' : `the title must be text, not ${quote(i.input)}`)),
      v.transform(cleanName),
      v.minLength(1, 'the title is required'),
      v.maxLength(LIMITS.titleChars, tooLong('the title', LIMITS.titleChars)),
    ),
    url: v.pipe(
      v.string((i) => (i.input === undefined ? 'the URL is required' : `the URL must be text, not ${quote(i.input)}`)),
      v.trim(),
      v.minLength(1, 'the URL is required'),
      v.maxLength(LIMITS.urlChars, tooLong('the URL', LIMITS.urlChars)),
      // An empty URL is reported once, as missing, not also as not absolute (the checks after a failed one still run).
      v.check((url) => url === '' || isHttpUrl(url), (i) => urlProblem(i.input as string)),
      v.check(
        (url) => !hasCredentials(url),
        'the URL carries a user name or password: remove them (a link is shared with every prospect it is sent to)',
      ),
    ),
    type: v.picklist(
      ASSET_TYPES,
      (i) =>
        i.input === undefined
          ? 'the type is required'
          : `unknown type ${quote(i.input)}; use one of ${ASSET_TYPES.join(', ')}`,
    ),
    description: optionalText('the description', LIMITS.descriptionChars),
    personas: optionalIds('personas', LIMITS.referencesPerAsset, LIMITS.taxonomyIdChars),
    industries: optionalIds('industries', LIMITS.referencesPerAsset, LIMITS.taxonomyIdChars),
    painPoints: optionalIds('painPoints', LIMITS.referencesPerAsset, LIMITS.taxonomyIdChars),
    stage: v.optional(
      v.nullable(
        v.picklist(STAGES, (i) => `unknown stage ${quote(i.input)}; use one of ${STAGES.join(', ')}`),
      ),
    ),
    publishedAt: v.optional(v.nullable(dateSchema)),
    expiresAt: v.optional(v.nullable(dateSchema)),
    tags: optionalNames('tags', LIMITS.tagsPerAsset, LIMITS.tagChars),
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
    name: optionalText('the name', LIMITS.nameChars),
    updatedAt: optionalText('updatedAt', LIMITS.nameChars),
    taxonomy: v.optional(v.nullable(taxonomySchema)),
    assets: boundedList('assets', LIMITS.assets, assetSchema, (input) =>
      input === undefined ? 'assets is missing: a pack lists its assets' : `assets must be a list, not ${quote(input)}`,
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
