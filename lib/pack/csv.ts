// CSV import and export (FORMATS.md): one asset a row, parsed by papaparse, checked by the same
// schema as packs. Rows are numbered as a spreadsheet shows them: the header is row 1.
import Papa from 'papaparse';
import * as v from 'valibot';
import {
  TAXONOMY_KINDS,
  TAXONOMY_KIND_LABELS,
  type PackAsset,
  type Taxonomy,
  type TaxonomyEntry,
  type TaxonomyKind,
} from '../model';
import { cleanList, normaliseAsset, stripBom, utf8Length } from './pack';
import { MAX_LIBRARY_BYTES, tooBigProblem, type Problem } from './problems';
import { LIMITS, assetSchema, isIsoDate } from './rules';
import { cleanName, nameKey, visible } from './clean';
import { ownValue } from '../own';
import { LookalikeIndex } from './lookalike';
import { listWithAnd } from './wording';
import type { TextEncodingName } from './decode';

export const CSV_COLUMNS = [
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
  'id',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
type Column = CsvColumn;

export interface CsvOptions {
  file?: string;
  /** The taxonomy that persona, industry and pain-point cells name (by id or label, any case). */
  taxonomy?: Taxonomy;
  /** Add values that name no taxonomy entry as new entries instead of rejecting the row. */
  addTaxonomy?: boolean;
  /** How to ask for that, in the words of where the import runs (the command line's flag by default). */
  addTaxonomyHint?: string;
  /** Report values that name no taxonomy entry as warnings (validating a CSV with no taxonomy at hand). */
  unknownTaxonomyIsWarning?: boolean;
  /** Without a taxonomy (and without `addTaxonomy`) no name can be checked: how to give one, in the words
   * of where the import runs. The names are then reported once for the file, not once a value. */
  noTaxonomyHint?: string;
  /** How the file's bytes were decoded (`decodeText`): a file that was not UTF-8 gets a warning. */
  encoding?: TextEncodingName;
  /** Called every few thousand rows, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

export interface CsvRowResult {
  /** The spreadsheet row number (the header is row 1). */
  row: number;
  asset?: PackAsset;
  errors: Problem[];
}

export interface CsvResult {
  /** Every data row, accepted or not, in file order. */
  rows: CsvRowResult[];
  /** The taxonomy the rows refer to: the one given, plus entries added with `addTaxonomy`. */
  taxonomy: Taxonomy;
  /** Entries `addTaxonomy` created, by kind. */
  added: Record<TaxonomyKind, TaxonomyEntry[]>;
  /** The same entries in the order they were created, with the rows that name them and the entry each
   * looks like (one edit or a plural away), so whoever asked for them can see what was made. */
  additions: TaxonomyAddition[];
  /** Problems with the file as a whole and every row's problems. */
  errors: Problem[];
  warnings: Problem[];
  /** The columns the header has: a field with no column says nothing about an asset's existing value. */
  columns: Column[];
}

export interface TaxonomyAddition {
  kind: TaxonomyKind;
  entry: TaxonomyEntry;
  /** Spreadsheet rows whose cells name it. */
  rows: number[];
  /** An entry it was not merged with but probably means. */
  looksLike?: TaxonomyEntry;
}

const headerKey = (h: string) => h.trim().toLowerCase().replace(/[\s_-]+/g, '');
const COLUMN_BY_KEY = new Map<string, Column>(CSV_COLUMNS.map((c) => [headerKey(c), c]));

/** Headers other tools use for a column (Notion, HubSpot, a sheet of one's own), by `headerKey`. Never
 * mapped silently: a missing required column, or an unknown column, names the one it may be. */
const HEADER_LOOKALIKES = new Map<string, Column>(
  Object.entries({
    title: ['asset name', 'name', 'asset', 'asset title', 'content name', 'content title', 'headline', 'page title'],
    url: ['link', 'links', 'asset url', 'asset link', 'page url', 'web address', 'address', 'href', 'location'],
    type: ['content type', 'asset type', 'format', 'kind'],
    description: ['summary', 'abstract', 'notes', 'blurb'],
    personas: ['audience', 'audiences', 'persona', 'target audience', 'buyer persona', 'role', 'roles'],
    industries: ['industry', 'vertical', 'verticals', 'sector', 'sectors'],
    painPoints: ['pain point', 'pain', 'pains', 'challenge', 'challenges', 'problem', 'problems'],
    stage: ['funnel stage', 'funnel', 'buyer stage', 'journey stage', 'lifecycle stage'],
    publishedAt: ['published', 'publish date', 'published date', 'date published', 'publication date', 'published on', 'date'],
    expiresAt: ['expires', 'expiry', 'expiry date', 'expiration', 'expiration date', 'expires on', 'review date'],
    tags: ['tag', 'keywords', 'labels', 'topics'],
  }).flatMap(([column, names]) => names.map((name) => [headerKey(name), column as Column] as const)),
);

const TYPE_ALIASES: Record<string, string> = {
  'case-studies': 'case-study',
  casestudy: 'case-study',
  'customer-story': 'case-study',
  blog: 'blog-post',
  'blog-posts': 'blog-post',
  blogpost: 'blog-post',
  article: 'blog-post',
  videos: 'video',
  'white-paper': 'whitepaper',
  whitepapers: 'whitepaper',
  'e-book': 'ebook',
  ebooks: 'ebook',
  webinars: 'webinar',
  onepager: 'one-pager',
  'one-pagers': 'one-pager',
  deck: 'presentation',
  slides: 'presentation',
  'slide-deck': 'presentation',
  'data-sheet': 'datasheet',
  datasheets: 'datasheet',
  infographics: 'infographic',
};

const STAGE_ALIASES: Record<string, string> = {
  tofu: 'awareness',
  'top-of-funnel': 'awareness',
  mofu: 'consideration',
  'middle-of-funnel': 'consideration',
  bofu: 'decision',
  'bottom-of-funnel': 'decision',
  purchase: 'decision',
};

const keyOf = (value: string) => value.trim().toLowerCase().replace(/[\s_]+/g, '-');

/**
 * A cell a spreadsheet would run as a formula: judged by its first character alone, whatever follows.
 * (papaparse's own `escapeFormulae: true` tests /^[=+\-@\t\r].*$/, which a line break inside the cell
 * defeats: "=HYPERLINK(...)" then a newline went out as a live formula.)
 */
export const FORMULA_CELL = /^[=+\-@\t\r]/;
/** The cells export guards with an apostrophe: formulas, and text that already starts with apostrophes
 * before one ("'+1" must come back as "'+1", not "+1"). */
const GUARDED_CELL = /^'*[=+\-@\t\r]/;

/** Export writes `'=...` so spreadsheets never run a cell; import takes the apostrophe off again. */
function unneutralise(cell: string): string {
  return cell.startsWith("'") && GUARDED_CELL.test(cell.slice(1)) ? cell.slice(1) : cell;
}

/** A quoted cell after spaces is not quoted by RFC 4180, but a person writing it meant it to be. Only
 * after spaces: a properly quoted cell whose text is itself in quotes ("""Hello""") keeps them. */
function unwrapSpacedQuotes(raw: string): string {
  const cell = raw.trim();
  return /^\s/.test(raw) && /^"(?:[^"]|"")*"$/.test(cell) ? cell.slice(1, -1).replace(/""/g, '"') : cell;
}

