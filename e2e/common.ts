// What the Chromium harness (harness.ts) and the Firefox one (firefox.ts) share: where the project is,
// how to find a browser's executable, waiting on a condition, and reading the extension's IndexedDB
// from inside one of its own pages or its worker.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The project's code a test or benchmark puts into a page: `source` (TypeScript importing from the
 * project's root) bundled into one script to `evaluate` there. */
export async function bundleForPage(source: string): Promise<string> {
  const out = await build({ stdin: { contents: source, resolveDir: ROOT, loader: 'ts' }, bundle: true, format: 'iife', write: false, platform: 'browser' });
  return out.outputFiles[0]!.text;
}

/** The first executable that exists: the environment variable's, then the given paths, then the names on PATH. */
export function findExecutable(what: { browser: string; envVar: string; paths: string[]; names: string[]; install: string }): string {
  for (const c of [process.env[what.envVar], ...what.paths]) if (c && fs.existsSync(c)) return c;
  for (const name of what.names) {
    try {
      const found = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (found) return found;
    } catch {
      // not on PATH; try the next name
    }
  }
  throw new Error(`No ${what.browser} found. Install one (${what.install}) or set ${what.envVar} to its executable.`);
}

/** Polls a condition until it holds (for hooks, where expect.poll is not allowed). */
export async function waitUntil<T>(read: () => Promise<T>, holds: (value: T) => boolean, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T = await read();
  while (!holds(last)) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} (last value: ${JSON.stringify(last)})`);
    await new Promise((r) => setTimeout(r, 50));
    last = await read();
  }
  return last;
}

// The two functions below run inside the extension (they are serialised by `evaluate`): they may use
// nothing from this module, only their argument and the extension's globals.

/** Counts a store's rows in the extension's IndexedDB with the raw IDB API (0 before the store exists). */
export function countStoreRows(storeName: string): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const open = indexedDB.open('tailor');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains(storeName)) {
        db.close();
        resolve(0);
        return;
      }
      const req = db.transaction(storeName).objectStore(storeName).count();
      req.onsuccess = () => {
        db.close();
        resolve(req.result);
      };
      req.onerror = () => reject(req.error);
    };
  });
}

/** Every row of a store in the extension's IndexedDB, with the raw IDB API. */
export function readStoreRows(storeName: string): Promise<unknown[]> {
  return new Promise<unknown[]>((resolve, reject) => {
    const open = indexedDB.open('tailor');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const req = open.result.transaction(storeName).objectStore(storeName).getAll();
      req.onsuccess = () => {
        open.result.close();
        resolve(req.result);
      };
      req.onerror = () => reject(req.error);
    };
  });
}
