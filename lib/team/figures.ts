// The team figures file: what `tailor insights` prints (docs/formats.md, "Team usage"), read back by
// the Team view. One valibot schema checks it whole, and every problem says where (a JSON path).
// The contract's fields are required; a few more are read when present (a newer command line may
// print them) and the view shows what they allow, never guessing them when absent.
import * as v from 'valibot';
import type { Problem } from '../pack/problems';

/** Figures files bigger than this are refused: a year of a large team is well under a megabyte. */
export const MAX_TEAM_FIGURES_BYTES = 20 * 1024 * 1024;

const count = (what: string) =>
  v.pipe(
    v.number((i) => `${what} must be a number, not ${JSON.stringify(i.input)}`),
    v.integer(`${what} must be a whole number`),
    v.minValue(0, `${what} must not be negative`),
  );
const amount = (what: string) =>
  v.pipe(
    v.number((i) => `${what} must be a number, not ${JSON.stringify(i.input)}`),
    v.finite(`${what} must be a finite number`),
  );
const text = (what: string) =>
  v.pipe(
    v.string((i) => `${what} must be text, not ${JSON.stringify(i.input)}`),
    v.minLength(1, `${what} must not be empty`),
    v.maxLength(1000, `${what} is longer than 1,000 characters`),
  );
const day = (what: string) =>
  v.pipe(v.string(`${what} must be a date (YYYY-MM-DD)`), v.isoDate(`${what} must be a date (YYYY-MM-DD)`));
const list = <T extends v.GenericSchema>(item: T, what: string) => v.array(item, `${what} must be a list`);

const totalsSchema = v.object(
  {
    suggested: count('suggested'),
    opened: count('opened'),
    linkCopies: count('linkCopies'),
    emailCopies: count('emailCopies'),
    shares: count('shares'),
    notRelevant: count('notRelevant'),
    flagged: count('flagged'),
    requested: count('requested'),
    wonDeals: count('wonDeals'),
    influencedRevenue: amount('influencedRevenue'),
  },
  'totals must be an object',
);

const assetSchema = v.object(
  {
    id: text('the asset id'),
    suggested: count('suggested'),
    opened: count('opened'),
    shares: count('shares'),
    notRelevant: count('notRelevant'),
    flagged: count('flagged'),
    influencedRevenue: amount('influencedRevenue'),
    // Optional: the asset's title (the command line knows it with --library), and the won deals it influenced.
    title: v.optional(text('the asset title')),
    wonDeals: v.optional(count('wonDeals')),
  },
  'each asset must be an object',
);

const repSchema = v.object(
  {
    id: text('the rep id'),
    suggested: count('suggested'),
    shares: count('shares'),
    notRelevant: count('notRelevant'),
    flagged: count('flagged'),
    requested: count('requested'),
    // Optional: what the rep opened, and the won deals (and their revenue) the rep's shares influenced.
    opened: v.optional(count('opened')),
    wonDeals: v.optional(count('wonDeals')),
    influencedRevenue: v.optional(amount('influencedRevenue')),
  },
  'each rep must be an object',
);

/** Optional: the team's activity per UTC day, for the activity chart. */
const daySchema = v.object(
  { day: day('day'), suggested: count('suggested'), opened: count('opened'), shares: count('shares') },
  'each day must be an object',
);

/** Optional: persona × industry pairs seen on every rep's prospects (taxonomy ids), for coverage gaps. */
const coverageSchema = v.object(
  {
    persona: text('persona'),
    industry: text('industry'),
    prospects: count('prospects'),
    /** Active assets tagged for both (general ones included), when the command line had the library. */
    assets: v.optional(count('assets')),
  },
  'each coverage entry must be an object',
);

export const teamFiguresSchema = v.object(
  {
    messages: count('messages'),
    duplicates: count('duplicates'),
    skipped: count('skipped'),
    skippedExamples: v.optional(list(v.string('each example must be text'), 'skippedExamples')),
    totals: totalsSchema,
    assets: list(assetSchema, 'assets'),
    reps: list(repSchema, 'reps'),
    wasteShare: v.nullable(
      v.pipe(amount('wasteShare'), v.minValue(0, 'wasteShare must be between 0 and 1'), v.maxValue(1, 'wasteShare must be between 0 and 1')),
    ),
    // Optional extensions.
    from: v.optional(v.nullable(day('from'))),
    to: v.optional(v.nullable(day('to'))),
    generatedAt: v.optional(v.pipe(v.string('generatedAt must be a date and time'), v.isoTimestamp('generatedAt must be an ISO date and time'))),
    days: v.optional(list(daySchema, 'days')),
    coverage: v.optional(list(coverageSchema, 'coverage')),
  },
  'the team figures must be a JSON object',
);

export type TeamFigures = v.InferOutput<typeof teamFiguresSchema>;
export type TeamAssetFigures = TeamFigures['assets'][number];
export type TeamRepFigures = TeamFigures['reps'][number];

export type TeamFiguresCheck = { ok: true; figures: TeamFigures } | { ok: false; errors: Problem[] };

/** "totals.shares", "reps[3].id"; "(top level)" for the whole file. */
function jsonPath(path: v.BaseIssue<unknown>['path']): string {
  if (!path || path.length === 0) return '(top level)';
  let out = '';
  for (const item of path) {
    const key = (item as { key: unknown }).key;
    out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** Checks parsed JSON against the team figures contract: every problem, each with its JSON path. */
export function checkTeamFigures(data: unknown, file?: string): TeamFiguresCheck {
  // valibot takes an array for an object (and then finds every field missing): one clear message instead.
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { ok: false, errors: [{ ...(file ? { file } : {}), where: '(top level)', message: 'the team figures must be a JSON object' }] };
  const r = v.safeParse(teamFiguresSchema, data, { abortEarly: false });
  if (r.success) return { ok: true, figures: r.output };
  return {
    ok: false,
    errors: r.issues.map((i) => {
      const where = jsonPath(i.path);
      // A missing field reads better as "is missing" than as valibot's type message.
      const missing = i.input === undefined && i.path && i.path.length > 0;
      return { ...(file ? { file } : {}), where, message: missing ? `${where.split(/[.[]/).at(-1)} is missing` : i.message };
    }),
  };
}

/** Reads the text of a team figures file: JSON first, then the contract. */
export function readTeamFigures(text: string, file?: string): TeamFiguresCheck {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, errors: [{ ...(file ? { file } : {}), where: '(file)', message: `not JSON: ${detail}` }] };
  }
  return checkTeamFigures(data, file);
}
