// tailor import <assets.csv> [--base <pack.json>] [--add-taxonomy]: a library pack on standard output.
import path from 'node:path';
import { emptyTaxonomy, type LibraryPack } from '../../lib/model';
import { readAssetsCsv } from '../../lib/pack/csv';
import { packToJson } from '../../lib/pack/pack';
import { applyPlan, fieldsWithoutColumn, planAssetImport } from '../../lib/pack/plan';
import { capProblems } from '../../lib/pack/problems';
import { parseCommandArgs } from '../args';
import { EXIT, InputError, UsageError, loadPack, printProblems, readTextFile, type Io } from '../io';

export function importCsv(argv: string[], io: Io): number {
  const { values, positionals } = parseCommandArgs(argv, {
    base: { type: 'string' },
    'add-taxonomy': { type: 'boolean' },
  });
  const [file, ...extra] = positionals;
  if (!file || extra.length) throw new UsageError('import takes one CSV file');
  const base = values.base ? loadPack(io, values.base) : undefined;
  if (base) printProblems(io, capProblems(base.warnings), 'warning');

  const csv = readAssetsCsv(readTextFile(io, file), {
    file: path.basename(file),
    taxonomy: base?.pack.taxonomy ?? emptyTaxonomy(),
    addTaxonomy: values['add-taxonomy'] ?? false,
  });
  printProblems(io, capProblems(csv.warnings), 'warning');
  if (csv.errors.length > 0) throw new InputError(capProblems(csv.errors));

  const incoming = csv.rows.flatMap((r) => (r.asset ? [r.asset] : []));
  const existing = base?.pack.assets ?? [];
  const plan = planAssetImport(existing, incoming, 'merge', { keep: fieldsWithoutColumn(csv.columns) });
  const pack: LibraryPack = {
    format: 'tailor-library',
    version: 1,
    name: base?.pack.name ?? `Imported from ${path.basename(file)}`,
    updatedAt: new Date().toISOString(),
    taxonomy: csv.taxonomy,
    assets: applyPlan(existing, plan),
  };
  io.stdout(packToJson(pack));
  io.stderr(
    `imported ${incoming.length} rows: ${plan.added.length} added, ${plan.updated.length} updated, ${plan.unchanged.length} unchanged` +
      `${base ? ` (base: ${existing.length} assets)` : ''}\n`,
  );
  return EXIT.ok;
}
