import { describe, expect, it } from 'vitest';
import { normalise, words } from './text';

const byRegex = (text: string) => {
  const n = normalise(text);
  return n ? n.split(' ') : [];
};

describe('words', () => {
  it.each([
    ["Dana's team can't wait", ['dana', 'team', 'cant', 'wait']],
    ['R&D, FP&A / RevOps', ['r', 'and', 'd', 'fp', 'and', 'a', 'revops']],
    ['C++ and C# developers', ['c++', 'and', 'c#', 'developers']],
    ['Équipe café — naïve', ['equipe', 'cafe', 'naive']],
    ['  ', []],
  ])('%s', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('reads plain text exactly as the normalised form does, character for character', () => {
    // The one-pass reader for ASCII must agree with normalise() on every input, odd ones included.
    const alphabet = "ab'sS`&+#-_ .,;:!?()/\\\"09AZ";
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let i = 0; i < 20_000; i++) {
      let text = '';
      for (let j = Math.floor(next() * 14); j > 0; j--) text += alphabet[Math.floor(next() * alphabet.length)];
      expect(words(text), JSON.stringify(text)).toEqual(byRegex(text));
    }
  });
});
