// The data Tailor works with: library packs, assets, taxonomy, prospects and what reps do with content.
// Shapes follow docs/formats.md (the public contract); the stored forms add local bookkeeping.

export const ASSET_TYPES = [
  'case-study',
  'blog-post',
  'video',
  'whitepaper',
  'ebook',
  'webinar',
  'one-pager',
  'presentation',
  'datasheet',
  'infographic',
  'other',
] as const;
export type AssetType = (typeof ASSET_TYPES)[number];

export const ASSET_TYPE_LABELS: Record<AssetType, string> = {
  'case-study': 'Case study',
  'blog-post': 'Blog post',
  video: 'Video',
  whitepaper: 'Whitepaper',
  ebook: 'E-book',
  webinar: 'Webinar',
  'one-pager': 'One-pager',
  presentation: 'Presentation',
  datasheet: 'Datasheet',
  infographic: 'Infographic',
  other: 'Other',
};

export const STAGES = ['awareness', 'consideration', 'decision'] as const;
export type Stage = (typeof STAGES)[number];

/** The reason that leads a suggestion whose title names the prospect's own company (lib/match/rank.ts); the
 * panel's one-line reasons put it first, as the words before the colon. */
export const OWN_STORY_REASON = 'Their own story';

export const STAGE_LABELS: Record<Stage, string> = {
  awareness: 'Awareness',
  consideration: 'Consideration',
  decision: 'Decision',
};

export const TAXONOMY_KINDS = ['personas', 'industries', 'painPoints'] as const;
export type TaxonomyKind = (typeof TAXONOMY_KINDS)[number];

export const TAXONOMY_KIND_LABELS: Record<TaxonomyKind, { one: string; many: string }> = {
  personas: { one: 'Persona', many: 'Personas' },
  industries: { one: 'Industry', many: 'Industries' },
  painPoints: { one: 'Pain point', many: 'Pain points' },
};

export interface TaxonomyEntry {
  id: string;
  label: string;
  aliases: string[];
}

export type Taxonomy = Record<TaxonomyKind, TaxonomyEntry[]>;

export const emptyTaxonomy = (): Taxonomy => ({ personas: [], industries: [], painPoints: [] });
/** How many entries a taxonomy holds, all kinds together. */
export const taxonomySize = (taxonomy: Record<TaxonomyKind, readonly unknown[]>): number =>
  TAXONOMY_KINDS.reduce((n, kind) => n + taxonomy[kind].length, 0);

/** An asset as a library pack carries it. Lists are always present (empty when the pack omits them). */
export interface PackAsset {
  id: string;
  title: string;
  url: string;
  type: AssetType;
  description?: string;
  personas: string[];
  industries: string[];
  painPoints: string[];
  stage?: Stage;
  publishedAt?: string;
  expiresAt?: string;
  tags: string[];
}

export interface LibraryPack {
  format: 'tailor-library';
  version: 1;
  name?: string;
  updatedAt?: string;
  taxonomy: Taxonomy;
  assets: PackAsset[];
}

/** Where an asset in the database came from: a pack the marketer imported, a team feed, or added by hand. */
export type AssetOrigin = 'pack' | 'feed' | 'local';

/** An asset as the database stores it: the pack fields plus local bookkeeping. */
export interface Asset extends PackAsset {
  origin: AssetOrigin;
  archived?: boolean;
  reviewBy?: string;
  addedAt: number;
  updatedAt: number;
}

/** A taxonomy entry as stored: one table for the three kinds. */
export interface TaxonomyRow extends TaxonomyEntry {
  kind: TaxonomyKind;
  origin: AssetOrigin;
}

export const CRM_IDS = [
  'salesforce',
  'hubspot',
  'dynamics',
  'pipedrive',
  'zoho',
  'linkedin',
  'sales-navigator',
  'generic',
  'manual',
] as const;
export type CrmId = (typeof CRM_IDS)[number];

export const CRM_LABELS: Record<CrmId, string> = {
  salesforce: 'Salesforce',
  hubspot: 'HubSpot',
  dynamics: 'Dynamics 365',
  pipedrive: 'Pipedrive',
  zoho: 'Zoho CRM',
  linkedin: 'LinkedIn',
  'sales-navigator': 'Sales Navigator',
  generic: 'Web page',
  manual: 'Entered by hand',
};

export interface ProspectSource {
  crm: CrmId;
  recordType?: string;
  recordId?: string;
  url?: string;
}

/** What a CRM adapter reads off a record page, and what the matcher takes. Every field is optional. */
export interface Prospect {
  name?: string;
  title?: string;
  company?: string;
  industry?: string;
  notes?: string;
  stage?: string;
  /** A deal's or opportunity's amount, as a number. */
  amount?: number;
  /** The person's email address, where the record shows one. */
  email?: string;
  /** The company's website, where the record shows one: an http(s) address or a bare domain, normalised (lib/website.ts). */
  website?: string;
  source?: ProspectSource;
}

/** A prospect read into the library's own terms: taxonomy ids and a funnel stage. */
export interface ResolvedContext {
  personas: string[];
  industries: string[];
  painPoints: string[];
  stage?: Stage;
}

export const emptyContext = (): ResolvedContext => ({ personas: [], industries: [], painPoints: [] });

