import { useMemo } from 'preact/hooks';
import { SafeLink } from '@/components/safe-link';
import { usePageDb } from '@/hooks/use-db';
import { useLiveQuery } from '@/hooks/use-live-query';
import { markReviewed, resolveFlags } from '@/lib/db/curation';
import { addDays, assetsExpiringWithin, EXPIRING_WITHIN_DAYS } from '@/lib/library/status';
import { isExpired, todayIso, type Asset, type AssetFlag } from '@/lib/model';
import { applyBulk } from '@/lib/db/curation';
import * as tables from '@/lib/state/repositories';

/** Governance: what reps flagged as outdated, what is due for review, what expires soon or has expired. */
export function ReviewSection() {
  const db = usePageDb();
  const today = todayIso();
  const data = useLiveQuery(async () => {
    const [assets, flags] = await Promise.all([tables.assets.all(db), tables.flags.open(db)]);
    return { assets, flags };
  }, []);
  const queues = useMemo(() => {
    if (!data.value) return undefined;
    const live = data.value.assets.filter((a) => !a.archived);
    const byId = new Map(data.value.assets.map((a) => [a.id, a]));
    const flagged = new Map<string, AssetFlag[]>();
    for (const f of data.value.flags) if (byId.has(f.assetId)) flagged.set(f.assetId, [...(flagged.get(f.assetId) ?? []), f]);
    return {
      flagged: [...flagged.entries()].map(([id, flags]) => ({ asset: byId.get(id)!, flags })),
      review: live.filter((a) => a.reviewBy && a.reviewBy <= today).sort((a, b) => a.reviewBy!.localeCompare(b.reviewBy!)),
      expiring: assetsExpiringWithin(live, today, EXPIRING_WITHIN_DAYS).sort((a, b) => a.expiresAt!.localeCompare(b.expiresAt!)),
      expired: live.filter((a) => isExpired(a, today)).sort((a, b) => b.expiresAt!.localeCompare(a.expiresAt!)),
    };
  }, [data.value, today]);

  if (!queues) return <p role="status">Opening the review queues…</p>;
  const archive = (a: Asset) => applyBulk(db, [a.id], { kind: 'archive' });
  const edit = (a: Asset, resolvesFlags = false) => (location.hash = `#library?edit=${encodeURIComponent(a.id)}${resolvesFlags ? '&flags=resolve' : ''}`);

  return (
    <section aria-labelledby="review-title" class="review-section">
      <h2 id="review-title">Review</h2>
      <p class="muted">Keep the library fresh: reps' flags first, then what is due for review and what expires.</p>

      <h3>Flagged as outdated by reps ({queues.flagged.length})</h3>
      {queues.flagged.length === 0 ? <p class="muted">No open flags.</p> : null}
      <ul class="queue">
        {queues.flagged.map(({ asset, flags }) => (
          <li key={asset.id}>
            <div>
              <SafeLink href={asset.url}>{asset.title}</SafeLink>
              <ul class="flag-reasons">
                {flags.map((f) => (
                  <li key={f.id}>
                    {new Date(f.at).toLocaleDateString()}
                    {f.rep ? `, ${f.rep}` : ''}: {f.reason || 'no reason given'}
                  </li>
                ))}
              </ul>
            </div>
            <div class="queue-actions" role="group" aria-label={`Resolve flags on ${asset.title}`}>
              <button type="button" onClick={() => edit(asset, true)} title="Edit the asset; saving it resolves these flags">Update it</button>
              <button type="button" onClick={() => void resolveFlags(db, asset.id, 'archived')}>Archive it</button>
              <button type="button" onClick={() => void resolveFlags(db, asset.id, 'dismissed')}>Dismiss</button>
            </div>
          </li>
        ))}
      </ul>

      <h3>Due for review ({queues.review.length})</h3>
      {queues.review.length === 0 ? <p class="muted">Nothing is due.</p> : null}
      <ul class="queue">
        {queues.review.map((a) => (
          <li key={a.id}>
            <div>
              <SafeLink href={a.url}>{a.title}</SafeLink> <span class="muted">review by {a.reviewBy}</span>
            </div>
            <div class="queue-actions" role="group" aria-label={`Review ${a.title}`}>
              <button type="button" onClick={() => void markReviewed(db, a.id, addDays(today, 180))}>Reviewed: next in 6 months</button>
              <button type="button" onClick={() => edit(a)}>Edit</button>
              <button type="button" onClick={() => void archive(a)}>Archive</button>
            </div>
          </li>
        ))}
      </ul>

      <h3>Expiring within {EXPIRING_WITHIN_DAYS} days ({queues.expiring.length})</h3>
      {queues.expiring.length === 0 ? <p class="muted">Nothing expires soon.</p> : null}
      <ul class="queue">
        {queues.expiring.map((a) => (
          <li key={a.id}>
            <div>
              <SafeLink href={a.url}>{a.title}</SafeLink> <span class="muted">expires {a.expiresAt}</span>
            </div>
            <div class="queue-actions">
              <button type="button" onClick={() => edit(a)} aria-label={`Edit ${a.title}`}>Edit</button>
            </div>
          </li>
        ))}
      </ul>

      <h3>Expired, not archived ({queues.expired.length})</h3>
      <p class="muted">Expired assets are never suggested. Extend them or archive them.</p>
      <ul class="queue">
        {queues.expired.map((a) => (
          <li key={a.id}>
            <div>
              <SafeLink href={a.url}>{a.title}</SafeLink> <span class="muted">expired {a.expiresAt}</span>
            </div>
            <div class="queue-actions" role="group" aria-label={`Resolve ${a.title}`}>
              <button type="button" onClick={() => edit(a)}>Edit</button>
              <button type="button" onClick={() => void archive(a)}>Archive</button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
