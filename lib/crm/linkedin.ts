// LinkedIn profiles and Sales Navigator leads. Sidebars ("People also viewed") name other people:
// only the top card and the About section are read.
import { blockTextOf, clean, compact, firstValue, isHidden, queryAllDeep, textOf, type Budget } from './dom';
import { hostMatcher } from './hosts';
import { nameKey } from '../pack/clean';
import type { CrmAdapter, ExtractedRecord } from './types';

const HOSTS = ['https://www.linkedin.com/*'];
const onHost = hostMatcher(HOSTS);

/** A role the headline says is over ("Former COO at ...", "Ex-CFO at ...", "ehemalige ...", "ancien ..."). */
const FORMER = /^(?:(?:former|formerly|previously|retired|ehemalige?[rs]?|ancienn?e?|antigu[oa])\s|ex[-\s]|ehem\.)/i;

/** The words between a role and its employer that join nothing else: "at", "@", "bei" (German), "chez"
 * (French), "presso" (Italian), "bij" (Dutch). */
const EMPLOYER = /\s(at|@|bei|chez|presso|bij)\s+(?=\S)/giu;
/** Words that name an employer too but also join other words: Spanish "en" (French "en" joins a field:
 * "Ingénieur en Informatique"), Portuguese "na"/"no" (English "no": "Say No To Churn"). */
const EMPLOYER_SHORT = /\s(en|na|no)\s+(?=\S)/giu;
/** A head that "en" joins to its field in Spanish or French ("Licenciado en Derecho", "Ingénieur en
 * Informatique", "Consultante en Ressources Humaines", "Responsable en Communication"), not to an employer. */
const FIELD_BEFORE =
  /(?:especialista|sp[eé]cialiste|expert[oae]?|licenciad[oa]|graduad[oa]|dipl[oô]m[eé]e?|m[aá]ster|doct(?:eur|ora?)|ingenier[oa]|ing[eé]nieure?|t[eé]cnic[oa]|technicien(?:ne)?|diplomad[oa]|consult(?:ant|ante|or|ora)|responsable|charg[eé]e?(?: de mission)?|conseill(?:er|[eè]re)|format(?:eur|rice)|asesora?)$/iu;
/** A title that reads Portuguese: a joining word ("de", "da", "e", "em"...), a letter only Portuguese uses
 * among these languages (ã, õ, ç, ê), or a Portuguese role's head word. Only then does "na"/"no" name an employer. */
const PORTUGUESE =
  /(?<![\p{L}])(?:d[aeo]s?|e|em|para|gerente|diretora?|analista|engenheir[oa]|coordenadora?|desenvolvedora?|consultora?|especialista|supervisora?|executiv[oa]|assistente|s[óo]ci[oa]|fundadora?|presidente|vendedora?|estagi[áa]ri[oa]|advogad[oa])(?![\p{L}])|[ãõçê]/iu;

/** "VP Finance at Mercy Regional | CPA", "Leiterin Einkauf bei Stadtwerke Ulm" -> title and company. A word
 * that joins nothing else wins wherever it stands; only without one do "en", "na", "no" name an employer,
 * and only before a capital or a digit: "en" not after a field's head nor in a headline that says "chez",
 * "na"/"no" only after a title that reads Portuguese. A former role's "at" names a past employer, not the
 * person's company ("Former COO at Brightline Freight" gives the title "Former COO" and no company). */
export function splitHeadline(headline: string | undefined): { title?: string; company?: string } {
  if (!headline) return {};
  const first = headline.split(/\s[|•·]\s/)[0]!.trim();
  const names = (word: string, title: string, company: string) => {
    if (!title) return false;
    if (word !== 'en' && word !== 'na' && word !== 'no') return true;
    if (!/^[\p{Lu}\p{N}]/u.test(company)) return false;
    return word === 'en' ? !/(?<![\p{L}])chez(?![\p{L}])/iu.test(headline) && !FIELD_BEFORE.test(title) : PORTUGUESE.test(title);
  };
  for (const words of [EMPLOYER, EMPLOYER_SHORT]) {
    for (const m of first.matchAll(words)) {
      const [title, company] = [first.slice(0, m.index).trim(), first.slice(m.index + m[0].length)];
      if (!names(m[1]!.toLowerCase(), title, company)) continue;
      return FORMER.test(first) ? { title: clean(title) } : { title: clean(title), company: clean(company) };
    }
  }
  return { title: clean(first) };
}

