// HubSpot: contacts, companies and deals, on app.hubspot.com and the regional hosts (app-eu1, app-na2...).
import { amountOf, emailIn } from './amount';
import { activityNotes, blockTextOf, compact, firstValue, isHidden, joinNotes, lookupValueOf, queryAllDeep, textOf, valueByLabel, valueOf, type Budget } from './dom';
import { hostMatcher } from './hosts';
import type { CrmAdapter, ExtractedRecord } from './types';
import { ownValue } from '../own';
import { normaliseWebsite } from '../website';

const OBJECT_TYPES: Record<string, string> = { '0-1': 'contact', '0-2': 'company', '0-3': 'deal' };
const LEGACY: Record<string, string> = { contact: 'contact', company: 'company', deal: 'deal' };
const HOSTS = ['app', 'app-eu1', 'app-na2', 'app-na3', 'app-ap1'].map((h) => `https://${h}.hubspot.com/*`);
const onHost = hostMatcher(HOSTS);

/** A property by its internal name, then by its label. */
function property(doc: ParentNode, name: string, labels: readonly string[], budget: Budget, block = false): string | undefined {
  const read = block ? (el: Element) => blockTextOf(el) ?? valueOf(el) : lookupValueOf;
  return (
    firstValue(doc, [`[data-selenium-test="property-input-${name}"]`, `[data-test-id="property-input-${name}"]`, `[data-property-name="${name}"] [data-selenium-test="property-value"]`], budget, read) ??
    valueByLabel(doc, labels, budget, read)
  );
}

/** "VP Finance at Mercy Regional" -> title and company. */
function splitSubtitle(subtitle: string | undefined): { title?: string; company?: string } {
  if (!subtitle) return {};
  const m = /^(.*?)\s+at\s+(.+)$/i.exec(subtitle);
  return m ? { title: m[1]!.trim() || undefined, company: m[2]!.trim() || undefined } : { title: subtitle };
}

/** The deal's or contact's associated company, from the associations sidebar: the companies card, or
 * failing a known hook, the first company chicklet or link to a company record (`/record/0-2/<id>`) in
 * the right sidebar. */
function associatedCompany(doc: ParentNode, budget: Budget): string | undefined {
  for (const sidebar of queryAllDeep(doc, '[data-test-id="records-right-sidebar"], [data-selenium-test="records-right-sidebar"], [data-test-id="right-sidebar"]', budget)) {
    if (isHidden(sidebar)) continue;
    const cards = Array.from(sidebar.querySelectorAll('[data-selenium-test="card-companies"], [data-card-type="COMPANIES"], [data-test-id="association-card-0-2"], [data-association-type="0-2"]'));
    for (const card of cards) {
      if (isHidden(card)) continue;
      const link = card.querySelector('[data-selenium-test="association-name"], [data-test-id="association-name"], a[href*="/record/0-2/"], a[href*="/company/"], a');
      const name = textOf(link);
      if (name) return name;
    }
    // A company's association chicklet names it whatever its link points at (clockify's selector); the
    // 2024 card shows the company as a highlight (its name, its domain below), not a link.
    for (const link of Array.from(sidebar.querySelectorAll('[data-selenium-test="company-chicklet-title-link"], [data-test-id="company-chicklet-title-link"], a[href*="/record/0-2/"], a[href*="/company/"], [data-selenium-test="company-highlight-details"] [data-selenium-test="highlightTitle"]'))) {
      const name = !isHidden(link) ? textOf(link) : undefined;
      if (name) return name;
    }
  }
  return undefined;
}

