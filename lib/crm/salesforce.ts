// Salesforce Lightning Experience: contacts, leads, accounts and opportunities.
import { compact, firstValue, queryAllDeep, isHidden, valueByLabel, blockTextOf, type Budget } from './dom';
import type { CrmAdapter, ExtractedRecord } from './types';

const OBJECTS: Record<string, string> = { contact: 'contact', lead: 'lead', account: 'account', opportunity: 'opportunity' };
const ID_PREFIXES: Record<string, string> = { '003': 'contact', '00Q': 'lead', '001': 'account', '006': 'opportunity' };

// Labels of the standard fields, per object: what the page shows beside each value.
const LABELS = {
  title: ['Title'],
  company: { contact: ['Account Name', 'Account'], lead: ['Company'], opportunity: ['Account Name', 'Account'] } as Record<string, string[]>,
  industry: ['Industry'],
  notes: ['Description', 'Notes'],
  stage: ['Stage'],
  amount: ['Amount'],
};

/** The value of a field by its label, in the record's details or its highlights panel. */
function field(scope: ParentNode, labels: readonly string[], budget: Budget, block = false): string | undefined {
  const read = (el: Element) => (block ? blockTextOf(el) : undefined) ?? ((el.textContent ?? '').replace(/\s+/g, ' ').trim() || undefined);
  const selectors = labels.flatMap((l) => [
    `records-record-layout-item[field-label="${l}"] [slot="outputField"]`,
    `[data-target-selection-name$=".${l.replace(/\s+/g, '')}"] [slot="outputField"]`,
  ]);
  const value = firstValue(scope, selectors, budget, (el) => {
    const v = read(el);
    return v && !['--', '-'].includes(v) ? v : undefined;
  });
  if (value) return value;
  // Highlights panel items: a title paragraph and the value after it.
  for (const item of queryAllDeep(scope, 'records-highlights-details-item', budget)) {
    if (isHidden(item)) continue;
    const label = item.querySelector('p.slds-text-title, p[title]');
    if (label && labels.some((l) => (label.getAttribute('title') ?? label.textContent ?? '').trim() === l)) {
      const v = item.querySelector('[slot="outputField"], lightning-formatted-text, p:not(.slds-text-title), a');
      const text = v?.textContent?.replace(/\s+/g, ' ').trim();
      if (text && text !== '--') return text;
    }
  }
  // Older markup: a label cell and its sibling value cell.
  for (const label of queryAllDeep(scope, '.test-id__field-label', budget)) {
    if (!labels.includes((label.textContent ?? '').trim()) || isHidden(label)) continue;
    const container = label.closest('.slds-form-element') ?? label.parentElement?.parentElement;
    const v = container?.querySelector('.test-id__field-value');
    const text = v ? (block ? blockTextOf(v) : v.textContent?.replace(/\s+/g, ' ').trim()) : undefined;
    if (text && text !== '--') return text;
  }
  return valueByLabel(scope, labels, budget);
}

/** The active record's container: Lightning keeps earlier records in the page, hidden. */
function activeScope(doc: Document, budget: Budget): ParentNode {
  for (const selector of ['.windowViewMode-normal.active', '.oneContent.active', 'div.active.oneWorkspace', 'one-record-home-flexipage2']) {
    for (const el of queryAllDeep(doc, selector, budget)) if (!isHidden(el)) return el;
  }
  return doc;
}

export const salesforce: CrmAdapter = {
  id: 'salesforce',
  record(url) {
    if (!/\.lightning\.force\.com$/i.test(url.hostname)) return undefined;
    const parts = url.pathname.split('/').filter(Boolean);
    if (parts[0] !== 'lightning' || parts[1] !== 'r') return undefined;
    const [object, id] = parts.length >= 5 ? [parts[2]!, parts[3]!] : [undefined, parts[2]];
    if (!id || !/^[a-zA-Z0-9]{15,18}$/.test(id)) return undefined;
    const recordType = object ? OBJECTS[object.toLowerCase()] : ID_PREFIXES[id.slice(0, 3)];
    return recordType ? { recordType, recordId: id } : undefined;
  },
  extract(doc, url, budget): ExtractedRecord | null {
    const rec = this.record(url);
    if (!rec) return null;
    const scope = activeScope(doc, budget);
    const name = firstValue(
      scope,
      [
        'records-lwc-highlights-panel [slot="primaryField"]',
        'records-highlights2 [slot="primaryField"]',
        '[slot="primaryField"] lightning-formatted-name',
        '[slot="primaryField"]',
        'h1 .uiOutputText',
        'h1',
      ],
      budget,
    );
    if (!name) return null;
    const t = rec.recordType;
    const title = t === 'contact' || t === 'lead' ? field(scope, LABELS.title, budget) : undefined;
    const company = t === 'account' ? name : LABELS.company[t] ? field(scope, LABELS.company[t]!, budget) : undefined;
    const industry = t === 'lead' || t === 'account' ? field(scope, LABELS.industry, budget) : undefined;
    const notes = field(scope, LABELS.notes, budget, true);
    const stage = t === 'opportunity' ? field(scope, LABELS.stage, budget) : undefined;
    const amount = t === 'opportunity' ? field(scope, LABELS.amount, budget) : undefined;
    return {
      prospect: compact({
        name,
        title,
        company,
        industry,
        notes,
        stage,
        source: { crm: 'salesforce' as const, recordType: t, recordId: rec.recordId, url: url.toString() },
      }),
      ...(amount ? { amount } : {}),
    };
  },
};
