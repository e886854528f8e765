// The SQL of sql/team-insights gives exactly what `tailor insights` gives, on DuckDB and on a real
// PostgreSQL server, over the same generated year of a team: from raw JSON messages (Jitsu, a
// home-made endpoint) and from the tables a Segment or RudderStack warehouse destination writes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../cli/tailor';
import type { TeamInsights } from '../../lib/team-usage/team-insights';
import { checkTeamFigures } from '../../lib/team/figures';
import { buildTeamView } from '../../lib/team/report';
import type { Asset } from '../../lib/model';
import { INDUSTRIES, PERSONAS, teamMessages } from './generate';
import { startPostgres, type PostgresServer } from './postgres';

const SQL_DIR = path.resolve(__dirname, '../../sql/team-insights');
/** The statements of one of the shipped files, as they are (comments dropped, split at the semicolons). */
const statements = (file: string) =>
  fs
    .readFileSync(path.join(SQL_DIR, file), 'utf8')
    .replace(/^\s*--.*$/gm, '')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);

type Message = Record<string, unknown> & { event: string; properties: Record<string, unknown> };

// A year of a small team (so shares and wins meet on the same accounts), with what goes wrong in
// real files: lines that are not JSON, and Tailor messages without messageId, with a timestamp that
// is not a date, or with an amount that is not a number. Repeats and other sources' events come
// from the generator; every 50th stretch of messages is written as one batch body.
const generated = [...teamMessages({ messages: 5_000, reps: 10, assets: 20, accountsPerRep: 5, seed: 11 })];
const messages: Message[] = [];
let notJsonLines = 0;
const lines: string[] = [];
let batch: Message[] = [];
const prospectsMetAgain = new Map<unknown, Message>();
generated.forEach(({ message, kind }, i) => {
  let m = message as Message;
  if (kind === 'tailor' && i % 401 === 7) m = { ...m, messageId: undefined };
  else if (kind === 'tailor' && i % 409 === 8) m = { ...m, timestamp: '2026-02-30T10:00:00.000Z' };
  else if (kind === 'tailor' && m.event === 'Deal Won' && i % 5 === 0) m = { ...m, properties: { ...m.properties, amount: 'about 40k' } };
  // Prospects met again (the same record), some with two personas or industries (and a repeated or empty one);
  // a repeat of such a message is the same message.
  else if (kind === 'repeat' && prospectsMetAgain.has(m.messageId)) m = prospectsMetAgain.get(m.messageId)!;
  else if (kind === 'tailor' && m.event === 'Content Suggested' && i % 3 === 0) {
    const p = m.properties as { personas: string[]; industries: string[] };
    m = {
      ...m,
      properties: {
        ...m.properties,
        record_id: `prospect-${i % 5}`,
        ...(i % 2 ? { personas: [...p.personas, 'it-leader', 'it-leader'] } : { industries: [...p.industries, 'retail', ''] }),
      },
    };
    prospectsMetAgain.set(m.messageId, m);
  }
  messages.push(m);
  if (i % 997 === 3) {
    lines.push('{"type":"track","event":"Content Opened",');
    notJsonLines++;
  }
  if (i % 50 < 5) {
    batch.push(m);
    if (batch.length === 5) {
      lines.push(JSON.stringify({ batch, sentAt: new Date().toISOString() }));
      batch = [];
    }
  } else lines.push(JSON.stringify(m));
});

const TAILOR_TABLES: Record<string, string> = {
  'Content Suggested': 'content_suggested',
  'Content Opened': 'content_opened',
  'Content Link Copied': 'content_link_copied',
  'Content Email Copied': 'content_email_copied',
  'Content Marked Not Relevant': 'content_marked_not_relevant',
  'Content Flagged Outdated': 'content_flagged_outdated',
  'Content Requested': 'content_requested',
  'Deal Won': 'deal_won',
};

// What a warehouse destination holds: the well-formed Tailor messages (repeats included: loads can
// repeat), here with no Content Requested yet, so warehouse-prepare.sql must make that table.
const warehouseMessages = messages.filter(
  (m) => TAILOR_TABLES[m.event] && m.event !== 'Content Requested' && m.messageId && !String(m.timestamp).includes('02-30') && typeof (m.properties.amount ?? 0) === 'number',
);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tailor-sql-'));
fs.writeFileSync(path.join(tmp, 'all.jsonl.gz'), zlib.gzipSync(lines.join('\n')));
fs.writeFileSync(path.join(tmp, 'warehouse.jsonl'), warehouseMessages.map((m) => JSON.stringify(m)).join('\n'));
// The raw JSON table's rows: every message that is JSON, batches unnested, one a line.
const rawFile = path.join(tmp, 'raw.jsonl.gz');
fs.writeFileSync(rawFile, zlib.gzipSync(messages.map((m) => JSON.stringify(m)).join('\n')));

