// Settings: the rep's own, the team feed, usage export, and what leaves the browser. Policy values
// show locked. Pages write settings; the background does the network work and the page watches the
// status rows it writes.
import { useEffect, useState } from 'preact/hooks';
import '@/components/settings.css';
import { CollectorSettings, type CollectorValues } from '@/components/collector-settings';
import { DataSentNotice } from '@/components/data-sent-notice';
import { EmailSettings } from '@/components/email-settings';
import { FeedSettings, type FeedValues } from '@/components/feed-settings';
import { GeneralSettingsForm, type GeneralSettings } from '@/components/general-settings-form';
import type { Notice } from '@/components/notice';
import { PolicyNotice } from '@/components/policy-notice';
import { TeamInsightsSettings } from '@/components/team-insights-settings';
import { releaseHostAccess, requestHostAccess, useHostAccess } from '@/hooks/host-access';
import { usePageDb } from '@/hooks/use-db';
import { useMailSetting } from '@/hooks/use-mail-setting';
import { useStorageWarning } from '@/hooks/use-storage-warning';
import { useLiveQuery } from '@/hooks/use-live-query';
import { useNow } from '@/hooks/use-now';
import { loadFeedStatus } from '@/lib/feed/sync';
import { sendMessage } from '@/lib/messaging';
import { loadSettingsView } from '@/lib/policy/managed';
import { plural } from '@/lib/notices/format';
import { feedSyncNotice, hostOf, teamSyncNotice, testEventNotice } from '@/lib/notices/notices';
import * as tables from '@/lib/state/repositories';
import { userSettings } from '@/lib/state/settings-table';
import { loadTeamStatus } from '@/lib/team/store';
import { discardOutbox, loadOutboxState } from '@/lib/usage/outbox';

