// Classes of markup and situation found in the independent set F's misses, each on a small invented
// page: Salesforce values inside a rendered `<slot name="outputField">` under labels in another language,
// a HubSpot company card that shows the company as a highlight, a Dynamics business process flow whose
// later stages are "inactiveStage" and whose active one says for how long, a Zoho note's line of parent
// and author ("Contact - name · author"), "Present" written in a script without word boundaries, and a
// Sales Navigator blurb under another person's name.
import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractProspect } from '.';

const page = (body: string) => parseHTML(`<html><head><title>Record</title></head><body>${body}</body></html>`).document as unknown as Document;

describe('Salesforce', () => {
  it('reads fields by their API names when the page renders the output slot itself, whatever the labels say', () => {
    const item = (api: string, label: string, value: string) =>
      `<records-record-layout-item field-label="${label}" data-target-selection-name="sfdc:RecordField.Opportunity.${api}"><span class="test-id__field-label">${label}</span><span class="test-id__field-value"><slot name="outputField">${value}</slot></span></records-record-layout-item>`;
    const body = `<div class="windowViewMode-normal oneContent active"><records-highlights2><h1><slot name="primaryField">Brasserie Vauclair – Caisses</slot></h1></records-highlights2>
      ${item('AccountId', 'Nom du compte', '<a href="/lightning/r/001Dn00000Zz9YyIAF/view">Brasserie Vauclair SARL</a>')}${item('Amount', 'Montant', '48\u00a0900,50\u00a0€')}</div>`;
    const url = 'https://vauclair.lightning.force.com/lightning/r/Opportunity/006Dn00000Qr7StIAF/view';
    const want = { name: 'Brasserie Vauclair – Caisses', company: 'Brasserie Vauclair SARL', amount: 48900.5 };
    expect(extractProspect(page(body), url)).toMatchObject(want);
    // In a browser, which computes styles and gives the slot no box of its own, the same.
    const window = new Window();
    window.document.write(`<html><body>${body}</body></html>`);
    expect(extractProspect(window.document as unknown as Document, url)).toMatchObject(want);
  });
});

describe('Salesforce console', () => {
  // Workspace tabs each hold a record container marked `active`; the unfocused ones are hidden only by
  // a stylesheet (laid out off-screen), which the command line cannot read. They come first.
  const tab = (id: string, name: string, inner = '', hook = `data-record-id="${id}"`) =>
    `<section class="tabContent oneConsoleTab" role="tabpanel"><div class="windowViewMode-normal oneContent active" ${hook}><records-highlights2><h1><slot name="primaryField">${name}</slot></h1></records-highlights2>${inner}</div></section>`;
  const consolePage = (...tabs: string[]) => page(`<style>.oneConsoleTab:not(.focused){position:absolute;left:-10000px}</style>${tabs.join('')}`);

  it('reads the workspace tab whose record id is the one in the address (15 or 18 characters)', () => {
    const doc = consolePage(tab('00Q5g00000Fh2KL', 'Owen Castellanos'), tab('0065g00000Lx9PqAAJ', 'Meridian Biologics - AP Automation'), tab('0035g00000Qm7Tz', 'Priya Raman'));
    expect(extractProspect(doc, 'https://meridianbio.lightning.force.com/lightning/r/Contact/0035g00000Qm7TzAAJ/view')?.name).toBe('Priya Raman');
    expect(extractProspect(doc, 'https://meridianbio.lightning.force.com/lightning/r/0065g00000Lx9PqAAJ/view')?.name).toBe('Meridian Biologics - AP Automation');
  });

  it("knows a tab by its record component's record-id or a link to its own related lists, not by a lookup to the record", () => {
    const lookup = '<records-hoverable-link record-id="0015g00000Mb7QaAAJ"><a data-recordid="0015g00000Mb7QaAAJ" href="/lightning/r/0015g00000Mb7QaAAJ/view">Meridian Biologics Inc.</a></records-hoverable-link>';
    const opportunity = tab('', 'Meridian Biologics - AP Automation', `<records-record-layout2 record-id="0065g00000Lx9PqAAJ">${lookup}</records-record-layout2>`, '');
    const account = tab('', 'Meridian Biologics Inc.', '<records-record-layout2 record-id="0015g00000Mb7QaAAJ"></records-record-layout2>', '');
    expect(extractProspect(consolePage(opportunity, account), 'https://meridianbio.lightning.force.com/lightning/r/Account/0015g00000Mb7QaAAJ/view')?.name).toBe('Meridian Biologics Inc.');
    const related = tab('', 'Meridian Biologics Inc.', '<a href="/lightning/r/Account/0015g00000Mb7QaAAJ/related/Contacts/view">View All</a>', '');
    expect(extractProspect(consolePage(opportunity, related), 'https://meridianbio.lightning.force.com/lightning/r/Account/0015g00000Mb7QaAAJ/view')?.name).toBe('Meridian Biologics Inc.');
  });

  it("does not take a record id inside a lookup's shadow root for the tab's own", () => {
    const lookup = '<force-lookup><template shadowrootmode="open"><span class="slds-truncate" data-recordid="0015g00000Mb7QaAAJ"><slot></slot></span></template>Meridian Biologics Inc.</force-lookup>';
    const opportunity = tab('', 'Meridian Biologics - AP Automation', `<records-record-layout2 record-id="0065g00000Lx9PqAAJ">${lookup}</records-record-layout2>`, '');
    const account = tab('', 'Meridian Biologics Inc.', '<records-record-layout2 record-id="0015g00000Mb7QaAAJ"></records-record-layout2>', '');
    expect(extractProspect(consolePage(opportunity, account), 'https://meridianbio.lightning.force.com/lightning/r/Account/0015g00000Mb7QaAAJ/view')?.name).toBe('Meridian Biologics Inc.');
  });
});

