// A count of the business's own sites ("one location in Leeds", "three bakery branches", "14 shops across the
// county") says how big the business is, not that anything across its sites hurts: its words give no pain through the
// library's words where nothing beside them says a problem (fifty-fourth round). Invented vendor: software for bakery chains.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, resolveProspect } from '.';

const asset = (id: string, title: string, painPoints: string[]) => ({ id, title, painPoints, industries: [], personas: [] });
const bakeries = compileTaxonomy(
  {
    personas: [{ id: 'owner', label: 'Bakery owner', aliases: [] }],
    industries: [],
    painPoints: [
      { id: 'branch-figures', label: 'Figures across branches', aliases: ['branch comparison', 'consolidated sales', 'reports across locations', 'store comparison'] },
      { id: 'waste', label: 'Unsold bread and waste', aliases: ['day-old stock', 'markdowns'] },
      { id: 'rota', label: 'Early shift rotas', aliases: ['baker rotas', 'shift cover'] },
    ],
  } satisfies Taxonomy,
  [
    asset('a1', 'Sales by location on one screen', ['branch-figures']),
    asset('a2', 'League tables for area managers', ['branch-figures']),
    asset('a3', 'Which shop sells out first, by the hour', ['branch-figures']),
    asset('a8', 'Proving tables and oven loads planned overnight', ['waste']),
    asset('a9', 'Allergen labels printed from the recipe', ['waste']),
    asset('a10', 'Wholesale orders from cafes by noon', ['waste']),
    asset('a11', 'Holiday requests without the paper diary', ['rota']),
    asset('a4', 'Bake to demand and cut the unsold loaves', ['waste']),
    asset('a5', 'Markdowns at four o clock, waste logged per tray', ['waste']),
    asset('a6', 'Rotas for the 4am bake, swaps by phone', ['rota']),
    asset('a7', 'Shift cover when a baker calls in sick', ['rota']),
  ] as never,
);
const pains = (notes: string) => resolveProspect({ title: 'Owner', notes }, bakeries).painPoints.map((p) => p.id);

describe('a count of the business own sites', () => {
  it('reads no pain from the sites counted', () => {
    expect(pains('Family bakery since 1971, one location in Leeds.')).not.toContain('branch-figures');
    expect(pains('Runs 12 locations across the county.')).not.toContain('branch-figures');
    expect(pains('Three bakery locations, all owner-run.')).not.toContain('branch-figures');
  });
  it('still reads the pain said of the sites', () => {
    expect(pains('Each location sends its own spreadsheet and nobody can compare them.')).toContain('branch-figures');
  });
});

describe('a count of sites beside a problem, and one site', () => {
  it('keeps the count where the notes say a problem of the sites', () => {
    expect(pains('Grew from one oven to 6 locations. Now nobody can compare sales by location and I spend nights in spreadsheets.')).toContain('branch-figures');
  });
  it('reads no pain from one site said alone', () => {
    expect(pains('One location only, opened last spring.')).not.toContain('branch-figures');
  });
});

// Review mend (fifty-fourth round): the rule's main path, a count above one read as size; a count kept where the
// notes say the sites cannot be compared in words the complaints lack; "one location" set against the others.
describe('a count of several sites, and what cannot be done across them', () => {
  it('reads no pain from a count of several sites where nothing says a problem', () => {
    expect(pains('Grew to 6 locations. Comparing the 6 locations is routine.')).not.toContain('branch-figures');
  });
  it('keeps the count where its sentence or the next says something cannot be done', () => {
    expect(pains('Grew to 7 locations. Comparing the 7 locations is impossible.')).toContain('branch-figures');
    expect(pains('Hat 9 Filialen und kann sie nicht vergleichen.')).toContain('branch-figures');
  });
  it('keeps one location set against the others', () => {
    expect(pains('Only one location uses the new tills; the others still tally by hand.')).toContain('branch-figures');
  });
});
