// The seller's own conversation named in the notes ("on the call", "after our demo", a bracketed "[meeting transcript]"
// header) and a call meaning a decision ("not his call") say no phone calls hurt: a vendor whose pain is about calls
// reads nothing from them, and still reads a prospect who says the calls hurt. Invented vendor and records.
import { describe, expect, it } from 'vitest';
import { compileTaxonomy, contextOf, resolveProspect } from '.';
import { withoutMediumLabels } from './notes';

const asset = (n: number, pain: string, title: string) => ({
  id: `${pain}${n}`, title, url: `https://x.example/${pain}${n}`, type: 'blog', description: title,
  personas: [], industries: [], painPoints: [pain], stage: 'awareness' as const, publishedAt: '2025-01-01',
});
/** A vendor to tutoring centres: one pain about the calls parents make, one about written lesson logs. */
const tutoring = compileTaxonomy(
  {
    personas: [{ id: 'director', label: 'Head of centre', aliases: [] }],
    industries: [],
    painPoints: [
      { id: 'calls', label: 'Parent calls swamping the desk', aliases: ['mums and dads ringing', 'ring-backs'] },
      { id: 'logs', label: 'Handwritten lesson logs', aliases: ['retyping logs', 'lesson log books', 'transcripts'] },
    ],
  },
  [asset(1, 'calls', 'The five things parents call about most'), asset(2, 'calls', 'Answer before they call: calls and messages in one queue'), asset(3, 'calls', 'How one centre cut call volume in half'), asset(4, 'logs', 'From paper lesson logs to tablets'), asset(5, 'logs', 'Stop retyping lesson transcripts')],
);
const read = (notes: string) => contextOf(resolveProspect({ title: 'Head of Centre', notes }, tutoring)).painPoints;

describe("the seller's own call and a call that is a decision", () => {
  it('a bracketed header of a call transcript names no pain', () => {
    expect(read('[meeting transcript, rough]\nRep: thanks for joining\nMaya: we run two centres near the lake')).toEqual([]);
  });

  it('the call the rep made and a call that is a decision name no pain', () => {
    expect(read('Runs two centres near the lake. Kept it short on the call; send over prices.')).toEqual([]);
    expect(read('Runs two centres near the lake.\n- budget is not his call, talk to the owner')).toEqual([]);
  });

  it('still names the pain when the calls hurt', () => {
    expect(read('Parent calls about lesson times swamp the desk every afternoon.')).toEqual(['calls']);
    expect(read('We keep lesson log books for every pupil and nobody reads them.')).toEqual(['logs']);
  });
});

/** A vendor to answering services whose pains reach "call" itself: an alias "calls", and pains named by what follows
 * "call" ("call handoffs", "call transfers", "call recordings"), and one about meeting minutes. */
const answering = compileTaxonomy(
  {
    personas: [{ id: 'lead', label: 'Switchboard lead', aliases: [] }],
    industries: [],
    painPoints: [
      { id: 'unanswered', label: 'Calls nobody picks up', aliases: ['calls', 'ringing out'] },
      { id: 'routing', label: 'Callers sent to the wrong desk', aliases: ['call handoffs', 'call transfers'] },
      { id: 'recordings', label: 'Recordings nobody mines', aliases: ['call recordings'] },
      { id: 'minutes', label: 'Lost minutes of meetings', aliases: ['meeting minutes'] },
    ],
  },
  [asset(11, 'unanswered', 'Calls that ring out at noon'), asset(12, 'routing', 'Call handoffs that send callers right'), asset(13, 'recordings', 'Mining call recordings in minutes'), asset(14, 'minutes', 'Meeting minutes people can find')],
);
const readAnswering = (notes: string) => contextOf(resolveProspect({ title: 'Switchboard Lead', notes }, answering)).painPoints;

