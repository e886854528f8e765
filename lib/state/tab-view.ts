// The suggestions the background prepared for a tab's record, in session storage (one of the session
// items, ./session.ts): what the side panel paints first, before its library has loaded.
import { defineStorageFamily, guardSchema } from './item';

// A hand-written check rather than valibot's: the panel's first-paint script reads this item, and a
// valibot schema here would put valibot (and every schema the pages use with it) into that script.
/**
 * A prepared view as this item checks it: its parts the panel paints from. Its full shape is the panel's
 * (PanelView, lib/panel/view.ts, a layer up), which use-tab-view names.
 */
export interface PreparedView {
  detectedAt: number;
  items: unknown[];
  chips: unknown[];
}

const isPreparedView = (x: unknown): x is PreparedView =>
  typeof x === 'object' && x !== null && Array.isArray((x as PreparedView).items) && Array.isArray((x as PreparedView).chips) && typeof (x as PreparedView).detectedAt === 'number';

export const tabView = /* @__PURE__ */ defineStorageFamily<PreparedView | undefined>('session', 'view:', {
  name: 'the suggestions prepared for tab',
  schema: guardSchema(isPreparedView, 'not a prepared view (items, chips and detectedAt)'),
  fallback: undefined,
});
