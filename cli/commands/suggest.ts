// tailor suggest --library <pack.json> (--prospect <prospect.json> | --prospects <prospects.jsonl>) [--limit N] [--today YYYY-MM-DD]
import { compileTaxonomy, contextOf, rankAssets, resolveProspect } from '../../lib/match';
import { todayIso, type LibraryPack, type Prospect } from '../../lib/model';
import { checkProspect, prospectSchema } from '../../lib/prospect-schema';
import { describeJsonSyntax, describeTooDeep } from '../../lib/pack/json-syntax';
import { capProblems, type Problem } from '../../lib/pack/problems';
import { isoDay, parseCommandArgs, positiveInt } from '../args';
import { EXIT, InputError, UsageError, loadPack, printJson, printProblems, readTextFile, type Io } from '../io';

export function suggestionsFor(pack: LibraryPack, compiled: ReturnType<typeof compileTaxonomy>, prospect: Prospect, limit: number, today: string) {
  const resolution = resolveProspect(prospect, compiled);
  const { personas, industries, painPoints } = contextOf(resolution);
  const { suggestions } = rankAssets(pack.assets, resolution, { today, limit, company: prospect.company });
  return {
    resolved: { personas, industries, painPoints },
    suggestions: suggestions.map((s) => ({ id: s.asset.id, title: s.asset.title, url: s.asset.url, type: s.asset.type, score: s.score, reasons: s.reasons })),
  };
}

/** JSON text, or the problem with its line and column (counted from firstLine in a JSON Lines file). */
function parseJson(text: string, file: string, firstLine = 1): { ok: true; data: unknown } | { ok: false; problem: Problem } {
  const tooDeep = describeTooDeep(text, firstLine);
  if (tooDeep) return { ok: false, problem: { file, where: tooDeep.where, message: tooDeep.message } };
  try {
    return { ok: true, data: JSON.parse(text) };
  } catch {
    const { where, message } = describeJsonSyntax(text, firstLine);
    return { ok: false, problem: { file, where: where === 'file' ? `line ${firstLine}` : where, message } };
  }
}

const PROSPECT_FIELDS = Object.keys(prospectSchema.entries);
const SOURCE_FIELDS = Object.keys(prospectSchema.entries.source.wrapped.entries);

/** Fields a prospect does not have ("jobTitle" for "title"): ignored by the matcher, so said, not silent. */
function unknownFields(data: unknown): string[] {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return [];
  const o = data as Record<string, unknown>;
  const source = typeof o.source === 'object' && o.source !== null && !Array.isArray(o.source) ? Object.keys(o.source).filter((k) => !SOURCE_FIELDS.includes(k)) : [];
  return [...Object.keys(o).filter((k) => !PROSPECT_FIELDS.includes(k)), ...source.map((k) => `source.${k}`)];
}

const PROSPECT_EXAMPLE = '{"title": "Chief Financial Officer", "industry": "Hospitals and Health Care"}';

/**
 * What a JSON object given as a prospect is instead, when it is plainly not one: a library pack or team
 * figures (whose `name` alone would otherwise be read as a prospect's), or, for a whole `--prospect` file,
 * an object with none of a prospect's fields. Undefined for a prospect, however few its fields.
 */
function notAProspect(data: unknown, wholeFile: boolean): string | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const o = data as Record<string, unknown>;
  const wanted = `a prospect is one JSON object of its fields (${PROSPECT_FIELDS.join(', ')}), such as ${PROSPECT_EXAMPLE}`;
  if (o.format === 'tailor-library' || (Array.isArray(o.assets) && 'taxonomy' in o))
    return `this is a library pack, not a prospect: give it to --library; ${wanted}`;
  if (o.totals !== undefined && o.reps !== undefined)
    return `this is a team figures file (what \`tailor insights\` writes), not a prospect; ${wanted}`;
  const keys = Object.keys(o);
  if (wholeFile && keys.length > 0 && !keys.some((k) => PROSPECT_FIELDS.includes(k)))
    return `this is not a prospect: it has none of a prospect's fields, only ${keys.slice(0, 5).join(', ')}${keys.length > 5 ? ` and ${keys.length - 5} more` : ''}; ${wanted}`;
  return undefined;
}