async function cli(file: string, range: Range): Promise<TeamInsights> {
  let out = '';
  const code = await main(['insights', file, ...(range ? ['--from', range.from, '--to', range.to] : [])], { stdout: (t) => (out += t), stderr: () => {}, cwd: tmp });
  expect(code).toBe(0);
  return JSON.parse(out);
}

const sqlText = (v: unknown): string => {
  if (v === undefined || v === null) return 'NULL';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return `'${s.replace(/'/g, "''")}'`;
};

function insertStatements(table: string, columns: string[], rows: unknown[][]): string[] {
  const out: string[] = [];
  for (let i = 0; i < rows.length; i += 500)
    out.push(`INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES ${rows.slice(i, i + 500).map((r) => `(${r.map(sqlText).join(', ')})`).join(', ')}`);
  return out;
}

/** The tables Segment or RudderStack would write: one per event, properties as columns (only those ever non-null). */
function warehouseStatements(): string[] {
  const out: string[] = [];
  for (const [event, table] of Object.entries(TAILOR_TABLES)) {
    const rows = warehouseMessages.filter((m) => m.event === event);
    if (!rows.length) continue;
    const props = [...new Set(rows.flatMap((m) => Object.keys(m.properties).filter((k) => m.properties[k] !== undefined)))];
    const type = (k: string) => (k === 'amount' ? 'DOUBLE PRECISION' : k === 'identifiers_hashed' ? 'BOOLEAN' : 'VARCHAR');
    out.push(
      `CREATE TABLE ${table} (id VARCHAR, "timestamp" TIMESTAMP WITH TIME ZONE, received_at TIMESTAMP WITH TIME ZONE, user_id VARCHAR, anonymous_id VARCHAR, event VARCHAR, event_text VARCHAR, context_library_name VARCHAR, ${props.map((k) => `${k} ${type(k)}`).join(', ')})`,
    );
    const columns = ['id', 'timestamp', 'received_at', 'user_id', 'anonymous_id', 'event', 'event_text', 'context_library_name', ...props];
    out.push(
      ...insertStatements(
        table,
        columns,
        rows.map((m) => [m.messageId, m.timestamp, m.timestamp, m.userId, m.anonymousId, table, event, 'tailor', ...props.map((k) => m.properties[k])]),
      ),
    );
  }
  return out;
}

/** PostgreSQL: inserted row by row, as an endpoint would. */
function rawStatements(): string[] {
  const rows = messages.map((m) => [JSON.stringify(m)]);
  return ['CREATE TABLE tailor_raw_events (payload JSON)', ...insertStatements('tailor_raw_events', ['payload'], rows)];
}

/** DuckDB: the loading statement docs/team-insights.md gives, over gzip JSON Lines. */
const duckdbRawStatements = () => [
  `CREATE OR REPLACE TABLE tailor_raw_events AS SELECT json AS payload FROM read_json_objects('${rawFile.replace(/'/g, "''")}', format = 'newline_delimited')`,
];

type Range = { from: string; to: string } | undefined;
const RANGES: Range[] = [undefined, { from: '2026-03-01', to: '2026-08-31' }];
const rangeView = (r: Range) =>
  `CREATE OR REPLACE VIEW tailor_range AS SELECT ${r ? `DATE '${r.from}'` : 'CAST(NULL AS DATE)'} AS from_day, ${r ? `DATE '${r.to}'` : 'CAST(NULL AS DATE)'} AS to_day`;

interface Engine {
  exec(sql: string): Promise<void>;
  query(sql: string): Promise<Record<string, unknown>[]>;
}

