// Zoho CRM: leads, contacts, accounts and deals (Potentials), on every Zoho data centre's domain.
import { blockTextOf, clean, compact, firstValue, queryAllDeep, isHidden, valueOf, type Budget } from './dom';
import type { CrmAdapter, ExtractedRecord } from './types';

const MODULES: Record<string, string> = { leads: 'lead', contacts: 'contact', accounts: 'account', potentials: 'deal', deals: 'deal' };

/** Zoho's data centres: crm.zoho.com, .eu, .in, .com.au, .com.cn, .jp, .ca, .sa, .uk */
export const ZOHO_HOST = /^crm\.zoho\.(com|eu|in|com\.au|com\.cn|jp|ca|sa|uk)$/i;

/** A field by its old column id (#value_DESIGNATION) or new API name ([data-zcqa="value_Designation"]). */
function column(scope: ParentNode, columns: readonly string[], apiNames: readonly string[], budget: Budget, block = false): string | undefined {
  const read = (el: Element) => {
    const attr = el.getAttribute('cx-prop-value') ?? el.querySelector('[cx-prop-value]')?.getAttribute('cx-prop-value');
    if (attr !== null && attr !== undefined) return clean(attr);
    return block ? (blockTextOf(el) ?? valueOf(el)) : valueOf(el);
  };
  return firstValue(
    scope,
    [...columns.flatMap((c) => [`#value_${c}`, `#subvalue_${c}`]), ...apiNames.map((n) => `[data-zcqa="value_${n}"]`)],
    budget,
    read,
  );
}

export const zoho: CrmAdapter = {
  id: 'zoho',
  record(url) {
    if (!ZOHO_HOST.test(url.hostname)) return undefined;
    const parts = url.pathname.split('/').filter(Boolean);
    // /crm/org<orgId>/tab/<Module>/<recordId>, also /crm/tab/<Module>/<recordId>
    const tab = parts.indexOf('tab');
    if (parts[0] !== 'crm' || tab < 0) return undefined;
    const recordType = MODULES[(parts[tab + 1] ?? '').toLowerCase()];
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
    const title = t === 'lead' ? column(scope, ['DESIGNATION'], ['Designation'], budget) : t === 'contact' ? column(scope, ['TITLE'], ['Title'], budget) : undefined;
    const company =
      t === 'account' ? name : t === 'lead' ? column(scope, ['COMPANY'], ['Company'], budget) : column(scope, ['ACCOUNTID', 'ACCOUNTNAME'], ['Account_Name'], budget);
    const industry = t === 'lead' || t === 'account' ? column(scope, ['INDUSTRY'], ['Industry'], budget) : undefined;
    const description = column(scope, ['DESCRIPTION'], ['Description'], budget, true);
    const note = firstValue(doc, ['li.cxNotesLi .cxNotesAddedContent', '[data-zcqa="notesContent"]'], budget, blockTextOf);
    const notes = [description, note].filter(Boolean).join('\n') || undefined;
    const stage = t === 'deal' ? column(scope, ['STAGE'], ['Stage'], budget) : undefined;
    const amount = t === 'deal' ? column(scope, ['AMOUNT'], ['Amount'], budget) : undefined;
    return {
      prospect: compact({ name, title, company, industry, notes, stage, source: { crm: 'zoho' as const, recordType: t, recordId: rec.recordId, url: url.toString() } }),
      ...(amount ? { amount } : {}),
    };
  },
};