/** The top card's current company, labelled in the interface's language: "Current company: Acme. Click to skip
 * to experience card", "Aktuelles Unternehmen: ...", "Entreprise actuelle : ...". */
const CURRENT_COMPANY = ['Current company', 'Aktuelles Unternehmen', 'Entreprise actuelle', 'Empresa actual', 'Azienda attuale', 'Huidig bedrijf', 'Empresa atual']
  .map((label) => `[aria-label^="${label}"]`)
  .join(', ');

function topCard(doc: Document, budget: Budget): Element | undefined {
  for (const h1 of queryAllDeep(doc, 'main h1, h1.text-heading-xlarge, h1', budget)) {
    if (isHidden(h1) || h1.closest('aside')) continue;
    return h1.closest('section') ?? h1.parentElement?.parentElement ?? undefined;
  }
  return undefined;
}

function aboutSection(doc: Document, budget: Budget): string | undefined {
  for (const section of queryAllDeep(doc, 'main section', budget)) {
    if (isHidden(section) || section.closest('aside')) continue;
    const anchor = section.querySelector('#about');
    const heading = section.querySelector('h2');
    const isAbout = anchor || /^\s*about\s*$/i.test(heading?.querySelector('span[aria-hidden="true"]')?.textContent ?? heading?.textContent ?? '');
    if (!isAbout) continue;
    const text =
      section.querySelector('.inline-show-more-text span[aria-hidden="true"]') ??
      section.querySelector('.pv-shared-text-with-see-more span[aria-hidden="true"]') ??
      Array.from(section.querySelectorAll('span[aria-hidden="true"]')).find((s) => !s.closest('h2') && !/^\s*about\s*$/i.test(s.textContent ?? ''));
    if (text) return blockTextOf(text);
    // The newer layout (hashed classes, no aria-hidden copies): the card's text below its heading.
    return blockTextOf(Array.from(section.children).find((c) => c.tagName !== 'H2' && !c.querySelector('h2') && textOf(c)));
  }
  return undefined;
}

// "Present" as the interface's languages write it (Brazilian Portuguese: "jan de 2020 - o momento"); \b knows only Latin letters, so the words of other
// scripts (Hebrew, Arabic, Japanese and Chinese, Korean, Russian) stand alone.
const PRESENT = /\b(present|today|heute|actualidad|aujourd|atual|o momento|presente|oggi|heden|obecnie)\b|היום|حتى الآن|現在|至今|현재|настоящее время/i;
/** A line of dates: it holds a year. Only such a line can say a position runs to the present; a
 * description's "現在の営業体制を構築" ("the present sales set-up") does not. Any script's digits: ٢٠١٩, ２０１９. */
const YEAR = /(?<!\p{Nd})\p{Nd}{4}(?!\p{Nd})/u;
const runsToPresent = (line: string) => YEAR.test(line) && PRESENT.test(line);

/** The current position in the Experience section: the first entry whose dates run to the present. An
 * entry grouping several roles at one company names the company first, its roles below. */
