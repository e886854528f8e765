import { describe, expect, it } from 'vitest';
import { accountKey, isWonStage, parseAmount, wonDealOnRecord } from './outcomes';

describe('won deals', () => {
  it('recognises won stages and nothing else', () => {
    for (const s of ['Closed Won', 'closedwon', 'Won', 'Deal won', 'CLOSED_WON']) expect(isWonStage(s), s).toBe(true);
    for (const s of ['Closed Lost', 'Negotiation/Review', 'Proposal', undefined, 'Won back later?']) expect(isWonStage(s), String(s)).toBe(false);
  });
  it('keys records by account name', () => {
    expect(accountKey({ company: 'Mercy Regional Health, Inc.' })).toBe('mercy regional health');
    expect(accountKey({ company: 'mercy regional health' })).toBe('mercy regional health');
    expect(accountKey({})).toBeUndefined();
  });
  it('reads amounts as CRMs show them', () => {
    expect(parseAmount('$1,250,000.00')).toBe(1_250_000);
    expect(parseAmount('EUR 45.000')).toBe(45_000);
    expect(parseAmount('12 500 €')).toBe(12_500);
    expect(parseAmount('USD 99.95')).toBe(99.95);
    expect(parseAmount('--')).toBeUndefined();
  });
  it('reads a won deal off a record page, and nothing off other records', () => {
    const deal = {
      name: 'Mercy renewal', company: 'Mercy Regional Health, Inc.', stage: 'Closed Won',
      source: { crm: 'salesforce' as const, recordType: 'opportunity', recordId: '006A' },
    };
    expect(wonDealOnRecord(deal, '$125,000.00', 1000)).toEqual({
      dealKey: 'salesforce:opportunity:006A', account: 'mercy regional health', name: 'Mercy renewal', amount: 125_000, wonAt: 1000,
      crm: 'salesforce', recordType: 'opportunity', recordId: '006A',
    });
    expect(wonDealOnRecord({ ...deal, stage: 'Negotiation' }, '$1', 1000)).toBeUndefined();
    expect(wonDealOnRecord({ ...deal, source: { ...deal.source, recordType: 'contact' } }, undefined, 1000)).toBeUndefined();
    expect(wonDealOnRecord({ ...deal, company: undefined }, undefined, 1000)).toBeUndefined();
    expect(wonDealOnRecord({ ...deal, source: { crm: 'salesforce' as const, recordType: 'opportunity' } }, undefined, 1000)).toBeUndefined();
  });
});
