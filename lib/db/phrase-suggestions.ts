// The suggested phrases in the database: the reps' corrections they come from (this browser's, and those
// added from reps' corrections files: the sharedCorrections item), the marketer's dismissals (the
// dismissedPhrases item; both rows of the settings table, lib/state/settings-table.ts), and "Add as
// phrase" written as a taxonomy edit.
import type { PainCorrection } from '../match';
import type { ProspectSeen } from '../model';
import {
  combineCorrections,
  correctionsFileOf,
  mergeSharedCorrections,
  type CorrectionsFile,
  type SharedCorrection,
} from '../library/corrections-file';
import { addPhraseAlias, removePhraseAlias, withDismissal, withoutDismissal } from '../library/phrase-suggestions';
import type { TaxonomyResult } from '../library/taxonomy-ops';
import { applyTaxonomyChange } from './curation';
import { dismissedPhrases, sharedCorrections } from '../state/settings-table';
import type { TailorDB } from './db';

export interface PhraseSuggestionInputs {
  corrections: PainCorrection[];
  dismissed: string[];
  /** How many records' corrections came from reps' files. */
  fromFiles: number;
}

async function ownCorrections(db: TailorDB) {
  const corrections = await db.corrections.toArray();
  const seenRows = await db.prospects.bulkGet(corrections.map((c) => c.key));
  const seen = new Map<string, ProspectSeen>();
  for (const row of seenRows) if (row) seen.set(row.key, row);
  return { corrections, seen };
}

const storedShared = (db: TailorDB): Promise<SharedCorrection[]> => sharedCorrections.get(db);

/** The corrections made in this browser (each with its record's notes) and those added from reps'
 * files, one per record, and the dismissals. */
export async function loadPhraseSuggestionInputs(db: TailorDB): Promise<PhraseSuggestionInputs> {
  return db.transaction('r', [db.corrections, db.prospects, db.settings], async () => {
    const { corrections, seen } = await ownCorrections(db);
    const shared = await storedShared(db);
    const dismissed = await dismissedPhrases.get(db);
    return { corrections: combineCorrections(corrections, seen, shared), dismissed, fromFiles: shared.length };
  });
}

/** This browser's corrections as a file for marketing. */
export async function exportCorrectionsFile(db: TailorDB, now = new Date()): Promise<CorrectionsFile> {
  const { corrections, seen } = await db.transaction('r', [db.corrections, db.prospects], () => ownCorrections(db));
  return correctionsFileOf(corrections, seen, now);
}

/** Adds the corrections read from reps' files (already checked) to those gathered, in one transaction. */
export async function addSharedCorrections(db: TailorDB, incoming: readonly SharedCorrection[]): Promise<{ added: number; updated: number }> {
  return db.transaction('rw', db.settings, async () => {
    const { corrections, added, updated } = mergeSharedCorrections(await storedShared(db), incoming);
    await sharedCorrections.set(db, corrections);
    return { added, updated };
  });
}

/** Forgets every correction added from files (this browser's own corrections stay). */
export async function forgetSharedCorrections(db: TailorDB): Promise<void> {
  await sharedCorrections.remove(db);
}

/** "Add as phrase": one taxonomy edit, in the transaction every taxonomy edit uses. */
export const addSuggestedPhrase = (db: TailorDB, painPoint: string, phrase: string): Promise<TaxonomyResult> =>
  applyTaxonomyChange(db, (t) => addPhraseAlias(t, painPoint, phrase));

/** Undoes "Add as phrase". */
export const removeSuggestedPhrase = (db: TailorDB, painPoint: string, phrase: string): Promise<TaxonomyResult> =>
  applyTaxonomyChange(db, (t) => removePhraseAlias(t, painPoint, phrase));

async function updateDismissals(db: TailorDB, change: (dismissed: readonly string[]) => string[]): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    await dismissedPhrases.set(db, change(await dismissedPhrases.get(db)));
  });
}

/** "Dismiss": the suggestion is not made again (whatever new corrections say). */
export const dismissPhraseSuggestion = (db: TailorDB, key: string): Promise<void> => updateDismissals(db, (d) => withDismissal(d, key));

/** Undoes "Dismiss". */
export const restorePhraseSuggestion = (db: TailorDB, key: string): Promise<void> => updateDismissals(db, (d) => withoutDismissal(d, key));
