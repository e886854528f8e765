// A representative named with no function word is the sales rep. The taxonomy and titles here are made up for the
// tests.
import { describe, expect, it } from 'vitest';
import { personasOf, sortedResolverFor } from '../../tests/persona-taxonomy';

// An invented vendor of shelf-photo apps for makers of garden seed sold through hardware chains.
const seeds = sortedResolverFor(
  personasOf([
    ['rep', 'Travelling seller', ['Sales Rep', 'Territory Rep']],
    ['boss', 'Head of selling', ['VP Sales', 'Head of Sales']],
    ['salesops', 'Selling operations', ['Sales Operations', 'Sales Ops']],
    ['brand', 'Marketing lead', ['Marketing Manager', 'Brand Manager']],
    ['numbers', 'Data team', ['Data Analyst', 'BI Manager']],
  ]),
);

describe('a representative with no function word', () => {
  it('reads the sales rep, with or without a rank', () => {
    expect(seeds('Rep')).toEqual(['rep']);
    expect(seeds('Representative')).toEqual(['rep']);
    expect(seeds('Sr. Rep')).toEqual(['rep']);
  });
  it('keeps what another word says the rep is for', () => {
    expect(seeds('Works Council Rep')).toEqual([]);
    expect(seeds("Proprietor's Rep")).not.toContain('rep');
  });
});
