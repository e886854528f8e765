// The database for a page, closed and the page reloaded when a newer version of Tailor upgrades it,
// so an old page never writes into a database it no longer understands.
import { getDb, type TailorDB } from '@/lib/db/db';
import { sendMessage } from '@/lib/messaging';
import { changesPreparedViews } from '@/lib/panel/model';

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
    // The background prepares the panel's first paint from the library and the rep's corrections and
    // marks; it follows changes itself while awake, and this wakes it when it sleeps.
    db.onLocalWrite((writes) => {
      if (changesPreparedViews(writes)) sendMessage({ type: 'views:stale' }).catch((e: unknown) => console.warn('Tailor could not tell the background the library changed', e));
    });
  }
  return db;
}
