// Titles of sellers: a clipped "Rep" is the representative a taxonomy names whole. The taxonomies and titles here are
// made up for the tests.
import { describe, expect, it } from 'vitest';
import { personasOf, sortedResolverFor } from '../../tests/persona-taxonomy';

describe('a clipped representative', () => {
  // An invented vendor of stand-booking software for trade fair organisers.
  const fairs = sortedResolverFor(
    personasOf([
      ['growth', 'Stand sales', ['Business Development Lead', 'Key Account Manager', 'Sales Manager', 'Partnerships Manager', 'Brand Representative']],
      ['boss', 'Fair director', ['Owner', 'CEO']],
    ]),
  );
  it('reads "Rep" and "Reps" as the representative the taxonomy names, though the persona is not about its function', () => {
    expect(fairs('Brand Rep')).toEqual(['growth']);
    expect(fairs('Brand Reps')).toEqual(['growth']);
  });
});
