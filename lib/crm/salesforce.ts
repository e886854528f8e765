// Salesforce: Lightning Experience (/lightning/r/...) and Classic (*.my.salesforce.com/003...) record
// pages of contacts, leads, accounts and opportunities.
import { amountOf, emailIn } from './amount';
import { blockTextOf, compact, composedParent, currentStep, firstValue, isHidden, lookupValueOf, queryAllDeep, spent, textOf, valueByLabel, type Budget } from './dom';
import { hostMatcher } from './hosts';
import type { CrmAdapter, ExtractedRecord } from './types';
import { ownValue } from '../own';
import { normaliseWebsite } from '../website';

const OBJECTS: Record<string, string> = { contact: 'contact', lead: 'lead', account: 'account', opportunity: 'opportunity' };
const ID_PREFIXES: Record<string, string> = { '003': 'contact', '00Q': 'lead', '001': 'account', '006': 'opportunity' };
const CLASSIC_HOSTS = ['https://*.my.salesforce.com/*'];
const HOSTS = ['https://*.lightning.force.com/*', ...CLASSIC_HOSTS];
const onHost = hostMatcher(HOSTS);
const onClassicHost = hostMatcher(CLASSIC_HOSTS);

// Labels of the standard fields, per object: what the page shows beside each value.
const LABELS = {
  title: ['Title'],
  company: { contact: ['Account Name', 'Account'], lead: ['Company'], opportunity: ['Account Name', 'Account'] } as Record<string, string[]>,
  industry: ['Industry'],
  notes: ['Description', 'Notes', 'Contact Description', 'Lead Description'],
  stage: ['Stage'],
  amount: ['Amount'],
  email: ['Email'],
  website: ['Website'],
};

// Field API names, the same in every UI language (a German page labels Account Name "Accountname"):
// record layout items name their field in `data-target-selection-name="sfdc:RecordField.Contact.AccountId"`.
// A person account's own fields are the Person* ones (PersonTitle, PersonEmail).
const API_NAMES: Record<string, string[]> = { 'Account Name': ['AccountId'], Stage: ['StageName'], Title: ['Title', 'PersonTitle'], Email: ['Email', 'PersonEmail'] };

/** The value of a field by its label, in the record's details or its highlights panel. */
function field(scope: ParentNode, labels: readonly string[], budget: Budget, block = false): string | undefined {
  const read = (el: Element) => (block ? blockTextOf(el) : lookupValueOf(el));
  const apiNames = [...new Set(labels.flatMap((l) => API_NAMES[l] ?? [l.replace(/\s+/g, '')]))];
  const selectors = [
    ...labels.flatMap((l) => [`records-record-layout-item[field-label="${l}"] [slot="outputField"]`, `records-record-layout-item[field-label="${l}"] .test-id__field-value`]),
    // One query for every API name (a page of 10,000 fields is walked once): the value slotted into
    // the item's output slot, or (a synthetic-shadow page) the `<slot name="outputField">` rendered itself.
    apiNames.map((n) => `[data-target-selection-name$=".${n}"] [slot="outputField"], [data-target-selection-name$=".${n}"] slot[name="outputField"]`).join(', '),
  ];
  const value = firstValue(scope, selectors, budget, read);
  if (value) return value;
  // Highlights panel items: a title paragraph and the value after it.
  for (const item of queryAllDeep(scope, 'records-highlights-details-item', budget)) {
    if (spent(budget)) return undefined;
    if (isHidden(item)) continue;
    const label = item.querySelector('p.slds-text-title, p[title]');
    if (label && labels.some((l) => (label.getAttribute('title') ?? textOf(label) ?? '').trim() === l)) {
      const v = item.querySelector('[slot="outputField"], lightning-formatted-text, p:not(.slds-text-title), a');
      const text = v ? read(v) : undefined;
      if (text) return text;
    }
  }
  // Dynamic Forms and older markup: a label element and the value in the same form element.
  // textContent first (cheap on a page of 10,000 fields), the shown text only for a likely match.
  const likely = (el: Element) => {
    const raw = el.textContent ?? '';
    return raw.length < 80 && labels.some((l) => raw.includes(l)) && labels.includes(textOf(el) ?? '');
  };
  for (const label of queryAllDeep(scope, '.test-id__field-label', budget)) {
    if (spent(budget)) return undefined;
    if (!likely(label) || isHidden(label)) continue;
    const container = label.closest('.slds-form-element, dl, .slds-form__item') ?? label.parentElement?.parentElement;
    const v = container?.querySelector('.test-id__field-value, dd');
    const text = v ? read(v) : undefined;
    if (text) return text;
  }
  // Classic: a detail table of label cells and data cells.
  for (const label of queryAllDeep(scope, 'td.labelCol', budget)) {
    if (spent(budget)) return undefined;
    if (!likely(label) || isHidden(label)) continue;
    const cell = label.nextElementSibling;
    const text = cell ? read(cell) : undefined;
    if (text) return text.replace(/\s*\[View Hierarchy\]\s*$/, '') || undefined;
  }
  return valueByLabel(scope, labels, budget, read);
}

