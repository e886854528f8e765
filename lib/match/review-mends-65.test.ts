// Mends of the sixty-fifth round's read-only review (findings 1 to 10), each a reading that went wrong at 3771ddfe.
// Invented vendor: Corvelling, job and compliance software for firms that service commercial lifts and hoists.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const corvelling = compileTaxonomy({
  personas: [],
  industries: [],
  painPoints: [
    { id: 'paper', label: 'Paper service logs', aliases: ['scanning'] },
    { id: 'recon', label: 'Parts account reconciliation', aliases: ['account matching'] },
  ],
} satisfies Taxonomy);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, corvelling)).painPoints;

describe('finding 1: requirements only as a label of its own', () => {
  it('keeps the pains of a note that says what the only requirements are', () => {
    expect(pains('The only requirements are SSO and EU hosting; the service logs are handwritten.')).toContain('paper');
    expect(pains('Their current tool meets requirements only partly, and reconciliation of the parts account is manual.')).toContain('recon');
  });
  it('still reads a label of requirements only as no pain', () => {
    expect(pains('Wants SSO, EU hosting and a tablet app. Requirements only at this stage.')).toEqual([]);
    expect(pains('Call notes - just specs for now')).toEqual([]);
  });
});
