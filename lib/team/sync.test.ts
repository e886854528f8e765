import fs from 'node:fs';
import path from 'node:path';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closedPort, startServer, type LocalServer } from '../../tests/local-server';
import { TailorDB } from '../db/db';
import { loadTeamFigures, loadTeamStatus, openTeamFiguresFile } from './store';
import { isTeamSyncDue, syncTeamFigures } from './sync';

const contractText = fs.readFileSync(path.join(__dirname, '../../tests/fixtures/team/contract.json'), 'utf8');
const extendedText = fs.readFileSync(path.join(__dirname, '../../tests/fixtures/team/extended.json'), 'utf8');

let db: TailorDB;
let server: LocalServer | undefined;
let n = 0;
beforeEach(async () => {
  db = new TailorDB(`tailor-team-sync-test-${n++}`);
  await db.open();
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  db.close();
  await Dexie.delete(db.name);
});

/** Counts every write to the settings store from now on (the figures and the status live there). */
function watchWrites(target: TailorDB) {
  const keys: string[] = [];
  target.settings.hook('creating', (key) => void keys.push(String(key)));
  target.settings.hook('updating', (_mods, key) => void keys.push(String(key)));
  return keys;
}

/** A server publishing a figures file with an ETag, answering 304 to a matching If-None-Match. */
async function publish(state: { body: string; etag: string; status?: number; type?: string }) {
  server = await startServer((req, res) => {
    if (state.status && state.status !== 200) {
      res.writeHead(state.status, { 'Content-Type': 'text/plain' });
      res.end('nope');
    } else if (req.headers['if-none-match'] === state.etag) {
      res.writeHead(304, { ETag: state.etag });
      res.end();
    } else {
      res.writeHead(200, { 'Content-Type': state.type ?? 'application/json', ETag: state.etag });
      res.end(state.body);
    }
  });
  return `${server.url}/team/figures.json`;
}

