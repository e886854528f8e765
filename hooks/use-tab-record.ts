import { useEffect, useState } from 'preact/hooks';
import { tabRecord, type TabRecord } from '@/lib/state/tab-record';

/** The CRM record detected in a tab, live: it changes as the rep moves between records. */
export function useTabRecord(tabId: number | undefined): { record: TabRecord | undefined; ready: boolean } {
  const [state, setState] = useState<{ record: TabRecord | undefined; ready: boolean; tabId?: number }>({ record: undefined, ready: false });
  useEffect(() => {
    if (tabId === undefined) return;
    setState({ record: undefined, ready: false, tabId });
    // Unreadable is as good as no record: the panel offers the manual form rather than wait forever.
    return tabRecord(tabId).subscribe((record) => setState({ record, ready: true, tabId }));
  }, [tabId]);
  return { record: state.record, ready: state.ready };
}
