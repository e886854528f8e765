import { describe, expect, it } from 'vitest';
import { compileTaxonomy } from './compile';
import { resolveIndustries } from './resolve';

// An invented vendor of booking software for climbing: bouldering gyms, rope-climbing centres and mountain guides.
const climbing = compileTaxonomy({
  personas: [],
  painPoints: [],
  industries: [
    { id: 'bouldering', label: 'Bouldering gyms', aliases: ['bouldering gym', 'boulder hall'] },
    { id: 'rope-centres', label: 'Rope climbing centres', aliases: ['climbing centre', 'climbing wall'] },
    { id: 'guides', label: 'Mountain guide services', aliases: ['mountain guide', 'guiding service'] },
  ],
});
const read = (p: { industry?: string; company?: string; notes?: string; title?: string }) => resolveIndustries(p, climbing).map((r) => r.id);

describe('a record the rep files as a partnership, not a customer', () => {
  it('reads no segment where the rep routes the record to partnerships or calls it a partnership or a referral source', () => {
    const about = 'Works with bouldering gyms across the state.';
    // The description alone reads the gyms' segment; the rep's verdict after it says the contact is no gym.
    expect(read({ company: 'Cragline', notes: about })).toEqual(['bouldering']);
    for (const verdict of [
      'Partnership only, no budget talk.',
      'asked if we share incident data. routed to partnerships',
      'wants a listing in our app. partnership, pass to BD.',
      'more of a partnership call; not a buyer.',
      'wants booking links in his galleries. partnership, not a prospect.',
      'Likely referral partner for the guides.',
      'maybe referral source for gyms, no budget.',
      'could refer us, not a buyer.',
      'partnership? fwd to business development.',
      'partner; not a customer for now',
      'Send to the partnerships team.',
    ])
      expect(read({ company: 'Cragline', notes: `${about} ${verdict}` }), verdict).toEqual([]);
  });

  it('keeps a served customer’s segment where a referral, a partner or a verdict speaks of someone else', () => {
    const gym = (notes: string) => read({ company: 'Northface Bouldering Gym', notes });
    for (const notes of [
      'Referral partner intro. Two bouldering gyms, day passes on paper.',
      'Referral source: a member. Wants the booking app for 2 sites.',
      'Happy to be a reference. Bookings double up every Saturday.',
      'Their partner gym across town uses us. Wants a demo.',
      'Front desk student, not a buyer; gave us the owner’s name.',
      'Partners with a local school for kids’ classes. No-shows every week.',
      'Sent the proposal to the owner; she forwards it to her business partner.',
    ])
      expect(gym(notes), notes).toEqual(['bouldering']);
  });
});
