// The rep's guess said as an assumption: "my assumption going in: X. she said no" or "my assumption: X. WRONG - ..."
// names no pain, as "my guess" already did not; an assumption the prospect confirms still does. Invented vendor
// (a rota and timesheet tool for kennels) and records.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const kennels: Taxonomy = {
  personas: [],
  industries: [],
  painPoints: [
    { id: 'walk-rota', label: 'Dog walking rota gaps', aliases: ['walk rota'] },
    { id: 'timesheets', label: 'Paper timesheets', aliases: ['timesheets on paper'] },
    { id: 'vaccine-records', label: 'Missing vaccination records', aliases: ['vaccination records'] },
  ],
};
const compiled = compileTaxonomy(kennels);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, compiled)).painPoints;

describe("the rep's assumption turned down", () => {
  it('an assumption the prospect says no to names no pain', () => {
    expect(pains('my assumption going in: the walk rota gaps are the issue. she said no, the rota works. Real issue: vaccination records go missing.')).toEqual(['vaccine-records']);
    expect(pains('My assumption: they want to drop timesheets on paper. WRONG - they stay, staff like them. What they want is vaccination records in one place.')).toEqual(['vaccine-records']);
  });
  it('an assumption the prospect confirms still names the pain', () => {
    expect(pains('My assumption: walk rota gaps every weekend. Yes, confirmed, two walkers short most Saturdays.')).toEqual(['walk-rota']);
  });
  it('a wrong thing the prospect names is no answer', () => {
    expect(pains('My hunch was the walk rota. Wrong vaccination records go out to owners every week.')).toContain('vaccine-records');
  });
});
