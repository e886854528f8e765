// First run: put the sample library in place so a new user sees Tailor work at once.
import { readPack } from '../pack/pack';
import { sampleLibrary } from '../state/settings-table';
import type { TailorDB } from './db';
import { importPackIntoDb } from './library';

export type SeedOutcome = 'seeded' | 'already-seeded' | 'library-not-empty';

/**
 * Imports the sample pack once, on a fresh install. `loadText` runs before the transaction opens
 * (an await on fetch inside it would let IndexedDB commit early). Running twice is harmless: the
 * check and the write share one transaction.
 */
export async function seedSampleLibrary(db: TailorDB, loadText: () => Promise<string>): Promise<SeedOutcome> {
  if (await sampleLibrary.get(db)) return 'already-seeded';
  const checked = readPack(await loadText(), { file: 'sample-library.json' });
  if (!checked.ok) throw new Error(`the bundled sample library is invalid: ${checked.errors[0]?.message}`);
  return db.transaction('rw', db.assets, db.taxonomy, db.settings, async () => {
    if (await sampleLibrary.get(db)) return 'already-seeded';
    const seededAt = Date.now();
    if ((await db.assets.count()) > 0) {
      await sampleLibrary.set(db, { skipped: true, at: seededAt });
      return 'library-not-empty';
    }
    await importPackIntoDb(db, checked.value, { mode: 'replace', origin: 'pack', now: seededAt });
    await sampleLibrary.set(db, { name: checked.value.name, at: seededAt });
    return 'seeded';
  });
}
