// The prospect (FORMATS.md) as one valibot schema: what adapters produce, what messages carry and
// what the command line reads. Every field is optional; present ones are trimmed text.
import * as v from 'valibot';
import { CRM_IDS, type Prospect } from './model';
import { normaliseWebsite } from './website';

const field = (name: string) =>
  v.optional(v.pipe(v.string((i) => `${name} must be text, not ${JSON.stringify(i.input)}`), v.maxLength(1_000_000, `${name} is longer than 1 MB`)));

export const prospectSchema = v.object({
  name: field('name'),
  title: field('title'),
  company: field('company'),
  industry: field('industry'),
  notes: field('notes'),
  stage: field('stage'),
  amount: v.optional(v.pipe(v.number((i) => `amount must be a number, not ${JSON.stringify(i.input)}`), v.finite('amount must be a finite number'), v.minValue(0, 'amount must not be negative'))),
  email: v.optional(v.pipe(v.string((i) => `email must be text, not ${JSON.stringify(i.input)}`), v.maxLength(320, 'email is longer than 320 characters'))),
  website: v.optional(
    v.pipe(
      v.string((i) => `website must be text, not ${JSON.stringify(i.input)}`),
      v.maxLength(2048, 'website is longer than 2048 characters'),
      v.check((w) => !w.trim() || normaliseWebsite(w) !== undefined, 'website must be an http(s) address or a domain (acme.example)'),
    ),
  ),
  source: v.optional(
    v.object({
      crm: v.picklist(CRM_IDS, (i) => `source.crm must be one of ${CRM_IDS.join(', ')}, not ${JSON.stringify(i.input)}`),
      recordType: field('source.recordType'),
      recordId: field('source.recordId'),
      url: field('source.url'),
    }),
  ),
});

export type ProspectCheck = { ok: true; prospect: Prospect } | { ok: false; errors: { where: string; message: string }[] };

/** Checks a prospect; blank fields are dropped, so "absent" is never an empty string. */
export function checkProspect(data: unknown): ProspectCheck {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { ok: false, errors: [{ where: '(top level)', message: 'a prospect must be a JSON object' }] };
  const r = v.safeParse(prospectSchema, data, { abortEarly: false });
  if (!r.success)
    return {
      ok: false,
      errors: r.issues.map((i) => ({ where: i.path?.map((p) => String(p.key)).join('.') ?? '(top level)', message: i.message })),
    };
  const out: Prospect = {};
  for (const key of ['name', 'title', 'company', 'industry', 'notes', 'stage'] as const) {
    const value = r.output[key]?.trim();
    if (value) out[key] = value;
  }
  if (r.output.amount !== undefined) out.amount = r.output.amount;
  const email = r.output.email?.trim();
  if (email) out.email = email;
  const website = normaliseWebsite(r.output.website);
  if (website) out.website = website;
  if (r.output.source) {
    const { crm, recordType, recordId, url } = r.output.source;
    out.source = { crm };
    if (recordType?.trim()) out.source.recordType = recordType.trim();
    if (recordId?.trim()) out.source.recordId = recordId.trim();
    if (url?.trim()) out.source.url = url.trim();
  }
  return { ok: true, prospect: out };
}
