// Review mend (fifty-eighth round): a noun "bet" before a noun ("bet settlement", "bet slips") opens no guess, so a
// later "never mentioned it" or "not an issue" keeps the prospect's own pain. Invented vendor: back office for a
// sportsbook.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const vendor = compileTaxonomy({
  personas: [],
  industries: [],
  painPoints: [
    { id: 'settle', label: 'Slow bet settlement', aliases: ['bet settlement delays'] },
    { id: 'kyc', label: 'KYC backlog', aliases: ['identity checks backlog'] },
  ],
} satisfies Taxonomy);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, vendor)).painPoints;

describe('a noun "bet" is no guess', () => {
  it('reads the pain named with a noun "bet" in a later clause or at the start', () => {
    expect(pains('Online bookmaker, 25k punters, bet settlement delays on derby days - Marek never mentioned it before this call.')).toEqual(['settle']);
    expect(pains('Online bookmaker, 25k punters, bet settlement delays on derby days - not really an issue for KYC though.')).toEqual(['settle']);
    expect(pains('Bet settlement delays on derby days - not really an issue for KYC though.')).toEqual(['settle']);
  });
  it('still reads a bare "bet" that opens a guess', () => {
    expect(pains('Online bookmaker, 25k punters, bet their settlement delays are bad - Marek never mentioned it.')).toEqual([]);
  });
});