/** A taxonomy id from a label: "Health Care" -> "health-care". */
export function slugify(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A short stable hash (FNV-1a), so a row without an id gets the same id on every import. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36).padStart(7, '0');
}

/** The id for an asset that has none: derived from its URL, so re-importing the same row updates it. */
export const assetIdForUrl = (url: string): string => `a-${shortHash(url.trim())}`;

/** A new entry the row being read names, created only if that row is accepted. */
interface PendingEntry {
  kind: TaxonomyKind;
  id: string;
  label: string;
}

class TaxonomyLookup {
  private readonly byKey: Record<TaxonomyKind, Map<string, string>>;
  readonly taxonomy: Taxonomy;
  readonly added: Record<TaxonomyKind, TaxonomyEntry[]> = { personas: [], industries: [], painPoints: [] };
  readonly additions: TaxonomyAddition[] = [];
  private readonly additionById: Record<TaxonomyKind, Map<string, TaxonomyAddition>> = {
    personas: new Map(),
    industries: new Map(),
    painPoints: new Map(),
  };
  /** What the row being read would add and which earlier additions it names: a rejected row leaves the
   * taxonomy as it was, so no entry exists that only a rejected row named. */
  private readonly row = {
    entries: [] as PendingEntry[],
    byKey: { personas: new Map(), industries: new Map(), painPoints: new Map() } as Record<TaxonomyKind, Map<string, string>>,
    uses: new Set<TaxonomyAddition>(),
  };

