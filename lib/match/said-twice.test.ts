// A pain read by inference that the notes give twice (forty-ninth round, "An inferred pain said twice, kept").
import { describe, expect, it } from 'vitest';
import type { PackAsset, Taxonomy } from '../model';
import { compileTaxonomy, rankAssets, resolveProspect } from '.';

const taxonomy: Taxonomy = {
  personas: [{ id: 'ops', label: 'Operations manager', aliases: [] }, { id: 'owner', label: 'Owner', aliases: [] }],
  industries: [],
  painPoints: [
    { id: 'installer-attrition', label: 'Installer attrition', aliases: [] },
    { id: 'slow-quotes', label: 'Slow quotes', aliases: [] },
  ],
};
const asset = (id: string, personas: string[], painPoints: string[], title: string): PackAsset => ({
  id, title, url: `https://x.example/${id}`, type: 'blog-post', description: title,
  personas, industries: [], painPoints, stage: 'awareness', publishedAt: '2024-01-10', tags: [],
});
const assets = [
  asset('keep-crews', [], ['installer-attrition'], 'Keeping crews through the busy season'),
  asset('vans', ['ops'], [], 'Vans and fitters'),
  asset('quotes', ['ops'], ['slow-quotes'], 'Quotes out the same day'),
];
const compiled = compileTaxonomy(taxonomy, assets);
const read = (notes: string) => resolveProspect({ title: 'Operations Manager', notes }, compiled);
const first = (notes: string) => rankAssets(assets, read(notes), { today: '2026-11-22' }).suggestions[0]?.asset.id;

describe('an inferred pain said twice', () => {
  it('puts the content for a trouble the notes come back to above content fitting the role whose title echoes the notes', () => {
    const twice = 'Two of our fitters quit in March. The new hires walked out after a week, a real headache.';
    expect(read(twice).painPoints.map((p) => p.id)).toEqual(['installer-attrition']);
    expect(first(twice)).toBe('keep-crews');
  });

  it('leaves a trouble said once where it was: the role and the prospect\'s words still lead', () => {
    const once = 'Two of our fitters quit in March.';
    expect(read(once).painPoints.map((p) => p.id)).toEqual(['installer-attrition']);
    expect(first(once)).toBe('vans');
  });

  it('is read as said twice in two clauses of one sentence too, and not from one clause alone', () => {
    const confidence = (notes: string) => read(notes).painPoints[0]?.evidence.confidence;
    expect(confidence('Two of our fitters quit in March, and the new hires resigned after a week.')).toBeGreaterThan(confidence('Two of our fitters quit in March.')!);
  });

  it('does not count the business described as a second telling: only a sentence that says something hurts', () => {
    const confidence = (notes: string) => read(notes).painPoints[0]?.evidence.confidence;
    expect(confidence('We have twelve fitters on two crews. Two of our fitters quit in March.')).toBe(confidence('Two of our fitters quit in March.'));
    // Review mend: a describing sentence that the library's words do read the pain from ("crews through the busy
    // season", in a library where those words are the attrition content's own), which only the "says it hurts"
    // filter keeps from counting.
    const wider = compileTaxonomy(
      { ...taxonomy, painPoints: [...taxonomy.painPoints, { id: 'lone-worker', label: 'Lone worker safety', aliases: [] }, { id: 'returns', label: 'Returns backlog', aliases: [] }] },
      [...assets, asset('alone', [], ['lone-worker'], 'Guards on their own at night'), asset('ret', [], ['returns'], 'Clearing the returns pile')],
    );
    const inWider = (notes: string) => resolveProspect({ title: 'Operations Manager', notes }, wider).painPoints[0]?.evidence.confidence;
    expect(inWider('We keep two crews through the busy season. Two of our fitters quit in March.')).toBe(inWider('Two of our fitters quit in March.'));
  });

  it('does not count a copy as a second telling: a complaint pasted twice, or an earlier mail quoted under the reply', () => {
    const confidence = (notes: string) => read(notes).painPoints[0]?.evidence.confidence;
    const once = confidence('Two of our fitters quit in March, a real headache.');
    expect(confidence('Two of our fitters quit in March, a real headache. Two of our fitters quit in March, a real headache.')).toBe(once);
    expect(confidence('Thanks Sam.\n> Two of our fitters quit in March, a real headache.\nYes as I said fitters quit, it hurts.')).toBe(confidence('Thanks Sam.\nYes as I said fitters quit, it hurts.'));
    expect(first('Two of our fitters quit in March, a real headache. Two of our fitters quit in March, a real headache.')).toBe('vans');
    // Other words for it still count.
    expect(confidence('Two of our fitters quit in March, a real headache. The new hires walked out after a week, a real headache.')).toBeGreaterThan(once!);
  });

  it('counts the title as a second telling', () => {
    const r = resolveProspect({ title: 'Manager, Installer Attrition', notes: 'Two of our fitters quit in March.' }, compiled);
    const once = resolveProspect({ title: 'Operations Manager', notes: 'Two of our fitters quit in March.' }, compiled);
    expect(r.painPoints[0]?.evidence.confidence).toBeGreaterThan(once.painPoints[0]!.evidence.confidence);
  });
});
