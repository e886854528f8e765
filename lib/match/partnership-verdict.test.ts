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
      'Partner, not a buyer.',
      'Passed to our BD team.',
    ])
      expect(read({ company: 'Cragline', notes: `${about} ${verdict}` }), verdict).toEqual([]);
  });

  it('the quick check before the verdict reads letters as the verdict does (a long s "ſ" folds to "s")', () => {
    for (const verdict of ['Routing to allianceſ.', 'Forwarded to buſineſs development.'])
      expect(read({ company: 'Cragline', notes: `Works with bouldering gyms across the state. ${verdict}` }), verdict).toEqual([]);
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

  it('keeps a buyer’s segment where the firm’s own partnership, its BD team or a happy buyer’s referral is meant, or the rep denies the verdict', () => {
    const gym = (notes: string) => read({ company: 'Northface Bouldering Gym', notes });
    for (const notes of [
      // The owners' partnership is the firm's governing body; the BD team or director is the prospect's own.
      'Two sites, owned by four partners. Passed to the partnership for a vote in March.',
      'Proposal sent to the partnership, decision at the April meeting.',
      'Quote sent to the BD director for sign-off.',
      'Forwarded to business development, they own the booking budget.',
      'She sent it to the BD team; they run the proposals.',
      // A buyer who could also send others our way.
      'Wants 20 seats. Could refer us to two sister gyms too.',
      'Signing next week. Likely referral source as well, knows every gym owner in the county.',
      'Impossible referral source, hates every vendor. Wants 20 seats.',
      // A job title after a comma.
      'Call w/ Dana, partnerships lead. Owns the software budget.',
      // The rep takes the verdict back.
      'Don’t route to partnerships: a real buyer, wants 20 seats.',
      'Not sending to BD, she wants to buy.',
      'Partnership? No, a buyer: wants 20 seats.',
      'Partnership call turned into a demo; wants pricing for 20 seats.',
      'Not a likely referral source, but wants 20 seats.',
    ])
      expect(gym(notes), notes).toEqual(['bouldering']);
  });
});
