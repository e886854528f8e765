// Pipedrive: people, organizations and deals. Few stable hooks are public: labels first, then the
// test ids Pipedrive's own pages carry.
import { blockTextOf, compact, firstValue, isHidden, queryAllDeep, valueByLabel, valueOf, type Budget } from './dom';
import type { CrmAdapter, ExtractedRecord } from './types';

const TYPES: Record<string, string> = { person: 'person', organization: 'organization', deal: 'deal' };

function latestNote(doc: ParentNode, budget: Budget): string | undefined {
  return firstValue(doc, ['[data-testid="note-content"]', '[data-test="note-content"]', '.notesContent', '.note-content'], budget, blockTextOf);
}

function stageOf(doc: ParentNode, budget: Budget): string | undefined {
  for (const el of queryAllDeep(doc, '[data-testid="pipeline-stage"][aria-current], [data-testid="stage-bar"] [aria-current="step"], .pipelineStages [aria-current="true"]', budget)) {
    if (isHidden(el)) continue;
    const v = el.getAttribute('title') ?? valueOf(el);
    if (v) return v.trim();
  }
  return valueByLabel(doc, ['Stage', 'Pipeline stage'], budget);
}

export const pipedrive: CrmAdapter = {
  id: 'pipedrive',
  record(url) {
    if (!/\.pipedrive\.com$/i.test(url.hostname)) return undefined;
    const [kind, id, ...rest] = url.pathname.split('/').filter(Boolean);
    const recordType = TYPES[(kind ?? '').toLowerCase()];
    if (!recordType || !id || !/^\d+$/.test(id) || rest.some((r) => r !== 'activities' && r !== 'notes' && r !== 'files' && r !== 'emails')) return undefined;
    return { recordType, recordId: id };
  },
  extract(doc, url, budget): ExtractedRecord | null {
    const rec = this.record(url);
    if (!rec) return null;
    const titleFromPage = /^(.+?)\s+-\s+(contact details|organization details|deal details)/i.exec(doc.title ?? '')?.[1];
    const name = firstValue(doc, ['[data-testid="header-title"]', '[data-test="header-title"]', '.detailView h1', 'main h1'], budget) ?? (titleFromPage?.trim() || undefined);
    if (!name) return null;
    const t = rec.recordType;
    const company =
      t === 'organization'
        ? name
        : (firstValue(doc, ['[data-testid="person-org-link"]', '[data-testid="deal-org-link"]', '[data-testid="organization-link"]'], budget) ?? valueByLabel(doc, ['Organization', 'Organisation'], budget));
    const title = t === 'person' ? valueByLabel(doc, ['Job title', 'Title', 'Position'], budget) : undefined;
    const industry = t === 'deal' ? undefined : valueByLabel(doc, ['Industry'], budget);
    const notes = latestNote(doc, budget) ?? valueByLabel(doc, ['Description', 'About'], budget);
    const stage = t === 'deal' ? stageOf(doc, budget) : undefined;
    const amount = t === 'deal' ? (firstValue(doc, ['[data-testid="deal-value"]'], budget) ?? valueByLabel(doc, ['Value', 'Deal value'], budget)) : undefined;
    return {
      prospect: compact({ name, title, company, industry, notes, stage, source: { crm: 'pipedrive' as const, recordType: t, recordId: rec.recordId, url: url.toString() } }),
      ...(amount ? { amount } : {}),
    };
  },
};
