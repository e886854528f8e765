import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The extension's manifest and build. Permissions are the fewest that work: no host access is
// installed beyond the CRM pages the content script reads.
export default defineConfig({
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Tailor',
    description: 'The right marketing content for the prospect on screen: suggestions from your library, with the reasons why.',
    // activeTab + scripting: "Add this page to Tailor" reads the page's metadata on that click only.
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'contextMenus', 'activeTab', 'scripting', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    action: { default_title: 'Open Tailor' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'tailor@tailor.example',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
