// Classes of markup and situation found in the independent set C's misses, each on a small invented
// page: a LinkedIn company grouping several roles in a list of its own (no sub-components wrapper), a
// headline whose role is a former one, a Sales Navigator lead whose current role sits in a section beside
// its card, and a HubSpot field still loading (its row shows only its label) above another field.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractProspect } from '.';

const page = (body: string) => parseHTML(`<html><head><title>Record</title></head><body>${body}</body></html>`).document as unknown as Document;

describe('LinkedIn', () => {
  const profile = (headline: string, experience: string) =>
    page(`<main><section><h1>Tomasz Wójcik</h1><div class="text-body-medium break-words">${headline}</div></section>
      <section><div id="experience"></div><h2><span aria-hidden="true">Doświadczenie</span></h2><ul>${experience}</ul></section></main>`);
  const url = 'https://www.linkedin.com/in/tomasz-wojcik/';
  const role = (title: string, dates: string, company = '') =>
    `<li data-view-name="profile-component-entity"><div class="t-bold"><span aria-hidden="true">${title}</span><span class="visually-hidden">${title}</span></div>${company ? `<span class="t-14 t-normal"><span aria-hidden="true">${company}</span></span>` : ''}<span class="t-14 t-normal t-black--light"><span class="pvs-entity__caption-wrapper" aria-hidden="true">${dates}</span></span></li>`;

  it('takes the current role of a company that groups several roles in a list of its own, and the company from the group', () => {
    const group = `<li data-view-name="profile-component-entity"><div class="t-bold"><span aria-hidden="true">Kolej Mazowiecka S.A.</span><span class="visually-hidden">Kolej Mazowiecka S.A.</span></div>
      <span class="t-14 t-normal"><span aria-hidden="true">Pełny etat · 7 lat</span></span>
      <ul class="roles">${role('Dyrektor Zakupów', 'mar 2021 – Present · 5 lat')}${role('Kierownik Logistyki', 'sty 2019 – lut 2021')}</ul></li>`;
    expect(extractProspect(profile('Zakupy w transporcie szynowym', group + role('Analityk', '2014 – 2018', 'PKP Cargo · Pełny etat')), url)).toMatchObject({
      title: 'Dyrektor Zakupów',
      company: 'Kolej Mazowiecka S.A.',
    });
  });

  it("gives no company from a headline whose role is a former one (every position ended), and still names the role", () => {
    const ended = role('Chief Operating Officer', 'Jan 2018 - Feb 2026', 'Harbor Lines · Full-time');
    const prospect = extractProspect(profile('Former COO at Harbor Lines | Advisor', ended), url);
    expect(prospect?.title).toBe('Former COO');
    expect(prospect?.company).toBeUndefined();
    expect(extractProspect(profile('Ex-CFO at Harbor Lines', ended), url)?.company).toBeUndefined();
    // A current role in the headline still names the company.
    expect(extractProspect(profile('COO at Harbor Lines | Advisor', ended), url)?.company).toBe('Harbor Lines');
  });
});

