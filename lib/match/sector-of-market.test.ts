// A whole-sector CRM value that is the sector of the vendor's market word, as one entry's own name says by putting the
// value's words right before that word, names none of the segments (fifty-ninth round): the sector's knowledge would
// read it as the one entry naming the sector without the market word. The taxonomy and records are made up.
import { describe, expect, it } from 'vitest';
import type { Prospect, Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

// An invented vendor of load-booking software for kinds of freight brokerage.
const taxonomy: Taxonomy = {
  personas: [{ id: 'ops', label: 'Operations manager', aliases: [] }],
  industries: [
    { id: 'truckload', label: 'Truckload brokerage', aliases: ['full truckload brokerage', 'FTL brokerage'] },
    { id: 'ltl', label: 'Less-than-truckload brokerage', aliases: ['LTL brokerage', 'partial load brokerage'] },
    { id: 'drayage', label: 'Drayage brokerage', aliases: ['port drayage brokerage', 'container logistics brokerage'] },
    { id: 'fleets', label: 'Logistics fleets', aliases: ['logistics fleet', 'private fleet'] },
  ],
  painPoints: [{ id: 'calls', label: 'Carrier phone tag', aliases: [] }],
};
const compiled = compileTaxonomy(taxonomy, []);
const read = (industry: string, company: string, notes?: string) =>
  contextOf(resolveProspect({ name: 'Ana Lopes', title: 'Owner', company, industry, notes, source: { crm: 'hubspot', recordType: 'contact', recordId: '1' } } as Prospect, compiled)).industries;

describe("a whole-sector value that is the sector of the vendor's market word", () => {
  it('leaves the segment to the notes', () => {
    expect(read('Logistics', 'Tarnwick Haulage Desk', 'We are a partial load brokerage booking about forty loads a day.')).toEqual(['ltl']);
  });
  it('still reads a value naming an entry in its own words', () => {
    expect(read('Drayage', 'Tarnwick Haulage Desk')).toEqual(['drayage']);
  });
});

describe("a company's name saying only the sector of the vendor's market word", () => {
  it('reads no segment from the sector alone', () => {
    expect(read('', 'Tarnwick Logistics')).toEqual([]);
  });
  it('still reads a name saying an entry in its own words', () => {
    expect(read('', 'Tarnwick Drayage Brokerage')).toEqual(['drayage']);
  });
  it("still reads an entry's own word beside the sector (review mend)", () => {
    expect(read('', 'Tarnwick Fleet Logistics')).toEqual(['fleets']);
    expect(read('', 'Pellacombe Logistics Fleet Services')).toEqual(['fleets']);
  });
});
