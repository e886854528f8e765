// Who the rep is writing to, among the records Tailor has seen: a recipient's address on a record
// first; else the recipient's company domain against a record's company (or a seen colleague's address
// at the same domain). Personal mailboxes (gmail.com, outlook.com...) say nothing about a company.
import type { ProspectSeen } from '../model';
import { accountKey } from '../usage/outcomes';

export type MatchedBy = 'email' | 'domain';

export interface MailMatch {
  /** The recipient the record was matched on. */
  recipient: string;
  by: MatchedBy;
  seen: ProspectSeen;
}

const PERSONAL_DOMAINS = new Set([
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'yahoo.com', 'ymail.com',
  'icloud.com', 'me.com', 'mac.com', 'aol.com', 'proton.me', 'protonmail.com', 'pm.me', 'gmx.com', 'gmx.net',
  'gmx.de', 'web.de', 'mail.com', 'yandex.com', 'yandex.ru', 'mail.ru', 'qq.com', '163.com', 'zoho.com', 'hey.com',
]);
// Second levels under a country code that belong to the registry, not the company (acme.co.uk is acme).
const REGISTRY_LEVELS = new Set(['co', 'com', 'org', 'net', 'ac', 'gov', 'edu', 'ltd', 'plc', 'ne', 'or', 'go']);
const COMPANY_RECORDS = new Set(['account', 'company', 'organization']);

export const domainOf = (address: string): string => address.slice(address.lastIndexOf('@') + 1).toLowerCase();

/** The name a domain gives its organisation: mercyregional.example, mail.acme.co.uk -> "acme". */
export function organisationLabel(domain: string): string | undefined {
  const parts = domain.toLowerCase().split('.').filter(Boolean);
  if (parts.length < 2) return undefined;
  let i = parts.length - 2;
  if (i > 0 && parts[parts.length - 1]!.length === 2 && REGISTRY_LEVELS.has(parts[i]!)) i -= 1;
  return parts[i]!.replace(/[^a-z0-9]/g, '') || undefined;
}

const compact = (s: string) => s.replace(/[^a-z0-9]/g, '');

/** Does a company's name read as this domain's organisation ("Acme Corp" and acme.example, "Mercy Regional Health" and mercyregional.org)? */
export function companyMatchesDomain(company: string | undefined, domain: string): boolean {
  const label = organisationLabel(domain);
  const name = accountKey({ ...(company ? { company } : {}) });
  if (!label || !name) return false;
  const whole = compact(name);
  if (whole === label) return true;
  const [shorter, longer] = whole.length < label.length ? [whole, label] : [label, whole];
  return shorter.length >= 4 && longer.startsWith(shorter);
}

const newestFirst = (a: ProspectSeen, b: ProspectSeen) => b.lastSeenAt - a.lastSeenAt;

/**
 * The record the rep is writing to: the first recipient (To before Cc) whose address a record shows,
 * its most recently seen record; else the first recipient whose company domain a record matches, a
 * company-level record (account, company, organisation) before people, the most recent first.
 */
export function matchRecipients(recipients: readonly string[], seen: readonly ProspectSeen[]): MailMatch | undefined {
  const byEmail = new Map<string, ProspectSeen[]>();
  for (const s of seen) {
    const email = s.prospect.email?.trim().toLowerCase();
    if (email) byEmail.set(email, [...(byEmail.get(email) ?? []), s]);
  }
  for (const recipient of recipients) {
    const found = byEmail.get(recipient.toLowerCase());
    if (found) return { recipient, by: 'email', seen: [...found].sort(newestFirst)[0]! };
  }
  for (const recipient of recipients) {
    const domain = domainOf(recipient);
    if (PERSONAL_DOMAINS.has(domain)) continue;
    const candidates = seen.filter(
      (s) => (s.prospect.email ? domainOf(s.prospect.email) === domain : false) || companyMatchesDomain(s.prospect.company, domain),
    );
    if (candidates.length === 0) continue;
    const companyLevel = (s: ProspectSeen) => (COMPANY_RECORDS.has(s.prospect.source?.recordType ?? '') ? 0 : 1);
    candidates.sort((a, b) => companyLevel(a) - companyLevel(b) || newestFirst(a, b));
    return { recipient, by: 'domain', seen: candidates[0]! };
  }
  return undefined;
}
