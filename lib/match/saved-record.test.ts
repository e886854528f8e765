// A CRM's "Saved" heading a record ("Saved contact.", "an article (saved)") says the record was stored, not that money was
// saved (sixty-second round). Invented vendor (software for hot-air balloon operators).
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const balloons: Taxonomy = {
  personas: [],
  industries: [],
  painPoints: [
    { id: 'propane', label: 'High propane costs', aliases: ['propane costs'] },
    { id: 'permits', label: 'Launch permit delays', aliases: ['launch permits'] },
  ],
};
const compiled = compileTaxonomy(balloons);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, compiled)).painPoints;

describe('a stored record headed "Saved"', () => {
  it('reads no cost pain from the header', () => {
    expect(pains('Saved contact. Flies three envelopes from a valley field.')).toEqual([]);
    expect(pains('Saved prospect (Ola): met at the spring fiesta.')).toEqual([]);
  });
  it('still reads money saved and the pains beside the header', () => {
    expect(pains('Saved contact. Propane costs doubled since spring.')).toEqual(['propane']);
    expect(pains('They want to save on propane costs this season.')).toEqual(['propane']);
  });
});