/** One warning a field, at the first line that has it, with how many lines in all. */
class UnknownFields {
  private readonly seen = new Map<string, { where: string; count: number }>();
  /** `where` is the line of a JSON Lines file; a whole-file prospect is placed at the field itself. */
  add(data: unknown, where?: string) {
    for (const field of unknownFields(data)) {
      const entry = this.seen.get(field);
      if (entry) entry.count++;
      else this.seen.set(field, { where: where ?? field, count: 1 });
    }
  }
  problems(file: string): Problem[] {
    return [...this.seen].map(([field, { where, count }]) => ({
      file,
      where,
      field,
      message: `unknown field "${field}" is ignored${count > 1 ? ` (in ${count} lines)` : ''}; a prospect's fields are ${PROSPECT_FIELDS.join(', ')}`,
    }));
  }
}

export const SUGGEST_OPTIONS = {
  library: { type: 'string' },
  prospect: { type: 'string' },
  prospects: { type: 'string' },
  limit: { type: 'string' },
  today: { type: 'string' },
} as const;

export function suggest(argv: string[], io: Io): number {
  const { values, positionals } = parseCommandArgs(argv, SUGGEST_OPTIONS);
  if (positionals.length)
    throw new UsageError(`unexpected argument "${positionals[0]}": a prospect file goes after --prospect (one JSON object) or --prospects (JSON Lines)`);
  if (!values.library) throw new UsageError('--library is required');
  if (!values.prospect === !values.prospects) throw new UsageError('give one of --prospect or --prospects');
  const limit = positiveInt(values.limit, 'limit', 5);
  const today = isoDay(values.today, 'today') ?? todayIso();

  const { pack, warnings } = loadPack(io, values.library);
  printProblems(io, capProblems(warnings), 'warning');
  const compiled = compileTaxonomy(pack.taxonomy, pack.assets);

  if (values.prospect) {
    const file = values.prospect;
    const parsed = parseJson(readTextFile(io, values.prospect), file);
    if (!parsed.ok) throw new InputError([parsed.problem]);
    const other = notAProspect(parsed.data, true);
    if (other) throw new InputError([{ file, where: 'file', message: other }]);
    const check = checkProspect(parsed.data);
    if (!check.ok) throw new InputError(check.errors.map((e) => ({ file, where: e.where, field: e.where, message: e.message })));
    const unknown = new UnknownFields();
    unknown.add(parsed.data);
    printProblems(io, unknown.problems(file), 'warning');
    printJson(io, suggestionsFor(pack, compiled, check.prospect, limit, today));
    return EXIT.ok;
  }

  const file = values.prospects!;
  const lines = readTextFile(io, values.prospects!).split(/\r?\n/);
  const prospects: Prospect[] = [];
  const problems: Problem[] = [];
  const unknown = new UnknownFields();
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const where = `line ${i + 1}`;
    const parsed = parseJson(line, file, i + 1);
    if (!parsed.ok) {
      problems.push(parsed.problem);
      return;
    }
    const other = notAProspect(parsed.data, false);
    if (other) {
      problems.push({ file, where, message: other });
      return;
    }
    unknown.add(parsed.data, where);
    const check = checkProspect(parsed.data);
    if (check.ok) prospects.push(check.prospect);
    else for (const e of check.errors) problems.push({ file, where, field: e.where, message: e.message });
  });
  if (problems.length) throw new InputError(capProblems(problems));
  printProblems(io, unknown.problems(file), 'warning');
  io.stdout(prospects.map((p) => JSON.stringify(suggestionsFor(pack, compiled, p, limit, today))).join('\n') + (prospects.length ? '\n' : ''));
  return EXIT.ok;
}