function currentPosition(doc: Document, budget: Budget): { title?: string; company?: string } {
  for (const section of queryAllDeep(doc, 'main section', budget)) {
    if (isHidden(section) || section.closest('aside')) continue;
    const anchor = section.querySelector('#experience');
    const heading = textOf(section.querySelector('h2'));
    if (!anchor && !/^experience$/i.test(heading ?? '')) continue;
    const entries = Array.from(section.querySelectorAll('[data-view-name="profile-component-entity"]'));
    for (const entry of entries) {
      if (!entry.querySelector('.t-bold')) {
        // The newer layout's hashed classes: an entry's lines are its paragraphs, the title first; a
        // role listed under a company (an entry holding entries) takes the company's first line.
        const lines = Array.from(entry.querySelectorAll('p')).map((p) => textOf(p) ?? '');
        if (!lines.some(runsToPresent)) continue;
        const group = entry.parentElement?.closest('li, [data-view-name^="profile-component-entity"]');
        const company = group && section.contains(group) ? textOf(group.querySelector('p')) : lines[1]?.split(' · ')[0];
        return { title: lines[0] || undefined, company: clean(company) };
      }
      const bold = textOf(entry.querySelector('.t-bold'));
      const captions = Array.from(entry.querySelectorAll('.pvs-entity__caption-wrapper, .t-black--light')).map((c) => textOf(c) ?? '');
      // A company with several roles: its roles are entries inside it (whatever list wraps them), and the
      // role running to the present is the title.
      const roles = Array.from(entry.querySelectorAll('[data-view-name="profile-component-entity"]'));
      if (roles.length) {
        for (const role of roles) {
          const roleCaption = Array.from(role.querySelectorAll('.pvs-entity__caption-wrapper, .t-black--light')).map((c) => textOf(c) ?? '').join(' ');
          if (PRESENT.test(roleCaption)) return { title: textOf(role.querySelector('.t-bold')), company: bold };
        }
        continue;
      }
      if (!captions.some((c) => PRESENT.test(c))) continue;
      const companyLine = textOf(entry.querySelector('.t-14.t-normal:not(.t-black--light)'));
      return { title: bold, company: clean(companyLine?.split(' · ')[0]) };
    }
    return {};
  }
  return {};
}

export const linkedin: CrmAdapter = {
  id: 'linkedin',
  label: 'LinkedIn',
  hosts: HOSTS,
  recordTypes: ['profile'],
  record(url) {
    if (!onHost(url)) return undefined;
    const parts = url.pathname.split('/').filter(Boolean);
    if (parts[0] !== 'in' || !parts[1] || parts.length > 2) return undefined;
    return { recordType: 'profile', recordId: decodeURIComponent(parts[1]) };
  },
  extract(doc, url, budget): ExtractedRecord | null {
    const rec = this.record(url);
    if (!rec) return null;
    const card = topCard(doc, budget);
    if (!card) return null;
    const name = firstValue(card, ['h1'], budget);
    if (!name) return null;
    const headline = firstValue(card, ['.text-body-medium.break-words', '[data-generated-suggestion-target]', '.pv-text-details__left-panel .text-body-medium'], budget);
    const { title: fromHeadlineTitle, company: fromHeadline } = splitHeadline(headline);
    const current = currentPosition(doc, budget);
    const currentCompany = card
      .querySelector(CURRENT_COMPANY)
      ?.getAttribute('aria-label')
      ?.replace(/^[^:]*:\s*/, '')
      .replace(/\.\s+[^.]*?(?:click|klick|cliqu|clic|klik)\S*\s.*$/i, '');
    return {
      prospect: compact({
        name,
        title: current.title ?? fromHeadlineTitle,
        // The top card's label is LinkedIn's own reading of the current employer; the headline is free text.
        company: current.company ?? clean(currentCompany) ?? fromHeadline,
        notes: aboutSection(doc, budget),
        source: { crm: 'linkedin' as const, recordType: 'profile', recordId: rec.recordId, url: url.toString() },
      }),
    };
  },
};

// A person's name: Sales Navigator's name element, a heading, or a link to a lead's page that holds only the
// name (a similar lead listed as a plain link), not a whole entry.
const PERSON_NAMES = '[data-anonymize="person-name"], h1, a[href*="/sales/lead/"], a[href*="/sales/people/"]';
const PERSON_BLURB = '[data-anonymize="person-blurb"]';
const JOB_TITLE = '[data-anonymize="job-title"]';
const COMPANY_NAME = '[data-anonymize="company-name"]';
const isName = (n: Element) => !isHidden(n) && !(n.tagName === 'A' && n.querySelector('div, p, li, [data-anonymize]'));

/** The same person's name, whatever the case or invisible characters, and with more after it at a word's
 * end ("Amara Obi, CPA", "Amara Obi · 2nd"). */
function sameName(shown: string | undefined, name: string): boolean {
  const [a, b] = [nameKey(shown ?? ''), nameKey(name)];
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return !!short && long.startsWith(short) && !/[\p{L}\p{M}\p{N}]/u.test(long.charAt(short.length));
}

/** A blurb or a job title (`kind`) under another person's name (a Relationship Explorer's entry, a similar
 * lead, "Ilse and Joost (Account Executive)"): in the nearest element around it that shows a person's name,
 * the name nearest it (the last before it, else the first after) is someone else's. A name in a part of that
 * element that holds its own blurb or title (another entry, a relationship line) names that one, not this. */
