// The team library feed: the address, how often it is checked, and how the last checks went.
import { useEffect, useState } from 'preact/hooks';
import type { FeedStatus } from '@/lib/feed/sync';
import { describeRename } from '@/lib/feed/renames';
import type { SettingKey } from '@/lib/settings';
import { formatWhen, plural } from '@/lib/notices/format';
import { sentence } from '@/lib/pack/wording';
import { lastSync, noAccessNote, validateSettings } from '@/lib/settings-rules';
import { NoticeLine, type Notice } from './notice';
import { SettingField, describedBy } from './setting-field';

export interface FeedValues {
  feedUrl: string;
  feedIntervalMinutes: number;
}

export interface FeedSettingsProps extends FeedValues {
  locked: readonly SettingKey[];
  status?: FeedStatus;
  /** Whether Tailor may read the feed's host; undefined while unknown or with no feed. */
  hostAccess?: boolean;
  busy: boolean;
  notice?: Notice;
  now: number;
  onSave(values: Partial<FeedValues>): void;
  onSyncNow(): void;
}

const INTERVALS = [15, 30, 60, 120, 240, 720, 1440];
const intervalLabel = (m: number) => (m % 60 === 0 ? (m === 60 ? 'Every hour' : m === 1440 ? 'Once a day' : `Every ${m / 60} hours`) : `Every ${m} minutes`);

