// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FeedStatus } from '@/lib/feed/sync';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import type { TeamSyncStatus } from '@/lib/team/store';
import type { OutboxState } from '@/lib/usage/outbox';
import { SENT_PROPERTIES } from '@/lib/usage/segment';
import { CollectorSettings } from './collector-settings';
import { DataSentNotice } from './data-sent-notice';
import { FeedSettings } from './feed-settings';
import { GeneralSettingsForm } from './general-settings-form';
import { PolicyNotice } from './policy-notice';
import { TeamInsightsSettings } from './team-insights-settings';

afterEach(cleanup);

const now = Date.UTC(2026, 2, 12, 10, 0);
const general = { repId: 'dana@example.com', trackingParams: { team: 'emea' }, retentionDays: 365 };

describe('GeneralSettingsForm', () => {
  it('shows each problem beside its field, focuses the first, and saves nothing', async () => {
    const onSave = vi.fn();
    render(<GeneralSettingsForm values={general} locked={[]} onSave={onSave} />);
    fireEvent.input(screen.getByLabelText('Keep usage for (days)'), { target: { value: '0' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add parameter' }));
    fireEvent.input(screen.getByLabelText('Parameter 2 name'), { target: { value: 'utm_medium' } });
    fireEvent.input(screen.getByLabelText('Parameter 2 value'), { target: { value: 'x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const retention = screen.getByLabelText('Keep usage for (days)');
    expect(retention.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(retention.getAttribute('aria-describedby')!.split(' ')[0]!)?.textContent).toBe('between 1 and 3650 days');
    expect(screen.getByText('utm_medium is set by Tailor on every link and cannot be overridden')).toBeTruthy();
    expect(screen.getByLabelText('Parameter 2 name').getAttribute('aria-describedby')).toBe('param-error-1');
    expect(onSave).not.toHaveBeenCalled();
    await new Promise((r) => requestAnimationFrame(r));
    expect(document.activeElement).toBe(screen.getByLabelText('Parameter 2 name'));
  });

  it('saves the fields the organisation does not set', () => {
    const onSave = vi.fn();
    render(<GeneralSettingsForm values={general} locked={['repId']} onSave={onSave} />);
    const rep = screen.getByLabelText('Rep ID') as HTMLInputElement;
    expect(rep.disabled).toBe(true);
    expect(rep.getAttribute('aria-describedby')).toContain('rep-id-locked');
    expect(screen.getByText('Set by your organisation')).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Parameter 1 value'), { target: { value: 'apac' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledWith({ trackingParams: { team: 'apac' }, retentionDays: 365 });
  });

  it('drops empty parameter rows and removes rows', () => {
    const onSave = vi.fn();
    render(<GeneralSettingsForm values={general} locked={[]} onSave={onSave} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add parameter' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove parameter 1 (team)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledWith({ repId: 'dana@example.com', trackingParams: {}, retentionDays: 365 });
  });
});

const failing: FeedStatus = {
  url: 'https://feeds.example.com/p.json',
  failures: 2,
  lastSuccessAt: now - 3 * 3_600_000,
  lastChangedAt: now - 26 * 3_600_000,
  pack: { name: 'Northwind', assets: 64 },
  lastError: { kind: 'http', status: 500, message: 'the feed answered HTTP 500 (Internal Server Error)', at: now - 60_000 },
  nextAttemptAt: now + 2 * 3_600_000,
};

describe('FeedSettings', () => {
  const base = { feedUrl: failing.url, feedIntervalMinutes: 60, locked: [], busy: false, now, onSave: () => undefined, onSyncNow: () => undefined };

  it('shows when the feed last synced and why the latest attempt failed', () => {
    render(<FeedSettings {...base} status={failing} />);
    expect(screen.getByTestId('feed-last-success').textContent).toMatch(/\(3 hours ago\) · 64 assets from “Northwind”/);
    expect(screen.getByTestId('feed-last-error').textContent).toMatch(/1 minute ago\): the feed answered HTTP 500 \(Internal Server Error\)\. 2 failures in a row\. Your library is as it was\./);
    expect(screen.getByText('Next attempt')).toBeTruthy();
  });

  it('names each taxonomy id the feed renamed, apart from the pack’s warnings', () => {
    render(<FeedSettings {...base} status={{ ...failing, renamed: [{ kind: 'painPoints', from: 'manual', to: 'manual-processes', label: 'Manual processes' }] }} />);
    expect(screen.getByTestId('feed-renamed').textContent).toBe(
      'the feed renamed the pain point "Manual processes" from manual to manual-processes: Tailor moved your assets and corrections to the new id',
    );
  });

  it('shows a pack read as Windows-1252 unfolded, as a sentence, and not again among the folded warnings', () => {
    const message = 'this file is not UTF-8; it was read as Windows-1252: check accented letters and symbols, or save it as UTF-8, which a library pack should be';
    render(<FeedSettings {...base} status={{ ...failing, lastError: undefined, warnings: 2, encodingWarning: message, warningMessages: ['p.json, assets[3]: an unknown field'] }} />);
    const shown = screen.getByTestId('feed-encoding-warning');
    expect(shown.textContent).toBe(`This${message.slice(4)}.`);
    expect(shown.closest('details')).toBeNull();
    expect(screen.getByText('What the warnings say').closest('details')?.textContent).not.toContain('Windows-1252');
  });

  it('asks to save before syncing a changed address, and checks it', () => {
    const onSave = vi.fn();
    render(<FeedSettings {...base} onSave={onSave} />);
    fireEvent.input(screen.getByLabelText('Feed address'), { target: { value: 'http://feeds.example.com/p.json' } });
    expect((screen.getByRole('button', { name: 'Sync now' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText(/must use https:\/\/ \(plain http:\/\/ is only allowed for localhost and 127\.0\.0\.1\)/)).toBeTruthy();
    expect(onSave).not.toHaveBeenCalled();
    fireEvent.input(screen.getByLabelText('Feed address'), { target: { value: ' https://feeds.example.com/new.json ' } });
    fireEvent.change(screen.getByLabelText('Check for a new pack'), { target: { value: '240' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledWith({ feedUrl: 'https://feeds.example.com/new.json', feedIntervalMinutes: 240 });
  });

  it('says it has no permission for the feed’s site only while that could be why nothing arrives', () => {
    const note = () => screen.queryByTestId('feed-no-access')?.textContent ?? null;
    const synced: FeedStatus = { url: failing.url, failures: 0, lastSuccessAt: now - 60_000, pack: { assets: 64 } };
    // Syncing (the server allows cross-origin requests): no note, though the permission is missing.
    const { rerender } = render(<FeedSettings {...base} hostAccess={false} status={synced} />);
    expect(screen.getByTestId('feed-last-success').textContent).toMatch(/64 assets/);
    expect(note()).toBeNull();
    // Not synced yet, with no status or one for another address: the note says how to get there.
    rerender(<FeedSettings {...base} hostAccess={false} />);
    expect(note()).toMatch(/^This feed has not synced yet, and Tailor does not have permission/);
    rerender(<FeedSettings {...base} hostAccess={false} status={{ ...synced, url: 'https://old.example.com/p.json' }} />);
    expect(note()).toMatch(/^This feed has not synced yet/);
    // Failing with no answer, after earlier syncs: the permission may be what is missing.
    const unreachable: FeedStatus = { ...synced, failures: 1, lastError: { kind: 'unreachable', message: 'could not reach feeds.example.com', at: now - 500 } };
    rerender(<FeedSettings {...base} hostAccess={false} status={unreachable} />);
    expect(screen.getByTestId('feed-last-error')).toBeTruthy();
    expect(note()).toMatch(/^Syncing this feed fails, and Tailor does not have permission/);
    // The server answered (HTTP 500), or timed out, or sent an invalid pack: permission is not the problem.
    rerender(<FeedSettings {...base} hostAccess={false} status={failing} />);
    expect(note()).toBeNull();
    rerender(<FeedSettings {...base} hostAccess={false} status={{ ...unreachable, lastSuccessAt: undefined, lastError: { kind: 'timeout', message: 'timed out', at: now - 500 } }} />);
    expect(note()).toBeNull();
    rerender(<FeedSettings {...base} hostAccess={false} status={{ ...unreachable, lastError: { kind: 'invalid', status: 200, message: 'invalid', at: now - 500 } }} />);
    expect(note()).toBeNull();
    // With the permission, or while it is unknown, never.
    rerender(<FeedSettings {...base} hostAccess={true} status={unreachable} />);
    expect(note()).toBeNull();
    rerender(<FeedSettings {...base} status={unreachable} />);
    expect(note()).toBeNull();
  });

  it('locks what policy sets, shows a policy value Tailor will not use, and still offers Sync now', () => {
    render(<FeedSettings {...base} feedUrl="http://feeds.example.com/p.json" feedIntervalMinutes={45} locked={['feedUrl', 'feedIntervalMinutes']} hostAccess={false} />);
    expect((screen.getByLabelText('Feed address') as HTMLInputElement).disabled).toBe(true);
    expect(screen.getAllByText('Set by your organisation')).toHaveLength(2);
    expect(screen.getByText(/must use https/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save' })).toBeNull();
    expect(screen.getByRole('option', { name: 'Every 45 minutes' })).toBeTruthy();
    expect(screen.getByTestId('feed-no-access')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Sync now' }) as HTMLButtonElement).disabled).toBe(false);
  });
});

const outbox: { state: OutboxState; pending: number } = {
  pending: 120,
  state: {
    sent: 1500, lastSentAt: now - 86_400_000, dropped: 3, lastDroppedAt: now - 3_600_000, rejected: 1, discarded: 0, failures: 4,
    lastError: { message: 'collector.example.com answered HTTP 503 (Service Unavailable)', at: now - 120_000, status: 503 },
    nextAttemptAt: now + 600_000,
    lastRejected: { messageId: 'm', event: 'Content Opened', status: 400, message: 'HTTP 400', at: now - 5000 },
  },
};

describe('CollectorSettings', () => {
  const base = {
    ...DEFAULT_SETTINGS,
    collectorUrl: 'https://collector.example.com/v1/batch',
    locked: [],
    saving: false,
    testing: false,
    now,
    onSave: () => undefined,
    onSendTest: () => undefined,
    onDiscard: () => undefined,
  };

  it('says it has no permission for the collector’s site only while that could be why nothing arrives', () => {
    const idle: OutboxState = { sent: 0, dropped: 0, rejected: 0, discarded: 0, failures: 0 };
    const note = () => screen.queryByTestId('collector-no-access')?.textContent ?? null;
    // Delivering (the collector allows cross-origin requests): no note, though the permission is missing.
    const { rerender } = render(<CollectorSettings {...base} hostAccess={false} outbox={{ pending: 0, state: { ...idle, sent: 2, lastSentAt: now - 1000 } }} />);
    expect(screen.getByTestId('outbox-sent').textContent).toMatch(/^2 events/);
    expect(note()).toBeNull();
    // Nothing delivered yet: the note says how to get there.
    rerender(<CollectorSettings {...base} hostAccess={false} outbox={{ pending: 1, state: idle }} />);
    expect(note()).toMatch(/^Nothing has reached this collector yet, and Tailor does not have permission/);
    // Failing with no answer read, after earlier deliveries: the permission may be what is missing.
    const unreachable = { ...idle, sent: 2, failures: 1, lastError: { kind: 'unreachable', message: 'could not reach collector.example.com', at: now - 500 }, failingUrl: base.collectorUrl };
    rerender(<CollectorSettings {...base} hostAccess={false} outbox={{ pending: 1, state: unreachable }} />);
    expect(note()).toMatch(/^Sending to this collector fails, and Tailor does not have permission/);
    // A failure at another address is not this collector's.
    rerender(<CollectorSettings {...base} hostAccess={false} outbox={{ pending: 1, state: { ...unreachable, failingUrl: 'https://old.example.com/v1/batch' } }} />);
    expect(note()).toBeNull();
    // The collector answered (HTTP 503): it was reached, so permission is not the problem.
    rerender(<CollectorSettings {...base} hostAccess={false} outbox={{ pending: 1, state: { ...unreachable, lastError: { ...unreachable.lastError, status: 503 } } }} />);
    expect(note()).toBeNull();
    // A timeout, or an offline browser, is the network, as for the feed and the team figures.
    for (const kind of ['timeout', 'offline']) {
      rerender(<CollectorSettings {...base} hostAccess={false} outbox={{ pending: 1, state: { ...unreachable, lastError: { kind, message: 'collector.example.com did not answer within 15 s', at: now - 500 } } }} />);
      expect(note(), kind).toBeNull();
    }
    // With the permission, or before the outbox is known, never.
    rerender(<CollectorSettings {...base} hostAccess={true} outbox={{ pending: 1, state: unreachable }} />);
    expect(note()).toBeNull();
    rerender(<CollectorSettings {...base} hostAccess={false} />);
    expect(note()).toBeNull();
  });

  it('shows the outbox: waiting, sent, the last error, the drops', () => {
    render(<CollectorSettings {...base} outbox={outbox} />);
    expect(screen.getByTestId('outbox-pending').textContent).toBe('120 events');
    expect(screen.getByTestId('outbox-sent').textContent).toMatch(/^1,500 events, last .*\(yesterday\)/);
    expect(screen.getByTestId('outbox-last-error').textContent).toMatch(/HTTP 503.*4 failures in a row\. Nothing is lost/);
    expect(screen.getByTestId('outbox-dropped').textContent).toMatch(/^3 events, last/);
    expect(screen.getByText(/“Content Opened”, HTTP 400/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Discard 120 waiting events' })).toBeTruthy();
  });

  it('never puts a write key set by policy into the page', () => {
    const { container } = render(<CollectorSettings {...base} collectorWriteKey="wk_secret_policy" locked={['collectorUrl', 'collectorWriteKey']} />);
    expect(container.innerHTML).not.toContain('wk_secret_policy');
    const key = screen.getByLabelText('Write key (optional)') as HTMLInputElement;
    expect(key.value).toBe('');
    expect(key.placeholder).toBe('•••••••• (hidden)');
    expect(screen.queryByRole('button', { name: 'Show' })).toBeNull();
  });

  it('offers a salt once hashing is on, and saves what changed', () => {
    const onSave = vi.fn();
    render(<CollectorSettings {...base} onSave={onSave} />);
    expect(screen.queryByLabelText('Salt (optional)')).toBeNull();
    fireEvent.click(screen.getByLabelText('Send CRM record IDs and account names hashed'));
    fireEvent.input(screen.getByLabelText('Salt (optional)'), { target: { value: 'team-salt' } });
    expect((screen.getByRole('button', { name: 'Send a test event' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledWith({
      collectorUrl: 'https://collector.example.com/v1/batch',
      collectorWriteKey: '',
      hashIdentifiers: true,
      hashSalt: 'team-salt',
    });
  });

  it('refuses a write key with a colon, beside the field', () => {
    const onSave = vi.fn();
    render(<CollectorSettings {...base} onSave={onSave} />);
    fireEvent.input(screen.getByLabelText('Write key (optional)'), { target: { value: 'a:b' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText('a write key cannot contain ":"')).toBeTruthy();
    expect(onSave).not.toHaveBeenCalled();
  });
});

describe('TeamInsightsSettings', () => {
  const props = { teamInsightsUrl: '', pseudonymiseReps: false, locked: [], busy: false, now, onSave: vi.fn(), onPseudonymise: vi.fn(), onSyncNow: vi.fn() };

  it('checks the address beside the field before saving it', () => {
    const onSave = vi.fn();
    render(<TeamInsightsSettings {...props} onSave={onSave} />);
    fireEvent.input(screen.getByLabelText('Team figures address'), { target: { value: 'http://reports.example.com/team.json' } });
    fireEvent.click(screen.getByRole('button', { name: 'Subscribe' }));
    expect(screen.getByText(/must use https:\/\//)).toBeTruthy();
    expect(onSave).not.toHaveBeenCalled();
    fireEvent.input(screen.getByLabelText('Team figures address'), { target: { value: ' https://reports.example.com/team.json ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Subscribe' }));
    expect(onSave).toHaveBeenCalledWith('https://reports.example.com/team.json');
  });

  it('says why the latest check failed and that the last good figures stay', () => {
    const url = 'https://reports.example.com/team.json';
    const status = { url, failures: 2, lastSuccessAt: now - 3_600_000, lastError: { kind: 'invalid' as const, message: 'the team figures file is invalid: reps[1].shares: shares must not be negative', at: now - 60_000 } };
    render(<TeamInsightsSettings {...props} teamInsightsUrl={url} status={status} />);
    expect(screen.getByTestId('team-last-error').textContent).toMatch(/reps\[1\]\.shares: shares must not be negative\. 2 failures in a row\. The Team view keeps the last good figures\./);
    expect(screen.getByTestId('team-last-success').textContent).toMatch(/1 hour ago/);
  });

  it('says it has no permission for the address’s site only while that could be why the figures do not arrive', () => {
    const url = 'https://reports.example.com/team.json';
    const note = () => screen.queryByTestId('team-no-access')?.textContent ?? null;
    const synced: TeamSyncStatus = { url, failures: 0, lastSuccessAt: now - 60_000 };
    // Syncing (the server allows cross-origin requests): no note, though the permission is missing.
    const { rerender } = render(<TeamInsightsSettings {...props} teamInsightsUrl={url} hostAccess={false} status={synced} />);
    expect(screen.getByTestId('team-last-success').textContent).toMatch(/1 minute ago/);
    expect(note()).toBeNull();
    // Not synced yet: the note says how to get there.
    rerender(<TeamInsightsSettings {...props} teamInsightsUrl={url} hostAccess={false} />);
    expect(note()).toMatch(/^These figures have not synced yet, and Tailor does not have permission/);
    // Failing with no answer: the permission may be what is missing.
    const unreachable: TeamSyncStatus = { ...synced, failures: 1, lastError: { kind: 'unreachable', message: 'could not reach reports.example.com', at: now - 500 } };
    rerender(<TeamInsightsSettings {...props} teamInsightsUrl={url} hostAccess={false} status={unreachable} />);
    expect(note()).toMatch(/^Checking this address fails, and Tailor does not have permission/);
    // The server answered, even never with figures (HTTP 404): permission is not the problem.
    rerender(
      <TeamInsightsSettings {...props} teamInsightsUrl={url} hostAccess={false} status={{ url, failures: 1, lastError: { kind: 'http', status: 404, message: 'HTTP 404', at: now - 500 } }} />,
    );
    expect(screen.getByTestId('team-last-error')).toBeTruthy();
    expect(note()).toBeNull();
    // With the permission, never.
    rerender(<TeamInsightsSettings {...props} teamInsightsUrl={url} hostAccess={true} status={unreachable} />);
    expect(note()).toBeNull();
  });

  it('locks what policy sets, and saves the pseudonymise switch on its own', () => {
    const onPseudonymise = vi.fn();
    const { unmount } = render(<TeamInsightsSettings {...props} onPseudonymise={onPseudonymise} />);
    fireEvent.click(screen.getByLabelText('Show reps as Rep 1, Rep 2…'));
    expect(onPseudonymise).toHaveBeenCalledWith(true);
    unmount();
    render(<TeamInsightsSettings {...props} teamInsightsUrl="https://it.example/t.json" pseudonymiseReps locked={['teamInsightsUrl', 'pseudonymiseReps']} />);
    expect((screen.getByLabelText('Team figures address') as HTMLInputElement).disabled).toBe(true);
    expect((screen.getByLabelText('Show reps as Rep 1, Rep 2…') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Show reps as Rep 1, Rep 2…') as HTMLInputElement).disabled).toBe(true);
    expect(screen.queryByRole('button', { name: 'Save' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Sync figures now' })).toBeTruthy();
  });
});

describe('DataSentNotice', () => {
  it('says nothing leaves the browser when nothing is configured', () => {
    render(<DataSentNotice feedUrl="" feedIntervalMinutes={60} collectorUrl="" writeKeySet={false} hashIdentifiers={false} />);
    expect(screen.getByTestId('nothing-sent').textContent).toMatch(/^Nothing\./);
  });

  it('lists every field sent to the collector, and says which are hashed', () => {
    render(<DataSentNotice feedUrl="https://feeds.example.com/p.json" feedIntervalMinutes={60} collectorUrl="https://c.example.com/v1/batch" writeKeySet hashIdentifiers />);
    const text = screen.getByTestId('data-sent').textContent!;
    for (const p of SENT_PROPERTIES) expect(text).toContain(`properties.${p.name}`);
    expect(text).toContain('To the team feed at feeds.example.com');
    expect(text).toContain('with the write key as HTTP basic auth');
    expect(text.match(/sent hashed/g)).toHaveLength(2);
    expect(screen.queryByTestId('nothing-sent')).toBeNull();
  });
});

describe('PolicyNotice', () => {
  it('names the managed settings and the policy entries Tailor ignored', () => {
    render(<PolicyNotice locked={['feedUrl', 'repId']} ignored={[{ key: 'colour', message: 'not a Tailor setting' }]} />);
    expect(screen.getByTestId('policy-notice').textContent).toMatch(/manages Team feed, Rep ID\..*colour \(not a Tailor setting\)/);
  });
});
