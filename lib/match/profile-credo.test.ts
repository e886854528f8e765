// A profile's sentence saying what the person cares for ("Passionate about ...", "I enjoy ...", "Big believer in ...")
// names their interests, not a problem, even in the taxonomy's own words (sixty-third round). Invented vendor
// (software for hammock-making workshops).
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const workshops: Taxonomy = {
  personas: [],
  industries: [],
  painPoints: [
    { id: 'planning', label: 'Sewing room planning', aliases: ['production scheduling'] },
    { id: 'seams', label: 'Seam defects', aliases: ['stitch quality'] },
    { id: 'canopy', label: 'Canopy fabric costs', aliases: ['ripstop prices'] },
  ],
};
const compiled = compileTaxonomy(workshops);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, compiled)).painPoints;

describe('a profile credo', () => {
  it('reads no pain from what the person is passionate about or enjoys', () => {
    expect(pains('About: Hammock weaver by trade. Passionate about production scheduling and tidy cutting tables.')).toEqual([]);
    expect(pains('I enjoy teaching new stitchers how stitch quality is judged on a hammock frame.')).toEqual([]);
    expect(pains("I'm a big believer in production scheduling done on the shop floor.")).toEqual([]);
    expect(pains('Appassionata di amache. Proud of our ripstop prices and our sewing crew.')).toEqual([]);
  });
  it('keeps the pain where the credo complains or the person wishes for a change', () => {
    expect(pains('Passionate about hammocks, but production scheduling is a mess every spring.')).toContain('planning');
    // "I love to ..." reaches the wish guard ("I" opens the credo, "to" declines it); "I'd love to ..." too.
    expect(pains('I love to see the seam defects gone before the summer orders.')).toContain('seams');
    expect(pains("I'd love to stop the seam defects we find after every delivery.")).toContain('seams');
    expect(pains('Passionate about production scheduling that runs without a weekly crisis meeting.')).toContain('planning');
    expect(pains('Passionate about shipping on time: the seam defects on the big orders every month.')).toContain('seams');
  });
  it("reads the rep's note of what the buyer cares about", () => {
    expect(pains('Owner of two weaving sheds. Cares about production scheduling and ripstop prices.')).toEqual(expect.arrayContaining(['planning', 'canopy']));
    // "Like" with no subject before it opens no credo (this one fails if the subject guard is taken out).
    expect(pains('Like most weaving sheds they worry about ripstop prices.')).toContain('canopy');
  });
  it('keeps a pain said in another sentence of the profile', () => {
    expect(pains('Passionate about tidy cutting tables. Ripstop prices went up a third this year.')).toEqual(['canopy']);
  });
});
