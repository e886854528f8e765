// A real PostgreSQL server for tests: Debian's binaries, a fresh cluster in a temporary folder, a
// random port on 127.0.0.1, stopped and removed afterwards. PostgreSQL refuses to run as root, so as
// root the server runs as the unprivileged `postgres` user (Debian's package makes it) via setpriv.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

/** The folder of initdb and postgres: $PG_BIN, else the newest /usr/lib/postgresql/<version>/bin. */
export function findPostgresBin(): string {
  const candidates = [process.env.PG_BIN];
  const root = '/usr/lib/postgresql';
  if (fs.existsSync(root))
    candidates.push(
      ...fs
        .readdirSync(root)
        .filter((v) => /^\d+$/.test(v))
        .sort((a, b) => Number(b) - Number(a))
        .map((v) => path.join(root, v, 'bin')),
    );
  for (const dir of candidates) if (dir && fs.existsSync(path.join(dir, 'initdb')) && fs.existsSync(path.join(dir, 'postgres'))) return dir;
  throw new Error('PostgreSQL server binaries not found: install them (apt-get install -y postgresql) or set PG_BIN to the folder holding initdb and postgres');
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

export interface PostgresServer {
  client: pg.Client;
  stop(): Promise<void>;
}

export async function startPostgres(): Promise<PostgresServer> {
  const bin = findPostgresBin();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tailor-pg-'));
  const asRoot = process.getuid?.() === 0;
  // As root, everything the server touches belongs to `postgres`, and its commands run as that user.
  // setpriv execs the command itself (runuser forks and keeps the signals meant for the server).
  const as = (cmd: string, args: string[]): [string, string[]] =>
    asRoot ? ['setpriv', ['--reuid=postgres', '--regid=postgres', '--init-groups', cmd, ...args]] : [cmd, args];
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    fs.chownSync(dir, uid, gid);
  }
  const data = path.join(dir, 'data');
  const [initCmd, initArgs] = as(path.join(bin, 'initdb'), ['-D', data, '-U', 'tailor', '--auth=trust', '--no-locale', '-E', 'UTF8', '--no-sync']);
  execFileSync(initCmd, initArgs, { stdio: 'pipe' });
  const port = await freePort();
  const [cmd, args] = as(path.join(bin, 'postgres'), ['-D', data, '-p', String(port), '-k', dir, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'TimeZone=UTC']);
  const server: ChildProcess = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  server.stderr!.on('data', (d: Buffer) => (log += d.toString()));
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  const client = await connect(port, server, () => log);
  return {
    client,
    async stop() {
      await client.end().catch(() => undefined);
      // SIGINT: PostgreSQL's fast shutdown.
      server.kill('SIGINT');
      await exited;
      // The server has written its last files once its pid file is gone.
      const pidFile = path.join(data, 'postmaster.pid');
      const deadline = Date.now() + 30_000;
      while (fs.existsSync(pidFile) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      fs.rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
    },
  };
}

async function connect(port: number, server: ChildProcess, log: () => string): Promise<pg.Client> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`PostgreSQL stopped while starting:\n${log()}`);
    const client = new pg.Client({ host: '127.0.0.1', port, user: 'tailor', database: 'postgres' });
    try {
      await client.connect();
      return client;
    } catch (e) {
      await client.end().catch(() => undefined);
      if (Date.now() > deadline) throw new Error(`PostgreSQL did not accept connections within 30 s: ${(e as Error).message}\n${log()}`);
      // Polling the port until the server is up; a condition, not a fixed wait for the result.
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