describe('Sales Navigator', () => {
  const url = 'https://www.linkedin.com/sales/lead/ACwAAAZZ9yXwVuTsRq,NAME_SEARCH,x1Yz';
  const lead = (roles: string, rail = '', headline = 'Supply chain | Procurement') =>
    page(`<div class="lead-page"><div class="main">
      <section id="profile-card-section"><h1 data-x--lead--name data-anonymize="person-name">Ilse Vermeulen</h1><span data-anonymize="headline">${headline}</span></section>
      ${roles}</div><aside>${rail}</aside></div>`);
  const rail = `<section><h2>Similar leads</h2><ul><li><a data-anonymize="person-name">Bram de Wit</a><div data-anonymize="job-title">Head of Logistics</div><div data-anonymize="company-name">Noordhaven BV</div></li></ul></section>`;

  it("reads the lead's current role from a section beside the card, not a similar lead's", () => {
    const current = `<section><h2>Huidige functie</h2><div><span data-anonymize="job-title">Inkoopdirecteur</span> bij <a data-anonymize="company-name">Noordhaven BV</a><div>apr. 2022–heden · 4 jr</div></div></section>`;
    // Another person's title in a relationship line of the main column is not the lead's either.
    const relationship = `<section><p><span data-anonymize="person-name">Joost Bakker</span> (<span data-anonymize="job-title">Account Executive</span>) knows Ilse</p></section>`;
    expect(extractProspect(lead(relationship + current, rail), url)).toMatchObject({ title: 'Inkoopdirecteur', company: 'Noordhaven BV' });
  });

  it("does not give the lead the title of the name nearest it when the lead is named too, nor a similar lead's named by a plain link", () => {
    const both = `<section><p><span data-anonymize="person-name">Ilse Vermeulen</span> and <span data-anonymize="person-name">Joost Bakker</span> (<span data-anonymize="job-title">Account Executive</span>) worked together</p></section>`;
    const current = `<section><h2>Huidige functie</h2><div><span data-anonymize="job-title">Inkoopdirecteur</span> bij <a data-anonymize="company-name">Noordhaven BV</a></div></section>`;
    expect(extractProspect(lead(both + current), url)).toMatchObject({ title: 'Inkoopdirecteur', company: 'Noordhaven BV' });
    expect(extractProspect(lead(both), url)?.title).toBe('Supply chain');
    const plainRail = `<section><h2>Similar leads</h2><ul><li><a href="/sales/lead/ACwAAB7kQ2,NAME_SEARCH,r2">Bram de Wit</a><div data-anonymize="job-title">Head of Logistics</div><div data-anonymize="company-name">Noordhaven BV</div></li></ul></section>`;
    const prospect = extractProspect(lead('', plainRail), url);
    expect(prospect?.title).toBe('Supply chain');
    expect(prospect?.company).toBeUndefined();
  });

  it("takes the title and company as a pair from the headline when it names both, not a title from beside the card with the headline's company", () => {
    const other = `<section><div><span data-anonymize="job-title">Account Executive</span></div></section>`;
    expect(extractProspect(lead(other, '', 'Inkoopdirecteur bij Noordhaven BV'), url)).toMatchObject({ title: 'Inkoopdirecteur', company: 'Noordhaven BV' });
  });

  it('skips a role whose dates show it ended, and falls back to the headline when no role runs on', () => {
    const experience = (...rows: string[]) => `<section><h2>Experience</h2><ul>${rows.join('')}</ul></section>`;
    const row = (title: string, company: string, dates: string) => `<li><h3 data-anonymize="job-title">${title}</h3><p data-anonymize="company-name">${company}</p><span>${dates}</span></li>`;
    expect(extractProspect(lead(experience(row('Category Manager', 'Delta Foods', '2015–2020'), row('Procurement Lead', 'Noordhaven BV', '2020–Present')), rail), url)).toMatchObject({
      title: 'Procurement Lead',
      company: 'Noordhaven BV',
    });
    const prospect = extractProspect(lead(experience(row('Category Manager', 'Delta Foods', '2015–2020')), rail), url);
    expect(prospect?.title).toBe('Supply chain');
    expect(prospect?.company).toBeUndefined();
  });
});

describe('HubSpot', () => {
  it('reads no description while it is still loading, rather than the label of the row below it', () => {
    const row = (name: string, label: string, value: string) => `<div class="prop"><label>${label}</label><div data-field="${name}">${value}</div></div>`;
    const body = `<div data-test-id="left-sidebar"><h1><span data-selenium-test="highlightTitle">Kestrel Orthodontics</span></h1>
      <section>${row('industry', 'Industry', 'Medical Practice')}${row('description', 'Description', '<span class="skeleton"></span><span class="skeleton"></span>')}${row('phone', 'Phone number', '<span class="skeleton"></span>')}${row('city', 'City', 'Leeds')}</section></div>`;
    const prospect = extractProspect(page(body), 'https://app-eu1.hubspot.com/contacts/5512/record/0-2/77120')!;
    expect(prospect.industry).toBe('Medical Practice');
    expect(prospect.notes).toBeUndefined();
  });
});

describe('Salesforce', () => {
  it("reads a required field's value beside a label of its name and a star, not the star", () => {
    const field = (label: string, value: string) =>
      `<div class="slds-form-element"><label><span>${label}</span><abbr class="slds-required" title="required">*</abbr></label><div>${value}</div></div>`;
    const body = `<div class="record-body"><records-highlights2><h1><div class="entityNameTitle">Lead</div><slot name="primaryField"><lightning-formatted-name>Dana Whitfield</lightning-formatted-name></slot></h1></records-highlights2>
      <div class="slds-form">${field('Company', 'Kestrel Health')}${field('Industry', 'Medical Practice')}</div></div>`;
    expect(extractProspect(page(body), 'https://kestrelhealth.lightning.force.com/lightning/r/Lead/00Q8d00000Fh3XyEAJ/view')).toMatchObject({
      company: 'Kestrel Health',
      industry: 'Medical Practice',
    });
  });
});
