// "Add this page to Tailor", from the page's context menu or the toolbar button's menu: read the
// page's <head> (activeTab grants it for this click only) and open the editor with it.
import { MAX_HEAD_CHARS, type CapturedPage } from '@/lib/page-draft';
import { pageDraft } from '@/lib/state/session';

export const ADD_PAGE_MENU_ID = 'tailor-add-page';

export function addPageMenus(): Parameters<typeof browser.contextMenus.create>[0][] {
  const actionContext = browser.runtime.getManifest().manifest_version === 2 ? 'browser_action' : 'action';
  return [{ id: ADD_PAGE_MENU_ID, title: 'Add this page to Tailor', contexts: ['page', actionContext] as never }];
}

async function capture(tab: { id?: number; url?: string; title?: string }): Promise<CapturedPage> {
  const fallback = { url: tab.url ?? '', title: tab.title ?? '', head: '' };
  if (tab.id === undefined) return fallback;
  try {
    const [result] = await browser.scripting.executeScript({
      target: { tabId: tab.id },
      func: (max: number) => ({ url: location.href, title: document.title, head: (document.head?.outerHTML ?? '').slice(0, max) }),
      args: [MAX_HEAD_CHARS],
    });
    const page = result?.result as CapturedPage | undefined;
    return page && typeof page.head === 'string' ? page : fallback;
  } catch {
    // Browser pages and the web store cannot be scripted: the tab's own title and address will do.
    return fallback;
  }
}

export function registerAddPage() {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== ADD_PAGE_MENU_ID || !tab) return;
    void capture(tab).then(async (page) => {
      await pageDraft.set(page);
      await browser.runtime.openOptionsPage();
    });
  });
}
