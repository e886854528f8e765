// Team features in real Chromium (real IndexedDB), each beside the naive way:
//  1. a feed check of an unchanged 5,000-asset pack: 304 (ETag) and same-bytes (hash) against
//     downloading, parsing and re-importing it every time;
//  2. recording an event while 50,000 wait in the outbox (collector away for weeks): the key-range
//     bound against counting the outbox on every event.
//   npm run bench:teams
import fs from 'node:fs';
import type { ServerResponse } from 'node:http';
import { bundleForPage, launchTailor } from '../e2e/harness';
import { pinnedExtension, tempDir } from '../e2e/policy';
import { ASSET_TYPES, type LibraryPack, type PackAsset } from '../lib/model';
import { packToJson } from '../lib/pack/pack';
import { startServer } from '../tests/local-server';

const ASSETS = Number(process.env.ASSETS ?? 5_000);
const OUTBOX = Number(process.env.OUTBOX ?? 50_000);
const RUNS = Number(process.env.RUNS ?? 7);
const RECORDS = Number(process.env.RECORDS ?? 200);

function generatePack(n: number): LibraryPack {
  const taxonomy = {
    personas: Array.from({ length: 12 }, (_, i) => ({ id: `persona-${i}`, label: `Persona ${i}`, aliases: [`Title ${i}`] })),
    industries: Array.from({ length: 20 }, (_, i) => ({ id: `industry-${i}`, label: `Industry ${i}`, aliases: [] })),
    painPoints: Array.from({ length: 25 }, (_, i) => ({ id: `pain-${i}`, label: `Pain ${i}`, aliases: [`keyword ${i}`] })),
  };
  const assets: PackAsset[] = Array.from({ length: n }, (_, i) => ({
    id: `a-${i}`,
    title: `Asset ${i}: how a customer in industry ${i % 20} cut costs`,
    url: `https://content.example.com/assets/${i}`,
    type: ASSET_TYPES[i % ASSET_TYPES.length]!,
    description: `A ${ASSET_TYPES[i % ASSET_TYPES.length]} about pain ${i % 25} for persona ${i % 12}. `.repeat(3),
    personas: [`persona-${i % 12}`],
    industries: [`industry-${i % 20}`],
    painPoints: [`pain-${i % 25}`, `pain-${(i + 7) % 25}`],
    tags: ['benchmark'],
  }));
  return { format: 'tailor-library', version: 1, name: 'Benchmark library', taxonomy, assets };
}

const body = packToJson(generatePack(ASSETS));
const withEtag = await startServer((req, res: ServerResponse) => {
  if (req.headers['if-none-match'] === '"v1"') {
    res.writeHead(304, { ETag: '"v1"' });
    res.end();
    return;
  }
  res.writeHead(200, { 'Content-Type': 'application/json', ETag: '"v1"' });
  res.end(body);
});
const noValidators = await startServer((_req, res: ServerResponse) => {
  res.writeHead(200, { 'Content-Type': 'application/json' });
  res.end(body);
});

const benchScript = await bundleForPage(`
      import { TailorDB } from './lib/db/db';
      import { importPackIntoDb } from './lib/db/library';
      import { syncFeed } from './lib/feed/sync';
      import { readPack } from './lib/pack/pack';
      import { addToOutbox } from './lib/usage/outbox';
      globalThis.TailorBench = { TailorDB, importPackIntoDb, syncFeed, readPack, addToOutbox };`);