describe('HubSpot', () => {
  it("reads a deal's company from an association card that shows it as a highlight, not a link", () => {
    const doc = page(`<div data-test-id="left-sidebar"><h1 data-selenium-test="highlightTitle">Kestrel Foods – Labels</h1></div>
      <aside data-test-id="records-right-sidebar"><section data-card-type="ASSOCIATION"><h2>Firmen (1)</h2>
        <div data-selenium-test="company-highlight-details"><span data-selenium-test="highlightTitle">Kestrel Foods GmbH</span><div>kestrel.example</div></div></section></aside>`);
    expect(extractProspect(doc, 'https://app-eu1.hubspot.com/contacts/998/record/0-3/4411')?.company).toBe('Kestrel Foods GmbH');
  });
});

describe('Dynamics 365', () => {
  const url = 'https://tern.crm4.dynamics.com/main.aspx?pagetype=entityrecord&etn=opportunity&id=0b6f1c2d-3e4f-4a5b-8c7d-9e0f1a2b3c4d';
  const flow = (stages: string) => page(`<div data-id="editFormRoot"><h1 data-id="header_title" title="Tern – Fleet GPS">Tern – Fleet GPS</h1>
    <ul data-id="MscrmControls.Containers.ProcessBreadCrumb-headerStageContainer">${stages}</ul></div>`);
  const stage = (name: string, attrs: string) => `<li ${attrs}><div data-id="MscrmControls.Containers.ProcessBreadCrumb-processHeaderStageName_${name}" title="${name}">${name}</div></li>`;

  it('reads the active stage by its class, not a later stage whose class is inactiveStage', () => {
    const doc = flow(`${stage('Qualify', 'class="completedStage"')}${stage('Develop', 'class="activeStage"')}${stage('Propose', 'class="inactiveStage"')}`);
    expect(extractProspect(doc, url)?.stage).toBe('Develop');
  });

  it('reads the active stage whose label says for how long it has been active', () => {
    const doc = flow(`${stage('Qualify', 'aria-label="Qualify, Completed"')}${stage('Develop', 'aria-label="Develop, Active for 12 days"')}${stage('Propose', 'aria-label="Propose"')}`);
    expect(extractProspect(doc, url)?.stage).toBe('Develop');
  });
});

describe('Zoho CRM', () => {
  it("leaves out a related record's note whose line of parent and author reads 'Contact - name · author'", () => {
    const note = (meta: string, text: string) => `<li class="cxNotesLi"><div class="cxNotesAddedContent">${text}</div><div class="cxNotesMeta">${meta}</div></li>`;
    const doc = page(`<div id="detailView"><span class="entityNameContent">Orchard Mills – ERP</span><ul>
      ${note('Deal - Orchard Mills – ERP · Ravi Nair', 'Board signs off in May.')}${note('Contact - Elin Berg · Ravi Nair', 'Elin is travelling until Friday.')}</ul></div>`);
    expect(extractProspect(doc, 'https://crm.zoho.com/crm/org1234567/tab/Potentials/4876223000001120300')?.notes).toBe('Board signs off in May.');
  });

  it("keeps the record's own note whose line reads 'author - when'", () => {
    const doc = page(`<div id="detailView"><span class="entityNameContent">Orchard Mills – ERP</span><ul>
      <li class="cxNotesLi"><div class="cxNotesAddedContent">Board signs off in May.</div><div class="cxNotesMeta">Ravi Nair - Yesterday</div></li></ul></div>`);
    expect(extractProspect(doc, 'https://crm.zoho.com/crm/org1234567/tab/Potentials/4876223000001120300')?.notes).toBe('Board signs off in May.');
  });
});

describe('Zoho CRM, a line of who added the note and when', () => {
  const notes = (...items: [string, string][]) =>
    page(`<div id="detailView"><span class="entityNameContent">Orchard Mills – ERP</span><ul>${items
      .map(([meta, text]) => `<li class="cxNotesLi"><div class="cxNotesAddedContent">${text}</div><div class="cxNotesAddedBy">${meta}</div></li>`)
      .join('')}</ul></div>`);
  const url = 'https://crm.zoho.com/crm/org1234567/tab/Potentials/4876223000001120300';

  it("keeps the record's own note whose line reads 'when - how long ago' (one word, a dash)", () => {
    expect(extractProspect(notes(['Gestern - vor 3 Std', 'Vorstand entscheidet im Mai.']), url)?.notes).toBe('Vorstand entscheidet im Mai.');
  });

  it("still leaves out a note whose line names another record after a module's name and a dash", () => {
    expect(extractProspect(notes(['Gestern - vor 3 Std', 'Vorstand entscheidet im Mai.'], ['Contact - Elin Berg', 'Elin is travelling until Friday.']), url)?.notes).toBe('Vorstand entscheidet im Mai.');
  });
});

