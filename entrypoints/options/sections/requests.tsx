import { useState } from 'preact/hooks';
import { usePageDb } from '@/hooks/use-db';
import { useLiveQuery } from '@/hooks/use-live-query';
import { loadTaxonomy } from '@/lib/db/library';
import { setRequestStatus } from '@/lib/db/curation';
import * as tables from '@/lib/state/repositories';
import { CRM_LABELS, REQUEST_STATUSES, TAXONOMY_KINDS, type RequestStatus } from '@/lib/model';

const STATUS_LABEL: Record<RequestStatus, string> = { open: 'Open', planned: 'Planned', done: 'Done' };

/** Reps' "Nothing fits? Ask marketing": what content is missing, with the prospect it was missing for. */
export function RequestsSection() {
  const db = usePageDb();
  const [show, setShow] = useState<RequestStatus | 'all'>('open');
  const data = useLiveQuery(async () => ({ requests: await tables.requests.newestFirst(db), taxonomy: await loadTaxonomy(db) }), []);
  if (!data.value) return <p role="status">Opening requests…</p>;
  const { requests, taxonomy } = data.value;
  const label = (kind: (typeof TAXONOMY_KINDS)[number], id: string) => taxonomy[kind].find((e) => e.id === id)?.label ?? id;
  const shown = requests.filter((r) => show === 'all' || r.status === show);
  return (
    <section aria-labelledby="requests-title">
      <h2 id="requests-title">Content requests</h2>
      <p class="muted">What reps asked for when nothing in the library fit the prospect in front of them.</p>
      <label>
        Show{' '}
        <select value={show} onChange={(e) => setShow((e.target as HTMLSelectElement).value as RequestStatus | 'all')}>
          <option value="all">All ({requests.length})</option>
          {REQUEST_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABEL[s]} ({requests.filter((r) => r.status === s).length})
            </option>
          ))}
        </select>
      </label>
      {shown.length === 0 ? <p class="muted">No requests here.</p> : null}
      <ul class="queue">
        {shown.map((r) => {
          const context = TAXONOMY_KINDS.flatMap((k) => r.context[k].map((id) => label(k, id)));
          const p = r.prospect;
          return (
            <li key={r.id}>
              <div>
                <p class="request-note">“{r.note || 'No note'}”</p>
                <p class="muted">
                  {[p.title, p.company, p.industry].filter(Boolean).join(' · ') || 'No prospect details'}
                  {p.source ? ` · ${CRM_LABELS[p.source.crm]}` : ''} · {new Date(r.createdAt).toLocaleDateString()}
                  {r.rep ? ` · ${r.rep}` : ''}
                </p>
                {context.length ? <p class="muted">Read as: {context.join(', ')}</p> : null}
              </div>
              <label class="queue-actions">
                <span class="visually-hidden">Status of this request</span>
                <select value={r.status} onChange={(e) => void setRequestStatus(db, r.id!, (e.target as HTMLSelectElement).value as RequestStatus)}>
                  {REQUEST_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {STATUS_LABEL[s]}
                    </option>
                  ))}
                </select>
              </label>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
