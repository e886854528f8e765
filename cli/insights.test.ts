import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { main } from './tailor';
import type { Io } from './io';

async function run(cwd: string, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io: Io = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd };
  const code = await main(argv, io);
  return { code, stdout, stderr, json: () => JSON.parse(stdout) };
}

let n = 0;
const line = (event: string, props: Record<string, unknown> = {}, at = '2026-03-01T09:00:00.000Z') =>
  JSON.stringify({ type: 'track', event, messageId: crypto.randomUUID(), timestamp: at, userId: `rep-${++n % 2}`, properties: props });

function folder(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tailor-insights-'));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

describe('tailor insights', () => {
  it('skips a JSON file written over several lines (a library pack given by mistake) once, not line by line', async () => {
    const dir = folder({ 'events.jsonl': `${line('Content Opened')}\n`, 'library.json': JSON.stringify({ format: 'tailor-library', assets: [{ id: 'a' }] }, null, 2) });
    const r = await run(dir, 'insights', 'events.jsonl', 'library.json');
    expect(r.code).toBe(0);
    expect(r.json()).toMatchObject({
      messages: 1,
      skipped: 1,
      skippedExamples: ['library.json: not JSON Lines (one JSON object written over several lines; JSON Lines has one whole message a line)'],
    });
  });

  it('reads plain and gzip JSON Lines, folders within folders, and several paths', async () => {
    const shared = line('Content Link Copied', { asset_id: 'a', account: 'acme' });
    const plain = [line('Content Suggested', { asset_id: 'a' }), shared].join('\n') + '\n';
    const batch = JSON.stringify({ batch: [JSON.parse(shared), JSON.parse(line('Content Opened', { asset_id: 'b' }))], sentAt: '2026-03-01T09:00:01.000Z' });
    const dir = folder({
      'one.jsonl': plain,
      'deep/2026/03/two.gz': zlib.gzipSync(`${batch}\r\n`),
      'solo.jsonl': line('Content Email Copied', { asset_id: 'b' }),
    });
    const r = await run(dir, 'insights', 'deep', 'one.jsonl', path.join(dir, 'solo.jsonl'));
    expect(r.code).toBe(0);
    expect(r.json()).toMatchObject({ messages: 4, duplicates: 1, skipped: 0, totals: { suggested: 1, opened: 1, shares: 2 } });
  });

  it('counts what it cannot read, says where, and keeps the figures of the rest', async () => {
    const good = Array.from({ length: 2000 }, () => line('Content Link Copied', { asset_id: 'a' })).join('\n');
    const gz = zlib.gzipSync(good);
    const dir = folder({
      'a-truncated.jsonl.gz': gz.subarray(0, Math.floor(gz.length * 0.6)),
      'b-notes.md': '# What this folder holds\n\nEvents from the S3 destination.\n',
      'c-array.json': `[${line('Content Opened')}]`,
      'd-mixed.jsonl': [line('Content Opened', {}, 'soon'), 'garbage', line('Deal Won', { amount: '12 k', crm: 'x', record_id: '1' }), line('Content Opened')].join('\n'),
      'e-events.parquet': Buffer.concat([Buffer.from('PAR1'), Buffer.alloc(20)]),
      '.DS_Store': Buffer.from([0, 1, 2]),
    });
    const r = await run(dir, 'insights', '.');
    expect(r.code).toBe(0);
    const out = r.json();
    expect(out.skipped).toBe(7);
    expect(out.skippedExamples[0]).toMatch(/^a-truncated\.jsonl\.gz:\d+: the gzip data ends early or is damaged/);
    expect(out.skippedExamples.slice(1)).toEqual([
      'b-notes.md: not JSON Lines (it starts with "# What this ")',
      'c-array.json: not JSON Lines (it starts with "[{\\"type\\":\\"tr")',
      'd-mixed.jsonl:1: "timestamp" is not a date and time ("soon")',
      'd-mixed.jsonl:2: not JSON',
      'd-mixed.jsonl:3: "amount" is not a number ("12 k")',
      'e-events.parquet: a Parquet file, not JSON Lines (run sql/team-insights on DuckDB over it)',
    ]);
    // The lines of the truncated file before the damage count, and the good line of the mixed file.
    const fromGzip = out.totals.linkCopies;
    expect(fromGzip).toBeGreaterThan(0);
    expect(fromGzip).toBeLessThan(2000);
    expect(out.messages).toBe(fromGzip + 1);
    expect(r.stderr).toMatch(/7 lines or messages skipped/);
  });

  it('gives wasteShare with --library, judged on --to', async () => {
    const pack = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../public/sample-library.json'), 'utf8'));
    const ids: string[] = pack.assets.map((a: { id: string }) => a.id);
    const dir = folder({ 'e.jsonl': [line('Content Link Copied', { asset_id: ids[0] }), line('Content Email Copied', { asset_id: ids[1] })].join('\n') });
    fs.writeFileSync(path.join(dir, 'pack.json'), JSON.stringify(pack));
    const r = await run(dir, 'insights', 'e.jsonl', '--library', 'pack.json', '--to', '2026-03-31');
    expect(r.code).toBe(0);
    const active = pack.assets.filter((a: { expiresAt?: string; archived?: boolean }) => !a.archived && !(a.expiresAt && a.expiresAt < '2026-03-31')).length;
    expect(r.json().wasteShare).toBeCloseTo((active - 2) / active);
  });

  it('writes the range, when it ran, the days, and coverage with the pack’s assets tagged for each pair', async () => {
    const sample = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../public/sample-library.json'), 'utf8'));
    const tagged = (id: string, extra: Record<string, unknown> = {}) => ({
      id,
      title: `Asset ${id}`,
      url: `https://content.example/${id}`,
      type: 'case-study',
      personas: ['support-leader'],
      industries: ['health-life-sciences'],
      ...extra,
    });
    const pack = { ...sample, assets: [tagged('x'), tagged('y', { expiresAt: '2026-03-01' })] };
    const met = { personas: ['support-leader'], industries: ['health-life-sciences', 'banking-insurance'], crm: 'hubspot', record_id: '42' };
    const dir = folder({
      'e.jsonl': [
        line('Content Suggested', met, '2026-03-01T09:00:00.000Z'),
        line('Content Suggested', met, '2026-03-02T09:00:00.000Z'), // the same prospect again
        line('Content Suggested', { ...met, record_id: '43', industries: ['banking-insurance'] }, '2026-03-02T10:00:00.000Z'),
      ].join('\n'),
      'pack.json': JSON.stringify(pack),
    });
    const before = new Date().toISOString();
    const r = await run(dir, 'insights', 'e.jsonl', '--library', 'pack.json', '--from', '2026-03-01', '--to', '2026-03-02');
    expect(r.code).toBe(0);
    const out = r.json();
    expect([out.from, out.to]).toEqual(['2026-03-01', '2026-03-02']);
    expect(out.generatedAt >= before && out.generatedAt <= new Date().toISOString()).toBe(true);
    expect(out.days).toEqual([
      { day: '2026-03-01', suggested: 1, opened: 0, shares: 0 },
      { day: '2026-03-02', suggested: 2, opened: 0, shares: 0 },
    ]);
    // x is tagged for support × health (y expired before --to); nothing for support × banking: a gap.
    expect(out.coverage).toEqual([
      { persona: 'support-leader', industry: 'banking-insurance', prospects: 2, assets: 0 },
      { persona: 'support-leader', industry: 'health-life-sciences', prospects: 1, assets: 1 },
    ]);
  });

  it('exits 2 on usage errors and 1 naming a path that cannot be read', async () => {
    const dir = folder({ 'e.jsonl': line('Content Opened') });
    expect((await run(dir, 'insights')).code).toBe(2);
    expect((await run(dir, 'insights', 'e.jsonl', '--from', '2026-3-1')).code).toBe(2);
    const reversed = await run(dir, 'insights', 'e.jsonl', '--from', '2026-03-02', '--to', '2026-03-01');
    expect(reversed.code).toBe(2);
    expect(reversed.stderr).toMatch(/--from \(2026-03-02\) is after --to/);
    expect((await run(dir, 'insights', 'e.jsonl', '--engine-x')).code).toBe(2);
    const missing = await run(dir, 'insights', 'e.jsonl', 'nowhere/events.gz');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/nowhere\/events\.gz.*no such file or folder/);
    expect(missing.stdout).toBe('');
  });
  it('writes --out only when it succeeds, whole, and names an unknown option in its own words', async () => {
    const dir = folder({ 'e.jsonl': line('Content Link Copied', { asset_id: 'a' }) });
    const ok = await run(dir, 'insights', 'e.jsonl', '--out', 'team-insights.json');
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toBe('');
    expect(ok.stderr).toMatch(/wrote team-insights\.json/);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'team-insights.json'), 'utf8'))).toMatchObject({ messages: 1, totals: { shares: 1 } });

    // A failed run (a library that is not there) leaves the published file as it was, and creates none.
    const before = fs.readFileSync(path.join(dir, 'team-insights.json'), 'utf8');
    const failed = await run(dir, 'insights', 'e.jsonl', '--library', 'missing.json', '--out', 'team-insights.json');
    expect(failed.code).toBe(1);
    expect(fs.readFileSync(path.join(dir, 'team-insights.json'), 'utf8')).toBe(before);
    expect((await run(dir, 'insights', 'nowhere', '--out', 'fresh.json')).code).toBe(1);
    expect(fs.readdirSync(dir).sort()).toEqual(['e.jsonl', 'team-insights.json']);
    expect((await run(dir, 'insights', 'e.jsonl', '--out', '')).code).toBe(2);

    const unknown = await run(dir, 'insights', 'e.jsonl', '--output', 'x.json');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^unknown option --output for insights; see its options with: npm run --silent tailor -- insights --help$/m);
    expect(unknown.stderr).not.toMatch(/positional argument/);
  });

  it('says --library wants a library pack, and how to make one, when given a CSV', async () => {
    const dir = folder({ 'e.jsonl': line('Content Opened'), 'assets.csv': 'title,url\nA guide,https://example.com/a\n' });
    const r = await run(dir, 'insights', 'e.jsonl', '--library', 'assets.csv');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/assets\.csv.*--library wants a library pack \(JSON\), not a CSV/);
    expect(r.stderr).toMatch(/npm run --silent tailor -- import assets\.csv --taxonomy PACK\.json --out library\.json/);
    expect(r.stderr).not.toMatch(/not valid JSON/);
  });

  it('warns about a coverage id the pack’s taxonomy does not have, naming where it is first used', async () => {
    const sample = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../public/sample-library.json'), 'utf8'));
    const met = { personas: ['support-leader'], industries: ['health-life-sciences'], crm: 'hubspot', record_id: '42' };
    const dir = folder({
      'e.jsonl': [
        line('Content Suggested', met),
        line('Content Opened', { asset_id: 'a' }),
        line('Content Suggested', { ...met, industries: ['healthcare'], record_id: '43' }),
        line('Content Suggested', { ...met, industries: ['healthcare'], record_id: '44' }),
      ].join('\n'),
      'pack.json': JSON.stringify(sample),
    });
    const r = await run(dir, 'insights', 'e.jsonl', '--library', 'pack.json');
    expect(r.code).toBe(0);
    const warnings = r.stderr.split('\n').filter((l) => l.startsWith('warning:'));
    expect(warnings).toEqual([
      'warning: e.jsonl:3: industry "healthcare" is not in the taxonomy of pack.json (first used here); its coverage pairs count no assets',
    ]);
    expect(r.json().coverage).toContainEqual({ persona: 'support-leader', industry: 'healthcare', prospects: 2, assets: 0 });
    // Without --library there is no taxonomy to compare with: no warning.
    expect((await run(dir, 'insights', 'e.jsonl')).stderr).not.toMatch(/taxonomy/);
  });
});
