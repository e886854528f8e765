// The CRM readers' words in the interface languages reps use besides English (German, French, Spanish, Italian,
// Dutch, Portuguese), each class on a small invented page: a headline's employer after the language's word for
// "at" when no current position shows, the LinkedIn top card's localised "Current company" label, and a Zoho
// note's line naming another record with a localised module name and a dash.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractProspect } from '.';

const page = (body: string) => parseHTML(`<html><head><title>Record</title></head><body>${body}</body></html>`).document as unknown as Document;

const HEADLINES: [string, string, string][] = [
  ['Leiterin Einkauf bei Stadtwerke Ulm | Energie', 'Leiterin Einkauf', 'Stadtwerke Ulm'],
  ['Responsable achats chez Groupe Vasseur', 'Responsable achats', 'Groupe Vasseur'],
  ['Director de compras en Aceros Ibéricos', 'Director de compras', 'Aceros Ibéricos'],
  ['Responsabile acquisti presso Ferretti Meccanica', 'Responsabile acquisti', 'Ferretti Meccanica'],
  ['Inkoper bij Van Dijk Logistiek', 'Inkoper', 'Van Dijk Logistiek'],
  ['Diretora de compras na Usiminas', 'Diretora de compras', 'Usiminas'],
  ['Gerente de produto no Nubank', 'Gerente de produto', 'Nubank'],
];

describe('LinkedIn profile, no current position shown', () => {
  const url = 'https://www.linkedin.com/in/ines-vega/';
  const profile = (headline: string, card = '') =>
    page(`<main><section><h1 class="text-heading-xlarge">Inés Vega</h1><div class="text-body-medium break-words">${headline}</div>${card}</section></main>`);

  it("takes the company after the headline's word for 'at' in each supported language", () => {
    for (const [headline, title, company] of HEADLINES) {
      expect(extractProspect(profile(headline), url), headline).toMatchObject({ title, company });
    }
  });

  it('does not take a field of study or a lower-case phrase for a company', () => {
    expect(extractProspect(profile('Licenciado en Derecho | Compliance'), url)).toMatchObject({ title: 'Licenciado en Derecho' });
    expect(extractProspect(profile('Licenciado en Derecho | Compliance'), url)?.company).toBeUndefined();
    expect(extractProspect(profile('Helping founders say no to churn'), url)?.company).toBeUndefined();
    expect(extractProspect(profile('Especialista en ventas en Aceros Ibéricos'), url)).toMatchObject({ title: 'Especialista en ventas', company: 'Aceros Ibéricos' });
    expect(extractProspect(profile('Ehemalige Leiterin Einkauf bei Stadtwerke Ulm'), url)?.company).toBeUndefined();
  });

  it("does not split a role at a short word that joins its field, nor at English 'no'", () => {
    const whole = (headline: string, title: string, company?: string) => {
      const prospect = extractProspect(profile(headline), url);
      expect(prospect?.title, headline).toBe(title);
      expect(prospect?.company, headline).toBe(company);
    };
    whole('Ingénieur en Informatique chez Thales', 'Ingénieur en Informatique', 'Thales');
    whole('Consultante en Ressources Humaines chez Danone', 'Consultante en Ressources Humaines', 'Danone');
    whole('Responsable en Communication', 'Responsable en Communication');
    whole('Inkoop en Logistiek bij Van Dijk', 'Inkoop en Logistiek', 'Van Dijk');
    whole('Helping Founders Say No To Churn', 'Helping Founders Say No To Churn');
    whole('CEO e Fundador na Acme Pagamentos', 'CEO e Fundador', 'Acme Pagamentos');
  });

  it("prefers the top card's current company to the headline's", () => {
    const card = `<ul><li><button aria-label="Entreprise actuelle : Groupe Vasseur. Cliquez pour passer à la carte Expérience"><span>Groupe Vasseur</span></button></li></ul>`;
    expect(extractProspect(profile('Acheteuse chez Vasseur Distribution (ancien nom)', card), url)).toMatchObject({ title: 'Acheteuse', company: 'Groupe Vasseur' });
  });

  it("reads the top card's current company from its label in the interface's language", () => {
    const labelled = (label: string) => profile('Einkauf | Energie', `<ul><li><button aria-label="${label}"><span>Stadtwerke Ulm</span></button></li></ul>`);
    expect(extractProspect(labelled('Aktuelles Unternehmen: Stadtwerke Ulm. Klicken Sie hier, um zur Karte „Berufserfahrung“ zu springen'), url)?.company).toBe('Stadtwerke Ulm');
    expect(extractProspect(labelled('Entreprise actuelle\u00a0: Groupe Vasseur S.A.. Cliquez pour passer à la carte Expérience'), url)?.company).toBe('Groupe Vasseur S.A.');
    expect(extractProspect(labelled('Empresa actual: Aceros Ibéricos'), url)?.company).toBe('Aceros Ibéricos');
    expect(extractProspect(labelled('Current company: Liquid I.V.. Click to skip to experience card'), url)?.company).toBe('Liquid I.V.');
  });
});

