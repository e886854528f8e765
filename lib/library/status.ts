// Where each asset stands, as the marketer's library view shows it.
import { isExpired, type Asset } from '../model';

export const ASSET_STATUSES = ['active', 'expiring', 'expired', 'review-due', 'flagged', 'archived'] as const;
export type AssetStatus = (typeof ASSET_STATUSES)[number];

export const STATUS_LABELS: Record<AssetStatus, string> = {
  active: 'Active',
  expiring: 'Expiring soon',
  expired: 'Expired',
  'review-due': 'Due for review',
  flagged: 'Flagged by reps',
  archived: 'Archived',
};

/** Expiring means within this many days. */
export const EXPIRING_WITHIN_DAYS = 30;

export function addDays(isoDay: string, days: number): string {
  const d = new Date(`${isoDay}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Every status that applies to an asset: an expired asset may also be flagged. Archived is final:
 * an archived asset is not suggested, so its dates no longer matter. Active means none of the others.
 */
export function assetStatuses(
  asset: Pick<Asset, 'archived' | 'expiresAt' | 'reviewBy'>,
  today: string,
  openFlags = 0,
): AssetStatus[] {
  if (asset.archived) return ['archived'];
  const out: AssetStatus[] = [];
  if (isExpired(asset, today)) out.push('expired');
  else if (asset.expiresAt && asset.expiresAt <= addDays(today, EXPIRING_WITHIN_DAYS)) out.push('expiring');
  if (asset.reviewBy && asset.reviewBy <= today) out.push('review-due');
  if (openFlags > 0) out.push('flagged');
  return out.length ? out : ['active'];
}

/** Assets whose expiry falls within the next `days` days (not yet expired). */
export function assetsExpiringWithin<T extends Pick<Asset, 'expiresAt' | 'archived'>>(assets: readonly T[], today: string, days: number): T[] {
  const until = addDays(today, days);
  return assets.filter((a) => !a.archived && a.expiresAt !== undefined && a.expiresAt >= today && a.expiresAt <= until);
}
