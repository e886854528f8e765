// The layers of Tailor's code, and the rules that keep imports going one way (docs/architecture.md draws
// them). Each layer may import its own and the layers below it, never one above:
//
//   app          entrypoints/ components/ hooks/ cli/        the screens, the worker's wiring, the command line
//   background   lib/background/                             the background's coordinators and message handlers
//   features     lib/feed team team-usage usage policy panel mail notices importer, lib/messaging.ts
//   state        lib/db/ lib/state/ lib/settings.ts lib/settings-rules.ts   what is stored, and its rules
//   domain       lib/crm match search pack library, share.ts page-draft.ts   pure work
//   base         lib/model.ts own.ts url.ts version.ts website.ts prospect-schema.ts, lib/net/   types and the network
//
// `npm run lint:deps` runs the rules (part of `npm test`); a violation names both files.

const BASE = '^lib/(?:(?:model|own|url|version|website|prospect-schema)[.]ts$|net/)';
const DOMAIN = '^lib/(?:(?:crm|match|search|pack|library)/|(?:share|page-draft)[.]ts$)';
const STATE = '^lib/(?:(?:db|state)/|(?:settings|settings-rules)[.]ts$)';
const FEATURES = '^lib/(?:(?:feed|team|team-usage|usage|policy|panel|mail|notices|importer)/|messaging[.]ts$)';
const BACKGROUND = '^lib/background/';
const APP = '^(?:entrypoints|components|hooks|cli)/';
const LIB = '^lib/';
// Tests may reach across layers (a test of the command line's output reads the database it wrote).
const TEST = '[.]test[.]tsx?$';

const above = {
  base: [DOMAIN, STATE, FEATURES, BACKGROUND, APP],
  domain: [STATE, FEATURES, BACKGROUND, APP],
  state: [FEATURES, BACKGROUND, APP],
  features: [BACKGROUND, APP],
  background: [APP],
};
const layers = { base: BASE, domain: DOMAIN, state: STATE, features: FEATURES, background: BACKGROUND };

module.exports = {
  forbidden: [
    ...Object.entries(above).map(([layer, higher]) => ({
      name: `${layer}-imports-upward`,
      comment: `The ${layer} layer may not import a layer above it (see the table at the top of .dependency-cruiser.cjs).`,
      severity: 'error',
      from: { path: layers[layer], pathNot: TEST },
      to: { path: higher },
    })),
    {
      name: 'lib-file-in-no-layer',
      comment: 'Every file in lib/ belongs to one layer: add a new folder to the table at the top of .dependency-cruiser.cjs.',
      severity: 'error',
      from: { path: LIB, pathNot: [BASE, DOMAIN, STATE, FEATURES, BACKGROUND, TEST] },
      to: {},
    },
    {
      name: 'lib-import-of-no-layer',
      comment: 'Every file in lib/ belongs to one layer: add a new folder to the table at the top of .dependency-cruiser.cjs.',
      severity: 'error',
      from: {},
      to: { path: LIB, pathNot: [BASE, DOMAIN, STATE, FEATURES, BACKGROUND] },
    },
    {
      name: 'components-display-only',
      comment: 'Components take props and raise events: no database, no stored state, no message sending, no entrypoint.',
      severity: 'error',
      from: { path: '^components/', pathNot: TEST },
      to: { path: ['^lib/(?:db|state|background)/', '^lib/messaging[.]ts$', '^entrypoints/'] },
    },
    {
      name: 'app-pieces-stay-apart',
      comment: 'Hooks, components and the command line are shared by the screens: none of them imports an entrypoint.',
      severity: 'error',
      from: { path: '^(?:components|hooks|cli)/' },
      to: { path: '^entrypoints/' },
    },
    {
      name: 'cli-not-browser',
      comment: 'The command line runs in Node: no Preact component, hook, or browser-only code.',
      severity: 'error',
      from: { path: '^cli/' },
      to: { path: ['^(?:components|hooks|entrypoints)/', BACKGROUND, '^lib/messaging[.]ts$'] },
    },
    {
      name: 'no-circular',
      comment: 'No import cycles: a cycle makes the order of module initialisation matter and the layers meaningless.',
      severity: 'error',
      from: { path: '^(?:lib|entrypoints|components|hooks|cli)/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(?:node_modules|[.]output|[.]wxt)/' },
    includeOnly: '^(?:lib|entrypoints|components|hooks|cli)/',
    tsPreCompilationDeps: true,
    // TypeScript 7 has no compiler API for dependency-cruiser to read tsconfig's `@/` paths with, so the
    // aliases WXT defines are given here (dependency-cruiser reads only the `resolve` part of this file).
    webpackConfig: { fileName: '.dependency-cruiser.resolve.cjs' },
  },
};
