// Titles of sellers and of the people who run a field force: a clipped "Rep" is the representative a taxonomy names
// whole; "Sales Force Effectiveness" is sales operations. The taxonomies and titles here are made up for the tests.
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

describe('sales force effectiveness', () => {
  // An invented vendor of call planning for veterinary medicine makers' field teams.
  const vets = sortedResolverFor(
    personasOf([
      ['ops', 'Sales operations lead', ['Sales Operations Director']],
      ['sales', 'Sales leader', ['VP Sales', 'Head of Sales']],
    ]),
  );
  it('reads the field force effectiveness team as sales operations, not the sales leader', () => {
    expect(vets('Director, Salesforce Effectiveness')).toEqual(['ops']);
    expect(vets('Sales Force Effectiveness Lead')).toEqual(['ops']);
    expect(vets('VP Sales')).toEqual(['sales']);
  });
});
