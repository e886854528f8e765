// A committee named by its remit ("the safety committee", "our landscaping committee") names a body of the prospect's,
// not a problem of that remit: a vendor whose pains share the remit's word suggests nothing from the name alone, and
// still reads the pain where the notes say it hurts. Invented vendor and records.
import { describe, expect, it } from 'vitest';
import { compileTaxonomy, contextOf, resolveProspect } from '.';
import { withoutCommitteeRemits } from './notes';

const asset = (n: number, pain: string, title: string) => ({
  id: `${pain}${n}`, title, url: `https://x.example/${pain}${n}`, type: 'blog', description: title,
  personas: [], industries: [], painPoints: [pain], stage: 'awareness' as const, publishedAt: '2025-01-01',
});
/** A vendor to homeowners' associations: one pain about landscaping spend, one about late dues, one about safety checks. */
const hoa = compileTaxonomy(
  {
    personas: [{ id: 'manager', label: 'Community manager', aliases: [] }],
    industries: [],
    painPoints: [
      { id: 'landscaping', label: 'Landscaping overspend', aliases: ['landscaping costs', 'grounds contracts'] },
      { id: 'dues', label: 'Late dues payments', aliases: ['unpaid dues', 'arrears'] },
      { id: 'safety', label: 'Pool and playground safety checks', aliases: ['safety inspections', 'safety'] },
    ],
  },
  [asset(1, 'landscaping', 'Cutting landscaping costs without brown lawns'), asset(2, 'dues', 'Getting dues in on time'), asset(3, 'safety', 'A safety inspection calendar for pools'), asset(4, 'landscaping', 'Rebidding grounds contracts')],
);
const read = (notes: string) => contextOf(resolveProspect({ title: 'Community Manager', notes }, hoa)).painPoints;

describe('a committee named by its remit', () => {
  it('the remit of a committee names no pain', () => {
    expect(read('Reports to the landscaping committee and the safety committee each quarter. Unpaid dues keep piling up.')).toEqual(['dues']);
  });

  it('still names the pain when the remit is said to hurt', () => {
    expect(read('Landscaping costs went up 30% this year.')).toEqual(['landscaping']);
    expect(read('The pool safety inspections keep slipping.')).toEqual(['safety']);
    // A committee that opens its sentence asks for what its remit is about.
    expect(read('The safety committee wants proof that every pool inspection was done.')).toEqual(['safety']);
  });

  it('blanks both remits of a joint committee', () => {
    expect(read('Clerk to the Landscaping and Safety Committee; unpaid dues keep piling up.')).toEqual(['dues']);
    expect(read('Sits on the Safety & Landscaping Committee; unpaid dues keep piling up.')).toEqual(['dues']);
  });

  it('joins across "and" or "&" only two bare remits of one committee', () => {
    // The word before "and" ends a pain's phrase of its own, or is a post or a body: two things, not one committee.
    expect(read('She is swamped by grounds contracts and safety committee papers every spring.')).toEqual(['landscaping']);
    expect(read('The treasurer and safety committee want a smaller budget.')).toEqual([]);
    expect(read('The HOA and Safety committee want a smaller budget.')).toEqual([]);
    expect(withoutCommitteeRemits('Reports go to board & safety committee.')).toContain('board &');
    expect(withoutCommitteeRemits('Papers for the landscaping and safety committee.')).not.toMatch(/landscaping|safety/);
  });

  it('keeps a committee that opens a bullet, a numbered line, a quote or a bracket', () => {
    for (const open of ['• ', '* ', '1) ', '"', '(', '- '])
      expect(withoutCommitteeRemits(`Call on 3 May.\n${open}Landscaping committee is pushing to cut the budget.`)).toContain('Landscaping committee');
  });

  it("keeps a committee's name that a pain's phrase holds with the words after it", () => {
    const hoa2 = compileTaxonomy(
      { personas: [{ id: 'manager', label: 'Community manager', aliases: [] }], industries: [], painPoints: [{ id: 'minutes', label: 'Board committee minutes', aliases: [] }] },
      [asset(5, 'minutes', 'Board committee minutes in ten minutes')],
    );
    expect(contextOf(resolveProspect({ title: 'Community Manager', notes: 'She types up the board committee minutes every month, by hand.' }, hoa2)).painPoints).toEqual(['minutes']);
  });

  it('blanks only the remit words, keeping offsets', () => {
    const text = 'She chairs the audit committees and the Finance Committee.';
    const out = withoutCommitteeRemits(text);
    expect(out.length).toBe(text.length);
    expect(out).not.toMatch(/audit|Finance/);
    expect(out).toMatch(/She chairs the .* committees and the .* Committee\./);
  });
});
