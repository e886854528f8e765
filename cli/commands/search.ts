// tailor search --library <pack.json> (--query "text" | --queries <queries.txt>) [--limit N]
import { buildSearchIndex, searchAssets } from '../../lib/search';
import { capProblems } from '../../lib/pack/problems';
import { parseCommandArgs, positiveInt } from '../args';
import { EXIT, UsageError, loadPack, printJson, printProblems, readTextFile, type Io } from '../io';

export const SEARCH_OPTIONS = {
  library: { type: 'string' },
  query: { type: 'string' },
  queries: { type: 'string' },
  limit: { type: 'string' },
} as const;

export function search(argv: string[], io: Io): number {
  const { values, positionals } = parseCommandArgs(argv, SEARCH_OPTIONS);
  if (positionals.length) {
    // `--query onbording checklist` leaves "checklist" over: the whole text is shown as it should be given.
    const words = [values.query ?? '', ...positionals].filter(Boolean).join(' ');
    throw new UsageError(`unexpected argument "${positionals[0]}": the text to search for goes after --query, in quotes when it has spaces (--query "${words}")`);
  }
  if (!values.library) throw new UsageError('--library is required');
  if ((values.query === undefined) === (values.queries === undefined)) throw new UsageError('give one of --query or --queries');
  const limit = positiveInt(values.limit, 'limit', 10);
  const { pack, warnings } = loadPack(io, values.library);
  printProblems(io, capProblems(warnings), 'warning');
  const index = buildSearchIndex(pack.assets, pack.taxonomy);
  const run = (q: string) => ({
    results: searchAssets(index, q, { limit }).map((r) => ({ id: r.asset.id, title: r.asset.title, score: r.score })),
  });
  if (values.query !== undefined) {
    printJson(io, run(values.query));
    return EXIT.ok;
  }
  // One line of output for each line of the file, blank lines included, so answers line up with queries.
  const lines = readTextFile(io, values.queries!).split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  io.stdout(lines.map((q) => JSON.stringify(run(q))).join('\n') + (lines.length ? '\n' : ''));
  return EXIT.ok;
}
