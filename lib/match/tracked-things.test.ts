// A pain label "X tracking" is about keeping records of X: the broad visibility topic's everyday words ("no idea who
// signed off", "a monthly summary") do not say it. It is said where a sentence, or the seller's question it answers,
// asks where a thing is, which one or how many, or where the sentence says the tracking itself. Invented vendor and
// records.
import { describe, expect, it } from 'vitest';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const asset = (n: number, pain: string, title: string) => ({
  id: `${pain}${n}`, title, url: `https://x.example/${pain}${n}`, type: 'blog', description: title,
  personas: [], industries: [], painPoints: [pain], stage: 'awareness' as const, publishedAt: '2025-01-01',
});
/** A vendor to beekeepers who lend out hive frames. */
const apiaries = compileTaxonomy(
  {
    personas: [{ id: 'keeper', label: 'Apiary owner', aliases: [] }],
    industries: [],
    painPoints: [
      { id: 'frames', label: 'Hive frame tracking', aliases: [] },
      { id: 'swarms', label: 'Swarm losses', aliases: [] },
    ],
  },
  [asset(1, 'frames', 'Finding every hive frame across your apiaries'), asset(2, 'frames', 'Counting frames per apiary and orchard'), asset(3, 'swarms', 'Catching swarms in spring')],
);
const read = (notes: string) => contextOf(resolveProspect({ title: 'Apiary owner', notes }, apiaries)).painPoints;

describe('a tracking label and the broad visibility topic', () => {
  it('is not said by not knowing who', () => {
    expect(read('No idea who signed off the frame orders.')).toEqual([]);
  });

  it('is said by not knowing where, which or how many, and by the tracking itself', () => {
    expect(read('We never know where the spare frames are.')).toEqual(['frames']);
    expect(read('No idea which frames went to which orchard.')).toEqual(['frames']);
    expect(read('Rep: how many frames are out at the orchards?\nOwner: no idea, honestly, that is the worry')).toEqual(['frames']);
    expect(read('Frames are tracked in a ledger book nobody updates.')).toEqual(['frames']);
  });
});
