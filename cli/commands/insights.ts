// tailor insights <files or folders...> [--library <pack.json>] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--out <file>]
import crypto from 'node:crypto';
import { TeamInsightsBuilder } from '../../lib/team-usage/team-insights';
import type { Hash128 } from '../../lib/team-usage/message-id-set';
import { todayIso } from '../../lib/model';
import { isoDay, parseCommandArgs } from '../args';
import { EXIT, UsageError, loadPack, printJson, printProblems, writeFileAtomically, type Io } from '../io';
import { estimateTextBytes, listInputFiles, readJsonLinesFile } from '../insights-input';

/** MD5 for messageIds that are not UUIDs: 128 bits from a hash whose collisions must be crafted. */
export const md5Hash128: Hash128 = (id, out) => {
  const d = crypto.createHash('md5').update(id).digest();
  out[0] = d.readUInt32LE(0);
  out[1] = d.readUInt32LE(4);
  out[2] = d.readUInt32LE(8);
  out[3] = d.readUInt32LE(12);
};

export const INSIGHTS_OPTIONS = {
  library: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  out: { type: 'string' },
} as const;

export async function insights(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, INSIGHTS_OPTIONS);
  if (values.out === '') throw new UsageError('--out needs a file name');
  if (!positionals.length) throw new UsageError('name at least one file or folder of collected messages');
  const from = isoDay(values.from, 'from');
  const to = isoDay(values.to, 'to');
  if (from && to && from > to) throw new UsageError(`--from (${from}) is after --to (${to})`);
  const library = values.library ? loadPack(io, values.library) : undefined;
  if (library) printProblems(io, library.warnings, 'warning');

  const builder = new TeamInsightsBuilder({ from, to, hashId: md5Hash128, generatedAt: new Date().toISOString() });
  const files = listInputFiles(io, positionals, builder);
  builder.expectBytes(estimateTextBytes(files));
  for (const file of files) await readJsonLinesFile(file, builder);
  const result = builder.result(library ? { assets: library.pack.assets, today: to ?? todayIso() } : undefined);
  if (library) {
    // An id the pack's taxonomy does not have ("healthcare" where the pack says "health-life-sciences")
    // can have no asset tagged for it: its pairs would read as coverage gaps that are not.
    const known = { persona: new Set(library.pack.taxonomy.personas.map((e) => e.id)), industry: new Set(library.pack.taxonomy.industries.map((e) => e.id)) };
    for (const { kind, id, firstSeen } of builder.coverageIds())
      if (!known[kind].has(id))
        io.stderr(`warning: ${firstSeen}: ${kind} ${JSON.stringify(id)} is not in the taxonomy of ${values.library} (first used here); its coverage pairs count no assets\n`);
  }
  if (result.skipped) io.stderr(`insights: ${result.skipped} lines or messages skipped (see skippedExamples)\n`);
  // --out publishes the file only whole and only when the figures were made: `> team-insights.json` in a
  // daily job would leave an empty file for the reps' browsers to fetch when a run fails.
  if (values.out) {
    writeFileAtomically(io, values.out, `${JSON.stringify(result)}\n`);
    io.stderr(`insights: wrote ${values.out}\n`);
  } else printJson(io, result);
  return EXIT.ok;
}
