import { describe, expect, it } from 'vitest';
import type { Chip } from './suggest';
import { glanceOf, reasonLine, shortReason } from './view';

const chip = (kind: Chip['kind'], label: string): Chip => ({ kind, id: label.toLowerCase().replace(/\W+/g, '-'), label, source: '' });

describe('the prospect at a glance', () => {
  const labels = (cs: readonly Chip[]) => cs.map((c) => c.label);

  it('shows personas and industries on one line, the first pain point and how many more on the other', () => {
    const chips = [chip('painPoints', 'Ticket backlog'), chip('personas', 'Support leader'), chip('industries', 'Healthcare'), chip('painPoints', 'Slow responses'), chip('painPoints', 'Burnout')];
    expect(glanceOf(chips)).toMatchObject({ whoMore: 0, painsMore: 2 });
    expect(labels(glanceOf(chips).who)).toEqual(['Support leader', 'Healthcare']);
    expect(labels(glanceOf(chips).pains)).toEqual(['Ticket backlog']);
  });

  it('counts the pain points on their own line, however many personas and industries come first', () => {
    // The LinkedIn demo record read as "... Telecommunications ·…": its pain point came third on one
    // line and the line's end cut it off, count and all.
    const chips = [chip('personas', 'Customer experience executive'), chip('personas', 'Support operations manager'), chip('industries', 'Telecommunications'), chip('painPoints', 'AI strategy uncertainty'), chip('painPoints', 'Agent burnout and attrition')];
    const g = glanceOf(chips);
    expect(labels(g.who)).toEqual(['Customer experience executive', 'Support operations manager']);
    expect(g.whoMore).toBe(1);
    expect(labels(g.pains)).toEqual(['AI strategy uncertainty']);
    expect(g.painsMore).toBe(1);
  });

  it('shows what there is when little was read', () => {
    expect(glanceOf([])).toEqual({ who: [], whoMore: 0, pains: [], painsMore: 0 });
    expect(glanceOf([chip('industries', 'Banking')])).toEqual({ who: [chip('industries', 'Banking')], whoMore: 0, pains: [], painsMore: 0 });
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
