// The whole team's usage, read back from what the collector kept: one pass over the messages, line by
// line, in constant memory apart from the messageIds seen (a compact set), the assets, the reps, the
// won deals, and one small record per share (the shares a deal may be credited with).
// The figures mean what they mean in a rep's own insights (lib/usage/report.ts and outcomes.ts), for
// the whole team; FORMATS.md "Team usage" is the contract, sql/team-insights/ computes the same.
import { EVENT_NAMES } from '../usage/segment';
import type { UsageEventType } from '../model';
import { MessageIdSet, hash128, type Hash128 } from './message-id-set';

export interface TeamTotals {
  suggested: number;
  opened: number;
  linkCopies: number;
  emailCopies: number;
  shares: number;
  notRelevant: number;
  flagged: number;
  requested: number;
  wonDeals: number;
  influencedRevenue: number;
}

export interface TeamAssetFigure {
  id: string;
  suggested: number;
  opened: number;
  shares: number;
  notRelevant: number;
  flagged: number;
  influencedRevenue: number;
  /** Addition: the asset's title (properties.asset_title, latest seen), when one was sent. */
  title?: string;
  /** Addition: won deals in the range the asset influenced. */
  wonDeals: number;
}

export interface TeamRepFigure {
  id: string;
  suggested: number;
  shares: number;
  notRelevant: number;
  flagged: number;
  requested: number;
  /** Additions: what the rep opened, and the won deals (and their amounts) the rep's shares influenced. */
  opened: number;
  wonDeals: number;
  influencedRevenue: number;
}

/** Addition: one UTC day of the range. */
export interface TeamDayFigure {
  day: string;
  suggested: number;
  opened: number;
  shares: number;
}

/** Addition: a persona × industry pair seen on prospects, the distinct prospects (crm, record_id) with it. */
export interface TeamCoverageFigure {
  persona: string;
  industry: string;
  prospects: number;
  /** With the library: active assets tagged for both. */
  assets?: number;
}

/** What `tailor insights` prints, fields in the contract's order. */
export interface TeamInsights {
  messages: number;
  duplicates: number;
  skipped: number;
  skippedExamples: string[];
  totals: TeamTotals;
  assets: TeamAssetFigure[];
  reps: TeamRepFigure[];
  wasteShare: number | null;
  // Additions (docs/formats.md): readers of the contract above may ignore them.
  from: string | null;
  to: string | null;
  generatedAt: string;
  days: TeamDayFigure[];
  coverage: TeamCoverageFigure[];
}

export interface TeamInsightsOptions {
  /** First day counted, YYYY-MM-DD (UTC), inclusive. */
  from?: string;
  /** Last day counted, YYYY-MM-DD (UTC), inclusive. */
  to?: string;
  /** The 128-bit key of an id that is not a UUID (see MessageIdSet). */
  hashId?: Hash128;
  /** When the figures are made (generatedAt); default now. */
  generatedAt?: string;
}

/** The pack's assets, for wasteShare. */
export interface LibraryForWaste {
  assets: readonly { id: string; archived?: boolean; expiresAt?: string; personas?: readonly string[]; industries?: readonly string[] }[];
  /** The day expiry is judged on (the range's last day, else today), YYYY-MM-DD. */
  today: string;
}

export const MAX_SKIPPED_EXAMPLES = 10;
const DAY_MS = 86_400_000;
/** How far back a share may be and still be credited with a win. */
export const INFLUENCE_WINDOW_MS = 365 * DAY_MS;

// Event kinds as small numbers, so counters are typed arrays.
const K = { impression: 0, open: 1, 'copy-link': 2, 'copy-email': 3, 'not-relevant': 4, flag: 5, request: 6, won: 7 } as const;
const KIND_BY_EVENT = new Map<string, number>(
  (Object.entries(EVENT_NAMES) as [UsageEventType, string][]).map(([type, name]) => [name, K[type]]),
);
const KINDS = 8;

/** ISO 8601 date and time with a zone, as collectors and warehouses write them (sql/team-insights/json-events.sql
 * accepts the same). */
const ISO_TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;

const shortJson = (v: unknown) => (JSON.stringify(v) ?? 'absent').slice(0, 40);

const digit = (s: string, i: number) => s.charCodeAt(i) - 48;
const twoDigits = (s: string, i: number) => digit(s, i) * 10 + digit(s, i + 1);
/** The form Tailor sends ("2026-03-01T09:00:07.000Z"), read without a regular expression: a fast path. */
const CANONICAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
let lastDay = '';
let lastDayMs = NaN;

