// Zoho CRM: leads, contacts, accounts and deals (Potentials), on every Zoho data centre's domain.
import { amountOf, emailIn } from './amount';
import { activityNotes, blockTextOf, clean, compact, firstValue, queryAllDeep, isHidden, joinNotes, lookupValueOf, textOf, valueByLabel, type Budget } from './dom';
import { hostMatcher } from './hosts';
import type { CrmAdapter, ExtractedRecord } from './types';
import { ownValue } from '../own';
import { normaliseWebsite } from '../website';

const MODULES: Record<string, string> = { leads: 'lead', contacts: 'contact', accounts: 'account', potentials: 'deal', deals: 'deal' };

/** Zoho's data centres: crm.zoho.com, .eu, .in, .com.au, .com.cn, .jp, .ca, .sa, .uk */
const HOSTS = ['com', 'eu', 'in', 'com.au', 'com.cn', 'jp', 'ca', 'sa', 'uk'].map((tld) => `https://crm.zoho.${tld}/*`);
const onHost = hostMatcher(HOSTS);

/** A field by its old column id (#value_DESIGNATION) or new API name ([data-zcqa="value_Designation"]). */
function column(scope: ParentNode, columns: readonly string[], apiNames: readonly string[], budget: Budget, block = false, labels?: readonly string[]): string | undefined {
  const read = (el: Element) => {
    const attr = el.getAttribute('cx-prop-value') ?? el.querySelector('[cx-prop-value]')?.getAttribute('cx-prop-value');
    if (attr !== null && attr !== undefined) return clean(attr);
    return block ? (blockTextOf(el) ?? lookupValueOf(el)) : lookupValueOf(el);
  };
  return (
    firstValue(
      scope,
      [...columns.flatMap((c) => [`#value_${c}`, `#subvalue_${c}`]), ...apiNames.flatMap((n) => [`[data-zcqa="value_${n}"]`, `[data-zcqa="detailView_${n}"] [data-zcqa$="value"]`, `crux-field[api-name="${n}"]`, `[data-api-name="${n}"] [data-zcqa$="value"]`, `[cx-prop-api-name="${n}"]`])],
      budget,
      read,
    ) ?? (labels ? valueByLabel(scope, labels, budget, read) : undefined)
  );
}

/** The label of a note's author, in the languages Zoho's UI speaks: "Added by", "Created by", "von", "par". */
const AUTHOR_LABEL = /(?:^|\s)(?:by|von|par|por|da|di|door|de|owner|author|autor|auteur|autore|作成者|追加者)$/iu;

/** A module's name as a note's line names a parent record with it ("Contact - Elin Berg"), as Zoho's localised
 * interfaces name the modules: German "Kontakt", French "Prospect", "Compte", "Transaction", Spanish "Cliente
 * potencial", "Cuenta", "Contacto", "Acuerdo", Italian "Contatto", Dutch "Contactpersoon", Portuguese
 * "Oportunidade" (a lead), "Conta", "Contato", "Negociação"; singular or plural. */
const MODULE_WORD =
  /^(?:(?:lead|contact|account|potential|deal|prospect|compte|transaction|cuenta|contacto|acuerdo|conta|contato|oportunidade)s?|kontakte?|clientes? potencial(?:es)?|contatt[oi]|contactperso(?:on|nen)|negocia(?:ção|ções))$/iu;

/** A note of a related record listed with this record's notes: its line of author and parent names
 * another record ("Account: Oakridge Dental", "商談: みなと精機 - 支払自動化"); the record's own notes
 * name only its module ("Deal", "連絡先") or the record itself. */
