// Team features in the background: the library feed's checks, the usage outbox's sends, and the
// organisation's policy. The worker sleeps and wakes at will, so everything here is re-derived on
// each start from the database and the alarms, and every job is safe to run twice.
import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import type { TailorDB } from '../db/db';
import { isFeedDue, loadFeedStatus, syncFeed } from '../feed/sync';
import { onMessages, type FeedSyncReply, type TeamSyncReply } from '../messaging';
import { loadEffectiveSettings, loadManagedMirror, parseManaged, saveManagedMirror, shouldAcceptManagedRead } from '../policy/managed';
import { enqueueTestEvent, flushOutbox, testEventFate, type FlushResult } from '../usage/outbox';
import { loadTeamStatus } from '../team/store';
import { TEAM_SYNC_INTERVAL_MINUTES, isTeamSyncDue, syncTeamFigures } from '../team/sync';
import { originPattern } from '../net/endpoint';
import { collectorConfigured, feedConfigured, teamInsightsConfigured } from '../settings-rules';

export const FEED_ALARM = 'tailor-feed';
export const OUTBOX_ALARM = 'tailor-outbox';
export const OUTBOX_RETRY_ALARM = 'tailor-outbox-retry';
export const POLICY_ALARM = 'tailor-policy-recheck';
export const TEAM_ALARM = 'tailor-team-insights';
/** A safety net: new events are sent within seconds; this catches whatever a sleeping worker missed. */
export const OUTBOX_PERIOD_MINUTES = 5;
/** Sent this long after the first unsent event, so a burst of events goes in one batch. */
const FLUSH_DELAY_MS = 2_000;
/** Chrome can read storage.managed as {} before policy has loaded; after this, an empty read is believed. */
const POLICY_GRACE_MS = 60_000;
/** Chrome fires alarms no sooner than 30 s from now. */
const MIN_ALARM_MS = 30_000;

/** `run` at most once at a time: a call while it runs gets the running call's promise (`running()`). */
function oneAtATime<T>(run: () => Promise<T>): { (): Promise<T>; running(): Promise<T> | undefined } {
  let current: Promise<T> | undefined;
  const start = () =>
    (current ??= run().finally(() => {
      current = undefined;
    }));
  return Object.assign(start, { running: () => current });
}

async function hasHostAccess(url: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [originPattern(url)] });
  } catch {
    return false;
  }
}

/**
 * Creates an alarm only when it is missing or its period changed. Re-creating one on every worker
 * start would push it back each time the worker wakes for something else, and it would never fire.
 */
export async function ensureAlarm(name: string, periodInMinutes: number | undefined) {
  const existing = await browser.alarms.get(name);
  if (periodInMinutes === undefined) {
    if (existing) await browser.alarms.clear(name);
    return;
  }
  if (!existing || existing.periodInMinutes !== periodInMinutes)
    await browser.alarms.create(name, { periodInMinutes, delayInMinutes: periodInMinutes });
}

export interface TeamsOptions {
  /** Wait before sending new events (a burst goes in one batch). */
  flushDelayMs?: number;
}

export interface Teams {
  /** Settles once the start-up work (alarms, a due feed check, the policy read) is done. */
  started: Promise<void>;
  syncFeedNow(): Promise<FeedSyncReply>;
  syncTeamNow(): Promise<TeamSyncReply>;
  flushNow(force?: boolean): Promise<FlushResult>;
  /** Settles when the jobs started so far (alarm, policy and change handlers) have finished. */
  settled(): Promise<void>;
  stop(): void;
}

