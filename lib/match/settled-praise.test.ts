// A topic said to be in hand in everyday words: praise of the way it is done ("the app works great"), a person
// content with a way by hand ("fine w/ the paper rota"), a third person's contentment written without its apostrophe
// ("shes fine"), and the prospect's answer to a question the rep asked, after a semicolon. Invented vendor and records.
import { describe, expect, it } from 'vitest';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const asset = (n: number, pain: string, title: string) => ({
  id: `${pain}${n}`, title, url: `https://x.example/${pain}${n}`, type: 'blog', description: title,
  personas: [], industries: [], painPoints: [pain], stage: 'awareness' as const, publishedAt: '2025-01-01',
});
/** A vendor to dog-grooming salons: one pain about the kennel cleaning rota, one about owners who pay late. */
const grooming = compileTaxonomy(
  {
    personas: [{ id: 'owner', label: 'Grooming shop owner', aliases: [] }],
    industries: [],
    painPoints: [
      { id: 'rota', label: 'Kennel cleaning rota', aliases: ['cleaning rota', 'kennel chores'] },
      { id: 'late', label: 'Owners paying late', aliases: ['late payers', 'unpaid grooms'] },
    ],
  },
  [asset(1, 'rota', 'A kennel cleaning rota the whole team follows'), asset(2, 'rota', 'Who cleans the kennels tonight?'), asset(3, 'late', 'Getting paid for every groom'), asset(4, 'late', 'Late payers, politely chased')],
);
const read = (notes: string) => contextOf(resolveProspect({ title: 'Owner', notes }, grooming)).painPoints;

describe('a topic said to be in hand in everyday words', () => {
  it("the prospect's answer after a semicolon settles the rep's question", () => {
    expect(read('Rep asked about the cleaning rota; Priya said they went to a shared app in May and it works great.')).toEqual([]);
  });

  it('a person content with a way by hand names no pain', () => {
    expect(read('said shes fine w/ the whiteboard for kennel chores, the groomers know the drill.')).toEqual([]);
    expect(read('The cleaning rota is on a whiteboard, theyre fine.')).toEqual([]);
  });

  it('still names the pain when it hurts, is denied praise, or the answer is another sentence', () => {
    expect(read('She is not fine with the whiteboard for kennel chores, half of it never gets done.')).toEqual(['rota']);
    expect(read('The cleaning rota is not working great, nobody signs it.')).toEqual(['rota']);
    expect(read('Rep asked about the cleaning rota. The late payers are the real worry.')).toEqual(['rota', 'late']);
  });

  it("isn't working great: a contracted or never denial of the praise keeps the pain", () => {
    expect(read("The cleaning rota isn't working great.")).toEqual(['rota']);
    expect(read('The cleaning rota doesnt work great.')).toEqual(['rota']);
    expect(read("The cleaning rota hasn't been running great.")).toEqual(['rota']);
    expect(read('The cleaning rota never really worked great.')).toEqual(['rota']);
    expect(read("The cleaning rota isn't working well.")).toEqual(['rota']);
  });

  it('past praise followed by "now" keeps the old way', () => {
    expect(read('The cleaning rota worked great with two groomers; now the late payers eat our evenings.')).toEqual(['rota', 'late']);
  });

  it('a person content with a way but complaining of it keeps the pain', () => {
    expect(read('fine with the whiteboard for kennel chores but it gets wiped every other day')).toEqual(['rota']);
    expect(read('shes fine with the cleaning rota. It is a nightmare every Monday.')).toEqual(['rota']);
    expect(read('hes ok with the cleaning rota for now but hopes to go digital')).toEqual(['rota']);
    expect(read('shes fine with the cleaning rota but the late payers are a headache')).toEqual(['late']);
  });

  it("an answer after a semicolon about something else leaves the rep's question", () => {
    expect(read('Rep asked about the cleaning rota; she said the booking app works great.')).toEqual(['rota']);
    expect(read('Rep asked about the cleaning rota; she said payroll works great but the cleaning rota is a mess.')).toEqual(['rota']);
    expect(read('Rep asked about the cleaning rota; she said the new app works great.')).toEqual([]);
  });
});