function ofAnotherPerson(el: Element, kind: string, name: string): boolean {
  for (let box = el.parentElement; box; box = box.parentElement) {
    const partOf = (n: Element) => {
      let part = n;
      while (part.parentElement && part.parentElement !== box) part = part.parentElement;
      return part;
    };
    // In document order with the element itself (linkedom's compareDocumentPosition answers the other way round).
    const inOrder = Array.from(box.querySelectorAll(`${PERSON_NAMES}, ${kind}`)).filter(
      (n) => n === el || (n.matches(PERSON_NAMES) && isName(n) && !partOf(n).matches(kind) && !partOf(n).querySelector(kind)),
    );
    const at = inOrder.indexOf(el);
    if (inOrder.length < 2 || at < 0) continue;
    return !sameName(textOf(at > 0 ? inOrder[at - 1] : inOrder[1]), name);
  }
  return false;
}

/** The lead's role shown outside its card (a "Current role" section, the Experience list beside it): the
 * first job title in no other person's entry, in its own entry (the largest element around it that holds
 * no other title nor a name), unless the entry's dates show it ended. Its company is the entry's. */
function roleBesideCard(doc: Document, name: string, budget: Budget): { title?: string; company?: string } {
  for (const el of queryAllDeep(doc, JOB_TITLE, budget)) {
    if (isHidden(el) || ofAnotherPerson(el, JOB_TITLE, name)) continue;
    const title = textOf(el);
    if (!title) continue;
    let entry = el;
    while (entry.parentElement && entry.parentElement.querySelectorAll(JOB_TITLE).length === 1 && !entry.parentElement.querySelector(PERSON_NAMES)) entry = entry.parentElement;
    const dates = textOf(entry) ?? '';
    if (YEAR.test(dates) && !PRESENT.test(dates)) continue;
    return { title, company: firstValue(entry, [COMPANY_NAME], budget) };
  }
  return {};
}

export const salesNavigator: CrmAdapter = {
  id: 'sales-navigator',
  label: 'Sales Navigator',
  hosts: HOSTS,
  recordTypes: ['lead'],
  record(url) {
    if (!onHost(url)) return undefined;
    const parts = url.pathname.split('/').filter(Boolean);
    if (parts[0] !== 'sales' || parts[1] !== 'lead' || !parts[2]) return undefined;
    const id = decodeURIComponent(parts[2]).split(',')[0]!;
    return id ? { recordType: 'lead', recordId: id } : undefined;
  },
  extract(doc, url, budget): ExtractedRecord | null {
    const rec = this.record(url);
    if (!rec) return null;
    // The lead's own card first: `main` also holds "Similar leads", with their titles and companies.
    const scope =
      ['#profile-card-section', 'section[data-x--lead--profile-card]', 'main']
        .map((selector) => queryAllDeep(doc, selector, budget).find((el) => !isHidden(el)))
        .find((el) => el !== undefined) ?? doc;
    const name = firstValue(scope, ['h1[data-x--lead--name]', '[data-anonymize="person-name"]', 'h1'], budget);
    if (!name) return null;
    const headline = splitHeadline(firstValue(scope, ['[data-anonymize="headline"]'], budget));
    const cardTitle = firstValue(scope, [JOB_TITLE], budget);
    // The card may show only the name and headline, the current role in a section of its own beside it. A
    // headline naming both a role and its employer is the lead's own pair, read before any role beside the
    // card, and a role beside it comes with its own company, never the headline's.
    const beside = cardTitle || headline.company ? {} : roleBesideCard(doc, name, budget);
    return {
      prospect: compact({
        name,
        title: cardTitle ?? beside.title ?? headline.title,
        company: firstValue(scope, [COMPANY_NAME], budget) ?? beside.company ?? headline.company,
        industry: firstValue(scope, ['[data-anonymize="industry"]'], budget),
        notes: firstValue(doc, [PERSON_BLURB], budget, (el) => (ofAnotherPerson(el, PERSON_BLURB, name) ? undefined : blockTextOf(el))),
        source: { crm: 'sales-navigator' as const, recordType: 'lead', recordId: rec.recordId, url: url.toString() },
      }),
    };
  },
};
