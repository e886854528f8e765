// The team feed, usage export and enterprise policy (lib/background/teams.ts does the work).
import type { TailorDB } from '@/lib/db/db';
import { startTeams } from '@/lib/background/teams';

export function registerTeams(db: TailorDB) {
  startTeams(db);
}
