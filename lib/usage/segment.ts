// Usage events in the shape of the Segment HTTP Tracking API's track call, so an organisation's own
// pipeline (Segment, RudderStack, Jitsu, or its own endpoint) takes them as they are. What goes in a
// message is listed once, in SENT_PROPERTIES: the settings page shows that list, and a test checks
// that a message never carries anything else.
import type { Asset, OutboxRow, TrackMessage, UsageEvent, UsageEventType } from '../model';

export const EVENT_NAMES: Record<UsageEventType, string> = {
  impression: 'Content Suggested',
  open: 'Content Opened',
  'copy-link': 'Content Link Copied',
  'copy-email': 'Content Email Copied',
  'not-relevant': 'Content Marked Not Relevant',
  flag: 'Content Flagged Outdated',
  request: 'Content Requested',
  won: 'Deal Won',
};

export const TEST_EVENT_NAME = 'Tailor Test Event';

/** Every property a message may carry, with what it holds: the settings page lists these as they are. */
export const SENT_PROPERTIES: readonly { name: string; description: string; identifier?: boolean }[] = [
  { name: 'tailor_event', description: "Tailor's own name for the action (copy-link, open, …)" },
  { name: 'asset_id', description: 'the library asset’s id' },
  { name: 'asset_title', description: 'the asset’s title' },
  { name: 'asset_type', description: 'the asset’s type (case-study, video, …)' },
  { name: 'asset_url', description: 'the asset’s address, without tracking parameters' },
  { name: 'crm', description: 'the CRM the rep was in (salesforce, hubspot, …)' },
  { name: 'record_type', description: 'the kind of CRM record (contact, deal, …)' },
  { name: 'record_id', description: 'the CRM record’s id', identifier: true },
  { name: 'account', description: 'the account (company) the record belongs to', identifier: true },
  { name: 'personas', description: 'the taxonomy ids of the personas Tailor resolved' },
  { name: 'industries', description: 'the taxonomy ids of the industries Tailor resolved' },
  { name: 'pain_points', description: 'the taxonomy ids of the pain points Tailor resolved' },
  { name: 'stage', description: 'the funnel stage (awareness, consideration, decision)' },
  { name: 'reason', description: 'the reason the rep gave (for "not relevant", flags and requests)' },
  { name: 'amount', description: 'the deal amount, for won deals' },
  { name: 'identifiers_hashed', description: 'whether record_id and account are hashed' },
  { name: 'test', description: 'true on the settings page’s test event' },
];

/** Top-level fields of each message. */
export const SENT_FIELDS: readonly { name: string; description: string }[] = [
  { name: 'type', description: 'always "track"' },
  { name: 'event', description: `the action, e.g. "${EVENT_NAMES['copy-link']}"` },
  { name: 'messageId', description: 'a random id, unique per event, so the collector can drop duplicates' },
  { name: 'timestamp', description: 'when the rep did it' },
  { name: 'userId', description: 'the rep id from these settings (or anonymousId, a random id made on this browser, when none is set)' },
  { name: 'context.library', description: 'Tailor and its version' },
];

/**
 * The most each string sent may take, in bytes of its JSON text (UTF-8, escapes included: what a
 * collector measures), and the most entries each list holds. With these, the largest message Tailor
 * can send is under 16 KB whatever the library, the page or the rep typed (Segment refuses messages
 * over 32 KB and batches over 500 KB); docs/security-network.md lists them.
 */
export const FIELD_LIMITS = {
  event: 100,
  messageId: 100,
  userId: 256,
  anonymousId: 100,
  version: 64,
  tailor_event: 64,
  asset_id: 256,
  asset_title: 1024,
  asset_type: 64,
  asset_url: 2048,
  crm: 64,
  record_type: 64,
  record_id: 256,
  account: 512,
  stage: 64,
  reason: 2048,
  /** Each taxonomy id in personas, industries and pain_points. */
  taxonomyId: 128,
} as const;
/** Entries of personas, industries and pain_points. */
export const MAX_LIST_ENTRIES = 20;
/** The ceiling the limits above keep every message under (checked by a test with the worst values). */
export const MAX_MESSAGE_BYTES = 16 * 1024;

const encoder = new TextEncoder();
/** Bytes a string takes as JSON text, without its quotes. */
const jsonBytes = (s: string) => encoder.encode(JSON.stringify(s)).byteLength - 2;

/**
 * The string cut, if need be, to `maxBytes` of JSON text with "…" at the end. Never splits a
 * surrogate pair. A binary search on the cut point: the cost grows with the log of the length.
 */
export function fitString(value: string, maxBytes: number): string {
  if (jsonBytes(value) <= maxBytes) return value;
  const room = maxBytes - jsonBytes('…');
  let lo = 0;
  let hi = Math.min(value.length, room);
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (jsonBytes(value.slice(0, mid)) <= room) lo = mid;
    else hi = mid - 1;
  }
  let end = lo;
  const last = value.charCodeAt(end - 1);
  if (end > 0 && last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${value.slice(0, end)}…`;
}

/** SHA-256 of salt and value, as hex. The salt keeps a guessed id from being checked against a hash. */
export async function hashIdentifier(value: string, salt: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${salt}\u0000${value}`));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export interface BuildOptions {
  messageId: string;
  /** Who the rep is: the event's own rep, else the settings' rep id. */
  userId?: string;
  /** A random id made once on this browser, used when there is no rep id. */
  anonymousId: string;
  asset?: Pick<Asset, 'title' | 'type' | 'url'>;
  hash?: { salt: string };
  version: string;
}

