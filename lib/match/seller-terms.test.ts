import { describe, expect, it, vi } from 'vitest';

// Count how often the notes are tokenised: sellerTerms must not read notes that hold no transcript.
vi.mock('./text', async (original) => {
  const text = await original<typeof import('./text')>();
  return { ...text, tokenize: vi.fn(text.tokenize) };
});
const { tokenize } = await import('./text');
const { sellerTerms } = await import('./notes');

describe('sellerTerms on notes without a transcript', () => {
  // An invented plumbing wholesaler's visit notes, long as reps paste them: no speaker's turns at all.
  const visit = 'Walked the branch with the counter lead. Backorders on brass fittings pile up and the pick lists are printed twice a day. '.repeat(30);

  it('reads nothing of them (no tokenising, no reading of the notes)', () => {
    vi.mocked(tokenize).mockClear();
    expect(sellerTerms(visit)).toEqual([]);
    expect(vi.mocked(tokenize)).not.toHaveBeenCalled();
  });

  it('still reads the rep’s words of a transcript', () => {
    expect(sellerTerms('Rep: how are the brass fittings backorders today?\nLena: we chase them by phone every morning.')).toContain(vi.mocked(tokenize)('fittings')[0]!.stem);
  });
});
