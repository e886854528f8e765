// Email (Gmail, Outlook on the web), when the rep has turned it on: the mail pages' script registered
// for exactly as long as it is on, permitted and allowed by the organisation's policy; each mail tab's
// compose matched to a record Tailor has seen and shown through the tab's record, as a CRM page's would
// be; "Insert into email" forwarded to the compose.
import { liveQuery } from 'dexie';
import { getDb } from '@/lib/db/db';
import { MAIL_MATCHES, mailClientOf } from '@/lib/mail/hosts';
import { matchRecipients } from '@/lib/mail/match';
import { MAIL_PERMISSIONS, mailIsOn } from '@/lib/mail/settings';
import type { TabMail } from '@/lib/mail/tab-mail';
import { onMailComposes, onMessages, type MailInsertCommand, type MailInsertReply, type Replies } from '@/lib/messaging';
import type { ProspectSeen } from '@/lib/model';
import { loadEffectiveSettings } from '@/lib/policy/managed';
import { removeItems } from '@/lib/state/item';
import { mailEnabled } from '@/lib/state/local';
import { tabMail } from '@/lib/state/tab-mail';
import { tabView } from '@/lib/state/tab-view';
import { shownOnView } from '@/lib/state/shown';
import { tabRecord, type TabRecord } from '@/lib/state/tab-record';
import { prospects } from '@/lib/state/repositories';
import { precomputeView } from './suggestions';

const SCRIPT_ID = 'tailor-mail';
const SCRIPT_FILE = '/content-scripts/mail.js';
/** Records looked at for a match: the most recently seen. */
const MATCH_WINDOW = 5000;

const allowedByPolicy = async () => (await loadEffectiveSettings(getDb())).emailAllowed;

async function mailAllowed(): Promise<boolean> {
  return mailIsOn({
    allowedByPolicy: await allowedByPolicy(),
    enabledByRep: await mailEnabled.get(),
    permitted: await browser.permissions.contains(MAIL_PERMISSIONS).catch(() => false),
  });
}

let syncing: Promise<boolean> = Promise.resolve(false);

/**
 * Registers the mail script if email is on and permitted, removes it otherwise; returns whether it is on.
 * One at a time: a setting change and a permission change arrive together, and two registrations of
 * the same script would collide.
 */
export function syncMailScript(): Promise<boolean> {
  syncing = syncing.catch(() => false).then(syncNow);
  return syncing;
}

async function syncNow(): Promise<boolean> {
  if (!(await allowedByPolicy())) {
    // Forbidden by policy: turned off as the rep's own "off" would (open mail tabs' scripts stop on
    // this change), and the sites' access given back. Turning it on again is the rep's, once allowed.
    if (await mailEnabled.get()) await mailEnabled.set(false);
    await browser.permissions.remove(MAIL_PERMISSIONS).catch(() => false);
  }
  const on = await mailAllowed();
  const registered = (await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] })).length > 0;
  if (on && !registered) {
    await browser.scripting.registerContentScripts([{ id: SCRIPT_ID, matches: [...MAIL_MATCHES], js: [SCRIPT_FILE], runAt: 'document_idle' }]);
    // Mail tabs already open get the script now, so the rep need not reload them.
    const tabs = await browser.tabs.query({ url: [...MAIL_MATCHES] });
    await Promise.all(tabs.map((t) => (t.id === undefined ? undefined : browser.scripting.executeScript({ target: { tabId: t.id }, files: [SCRIPT_FILE] }).catch(() => undefined))));
  } else if (!on && registered) {
    await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  }
  if (!on) await forgetAllMail();
  return on;
}

async function forgetAllMail() {
  await Promise.all((await tabMail.ids()).map((t) => forgetMail(t)));
}

/** The tab's compose is gone with its page: its prospect too, when the prospect came from the compose. */
async function forgetMail(tabId: number) {
  await removeItems(tabMail(tabId), tabRecord(tabId), tabView(tabId), shownOnView(tabId));
}

async function recentlySeen(): Promise<ProspectSeen[]> {
  return prospects.recent(getDb(), MATCH_WINDOW);
}