type Busy = 'feed' | 'collector' | 'test' | 'email' | 'team';
type NoticeKey = 'general' | 'feed' | 'collector' | 'test' | 'email' | 'team';

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function SettingsSection() {
  const db = usePageDb();
  const storageShort = useStorageWarning();
  const view = useLiveQuery(() => loadSettingsView(db), []);
  const feedStatus = useLiveQuery(() => loadFeedStatus(db), []);
  const teamStatus = useLiveQuery(() => loadTeamStatus(db), []);
  const outbox = useLiveQuery(async () => ({ state: await loadOutboxState(db), pending: await tables.outbox.pending(db) }), []);
  const now = useNow();
  const [notices, setNotices] = useState<Partial<Record<NoticeKey, Notice>>>({});
  const [busy, setBusy] = useState<Partial<Record<Busy, boolean>>>({});
  const settings = view.value?.settings;
  const access = useHostAccess(settings ? [settings.feedUrl, settings.collectorUrl, settings.teamInsightsUrl] : []);
  const mail = useMailSetting();

  useEffect(() => {
    // The background re-reads the organisation's policy, in case it arrived after it last looked.
    void sendMessage({ type: 'teams:refresh' }).catch(() => undefined);
  }, []);

  if (view.error) return <p class="error">Tailor could not read its settings: {view.error.message}</p>;
  if (!view.value || !settings) return <p class="muted">Opening your settings…</p>;
  const { locked, managed } = view.value;

  const notify = (key: NoticeKey, notice: Notice | undefined) => setNotices((n) => ({ ...n, [key]: notice }));
  const working = (key: Busy, on: boolean) => setBusy((b) => ({ ...b, [key]: on }));

  const saveGeneral = (patch: Partial<GeneralSettings>) => {
    notify('general', undefined);
    userSettings.set(db, patch).then(
      () => notify('general', { tone: 'ok', text: 'Saved.' }),
      (e: unknown) => notify('general', { tone: 'error', text: `Could not save: ${messageOf(e)}` }),
    );
  };

  const syncFeed = (asked: Promise<boolean>, url: string) => {
    working('feed', true);
    notify('feed', { tone: 'info', text: `Checking ${hostOf(url)}…` });
    void (async () => {
      try {
        const granted = await asked;
        notify('feed', feedSyncNotice(await sendMessage({ type: 'feed:sync' }), granted, url));
      } catch (e) {
        notify('feed', { tone: 'error', text: messageOf(e) });
      } finally {
        working('feed', false);
      }
    })();
  };

  const saveFeed = (values: Partial<FeedValues>) => {
    const url = values.feedUrl ?? settings.feedUrl;
    // Asked first, inside the click: the browser only shows the prompt for a user gesture.
    const asked = requestHostAccess([url]);
    const previous = settings.feedUrl;
    working('feed', true);
    void (async () => {
      try {
        await userSettings.set(db, values);
        await releaseHostAccess([previous], [url, settings.collectorUrl, settings.teamInsightsUrl]);
        if (!url) {
          await sendMessage({ type: 'teams:refresh' });
          notify('feed', { tone: 'ok', text: 'Unsubscribed. What the feed added stays in your library until you delete it.' });
          working('feed', false);
          return;
        }
        syncFeed(asked, url);
      } catch (e) {
        notify('feed', { tone: 'error', text: `Could not save: ${messageOf(e)}` });
        working('feed', false);
      }
    })();
  };

  const syncNow = () => syncFeed(requestHostAccess([settings.feedUrl]), settings.feedUrl);

  const syncTeam = (asked: Promise<boolean>, url: string) => {
    working('team', true);
    notify('team', { tone: 'info', text: `Checking ${hostOf(url)}…` });
    void (async () => {
      try {
        const granted = await asked;
        notify('team', teamSyncNotice(await sendMessage({ type: 'team:sync' }), granted, url));
      } catch (e) {
        notify('team', { tone: 'error', text: messageOf(e) });
      } finally {
        working('team', false);
      }
    })();
  };

  const saveTeamUrl = (url: string) => {
    const asked = requestHostAccess([url]);
    const previous = settings.teamInsightsUrl;
    working('team', true);
    void (async () => {
      try {
        await userSettings.set(db, { teamInsightsUrl: url });
        await releaseHostAccess([previous], [url, settings.feedUrl, settings.collectorUrl]);
        if (!url) {
          await sendMessage({ type: 'teams:refresh' });
          notify('team', { tone: 'ok', text: 'Unsubscribed. The Team view keeps the figures it has until you open another file.' });
          working('team', false);
          return;
        }
        syncTeam(asked, url);
      } catch (e) {
        notify('team', { tone: 'error', text: `Could not save: ${messageOf(e)}` });
        working('team', false);
      }
    })();
  };

  const savePseudonymise = (on: boolean) => {
    userSettings.set(db, { pseudonymiseReps: on }).then(
      () => notify('team', { tone: 'ok', text: on ? 'Saved: reps show as Rep 1, Rep 2…' : 'Saved: reps show by their ids.' }),
      (e: unknown) => notify('team', { tone: 'error', text: `Could not save: ${messageOf(e)}` }),
    );
  };

  const saveCollector = (patch: Partial<CollectorValues>) => {
    const url = patch.collectorUrl ?? settings.collectorUrl;
    const asked = requestHostAccess([url]);
    const previous = settings.collectorUrl;
    working('collector', true);
    notify('test', undefined);
    void (async () => {
      try {
        await userSettings.set(db, patch);
        await releaseHostAccess([previous], [url, settings.feedUrl, settings.teamInsightsUrl]);
        await sendMessage({ type: 'teams:refresh' });
        const granted = await asked;
        notify(
          'collector',
          !url
            ? { tone: 'ok', text: 'Saved. No collector: nothing is sent.' }
            : granted
              ? { tone: 'ok', text: 'Saved.' }
              : { tone: 'info', text: `Saved, but access to ${hostOf(url)} was not granted: events reach it only if it allows cross-origin requests.` },
        );
      } catch (e) {
        notify('collector', { tone: 'error', text: `Could not save: ${messageOf(e)}` });
      } finally {
        working('collector', false);
      }
    })();
  };

  const sendTest = () => {
    const url = settings.collectorUrl;
    const asked = requestHostAccess([url]);
    working('test', true);
    notify('test', { tone: 'info', text: `Sending a test event to ${hostOf(url)}…` });
    void (async () => {
      try {
        const granted = await asked;
        notify('test', testEventNotice(await sendMessage({ type: 'outbox:test-event' }), granted, url, Date.now()));
      } catch (e) {
        notify('test', { tone: 'error', text: messageOf(e) });
      } finally {
        working('test', false);
      }
    })();
  };

  const discard = () => {
    const pending = outbox.value?.pending ?? 0;
    if (!confirm(`Discard ${plural(pending, 'event')} waiting for the collector? They will not be sent.`)) return;
    discardOutbox(db).then(
      (n) => notify('collector', { tone: 'ok', text: `Discarded ${plural(n, 'event')}.` }),
      (e: unknown) => notify('collector', { tone: 'error', text: messageOf(e) }),
    );
  };

  const emailPolicy = locked.includes('emailAllowed') ? (settings.emailAllowed ? ('allowed' as const) : ('forbidden' as const)) : undefined;
  const toggleEmail = (on: boolean) => {
    // Never ask the browser for the mail sites when the organisation forbids email.
    if (on && !settings.emailAllowed) return;
    notify('email', undefined);
    working('email', true);
    mail.toggle(on).then(
      (r) =>
        notify('email', {
          tone: r === 'refused' ? 'error' : 'ok',
          text: r === 'on' ? 'Email is on: write an email in Gmail or Outlook on the web, with this panel open.' : r === 'off' ? 'Email is off: Tailor no longer reads mail pages.' : 'The browser did not allow access to the mail sites, so email stays off.',
        }),
      (e: unknown) => notify('email', { tone: 'error', text: `Could not change email: ${messageOf(e)}` }),
    ).finally(() => working('email', false));
  };

  return (
    <section aria-labelledby="settings-title" class="st-section">
      <h2 id="settings-title">Settings</h2>
      {storageShort ? (
        <p class="warning-banner" role="alert">
          {storageShort}
        </p>
      ) : null}
      <PolicyNotice locked={locked} ignored={managed.ignored} />
      <GeneralSettingsForm
        values={{ repId: settings.repId, trackingParams: settings.trackingParams, retentionDays: settings.retentionDays }}
        locked={locked}
        {...(notices.general ? { status: notices.general.text } : {})}
        onSave={saveGeneral}
      />
      <FeedSettings
        feedUrl={settings.feedUrl}
        feedIntervalMinutes={settings.feedIntervalMinutes}
        locked={locked}
        {...(feedStatus.value ? { status: feedStatus.value } : {})}
        {...(access[settings.feedUrl] !== undefined ? { hostAccess: access[settings.feedUrl] } : {})}
        busy={busy.feed === true}
        {...(notices.feed ? { notice: notices.feed } : {})}
        now={now}
        onSave={saveFeed}
        onSyncNow={syncNow}
      />
      <CollectorSettings
        collectorUrl={settings.collectorUrl}
        collectorWriteKey={settings.collectorWriteKey}
        hashIdentifiers={settings.hashIdentifiers}
        hashSalt={settings.hashSalt}
        locked={locked}
        {...(outbox.value ? { outbox: outbox.value } : {})}
        {...(access[settings.collectorUrl] !== undefined ? { hostAccess: access[settings.collectorUrl] } : {})}
        saving={busy.collector === true}
        testing={busy.test === true}
        {...(notices.collector ? { saveNotice: notices.collector } : {})}
        {...(notices.test ? { testNotice: notices.test } : {})}
        now={now}
        onSave={saveCollector}
        onSendTest={sendTest}
        onDiscard={discard}
      />
      <TeamInsightsSettings
        teamInsightsUrl={settings.teamInsightsUrl}
        pseudonymiseReps={settings.pseudonymiseReps}
        locked={locked}
        {...(teamStatus.value ? { status: teamStatus.value } : {})}
        {...(access[settings.teamInsightsUrl] !== undefined ? { hostAccess: access[settings.teamInsightsUrl] } : {})}
        busy={busy.team === true}
        {...(notices.team ? { notice: notices.team } : {})}
        now={now}
        onSave={saveTeamUrl}
        onPseudonymise={savePseudonymise}
        onSyncNow={() => syncTeam(requestHostAccess([settings.teamInsightsUrl]), settings.teamInsightsUrl)}
      />
      <EmailSettings
        enabled={mail.enabled}
        busy={busy.email === true}
        {...(emailPolicy ? { policy: emailPolicy } : {})}
        {...(notices.email ? { notice: notices.email } : {})}
        onToggle={toggleEmail}
        focused={new URLSearchParams(location.hash.split('?')[1] ?? '').get('focus') === 'email'}
      />
      <DataSentNotice
        feedUrl={settings.feedUrl}
        feedIntervalMinutes={settings.feedIntervalMinutes}
        collectorUrl={settings.collectorUrl}
        writeKeySet={settings.collectorWriteKey !== ''}
        hashIdentifiers={settings.hashIdentifiers}
        teamInsightsUrl={settings.teamInsightsUrl}
      />
    </section>
  );
}
