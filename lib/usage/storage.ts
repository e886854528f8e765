// Is the browser's storage for Tailor running short? Read from navigator.storage.estimate(), shown in the
// panel, Settings and Insights. (With unlimitedStorage Chrome exempts the extension from eviction, but a
// full disk still stops writes.)

/** Warn once this share of the quota is used. */
export const STORAGE_WARN_SHARE = 0.8;

export interface StorageEstimate {
  usage?: number;
  quota?: number;
}

const mb = (bytes: number) => `${Math.round(bytes / 1e6).toLocaleString('en-US')} MB`;

/** A sentence to show when storage is short, else undefined. */
export function storageWarning(e: StorageEstimate | undefined): string | undefined {
  if (!e?.quota || e.usage === undefined || e.usage / e.quota < STORAGE_WARN_SHARE) return undefined;
  return `Storage is running short: ${mb(e.usage)} of ${mb(e.quota)} used. Tailor keeps working; keep usage for fewer days (Settings → Retention), or export it and let it be pruned.`;
}

/** The error IndexedDB gives when a write does not fit. */
export const isQuotaError = (e: unknown): boolean =>
  e instanceof Error && (e.name === 'QuotaExceededError' || (e as { inner?: Error }).inner?.name === 'QuotaExceededError');
