// Tells the rep which settings their organisation manages, and which policy entries Tailor could not use.
import type { SettingKey } from '@/lib/settings';
import { LockIcon } from './lock-icon';

export const SETTING_LABELS: Record<SettingKey, string> = {
  repId: 'Rep ID',
  trackingParams: 'Tracking parameters',
  retentionDays: 'Usage retention',
  feedUrl: 'Team feed',
  feedIntervalMinutes: 'Feed check interval',
  collectorUrl: 'Usage collector',
  collectorWriteKey: 'Collector write key',
  hashIdentifiers: 'Hashed identifiers',
  hashSalt: 'Hash salt',
  teamInsightsUrl: 'Team figures address',
  pseudonymiseReps: 'Pseudonymised reps',
  emailAllowed: 'Email (Gmail, Outlook)',
};

export function PolicyNotice({ locked, ignored }: { locked: readonly SettingKey[]; ignored: readonly { key: string; message: string }[] }) {
  if (locked.length === 0 && ignored.length === 0) return null;
  return (
    <div class="st-policy" role="note" data-testid="policy-notice">
      {locked.length > 0 && (
        <p>
          <LockIcon /> Your organisation manages {locked.map((k) => SETTING_LABELS[k]).join(', ')}. These
          are shown locked below.
        </p>
      )}
      {ignored.length > 0 && (
        <p class="st-warning">
          Tailor could not use some of your organisation’s policy:{' '}
          {ignored.map((i) => `${i.key} (${i.message})`).join('; ')}. Ask your IT team to correct it.
        </p>
      )}
    </div>
  );
}
