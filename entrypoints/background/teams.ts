// The team feed, usage export and enterprise policy (lib/teams/service.ts does the work).
import type { TailorDB } from '@/lib/db/db';
import { startTeams } from '@/lib/teams/service';

export function registerTeams(db: TailorDB) {
  startTeams(db);
}