/** Starts the team features in the background; called on every worker start. */
export function startTeams(db: TailorDB, options: TeamsOptions = {}): Teams {
  const startedAt = Date.now();
  const flushDelay = options.flushDelayMs ?? FLUSH_DELAY_MS;

  // Policy --------------------------------------------------------------------------------------
  async function readPolicy(authoritative: boolean): Promise<void> {
    let raw: unknown;
    try {
      raw = await browser.storage.managed.get();
    } catch {
      // Firefox answers with an error when no policy is installed for Tailor: that is no policy.
      raw = {};
      authoritative = true;
    }
    const policy = parseManaged(raw);
    const previous = await loadManagedMirror(db);
    const late = Date.now() - startedAt > POLICY_GRACE_MS;
    if (!shouldAcceptManagedRead(previous?.values, policy.values, authoritative || late)) {
      // Keep the policy we had and look again once policy has surely loaded.
      await browser.alarms.create(POLICY_ALARM, { delayInMinutes: 1 });
      return;
    }
    if (await saveManagedMirror(db, policy)) await reconcile();
  }

  // Feed ----------------------------------------------------------------------------------------
  const syncFeedNow = oneAtATime(async (): Promise<FeedSyncReply> => {
    const settings = await loadEffectiveSettings(db);
    const url = settings.feedUrl.trim();
    if (!url) return { result: 'not-configured' };
    return syncFeed(db, url, {
      intervalMinutes: settings.feedIntervalMinutes,
      hostAccess: feedConfigured(settings) ? await hasHostAccess(url) : false,
    });
  });
  async function syncFeedIfDue() {
    const settings = await loadEffectiveSettings(db);
    if (!settings.feedUrl.trim()) return;
    if (isFeedDue(await loadFeedStatus(db), settings.feedUrl.trim(), Date.now())) await syncFeedNow();
  }

  // Team figures --------------------------------------------------------------------------------
  const syncTeamNow = oneAtATime(async (): Promise<TeamSyncReply> => {
    const settings = await loadEffectiveSettings(db);
    const url = settings.teamInsightsUrl.trim();
    if (!url) return { result: 'not-configured' };
    return syncTeamFigures(db, url, {
      hostAccess: teamInsightsConfigured(settings) ? await hasHostAccess(url) : false,
    });
  });
  async function syncTeamIfDue() {
    const url = (await loadEffectiveSettings(db)).teamInsightsUrl.trim();
    if (url && isTeamSyncDue(await loadTeamStatus(db), url, Date.now())) await syncTeamNow();
  }

  // Outbox --------------------------------------------------------------------------------------
  let flushRun: Promise<FlushResult> | undefined;
  let flushTimer: ReturnType<typeof setTimeout> | undefined;
  function flushNow(force = false): Promise<FlushResult> {
    // A forced flush (a person's click) waits for a running one, then sends past any backoff.
    if (flushRun) return force ? flushRun.catch(() => undefined).then(() => flushNow(true)) : flushRun;
    flushRun = (async () => {
      const settings = await loadEffectiveSettings(db);
      const hostAccess = collectorConfigured(settings) ? await hasHostAccess(settings.collectorUrl) : false;
      const result = await flushOutbox(db, { force, hostAccess });
      if (result.outcome === 'more') scheduleFlush(1_000);
      if (result.nextAttemptAt !== undefined) await scheduleRetry(result.nextAttemptAt);
      return result;
    })().finally(() => {
      flushRun = undefined;
    });
    return flushRun;
  }
  function scheduleFlush(delayMs: number) {
    if (flushTimer !== undefined) return;
    flushTimer = setTimeout(() => {
      flushTimer = undefined;
      void flushNow().catch((e: unknown) => console.error('Tailor could not send usage events', e));
    }, delayMs);
  }
  async function scheduleRetry(at: number) {
    const wait = at - Date.now();
    // The timer serves short waits while the worker is awake; the alarm outlives the worker.
    if (wait < MIN_ALARM_MS) scheduleFlush(Math.max(wait, 0) + 50);
    await browser.alarms.create(OUTBOX_RETRY_ALARM, { when: Math.max(at, Date.now() + MIN_ALARM_MS) });
  }

  // Settings ------------------------------------------------------------------------------------
  /** The alarms the settings in force call for; cheap, and a no-op when they already match. */
  async function reconcileAlarms() {
    const settings = await loadEffectiveSettings(db);
    await ensureAlarm(FEED_ALARM, feedConfigured(settings) ? settings.feedIntervalMinutes : undefined);
    await ensureAlarm(OUTBOX_ALARM, collectorConfigured(settings) ? OUTBOX_PERIOD_MINUTES : undefined);
    await ensureAlarm(TEAM_ALARM, teamInsightsConfigured(settings) ? TEAM_SYNC_INTERVAL_MINUTES : undefined);
    return settings;
  }
  async function reconcile() {
    const settings = await reconcileAlarms();
    await syncFeedIfDue();
    await syncTeamIfDue();
    if (collectorConfigured(settings) && (await db.outbox.count()) > 0) scheduleFlush(flushDelay);
  }

  const report = (what: string) => (e: unknown) => console.error(`Tailor: ${what} failed`, e);
  const jobs = new Set<Promise<unknown>>();
  const run = (what: string, job: () => Promise<unknown>) => {
    const p = job().catch(report(what));
    jobs.add(p);
    void p.finally(() => jobs.delete(p));
  };

  const onAlarm = (alarm: { name: string }) => {
    if (alarm.name === FEED_ALARM) run('the feed check', syncFeedIfDue);
    else if (alarm.name === TEAM_ALARM) run('the team figures check', syncTeamIfDue);
    else if (alarm.name === OUTBOX_ALARM || alarm.name === OUTBOX_RETRY_ALARM) run('sending usage', () => flushNow());
    else if (alarm.name === POLICY_ALARM) run('reading policy', () => readPolicy(true));
  };
  const onStorage = (_changes: unknown, area: string) => {
    if (area === 'managed') run('reading policy', () => readPolicy(true));
  };
  // A browser start is a natural moment to look for a new library, whatever the schedule says.
  const onStartup = () => run('the start-up feed check', syncFeedNow);
  browser.alarms.onAlarm.addListener(onAlarm);
  browser.storage.onChanged.addListener(onStorage);
  browser.runtime.onStartup.addListener(onStartup);

  const stopMessages = onMessages({
    // Settings asks for a sync right after saving a feed address or interval: the alarm follows the
    // saved settings first, so the schedule is right whichever page or path saved them.
    'feed:sync': async () => {
      await reconcileAlarms().catch(report('setting the alarms'));
      return syncFeedNow();
    },
    'team:sync': async () => {
      await reconcileAlarms().catch(report('setting the alarms'));
      return syncTeamNow();
    },
    'outbox:flush': () => flushNow(true),
    'outbox:test-event': async () => {
      const settings = await loadEffectiveSettings(db);
      if (!collectorConfigured(settings)) throw new Error('set a collector address first');
      const started = Date.now();
      const { id, messageId } = await enqueueTestEvent(db);
      await flushNow(true);
      return { messageId, fate: await testEventFate(db, id, messageId), ms: Date.now() - started };
    },
    'usage:recorded': async () => {
      scheduleFlush(flushDelay);
      return null;
    },
    'teams:refresh': async () => {
      await reconcile();
      // storage.managed can take seconds to answer: the page is not kept waiting for it.
      run('reading policy', () => readPolicy(false));
      return null;
    },
  });

  // Pages that record events themselves wake this through Dexie's change notifications while the
  // worker is awake; the periodic alarm covers the rest.
  const watching = liveQuery(() => db.outbox.count()).subscribe({
    next: (pending) => {
      if (pending > 0) scheduleFlush(flushDelay);
    },
    error: report('watching the outbox'),
  });

  // Start from the policy copy the database holds; storage.managed is re-read after (it can take seconds).
  const started = reconcile()
    .then(() => readPolicy(false))
    .catch(report('starting the team features'));

  return {
    started,
    syncFeedNow,
    syncTeamNow,
    flushNow,
    async settled() {
      await started;
      while (jobs.size > 0 || flushRun || syncFeedNow.running() || syncTeamNow.running())
        await Promise.allSettled([...jobs, flushRun, syncFeedNow.running(), syncTeamNow.running()]);
    },
    stop() {
      browser.alarms.onAlarm.removeListener(onAlarm);
      browser.storage.onChanged.removeListener(onStorage);
      browser.runtime.onStartup.removeListener(onStartup);
      stopMessages();
      watching.unsubscribe();
      if (flushTimer !== undefined) clearTimeout(flushTimer);
    },
  };
}