  constructor(base: Taxonomy | undefined) {
    this.taxonomy = {
      personas: [...(base?.personas ?? [])],
      industries: [...(base?.industries ?? [])],
      painPoints: [...(base?.painPoints ?? [])],
    };
    this.byKey = { personas: new Map(), industries: new Map(), painPoints: new Map() };
    for (const kind of TAXONOMY_KINDS) for (const e of this.taxonomy[kind]) this.index(kind, e);
  }

  private readonly lookalikes: Partial<Record<TaxonomyKind, LookalikeIndex>> = {};
  /** Every id of each list, so a new entry finds a free id without a scan of the list (quadratic in a
   * sheet of thousands of new names). */
  private readonly ids: Record<TaxonomyKind, Set<string>> = { personas: new Set(), industries: new Set(), painPoints: new Set() };

  /** The entry a name probably means (one edit or a plural away), built on first use. */
  lookalike(kind: TaxonomyKind, name: string): TaxonomyEntry | undefined {
    const index = (this.lookalikes[kind] ??= new LookalikeIndex(this.taxonomy[kind]));
    return index.find(name);
  }

  private index(kind: TaxonomyKind, e: TaxonomyEntry) {
    this.lookalikes[kind]?.add(e);
    this.ids[kind].add(e.id);
    this.byKey[kind].set(nameKey(e.id), e.id);
    if (!this.byKey[kind].has(nameKey(e.label))) this.byKey[kind].set(nameKey(e.label), e.id);
  }

  private idOf(kind: TaxonomyKind, value: string): string | undefined {
    const key = nameKey(value);
    return this.byKey[kind].get(key) ?? this.row.byKey[kind].get(key);
  }

  /** Whether a name names an entry (or one the row being read adds), without counting it as used. */
  has(kind: TaxonomyKind, value: string): boolean {
    return this.idOf(kind, value) !== undefined;
  }

  find(kind: TaxonomyKind, value: string): string | undefined {
    const id = this.idOf(kind, value);
    const addition = id === undefined ? undefined : this.additionById[kind].get(id);
    if (addition) this.row.uses.add(addition);
    return id;
  }

  /** A new entry for a name, kept only if `accept` is called for the row that names it. */
  add(kind: TaxonomyKind, label: string): string {
    const base = slugify(label) || `entry-${shortHash(label)}`;
    const taken = (id: string) => this.ids[kind].has(id) || this.row.entries.some((e) => e.kind === kind && e.id === id);
    let id = base;
    for (let n = 2; taken(id); n++) id = `${base}-${n}`;
    const entry: PendingEntry = { kind, id, label: cleanName(label) };
    this.row.entries.push(entry);
    this.row.byKey[kind].set(nameKey(id), id);
    if (!this.row.byKey[kind].has(nameKey(entry.label))) this.row.byKey[kind].set(nameKey(entry.label), id);
    return id;
  }