const n = (v: unknown) => Number(v);
/** The report's three results in the command's JSON shape. */
async function sqlFigures(engine: Engine) {
  const [summarySql, assetsSql, repsSql, daysSql, coverageSql] = statements('report.sql');
  const [s] = await engine.query(summarySql!);
  const assets = await engine.query(assetsSql!);
  const reps = await engine.query(repsSql!);
  const days = await engine.query(daysSql!);
  const coverage = await engine.query(coverageSql!);
  return {
    messages: n(s!.messages),
    duplicates: n(s!.duplicates),
    skipped: n(s!.skipped),
    totals: {
      suggested: n(s!.suggested),
      opened: n(s!.opened),
      linkCopies: n(s!.link_copies),
      emailCopies: n(s!.email_copies),
      shares: n(s!.shares),
      notRelevant: n(s!.not_relevant),
      flagged: n(s!.flagged),
      requested: n(s!.requested),
      wonDeals: n(s!.won_deals),
      influencedRevenue: n(s!.influenced_revenue),
    },
    assets: assets.map((a) => ({
      id: a.id,
      suggested: n(a.suggested),
      opened: n(a.opened),
      shares: n(a.shares),
      notRelevant: n(a.not_relevant),
      flagged: n(a.flagged),
      influencedRevenue: n(a.influenced_revenue),
      wonDeals: n(a.won_deals),
    })),
    reps: reps.map((r) => ({
      id: r.id,
      suggested: n(r.suggested),
      shares: n(r.shares),
      notRelevant: n(r.not_relevant),
      flagged: n(r.flagged),
      requested: n(r.requested),
      opened: n(r.opened),
      wonDeals: n(r.won_deals),
      influencedRevenue: n(r.influenced_revenue),
    })),
    days: days.map((d) => ({ day: String(d.day), suggested: n(d.suggested), opened: n(d.opened), shares: n(d.shares) })),
    coverage: coverage.map((c) => ({ persona: c.persona, industry: c.industry, prospects: n(c.prospects) })),
  };
}

/** What the SQL gives of the command's output: not the library's figures (wasteShare, coverage's assets),
 * nor the run's (range, generatedAt), nor titles; days only those with activity. */
function expectSame(sql: Awaited<ReturnType<typeof sqlFigures>>, cliOut: TeamInsights, skippedOnlyByTheCommand: number) {
  const { skippedExamples: _examples, wasteShare: _waste, from: _from, to: _to, generatedAt: _at, ...figures } = cliOut;
  expect(sql).toEqual({
    ...figures,
    skipped: figures.skipped - skippedOnlyByTheCommand,
    assets: figures.assets.map(({ title: _title, ...a }) => a),
    days: figures.days.filter((d) => d.suggested + d.opened + d.shares > 0),
  });
}

async function checkSources(engine: Engine, schema: (name: string) => Promise<void>, loadRaw: string[]) {
  await schema('raw');
  for (const s of loadRaw) await engine.exec(s);
  for (const file of ['range.sql', 'json-events.sql', 'figures.sql']) for (const s of statements(file)) await engine.exec(s);
  for (const range of RANGES) {
    await engine.exec(rangeView(range));
    const expected = await cli('all.jsonl.gz', range);
    expect(expected.totals.influencedRevenue).toBeGreaterThan(0);
    expect(expected.reps.filter((r) => r.wonDeals > 0).length).toBeGreaterThan(1);
    expect(expected.coverage.length).toBeGreaterThan(20);
    // Prospects are met more than once: pairs count each once.
    expect(expected.coverage.reduce((sum, c) => sum + c.prospects, 0)).toBeLessThan(expected.totals.suggested);
    expect(expected.duplicates).toBeGreaterThan(0);
    expectSame(await sqlFigures(engine), expected, notJsonLines);
  }

  await schema('warehouse');
  for (const s of warehouseStatements()) await engine.exec(s);
  for (const file of ['warehouse-prepare.sql', 'range.sql', 'warehouse-events.sql', 'figures.sql']) for (const s of statements(file)) await engine.exec(s);
  for (const range of RANGES) {
    await engine.exec(rangeView(range));
    const expected = await cli('warehouse.jsonl', range);
    expect(expected.skipped).toBe(0);
    expectSame(await sqlFigures(engine), expected, 0);
  }
}

