import { describe, expect, it } from 'vitest';
import type { Chip } from './suggest';
import { glanceOf, reasonLine, shortReason } from './view';

const chip = (kind: Chip['kind'], label: string): Chip => ({ kind, id: label.toLowerCase().replace(/\W+/g, '-'), label, source: '' });

describe('the prospect at a glance', () => {
  it('shows personas and industries, then the first pain point, and counts the rest', () => {
    const chips = [chip('painPoints', 'Ticket backlog'), chip('personas', 'Support leader'), chip('industries', 'Healthcare'), chip('painPoints', 'Slow responses'), chip('painPoints', 'Burnout')];
    const g = glanceOf(chips);
    expect(g.shown.map((c) => c.label)).toEqual(['Support leader', 'Healthcare', 'Ticket backlog']);
    expect(g.more).toBe(2);
  });

  it('keeps room for a pain point when there are many personas', () => {
    const chips = [chip('personas', 'A'), chip('personas', 'B'), chip('industries', 'C'), chip('painPoints', 'D')];
    expect(glanceOf(chips).shown.map((c) => c.label)).toEqual(['A', 'B', 'D']);
    expect(glanceOf(chips).more).toBe(1);
  });

  it('shows what there is when little was read', () => {
    expect(glanceOf([])).toEqual({ shown: [], more: 0 });
    expect(glanceOf([chip('industries', 'Banking')]).shown.map((c) => c.label)).toEqual(['Banking']);
  });
});

describe('a reason in a few words', () => {
  it.each([
    ['Persona: Finance leader (from "Chief Financial Officer")', 'Finance leader'],
    ['Industry: Banks and investment firms (from "Banking")', 'Banks and investment firms'],
    ['Pain point: Manual work ("spreadsheets by hand")', 'Manual work'],
    ['Stage: Decision (deal at "Negotiation/Review")', 'Decision'],
    ['New: published March 2026', 'published March 2026'],
    ['Fits any persona and industry', 'Fits any persona and industry'],
    ['Pain point: Slow approvals (“sign-off takes a week”)', 'Slow approvals'],
  ])('%s -> %s', (reason, short) => expect(shortReason(reason)).toBe(short));
});

describe('a suggestion\'s reasons in one line', () => {
  it('puts what differs between suggestions first: pain points, then stage and newness, then persona and industry', () => {
    expect(
      reasonLine([
        'Persona: Support leader (from "Sr. Director, Customer Care")',
        'Industry: Healthcare and life sciences (from "Pinecrest Health Partners")',
        'Pain point: Ticket backlog ("Tickets are piling")',
        'Stage: Decision (deal at "Negotiation/Review")',
        'Pain point: Slow response times ("miss our SLAs")',
      ]),
    ).toBe('Ticket backlog · Slow response times · Decision · Support leader · Healthcare and life sciences');
  });

  it('keeps the order of reasons of one kind, and a line with no pain point as it is', () => {
    expect(reasonLine(['Persona: Finance leader (from "CFO")', 'Industry: Banking (from "Banking")'])).toBe('Finance leader · Banking');
    expect(reasonLine(['Fits any persona and industry'])).toBe('Fits any persona and industry');
  });
});
