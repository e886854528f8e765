import { useEffect, useState } from 'preact/hooks';
import type { PanelView } from '@/lib/panel/view';
import { tabView } from '@/lib/state/tab-view';

/** What the background prepared for a tab's record, to paint before the library has loaded. */
export function useTabView(tabId: number | undefined): { view: PanelView | undefined; checked: boolean } {
  const [view, setView] = useState<PanelView>();
  const [checked, setChecked] = useState(false);
  useEffect(() => {
    if (tabId === undefined) return;
    // Nothing prepared (or unreadable) is fine: the full panel works it out itself.
    return tabView(tabId).subscribe((prepared) => {
      // What the background's computePanelView wrote: the item checks its outline.
      setView(prepared as PanelView | undefined);
      setChecked(true);
    });
  }, [tabId]);
  return { view, checked };
}
