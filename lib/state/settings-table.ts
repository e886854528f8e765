// What Tailor keeps in rows of the database's settings table: kept in IndexedDB, and read and written
// inside transactions with the other tables (include db.settings in the transaction's scope).
//   userSettings      "setting:<key>"     the rep's settings, one row each (shape and defaults: lib/settings.ts)
//   sampleLibrary     "sampleLibrary"     whether the sample library was put in place, and when
//   feedStatus        "feed:status"       how the team library feed is going
//   teamFigures       "team:figures"      the Team view's last good figures file
//   teamStatus        "team:status"       how the team figures URL is going
//   managedPolicy     "policy:managed"    the copy of the organisation's policy (storage.managed)
//   outboxState       "outbox:state"      the collector outbox's counters and backoff
//   identity          "install:identity"  this browser's anonymous id and hashing salt
//   dismissedPhrases  "phraseSuggestions:dismissed"          the phrase suggestions the marketer dismissed
//   sharedCorrections "phraseSuggestions:sharedCorrections"  reps' corrections added from their files
//   emailHintDismissed "panel:emailHintDismissed"           when the rep said "Not now" to the panel's email hint
// Adding an item: declare it here with a schema that accepts every shape an earlier version wrote (or a
// default that is safe when it does not), then use its get/set/watch/subscribe; never its key.
import * as v from 'valibot';
import { readStoredSharedCorrections, type SharedCorrection } from '../library/corrections-file';
import { readDismissals } from '../library/phrase-suggestions';
import { DEFAULT_SETTINGS, type Settings } from '../settings';
import type { Schema } from './item';
import { defineRowGroup, defineRowItem } from './row';

// These schemas use only the valibot functions the pages and the background already carry (every new one
// would add its code to each bundle).
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** An object with what `has` asks of it, kept whole: Tailor writes these rows whole, so the rest is its own. */
const objectWith = <T>(message: string, has: (x: Record<string, unknown>) => boolean = () => true): Schema<T> =>
  v.pipe(
    v.unknown(),
    v.check((x) => isObject(x) && has(x), message),
    v.transform((x) => x as T),
  );

/** A setting's row holds a value of its default's type (any object, for a map). */
const sameTypeAs = <T>(fallback: T): Schema<T> =>
  typeof fallback === 'object'
    ? objectWith<T>('not an object')
    : v.pipe(
        v.unknown(),
        v.check((x) => typeof x === typeof fallback, `not a ${typeof fallback}`),
        v.transform((x) => x as T),
      );

export const userSettings = /* @__PURE__ */ defineRowGroup<Settings>(
  'setting:',
  'the setting',
  Object.fromEntries(Object.entries(DEFAULT_SETTINGS).map(([k, fallback]) => [k, sameTypeAs(fallback)])) as { [K in keyof Settings]: Schema<Settings[K]> },
  DEFAULT_SETTINGS,
);

// The shapes of the rows below. The feed's and the team figures' rows are typed here by what their
// schemas check (their full shapes belong to lib/feed/ and lib/team/, a layer up, which read them through
// these items and name the rest).

export interface InstallIdentity {
  anonymousId: string;
  salt: string;
}

export interface OutboxState {
  /** Messages the collector accepted. */
  sent: number;
  lastSentAt?: number;
  /** Messages dropped, oldest first, because the outbox was full. */
  dropped: number;
  lastDroppedAt?: number;
  /** Messages the collector refused one by one (a 400, 413 or 422 for that message alone). */
  rejected: number;
  lastRejected?: { messageId: string; event: string; status: number; message: string; at: number };
  /** Messages a person discarded from the settings page. */
  discarded: number;
  /** Consecutive failed attempts; 0 after any success. */
  failures: number;
  lastAttemptAt?: number;
  /** The last failure; `kind` (a FetchFailureKind, or 'config' for a key Tailor cannot send) since it was
   * needed to tell a timeout from a blocked request: errors stored before carry none. */
  lastError?: { message: string; at: number; status?: number; kind?: string };
  nextAttemptAt?: number;
  /** The collector the failures were with: a new address starts without their backoff. */
  failingUrl?: string;
}

export type ManagedValues = Partial<Settings>;

export interface ManagedPolicy {
  values: ManagedValues;
  /** Policy entries Tailor could not use, with why (shown on the settings page). */
  ignored: { key: string; message: string }[];
}

