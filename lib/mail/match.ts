// Who the rep is writing to, among the records Tailor has seen: a recipient's address on a record
// first; else the recipient's company domain against a record's website; else against a record's
// company name (or a seen colleague's address at the same domain). Personal mailboxes (gmail.com,
// outlook.com...) say nothing about a company. Domains are compared by their registrable part, as the
// public suffix list draws it (mail.acme.co.uk and www.acme.co.uk are both acme.co.uk).
import { getDomain, getDomainWithoutSuffix } from 'tldts';
import type { ProspectSeen } from '../model';
import { accountKey } from '../usage/outcomes';
import { websiteHost } from '../website';

export type MatchedBy = 'email' | 'website' | 'domain';

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
// Private suffixes too: acme.github.io and globex.github.io are two organisations, not one.
const PSL = { allowPrivateDomains: true } as const;
const COMPANY_RECORDS = new Set(['account', 'company', 'organization']);

export const domainOf = (address: string): string => address.slice(address.lastIndexOf('@') + 1).toLowerCase();

/** The registrable domain of a host name (mail.acme.co.uk -> acme.co.uk), lower case; undefined for none. */
export function registrableDomain(host: string): string | undefined {
  return getDomain(host.toLowerCase(), PSL) ?? undefined;
}

/** The registrable domain of a record's website, when it has one. */
export function websiteDomain(website: string | undefined): string | undefined {
  const host = website ? websiteHost(website) : undefined;
  return host ? registrableDomain(host) : undefined;
}

/** The name a domain gives its organisation: mercyregional.example, mail.acme.co.uk -> "acme". */
export function organisationLabel(domain: string): string | undefined {
  return getDomainWithoutSuffix(domain.toLowerCase(), PSL)?.replace(/[^a-z0-9]/g, '') || undefined;
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

/** Adds `s` to the records kept under `key` (a record list per address or domain, built in one pass). */
function addTo(map: Map<string, ProspectSeen[]>, key: string, s: ProspectSeen) {
  const list = map.get(key);
  if (list) list.push(s);
  else map.set(key, [s]);
}

const newestFirst = (a: ProspectSeen, b: ProspectSeen) => b.lastSeenAt - a.lastSeenAt;

const companyLevel = (s: ProspectSeen) => (COMPANY_RECORDS.has(s.prospect.source?.recordType ?? '') ? 0 : 1);
const companyFirst = (a: ProspectSeen, b: ProspectSeen) => companyLevel(a) - companyLevel(b) || newestFirst(a, b);

/**
 * The record the rep is writing to: the first recipient (To before Cc) whose address a record shows,
 * its most recently seen record; else the first recipient whose company domain is a record's website's;
 * else the first whose company domain a record's company name or a seen address matches. Among records
 * matched by domain, a company-level record (account, company, organisation) before people, the most
 * recent first.
 */
export function matchRecipients(recipients: readonly string[], seen: readonly ProspectSeen[]): MailMatch | undefined {
  const byEmail = new Map<string, ProspectSeen[]>();
  for (const s of seen) {
    const email = s.prospect.email?.trim().toLowerCase();
    if (email) addTo(byEmail, email, s);
  }
  for (const recipient of recipients) {
    const found = byEmail.get(recipient.toLowerCase());
    if (found) return { recipient, by: 'email', seen: [...found].sort(newestFirst)[0]! };
  }
  // Company domains: a personal mailbox's says nothing about a company, and neither does a website there.
  const companyRecipients = recipients.filter((r) => !PERSONAL_DOMAINS.has(domainOf(r)));
  if (companyRecipients.length === 0) return undefined;
  const byWebsite = new Map<string, ProspectSeen[]>();
  for (const s of seen) {
    const domain = websiteDomain(s.prospect.website);
    if (domain && !PERSONAL_DOMAINS.has(domain)) addTo(byWebsite, domain, s);
  }
  for (const recipient of companyRecipients) {
    const domain = registrableDomain(domainOf(recipient));
    const found = domain ? byWebsite.get(domain) : undefined;
    if (found) return { recipient, by: 'website', seen: [...found].sort(companyFirst)[0]! };
  }
  for (const recipient of companyRecipients) {
    const domain = domainOf(recipient);
    const candidates = seen.filter(
      (s) => (s.prospect.email ? domainOf(s.prospect.email) === domain : false) || companyMatchesDomain(s.prospect.company, domain),
    );
    if (candidates.length === 0) continue;
    return { recipient, by: 'domain', seen: candidates.sort(companyFirst)[0]! };
  }
  return undefined;
}
