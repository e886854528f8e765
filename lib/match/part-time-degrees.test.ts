// Part-time staff against a persona with a bare function's name, and a degree's candidates against real roles
// and other candidates. Taxonomies and titles here are made up for the tests.
import { describe, expect, it } from 'vitest';
import { personasOf, sortedResolverFor } from '../../tests/persona-taxonomy';

describe('part-time staff and a persona named by a bare function', () => {
  // An invented vendor of stock software for seed merchants.
  const nursery = sortedResolverFor(
    personasOf([
      ['buyers', 'Buying leadership', ['Buying Director', 'Chief Buyer', 'Buying']],
      ['stores', 'Stores', ['Storekeeper', 'Stores Director']],
    ]),
  );
  it('does not make a part-time clerk of a function its leader', () => {
    expect(nursery('Seasonal buying clerk')).toEqual([]);
    expect(nursery('Part-time Buying Coordinator')).toEqual([]);
  });
  it('keeps a part-time worker whose role noun the persona names', () => {
    expect(nursery('Storekeeper (seasonal)')).toEqual(['stores']);
  });
});

describe("a degree's candidates", () => {
  // An invented vendor of hiring software for pick-your-own farms.
  const growers = sortedResolverFor(
    personasOf([
      ['hiring', 'Candidate relations', ['Candidate Relations Specialist', 'Interview Scheduler']],
      ['costs', 'Cost analysts', ['Cost Analyst']],
      ['glass', 'Glass trades', ['Master Glazier']],
    ]),
  );
  it('keeps a real role beside a degree or a candidacy', () => {
    expect(growers('Candidate Relations Specialist, MBA')).toEqual(['hiring']);
    expect(growers('Ms. Candidate Relations Specialist')).toEqual(['hiring']);
    expect(growers('Cost Analyst, MBA Candidate')).toEqual(['costs']);
    expect(growers('Master Glazier Candidate')).toEqual(['glass']);
  });
  it("still reads no persona for one studying for a degree", () => {
    expect(growers('MPhil Candidate')).toEqual([]);
    expect(growers("Master's candidate in Soil Chemistry")).toEqual([]);
    expect(growers('M.Sc. candidate')).toEqual([]);
  });
  // An invented vendor of campaign software, whose persona is the candidate for office.
  const campaigns = sortedResolverFor(personasOf([['running', 'Office seekers', ['Candidate', 'Campaign Treasurer']]]));
  it('reads a candidate for office, whatever state or initials the title names', () => {
    expect(campaigns('Candidate, SC County Council')).toEqual(['running']);
    expect(campaigns('Candidate for MA Governor')).toEqual(['running']);
  });
});
