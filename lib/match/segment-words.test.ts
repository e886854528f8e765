import { describe, expect, it } from 'vitest';
import { compileTaxonomy, industryWords } from './compile';
import { resolveIndustries } from './resolve';

describe('a single letter bound to a word by a hyphen', () => {
  // An invented vendor of fleet software for scooter businesses: one entry's only alias is a letter-prefixed
  // compound. Read without its letter it was the bare head, and named the entry wherever a scooter was said.
  const scooters = compileTaxonomy({
    personas: [],
    painPoints: [],
    industries: [
      { id: 'repair', label: 'Scooter repair workshops', aliases: ['moped mechanics'] },
      { id: 'sharing', label: 'Shared mobility operators', aliases: ['e-scooters'] },
      { id: 'dealers', label: 'Moped dealerships', aliases: ['two-wheeler showrooms'] },
    ],
  });
  const ids = (p: { industry?: string; company?: string; notes?: string }) => resolveIndustries(p, scooters).map((r) => r.id);

  it('is read joined to the word, as the compound is also written', () => {
    expect(industryWords('e-scooters')).toEqual(industryWords('escooters'));
    expect(industryWords('x-rays')).not.toContain('rai');
  });

  it('does not let the compound name its entry by its head alone', () => {
    expect(ids({ company: 'Tillbrook Scooters', notes: 'Sells and services petrol scooters for commuters.' })).not.toContain('sharing');
  });

  it('still reads the compound said whole, hyphenated or joined', () => {
    expect(ids({ company: 'Tillbrook Mobility', notes: 'Runs 400 e-scooters across two cities.' })).toEqual(['sharing']);
    expect(ids({ company: 'Tillbrook Mobility', notes: 'Runs 400 escooters across two cities.' })).toEqual(['sharing']);
  });
});
