// What Tailor keeps in the browser's local storage (kept across restarts, and readable by the mail
// page's script, which has no database):
//   mailEnabled       "mail:enabled"   whether the rep has turned email on
// Adding an item: declare it here with a schema that accepts every shape an earlier version wrote (or a
// default that is safe when it does not), then use its get/set/watch/subscribe; never its key.
import { defineStorageItem, guardSchema } from './item';

// A type check rather than valibot's boolean(): the mail page's script, which reads this, has no other
// use for it.
const isBoolean = (x: unknown): x is boolean => typeof x === 'boolean';

export const mailEnabled = /* @__PURE__ */ defineStorageItem('local', 'mail:enabled', {
  name: 'whether email is turned on',
  schema: guardSchema(isBoolean, 'not true or false'),
  fallback: false,
});
