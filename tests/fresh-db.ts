// A fresh database for each test (a real IndexedDB, fake-indexeddb), deleted after it.
import Dexie from 'dexie';
import { afterEach, beforeEach } from 'vitest';
import { TailorDB } from '../lib/db/db';

let n = 0;

/** Registers the hooks and returns a getter: call it inside a test for that test's database. */
export function freshDbPerTest(prefix: string): () => TailorDB {
  let db: TailorDB | undefined;
  beforeEach(async () => {
    db = new TailorDB(`${prefix}-${n++}`);
    await db.open();
  });
  afterEach(async () => {
    db?.close();
    if (db) await Dexie.delete(db.name);
    db = undefined;
  });
  return () => {
    if (!db) throw new Error('the test database exists only inside a test');
    return db;
  };
}
