// The seller's own conversation named in the notes ("on the call", "after our demo", a bracketed "[meeting transcript]"
// header) and a call meaning a decision ("not his call") say no phone calls hurt: a vendor whose pain is about calls
// reads nothing from them, and still reads a prospect who says the calls hurt. Invented vendor and records.
import { describe, expect, it } from 'vitest';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

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
