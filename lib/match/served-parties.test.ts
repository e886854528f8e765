// A sentence that says for whom the prospect works ("Glass annealer repair for local clients") where nothing hurts says whom the
// business serves, not a problem of it. Invented vendor and records.
import { describe, expect, it } from 'vitest';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

/** A vendor to glassblowing studios. */
const studios = compileTaxonomy({
  personas: [{ id: 'owner', label: 'Glass studio owner', aliases: [] }],
  industries: [],
  painPoints: [
    { id: 'annealers', label: 'Annealer maintenance', aliases: ['element swaps'] },
    { id: 'lessons', label: 'Skipped classes', aliases: ['no-show students'] },
  ],
});
const read = (notes: string) => contextOf(resolveProspect({ title: 'Owner', notes }, studios)).painPoints;

describe('a sentence that says whom the prospect serves', () => {
  it('names no pain where nothing in it hurts', () => {
    expect(read('Annealer repair and torch lessons for homeowners and local firms.')).toEqual([]);
    expect(read('Annealer repair for local clients.')).toEqual([]);
    expect(read('Torch lessons and annealer repair for clients, two benches.')).toEqual([]);
  });

  // Review mend: each case fails where the rule it names is taken out (checked).
  it('still names the pain where the sentence complains, gives a task its scope, or the party word qualifies another', () => {
    expect(read('Annealer repair for clients is a constant headache.')).toEqual(['annealers']);
    expect(read('Annealer repair for each client.')).toEqual(['annealers']);
    expect(read('Annealer repair for every client.')).toEqual(['annealers']);
    expect(read('Annealer repair for guest glassblowers.')).toEqual(['annealers']);
  });

  it('still names the pain where the sentence says a want or a need', () => {
    expect(read('Needs an annealer repair diary for local clients.')).toEqual(['annealers']);
    expect(read('Wants a way to plan annealer repair for clients.')).toEqual(['annealers']);
    expect(read('Would love an annealer repair planner for homeowners.')).toEqual(['annealers']);
    expect(read('Looking for a tool to book annealer repair for local firms.')).toEqual(['annealers']);
  });

  it('silences only the clause that says whom it serves, and not where time is spent', () => {
    expect(read('Annealer repair for local firms, the annealers keep breaking down.')).toEqual(['annealers']);
    expect(read('Two gaffers spend Mondays on annealer repair for clients.')).toEqual(['annealers']);
  });

  it('still names a pain whose own name says the party, and reads a business’s competitors as no one it serves', () => {
    const withGuests = compileTaxonomy({
      personas: [{ id: 'owner', label: 'Glass studio owner', aliases: [] }],
      industries: [],
      painPoints: [
        { id: 'annealers', label: 'Annealer maintenance', aliases: ['element swaps'] },
        { id: 'lapsing', label: 'Lapsing guests', aliases: [] },
      ],
    });
    const readGuests = (notes: string) => contextOf(resolveProspect({ title: 'Owner', notes }, withGuests)).painPoints;
    expect(readGuests('Retention offers for guests.')).toEqual(['lapsing']);
    expect(readGuests('Retention offers for clients.')).toEqual([]);
    expect(read('Annealer repair for competitors.')).toEqual(['annealers']);
  });
});
