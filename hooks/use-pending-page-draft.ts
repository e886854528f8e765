// "Add this page to Tailor": the background leaves the captured page in session storage and opens the
// options page; the library view turns it into a draft once and opens the editor with it.
import { useEffect, useState } from 'preact/hooks';
import { draftFromDocument, type PageDraft } from '@/lib/library/page-meta';
import { pageDraft } from '@/lib/state/session';

export function usePendingPageDraft() {
  const [draft, setDraft] = useState<PageDraft>();
  useEffect(
    () =>
      pageDraft.subscribe((page) => {
        if (!page) return;
        // DOMParser builds an inert document: no script in the captured head runs.
        const doc = new DOMParser().parseFromString(`<html><head>${page.head}</head></html>`, 'text/html');
        if (!doc.title) doc.title = page.title;
        setDraft(draftFromDocument(doc, page.url));
      }),
    [],
  );
  return {
    draft,
    consume() {
      setDraft(undefined);
      void pageDraft.remove();
    },
  };
}
