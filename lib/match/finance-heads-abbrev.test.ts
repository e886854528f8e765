// The head of an Italian "AFC" department as the finance director, and the Dutch bookkeeping department as accounting.
// The taxonomy and records here are made up for the tests.
import { describe, expect, it } from 'vitest';
import type { Prospect, Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

describe('finance heads by the department they run', () => {
  // An invented vendor of freight-invoice matching for bicycle-parts distributors.
  const taxonomy: Taxonomy = {
    personas: [
      { id: 'money', label: 'CFO / finance director', aliases: ['CFO', 'Chief Financial Officer', 'Finance Director'] },
      { id: 'books', label: 'Accounting and group controlling', aliases: ['Head of Accounting', 'Accounting Team Lead'] },
      { id: 'duty', label: 'Head of tax', aliases: ['Head of Tax', 'Tax Director'] },
      { id: 'vat', label: 'Indirect tax specialist', aliases: ['VAT Compliance Specialist'] },
      { id: 'ssc', label: 'Shared services lead', aliases: ['Finance Shared Services Manager'] },
      { id: 'ledger', label: 'Payables team', aliases: ['Payables Clerk'] },
    ],
    industries: [{ id: 'bikes', label: 'Bicycle parts', aliases: ['bicycle'] }],
    painPoints: [{ id: 'freight', label: 'Freight invoice errors', aliases: ['wrong freight bills'] }],
  };
  const compiled = compileTaxonomy(taxonomy, []);
  const read = (title: string, company: string) =>
    contextOf(resolveProspect({ name: 'Noor Visser', title, company, source: { crm: 'hubspot', recordType: 'contact', recordId: '3' } } as Prospect, compiled)).personas;
  it('reads the head of an Italian "AFC" as the finance director, not the heads of accounting and tax', () => {
    expect(read('Resp AFC', 'Ruote Lariane S.r.l.')).toEqual(['money']);
    expect(read('Responsabile AFC', 'Telai Brianza SpA')).toEqual(['money']);
    expect(read('Responsabile Amministrazione, Finanza e Controllo', 'Telai Brianza SpA')).toEqual(['money']);
  });
  it('keeps "AFC" without its head at an Italian company as finance, and reads no finance in it elsewhere', () => {
    expect(read('Direttore AFC', 'Ruote Lariane S.r.l.')).toEqual(['money']);
    expect(read('Resp AFC', 'Spokeford Cycles Ltd')).toEqual([]);
  });
  it('reads the Dutch bookkeeping department as accounting, not tax beside it', () => {
    expect(read('Manager Financiële Administratie', 'Fietsonderdelen Twente B.V.')).toEqual(['books']);
  });
});
