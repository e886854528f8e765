// Durations (fifty-seventh round): a time a task takes says the task is slow, not that something is late against its
// date. An invented vendor of software for flower wholesalers.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const painTaxonomy = (painPoints: Taxonomy['painPoints']): Taxonomy => ({ personas: [], industries: [], painPoints });
const asset = (n: number, pain: string, title: string) => ({
  id: `${pain}${n}`, title, url: `https://x.example/${pain}${n}`, type: 'blog', description: title,
  personas: [], industries: [], painPoints: [pain], stage: 'awareness' as const, publishedAt: '2025-01-01',
});
const florists = compileTaxonomy(
  painTaxonomy([
    { id: 'late-vans', label: 'Late vans & scheduling', aliases: ['van timing', 'morning rounds'] },
    { id: 'stem-waste', label: 'Wilted stem waste', aliases: ['shrink'] },
  ]),
  [
    asset(1, 'late-vans', 'Getting tulips to the shop before opening'),
    asset(2, 'late-vans', 'Plan the morning van runs'),
    asset(3, 'stem-waste', 'Cut fewer roses that never sell'),
  ],
);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, florists)).painPoints;

describe('a time a task takes is slowness, not lateness', () => {
  it('does not read an entry about lateness from a shift said to take a time', () => {
    expect(pains('Every rota change takes 3 days to sign off.')).not.toContain('late-vans');
    expect(pains('Approving a rota change takes eleven days.')).not.toContain('late-vans');
  });
  it('still reads it where the lateness is said', () => {
    expect(pains('Rota changes are always late.')).toContain('late-vans');
  });
});
