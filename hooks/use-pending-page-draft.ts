// "Add this page to Tailor": the background leaves the captured page in session storage and opens the
// options page; the library view turns it into a draft once and opens the editor with it.
import { useEffect, useState } from 'preact/hooks';
import { draftFromDocument, type PageDraft } from '@/lib/library/page-meta';
import { PAGE_DRAFT_KEY, parseCapturedPage } from '@/lib/page-draft';

export function usePendingPageDraft() {
  const [draft, setDraft] = useState<PageDraft>();
  useEffect(() => {
    const read = async () => {
      const stored = await browser.storage.session.get(PAGE_DRAFT_KEY);
      const page = parseCapturedPage(stored[PAGE_DRAFT_KEY]);
      if (!page) return;
      // DOMParser builds an inert document: no script in the captured head runs.
      const doc = new DOMParser().parseFromString(`<html><head>${page.head}</head></html>`, 'text/html');
      if (!doc.title) doc.title = page.title;
      setDraft(draftFromDocument(doc, page.url));
    };
    void read();
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && changes[PAGE_DRAFT_KEY]?.newValue) void read();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  return {
    draft,
    consume() {
      setDraft(undefined);
      void browser.storage.session.remove(PAGE_DRAFT_KEY);
    },
  };
}
