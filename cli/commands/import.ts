// tailor import <assets.csv> [--base <pack.json> | --taxonomy <pack.json>] [--add-taxonomy] [--name <text>] [--out <file>]:
// a library pack on standard output, or in --out.
import path from 'node:path';
import { TAXONOMY_KINDS, TAXONOMY_KIND_LABELS, type LibraryPack } from '../../lib/model';
import { readAssetsCsv, type TaxonomyAddition } from '../../lib/pack/csv';
import { packToJson } from '../../lib/pack/pack';
import { applyPlan, fieldsWithoutColumn, planAssetImport } from '../../lib/pack/plan';
import { capProblems } from '../../lib/pack/problems';
import { LIMITS } from '../../lib/pack/rules';
import { parseCommandArgs } from '../args';
import { EXIT, InputError, UsageError, printProblems, readDecodedFile, writeFileAtomically, type Io } from '../io';
import { TAXONOMY_OPTIONS, taxonomySource } from '../taxonomy-source';

export const IMPORT_OPTIONS = {
  ...TAXONOMY_OPTIONS,
  'add-taxonomy': { type: 'boolean' },
  name: { type: 'string' },
  out: { type: 'string' },
} as const;

export function importCsv(argv: string[], io: Io): number {
  const { values, positionals } = parseCommandArgs(argv, IMPORT_OPTIONS);
  const [file, ...extra] = positionals;
  if (!file || extra.length) throw new UsageError('import takes one CSV file');
  if (values.out === '') throw new UsageError('--out needs a file name');
  const name = values.name?.trim();
  if (name === '') throw new UsageError("--name needs the pack's name (the name reps see in Settings)");
  if (name && name.length > LIMITS.nameChars) throw new UsageError(`--name is ${name.length} characters; a pack's name has at most ${LIMITS.nameChars}`);
  const source = taxonomySource(io, values);
  const base = source?.kind === 'base' ? source.pack : undefined;

  const { text, encoding } = readDecodedFile(io, file);
  const csv = readAssetsCsv(text, {
    file,
    encoding,
    taxonomy: source?.pack.taxonomy,
    addTaxonomy: values['add-taxonomy'] ?? false,
    noTaxonomyHint:
      'give one with --taxonomy PACK.json (its taxonomy only) or --base PACK.json (its taxonomy and its assets), or create the entries with --add-taxonomy',
  });
  printProblems(io, capProblems(csv.warnings), 'warning');
  if (csv.errors.length > 0) throw new InputError(capProblems(csv.errors));

  const incoming = csv.rows.flatMap((r) => (r.asset ? [r.asset] : []));
  const existing = base?.assets ?? [];
  const plan = planAssetImport(existing, incoming, 'merge', { keep: fieldsWithoutColumn(csv.columns) });
  const pack: LibraryPack = {
    format: 'tailor-library',
    version: 1,
    // The pack's name is the file's own name (docs/formats.md: `Imported from assets.csv`), not its folder.
    name: name ?? base?.name ?? `Imported from ${path.basename(file)}`,
    updatedAt: new Date().toISOString(),
    taxonomy: csv.taxonomy,
    assets: applyPlan(existing, plan),
  };
  if (values.out) writeFileAtomically(io, values.out, packToJson(pack));
  else io.stdout(packToJson(pack));

  for (const line of describeAdditions(csv.additions, !source)) io.stderr(`${line}\n`);
  io.stderr(
    `imported ${incoming.length} rows: ${plan.added.length} added, ${plan.updated.length} updated, ${plan.unchanged.length} unchanged` +
      (base
        ? `; ${existing.length} ${existing.length === 1 ? 'asset' : 'assets'} kept from the base ${values.base}, ${pack.assets.length} in all, named "${pack.name ?? ''}" (--taxonomy takes its taxonomy alone)`
        : '') +
      (source?.kind === 'taxonomy' ? `, with the taxonomy of ${values.taxonomy}` : '') +
      (values.out ? `; wrote ${values.out}` : '') +
      '\n',
  );
  return EXIT.ok;
}

/** What --add-taxonomy created, one line an entry: a marketer sees a typo become an entry. */
function describeAdditions(additions: readonly TaxonomyAddition[], fromNothing: boolean): string[] {
  if (additions.length === 0) return [];
  const rows = (a: TaxonomyAddition) => (a.rows.length === 1 ? `row ${a.rows[0]}` : `rows ${a.rows.join(', ')}`);
  const byKind = TAXONOMY_KINDS.flatMap((kind) => additions.filter((a) => a.kind === kind));
  return [
    `added ${additions.length} taxonomy ${additions.length === 1 ? 'entry' : 'entries'} (--add-taxonomy)` +
      `${fromNothing ? '; to use the taxonomy of an existing pack instead, give --taxonomy PACK.json' : ''}:`,
    ...byKind.map((a) => `  ${TAXONOMY_KIND_LABELS[a.kind].one.toLowerCase()} "${a.entry.label}" (${a.entry.id}), ${rows(a)}`),
  ];
}
