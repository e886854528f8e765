import { describe, expect, it } from 'vitest';
import { compileTaxonomy } from './compile';
import { resolveIndustries } from './resolve';

// An invented ice-supply vendor for fishing boats ("Floemark"), its segments the boats by gear and by the work done on
// board. The trade says a boat by its gear ("seiners", "draggers") or by what it does to the catch (heading and gutting
// it at sea): those words read the gear's and the catcher-processor's names.
const floemark = compileTaxonomy({
  personas: [],
  painPoints: [],
  industries: [
    { id: 'seine', label: 'Seine boats', aliases: ['ring net'] },
    { id: 'bottom', label: 'Otter trawl fleets', aliases: ['bottom trawl'] },
    { id: 'processors', label: 'Catcher processors', aliases: ['floating factories'] },
  ],
});
// An invented cap-table vendor ("Quillstead") selling to investors: a corporate arm is filed under its parent's value.
const quillstead = compileTaxonomy({
  personas: [],
  painPoints: [],
  industries: [
    { id: 'vc', label: 'Venture capital', aliases: ['seed investors'] },
    { id: 'angels', label: 'Angel networks', aliases: ['angel syndicates'] },
  ],
});
const ids = (prospect: { company?: string; industry?: string; notes?: string }, c = floemark) => resolveIndustries(prospect, c).map((r) => r.id).sort();

describe('fishing boats said by their gear or work', () => {
  it('reads a seiner, a dragger and a boat that heads and guts its catch', () => {
    expect(ids({ company: 'Tarnwick Marine', notes: 'Skipper of the herring seiner, crew of nine.' })).toEqual(['seine']);
    expect(ids({ company: 'Tarnwick Marine', notes: 'Owns four draggers working the outer banks.' })).toEqual(['bottom']);
    expect(ids({ company: 'Tarnwick Marine', notes: 'Two head and gut vessels fishing flatfish in winter.' })).toEqual(['processors']);
  });
  it('leaves German "seiner" (his) unread', () => {
    expect(ids({ company: 'Tarnwick Marine', notes: 'Er führt den Betrieb mit seiner Schwester.' })).toEqual([]);
  });
});

describe("a business the notes call another company's arm", () => {
  it("is read by its name where the value is its parent's", () => {
    expect(ids({ company: 'Drossel Ventures', industry: 'Paint and Coatings Manufacturing', notes: 'The investing arm of Drossel Chemie, a dozen startups held.' }, quillstead)).toEqual(['vc']);
    expect(ids({ company: 'Drossel Ventures', industry: 'Paint and Coatings Manufacturing', notes: 'Tochtergesellschaft der Drossel Chemie AG.' }, quillstead)).toEqual(['vc']);
  });
});