function FeedStatusView({ status, now }: { status: FeedStatus; now: number }) {
  const err = status.lastError;
  return (
    <dl class="st-status-list" aria-label="Feed status">
      <dt>Last synced</dt>
      <dd data-testid="feed-last-success">
        {status.lastSuccessAt ? formatWhen(status.lastSuccessAt, now) : 'Never'}
        {status.pack && (
          <>
            {' · '}
            {plural(status.pack.assets, 'asset')}
            {status.pack.name ? ` from “${status.pack.name}”` : ''}
          </>
        )}
      </dd>
      {status.lastChangedAt && (
        <>
          <dt>Library last updated by the feed</dt>
          <dd>
            {formatWhen(status.lastChangedAt, now)}
            {status.summary &&
              ` · ${status.summary.added} added, ${status.summary.updated} updated, ${status.summary.removed} removed`}
            {status.warnings ? ` · ${plural(status.warnings, 'warning')} in the pack` : ''}
          </dd>
          {status.encodingWarning && (
            <dd class="st-warning" data-testid="feed-encoding-warning">
              {sentence(status.encodingWarning)}
            </dd>
          )}
          {status.renamed?.length ? (
            <dd data-testid="feed-renamed">
              <ul class="problems">
                {status.renamed.map((r) => (
                  <li key={`${r.kind}:${r.from}`}>{describeRename(r)}</li>
                ))}
              </ul>
            </dd>
          ) : null}
          {status.warningMessages?.length ? (
            <dd>
              <details>
                <summary>What the warnings say</summary>
                <ul class="problems">
                  {status.warningMessages.map((m, i) => (
                    <li key={i}>{m}</li>
                  ))}
                </ul>
              </details>
            </dd>
          ) : null}
        </>
      )}
      {err && (
        <>
          <dt>Latest attempt failed</dt>
          <dd class="st-error" data-testid="feed-last-error">
            {formatWhen(err.at, now)}: {err.message}.
            {status.failures > 1 ? ` ${status.failures} failures in a row.` : ''} Your library is as it was.
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

export function FeedSettings(props: FeedSettingsProps) {
  const { locked, status, hostAccess, busy, notice, now, onSave, onSyncNow } = props;
  const [url, setUrl] = useState(props.feedUrl);
  const [interval, setIntervalMinutes] = useState(props.feedIntervalMinutes);
  const [dirty, setDirty] = useState(false);
  const [tried, setTried] = useState(false);
  useEffect(() => {
    if (!dirty) {
      setUrl(props.feedUrl);
      setIntervalMinutes(props.feedIntervalMinutes);
    }
  }, [props.feedUrl, props.feedIntervalMinutes]);

  const urlLocked = locked.includes('feedUrl');
  const intervalLocked = locked.includes('feedIntervalMinutes');
  const errors = validateSettings({ feedUrl: url, feedIntervalMinutes: interval });
  const urlError = tried || urlLocked ? errors.feedUrl : undefined;
  const options = INTERVALS.includes(interval) ? INTERVALS : [...INTERVALS, interval].sort((a, b) => a - b);
  const subscribed = props.feedUrl.trim() !== '';
  const accessNote = noAccessNote(hostAccess, lastSync(props.feedUrl, status));

  const submit = (e: Event) => {
    e.preventDefault();
    setTried(true);
    if (errors.feedUrl || errors.feedIntervalMinutes) {
      document.getElementById('feed-url')?.focus();
      return;
    }
    setDirty(false);
    onSave({ ...(urlLocked ? {} : { feedUrl: url.trim() }), ...(intervalLocked ? {} : { feedIntervalMinutes: interval }) });
  };

  return (
    <form class="st-card" onSubmit={submit} noValidate aria-labelledby="feed-title">
      <h3 id="feed-title">Team library feed</h3>
      <p class="st-muted">
        Subscribe to the library pack your marketing team publishes. Tailor checks it at start-up and on a schedule, asks
        only for changes, and replaces the feed’s content only when the whole new pack is valid. Content you added yourself stays.
      </p>
      <SettingField
        id="feed-url"
        label="Feed address"
        hint="The pack’s URL, starting with https:// (http:// only for localhost). Leave empty for no feed."
        error={urlError}
        locked={urlLocked}
      >
        <input
          id="feed-url"
          type="url"
          inputMode="url"
          spellcheck={false}
          placeholder="https://content.example.com/tailor/library.json"
          value={url}
          disabled={urlLocked}
          aria-invalid={urlError ? true : undefined}
          aria-describedby={describedBy('feed-url', { hint: true, error: urlError, locked: urlLocked })}
          onInput={(e) => {
            setUrl(e.currentTarget.value);
            setDirty(true);
          }}
        />
      </SettingField>
      <SettingField id="feed-interval" label="Check for a new pack" locked={intervalLocked}>
        <select
          id="feed-interval"
          value={String(interval)}
          disabled={intervalLocked}
          aria-describedby={describedBy('feed-interval', { locked: intervalLocked })}
          onChange={(e) => {
            setIntervalMinutes(Number(e.currentTarget.value));
            setDirty(true);
          }}
        >
          {options.map((m) => (
            <option key={m} value={String(m)}>
              {intervalLabel(m)}
            </option>
          ))}
        </select>
      </SettingField>
      {accessNote === 'failing' && (
        <p class="st-warning" data-testid="feed-no-access">
          Syncing this feed fails, and Tailor does not have permission to read its site: choose <strong>Sync now</strong>{' '}
          and allow access, or have the feed’s server allow cross-origin requests.
        </p>
      )}
      {accessNote === 'untried' && (
        <p class="st-warning" data-testid="feed-no-access">
          This feed has not synced yet, and Tailor does not have permission to read its site. Feeds whose server allows
          cross-origin requests work without it; otherwise choose <strong>Sync now</strong> and allow access.
        </p>
      )}
      <div class="st-actions">
        {!(urlLocked && intervalLocked) && (
          <button type="submit" class="primary" disabled={busy}>
            {subscribed || !url.trim() ? 'Save' : 'Subscribe'}
          </button>
        )}
        <button type="button" onClick={onSyncNow} disabled={busy || !subscribed || dirty} aria-describedby={dirty ? 'feed-dirty' : undefined}>
          {busy ? 'Syncing…' : 'Sync now'}
        </button>
        {dirty && (
          <span id="feed-dirty" class="st-muted">
            Save your changes first.
          </span>
        )}
      </div>
      <NoticeLine notice={notice} testId="feed-notice" />
      {subscribed && status && status.url === props.feedUrl.trim() && <FeedStatusView status={status} now={now} />}
      {subscribed && (!status || status.url !== props.feedUrl.trim()) && <p class="st-muted">Not synced yet.</p>}
    </form>
  );
}
