// Finance titles in six languages: the suppliers' and customers' ledgers (accounts payable and receivable) named in
// each language. The taxonomies and titles here are made up for the tests.
import { describe, expect, it } from 'vitest';
import { personasOf, sortedResolverFor } from '../../tests/persona-taxonomy';

describe('the ledgers in six languages', () => {
  // An invented vendor of invoice capture for furniture wholesalers.
  const ledgers = sortedResolverFor(
    personasOf([
      ['ledgers', 'Payables and receivables', ['Accounts Payable Lead', 'Accounts Receivable Lead']],
      ['books', 'Accounting', ['Head of Accounting', 'Chief Accountant']],
    ]),
  );
  it('reads the suppliers\' and customers\' accounting as the ledgers, not accounting at large', () => {
    expect(ledgers('Responsabile contabilità fornitori')).toEqual(['ledgers']);
    expect(ledgers('Cheffe comptabilité clients')).toEqual(['ledgers']);
    expect(ledgers('Jefa de cuentas por pagar')).toEqual(['ledgers']);
    expect(ledgers('Coordenadora de contas a receber')).toEqual(['ledgers']);
    expect(ledgers('Responsabile ciclo passivo')).toEqual(['ledgers']);
  });
  it('reads the Dutch and German ledger teams', () => {
    expect(ledgers('Coördinator Debiteurenadministratie')).toEqual(['ledgers']);
    expect(ledgers('Medewerker Crediteuren')).toEqual(['ledgers']);
    expect(ledgers('Teamleiterin Debitoren')).toEqual(['ledgers']);
  });
  it('does not read customer accounts or an active cycle as the ledgers beside sales or production (review finding 5)', () => {
    const sellers = sortedResolverFor(
      personasOf([
        ['ledgers', 'Payables and receivables', ['Accounts Payable Lead', 'Accounts Receivable Lead']],
        ['sellers', 'Field sales', ['Sales Representative', 'Account Manager']],
        ['plant', 'Operations', ['Operations Manager', 'Plant Manager']],
      ]),
    );
    expect(sellers('Key Account Manager comptes clients')).toEqual(['sellers']);
    expect(sellers('Ciclo attivo produzione')).toEqual(['plant']);
    expect(sellers('Responsable comptes clients')).toEqual(['ledgers']);
  });
  it('leaves accounting at large as it was', () => {
    expect(ledgers('Capo della contabilità')).toEqual(['books']);
    expect(ledgers('Hoofd boekhouding')).toEqual(['books']);
  });
});

describe('tax titles in six languages', () => {
  // An invented vendor of duty and tax software for garden-tool importers.
  const tax = sortedResolverFor(
    personasOf([
      ['indirect', 'Indirect tax specialist', ['VAT Manager', 'Indirect Tax Manager', 'Tax Analyst']],
      ['taxboss', 'Head of tax', ['Head of Tax', 'Tax Director']],
      ['money', 'Finance lead', ['CFO', 'Finance Director']],
    ]),
  );
  it('reads indirect tax with its adjective after the noun, and VAT by its local name', () => {
    expect(tax('Cheffe de projet fiscalité indirecte')).toEqual(['indirect']);
    expect(tax('Gerente de impuestos indirectos')).toEqual(['indirect']);
    expect(tax('Senior fiscalist btw en douane')).toEqual(['indirect']);
    expect(tax('Gestore IVA')).toEqual(['indirect']);
  });
  it('reads the Romance "fiscal" beside a role as tax (a guard: these read so before too)', () => {
    expect(tax('Técnico fiscal')).toEqual(['indirect']);
    expect(tax('Directora fiscal')).toEqual(['taxboss']);
  });
  it('reads "fiscal year" after a role as the finance\'s year, not tax (review finding 6)', () => {
    const planning = sortedResolverFor(
      personasOf([
        ['tax', 'Tax team', ['Tax Director', 'Tax Manager']],
        ['fin', 'Finance and planning', ['Finance Director', 'FP&A Manager', 'Director of Financial Planning']],
      ]),
    );
    expect(planning('Director fiscal year planning')).toEqual(['fin']);
    expect(planning('Directora fiscal')).toEqual(['tax']);
  });
  it('leaves the finance lead and the tax head as they were', () => {
    expect(tax('Finance Director')).toEqual(['money']);
    expect(tax('Head of Tax')).toEqual(['taxboss']);
  });
});