  /** The row was accepted: its new entries join the taxonomy, and the additions it names list it. */
  accept(row: number) {
    for (const addition of this.row.uses) addition.rows.push(row);
    for (const { kind, id, label } of this.row.entries) {
      const entry: TaxonomyEntry = { id, label, aliases: [] };
      const looksLike = this.lookalike(kind, label);
      const addition: TaxonomyAddition = { kind, entry, rows: [row], ...(looksLike ? { looksLike } : {}) };
      this.additions.push(addition);
      this.additionById[kind].set(id, addition);
      this.taxonomy[kind].push(entry);
      this.added[kind].push(entry);
      this.index(kind, entry);
    }
    this.startRow();
  }

  /** Before each row's names are read: what the row before would have added, if it was rejected, is dropped. */
  startRow() {
    // Clearing a Map allocates a new table: a 50,000-row import read 20% slower clearing them every row.
    if (this.row.entries.length > 0) {
      this.row.entries.length = 0;
      for (const kind of TAXONOMY_KINDS) this.row.byKey[kind].clear();
    }
    if (this.row.uses.size > 0) this.row.uses.clear();
  }
}

/** A header without commas that names known columns when split on tabs or ";": the file parsed so. */
function otherSeparator(body: string, line: string) {
  for (const separator of ['\t', ';'] as const) {
    if (!line.includes(separator)) continue;
    const parsed = Papa.parse<string[]>(body, { delimiter: separator, skipEmptyLines: false });
    const header = parsed.data[0] ?? [];
    if (header.length > 1 && header.some((h) => COLUMN_BY_KEY.has(headerKey(unneutralise(h))))) return { parsed, separator };
  }
  return undefined;
}

/** The parts of a value written as a list with "," or "|" (not the ";" lists are separated by). */
const otherListParts = (value: string): string[] => (/[,|]/.test(value) ? cleanList(value.split(/[,|]/).map(cleanName)) : []);
/** A "," or "|" between words, as a list would have it ("1,000" has none). */
const LIST_IN_A_TAG = /\p{L}\s*[,|]\s*\S|\S\s*[,|]\s*\p{L}/u;
const quotedList = (values: string[]) => listWithAnd(values.map((v) => `"${visible(v)}"`));

/** The taxonomy names each column's cells hold as a value of their own (with no "," or "|" in it). */
function namesUsedAlone(records: string[][], columns: readonly (Column | undefined)[]): Record<TaxonomyKind, Set<string>> {
  const names: Record<TaxonomyKind, Set<string>> = { personas: new Set(), industries: new Set(), painPoints: new Set() };
  for (const kind of TAXONOMY_KINDS) {
    const at = columns.indexOf(kind);
    if (at < 0) continue;
    for (let index = 1; index < records.length; index++) {
      const cell = records[index]?.[at];
      if (cell) for (const value of splitList(unneutralise(unwrapSpacedQuotes(cell)))) if (!/[,|]/.test(value)) names[kind].add(nameKey(value));
    }
  }
  return names;
}

/** A date as spreadsheets in other settings write it, and its ISO form where there is no doubt. */
interface LocalDate {
  /** "day.month.year", "day/month/year" (a first number over 12), "month/day/year" (a second one over
   * 12), "slashes" (either), or undefined for anything else. */
  form?: 'day.month.year' | 'day/month/year' | 'month/day/year' | 'slashes';
  written: string;
  iso?: string;
}

/** The date written YYYY-MM-DD, if it is one on the calendar (`isIsoDate` says which are). */
function isoDate(year: number, month: number, day: number): string | undefined {
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}

function localDate(value: string): LocalDate {
  const written = value.trim();
  const dots = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(written);
  if (dots) {
    const iso = isoDate(+dots[3]!, +dots[2]!, +dots[1]!);
    return iso ? { form: 'day.month.year', written, iso } : { written };
  }
  const slashes = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(written);
  if (!slashes) return { written };
  const [a, b, year] = [+slashes[1]!, +slashes[2]!, +slashes[3]!];
  const dayFirst = isoDate(year, b, a);
  const monthFirst = isoDate(year, a, b);
  if (dayFirst && monthFirst) return { form: 'slashes', written };
  if (dayFirst) return { form: 'day/month/year', written, iso: dayFirst };
  if (monthFirst) return { form: 'month/day/year', written, iso: monthFirst };
  return { written };
}