const tmp = tempDir('tailor-bench-teams-');
const ext = pinnedExtension(tmp, { hostPermissions: ['http://127.0.0.1/*'] });
const tailor = await launchTailor({ extensionDir: ext.dir });
try {
  const page = await tailor.openPage('options.html');
  await page.evaluate('globalThis.__name = (f) => f');
  await page.evaluate(benchScript);

  const feed = await page.evaluate(
    async ({ etagUrl, plainUrl, runs }) => {
      type B = {
        TailorDB: new (name: string) => { open(): Promise<unknown>; delete(): Promise<void>; close(): void };
        syncFeed(db: unknown, url: string): Promise<{ result: string }>;
        readPack(text: string): { ok: boolean; value: unknown };
        importPackIntoDb(db: unknown, pack: unknown, o: unknown): Promise<unknown>;
      };
      const B = (globalThis as unknown as { TailorBench: B }).TailorBench;
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
      const time = async (f: () => Promise<unknown>) => {
        const t = performance.now();
        await f();
        return performance.now() - t;
      };
      const db = new B.TailorDB('tailor-bench-feed');
      await db.open();
      const first = await time(() => B.syncFeed(db, etagUrl));
      const naive: number[] = [];
      const etag: number[] = [];
      const hash: number[] = [];
      for (let i = 0; i < runs; i++) {
        naive.push(
          await time(async () => {
            const text = await (await fetch(plainUrl, { cache: 'no-store' })).text();
            const pack = B.readPack(text);
            await B.importPackIntoDb(db, pack.value, { mode: 'replace', origin: 'feed' });
          }),
        );
        etag.push(await time(() => B.syncFeed(db, etagUrl)));
      }
      // Same bytes from a server without validators: the hash of the body decides.
      await B.syncFeed(db, plainUrl);
      for (let i = 0; i < runs; i++) hash.push(await time(() => B.syncFeed(db, plainUrl)));
      db.close();
      await db.delete();
      return { first, naive: median(naive), etag: median(etag), hash: median(hash) };
    },
    { etagUrl: `${withEtag.url}/pack.json`, plainUrl: `${noValidators.url}/pack.json`, runs: RUNS },
  );

  const outbox = await page.evaluate(
    async ({ size, records }) => {
      type Db = {
        open(): Promise<unknown>;
        delete(): Promise<void>;
        close(): void;
        transaction<T>(mode: string, ...rest: unknown[]): Promise<T>;
        events: { add(e: unknown): Promise<number> };
        outbox: {
          bulkAdd(rows: unknown[]): Promise<unknown>;
          count(): Promise<number>;
          add(r: unknown): Promise<number>;
          orderBy(k: string): { limit(n: number): { delete(): Promise<number> } };
        };
        settings: unknown;
      };
      type B = {
        TailorDB: new (name: string) => Db;
        addToOutbox(db: Db, rows: unknown[], o: { maxRows: number; now: number }): Promise<unknown>;
      };
      const B = (globalThis as unknown as { TailorBench: B }).TailorBench;
      const row = (i: number) => ({
        messageId: `m-${i}-${Math.random()}`,
        createdAt: i,
        message: {
          type: 'track', event: 'Content Link Copied', messageId: `m-${i}`, timestamp: new Date(i).toISOString(),
          userId: 'rep@example.com',
          properties: { tailor_event: 'copy-link', asset_id: `a-${i % 5000}`, asset_title: 'A case study with a long enough title', crm: 'salesforce', record_type: 'contact', record_id: '0035g00000XyZabAAB', personas: ['p'], industries: ['i'], pain_points: ['x'], identifiers_hashed: false },
        },
      });
      const event = (i: number) => ({ type: 'copy-link', at: i, assetId: `a-${i}`, context: { personas: [], industries: [], painPoints: [] } });
      const stats = (xs: number[]) => {
        const s = [...xs].sort((a, b) => a - b);
        return { median: s[Math.floor(s.length / 2)]!, p95: s[Math.floor(s.length * 0.95)]! };
      };
      const results: Record<string, { median: number; p95: number }> = {};
      for (const approach of ['naive', 'keyRange'] as const) {
        const db = new B.TailorDB(`tailor-bench-outbox-${approach}`);
        await db.open();
        for (let i = 0; i < size; i += 5000) await db.outbox.bulkAdd(Array.from({ length: 5000 }, (_, j) => row(i + j)));
        const times: number[] = [];
        for (let i = 0; i < records; i++) {
          const t = performance.now();
          await db.transaction('rw', db.events, db.outbox, db.settings, async () => {
            await db.events.add(event(i));
            if (approach === 'keyRange') await B.addToOutbox(db, [row(size + i)], { maxRows: size, now: i });
            else {
              await db.outbox.add(row(size + i));
              const n = await db.outbox.count();
              if (n > size) await db.outbox.orderBy(':id').limit(n - size).delete();
            }
          });
          times.push(performance.now() - t);
        }
        if ((await db.outbox.count()) !== size) throw new Error(`${approach} did not keep the outbox at ${size}`);
        results[approach] = stats(times);
        db.close();
        await db.delete();
      }
      return results;
    },
    { size: OUTBOX, records: RECORDS },
  );

  const ms = (x: number) => `${x.toFixed(1)} ms`;
  const kb = (body.length / 1024).toFixed(0);
  console.log(`Chromium ${tailor.context.browser()?.version() ?? ''}, real IndexedDB, median of ${RUNS} runs`);
  console.log(`\nFeed check, ${ASSETS.toLocaleString('en')}-asset pack (${kb} KB), unchanged since the last sync`);
  console.log(`  first sync (download, check, import)           ${ms(feed.first)}`);
  console.log(`  naive: download, parse, check, re-import        ${ms(feed.naive)}`);
  console.log(`  Tailor, server with ETag: 304                   ${ms(feed.etag)}   (${(feed.naive / feed.etag).toFixed(0)}× less)`);
  console.log(`  Tailor, server without validators: same hash    ${ms(feed.hash)}   (${(feed.naive / feed.hash).toFixed(1)}× less)`);
  console.log(`\nRecording an event with ${OUTBOX.toLocaleString('en')} events waiting in the outbox (bound ${OUTBOX.toLocaleString('en')}), ${RECORDS} events`);
  console.log(`  naive: count the outbox, drop the excess        median ${ms(outbox.naive!.median)}, p95 ${ms(outbox.naive!.p95)}`);
  console.log(`  Tailor: drop keys below newest − bound          median ${ms(outbox.keyRange!.median)}, p95 ${ms(outbox.keyRange!.p95)}`);
} finally {
  await tailor.close();
  await withEtag.close();
  await noValidators.close();
  fs.rmSync(tmp, { recursive: true, force: true });
}
