// Pains left on the sixty-sixth round's plain and multilingual sets, as general readings: a learner put at a level not
// theirs (in five languages), and an outside authority's finding said with its verb beside the words of another pain.
// Invented vendor: Tallowfen, lesson booking and payout software for swimming schools.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const vendor = compileTaxonomy({
  personas: [],
  industries: [],
  painPoints: [
    { id: 'levels', label: 'Level tests for new swimmers', aliases: ['ability grouping'] },
    { id: 'payouts', label: 'Coach payouts', aliases: ['remittance checks'] },
    { id: 'safety', label: 'Pool safety compliance', aliases: ['lifeguard rosters'] },
    { id: 'galas', label: 'Gala entry mistakes', aliases: ['gala paperwork'] },
  ],
} satisfies Taxonomy, [
  ...['Gala entries parents can check', 'Sending gala entries before the deadline', 'A gala entry template', 'Pool hire for clubs'].map(
    (title, i) => ({ title, painPoints: [i < 3 ? 'galas' : 'levels'] }),
  ),
]);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, vendor)).painPoints;

describe('a learner at a level not theirs', () => {
  it('reads the wrong group or level as the level tests entry, in English and four other languages', () => {
    expect(pains('Many new swimmers end up in the wrong group after a week.')).toContain('levels');
    expect(pains('Im Herbst sitzen viele Kinder in falschen Gruppen, sagt die Schwimmmeisterin.')).toContain('levels');
    expect(pains('Des enfants se retrouvent dans le mauvais groupe à chaque session.')).toContain('levels');
    expect(pains('Muchos niños terminan en el grupo equivocado en septiembre.')).toContain('levels');
    expect(pains('Kinderen zitten vaak in de verkeerde groep na de zomer.')).toContain('levels');
  });
});

describe("an outside authority's finding", () => {
  it("reads a regulator's flag as the compliance entry beside another pain's words", () => {
    expect(pains('The regulator flagged the gala entries sent before the deadline.')).toContain('safety');
    expect(pains('Gala entry templates flagged by the regulator.')).toContain('safety');
  });
});