/** Milliseconds since the epoch, or NaN for anything but a real calendar date and time with its zone. */
export function parseTimestamp(value: unknown): number {
  if (typeof value !== 'string') return NaN;
  if (value.length === 24 && value.charCodeAt(23) === 90 /* Z */ && CANONICAL.test(value)) {
    const h = twoDigits(value, 11), mi = twoDigits(value, 14), sec = twoDigits(value, 17);
    if (h > 23 || mi > 59 || sec > 59) return NaN;
    // Messages come in time order, so most share the previous one's day.
    const day = value.slice(0, 10);
    if (day !== lastDay) {
      lastDayMs = parseTimestamp(`${day}T00:00:00Z`);
      lastDay = day;
    }
    return lastDayMs + ((h * 60 + mi) * 60 + sec) * 1000 + digit(value, 20) * 100 + twoDigits(value, 21);
  }
  const m = ISO_TIMESTAMP.exec(value);
  if (!m) return NaN;
  const y = Number(m[1]), mo = Number(m[2]), d = Number(m[3]);
  // Date.parse rolls 31 February over into March; a date that is not on the calendar is not a date.
  if (mo < 1 || mo > 12 || d < 1 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate()) return NaN;
  if (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59) return NaN;
  return Date.parse(value.replace(' ', 'T'));
}

/** A JSON number, or a string of one as some warehouses load it ("1200.50"). */
const DECIMAL = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;
function readAmount(value: unknown): number | undefined {
  if (value === undefined || value === null) return 0;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && DECIMAL.test(value)) return Number(value);
  return undefined;
}

/** An id-like property as text ("" and absent are none). */
function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value === '' ? undefined : value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/**
 * The distinct tags of a personas or industries list (its first MAX_TAGS entries that are text of at
 * most MAX_TEXT characters), written to `into[0..]` in order: how many, 0 when none.
 */
