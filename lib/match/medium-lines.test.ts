// A line opening on the rep's call with no colon, more said after it on the line ("Intro call w/ Dana, ...", "Disco
// call." before a speaker's turn), says no phone calls hurt (sixty-first round). A line that is the header alone is left
// as it was. Invented vendor and records.
import { describe, expect, it } from 'vitest';
import { compileTaxonomy, contextOf, resolveProspect } from '.';
import { withoutMediumLabels } from './notes';

const asset = (n: number, pain: string, title: string) => ({
  id: `${pain}${n}`, title, url: `https://x.example/${pain}${n}`, type: 'blog', description: title,
  personas: [], industries: [], painPoints: [pain], stage: 'awareness' as const, publishedAt: '2025-01-01',
});
/** A vendor to answering services whose pain reaches "call" itself. */
const answering = compileTaxonomy(
  {
    personas: [{ id: 'lead', label: 'Switchboard lead', aliases: [] }],
    industries: [],
    painPoints: [
      { id: 'unanswered', label: 'Calls nobody picks up', aliases: ['ringing out', 'missed phone calls'] },
      { id: 'rota', label: 'Night rota gaps', aliases: ['on-call rota'] },
    ],
  },
  [asset(1, 'unanswered', 'Calls that ring out at noon'), asset(2, 'rota', 'Who is on call tonight'), asset(3, 'unanswered', 'Every call answered')],
);
const read = (notes: string) => contextOf(resolveProspect({ title: 'Switchboard Lead', notes }, answering)).painPoints;

describe("a first line that names the rep's call without a colon", () => {
  it('is blanked where it names who took it or heads a turn, with more said on its line', () => {
    expect(withoutMediumLabels('Intro call 3/2 w/ Dana, she runs two gyms.')).toBe(' '.repeat(22) + ', she runs two gyms.');
    expect(withoutMediumLabels('Meeting summary (auto)\nRuns two gyms.')).toBe('Meeting summary (auto)\nRuns two gyms.');
    expect(withoutMediumLabels('Disco call. Rep: how do you book?')).toBe(' '.repeat(10) + '. Rep: how do you book?');
  });
  it('stays where it says what hurts', () => {
    expect(withoutMediumLabels('Calls go unanswered at lunch.')).toBe('Calls go unanswered at lunch.');
    expect(withoutMediumLabels('Phone calls. Too many of them.')).toBe('Phone calls. Too many of them.');
  });
  // Review mend (sixty-first round): the rep's own call is one; calls in the plural are what the line is about.
  it('stays where the medium is plural, whoever the calls are with', () => {
    expect(withoutMediumLabels('Phone calls with couriers, the desk never gets a moment of peace.')).toBe('Phone calls with couriers, the desk never gets a moment of peace.');
    expect(withoutMediumLabels('Cold calls from Brandon, dozens a week.')).toBe('Cold calls from Brandon, dozens a week.');
  });
  it('names no pain, and the pain said after it still reads', () => {
    expect(read('Intro call w/ Dana, she runs two gyms near the lake.')).toEqual([]);
    expect(read('Intro call w/ Dana, she runs two gyms near the lake. Calls ring out every lunchtime and nobody picks up.')).toEqual(['unanswered']);
  });
});
