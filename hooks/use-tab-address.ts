import { useEffect, useState } from 'preact/hooks';

/**
 * The address of a tab as the browser shows it to Tailor, live: undefined where it hides it (a site Tailor
 * holds no access to) or while unknown; `known` once asked.
 */
export function useTabAddress(tabId: number | undefined): { url: string | undefined; known: boolean } {
  const [state, setState] = useState<{ tabId?: number; url?: string }>({});
  useEffect(() => {
    if (tabId === undefined) return;
    let live = true;
    const read = () =>
      void browser.tabs.get(tabId).then(
        (tab) => live && setState({ tabId, ...(tab.url ? { url: tab.url } : {}) }),
        () => live && setState({ tabId }),
      );
    read();
    // Without access to the site the change carries no address: read it again once the page has loaded.
    const onUpdated = (id: number, change: { status?: string; url?: string }) => {
      if (id === tabId && (change.status === 'complete' || change.url !== undefined)) read();
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      live = false;
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [tabId]);
  return state.tabId === tabId && tabId !== undefined ? { url: state.url, known: true } : { url: undefined, known: false };
}
