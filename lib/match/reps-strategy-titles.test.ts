// A representative named with no function word is the sales rep; "Strategy & Operations" after a function is that
// function's operations, and the buyers' insights are marketing's. The taxonomy and titles here are made up for the
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

describe('strategy and operations after a function', () => {
  it("reads the function's operations, in the seven languages", () => {
    expect(seeds('VP, Sales Strategy + Operations')).toEqual(['salesops']);
    expect(seeds('Sales Strategy and Operations Lead')).toEqual(['salesops']);
    expect(seeds('Responsable Stratégie et Opérations Commerciales')).toContain('salesops');
    // In every language the title reads as its operations alone would.
    for (const [joined, alone] of <[string, string][]>[
      ['Jefa de Estrategia y Operaciones Comerciales', 'Jefa de Operaciones Comerciales'],
      ['Capo Strategia e Operazioni Vendite', 'Capo Operazioni Vendite'],
      ['Chefe de Estratégia e Operações de Vendas', 'Chefe de Operações de Vendas'],
      ['Hoofd Strategie en Operaties Verkoop', 'Hoofd Operaties Verkoop'],
      ['Teamleiterin Strategie & Operations Vertrieb', 'Teamleiterin Operations Vertrieb'],
    ])
      expect(seeds(joined)).toEqual(seeds(alone));
  });
});

describe("the buyers' insights", () => {
  it("are marketing's, not the data team's", () => {
    expect(seeds('Consumer Insights Manager')).toEqual(['brand']);
    expect(seeds('Head of Shopper Insights')).toEqual(['brand']);
    expect(seeds('Data & Insights Manager')).toEqual(['numbers']);
  });
});
