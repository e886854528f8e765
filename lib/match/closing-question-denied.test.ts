// Review mend (sixtieth round, a1): the seller's closing question is not kept for the industry readings where the
// prospect's answer opens on a no. Invented marina records.
import { describe, expect, it } from 'vitest';
import { readNotes } from './notes';

describe("the seller's closing question the prospect says no to", () => {
  it('is not kept for the industry readings', () => {
    const read = readNotes('Rep: do you run the ferry crossings as well?\nIlse: no, not our line, wrong person anyway.');
    expect(read.industry).not.toContain('ferry');
    expect(read.industry).toBe(read.notes);
  });
});
