// Sixty-eighth round: a unit sitting, standing or staying empty read as vacant and vacant units as a topic of their own
// (English and the six languages' "stehen leer", "staan leeg" and the like), an entry given to someone else and a
// distance switched read as entry changes, a subjectless "Mentioned X" settled by a settling phrase said alone later in
// its sentence, a page reached and left as abandonment, staff lost named by their role in the plural, people queuing at a
// desk as a lack of self-service and phones nobody can answer.
// Invented vendor (Larkspan, lettings, locker and fun-run software for small landlords and clubs) and invented records.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const larkspan: Taxonomy = {
  personas: [],
  industries: [],
  painPoints: [
    { id: 'void-turns', label: 'Vacant flats backlog', aliases: ['void repairs', 'relet time'] },
    { id: 'entry-swaps', label: 'Entry swaps and deferrals', aliases: ['place swaps'] },
    { id: 'fee-rules', label: 'Service charge rules', aliases: ['FEEMOD'] },
    { id: 'drop-offs', label: 'Booking abandonment', aliases: ['basket drop-off'] },
    { id: 'keys', label: 'Key handovers', aliases: ['key safes'] },
    { id: 'staff-churn', label: 'Crew turnover and quitting', aliases: ['rota churn'] },
    { id: 'club-self-serve', label: 'Club self-serve', aliases: ['club app', 'desk renewals'] },
    { id: 'call-backlog', label: 'Missed call backlog', aliases: ['phone cover'] },
  ],
};
const compiled = compileTaxonomy(larkspan);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, compiled)).painPoints;

describe('a unit sitting empty is vacant', () => {
  it('English says it with sit, stand or stay', () => {
    expect(pains('The ground-floor flats sat empty for two months after the last lodgers left.')).toContain('void-turns');
    expect(pains('Four garden homes have stood empty since April.')).toContain('void-turns');
  });
  it('German and Dutch say it too', () => {
    expect(pains('Drei Wohnungen am Markt stehen leer seit Ostern.')).toContain('void-turns');
    expect(pains('Twee bovenwoningen staan leeg sinds de zomer.')).toContain('void-turns');
  });
  it('a room found empty is no vacancy', () => {
    expect(pains('The meeting room was empty when we arrived, so we waited.')).not.toContain('void-turns');
  });
});

describe('an entry handed on or a distance switched', () => {
  it('reads the entry changes', () => {
    expect(pains('Riders keep wanting to switch distances the week before the ride.')).toContain('entry-swaps');
    expect(pains('Half the inbox is walkers asking to give their ticket to a cousin.')).toContain('entry-swaps');
  });
});

describe('a topic mentioned and settled later in its sentence', () => {
  it('a settling phrase said alone settles what was mentioned', () => {
    expect(pains('Mentioned FEEMOD but the new bookkeeper patched their engine last spring, no concern.')).not.toContain('fee-rules');
  });
  it('a settling phrase with a topic of its own does not', () => {
    expect(pains('Mentioned FEEMOD keeps breaking their invoices, and the key safes are fine.')).toContain('fee-rules');
  });
});

describe('a page reached and left', () => {
  it('reads abandonment after a thing bought or booked online', () => {
    expect(pains('Shoppers reach the payment screen and just left, week after week.')).toContain('drop-offs');
    expect(pains('Most club signups never finished last season.')).toContain('drop-offs');
  });
  it('not a person who left alone', () => {
    expect(pains('Our payroll clerk handed in her notice and then just left.')).not.toContain('drop-offs');
  });
});

describe('staff lost named by their role', () => {
  it('after whose they are, "best" or a count', () => {
    expect(pains('We keep losing our best instructors to the leisure centre down the road.')).toContain('staff-churn');
    expect(pains('Lost three mechanics since the spring and the yard is behind.')).toContain('staff-churn');
  });
});

describe('people queuing at a desk and phones nobody answers', () => {
  it('a queue at the counter is a lack of self-service', () => {
    expect(pains('Members line up at the front counter every Monday to renew their passes.')).toContain('club-self-serve');
  });
  it('phones nobody can answer are unanswered calls', () => {
    expect(pains('On a ladder all afternoon, so I cannot answer the phones.')).toContain('call-backlog');
  });
});
