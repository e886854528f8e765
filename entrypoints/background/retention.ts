// Usage older than the retention setting is pruned once a day. Alarms can be lost on restart, so
// the alarm is re-created whenever the worker starts.
import { getDb } from '@/lib/db/db';
import { loadEffectiveSettings } from '@/lib/policy/managed';
import { pruneUsage } from '@/lib/usage/store';

const ALARM = 'tailor-prune-usage';

export function registerRetention() {
  void browser.alarms.get(ALARM).then((existing) => {
    if (!existing) void browser.alarms.create(ALARM, { delayInMinutes: 5, periodInMinutes: 24 * 60 });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== ALARM) return;
    const db = getDb();
    void loadEffectiveSettings(db)
      .then((s) => pruneUsage(db, s.retentionDays))
      .catch((e: unknown) => console.error('Tailor could not prune old usage', e));
  });
}
