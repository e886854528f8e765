// An asset whose publication date is not a real date must not stop a ranking: an invented vendor of oven care
// guides for bakeries, its taxonomy and assets made up for these tests.
import { describe, expect, it } from 'vitest';
import type { PackAsset, Taxonomy } from '../model';
import { compileTaxonomy, rankAssets, resolveProspect } from '.';

const taxonomy: Taxonomy = {
  personas: [{ id: 'owner', label: 'Owner', aliases: [] }],
  industries: [{ id: 'bakeries', label: 'Bakeries', aliases: ['bakery'] }],
  painPoints: [],
};
const asset = (id: string, publishedAt: string): PackAsset => ({
  id,
  title: id,
  url: `https://example.test/${id}`,
  type: 'blog-post',
  description: 'ovens',
  personas: [],
  industries: ['bakeries'],
  painPoints: [],
  stage: 'awareness',
  publishedAt,
  tags: [],
});

describe('a publication date that is not a real date', () => {
  it.each(['2026-13-01', '2026-11-31', '2027-00-10', '2026-12-32'])('ranks the library and reads no "new" for %s', (bad) => {
    const assets = [asset('bad', bad), asset('good', '2026-12-20')];
    const c = compileTaxonomy(taxonomy, assets);
    const ranked = rankAssets(assets, resolveProspect({ name: 'Ann Baker', title: 'Owner', company: 'Bakery Lund' }, c), { today: '2027-01-10' });
    const reasons = Object.fromEntries(ranked.suggestions.map((s) => [s.asset.id, s.reasons.join(' | ')]));
    expect(Object.keys(reasons).sort()).toEqual(['bad', 'good']);
    expect(reasons.good).toContain('New: published Dec 2026');
    expect(reasons.bad).not.toContain('New:');
    // The real date ranks first: the bad one gets no freshness.
    expect(ranked.suggestions[0]!.asset.id).toBe('good');
  });

  it('still reads a leap day as a date', () => {
    const assets = [asset('leap', '2028-02-29')];
    const c = compileTaxonomy(taxonomy, assets);
    const ranked = rankAssets(assets, resolveProspect({ name: 'Ann Baker', title: 'Owner', company: 'Bakery Lund' }, c), { today: '2028-03-10' });
    expect(ranked.suggestions[0]!.reasons).toContain('New: published Feb 2028');
  });
});
