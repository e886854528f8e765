// Pipedrive: people, organizations and deals. Few stable hooks are public: the test ids Pipedrive's
// own pages carry first, then the sidebar's label/value pairs.
import { amountOf, emailIn } from './amount';
import { activityNotes, compact, currentStep, firstValue, isHidden, joinNotes, lookupValueOf, queryAllDeep, textOf, valueByLabel, type Budget } from './dom';
import { hostMatcher } from './hosts';
import type { CrmAdapter, ExtractedRecord } from './types';
import { ownValue } from '../own';
import { normaliseWebsite } from '../website';

const TYPES: Record<string, string> = { person: 'person', organization: 'organization', deal: 'deal' };
const HOSTS = ['https://*.pipedrive.com/*'];
const onHost = hostMatcher(HOSTS);

/** The deal's stage: the pipeline bar's current stage (its title, as the bar shows only a colour), else
 * a Stage field. */
function stageOf(doc: ParentNode, budget: Budget): string | undefined {
  return (
    currentStep(
      doc,
      ['[data-testid="stage-bar"]', '[data-testid="pipeline-stages"]', '[data-testid="deal-stages"]', '[data-test="stage-bar"]', '.pipelineStages', '.stages', '[class*="StageBar"]', '[class*="stageBar"]', '[class*="stage-bar"]', '[class*="pipelineStages"]', '[aria-label*="tage"]'],
      ['[aria-current="step"]', '[aria-current="true"]', '[aria-selected="true"]', '[data-current="true"]', '[data-active="true"]', '.current', '.active', '.selected', '[class*="--active"]', '[class*="--current"]', '[class*="isActive"]', '[class*="isCurrent"]'],
      budget,
    ) ?? valueByLabel(doc, ['Stage', 'Pipeline stage', 'Deal stage'], budget)
  );
}

export const pipedrive: CrmAdapter = {
  id: 'pipedrive',
  label: 'Pipedrive',
  hosts: HOSTS,
  recordTypes: [...new Set(Object.values(TYPES))],
  record(url) {
    if (!onHost(url)) return undefined;
    const [kind, id, ...rest] = url.pathname.split('/').filter(Boolean);
    const recordType = ownValue(TYPES, (kind ?? '').toLowerCase());
    if (!recordType || !id || !/^\d+$/.test(id) || rest.some((r) => r !== 'activities' && r !== 'notes' && r !== 'files' && r !== 'emails' && r !== 'products' && r !== 'changelog')) return undefined;
    return { recordType, recordId: id };
  },
  extract(doc, url, budget): ExtractedRecord | null {
    const rec = this.record(url);
    if (!rec) return null;
    const titleFromPage = /^(.+?)\s+-\s+(contact details|person details|organization details|organisation details|deal details)/i.exec(doc.title ?? '')?.[1];
    const main = queryAllDeep(doc, 'main, [role="main"], #content, .detailView', budget).find((el) => !isHidden(el)) ?? doc;
    const name = firstValue(main, ['[data-testid="header-title"]', '[data-test="header-title"]', '[data-testid="deal-title"]', '[data-testid="person-name"]', '[data-testid="organization-name"]', '.detailView h1', 'h1'], budget) ?? (titleFromPage?.trim() || undefined);
    if (!name) return null;
    const t = rec.recordType;
    const company =
      t === 'organization'
        ? name
        : (firstValue(main, ['[data-testid="person-org-link"]', '[data-testid="deal-org-link"]', '[data-testid="organization-link"]', '[data-testid="org-link"]'], budget, (el) => textOf(el)) ??
          valueByLabel(main, ['Organization', 'Organisation', 'Organization name'], budget) ??
          firstValue(main, ['a[href*="/organization/"]'], budget, (el) => textOf(el)));
    const title = t === 'person' ? valueByLabel(main, ['Job title', 'Title', 'Position', 'Job Title'], budget) : undefined;
    // A deal's or person's organization card shows the organization's industry too.
    const industry = valueByLabel(main, ['Industry'], budget);
    const notes = joinNotes(
      valueByLabel(main, ['Description', 'About'], budget),
      activityNotes(main, ['[data-testid="note-content"]', '[data-test="note-content"]', '[data-testid="flow-note-content"]', '.notesContent', '.note-content'], budget),
    );
    const stage = t === 'deal' ? stageOf(main, budget) : undefined;
    const amount = t === 'deal' ? (firstValue(main, ['[data-testid="deal-value"]', '[data-testid="header-deal-value"]', '[data-test="deal-value"]'], budget) ?? valueByLabel(main, ['Value', 'Deal value'], budget)) : undefined;
    const email = t === 'person' ? emailIn(valueByLabel(main, ['Email', 'E-mail'], budget, lookupValueOf) ?? firstValue(main, ['a[href^="mailto:"]'], budget)) : undefined;
    const website = t === 'organization' ? normaliseWebsite(valueByLabel(main, ['Website', 'Web site', 'Domain'], budget, lookupValueOf)) : undefined;
    return {
      prospect: compact({ name, title, company, industry, notes, stage, amount: amountOf(amount), email, website, source: { crm: 'pipedrive' as const, recordType: t, recordId: rec.recordId, url: url.toString() } }),
      ...(amount ? { amount } : {}),
    };
  },
};
