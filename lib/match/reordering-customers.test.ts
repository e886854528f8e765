// Who orders again from the business is its customers' kind, not its own, on one invented vendor (production and
// order software for small ice cream makers, "Frostwerk"). Sixty-seventh round: a kind said just before a verb of
// ordering again in the six languages ("the hotels that reorder", "als ein Hotel nachbestellt", "les hôtels qui
// recommandent", "de hotels die nabestellen") was read as the prospect's own kind of business; it is blanked as a kind
// said after a supplying verb is ("supplying hotels").
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const vendor = compileTaxonomy({
  personas: [],
  industries: [
    { id: 'ice-cream-makers', label: 'Ice cream makers', aliases: ['gelato maker', 'ice cream parlour'] },
    { id: 'hotels', label: 'Hotels', aliases: ['hotel group', 'resort'] },
  ],
  painPoints: [],
} satisfies Taxonomy);
const industries = (notes: string) => contextOf(resolveProspect({ company: 'Frostwerk', notes }, vendor)).industries;

describe('a kind said before a verb of ordering again', () => {
  it('is the customers\' kind, in English', () => {
    expect(industries('Small gelato maker. Wants an easier way to handle the 30 hotels that reorder every week.')).toEqual(['ice-cream-makers']);
  });
  it('is the customers\' kind in German, French and Dutch', () => {
    expect(industries('Kleine Eismanufaktur. Letzte Woche war das Pistazieneis aus, als ein Hotel nachbestellt hat.')).not.toContain('hotels');
    expect(industries('Petit glacier. Les hôtels qui recommandent chaque semaine passent par téléphone.')).not.toContain('hotels');
    expect(industries('Kleine ijsmakerij. De hotels die nabestellen bellen elke maandag.')).not.toContain('hotels');
  });
});

describe('a kind said otherwise', () => {
  it('is still the prospect\'s own', () => {
    expect(industries('Runs two hotels and a small gelato bar.')).toContain('hotels');
  });
});
