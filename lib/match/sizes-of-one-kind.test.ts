import { describe, expect, it } from 'vitest';
import { compileTaxonomy } from './compile';
import { resolveProspect } from './resolve';
import { sizeOfEntry, sizeSaid } from './sizes';
import type { Prospect } from '../model';

const empty = { personas: [], painPoints: [] };

// Quillhaven (invented): tenant software for housing agencies, cut by size in homes, and the developers beside them.
const quillhaven = compileTaxonomy({
  ...empty,
  industries: [
    { id: 'big-agency', label: 'Big housing agencies', aliases: ['housing agency over 2,000 units'] },
    { id: 'little-agency', label: 'Small housing agencies', aliases: ['county-run housing agency'] },
    { id: 'developers', label: 'Affordable housing developers', aliases: ['tax credit developer', 'housing charity'] },
    { id: 'tribal', label: 'Tribal housing bodies', aliases: ['TDHA'] },
  ],
});

// Tillbrook (invented): loan software for credit unions cut by assets, and for banks, loan funds and service companies.
const tillbrook = compileTaxonomy({
  ...empty,
  industries: [
    { id: 'big-cu', label: 'Big credit unions', aliases: ['credit union over $2B', 'federally chartered credit union'] },
    { id: 'small-cu', label: 'Neighbourhood credit unions', aliases: ['neighbourhood lender', 'under $300M credit union'] },
    { id: 'banks', label: 'Hometown banks', aliases: ['savings and loan bank'] },
    { id: 'cdfi', label: 'Community development loan funds', aliases: ['CDFI', 'community development financial lender'] },
    { id: 'cuso', label: 'Credit union service companies', aliases: ['CUSO'] },
  ],
});

const ids = (p: Partial<Prospect>, c = quillhaven) => resolveProspect({ name: '', ...p } as Prospect, c).industries.map((r) => r.id).sort();

describe('sizes counted in homes and in money', () => {
  it('reads the measure an entry and a note count in', () => {
    expect(sizeOfEntry(['housing agency over 2,000 units'])).toEqual({ range: [2000, Infinity], measure: 'homes' });
    expect(sizeOfEntry(['under $300M credit union'])).toEqual({ range: [0, 300_000_000], measure: 'money' });
    expect(sizeSaid('310 public housing units and a few vouchers', 'homes')?.count).toBe(310);
    expect(sizeSaid('Roughly $1.4B in assets', 'money')?.count).toBe(1_400_000_000);
    // A sum without a scale is a price, not a size.
    expect(sizeSaid('members take $800 loans', 'money')).toBeUndefined();
    // A figure guessed and put right is the later one.
    expect(sizeSaid('they guessed $2.5B, she said no, more like 250 million', 'money')?.count).toBe(250_000_000);
  });

  it('reads the size of a housing agency from its homes, where nothing else reads it', () => {
    expect(ids({ company: 'Marrowfield Housing Agency', notes: 'About 9,500 households housed.' })).toEqual(['big-agency']);
    expect(ids({ company: 'Marrowfield Housing Agency', notes: '310 public housing units and a few vouchers.' })).toEqual(['little-agency']);
    expect(ids({ company: 'Marrowfield Housing Agency', notes: 'One-person housing office.' })).toEqual(['little-agency']);
  });

  it('reads a second segment by size beside the kind a name says', () => {
    expect(ids({ company: 'Quillhaven Housing Agency', industry: 'Real Estate', notes: 'Tax credit developer; also runs 4,200 vouchers as the county housing agency.' })).toEqual(['big-agency', 'developers']);
  });

  it('reads no size where the prospect is not of the kind the sizes are of', () => {
    expect(ids({ company: 'Market-rate lofts', industry: 'Real Estate', notes: 'Owns 400 units downtown.' })).toEqual([]);
    expect(ids({ company: 'Ollerton Savings Bank', industry: 'Banking', notes: 'Savings bank, $200M in assets.' }, tillbrook)).toEqual(['banks']);
  });

  it('reads a credit union by its assets in place of the size its name seemed to say', () => {
    expect(ids({ company: 'Quarrendon Federal Credit Union', industry: 'Banking', notes: 'Runs lending at a $150M credit union.' }, tillbrook)).toEqual(['small-cu']);
    expect(ids({ company: 'Quarrendon Federal Credit Union', industry: 'Banking', notes: 'They guessed $2.5B, she said no, more like 250 million.' }, tillbrook)).toEqual(['small-cu']);
    expect(ids({ company: 'Quarrendon Federal Credit Union', industry: 'Banking', notes: 'A $3.1B credit union.' }, tillbrook)).toEqual(['big-cu']);
  });

  it('reads no size from the plain kind alone', () => {
    expect(ids({ company: 'Fennimore Credit Union', industry: 'Banking', notes: 'Asked for pricing by email.' }, tillbrook)).toEqual([]);
    // A name with a size entry's own word still reads it.
    expect(ids({ company: 'Fennimore Federal Credit Union', industry: 'Banking' }, tillbrook)).toEqual(['big-cu']);
  });
});

describe('a kind said in the notes over a legal form', () => {
  it('reads the entry the notes name whole where a nonprofit value reads one only by its sector', () => {
    expect(ids({ company: 'Marrowfield Pueblo Housing', industry: 'Non-Profit', notes: 'A TDHA for two pueblos.' })).toEqual(['tribal']);
    // With no entry named in the notes the value reads as before.
    expect(ids({ company: 'Marrowfield Pueblo Housing', industry: 'Non-Profit', notes: 'Asked for pricing by email.' })).toEqual(['developers']);
  });
});

describe('kinds of lender said in words', () => {
  it("reads a headline's part that is wholly an entry's name", () => {
    expect(ids({ title: 'Loan Officer | CDFI | microloans for market traders', company: 'Gallowmere Fund', industry: 'Non-profit' }, tillbrook)).toEqual(['cdfi']);
  });

  it('reads none of the entries from the one sector all of them are of', () => {
    expect(ids({ company: 'Tamsworth Mortgage Brokers LLC', industry: 'Financial Services', notes: 'Independent broker, three loan officers.' }, tillbrook)).toEqual([]);
  });
});
