// The database for a page, closed and the page reloaded when a newer version of Tailor upgrades it,
// so an old page never writes into a database it no longer understands.
import { getDb, type TailorDB } from '@/lib/db/db';

let wired = false;

export function usePageDb(): TailorDB {
  const db = getDb();
  if (!wired) {
    wired = true;
    db.on('versionchange', () => {
      db.close();
      location.reload();
      return false;
    });
  }
  return db;
}
