import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closedPort, startServer, type LocalServer } from '../../tests/local-server';
import { TailorDB } from '../db/db';
import { loadLibrary } from '../db/library';
import { seedSampleLibrary } from '../db/seed';
import type { Asset, LibraryPack, PackAsset } from '../model';
import { packToJson } from '../pack/pack';
import { isFeedDue, loadFeedStatus, syncFeed, type FeedErrorKind } from './sync';

const asset = (id: string, extra: Partial<PackAsset> = {}): PackAsset => ({
  id,
  title: `Asset ${id}`,
  url: `https://content.example/${id}`,
  type: 'case-study',
  personas: ['cfo'],
  industries: [],
  painPoints: [],
  tags: [],
  ...extra,
});

const pack = (ids: string[], name = 'Team library'): LibraryPack => ({
  format: 'tailor-library',
  version: 1,
  name,
  taxonomy: {
    personas: [{ id: 'cfo', label: 'Finance leader', aliases: ['CFO'] }],
    industries: [],
    painPoints: [],
  },
  assets: ids.map((id) => asset(id)),
});

let db: TailorDB;
let server: LocalServer | undefined;
let n = 0;
beforeEach(async () => {
  db = new TailorDB(`tailor-feed-test-${n++}`);
  await db.open();
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  db.close();
  await Dexie.delete(db.name);
});

/** Counts every write Dexie makes to the library tables from now on. */
function watchLibraryWrites(target: TailorDB) {
  const counts = { writes: 0 };
  for (const table of [target.assets, target.taxonomy]) {
    table.hook('creating', () => void counts.writes++);
    table.hook('updating', () => void counts.writes++);
    table.hook('deleting', () => void counts.writes++);
  }
  return counts;
}

const snapshot = async () => {
  const lib = await loadLibrary(db);
  return { assets: [...lib.assets].sort((a, b) => a.id.localeCompare(b.id)), taxonomy: lib.taxonomy };
};

const localAsset: Asset = {
  ...asset('mine', { title: 'My own page', url: 'https://mine.example/page', personas: ['ops'] }),
  origin: 'local',
  addedAt: 1,
  updatedAt: 1,
};

async function addLocal() {
  await db.assets.add(localAsset);
  await db.taxonomy.add({ kind: 'personas', id: 'ops', label: 'Operations', aliases: [], origin: 'local' });
}

/** A plain HTTP server on a given loopback address (startServer listens on 127.0.0.1 only). */
async function serveOn(host: string, handler: (req: http.IncomingMessage, res: http.ServerResponse) => void) {
  const srv = http.createServer(handler);
  await new Promise<void>((resolve) => srv.listen(0, host, resolve));
  const { port } = srv.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        srv.close(() => resolve());
        srv.closeAllConnections();
      }),
  };
}

/** A feed that serves `body` with an ETag and answers If-None-Match with 304. */
function etagFeed(body: () => string, etag: () => string) {
  return (req: { headers: Record<string, unknown> }, res: import('node:http').ServerResponse) => {
    if (req.headers['if-none-match'] === etag()) {
      res.writeHead(304, { ETag: etag() });
      res.end();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'application/json', ETag: etag() });
    res.end(body());
  };
}

