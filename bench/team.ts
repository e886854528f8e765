// A year of a 1,000-rep team's messages, read back: `tailor insights` beside a bare parse-and-count
// loop over the same gzip JSON Lines, and the SQL of sql/team-insights on DuckDB over the same data
// as Parquet. Each run is a child process timed by /usr/bin/time (wall time, peak RSS).
//   npm run bench:team        (SIZES=1000000,10000000 for the 10 million too; RUNS=3 timed runs of each,
//                             alternating, figures their median; DUCKDB=0 leaves the SQL on DuckDB out)
// Data goes to $TMPDIR/tailor-bench-team/<size>/ (twelve gzip files; the Parquet copy beside it, in
// <size>-parquet/) and is reused by later runs.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { once } from 'node:events';
import { teamMessages } from '../tests/team-usage/generate';

const ROOT = path.resolve(import.meta.dirname, '..');
const SIZES = (process.env.SIZES ?? '1000000').split(',').map(Number);
const BASE = path.join(os.tmpdir(), 'tailor-bench-team');

async function generate(size: number): Promise<string> {
  const dir = path.join(BASE, String(size));
  const done = path.join(dir, '.complete');
  if (fs.existsSync(done)) return dir;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const started = Date.now();
  let part = -1;
  let index = 0;
  let out: zlib.Gzip | undefined;
  let file: fs.WriteStream | undefined;
  let buffer: string[] = [];
  const flush = async () => {
    if (!out || !buffer.length) return;
    if (!out.write(buffer.join(''))) await once(out, 'drain');
    buffer = [];
  };
  const close = async () => {
    await flush();
    if (!out || !file) return;
    out.end();
    await once(file, 'close');
  };
  for (const { message } of teamMessages({ messages: size, reps: 1000 })) {
    // Twelve files in time order, as a storage destination splits its uploads.
    const p = Math.floor((index++ * 12) / size);
    if (p !== part) {
      await close();
      part = p;
      out = zlib.createGzip({ level: 1 });
      file = fs.createWriteStream(path.join(dir, `tailor-part-${String(p + 1).padStart(2, '0')}.jsonl.gz`));
      out.pipe(file);
    }
    buffer.push(`${JSON.stringify(message)}\n`);
    if (buffer.length === 5000) await flush();
  }
  await close();
  fs.writeFileSync(done, '');
  const bytes = fs.readdirSync(dir).reduce((s, f) => s + fs.statSync(path.join(dir, f)).size, 0);
  console.log(`generated ${size.toLocaleString('en')} messages in ${((Date.now() - started) / 1000).toFixed(1)} s: ${(bytes / 1e6).toFixed(0)} MB gzip in ${dir}`);
  return dir;
}

interface Run {
  seconds: number;
  /** User + system CPU time: what the work costs, whatever else the machine is doing. */
  cpuSeconds: number;
  rssMb: number;
  stdout: string;
}

function timed(command: string[], env: NodeJS.ProcessEnv = {}): Run {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', ...command], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 28 });
  const last = r.stderr.trim().split('\n').at(-1)!;
  const [seconds, user, system, kb] = last.split(' ').map(Number);
  if (r.status !== 0 || seconds === undefined || user === undefined || system === undefined || kb === undefined)
    throw new Error(`${command.join(' ')} failed:\n${r.stderr}`);
  return { seconds, cpuSeconds: user + system, rssMb: kb / 1024, stdout: r.stdout };
}

const node = (...args: string[]) => [process.execPath, '--import', 'tsx', ...args];
/** Timed runs of each command, alternating (bare, tailor, bare, tailor...): each figure is their median. */
const RUNS = Math.max(1, Number(process.env.RUNS ?? 3));
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const load = () => os.loadavg()[0]!.toFixed(1);

function row(label: string, runs: Run[], messages: number) {
  const seconds = median(runs.map((r) => r.seconds));
  const cpu = median(runs.map((r) => r.cpuSeconds));
  const rss = median(runs.map((r) => r.rssMb));
  const rate = Math.round(messages / seconds);
  console.log(
    `  ${label.padEnd(36)} ${seconds.toFixed(1).padStart(7)} s wall  ${cpu.toFixed(1).padStart(7)} s CPU  ${rss.toFixed(0).padStart(6)} MB peak RSS  ${rate.toLocaleString('en').padStart(10)} messages/s`,
  );
  return { seconds, cpu, rss };
}

for (const size of SIZES) {
  const dir = await generate(size);
  console.log(`\n${size.toLocaleString('en')} messages (${os.cpus().length} cores), ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, median of ${RUNS} alternating runs:`);
  const bare: Run[] = [];
  const bareReadline: Run[] = [];
  const tailor: Run[] = [];
  const loads: string[] = [];
  let lines = 0;
  let figures: { messages: number; duplicates: number; totals: { wonDeals: number } } | undefined;
  for (let i = 0; i < RUNS; i++) {
    loads.push(load());
    const b = timed(node('bench/team-bare.ts', dir));
    lines = (JSON.parse(b.stdout) as { lines: number }).lines;
    bare.push(b);
    const r = timed(node('bench/team-bare.ts', dir, '--readline'));
    bareReadline.push(r);
    // The 1 GB limit is enforced, not only measured: V8's heap is capped below it.
    const t = timed(node('cli/tailor.ts', 'insights', dir), { NODE_OPTIONS: '--max-old-space-size=900' });
    figures = JSON.parse(t.stdout) as typeof figures;
    tailor.push(t);
    console.log(
      `  run ${i + 1} (load ${loads.at(-1)}): bare ${b.seconds.toFixed(1)} s wall ${b.cpuSeconds.toFixed(1)} s CPU; with readline ${r.seconds.toFixed(1)} s wall ${r.cpuSeconds.toFixed(1)} s CPU; tailor insights ${t.seconds.toFixed(1)} s wall ${t.cpuSeconds.toFixed(1)} s CPU; ${(t.seconds / b.seconds).toFixed(2)}x wall`,
    );
  }
  loads.push(load());
  console.log(`  load average (1 min) at each run's start and at the end: ${loads.join(', ')}`);
  const b = row('bare loop: lines + JSON.parse + count', bare, lines);
  const r = row('the same, lines split by readline', bareReadline, lines);
  const t = row('tailor insights', tailor, lines);
  console.log(`  bare loop with readline / bare loop: ${(r.seconds / b.seconds).toFixed(2)}x wall, ${(r.cpu / b.cpu).toFixed(2)}x CPU`);
  console.log(
    `  tailor insights / bare loop: ${(t.seconds / b.seconds).toFixed(2)}x wall, ${(t.cpu / b.cpu).toFixed(2)}x CPU, ${(t.rss / b.rss).toFixed(2)}x peak RSS  (${figures!.messages.toLocaleString('en')} messages, ${figures!.duplicates} duplicates, ${figures!.totals.wonDeals} won deals)`,
  );
  if (process.env.DUCKDB === '0') continue;
  const duck = timed(node('bench/team-duckdb.ts', dir));
  for (const line of duck.stdout.trim().split('\n')) console.log(`  ${line}`);
  row('DuckDB process in all (one run)', [duck], lines);
}