describe('LinkedIn', () => {
  const profile = (caption: string) =>
    page(`<main><section><h1 class="text-heading-xlarge">Yui Sato</h1><div class="text-body-medium break-words">Finance | SaaS</div></section>
      <section><div id="experience"></div><h2><span>職歴</span></h2><ul>
        <li><div data-view-name="profile-component-entity"><div class="t-bold"><span>経理部長</span></div>
          <span class="t-14 t-normal"><span>みどり商事 · 正社員</span></span>
          <span class="t-14 t-normal t-black--light"><span class="pvs-entity__caption-wrapper">${caption}</span></span></div></li></ul></section></main>`);

  it('reads the current position when its dates run to "present" in a script without word boundaries', () => {
    expect(extractProspect(profile('2021年4月～現在 · 4年'), 'https://www.linkedin.com/in/yui-sato/')).toMatchObject({ title: '経理部長', company: 'みどり商事' });
    expect(extractProspect(profile('ינו׳ 2021 - היום'), 'https://www.linkedin.com/in/yui-sato/')).toMatchObject({ title: '経理部長', company: 'みどり商事' });
  });

  it('does not read a past position as current because its description says "present" (現在, 현재, 至今, היום)', () => {
    const newer = (description: string, dates = '2015年4月 - 2019年3月 · 4年') =>
      page(`<main><section><h1>Yui Sato</h1><div class="text-body-medium break-words">Finance | SaaS</div></section>
        <section><h2>Experience</h2><ul>
          <li data-view-name="profile-component-entity"><p class="_g7">営業部長</p><p>みどり商事 · 正社員</p><p>${dates}</p><p>${description}</p></li></ul></section></main>`);
    for (const description of ['現在の営業体制を構築', '현재 영업 체계를 구축', '至今仍在使用的流程', 'התהליך שפועל היום']) {
      expect(extractProspect(newer(description), 'https://www.linkedin.com/in/yui-sato/')?.title).toBe('Finance');
    }
    expect(extractProspect(newer('現在の営業体制を構築', '2019年4月 - 現在 · 6年'), 'https://www.linkedin.com/in/yui-sato/')).toMatchObject({ title: '営業部長', company: 'みどり商事' });
    // A year in other digits (Arabic-Indic, full-width) still makes a line of dates.
    expect(extractProspect(newer('', 'يناير ٢٠١٩ - حتى الآن'), 'https://www.linkedin.com/in/yui-sato/')?.title).toBe('営業部長');
    expect(extractProspect(newer('', '２０１９年４月 - 現在'), 'https://www.linkedin.com/in/yui-sato/')?.title).toBe('営業部長');
  });

  it('still takes the headline when the only position has ended', () => {
    expect(extractProspect(profile('2016年 - 2021年'), 'https://www.linkedin.com/in/yui-sato/')?.title).toBe('Finance');
  });
});

describe('Sales Navigator', () => {
  const url = 'https://www.linkedin.com/sales/lead/ACwAAB9zXy8,NAME_SEARCH,q1';
  const lead = (about: string) =>
    page(`<main><section data-sn-view-name="lead-top-card"><h1 data-x--lead--name data-anonymize="person-name">Amara Obi</h1><span data-anonymize="job-title">Head of Fleet</span></section>
      ${about}<section data-sn-view-name="account-relationship-explorer"><ul><li><span data-anonymize="person-name">Kofi Mensah</span><div data-anonymize="person-blurb">Treasury and FX for West Africa.</div></li></ul></section></main>`);

  it("does not take another person's blurb for the lead's About while the About is loading", () => {
    expect(extractProspect(lead('<section aria-busy="true"><h2>About</h2><div class="skeleton"></div></section>'), url)?.notes).toBeUndefined();
  });

  it("reads the lead's own About beside other people's blurbs", () => {
    expect(extractProspect(lead('<section><h2>About</h2><div data-anonymize="person-blurb">Runs 400 trucks.</div></section>'), url)?.notes).toBe('Runs 400 trucks.');
  });

  it("reads the lead's own About when its card also names someone else first, or the lead with more than the name", () => {
    const shared = '<section><p><span data-anonymize="person-name">Kofi Mensah</span> is a shared connection</p><h2>About <span data-anonymize="person-name">Amara Obi</span></h2><div data-anonymize="person-blurb">Runs 400 trucks.</div></section>';
    expect(extractProspect(lead(shared), url)?.notes).toBe('Runs 400 trucks.');
    const credentials = '<section><h2>About <span data-anonymize="person-name">AMARA OBI, CPA</span></h2><div data-anonymize="person-blurb">Runs 400 trucks.</div></section>';
    expect(extractProspect(lead(credentials), url)?.notes).toBe('Runs 400 trucks.');
  });
});