describe('LinkedIn profile in Brazilian Portuguese', () => {
  it('takes the position whose dates run to "o momento" as the current one', () => {
    const entry = (title: string, company: string, dates: string) =>
      `<li data-view-name="profile-component-entity"><div class="t-bold"><span aria-hidden="true">${title}</span><span class="visually-hidden">${title}</span></div><span class="t-14 t-normal"><span aria-hidden="true">${company}</span><span class="visually-hidden">${company}</span></span><span class="t-14 t-normal t-black--light"><span class="pvs-entity__caption-wrapper" aria-hidden="true">${dates}</span><span class="visually-hidden">${dates.replace(/^(.*) - (.*?) ·/, 'De $1 até $2 ·')}</span></span></li>`;
    const doc = page(`<main><section><h1>Beatriz Sousa</h1><div class="text-body-medium break-words">Compras | Siderurgia</div></section>
      <section><div id="experience"></div><h2>Experiência</h2><ul>${entry('Gerente de compras', 'Usiminas · Tempo integral', 'jan de 2020 - o momento · 4 anos 11 meses')}${entry('Compradora', 'Gerdau · Tempo integral', 'mar de 2015 - dez de 2019 · 4 anos 10 meses')}</ul></section></main>`);
    expect(extractProspect(doc, 'https://www.linkedin.com/in/beatriz-sousa/')).toMatchObject({ title: 'Gerente de compras', company: 'Usiminas' });
  });
});

describe('Sales Navigator lead, only a headline in the card', () => {
  it("takes the company after the headline's word for 'at' in each supported language", () => {
    for (const [headline, title, company] of HEADLINES) {
      const doc = page(`<main><section id="profile-card-section"><h1 data-x--lead--name data-anonymize="person-name">Inés Vega</h1><span data-anonymize="headline">${headline}</span></section></main>`);
      expect(extractProspect(doc, 'https://www.linkedin.com/sales/lead/ACwAAB9zXy8,NAME_SEARCH,q1'), headline).toMatchObject({ title, company });
    }
  });
});

describe('Zoho CRM, a note of another record named with a localised module name and a dash', () => {
  const url = 'https://crm.zoho.eu/crm/org20071234/tab/Potentials/4876223000001120300';
  const notes = (...items: [string, string][]) =>
    page(`<div id="detailView"><span class="entityNameContent">Stadtwerke Ulm – Zähler</span><ul>${items
      .map(([meta, text]) => `<li class="cxNotesLi"><div class="cxNotesAddedContent">${text}</div><div class="cxNotesAddedBy">${meta}</div></li>`)
      .join('')}</ul></div>`);
  const own: [string, string] = ['Gestern - vor 3 Std', 'Vorstand entscheidet im Mai.'];

  it("leaves the related record's note out and keeps the record's own", () => {
    for (const parent of ['Kontakt - Elin Berg', 'Contacto - Elin Berg', 'Cliente potencial - Elin Berg', 'Compte - Brasserie Vauclair', 'Contactpersoon - Elin Berg', 'Contato - Elin Berg', 'Negociação - Frota 2027', 'Contatto - Elin Berg']) {
      expect(extractProspect(notes(own, [parent, 'Elin is travelling until Friday.']), url)?.notes, parent).toBe('Vorstand entscheidet im Mai.');
    }
  });
});
