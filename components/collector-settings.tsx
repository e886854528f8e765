// Usage export: where events go, how they are signed, whether identifiers are hashed, and how the
// outbox is doing.
import { useEffect, useState } from 'preact/hooks';
import type { SettingKey, Settings } from '@/lib/settings';
import { formatWhen, plural } from '@/lib/notices/format';
import { lastDelivery, noAccessNote, validateSettings } from '@/lib/settings-rules';
import { MAX_OUTBOX_ROWS, type OutboxState } from '@/lib/usage/outbox';
import { NoticeLine, type Notice } from './notice';
import { LockedNote, SettingField, describedBy } from './setting-field';

export type CollectorValues = Pick<Settings, 'collectorUrl' | 'collectorWriteKey' | 'hashIdentifiers' | 'hashSalt'>;

export interface CollectorSettingsProps extends CollectorValues {
  locked: readonly SettingKey[];
  outbox?: { state: OutboxState; pending: number };
  hostAccess?: boolean;
  saving: boolean;
  testing: boolean;
  saveNotice?: Notice;
  testNotice?: Notice;
  now: number;
  onSave(patch: Partial<CollectorValues>): void;
  onSendTest(): void;
  onDiscard(): void;
}

function OutboxStatus({ state, pending, now }: { state: OutboxState; pending: number; now: number }) {
  return (
    <dl class="st-status-list" aria-label="Outbox status" data-testid="outbox-status">
      <dt>Waiting to send</dt>
      <dd data-testid="outbox-pending">
        {plural(pending, 'event')}
        {pending >= MAX_OUTBOX_ROWS * 0.9 ? ` (the outbox holds ${MAX_OUTBOX_ROWS.toLocaleString('en')}; past that the oldest are dropped)` : ''}
      </dd>
      <dt>Sent</dt>
      <dd data-testid="outbox-sent">
        {plural(state.sent, 'event')}
        {state.lastSentAt ? `, last ${formatWhen(state.lastSentAt, now)}` : ''}
      </dd>
      {state.lastError && (
        <>
          <dt>Last error</dt>
          <dd class="st-error" data-testid="outbox-last-error">
            {formatWhen(state.lastError.at, now)}: {state.lastError.message}.
            {state.failures > 1 ? ` ${state.failures} failures in a row.` : ''} Nothing is lost: events wait in the outbox.
          </dd>
        </>
      )}
      {state.nextAttemptAt && state.lastError && (
        <>
          <dt>Next attempt</dt>
          <dd>{formatWhen(state.nextAttemptAt, now)}</dd>
        </>
      )}
      <dt>Dropped (outbox full)</dt>
      <dd data-testid="outbox-dropped">
        {plural(state.dropped, 'event')}
        {state.lastDroppedAt ? `, last ${formatWhen(state.lastDroppedAt, now)}` : ''}
      </dd>
      {state.rejected > 0 && (
        <>
          <dt>Refused by the collector</dt>
          <dd>
            {plural(state.rejected, 'event')}
            {state.lastRejected ? `; last: “${state.lastRejected.event}”, ${state.lastRejected.message}` : ''}
          </dd>
        </>
      )}
      {state.discarded > 0 && (
        <>
          <dt>Discarded by you</dt>
          <dd>{plural(state.discarded, 'event')}</dd>
        </>
      )}
    </dl>
  );
}