describe('the rep\'s own call and a decision, where the library reaches the pain from "call"', () => {
  it('the rep\'s own call and a call that is a decision name no pain', () => {
    expect(readAnswering('Runs a small clinic by the river. Stayed quiet on the call; wants prices.')).toEqual([]);
    expect(readAnswering('Runs a small clinic by the river.\n- budget is not his call, ask the partners')).toEqual([]);
  });

  it('a call followed by a noun is the prospect\'s own calls', () => {
    expect(readAnswering('Patients drop off during the call transfer between wards.')).toEqual(['routing']);
    expect(readAnswering('Finding anything in the call recordings eats whole afternoons.')).toEqual(['recordings']);
  });

  it('a call that is a decision only when no noun follows it', () => {
    expect(readAnswering("Worst part? It's our call handoffs, patients bounce between wards.")).toEqual(['routing']);
  });

  it('a bracketed heading that is the library\'s own phrase is the topic, a record\'s header is not', () => {
    expect(readAnswering('Problems\n[Meeting minutes]\nnone of the partners can find them later')).toEqual(['minutes']);
    expect(readAnswering('[call transcript, unedited]\nRep: hello there\nIves: we run one clinic by the river')).toEqual([]);
  });

  it('curly apostrophes read as straight ones', () => {
    expect(readAnswering('Prices fine. It\u2019s your call, he told me.')).toEqual([]);
    expect(readAnswering('Spend isn\u2019t her call.')).toEqual([]);
    expect(readAnswering('Asked very little on today\u2019s call.')).toEqual([]);
  });

  it('a decision said other ways names no pain', () => {
    expect(readAnswering("Final call is the partners'.")).toEqual([]);
    expect(readAnswering('Spend is his call to make, not hers.')).toEqual([]);
    expect(readAnswering("Prices fine but that's the matron's call.")).toEqual([]);
  });
});

describe("the seller's own call in a label with an aside, and a call not yet held", () => {
  it('a label with its aside in brackets before the colon is how the note was taken, blanked whole', () => {
    const notes = 'Call notes (auto-transcribed, speakers mixed): we run two clinics near the lake';
    expect(withoutMediumLabels(notes)).toBe(' '.repeat(notes.indexOf(' we run')) + ' we run two clinics near the lake');
    expect(withoutMediumLabels('Meeting recap (rough):\nRuns two clinics.')).toBe(' '.repeat(22) + '\nRuns two clinics.');
  });

  it('an aside does not make a topic a record: "Calls (forty a morning):" still names the calls', () => {
    const notes = 'Calls (forty a morning): they ring out at lunch and nobody picks up.';
    expect(withoutMediumLabels(notes)).toBe(notes);
    expect(readAnswering(notes)).toEqual(['unanswered']);
  });

  it('a topic heading with an aside on its own line still names the calls under it', () => {
    expect(read('Calls (parents):\n- 60 a day, desk swamped by 4pm')).toEqual(['calls']);
    expect(readAnswering('Calls (after lunch):\n- 40 a day, nobody picks up')).toEqual(['unanswered']);
    expect(readAnswering('Meeting recap (rough):\nRuns two clinics by the river.')).toEqual([]);
  });

  it('a call not yet held names no pain', () => {
    expect(readAnswering('Downloaded the ringing-out checklist. No call yet.')).toEqual([]);
    expect(readAnswering('Runs two clinics near the lake; no intro call yet, she asked for prices.')).toEqual([]);
  });

  it('a call not yet held does not turn down the rep\'s guess or question before it', () => {
    expect(read('Rep thought retyping logs. No call yet, she wants prices.')).toEqual(['logs']);
    expect(read('Lesson log books piling up, per her post? No demo yet.')).toEqual(['logs']);
    expect(read('Rep thought retyping logs. No, she wants prices.')).toEqual([]);
  });

  it('still names the pain when the calls hurt after "no"', () => {
    expect(readAnswering('No calls after six get answered; they ring out and nobody picks up.')).toEqual(['unanswered']);
  });
});
