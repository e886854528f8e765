// Notes that say no problem was shared or stated ("No technical problems shared", "no issues stated"), and a partner's
// or reseller's inquiry, read no pain (sixty-third round): the notes give the ranking and the library's words no
// terms, as "No pain identified" does. Invented vendor (software for bell foundries).
import { describe, expect, it } from 'vitest';
import { noteTerms } from './notes';

describe('no problem shared', () => {
  it('gives no terms when the notes say no problems were shared or stated', () => {
    expect(noteTerms('Carillon builder. Wants an export of strike notes and hum tones for the archive. No technical problems shared.')).toEqual([]);
    expect(noteTerms('Wants the strike notes as CSV; no issues stated.')).toEqual([]);
  });
  it('gives no terms for a partner\'s or reseller\'s inquiry', () => {
    expect(noteTerms('Sells belfry hardware. Would package the cope and core app with their own fittings. Reseller inquiry.')).toEqual([]);
    expect(noteTerms('Partnership enquiry - they would offer the strike-note archive to parish customers.')).toEqual([]);
  });
  it('still gives the terms of notes that share a problem', () => {
    expect(noteTerms('The strike notes are a mess since the move; nobody can find the hum tones of the last three bells.')).not.toEqual([]);
    expect(noteTerms('Partner of the diocese; the strike notes are a mess.')).not.toEqual([]);
  });
});
