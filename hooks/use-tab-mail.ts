import { useEffect, useState } from 'preact/hooks';
import type { TabMail } from '@/lib/mail/tab-mail';
import { tabMail } from '@/lib/state/session';

/** The email the rep is writing in a tab (Gmail, Outlook on the web), live; undefined when none. */
export function useTabMail(tabId: number | undefined): TabMail | undefined {
  const [state, setState] = useState<{ tabId?: number; mail?: TabMail }>({});
  useEffect(() => {
    if (tabId === undefined) return;
    setState({ tabId });
    return tabMail(tabId).subscribe((mail) => setState({ tabId, ...(mail ? { mail } : {}) }));
  }, [tabId]);
  return state.tabId === tabId ? state.mail : undefined;
}