/** The track message for one usage event. Identifiers are hashed when `hash` is given. */
export async function buildTrackMessage(event: UsageEvent, options: BuildOptions): Promise<TrackMessage> {
  const p: TrackMessage['properties'] = { tailor_event: event.type };
  if (event.assetId) p.asset_id = event.assetId;
  if (options.asset) {
    p.asset_title = options.asset.title;
    p.asset_type = options.asset.type;
    p.asset_url = options.asset.url;
  }
  if (event.crm) p.crm = event.crm;
  if (event.recordType) p.record_type = event.recordType;
  const identify = (v: string) => (options.hash ? hashIdentifier(v, options.hash.salt) : Promise.resolve(v));
  if (event.recordId) p.record_id = await identify(event.recordId);
  if (event.account) p.account = await identify(event.account);
  p.personas = [...event.context.personas];
  p.industries = [...event.context.industries];
  p.pain_points = [...event.context.painPoints];
  if (event.context.stage) p.stage = event.context.stage;
  if (event.reason) p.reason = event.reason;
  if (event.amount !== undefined && Number.isFinite(event.amount)) p.amount = event.amount;
  p.identifiers_hashed = options.hash !== undefined;
  const userId = (event.rep ?? options.userId ?? '').trim();
  return limitMessage({
    type: 'track',
    event: EVENT_NAMES[event.type],
    properties: p,
    messageId: options.messageId,
    timestamp: new Date(event.at).toISOString(),
    ...(userId ? { userId } : { anonymousId: options.anonymousId }),
    context: { library: { name: 'tailor', version: options.version } },
  });
}

const LIST_PROPERTIES = new Set(['personas', 'industries', 'pain_points']);

/** The message with every string within FIELD_LIMITS and every list within MAX_LIST_ENTRIES. */
export function limitMessage(message: TrackMessage): TrackMessage {
  const limits = FIELD_LIMITS as Record<string, number>;
  const properties: TrackMessage['properties'] = {};
  for (const [key, value] of Object.entries(message.properties)) {
    if (Array.isArray(value))
      properties[key] = LIST_PROPERTIES.has(key) ? value.slice(0, MAX_LIST_ENTRIES).map((v) => fitString(v, FIELD_LIMITS.taxonomyId)) : [];
    else if (typeof value === 'string') properties[key] = fitString(value, limits[key] ?? FIELD_LIMITS.reason);
    else properties[key] = value;
  }
  return {
    type: 'track',
    event: fitString(message.event, FIELD_LIMITS.event),
    properties,
    messageId: fitString(message.messageId, FIELD_LIMITS.messageId),
    timestamp: message.timestamp,
    ...(message.userId !== undefined ? { userId: fitString(message.userId, FIELD_LIMITS.userId) } : {}),
    ...(message.anonymousId !== undefined ? { anonymousId: fitString(message.anonymousId, FIELD_LIMITS.anonymousId) } : {}),
    ...(message.context ? { context: { library: { name: 'tailor', version: fitString(message.context.library.version, FIELD_LIMITS.version) } } } : {}),
  };
}

/**
 * A queued message as it leaves: identifiers hashed if the settings now say so (a message queued
 * before hashing was turned on carries them plain), and every field within its limit (a message
 * queued by an older version may be larger). What the rep's settings say at send time is what goes.
 */
export async function prepareForSending(message: TrackMessage, options: { hash?: { salt: string } } = {}): Promise<TrackMessage> {
  const p = message.properties;
  if (!options.hash || p.identifiers_hashed !== false) return limitMessage(message);
  const properties: TrackMessage['properties'] = { ...p, identifiers_hashed: true };
  if (typeof p.record_id === 'string') properties.record_id = await hashIdentifier(p.record_id, options.hash.salt);
  if (typeof p.account === 'string') properties.account = await hashIdentifier(p.account, options.hash.salt);
  return limitMessage({ ...message, properties });
}

/** The settings page's test event: a real message through the outbox, marked as a test. */
export function testTrackMessage(options: Omit<BuildOptions, 'asset' | 'hash'> & { at: number }): TrackMessage {
  const userId = options.userId?.trim();
  return {
    type: 'track',
    event: TEST_EVENT_NAME,
    properties: { test: true },
    messageId: options.messageId,
    timestamp: new Date(options.at).toISOString(),
    ...(userId ? { userId } : { anonymousId: options.anonymousId }),
    context: { library: { name: 'tailor', version: options.version } },
  };
}

/** The body of one batch call. */
export function batchBody(messages: readonly TrackMessage[], sentAt: number): string {
  return JSON.stringify({ batch: messages, sentAt: new Date(sentAt).toISOString() });
}