export const USAGE_EVENT_TYPES = [
  'impression',
  'open',
  'copy-link',
  'copy-email',
  'not-relevant',
  'flag',
  'request',
  'won',
] as const;
export type UsageEventType = (typeof USAGE_EVENT_TYPES)[number];

/** One thing a rep did with content (or saw), with the record and the context it happened in. */
export interface UsageEvent {
  id?: number;
  type: UsageEventType;
  at: number;
  assetId?: string;
  crm?: CrmId;
  recordType?: string;
  recordId?: string;
  /** The account (company) the record belongs to, so shares on contacts credit the account's deals. */
  account?: string;
  rep?: string;
  context: ResolvedContext;
  reason?: string;
  amount?: number;
}

/** A CRM record a rep has looked at, with what Tailor made of it. */
export interface ProspectSeen {
  /** `${crm}:${recordType}:${recordId}` */
  key: string;
  prospect: Prospect;
  context: ResolvedContext;
  /** The best suggestion score the record got: low means the library had nothing good for it. */
  bestScore?: number;
  firstSeenAt: number;
  lastSeenAt: number;
  views: number;
}

export const REQUEST_STATUSES = ['open', 'planned', 'done'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** "Nothing fits? Ask marketing": a rep's request for content that does not exist yet. */
export interface ContentRequest {
  id?: number;
  createdAt: number;
  status: RequestStatus;
  note: string;
  prospect: Prospect;
  context: ResolvedContext;
  rep?: string;
}

export interface SettingRow {
  key: string;
  value: unknown;
}


/** An asset is expired once `today` (YYYY-MM-DD) is after its expiry date. */
export const isExpired = (a: { expiresAt?: string }, today: string): boolean =>
  a.expiresAt !== undefined && a.expiresAt < today;

/** Today's date as YYYY-MM-DD in the user's time zone. */
export function todayIso(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

export const FLAG_STATUSES = ['open', 'updated', 'archived', 'dismissed'] as const;
export type FlagStatus = (typeof FLAG_STATUSES)[number];

/** A rep's "Flag as outdated" on an asset, until a marketer resolves it. */
export interface AssetFlag {
  id?: number;
  assetId: string;
  at: number;
  status: FlagStatus;
  reason?: string;
  rep?: string;
  /** The record the rep was looking at, for context. */
  recordKey?: string;
  resolvedAt?: number;
}

/** A rep's corrections to what Tailor read off a CRM record, remembered for that record. */
export interface ProspectCorrection {
  /** `${crm}:${recordType}:${recordId}` */
  key: string;
  /** Fields the rep edited (an empty string clears a field that was detected wrongly). */
  fields: Partial<Record<'name' | 'title' | 'company' | 'industry' | 'notes' | 'stage', string>>;
  /** Taxonomy ids the rep added, and ones they removed, by kind. */
  added: Partial<Record<TaxonomyKind, string[]>>;
  removed: Partial<Record<TaxonomyKind, string[]>>;
  updatedAt: number;
}

/** The key a CRM record is remembered by, or undefined for a prospect that is not a record. */
export function recordKey(source: ProspectSource | undefined): string | undefined {
  if (!source?.recordId || !source.recordType) return undefined;
  return `${source.crm}:${source.recordType}:${source.recordId}`;
}

/** Is this record a deal (an opportunity or a deal, whatever the CRM calls it)? */
export const isDealRecord = (source: ProspectSource | undefined): boolean => source?.recordType === 'opportunity' || source?.recordType === 'deal';

// The rows of the usage tables: their code is in lib/usage/, their types here with the other rows, so the
// database (lib/db/db.ts) describes its tables without importing the code that fills them.

/** How many events of each type. */
export type Counts = Partial<Record<UsageEventType, number>>;

export interface DayRollup {
  /** YYYY-MM-DD in the rep's time zone. */
  day: string;
  counts: Counts;
  /** Per asset, per action. */
  assets: Record<string, Counts>;
  /** Per taxonomy id: what happened with content for prospects read as that persona, industry, pain point. */
  personas: Record<string, Counts>;
  industries: Record<string, Counts>;
  painPoints: Record<string, Counts>;
  stages: Record<string, Counts>;
  reps: Record<string, Counts>;
  /** Per asset: "Not relevant" reasons and "flag" notes ("not-relevant:Wrong persona"), counted. */
  reasons: Record<string, Record<string, number>>;
}

/** A deal seen won, and the assets shared on its account's records before it was won. */
export interface Outcome {
  /** `${crm}:${recordType}:${recordId}` of the deal or opportunity. */
  dealKey: string;
  account: string;
  name?: string;
  amount?: number;
  wonAt: number;
  assetIds: string[];
}

/** A Segment track call, as the collector receives it (lib/usage/segment.ts builds it). */
export interface TrackMessage {
  type: 'track';
  event: string;
  properties: Record<string, string | number | boolean | string[]>;
  /** Unique per event and the same on every retry: the collector drops duplicates by it. */
  messageId: string;
  timestamp: string;
  userId?: string;
  anonymousId?: string;
  context?: { library: { name: string; version: string } };
}

/** An event waiting in the outbox for the collector. */
export interface OutboxRow {
  id?: number;
  messageId: string;
  /** The row in `events` this message reports (absent for test events). */
  eventId?: number;
  createdAt: number;
  message: TrackMessage;
}
