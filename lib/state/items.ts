// Everything Tailor keeps outside its tables, declared here and only here: where each value lives, its
// schema and its default. Code reads and writes these items, never the storage keys themselves.
//
//   session storage (memory only, gone when the browser closes; the background writes, pages read)
//     tabRecord(tabId)  "tab:<id>"   the CRM record detected in a tab
//     tabView(tabId)    "view:<id>"  the suggestions the background prepared for that record
//     tabMail(tabId)    "mail:<id>"  the email being written in a mail tab
//     pageDraft         "pageDraft"  a page "Add this page to Tailor" captured, for the library's editor
//   local storage (kept; the mail page's script can read it)
//     mailEnabled       "mail:enabled"
//   the database's settings table (kept, in IndexedDB, inside transactions with the other tables)
//     userSettings      "setting:<key>"   the rep's settings, one row each (lib/settings.ts)
//     sampleLibrary     "sampleLibrary"   whether the sample library was put in place, and when
//     feedStatus        "feed:status"     how the team library feed is going
//     teamFigures       "team:figures"    the Team view's last good figures file
//     teamStatus        "team:status"     how the team figures URL is going
//     managedPolicy     "policy:managed"  the copy of the organisation's policy (storage.managed)
//     outboxState       "outbox:state"    the collector outbox's counters and backoff
//     identity          "install:identity" this browser's anonymous id and hashing salt
//
// Adding an item: declare it below with a schema that accepts every shape an earlier version wrote
// (or a default that is safe when it does not), then use its get/set/subscribe.
import * as v from 'valibot';
import type { FeedStatus } from '../feed/sync';
import type { TabMail } from '../mail/tab-mail';
import type { Prospect } from '../model';
import { capturedPageSchema, type CapturedPage } from '../page-draft';
import type { PanelView } from '../panel/view';
import type { ManagedMirror } from '../policy/managed';
import { checkProspect } from '../prospect-schema';
import { DEFAULT_SETTINGS, type Settings } from '../settings';
import type { StoredTeamFigures, TeamSyncStatus } from '../team/store';
import type { InstallIdentity } from '../usage/identity';
import type { OutboxState } from '../usage/outbox';
import { defineRowGroup, defineRowItem, defineStorageFamily, defineStorageItem, type Schema } from './item';

const record = v.custom<Record<string, unknown>>((x) => typeof x === 'object' && x !== null && !Array.isArray(x), 'not an object');

// Session storage

export interface TabRecord {
  prospect: Prospect;
  /** The deal amount as the page shows it, for crediting revenue when the deal is won. */
  amount?: string;
  detectedAt: number;
}

const tabRecordSchema = v.pipe(
  v.object({ prospect: v.unknown(), amount: v.optional(v.string()), detectedAt: v.number() }),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const checked = checkProspect(dataset.value.prospect);
    if (!checked.ok) {
      addIssue({ message: `the prospect is not valid (${checked.errors[0]?.where}: ${checked.errors[0]?.message})` });
      return NEVER;
    }
    const { amount, detectedAt } = dataset.value;
    return { prospect: checked.prospect, detectedAt, ...(amount ? { amount } : {}) } satisfies TabRecord;
  }),
);

export const tabRecord = /* @__PURE__ */ defineStorageFamily<TabRecord | undefined>('session', 'tab:', {
  name: 'the record detected in tab',
  schema: tabRecordSchema,
  fallback: undefined,
});

export const tabView = /* @__PURE__ */ defineStorageFamily<PanelView | undefined>('session', 'view:', {
  name: 'the suggestions prepared for tab',
  schema: v.pipe(
    v.looseObject({ items: v.array(v.unknown()), chips: v.array(v.unknown()), detectedAt: v.number() }),
    v.transform((view) => view as unknown as PanelView),
  ),
  fallback: undefined,
});

const tabMailSchema: Schema<TabMail> = v.object({
  client: v.picklist(['gmail', 'outlook']),
  composeId: v.string(),
  recipients: v.array(v.string()),
  reply: v.boolean(),
  open: v.boolean(),
  match: v.optional(v.object({ recipient: v.string(), by: v.picklist(['email', 'domain', 'picked']), key: v.string(), lastSeenAt: v.number() })),
  updatedAt: v.number(),
});

export const tabMail = /* @__PURE__ */ defineStorageFamily<TabMail | undefined>('session', 'mail:', {
  name: 'the email being written in tab',
  schema: tabMailSchema,
  fallback: undefined,
});

export const pageDraft = /* @__PURE__ */ defineStorageItem<CapturedPage | undefined>('session', 'pageDraft', {
  name: 'the page captured for the library',
  schema: capturedPageSchema,
  fallback: undefined,
});

// Local storage

export const mailEnabled = /* @__PURE__ */ defineStorageItem('local', 'mail:enabled', {
  name: 'whether email is turned on',
  schema: v.boolean(),
  fallback: false,
});

// The settings table

const sameTypeAs = <T>(fallback: T): Schema<T> =>
  (typeof fallback === 'object' ? record : v.custom((x) => typeof x === typeof fallback, `not a ${typeof fallback}`)) as Schema<T>;

export const userSettings = /* @__PURE__ */ defineRowGroup<Settings>(
  'setting:',
  'the setting',
  Object.fromEntries(Object.entries(DEFAULT_SETTINGS).map(([k, fallback]) => [k, sameTypeAs(fallback)])) as { [K in keyof Settings]: Schema<Settings[K]> },
  DEFAULT_SETTINGS,
);

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
  schema: v.looseObject({ name: v.optional(v.string()), skipped: v.optional(v.boolean()), at: v.optional(v.number()), retiredAt: v.optional(v.number()) }),
  fallback: undefined,
});

/** Objects with a string url, taken as the shape Tailor wrote (the status rows are only ever written whole). */
const statusWithUrl = <T>() => v.pipe(v.looseObject({ url: v.string() }), v.transform((x) => x as unknown as T));

export const feedStatus = /* @__PURE__ */ defineRowItem<FeedStatus | undefined>('feed:status', {
  name: 'the team feed status',
  schema: statusWithUrl<FeedStatus>(),
  fallback: undefined,
});

export const teamFigures = /* @__PURE__ */ defineRowItem<StoredTeamFigures | undefined>('team:figures', {
  name: 'the team figures',
  schema: v.pipe(v.looseObject({ figures: record, source: record }), v.transform((x) => x as unknown as StoredTeamFigures)),
  fallback: undefined,
});

export const teamStatus = /* @__PURE__ */ defineRowItem<TeamSyncStatus | undefined>('team:status', {
  name: 'the team figures status',
  schema: statusWithUrl<TeamSyncStatus>(),
  fallback: undefined,
});

/** The policy copy as stored; its values are checked again by the rules policy values follow (parseManaged). */
export const managedPolicy = /* @__PURE__ */ defineRowItem<Partial<ManagedMirror> | undefined>('policy:managed', {
  name: 'the copy of the policy',
  schema: v.pipe(record, v.transform((x) => x as Partial<ManagedMirror>)),
  fallback: undefined,
});

export const outboxState = /* @__PURE__ */ defineRowItem<Partial<OutboxState>>('outbox:state', {
  name: 'the outbox state',
  schema: v.pipe(record, v.transform((x) => x as Partial<OutboxState>)),
  fallback: {},
});

export const identity = /* @__PURE__ */ defineRowItem<InstallIdentity | undefined>('install:identity', {
  name: 'this install’s identity',
  schema: v.looseObject({ anonymousId: v.string(), salt: v.string() }),
  fallback: undefined,
});