describe('syncing a team feed', () => {
  it('fills the library from the feed, keeping the rep’s own assets', async () => {
    await addLocal();
    server = await startServer(etagFeed(() => packToJson(pack(['f1', 'f2', 'f3'])), () => '"v1"'));
    const out = await syncFeed(db, `${server.url}/pack.json`, { now: () => 1000 });
    expect(out.result).toBe('updated');
    const lib = await loadLibrary(db);
    expect(lib.assets.map((a) => `${a.id}:${a.origin}`).sort()).toEqual(['f1:feed', 'f2:feed', 'f3:feed', 'mine:local']);
    expect(lib.taxonomy.personas.map((p) => p.id).sort()).toEqual(['cfo', 'ops']);
    expect(out.status).toMatchObject({
      url: `${server.url}/pack.json`,
      etag: '"v1"',
      lastSuccessAt: 1000,
      lastChangedAt: 1000,
      failures: 0,
      pack: { name: 'Team library', assets: 3 },
    });
    expect(await loadFeedStatus(db)).toEqual(out.status);
  });

  it('asks with If-None-Match next time, and a 304 reads, parses and writes nothing in the library', async () => {
    server = await startServer(etagFeed(() => packToJson(pack(['f1', 'f2'])), () => '"v1"'));
    const url = `${server.url}/pack.json`;
    await syncFeed(db, url, { now: () => 1000 });
    const before = await snapshot();
    const writes = watchLibraryWrites(db);

    const out = await syncFeed(db, url, { now: () => 5000 });
    expect(out.result).toBe('not-modified');
    expect(server.requests[1]?.headers['if-none-match']).toBe('"v1"');
    expect(writes.writes).toBe(0);
    expect(await snapshot()).toEqual(before);
    expect(out.status.lastSuccessAt).toBe(5000);
    expect(out.status.lastChangedAt).toBe(1000);
  });

  it('uses If-Modified-Since when the server gives Last-Modified instead of an ETag', async () => {
    const lastModified = 'Wed, 21 Oct 2026 07:28:00 GMT';
    server = await startServer((req, res) => {
      if (req.headers['if-modified-since'] === lastModified) {
        res.writeHead(304);
        res.end();
        return;
      }
      res.writeHead(200, { 'Content-Type': 'application/json', 'Last-Modified': lastModified });
      res.end(packToJson(pack(['f1'])));
    });
    const url = `${server.url}/pack.json`;
    expect((await syncFeed(db, url)).result).toBe('updated');
    expect((await syncFeed(db, url)).result).toBe('not-modified');
  });

  it('does not parse or rewrite a pack whose bytes have not changed, from a server without validators', async () => {
    const body = packToJson(pack(['f1', 'f2']));
    server = await startServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(body);
    });
    const url = `${server.url}/pack.json`;
    await syncFeed(db, url);
    const writes = watchLibraryWrites(db);
    expect((await syncFeed(db, url)).result).toBe('unchanged');
    expect(writes.writes).toBe(0);
  });

  it('replaces the feed’s assets and taxonomy when the pack changes, and leaves local ones alone', async () => {
    await addLocal();
    let version = 1;
    server = await startServer(
      etagFeed(
        () =>
          version === 1
            ? packToJson(pack(['f1', 'f2', 'f3']))
            : packToJson({
                ...pack(['f2', 'f4']),
                taxonomy: { personas: [{ id: 'cio', label: 'IT leader', aliases: [] }], industries: [], painPoints: [] },
                assets: [asset('f2', { personas: ['cio'], title: 'Retitled' }), asset('f4', { personas: ['cio'] })],
              }),
        () => `"v${version}"`,
      ),
    );
    const url = `${server.url}/pack.json`;
    await syncFeed(db, url, { now: () => 1 });
    version = 2;
    const out = await syncFeed(db, url, { now: () => 2 });
    expect(out.result).toBe('updated');
    expect(out.status.summary).toMatchObject({ added: 1, updated: 1, removed: 2 });
    const lib = await loadLibrary(db);
    expect(lib.assets.map((a) => a.id).sort()).toEqual(['f2', 'f4', 'mine']);
    expect(lib.assets.find((a) => a.id === 'f2')?.title).toBe('Retitled');
    // cfo was the feed's and no asset uses it any more; ops is the rep's.
    expect(lib.taxonomy.personas.map((p) => p.id).sort()).toEqual(['cio', 'ops']);
    expect(await db.assets.get('mine')).toEqual(localAsset);
  });

  it('carries the rep’s assets and corrections over when the feed renames a taxonomy id, and says so', async () => {
    let version = 1;
    const renamed = (): LibraryPack => ({
      ...pack(['f1']),
      taxonomy: { personas: [{ id: 'finance-leader', label: 'Finance  Leader', aliases: ['CFO'] }], industries: [], painPoints: [] },
      assets: [asset('f1', { personas: ['finance-leader'] })],
    });
    server = await startServer(etagFeed(() => packToJson(version === 1 ? pack(['f1']) : renamed()), () => `"v${version}"`));
    const url = `${server.url}/pack.json`;
    await syncFeed(db, url, { now: () => 1 });
    // The rep tagged an asset of their own, and corrected a prospect, with the feed's persona.
    await db.assets.add({ ...localAsset, personas: ['cfo', 'ops'] });
    await db.taxonomy.add({ kind: 'personas', id: 'ops', label: 'Operations', aliases: [], origin: 'local' });
    await db.corrections.put({ key: 'salesforce:contact:003A', fields: {}, added: { personas: ['cfo'] }, removed: { personas: ['ops', 'cfo'] }, updatedAt: 1 });

    version = 2;
    const out = await syncFeed(db, url, { now: () => 2 });
    expect(out.result).toBe('updated');
    const lib = await loadLibrary(db);
    // One entry for the finance leader, not two.
    expect(lib.taxonomy.personas.map((p) => p.id).sort()).toEqual(['finance-leader', 'ops']);
    expect((await db.assets.get('mine'))?.personas).toEqual(['finance-leader', 'ops']);
    expect(await db.corrections.get('salesforce:contact:003A')).toMatchObject({
      added: { personas: ['finance-leader'] },
      removed: { personas: ['ops', 'finance-leader'] },
    });
    expect(out.status.renamed).toEqual([{ kind: 'personas', from: 'cfo', to: 'finance-leader', label: 'Finance leader' }]);
    expect(out.status.warnings).toBe(0);
  });

  it('does not guess a rename: an id that is simply gone, or a label two new entries share, stays as the rep uses it', async () => {
    let version = 1;
    const v2 = (): LibraryPack => ({
      ...pack(['f1']),
      taxonomy: {
        personas: [
          { id: 'finance-emea', label: 'Finance leader', aliases: [] },
          { id: 'finance-us', label: 'Finance leader', aliases: [] },
        ],
        industries: [],
        painPoints: [],
      },
      assets: [asset('f1', { personas: ['finance-us'] })],
    });
    server = await startServer(etagFeed(() => packToJson(version === 1 ? pack(['f1']) : v2()), () => `"v${version}"`));
    const url = `${server.url}/pack.json`;
    await syncFeed(db, url, { now: () => 1 });
    await db.assets.add({ ...localAsset, personas: ['cfo'] });
    version = 2;
    const out = await syncFeed(db, url, { now: () => 2 });
    expect(out.status.renamed).toBeUndefined();
    expect((await db.assets.get('mine'))?.personas).toEqual(['cfo']);
    expect((await loadLibrary(db)).taxonomy.personas.map((p) => p.id).sort()).toEqual(['cfo', 'finance-emea', 'finance-us']);
  });

  it('retires the bundled sample library the first time a feed fills the library, once', async () => {
    const sample = fs.readFileSync(path.resolve(__dirname, '../../public/sample-library.json'), 'utf8');
    await seedSampleLibrary(db, async () => sample);
    await addLocal();
    server = await startServer(etagFeed(() => packToJson(pack(['f1'])), () => '"v1"'));
    await syncFeed(db, `${server.url}/pack.json`);
    expect((await db.assets.toArray()).map((a) => a.id).sort()).toEqual(['f1', 'mine']);
    const lib = await loadLibrary(db);
    expect(lib.taxonomy.industries).toEqual([]);
    // A pack the marketer imports later is theirs: a later feed change never touches it.
    await db.assets.add({ ...asset('later'), origin: 'pack', addedAt: 99, updatedAt: 99 });
    server.handle(etagFeed(() => packToJson(pack(['f1', 'f9'])), () => '"v2"'));
    await syncFeed(db, `${server.url}/pack.json`);
    expect((await db.assets.toArray()).map((a) => a.id).sort()).toEqual(['f1', 'f9', 'later', 'mine']);
  });

  it('leaves a rep’s own asset as they made it when a feed asset has the same URL', async () => {
    await addLocal();
    const feedPack = pack(['f1', 'f2']);
    feedPack.assets[0] = asset('f1', { url: localAsset.url, title: 'The team’s title', tags: ['team'] });
    server = await startServer(etagFeed(() => packToJson(feedPack), () => '"v1"'));
    const out = await syncFeed(db, `${server.url}/pack.json`, { now: () => 1000 });
    expect(out.result).toBe('updated');
    expect(await db.assets.get('mine')).toEqual(localAsset);
    expect(await db.assets.get('f1')).toMatchObject({ origin: 'feed', title: 'The team’s title', url: localAsset.url });
    expect(out.status.summary).toMatchObject({ added: 2, updated: 0 });
  });

  it('keeps a rep’s own asset whose id a feed asset has, and reports the clash without failing', async () => {
    await addLocal();
    const feedPack = pack(['mine', 'f2']);
    feedPack.assets[0] = asset('mine', { title: 'The team’s asset', url: 'https://content.example/team' });
    server = await startServer(etagFeed(() => packToJson(feedPack), () => '"v1"'));
    const url = `${server.url}/pack.json`;
    const out = await syncFeed(db, url, { now: () => 1000 });
    expect(out.result).toBe('updated');
    expect(out.status.lastError).toBeUndefined();
    expect(await db.assets.get('mine')).toEqual(localAsset);
    expect((await db.assets.toArray()).map((a) => `${a.id}:${a.origin}`).sort()).toEqual(['f2:feed', 'mine:local']);
    expect(out.status.summary).toMatchObject({ added: 1, clashes: [{ id: 'mine', title: 'The team’s asset', kept: 'My own page' }] });
    expect(out.status.warnings).toBe(1);
    expect(out.status.warningMessages).toEqual([
      `the feed's asset "The team’s asset" was not imported: its id "mine" is the id of your own asset "My own page", which Tailor keeps as you made it`,
    ]);
    expect(await loadFeedStatus(db)).toEqual(out.status);

    // The next sync, and a feed update, leave it alone too.
    server.handle(etagFeed(() => packToJson({ ...feedPack, assets: [...feedPack.assets, asset('f3')] }), () => '"v2"'));
    const next = await syncFeed(db, url, { now: () => 2000 });
    expect(next.result).toBe('updated');
    expect(await db.assets.get('mine')).toEqual(localAsset);
    expect(next.status.warnings).toBe(1);
  });

  describe('a pack that is not UTF-8, read as a pack file is read by the command line and the import', () => {
    const accented = 'Étude de cas – Café Müller, 5 €';
    const accentedPack = (): LibraryPack => ({ ...pack(['f1', 'f2']), assets: [asset('f1', { title: accented }), asset('f2')] });
    // Windows-1252's bytes: Latin-1 but for "–" (0x96) and "€" (0x80).
    const cp1252 = (text: string) => Buffer.from(text.replace(/–/g, '\u0096').replace(/€/g, '\u0080'), 'latin1');
    const serve = (body: () => Buffer, contentType: () => string) => (_req: unknown, res: http.ServerResponse) => {
      res.writeHead(200, { 'Content-Type': contentType() });
      res.end(body());
    };

    it('reads a Windows-1252 pack with its accents, and says so in the status without failing the sync', async () => {
      const bytes = cp1252(packToJson(accentedPack()));
      expect([...bytes].filter((b) => b >= 0x80)).toEqual([0xc9, 0x96, 0xe9, 0xfc, 0x80]);
      // The server's default charset says UTF-8, as many do for any .json: the bytes decide.
      server = await startServer(serve(() => bytes, () => 'application/json; charset=utf-8'));
      const out = await syncFeed(db, `${server.url}/pack.json`, { now: () => 1000 });
      expect(out.result).toBe('updated');
      expect(out.status.lastError).toBeUndefined();
      expect((await db.assets.get('f1'))?.title).toBe(accented);
      expect(out.status.encodingWarning).toBe(
        'this file is not UTF-8; it was read as Windows-1252: check accented letters and symbols, or save it as UTF-8, which a library pack should be',
      );
      expect(out.status.warnings).toBe(1);
      expect(out.status.warningMessages).toBeUndefined();
      expect(await loadFeedStatus(db)).toEqual(out.status);
    });

    it('drops the warning once the marketer saves the same pack as UTF-8, from a server without validators', async () => {
      let body = cp1252(packToJson(accentedPack()));
      server = await startServer(serve(() => body, () => 'application/json'));
      const url = `${server.url}/pack.json`;
      expect((await syncFeed(db, url, { now: () => 1000 })).status.encodingWarning).toBeDefined();
      body = Buffer.from(packToJson(accentedPack()), 'utf8');
      const out = await syncFeed(db, url, { now: () => 2000 });
      expect(out.result).toBe('updated');
      expect(out.status.encodingWarning).toBeUndefined();
      expect(out.status.warnings).toBe(0);
      expect((await db.assets.get('f1'))?.title).toBe(accented);
      expect((await syncFeed(db, url, { now: () => 3000 })).result).toBe('unchanged');
    });

    it('reads UTF-16 by its byte-order mark, or without one by the charset the server declares or by its zero bytes, with no warning', async () => {
      const text = packToJson(accentedPack());
      const answers = [
        { body: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), type: 'application/json' },
        { body: Buffer.from(text, 'utf16le').swap16(), type: 'application/json; charset="UTF-16BE"' },
        // Neither a mark nor a charset (a static host's plain .json): the zero bytes of its Latin text say it.
        { body: Buffer.from(text, 'utf16le'), type: 'application/json' },
      ];
      let at = 0;
      server = await startServer(serve(() => answers[at]!.body, () => answers[at]!.type));
      for (at = 0; at < answers.length; at++) {
        await db.assets.clear();
        const out = await syncFeed(db, `${server.url}/pack-${at}.json`, { now: () => 1000 });
        expect(out.result, answers[at]!.type).toBe('updated');
        expect((await db.assets.get('f1'))?.title).toBe(accented);
        expect(out.status.encodingWarning).toBeUndefined();
      }
    });
  });

  it('sends no conditional headers without host permission (they would need a CORS preflight)', async () => {
    server = await startServer(etagFeed(() => packToJson(pack(['f1'])), () => '"v1"'));
    const url = `${server.url}/pack.json`;
    await syncFeed(db, url, { hostAccess: false });
    expect((await syncFeed(db, url, { hostAccess: false })).result).toBe('unchanged');
    expect(server.requests[1]?.headers['if-none-match']).toBeUndefined();
  });
});

