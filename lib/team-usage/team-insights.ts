// The whole team's usage, read back from what the collector kept: one pass over the messages, line by
// line, in constant memory apart from the messageIds seen (a compact set), the assets, the reps, the
// won deals, and one small record per share (the shares a deal may be credited with).
// The figures mean what they mean in a rep's own insights (lib/usage/report.ts and outcomes.ts), for
// the whole team; FORMATS.md "Team usage" is the contract, sql/team-insights/ computes the same.
import { EVENT_NAMES } from '../usage/segment';
import type { UsageEventType } from '../model';
import { MessageIdSet, type Hash128 } from './message-id-set';

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
}

export interface TeamRepFigure {
  id: string;
  suggested: number;
  shares: number;
  notRelevant: number;
  flagged: number;
  requested: number;
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
}

export interface TeamInsightsOptions {
  /** First day counted, YYYY-MM-DD (UTC), inclusive. */
  from?: string;
  /** Last day counted, YYYY-MM-DD (UTC), inclusive. */
  to?: string;
  /** The 128-bit key of an id that is not a UUID (see MessageIdSet). */
  hashId?: Hash128;
}

/** The pack's assets, for wasteShare. */
export interface LibraryForWaste {
  assets: readonly { id: string; archived?: boolean; expiresAt?: string }[];
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

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

interface Deal {
  wonAt: number;
  amount: number;
  account: string | undefined;
}

/** Growable columns: one row per share (account, asset, time), kept for crediting wins. */
class ShareLog {
  account = new Uint32Array(1024);
  asset = new Uint32Array(1024);
  at = new Float64Array(1024);
  length = 0;
  push(account: number, asset: number, at: number) {
    if (this.length === this.at.length) {
      const grow = <T extends Uint32Array | Float64Array>(a: T): T => {
        const b = new (a.constructor as new (n: number) => T)(a.length * 2);
        b.set(a);
        return b;
      };
      this.account = grow(this.account);
      this.asset = grow(this.asset);
      this.at = grow(this.at);
    }
    this.account[this.length] = account;
    this.asset[this.length] = asset;
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
  private readonly reps = new Map<string, Float64Array>();
  private readonly accountIndex = new Map<string, number>();
  private readonly shares = new ShareLog();
  private readonly deals = new Map<string, Deal>();

  constructor(options: TeamInsightsOptions = {}) {
    this.fromMs = options.from ? Date.parse(`${options.from}T00:00:00Z`) : -Infinity;
    this.toMs = options.to ? Date.parse(`${options.to}T00:00:00Z`) + DAY_MS : Infinity;
    this.ids = new MessageIdSet(options.hashId);
  }

  /** A line that could not be read, or a file that is not JSON Lines: counted, and named in the first examples. */
  skip(where: string, reason: string) {
    this.skipped++;
    if (this.examples.length < MAX_SKIPPED_EXAMPLES) this.examples.push(`${where}: ${reason}`);
  }

  /** One line of a JSON Lines file: a message, or a whole batch body. */
  addLine(line: string, file: string, lineNumber: number) {
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
      for (let i = 0; i < batch.length; i++) this.addMessage(batch[i], file, lineNumber, i);
      return;
    }
    this.addMessage(value, file, lineNumber, -1);
  }

  /** One message; `index` is its place in a batch body, -1 when the line is the message. */
  addMessage(message: unknown, file: string, lineNumber: number, index = -1) {
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
    const props = isObject(message.properties) ? message.properties : {};
    let amount = 0;
    if (kind === K.won) {
      const a = readAmount(props.amount);
      if (a === undefined) return this.skipMessage(file, lineNumber, index, `"amount" is not a number (${shortJson(props.amount)})`);
      amount = a;
    }
    const inRange = at >= this.fromMs && at < this.toMs;
    if (!this.ids.add(messageId)) {
      if (inRange) this.duplicates++;
      return;
    }
    const assetId = text(props.asset_id);

    // Everything from here is what the message says; shares and wins count outside the range too,
    // because a win in the range is credited with shares from before it.
    if (kind === K['copy-link'] || kind === K['copy-email']) {
      const account = text(props.account);
      if (account !== undefined && assetId !== undefined) this.shares.push(this.accountOf(account), this.assetOf(assetId), at);
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
    if (assetId !== undefined && kind !== K.won) {
      const a = this.assetOf(assetId);
      this.assetSeenInRange[a] = true;
      this.assetCounts[a * KINDS + kind]!++;
    }
    const rep = text(message.userId) ?? text(message.anonymousId);
    if (rep !== undefined) {
      let counts = this.reps.get(rep);
      if (!counts) this.reps.set(rep, (counts = new Float64Array(KINDS)));
      counts[kind]!++;
    }
  }

  private skipMessage(file: string, lineNumber: number, index: number, reason: string) {
    this.skip(`${file}:${lineNumber}`, index < 0 ? reason : `batch message ${index + 1}: ${reason}`);
  }

  private assetOf(id: string): number {
    let i = this.assetIndex.get(id);
    if (i === undefined) {
      i = this.assetIds.length;
      this.assetIds.push(id);
      this.assetIndex.set(id, i);
      this.assetSeenInRange.push(false);
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
      assets.push({
        id: this.assetIds[i]!,
        suggested: n(K.impression),
        opened: n(K.open),
        shares: n(K['copy-link']) + n(K['copy-email']),
        notRelevant: n(K['not-relevant']),
        flagged: n(K.flag),
        influencedRevenue: revenue ?? 0,
      });
    }
    const reps: TeamRepFigure[] = [...this.reps].map(([id, n]) => ({
      id,
      suggested: n[K.impression]!,
      shares: n[K['copy-link']]! + n[K['copy-email']]!,
      notRelevant: n[K['not-relevant']]!,
      flagged: n[K.flag]!,
      requested: n[K.request]!,
    }));
    return {
      messages: this.messages,
      duplicates: this.duplicates,
      skipped: this.skipped,
      skippedExamples: [...this.examples],
      totals,
      assets: assets.sort(byShares),
      reps: reps.sort(byShares),
      wasteShare: library ? this.wasteShare(library) : null,
    };
  }

  /** Of the pack's active assets, the share never shared in the range (0 when none is active). */
  private wasteShare(library: LibraryForWaste): number {
    const active = library.assets.filter((a) => !a.archived && !(a.expiresAt !== undefined && a.expiresAt < library.today));
    if (!active.length) return 0;
    const unused = active.filter((a) => {
      const i = this.assetIndex.get(a.id);
      return i === undefined || this.assetCounts[i * KINDS + K['copy-link']]! + this.assetCounts[i * KINDS + K['copy-email']]! === 0;
    });
    return unused.length / active.length;
  }

  /** Won deals in the range, and what the shares before each (on its account, within a year) earn. */
  private creditWins(): { wonDeals: number; revenue: number; byAsset: Map<number, number> } {
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
    let revenue = 0;
    for (const deal of wins) {
      const account = deal.account === undefined ? undefined : this.accountIndex.get(deal.account);
      if (account === undefined) continue;
      const credited = new Set<number>();
      for (let j = start[account]!; j < start[account + 1]!; j++) {
        const row = order[j]!;
        const at = s.at[row]!;
        if (at < deal.wonAt && at >= deal.wonAt - INFLUENCE_WINDOW_MS) credited.add(s.asset[row]!);
      }
      if (!credited.size) continue;
      revenue += deal.amount;
      for (const a of credited) byAsset.set(a, (byAsset.get(a) ?? 0) + deal.amount);
    }
    return { wonDeals: wins.length, revenue, byAsset };
  }
}
