import { describe, expect, it } from 'vitest';
import { compileTaxonomy } from './compile';
import { resolveIndustries } from './resolve';

// An invented book-of-business vendor ("Marrowby") for the shops that sell cover to households and firms: its
// segments are kinds of insurance agency and broker, insurance businesses both, not creative or staffing agencies.
const marrowby = compileTaxonomy({
  personas: [],
  painPoints: [],
  industries: [
    { id: 'household', label: 'Neighbourhood P&C agencies', aliases: ['hometown insurance agency', 'personal lines agency'] },
    { id: 'brokers', label: 'Corporate brokers', aliases: ['corporate insurance broker'] },
    { id: 'clusters', label: 'Agency alliances', aliases: ['agency alliance'] },
  ],
});
const ids = (prospect: { company?: string; industry?: string; notes?: string }) => resolveIndustries(prospect, marrowby).map((r) => r.id).sort();

describe('kinds of insurance agency under an insurance value', () => {
  it('does not read the value alone as the brokers: the agencies are insurance businesses too', () => {
    expect(ids({ company: 'Fernhollow Cover', industry: 'Insurance' })).toEqual([]);
    expect(ids({ company: 'Fernhollow Insurance Group', industry: 'Insurance' })).toEqual([]);
  });
  it("still reads a kind the record's own text names whole", () => {
    expect(ids({ company: 'Fernhollow Cover', industry: 'Insurance', notes: 'A hometown insurance agency with six staff.' })).toEqual(['household']);
  });
});
