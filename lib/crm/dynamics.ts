// Microsoft Dynamics 365 (Unified Interface): contacts, leads, accounts and opportunities.
import { amountOf, emailIn } from './amount';
import { activityNotes, blockTextOf, clean, compact, currentStep, firstValue, isHidden, joinNotes, queryAllDeep, valueOf, type Budget } from './dom';
import { hostMatcher } from './hosts';
import type { CrmAdapter, ExtractedRecord } from './types';
import { ownValue } from '../own';
import { normaliseWebsite } from '../website';

const ENTITIES: Record<string, string> = { contact: 'contact', lead: 'lead', account: 'account', opportunity: 'opportunity' };
const HOSTS = ['https://*.dynamics.com/*'];
const onHost = hostMatcher(HOSTS);

/** A form field by its attribute name, whatever control shows it (text box, lookup, option set). */
function attribute(scope: ParentNode, attr: string, budget: Budget, block = false): string | undefined {
  const read = block ? (el: Element) => blockTextOf(el) ?? valueOf(el) : valueOf;
  return firstValue(
    scope,
    [
      `[data-id="${attr}.fieldControl-text-box-text"]`,
      `[data-id="${attr}.fieldControl-LookupResultsDropdown_${attr}_selected_tag_text"]`,
      `[data-id="${attr}.fieldControl-LookupResultsDropdown_${attr}_selected_tag"]`,
      `select[data-id="${attr}.fieldControl-option-set-select"]`,
      `[data-id="${attr}.fieldControl-option-set-select"]`,
      `[data-id="${attr}.fieldControl-currency-text-input"]`,
      `[data-id="${attr}.fieldControl-option-set-select-container"]`,
      `[data-id^="${attr}.fieldControl-"]:not([data-id*="_textInputBox_"])`,
      `[data-id^="header_${attr}.fieldControl-"]:not([data-id*="_textInputBox_"])`,
      `[data-id="${attr}-FieldSectionItemContainer"] [data-id$="_selected_tag_text"]`,
      `[data-id="${attr}-FieldSectionItemContainer"] input:not([type="hidden"]):not([data-id*="_textInputBox_"])`,
      `[data-id="${attr}-FieldSectionItemContainer"] textarea`,
      `[data-id="${attr}-FieldSectionItemContainer"] select`,
      `[data-id="${attr}-FieldSectionItemContainer"] [role="combobox"]`,
      `[data-id="header_${attr}"] [data-id$="_selected_tag_text"]`,
    ],
    budget,
    read,
  );
}

/** The form header's title: its `title` attribute is the record's name, its text also carries the save
 * status ("Rafael Ortiz- Saved"). */
const headerTitle = (el: Element): string | undefined => clean(el.getAttribute('title')) ?? clean(valueOf(el)?.replace(/\s*-\s*(Saved|Unsaved)$/i, ''));

