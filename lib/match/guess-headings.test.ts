// The rep's speculation filed under its heading ("SDR guess:", "AE research:", "SDR prep:") is the rep's unchecked
// guess, no pain, where nothing in the notes turns it down (sixty-third round). Invented vendor (software for
// organ-builders' workshops).
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const organs: Taxonomy = {
  personas: [],
  industries: [],
  painPoints: [
    { id: 'tuning', label: 'Tuning visit backlog', aliases: ['tuning backlog', 'tuning visits'] },
    { id: 'pipes', label: 'Pipe metal costs', aliases: ['pipe metal costs', 'tin prices'] },
  ],
};
const compiled = compileTaxonomy(organs);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, compiled)).painPoints;

describe('a guess under the rep\'s heading', () => {
  it('reads nothing from a guess the heading names as one', () => {
    expect(pains('SDR guess: tin prices must be hurting them after the spike.')).toEqual([]);
    expect(pains('AE hunch: tuning backlog.')).toEqual([]);
  });
  it('reads nothing from hedged research or preparation', () => {
    expect(pains('AE research: probably struggles with the tuning backlog? Silent since the open day.')).toEqual([]);
    expect(pains('SDR prep: assume the big pain is pipe metal costs (four workshops).')).toEqual([]);
  });
  it('keeps the prospect\'s own pain, and research that states a fact', () => {
    expect(pains('SDR guess: tin prices are hurting them.\nCall with Ines: "Metal is fine. The tuning backlog is eleven weeks."')).toEqual(['tuning']);
    expect(pains('SDR guess: tin prices -> Ines: yes, pipe metal costs rose by half since spring.')).toEqual(['pipes']);
    expect(pains('AE research: their site lists a tuning backlog of eleven weeks.')).toEqual(['tuning']);
  });
  it('leaves a heading that names no seller to whoever writes it (review of the first version)', () => {
    expect(pains('Ines wrote: "Our theory: the tuning backlog is why the choir moved to another builder."')).toEqual(['tuning']);
  });
});
