// The suggestions the background prepared for a tab's record, in session storage (one of the session
// items, ./session.ts): what the side panel paints first, before its library has loaded.
import type { PanelView } from '../panel/view';
import { defineStorageFamily, guardSchema } from './item';

// A hand-written check rather than valibot's: the panel's first-paint script reads this item, and a
// valibot schema here would put valibot (and every schema the pages use with it) into that script.
const isPanelView = (x: unknown): x is PanelView =>
  typeof x === 'object' && x !== null && Array.isArray((x as PanelView).items) && Array.isArray((x as PanelView).chips) && typeof (x as PanelView).detectedAt === 'number';

export const tabView = /* @__PURE__ */ defineStorageFamily<PanelView | undefined>('session', 'view:', {
  name: 'the suggestions prepared for tab',
  schema: guardSchema(isPanelView, 'not a prepared view (items, chips and detectedAt)'),
  fallback: undefined,
});