/** The one form every date error of a column has, when the column leaves no doubt which it is: slashes
 * are day/month/year when some first number is over 12 and no second one is (and the other way round). */
function columnDateForm(dates: readonly LocalDate[]): { form: string; example: string; iso: string } | undefined {
  if (dates.some((d) => !d.form)) return undefined;
  const forms = new Set(dates.map((d) => d.form));
  const dots = forms.size === 1 && forms.has('day.month.year');
  const onlySlashes = [...forms].every((f) => f !== 'day.month.year');
  const form = dots
    ? 'day.month.year'
    : onlySlashes && forms.has('day/month/year') && !forms.has('month/day/year')
      ? 'day/month/year'
      : onlySlashes && forms.has('month/day/year') && !forms.has('day/month/year')
        ? 'month/day/year'
        : undefined;
  if (!form) return undefined;
  const first = dates.find((d) => d.form === form)!;
  return { form, example: first.written, iso: first.iso! };
}

const splitList = (cell: string): string[] => cleanList(cell.split(';').map(cleanName));

/** Reads a CSV of assets. Never throws; `errors` is empty only when every row is good. */
export function readAssetsCsv(text: string, options: CsvOptions = {}): CsvResult {
  const { file } = options;
  const lookup = new TaxonomyLookup(options.taxonomy);
  const result: CsvResult = {
    rows: [],
    taxonomy: lookup.taxonomy,
    added: lookup.added,
    additions: lookup.additions,
    errors: [],
    warnings: [],
    columns: [],
  };
  // With no taxonomy to check names against, a message a name would only repeat one fact: say it once.
  const noTaxonomy = !options.taxonomy && !options.addTaxonomy;
  const unchecked = { names: new Set<string>(), rows: new Set<number>() };
  let suggestions = 0;
  const fail = (where: string, message: string) => {
    result.errors.push({ file, where, message });
    return result;
  };

  const bytes = utf8Length(text);
  if (bytes > MAX_LIBRARY_BYTES) {
    result.errors.push(tooBigProblem(bytes, file));
    return result;
  }
  const body = stripBom(text);
  if (body.trim() === '') return fail('file', 'the file is empty: a header row (title,url,...) and one asset a row are expected');
  if (body.includes('\u0000'))
    return fail(
      'file',
      // A workbook saved as is (.xlsx and .ods are zip files, .xls a compound file) is the commonest one.
      body.startsWith('PK\u0003\u0004') || body.startsWith('\ufffd\ufffd\u0011') || body.startsWith('\u00d0\u00cf\u0011')
        ? 'this is a spreadsheet workbook (Excel or OpenDocument), not CSV text: save it as "CSV UTF-8 (comma delimited)"'
        : 'this is a binary file, not CSV text',
    );
  if (options.encoding === 'windows-1252')
    result.warnings.push({
      file,
      where: 'file',
      message:
        'this file is not UTF-8; it was read as Windows-1252, as Excel\'s "CSV (Comma delimited)" saves it: check accented letters, or save it as "CSV UTF-8"',
    });
  else if (body.includes('\ufffd'))
    result.warnings.push({
      file,
      where: 'file',
      message: 'some characters could not be read: save the file as "CSV UTF-8" so accents and symbols survive',
    });

  let parsed = Papa.parse<string[]>(body, { delimiter: ',', skipEmptyLines: false });
  let separator: ',' | ';' | '\t' = ',';
  if ((parsed.data[0]?.length ?? 0) <= 1) {
    const line = parsed.data[0]?.[0] ?? '';
    // Excel saves "CSV" with ";" where the decimal mark is a comma (German, French, Italian...), and
    // "Unicode Text" with tabs: read so when the header, split so, names the columns, and say so.
    const other = otherSeparator(body, line);
    if (!other)
      return fail(
        'row 1',
        `the header has no commas: this file looks ${line.includes('\t') ? 'tab' : 'semicolon'}-separated, and its header names none of the columns ${CSV_COLUMNS.join(',')}. Save it as "CSV UTF-8 (comma delimited)" with that header`,
      );
    ({ parsed, separator } = other);
    result.warnings.push({
      file,
      where: 'file',
      message:
        separator === ';'
          ? 'this file is semicolon-separated (as Excel saves "CSV" where the decimal mark is a comma): it was read with ";" between cells; a list in a cell is still separated by ";", in double quotes'
          : 'this file is tab-separated (as Excel saves "Unicode Text"): it was read with tabs between cells',
    });
  }
  const records = parsed.data;
  const header = records[0] ?? [];

  const dataRows = records.length - 1 - (records.length > 1 && records.at(-1)!.every((c) => c.trim() === '') ? 1 : 0);
  if (dataRows > LIMITS.assets)
    return fail(
      'file',
      `the file has ${dataRows.toLocaleString('en-US')} rows; a library holds up to ${LIMITS.assets.toLocaleString('en-US')} assets`,
    );

  const columns: (Column | undefined)[] = [];
  const seenColumns = new Set<Column>();
  const present = new Set(header.map((h) => COLUMN_BY_KEY.get(headerKey(unneutralise(h)))));
  header.forEach((raw, i) => {
    const column = COLUMN_BY_KEY.get(headerKey(unneutralise(raw)));
    if (!column) {
      if (raw.trim()) {
        const lookalike = HEADER_LOOKALIKES.get(headerKey(unneutralise(raw)));
        const like = lookalike && !present.has(lookalike) ? lookalike : undefined;
        result.warnings.push({
          file,
          where: 'row 1',
          field: raw.trim(),
          message: `unknown column "${raw.trim()}" is ignored${like ? `; if it holds ${like}, rename that header ${like}` : ''}`,
        });
      }
      columns.push(undefined);
      return;
    }
    if (seenColumns.has(column)) {
      result.errors.push({ file, where: 'row 1', field: column, message: `the column "${column}" appears twice (column ${i + 1})` });
    }
    seenColumns.add(column);
    columns.push(column);
  });
  result.columns = [...seenColumns];
  for (const required of ['title', 'url'] as const) {
    if (seenColumns.has(required)) continue;
    const like = header.map((h) => h.trim()).find((h, i) => !columns[i] && HEADER_LOOKALIKES.get(headerKey(unneutralise(h))) === required);
    result.errors.push({
      file,
      where: 'row 1',
      field: required,
      message: like
        ? `no "${required}" column; "${visible(like)}" may be it: rename that header ${required}`
        : `the header has no "${required}" column; expected columns: ${CSV_COLUMNS.join(',')}`,
    });
  }
  if (result.errors.length > 0) return result;

  const syntaxByRow = new Map<number, string>();
  for (const e of parsed.errors) {
    if (e.row !== undefined && !syntaxByRow.has(e.row))
      syntaxByRow.set(
        e.row,
        e.code === 'MissingQuotes'
          ? 'a quoted cell is never closed: a double quote is missing'
          : e.code === 'InvalidQuotes'
            ? 'a quote inside a quoted cell must be doubled ("")'
            : e.message,
      );
  }

  // With addTaxonomy, the parts of a "," or "|" list may be names the file itself creates (on any row): read
  // from every row the first time a value looks like such a list, not for every file.
  let namedAlone: Record<TaxonomyKind, Set<string>> | undefined;
  const usedAlone = (kind: TaxonomyKind, part: string) =>
    options.addTaxonomy === true && (namedAlone ??= namesUsedAlone(records, columns))[kind].has(nameKey(part));
  const dateErrors: Partial<Record<'publishedAt' | 'expiresAt', LocalDate[]>> = {};
  const ids = new Map<string, number>();
  const urls = new Map<string, number>();
  for (let index = 1; index < records.length; index++) {
    if (options.onProgress && index % 2000 === 0) options.onProgress(index, records.length - 1);
    const cells = records[index] ?? [];
    const rowNumber = index + 1;
    const where = `row ${rowNumber}`;
    if (cells.every((c) => c.trim() === '')) continue;
    const rowResult: CsvRowResult = { row: rowNumber, errors: [] };
    result.rows.push(rowResult);
    const problem = (field: string | undefined, message: string) => rowResult.errors.push({ file, where, field, message });

    const syntax = syntaxByRow.get(index);
    if (syntax) {
      problem(undefined, syntax);
      continue;
    }
    if (cells.length > columns.length && cells.slice(columns.length).some((c) => c.trim() !== '')) {
      problem(
        undefined,
        `this row has ${cells.length} cells but the header has ${columns.length}: a cell with a ${separator === ',' ? 'comma' : separator === ';' ? 'semicolon' : 'tab'} must be in double quotes`,
      );
      continue;
    }

    const cell: Partial<Record<Column, string>> = {};
    columns.forEach((column, i) => {
      if (column) cell[column] = unneutralise(unwrapSpacedQuotes(cells[i] ?? ''));
    });

    const draft: Record<string, unknown> = {
      id: cell.id || (cell.url ? assetIdForUrl(cell.url) : ''),
      title: cell.title ?? '',
      url: cell.url ?? '',
      type: cell.type ? (ownValue(TYPE_ALIASES, keyOf(cell.type)) ?? keyOf(cell.type)) : 'other',
      tags: splitList(cell.tags ?? ''),
    };
    for (const tag of draft.tags as string[])
      if (LIST_IN_A_TAG.test(tag))
        result.warnings.push({
          file,
          where,
          field: 'tags',
          message: `"${visible(tag)}" is one tag: lists are separated by ";" (${otherListParts(tag).join(';')})`,
        });
    if (cell.description) draft.description = cell.description;
    if (cell.stage) draft.stage = ownValue(STAGE_ALIASES, keyOf(cell.stage)) ?? cell.stage.toLowerCase();
    if (cell.publishedAt) draft.publishedAt = cell.publishedAt;
    if (cell.expiresAt) draft.expiresAt = cell.expiresAt;

    lookup.startRow();
    for (const kind of TAXONOMY_KINDS) {
      const ids: string[] = [];
      for (const value of splitList(cell[kind] ?? '')) {
        const found = lookup.find(kind, value);
        const parts = found ? [] : otherListParts(value);
        if (found) ids.push(found);
        else if (parts.length > 1 && parts.every((part) => lookup.has(kind, part) || usedAlone(kind, part)))
          // A list separated by "," or "|": never an entry of its own, even with addTaxonomy.
          problem(
            kind,
            `"${visible(value)}" names no ${TAXONOMY_KIND_LABELS[kind].one.toLowerCase()}; its parts ${quotedList(parts)} do: lists are separated by ";"`,
          );
        else if (options.addTaxonomy) ids.push(lookup.add(kind, value));
        else if (noTaxonomy) {
          unchecked.names.add(`${kind}:${nameKey(value)}`);
          unchecked.rows.add(rowNumber);
        } else {
          // Only the errors that are shown (at most 200) need a suggestion: a sheet of thousands of unknown
          // names must not cost thousands of taxonomy scans.
          const near = suggestions++ < 200 ? lookup.lookalike(kind, value) : undefined;
          const message = `"${visible(value)}" names no ${TAXONOMY_KIND_LABELS[kind].one.toLowerCase()} in the taxonomy (by id or label)${near ? `: did you mean "${visible(near.label)}"? If not,` : ';'} add it to the taxonomy, or ${options.addTaxonomyHint ?? 'import with --add-taxonomy'}`;
          if (options.unknownTaxonomyIsWarning) result.warnings.push({ file, where, field: kind, message });
          else problem(kind, message);
        }
      }
      draft[kind] = ids;
    }

    const checked = v.safeParse(assetSchema, draft, { abortEarly: false });
    if (!checked.success) {
      for (const issue of checked.issues) {
        const field = issue.path?.find((p) => typeof p.key === 'string')?.key as string | undefined;
        // A row without an id takes one from its URL: with no URL either, "the URL is required" says it all.
        if (field === 'id' && !cell.id && !cell.url?.trim()) continue;
        if (field === 'publishedAt' || field === 'expiresAt') {
          const written = localDate(cell[field] ?? '');
          (dateErrors[field] ??= []).push(written);
          if (written.iso) {
            problem(field, `${issue.message}: write ${written.iso}`);
            continue;
          }
        }
        problem(field, issue.message);
      }
    }
    if (rowResult.errors.length > 0 || !checked.success) continue;

    const asset = normaliseAsset(checked.output);
    if (!cell.id) {
      // The same URL twice without ids: number the derived id rather than reject the row.
      const base = asset.id;
      for (let n = 2; ids.has(asset.id); n++) asset.id = `${base}-${n}`;
    }
    const firstId = ids.get(asset.id);
    if (firstId !== undefined) {
      problem('id', `duplicate id "${asset.id}" (also row ${firstId})`);
      continue;
    }
    ids.set(asset.id, rowNumber);
    const firstUrl = urls.get(asset.url);
    if (firstUrl !== undefined)
      result.warnings.push({ file, where, field: 'url', message: `the same URL as row ${firstUrl}` });
    else urls.set(asset.url, rowNumber);
    rowResult.asset = asset;
    lookup.accept(rowNumber);
  }

  if (result.rows.length === 0) return fail('file', 'the file has a header but no asset rows');
  if (unchecked.names.size > 0) {
    const rows = unchecked.rows.size;
    const problem: Problem = {
      file,
      where: 'file',
      message:
        `no taxonomy was given, so ${unchecked.names.size === 1 ? 'the persona, industry or pain-point name' : `the ${unchecked.names.size} persona, industry and pain-point names`} in ${rows === 1 ? 'row' : 'rows'} ${[...unchecked.rows].slice(0, 5).join(', ')}${rows > 5 ? ` and ${rows - 5} more` : ''} cannot be checked; ` +
        (options.noTaxonomyHint ?? 'give a taxonomy (--taxonomy PACK.json or --base PACK.json), or import with --add-taxonomy'),
    };
    (options.unknownTaxonomyIsWarning ? result.warnings : result.errors).push(problem);
  }
  for (const [field, dates] of Object.entries(dateErrors)) {
    const form = columnDateForm(dates);
    if (form && dates.length > 1)
      result.warnings.push({
        file,
        where: 'file',
        field,
        message: `all ${dates.length} ${field} dates that are not YYYY-MM-DD are written ${form.form} (${form.example}): write them YYYY-MM-DD (${form.iso})`,
      });
  }
  for (const a of lookup.additions) {
    if (a.looksLike)
      result.warnings.push({
        file,
        where: `row ${a.rows[0]}`,
        field: a.kind,
        message: `"${visible(a.entry.label)}" looks like "${visible(a.looksLike.label)}" (${a.looksLike.id}) but was added as a new ${TAXONOMY_KIND_LABELS[a.kind].one.toLowerCase()} (${a.entry.id}); if it is a typo, correct the ${a.rows.length === 1 ? 'row' : `rows (${a.rows.join(', ')})`}`,
      });
  }
  for (const r of result.rows) result.errors.push(...r.errors);
  return result;
}

/** Rows as CSV for a spreadsheet: formula cells get an apostrophe in front (the import takes it off). */
export function formulaSafeCsv(rows: unknown[][], fields?: readonly string[]): string {
  const data = fields ? { fields: [...fields], data: rows } : rows;
  return Papa.unparse(data, { newline: '\r\n', escapeFormulae: GUARDED_CELL });
}

/** Assets as CSV in the import's own columns, lists joined with ";". Cells a spreadsheet would run
 * as a formula (=, +, -, @, tab, carriage return) get an apostrophe in front; import removes it. */
export function assetsToCsv(assets: readonly PackAsset[]): string {
  const rows = assets.map((a) =>
    CSV_COLUMNS.map((c) => {
      const value = a[c];
      return Array.isArray(value) ? value.join(';') : (value ?? '');
    }),
  );
  return `${formulaSafeCsv(rows, CSV_COLUMNS)}\r\n`;
}
