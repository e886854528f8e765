// The CRM record detected in each tab, in session storage (one of the session items, ./session.ts).
// Reading it checks the whole prospect against the prospect schema.
import * as v from 'valibot';
import type { Prospect } from '../model';
import { checkProspect } from '../prospect-schema';
import { defineStorageFamily } from './item';

export interface TabRecord {
  prospect: Prospect;
  /** The deal amount as the page shows it, for crediting revenue when the deal is won. */
  amount?: string;
  detectedAt: number;
  /** Shown because the rep is writing to this person (lib/mail), not met on a CRM page: no new sighting of the record. */
  viaEmail?: true;
}

const tabRecordSchema = v.pipe(
  v.object({ prospect: v.unknown(), amount: v.optional(v.string()), detectedAt: v.number(), viaEmail: v.optional(v.literal(true)) }),
  v.transform(({ prospect, amount, detectedAt, viaEmail }) => ({ checked: checkProspect(prospect), amount, detectedAt, viaEmail })),
  v.check(
    ({ checked }) => checked.ok,
    ({ input: { checked } }) => (checked.ok ? '' : `the prospect is not valid (${checked.errors[0]?.where}: ${checked.errors[0]?.message})`),
  ),
  v.transform(
    ({ checked, amount, detectedAt, viaEmail }): TabRecord => ({ prospect: checked.ok ? checked.prospect : {}, detectedAt, ...(amount ? { amount } : {}), ...(viaEmail ? { viaEmail } : {}) }),
  ),
);

export const tabRecord = /* @__PURE__ */ defineStorageFamily<TabRecord | undefined>('session', 'tab:', {
  name: 'the record detected in tab',
  schema: tabRecordSchema,
  fallback: undefined,
});
