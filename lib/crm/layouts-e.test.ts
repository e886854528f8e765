// Classes of markup and situation found in the independent set E's misses, each on a small invented
// page: a Salesforce person account, a HubSpot company chicklet, a Pipedrive pipeline bar whose steps
// are buttons, a Zoho related note's parent written with a dash, LinkedIn's newer hashed-class profile.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractProspect } from '.';

const page = (body: string) => parseHTML(`<html><head><title>Record</title></head><body>${body}</body></html>`).document as unknown as Document;

describe('Salesforce', () => {
  const item = (api: string, label: string, value: string) =>
    `<records-record-layout-item field-label="${label}" data-target-selection-name="sfdc:RecordField.Account.${api}"><span class="test-id__field-label">${label}</span><span slot="outputField">${value}</span></records-record-layout-item>`;
  const account = (fields: string) =>
    page(`<div class="windowViewMode-normal oneContent active"><records-highlights2><h1><slot name="primaryField"><lightning-formatted-name slot="primaryField">Noor Haddad</lightning-formatted-name></slot></h1></records-highlights2>${fields}</div>`);
  const url = 'https://acme.lightning.force.com/lightning/r/Account/001Dn00000Ab1CdIAF/view';

  it("reads a person account as the person it is: title and email, and no organisation", () => {
    const doc = account(`${item('PersonTitle', 'Title', 'Head Pharmacist')}${item('PersonEmail', 'Email', '<a href="mailto:noor@haddad.example">noor@haddad.example</a>')}${item('Industry', 'Industry', 'Pharmacy')}`);
    const prospect = extractProspect(doc, url);
    expect(prospect).toMatchObject({ name: 'Noor Haddad', title: 'Head Pharmacist', email: 'noor@haddad.example', industry: 'Pharmacy' });
    expect(prospect?.company).toBeUndefined();
  });

  it('still reads a business account as its own company, with no title', () => {
    const prospect = extractProspect(account(`${item('Industry', 'Industry', 'Pharmacy')}`), url);
    expect(prospect).toMatchObject({ name: 'Noor Haddad', company: 'Noor Haddad' });
    expect(prospect?.title).toBeUndefined();
  });
});

describe('HubSpot', () => {
  it("reads a deal's company from its association chicklet, whatever its link points at", () => {
    const doc = page(`<div data-test-id="left-sidebar"><span data-selenium-test="highlightTitle">Fjord Dairy – Scanners</span></div>
      <div data-test-id="records-right-sidebar"><section><h4>Contacts (1)</h4><a data-selenium-test="contact-chicklet-title-link" href="#">Ola Berg</a></section>
      <section><h4>Companies (1)</h4><a data-selenium-test="company-chicklet-title-link" href="#">Fjord Dairy AS</a></section></div>`);
    expect(extractProspect(doc, 'https://app.hubspot.com/contacts/123/record/0-3/456')?.company).toBe('Fjord Dairy AS');
  });
});

describe('Pipedrive', () => {
  const step = (name: string, current = false) => `<li class="pipeline-stage"${current ? ' aria-current="step"' : ''}><button type="button" aria-label="${name}" title="${name}"><span class="days">3 days</span></button></li>`;
  it('reads the current step of a pipeline bar named pipeline-bar, its name on its button', () => {
    const doc = page(`<main><h1 data-testid="header-title">Fjord – Scanners</h1>
      <div data-testid="pipeline-bar"><ol>${step('Qualified')}${step('Demo', true)}${step('Proposal')}</ol></div></main>`);
    expect(extractProspect(doc, 'https://acme.pipedrive.com/deal/7')?.stage).toBe('Demo');
  });
  it('reads the current step of a list of pipeline stages', () => {
    const doc = page(`<main><h1 data-testid="header-title">Fjord – Scanners</h1>
      <ol class="deal-pipeline-stages"><li>Qualified</li><li aria-current="step">Demo</li><li>Proposal</li></ol></main>`);
    expect(extractProspect(doc, 'https://acme.pipedrive.com/deal/7')?.stage).toBe('Demo');
  });
});

describe('Zoho CRM', () => {
  it("leaves out a related record's note whose parent line reads 'Deal – name'", () => {
    const note = (parent: string, text: string) => `<li class="cxNotesLi"><div class="cxNotesAddedContent">${text}</div><div class="cxNotesParent">${parent}</div></li>`;
    const doc = page(`<div id="detailView"><span class="entityNameContent">Ines Costa</span>
      <ul>${note('Contact – Ines Costa', 'Runs two shifts.')}${note('Deal – Costa – Sensors', 'Quote at 40k.')}</ul></div>`);
    expect(extractProspect(doc, 'https://crm.zoho.eu/crm/org1234567/tab/Contacts/4876223000001120299')?.notes).toBe('Runs two shifts.');
  });
});

describe('LinkedIn', () => {
  it('reads the newer profile layout, whose classes are hashed: About, and the current role under its company', () => {
    const doc = page(`<main>
      <section componentkey="com.linkedin.sdui.profile.card.refXTopcard"><h1 class="_a1">Dara Quinn</h1><p class="_b2">Ops nerd | Speaker</p></section>
      <section componentkey="com.linkedin.sdui.profile.card.refXAbout"><h2 class="_c3">About</h2><div class="_d4"><span class="_e5">I run depots for a grocer.</span></div></section>
      <section componentkey="com.linkedin.sdui.profile.card.refXExperience"><h2 class="_c3">Experience</h2><ul>
        <li class="_f6"><div><p class="_g7">Green Basket</p><p>Full-time · 5 yrs</p></div><ul>
          <li data-view-name="profile-component-entity"><p class="_g7">Head of Depots</p><p>Mar 2023 - Present · 2 yrs</p></li>
          <li data-view-name="profile-component-entity"><p class="_g7">Depot Manager</p><p>Jan 2020 - Feb 2023</p></li></ul></li>
        <li data-view-name="profile-component-entity"><p class="_g7">Shift Lead</p><p>Fresh Co · Full-time</p><p>2016 - 2019</p></li></ul></section></main>`);
    expect(extractProspect(doc, 'https://www.linkedin.com/in/dara-quinn/')).toMatchObject({ name: 'Dara Quinn', title: 'Head of Depots', company: 'Green Basket', notes: 'I run depots for a grocer.' });
  });
});