function ofAnotherRecord(note: Element, recordName: string): boolean {
  const item = note.closest('li.cxNotesLi, [data-zcqa*="note"]');
  const named = item?.querySelector('.cxNotesAddedBy, [class*="notesAddedBy"], [class*="NotesParent"], [data-zcqa*="parent"]');
  const meta = named ?? item?.querySelector('[class*="NotesMeta"]');
  // "Module: name" in one of the line's parts; a time ("10:30") is not one, nor who added the note
  // ("Added by: Rui Alves", "Hinzugefügt von: ...", "Ajouté par : ..."). A line that only names the
  // parent may also read "Deal – St. Brigid's – Theatre" (a dash, not a colon); in a line of parent and
  // author ("Contact - Anja Brunner · Luca Meier") a dash follows the module's one word, never a name.
  // A line of who added it and when also has one word and a dash ("Gestern - vor 3 Std"): there, only a
  // module's name before the dash names a parent.
  const parentOnly = meta?.matches('[class*="NotesParent"], [data-zcqa*="parent"]');
  const pattern = parentOnly ? /^\s*(\p{L}[^:：–—-]*?)\s*(?:[:：]|\s[–—-])\s*(\D.*?)\s*$/u : /^\s*(\p{L}[^:：]*?)\s*[:：]\s*(\D.*?)\s*$/u;
  // A module's name may be two words ("Cliente potencial - ...").
  const dashAfterModule = (m: RegExpExecArray | null) => (m && (MODULE_WORD.test(m[1]!) || (!named && !m[1]!.includes(' '))) ? m : null);
  for (const part of (textOf(meta) ?? '').split(/[·|•]/)) {
    const m = pattern.exec(part) ?? (parentOnly ? null : dashAfterModule(/^\s*(\p{L}+(?: \p{L}+)?)\s+[–—-]\s+(\D.*?)\s*$/u.exec(part)));
    if (!m || AUTHOR_LABEL.test(m[1]!)) continue;
    return m[2] !== recordName;
  }
  return false;
}

export const zoho: CrmAdapter = {
  id: 'zoho',
  label: 'Zoho CRM',
  hosts: HOSTS,
  recordTypes: [...new Set(Object.values(MODULES))],
  record(url) {
    if (!onHost(url)) return undefined;
    const parts = url.pathname.split('/').filter(Boolean);
    // /crm/org<orgId>/tab/<Module>/<recordId>, also /crm/tab/<Module>/<recordId>
    const tab = parts.indexOf('tab');
    if (parts[0] !== 'crm' || tab < 0) return undefined;
    const recordType = ownValue(MODULES, (parts[tab + 1] ?? '').toLowerCase());
    const id = parts[tab + 2];
    if (!recordType || !id || !/^\d{6,}$/.test(id) || parts.length > tab + 3) return undefined;
    return { recordType, recordId: id };
  },
  extract(doc, url, budget): ExtractedRecord | null {
    const rec = this.record(url);
    if (!rec) return null;
    const scope = queryAllDeep(doc, '#detailView, .detailViewContainer, [data-zcqa="detailView"]', budget).find((el) => !isHidden(el)) ?? doc;
    const name = firstValue(scope, ['[data-zcqa="entityName"]', '.entityNameContent', '#subvalue_LASTNAME', 'h1'], budget) ?? firstValue(doc, ['[data-zcqa="entityName"]', '.entityNameContent'], budget);
    if (!name) return null;
    const t = rec.recordType;
    const title = t === 'lead' ? column(scope, ['DESIGNATION'], ['Designation'], budget, false, ['Title', 'Designation']) : t === 'contact' ? column(scope, ['TITLE'], ['Title'], budget, false, ['Title']) : undefined;
    const company =
      t === 'account'
        ? name
        : t === 'lead'
          ? column(scope, ['COMPANY'], ['Company'], budget, false, ['Company'])
          : column(scope, ['ACCOUNTID', 'ACCOUNTNAME'], ['Account_Name'], budget, false, ['Account Name']);
    const industry = t === 'lead' || t === 'account' ? column(scope, ['INDUSTRY'], ['Industry'], budget, false, ['Industry']) : undefined;
    const description = column(scope, ['DESCRIPTION'], ['Description'], budget, true, ['Description']);
    const note = activityNotes(doc, ['li.cxNotesLi .cxNotesAddedContent', '[data-zcqa="notesContent"]', '[data-zcqa="noteContent"]', '.zcrmNotesContent'], budget, 3, (el) => ofAnotherRecord(el, name));
    const notes = joinNotes(description, note);
    const stage = t === 'deal' ? column(scope, ['STAGE'], ['Stage'], budget, false, ['Stage']) : undefined;
    const amount = t === 'deal' ? column(scope, ['AMOUNT'], ['Amount'], budget, false, ['Amount']) : undefined;
    const email = t === 'lead' || t === 'contact' ? emailIn(column(scope, ['EMAIL'], ['Email'], budget, false, ['Email'])) : undefined;
    const website = t === 'account' || t === 'lead' ? normaliseWebsite(column(scope, ['WEBSITE'], ['Website'], budget, false, ['Website'])) : undefined;
    return {
      prospect: compact({ name, title, company, industry, notes, stage, amount: amountOf(amount), email, website, source: { crm: 'zoho' as const, recordType: t, recordId: rec.recordId, url: url.toString() } }),
      ...(amount ? { amount } : {}),
    };
  },
};
