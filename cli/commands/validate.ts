// tailor validate <pack.json or assets.csv> [--base <pack.json> | --taxonomy <pack.json>]
import { readAssetsCsv } from '../../lib/pack/csv';
import { readPack } from '../../lib/pack/pack';
import { capProblems } from '../../lib/pack/problems';
import { checkTeamFigures } from '../../lib/team/figures';
import { parseCommandArgs } from '../args';
import { EXIT, InputError, UsageError, printJson, printProblems, readDecodedFile, shellArg, type Io } from '../io';
import { TAXONOMY_OPTIONS, taxonomySource } from '../taxonomy-source';

export const VALIDATE_OPTIONS = TAXONOMY_OPTIONS;

export function validate(argv: string[], io: Io): number {
  const { values, positionals } = parseCommandArgs(argv, VALIDATE_OPTIONS);
  const [file, ...extra] = positionals;
  if (!file || extra.length) throw new UsageError('validate takes one file');
  try {
    return validateFile(file, values, io);
  } catch (e) {
    // A file that cannot be read at all (missing, a folder, too big) is invalid input like any other:
    // the same JSON answer, so a script reading standard output always gets one.
    if (!(e instanceof InputError)) throw e;
    printJson(io, { ok: false, errors: capProblems(e.problems), warnings: [] });
    printProblems(io, e.problems, 'error');
    return EXIT.invalid;
  }
}

function validateFile(file: string, options: { base?: string; taxonomy?: string }, io: Io): number {
  // The file as the user named it (`work/bad.csv`), as `tailor insights` names its files.
  const name = file;
  // A workbook or a tab-separated file is read as the sheet it is, to say how to save it as CSV.
  const isCsv = /\.(csv|txt|tsv|xlsx|xls|ods)$/i.test(file);
  if (!isCsv && (options.base !== undefined || options.taxonomy !== undefined))
    throw new UsageError('--base and --taxonomy apply to CSV files only');
  const { text, encoding } = readDecodedFile(io, file);
  const teamFigures = isCsv ? undefined : asTeamFigures(text);
  let result: { ok: boolean; assets: number; errors: ReturnType<typeof capProblems>; warnings: ReturnType<typeof capProblems> };
  if (isCsv) {
    // A CSV names taxonomy entries by id or label: against a taxonomy they must exist; without one they
    // cannot be checked, which is one warning (import can add them with --add-taxonomy).
    const taxonomy = taxonomySource(io, options)?.pack.taxonomy;
    const csv = readAssetsCsv(text, {
      file: name,
      encoding,
      taxonomy,
      unknownTaxonomyIsWarning: !taxonomy,
      noTaxonomyHint: `check them against your library pack's taxonomy (PACK.json is its file; --base PACK.json checks the same): npm run --silent tailor -- validate ${shellArg(name)} --taxonomy PACK.json`,
    });
    result = { ok: csv.errors.length === 0, assets: csv.rows.length, errors: capProblems(csv.errors), warnings: capProblems(csv.warnings) };
  } else if (teamFigures) {
    // What `tailor insights` writes is not a library pack: checked against its own format, the one the
    // Team view checks a file with before showing it.
    io.stderr(`${name} is a team figures file (what \`tailor insights\` writes), checked against the team figures format (docs/formats.md, "Team usage")\n`);
    const figures = checkTeamFigures(teamFigures, name);
    result = figures.ok
      ? { ok: true, assets: figures.figures.assets.length, errors: [], warnings: [] }
      : { ok: false, assets: 0, errors: capProblems(figures.errors), warnings: [] };
  } else {
    const pack = readPack(text, { file: name, encoding });
    result = pack.ok
      ? { ok: true, assets: pack.value.assets.length, errors: [], warnings: capProblems(pack.warnings) }
      : { ok: false, assets: 0, errors: capProblems(pack.errors), warnings: capProblems(pack.warnings) };
  }
  if (result.ok) {
    printJson(io, { ok: true, assets: result.assets, warnings: result.warnings });
    printProblems(io, result.warnings, 'warning');
    return EXIT.ok;
  }
  printJson(io, { ok: false, errors: result.errors, warnings: result.warnings });
  // Warnings first, then errors, as `import` prints them: a file read as Windows-1252 or as
  // semicolon-separated says so in the terminal even when it also has errors.
  printProblems(io, result.warnings, 'warning');
  printProblems(io, result.errors, 'error');
  return EXIT.invalid;
}

/**
 * A team figures file, read: it has no `format` field (docs/formats.md, "Team usage") and is known by what a
 * library pack never holds, `totals` and `reps`, with no `format` of a pack. Text that is not a JSON object
 * is left to the pack reader, which names the line and column; so is text that never says `"totals":`, which
 * is not parsed here (a pack is then parsed once, by the pack reader).
 */
function asTeamFigures(text: string): Record<string, unknown> | undefined {
  if (!/^\s*\{/.test(text) || !/"totals"\s*:/.test(text)) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const o = data as Record<string, unknown>;
  return o.format === undefined && o.totals !== undefined && o.reps !== undefined ? o : undefined;
}
