// The tab the panel speaks for: the one in `?tabId=N` (a panel popped out into its own window), or the
// active tab of the panel's window, followed as the rep switches tabs.
import { useEffect, useState } from 'preact/hooks';
import { pinnedTabId } from '@/lib/panel/first-paint';

export function useFollowedTab(): { tabId: number | undefined; pinned: boolean } {
  const pinned = pinnedTabId(location.search);
  const [tabId, setTabId] = useState<number | undefined>(pinned);
  useEffect(() => {
    if (pinned !== undefined) return;
    let windowId: number | undefined;
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
      if (tab?.id === undefined) return;
      windowId = tab.windowId;
      setTabId(tab.id);
    });
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (windowId === undefined || info.windowId === windowId) setTabId(info.tabId);
    };
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, [pinned]);
  return { tabId, pinned: pinned !== undefined };
}
