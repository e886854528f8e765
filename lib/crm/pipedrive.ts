// Pipedrive: people, organizations and deals. Few stable hooks are public: the test ids Pipedrive's
// own pages carry first, then the sidebar's label/value pairs.
import { amountOf, emailIn } from './amount';
import { activityNotes, compact, currentStep, deepContains, firstValue, isHidden, joinNotes, lookupValueOf, queryAllDeep, textOf, valueByLabel, type Budget } from './dom';
import { hostMatcher } from './hosts';
import type { CrmAdapter, ExtractedRecord } from './types';
import { ownValue } from '../own';
import { normaliseWebsite } from '../website';

const TYPES: Record<string, string> = { person: 'person', organization: 'organization', deal: 'deal' };
const HOSTS = ['https://*.pipedrive.com/*'];
const onHost = hostMatcher(HOSTS);

// The sidebar's labels as Pipedrive shows them in English, German, French, Spanish, Portuguese and
// Italian: its fields have no other public hook.
const LABELS = {
  organization: ['Organization', 'Organisation', 'Organization name', 'Organização', 'Organización', 'Organizzazione'],
  title: ['Job title', 'Title', 'Position', 'Job Title', 'Berufsbezeichnung', 'Cargo', 'Poste', 'Fonction', 'Titolo'],
  industry: ['Industry', 'Branche', 'Setor', 'Indústria', 'Secteur', 'Industrie', 'Sector', 'Industria', 'Settore'],
  description: ['Description', 'About', 'Beschreibung', 'Descrição', 'Descripción', 'Descrizione'],
  stage: ['Stage', 'Pipeline stage', 'Deal stage', 'Phase', 'Etapa', 'Étape', 'Fase'],
  value: ['Value', 'Deal value', 'Wert', 'Valor', 'Valeur', 'Valore'],
  email: ['Email', 'E-mail', 'E-Mail', 'Correo electrónico'],
  website: ['Website', 'Web site', 'Domain', 'Webseite', 'Site', 'Site web', 'Sitio web', 'Sito web'],
};
const NAME_SELECTORS = ['[data-testid="header-title"]', '[data-test="header-title"]', '[data-testid="deal-title"]', '[data-testid="person-name"]', '[data-testid="organization-name"]', '.detailView h1', 'h1'];

/** The record's view: the main element when it holds the record's header; in the newer layout `<main>`
 * is only the history pane beside the sidebar, so the view is the element holding both. */
function recordView(doc: Document, budget: Budget): ParentNode {
  const main = queryAllDeep(doc, 'main, [role="main"], #content, .detailView', budget).find((el) => !isHidden(el));
  if (!main) return doc;
  const header = queryAllDeep(doc, NAME_SELECTORS[0]!, budget).find((el) => !isHidden(el));
  if (!header || deepContains(main, header)) return main;
  let view: Element | null = header;
  while (view && !deepContains(view, main)) view = view.parentElement;
  return view ?? doc;
}

/** The deal's stage: the pipeline bar's current stage (its title, as the bar shows only a colour), else
 * a Stage field. */
function stageOf(doc: ParentNode, budget: Budget): string | undefined {
  return (
    currentStep(
      doc,
      ['[data-testid="stage-bar"]', '[data-testid="pipeline-stages"]', '[data-testid="pipeline-bar"]', '[class*="pipeline-stages"]', '[data-testid="deal-stages"]', '[data-test="stage-bar"]', '.pipelineStages', '.stages', '[class*="StageBar"]', '[class*="stageBar"]', '[class*="stage-bar"]', '[class*="pipelineStages"]', '[aria-label*="tage"]'],
      ['[aria-current="step"]', '[aria-current="true"]', '[aria-selected="true"]', '[data-current="true"]', '[data-active="true"]', '.current', '.active', '.selected', '[class*="--active"]', '[class*="--current"]', '[class*="isActive"]', '[class*="isCurrent"]'],
      budget,
    ) ?? valueByLabel(doc, LABELS.stage, budget)
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
    const main = recordView(doc, budget);
    const name = firstValue(main, NAME_SELECTORS, budget) ?? (titleFromPage?.trim() || undefined);
    if (!name) return null;
    const t = rec.recordType;
    const company =
      t === 'organization'
        ? name
        : (firstValue(main, ['[data-testid="person-org-link"]', '[data-testid="deal-org-link"]', '[data-testid="organization-link"]', '[data-testid="org-link"]'], budget, (el) => textOf(el)) ??
          valueByLabel(main, LABELS.organization, budget) ??
          firstValue(main, ['a[href*="/organization/"]'], budget, (el) => textOf(el)));
    const title = t === 'person' ? valueByLabel(main, LABELS.title, budget) : undefined;
    // A deal's or person's organization card shows the organization's industry too.
    const industry = valueByLabel(main, LABELS.industry, budget);
    const notes = joinNotes(
      valueByLabel(main, LABELS.description, budget),
      activityNotes(main, ['[data-testid*="pinned-note"]', '[class*="pinned-note"]', '[class*="pinnedNote"]', '[data-testid="note-content"]', '[data-test="note-content"]', '[data-testid="flow-note-content"]', '.notesContent', '.note-content'], budget),
    );
    const stage = t === 'deal' ? stageOf(main, budget) : undefined;
    const amount = t === 'deal' ? (firstValue(main, ['[data-testid="deal-value"]', '[data-testid="header-deal-value"]', '[data-test="deal-value"]'], budget) ?? valueByLabel(main, LABELS.value, budget)) : undefined;
    const email = t === 'person' ? emailIn(valueByLabel(main, LABELS.email, budget, lookupValueOf) ?? firstValue(main, ['a[href^="mailto:"]'], budget)) : undefined;
    const website = t === 'organization' ? normaliseWebsite(valueByLabel(main, LABELS.website, budget, lookupValueOf)) : undefined;
    return {
      prospect: compact({ name, title, company, industry, notes, stage, amount: amountOf(amount), email, website, source: { crm: 'pipedrive' as const, recordType: t, recordId: rec.recordId, url: url.toString() } }),
      ...(amount ? { amount } : {}),
    };
  },
};
