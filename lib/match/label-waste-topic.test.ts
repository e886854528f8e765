// A label word that is both the costly qualifier's and the waste topic's ("Scrap waste") names what gets thrown away,
// not only money wasted; a label's "complaints" stays the wrong qualifier's, not the reviews topic (sixty-second
// round). Invented vendor (software for glass-blowing studios).
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const studios: Taxonomy = {
  personas: [],
  industries: [],
  painPoints: [
    { id: 'scrap', label: 'Glass scrap waste', aliases: [] },
    { id: 'claims', label: 'Breakage claims and complaints', aliases: [] },
    { id: 'ratings', label: 'Online ratings', aliases: [] },
  ],
};
const compiled = compileTaxonomy(studios);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, compiled)).painPoints;

describe('a label named by the waste word', () => {
  it('reads thrown-away goods as the waste label', () => {
    expect(pains('They bin nearly a fifth of every batch of vases before it cools.')).toEqual(['scrap']);
    expect(pains('Spoilage on the furnace line is their worst number this year.')).toEqual(['scrap']);
  });
  it('does not read a bad review as the complaints label', () => {
    expect(pains('Their star rating on the big review sites slid all winter.')).not.toContain('claims');
  });
});
