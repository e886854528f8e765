// What this browser's Tailor is, to a collector: a random id for when the rep has not set theirs, and
// the random salt hashed identifiers use unless the organisation sets its own. Made once, kept.
import type { TailorDB } from '../db/db';
import { identity, type InstallIdentity } from '../state/settings-table';

export type { InstallIdentity };


function randomHex(bytes: number): string {
  const buf = crypto.getRandomValues(new Uint8Array(bytes));
  return [...buf].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** This install's identity, made on first use. Two contexts asking at once get the same one. */
export async function installIdentity(db: TailorDB): Promise<InstallIdentity> {
  const existing = await identity.get(db);
  if (existing) return existing;
  const fresh: InstallIdentity = { anonymousId: crypto.randomUUID(), salt: randomHex(32) };
  return db.transaction('rw', db.settings, async () => {
    const again = await identity.get(db);
    if (again) return again;
    await identity.set(db, fresh);
    return fresh;
  });
}