describe('subscribing to the team figures by URL', () => {
  it('takes in a valid file, then asks only for changes: a 304 writes nothing but the status', async () => {
    const state = { body: contractText, etag: '"v1"' };
    const url = await publish(state);
    const first = await syncTeamFigures(db, url, { now: () => 1_000 });
    expect(first.result).toBe('updated');
    expect(first.status).toMatchObject({ url, etag: '"v1"', failures: 0, lastSuccessAt: 1_000, lastChangedAt: 1_000 });
    const stored = await loadTeamFigures(db);
    expect(stored?.source).toEqual({ kind: 'url', url });
    expect(stored?.figures.totals.influencedRevenue).toBe(256500);

    const writes = watchWrites(db);
    const second = await syncTeamFigures(db, url, { now: () => 2_000 });
    expect(second.result).toBe('not-modified');
    expect(server!.requests.at(-1)?.headers['if-none-match']).toBe('"v1"');
    expect(writes).toEqual(['team:status']);
    expect(await loadTeamFigures(db)).toEqual(stored);
    expect((await loadTeamStatus(db))?.lastChangedAt).toBe(1_000);
  });

  it('swaps in a new file whole when it changes', async () => {
    const state = { body: contractText, etag: '"v1"' };
    const url = await publish(state);
    await syncTeamFigures(db, url);
    state.body = extendedText;
    state.etag = '"v2"';
    const next = await syncTeamFigures(db, url);
    expect(next.result).toBe('updated');
    expect((await loadTeamFigures(db))?.figures.days?.length).toBe(30);
  });

  it('keeps the last good file when a new one is broken, and says where it is broken', async () => {
    const state = { body: contractText, etag: '"v1"' };
    const url = await publish(state);
    await syncTeamFigures(db, url, { now: () => 1_000 });
    const good = await loadTeamFigures(db);

    const broken = JSON.parse(contractText) as { reps: { shares: unknown }[] };
    broken.reps[1]!.shares = 'lots';
    state.body = JSON.stringify(broken);
    state.etag = '"v2"';
    const failed = await syncTeamFigures(db, url, { now: () => 2_000, random: () => 0 });
    expect(failed.result).toBe('failed');
    expect(failed.status.lastError).toMatchObject({ kind: 'invalid', at: 2_000 });
    expect(failed.status.lastError?.message).toBe(
      `the team figures file is invalid: ${url}, reps[1].shares: shares must be a number, not "lots"`,
    );
    expect(failed.status.failures).toBe(1);
    expect(failed.status.lastSuccessAt).toBe(1_000);
    // Backoff: half the interval at the least, after the first failure.
    expect(failed.status.nextAttemptAt).toBe(2_000 + 30 * 60_000);
    expect(await loadTeamFigures(db)).toEqual(good);
    // The validators of the last good file stay, so a fixed file is fetched, not a 304 for the broken one.
    expect(failed.status.etag).toBe('"v1"');
  });

  it('a web page, an HTTP error or a server that is down change nothing, and each says why', async () => {
    const state = { body: contractText, etag: '"v1"', status: 200, type: 'application/json' };
    const url = await publish(state);
    await syncTeamFigures(db, url);
    const good = await loadTeamFigures(db);

    state.etag = '"v2"';
    state.body = '<!doctype html><title>Sign in</title>';
    state.type = 'text/html; charset=utf-8';
    const page = await syncTeamFigures(db, url);
    expect(page.status.lastError?.kind).toBe('not-figures');
    expect(page.status.lastError?.message).toMatch(/returned a web page \(text\/html\), not the JSON `tailor insights` writes/);

    state.status = 404;
    const missing = await syncTeamFigures(db, url);
    expect(missing.status.lastError).toMatchObject({ kind: 'http', status: 404 });
    expect(missing.status.lastError?.message).toBe('the team figures address answered HTTP 404 (Not Found): check the address');
    expect(missing.status.failures).toBe(2);

    const down = await syncTeamFigures(db, `http://127.0.0.1:${await closedPort()}/team.json`);
    expect(down.status.lastError?.kind).toBe('unreachable');
    expect(await loadTeamFigures(db)).toEqual(good);
  });

  it('refuses an address that is not https (http only on this machine) without a request', async () => {
    const outcome = await syncTeamFigures(db, 'http://figures.example.com/team.json');
    expect(outcome.status.lastError).toMatchObject({ kind: 'config' });
    expect(outcome.status.lastError?.message).toMatch(/must use https:\/\//);
  });

  it('refuses a file over the size limit, reading no further than it', async () => {
    const url = await publish({ body: contractText, etag: '"v1"' });
    const outcome = await syncTeamFigures(db, url, { maxBytes: 100 });
    expect(outcome.status.lastError?.kind).toBe('too-big');
    expect(await loadTeamFigures(db)).toBeUndefined();
  });

  it('sends no conditional headers without the host permission (CORS would need a preflight)', async () => {
    const url = await publish({ body: contractText, etag: '"v1"' });
    await syncTeamFigures(db, url);
    await syncTeamFigures(db, url, { hostAccess: false });
    expect(server!.requests.at(-1)?.headers['if-none-match']).toBeUndefined();
  });

  it('takes the URL’s file back after one was opened from disk, even when the URL has not changed', async () => {
    const url = await publish({ body: contractText, etag: '"v1"' });
    await syncTeamFigures(db, url);
    await openTeamFiguresFile(db, extendedText, 'mine.json');
    const outcome = await syncTeamFigures(db, url);
    expect(server!.requests.at(-1)?.headers['if-none-match']).toBeUndefined();
    expect(outcome.result).toBe('updated');
    expect((await loadTeamFigures(db))?.source).toEqual({ kind: 'url', url });
  });

  it('is due at once for a new URL, one interval after success, and later after failures', () => {
    expect(isTeamSyncDue(undefined, 'https://a.example/t.json', 0)).toBe(true);
    const status = { url: 'https://a.example/t.json', failures: 0, nextAttemptAt: 3_600_000 };
    expect(isTeamSyncDue(status, 'https://a.example/t.json', 1_000)).toBe(false);
    expect(isTeamSyncDue(status, 'https://a.example/t.json', 3_600_000)).toBe(true);
    expect(isTeamSyncDue(status, 'https://b.example/t.json', 1_000)).toBe(true);
  });
});
