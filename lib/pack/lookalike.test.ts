import { describe, expect, it } from 'vitest';
import { LookalikeIndex, looksAlike, lookalikeEntry } from './lookalike';

describe('looksAlike', () => {
  it('takes a plural, a typo or a swapped pair for the name it is near', () => {
    expect(looksAlike('Ticket backlogs', 'Ticket backlog')).toBe(true);
    expect(looksAlike('ticket backlog', 'Ticket backlogs')).toBe(true);
    expect(looksAlike('Ticket bakclog', 'Ticket backlog')).toBe(true);
    expect(looksAlike('Suport leader', 'Support leader')).toBe(true);
    expect(looksAlike('Ticket backlogs', 'ticket-backlog')).toBe(true);
  });

  it('leaves short names, the same name and different names apart', () => {
    expect(looksAlike('CX', 'CS')).toBe(false);
    expect(looksAlike('Support leader', 'support LEADER')).toBe(false);
    expect(looksAlike('Education', 'Energy and utilities')).toBe(false);
    expect(looksAlike('Slow response times', 'Slow agent ramp-up')).toBe(false);
  });

  it('names the entry a new name looks like', () => {
    const entries = [
      { id: 'ticket-backlog', label: 'Ticket backlog', aliases: [] },
      { id: 'churn', label: 'Customer churn', aliases: [] },
    ];
    expect(lookalikeEntry('Customer churns', entries)?.id).toBe('churn');
    expect(lookalikeEntry('Volume spikes', entries)).toBeUndefined();
  });

  it('finds, as entries are added, the earliest one a name looks like', () => {
    const index = new LookalikeIndex();
    expect(index.find('Ticket backlogs')).toBeUndefined();
    index.add({ id: 'ticket-backlog', label: 'Ticket backlog', aliases: [] });
    index.add({ id: 'ticket-backlogs', label: 'Ticket backlogs', aliases: [] });
    expect(index.find('Ticket backlogs')?.id).toBe('ticket-backlog');
    expect(index.find('ticket-bakclog')?.id).toBe('ticket-backlog');
    expect(index.find('Volume spikes')).toBeUndefined();
  });
});