describe('sql/team-insights on DuckDB', () => {
  let instance: DuckDBInstance;
  let connection: DuckDBConnection;
  beforeAll(async () => {
    instance = await DuckDBInstance.create(':memory:');
    connection = await instance.connect();
  });
  afterAll(() => {
    connection?.closeSync();
    instance?.closeSync();
  });

  it('gives what tailor insights gives, from raw JSON and from warehouse tables, with and without a range', async () => {
    const engine: Engine = {
      exec: async (sql) => void (await connection.run(sql)),
      query: async (sql) => (await connection.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[],
    };
    await checkSources(engine, async (name) => {
      await engine.exec(`CREATE SCHEMA ${name}`);
      await engine.exec(`USE ${name}`);
    }, duckdbRawStatements());
  }, 300_000);
});

describe('sql/team-insights on PostgreSQL', () => {
  let server: PostgresServer;
  beforeAll(async () => {
    server = await startPostgres();
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
  });

  it('gives what tailor insights gives, from raw JSON and from warehouse tables, with and without a range', async () => {
    const engine: Engine = {
      exec: async (sql) => void (await server.client.query(sql)),
      query: async (sql) => (await server.client.query(sql)).rows,
    };
    await checkSources(engine, async (name) => {
      await engine.exec(`CREATE SCHEMA ${name}`);
      await engine.exec(`SET search_path TO ${name}`);
    }, rawStatements());
  }, 300_000);
});

describe('tailor insights and the Team view', () => {
  it('writes figures the Team view accepts, with a chart by day and the coverage gaps of every rep’s prospects', async () => {
    // A pack with the generated messages' taxonomy and two assets, each tagged for one pair.
    const sample = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../public/sample-library.json'), 'utf8'));
    const label = (id: string) => id.replace(/-/g, ' ');
    const tagged = (id: string, persona: string, industry: string) => ({
      id,
      title: `For ${persona} in ${industry}`,
      url: `https://content.example/${id}`,
      type: 'case-study',
      personas: [persona],
      industries: [industry],
    });
    const pack = {
      ...sample,
      taxonomy: {
        personas: PERSONAS.map((id) => ({ id, label: label(id), aliases: [] })),
        industries: INDUSTRIES.map((id) => ({ id, label: label(id), aliases: [] })),
        painPoints: sample.taxonomy.painPoints,
      },
      assets: [tagged('cov-1', PERSONAS[0]!, INDUSTRIES[0]!), tagged('cov-2', PERSONAS[1]!, INDUSTRIES[2]!)],
    };
    fs.writeFileSync(path.join(tmp, 'pack.json'), JSON.stringify(pack));
    let out = '';
    let err = '';
    const code = await main(['insights', 'all.jsonl.gz', '--library', 'pack.json', '--from', '2026-03-01', '--to', '2026-08-31'], {
      stdout: (t) => (out += t),
      stderr: (t) => (err += t),
      cwd: tmp,
    });
    expect(code, err).toBe(0);
    const checked = checkTeamFigures(JSON.parse(out), 'team.json');
    if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
    const figures = checked.figures;
    // Every day of the range, and every pair of the generator's taxonomy met on some prospect.
    expect(figures.days).toHaveLength(184);
    expect(figures.coverage).toHaveLength(PERSONAS.length * INDUSTRIES.length);
    expect(figures.reps.every((r) => r.opened !== undefined && r.influencedRevenue !== undefined)).toBe(true);
    const assets: Asset[] = pack.assets.map((a: Omit<Asset, 'origin' | 'painPoints' | 'tags' | 'addedAt' | 'updatedAt'>) => ({
      ...a,
      painPoints: [],
      tags: [],
      origin: 'pack',
      addedAt: 0,
      updatedAt: 0,
    }));
    const view = buildTeamView({ figures, assets, taxonomy: pack.taxonomy, pseudonymiseReps: true, today: '2026-12-01' });
    expect(view.has).toEqual({ repOpened: true, repInfluence: true, days: true, coverage: true });
    expect(view.days.reduce((sum, d) => sum + d.shares, 0)).toBe(figures.totals.shares);
    // The two tagged pairs are covered; every other pair is a gap, named by its labels, most prospects first.
    expect(view.coveragePairs).toBe(30);
    expect(view.coverageGaps).toHaveLength(28);
    expect(view.coverageGaps.map((g) => `${g.persona} × ${g.industry}`)).not.toContain(`${label(PERSONAS[0]!)} × ${label(INDUSTRIES[0]!)}`);
    expect(view.coverageGaps[0]!.persona).toMatch(/ leader$/);
    expect(view.coverageGaps.every((g, i) => i === 0 || view.coverageGaps[i - 1]!.prospects >= g.prospects)).toBe(true);
  });
});

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