export const hubspot: CrmAdapter = {
  id: 'hubspot',
  label: 'HubSpot',
  hosts: HOSTS,
  recordTypes: [...new Set(Object.values(OBJECT_TYPES))],
  record(url) {
    if (!onHost(url)) return undefined;
    const parts = url.pathname.split('/').filter(Boolean);
    if (parts[0] !== 'contacts') return undefined;
    if (parts[2] === 'record' && parts[4] && /^\d+$/.test(parts[4])) {
      const recordType = ownValue(OBJECT_TYPES, parts[3] ?? '');
      return recordType ? { recordType, recordId: parts[4] } : undefined;
    }
    const legacy = ownValue(LEGACY, parts[2] ?? '');
    if (legacy && parts[3] && /^\d+$/.test(parts[3])) return { recordType: legacy, recordId: parts[3] };
    return undefined;
  },
  extract(doc, url, budget): ExtractedRecord | null {
    const rec = this.record(url);
    if (!rec) return null;
    const scope = queryAllDeep(doc, '[data-test-id="left-sidebar"]', budget).find((el) => !isHidden(el)) ?? doc;
    const name =
      firstValue(scope, ['[data-selenium-test="highlightTitle"]', '[data-test-id="highlight-title"]', '[data-card-type="OBJECT_HIGHLIGHT"] h1', 'h1'], budget) ??
      firstValue(doc, ['[data-selenium-test="highlightTitle"]'], budget);
    if (!name) return null;
    const subtitleEl = queryAllDeep(scope, '[data-unit-test="highlightSubtitle"], [data-selenium-test="highlightSubtitle"]', budget).find((el) => !isHidden(el));
    const subtitleText = valueOf(subtitleEl);
    // A subtitle that is only the company's link names the company, not a title.
    const onlyCompany = subtitleEl && subtitleText && textOf(subtitleEl.querySelector('a[href*="/record/0-2/"], a[href*="/company/"]')) === subtitleText;
    const subtitle = onlyCompany ? { company: subtitleText } : splitSubtitle(subtitleText);
    const t = rec.recordType;
    const title = t === 'contact' ? (property(doc, 'jobtitle', ['Job Title', 'Job title'], budget) ?? (subtitle as { title?: string }).title) : undefined;
    const company =
      t === 'company'
        ? name
        : t === 'contact'
          ? (property(doc, 'company', ['Company name', 'Company Name'], budget) ?? subtitle.company ?? associatedCompany(doc, budget))
          : associatedCompany(doc, budget);
    const industry = t === 'deal' ? undefined : property(doc, 'industry', ['Industry'], budget);
    const description = property(doc, 'description', ['Description', 'About', 'Company description'], budget, true);
    const timeline = queryAllDeep(doc, '[data-test-id="middle-pane"], [data-selenium-test="middle-pane"]', budget).find((el) => !isHidden(el)) ?? doc;
    const notes = joinNotes(
      description,
      activityNotes(timeline, ['[data-selenium-test="timeline-card-NOTE"] [data-selenium-test="timeline-card-body"]', '[data-timeline-type="NOTE"] [data-selenium-test="timeline-note-body"]', '[data-test-id="timeline-note-body"]', '[data-selenium-test="timeline-note-body"]'], budget),
    );
    const stage = t === 'deal' ? property(doc, 'dealstage', ['Deal stage', 'Deal Stage', 'Stage'], budget) : undefined;
    const amount = t === 'deal' ? property(doc, 'amount', ['Amount'], budget) : undefined;
    const email = t === 'contact' ? emailIn(property(doc, 'email', ['Email'], budget) ?? firstValue(scope, ['[data-selenium-test="highlightEmail"]', '[data-test-id="highlight-email"]', 'a[href^="mailto:"]'], budget)) : undefined;
    // A company's "Website URL", else its "Company domain name".
    const website = t === 'company' ? (normaliseWebsite(property(doc, 'website', ['Website URL', 'Website'], budget)) ?? normaliseWebsite(property(doc, 'domain', ['Company domain name', 'Domain'], budget))) : undefined;
    return {
      prospect: compact({ name, title, company, industry, notes, stage, amount: amountOf(amount), email, website, source: { crm: 'hubspot' as const, recordType: t, recordId: rec.recordId, url: url.toString() } }),
      ...(amount ? { amount } : {}),
    };
  },
};
