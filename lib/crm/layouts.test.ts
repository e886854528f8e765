// Classes of markup found in the independent set D's misses, each on a small invented page: a newer
// layout whose <main> is only one pane, labels in another UI language, field API names, a pinned note,
// a stage's name inside its button, and notes of related records listed with the record's own.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractProspect } from '.';

const page = (body: string, title = 'Pipedrive') => parseHTML(`<html><head><title>${title}</title></head><body>${body}</body></html>`).document as unknown as Document;

describe('Pipedrive', () => {
  it('reads the record when <main> is only the history pane beside the sidebar', () => {
    const doc = page(`<nav><a href="/deals">Deals</a></nav>
      <div class="view"><header><h1 data-testid="header-title">Lina Berg</h1></header>
      <aside><div class="row"><span class="label">Organization</span><a href="/organization/5">Fjell Timber AS</a></div>
        <div class="row"><span class="label">Job title</span><span>Head of Logistics</span></div></aside>
      <main><div data-testid="flow-item-email"><p>Thanks, Lina</p></div></main></div>`);
    expect(extractProspect(doc, 'https://acme.pipedrive.com/person/31')).toMatchObject({ name: 'Lina Berg', company: 'Fjell Timber AS', title: 'Head of Logistics' });
  });

  it('reads the sidebar in another UI language', () => {
    const org = page(`<main><h1 data-testid="header-title">Viñedos del Sur SL</h1>
      <div class="row"><span class="label">Sector</span><span>Vinos</span></div></main>`);
    expect(extractProspect(org, 'https://acme.pipedrive.com/organization/8')?.industry).toBe('Vinos');
    const person = page(`<main><h1 data-testid="header-title">Marc Dubois</h1>
      <div class="row"><span class="label">Poste</span><span>Directeur achats</span></div>
      <div class="row"><span class="label">Organisation</span><a href="/organization/9">Laiterie Morvan</a></div></main>`);
    expect(extractProspect(person, 'https://acme.pipedrive.com/person/12')).toMatchObject({ title: 'Directeur achats', company: 'Laiterie Morvan' });
  });

  it("reads a pinned note without its heading, and not another record's note in the history", () => {
    const doc = page(`<main><h1 data-testid="header-title">Fjell Timber AS</h1>
      <div data-testid="pinned-note"><strong>Pinned note</strong><p>Three sawmills; wants one planning tool.</p></div>
      <div data-testid="flow-item-note"><strong>Note on deal Fjell – Cranes</strong><p>Crane quote sent.</p></div></main>`);
    expect(extractProspect(doc, 'https://acme.pipedrive.com/organization/5')?.notes).toBe('Three sawmills; wants one planning tool.');
  });
});

describe('Salesforce', () => {
  it('reads fields by their API name whatever the UI language calls them', () => {
    const item = (api: string, label: string, value: string) =>
      `<records-record-layout-item field-label="${label}" data-target-selection-name="sfdc:RecordField.Opportunity.${api}"><span class="test-id__field-label">${label}</span><span slot="outputField">${value}</span></records-record-layout-item>`;
    const doc = page(`<div class="windowViewMode-normal oneContent active"><records-highlights2><h1><slot name="primaryField"><lightning-formatted-name slot="primaryField">Laiterie – Capteurs</lightning-formatted-name></slot></h1></records-highlights2>
      ${item('AccountId', 'Nom du compte', '<force-lookup><a href="/lightning/r/001000000000001AAA/view">Laiterie Morvan</a></force-lookup>')}
      ${item('StageName', 'Étape', 'Proposition')}</div>`);
    expect(extractProspect(doc, 'https://acme.lightning.force.com/lightning/r/Opportunity/0065g00000Ab1CdAAB/view')).toMatchObject({ company: 'Laiterie Morvan', stage: 'Proposition' });
  });
});

describe('Dynamics 365', () => {
  it("reads the active stage's name from inside its button", () => {
    const stage = (id: string, name: string, state: string) =>
      `<li data-id="MscrmControls.Containers.ProcessBreadCrumb-processHeaderStage_${id}" class="${state}"><button aria-label="${name}"><div id="MscrmControls.Containers.ProcessBreadCrumb-processHeaderStageName_${id}" title="${name}">${name}</div><div>${state}</div></button></li>`;
    const doc = page(`<div data-id="editFormRoot"><h1 data-id="header_title" title="Harbour cranes">Harbour cranes</h1>
      <ul data-id="MscrmControls.Containers.ProcessBreadCrumb-processHeaderStageContainer">${stage('a1', 'Scope', 'completed')}${stage('b2', 'Quote', 'activeStage')}${stage('c3', 'Sign', '')}</ul></div>`);
    expect(extractProspect(doc, 'https://acme.crm.dynamics.com/main.aspx?pagetype=entityrecord&etn=opportunity&id=11111111-2222-3333-4444-555555555555')?.stage).toBe('Quote');
  });
});

describe('Zoho CRM', () => {
  it("leaves out a related record's note listed with the record's own notes", () => {
    const note = (by: string, text: string) => `<li class="cxNotesLi"><div class="cxNotesAddedBy">${by}</div><div class="cxNotesAddedContent">${text}</div></li>`;
    const doc = page(`<div id="detailView"><span class="entityNameContent">Ines Costa</span><span id="value_TITLE">Plant Manager</span>
      <ul>${note('Rui Alves · Contact · 10:30 AM', 'Runs two shifts.')}${note('Rui Alves · Deal: Costa – Sensors', 'Quote at 40k.')}${note('Rui Alves · Contact: Ines Costa', 'Visits Porto in May.')}</ul></div>`);
    expect(extractProspect(doc, 'https://crm.zoho.eu/crm/org1234567/tab/Contacts/4876223000001120299')?.notes).toBe('Runs two shifts.\nVisits Porto in May.');
  });
  it('keeps a note whose line says who added it with a colon ("Added by: ...", "Hinzugefügt von: ...")', () => {
    const note = (by: string, text: string) => `<li class="cxNotesLi"><div class="cxNotesAddedBy">${by}</div><div class="cxNotesAddedContent">${text}</div></li>`;
    const doc = page(`<div id="detailView"><span class="entityNameContent">Ines Costa</span><span id="value_TITLE">Plant Manager</span>
      <ul>${note('Added by: Rui Alves · 10:30 AM', 'Runs two shifts.')}${note('Hinzugefügt von: Rui Alves', 'Visits Porto in May.')}</ul></div>`);
    expect(extractProspect(doc, 'https://crm.zoho.eu/crm/org1234567/tab/Contacts/4876223000001120299')?.notes).toBe('Runs two shifts.\nVisits Porto in May.');
  });
});
