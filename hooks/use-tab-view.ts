import { useEffect, useState } from 'preact/hooks';
import { isPanelView as isView } from '@/lib/panel/first-paint';
import { viewKey, type PanelView } from '@/lib/panel/view';

/** What the background prepared for a tab's record, to paint before the library has loaded. */
export function useTabView(tabId: number | undefined): { view: PanelView | undefined; checked: boolean } {
  const [view, setView] = useState<PanelView>();
  const [checked, setChecked] = useState(false);
  useEffect(() => {
    if (tabId === undefined) return;
    const key = viewKey(tabId);
    let live = true;
    browser.storage.session.get(key).then(
      (s) => {
        if (!live) return;
        setView(isView(s[key]) ? s[key] : undefined);
        setChecked(true);
      },
      (e: unknown) => {
        // Nothing prepared to paint early: the full panel works it out itself.
        console.warn('Tailor could not read the prepared suggestions', e);
        if (live) setChecked(true);
      },
    );
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && key in changes) setView(isView(changes[key]!.newValue) ? (changes[key]!.newValue as PanelView) : undefined);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [tabId]);
  return { view, checked };
}
