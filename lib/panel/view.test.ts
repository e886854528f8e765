import { describe, expect, it } from 'vitest';
import type { Chip } from './suggest';
import { glanceOf, painsBySuggestions, reasonLines, shortReason, SAME_REASONS } from './view';

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
    // One persona and the industry, not two personas: the industry is said nowhere else on the card.
    expect(labels(g.who)).toEqual(['Customer experience executive', 'Telecommunications']);
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
  const line = (reasons: string[]) => reasonLines([{ reasons }])[0];

  it('puts pain points, then stage and newness, then persona and industry, for a suggestion alone', () => {
    expect(
      line([
        'Persona: Support leader (from "Sr. Director, Customer Care")',
        'Industry: Healthcare and life sciences (from "Pinecrest Health Partners")',
        'Pain point: Ticket backlog ("Tickets are piling")',
        'Stage: Decision (deal at "Negotiation/Review")',
        'Pain point: Slow response times ("miss our SLAs")',
      ]),
    ).toBe('Ticket backlog · Slow response times · Decision · Support leader · Healthcare and life sciences');
    expect(line(['Persona: Finance leader (from "CFO")', 'Industry: Banking (from "Banking")'])).toBe('Finance leader · Banking');
    expect(line(['Fits any persona and industry'])).toBe('Fits any persona and industry');
  });

  const persona = 'Persona: Support leader (from "Head of Customer Support")';
  const industry = 'Industry: Telecommunications (from "Cobaltline Telecom")';
  const pain = 'Pain point: Disconnected channels and tools ("customers repeat themselves")';

  it('leads with what few of the list share: a pain point every suggestion answers comes after a persona only some match', () => {
    // The demo's LinkedIn profile: every suggestion answers its one pain point; the industry, the persona or
    // "fits any" is what tells them apart.
    const lines = reasonLines([{ reasons: [persona, industry, pain] }, { reasons: [persona, pain] }, { reasons: [pain, 'Fits any persona and industry'] }, { reasons: [industry, pain] }, { reasons: [persona, pain] }]);
    expect(lines).toEqual([
      'Telecommunications · Support leader · Disconnected channels and tools',
      'Support leader · Disconnected channels and tools',
      'Fits any persona and industry · Disconnected channels and tools',
      'Telecommunications · Disconnected channels and tools',
      'Support leader · Disconnected channels and tools',
    ]);
  });

  it('says so first when a suggestion has the reasons of the one above it, and keeps them after', () => {
    // The demo's HubSpot contact: four suggestions in a row read "AI strategy uncertainty · Customer …".
    const ai = ['Persona: Customer experience executive (from "VP Customer Experience")', 'Industry: Banking and insurance (from "Banking")', 'Pain point: AI strategy uncertainty ("Board is asking about AI")'];
    const insight = [ai[0]!, ai[1]!, 'Pain point: No insight into support data ("no visibility into CSAT by channel")'];
    const lines = reasonLines([{ reasons: ai }, { reasons: ai }, { reasons: [...ai].reverse() }, { reasons: insight }, { reasons: ai }]);
    const aiLine = 'AI strategy uncertainty · Customer experience executive · Banking and insurance';
    // The same reasons in another order are the same reasons (each line keeps its own order among equals).
    expect(lines).toEqual([aiLine, `${SAME_REASONS} · ${aiLine}`, `${SAME_REASONS} · AI strategy uncertainty · Banking and insurance · Customer experience executive`, 'No insight into support data · Customer experience executive · Banking and insurance', aiLine]);
  });

  it("leads with \"Their own story\" on a story about the prospect's own company, before what differs", () => {
    const own = 'Their own story: the title names Pinecrest Health Partners';
    const backlog = 'Pain point: Ticket backlog ("backlog of 900 tickets")';
    expect(reasonLines([{ reasons: [own, persona, backlog] }, { reasons: [persona, pain] }])).toEqual([
      'Their own story · Ticket backlog · Support leader',
      'Disconnected channels and tools · Support leader',
    ]);
  });

  it('leads with what the suggestion next to it lacks, then with what few of the list share', () => {
    // A Pipedrive fixture: the first two both answered "Volume spikes" and "Disconnected channels and
    // tools"; the industry is what the first has and the second lacks, the persona the other way round.
    const spikes = 'Pain point: Volume spikes ("dropped after peak season")';
    const travel = 'Industry: Travel and hospitality (from "Hospitality")';
    expect(reasonLines([{ reasons: [travel, spikes, pain] }, { reasons: [persona, spikes, pain] }, { reasons: [persona, pain] }, { reasons: [persona, travel] }])).toEqual([
      'Travel and hospitality · Volume spikes · Disconnected channels and tools',
      'Volume spikes · Support leader · Disconnected channels and tools',
      'Disconnected channels and tools · Support leader',
      'Travel and hospitality · Support leader',
    ]);
  });

  it('does not call a suggestion with fewer or other reasons the same, nor one with none', () => {
    expect(reasonLines([{ reasons: [persona, pain] }, { reasons: [pain] }, { reasons: [] }, { reasons: [] }])).toEqual(['Support leader · Disconnected channels and tools', 'Disconnected channels and tools', '', '']);
  });
});

describe('the pain points in the order the suggestions answer them', () => {
  const asset = (...painPoints: string[]) => ({ asset: { painPoints } });

  it('puts first the pain point most suggestions answer, and leaves personas and industries where they were', () => {
    // The demo's Salesforce contact: "Slow response times" was read first, but four of the five
    // suggestions are about data privacy and compliance.
    const chips = [chip('personas', 'Support leader'), chip('industries', 'Healthcare'), chip('painPoints', 'Slow response times'), chip('painPoints', 'Data privacy'), chip('painPoints', 'Ticket backlog'), chip('painPoints', 'Burnout')];
    const suggestions = [asset('data-privacy', 'ticket-backlog'), asset('data-privacy'), asset('slow-response-times'), asset('slow-response-times', 'data-privacy'), asset('data-privacy')];
    const ordered = painsBySuggestions(chips, suggestions);
    expect(ordered.map((c) => c.label)).toEqual(['Support leader', 'Healthcare', 'Data privacy', 'Slow response times', 'Ticket backlog', 'Burnout']);
    expect(glanceOf(ordered).pains.map((c) => c.label)).toEqual(['Data privacy']);
  });

  it('leads with a pain point the top suggestion answers, even where later suggestions answer another more often', () => {
    // A credit union's contact whose notes say members leave and the board asks about AI: three of the five
    // suggestions are about AI, but the first one is about churn, and the glance says what the first one is about.
    const chips = [chip('personas', 'CX leader'), chip('painPoints', 'AI uncertainty'), chip('painPoints', 'Churn'), chip('painPoints', 'Blind spots')];
    const suggestions = [asset('churn', 'blind-spots'), asset('ai-uncertainty'), asset('ai-uncertainty'), asset('ai-uncertainty', 'blind-spots'), asset('churn')];
    const ordered = painsBySuggestions(chips, suggestions);
    expect(ordered.map((c) => c.label)).toEqual(['CX leader', 'Churn', 'AI uncertainty', 'Blind spots']);
    expect(glanceOf(ordered).pains.map((c) => c.label)).toEqual(['Churn']);
  });

  it('keeps the order they were read in when no suggestion tells them apart', () => {
    const chips = [chip('painPoints', 'Ticket backlog'), chip('painPoints', 'Burnout')];
    expect(painsBySuggestions(chips, [asset('other')]).map((c) => c.label)).toEqual(['Ticket backlog', 'Burnout']);
    expect(painsBySuggestions(chips, [])).toEqual(chips);
  });
});