/** Salesforce ids are 15 characters, or 18 with a case checksum: the same record either way. */
const sameId = (a: string, b: string) => a.slice(0, 15) === b.slice(0, 15);
/** Elements that name the record a container shows: data hooks and record-id attributes. */
const RECORD_ID_HOOKS = '[data-record-id], [data-recordid], [record-id]';
/** A lookup names another record (an opportunity's account): its id is not the container's. */
const LOOKUP = 'a, force-lookup, records-hoverable-link, force-hoverable-link, .forceOutputLookup';
/** A link to the record's own related lists ("View All": /lightning/r/Account/<id>/related/Contacts/view). */
const SELF_LINK = /\/lightning\/r\/(?:\w+\/)?([a-zA-Z0-9]{15,18})\/related\//;

/** Is `el` inside a lookup below `container`: `closest` stops at a shadow root, a lookup's own shadow tree
 * is still the lookup's, so the walk goes up the composed tree. */
function inLookup(el: Element, container: Element): boolean {
  for (let e: Element | null = el; e && e !== container; e = composedParent(e)) if (e.matches(LOOKUP)) return true;
  return false;
}

/** Does this container show the record `id`: by its hooks or record-id attributes (its own or its
 * components', not a lookup's), else by a link to its own related lists? */
function showsRecord(container: Element, id: string, budget: Budget): boolean {
  const hooks = [container, ...queryAllDeep(container, RECORD_ID_HOOKS, budget)].filter((el) => el === container || !inLookup(el, container));
  for (const el of hooks) {
    for (const attr of ['data-record-id', 'data-recordid', 'record-id']) {
      const value = el.getAttribute(attr);
      if (value && sameId(value, id)) return true;
    }
  }
  return queryAllDeep(container, 'a[href*="/related/"]', budget).some((a) => {
    const m = SELF_LINK.exec(a.getAttribute('href') ?? '');
    return !!m && sameId(m[1]!, id);
  });
}

/** The active record's container: Lightning keeps earlier records in the page, hidden; a console keeps
 * a workspace tab per record, each marked `active` like the focused one, and may hide the others by a
 * stylesheet the command line cannot read. The one showing the record the address names wins, then
 * the first visible. */
function activeScope(doc: Document, budget: Budget, recordId: string): ParentNode {
  for (const selector of ['.windowViewMode-normal.active', '.oneContent.active', 'div.active.oneWorkspace', 'one-record-home-flexipage2', '#bodyCell']) {
    const shown = queryAllDeep(doc, selector, budget).filter((el) => !isHidden(el));
    if (shown.length > 1) return shown.find((el) => showsRecord(el, recordId, budget)) ?? shown[0]!;
    if (shown.length) return shown[0]!;
  }
  return doc;
}

