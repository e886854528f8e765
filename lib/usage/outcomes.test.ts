import { describe, expect, it } from 'vitest';
import { accountKey, isWonStage, parseAmount } from './outcomes';

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
});
