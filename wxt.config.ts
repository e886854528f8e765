import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { MAIL_MATCHES } from './lib/mail/hosts';

// Team feeds and usage collectors live on hosts only the organisation knows: their origins are asked
// for when someone configures them (Settings), never installed up front.
const TEAM_HOSTS = ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'];
// Gmail and Outlook on the web: asked for only when the rep turns email on in Settings.
const OPTIONAL_HOSTS = [...TEAM_HOSTS, ...MAIL_MATCHES];

// The extension's manifest and build. Permissions are the fewest that work: no host access is
// installed beyond the CRM pages the content script reads.
export default defineConfig({
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Tailor',
    description: 'The right marketing content for the prospect on screen: suggestions from your library, with the reasons why.',
    // alarms: the team feed's hourly check, the usage outbox's retries and daily pruning survive the
    // worker sleeping. activeTab + scripting: "Add this page to Tailor" reads the page's metadata on
    // that click only.
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'contextMenus', 'activeTab', 'scripting', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    action: { default_title: 'Open Tailor' },
    // The keyboard opens the panel as the toolbar button does.
    commands:
      browser === 'firefox'
        ? { _execute_sidebar_action: { suggested_key: { default: 'Alt+Shift+T' }, description: 'Open Tailor' } }
        : { _execute_action: { suggested_key: { default: 'Alt+Shift+T' }, description: 'Open Tailor' } },
    ...(browser === 'firefox'
      ? {
          optional_permissions: OPTIONAL_HOSTS,
          // Firefox ESR 140 is the oldest Firefox that reads data_collection_permissions (the built-in
          // consent AMO requires) and has every API Tailor uses. Firefox for Android reads that key
          // from 142 on (and has no sidebar): it gets its own minimum, which also keeps web-ext lint quiet.
          browser_specific_settings: {
            gecko: {
              id: 'tailor@tailor.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {
          optional_host_permissions: OPTIONAL_HOSTS,
          // IT sets the feed, collector and rep id by policy (Firefox reads its 3rdparty policy without a schema).
          storage: { managed_schema: 'managed-schema.json' },
        }),
  }),
});
