// What is wrong with a file, and where: every importer reports problems in this one shape.

export interface Problem {
  /** The file the problem is in, when known ("assets.csv"). */
  file?: string;
  /** Where in the file: "row 7" (CSV, the header is row 1), "assets[6].url" (a JSON path) or "line 3, column 9". */
  where: string;
  /** The field the problem is about, when there is one ("url", "personas"). */
  field?: string;
  message: string;
}

export type Checked<T> =
  | { ok: true; value: T; warnings: Problem[] }
  | { ok: false; errors: Problem[]; warnings: Problem[] };

/** "assets.csv, row 7, url: the URL must start with http:// or https://" */
export function describeProblem(p: Problem): string {
  const place = [p.file, p.where].filter(Boolean).join(', ');
  const field = p.field && !p.where.endsWith(p.field) ? ` (${p.field})` : '';
  return `${place}${field}: ${p.message}`;
}

/** Libraries bigger than this are refused before parsing: a real library is a few MB even at 50,000 assets. */
export const MAX_LIBRARY_BYTES = 40 * 1024 * 1024;

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

export function tooBigProblem(bytes: number, file?: string): Problem {
  return {
    file,
    where: 'file',
    message: `the file is ${formatBytes(bytes)}; Tailor reads library files up to ${formatBytes(MAX_LIBRARY_BYTES)}. Split it, or remove unused columns`,
  };
}

/** Keeps error lists readable: the first `max` problems and a count of the rest. */
export function capProblems(problems: Problem[], max = 200): Problem[] {
  if (problems.length <= max) return problems;
  const rest = problems.length - max;
  return [...problems.slice(0, max), { file: problems[0]?.file, where: 'file', message: `and ${rest} more problems` }];
}