describe('a feed that fails', () => {
  const good = packToJson(pack(['f1', 'f2']));
  let url: string;

  beforeEach(async () => {
    await addLocal();
    server = await startServer(etagFeed(() => good, () => '"good"'));
    url = `${server.url}/pack.json`;
    await syncFeed(db, url, { now: () => 1000 });
  });

  async function expectFailure(kind: FeedErrorKind, message: RegExp, options: Parameters<typeof syncFeed>[2] = {}, target = url) {
    const before = await snapshot();
    const writes = watchLibraryWrites(db);
    // Long enough that a loaded machine never times out a prompt answer.
    const out = await syncFeed(db, target, { now: () => 2000, timeoutMs: 1500, ...options });
    expect(out.result).toBe('failed');
    expect(out.status.lastError).toMatchObject({ kind, at: 2000 });
    expect(out.status.lastError?.message).toMatch(message);
    expect(writes.writes).toBe(0);
    expect(await snapshot()).toEqual(before);
    const stored = await loadFeedStatus(db);
    expect(stored?.lastError?.kind).toBe(kind);
    if (target === url) expect(stored?.lastSuccessAt).toBe(1000);
    return out;
  }

  it('is unreachable', async () => {
    await expectFailure('unreachable', /could not reach 127\.0\.0\.1/, {}, `http://127.0.0.1:${await closedPort()}/pack.json`);
  });

  it('answers 500', async () => {
    server!.handle((_req, res) => {
      res.writeHead(500);
      res.end('boom');
    });
    await expectFailure('http', /HTTP 500 \(Internal Server Error\): the server has a problem/);
  });

  it('needs a sign-in (401)', async () => {
    server!.handle((_req, res) => {
      res.writeHead(401);
      res.end();
    });
    await expectFailure('http', /HTTP 401.*readable without signing in/);
  });

  it('does not answer in time', async () => {
    server!.handle(() => undefined);
    await expectFailure('timeout', /did not answer within 1\.5 s/);
  });

  it('stalls in the middle of the body', async () => {
    server!.handle((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(good)) });
      res.write(good.slice(0, 100));
    });
    await expectFailure('timeout', /did not answer/);
  });

  it('closes the connection before the whole body arrives', async () => {
    server!.handle((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(good)) });
      res.write(good.slice(0, 120), () => res.destroy());
    });
    await expectFailure('truncated', /closed after|cut short/);
  });

  it('serves JSON that is cut off', async () => {
    server!.handle((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(good.trimEnd().slice(0, -1));
    });
    await expectFailure('invalid', /looks truncated/);
  });

  it('serves deeply nested broken JSON: a located failure with its backoff, not a stack overflow', async () => {
    server!.handle((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(`{"format":"tailor-library","version":1,"assets":${'['.repeat(100_000)}x`);
    });
    const out = await expectFailure('invalid', /line 1, column \d+: the JSON nests more than 64 levels deep/);
    expect(out.status.failures).toBe(1);
    expect(out.status.nextAttemptAt).toBeGreaterThan(2000);
    expect((await loadFeedStatus(db))?.nextAttemptAt).toBe(out.status.nextAttemptAt);
  });

  it('serves an invalid pack, and says where', async () => {
    const bad = JSON.parse(good) as LibraryPack;
    bad.assets[1]!.url = 'javascript:alert(1)';
    server!.handle((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(bad));
    });
    await expectFailure('invalid', /assets\[1\]\.url.*javascript: URLs are not allowed/);
  });

  it('says it is too big (Content-Length), before reading it', async () => {
    const big = packToJson(pack(Array.from({ length: 400 }, (_, i) => `b${i}`)));
    server!.handle((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(big)) });
      res.end(big);
    });
    await expectFailure('too-big', /over Tailor's limit of 10\.0 KB/, { maxBytes: 10 * 1024 });
  });

  it('streams more than the cap without a Content-Length: Tailor stops reading at the cap', async () => {
    let written = 0;
    let closed = false;
    server!.handle((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      const chunk = Buffer.alloc(16 * 1024, 0x20);
      const pump = () => {
        while (!closed && written < 50 * 1024 * 1024) {
          written += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      res.on('close', () => void (closed = true));
      pump();
    });
    await expectFailure('too-big', /stopped reading/, { maxBytes: 64 * 1024 });
    await expect.poll(() => closed).toBe(true);
    expect(written).toBeLessThan(50 * 1024 * 1024);
  });

  it('serves a web page instead of a pack', async () => {
    server!.handle((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>Sign in</title>');
    });
    await expectFailure('not-a-pack', /web page \(text\/html\), not a library pack/);
  });

  it('redirects to plain http on another host: Tailor stops there and changes nothing', async () => {
    // A second server on another loopback address: plain http to a host that is not this machine's
    // name for itself, as a redirect to http://feeds.example.com would be.
    const other = await serveOn('127.0.0.2', (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(packToJson(pack(['x1'])));
    });
    try {
      server!.handle((_req, res) => {
        res.writeHead(302, { Location: `${other.url}/pack.json` });
        res.end();
      });
      await expectFailure('insecure-redirect', new RegExp(`^the feed redirected to ${other.url.replace(/\./g, '\\.')}/pack\\.json, which is not https`));
    } finally {
      await other.close();
    }
  });

  it('still follows a redirect that stays within the rules', async () => {
    server!.handle((req, res) => {
      if (req.url === '/old.json') {
        res.writeHead(301, { Location: '/pack.json' });
        res.end();
        return;
      }
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(packToJson(pack(['f1', 'f5'])));
    });
    const out = await syncFeed(db, `${server!.url}/old.json`);
    expect(out.result).toBe('updated');
    expect((await db.assets.toArray()).map((a) => a.id).sort()).toEqual(['f1', 'f5', 'mine']);
  });

  it('is configured with an address Tailor will not use', async () => {
    await expectFailure('config', /must use https/, {}, 'http://feeds.example.com/pack.json');
  });

  it('explains a missing permission when the server refuses cross-origin reads', async () => {
    const out = await expectFailure('unreachable', /no permission for http:\/\/127\.0\.0\.1:\d+/, { hostAccess: false }, `http://127.0.0.1:${await closedPort()}/p.json`);
    expect(out.status.lastError?.message).toMatch(/Access-Control-Allow-Origin/);
  });

  it('cannot write the new pack into the database: the status says so and the library is as it was', async () => {
    server!.handle(etagFeed(() => packToJson(pack(['f3'])), () => '"v2"'));
    const before = await snapshot();
    const statusBefore = (await loadFeedStatus(db))!;
    // The old feed assets are deleted in the transaction before the write fails: all of it must roll back.
    vi.spyOn(db.assets, 'bulkPut').mockRejectedValue(new Dexie.QuotaExceededError('the disk is full'));
    const out = await syncFeed(db, url, { now: () => 2000 });
    vi.restoreAllMocks();
    expect(out.result).toBe('failed');
    expect(out.status.lastError).toMatchObject({ kind: 'storage', at: 2000 });
    expect(out.status.lastError?.message).toMatch(/^the feed's pack could not be saved in this browser's database: .*the disk is full/);
    expect(out.status.failures).toBe(1);
    expect(out.status.nextAttemptAt).toBeGreaterThan(2000);
    expect(await snapshot()).toEqual(before);
    const stored = await loadFeedStatus(db);
    expect(stored).toEqual(out.status);
    // Nothing of the new pack counts as applied: the next attempt fetches and writes it again.
    expect(stored?.contentHash).toBe(statusBefore.contentHash);
    expect(stored?.lastSuccessAt).toBe(1000);
    expect((await syncFeed(db, url, { now: () => 3000 })).result).toBe('updated');
    expect((await db.assets.toArray()).map((a) => a.id).sort()).toEqual(['f3', 'mine']);
  });

  it('backs off on repeated failures and recovers on the next good answer', async () => {
    server!.handle((_req, res) => {
      res.writeHead(503);
      res.end();
    });
    const hour = 60 * 60_000;
    const first = await syncFeed(db, url, { now: () => 10 * hour, random: () => 1, intervalMinutes: 60 });
    expect(first.status.failures).toBe(1);
    expect(first.status.nextAttemptAt).toBe(11 * hour);
    const second = await syncFeed(db, url, { now: () => 11 * hour, random: () => 1, intervalMinutes: 60 });
    expect(second.status.nextAttemptAt).toBe(13 * hour);
    const third = await syncFeed(db, url, { now: () => 13 * hour, random: () => 1, intervalMinutes: 60 });
    expect(third.status.nextAttemptAt).toBe(17 * hour);
    expect(isFeedDue(third.status, url, 16 * hour)).toBe(false);
    expect(isFeedDue(third.status, url, 17 * hour)).toBe(true);

    server!.handle(etagFeed(() => good, () => '"good"'));
    const back = await syncFeed(db, url, { now: () => 17 * hour });
    expect(back.result).toBe('not-modified');
    expect(back.status.failures).toBe(0);
    expect(back.status.lastError).toBeUndefined();
    expect(back.status.nextAttemptAt).toBe(18 * hour);
  });

  it('starts afresh (no stale validators) when the feed address changes', async () => {
    const other = await startServer(etagFeed(() => packToJson(pack(['o1'])), () => '"good"'));
    try {
      const out = await syncFeed(db, `${other.url}/other.json`);
      expect(other.requests[0]?.headers['if-none-match']).toBeUndefined();
      expect(out.result).toBe('updated');
      expect((await db.assets.toArray()).map((a) => a.id).sort()).toEqual(['mine', 'o1']);
    } finally {
      await other.close();
    }
  });
});

describe('isFeedDue', () => {
  it('is due for a new or changed address, and once the next attempt time (less a minute) has come', () => {
    expect(isFeedDue(undefined, 'https://a.example/p.json', 0)).toBe(true);
    const status = { url: 'https://a.example/p.json', failures: 0, nextAttemptAt: 600_000 };
    expect(isFeedDue(status, 'https://b.example/p.json', 0)).toBe(true);
    expect(isFeedDue(status, 'https://a.example/p.json', 500_000)).toBe(false);
    expect(isFeedDue(status, 'https://a.example/p.json', 545_000)).toBe(true);
  });
});
