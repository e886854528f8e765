// The one typed protocol between Tailor's pages and its background: each request's shape (checked
// with valibot on arrival), the reply each one gets, and the sender check. Replies travel in an
// envelope so an error in the background reaches the page as an error, with its message.
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { isAddress } from './mail/address';
import { isMailPage } from './mail/hosts';
import type { FeedStatus, FeedSyncResult } from './feed/sync';
import type { TeamSyncStatus } from './team/store';
import type { TeamSyncResult } from './team/sync';
import { prospectSchema } from './prospect-schema';
import type { FlushResult, TestEventFate } from './usage/outbox';

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const tabIdSchema = v.pipe(v.number(), v.integer(), v.minValue(0));

export const requestSchema = v.variant('type', [
  /** Check the team feed now (Settings' "Sync now", or a new feed address). */
  v.object({ type: v.literal('feed:sync') }),
  /** Check the team figures URL now (Settings' or the Team view's "Sync now", or a new address). */
  v.object({ type: v.literal('team:sync') }),
  /** Send what the outbox holds now, past any scheduled retry. */
  v.object({ type: v.literal('outbox:flush') }),
  /** Queue a test event and send it at once. */
  v.object({ type: v.literal('outbox:test-event') }),
  /** A page recorded events itself: send them soon. */
  v.object({ type: v.literal('usage:recorded') }),
  /** Settings or policy may have changed: re-read the policy, reset alarms, sync if due. */
  v.object({ type: v.literal('teams:refresh') }),
  /** "Insert into email": put the snippet at the cursor of the compose the tab's mail page follows. */
  v.object({ type: v.literal('mail:insert'), tabId: tabIdSchema, composeId: text(100), html: text(200_000), text: v.optional(text(200_000)) }),
  /** The rep writes to someone Tailor has not matched: use this record Tailor has seen for that email. */
  v.object({ type: v.literal('mail:pick'), tabId: tabIdSchema, composeId: text(100), key: text(1000) }),
  /** Email was turned on or off in Settings: register or remove the mail pages' script. */
  v.object({ type: v.literal('mail:sync') }),
  /** A page wrote what the panel's prepared views are computed from (the library, a correction, a mark). */
  v.object({ type: v.literal('views:stale') }),
  /**
   * The rep is about to correct this record: remove the views prepared for it, and write none for it
   * before the correction's write comes (the reply comes once they are gone).
   */
  v.object({ type: v.literal('views:correcting'), recordKey: text(1000) }),
]);

export type Request = v.InferOutput<typeof requestSchema>;
export type RequestType = Request['type'];
export type RequestOf<K extends RequestType> = Extract<Request, { type: K }>;

export interface FeedSyncReply {
  result: FeedSyncResult | 'not-configured';
  status?: FeedStatus;
}

export interface TeamSyncReply {
  result: TeamSyncResult | 'not-configured';
  status?: TeamSyncStatus;
}

export interface TestEventReply {
  messageId: string;
  fate: TestEventFate;
  /** Milliseconds from queueing the event to the collector's answer. */
  ms: number;
}

export interface Replies {
  'feed:sync': FeedSyncReply;
  'team:sync': TeamSyncReply;
  'outbox:flush': FlushResult;
  'outbox:test-event': TestEventReply;
  'usage:recorded': null;
  'teams:refresh': null;
  'mail:insert': MailInsertReply;
  'mail:pick': null;
  'mail:sync': { enabled: boolean };
  'views:stale': null;
  'views:correcting': null;
}

/** Whether the snippet went in; `closed` when the compose is gone (or the mail page with it). */
export type MailInsertReply = { inserted: true } | { inserted: false; reason: 'closed' };

type Envelope<T> = { ok: true; value: T } | { ok: false; error: string };

const TYPES = new Set<string>(requestSchema.options.map((o) => o.entries.type.literal));