export interface ManagedMirror extends ManagedPolicy {
  readAt: number;
}

/** A status row: the address it is about, and what its sync wrote beside it (lib/feed, lib/team). */
export interface StatusRow {
  url: string;
}

/** The team figures row: the figures file as read (lib/team/figures.ts) and where it came from. */
export interface TeamFiguresRow {
  figures: object;
  source: object;
}

export interface SampleLibraryMark {
  /** The pack put in place, or skipped because the library already held assets. */
  name?: string;
  skipped?: boolean;
  at?: number;
  /** When a team feed took its place (the sample's assets were removed). */
  retiredAt?: number;
}

export const sampleLibrary = /* @__PURE__ */ defineRowItem<SampleLibraryMark | undefined>('sampleLibrary', {
  name: 'the sample library mark',
  schema: v.object({ name: v.optional(v.string()), skipped: v.optional(v.boolean()), at: v.optional(v.number()), retiredAt: v.optional(v.number()) }),
  fallback: undefined,
});

/** A status row: the address it is about, and what Tailor wrote beside it. */
const statusWithUrl = <T>() => objectWith<T>('not a status (no url)', (x) => typeof x.url === 'string');

export const feedStatus = /* @__PURE__ */ defineRowItem<StatusRow | undefined>('feed:status', {
  name: 'the team feed status',
  schema: statusWithUrl<StatusRow>(),
  fallback: undefined,
});

export const teamFigures = /* @__PURE__ */ defineRowItem<TeamFiguresRow | undefined>('team:figures', {
  name: 'the team figures',
  schema: objectWith<TeamFiguresRow>('not team figures (figures and source)', (x) => isObject(x.figures) && isObject(x.source)),
  fallback: undefined,
});

export const teamStatus = /* @__PURE__ */ defineRowItem<StatusRow | undefined>('team:status', {
  name: 'the team figures status',
  schema: statusWithUrl<StatusRow>(),
  fallback: undefined,
});

/** The policy copy as stored; its values are checked again by the rules policy values follow (parseManaged). */
export const managedPolicy = /* @__PURE__ */ defineRowItem<Partial<ManagedMirror> | undefined>('policy:managed', {
  name: 'the copy of the policy',
  schema: objectWith<Partial<ManagedMirror>>('not an object'),
  fallback: undefined,
});

export const outboxState = /* @__PURE__ */ defineRowItem<Partial<OutboxState>>('outbox:state', {
  name: 'the outbox state',
  schema: objectWith<Partial<OutboxState>>('not an object'),
  fallback: {},
});

export const identity = /* @__PURE__ */ defineRowItem<InstallIdentity | undefined>('install:identity', {
  name: 'this install’s identity',
  schema: v.object({ anonymousId: v.string(), salt: v.string() }),
  fallback: undefined,
});

/** A list whose entries are each checked by `read` (entries it does not accept are dropped, the rest kept). */
const listOf = <T>(read: (value: unknown) => T[]): Schema<T[]> =>
  v.pipe(
    v.unknown(),
    v.check((x) => Array.isArray(x), 'not a list'),
    v.transform((x) => read(x)),
  );

/** The keys of the phrase suggestions the marketer dismissed (Taxonomy, Suggested phrases). */
export const dismissedPhrases = /* @__PURE__ */ defineRowItem<string[]>('phraseSuggestions:dismissed', {
  name: 'the dismissed phrase suggestions',
  schema: listOf(readDismissals),
  fallback: [],
});

/** Reps' corrections added from their corrections files, one per record. */
export const sharedCorrections = /* @__PURE__ */ defineRowItem<SharedCorrection[]>('phraseSuggestions:sharedCorrections', {
  name: "the corrections added from reps' files",
  schema: listOf(readStoredSharedCorrections),
  fallback: [],
});

/**
 * When the rep said "Not now" to the panel's hint that email can be turned on (lib/mail/settings.ts,
 * emailOffHint): it is not shown again. No row (every database before this item) reads as not dismissed.
 */
export const emailHintDismissed = /* @__PURE__ */ defineRowItem<{ at: number } | undefined>('panel:emailHintDismissed', {
  name: 'the email hint dismissed',
  schema: v.object({ at: v.number() }),
  fallback: undefined,
});