export function CollectorSettings(props: CollectorSettingsProps) {
  const { locked, outbox, hostAccess, saving, testing, saveNotice, testNotice, now } = props;
  const pick = (): CollectorValues => ({
    collectorUrl: props.collectorUrl,
    collectorWriteKey: props.collectorWriteKey,
    hashIdentifiers: props.hashIdentifiers,
    hashSalt: props.hashSalt,
  });
  const [draft, setDraft] = useState<CollectorValues>(pick);
  const [dirty, setDirty] = useState(false);
  const [tried, setTried] = useState(false);
  const [showKey, setShowKey] = useState(false);
  const incoming = JSON.stringify([props.collectorUrl, props.collectorWriteKey, props.hashIdentifiers, props.hashSalt]);
  useEffect(() => {
    if (!dirty) setDraft(pick());
  }, [incoming]);

  const is = (k: SettingKey) => locked.includes(k);
  const change = (patch: Partial<CollectorValues>) => {
    setDraft({ ...draft, ...patch });
    setDirty(true);
  };
  const errors = validateSettings(draft);
  const shown = (k: keyof CollectorValues) => (tried || is(k) ? errors[k] : undefined);
  const configured = props.collectorUrl.trim() !== '';
  const accessNote = noAccessNote(hostAccess, lastDelivery(props.collectorUrl, outbox?.state));

  const submit = (e: Event) => {
    e.preventDefault();
    setTried(true);
    const keys = ['collectorUrl', 'collectorWriteKey', 'hashSalt'] as const;
    const bad = keys.find((k) => errors[k] && !is(k));
    if (bad) {
      document.getElementById({ collectorUrl: 'collector-url', collectorWriteKey: 'collector-key', hashSalt: 'hash-salt' }[bad])?.focus();
      return;
    }
    const patch: Partial<CollectorValues> = {};
    if (!is('collectorUrl')) patch.collectorUrl = draft.collectorUrl.trim();
    if (!is('collectorWriteKey')) patch.collectorWriteKey = draft.collectorWriteKey.trim();
    if (!is('hashIdentifiers')) patch.hashIdentifiers = draft.hashIdentifiers;
    if (!is('hashSalt')) patch.hashSalt = draft.hashSalt;
    setDirty(false);
    props.onSave(patch);
  };

  const keyInput = {
    id: 'collector-key',
    autocomplete: 'off',
    spellcheck: false,
    // A key set by policy stays out of the page.
    value: is('collectorWriteKey') ? '' : draft.collectorWriteKey,
    placeholder: is('collectorWriteKey') ? (props.collectorWriteKey ? '•••••••• (hidden)' : '(none)') : '',
    disabled: is('collectorWriteKey'),
    'aria-invalid': shown('collectorWriteKey') ? true : undefined,
    'aria-describedby': describedBy('collector-key', { hint: true, error: shown('collectorWriteKey'), locked: is('collectorWriteKey') }),
    onInput: (e: Event) => change({ collectorWriteKey: (e.currentTarget as HTMLInputElement).value }),
  };

  const allLocked = (['collectorUrl', 'collectorWriteKey', 'hashIdentifiers', 'hashSalt'] as const).every(is);

  return (
    <form class="st-card" onSubmit={submit} noValidate aria-labelledby="collector-title">
      <h3 id="collector-title">Usage export</h3>
      <p class="st-muted">
        Send what reps do with content to your organisation’s own analytics, as Segment-style batch calls that Segment,
        RudderStack, Jitsu or your own endpoint accept. Leave the address empty and nothing is sent.
      </p>
      <SettingField
        id="collector-url"
        label="Collector address"
        hint={
          <>
            For example <code>https://api.segment.io/v1/batch</code>. https:// only (http:// for localhost).
          </>
        }
        error={shown('collectorUrl')}
        locked={is('collectorUrl')}
      >
        <input
          id="collector-url"
          type="url"
          inputMode="url"
          spellcheck={false}
          placeholder="https://collector.example.com/v1/batch"
          value={draft.collectorUrl}
          disabled={is('collectorUrl')}
          aria-invalid={shown('collectorUrl') ? true : undefined}
          aria-describedby={describedBy('collector-url', { hint: true, error: shown('collectorUrl'), locked: is('collectorUrl') })}
          onInput={(e) => change({ collectorUrl: e.currentTarget.value })}
        />
      </SettingField>
      <SettingField
        id="collector-key"
        label="Write key (optional)"
        hint="Sent as the HTTP basic-auth user name with an empty password, as Segment expects its write key."
        error={shown('collectorWriteKey')}
        locked={is('collectorWriteKey')}
      >
        <div class="st-inline">
          {showKey && !is('collectorWriteKey') ? <input type="text" {...keyInput} /> : <input type="password" {...keyInput} />}
          {!is('collectorWriteKey') && (
            <button type="button" aria-pressed={showKey} onClick={() => setShowKey(!showKey)}>
              {showKey ? 'Hide' : 'Show'}
            </button>
          )}
        </div>
      </SettingField>
      <div class="st-field">
        <label class="st-check">
          <input
            type="checkbox"
            id="hash-identifiers"
            checked={draft.hashIdentifiers}
            disabled={is('hashIdentifiers')}
            aria-describedby={describedBy('hash-identifiers', { hint: true, locked: is('hashIdentifiers') })}
            onChange={(e) => change({ hashIdentifiers: e.currentTarget.checked })}
          />
          Send CRM record IDs and account names hashed
        </label>
        {is('hashIdentifiers') && <LockedNote id="hash-identifiers" />}
        <p id="hash-identifiers-hint" class="st-hint">
          Each is sent as a SHA-256 hash of a salt and the value, so your analytics can count and group by record without
          seeing which record it is. Without a salt of your own, Tailor uses a random one made on this browser: hashes then
          differ from rep to rep. Give every rep the same salt (best by policy) to join them across the team, and keep it
          secret: anyone who has it can test guesses of an ID against a hash.
        </p>
      </div>
      {draft.hashIdentifiers && (
        <SettingField id="hash-salt" label="Salt (optional)" error={shown('hashSalt')} locked={is('hashSalt')}>
          <input
            id="hash-salt"
            type="password"
            autocomplete="off"
            value={is('hashSalt') ? '' : draft.hashSalt}
            placeholder={is('hashSalt') ? '•••••••• (hidden)' : 'a random salt made on this browser'}
            disabled={is('hashSalt')}
            aria-invalid={shown('hashSalt') ? true : undefined}
            aria-describedby={describedBy('hash-salt', { error: shown('hashSalt'), locked: is('hashSalt') })}
            onInput={(e) => change({ hashSalt: e.currentTarget.value })}
          />
        </SettingField>
      )}
      {accessNote === 'failing' && (
        <p class="st-warning" data-testid="collector-no-access">
          Sending to this collector fails, and Tailor does not have permission to send to its site: choose{' '}
          <strong>Send a test event</strong> and allow access, or have the collector allow cross-origin requests.
        </p>
      )}
      {accessNote === 'untried' && (
        <p class="st-warning" data-testid="collector-no-access">
          Nothing has reached this collector yet, and Tailor does not have permission to send to its site. Collectors
          that allow cross-origin requests work without it; otherwise choose <strong>Send a test event</strong> and allow
          access.
        </p>
      )}
      <div class="st-actions">
        {!allLocked && (
          <button type="submit" class="primary" disabled={saving}>
            Save
          </button>
        )}
        <button type="button" onClick={props.onSendTest} disabled={testing || !configured || dirty} aria-describedby={dirty ? 'collector-dirty' : undefined}>
          {testing ? 'Sending…' : 'Send a test event'}
        </button>
        {dirty && (
          <span id="collector-dirty" class="st-muted">
            Save your changes first.
          </span>
        )}
      </div>
      <NoticeLine notice={saveNotice} testId="collector-notice" />
      <NoticeLine notice={testNotice} testId="test-event-result" />
      {outbox && (configured || outbox.pending > 0) && (
        <>
          <h4>Outbox</h4>
          <OutboxStatus state={outbox.state} pending={outbox.pending} now={now} />
          {outbox.pending > 0 && (
            <button type="button" class="danger" onClick={props.onDiscard}>
              Discard {plural(outbox.pending, 'waiting event')}
            </button>
          )}
        </>
      )}
    </form>
  );
}