/** Sends a request to the background and returns its reply, or throws the background's error. */
export async function sendMessage<K extends RequestType>(message: RequestOf<K>): Promise<Replies[K]> {
  const reply = (await browser.runtime.sendMessage(message)) as Envelope<Replies[K]> | undefined;
  if (!reply) throw new Error('Tailor’s background did not answer: reload the extension and try again');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

export type Handlers = { [K in RequestType]?: (message: RequestOf<K>) => Promise<Replies[K]> };

export interface Sender {
  id?: string;
  url?: string;
}

/** Only Tailor's own pages (the panel, the options page) may ask for these. */
export function isOwnPage(sender: Sender, runtimeId: string, pageBase: string): boolean {
  return sender.id === runtimeId && typeof sender.url === 'string' && sender.url.startsWith(pageBase);
}

/** Answers the requests `handlers` covers; anything else is left to other listeners. Returns a remover. */
export function onMessages(handlers: Handlers): () => void {
  const listener = (raw: unknown, sender: Sender, sendResponse: (reply: Envelope<unknown>) => void) => {
    const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
    if (typeof type !== 'string' || !TYPES.has(type) || !(type in handlers)) return undefined;
    if (!isOwnPage(sender, browser.runtime.id, browser.runtime.getURL('/'))) {
      sendResponse({ ok: false, error: 'this request is only accepted from Tailor’s own pages' });
      return undefined;
    }
    const parsed = v.safeParse(requestSchema, raw);
    if (!parsed.success) {
      const issue = parsed.issues[0];
      const where = issue?.path?.map((p) => String(p.key)).join('.') ?? '';
      sendResponse({ ok: false, error: `invalid ${type} request${where ? ` at ${where}` : ''}: ${issue?.message ?? 'unknown problem'}` });
      return undefined;
    }
    const handler = handlers[parsed.output.type] as ((m: Request) => Promise<unknown>) | undefined;
    handler!(parsed.output).then(
      (value) => sendResponse({ ok: true, value }),
      (e: unknown) => sendResponse({ ok: false, error: e instanceof Error ? e.message : String(e) }),
    );
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

// Content scripts on CRM pages tell the background what record the tab shows (or that it shows none).

export const crmRecordMessageSchema = v.object({
  type: v.literal('crm:record'),
  record: v.nullable(v.object({ prospect: prospectSchema, amount: v.optional(text(100)) })),
});

export type CrmRecordMessage = v.InferOutput<typeof crmRecordMessageSchema>;

export interface TabSender extends Sender {
  tab?: { id?: number };
}

// The sender check and the listener for these messages are in lib/background/records.ts: only the background
// needs them, and they need the adapters' hosts (kept out of the pages' shared code).

// The mail content script (registered only once the rep turns email on) tells the background which
// compose the rep is in and who it is addressed to: recipients' addresses, nothing of the message.

export const mailComposeMessageSchema = v.object({
  type: v.literal('mail:compose'),
  compose: v.nullable(
    v.object({
      id: text(100),
      recipients: v.pipe(v.array(v.pipe(v.string(), v.check(isAddress, 'not an email address'))), v.maxLength(200)),
      reply: v.boolean(),
    }),
  ),
});

export type MailComposeMessage = v.InferOutput<typeof mailComposeMessageSchema>;

/** A compose may be reported only by our own content script, in a tab, on a webmail page. */
export function isMailContentScript(sender: TabSender, runtimeId: string): sender is TabSender & { tab: { id: number } } {
  return sender.id === runtimeId && typeof sender.tab?.id === 'number' && isMailPage(sender.url);
}

/** Receives compose reports from the mail content script; anything malformed or from elsewhere is dropped. */
export function onMailComposes(handler: (message: MailComposeMessage, tabId: number, url: string) => void): () => void {
  const listener = (raw: unknown, sender: TabSender) => {
    if (typeof raw !== 'object' || raw === null || (raw as { type?: unknown }).type !== 'mail:compose') return undefined;
    if (!isMailContentScript(sender, browser.runtime.id)) return undefined;
    const parsed = v.safeParse(mailComposeMessageSchema, raw);
    if (!parsed.success) {
      console.warn('Tailor ignored a malformed compose report from', sender.url, parsed.issues[0]?.message);
      return undefined;
    }
    handler(parsed.output, sender.tab.id, sender.url!);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** The background asks the mail page's script to insert a snippet into one compose. */
export const mailInsertCommandSchema = v.object({ type: v.literal('mail:insert-here'), composeId: text(100), html: text(200_000), text: v.optional(text(200_000)) });
export type MailInsertCommand = v.InferOutput<typeof mailInsertCommandSchema>;

/** Only Tailor's own background (or pages), never a web page or another extension, may ask a mail page to insert. */
export function isFromExtension(sender: TabSender, runtimeId: string): boolean {
  return sender.id === runtimeId && sender.tab === undefined;
}