/** Shows `seen` as the tab's record, keeping the detection time (and so the panel's state) if it already is. */
async function showRecord(tabId: number, seen: ProspectSeen | undefined) {
  if (!seen) {
    await removeItems(tabRecord(tabId), tabView(tabId), shownOnView(tabId));
    return;
  }
  const current = await tabRecord(tabId).get();
  if (current && JSON.stringify(current.prospect) === JSON.stringify(seen.prospect)) return;
  // Writing to someone is not seeing their record: when it was last seen in the CRM stays as it was.
  const record: TabRecord = { prospect: seen.prospect, detectedAt: Date.now(), viaEmail: true };
  await tabRecord(tabId).set(record);
  precomputeView(tabId);
}

export function registerMail() {
  void syncMailScript().catch((e: unknown) => console.warn('Tailor could not set up email', e));
  browser.permissions.onAdded.addListener(() => void syncMailScript().catch(() => undefined));
  browser.permissions.onRemoved.addListener(() => void syncMailScript().catch(() => undefined));
  mailEnabled.watch(() => void syncMailScript().catch(() => undefined));
  // The organisation's policy, as the background mirrors it into the database, whenever it changes.
  let policyAllowed: boolean | undefined;
  liveQuery(allowedByPolicy).subscribe({
    next: (allowed) => {
      if (policyAllowed !== undefined && allowed !== policyAllowed) void syncMailScript().catch(() => undefined);
      policyAllowed = allowed;
    },
    error: (e: unknown) => console.warn('Tailor could not follow the email policy', e),
  });

  // Reports are handled one at a time per tab, in order, so a quick succession cannot interleave.
  const queues = new Map<number, Promise<void>>();
  const inOrder = (tabId: number, job: () => Promise<void>) => {
    const next = (queues.get(tabId) ?? Promise.resolve()).then(job).catch((e: unknown) => console.warn('Tailor could not follow the compose', e));
    queues.set(tabId, next);
    return next;
  };

  onMailComposes(({ compose }, tabId, url) =>
    inOrder(tabId, async () => {
      if (!(await mailAllowed())) return;
      const client = mailClientOf(url)!;
      const old = await tabMail(tabId).get();
      if (!compose) {
        // Closed: the prospect stays on screen; only inserting stops.
        if (old) await tabMail(tabId).set({ ...old, open: false, updatedAt: Date.now() });
        return;
      }
      const picked = old?.composeId === compose.id && old.match?.by === 'picked' ? old.match : undefined;
      const seen = picked ? await prospects.get(getDb(), picked.key) : undefined;
      const found = seen ? undefined : matchRecipients(compose.recipients, await recentlySeen());
      const mail: TabMail = {
        client,
        composeId: compose.id,
        recipients: compose.recipients,
        reply: compose.reply,
        open: true,
        ...(seen && picked
          ? { match: { ...picked, lastSeenAt: seen.lastSeenAt } }
          : found
            ? { match: { recipient: found.recipient, by: found.by, key: found.seen.key, lastSeenAt: found.seen.lastSeenAt } }
            : {}),
        updatedAt: Date.now(),
      };
      await showRecord(tabId, seen ?? found?.seen);
      await tabMail(tabId).set(mail);
    }),
  );

  onMessages({
    'mail:insert': async ({ tabId, composeId, html, text }): Promise<MailInsertReply> => {
      try {
        const command: MailInsertCommand = { type: 'mail:insert-here', composeId, html, ...(text !== undefined ? { text } : {}) };
        const reply = (await browser.tabs.sendMessage(tabId, command)) as MailInsertReply | undefined;
        return reply?.inserted ? { inserted: true } : { inserted: false, reason: 'closed' };
      } catch {
        // No script answered: the mail page has gone (or navigated away).
        return { inserted: false, reason: 'closed' };
      }
    },
    'mail:pick': async ({ tabId, composeId, key }): Promise<Replies['mail:pick']> => {
      const seen = await prospects.get(getDb(), key);
      if (!seen) throw new Error('Tailor no longer has that record: pick another one');
      await inOrder(tabId, async () => {
        const old = await tabMail(tabId).get();
        if (!old || old.composeId !== composeId) return;
        await showRecord(tabId, seen);
        const match = { recipient: old.recipients[0] ?? '', by: 'picked' as const, key, lastSeenAt: seen.lastSeenAt };
        await tabMail(tabId).set({ ...old, match, updatedAt: Date.now() });
      });
      return null;
    },
    'mail:sync': async () => ({ enabled: await syncMailScript() }),
  });

  browser.tabs.onRemoved.addListener((tabId) => void tabMail(tabId).remove());
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void tabMail(tabId).remove();
  });
}
