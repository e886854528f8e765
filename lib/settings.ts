// The user's settings: one typed shape with defaults, stored a row per key in the database's settings
// table (userSettings in lib/state/items.ts). IT can set some of them by policy (storage.managed); those
// win and show as locked.

export interface Settings {
  /** Who the rep is, in usage events and exports (an email or an id from the CRM). */
  repId: string;
  /** Added to every copied link after Tailor's own utm_source, utm_medium and utm_campaign. */
  trackingParams: Record<string, string>;
  /** Usage events older than this are pruned. */
  retentionDays: number;
  /** A team library pack to subscribe to (https; http only for localhost). */
  feedUrl: string;
  feedIntervalMinutes: number;
  /** Where usage events are sent in batches (Segment-style batch API); empty: nowhere. */
  collectorUrl: string;
  /** Sent as HTTP basic auth user name, as Segment's write key is. */
  collectorWriteKey: string;
  /** Send prospect and record identifiers hashed rather than as they are. */
  hashIdentifiers: boolean;
  /** Mixed into hashed identifiers; empty: a random salt made once on this browser. */
  hashSalt: string;
  /** The team figures file `tailor insights` writes, published at a URL (https; http only for localhost); empty: none. */
  teamInsightsUrl: string;
  /** Show reps in the Team view as "Rep 1", "Rep 2"… rather than by their ids. */
  pseudonymiseReps: boolean;
  /** Whether reps may turn email (Gmail, Outlook on the web) on. Policy only: false turns it off and locks it. */
  emailAllowed: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  repId: '',
  trackingParams: {},
  retentionDays: 365,
  feedUrl: '',
  feedIntervalMinutes: 60,
  collectorUrl: '',
  collectorWriteKey: '',
  hashIdentifiers: false,
  hashSalt: '',
  teamInsightsUrl: '',
  pseudonymiseReps: false,
  emailAllowed: true,
};

export type SettingKey = keyof Settings;
export const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as SettingKey[];