function tags(v: unknown, into: string[]): number {
  if (!Array.isArray(v)) return 0;
  const list = v as unknown[];
  const end = Math.min(list.length, MAX_TAGS);
  let n = 0;
  for (let j = 0; j < end; j++) {
    const t = text(list[j]);
    if (t === undefined || t.length > MAX_TEXT) continue;
    let seen = false;
    for (let m = 0; m < n && !seen; m++) seen = into[m] === t;
    if (!seen) into[n++] = t;
  }
  return n;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

interface Deal {
  wonAt: number;
  amount: number;
  account: string | undefined;
}

/** No rep on a share (neither userId nor anonymousId). */
const NO_REP = 0xffffffff;
/** The properties of a message that has none. */
const NO_PROPERTIES: Readonly<Record<string, unknown>> = Object.freeze({});
/** The longest text the team figures file takes (lib/team/figures.ts). */
const MAX_TEXT = 1000;
/** At most this many personas and industries of one message make coverage pairs (their product is bounded). */
const MAX_TAGS = 20;
/** A pair's code: persona number × PAIR_CODE + industry number (exact in a double up to 2^26 of each). */
const PAIR_CODE = 2 ** 26;
/** How many messages from lines wait to be counted together (see enqueue). */
const AHEAD = 64;
const SUGGESTED = EVENT_NAMES.impression;
/** The lines read before the sets are sized for the whole input (see expectBytes). */
export const SIZING_LINES = 4096;

/** Growable columns: one row per share (account, asset, rep, time), kept for crediting wins. */
class ShareLog {
  account = new Uint32Array(1024);
  asset = new Uint32Array(1024);
  rep = new Uint32Array(1024);
  at = new Float64Array(1024);
  length = 0;
  push(account: number, asset: number, rep: number, at: number) {
    if (this.length === this.at.length) {
      const grow = <T extends Uint32Array | Float64Array>(a: T): T => {
        const b = new (a.constructor as new (n: number) => T)(a.length * 2);
        b.set(a);
        return b;
      };
      this.account = grow(this.account);
      this.asset = grow(this.asset);
      this.rep = grow(this.rep);
      this.at = grow(this.at);
    }
    this.account[this.length] = account;
    this.asset[this.length] = asset;
    this.rep[this.length] = rep;
    this.at[this.length] = at;
    this.length++;
  }
}

export class TeamInsightsBuilder {
  private readonly fromMs: number;
  private readonly toMs: number;
  private readonly ids: MessageIdSet;
  private messages = 0;
  private duplicates = 0;
  private skipped = 0;
  private readonly examples: string[] = [];
  private readonly totals = new Float64Array(KINDS);
  /** Per asset: counts by kind, in range. */
  private readonly assetIndex = new Map<string, number>();
  private readonly assetIds: string[] = [];
  private assetCounts = new Float64Array(64 * KINDS);
  private readonly assetSeenInRange: boolean[] = [];
  private readonly accountIndex = new Map<string, number>();
  private readonly shares = new ShareLog();
  private readonly deals = new Map<string, Deal>();
  /** Reps as small numbers (shares carry them), with their counts by kind in range, and whether they had any. */
  private readonly repIndex = new Map<string, number>();
  private readonly repIds: string[] = [];
  private repCounts = new Float64Array(64 * KINDS);
  private readonly repSeenInRange: boolean[] = [];
  /** The day of the last message counted (messages come in time order, so most share it), and its counts. */
  private lastDayNumber = NaN;
  private lastDayCounts: Float64Array = new Float64Array(3);
  /** Per asset: the latest title seen and when. */
  private readonly assetTitles: (string | undefined)[] = [];
  private assetTitleAt = new Float64Array(64);
  /** Per UTC day number (ms / DAY_MS): suggested, opened, shares. */
  private readonly dayCounts = new Map<number, Float64Array>();
  /** Coverage: personas and industries as small numbers, their pairs too (pair number by persona × 2^26 + industry). */
  private readonly personaIndex = new Map<string, number>();
  private readonly industryIndex = new Map<string, number>();
  private readonly pairIndex = new Map<number, number>();
  private readonly pairPersona: string[] = [];
  private readonly pairIndustry: string[] = [];
  /** Per persona and industry number: where the first suggestion that named it is (`file:line`). */
  private readonly personaFirstSeen: string[] = [];
  private readonly industryFirstSeen: string[] = [];
  /** Per pair number: the distinct prospects, counted once each through a set of (pair, crm, record_id) keys. */
  private readonly pairProspects: number[] = [];
  private readonly pairRecords: MessageIdSet;
  /** CRMs as small numbers. */
  private readonly crmIndex = new Map<string, number>();
  /** The 128-bit key of the prospect at hand (its record_id's hash, its CRM's number mixed in); each pair's key is it with the pair number mixed in. */
  private readonly prospectKey = new Uint32Array(4);
  private readonly personasSeen: string[] = [];
  private readonly industriesSeen: string[] = [];
  /** Sizing the two sets once: the text the reader expects in all (0: unknown), and what the first lines held. */
  private expectedBytes = 0;
  private bytesRead = 0;
  private linesUntilSizing = 0;
  /** Messages waiting to be counted (see enqueue), where they are, and their messageIds' keys. */
  private queued = 0;
  private readonly queueMessages: unknown[] = new Array<unknown>(AHEAD).fill(undefined);
  private readonly queueFiles: string[] = new Array<string>(AHEAD).fill('');
  private readonly queueLines = new Float64Array(AHEAD);
  private readonly queueIndexes = new Int32Array(AHEAD);
  private readonly queueHasKey = new Uint8Array(AHEAD);
  private readonly queueKeys = new Uint32Array(AHEAD * 4);
  private readonly queueHasRecord = new Uint8Array(AHEAD);
  private readonly queueRecords = new Uint32Array(AHEAD * 4);
  /** The first persona × industry pair of a waiting suggestion, and its CRM's number (-1: not known yet). */
  private readonly queuePairs = new Float64Array(AHEAD);
  private readonly queueCrms = new Int32Array(AHEAD);
  /** What reading the slots ahead gave, kept so that the reads are not optimised away. */
  touched = 0;
  private readonly from: string | null;
  private readonly to: string | null;
  private readonly generatedAt: string;

  constructor(options: TeamInsightsOptions = {}) {
    this.fromMs = options.from ? Date.parse(`${options.from}T00:00:00Z`) : -Infinity;
    this.toMs = options.to ? Date.parse(`${options.to}T00:00:00Z`) + DAY_MS : Infinity;
    this.ids = new MessageIdSet(options.hashId);
    this.pairRecords = new MessageIdSet(hash128, 1 << 10);
    this.from = options.from ?? null;
    this.to = options.to ?? null;
    this.generatedAt = options.generatedAt ?? new Date().toISOString();
  }

  /** The slots of the messageId set and of the coverage's key set (powers of two, 16 bytes each). */
  get setSlots(): { ids: number; prospects: number } {
    this.drain();
    return { ids: this.ids.slots, prospects: this.pairRecords.slots };
  }

  /** A line that could not be read, or a file that is not JSON Lines: counted, and named in the first examples. */
  skip(where: string, reason: string) {
    this.drain(); // the messages before it first, so the examples stay in the order of the input
    this.recordSkip(where, reason);
  }

  private recordSkip(where: string, reason: string) {
    this.skipped++;
    if (this.examples.length < MAX_SKIPPED_EXAMPLES) this.examples.push(`${where}: ${reason}`);
  }

  /**
   * The length of the text to come, in all the files, as far as the reader can tell (a gzip file says
   * how long its content is): after the first SIZING_LINES lines the two sets are sized once for what
   * the whole input will likely hold, instead of doubling (and copying themselves) as they fill. Only
   * memory and speed depend on it, never the figures.
   */
  expectBytes(bytes: number) {
    this.expectedBytes = bytes;
    this.linesUntilSizing = SIZING_LINES;
  }

  /** One line of a JSON Lines file: a message, or a whole batch body. */
  addLine(line: string, file: string, lineNumber: number) {
    if (this.linesUntilSizing > 0) {
      this.bytesRead += line.length + 1;
      if (--this.linesUntilSizing === 0) {
        this.drain();
        this.sizeSets();
      }
    }
    if (line.length === 0 || (line.length < 3 && line.trim() === '')) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      if (line.trim() === '') return;
      this.skip(`${file}:${lineNumber}`, 'not JSON');
      return;
    }
    if (isObject(value) && value.batch !== undefined && value.event === undefined) {
      if (!Array.isArray(value.batch)) {
        this.skip(`${file}:${lineNumber}`, '"batch" is not a list of messages');
        return;
      }
      const batch = value.batch as unknown[];
      for (let i = 0; i < batch.length; i++) this.enqueue(batch[i], file, lineNumber, i);
      return;
    }
    this.enqueue(value, file, lineNumber, -1);
  }

  /** One message; `index` is its place in a batch body, -1 when the line is the message. */
  addMessage(message: unknown, file: string, lineNumber: number, index = -1) {
    this.drain();
    this.count(message, file, lineNumber, index, -1, -1);
  }

  /**
   * Messages from lines wait here, AHEAD at most, to be counted in their order. Waiting lets the
   * messageId set's slots for all of them be read first, one after another: the set is far bigger
   * than the processor's caches, and reads that do not wait for one another overlap, where reading
   * each slot when its message is counted would wait for memory once per message. Only speed depends
   * on it: every message is counted as it would be at once, in the same order.
   */
  private enqueue(message: unknown, file: string, lineNumber: number, index: number) {
    const n = this.queued++;
    this.queueMessages[n] = message;
    this.queueFiles[n] = file;
    this.queueLines[n] = lineNumber;
    this.queueIndexes[n] = index;
    if (this.queued === AHEAD) this.drain();
  }

  /** Counts the waiting messages, in order. */
  private drain() {
    const n = this.queued;
    if (n === 0) return;
    this.queued = 0;
    const keys = this.queueKeys;
    // The keys of the messageIds (the message is checked properly when counted)...
    for (let i = 0; i < n; i++) {
      const m = this.queueMessages[i];
      const id = isObject(m) ? text(m.messageId) : undefined;
      this.queueHasKey[i] = id === undefined ? 0 : 1;
      if (id !== undefined) this.ids.keyOf(id, keys, i * 4);
    }
    // ...and of the suggestions' prospects (their records' hashes, and their first pair and CRM when
    // the CRM and the pair are known already)...
    const records = this.queueRecords;
    const pairs = this.queuePairs;
    for (let i = 0; i < n; i++) {
      this.queueHasRecord[i] = 0;
      pairs[i] = -1;
      const m = this.queueMessages[i];
      if (!isObject(m) || m.event !== SUGGESTED || !isObject(m.properties)) continue;
      const props = m.properties;
      const recordId = text(props.record_id);
      if (recordId === undefined) continue;
      hash128(recordId, records, i * 4);
      this.queueHasRecord[i] = 1;
      const c = this.crmIndex.get(text(props.crm) ?? '');
      const persona = Array.isArray(props.personas) ? text(props.personas[0]) : undefined;
      const industry = Array.isArray(props.industries) ? text(props.industries[0]) : undefined;
      if (c === undefined || persona === undefined || industry === undefined) continue;
      const p = this.personaIndex.get(persona);
      const ind = this.industryIndex.get(industry);
      const pair = p === undefined || ind === undefined ? undefined : this.pairIndex.get(p * PAIR_CODE + ind);
      if (pair !== undefined) {
        pairs[i] = pair;
        this.queueCrms[i] = c;
      }
    }
    // ...then their slots read, all of them...
    let touched = 0;
    for (let i = 0; i < n; i++) {
      if (this.queueHasKey[i]) touched ^= this.ids.touch(keys[i * 4]!, keys[i * 4 + 1]!, keys[i * 4 + 2]!, keys[i * 4 + 3]!);
      // The same key words addProspect adds (the record's hash, the pair in the first, the CRM in the second).
      if (pairs[i]! >= 0) touched ^= this.pairRecords.touch((records[i * 4]! ^ pairs[i]!) >>> 0, (records[i * 4 + 1]! ^ this.queueCrms[i]!) >>> 0, records[i * 4 + 2]!, records[i * 4 + 3]!);
    }
    this.touched = touched;
    // ...then each message counted.
    for (let i = 0; i < n; i++) {
      const m = this.queueMessages[i];
      this.queueMessages[i] = undefined;
      this.count(m, this.queueFiles[i]!, this.queueLines[i]!, this.queueIndexes[i]!, this.queueHasKey[i] ? i * 4 : -1, this.queueHasRecord[i] ? i * 4 : -1);
    }
  }

  /** Counts one message; `key` is where its messageId's key already is in queueKeys, `record` where its
   * record id's hash is in queueRecords (-1: not there). */
  private count(message: unknown, file: string, lineNumber: number, index: number, key: number, record = -1) {
    if (!isObject(message)) return this.skipMessage(file, lineNumber, index, 'not a message object');
    const event = message.event;
    // Other calls on the same collector (identify, page, group...) are other sources' business.
    if (event === undefined && typeof message.type === 'string' && message.type !== 'track') return;
    if (typeof event !== 'string' || event === '') return this.skipMessage(file, lineNumber, index, 'no "event"');
    const kind = KIND_BY_EVENT.get(event);
    if (kind === undefined) return; // another source's event, or the settings page's test event
    const messageId = text(message.messageId);
    if (messageId === undefined) return this.skipMessage(file, lineNumber, index, 'no "messageId"');
    const at = parseTimestamp(message.timestamp);
    if (Number.isNaN(at)) return this.skipMessage(file, lineNumber, index, `"timestamp" is not a date and time (${shortJson(message.timestamp)})`);
    const props = isObject(message.properties) ? message.properties : NO_PROPERTIES;
    let amount = 0;
    if (kind === K.won) {
      const a = readAmount(props.amount);
      if (a === undefined) return this.skipMessage(file, lineNumber, index, `"amount" is not a number (${shortJson(props.amount)})`);
      amount = a;
    }
    const inRange = at >= this.fromMs && at < this.toMs;
    const k = this.queueKeys;
    if (!(key >= 0 ? this.ids.addKey(k[key]!, k[key + 1]!, k[key + 2]!, k[key + 3]!) : this.ids.add(messageId))) {
      if (inRange) this.duplicates++;
      return;
    }
    const assetId = text(props.asset_id);
    const asset = assetId === undefined ? -1 : this.assetOf(assetId);
    const repId = text(message.userId) ?? text(message.anonymousId);
    const rep = repId === undefined ? NO_REP : this.repOf(repId);
    if (asset >= 0) {
      const title = text(props.asset_title);
      if (title !== undefined) {
        const a = asset;
        const kept = this.assetTitles[a];
        if (kept === undefined || at >= this.assetTitleAt[a]!) {
          // The same title again is not stored again: this message's copy of it can then be collected young.
          if (kept === undefined || title.length > MAX_TEXT || kept !== title) this.assetTitles[a] = title.length > MAX_TEXT ? title.slice(0, MAX_TEXT) : title;
          this.assetTitleAt[a] = at;
        }
      }
    }

    // Everything from here is what the message says; shares and wins count outside the range too,
    // because a win in the range is credited with shares from before it.
    if (kind === K['copy-link'] || kind === K['copy-email']) {
      const account = text(props.account);
      if (account !== undefined && asset >= 0) this.shares.push(this.accountOf(account), asset, rep, at);
    } else if (kind === K.won) {
      const crm = text(props.crm) ?? '';
      const recordId = text(props.record_id);
      // A win without a record id cannot be matched with other sightings: it is a deal of its own.
      const key = recordId === undefined ? `\u0001${messageId}` : `${crm}\u0000${recordId}`;
      const seen = this.deals.get(key);
      // The earliest sighting wins; two at the same instant keep the larger amount (an order that
      // does not depend on how files or tables happen to be read).
      if (!seen || at < seen.wonAt || (at === seen.wonAt && amount > seen.amount))
        this.deals.set(key, { wonAt: at, amount, account: text(props.account) });
    }
    if (!inRange) return;

    this.messages++;
    this.totals[kind]!++;
    if (asset >= 0 && kind !== K.won) {
      this.assetSeenInRange[asset] = true;
      this.assetCounts[asset * KINDS + kind]!++;
    }
    if (rep !== NO_REP) {
      this.repSeenInRange[rep] = true;
      this.repCounts[rep * KINDS + kind]!++;
    }
    if (kind === K.impression || kind === K.open || kind === K['copy-link'] || kind === K['copy-email']) {
      const dayNumber = Math.floor(at / DAY_MS);
      let d = this.lastDayCounts;
      if (dayNumber !== this.lastDayNumber) {
        let known = this.dayCounts.get(dayNumber);
        if (!known) this.dayCounts.set(dayNumber, (known = new Float64Array(3)));
        this.lastDayNumber = dayNumber;
        this.lastDayCounts = d = known;
      }
      d[kind === K.impression ? 0 : kind === K.open ? 1 : 2]!++;
    }
    if (kind === K.impression) this.addProspect(props, record, file, lineNumber);
  }

  /** The sets sized from the first lines: as many keys again per byte of the text still to come. */
  private sizeSets() {
    if (this.bytesRead === 0 || this.expectedBytes <= this.bytesRead) return;
    const scale = this.expectedBytes / this.bytesRead;
    this.ids.reserve(Math.ceil(this.ids.size * scale));
    this.pairRecords.reserve(Math.ceil(this.pairRecords.size * scale));
  }

  /** A prospect a rep met (a suggestion on its record): each persona × industry pair it carries. */
  private addProspect(props: Record<string, unknown>, record: number, file: string, lineNumber: number) {
    const recordId = text(props.record_id);
    if (recordId === undefined) return; // not a record that can be told from others
    const personas = tags(props.personas, this.personasSeen);
    if (!personas) return;
    const industries = tags(props.industries, this.industriesSeen);
    if (!industries) return;
    const crm = text(props.crm) ?? '';
    let c = this.crmIndex.get(crm);
    if (c === undefined) this.crmIndex.set(crm, (c = this.crmIndex.size));
    // The record id's hash: computed already when the message waited (see drain).
    let k = this.queueRecords;
    let at = record;
    if (at < 0) {
      k = this.prospectKey;
      at = 0;
      hash128(recordId, k);
    }
    // The CRM's number in the second word: the same record id in two CRMs is two prospects, whatever the hash.
    const k0 = k[at]!, k1 = (k[at + 1]! ^ c) >>> 0, k2 = k[at + 2]!, k3 = k[at + 3]!;
    for (let p = 0; p < personas; p++)
      for (let i = 0; i < industries; i++) {
        const pair = this.pairOf(this.personasSeen[p]!, this.industriesSeen[i]!, file, lineNumber);
        // Two pairs of one prospect differ in their first word, whatever the hash: they are never taken for one another.
        if (this.pairRecords.addKey((k0 ^ pair) >>> 0, k1, k2, k3)) this.pairProspects[pair]!++;
      }
  }

  private pairOf(persona: string, industry: string, file: string, lineNumber: number): number {
    let p = this.personaIndex.get(persona);
    if (p === undefined) {
      this.personaIndex.set(persona, (p = this.personaIndex.size));
      this.personaFirstSeen.push(`${file}:${lineNumber}`);
    }
    let i = this.industryIndex.get(industry);
    if (i === undefined) {
      this.industryIndex.set(industry, (i = this.industryIndex.size));
      this.industryFirstSeen.push(`${file}:${lineNumber}`);
    }
    const code = p * PAIR_CODE + i;
    let pair = this.pairIndex.get(code);
    if (pair === undefined) {
      pair = this.pairPersona.length;
      this.pairIndex.set(code, pair);
      this.pairPersona.push(persona);
      this.pairIndustry.push(industry);
      this.pairProspects.push(0);
    }
    return pair;
  }

  private repOf(id: string): number {
    let i = this.repIndex.get(id);
    if (i === undefined) {
      i = this.repIds.length;
      this.repIds.push(id);
      this.repIndex.set(id, i);
      this.repSeenInRange.push(false);
      if ((i + 1) * KINDS > this.repCounts.length) {
        const bigger = new Float64Array(this.repCounts.length * 2);
        bigger.set(this.repCounts);
        this.repCounts = bigger;
      }
    }
    return i;
  }

  private skipMessage(file: string, lineNumber: number, index: number, reason: string) {
    this.recordSkip(`${file}:${lineNumber}`, index < 0 ? reason : `batch message ${index + 1}: ${reason}`);
  }

  private assetOf(id: string): number {
    let i = this.assetIndex.get(id);
    if (i === undefined) {
      i = this.assetIds.length;
      this.assetIds.push(id);
      this.assetIndex.set(id, i);
      this.assetSeenInRange.push(false);
      this.assetTitles.push(undefined);
      if (i >= this.assetTitleAt.length) {
        const bigger = new Float64Array(this.assetTitleAt.length * 2);
        bigger.set(this.assetTitleAt);
        this.assetTitleAt = bigger;
      }
      if ((i + 1) * KINDS > this.assetCounts.length) {
        const bigger = new Float64Array(this.assetCounts.length * 2);
        bigger.set(this.assetCounts);
        this.assetCounts = bigger;
      }
    }
    return i;
  }

  private accountOf(account: string): number {
    let i = this.accountIndex.get(account);
    if (i === undefined) this.accountIndex.set(account, (i = this.accountIndex.size));
    return i;
  }

  /** The figures; `library` gives wasteShare. */
  result(library?: LibraryForWaste): TeamInsights {
    this.drain();
    const influence = this.creditWins();
    const c = this.totals;
    const totals: TeamTotals = {
      suggested: c[K.impression]!,
      opened: c[K.open]!,
      linkCopies: c[K['copy-link']]!,
      emailCopies: c[K['copy-email']]!,
      shares: c[K['copy-link']]! + c[K['copy-email']]!,
      notRelevant: c[K['not-relevant']]!,
      flagged: c[K.flag]!,
      requested: c[K.request]!,
      wonDeals: influence.wonDeals,
      influencedRevenue: influence.revenue,
    };
    const byShares = <T extends { id: string; shares: number }>(a: T, b: T) => b.shares - a.shares || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    const assets: TeamAssetFigure[] = [];
    for (let i = 0; i < this.assetIds.length; i++) {
      const revenue = influence.byAsset.get(i);
      if (!this.assetSeenInRange[i] && revenue === undefined) continue;
      const n = (kind: number) => this.assetCounts[i * KINDS + kind]!;
      const title = this.assetTitles[i];
      assets.push({
        id: this.assetIds[i]!,
        suggested: n(K.impression),
        opened: n(K.open),
        shares: n(K['copy-link']) + n(K['copy-email']),
        notRelevant: n(K['not-relevant']),
        flagged: n(K.flag),
        influencedRevenue: revenue ?? 0,
        ...(title !== undefined ? { title } : {}),
        wonDeals: influence.dealsByAsset.get(i) ?? 0,
      });
    }
    const reps: TeamRepFigure[] = [];
    for (let r = 0; r < this.repIds.length; r++) {
      if (!this.repSeenInRange[r]) continue;
      const n = (kind: number) => this.repCounts[r * KINDS + kind]!;
      reps.push({
        id: this.repIds[r]!,
        suggested: n(K.impression),
        shares: n(K['copy-link']) + n(K['copy-email']),
        notRelevant: n(K['not-relevant']),
        flagged: n(K.flag),
        requested: n(K.request),
        opened: n(K.open),
        wonDeals: influence.dealsByRep.get(r) ?? 0,
        influencedRevenue: influence.byRep.get(r) ?? 0,
      });
    }
    return {
      messages: this.messages,
      duplicates: this.duplicates,
      skipped: this.skipped,
      skippedExamples: [...this.examples],
      totals,
      assets: assets.sort(byShares),
      reps: reps.sort(byShares),
      wasteShare: library ? this.wasteShare(library) : null,
      from: this.from,
      to: this.to,
      generatedAt: this.generatedAt,
      days: this.days(),
      coverage: this.coverage(library),
    };
  }

  /** Every UTC day of the range (without --from/--to: from the first day with activity to the last), zeros included. */
  private days(): TeamDayFigure[] {
    let first = Infinity;
    let last = -Infinity;
    for (const d of this.dayCounts.keys()) {
      if (d < first) first = d;
      if (d > last) last = d;
    }
    if (this.from !== null) first = Math.floor(this.fromMs / DAY_MS);
    if (this.to !== null) last = Math.floor((this.toMs - 1) / DAY_MS);
    if (!Number.isFinite(first) || !Number.isFinite(last)) return [];
    const out: TeamDayFigure[] = [];
    for (let d = first; d <= last; d++) {
      const c = this.dayCounts.get(d);
      out.push({ day: new Date(d * DAY_MS).toISOString().slice(0, 10), suggested: c?.[0] ?? 0, opened: c?.[1] ?? 0, shares: c?.[2] ?? 0 });
    }
    return out;
  }

  /**
   * The persona and industry ids coverage pairs were made of, each with the `file:line` of the first
   * suggestion that named it: a caller with a taxonomy can say which ids it does not have.
   */
  coverageIds(): { kind: 'persona' | 'industry'; id: string; firstSeen: string }[] {
    this.drain();
    return [
      ...[...this.personaIndex.keys()].map((id, n) => ({ kind: 'persona' as const, id, firstSeen: this.personaFirstSeen[n]! })),
      ...[...this.industryIndex.keys()].map((id, n) => ({ kind: 'industry' as const, id, firstSeen: this.industryFirstSeen[n]! })),
    ];
  }

  /** Pairs by prospects, most first, then persona and industry; with the library, the active assets tagged for both. */
  private coverage(library?: LibraryForWaste): TeamCoverageFigure[] {
    const active = library ? this.activeAssets(library) : undefined;
    const out: TeamCoverageFigure[] = [];
    for (let pair = 0; pair < this.pairProspects.length; pair++) {
      const prospects = this.pairProspects[pair]!;
      if (prospects === 0) continue;
      const persona = this.pairPersona[pair]!;
      const industry = this.pairIndustry[pair]!;
      out.push({
        persona,
        industry,
        prospects,
        ...(active ? { assets: active.filter((a) => (a.personas ?? []).includes(persona) && (a.industries ?? []).includes(industry)).length } : {}),
      });
    }
    const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    return out.sort((a, b) => b.prospects - a.prospects || cmp(a.persona, b.persona) || cmp(a.industry, b.industry));
  }

  private activeAssets(library: LibraryForWaste) {
    return library.assets.filter((a) => !a.archived && !(a.expiresAt !== undefined && a.expiresAt < library.today));
  }

  /** Of the pack's active assets, the share never shared in the range (0 when none is active). */
  private wasteShare(library: LibraryForWaste): number {
    const active = this.activeAssets(library);
    if (!active.length) return 0;
    const unused = active.filter((a) => {
      const i = this.assetIndex.get(a.id);
      return i === undefined || this.assetCounts[i * KINDS + K['copy-link']]! + this.assetCounts[i * KINDS + K['copy-email']]! === 0;
    });
    return unused.length / active.length;
  }

  /** Won deals in the range, and what the shares before each (on its account, within a year) earn. */
  private creditWins(): {
    wonDeals: number;
    revenue: number;
    byAsset: Map<number, number>;
    dealsByAsset: Map<number, number>;
    byRep: Map<number, number>;
    dealsByRep: Map<number, number>;
  } {
    const wins = [...this.deals.values()].filter((d) => d.wonAt >= this.fromMs && d.wonAt < this.toMs);
    // Shares grouped by account: a counting sort of the share rows.
    const s = this.shares;
    const accounts = this.accountIndex.size;
    const start = new Uint32Array(accounts + 1);
    for (let i = 0; i < s.length; i++) start[s.account[i]! + 1]!++;
    for (let a = 0; a < accounts; a++) start[a + 1]! += start[a]!;
    const order = new Uint32Array(s.length);
    const fill = start.slice(0, accounts);
    for (let i = 0; i < s.length; i++) order[fill[s.account[i]!]!++] = i;

    const byAsset = new Map<number, number>();
    const dealsByAsset = new Map<number, number>();
    const byRep = new Map<number, number>();
    const dealsByRep = new Map<number, number>();
    const credit = (m: Map<number, number>, sums: Map<number, number>, key: number, amount: number) => {
      sums.set(key, (sums.get(key) ?? 0) + amount);
      m.set(key, (m.get(key) ?? 0) + 1);
    };
    let revenue = 0;
    for (const deal of wins) {
      const account = deal.account === undefined ? undefined : this.accountIndex.get(deal.account);
      if (account === undefined) continue;
      const credited = new Set<number>();
      const creditedReps = new Set<number>();
      for (let j = start[account]!; j < start[account + 1]!; j++) {
        const row = order[j]!;
        const at = s.at[row]!;
        if (at < deal.wonAt && at >= deal.wonAt - INFLUENCE_WINDOW_MS) {
          credited.add(s.asset[row]!);
          if (s.rep[row] !== NO_REP) creditedReps.add(s.rep[row]!);
        }
      }
      if (!credited.size) continue;
      revenue += deal.amount;
      for (const a of credited) credit(dealsByAsset, byAsset, a, deal.amount);
      for (const r of creditedReps) credit(dealsByRep, byRep, r, deal.amount);
    }
    return { wonDeals: wins.length, revenue, byAsset, dealsByAsset, byRep, dealsByRep };
  }
}
