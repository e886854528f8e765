import { describe, expect, it } from 'vitest';
import { compileTaxonomy } from './compile';
import { resolveIndustries } from './resolve';

// An invented night-cover vendor ("Brackenholt") for hospitals of several kinds, remote ones among them.
const brackenholt = compileTaxonomy({
  personas: [],
  painPoints: [],
  industries: [
    { id: 'community', label: 'Neighbourhood hospitals', aliases: ['hospital', 'medical center'] },
    { id: 'teaching', label: 'Hospitals of medical schools', aliases: ['university hospital'] },
    { id: 'offices', label: 'Doctors offices', aliases: ['clinic', 'medical practice'] },
    { id: 'sports', label: 'Sports medicine centers', aliases: ['sports medicine clinic'] },
    { id: 'remote', label: 'Frontier hospitals', aliases: ['frontier hospital', 'remote hospital'] },
  ],
});
const ids = (prospect: { company?: string; industry?: string; notes?: string }) => resolveIndustries(prospect, brackenholt).map((r) => r.id).sort();

describe('the business saying what it is inside a quoted chat or voicemail', () => {
  it('adds the kind said after an opening quote', () => {
    expect(ids({ company: 'Tollan Valley Hospital', industry: 'Hospitals and Health Care', notes: 'Chat: "We are the frontier hospital of three valleys. Night rotas keep slipping."' })).toEqual(['community', 'remote']);
  });
  it("adds the kind said with we're after a colon", () => {
    expect(ids({ company: 'Tollan Valley Hospital', industry: 'Hospitals and Health Care', notes: "Voicemail: we're a remote hospital, night rotas keep slipping." })).toEqual(['community', 'remote']);
  });
  it('adds nothing where the kind is only mentioned', () => {
    expect(ids({ company: 'Tollan Valley Hospital', industry: 'Hospitals and Health Care', notes: 'Chat: "We lent two nurses to a remote hospital last winter."' })).toEqual(['community']);
  });
});
