import { describe, expect, it } from 'vitest';
import { PhraseIndex } from './compile';

describe('PhraseIndex.longestAt', () => {
  const index = new PhraseIndex<string>();
  index.add(['jefe'], 'head');
  index.add(['jefe', 'de', 'obra'], 'site manager');
  index.add(['de', 'obra'], 'of works');

  it('finds the longest phrase starting at the position, as greedy from there finds it first', () => {
    const words = ['jefe', 'de', 'obra', 'civil'];
    expect(index.longestAt(words, 0, 6)).toEqual({ length: 3, value: 'site manager' });
    expect(index.greedy(words.slice(0, 6))[0]).toEqual({ start: 0, end: 3, value: 'site manager' });
    expect(index.longestAt(words, 1, 6)).toEqual({ length: 2, value: 'of works' });
  });

  it('keeps to the words it may look at and finds nothing that starts further on', () => {
    expect(index.longestAt(['jefe', 'de', 'obra'], 0, 2)).toEqual({ length: 1, value: 'head' });
    expect(index.longestAt(['jefe', 'de'], 0, 6)).toEqual({ length: 1, value: 'head' });
    // greedy of the words from 0 finds "de obra" at 1; a phrase at 0 is what the title reader asks for.
    expect(index.longestAt(['senior', 'de', 'obra'], 0, 6)).toBeUndefined();
    expect(index.longestAt([], 0, 6)).toBeUndefined();
  });
});
