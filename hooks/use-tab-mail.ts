import { useEffect, useState } from 'preact/hooks';
import type { TabMail } from '@/lib/mail/tab-mail';
import { tabMail } from '@/lib/state/tab-mail';

/** The email the rep is writing in a tab (Gmail, Outlook on the web), live: undefined when none; `checked` once read. */
export function useTabMail(tabId: number | undefined): { mail: TabMail | undefined; checked: boolean } {
  const [state, setState] = useState<{ tabId?: number; mail?: TabMail; checked?: true }>({});
  useEffect(() => {
    if (tabId === undefined) return;
    setState({ tabId });
    return tabMail(tabId).subscribe((mail) => setState({ tabId, checked: true, ...(mail ? { mail } : {}) }));
  }, [tabId]);
  return state.tabId === tabId ? { mail: state.mail, checked: state.checked === true } : { mail: undefined, checked: false };
}
