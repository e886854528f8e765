// Where a CSV's persona, industry and pain-point names are looked up: --base (a pack whose taxonomy the
// names use and whose assets the import adds to) or --taxonomy (a pack whose taxonomy alone is used).
import type { LibraryPack } from '../lib/model';
import { capProblems } from '../lib/pack/problems';
import { UsageError, loadPack, printProblems, type Io } from './io';

export const TAXONOMY_OPTIONS = {
  base: { type: 'string' },
  taxonomy: { type: 'string' },
} as const;

export function taxonomySource(
  io: Io,
  values: { base?: string; taxonomy?: string },
): { kind: 'base' | 'taxonomy'; pack: LibraryPack } | undefined {
  if (values.base !== undefined && values.taxonomy !== undefined)
    throw new UsageError('give --base (its taxonomy and assets) or --taxonomy (its taxonomy only), not both');
  const kind = values.base !== undefined ? 'base' : values.taxonomy !== undefined ? 'taxonomy' : undefined;
  if (!kind) return undefined;
  const loaded = loadPack(io, (kind === 'base' ? values.base : values.taxonomy)!, `--${kind}`);
  printProblems(io, capProblems(loaded.warnings), 'warning');
  return { kind, pack: loaded.pack };
}