const NAME_SELECTORS = [
  'records-lwc-highlights-panel [slot="primaryField"]',
  'records-highlights2 [slot="primaryField"]',
  '[slot="primaryField"] lightning-formatted-name',
  '[slot="primaryField"]',
  'slot[name="primaryField"]',
  '[data-target-selection-name$=".Name"] [slot="outputField"]',
  // Classic: the page title's description line ("Dana Whitfield"), under the type ("Contact").
  '.bPageTitle h2.pageDescription',
  '.slds-page-header__title',
  'h1 .uiOutputText',
  'h1',
];

function classicRecord(url: URL): { recordType: string; recordId: string } | undefined {
  // https://<org>.my.salesforce.com/0035g00000XyZab (15 or 18 characters), with or without a query.
  const parts = url.pathname.split('/').filter(Boolean);
  if (parts.length !== 1) return undefined;
  const id = parts[0]!;
  if (!/^[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?$/.test(id)) return undefined;
  const recordType = ownValue(ID_PREFIXES, id.slice(0, 3));
  return recordType ? { recordType, recordId: id } : undefined;
}

export const salesforce: CrmAdapter = {
  id: 'salesforce',
  label: 'Salesforce',
  hosts: HOSTS,
  recordTypes: [...new Set(Object.values(OBJECTS))],
  record(url) {
    if (!onHost(url)) return undefined;
    if (onClassicHost(url)) return classicRecord(url);
    const parts = url.pathname.split('/').filter(Boolean);
    if (parts[0] !== 'lightning' || parts[1] !== 'r') return undefined;
    const [object, id] = parts.length >= 5 ? [parts[2]!, parts[3]!] : [undefined, parts[2]];
    if (!id || !/^[a-zA-Z0-9]{15,18}$/.test(id)) return undefined;
    const recordType = object ? ownValue(OBJECTS, object.toLowerCase()) : ownValue(ID_PREFIXES, id.slice(0, 3));
    return recordType ? { recordType, recordId: id } : undefined;
  },
  extract(doc, url, budget): ExtractedRecord | null {
    const rec = this.record(url);
    if (!rec) return null;
    const scope = activeScope(doc, budget, rec.recordId);
    const name = firstValue(scope, NAME_SELECTORS, budget);
    if (!name) return null;
    const t = rec.recordType;
    // A person account (B2C) is an account that is a person: its fields are the person's (PersonTitle,
    // PersonEmail), its icon `standard:person_account`, and it names no organisation.
    const personAccount = t === 'account' && queryAllDeep(scope, '[data-target-selection-name*=".Account.Person"], [icon-name="standard:person_account"]', budget).some((el) => !isHidden(el));
    const person = t === 'contact' || t === 'lead' || personAccount;
    const title = person ? field(scope, LABELS.title, budget) : undefined;
    const company = t === 'account' ? (personAccount ? undefined : name) : LABELS.company[t] ? field(scope, LABELS.company[t]!, budget) : undefined;
    const industry = t === 'lead' || t === 'account' ? field(scope, LABELS.industry, budget) : undefined;
    const notes = field(scope, LABELS.notes, budget, true);
    // An opportunity's stage: the Path's current step, else the Stage field.
    const stage =
      t === 'opportunity'
        ? (currentStep(scope, ['.slds-path__nav', 'ul[role="listbox"].slds-path__nav', '.slds-path'], ['.slds-path__item.slds-is-current', '[aria-current="step"]', '.slds-path__item.slds-is-active'], budget) ?? field(scope, LABELS.stage, budget))
        : undefined;
    const amountText = t === 'opportunity' ? field(scope, LABELS.amount, budget) : undefined;
    const email = person ? emailIn(field(scope, LABELS.email, budget)) : undefined;
    // Accounts and leads carry the company's website (a standard field of both).
    const website = t === 'account' || t === 'lead' ? normaliseWebsite(field(scope, LABELS.website, budget)) : undefined;
    return {
      prospect: compact({
        name,
        title,
        company,
        industry,
        notes,
        stage,
        amount: amountOf(amountText),
        email,
        website,
        source: { crm: 'salesforce' as const, recordType: t, recordId: rec.recordId, url: url.toString() },
      }),
      ...(amountText ? { amount: amountText } : {}),
    };
  },
};
