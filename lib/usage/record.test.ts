import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TailorDB } from '../db/db';
import type { UsageEvent } from '../model';
import { parseManaged, saveManagedMirror } from '../policy/managed';
import { userSettings } from '../state/settings-table';
import { recordUsage, recordUsageBatch } from './record';
import { loadRollups } from './store';

let db: TailorDB;
let n = 0;
beforeEach(async () => {
  db = new TailorDB(`tailor-record-test-${n++}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const at = new Date(2026, 10, 2, 12).getTime();
const ev = (type: UsageEvent['type'], extra: Partial<UsageEvent> = {}): UsageEvent => ({
  type, at, assetId: 'a1', crm: 'salesforce', recordType: 'contact', recordId: '003A', context: { personas: [], industries: [], painPoints: [] }, ...extra,
});

describe('recording usage', () => {
  it('credits the rep from the settings when the page recorded before it knew who the rep is', async () => {
    await userSettings.set(db, { repId: 'dana@example.com' });
    await recordUsageBatch(db, [ev('impression'), ev('copy-link', { rep: '' }), ev('open', { rep: 'kim@example.com' })]);
    expect((await db.events.toArray()).map((e) => [e.type, e.rep])).toEqual([
      ['impression', 'dana@example.com'],
      ['copy-link', 'dana@example.com'],
      ['open', 'kim@example.com'],
    ]);
    // The insights' "By rep" table: no "unknown" rep.
    const [day] = await loadRollups(db, '2026-11-02', '2026-11-02');
    expect(day!.reps).toEqual({ 'dana@example.com': { impression: 1, 'copy-link': 1 }, 'kim@example.com': { open: 1 } });
  });

  it('uses the rep id the organisation sets by policy, and sends it to the collector', async () => {
    await userSettings.set(db, { repId: 'own@example.com', collectorUrl: 'https://collector.example.com/v1/batch' });
    await saveManagedMirror(db, parseManaged({ repId: 'dana@corp.example' }));
    const { eventId } = await recordUsage(db, ev('copy-email'));
    expect((await db.events.get(eventId))!.rep).toBe('dana@corp.example');
    expect((await db.outbox.toArray()).map((r) => r.message.userId)).toEqual(['dana@corp.example']);
  });

  it('leaves the rep out when none is set anywhere', async () => {
    const { eventId } = await recordUsage(db, ev('impression'));
    expect((await db.events.get(eventId))!.rep).toBeUndefined();
  });
});
