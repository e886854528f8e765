// The team figures for Insights' Team view: the address `tailor insights`' file is published at, how
// the last checks went, and whether reps show pseudonymised.
import { useEffect, useState } from 'preact/hooks';
import type { SettingKey } from '@/lib/settings';
import type { TeamSyncStatus } from '@/lib/team/store';
import { formatWhen } from '@/lib/notices/format';
import { lastSync, noAccessNote, validateSettings } from '@/lib/settings-rules';
import { NoticeLine, type Notice } from './notice';
import { LockedNote, SettingField, describedBy } from './setting-field';

export interface TeamInsightsValues {
  teamInsightsUrl: string;
  pseudonymiseReps: boolean;
}

export interface TeamInsightsSettingsProps extends TeamInsightsValues {
  locked: readonly SettingKey[];
  status?: TeamSyncStatus;
  /** Whether Tailor may read the address's host; undefined while unknown or with no address. */
  hostAccess?: boolean;
  busy: boolean;
  notice?: Notice;
  now: number;
  onSave(url: string): void;
  onPseudonymise(on: boolean): void;
  onSyncNow(): void;
}

function TeamStatusView({ status, now }: { status: TeamSyncStatus; now: number }) {
  const err = status.lastError;
  return (
    <dl class="st-status-list" aria-label="Team figures status">
      <dt>Last synced</dt>
      <dd data-testid="team-last-success">{status.lastSuccessAt ? formatWhen(status.lastSuccessAt, now) : 'Never'}</dd>
      {status.lastChangedAt && (
        <>
          <dt>Figures last updated</dt>
          <dd>{formatWhen(status.lastChangedAt, now)}</dd>
        </>
      )}
      {err && (
        <>
          <dt>Latest attempt failed</dt>
          <dd class="st-error" data-testid="team-last-error">
            {formatWhen(err.at, now)}: {err.message}.{status.failures > 1 ? ` ${status.failures} failures in a row.` : ''} The Team
            view keeps the last good figures.
          </dd>
        </>
      )}
      {status.nextAttemptAt && (
        <>
          <dt>{err ? 'Next attempt' : 'Next check'}</dt>
          <dd>{formatWhen(status.nextAttemptAt, now)}</dd>
        </>
      )}
    </dl>
  );
}

export function TeamInsightsSettings(props: TeamInsightsSettingsProps) {
  const { locked, status, hostAccess, busy, notice, now, onSave, onPseudonymise, onSyncNow } = props;
  const [url, setUrl] = useState(props.teamInsightsUrl);
  const [dirty, setDirty] = useState(false);
  const [tried, setTried] = useState(false);
  useEffect(() => {
    if (!dirty) setUrl(props.teamInsightsUrl);
  }, [props.teamInsightsUrl]);
  // The box shows the click at once; the saved setting (or a policy) follows through the props.
  const [pseudonymise, setPseudonymise] = useState(props.pseudonymiseReps);
  useEffect(() => setPseudonymise(props.pseudonymiseReps), [props.pseudonymiseReps]);

  const urlLocked = locked.includes('teamInsightsUrl');
  const pseudonymLocked = locked.includes('pseudonymiseReps');
  const error = tried || urlLocked ? validateSettings({ teamInsightsUrl: url }).teamInsightsUrl : undefined;
  const subscribed = props.teamInsightsUrl.trim() !== '';
  const accessNote = noAccessNote(hostAccess, lastSync(props.teamInsightsUrl, status));

  const submit = (e: Event) => {
    e.preventDefault();
    setTried(true);
    if (validateSettings({ teamInsightsUrl: url }).teamInsightsUrl) {
      document.getElementById('team-url')?.focus();
      return;
    }
    setDirty(false);
    onSave(url.trim());
  };

  return (
    <form class="st-card" onSubmit={submit} noValidate aria-labelledby="team-insights-title">
      <h3 id="team-insights-title">Team figures</h3>
      <p class="st-muted">
        Insights’ Team view shows the whole team’s usage from the file <code>tailor insights</code> writes. Publish that file at
        an address and Tailor checks it hourly, asks only for changes, and shows a new file only when it is valid: a broken one
        leaves the last good figures in place. You can also open a file from disk in the Team view.
      </p>
      <SettingField
        id="team-url"
        label="Team figures address"
        hint="The file’s URL, starting with https:// (http:// only for localhost). Leave empty for none."
        error={error}
        locked={urlLocked}
      >
        <input
          id="team-url"
          type="url"
          inputMode="url"
          spellcheck={false}
          placeholder="https://content.example.com/tailor/team-insights.json"
          value={url}
          disabled={urlLocked}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy('team-url', { hint: true, error, locked: urlLocked })}
          onInput={(e) => {
            setUrl(e.currentTarget.value);
            setDirty(true);
          }}
        />
      </SettingField>
      {accessNote === 'failing' && (
        <p class="st-warning" data-testid="team-no-access">
          Checking this address fails, and Tailor does not have permission to read its site: choose{' '}
          <strong>Sync figures now</strong> and allow access, or have the server allow cross-origin requests.
        </p>
      )}
      {accessNote === 'untried' && (
        <p class="st-warning" data-testid="team-no-access">
          These figures have not synced yet, and Tailor does not have permission to read this address’s site. A server that
          allows cross-origin requests works without it; otherwise choose <strong>Sync figures now</strong> and allow access.
        </p>
      )}
      <div class="st-actions">
        {!urlLocked && (
          <button type="submit" class="primary" disabled={busy}>
            {subscribed || !url.trim() ? 'Save' : 'Subscribe'}
          </button>
        )}
        <button type="button" onClick={onSyncNow} disabled={busy || !subscribed || dirty}>
          {busy ? 'Syncing…' : 'Sync figures now'}
        </button>
        {dirty && <span class="st-muted">Save your changes first.</span>}
      </div>
      <NoticeLine notice={notice} testId="team-notice" />
      {subscribed && status && status.url === props.teamInsightsUrl.trim() && <TeamStatusView status={status} now={now} />}
      {subscribed && (!status || status.url !== props.teamInsightsUrl.trim()) && <p class="st-muted">Not synced yet.</p>}
      <div class="st-field" style={{ marginTop: '16px' }}>
        <label class="st-check">
          <input
            type="checkbox"
            id="pseudonymise-reps"
            checked={pseudonymise}
            disabled={pseudonymLocked}
            aria-describedby={describedBy('pseudonymise-reps', { hint: true, locked: pseudonymLocked })}
            onChange={(e) => {
              setPseudonymise(e.currentTarget.checked);
              onPseudonymise(e.currentTarget.checked);
            }}
          />
          Show reps as Rep 1, Rep 2…
        </label>
        {pseudonymLocked && <LockedNote id="pseudonymise-reps" />}
        <p id="pseudonymise-reps-hint" class="st-hint">
          The Team view then compares reps without naming them. Each rep keeps the same number from one file to the next.
        </p>
      </div>
    </form>
  );
}
