// A need for a product said on the record of someone in none of the vendor's personas ("looking for an app for ...",
// "wants software for ..."): it names what they would buy, not what hurts them, as a request does. A buyer's want, a
// product wanted for a task it is to do ("a tool to set ..."), and a want beside a complaint still name the pain.
// Invented vendor and records.
import { describe, expect, it } from 'vitest';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const asset = (n: number, pain: string, title: string) => ({
  id: `${pain}${n}`, title, url: `https://x.example/${pain}${n}`, type: 'blog', description: title,
  personas: [], industries: [], painPoints: [pain], stage: 'awareness' as const, publishedAt: '2025-01-01',
});
/** A vendor to dog kennels: a pain known to the library only through its assets' words. */
const kennels = compileTaxonomy(
  {
    personas: [{ id: 'owner', label: 'Kennel owner', aliases: [] }],
    industries: [],
    painPoints: [
      { id: 'runs', label: 'Kennel run turnover', aliases: [] },
      { id: 'pricing', label: 'Pricing pressure', aliases: [] },
    ],
  },
  [asset(1, 'runs', 'Hosing down kennel runs between stays'), asset(2, 'runs', 'Cleaning schedules for kennel runs and play yards'), asset(3, 'pricing', 'Setting holiday rates')],
);
const read = (title: string, notes: string) => contextOf(resolveProspect({ title, notes }, kennels)).painPoints;

describe('a need for a product on the record of someone outside every persona', () => {
  it('names no pain', () => {
    expect(read('Gallery Intern', 'looking for an app for cleaning schedules of play yards.')).toEqual([]);
  });

  it("still names the pain for a buyer, for a product wanted for a task, and beside a complaint", () => {
    expect(read('Kennel Owner', 'Wants cleaning schedule software for play yards.')).toEqual(['runs']);
    expect(read('Gallery Intern', 'Wants a tool to set cleaning schedules for play yards.')).toEqual(['runs']);
    expect(read('Gallery Intern', 'Cleaning schedules for play yards are a mess; wants software for it.')).toEqual(['runs']);
  });
});
