// Field accuracy of `tailor extract` on sets of CRM record pages, each a folder with a cases.json:
//   [{ file, url, source?, expect: null | { name, title, company, industry, stage, amount, email,
//      notes: { includes: [], excludes: [] } (or the exact text), source: { crm, recordType, recordId },
//      absent: [fields that must not be read] } }]
// Every expected field counts as one; so does each `absent` field, each notes include and exclude, and
// the exit 3 a page with `expect: null` must give. The pages are read by the command line itself.
//   npm run eval:extract                       every set under tests/fixtures/crm that has a cases.json
//   npm run eval:extract -- <folder> [--misses] [--json]
// A folder holding a HELD-OUT file is scored in totals only: its misses are never printed.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../cli/tailor';

const FIELDS = ['name', 'title', 'company', 'industry', 'stage', 'amount', 'email'] as const;

export interface Case {
  file: string;
  url: string;
  source?: string;
  expect: null | (Partial<Record<(typeof FIELDS)[number], string | number>> & {
    notes?: string | { includes?: string[]; excludes?: string[] };
    source?: { crm?: string; recordType?: string; recordId?: string };
    absent?: string[];
  });
}

export interface Miss {
  file: string;
  field: string;
  expected: unknown;
  got: unknown;
}

export interface SetScore {
  set: string;
  pages: number;
  fields: number;
  right: number;
  accuracy: number;
  byCrm: Record<string, { fields: number; right: number }>;
  misses: Miss[];
}

const norm = (s: unknown) => String(s ?? '').replace(/\s+/g, ' ').trim();

/** What `tailor extract <file> --url <url>` prints and exits with. */
export async function runExtract(file: string, url: string): Promise<{ code: number; prospect?: Record<string, unknown>; stderr: string }> {
  let out = '';
  let err = '';
  const code = await main(['extract', file, '--url', url], { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd: process.cwd() });
  return { code, stderr: err, ...(code === 0 ? { prospect: JSON.parse(out) as Record<string, unknown> } : {}) };
}

export async function scoreSet(dir: string): Promise<SetScore> {
  const cases: Case[] = JSON.parse(fs.readFileSync(path.join(dir, 'cases.json'), 'utf8'));
  const score: SetScore = { set: dir, pages: cases.length, fields: 0, right: 0, accuracy: 0, byCrm: {}, misses: [] };
  for (const c of cases) {
    const { code, prospect } = await runExtract(path.join(dir, c.file), c.url);
    const crm = c.expect === null ? 'not a record' : (c.expect.source?.crm ?? c.file.split('/')[0] ?? 'other');
    const tally = (score.byCrm[crm] ??= { fields: 0, right: 0 });
    const check = (field: string, ok: boolean, expected: unknown, got: unknown) => {
      score.fields++;
      tally.fields++;
      if (ok) {
        score.right++;
        tally.right++;
      } else score.misses.push({ file: c.file, field, expected, got });
    };
    if (c.expect === null) {
      check('exit 3', code === 3, 3, code === 0 ? prospect : code);
      continue;
    }
    const p = prospect ?? {};
    const e = c.expect;
    for (const f of FIELDS) {
      if (e[f] === undefined || e[f] === null) continue;
      const got = p[f];
      check(f, f === 'amount' ? Number(got) === Number(e[f]) : norm(got) === norm(e[f]), e[f], got);
    }
    const src = (p.source ?? {}) as Record<string, unknown>;
    for (const k of ['crm', 'recordType', 'recordId'] as const) if (e.source?.[k] !== undefined) check(`source.${k}`, src[k] === e.source[k], e.source[k], src[k]);
    const notes = norm(p.notes).toLowerCase();
    if (typeof e.notes === 'string') check('notes', norm(p.notes) === norm(e.notes), e.notes, p.notes);
    else if (e.notes) {
      for (const inc of e.notes.includes ?? []) check('notes includes', notes.includes(norm(inc).toLowerCase()), inc, p.notes);
      for (const exc of e.notes.excludes ?? []) check('notes excludes', !notes.includes(norm(exc).toLowerCase()), `not ${exc}`, p.notes);
    }
    for (const f of e.absent ?? []) check(`absent ${f}`, p[f] === undefined, undefined, p[f]);
  }
  score.accuracy = score.fields ? score.right / score.fields : 0;
  return score;
}

/** Folders under the fixtures holding a cases.json: the team's own and the independent sets. */
export function fixtureSets(root: string): string[] {
  const sets = [root];
  for (const d of fs.readdirSync(root, { withFileTypes: true })) if (d.isDirectory() && fs.existsSync(path.join(root, d.name, 'cases.json'))) sets.push(path.join(root, d.name));
  return sets.filter((s) => fs.existsSync(path.join(s, 'cases.json')));
}

export const isHeldOut = (dir: string) => fs.existsSync(path.join(dir, 'HELD-OUT'));

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const showMisses = args.includes('--misses');
  const json = args.includes('--json');
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/crm');
  const dirs = args.filter((a) => !a.startsWith('--'));
  const sets = dirs.length ? dirs.map((d) => path.resolve(process.env.INIT_CWD ?? process.cwd(), d)) : fixtureSets(root);
  const results: SetScore[] = [];
  for (const dir of sets) results.push(await scoreSet(dir));
  if (json) {
    console.log(JSON.stringify(results.map((r) => ({ ...r, misses: isHeldOut(r.set) ? undefined : r.misses })), null, 2));
  } else {
    console.log(`\`tailor extract\` field accuracy (${new Date().toISOString().slice(0, 10)})\n`);
    console.log('| set | pages | fields | right | accuracy | by CRM |');
    console.log('|---|---|---|---|---|---|');
    for (const r of results) {
      const by = Object.entries(r.byCrm).map(([k, v]) => `${k} ${v.right}/${v.fields}`).join(', ');
      console.log(`| ${path.relative(process.cwd(), r.set) || '.'}${isHeldOut(r.set) ? ' (held out)' : ''} | ${r.pages} | ${r.fields} | ${r.right} | ${pct(r.accuracy)} | ${isHeldOut(r.set) ? '' : by} |`);
    }
    if (showMisses)
      for (const r of results) {
        if (isHeldOut(r.set)) {
          console.log(`\n${path.relative(process.cwd(), r.set)}: held out, misses not shown`);
          continue;
        }
        if (!r.misses.length) continue;
        console.log(`\n${path.relative(process.cwd(), r.set) || '.'}: ${r.misses.length} misses`);
        for (const m of r.misses) console.log(`  ${m.file} ${m.field}: expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.got)}`);
      }
  }
}
