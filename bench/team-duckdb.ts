// Part of `npm run bench:team`: the same messages as Parquet, the way a warehouse or data lake holds
// them (one row per message, properties as columns), and sql/team-insights on DuckDB over it.
// Prints the conversion's time and the figures' time; the parent measures the process's peak RSS.
import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';

const dir = process.argv[2]!;
const SQL_DIR = path.resolve(import.meta.dirname, '../sql/team-insights');
const statements = (file: string) =>
  fs
    .readFileSync(path.join(SQL_DIR, file), 'utf8')
    .replace(/^\s*--.*$/gm, '')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
const TABLES: Record<string, string> = {
  content_suggested: 'Content Suggested',
  content_opened: 'Content Opened',
  content_link_copied: 'Content Link Copied',
  content_email_copied: 'Content Email Copied',
  content_marked_not_relevant: 'Content Marked Not Relevant',
  content_flagged_outdated: 'Content Flagged Outdated',
  content_requested: 'Content Requested',
  deal_won: 'Deal Won',
};

const db = await DuckDBInstance.create(':memory:', { memory_limit: '1GB', threads: '2' });
const c = await db.connect();
// Beside the JSON Lines folder, not in it: `tailor insights <folder>` would count it as a file it cannot read.
const parquet = `${dir}-parquet`;
// With the personas and industries (as the JSON text warehouse destinations keep), for coverage.
const file = path.join(parquet, 'tailor-tracks-coverage.parquet');
let t = Date.now();
if (!fs.existsSync(file)) {
  fs.mkdirSync(parquet, { recursive: true });
  const glob = path.join(dir, '*.jsonl.gz').replace(/'/g, "''");
  await c.run(`COPY (
    SELECT messageId AS id, event, CAST("timestamp" AS TIMESTAMP WITH TIME ZONE) AS "timestamp", userId AS user_id, anonymousId AS anonymous_id,
           properties.asset_id AS asset_id, properties.account AS account, properties.crm AS crm, properties.record_id AS record_id, properties.amount AS amount,
           CAST(to_json(properties.personas) AS VARCHAR) AS personas, CAST(to_json(properties.industries) AS VARCHAR) AS industries
    FROM read_json('${glob}', format = 'newline_delimited', columns = {
      event: 'VARCHAR', messageId: 'VARCHAR', "timestamp": 'VARCHAR', userId: 'VARCHAR', anonymousId: 'VARCHAR',
      properties: 'STRUCT(asset_id VARCHAR, account VARCHAR, crm VARCHAR, record_id VARCHAR, amount DOUBLE, personas VARCHAR[], industries VARCHAR[])'})
    WHERE event IN (${Object.values(TABLES).map((e) => `'${e}'`).join(', ')})
  ) TO '${file.replace(/'/g, "''")}' (FORMAT parquet)`);
  console.log(`gzip JSON Lines -> Parquet with DuckDB: ${((Date.now() - t) / 1000).toFixed(1)} s, ${(fs.statSync(file).size / 1e6).toFixed(0)} MB`);
}
// The warehouse's event tables, as views over the Parquet file.
for (const [table, event] of Object.entries(TABLES))
  await c.run(`CREATE VIEW ${table} AS SELECT * EXCLUDE (event) FROM read_parquet('${file.replace(/'/g, "''")}') WHERE event = '${event}'`);
t = Date.now();
for (const f of ['range.sql', 'warehouse-events.sql', 'figures.sql']) for (const s of statements(f)) await c.run(s);
const [summary, assets, reps, days, coverage] = statements('report.sql');
const s = (await c.runAndReadAll(summary!)).getRowObjectsJS()[0]!;
const a = (await c.runAndReadAll(assets!)).getRows().length;
const r = (await c.runAndReadAll(reps!)).getRows().length;
const d = (await c.runAndReadAll(days!)).getRows().length;
const pairs = (await c.runAndReadAll(coverage!)).getRows().length;
console.log(
  `SQL on DuckDB over Parquet: ${((Date.now() - t) / 1000).toFixed(1)} s (${Number(s.messages).toLocaleString('en')} messages, ${s.duplicates} duplicates, ${s.won_deals} won deals, influenced ${s.influenced_revenue}; ${a} assets, ${r} reps, ${d} days, ${pairs} coverage pairs)`,
);
