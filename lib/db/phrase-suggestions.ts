// The suggested phrases in the database: the reps' corrections they come from (this browser's), the
// marketer's dismissals (a settings row), and "Add as phrase" written as a taxonomy edit.
import type { PainCorrection } from '../match';
import type { ProspectSeen } from '../model';
import { addPhraseAlias, painCorrectionsOf, readDismissals, removePhraseAlias, withDismissal, withoutDismissal } from '../library/phrase-suggestions';
import type { TaxonomyResult } from '../library/taxonomy-ops';
import { applyTaxonomyChange } from './curation';
import type { TailorDB } from './db';

/** The settings row that holds the dismissed suggestions' keys. */
export const DISMISSED_PHRASES_ROW = 'phraseSuggestions:dismissed';

export interface PhraseSuggestionInputs {
  corrections: PainCorrection[];
  dismissed: string[];
}

/** The corrections made in this browser, each with its record's notes, and the dismissals. */
export async function loadPhraseSuggestionInputs(db: TailorDB): Promise<PhraseSuggestionInputs> {
  return db.transaction('r', [db.corrections, db.prospects, db.settings], async () => {
    const corrections = await db.corrections.toArray();
    const seenRows = await db.prospects.bulkGet(corrections.map((c) => c.key));
    const seen = new Map<string, ProspectSeen>();
    for (const row of seenRows) if (row) seen.set(row.key, row);
    const dismissed = readDismissals((await db.settings.get(DISMISSED_PHRASES_ROW))?.value);
    return { corrections: painCorrectionsOf(corrections, seen), dismissed };
  });
}

/** "Add as phrase": one taxonomy edit, in the transaction every taxonomy edit uses. */
export const addSuggestedPhrase = (db: TailorDB, painPoint: string, phrase: string): Promise<TaxonomyResult> =>
  applyTaxonomyChange(db, (t) => addPhraseAlias(t, painPoint, phrase));

/** Undoes "Add as phrase". */
export const removeSuggestedPhrase = (db: TailorDB, painPoint: string, phrase: string): Promise<TaxonomyResult> =>
  applyTaxonomyChange(db, (t) => removePhraseAlias(t, painPoint, phrase));

async function updateDismissals(db: TailorDB, change: (dismissed: readonly string[]) => string[]): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const dismissed = readDismissals((await db.settings.get(DISMISSED_PHRASES_ROW))?.value);
    await db.settings.put({ key: DISMISSED_PHRASES_ROW, value: change(dismissed) });
  });
}

/** "Dismiss": the suggestion is not made again (whatever new corrections say). */
export const dismissPhraseSuggestion = (db: TailorDB, key: string): Promise<void> => updateDismissals(db, (d) => withDismissal(d, key));

/** Undoes "Dismiss". */
export const restorePhraseSuggestion = (db: TailorDB, key: string): Promise<void> => updateDismissals(db, (d) => withoutDismissal(d, key));
