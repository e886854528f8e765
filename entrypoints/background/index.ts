import { getDb } from '@/lib/db/db';
import { seedSampleLibrary } from '@/lib/db/seed';
import { registerAddPage } from './add-page';
import { registerMail } from './mail';
import { registerMenus } from './menus';
import { registerProspects } from './prospects';
import { registerRetention } from './retention';
import { registerSuggestions } from './suggestions';
import { registerTeams } from './teams';

export default defineBackground(() => {
  const db = getDb();
  const seed = () =>
    seedSampleLibrary(db, async () => (await fetch(browser.runtime.getURL('/sample-library.json'))).text()).catch(
      (e: unknown) => console.error('Tailor could not seed the sample library', e),
    );

  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void seed();
  });
  // A worker that missed onInstalled (killed mid-install) seeds on its next start; seeding is idempotent.
  void seed();

  registerMenus();
  registerAddPage();
  registerProspects();
  registerSuggestions();
  registerMail();
  registerRetention();
  registerTeams(db);

  if (import.meta.env.FIREFOX) {
    // Firefox's sidebar API is not in the Chrome-shaped types WXT exposes.
    const { sidebarAction } = browser as unknown as { sidebarAction: { toggle(): Promise<void> } };
    (browser.action ?? browser.browserAction).onClicked.addListener(() => void sidebarAction.toggle());
  } else {
    void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true });
  }
});
