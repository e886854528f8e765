// Every context menu item Tailor has, created in one place: menus survive restarts, so they are made
// once per install or update, after clearing any left from an earlier version.
import { addPageMenus } from './add-page';
import { selectionMenus } from './prospects';

export function registerMenus() {
  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus.removeAll().then(() => {
      for (const item of [...selectionMenus(), ...addPageMenus()]) browser.contextMenus.create(item);
    });
  });
}
