// What the forty-fifth round left of the settled words: a settling phrase denied by "anything but" or "far from", a
// person content with a way whose "but" clause names that way again and complains of it, and a rep's question of two
// topics whose answer settles only the one it names. Invented vendor and records.
import { describe, expect, it } from 'vitest';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const asset = (n: number, pain: string, title: string) => ({
  id: `${pain}${n}`, title, url: `https://x.example/${pain}${n}`, type: 'blog', description: title,
  personas: [], industries: [], painPoints: [pain], stage: 'awareness' as const, publishedAt: '2025-01-01',
});
/** A vendor to puppet theatres: one pain about the log of puppet mends, one about schools that pay late for shows. */
const theatre = compileTaxonomy(
  {
    personas: [{ id: 'master', label: 'Puppet workshop master', aliases: [] }],
    industries: [],
    painPoints: [
      { id: 'log', label: 'Puppet mend log', aliases: ['mend log', 'puppet fixes'] },
      { id: 'late', label: 'Schools paying late for shows', aliases: ['late schools', 'unpaid shows'] },
    ],
  },
  [asset(1, 'log', 'A mend log every maker fills in'), asset(2, 'log', 'Puppet fixes from a phone'), asset(3, 'late', 'Getting paid for every show'), asset(4, 'late', 'Late schools, politely chased')],
);
const read = (notes: string) => contextOf(resolveProspect({ title: 'Workshop master', notes }, theatre)).painPoints;

describe('what the forty-fifth round left of the settled words', () => {
  it('"anything but", "far from" and "nowhere near" deny the settling phrase after them', () => {
    expect(read('The mend log is anything but fine with 40 puppets.')).toEqual(['log']);
    expect(read('He is far from happy with the puppet fixes.')).toEqual(['log']);
    expect(read('The mend log is nowhere near sorted.')).toEqual(['log']);
    // the guard: the same phrase with nothing denying it still settles
    expect(read('He is happy with the puppet fixes.')).toEqual([]);
  });

  it('a person content with a way whose "but" clause names it again and complains keeps the pain', () => {
    expect(read('fine with the paper mend log, but the log is a mess every other week')).toEqual(['log']);
    expect(read('hes happy with the puppet fixes but the fixes are a nightmare in July')).toEqual(['log']);
    // a contrast with another topic still settles the first
    expect(read('hes happy with the puppet fixes but the late schools are a headache')).toEqual(['late']);
  });

  it("a rep's question of two topics whose answer names one settles that one only", () => {
    expect(read('Rep asked about the mend log and the late schools; she said the mend log works great.')).toEqual(['late']);
    expect(read('Rep asked about the late schools or the puppet fixes; he said the late schools are sorted.')).toEqual(['log']);
    // an answer that names neither and points back ("it", "both") still settles the question
    expect(read('Rep asked about the mend log and the late schools; she said it works great.')).toEqual([]);
    expect(read('Rep asked about the mend log and the late schools; she said both are sorted.')).toEqual([]);
  });

  it('a time or place said beside the contentment and again after "but" does not undo it (review mend)', () => {
    expect(read('Happy with the puppet fixes right now, but right now the late schools are a headache.')).toEqual(['late']);
    expect(read('Happy with the mend log at the moment, but at the moment unpaid shows are a nightmare.')).toEqual(['late']);
    expect(read('Fine with the mend log in the workshop, but the workshop has late schools that are a pain.')).toEqual(['late']);
    // the guard: the contented thing named again still undoes it
    expect(read('Happy with the mend log right now, but the log is a mess.')).toEqual(['log']);
  });

  it('every settling clause of the answer, and one that echoes it, names what it settles (review mend)', () => {
    expect(read('Rep asked about the late schools and the mend log; she said the mend log is fine, late schools too.')).toEqual([]);
    expect(read('Rep asked about the late schools and the mend log; she said the mend log is fine, same for the late schools.')).toEqual([]);
    // the guard: an answer that names one topic only still leaves the other heard
    expect(read('Rep asked about the late schools and the mend log; she said the mend log is fine.')).toEqual(['late']);
  });

  it('"both" points back to every topic only as the answer\'s subject (review mend)', () => {
    expect(read('Rep asked about the mend log and the late schools; she said both puppeteers are fine.')).toEqual(['log', 'late']);
    expect(read('Rep asked about the mend log and the late schools; she said both work great.')).toEqual([]);
  });

  it('a dummy "It is ... to" in the next sentence does not take the contentment back (review mend)', () => {
    expect(read('Happy with the puppet fixes. It is a nightmare to get the late schools to pay.')).toEqual(['late']);
    // the guard: "it" that is the contented thing still does
    expect(read('Happy with the puppet fixes. It is a pain to use.')).toEqual(['log']);
  });

  it('two names of one pain asked as two topics are settled together (review mend)', () => {
    expect(read('Rep asked about the puppets and the mend log; she said the puppets are fine.')).toEqual([]);
    // the guard: a topic of another pain stays heard
    expect(read('Rep asked about the unpaid shows and the puppet fixes; she said the shows are fine.')).toEqual(['log']);
  });

  it('a denying phrase with a word between, and its kin in the other languages, deny the settling phrase (review mend)', () => {
    expect(read('He is far from being happy with the puppet fixes.')).toEqual(['log']);
    expect(read('Er ist alles andere als zufrieden mit dem mend log.')).toEqual(['log']);
    expect(read("Il est loin d'être satisfait du mend log.")).toEqual(['log']);
    expect(read('Está lejos de estar satisfecho con el mend log.')).toEqual(['log']);
    // the guard: "more than happy" still settles
    expect(read('More than happy with the puppet fixes.')).toEqual([]);
  });
});