/** Record id and entity from main.aspx?...&pagetype=entityrecord&etn=...&id=... (query or hash). */
function params(url: URL): URLSearchParams {
  const merged = new URLSearchParams(url.search);
  const hash = url.hash.replace(/^#/, '');
  if (hash.includes('=')) for (const [k, v] of new URLSearchParams(hash)) if (!merged.has(k)) merged.set(k, v);
  return merged;
}

export const dynamics: CrmAdapter = {
  id: 'dynamics',
  label: 'Dynamics 365',
  hosts: HOSTS,
  recordTypes: [...new Set(Object.values(ENTITIES))],
  record(url) {
    if (!onHost(url) || !/\/main\.aspx$/i.test(url.pathname)) return undefined;
    const p = params(url);
    if ((p.get('pagetype') ?? '').toLowerCase() !== 'entityrecord') return undefined;
    const recordType = ownValue(ENTITIES, (p.get('etn') ?? '').toLowerCase());
    const id = (p.get('id') ?? '').replace(/[{}]/g, '').trim();
    if (!recordType || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return undefined;
    return { recordType, recordId: id };
  },
  extract(doc, url, budget): ExtractedRecord | null {
    const rec = this.record(url);
    if (!rec) return null;
    const scope = queryAllDeep(doc, '[data-id="editFormRoot"]', budget).find((el) => !isHidden(el)) ?? doc;
    const t = rec.recordType;
    const name =
      firstValue(scope, ['[data-id="header_title"]', 'h1[data-id="header_title"]'], budget, headerTitle) ??
      (t === 'contact' || t === 'lead' ? (attribute(scope, 'fullname', budget) ?? [attribute(scope, 'firstname', budget), attribute(scope, 'lastname', budget)].filter(Boolean).join(' ')) : attribute(scope, 'name', budget));
    if (!name) return null;
    const title = t === 'contact' || t === 'lead' ? attribute(scope, 'jobtitle', budget) : undefined;
    const company =
      t === 'account' ? name : t === 'contact' ? attribute(scope, 'parentcustomerid', budget) : t === 'lead' ? attribute(scope, 'companyname', budget) : (attribute(scope, 'parentaccountid', budget) ?? attribute(scope, 'customerid', budget));
    const industry = t === 'account' || t === 'lead' ? attribute(scope, 'industrycode', budget) : undefined;
    const notes = joinNotes(
      attribute(scope, 'description', budget, true) ?? (t === 'lead' ? attribute(scope, 'qualificationcomments', budget, true) : undefined),
      activityNotes(doc, ['[data-id^="notescontrol-"] [data-id*="notedescription"]', '[id^="timeline_record_"] [data-id="notedescription"]', '[data-id="notedescription"]', '[data-id="notetext"]'], budget),
    );
    // The business process flow's active stage is the stage as the rep sees it; a stage field if none.
    const stage = t === 'opportunity' ? (activeStage(doc, budget) ?? attribute(scope, 'stepname', budget) ?? attribute(scope, 'salesstagecode', budget) ?? attribute(scope, 'salesstage', budget)) : undefined;
    const amount = t === 'opportunity' ? (attribute(scope, 'estimatedvalue', budget) ?? attribute(scope, 'totalamount', budget)) : undefined;
    const email = t === 'contact' || t === 'lead' ? emailIn(attribute(scope, 'emailaddress1', budget)) : undefined;
    const website = t === 'account' || t === 'lead' ? normaliseWebsite(attribute(scope, 'websiteurl', budget)) : undefined;
    return {
      prospect: compact({ name, title, company, industry, notes, stage, amount: amountOf(amount), email, website, source: { crm: 'dynamics' as const, recordType: t, recordId: rec.recordId, url: url.toString() } }),
      ...(amount ? { amount } : {}),
    };
  },
};

/** The business process flow's active stage ("Develop"), when no stage field is on the form: marked
 * "Propose, Active" or "Propose, Active for 6 days", or by a class (never the stages after it, whose
 * class "inactiveStage" also contains "activeStage"). */
function activeStage(doc: ParentNode, budget: Budget): string | undefined {
  for (const el of queryAllDeep(doc, '[data-id^="MscrmControls.Containers.ProcessBreadCrumb-stageNameContainer"][aria-selected="true"], [data-id*="processStage"][aria-current="true"]', budget)) {
    if (!isHidden(el)) return valueOf(el);
  }
  return currentStep(
    doc,
    ['[data-id="MscrmControls.Containers.ProcessBreadCrumb-processHeaderStageContainer"]', '[data-id*="ProcessBreadCrumb"]', '[id*="processHeaderStage"]', '[role="list"][aria-label*="tage"]'],
    ['[aria-current="step"]', '[aria-current="true"]', '[data-id*="stageIndicator"][aria-selected="true"]', '[aria-selected="true"]', '[aria-label$=", Active"]', '[aria-label*=", Active for "]', '.processStageActive', '[class*="activeStage"]:not([class*="inactiveStage"])', '[class*="stage-active"]'],
    budget,
  );
}
