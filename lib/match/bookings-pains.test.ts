// Pains of bookings and sign-ups said in the prospect's own words (sixty-sixth round): sign-ups abandoned before the end,
// places that sell out, posts left unstaffed, places handed on or moved.
// Invented vendor: Brackwillow, booking software for outdoor adventure centres (climbing walls, kayak trips, summer camps).
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const vendor = compileTaxonomy({
  personas: [],
  industries: [],
  painPoints: [
    { id: 'basket', label: 'Basket abandonment', aliases: ['half-done bookings'] },
    { id: 'full', label: 'Sell-outs and waitlists', aliases: ['camp demand'] },
    { id: 'instructors', label: 'Instructor staffing gaps', aliases: ['instructor rota'] },
    { id: 'swaps', label: 'Swaps and postponements', aliases: ['booking deferrals'] },
    { id: 'releases', label: 'Liability releases', aliases: ['risk forms'] },
  ],
} satisfies Taxonomy, [
  ...['Kayak trip checklists', 'Camp leader rotas', 'Climbing wall add-ons', 'Gift voucher designs'].map(
    (title, i) => ({ title, painPoints: [['instructors', 'full'][i % 2]!] }),
  ),
]);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, vendor)).painPoints;

describe('bookings and sign-ups in the prospect\'s words', () => {
  it('reads sign-ups left unfinished as abandonment', () => {
    expect(pains('Plenty of families start a booking for the cave trek; most were never completed.')).toContain('basket');
  });

  it('reads places gone in minutes as selling out', () => {
    expect(pains('The August kayak week sold out in an hour and the phones rang for days.')).toContain('full');
  });

  it('reads posts left without anyone as a staffing gap', () => {
    expect(pains('On the busiest Saturday two of the ropes stations stood unstaffed.')).toContain('instructors');
  });

  it('reads a place handed on or moved as a swap, not a deal put off', () => {
    expect(pains('Every spring parents write in to pass their place on to a cousin or to defer to next year.')).toContain('swaps');
    expect(pains('Teenagers ask to switch waves once the rota is out.')).toContain('swaps');
    expect(pains('They deferred the decision to the autumn.')).not.toContain('swaps');
  });
});
