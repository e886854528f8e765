// A territory's manager named with what he manages between the two words ("District Sales Manager") is the persona a
// taxonomy names "Regional Manager" or "District Manager". The taxonomies and titles here are made up for the tests.
import { describe, expect, it } from 'vitest';
import { personasOf, sortedResolverFor } from '../../tests/persona-taxonomy';

describe('a territory manager with a word between', () => {
  // An invented vendor of route planning for garden-machinery dealers' travelling sellers.
  const dealers = sortedResolverFor(
    personasOf([
      ['flm', 'Travelling sales team manager', ['District Manager', 'Regional Manager']],
      ['chief', 'Sales leader', ['VP Sales', 'Head of Sales']],
      ['tech', 'Dealer systems', ['IT Manager', 'Systems Lead']],
      ['stock', 'Stock controller', ['Stock Control', 'Inventory Planner']],
      ['ops', 'Operations manager', ['Stock Manager']],
    ]),
  );
  it('reads the territory manager, not the sales leader, whatever he manages', () => {
    expect(dealers('District Sales Manager')).toEqual(['flm']);
    expect(dealers('Regional Turf Manager')).toEqual(['flm']);
  });
  it('keeps a word naming a function the persona is not about, and titles with no territory', () => {
    expect(dealers('Regional IT Manager')).toEqual(['tech']);
    expect(dealers('Stock Control Manager')).toEqual(['stock']);
  });
});
