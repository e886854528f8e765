import { describe, expect, it } from 'vitest';
import { compileTaxonomy } from './compile';
import { resolveIndustries } from './resolve';

// An invented scheduling vendor ("Quillstead") for study sites that run studies for sponsors, beside the specialist
// doctors' practices that run a few on the side.
const quillstead = compileTaxonomy({
  personas: [],
  painPoints: [],
  industries: [
    { id: 'study-sites', label: 'Independent study sites', aliases: ['clinical study centre'] },
    { id: 'doctors-practices', label: 'Specialist physician practices', aliases: ['solo doctors office'] },
  ],
});
// The same vendor's library for the orthopaedic trades: limb and brace workshops, shops of aids, and the brace rooms
// inside hospitals.
const quillsteadOrtho = compileTaxonomy({
  personas: [],
  painPoints: [],
  industries: [
    { id: 'limbs', label: 'Limb and brace makers', aliases: ['prosthetic and orthotic'] },
    { id: 'aid-shops', label: 'Medical aid shops', aliases: ['medical supply shop'] },
    { id: 'brace-rooms', label: 'Hospital brace rooms', aliases: ['university hospital brace room'] },
  ],
});
const ids = (prospect: { company?: string; industry?: string; notes?: string }, c: ReturnType<typeof compileTaxonomy>) =>
  resolveIndustries(prospect, c).map((r) => r.id).sort();

describe('the adjective "clinical" in a name is no clinic', () => {
  it('reads a business named for the clinical testing it runs as a study site, not a doctors\' practice', () => {
    expect(ids({ company: 'Orlestone Clinical Testing' }, quillstead)).toEqual(['study-sites']);
  });
});

describe('a name written in inner capitals', () => {
  it('reads an Italian prosthesis maker whose brand joins the trade and a place as the limb makers', () => {
    expect(ids({ company: 'ProtesiVardo' }, quillsteadOrtho)).toEqual(['limbs']);
  });
  it('reads no part that is only a word of the vendor\'s own names', () => {
    expect(ids({ company: 'ShopKestrel' }, quillsteadOrtho)).toEqual([]);
  });
});

describe('a Dutch academic medical centre', () => {
  it('reads the hospital brace rooms only, not the shops by the word "medical"', () => {
    expect(ids({ company: 'Wolderveen Academisch Medisch Centrum' }, quillsteadOrtho)).toEqual(['brace-rooms']);
  });
});
